# ruff: noqa: E501  (report text as the bureau writes it)
"""秦岚市工业和信息化局关于2025年人工智能产业发展工作总结及2026年工作计划的报告 — INVENTED (synthetic_co). A Word file:
red head, 上行文 number with 签发人, title, addressee 市人民政府; 一、2025年工作完成情况 (an opening paragraph and five bold-led
paragraphs （一）–（五） FULL OF PAST FIGURES: 达到, 累计, 同比增长, 完成率, 排名全省第N, 是2024年的2.1倍), 二、存在的问题 (four
"一是…" paragraphs), 三、2026年工作计划 (a 总体思路 paragraph, "主要目标：到2026年底，…", four groups （一）–（四） of items 1.–13.
numbered on, each "N.标题。正文（牵头单位：X；配合单位：Y）" or "（责任单位：X）", several "继续 / 持续 / 在已建成…的基础上" with a new
figure, two tasks carried over from 2025), 四、保障措施 (three bold-led items), 五、意见建议 (two requests to the city government),
特此报告, signature and date."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "qinlan-ai-industry-summary-and-plan-2026-synthetic"
KIND = "docx"

# code → (full name, category, printed forms)
A = {
    "fgw": ("秦岚市发展和改革委员会", "development_reform", ["市发展改革委"]),
    "gxj": ("秦岚市工业和信息化局", "industry_it", ["市工信局"]),
    "sjj": ("秦岚市数据局", "big_data", ["市数据局"]),
    "kjj": ("秦岚市科学技术局", "science_technology", ["市科技局"]),
    "scj": ("秦岚市市场监督管理局", "market_regulation", ["市市场监管局"]),
    "tcj": ("秦岚市投资促进局", "commerce", ["市投资促进局"]),
    "gxq": ("秦岚高新技术产业开发区管理委员会", "park_administration", ["秦岚高新区管委会"]),
    "xq": ("秦岚市各县（区）人民政府", "local_government", ["各县（区）人民政府"]),
    "spj": ("秦岚市行政审批服务局", "government_services", ["市行政审批服务局"]),
    "jyj": ("秦岚市教育局", "education", ["市教育局"]),
    "wjw": ("秦岚市卫生健康委员会", "health", ["市卫生健康委"]),
    "rcb": ("中共秦岚市委人才工作领导小组办公室", "party_organisation", ["市委人才办"]),
    "rsj": ("秦岚市人力资源和社会保障局", "human_resources", ["市人社局"]),
    "czj": ("秦岚市财政局", "finance", ["市财政局"]),
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "秦岚市工业和信息化局关于2025年人工智能产业发展工作总结及2026年工作计划的报告"
DOC_NUMBER = "秦工信报〔2026〕3号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Qinlan City (Shaanxi) bureau of industry and IT: AI industry work summary for 2025 and work plan for 2026 — synthetic",
    "issuer": "秦岚市工业和信息化局",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-01-16",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.docx",
}

OPENING = "2025年，在市委、市政府的坚强领导下，我局深入贯彻落实国家和省关于人工智能发展的决策部署，紧扣《秦岚市人工智能产业发展三年行动计划（2024—2026年）》确定的目标任务，扎实推进算力设施建设、产业主体培育和场景应用拓展，全市人工智能产业保持较快发展势头。现将有关情况报告如下。"

REVIEW_INTRO = "2025年，全市人工智能核心产业规模达到86.5亿元，同比增长23.6%，完成年度目标任务的108.1%，增速排名全省第2位；人工智能企业总数达到136家，较上年净增29家，其中规模以上企业41家；智能算力规模达到320P，是2024年的2.1倍。年初确定的18项重点工作任务完成16项，完成率88.9%。"

REVIEW = [
    (
        "（一）算力设施建设提速。",
        "秦岚智算中心一期项目于2025年6月建成投运，新增智能算力200P，全市智能算力规模达到320P，位居全省第3位。累计建成5G基站6820个，其中2025年新建1350个，完成年度计划的112.5%，实现重点园区、县城城区5G网络全覆盖。市公共数据资源平台累计归集数据12.6亿条，同比增长46%，开放公共数据集85个，数据共享调用量突破2300万次。率先在全省建成市级算力调度服务平台，接入算力资源9家，为72家企业提供模型训练和推理服务。",
    ),
    (
        "（二）产业主体不断壮大。",
        "实施人工智能企业梯度培育计划，全年新培育人工智能企业29家，新认定市级人工智能骨干企业12家，新增国家级专精特新“小巨人”企业3家、省级专精特新中小企业15家。全年引进人工智能领域项目23个、总投资86亿元，其中亿元以上项目11个，招商引资到位率达到91%。秦岚高新区人工智能产业园入驻企业达到58家，园区人工智能产业营收突破40亿元，同比增长31%，在全省开发区人工智能产业发展评价中排名第4位。龙头企业带动作用增强，秦岚智能装备集团工业视觉检测系统销售收入增长45%，入选省级首台（套）重大技术装备目录。",
    ),
    (
        "（三）场景应用持续深化。",
        "分两批发布“人工智能+”应用场景清单，累计发布场景48个，完成年度目标的120%，促成供需对接项目32个、合同金额5.8亿元。在装备制造、能源化工、现代农业等领域累计建成智能工厂12个、数字化车间45个，规上工业企业数字化研发设计工具普及率达到78.4%，较上年提高4.2个百分点。“秦岚政务通”智能客服上线运行，累计服务群众41万人次，问题解决率达到92%。智慧医疗、智慧教育、智慧交通等领域应用加快推广，市中心医院智能辅助诊断系统累计辅助阅片18万例，全市12所学校开展人工智能课程试点。",
    ),
    (
        "（四）创新能力稳步提升。",
        "新建省级人工智能重点实验室1个、市级工程技术研究中心6个，全市市级以上人工智能创新平台累计达到27个。全市人工智能领域有效发明专利达到412件，同比增长28%；企业牵头承担省级以上科技项目9项，获省科学技术奖2项。联合秦岚学院开设人工智能微专业，全年培训产业人才3200人次，引进高层次人才46名。举办首届秦岚人工智能创新创业大赛，吸引参赛项目136个，落地转化项目14个。",
    ),
    (
        "（五）政策保障有力有效。",
        "出台《秦岚市支持人工智能产业发展若干措施》，全年兑现各类奖补资金1.26亿元，惠及企业87家；发放算力券2000万元，企业用算成本平均降低约35%。组建人工智能产业链工作专班，开展“企业服务日”活动24场，协调解决企业诉求63项，办结率100%。在全省营商环境评价中，我市“企业全生命周期服务”指标排名第5位。",
    ),
]

REVIEW_EXTRA = (
    "（六）安全治理稳步推进。",
    "制定《秦岚市公共数据安全管理办法》，开展数据安全和算法安全专项检查2轮，督促整改问题隐患27个；组织重点企业开展人工智能伦理和安全培训，全市未发生重大数据安全事件。市网络安全应急指挥平台接入重点单位156家，网络安全态势感知能力明显提升。",
)

REVIEW_CLOSE = "同时，受项目审批和设备到货周期影响，“秦岚政务大模型”和市级人工智能公共训练平台2项任务未能按期完成，已调整至2026年上半年推进。"

PROBLEMS = [
    "一是产业规模总量偏小。全市人工智能核心产业规模仅占全省的4.8%，与省内先进地市相比差距明显，营收超10亿元的龙头企业仅有1家，产业链上下游配套能力不强。",
    "二是算力供需匹配不够。智能算力平均利用率仅为58%，部分中小企业反映用算门槛偏高，算力资源与本地产业需求对接不够精准。",
    "三是人才支撑能力不足。高端算法、数据标注和复合型应用人才短缺，据摸底测算，全市人工智能领域人才缺口约600人。",
    "四是应用推广深度不够。中小企业应用人工智能技术的比例不足20%，部分场景停留在试点示范阶段，规模化复制推广不足。",
]

PLAN_INTRO = "2026年是“十五五”开局之年，也是我市人工智能产业发展三年行动计划的收官之年。我局将坚持以习近平新时代中国特色社会主义思想为指导，全面落实国家“人工智能+”行动部署，聚焦“算力筑基、产业强链、场景赋能、生态优化”，推动全市人工智能产业实现量的合理增长和质的有效提升。工作中，坚持目标导向和问题导向相结合，针对算力利用率不高、龙头企业偏少、人才支撑不足等短板，逐项制定措施、明确责任单位和完成时限，确保三年行动计划圆满收官，为“十五五”时期人工智能产业高质量发展开好局、起好步。"

GOAL_TEXT = "主要目标：到2026年底，全市人工智能核心产业规模突破105亿元，同比增长20%以上；人工智能企业总数达到160家，其中规模以上企业达到50家；智能算力规模达到500P；累计发布“人工智能+”应用场景80个以上；新增市级以上人工智能创新平台5个。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        105,
        "全市人工智能核心产业规模突破105亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能核心产业规模同比增速", "%", "gte", 20, "同比增长20%以上"),
    T("人工智能企业总数", "家", "eq", 160, "人工智能企业总数达到160家", kind="ai_enterprises"),
    T(
        "规模以上人工智能企业",
        "家",
        "eq",
        50,
        "其中规模以上企业达到50家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T("智能算力规模", "P", "eq", 500, "智能算力规模达到500P", kind="computing_power"),
    T(
        "累计发布“人工智能+”应用场景",
        "个",
        "gte",
        80,
        "累计发布“人工智能+”应用场景80个以上",
        kind="application_scenarios",
    ),
    T(
        "新增市级以上人工智能创新平台",
        "个",
        "eq",
        5,
        "新增市级以上人工智能创新平台5个",
        kind="innovation_platforms",
        aggregation="flow",
    ),
]


def L(*codes):
    return list(codes)


# group: (heading, items); item: (title, rest, annotation, lead, supporting, responsible, targets)
GROUPS = [
    (
        "（一）夯实算力和数据基础",
        [
            (
                "加快秦岚智算中心二期建设",
                "在一期320P算力投运的基础上，加快推进秦岚智算中心二期项目建设，2026年9月底前建成投运，新增智能算力180P。完善算力调度服务平台功能，推动全市算力资源统一接入、统一调度，探索与省级算力调度平台互联互通，智能算力平均利用率提高到75%以上。继续发放算力券，重点支持中小企业开展模型训练和推理应用。",
                "（牵头单位：市发展改革委；配合单位：市工信局、市数据局、秦岚高新区管委会）",
                L("fgw"),
                L("gxj", "sjj", "gxq"),
                [],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        180,
                        "新增智能算力180P",
                        kind="computing_power",
                        aggregation="flow",
                    ),
                    T("智能算力平均利用率", "%", "gte", 75, "智能算力平均利用率提高到75%以上"),
                ],
            ),
            (
                "持续完善信息网络设施",
                "继续推进5G网络向重点镇村、产业园区和交通干线延伸覆盖，全年新建5G基站1200个，累计达到8000个以上。推进千兆光网和IPv6规模部署，加快工业互联网标识解析二级节点应用推广，为人工智能应用提供泛在连接支撑。统筹推进通信基础设施与市政、交通设施共建共享，降低网络建设成本。",
                "（牵头单位：市工信局；配合单位：各县（区）人民政府）",
                L("gxj"),
                L("xq"),
                [],
                [
                    T("新建5G基站", "个", "eq", 1200, "全年新建5G基站1200个", aggregation="flow"),
                    T("5G基站累计数量", "个", "gte", 8000, "累计达到8000个以上"),
                ],
            ),
            (
                "推进公共数据开发利用",
                "完善市公共数据资源平台，深化公共数据归集治理和共享应用，全年新增开放公共数据集40个。建设装备制造、能源化工、现代农业3个行业高质量数据集，推动数据集在本地企业间共享复用。探索公共数据授权运营，培育数据标注、数据服务企业。健全公共数据共享责任清单，推动高频数据按需共享、依申请开放，提升数据供给质量和时效。",
                "（责任单位：市数据局）",
                [],
                [],
                L("sjj"),
                [
                    T(
                        "新增开放公共数据集",
                        "个",
                        "eq",
                        40,
                        "全年新增开放公共数据集40个",
                        aggregation="flow",
                    ),
                    T(
                        "行业高质量数据集",
                        "个",
                        "eq",
                        3,
                        "建设装备制造、能源化工、现代农业3个行业高质量数据集",
                    ),
                ],
            ),
        ],
    ),
    (
        "（二）做大做强人工智能产业",
        [
            (
                "深入实施企业梯度培育",
                "继续实施人工智能企业梯度培育计划，全年新培育人工智能企业25家以上，推动人工智能企业总数达到160家；新认定市级人工智能骨干企业10家，争创国家级专精特新“小巨人”企业2家。建立重点企业“一企一策”服务机制，支持骨干企业开展兼并重组、上市融资。建立人工智能企业运行监测机制，按季度分析重点企业经营情况，及时协调解决企业发展中的困难问题。",
                "（牵头单位：市工信局；配合单位：市科技局、市市场监管局）",
                L("gxj"),
                L("kjj", "scj"),
                [],
                [
                    T(
                        "新培育人工智能企业",
                        "家",
                        "gte",
                        25,
                        "全年新培育人工智能企业25家以上",
                        kind="ai_enterprises",
                        aggregation="flow",
                    ),
                    T(
                        "新认定市级人工智能骨干企业",
                        "家",
                        "eq",
                        10,
                        "新认定市级人工智能骨干企业10家",
                        kind="ai_enterprises",
                        aggregation="flow",
                    ),
                    T(
                        "争创国家级专精特新“小巨人”企业",
                        "家",
                        "eq",
                        2,
                        "争创国家级专精特新“小巨人”企业2家",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "强化产业链精准招商",
                "聚焦智能装备、算力服务、行业大模型等方向，绘制人工智能产业链招商图谱，开展专题招商活动8场，全年引进人工智能项目20个以上，其中亿元以上项目8个。完善重点项目“周调度、月通报”机制，推动签约项目早落地、早投产。强化以商招商、以链招商，支持本地龙头企业引进上下游配套企业。",
                "（牵头单位：市投资促进局；配合单位：市工信局、秦岚高新区管委会）",
                L("tcj"),
                L("gxj", "gxq"),
                [],
                [
                    T("专题招商活动", "场", "eq", 8, "开展专题招商活动8场", aggregation="flow"),
                    T(
                        "引进人工智能项目",
                        "个",
                        "gte",
                        20,
                        "全年引进人工智能项目20个以上",
                        aggregation="flow",
                    ),
                    T(
                        "引进亿元以上人工智能项目",
                        "个",
                        "eq",
                        8,
                        "其中亿元以上项目8个",
                        aggregation="flow",
                        parent="PREV",
                    ),
                ],
            ),
            (
                "提升人工智能产业园能级",
                "推动秦岚高新区人工智能产业园二期开园运营，完善孵化、中试、检测等公共服务功能，园区入驻企业达到75家，园区人工智能产业营收突破55亿元。完善园区人才公寓、创新服务综合体等配套设施，提升园区承载能力和服务水平。",
                "（责任单位：秦岚高新区管委会）",
                [],
                [],
                L("gxq"),
                [
                    T("人工智能产业园入驻企业", "家", "eq", 75, "园区入驻企业达到75家"),
                    T(
                        "人工智能产业园人工智能产业营收",
                        "亿元",
                        "gt",
                        55,
                        "园区人工智能产业营收突破55亿元",
                    ),
                ],
            ),
        ],
    ),
    (
        "（三）深化“人工智能+”场景应用",
        [
            (
                "持续开展场景征集发布",
                "持续开展“人工智能+”应用场景征集，全年发布应用场景清单2批、新发布场景32个以上，推动累计发布场景达到80个以上。组织场景供需对接活动6场，推动场景项目签约落地。建立场景项目跟踪服务机制，对落地成效好的场景项目优先纳入市级示范推广目录。",
                "（牵头单位：市工信局；配合单位：市发展改革委、市数据局）",
                L("gxj"),
                L("fgw", "sjj"),
                [],
                [
                    T("发布应用场景清单", "批", "eq", 2, "发布应用场景清单2批", aggregation="flow"),
                    T(
                        "新发布“人工智能+”应用场景",
                        "个",
                        "gte",
                        32,
                        "新发布场景32个以上",
                        kind="application_scenarios",
                        aggregation="flow",
                    ),
                    T(
                        "场景供需对接活动",
                        "场",
                        "eq",
                        6,
                        "组织场景供需对接活动6场",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "推进制造业智能化改造",
                "在已建成12个智能工厂的基础上，全年新建智能工厂6个、数字化车间20个，规上工业企业数字化研发设计工具普及率提高到82%。实施中小企业数字化转型城市试点，推广轻量化、低成本的人工智能工具和解决方案。组织智能制造诊断服务机构深入企业开展“一对一”诊断，帮助企业制定智能化改造方案，推动装备制造、能源化工等重点行业龙头企业打造行业级工业大模型应用标杆。",
                "（牵头单位：市工信局；配合单位：各县（区）人民政府）",
                L("gxj"),
                L("xq"),
                [],
                [
                    T("新建智能工厂", "个", "eq", 6, "新建智能工厂6个", aggregation="flow"),
                    T("新建数字化车间", "个", "eq", 20, "数字化车间20个", aggregation="flow"),
                    T(
                        "规上工业企业数字化研发设计工具普及率",
                        "%",
                        "eq",
                        82,
                        "规上工业企业数字化研发设计工具普及率提高到82%",
                    ),
                ],
            ),
            (
                "建成上线“秦岚政务大模型”",
                "加快推进2025年顺延的“秦岚政务大模型”建设，2026年6月底前上线运行，接入政务服务事项300项以上，“秦岚政务通”智能客服问题解决率保持在90%以上。推动政务大模型在公文辅助起草、政策精准推送、12345热线工单智能分派等场景落地应用，提升政府治理和公共服务智能化水平。",
                "（牵头单位：市数据局；配合单位：市行政审批服务局）",
                L("sjj"),
                L("spj"),
                [],
                [
                    T(
                        "“秦岚政务大模型”接入政务服务事项",
                        "项",
                        "gte",
                        300,
                        "接入政务服务事项300项以上",
                    ),
                    T(
                        "“秦岚政务通”智能客服问题解决率",
                        "%",
                        "gte",
                        90,
                        "“秦岚政务通”智能客服问题解决率保持在90%以上",
                    ),
                ],
            ),
            (
                "拓展民生领域智能应用",
                "在全市10所中小学开展人工智能教育试点，推动人工智能辅助教学、智能学情分析等应用；支持市中心医院等建设智慧医院3家，推广智能导诊、辅助诊断等应用。鼓励企业面向养老、助残、社区服务等领域开发智能产品，提升民生服务智能化水平。",
                "（牵头单位：市教育局、市卫生健康委；配合单位：市工信局）",
                L("jyj", "wjw"),
                L("gxj"),
                [],
                [
                    T(
                        "人工智能教育试点中小学",
                        "所",
                        "eq",
                        10,
                        "在全市10所中小学开展人工智能教育试点",
                    ),
                    T("智慧医院", "家", "eq", 3, "建设智慧医院3家"),
                ],
            ),
        ],
    ),
    (
        "（四）持续优化发展生态",
        [
            (
                "建成市级人工智能公共训练平台",
                "加快建设2025年顺延的市级人工智能公共训练平台，2026年6月底前建成投用，面向企业开放模型训练、数据标注和测试验证服务，全年服务企业50家以上。探索“平台+基金+孵化”运营模式，引入专业化运营团队，推动平台可持续运营。",
                "（牵头单位：市科技局；配合单位：市工信局、市财政局）",
                L("kjj"),
                L("gxj", "czj"),
                [],
                [
                    T(
                        "市级人工智能公共训练平台服务企业",
                        "家",
                        "gte",
                        50,
                        "全年服务企业50家以上",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "加强人工智能人才引育",
                "实施人工智能人才专项引育计划，全年引进高层次人工智能人才60名，依托秦岚学院等院校培训产业人才5000人次，建设人工智能实训基地2个。落实人才住房、子女入学、医疗保障等服务政策，增强人才归属感。",
                "（牵头单位：市委人才办；配合单位：市人社局、市教育局、市工信局）",
                L("rcb"),
                L("rsj", "jyj", "gxj"),
                [],
                [
                    T(
                        "引进高层次人工智能人才",
                        "名",
                        "eq",
                        60,
                        "全年引进高层次人工智能人才60名",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T(
                        "培训产业人才",
                        "人次",
                        "eq",
                        5000,
                        "培训产业人才5000人次",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T("人工智能实训基地", "个", "eq", 2, "建设人工智能实训基地2个"),
                ],
            ),
            (
                "强化政策资金支持",
                "修订完善《秦岚市支持人工智能产业发展若干措施》，全年安排人工智能产业发展专项资金1.5亿元；继续发放算力券，对企业使用智能算力给予不超过30%的费用补贴，单个企业每年最高100万元。加强与金融机构合作，推广“科技贷”“算力贷”等金融产品，支持符合条件的人工智能企业上市挂牌融资。",
                "（牵头单位：市财政局；配合单位：市工信局、市发展改革委）",
                L("czj"),
                L("gxj", "fgw"),
                [],
                [],
            ),
        ],
    ),
]

ANNEX_CAPTION = "2025年人工智能产业主要指标完成情况"
ANNEX = [
    ["指标", "单位", "2025年目标", "2025年完成", "同比增长", "完成率", "全省排名"],
    ["人工智能核心产业规模", "亿元", "80", "86.5", "23.6%", "108.1%", "第2位（增速）"],
    ["人工智能企业总数", "家", "130", "136", "27.1%", "104.6%", "第3位"],
    ["其中：规模以上企业", "家", "40", "41", "20.6%", "102.5%", "—"],
    ["智能算力规模", "P", "300", "320", "110.5%", "106.7%", "第3位"],
    ["新建5G基站", "个", "1200", "1350", "—", "112.5%", "—"],
    ["发布“人工智能+”应用场景", "个", "40", "48", "—", "120.0%", "—"],
    ["市级以上人工智能创新平台", "个", "25", "27", "35.0%", "108.0%", "—"],
    ["人工智能领域有效发明专利", "件", "380", "412", "28.0%", "108.4%", "第4位"],
]
ANNEX_WIDTHS = [4.6, 1.3, 1.9, 1.9, 1.9, 1.9, 2.1]

SAFEGUARDS = [
    (
        "（一）",
        "强化统筹推进",
        "充分发挥市人工智能产业链工作专班作用，建立重点任务清单和月调度机制，及时协调解决项目建设、要素保障等方面的困难问题，确保各项任务按期完成。加强与省工业和信息化厅等省级部门的汇报衔接，积极争取更多项目、资金和政策支持。",
    ),
    (
        "（二）",
        "强化监测评估",
        "完善人工智能产业统计监测制度，按季度开展运行分析，对三年行动计划实施情况开展终期评估，及时总结推广经验做法。对重点任务推进情况实行清单化管理，每季度通报一次进展情况。",
    ),
    (
        "（三）",
        "强化宣传引导",
        "通过政府网站、新闻媒体等渠道，宣传人工智能政策措施和典型案例，营造全社会关心支持人工智能产业发展的良好氛围。",
    ),
]

SUGGESTIONS = [
    "（一）建议将人工智能产业发展纳入全市高质量发展综合绩效考核，进一步压实各县（区）和市直有关部门责任。",
    "（二）建议市政府统筹设立人工智能产业投资基金，规模不低于10亿元，撬动社会资本加大投入。",
    "（三）建议市委人才办牵头研究制定人工智能高层次人才专项支持政策，在住房、薪酬等方面给予倾斜。",
]


def _build():
    blocks = [
        ("head", "秦岚市工业和信息化局"),
        ("docno", f"{DOC_NUMBER}　　　　　　签发人：周立衡"),
        ("title", TITLE),
        ("addressee", "市人民政府："),
        ("p", OPENING),
        ("h1", "一、2025年工作完成情况"),
        ("p", REVIEW_INTRO),
    ]
    for head, rest in [*REVIEW, REVIEW_EXTRA]:
        blocks.append(("item", (head, rest)))
    blocks += [("p", REVIEW_CLOSE), ("h1", "二、存在的问题")]
    blocks += [("p", p) for p in PROBLEMS]
    blocks += [("h1", "三、2026年工作计划"), ("p", PLAN_INTRO), ("p", GOAL_TEXT)]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("到2026年底", GOAL_TEXT.removeprefix("主要目标："), GOAL_TARGETS)]
    sections = []
    n = 0
    for heading, items in GROUPS:
        blocks.append(("h2", heading))
        tasks = []
        for title, rest, ann, lead, sup, resp, targets in items:
            n += 1
            no = f"{n}."
            blocks.append(("item", (f"{no}{title}。", f"{rest}{ann}")))
            tasks.append(
                Task(
                    no, title, f"{title}。{rest}{ann}", lead=lead, supporting=sup, responsible=resp
                )
            )
            for t in targets:
                assert t.phrase in rest, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=no))
        code = heading[1]
        sections.append(Section(code, heading[:3], heading[3:], "key_task", tasks))
    blocks.append(("h1", "四、保障措施"))
    sg = []
    for no, title, rest in SAFEGUARDS:
        blocks.append(("item", (f"{no}{title}。", rest)))
        sg.append(Task(no, title, f"{title}。{rest}"))
    blocks.append(("h1", "五、意见建议"))
    blocks += [("p", s) for s in SUGGESTIONS]
    blocks += [
        ("p", "特此报告。"),
        ("sign", "秦岚市工业和信息化局"),
        ("date", "2026年1月16日"),
        ("p", "（联系人：产业发展科　王凯　电话：0913-2186052）"),
        ("pagebreak", None),
        ("h1", "附件"),
        ("caption", ANNEX_CAPTION),
        ("wtable", (ANNEX_WIDTHS, ANNEX)),
    ]
    top = [
        Section("三", "三、", "2026年工作计划", "key_task", sections=sections),
        Section("四", "四、", "保障措施", "safeguard", sg),
    ]
    return blocks, goals, top


BLOCKS, GOALS, SECTIONS = _build()

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "qinlan-shaanxi-city",
        "name": "秦岚市",
        "name_en": "Qinlan City (Shaanxi)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 秦岚市工业和信息化局关于2025年人工智能产业发展工作总结及2026年工作计划的报告 (秦岚市工业和信息化局, 秦工信报〔2026〕3号,
#   2026-01-16)
# — SYNTHETIC (synthetic_co): WRITTEN by the collector (helper blindCO, 2026-12-07) before reading or running the importer; no such
#   document is claimed to exist. Built by make_files.py from doc_qinlan.py as a Word file (.docx).
# Zone qinlan-shaanxi-city (陕西, an invented prefecture-level city) → city level. Period 2026 alone: the document LOOKS BACK on
#   2025 and plans 2026 only; the extraction holds the plan, i.e. part 三、 (and the safeguards of 四、).
# What is NOT extracted (the set's point): 一、2025年工作完成情况 — an opening paragraph and six bold-led paragraphs （一）–（六）
#   printed exactly as the plan's items are (bold heading + text), all PAST: 达到86.5亿元, 同比增长23.6%, 完成年度目标任务的108.1%,
#   排名全省第2位, 累计建成5G基站6820个, 是2024年的2.1倍, 完成率88.9%, 办结率100% … → no goal, no target, no task; "2项任务…已调整至
#   2026年上半年推进" → nothing (the two tasks are planned in 三、, items 9 and 11). 二、存在的问题 (four "一是…" paragraphs: problems,
#   not points of work) → no task; their figures (4.8%, 58%, 600人, 20%) describe the present → no target. 五、意见建议 — three
#   requests that OTHERS act (建议将…纳入…考核; 建议市政府统筹设立…基金，规模不低于10亿元; 建议市委人才办牵头研究制定…政策) → no task
#   (the bureau asks, it does not commit), no target (a fund's size, and not this plan's) and no role (市委人才办 "牵头" in a request
#   is no annotation; the body is an agency only through item 12's annotation). 附件 "2025年人工智能产业主要指标完成情况" — a table
#   指标 | 单位 | 2025年目标 | 2025年完成 | 同比增长 | 完成率 | 全省排名: LAST year's targets and readings → no target, no goal.
#   The cited 三年行动计划（2024—2026年） → no figure of its own here. 签发人 and the 联系人 line → no agency.
# Goals: "主要目标：到2026年底，…" → goal titled 到2026年底 (its date phrase; text without the label), 7 targets due 2026: 突破105亿元
#   (gt) AND 同比增长20%以上 (the rate beside the level is a target of its own, SOURCES.md), 160家, 其中规模以上企业50家 (parent),
#   500P, 累计发布场景80个以上 (累计 here is a FUTURE level: a target, stock), 新增…创新平台5个 (flow).
# Tasks: three parts of 三、 nested as printed: 三、 → four groups （一）–（四） (key_task sections) → items 1.–13. NUMBERED ON across the
#   groups, each ONE paragraph "N.标题。正文（annotation）" (bold heading); title = the heading, text = heading + body + annotation,
#   without the number. 四、保障措施 （一）–（三） bold-led, unannotated → safeguard tasks ("我局" acts; no role).
# Roles: "（牵头单位：X；配合单位：Y、Z）" → X lead, Y Z supporting; "（责任单位：X）" → responsible (no lead rule). 各县（区）人民政府 →
#   ONE collective. 秦岚高新区管委会 a park administration; 市委人才办 a party body.
# Targets of the items (every item holding figures is also a goal titled like the item, text = heading + body without number and
#   annotation, numbered like it), all due 2026 (the plan's one year; "2026年9月底前建成…" and "2026年6月底前上线…" date within it):
#   the NEW figure of a task that CONTINUES a past one is the target, its past base none — item 1 "在一期320P算力投运的基础上…新增智能
#   算力180P" (320P no target; 180P flow), item 8 "在已建成12个智能工厂的基础上，全年新建智能工厂6个" (12 none; 6 flow). Where a task
#   prints the new count AND the total it leads to, both are targets (another thing each: 新建5G基站1200个 flow / 累计达到8000个以上
#   stock, item 2) — unless the total restates the goals: item 4's "推动人工智能企业总数达到160家" and item 7's "推动累计发布场景达到
#   80个以上" are the goals' figures again → no second target, while their new counts (新培育25家以上, 新发布场景32个以上) are targets.
#   "建设装备制造、能源化工、现代农业3个行业高质量数据集" → 3 个 (a count of the things named after a verb of making). 争创…“小巨人”企业2家 → a
#   target (争创 = 力争). 保持在90%以上 → gte 90 % (a level to keep is still the plan's figure). 发布应用场景清单2批 → 2 批 (lists
#   drawn up, flow). Item 13 (专项资金1.5亿元, 算力券 不超过30%, 每年最高100万元) → budget, subsidy rate and cap: no targets.
#   Flow: 新增 / 新建 / 新培育 / 新认定 / 争创 / 引进 / 开展 / 组织 / 发布 / 服务 / 培训 counts within the year; stock: levels and
#   rates, 建设 / 达到 counts.
"""

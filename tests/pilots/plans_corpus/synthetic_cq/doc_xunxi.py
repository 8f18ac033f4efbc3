# ruff: noqa: E501  (plan text as the office writes it)
"""浔溪区2026年“人工智能+”行动工作要点 — INVENTED (synthetic_cq). Built as .docx and printed to PDF by LibreOffice: red
head, 发文字号 浔府办字〔2026〕7号, the notice with a 联系人 / 联系电话 line (a phone number), page break, the 工作要点: a 2025 review
(baselines, "全省第一批…典型案例"), a 总体要求 paragraph ("1+N+X" 政策体系 explained, “5G+”), "主要目标：…" whose figures are
written in unusual words — 增长三成, 一百二十家, 近五成, 十余个, 100%覆盖, 降低0.5个百分点, 12345热线…控制在2%以内, 前三名 —, a
count of the document's own parts (4个方面21项工作), four groups 一、–四、 of items 1.–21. NUMBERED ON across the groups, each one
paragraph "N.标题。正文（annotation）" closing on "（区X牵头，区Y、区Z配合）", "（区X负责）" or "（区X、区Y按职责分工负责）", one lead
being 区12345热线中心 (digits in an agency's name); 五、工作要求 （一）–（四） unannotated; 抄送 / 印发."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "xunxi-ai-plus-work-points-2026-synthetic"
KIND = "pdf"

# printed form → (code, full name, category)
A = {
    "区发改委": ("fgw", "浔溪区发展和改革委员会", "development_reform"),
    "区工信局": ("gxj", "浔溪区工业和信息化局", "industry_it"),
    "区科技局": ("kjj", "浔溪区科学技术局", "science_technology"),
    "区政数局": ("zsj", "浔溪区政务服务数据管理局", "big_data"),
    "区财政局": ("czj", "浔溪区财政局", "finance"),
    "区商务局": ("swj", "浔溪区商务局", "commerce"),
    "区农业农村局": ("nyj", "浔溪区农业农村局", "agriculture"),
    "区市场监管局": ("scj", "浔溪区市场监督管理局", "market_regulation"),
    "区12345热线中心": ("rxzx", "浔溪区12345政务服务便民热线管理中心", "government_services"),
    "区教体局": ("jtj", "浔溪区教育体育局", "education"),
    "区卫健委": ("wjw", "浔溪区卫生健康委员会", "health"),
    "区城管局": ("cgj", "浔溪区城市管理局", "housing_construction"),
    "区公安分局": ("gafj", "浔溪区公安分局", "public_security"),
    "区人社局": ("rsj", "浔溪区人力资源和社会保障局", "human_resources"),
    "区委组织部": ("zzb", "中共浔溪区委组织部", "party_organisation"),
    "区融媒体中心": ("rmt", "浔溪区融媒体中心", "publicity"),
    "浔溪经开区管委会": ("kfq", "浔溪经济开发区管理委员会", "park_administration"),
    "各乡镇（街道）": ("xz", "浔溪区各乡镇人民政府、街道办事处", "local_government"),
    "区文广新旅局": ("wlj", "浔溪区文化广电新闻出版旅游局", "culture_tourism"),
    "区应急管理局": ("yjj", "浔溪区应急管理局", "emergency"),
    "区委网信办": ("wxb", "中共浔溪区委网络安全和信息化委员会办公室", "publicity"),
    "区民政局": ("mzj", "浔溪区民政局", "civil_affairs"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def codes(names):
    return [A[n][0] for n in names]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "浔溪区2026年“人工智能+”行动工作要点"
DOC_NUMBER = "浔府办字〔2026〕7号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Xunxi District (Jiangxi) “AI+” action work points for 2026 — synthetic",
    "issuer": "浔溪区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-26",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"经区政府同意，现将《{TITLE}》印发给你们，请认真抓好贯彻落实。各牵头单位请于每季度末月25日前将工作进展情况报送区工信局（区“人工智能+”行动工作专班办公室）。"
CONTACT = "联系人：陈卓；联系电话：0798-8231456。"
REVIEW = "2025年，全区“人工智能+”行动开局良好。人工智能核心产业营业收入突破40亿元，人工智能相关企业达到86家，智能算力规模达到150P；完成智能化改造项目42个，规上工业企业数字化改造覆盖率为31%；“浔溪政务智能助手”试运行，2个场景入选全省第一批“人工智能+”应用场景典型案例。但也要看到，我区人工智能产业规模偏小、龙头企业偏少、高端人才不足，应用场景的开放深度还需拓展。"
GENERAL = "2026年全区“人工智能+”工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实省、市关于“人工智能+”行动的部署要求，构建“1+N+X”政策体系（“1”即本工作要点，“N”即算力、数据、场景、人才等若干专项政策，“X”即各领域应用场景清单），深化“5G+”“AI+”融合应用，以项目化推进、清单化管理、责任化落实，推动人工智能与电子信息、新能源、有色金属精深加工等主导产业和公共服务深度融合。"
GOAL_TEXT = "全年人工智能核心产业营业收入增长三成，人工智能相关企业总数达到一百二十家，近五成规上工业企业完成数字化改造，打造区级“人工智能+”示范场景十余个，政务服务事项“一网通办”实现100%覆盖，智能化改造企业产品平均不良率降低0.5个百分点，12345热线工单重复投诉率控制在2%以内，力争在全市“人工智能+”行动年度考核中进入前三名。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业营业收入增长",
        "%",
        "eq",
        30,
        "人工智能核心产业营业收入增长三成",
        aggregation="flow",
    ),
    T(
        "人工智能相关企业总数",
        "家",
        "eq",
        120,
        "人工智能相关企业总数达到一百二十家",
        kind="ai_enterprises",
    ),
    T(
        "完成数字化改造的规上工业企业占比",
        "%",
        "approx",
        50,
        "近五成规上工业企业完成数字化改造",
    ),
    T(
        "区级“人工智能+”示范场景",
        "个",
        "gt",
        10,
        "打造区级“人工智能+”示范场景十余个",
        kind="application_scenarios",
    ),
    T(
        "政务服务事项“一网通办”覆盖率",
        "%",
        "eq",
        100,
        "政务服务事项“一网通办”实现100%覆盖",
    ),
    T(
        "智能化改造企业产品平均不良率降低",
        "百分点",
        "eq",
        0.5,
        "智能化改造企业产品平均不良率降低0.5个百分点",
        aggregation="flow",
    ),
    T("12345热线工单重复投诉率", "%", "lte", 2, "12345热线工单重复投诉率控制在2%以内"),
]
REVIEW2 = "2026年是全面实施“人工智能+”行动的关键之年。全区上下要进一步增强抢抓机遇的紧迫感和使命感，坚持目标导向、问题导向，以更大力度推动人工智能赋能千行百业，努力在全市“人工智能+”行动中争先进位。"

# group: (numbering, title, items); item: (title, rest, annotation, lead, supporting, responsible, targets)
GROUPS = [
    (
        "一、",
        "筑牢智能发展底座",
        [
            (
                "提升算力供给能力",
                "推动浔溪智算中心一期项目投入运营，力争全区智能算力规模实现倍增，全年新增智能算力300P。推动区内算力资源接入全省算力调度平台，面向中小企业、高校院所提供普惠算力服务，探索“算力+电力”协同调度，落实算力券政策，对企业使用智能算力给予不超过合同金额30%的补贴。",
                "（区发改委牵头，区工信局、浔溪经开区管委会配合）",
                ["区发改委"],
                ["区工信局", "浔溪经开区管委会"],
                [],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        300,
                        "全年新增智能算力300P",
                        kind="computing_power",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "完善信息网络设施",
                "深化“5G+”行业应用，全年新建5G基站一百五十个，推进千兆光网升级改造，实现全区行政村5G网络全覆盖。加快物联网感知设施在园区、社区、河湖等区域布局，推动通信基础设施与市政设施、交通设施共建共享，提升网络服务质量和覆盖深度。",
                "（区工信局负责）",
                [],
                [],
                ["区工信局"],
                [T("新建5G基站", "个", "eq", 150, "全年新建5G基站一百五十个", aggregation="flow")],
            ),
            (
                "推进公共数据开发利用",
                "上线“浔溪数据超市”V2.0版，全年新增归集公共数据一千万条，开放公共数据集三十个以上。探索公共数据授权运营，在普惠金融、医疗健康、交通出行等领域开发数据产品，推动数据要素价值释放。完善数据共享需求清单和责任清单，推动高频数据按需共享、按时更新。",
                "（区政数局牵头，区发改委、区财政局配合）",
                ["区政数局"],
                ["区发改委", "区财政局"],
                [],
                [
                    T(
                        "新增归集公共数据",
                        "条",
                        "eq",
                        10000000,
                        "新增归集公共数据一千万条",
                        aggregation="flow",
                    ),
                    T("开放公共数据集", "个", "gte", 30, "开放公共数据集三十个以上"),
                ],
            ),
            (
                "加强创新平台建设",
                "支持企业联合高校院所共建人工智能联合实验室、工程研究中心，全年新增省级以上创新平台3家。组织数十家企业参加人工智能产品展会和供需对接活动，推动科技成果在我区转化落地。",
                "（区科技局负责）",
                [],
                [],
                ["区科技局"],
                [
                    T(
                        "新增省级以上创新平台",
                        "家",
                        "eq",
                        3,
                        "全年新增省级以上创新平台3家",
                        kind="innovation_platforms",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
    (
        "二、",
        "推动产业智能化转型",
        [
            (
                "实施制造业智能化改造",
                "围绕电子信息、新能源、有色金属精深加工等主导产业，实施智能化改造项目六十个，新增省级智能工厂2家、数字化车间十个，推动“5G+工业互联网”融合应用。开展中小企业数字化转型诊断服务，推广“小快轻准”数字化产品和解决方案，引导企业由单点应用向全流程、全链条智能化升级。",
                "（区工信局牵头，区发改委、浔溪经开区管委会配合）",
                ["区工信局"],
                ["区发改委", "浔溪经开区管委会"],
                [],
                [
                    T(
                        "实施智能化改造项目",
                        "个",
                        "eq",
                        60,
                        "实施智能化改造项目六十个",
                        aggregation="flow",
                    ),
                    T("新增省级智能工厂", "家", "eq", 2, "新增省级智能工厂2家", aggregation="flow"),
                    T("新增数字化车间", "个", "eq", 10, "数字化车间十个", aggregation="flow"),
                ],
            ),
            (
                "培育壮大人工智能企业",
                "开展人工智能产业链精准招商，全年招引人工智能项目二十个以上，其中投资额超亿元项目5个以上；培育国家级专精特新“小巨人”企业2家。支持企业申报国家和省级人工智能相关资质，建立人工智能重点企业培育库，实行“一企一策”精准服务，推动企业梯次成长。",
                "（区商务局牵头，区工信局、浔溪经开区管委会配合）",
                ["区商务局"],
                ["区工信局", "浔溪经开区管委会"],
                [],
                [
                    T(
                        "招引人工智能项目",
                        "个",
                        "gte",
                        20,
                        "全年招引人工智能项目二十个以上",
                        aggregation="flow",
                    ),
                    T(
                        "投资额超亿元人工智能项目",
                        "个",
                        "gte",
                        5,
                        "其中投资额超亿元项目5个以上",
                        aggregation="flow",
                        parent="PREV",
                    ),
                    T(
                        "国家级专精特新“小巨人”企业",
                        "家",
                        "eq",
                        2,
                        "培育国家级专精特新“小巨人”企业2家",
                        kind="ai_enterprises",
                    ),
                ],
            ),
            (
                "发展智能终端产业",
                "依托浔溪经开区，推动VR/AR终端、3D打印设备、智能穿戴设备等产品研发和产业化，智能终端产业营业收入增长两成以上。支持企业参与制定行业标准，打造区域性智能终端生产基地。",
                "（浔溪经开区管委会负责）",
                [],
                [],
                ["浔溪经开区管委会"],
                [
                    T(
                        "智能终端产业营业收入增长",
                        "%",
                        "gte",
                        20,
                        "智能终端产业营业收入增长两成以上",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "推进农业智能化",
                "建设智慧农业示范基地五个，推广植保无人机、智能灌溉、水肥一体化等装备和技术，推动农产品质量安全追溯体系建设。",
                "（区农业农村局牵头，各乡镇（街道）配合）",
                ["区农业农村局"],
                ["各乡镇（街道）"],
                [],
                [T("智慧农业示范基地", "个", "eq", 5, "建设智慧农业示范基地五个")],
            ),
            (
                "推动服务业智能化升级",
                "推动商贸流通、现代物流企业应用智能仓储、无人配送、智能客服等技术，支持老街区、商业综合体开展数字化改造，培育智慧商圈2个、智慧物流示范企业5家，发展直播电商、即时零售等新业态新模式。",
                "（区商务局负责）",
                [],
                [],
                ["区商务局"],
                [
                    T("智慧商圈", "个", "eq", 2, "培育智慧商圈2个"),
                    T("智慧物流示范企业", "家", "eq", 5, "智慧物流示范企业5家"),
                ],
            ),
        ],
    ),
    (
        "三、",
        "拓展“人工智能+”应用场景",
        [
            (
                "推进“AI+政务服务”",
                "推动“浔溪政务智能助手”正式上线，推广智能问答、智能预审、智能填表，推动高频政务服务事项“免申即享”“秒批秒办”，企业开办时间压缩至1个工作日以内。",
                "（区政数局牵头，区市场监管局配合）",
                ["区政数局"],
                ["区市场监管局"],
                [],
                [T("企业开办时间", "工作日", "lte", 1, "企业开办时间压缩至1个工作日以内")],
            ),
            (
                "提升12345热线智能化水平",
                "推动12345政务服务便民热线智能化升级，实现来电智能转写、工单智能分派、热点智能分析，热线一次性办结率达到百分之九十，工单重复投诉率控制在2%以内。",
                "（区12345热线中心牵头，区政数局配合）",
                ["区12345热线中心"],
                ["区政数局"],
                [],
                [
                    T(
                        "12345热线一次性办结率",
                        "%",
                        "eq",
                        90,
                        "热线一次性办结率达到百分之九十",
                    ),
                ],
            ),
            (
                "推进“AI+教育”",
                "在全区中小学普及人工智能课程，建设人工智能教育实验室二十间，开展人工智能科普进校园活动，培育一批人工智能特色学校。推广智能备课、智能作业批改、学情分析等应用，推动教师数字素养提升，探索人工智能助力“双减”和因材施教的有效路径。",
                "（区教体局负责）",
                [],
                [],
                ["区教体局"],
                [T("人工智能教育实验室", "间", "eq", 20, "建设人工智能教育实验室二十间")],
            ),
            (
                "推进“AI+医疗健康”",
                "支持区人民医院创建三级医院，推动二级以上医疗机构部署智能导诊、辅助诊断系统，基层医疗卫生机构智能辅助诊疗系统覆盖率达到百分之八十。推进“互联网+医疗健康”便民服务。",
                "（区卫健委负责）",
                [],
                [],
                ["区卫健委"],
                [
                    T(
                        "基层医疗卫生机构智能辅助诊疗系统覆盖率",
                        "%",
                        "eq",
                        80,
                        "基层医疗卫生机构智能辅助诊疗系统覆盖率达到百分之八十",
                    ),
                ],
            ),
            (
                "推进“AI+城市管理”",
                "依托城市运行管理服务平台，新增智能感知设备五百个，推动占道经营、违规停车等问题智能发现、自动派单，城市管理案件智能发现率提高10个百分点。",
                "（区城管局牵头，区公安分局、各乡镇（街道）配合）",
                ["区城管局"],
                ["区公安分局", "各乡镇（街道）"],
                [],
                [
                    T(
                        "新增智能感知设备",
                        "个",
                        "eq",
                        500,
                        "新增智能感知设备五百个",
                        aggregation="flow",
                    ),
                    T(
                        "城市管理案件智能发现率提高",
                        "百分点",
                        "eq",
                        10,
                        "城市管理案件智能发现率提高10个百分点",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "推进“AI+文旅”",
                "依托区内重点景区和历史文化街区，建设智慧旅游服务平台，推出AI导游、数字人讲解、智能行程规划等服务，打造沉浸式体验项目，全年接待游客人次增长一成以上。",
                "（区文广新旅局负责）",
                [],
                [],
                ["区文广新旅局"],
                [
                    T(
                        "接待游客人次增长",
                        "%",
                        "gte",
                        10,
                        "全年接待游客人次增长一成以上",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "推进“AI+应急管理”",
                "建设安全生产风险智能监测预警系统，接入危险化学品、建筑施工等重点企业八十家，推动风险隐患智能识别、自动预警。完善防汛、森林防火智能监测网络，提升灾害事故智能研判和应急处置能力。",
                "（区应急管理局牵头，区城管局、各乡镇（街道）配合）",
                ["区应急管理局"],
                ["区城管局", "各乡镇（街道）"],
                [],
                [
                    T(
                        "接入安全生产风险智能监测预警系统的重点企业",
                        "家",
                        "eq",
                        80,
                        "接入危险化学品、建筑施工等重点企业八十家",
                    ),
                ],
            ),
            (
                "推进“AI+社区服务”",
                "推动社区综合服务平台与12345热线、网格化管理平台数据互通，建设智慧社区十五个，推广智能门禁、智能安防、“一键呼叫”等应用，为独居、空巢老年人提供智能关爱服务。",
                "（区民政局牵头，区政数局、各乡镇（街道）配合）",
                ["区民政局"],
                ["区政数局", "各乡镇（街道）"],
                [],
                [T("智慧社区", "个", "eq", 15, "建设智慧社区十五个")],
            ),
        ],
    ),
    (
        "四、",
        "强化要素支撑",
        [
            (
                "加强人才引育",
                "实施人工智能人才引育工程，全年引进培育人工智能领域高层次人才五十名，培训数字技能人才三千人次以上。支持区内职业院校与企业共建人工智能产业学院。",
                "（区人社局牵头，区委组织部、区科技局配合）",
                ["区人社局"],
                ["区委组织部", "区科技局"],
                [],
                [
                    T(
                        "引进培育人工智能领域高层次人才",
                        "名",
                        "eq",
                        50,
                        "引进培育人工智能领域高层次人才五十名",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T(
                        "培训数字技能人才",
                        "人次",
                        "gte",
                        3000,
                        "培训数字技能人才三千人次以上",
                        kind="talent",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "加大金融支持",
                "设立规模5亿元的区人工智能产业引导基金，引导银行机构开发“AI贷”“算力贷”等产品，力争全年新增人工智能企业科技贷款十亿元以上。",
                "（区财政局负责）",
                [],
                [],
                ["区财政局"],
                [
                    T(
                        "新增人工智能企业科技贷款",
                        "亿元",
                        "gte",
                        10,
                        "新增人工智能企业科技贷款十亿元以上",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "营造良好发展生态",
                "举办第二届“浔溪杯”人工智能创新应用大赛，对获奖项目给予奖励；开设“人工智能+”专题宣传栏目，及时宣传典型案例和工作成效。",
                "（区工信局、区融媒体中心按职责分工负责）",
                [],
                [],
                ["区工信局", "区融媒体中心"],
                [],
            ),
            (
                "筑牢安全发展底线",
                "落实网络安全等级保护、数据安全和个人信息保护制度，加强生成式人工智能服务备案管理和算法安全监测，开展网络安全攻防演练，防范化解人工智能应用中的安全风险。",
                "（区委网信办牵头，区公安分局、区政数局配合）",
                ["区委网信办"],
                ["区公安分局", "区政数局"],
                [],
                [],
            ),
        ],
    ),
]

REQUIREMENTS = [
    (
        "强化组织领导",
        "区“人工智能+”行动工作专班要发挥统筹协调作用，定期研究解决工作推进中的重大问题。各乡镇（街道）、各部门要把“人工智能+”工作列入重要议事日程，主要负责同志亲自部署、亲自推动，分管负责同志具体抓、抓具体，确保各项工作有人管、有人抓、有落实。",
    ),
    (
        "强化责任落实",
        "各牵头单位要对照工作要点，细化分解目标任务，明确时间表和路线图；各配合单位要主动对接、密切配合，形成工作合力，确保各项工作按期完成。对涉及多个部门的工作，牵头单位要加强统筹协调，做到责任不悬空、工作不断档。",
    ),
    (
        "强化要素保障",
        "统筹用好各级各类专项资金，优先保障人工智能重点项目用地、用能需求。积极争取上级政策、项目和资金支持，引导社会资本参与人工智能项目建设。加强与高校院所、行业协会和龙头企业的合作，为人工智能发展提供智力支撑和服务保障。",
    ),
    (
        "强化督查考核",
        "区“人工智能+”行动工作专班办公室要建立工作台账，实行月调度、季通报、年考核，将工作要点落实情况纳入对各乡镇（街道）、各部门的年度综合考核。对工作推进有力、成效明显的单位予以通报表扬，对工作推进滞后的单位进行督促提醒，确保全年目标任务圆满完成。",
    ),
]

CC = "抄送：区委各部门，区人大常委会办公室，区政协办公室，区纪委监委，区法院，区检察院，区人武部。"
PRINTED = "浔溪区人民政府办公室　　　　　　　　2026年2月26日印发"
NUMERALS = "一二三四五六七八九十"


def _check(text, targets):
    for t in targets:
        assert t.phrase in text, t.phrase


def _build():
    blocks = [
        ("head", "浔溪区人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"浔溪区人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各乡镇人民政府、街道办事处，浔溪经开区管委会，区政府各部门："),
        ("body", NOTICE),
        ("body", CONTACT),
        ("sign", "浔溪区人民政府办公室"),
        ("date", "2026年2月26日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", REVIEW),
        ("body", REVIEW2),
        ("body", GENERAL),
        ("body", "主要目标：" + GOAL_TEXT),
        (
            "body",
            f"围绕上述目标，全年重点抓好以下{len(GROUPS)}个方面{sum(len(g[2]) for g in GROUPS)}项工作。",
        ),
    ]
    _check(GOAL_TEXT, GOAL_TARGETS)
    goals = [Goal("主要目标", GOAL_TEXT, GOAL_TARGETS)]
    sections = []
    n = 0
    for gno, gtitle, items in GROUPS:
        blocks.append(("h1", f"{gno}{gtitle}"))
        tasks = []
        for title, rest, ann, lead, sup, resp, targets in items:
            n += 1
            no = f"{n}."
            blocks.append(("item", (f"{no}{title}。", rest + ann)))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{rest}{ann}",
                    lead=codes(lead),
                    supporting=codes(sup),
                    responsible=codes(resp),
                )
            )
            for name in lead + sup + resp:
                assert name in ann, name
            _check(rest, targets)
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=no))
        sections.append(Section(gno.strip("、"), gno, gtitle, "key_task", tasks))
    blocks.append(("h1", "五、工作要求"))
    sg = []
    for i, (title, text) in enumerate(REQUIREMENTS, 1):
        no = f"（{NUMERALS[i - 1]}）"
        blocks.append(("item", (f"{no}{title}。", text)))
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("五", "五、", "工作要求", "safeguard", sg))
    blocks += [("rule", ""), ("addressee", CC), ("addressee", PRINTED)]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "xunxi-jiangxi-district",
        "name": "浔溪区",
        "name_en": "Xunxi District (Jiangxi)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 浔溪区2026年“人工智能+”行动工作要点 (浔溪区人民政府办公室, 浔府办字〔2026〕7号, 2026-02-26)
# — SYNTHETIC (synthetic_cq): WRITTEN by the collector (helper blindCQ, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_xunxi.py as .docx, printed to PDF by LibreOffice.
# Zone xunxi-jiangxi-district (江西 浔溪区, an invented urban district with 乡镇 and 街道; its city is not named) → district level;
#   period 2026 (a one-year 工作要点: every figure due 2026).
# Outline: red head, 发文字号, notice (reporting date 每季度末月25日前: no target), "联系人：陈卓；联系电话：0798-8231456。" (a
#   phone number: no figure), "（此件公开发布）", page break, title; a 2025 review paragraph (40亿元, 86家, 150P, 42个, 31%, "全省
#   第一批…典型案例": baselines, no targets); a paragraph on the year ahead ("2026年是…关键之年": no figure); a 总体要求 paragraph ("1+N+X" 政策体系 with its 1 / N / X explained, “5G+”
#   “AI+”: no figures); "主要目标：…" → ONE goal titled 主要目标 (the label the paragraph opens on; no date phrase is printed, the
#   document's year is 2026) with 7 targets; "全年重点抓好以下4个方面21项工作" (a count of the document's own parts: no target);
#   four groups 一、–四、 (top-level key_task sections) of items 1.–21. NUMBERED ON across the groups, each ONE paragraph "N.标题。正文
#   （annotation）" with a bold heading; 五、工作要求 （一）–（四） → safeguard tasks, unannotated. 抄送 / 印发.
# Tasks: title = the bold heading; text = heading + body + annotation, without the number. No 完成时限 → no due. Every item with
#   figures is also a goal titled like it (text = heading + body), numbered like it.
# Roles: "（区X牵头，区Y、区Z配合）" → lead / supporting; "（区X负责）" and "（区X、区Y按职责分工负责）" → responsible. 区12345热线
#   中心 (= 浔溪区12345政务服务便民热线管理中心; its digits are part of its name) leads item 11. 各乡镇（街道） → one collective (the
#   district's towns and sub-districts), supporting in items 8., 14., 16. and 17.; 浔溪经开区管委会 a park administration; 区委组织部 a party
#   body; 区公安分局 one body; 区委网信办 a party body.
# Targets — the set's topic, quantities in unusual words (SYNTHETIC_CQ.md "Conventions this set adds"):
#   增长三成 → 30 % eq (growth over the year, flow); 一百二十家 → 120; 近五成 → approx 50 % (近 = nearly: as 左右); 十余个 → gt 10
#   (余 = more than); "“一网通办”实现100%覆盖" → eq 100 % (a printed figure, unlike a bare 全覆盖); 降低0.5个百分点 → 0.5 百分点 eq
#   (flow); "12345热线工单重复投诉率控制在2%以内" → lte 2 % (12345 names the hotline); "进入前三名" → no target (a rank, not a
#   quantity). Item 11's "工单重复投诉率控制在2%以内" prints the goal's figure again (same thing, value, year) → no second target.
#   Item 1's "力争全区智能算力规模实现倍增" names NO base year → no target (a doubling is kept as 2 倍 only over a printed base year,
#   "较2025年…": SYNTHETIC_CQ.md); its "全年新增智能算力300P" is one. 一千万条 → 10000000 条 (万 multiplied out); 压缩至1个工作日以内
#   → lte 1 工作日; 提高10个百分点 → 10 百分点; 增长两成以上 → gte 20 %; 增长一成以上 → gte 10 %; 其中投资额超亿元项目5个以上 → gte 5, parent the 二十个以上
#   (超亿元 is the condition naming which projects count). 全覆盖 (行政村5G网络) → no target; 数十家 → no target (no value).
#   Numbers that are NOT quantities: 〔2026〕7号, dates, the phone number, "1+N+X", 5G+ / AI+ / "5G+工业互联网" (新建5G基站一百五十个
#   → 150, not 5), V2.0 ("浔溪数据超市"V2.0版), VR/AR, 3D打印, 第一批, 三级医院 / 二级以上医疗机构 (grades), 前三名, 第二届, 12345 (in
#   a title, a metric and an agency's name), "双减". Not targets either: the 2025 baselines; 不超过合同金额30%的补贴 (a subsidy rate);
#   设立规模5亿元的…基金 (a fund being set up).
# Stock / flow: 新增 / 新建 / 实施 / 招引 / 引进培育 / 培训 counts, growth and points gained → flow; totals, shares and things built
#   (建设…五个, 二十间) → stock.
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""广元市“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_bz). A Word file (.docx): red head, 发文字号, the
notice, the plan: preamble with 2025 baselines, 一、总体要求 (（一）指导思想, （二）主要目标: two dated paragraphs "到2026年底，…" /
"到2028年，…", an explanatory FOOTNOTE on 智能算力规模), 二、重点任务 of five groups （一）–（五） whose items 1.–24. are numbered
on, each item a heading line "N.标题" ending on a real Word FOOTNOTE reference (w:footnoteReference; footnotes.xml) and a body
paragraph; the footnote at the page bottom reads "牵头单位：市X；配合单位：市Y、市Z", some with a second line "责任领导：副市长…"
(a person: no agency); one item without a footnote; 三、保障措施 （一）–（四） as bold-led paragraphs, one of them ending on a
footnote of roles; 抄送 / 印发."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "guangyuan-ai-plus-action-plan-2026-synthetic"
KIND = "docx"

# printed form → (code, full name, category)
A = {
    "市发展改革委": ("fgw", "广元市发展和改革委员会", "development_reform"),
    "市经济和信息化局": ("jxj", "广元市经济和信息化局", "industry_it"),
    "市科技局": ("kjj", "广元市科学技术局", "science_technology"),
    "市数据局": ("sjj", "广元市数据局", "big_data"),
    "市财政局": ("czj", "广元市财政局", "finance"),
    "市教育局": ("jyj", "广元市教育局", "education"),
    "市卫生健康委": ("wjw", "广元市卫生健康委员会", "health"),
    "市医保局": ("ybj", "广元市医疗保障局", "health"),
    "市农业农村局": ("nyj", "广元市农业农村局", "agriculture"),
    "市文化广播电视和旅游局": ("wlj", "广元市文化广播电视和旅游局", "culture_tourism"),
    "市交通运输局": ("jtj", "广元市交通运输局", "transport"),
    "市商务局": ("swj", "广元市商务局", "commerce"),
    "市投资促进局": ("tcj", "广元市投资促进局", "commerce"),
    "市人力资源社会保障局": ("rsj", "广元市人力资源和社会保障局", "human_resources"),
    "市委组织部": ("zzb", "中共广元市委组织部", "party_organisation"),
    "市委网信办": ("wxb", "中共广元市委网络安全和信息化委员会办公室", "publicity"),
    "市委金融办": ("jrb", "中共广元市委金融委员会办公室", "financial_regulation"),
    "市公安局": ("gaj", "广元市公安局", "public_security"),
    "市应急管理局": ("yjj", "广元市应急管理局", "emergency"),
    "市住房城乡建设局": ("zjj", "广元市住房和城乡建设局", "housing_construction"),
    "市自然资源和规划局": ("zrj", "广元市自然资源和规划局", "natural_resources"),
    "市生态环境局": ("sthj", "广元市生态环境局", "ecology_environment"),
    "市民政局": ("mzj", "广元市民政局", "civil_affairs"),
    "市政务服务和公共资源交易服务中心": (
        "zwzx",
        "广元市政务服务和公共资源交易服务中心",
        "government_services",
    ),
    "国网广元供电公司": ("gdg", "国网四川省电力公司广元供电公司", "state_enterprise"),
    "广元经济技术开发区管委会": ("kfq", "广元经济技术开发区管理委员会", "park_administration"),
    "利州区人民政府": ("lzq", "广元市利州区人民政府", "local_government"),
    "各县（区）人民政府": ("xq", "广元市各县（区）人民政府", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def codes(names):
    return [A[n][0] for n in names]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "广元市“人工智能+”行动方案（2026—2028年）"
DOC_NUMBER = "广府办发〔2026〕11号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Guangyuan City (Sichuan) “AI+” action plan (2026–2028) — synthetic",
    "issuer": "广元市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-16",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"《{TITLE}》已经市政府第47次常务会议审议通过，现印发给你们，请认真组织实施。各牵头单位要会同配合单位制定年度工作计划，每半年将工作进展情况报送市经济和信息化局，由其汇总后报市政府。"
PREAMBLE = "为深入贯彻落实国家、省关于深入实施“人工智能+”行动的决策部署，推动人工智能与我市经济社会发展深度融合，加快建设川陕甘结合部现代化中心城市，结合我市实际，制定本方案。2025年，全市智能算力规模为46P，人工智能核心产业规模为9.2亿元，人工智能相关企业57家，累计建成省级智能工厂2家、数字化车间11个，发展基础仍然薄弱，龙头企业少、创新平台少、专业人才少的问题较为突出。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实省委、省政府关于推进“人工智能+”行动的部署要求，立足我市清洁能源富集、铝基材料和食品饮料产业基础较好、文化旅游资源丰富的优势，坚持场景牵引、数据赋能、企业主体、安全可控，以算力和数据为基础、以产业赋能为主线、以民生服务为重点，推动人工智能全方位融入生产生活和城市治理。"
G1_TEXT = "到2026年底，全市智能算力规模达到200P，人工智能核心产业规模达到30亿元，培育人工智能应用企业60家以上，打造“人工智能+”典型应用场景50个，人工智能赋能千行百业取得初步成效。"
G1_NOTE = "智能算力规模按FP16精度折算，1P即每秒一千万亿次浮点运算，下同。"
G1 = [
    T("智能算力规模", "P", "eq", 200, "全市智能算力规模达到200P", kind="computing_power"),
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        30,
        "人工智能核心产业规模达到30亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能应用企业", "家", "gte", 60, "培育人工智能应用企业60家以上", kind="ai_enterprises"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        50,
        "打造“人工智能+”典型应用场景50个",
        kind="application_scenarios",
    ),
]
G2_TEXT = "到2028年，全市智能算力规模突破500P，人工智能核心产业规模达到80亿元，人工智能相关企业超过150家，建成行业高质量数据集20个以上，规模以上工业企业数字化转型覆盖率达到90%，建设省级以上人工智能创新平台8个，培养引进人工智能专业人才3000人以上，建成川陕甘结合部人工智能应用示范城市。"
G2 = [
    T("智能算力规模", "P", "gt", 500, "全市智能算力规模突破500P", kind="computing_power"),
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        80,
        "人工智能核心产业规模达到80亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能相关企业", "家", "gt", 150, "人工智能相关企业超过150家", kind="ai_enterprises"),
    T("行业高质量数据集", "个", "gte", 20, "建成行业高质量数据集20个以上"),
    T("规模以上工业企业数字化转型覆盖率", "%", "eq", 90, "规模以上工业企业数字化转型覆盖率达到90%"),
    T(
        "省级以上人工智能创新平台",
        "个",
        "eq",
        8,
        "建设省级以上人工智能创新平台8个",
        kind="innovation_platforms",
    ),
    T("人工智能专业人才", "人", "gte", 3000, "培养引进人工智能专业人才3000人以上"),
]
TASKS_INTRO = "围绕夯实智能底座、赋能产业升级、提升民生服务、优化政务治理、强化创新生态5个方面，实施24项重点任务。"

# group: (numbering, title, items); item: (title, body, lead, supporting, leader or None, targets); lead None → no footnote
GROUPS = [
    (
        "（一）",
        "夯实智能底座",
        [
            (
                "建设城市智能算力中心",
                "依托广元经济技术开发区，高标准建设嘉陵江智算中心，采用液冷、余热回收等节能技术，2027年底前建成智能算力300P，推动算力资源接入全省算力调度平台，面向政务、工业、文旅等领域提供普惠算力服务。落实算力券政策，对中小企业使用智能算力给予费用补贴，补贴比例不超过30%。推动算力设施与天然气发电、水电等清洁能源协同布局，降低用能成本。",
                ["市发展改革委"],
                ["市数据局", "广元经济技术开发区管委会", "国网广元供电公司"],
                "副市长李明远",
                [
                    T(
                        "嘉陵江智算中心智能算力",
                        "P",
                        "eq",
                        300,
                        "2027年底前建成智能算力300P",
                        kind="computing_power",
                        deadline=2027,
                    )
                ],
            ),
            (
                "推进公共数据汇聚治理",
                "完善全市公共数据资源目录，建立数据归集、治理、共享、开放全流程管理机制，推动人口、法人、空间地理、电子证照等基础数据按需共享，依托公共数据开放平台开放公共数据集100个以上。探索公共数据授权运营，支持企业依法合规开发数据产品。",
                ["市数据局"],
                ["市政务服务和公共资源交易服务中心", "市财政局"],
                None,
                [T("开放公共数据集", "个", "gte", 100, "开放公共数据集100个以上")],
            ),
            (
                "建设行业高质量数据集",
                "围绕铝基材料、食品饮料、康养文旅等优势领域，2026年底前建成3个行业高质量数据集，建立数据集使用授权和收益分配机制。培育数据标注企业10家以上，推动数据标注基地建设，带动本地高校毕业生就业。",
                ["市数据局"],
                ["市经济和信息化局", "市文化广播电视和旅游局"],
                None,
                [
                    T(
                        "行业高质量数据集",
                        "个",
                        "eq",
                        3,
                        "2026年底前建成3个行业高质量数据集",
                        deadline=2026,
                    ),
                    T("数据标注企业", "家", "gte", 10, "培育数据标注企业10家以上"),
                ],
            ),
            (
                "完善新型网络设施",
                "加快5G网络向重点景区、交通干线和行政村延伸覆盖，新建5G基站1500个，实现乡镇以上区域5G网络连续覆盖。推进千兆光网升级改造，千兆光网覆盖家庭超过30万户。推动物联网感知设施与市政、交通、水利等基础设施同步规划、同步建设。",
                ["市经济和信息化局"],
                ["市住房城乡建设局", "各县（区）人民政府"],
                None,
                [
                    T("新建5G基站", "个", "eq", 1500, "新建5G基站1500个", aggregation="flow"),
                    T("千兆光网覆盖家庭", "户", "gt", 300000, "千兆光网覆盖家庭超过30万户"),
                ],
            ),
        ],
    ),
    (
        "（二）",
        "赋能产业升级",
        [
            (
                "推动制造业智能化改造",
                "实施制造业“智改数转”三年行动，每年实施智能化改造项目100个以上，到2028年累计建成省级智能工厂6家、数字化车间40个。对新获评省级智能工厂的企业给予最高200万元奖励。推广工业视觉质检、智能排产、设备预测性维护等应用，降低企业生产成本。",
                ["市经济和信息化局"],
                ["市科技局", "市财政局"],
                "副市长李明远",
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "gte",
                        100,
                        "每年实施智能化改造项目100个以上",
                        per_year=True,
                    ),
                    T("省级智能工厂", "家", "eq", 6, "累计建成省级智能工厂6家", deadline=2028),
                    T("数字化车间", "个", "eq", 40, "数字化车间40个", deadline=2028),
                ],
            ),
            (
                "打造铝基材料行业大模型",
                "支持铝基材料龙头企业联合高校院所开发“蜀铝智擎”行业大模型，覆盖配料优化、电解控制、质量检测等场景，2027年底前在20家以上铝基材料企业推广应用，推动铝基材料产业向高端化、智能化、绿色化转型。",
                ["市经济和信息化局"],
                ["市科技局", "广元经济技术开发区管委会"],
                None,
                [
                    T(
                        "应用行业大模型的铝基材料企业",
                        "家",
                        "gte",
                        20,
                        "2027年底前在20家以上铝基材料企业推广应用",
                        deadline=2027,
                    )
                ],
            ),
            (
                "发展智慧农业",
                "推动人工智能在红心猕猴桃、茶叶、核桃等特色产业中的应用，建设智慧农业示范基地15个，推广病虫害智能识别、水肥一体化智能控制等技术，农业生产信息化率达到35%。建设农产品质量安全追溯平台，提升特色农产品品牌价值。",
                ["市农业农村局"],
                ["市科技局", "各县（区）人民政府"],
                None,
                [
                    T("智慧农业示范基地", "个", "eq", 15, "建设智慧农业示范基地15个"),
                    T("农业生产信息化率", "%", "eq", 35, "农业生产信息化率达到35%"),
                ],
            ),
            (
                "发展智慧文旅",
                "推动剑门蜀道、女皇故里等重点景区智能化升级，打造智慧景区8个，上线“AI游广元”智能导游助手，提供行程规划、智能讲解、多语种翻译等服务。运用数字人、虚拟现实等技术活化利用蜀道文化资源，开发沉浸式文旅体验产品。",
                ["市文化广播电视和旅游局"],
                ["市数据局", "市交通运输局"],
                None,
                [T("智慧景区", "个", "eq", 8, "打造智慧景区8个")],
            ),
            (
                "推进智慧商贸物流",
                "依托川陕甘结合部物流枢纽，建设智慧物流园区2个，推广无人仓储、智能分拣、路径优化等应用，支持商贸企业运用人工智能开展精准营销和智能客服，培育直播电商、跨境电商等新业态。",
                ["市商务局"],
                ["市交通运输局", "市发展改革委"],
                None,
                [T("智慧物流园区", "个", "eq", 2, "建设智慧物流园区2个")],
            ),
            (
                "培育引进人工智能企业",
                "聚焦算力服务、行业模型、智能终端等方向开展精准招商，每年招引人工智能及关联企业30家以上。对新落户且年营业收入首次突破1亿元的人工智能企业，给予最高500万元奖励。支持本地企业申报国家级专精特新“小巨人”企业。",
                ["市投资促进局"],
                ["市经济和信息化局", "市商务局"],
                None,
                [
                    T(
                        "招引人工智能及关联企业",
                        "家",
                        "gte",
                        30,
                        "每年招引人工智能及关联企业30家以上",
                        per_year=True,
                        kind="ai_enterprises",
                    )
                ],
            ),
            (
                "建设人工智能产业园",
                "在利州区规划建设嘉陵江人工智能产业园，项目总投资12亿元，2027年建成标准化厂房10万平方米，完善研发办公、中试验证、人才公寓等配套设施，引导人工智能企业集聚发展。",
                ["利州区人民政府"],
                ["市经济和信息化局", "市自然资源和规划局"],
                None,
                [
                    T(
                        "人工智能产业园标准化厂房",
                        "平方米",
                        "eq",
                        100000,
                        "2027年建成标准化厂房10万平方米",
                        deadline=2027,
                    )
                ],
            ),
        ],
    ),
    (
        "（三）",
        "提升民生服务",
        [
            (
                "推进“人工智能+教育”",
                "实施中小学人工智能教育普及行动，建设人工智能教育实验校50所，中小学人工智能通识教育覆盖率达到100%。推广智能助教、学情分析等应用，促进优质教育资源向农村学校延伸。支持川北幼儿师范高等专科学校等院校开设人工智能相关专业。",
                ["市教育局"],
                ["市科技局", "市财政局"],
                "副市长王晓燕",
                [
                    T("人工智能教育实验校", "所", "eq", 50, "建设人工智能教育实验校50所"),
                    T(
                        "中小学人工智能通识教育覆盖率",
                        "%",
                        "eq",
                        100,
                        "中小学人工智能通识教育覆盖率达到100%",
                    ),
                ],
            ),
            (
                "推进“人工智能+医疗”",
                "推广人工智能辅助诊断、智能影像、智能随访等应用，二级以上公立医院人工智能辅助诊断覆盖率达到100%。建设互联网医院5家，推动检查检验结果互认共享。探索医保智能审核和基金智能监管，提升医保基金使用效率。",
                ["市卫生健康委"],
                ["市医保局", "市数据局"],
                "副市长王晓燕",
                [
                    T(
                        "二级以上公立医院人工智能辅助诊断覆盖率",
                        "%",
                        "eq",
                        100,
                        "二级以上公立医院人工智能辅助诊断覆盖率达到100%",
                    ),
                    T("互联网医院", "家", "eq", 5, "建设互联网医院5家"),
                ],
            ),
            (
                "推进“人工智能+养老”",
                "建设智慧养老院10家，为经济困难的高龄、失能老年人配备智能看护终端2万台，推广跌倒检测、紧急呼叫、健康监测等服务，建设全市智慧养老服务平台，推动养老服务供需精准对接。",
                ["市民政局"],
                ["市卫生健康委"],
                None,
                [
                    T("智慧养老院", "家", "eq", 10, "建设智慧养老院10家"),
                    T("智能看护终端", "台", "eq", 20000, "配备智能看护终端2万台"),
                ],
            ),
            (
                "推进“人工智能+就业”",
                "上线人工智能求职招聘服务，推动人岗智能匹配。每年开展人工智能技能培训5000人次以上，重点面向高校毕业生、返乡农民工和退役军人。建设人工智能公共实训基地1个。",
                ["市人力资源社会保障局"],
                ["市教育局"],
                None,
                [
                    T(
                        "人工智能技能培训",
                        "人次",
                        "gte",
                        5000,
                        "每年开展人工智能技能培训5000人次以上",
                        per_year=True,
                    ),
                    T("人工智能公共实训基地", "个", "eq", 1, "建设人工智能公共实训基地1个"),
                ],
            ),
            (
                "推进智慧交通",
                "推进城区交通信号灯智能化改造，城区主要路口信号灯智能化改造率达到80%，建设智慧停车平台，新增智慧停车泊位5000个，缓解城区停车难问题。",
                ["市公安局"],
                ["市交通运输局", "市住房城乡建设局"],
                None,
                [
                    T(
                        "城区主要路口信号灯智能化改造率",
                        "%",
                        "eq",
                        80,
                        "城区主要路口信号灯智能化改造率达到80%",
                    ),
                    T(
                        "新增智慧停车泊位",
                        "个",
                        "eq",
                        5000,
                        "新增智慧停车泊位5000个",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
    (
        "（四）",
        "优化政务治理",
        [
            (
                "建设政务大模型",
                "部署政务大模型，2026年底前上线“广元政务AI助手”，提供智能问答、智能填表、智能审批等服务，高频政务服务事项智能办理达到100项以上。推动政务服务“一网通办”向“一网智办”升级。",
                ["市政务服务和公共资源交易服务中心"],
                ["市数据局", "市委网信办"],
                None,
                [
                    T(
                        "智能办理高频政务服务事项",
                        "项",
                        "gte",
                        100,
                        "高频政务服务事项智能办理达到100项以上",
                        deadline=2026,  # the sentence's 2026年底前 (rBZ, SYNTHETIC_BZ.md)
                    )
                ],
            ),
            (
                "推进城市治理智能化",
                "升级城市运行管理服务平台，运用视频智能分析技术自动识别占道经营、违规停车、垃圾暴露等城市管理问题，城市管理事件智能发现处置率达到95%。",
                ["市住房城乡建设局"],
                ["市数据局", "市应急管理局"],
                None,
                [
                    T(
                        "城市管理事件智能发现处置率",
                        "%",
                        "eq",
                        95,
                        "城市管理事件智能发现处置率达到95%",
                    )
                ],
            ),
            (
                "提升应急管理智能化水平",
                "建设地质灾害智能监测预警系统，地质灾害隐患点智能监测覆盖率达到100%，推动森林防火、防汛抗旱等领域智能感知和辅助决策应用，提升灾害风险预警能力。",
                ["市应急管理局"],
                ["市自然资源和规划局"],
                None,
                [
                    T(
                        "地质灾害隐患点智能监测覆盖率",
                        "%",
                        "eq",
                        100,
                        "地质灾害隐患点智能监测覆盖率达到100%",
                    )
                ],
            ),
            (
                "推进生态环境智慧监管",
                "围绕嘉陵江、白龙江流域水生态保护，建设水质智能监测站点60个，运用人工智能开展污染溯源和环境风险预警，提升生态环境监管精准化水平。",
                ["市生态环境局"],
                ["市数据局"],
                None,
                [T("水质智能监测站点", "个", "eq", 60, "建设水质智能监测站点60个")],
            ),
        ],
    ),
    (
        "（五）",
        "强化创新生态",
        [
            (
                "建设人工智能创新平台",
                "支持企业与高校院所共建重点实验室、工程技术研究中心等创新平台，新建市级以上人工智能创新平台5个，每年组织实施人工智能科技计划项目10项以上，推动科技成果在我市转化落地。",
                ["市科技局"],
                ["市经济和信息化局", "市教育局"],
                None,
                [
                    T(
                        "新建市级以上人工智能创新平台",
                        "个",
                        "eq",
                        5,
                        "新建市级以上人工智能创新平台5个",
                        kind="innovation_platforms",
                        aggregation="flow",
                    ),
                    T(
                        "人工智能科技计划项目",
                        "项",
                        "gte",
                        10,
                        "每年组织实施人工智能科技计划项目10项以上",
                        per_year=True,
                    ),
                ],
            ),
            (
                "引育人工智能人才",
                "依托“凤凰英才”计划，引进培育人工智能领域高层次人才100名，对引进的顶尖人才团队给予最高1000万元综合资助。推动本地院校与企业共建人工智能产业学院，实施订单式人才培养。",
                ["市委组织部"],
                ["市人力资源社会保障局", "市科技局"],
                None,
                [
                    T(
                        "人工智能领域高层次人才",
                        "名",
                        "eq",
                        100,
                        "引进培育人工智能领域高层次人才100名",
                    )
                ],
            ),
            (
                "强化金融支持",
                "设立规模10亿元的人工智能产业投资基金，引导社会资本投向人工智能领域。鼓励金融机构开发“算力贷”“数据贷”等金融产品，到2028年全市人工智能领域科技贷款余额达到50亿元。",
                ["市委金融办"],
                ["市财政局", "市经济和信息化局"],
                None,
                [
                    T(
                        "人工智能领域科技贷款余额",
                        "亿元",
                        "eq",
                        50,
                        "到2028年全市人工智能领域科技贷款余额达到50亿元",
                        deadline=2028,
                    )
                ],
            ),
            (
                "营造开放合作环境",
                "加强与成渝地区、关中平原城市群人工智能企业和机构的交流合作，每年举办人工智能供需对接活动不少于4场，推动优秀解决方案在我市落地应用。",
                None,
                [],
                None,
                [
                    T(
                        "人工智能供需对接活动",
                        "场",
                        "gte",
                        4,
                        "每年举办人工智能供需对接活动不少于4场",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
]

# (numbering, name, rest, lead, supporting) — the name in bold; a footnote after the name when lead is given
SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立市“人工智能+”行动工作领导小组，由市政府主要领导任组长，统筹推进全市人工智能发展重大事项，领导小组办公室设在市经济和信息化局，负责日常工作。各县（区）要建立相应工作机制，确保各项任务落地见效。",
        None,
        [],
    ),
    (
        "（二）",
        "强化政策支持",
        "市财政每年安排人工智能发展专项资金不少于5000万元，统筹用于算力券、场景应用和人才引育。积极争取国家和省各类专项资金、超长期特别国债支持，对人工智能重大项目给予用地、用能等要素保障。",
        None,
        [],
    ),
    (
        "（三）",
        "强化安全保障",
        "落实数据安全、网络安全和个人信息保护制度，加强人工智能应用安全风险评估和监测预警，防范算法歧视、数据泄露等风险，守牢安全底线。",
        ["市委网信办"],
        ["市公安局", "市数据局"],
    ),
    (
        "（四）",
        "加强宣传引导",
        "充分利用各类媒体平台，广泛宣传人工智能政策措施、典型案例和发展成效，组织开展人工智能进机关、进企业、进社区、进校园活动，提升全民数字素养和技能。",
        None,
        [],
    ),
]


def footnote(lead, supporting, leader=None):
    lines = [
        "牵头单位："
        + "、".join(lead)
        + ("；配合单位：" + "、".join(supporting) if supporting else "")
    ]
    if leader:
        lines.append(f"责任领导：{leader}")
    return lines


def _check(text, targets):
    for t in targets:
        assert t.phrase in text, t.phrase


def _build():
    blocks = [
        ("head", "广元市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"广元市人民政府办公室关于印发《{TITLE}》的通知"),
        ("addressee", "各县（区）人民政府，市政府各部门，广元经济技术开发区管委会："),
        ("body", NOTICE),
        ("sign", "广元市人民政府办公室"),
        ("date", "2026年4月16日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("h1", "一、总体要求"),
        ("h2", "（一）指导思想"),
        ("body", GUIDE),
        ("h2", "（二）主要目标"),
        ("fnbody", (G1_TEXT, "全市智能算力规模达到200P", [G1_NOTE])),
        ("body", G2_TEXT),
        ("h1", "二、重点任务"),
        ("body", TASKS_INTRO),
    ]
    _check(G1_TEXT, G1)
    _check(G2_TEXT, G2)
    goals = [
        Goal("到2026年底", G1_TEXT, [_due(t, 2026) for t in G1]),
        Goal("到2028年", G2_TEXT, G2),
    ]
    sections = []
    n = 0
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for title, body, lead, sup, leader, targets in items:
            n += 1
            no = f"{n}."
            note = footnote(lead, sup, leader) if lead else None
            blocks.append(("fnhead", (f"{no}{title}", note)))
            blocks.append(("body", body))
            tasks.append(
                Task(no, title, f"{title}{body}", lead=codes(lead or []), supporting=codes(sup))
            )
            _check(body, targets)
            if targets:
                goals.append(Goal(title, f"{title}{body}", targets, numbering=no))
        sections.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    top = Section("二", "二、", "重点任务", "key_task", sections=sections)
    blocks.append(("h1", "三、保障措施"))
    sg = []
    for no, name, rest, lead, sup in SAFEGUARDS:
        note = footnote(lead, sup) if lead else None
        blocks.append(("fnitem", (f"{no}{name}。", note, rest)))
        sg.append(Task(no, name, f"{name}。{rest}", lead=codes(lead or []), supporting=codes(sup)))
    blocks += [
        ("rule", ""),
        ("plain", "抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级法院，市检察院。"),
        ("plain", "广元市人民政府办公室　　　　　　　　2026年4月16日印发"),
    ]
    return blocks, goals, [top, Section("三", "三、", "保障措施", "safeguard", sg)]


def _due(t, year):
    t.deadline = t.deadline or year
    return t


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "guangyuan-sichuan-city",
        "name": "广元市",
        "name_en": "Guangyuan City (Sichuan)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 广元市“人工智能+”行动方案（2026—2028年） (广元市人民政府办公室, 广府办发〔2026〕11号, 2026-04-16)
# — SYNTHETIC (synthetic_bz): WRITTEN by the collector (helper blindBZ, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_guangyuan.py as a Word file (.docx) with real footnotes.
# Zone guangyuan-sichuan-city (四川 广元市, a prefecture-level city) → city level; period 2026–2028.
# Outline: red head, 发文字号, the notice (报送市经济和信息化局: no role), the plan: preamble ending on 2025 baselines (46P, 9.2亿元,
#   57家, 2家, 11个: no targets); 一、总体要求 （一）指导思想 (no task) （二）主要目标 = two dated paragraphs → goals titled by their date
#   phrases "到2026年底" (4 targets, due 2026) and "到2028年" (7); the first carries a FOOTNOTE explaining P (no role, no target).
#   二、重点任务: "5个方面，实施24项重点任务" (a count of the plan's own parts: no target), groups （一）–（五） (sections under 二) of
#   items 1.–24. numbered on, each a heading line "N.标题" + footnote reference, then one body paragraph. 三、保障措施 （一）–（四）
#   → safeguard tasks, bold name + rest in one paragraph.
# Tasks: title = the heading (without number and footnote mark); text = heading + body (the footnote stands at the page bottom,
#   not in the text). A task holding figures is also a goal titled like it (text = heading + body), numbered like it.
# Roles: from each heading's FOOTNOTE "牵头单位：市X；配合单位：市Y、市Z" → X lead, Y Z supporting; the footnote's second line
#   "责任领导：副市长…" names a person → no agency. Item 24 (营造开放合作环境) has no footnote → no roles. Safeguard （三） carries a
#   footnote of roles after its name → lead + supporting; the others none. 各县（区）人民政府 → ONE collective (supporting in 4. and 7.);
#   利州区人民政府 (lead of 11.) → one local_government agency. The aliases are printed only in the footnotes (the corpus test reads
#   footnotes.xml after the body since this set).
# Targets: 30万户 → 300000 户, 10万平方米 → 100000, 2万台 → 20000. 每年… → per-year flow; 新建 / 新增 counts → flow. Task figures
#   with no year of their own → due 2028 (plan end); "2027年底前" / "2027年建成" → 2027; "2026年底前建成3个…数据集" → 2026 (its
#   own target beside the goals' 20个以上 by 2028). 建成智能算力300P (嘉陵江智算中心, 2027) is not the goals' 智能算力规模 (the
#   city's total, 200P 2026 / 500P 2028): its own target. Not targets: 2025 baselines; 补贴比例不超过30% (a subsidy rate); 最高200万元 /
#   500万元 / 1000万元 (rewards); 项目总投资12亿元 (an investment); 设立规模10亿元的…基金 (a fund being set up); 每年…专项资金不少于
#   5000万元 (a budget, in a safeguard); 5个方面 / 24项重点任务 (the plan's parts).
"""

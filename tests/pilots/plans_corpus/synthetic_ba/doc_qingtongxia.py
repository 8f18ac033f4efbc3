# ruff: noqa: E501  (plan text as the office writes it)
"""青铜峡市人民政府关于深入实施“人工智能+”行动的实施意见 — INVENTED (synthetic_ba). A county-level city's 实施意见 as its
portal page saved by a browser (UTF-8 HTML, navigation, 信息公开 table of metadata, footer). Goals in two dated paragraphs
with Chinese numerals; tasks （一）–（十六） numbered on across three chapters, each ONE paragraph "（一）标题。一是…；二是…；
三是…。（责任单位：X、Y）" under a rule stated once (排在第一位的为牵头单位，其他为配合单位); one task annotates each of its
points (clauses); 保障措施 of unnumbered paragraphs "加强组织领导。…"."""

import html

from synthetic_model import Agency, Clause, Goal, Section, Target, Task

SLUG = "qingtongxia-ai-plus-opinions-2026-synthetic"
KIND = "html"

A = [
    ("sjj", "青铜峡市审批服务管理局（青铜峡市数据局）", "市审批服务管理局（市数据局）", "big_data"),
    ("fgj", "青铜峡市发展和改革局", "市发展改革局", "development_reform"),
    ("gxsw", "青铜峡市工业信息化和商务局", "市工业信息化和商务局", "industry_it"),
    ("kjj", "青铜峡市科学技术局", "市科技局", "science_technology"),
    ("czj", "青铜峡市财政局", "市财政局", "finance"),
    ("nyj", "青铜峡市农业农村局", "市农业农村局", "agriculture"),
    ("ptj", "青铜峡市葡萄酒产业发展服务中心", "市葡萄酒产业发展服务中心", "agriculture"),
    ("swj", "青铜峡市水务局", "市水务局", "other"),
    ("wlj", "青铜峡市文化旅游广电局", "市文化旅游广电局", "culture_tourism"),
    ("jtysj", "青铜峡市交通运输局", "市交通运输局", "transport"),
    ("mzj", "青铜峡市民政局", "市民政局", "civil_affairs"),
    ("wjj", "青铜峡市卫生健康局", "市卫生健康局", "health"),
    ("jtj", "青铜峡市教育体育局", "市教育体育局", "education"),
    ("rsj", "青铜峡市人力资源和社会保障局", "市人力资源和社会保障局", "human_resources"),
    ("zrj", "青铜峡市自然资源局", "市自然资源局", "natural_resources"),
    ("yjj", "青铜峡市应急管理局", "市应急管理局", "emergency"),
    ("gaj", "青铜峡市公安局", "市公安局", "public_security"),
    ("wxb", "中共青铜峡市委网络安全和信息化委员会办公室", "市委网信办", "publicity"),
    ("yq", "青铜峡工业园区管理委员会", "青铜峡工业园区管委会", "park_administration"),
    ("zj", "青铜峡市各镇人民政府、街道办事处", "各镇人民政府、街道办事处", "local_government"),
]
AGENCIES = [Agency(c, n, [a] if a != n else [], cat) for c, n, a, cat in A]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "青铜峡市人民政府关于深入实施“人工智能+”行动的实施意见"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Qingtongxia implementation opinions on the “AI+” action — synthetic",
    "issuer": "青铜峡市人民政府",
    "doc_number": "青政发〔2026〕21号",
    "issued_on": "2026-05-08",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

ADDRESSEE = "各镇人民政府、街道办事处，市政府各部门、各直属机构，区、吴忠市驻青各单位："
PREAMBLE = "为深入贯彻落实党中央、国务院和自治区党委、政府关于实施“人工智能+”行动的决策部署，加快人工智能与我市产业发展、城乡治理和民生服务深度融合，推动产业转型升级和新质生产力发展，现提出如下实施意见。"
PREAMBLE2 = "人工智能是引领新一轮科技革命和产业变革的战略性技术。当前，人工智能正加速从技术突破走向规模化应用，全区“人工智能+”行动全面展开，为我市加快产业转型、提升治理效能、改善民生服务带来了重大机遇。全市各级各部门要充分认识实施“人工智能+”行动的重要意义，切实增强紧迫感和责任感。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入贯彻习近平总书记考察宁夏重要讲话精神，完整准确全面贯彻新发展理念，立足我市铝基新材料、葡萄酒、优质粮食和黄河文化旅游等产业基础，坚持需求导向、场景驱动、应用为王，推动人工智能与实体经济和社会民生深度融合，为建设黄河流域生态保护和高质量发展先行区示范市提供有力支撑。要坚持把人工智能作为推动产业转型升级的战略抓手，以应用促发展，以发展促提升，加快构建具有青铜峡特色的人工智能融合应用体系。"
PRINCIPLES = "坚持场景牵引，以真实需求催生应用、以应用带动产业；坚持企业主体，充分发挥市场在资源配置中的决定性作用，更好发挥政府作用；坚持集约共享，统筹利用全区算力网络和数据资源，不搞重复建设；坚持安全可控，把安全发展贯穿人工智能应用全过程。"
PRINCIPLES2 = "要坚持统筹推进与重点突破相结合，既立足当前抓好基础设施、数据资源和重点场景建设，又着眼长远谋划产业培育和人才储备，一年一个台阶推动“人工智能+”行动取得实效。"
BASE = "近年来，我市数字化转型步伐加快，2025年全市规模以上工业企业数字化改造覆盖率达到62%，建成5G基站860个，青铜峡工业园区获评自治区级智慧园区，葡萄酒、水稻等特色产业数字化应用取得初步成效，为实施“人工智能+”行动奠定了良好基础。同时，我市人工智能产业规模偏小、本地企业技术能力不强、专业人才短缺、应用场景开放不够等问题依然突出，必须以更大力度、更实举措加以推进。"
GOAL_2026 = "到2026年底，全市培育人工智能相关企业二十家，建成“人工智能+”应用场景十五个以上，规模以上工业企业数字化改造覆盖率达到75%，酿酒葡萄基地智能化管理面积达到五万亩，人工智能发展基础进一步夯实。"
T_2026 = [
    Target(
        "人工智能相关企业",
        "家",
        "eq",
        20,
        "培育人工智能相关企业二十家",
        kind="ai_enterprises",
        deadline=2026,
    ),
    Target(
        "“人工智能+”应用场景",
        "个",
        "gte",
        15,
        "建成“人工智能+”应用场景十五个以上",
        kind="application_scenarios",
        deadline=2026,
    ),
    Target(
        "规模以上工业企业数字化改造覆盖率",
        "%",
        "eq",
        75,
        "规模以上工业企业数字化改造覆盖率达到75%",
        deadline=2026,
    ),
    Target(
        "酿酒葡萄基地智能化管理面积",
        "亩",
        "eq",
        50000,
        "酿酒葡萄基地智能化管理面积达到五万亩",
        deadline=2026,
    ),
]
GOAL_2027 = "到2027年，全市人工智能相关企业达到三十家以上，人工智能及关联产业规模突破50亿元；建成“人工智能+”应用场景四十个，打造自治区级以上智能工厂、数字化车间和智慧矿山8个，规模以上工业企业数字化改造实现全覆盖；培育市级以上智慧农业示范基地12个，全市高频政务服务事项“智能办”比例达到70%，人工智能技能培训累计达到1.2万人次，人工智能赋能高质量发展的成效全面显现。"
T_2027 = [
    Target(
        "人工智能相关企业", "家", "gte", 30, "人工智能相关企业达到三十家以上", kind="ai_enterprises"
    ),
    Target(
        "人工智能及关联产业规模",
        "亿元",
        "gt",
        50,
        "人工智能及关联产业规模突破50亿元",
        kind="related_industry_scale",
    ),
    Target(
        "“人工智能+”应用场景",
        "个",
        "eq",
        40,
        "建成“人工智能+”应用场景四十个",
        kind="application_scenarios",
    ),
    Target(
        "自治区级以上智能工厂、数字化车间和智慧矿山",
        "个",
        "eq",
        8,
        "打造自治区级以上智能工厂、数字化车间和智慧矿山8个",
    ),
    Target("市级以上智慧农业示范基地", "个", "eq", 12, "培育市级以上智慧农业示范基地12个"),
    Target("高频政务服务事项“智能办”比例", "%", "eq", 70, "高频政务服务事项“智能办”比例达到70%"),
    Target(
        "人工智能技能培训",
        "人次",
        "eq",
        12000,
        "人工智能技能培训累计达到1.2万人次",
        kind="talent",
        aggregation="flow",
    ),
]

RULE = "以下各项任务的责任单位中，排在第一位的为牵头单位，其他为配合单位。"
# chapters: (numbering, title, [(title, body, units, targets)]); units None → the task's points carry their own (clauses)
CHAPTERS = [
    (
        "二、",
        "夯实人工智能发展基础",
        [
            (
                "建设新型基础设施",
                "一是新建5G基站200个，推动5G网络向行政村和重点农业园区延伸覆盖；二是推进千兆光网升级改造，实现城区和工业园区千兆网络全覆盖；三是在灌区、葡萄园、工业园区部署物联网感知终端，构建“天空地”一体化感知网络。",
                ["市工业信息化和商务局", "市发展改革局"],
                [Target("新建5G基站", "个", "eq", 200, "新建5G基站200个", aggregation="flow")],
            ),
            (
                "统筹算力资源供给",
                "一是积极对接宁夏枢纽节点和中卫数据中心集群，通过“算力券”方式为中小企业提供普惠算力服务，每年发放算力券不少于100万元；二是推动青铜峡工业园区存量数据中心智能化改造，新增智能算力100P；三是探索“绿电+算力”融合发展路径，利用园区光伏、风电资源降低用算成本。",
                ["市发展改革局", "市审批服务管理局（市数据局）", "青铜峡工业园区管委会"],
                [
                    Target(
                        "新增智能算力",
                        "P",
                        "eq",
                        100,
                        "新增智能算力100P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推进数据资源开发利用",
                "一是健全公共数据资源目录，推动农业、水利、交通、文旅等领域公共数据汇聚共享，年内新增归集数据300万条；二是建设铝基新材料、葡萄酒、优质粮食三个行业数据集；三是推动公共数据授权运营，支持企业开发数据产品，培育数据经纪和数据标注服务主体2家。",
                ["市审批服务管理局（市数据局）", "市工业信息化和商务局", "市农业农村局"],
                [
                    Target(
                        "新增归集数据",
                        "条",
                        "eq",
                        3000000,
                        "年内新增归集数据300万条",
                        deadline=2026,
                        aggregation="flow",
                    ),
                    Target(
                        "行业数据集",
                        "个",
                        "eq",
                        3,
                        "建设铝基新材料、葡萄酒、优质粮食三个行业数据集",
                    ),
                    Target(
                        "数据经纪和数据标注服务主体",
                        "家",
                        "eq",
                        2,
                        "培育数据经纪和数据标注服务主体2家",
                    ),
                ],
            ),
            (
                "培育人工智能市场主体",
                "一是建立人工智能企业培育库，对入库企业实行“一企一策”跟踪服务；二是引进人工智能应用服务企业5家以上，支持本地信息技术企业向人工智能解决方案供应商转型；三是争创自治区级专精特新中小企业3家。",
                ["市工业信息化和商务局", "市科技局", "市财政局"],
                [
                    Target(
                        "引进人工智能应用服务企业",
                        "家",
                        "gte",
                        5,
                        "引进人工智能应用服务企业5家以上",
                        aggregation="flow",
                    ),
                    Target(
                        "自治区级专精特新中小企业", "家", "eq", 3, "争创自治区级专精特新中小企业3家"
                    ),
                ],
            ),
            (
                "强化科技创新支撑",
                "一是支持企业与宁夏大学、北方民族大学等高校院所共建研发机构，新建自治区级以上创新平台2个；二是围绕铝电解智能控制、葡萄酒品质识别等方向实施科技攻关项目，每年安排市级科技项目不少于10项；三是健全科技成果转化激励机制，推动成果在我市落地转化。",
                ["市科技局", "市工业信息化和商务局", "市财政局"],
                [
                    Target(
                        "自治区级以上创新平台",
                        "个",
                        "eq",
                        2,
                        "新建自治区级以上创新平台2个",
                        kind="innovation_platforms",
                    ),
                    Target(
                        "市级科技项目",
                        "项",
                        "gte",
                        10,
                        "每年安排市级科技项目不少于10项",
                        per_year=True,
                    ),
                ],
            ),
        ],
    ),
    (
        "三、",
        "深化“人工智能+”融合应用",
        [
            (
                "推进“人工智能+铝基新材料”",
                "一是推动电解铝企业建设智能槽控、智能巡检和能耗优化系统，吨铝综合交流电耗下降1%以上；二是推动铝加工企业应用视觉检测、智能排产，提升产品良品率；三是打造铝基新材料产业链工业互联网平台1个，带动上下游企业协同转型。",
                ["市工业信息化和商务局", "青铜峡工业园区管委会"],
                [
                    Target("吨铝综合交流电耗下降", "%", "gte", 1, "吨铝综合交流电耗下降1%以上"),
                    Target(
                        "铝基新材料产业链工业互联网平台",
                        "个",
                        "eq",
                        1,
                        "打造铝基新材料产业链工业互联网平台1个",
                    ),
                ],
            ),
            (
                "推进“人工智能+葡萄酒”",
                "一是在甘城子、邵岗等葡萄种植区推广智能气象站、水肥一体化和病害智能识别，建设智慧葡萄园示范基地5个；二是推动酒庄应用智能发酵控制和品质追溯，打造数字酒庄10家；三是运用人工智能开展葡萄酒品鉴推荐和精准营销，拓展线上销售渠道。",
                ["市葡萄酒产业发展服务中心", "市农业农村局", "市工业信息化和商务局"],
                [
                    Target("智慧葡萄园示范基地", "个", "eq", 5, "建设智慧葡萄园示范基地5个"),
                    Target("数字酒庄", "家", "eq", 10, "打造数字酒庄10家"),
                ],
            ),
            (
                "推进“人工智能+现代农业”",
                "一是在叶盛、瞿靖等水稻主产区推广无人机植保、智能农机和遥感监测，建设智慧农场3个；二是推动农业社会化服务组织应用智能调度平台，提升托管服务效率；三是利用人工智能开展农产品市场行情分析和产销对接。",
                ["市农业农村局", "各镇人民政府、街道办事处"],
                [Target("智慧农场", "个", "eq", 3, "建设智慧农场3个")],
            ),
            (
                "推进“人工智能+智慧水利”",
                "一是依托青铜峡灌区数字孪生建设，推动灌溉用水智能调度和渠系水量实时监测；二是建设农田灌溉智能测控点200个，实现主要干渠、支渠斗口计量全覆盖；三是应用人工智能开展黄河防汛和山洪灾害预警，提升防灾减灾能力。",
                ["市水务局", "市应急管理局", "市自然资源局"],
                [Target("农田灌溉智能测控点", "个", "eq", 200, "建设农田灌溉智能测控点200个")],
            ),
            (
                "推进“人工智能+文化旅游”",
                None,
                None,
                [Target("智慧景区", "个", "eq", 3, "建成智慧景区3个")],
            ),
            (
                "推进“人工智能+商贸物流”",
                "一是推动县域商业体系建设与人工智能融合，建设智能化县级物流配送中心；二是支持电商企业应用人工智能开展选品、营销和客服，培育电商直播基地2个；三是推动葡萄酒、大米等特色农产品借助智能营销拓展全国市场。",
                ["市工业信息化和商务局"],
                [Target("电商直播基地", "个", "eq", 2, "培育电商直播基地2个")],
            ),
            (
                "推进“人工智能+医疗教育”",
                "一是推动市人民医院应用人工智能辅助诊断和智能影像，建设远程医疗服务网络，覆盖全部镇卫生院；二是建设人工智能教育实验校8所，推动智慧课堂、智能作业批改等应用；三是开展老年人智能技术运用培训，帮助老年人跨越“数字鸿沟”。",
                ["市卫生健康局", "市教育体育局"],
                [Target("人工智能教育实验校", "所", "eq", 8, "建设人工智能教育实验校8所")],
            ),
            (
                "推进“人工智能+交通出行”",
                "一是推广智能公交调度和交通信号智能配时，改造智能化交通路口30个；二是建设智慧停车管理平台，整合城区公共停车资源；三是推动农村客运和物流配送智能调度，提升城乡交通一体化水平。",
                ["市交通运输局", "市公安局"],
                [Target("智能化交通路口", "个", "eq", 30, "改造智能化交通路口30个")],
            ),
            (
                "推进“人工智能+生态环保”",
                "一是建设生态环境智能监测平台，推动大气、水环境监测数据智能分析和超标预警；二是推动黄河岸线、湿地和贺兰山东麓生态保护区智能巡护；三是推动工业园区重点排污单位在线监控数据异常智能识别，提升环境监管效能。",
                ["市自然资源局", "青铜峡工业园区管委会"],
                [],
            ),
            (
                "推进“人工智能+应急管理”",
                "一是建设应急指挥智能辅助决策系统，汇聚气象、水文、地质灾害等监测数据；二是推动危险化学品、非煤矿山等重点行业企业安全风险智能监测预警；三是应用人工智能开展森林草原火灾和城市内涝风险研判，提升应急处置能力。",
                ["市应急管理局", "市水务局", "青铜峡工业园区管委会"],
                [],
            ),
            (
                "推进“人工智能+养老服务”",
                "一是推广智能手环、跌倒报警等智能设备，为特殊困难老年人提供紧急呼叫和健康监测服务；二是建设智慧养老服务平台，整合居家、社区、机构养老服务资源；三是推动养老机构应用智能照护设备，提升照护服务质量。",
                ["市民政局", "市卫生健康局", "各镇人民政府、街道办事处"],
                [],
            ),
            (
                "推进“人工智能+政务服务”",
                "一是上线政务服务智能客服和智能导办，推动高频政务服务事项“智能办”；二是推广惠企政策“免申即享”，年内新增“免申即享”事项20项；三是推动“12345”热线智能派单和智能回访，提升诉求办理效率。",
                ["市审批服务管理局（市数据局）", "市发展改革局"],
                [
                    Target(
                        "新增“免申即享”事项",
                        "项",
                        "eq",
                        20,
                        "年内新增“免申即享”事项20项",
                        deadline=2026,
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推进“人工智能+社会治理”",
                "一是推动视频图像智能分析在治安防控、交通管理、安全生产中的应用；二是建设城市运行监测平台，汇聚市政设施、燃气、供水等运行数据，提升风险预警能力；三是推动基层治理“一张网”智能化升级，减轻基层填表报数负担。",
                ["市公安局", "市应急管理局", "各镇人民政府、街道办事处"],
                [],
            ),
        ],
    ),
    (
        "四、",
        "强化人工智能要素支撑",
        [
            (
                "加强人才培养引进",
                "一是依托职业院校和培训机构开展人工智能技能培训，每年培训4000人次以上；二是柔性引进人工智能领域专家，建立专家服务团；三是将人工智能领域急需紧缺人才纳入“青铜峡英才”支持范围，落实住房、子女入学等保障。",
                ["市人力资源和社会保障局", "市教育体育局", "市科技局"],
                [
                    Target(
                        "人工智能技能培训",
                        "人次",
                        "gte",
                        4000,
                        "每年培训4000人次以上",
                        per_year=True,
                        kind="talent",
                    )
                ],
            ),
            (
                "加大资金支持力度",
                "一是统筹工业和信息化、科技、农业等专项资金，每年安排“人工智能+”专项资金不少于1000万元；二是引导金融机构开发“数据贷”“算力贷”等产品；三是鼓励社会资本参与人工智能项目建设和运营。",
                ["市财政局", "市工业信息化和商务局"],
                [],
            ),
            (
                "守牢人工智能安全底线",
                "一是落实生成式人工智能服务管理规定，开展算法备案和安全评估指导；二是加强重要数据和个人信息保护，开展数据安全风险评估；三是依法打击利用人工智能实施的电信网络诈骗等违法犯罪活动。",
                ["市委网信办", "市公安局", "市审批服务管理局（市数据局）"],
                [],
            ),
            (
                "扩大场景开放合作",
                "一是每年发布“人工智能+”场景机会清单不少于2批次，组织供需对接活动；二是支持国有企业和公共机构率先开放应用场景；三是加强与银川、石嘴山等地区及东部协作地区交流合作，推动优质解决方案在我市落地。",
                ["市发展改革局", "市工业信息化和商务局"],
                [
                    Target(
                        "“人工智能+”场景机会清单发布批次",
                        "批次",
                        "gte",
                        2,
                        "每年发布“人工智能+”场景机会清单不少于2批次",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
]
MORE = {
    "建设新型基础设施": "四是推进IPv6规模部署和应用，提升网络安全防护水平",
    "统筹算力资源供给": "四是建立算力资源统一调度和计量结算机制，提高算力设施利用率",
    "推进数据资源开发利用": "四是建立公共数据质量评价和问题反馈机制，提升数据供给质量",
    "培育人工智能市场主体": "四是对首次认定为国家高新技术企业的人工智能企业按规定给予奖励",
    "强化科技创新支撑": "四是鼓励科研人员以技术入股等方式参与成果转化",
    "推进“人工智能+铝基新材料”": "四是推动园区企业开展能碳智能管理，助力绿色低碳转型",
    "推进“人工智能+葡萄酒”": "四是建设葡萄酒产业大数据中心，为产区规划和品牌推广提供决策支持",
    "推进“人工智能+现代农业”": "四是推广农产品质量安全智能追溯，提升“青铜峡大米”品牌价值",
    "推进“人工智能+智慧水利”": "四是推动水资源刚性约束智能监管，提高农业用水效率",
    "推进“人工智能+商贸物流”": "四是推动物流信息平台与电商平台数据对接，降低物流成本",
    "推进“人工智能+医疗教育”": "四是推动人工智能助教、智能学伴等应用，促进城乡优质教育资源共享",
    "推进“人工智能+政务服务”": "四是推动政务服务事项申报材料智能预审，减少群众跑动次数",
    "推进“人工智能+社会治理”": "四是推动矛盾纠纷智能分析研判，提升基层社会治理水平",
    "加强人才培养引进": "四是推动企业与职业院校共建实训基地，开展新职业技能等级认定",
    "加大资金支持力度": "四是发挥政府性融资担保作用，为人工智能中小企业提供增信服务",
    "守牢人工智能安全底线": "四是开展人工智能安全宣传教育，提升全民数字素养和安全意识",
    "扩大场景开放合作": "四是建立场景应用项目库，实行入库项目动态管理和跟踪服务",
}

# the 文旅 task: each point with its own 责任单位 → clauses
TOUR_POINTS = [
    (
        "一是推动青铜峡黄河大峡谷、一百零八塔等景区应用智能导览、客流预测和智能安防，建成智慧景区3个",
        ["市文化旅游广电局"],
    ),
    (
        "二是推动文旅数据与交通、气象数据融合，上线“游青铜峡”智能服务助手，为游客提供行程规划和智能讲解",
        ["市文化旅游广电局", "市审批服务管理局（市数据局）"],
    ),
    (
        "三是运用人工智能开展黄河文化、葡萄酒文化数字化展示和宣传推广",
        ["市文化旅游广电局", "市葡萄酒产业发展服务中心"],
    ),
]
SAFEGUARDS = [
    (
        "加强组织领导",
        "成立由市政府主要负责同志任组长的“人工智能+”行动工作领导小组，统筹推进全市人工智能发展工作，研究解决重大问题。领导小组办公室设在市审批服务管理局（市数据局），负责日常工作。各镇、各部门要把“人工智能+”行动列入重要议事日程，主要负责同志亲自抓、负总责。各责任单位要细化年度工作计划，明确时间表、路线图和责任人，确保各项任务落地见效。",
    ),
    (
        "强化政策协同",
        "认真落实国家、自治区支持人工智能发展的各项政策，结合我市实际制定配套措施，加强产业、科技、人才、金融等政策协同联动，形成政策合力。积极争取国家和自治区在资金、项目、试点示范等方面的支持，推动更多人工智能项目纳入上级重点项目盘子。对引进的重大人工智能项目，按照“一事一议”方式给予支持。",
    ),
    (
        "严格督查考核",
        "建立任务台账和月调度、季通报工作机制，将“人工智能+”行动重点任务落实情况纳入年度效能目标考核，对工作成效明显的单位予以通报表扬，对推进不力的单位进行约谈。市委督查室、市政府督查室要将重点任务纳入督查范围，定期开展专项督查，确保政令畅通、任务落实。市“人工智能+”行动工作领导小组办公室每半年对各项任务推进情况进行一次评估，形成评估报告报市政府，评估结果作为调整完善政策措施的重要依据。",
    ),
    (
        "强化要素保障",
        "统筹用好中央预算内投资、自治区专项资金和地方政府专项债券，优先支持算力设施、数据集和重点应用场景项目。对纳入自治区、吴忠市重点项目清单的人工智能项目，在用地、用能、用水等方面予以优先保障，推行审批服务“帮办代办”。",
    ),
    (
        "守牢安全底线",
        "健全人工智能安全监管协调机制，加强对生成式人工智能服务、重点行业算法应用的日常监管，开展数据安全检查和网络安全演练，及时防范化解人工智能应用中的安全风险和伦理风险。",
    ),
    (
        "营造良好氛围",
        "充分利用市融媒体中心等平台，广泛宣传人工智能发展政策、典型案例和经验做法，开展人工智能科普进社区、进校园、进企业活动，编印“人工智能+”应用案例汇编，组织干部专题培训，提升各级干部运用人工智能推动工作的能力，营造全社会关注和支持人工智能发展的良好氛围。鼓励企业、高校和社会组织举办人工智能论坛、技能竞赛和创新创业活动，激发全社会创新创造活力。",
    ),
]
CN = "一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return CN[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens - 1]) + "十" + (CN[ones - 1] if ones else "")


def _build():
    paras = [
        ("p", ADDRESSEE),
        ("p", PREAMBLE),
        ("p", PREAMBLE2),
        ("h", "一、总体要求"),
        ("p", "（一）指导思想。" + GUIDE),
        ("p", "（二）基本原则。" + PRINCIPLES + PRINCIPLES2),
        ("p", "（三）主要目标。" + BASE),
        ("p", GOAL_2026),
        ("p", GOAL_2027),
    ]
    goals = [Goal("到2026年底", GOAL_2026, T_2026), Goal("到2027年", GOAL_2027, T_2027)]
    chapters, n = [], 0
    for cno, ctitle, tasks in CHAPTERS:
        paras.append(("h", f"{cno}{ctitle}"))
        if n == 0:
            paras.append(("p", RULE))
        out = []
        for title, body, units, targets in tasks:
            n += 1
            no = f"（{cn(n)}）"
            if body is None:
                pieces = [f"{p}（责任单位：{'、'.join(u)}）" for p, u in TOUR_POINTS]
                body_text = "；".join(pieces) + "。"
                text = f"{title}。{body_text}"
                paras.append(("p", no + text))
                clauses = [
                    Clause(p, lead=[ALIAS[u[0]]], supporting=[ALIAS[x] for x in u[1:]])
                    for p, u in zip(pieces, [u for _, u in TOUR_POINTS], strict=True)
                ]
                out.append(Task(no, title, text, clauses=clauses))
                goals.append(Goal(title, f"{title}。{TOUR_POINTS[0][0]}", targets, numbering=no))
                continue
            if title in MORE:
                body = body[:-1] + "；" + MORE[title] + "。"
            note = f"（责任单位：{'、'.join(units)}）"
            text = f"{title}。{body}{note}"
            paras.append(("p", no + text))
            out.append(
                Task(
                    no,
                    title,
                    text,
                    lead=[ALIAS[units[0]]],
                    supporting=[ALIAS[u] for u in units[1:]],
                )
            )
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        chapters.append(Section(cno.rstrip("、"), cno, ctitle, "key_task", out))
    paras.append(("h", "五、保障措施"))
    safeguards = []
    for t, rest in SAFEGUARDS:
        paras.append(("p", f"{t}。{rest}"))
        safeguards.append(Task(None, t, f"{t}。{rest}"))
    chapters.append(Section("五", "五、", "保障措施", "safeguard", safeguards))
    return paras, goals, chapters


PARAS, GOALS, SECTIONS = _build()


def _page():
    e = html.escape
    body = []
    for kind, text in PARAS:
        if kind == "h":
            body.append(f'<p style="text-indent:2em;font-family:黑体;">{e(text)}</p>')
        else:
            body.append(f'<p style="text-indent:2em;">{e(text)}</p>')
    meta = [
        ("索引号", "640381001/2026-00047"),
        ("发布机构", "青铜峡市人民政府"),
        ("文　　号", PLAN["doc_number"]),
        ("发布日期", "2026-05-09"),
        ("主题分类", "科技、教育\\科技"),
        ("有 效 性", "有效"),
    ]
    cells = "\n".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in meta)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(TITLE)}_青铜峡市人民政府</title>
<meta name="ArticleTitle" content="{e(TITLE)}">
<meta name="PubDate" content="2026-05-09 10:20">
<link rel="stylesheet" href="/static/css/common.css">
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top"><a href="/">青铜峡市人民政府</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a> <a href="/zwfw/">政务服务</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 市政府文件</div>
<table class="xxgk">
{cells}
</table>
<div class="article">
<h1>{e(TITLE)}</h1>
<p style="text-align:center;">{e(PLAN["doc_number"])}</p>
{chr(10).join(body)}
<p style="text-align:right;">青铜峡市人民政府</p>
<p style="text-align:right;">2026年5月8日</p>
<p>（此件公开发布）</p>
<p>附件：青铜峡市“人工智能+”行动重点项目清单（2026—2027年）</p>
</div>
<div class="share">【打印本页】【关闭窗口】【我要纠错】</div>
<div class="footer">
<p>主办单位：青铜峡市人民政府办公室　承办单位：青铜峡市审批服务管理局（青铜峡市数据局）</p>
<p>网站标识码：6403810001　宁ICP备06000872号-1　宁公网安备64038102000107号</p>
</div>
<script>document.title = document.title;</script>
</body>
</html>
"""


TEXT = _page()

EXTRACTION = {
    "zone": {
        "slug": "qingtongxia-city",
        "name": "青铜峡市",
        "name_en": "Qingtongxia",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 青铜峡市人民政府关于深入实施“人工智能+”行动的实施意见 (青铜峡市人民政府, 青政发〔2026〕21号, 2026-05-08) — SYNTHETIC
# (synthetic_ba): WRITTEN by the collector (helper blindBA, 2026-12-06) before reading or running the importer; no such
#   document is claimed to exist. Built by make_files.py from doc_qingtongxia.py as the city portal's page saved by a
#   browser (UTF-8 HTML: navigation, crumb, an 信息公开 metadata table, the 实施意见, signature, an 附件 line, footer).
# Zone qingtongxia-city (宁夏; county-level city → city level); period 2026–2027 (the goals' years; the 意见 prints no
#   period), milestones 2026 and 2027.
# Outline: addressee, preamble, 一、总体要求 of run-in paragraphs （一）指导思想。… （二）基本原则。… (one paragraph of four 坚持…
#   clauses: no task) （三）主要目标。 + a 2025 baseline (62%, 860个: no target), then two paragraphs "到2026年底，…" / "到2027年，…"
#   → goals titled by their date phrase. Chapters 二、三、四、 hold tasks （一）–（二十二） numbered on across them, each ONE paragraph
#   "（n）标题。一是…；二是…；三是…[；四是…]。（责任单位：X、Y、Z）": the 一是/二是 points are parts of the task, not tasks.
#   五、保障措施 = six unnumbered paragraphs "加强组织领导。…" → safeguard tasks titled by their name, no numbering, no roles.
#   The 附件 line names a list not on the page (no task, no figure).
# Roles: the rule printed once under 二、 ("排在第一位的为牵头单位，其他为配合单位") → first unit lead, the others supporting, for
#   every task of 二、–四、. Task （十） annotates each of its three points "（责任单位：…）" → three clauses (each covering its
#   point, the first clause without the task's heading phrase), rule applied per clause, no task-level roles.
#   市审批服务管理局（市数据局） is one body printed with two names. 各镇人民政府、街道办事处 is one collective.
# Targets: Chinese numerals (二十家, 十五个, 五万亩 → 50000 亩, 三十家, 四十个, 三个 → 3); 1.2万人次 → 12000 (累计 → flow).
#   "规模以上工业企业数字化改造实现全覆盖" (2027) has no figure: no target. Every task holding figures is also a goal titled like
#   the task (text = title + body without the annotation; for （十） title + its first point), due 2027 unless it says 年内
#   (→ 2026: 300万条 → 3000000 条, 免申即享 20项, both flow). 每年… → per_year. 吨铝…电耗下降1%以上 → gte 1 %.
#   A one-unit annotation （十一） → that unit lead, nobody else. Title = the phrase before the first 。.
#   Not targets: 每年发放算力券不少于100万元 and 每年安排…专项资金不少于1000万元 (budgets of an instrument), 一百零八塔 (a name),
#   "12345" (a hotline), the 2025 baseline, the page's 索引号 / ICP numbers.
"""

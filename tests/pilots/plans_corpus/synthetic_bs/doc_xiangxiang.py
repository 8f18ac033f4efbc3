# ruff: noqa: E501  (plan text as the office writes it)
"""湘乡市“人工智能+”行动实施方案（2026—2028年） — INVENTED (synthetic_bs). Printed by make_files.py as a SCANNED
PDF: each page an image (red head, red round seal over the signature and date) under an invisible OCR text layer, one run
per printed line, with the OCR's half-width ( , : ; ) in some lines and stray spaces in others. The notice, then the plan:
一、总体要求 （一）指导思想 （二）发展目标 (a 2025 baseline paragraph, "到2026年底，…" and "到2028年，…"); 二、重点任务
in five groups （一）–（五） of items 1.–22. numbered on, each closing on "（牵头单位：市X；配合单位：市Y、市Z）" or "（责任单位：市X、市Y）";
三、保障措施 （一）–（四） unannotated."""

from common import Section, T, agencies, items, safeguards
from synthetic_model import Goal

SLUG = "xiangxiang-ai-plus-implementation-2026-synthetic"
KIND = "pdf"

A = {
    "市发改局": ("fgj", "湘乡市发展和改革局", "development_reform"),
    "市工信局": ("gxj", "湘乡市工业和信息化局", "industry_it"),
    "市科技局": ("kjj", "湘乡市科学技术局", "science_technology"),
    "市数据局": ("sjj", "湘乡市数据局", "big_data"),
    "市财政局": ("czj", "湘乡市财政局", "finance"),
    "市教育局": ("jyj", "湘乡市教育局", "education"),
    "市卫健局": ("wjj", "湘乡市卫生健康局", "health"),
    "市农业农村局": ("nyj", "湘乡市农业农村局", "agriculture"),
    "市文旅广体局": ("wlj", "湘乡市文化旅游广电体育局", "culture_tourism"),
    "市人社局": ("rsj", "湘乡市人力资源和社会保障局", "human_resources"),
    "市住建局": ("zjj", "湘乡市住房和城乡建设局", "housing_construction"),
    "市城管执法局": ("cgj", "湘乡市城市管理和综合执法局", "housing_construction"),
    "市应急局": ("yjj", "湘乡市应急管理局", "emergency"),
    "市市场监管局": ("scj", "湘乡市市场监督管理局", "market_regulation"),
    "市政务服务中心": ("zwz", "湘乡市政务服务中心", "government_services"),
    "市商务局": ("swj", "湘乡市商务局", "commerce"),
    "市交通运输局": ("jtj", "湘乡市交通运输局", "transport"),
    "市民政局": ("mzj", "湘乡市民政局", "civil_affairs"),
    "湘乡经开区管委会": ("kfq", "湘乡经济开发区管理委员会", "park_administration"),
    "市委人才办": ("rcb", "中共湘乡市委人才工作领导小组办公室", "party_organisation"),
    "各镇（街道）": ("zj", "湘乡市各镇人民政府、街道办事处", "local_government"),
}
AGENCIES = agencies(A)

TITLE = "湘乡市“人工智能+”行动实施方案（2026—2028年）"
DOC_NUMBER = "湘乡政办发〔2026〕7号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Xiangxiang City “AI+” action implementation plan (2026–2028) — synthetic",
    "issuer": "湘乡市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-16",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"《{TITLE}》已经市人民政府同意，现印发给你们，请认真组织实施。各牵头单位要会同配合单位制定年度工作清单，每半年将工作进展情况报送市工业和信息化局。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实国家和省关于深入实施“人工智能+”行动的决策部署，立足我市装备制造、食品加工、新材料等产业基础，以场景开放为牵引，以算力数据为支撑，以企业培育为关键，推动人工智能与实体经济深度融合，为建设现代化新湘乡注入强劲动能。"
PRINCIPLES = "坚持应用牵引、场景驱动，以重点行业和民生领域的实际需求为导向，推动人工智能技术在更多场景落地见效；坚持企业主体、政府引导，充分发挥市场配置资源的决定性作用，更好发挥政府在规划引导、政策支持和安全监管等方面的作用；坚持统筹推进、安全可控，统筹发展和安全，推动人工智能健康有序发展。"
BASE = "2025年，全市人工智能核心产业规模达到12亿元，人工智能相关企业42家，智能算力规模达到20P，建成省级智能工厂2家。"
GOAL_2026 = "到2026年底，全市智能算力规模达到40P，打造“人工智能+”典型应用场景15个以上，培育人工智能相关企业55家。"
GOAL_2028 = "到2028年，全市人工智能核心产业规模突破30亿元，人工智能相关企业达到80家以上，智能算力规模达到100P，建成省级以上智能工厂5家、智能制造示范车间20个，打造“人工智能+”典型应用场景50个以上，规上工业企业数字化转型覆盖率达到90%，人工智能赋能产业发展水平位居全省县域前列。"
G26 = [
    T("智能算力规模", "P", "eq", 40, "智能算力规模达到40P", kind="computing_power", deadline=2026),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        15,
        "打造“人工智能+”典型应用场景15个以上",
        kind="application_scenarios",
        deadline=2026,
    ),
    T(
        "人工智能相关企业",
        "家",
        "eq",
        55,
        "培育人工智能相关企业55家",
        kind="ai_enterprises",
        deadline=2026,
    ),
]
G28 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        30,
        "人工智能核心产业规模突破30亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能相关企业", "家", "gte", 80, "人工智能相关企业达到80家以上", kind="ai_enterprises"),
    T("智能算力规模", "P", "eq", 100, "智能算力规模达到100P", kind="computing_power"),
    T("省级以上智能工厂", "家", "eq", 5, "建成省级以上智能工厂5家"),
    T("智能制造示范车间", "个", "eq", 20, "智能制造示范车间20个"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        50,
        "打造“人工智能+”典型应用场景50个以上",
        kind="application_scenarios",
    ),
    T("规上工业企业数字化转型覆盖率", "%", "eq", 90, "规上工业企业数字化转型覆盖率达到90%"),
]

# group: (numbering, title, [(title, rest, lead, supporting, responsible, targets)])
GROUPS = [
    (
        "（一）",
        "夯实算力数据底座",
        [
            (
                "建设湘乡智算中心",
                "依托湘乡经开区数据中心，分期建设湘乡智算中心，2026年建成一期工程，新增智能算力30P，推动算力资源接入全省算力调度平台。对企业租用智能算力给予算力券支持，补贴比例不超过合同金额的20%，单个企业每年最高30万元。",
                ["市发改局"],
                ["市工信局", "市数据局", "湘乡经开区管委会"],
                [],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        30,
                        "新增智能算力30P",
                        aggregation="flow",
                        deadline=2026,
                    )
                ],
            ),
            (
                "推进公共数据开放利用",
                "完善全市公共数据资源目录，推动高频数据按需共享，开放公共数据集30个以上，在交通出行、医疗健康、农业农村等领域上线数据产品8个，探索公共数据授权运营。",
                ["市数据局"],
                ["市政务服务中心", "市财政局"],
                [],
                [
                    T("开放公共数据集", "个", "gte", 30, "开放公共数据集30个以上"),
                    T("上线数据产品", "个", "eq", 8, "上线数据产品8个"),
                ],
            ),
            (
                "建设行业高质量数据集",
                "聚焦装备制造、食品加工、新材料三个优势产业，组织龙头企业联合高校院所建设行业高质量数据集6个，支持企业开展数据标注、数据清洗等服务，培育数据服务企业4家。",
                [],
                [],
                ["市数据局", "市工信局", "市科技局"],
                [
                    T("行业高质量数据集", "个", "eq", 6, "建设行业高质量数据集6个"),
                    T("数据服务企业", "家", "eq", 4, "培育数据服务企业4家"),
                ],
            ),
            (
                "提升网络基础设施能级",
                "新建5G基站400个，推进千兆光网向重点园区和农村地区延伸，建设5G工厂6家，实现湘乡经开区万兆光网全覆盖。",
                ["市工信局"],
                ["市住建局", "湘乡经开区管委会"],
                [],
                [
                    T("新建5G基站", "个", "eq", 400, "新建5G基站400个", aggregation="flow"),
                    T("5G工厂", "家", "eq", 6, "建设5G工厂6家"),
                ],
            ),
        ],
    ),
    (
        "（二）",
        "推动制造业智能化改造",
        [
            (
                "实施智能工厂梯度培育",
                "按照数字化车间、智能工厂、标杆工厂梯度培育路径，每年遴选智能化改造重点项目20个，推动装备制造企业建设智能产线。对新认定的省级智能工厂给予一次性奖励50万元。",
                ["市工信局"],
                ["市财政局", "湘乡经开区管委会"],
                [],
                [
                    T(
                        "智能化改造重点项目",
                        "个",
                        "eq",
                        20,
                        "每年遴选智能化改造重点项目20个",
                        per_year=True,
                    )
                ],
            ),
            (
                "推广工业大模型应用",
                "支持龙头企业联合软件服务商开发面向研发设计、质量检测、设备运维的行业模型，推广工业大模型应用案例15个以上。",
                ["市工信局"],
                ["市科技局", "市数据局"],
                [],
                [T("工业大模型应用案例", "个", "gte", 15, "推广工业大模型应用案例15个以上")],
            ),
            (
                "开展中小企业数字化转型",
                "实施中小企业数字化转型城市试点，组织服务商开展“一企一策”诊断，完成规上工业企业数字化转型诊断300家，推动“小快轻准”数字化产品上云用云。",
                ["市工信局"],
                ["市财政局", "市市场监管局"],
                [],
                [
                    T(
                        "规上工业企业数字化转型诊断",
                        "家",
                        "eq",
                        300,
                        "完成规上工业企业数字化转型诊断300家",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "建设产业互联网平台",
                "围绕食品加工和新材料产业链，建设产业互联网平台2个，带动上下游企业协同采购、协同制造，平台服务企业500家以上。",
                [],
                [],
                ["市工信局", "市商务局"],
                [
                    T("产业互联网平台", "个", "eq", 2, "建设产业互联网平台2个"),
                    T("平台服务企业", "家", "gte", 500, "平台服务企业500家以上"),
                ],
            ),
            (
                "强化智能装备供给",
                "支持本地装备制造企业研制智能检测装备、工业机器人和智能农机，新增智能装备首台（套）产品5个，推动智能装备在本地企业推广应用。",
                ["市科技局"],
                ["市工信局"],
                [],
                [
                    T(
                        "智能装备首台（套）产品",
                        "个",
                        "eq",
                        5,
                        "新增智能装备首台（套）产品5个",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "（三）",
        "拓展重点领域应用场景",
        [
            (
                "推进“人工智能+政务服务”",
                "上线“湘乡政务智能助手”，实现高频政务服务事项智能问答、智能预审全覆盖，高频事项办理时间压缩40%，推动“一件事一次办”向智能办升级。",
                ["市政务服务中心"],
                ["市数据局", "市民政局"],
                [],
                [T("高频事项办理时间压缩", "%", "eq", 40, "高频事项办理时间压缩40%")],
            ),
            (
                "推进“人工智能+城市治理”",
                "建设城市运行智能中枢，接入视频监控点位5000路，在占道经营、渣土运输、燃气安全等场景开展智能识别，推动问题智能发现、自动派单。",
                ["市城管执法局"],
                ["市住建局", "市应急局", "各镇（街道）"],
                [],
                [T("接入视频监控点位", "路", "eq", 5000, "接入视频监控点位5000路")],
            ),
            (
                "推进“人工智能+教育”",
                "建设智慧教育平台，在全市中小学推广人工智能辅助教学，建设人工智能教育实验校12所，开展教师人工智能应用能力培训2000人次。",
                ["市教育局"],
                ["市数据局"],
                [],
                [
                    T("人工智能教育实验校", "所", "eq", 12, "建设人工智能教育实验校12所"),
                    T(
                        "教师人工智能应用能力培训",
                        "人次",
                        "eq",
                        2000,
                        "开展教师人工智能应用能力培训2000人次",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "推进“人工智能+医疗健康”",
                "推动市级医院建设智能辅助诊断、智能影像、智能随访系统，基层医疗卫生机构人工智能辅助诊断覆盖率达到80%。",
                [],
                [],
                ["市卫健局"],
                [
                    T(
                        "基层医疗卫生机构人工智能辅助诊断覆盖率",
                        "%",
                        "eq",
                        80,
                        "基层医疗卫生机构人工智能辅助诊断覆盖率达到80%",
                    )
                ],
            ),
            (
                "推进“人工智能+现代农业”",
                "围绕湘莲、水稻等特色产业，建设智慧农业示范基地10个，推广智能农机、无人机植保和病虫害智能监测，推动农产品电商智能化运营。",
                ["市农业农村局"],
                ["市商务局", "各镇（街道）"],
                [],
                [T("智慧农业示范基地", "个", "eq", 10, "建设智慧农业示范基地10个")],
            ),
            (
                "推进“人工智能+文化旅游”",
                "依托东山书院等文旅资源，开发智能导览、数字人讲解等产品，打造智慧旅游示范景区3个。",
                ["市文旅广体局"],
                ["市数据局"],
                [],
                [T("智慧旅游示范景区", "个", "eq", 3, "打造智慧旅游示范景区3个")],
            ),
            (
                "推进“人工智能+民生服务”",
                "在养老服务、交通出行、安全生产等领域推广智能应用，建设智慧养老服务站点20个，实现重点道路交通信号智能配时。",
                [],
                [],
                ["市民政局", "市交通运输局", "市应急局"],
                [T("智慧养老服务站点", "个", "eq", 20, "建设智慧养老服务站点20个")],
            ),
        ],
    ),
    (
        "（四）",
        "培育壮大人工智能产业",
        [
            (
                "招引培育人工智能企业",
                "围绕智能装备、智能传感、行业软件等方向开展精准招商，每年招引人工智能相关项目10个以上，培育国家级专精特新“小巨人”企业2家。",
                ["市商务局"],
                ["市工信局", "湘乡经开区管委会"],
                [],
                [
                    T(
                        "招引人工智能相关项目",
                        "个",
                        "gte",
                        10,
                        "每年招引人工智能相关项目10个以上",
                        per_year=True,
                    ),
                    T(
                        "国家级专精特新“小巨人”企业",
                        "家",
                        "eq",
                        2,
                        "培育国家级专精特新“小巨人”企业2家",
                    ),
                ],
            ),
            (
                "建设人工智能产业园",
                "在湘乡经开区规划建设人工智能产业园，建成标准厂房8万平方米，引进人工智能企业入驻30家。",
                ["湘乡经开区管委会"],
                ["市发改局", "市住建局"],
                [],
                [
                    T("标准厂房", "平方米", "eq", 80000, "建成标准厂房8万平方米"),
                    T(
                        "引进人工智能企业入驻",
                        "家",
                        "eq",
                        30,
                        "引进人工智能企业入驻30家",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "搭建创新平台",
                "支持企业联合高校院所共建人工智能创新平台，新建省级以上创新平台4个，组织实施人工智能关键技术攻关项目10项。",
                ["市科技局"],
                ["市工信局"],
                [],
                [
                    T(
                        "新建省级以上创新平台",
                        "个",
                        "eq",
                        4,
                        "新建省级以上创新平台4个",
                        kind="innovation_platforms",
                    ),
                    T(
                        "人工智能关键技术攻关项目",
                        "项",
                        "eq",
                        10,
                        "组织实施人工智能关键技术攻关项目10项",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
    (
        "（五）",
        "强化人才和要素支撑",
        [
            (
                "建设应用场景清单",
                "定期梳理发布“人工智能+”应用场景需求清单和能力清单，每年发布场景机会20个以上，组织供需对接活动，推动场景供给方与技术提供方精准匹配。",
                ["市工信局"],
                ["市数据局", "市发改局", "各镇（街道）"],
                [],
                [T("场景机会", "个", "gte", 20, "每年发布场景机会20个以上", per_year=True)],
            ),
            (
                "引育人工智能人才",
                "实施“湘乡英才”人工智能专项，引进人工智能领域高层次人才30名，对符合条件的人才给予最高20万元安家补贴。",
                ["市委人才办"],
                ["市人社局", "市科技局"],
                [],
                [
                    T(
                        "引进人工智能领域高层次人才",
                        "名",
                        "eq",
                        30,
                        "引进人工智能领域高层次人才30名",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "开展全民数字技能培训",
                "依托职业院校和公共实训基地开展人工智能技能培训，培训产业工人和新型农民1万人次。",
                ["市人社局"],
                ["市教育局", "市农业农村局", "各镇（街道）"],
                [],
                [
                    T(
                        "培训产业工人和新型农民",
                        "人次",
                        "eq",
                        10000,
                        "培训产业工人和新型农民1万人次",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "加强金融要素保障",
                "设立规模5亿元的产业引导基金，重点投向人工智能领域，推动银行机构开发“AI贷”产品，新增人工智能企业贷款10亿元。",
                ["市财政局"],
                ["市发改局"],
                [],
                [
                    T(
                        "新增人工智能企业贷款",
                        "亿元",
                        "eq",
                        10,
                        "新增人工智能企业贷款10亿元",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立市“人工智能+”行动工作专班，由市人民政府分管负责同志任组长，统筹推进全市“人工智能+”工作，专班办公室设在市工业和信息化局，负责日常工作。各镇（街道）、各部门要把“人工智能+”工作摆上重要议事日程，主要负责同志亲自抓、负总责，形成上下联动、部门协同的工作格局。",
    ),
    (
        "（二）",
        "加大政策支持",
        "统筹用好各级产业发展专项资金，市财政每年安排不少于2000万元支持人工智能产业发展和场景应用，落实国家和省各项税收优惠政策。",
    ),
    (
        "（三）",
        "强化安全保障",
        "落实网络安全和数据安全主体责任，加强人工智能应用的伦理审查和风险评估，守牢安全底线。加强重要数据和个人信息保护，提升关键信息基础设施安全防护能力，建立人工智能安全风险监测预警和应急处置机制。",
    ),
    (
        "（四）",
        "抓好督查评估",
        "建立工作台账，实行季调度、年考核，将实施情况纳入年度绩效考核，对工作推进不力的单位予以通报。加强典型案例总结推广，营造全社会关心支持人工智能发展的良好氛围。",
    ),
]


def _build():
    blocks = [
        ("head", "湘乡市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", "湘乡市人民政府办公室"),
        ("title", f"关于印发《{TITLE}》的通知"),
        ("addressee", "各镇人民政府、街道办事处，湘乡经开区管委会，市直各单位："),
        ("body", NOTICE),
        ("sign", "湘乡市人民政府办公室"),
        ("date", "2026年3月16日"),
        ("body", "（此件主动公开）"),
        ("pagebreak", ""),
        ("title", "湘乡市“人工智能+”行动实施方案"),
        ("title", "（2026—2028年）"),
        ("h1", "一、总体要求"),
        ("h2", "（一）指导思想"),
        ("body", GUIDE),
        ("body", PRINCIPLES),
        ("h2", "（二）发展目标"),
        ("body", BASE + GOAL_2026),
        ("body", GOAL_2028),
        ("h1", "二、重点任务"),
    ]
    goals = [Goal("到2026年底", GOAL_2026, G26), Goal("到2028年", GOAL_2028, G28)]
    sections = []
    n = 0
    for gno, gtitle, rows in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for title, rest, lead, sup, resp, targets in rows:
            n += 1
            tasks.append(items(A, blocks, f"{n}.", title, rest, lead, sup, resp, targets, goals))
        sections.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sg = safeguards(blocks, "三、保障措施", SAFEGUARDS)
    return (
        blocks,
        goals,
        [
            Section("2", "二、", "重点任务", "key_task", sections=sections),
            Section("3", "三、", "保障措施", "safeguard", sg),
        ],
    )


BLOCKS, GOALS, SECTIONS = _build()
EXTRACTION = {
    "zone": {"slug": "xiangxiang-city", "name": "湘乡市", "name_en": "Xiangxiang", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}
HEADER = """\
# 湘乡市“人工智能+”行动实施方案（2026—2028年） (湘乡市人民政府办公室, 湘乡政办发〔2026〕7号, 2026-03-16)
# — SYNTHETIC (synthetic_bs): WRITTEN by the collector (helper blindBS, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py as a SCANNED PDF: page images under an invisible OCR layer
#   (one run per printed line; half-width ( , : ; ) in every third line, a stray space in every fourth; "— N —" page lines;
#   the seal's words not in the layer). The extraction follows the printed text (full-width forms); the corpus check folds widths.
# Zone xiangxiang-city (湖南 湘乡市, a county-level city; its prefecture is not named) → city level; period 2026—2028.
# Outline: red head, 发文字号, notice (signature, date, seal; reporting 每半年: no target), "（此件主动公开）", page break; title;
#   一、总体要求 （一）指导思想 (guiding paragraph, a principles paragraph "坚持…；坚持…" — no tasks) （二）发展目标 = a 2025 baseline
#   sentence (12亿元, 42家, 20P, 2家: no targets) run on with "到2026年底，…" (goal titled 到2026年底, 3 targets due 2026) and a
#   paragraph "到2028年，…" (goal 到2028年, 7 targets); 二、重点任务 = five groups （一）–（五） (sections nested in 二、) of items 1.–23.
#   NUMBERED ON across the groups, each one paragraph "N.标题。正文（牵头单位：市X；配合单位：市Y、市Z）" or "（责任单位：市X、市Y）";
#   三、保障措施 （一）–（四） unannotated (safeguards; "专班办公室设在市工业和信息化局，负责日常工作" assigns no role).
# Tasks: title = the words before the first 。; text = title + body + annotation, without the number. No 完成时限: no due.
# Roles: 牵头单位 → lead, 配合单位 → supporting, 责任单位 (no lead) → responsible. 各镇（街道） one collective (the city's towns and
#   sub-districts); 湘乡经开区管委会 a park administration; 市委人才办 a party body.
# Targets: every item holding figures is also a goal titled like the item (text = title + body, without number and annotation).
#   Item 1's 新增智能算力30P sits in the clause "2026年建成一期工程，新增智能算力30P" → due 2026; other task figures due 2028.
#   8万平方米 → 80000 平方米; 1万人次 → 10000 人次; 每年… → per_year flow. Not targets: the 2025 baselines; the 算力券 rate and cap
#   (20%, 30万元); a reward (50万元); a settling-in subsidy (20万元); 设立规模5亿元的产业引导基金 (a fund being set up); the annual
#   budget in a safeguard (不少于2000万元); "装备制造、食品加工、新材料三个优势产业" (a count of things relied on). 新增…贷款10亿元 is a
#   target (flow). 高频事项办理时间压缩40% eq 40 %.
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""汉中市“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_aq). A .docx printed to PDF by
LibreOffice: 二、发展目标 of one "到2028年，" paragraph followed by a 主要指标 table (表1) whose 2028
column repeats the paragraph's figures beside a 2025 基期 column; 三、重点任务 of four groups
（一）–（四） whose items 1.–13. are numbered on across the groups and close on
"（牵头单位：X；责任单位：Y）" (one item with two leads); 四、保障措施 （一）–（四） unannotated."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "hanzhong-ai-plus-2026-synthetic"
KIND = "pdf"

A = [
    ("fgw", "汉中市发展和改革委员会", "市发展改革委", "development_reform"),
    ("gxj", "汉中市工业和信息化局", "市工业和信息化局", "industry_it"),
    ("kjj", "汉中市科学技术局", "市科技局", "science_technology"),
    ("sjj", "汉中市数据局", "市数据局", "big_data"),
    ("nyj", "汉中市农业农村局", "市农业农村局", "agriculture"),
    ("whlyj", "汉中市文化和旅游局", "市文化和旅游局", "culture_tourism"),
    ("wjw", "汉中市卫生健康委员会", "市卫生健康委", "health"),
    ("jyj", "汉中市教育局", "市教育局", "education"),
    ("spj", "汉中市行政审批服务局", "市行政审批服务局", "government_services"),
    ("sthj", "汉中市生态环境局", "市生态环境局", "ecology_environment"),
    ("rsj", "汉中市人力资源和社会保障局", "市人力资源社会保障局", "human_resources"),
    ("wxb", "中共汉中市委网络安全和信息化委员会办公室", "市委网信办", "publicity"),
    ("gaj", "汉中市公安局", "市公安局", "public_security"),
    ("xq", "汉中市各县区人民政府", "各县区人民政府", "local_government"),
    ("jkq", "汉中经济技术开发区管理委员会", "汉中经开区管委会", "park_administration"),
    ("sxlg", "陕西理工大学", "陕西理工大学", "other"),
]
AGENCIES = [
    Agency(code, name, [alias] if alias != name else [], cat) for code, name, alias, cat in A
]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "汉中市“人工智能+”行动方案（2026—2028年）"
DOC_NUMBER = "汉政办发〔2026〕8号"
ISSUER = "汉中市人民政府办公室"

PREAMBLE = "为深入贯彻落实国家关于深入实施“人工智能+”行动的部署和省委、省政府工作要求，加快推动人工智能与我市装备制造、现代材料、绿色食药、文化旅游等产业深度融合，培育发展新质生产力，结合我市实际，制定本方案。"
GENERAL = "坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，坚持应用牵引、创新驱动、开放合作、安全可控，以场景开放带动技术落地，以技术落地带动产业集聚，统筹推进算力、数据、模型等基础支撑建设，推动人工智能全方位融入经济社会发展各领域，为谱写汉中高质量发展新篇章提供有力支撑。"
GOAL_TEXT = "到2028年，全市人工智能赋能经济社会发展取得明显成效，人工智能核心产业规模突破60亿元，智能算力规模达到1000P（FP16），培育人工智能相关企业100家以上，其中规模以上企业不少于20家，打造“人工智能+”典型应用场景80个，建成省级以上人工智能创新平台8个，规模以上工业企业数字化研发设计工具普及率达到85%，人工智能成为全市经济增长的重要引擎。"
GOAL_TARGETS = [
    Target(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        60,
        "人工智能核心产业规模突破60亿元",
        kind="ai_industry_scale",
    ),
    Target("智能算力规模", "P", "eq", 1000, "智能算力规模达到1000P", kind="computing_power"),
    Target(
        "人工智能相关企业", "家", "gte", 100, "培育人工智能相关企业100家以上", kind="ai_enterprises"
    ),
    Target(
        "规模以上人工智能相关企业", "家", "gte", 20, "其中规模以上企业不少于20家", parent="PREV"
    ),
    Target(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        80,
        "打造“人工智能+”典型应用场景80个",
        kind="application_scenarios",
    ),
    Target(
        "省级以上人工智能创新平台",
        "个",
        "eq",
        8,
        "建成省级以上人工智能创新平台8个",
        kind="innovation_platforms",
    ),
    Target(
        "规模以上工业企业数字化研发设计工具普及率",
        "%",
        "eq",
        85,
        "规模以上工业企业数字化研发设计工具普及率达到85%",
    ),
]
TABLE_INTRO = "表1　汉中市“人工智能+”行动主要指标"
TABLE = [
    ["序号", "指标名称", "单位", "2025年（基期）", "2028年（目标）", "指标属性"],
    ["1", "人工智能核心产业规模", "亿元", "18", "60", "预期性"],
    ["2", "智能算力规模", "P", "260", "1000", "预期性"],
    ["3", "人工智能相关企业", "家", "46", "100", "预期性"],
    ["4", "“人工智能+”典型应用场景", "个", "22", "80", "预期性"],
    ["5", "省级以上人工智能创新平台", "个", "3", "8", "预期性"],
    ["6", "规模以上工业企业数字化研发设计工具普及率", "%", "72", "85", "约束性"],
]

BASE = "“十四五”以来，我市数字经济加快发展，2025年全市数字经济核心产业营业收入达到186亿元，建成5G基站7800个，智能算力规模达到260P，培育人工智能相关企业46家，航空装备、汽车零部件等领域涌现出一批智能制造应用，为实施“人工智能+”行动奠定了良好基础。同时，我市人工智能产业规模偏小、创新能力不强、高端人才不足、应用场景开放不够等问题仍然突出，亟需加快补齐短板。"
PRINCIPLES = [
    "——坚持应用牵引。立足我市产业基础和资源禀赋，以场景开放为抓手，推动人工智能技术在重点行业和关键环节率先落地，以应用带动技术迭代和产业集聚。",
    "——坚持创新驱动。发挥高校、科研院所和龙头企业作用，加强产学研用协同，推动人工智能技术与优势产业深度融合，提升自主创新能力。",
    "——坚持开放合作。主动融入西安“双中心”建设和成渝地区双城经济圈，加强与省内外人工智能优势地区合作，积极承接算力、数据和产业转移。",
    "——坚持安全可控。统筹发展和安全，健全人工智能安全风险防范机制，守住数据安全、算法安全和伦理底线。",
]
EXTRA = {
    "1.": "鼓励企业利用存量厂房、数据机房改造建设智算设施，推动算力与电力协同布局，提高绿色电力使用比例。",
    "2.": "建立公共数据质量评估和反馈机制，推动政务数据与社会数据融合应用，依法保护个人信息和商业秘密。",
    "3.": "鼓励平台开放开源模型、开发工具和行业知识库，降低中小企业应用人工智能的门槛和成本。",
    "4.": "支持龙头企业牵头组建智能制造创新联合体，开展共性技术攻关和标准制定，带动产业链上下游企业协同转型。",
    "5.": "推动农产品加工企业建设智能化生产线，支持电商企业运用人工智能开展精准营销和智能客服。",
    "5a": "支持企业与高校共建新材料研发数据平台，运用人工智能加速新材料配方筛选和工艺优化。",
    "6.": "支持文旅企业运用生成式人工智能开发数字文创产品，打造沉浸式体验项目，丰富夜间文旅消费场景。",
    "7.": "推动居民电子健康档案与人工智能健康管理服务融合，为慢性病患者提供个性化健康指导。",
    "8.": "推动人工智能助教、智能学情分析等应用，促进优质教育资源向农村和山区学校延伸。",
    "9.": "建设政务领域知识库和政务大模型应用，推动惠企政策“免申即享”、民生事项“一次办好”。",
    "10.": "推动生态环境、自然资源、水利等部门监测数据共享，构建汉江流域生态保护智能决策支撑体系。",
    "11.": "对引进的人工智能领域高层次人才，在住房保障、子女入学、医疗服务等方面给予支持。",
    "12.": "建立人工智能伦理审查和风险评估制度，引导企业落实安全主体责任，提升全社会人工智能安全意识。",
}

# (group numbering, group title, [(no, title, rest, lead, responsible, targets)])
GROUPS = [
    (
        "（一）",
        "夯实人工智能发展基础",
        [
            (
                "1.",
                "建设汉中智算中心",
                "依托汉中经开区建设全市统一的智算中心，同步建设算力调度服务平台，推动全市政务、医疗、工业等领域算力需求向智算中心集聚，新增智能算力600P以上。支持基础电信企业建设边缘计算节点，满足工业质检、远程医疗等低时延算力需求。",
                ["市发展改革委"],
                ["市数据局", "汉中经开区管委会"],
                [
                    Target(
                        "新增智能算力",
                        "P",
                        "gte",
                        600,
                        "新增智能算力600P以上",
                        aggregation="flow",
                        kind="computing_power",
                    )
                ],
            ),
            (
                "2.",
                "推进数据资源开发利用",
                "完善公共数据资源目录，推动公共数据依法有序开放和授权运营，围绕装备制造、绿色食药、文化旅游等领域建设行业高质量数据集15个以上。探索建立数据产品登记和收益分配机制，培育数据标注、数据治理等服务企业。",
                ["市数据局"],
                ["市工业和信息化局", "市农业农村局", "市文化和旅游局"],
                [Target("行业高质量数据集", "个", "gte", 15, "建设行业高质量数据集15个以上")],
            ),
            (
                "3.",
                "建设人工智能公共服务平台",
                "建设市级人工智能公共服务平台，为中小企业提供模型训练、推理部署、测试验证等服务，累计服务中小企业300家次以上。支持陕西理工大学建设人工智能研究院，开展关键技术攻关和成果转化。",
                ["市工业和信息化局", "市科技局"],
                ["陕西理工大学"],
                [
                    Target(
                        "人工智能公共服务平台服务中小企业",
                        "家次",
                        "gte",
                        300,
                        "累计服务中小企业300家次以上",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "（二）",
        "推动人工智能赋能产业发展",
        [
            (
                "4.",
                "“人工智能+装备制造”",
                "推动航空、汽车零部件、数控机床等装备制造企业应用智能设计、机器视觉质检、预测性维护等技术，建设智能工厂10家、数字化车间50个，打造航空装备智能制造示范基地。",
                ["市工业和信息化局"],
                ["汉中经开区管委会", "各县区人民政府"],
                [
                    Target("智能工厂", "家", "eq", 10, "建设智能工厂10家"),
                    Target("数字化车间", "个", "eq", 50, "数字化车间50个"),
                ],
            ),
            (
                "5.",
                "“人工智能+绿色食药”",
                "推动茶叶、中药材、食用菌等特色产业应用智能分拣、品质检测和质量溯源，建设智慧茶园、智慧中药材基地20个，提升“汉中仙毫”等区域公用品牌的数字化营销水平。",
                ["市农业农村局"],
                ["市工业和信息化局", "各县区人民政府"],
                [
                    Target(
                        "智慧茶园、智慧中药材基地",
                        "个",
                        "eq",
                        20,
                        "建设智慧茶园、智慧中药材基地20个",
                    )
                ],
            ),
            (
                "5a",
                "“人工智能+现代材料”",
                "推动钢铁、有色金属、新型建材等现代材料企业应用智能配料、窑炉智能控制、能耗智能优化等技术，实施智能化改造项目30个，重点企业单位产品综合能耗下降5%以上。",
                ["市工业和信息化局"],
                ["市发展改革委", "各县区人民政府"],
                [
                    Target(
                        "现代材料智能化改造项目",
                        "个",
                        "eq",
                        30,
                        "实施智能化改造项目30个",
                        aggregation="flow",
                    ),
                    Target(
                        "重点企业单位产品综合能耗下降",
                        "%",
                        "gte",
                        5,
                        "重点企业单位产品综合能耗下降5%以上",
                    ),
                ],
            ),
            (
                "6.",
                "“人工智能+文化旅游”",
                "围绕两汉三国文化和朱鹮生态资源，推出“游汉中”智能服务平台，提供行程规划、多语种讲解、智能客服等服务，年服务游客超过800万人次。推动重点景区建设智能导览和客流监测系统。",
                ["市文化和旅游局"],
                ["市数据局"],
                [
                    Target(
                        "“游汉中”智能服务平台年服务游客",
                        "人次",
                        "gt",
                        8000000,
                        "年服务游客超过800万人次",
                    )
                ],
            ),
        ],
    ),
    (
        "（三）",
        "拓展人工智能民生应用",
        [
            (
                "7.",
                "推进智慧医疗",
                "推广人工智能辅助诊断、智能影像、智能随访等应用，二级以上公立医院人工智能辅助诊断应用覆盖率达到90%，推动市级医院与县区医院远程会诊、影像互认。",
                ["市卫生健康委"],
                ["市数据局", "各县区人民政府"],
                [
                    Target(
                        "二级以上公立医院人工智能辅助诊断应用覆盖率",
                        "%",
                        "eq",
                        90,
                        "二级以上公立医院人工智能辅助诊断应用覆盖率达到90%",
                    )
                ],
            ),
            (
                "8.",
                "推进智慧教育",
                "建设人工智能教育特色学校40所，在中小学开设人工智能通识课程，每年开展教师人工智能素养培训1500人次以上。",
                ["市教育局"],
                ["市科技局", "各县区人民政府"],
                [
                    Target("人工智能教育特色学校", "所", "eq", 40, "建设人工智能教育特色学校40所"),
                    Target(
                        "教师人工智能素养培训",
                        "人次",
                        "gte",
                        1500,
                        "每年开展教师人工智能素养培训1500人次以上",
                        per_year=True,
                    ),
                ],
            ),
            (
                "9.",
                "推进智慧政务",
                "推广政务服务智能导办、智能预审和智能审批，高频政务服务事项“智能办”比例达到60%，推动“高效办成一件事”智能化升级。",
                ["市行政审批服务局"],
                ["市数据局"],
                [
                    Target(
                        "高频政务服务事项“智能办”比例",
                        "%",
                        "eq",
                        60,
                        "高频政务服务事项“智能办”比例达到60%",
                    )
                ],
            ),
            (
                "10.",
                "推进生态环境智能监管",
                "运用卫星遥感、无人机巡查和智能识别技术，在汉江干流和秦岭南麓建设生态环境智能监测点位200个，提升污染溯源和风险预警能力。",
                ["市生态环境局"],
                ["各县区人民政府"],
                [Target("生态环境智能监测点位", "个", "eq", 200, "建设生态环境智能监测点位200个")],
            ),
        ],
    ),
    (
        "（四）",
        "营造良好发展生态",
        [
            (
                "11.",
                "加强人才引育",
                "实施“天汉英才”人工智能人才专项，每年引进培育人工智能领域专业人才200名以上，支持高校、职业院校与企业共建实训基地。",
                ["市人力资源社会保障局"],
                ["市教育局", "陕西理工大学"],
                [
                    Target(
                        "引进培育人工智能领域专业人才",
                        "名",
                        "gte",
                        200,
                        "每年引进培育人工智能领域专业人才200名以上",
                        per_year=True,
                        kind="talent",
                    )
                ],
            ),
            (
                "12.",
                "强化安全治理",
                "建立人工智能安全风险监测评估机制，加强数据安全、算法安全和个人信息保护，依法打击利用人工智能实施的违法犯罪活动。",
                ["市委网信办"],
                ["市公安局", "市数据局"],
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立由市政府主要领导任组长的“人工智能+”行动领导小组，领导小组办公室设在市工业和信息化局，统筹推进各项任务落实。各县区要建立相应工作机制，细化工作措施，形成市县联动、部门协同、上下贯通的工作格局。领导小组每半年召开一次会议，研究解决重大问题。",
    ),
    (
        "（二）",
        "加大政策支持",
        "市级财政每年统筹安排不少于2000万元资金，支持人工智能重点项目、应用场景和公共服务平台建设。设立规模10亿元的人工智能产业投资基金，引导社会资本投向人工智能领域。落实国家和省关于算力券、模型券等支持政策，鼓励金融机构开发“人工智能贷”等专属信贷产品。",
    ),
    (
        "（三）",
        "强化招商引资",
        "围绕智能装备、行业大模型、数据服务等领域开展产业链精准招商，对引进的重大项目实行“一事一议”，推动项目早落地、早投产。建立重点项目包抓机制，每个重点项目明确一名市级领导和一个责任部门，全程跟踪服务。",
    ),
    (
        "（四）",
        "加强监测评估",
        "建立任务台账和季度调度机制，开展年度评估，评估结果纳入相关部门年度目标责任考核。及时总结推广典型经验，对工作推进有力、成效明显的单位予以通报表扬，对进展缓慢的单位督促整改。市工业和信息化局每年向市政府报告方案实施情况。",
    ),
]


def note(lead, resp):
    return f"（牵头单位：{'、'.join(lead)}；责任单位：{'、'.join(resp)}）"


def _build():
    blocks = [
        ("head", "汉中市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", "汉中市人民政府办公室关于印发汉中市“人工智能+”行动方案（2026—2028年）的通知"),
        ("addressee", "各县区人民政府，市人民政府各工作部门、直属机构："),
        (
            "body",
            "《汉中市“人工智能+”行动方案（2026—2028年）》已经市政府同意，现印发给你们，请结合实际认真抓好贯彻落实。",
        ),
        ("sign", ISSUER),
        ("date", "2026年3月20日"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("h1", "一、总体要求"),
        ("body", BASE),
        ("body", GENERAL),
        *[("body", line) for line in PRINCIPLES],
        ("h1", "二、发展目标"),
        ("body", GOAL_TEXT),
        ("caption", TABLE_INTRO),
        ("table", TABLE),
        ("h1", "三、重点任务"),
    ]
    goals = [Goal("到2028年", GOAL_TEXT, GOAL_TARGETS)]
    subs = []
    counter = 0
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for key, title, rest, lead, resp, targets in items:
            counter += 1
            no = f"{counter}."
            body = f"{title}。{rest}{EXTRA[key]}"
            text = body + note(lead, resp)
            blocks.append(("body", f"{no}{text}"))
            tasks.append(
                Task(
                    no,
                    title,
                    text,
                    lead=[ALIAS[n] for n in lead],
                    responsible=[ALIAS[n] for n in resp],
                )
            )
            if targets:
                goals.append(Goal(title, body, targets, numbering=no))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    blocks.append(("h1", "四、保障措施"))
    safeguard_tasks = []
    for no, title, rest in SAFEGUARDS:
        blocks.append(("body", f"{no}{title}。{rest}"))
        safeguard_tasks.append(Task(no, title, f"{title}。{rest}"))
    sections = [
        Section("三", "三、", "重点任务", "key_task", sections=subs),
        Section("四", "四、", "保障措施", "safeguard", safeguard_tasks),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Hanzhong “AI+” action plan (2026–2028) — synthetic",
    "issuer": ISSUER,
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2028],
    "source_file": f"{SLUG}.pdf",
}

EXTRACTION = {
    "zone": {"slug": "hanzhong-city", "name": "汉中市", "name_en": "Hanzhong", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 汉中市“人工智能+”行动方案（2026—2028年） (汉中市人民政府办公室, 汉政办发〔2026〕8号, 2026-03-20) — SYNTHETIC (synthetic_aq):
# WRITTEN by the collector (helper blindAQ, 2026-12-05) before reading or running the importer; no such document is claimed to exist.
# Built by make_files.py from doc_hanzhong.py as a .docx printed to PDF by LibreOffice (footer "— N —").
# Zone hanzhong-city (陕西, a prefecture city → city level); period 2026–2028, milestone 2028 only.
# Outline: red head, 发文字号, notice, title, preamble, 一、总体要求 = a paragraph of 2025 figures (186亿元, 7800个, 260P, 46家: baselines, no
#   target), a guiding paragraph and four "——坚持X。" principle lines (no figure → neither goals nor tasks), 二、发展目标 = one "到2028年，" paragraph (→ goal titled 到2028年,
#   seven targets) and 表1 主要指标 (序号 | 指标名称 | 单位 | 2025年（基期） | 2028年（目标） | 指标属性): every 2028 figure of the table repeats the
#   paragraph's (same value, unit, deadline, thing) → no target of its own (SOURCES.md "A figure printed twice"); the 基期 column is a
#   baseline → no target. The table's row "人工智能核心产业规模 60" repeats "突破60亿元" (kept gt, where first printed).
#   三、重点任务 = groups （一）–（四） (sub-sections) of items "N.标题。正文（牵头单位：X；责任单位：Y）" numbered 1.–13. on across groups;
#   items 4.–7. are titled by their quoted heading (“人工智能+装备制造”). 四、保障措施 （一）–（四） unannotated → safeguard tasks.
# Roles as worded (SOURCES.md): 牵头单位 → lead (item 3. names two leads), 责任单位 → responsible, never supporting. 各县区人民政府 is one
#   collective agency; 陕西理工大学 a university (other); 汉中经开区管委会 a park administration.
# Targets: the goal paragraph's seven (其中规模以上企业不少于20家 → parent of the one before); each item holding figures is also a goal
#   titled like the item (text without the annotation), due 2028. 新增智能算力600P以上 (item 1.) counts an increment, not the 1000P
#   stock: a target of its own (flow). 累计…家次 → flow; 每年 → per_year flow; 年服务游客超过800万人次 → an annual figure, stock,
#   gt 8000000 人次 (万 multiplied out). Item 6.'s 单位产品综合能耗下降5%以上 → gte 5 % (a reduction told as a positive share). Not targets: 保障措施（二）'s yearly budget (不少于2000万元) and the fund's size (设立规模10亿元的…基金),
#   the table's 基期 column, "FP16".
"""

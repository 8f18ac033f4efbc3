# ruff: noqa: E501  (plan text as the office writes it)
"""固始县人民政府关于加快推进“人工智能+”行动的实施意见 — INVENTED (synthetic_ay). A Word 97–2003 .doc (the
.docx converted by LibreOffice): 一、总体要求 whose second paragraph "主要目标：到2028年，…" holds the goals (one a
Chinese numeral), 二、重点任务 of eight named 工程 / 行动 （一）–（八）, each one paragraph closing on
"（X牵头，Y、Z配合）" (some adding "各乡镇人民政府、街道办事处负责落实"), 三、保障措施 （一）–（五） unannotated;
signature, 抄送 and 印发 lines."""

from synthetic_model import Agency, Goal, Section, Target, Task, safeguard_items

SLUG = "gushi-ai-plus-opinions-2026-synthetic"
KIND = "doc"

A = [
    ("fgw", "固始县发展和改革委员会", "县发展改革委", "development_reform"),
    ("gxj", "固始县工业和信息化局", "县工业和信息化局", "industry_it"),
    ("kjj", "固始县科学技术局", "县科技局", "science_technology"),
    ("dsj", "固始县政务服务和大数据管理局", "县政务服务和大数据管理局", "big_data"),
    ("nyj", "固始县农业农村局", "县农业农村局", "agriculture"),
    ("jtj", "固始县教育体育局", "县教育体育局", "education"),
    ("wjw", "固始县卫生健康委员会", "县卫生健康委", "health"),
    ("czj", "固始县财政局", "县财政局", "finance"),
    ("rsj", "固始县人力资源和社会保障局", "县人力资源社会保障局", "human_resources"),
    ("swj", "固始县商务局", "县商务局", "commerce"),
    ("wlj", "固始县文化广电和旅游局", "县文化广电和旅游局", "culture_tourism"),
    ("scj", "固始县市场监督管理局", "县市场监管局", "market_regulation"),
    ("wxb", "中共固始县委网络安全和信息化委员会办公室", "县委网信办", "publicity"),
    ("kfq", "固始经济开发区管理委员会", "固始经济开发区管委会", "park_administration"),
    ("gdgs", "国网固始县供电公司", "国网固始县供电公司", "state_enterprise"),
    ("xz", "固始县各乡镇人民政府、街道办事处", "各乡镇人民政府、街道办事处", "local_government"),
]
AGENCIES = [Agency(c, n, [a] if a != n else [], cat) for c, n, a, cat in A]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "固始县人民政府关于加快推进“人工智能+”行动的实施意见"
DOC_NUMBER = "固政〔2026〕4号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Gushi County implementing opinions on speeding up the “AI+” action — synthetic",
    "issuer": "固始县人民政府",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-03",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2028],
    "source_file": f"{SLUG}.doc",
}

GENERAL = "坚持以习近平新时代中国特色社会主义思想为指导，全面落实省委、省政府和市委、市政府关于人工智能发展的部署要求，立足县域产业基础和资源禀赋，坚持应用牵引、场景带动、普惠共享，推动人工智能与现代农业、县域工业、商贸物流和公共服务深度融合，为建设豫皖边区域性中心城市提供有力支撑。"
PRINCIPLES = "基本原则：坚持应用牵引，以场景建设带动技术应用和产业发展；坚持因地制宜，立足县域特色产业，突出农业和民生领域应用；坚持政企协同，发挥政府引导作用和企业主体作用；坚持安全可控，统筹发展和安全，筑牢数据安全防线。"
GOAL_TEXT = "主要目标：到2028年，全县人工智能与县域经济融合发展水平明显提升，数字经济核心产业增加值占地区生产总值比重达到5%，培育人工智能应用企业20家以上，打造“人工智能+”应用场景五十个，规模以上工业企业数字化转型覆盖率达到85%，建成智慧农业示范基地10个、数字乡村示范村30个，基本形成特色鲜明、应用广泛的县域人工智能发展格局。"
GOAL_TARGETS = [
    Target(
        "数字经济核心产业增加值占地区生产总值比重",
        "%",
        "eq",
        5,
        "数字经济核心产业增加值占地区生产总值比重达到5%",
    ),
    Target(
        "人工智能应用企业", "家", "gte", 20, "培育人工智能应用企业20家以上", kind="ai_enterprises"
    ),
    Target(
        "“人工智能+”应用场景",
        "个",
        "eq",
        50,
        "打造“人工智能+”应用场景五十个",
        kind="application_scenarios",
    ),
    Target(
        "规模以上工业企业数字化转型覆盖率", "%", "eq", 85, "规模以上工业企业数字化转型覆盖率达到85%"
    ),
    Target("智慧农业示范基地", "个", "eq", 10, "建成智慧农业示范基地10个"),
    Target("数字乡村示范村", "个", "eq", 30, "数字乡村示范村30个"),
]
XZ = "各乡镇人民政府、街道办事处"

# (no, title, rest, note, lead, supporting, responsible, targets)
TASKS = [
    (
        "（一）",
        "实施算力网络夯基工程",
        "统筹建设县级政务云和边缘计算节点，推动县级政务云扩容升级，新增算力规模不低于50P，满足政务服务、城市管理和企业应用需求。加快5G网络向乡村延伸，到2028年实现行政村5G网络通达率100%。支持电信运营商建设面向中小企业的算力服务平台，降低企业用算成本。加强电力保障，优先保障算力设施用电需求。",
        "县发展改革委牵头，县政务服务和大数据管理局、国网固始县供电公司配合",
        ["县发展改革委"],
        ["县政务服务和大数据管理局", "国网固始县供电公司"],
        [],
        [
            Target(
                "县级政务云新增算力规模",
                "P",
                "gte",
                50,
                "新增算力规模不低于50P",
                kind="computing_power",
                aggregation="flow",
            ),
            Target("行政村5G网络通达率", "%", "eq", 100, "实现行政村5G网络通达率100%"),
        ],
    ),
    (
        "（二）",
        "实施数据资源赋能工程",
        "完善县级公共数据共享交换平台，推动部门业务数据按需共享，累计归集公共数据2亿条以上。围绕农业生产、市场监管、医疗健康等领域建设专题数据库，依法推动公共数据开放利用。加强数据安全管理，落实数据分类分级保护要求。",
        "县政务服务和大数据管理局牵头，县委网信办、县市场监管局配合",
        ["县政务服务和大数据管理局"],
        ["县委网信办", "县市场监管局"],
        [],
        [Target("归集公共数据", "条", "gte", 200000000, "累计归集公共数据2亿条以上")],
    ),
    (
        "（三）",
        "实施“人工智能+现代农业”行动",
        "围绕固始鸡、茶叶、稻米、水产等特色产业，推广智能感知、精准饲喂、病虫害智能识别和农产品质量追溯等应用，每年建设智慧农业示范基地2个以上。支持农业产业化龙头企业建设智能化生产线和冷链物流设施，推动农产品产销智能对接。推广植保无人机、智能农机装备，提升农业生产智能化水平。",
        "县农业农村局牵头，县科技局配合，各乡镇人民政府、街道办事处负责落实",
        ["县农业农村局"],
        ["县科技局"],
        [XZ],
        [
            Target(
                "建设智慧农业示范基地",
                "个",
                "gte",
                2,
                "每年建设智慧农业示范基地2个以上",
                per_year=True,
            )
        ],
    ),
    (
        "（四）",
        "实施“人工智能+县域工业”行动",
        "聚焦食品加工、纺织服装、装备制造等主导产业，推动企业开展智能化改造和数字化转型，每年实施智能化改造项目15个以上，培育省级智能工厂和智能车间3个。依托固始经济开发区建设中小企业数字化转型服务中心，为企业提供诊断评估、方案设计和人才培训等服务。",
        "县工业和信息化局牵头，固始经济开发区管委会、县财政局配合",
        ["县工业和信息化局"],
        ["固始经济开发区管委会", "县财政局"],
        [],
        [
            Target(
                "智能化改造项目", "个", "gte", 15, "每年实施智能化改造项目15个以上", per_year=True
            ),
            Target("省级智能工厂和智能车间", "个", "eq", 3, "培育省级智能工厂和智能车间3个"),
        ],
    ),
    (
        "（五）",
        "实施“人工智能+商贸物流”行动",
        "推动县域商业体系智能化升级，支持电商企业应用智能客服、智能选品和直播数字人等工具，培育年网络零售额超亿元的电商企业5家。建设县级智慧物流分拨中心，推动快递物流乡村末端网点智能化改造，提升农村物流配送效率。",
        "县商务局牵头，县农业农村局配合，各乡镇人民政府、街道办事处负责落实",
        ["县商务局"],
        ["县农业农村局"],
        [XZ],
        [
            Target(
                "年网络零售额超亿元的电商企业", "家", "eq", 5, "培育年网络零售额超亿元的电商企业5家"
            )
        ],
    ),
    (
        "（六）",
        "实施“人工智能+公共服务”行动",
        "推动人工智能在教育、医疗、政务等领域普及应用。建设人工智能教育示范学校10所，推动智慧课堂覆盖全县中小学。推广人工智能辅助诊断和远程医疗，县域医共体成员单位人工智能辅助诊断应用全覆盖。推行政务服务“AI导办”，县级政务服务事项网上可办率达到98%以上。",
        "县政务服务和大数据管理局、县教育体育局、县卫生健康委按职责分工负责",
        [],
        [],
        ["县政务服务和大数据管理局", "县教育体育局", "县卫生健康委"],
        [
            Target("人工智能教育示范学校", "所", "eq", 10, "建设人工智能教育示范学校10所"),
            Target(
                "县级政务服务事项网上可办率",
                "%",
                "gte",
                98,
                "县级政务服务事项网上可办率达到98%以上",
            ),
        ],
    ),
    (
        "（七）",
        "实施“人工智能+文旅”行动",
        "依托根亲文化和生态旅游资源，推动重点景区建设智能导览、智能票务和客流监测系统，建成智慧景区3个。鼓励文旅企业运用生成式人工智能开发文创产品和数字内容，打造根亲文化数字化展示平台。",
        "县文化广电和旅游局牵头，县政务服务和大数据管理局配合",
        ["县文化广电和旅游局"],
        ["县政务服务和大数据管理局"],
        [],
        [Target("智慧景区", "个", "eq", 3, "建成智慧景区3个")],
    ),
    (
        "（八）",
        "实施数字人才培育工程",
        "支持县职业教育中心开设人工智能应用相关专业，开展人工智能应用技能培训，三年累计培训1万人次以上。实施“数字新农人”培育计划，培养一批懂技术、会经营的农村电商和智慧农业带头人。",
        "县人力资源社会保障局牵头，县教育体育局、县农业农村局配合",
        ["县人力资源社会保障局"],
        ["县教育体育局", "县农业农村局"],
        [],
        [
            Target(
                "人工智能应用技能培训",
                "人次",
                "gte",
                10000,
                "三年累计培训1万人次以上",
                aggregation="flow",
                kind="talent",
            )
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立由县政府主要负责同志任组长的县“人工智能+”行动推进工作领导小组，领导小组办公室设在县发展改革委，统筹推进全县人工智能发展工作。各乡镇（街道）、各有关部门要明确分管领导和工作人员，形成上下联动、齐抓共管的工作格局。",
    ),
    (
        "（二）",
        "强化资金保障",
        "县财政统筹安排资金支持“人工智能+”重点项目和示范场景建设，积极争取中央、省、市专项资金，发挥政府投资引导带动作用。引导金融机构加大对人工智能应用企业的信贷支持，鼓励社会资本参与场景建设和运营。",
    ),
    (
        "（三）",
        "加强宣传推广",
        "充分利用各类媒体宣传人工智能发展政策和典型案例，组织开展“人工智能+”应用成果展示和观摩交流活动，营造全社会支持人工智能发展的良好氛围。",
    ),
    (
        "（四）",
        "优化发展环境",
        "落实国家、省、市支持人工智能发展的各项政策措施，深化“放管服”改革，对新技术、新业态、新模式实行包容审慎监管，为企业创新发展提供良好环境。",
    ),
    (
        "（五）",
        "强化督促落实",
        "县发展改革委要会同有关部门建立工作台账，定期调度重点任务进展情况，每年对实施意见落实情况开展评估，评估结果纳入年度目标考核。对工作成效明显的单位予以通报表扬，对工作推进不力的单位进行约谈督办，确保各项目标任务落到实处。",
    ),
]

ADDRESSEE = "各乡镇人民政府、街道办事处，县人民政府各部门，固始经济开发区管委会："
PREAMBLE = "为深入贯彻落实国家、省、市关于实施“人工智能+”行动的决策部署，加快推动人工智能与县域经济社会发展深度融合，培育发展新质生产力，现就我县加快推进“人工智能+”行动提出如下实施意见。"
CC = "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院，县人武部。"
PRINTED = "固始县人民政府办公室　　　　　　　　2026年4月3日印发"


MORE = {
    "实施算力网络夯基工程": "推动乡镇（街道）便民服务中心和重点公共场所千兆光网覆盖。",
    "实施数据资源赋能工程": "建立数据资源目录动态更新机制，推动数据资源“一本账”管理。",
    "实施“人工智能+现代农业”行动": "建设县级农业大数据平台，汇聚土壤、气象、病虫害等数据，为农业生产提供精准服务。",
    "实施“人工智能+县域工业”行动": "推广工业视觉检测、智能仓储等轻量化应用，降低中小企业转型门槛和成本。",
    "实施“人工智能+商贸物流”行动": "支持商贸流通企业建设智能仓储系统，推动县域商贸企业线上线下融合发展。",
    "实施“人工智能+公共服务”行动": "推动养老服务机构应用智能监护设备，提升养老服务质量。",
    "实施“人工智能+文旅”行动": "推动景区、酒店、民宿等文旅数据互联互通，提升游客服务智能化水平。",
    "实施数字人才培育工程": "鼓励在外务工的固始籍数字技术人才返乡创业就业，对符合条件的按规定享受创业扶持政策。",
}
MORE2 = {
    "实施算力网络夯基工程": "推动政务信息系统向县级政务云迁移，原则上不再新建独立机房。",
    "实施数据资源赋能工程": "探索公共数据授权运营，在普惠金融、农业保险等领域开发数据产品，释放数据要素价值。",
    "实施“人工智能+现代农业”行动": "加强农业科技特派员与人工智能企业合作，推动智能技术进村入户。",
    "实施“人工智能+县域工业”行动": "鼓励企业与高校院所合作开展工艺优化、质量检测等关键技术攻关，提升产品附加值。",
    "实施“人工智能+商贸物流”行动": "培育一批直播电商基地和网红品牌，推动固始特色农产品“出村进城”。",
    "实施“人工智能+公共服务”行动": "推动社会救助、就业服务等事项智能化办理，实现政策精准推送、免申即享。",
    "实施“人工智能+文旅”行动": "推出特色文旅线路智能推荐服务，促进文旅消费提质扩容。",
    "实施数字人才培育工程": "建立县级数字人才库，加强与高校、科研院所的人才交流合作。",
}
BASE = "近年来，我县数字基础设施不断完善，数字经济规模持续扩大，全县建成5G基站1900个，规模以上工业企业数字化转型覆盖率达到62%，固始鸡、固始萝卜等特色农产品网络零售额稳步增长，为推进“人工智能+”行动奠定了基础。但总体看，我县人工智能应用仍处于起步阶段，存在应用场景不多、企业转型意愿不强、专业人才缺乏等问题，必须抢抓机遇、加快推进。"

MORE3 = {
    "实施算力网络夯基工程": "鼓励企业利用县级算力平台开展数据分析、模型应用等业务，推动算力资源共享共用。",
    "实施数据资源赋能工程": "依法依规推进政务数据与社会数据融合应用，强化个人信息保护，严防数据泄露和滥用。",
    "实施“人工智能+现代农业”行动": "推动家庭农场、农民合作社应用智能化管理工具，提升经营管理水平和抗风险能力。",
    "实施“人工智能+县域工业”行动": "对实施智能化改造成效明显的企业，优先推荐申报省、市智能制造示范项目和专项资金支持。",
    "实施“人工智能+商贸物流”行动": "推动邮政、快递、供销等物流资源整合共享，发展共同配送，降低农村物流成本。",
    "实施“人工智能+公共服务”行动": "推动县人民医院、县中医院建设智慧医院，优化预约挂号、智能导诊、检查检验结果互认等服务。",
    "实施“人工智能+文旅”行动": "加强文旅市场智能监管，提升景区安全管理和应急处置能力。",
    "实施数字人才培育工程": "建立人工智能技能等级评价体系，推动培训与就业有效衔接。",
}


def _build():
    blocks = [
        ("head", "固始县人民政府文件"),
        ("docno", DOC_NUMBER),
        ("title", TITLE),
        ("addressee", ADDRESSEE),
        ("body", PREAMBLE),
        ("body", BASE),
        ("h1", "一、总体要求"),
        ("body", GENERAL),
        ("body", PRINCIPLES),
        ("body", GOAL_TEXT),
        ("h1", "二、重点任务"),
    ]
    goals = [Goal("到2028年", GOAL_TEXT, GOAL_TARGETS)]
    tasks = []
    for no, title, rest, note, lead, sup, resp, targets in TASKS:
        rest += MORE.get(title, "") + MORE2.get(title, "") + MORE3.get(title, "")
        body = f"{title}。{rest}"
        blocks.append(("item", (f"{no}{title}。", f"{rest}（{note}）")))
        tasks.append(
            Task(
                no,
                title,
                f"{body}（{note}）",
                lead=[ALIAS[n] for n in lead],
                responsible=[ALIAS[n] for n in resp],
                supporting=[ALIAS[n] for n in sup],
            )
        )
        if targets:
            goals.append(Goal(title, body, targets, numbering=no))
    safeguards = safeguard_items(blocks, "三、保障措施", SAFEGUARDS)
    blocks += [
        ("sign", "固始县人民政府"),
        ("date", "2026年4月3日"),
        ("body", "（此件公开发布）"),
        ("rule", ""),
        ("addressee", CC),
        ("addressee", PRINTED),
    ]
    sections = [
        Section("二", "二、", "重点任务", "key_task", tasks),
        Section("三", "三、", "保障措施", "safeguard", safeguards),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "gushi-county",
        "name": "固始县",
        "name_en": "Gushi County",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 固始县人民政府关于加快推进“人工智能+”行动的实施意见 (固始县人民政府, 固政〔2026〕4号, 2026-04-03) — SYNTHETIC
# (synthetic_ay): WRITTEN by the collector (helper blindAY, 2026-12-05) before reading or running the importer; no such
#   document is claimed to exist. Built by make_files.py from doc_gushi.py as a .docx converted by LibreOffice to Word 97–2003 .doc.
# Zone gushi-county (河南 信阳市; a county → district level, the schema's county-level value, as a judgement call: the
#   conventions put county-level CITIES at city level and say nothing of counties); period 2026–2028 (the goals' year; the
#   issue year starts it), milestone 2028.
# Outline: red head, 发文字号, title, addressee, preamble ("现…提出如下实施意见"), a baseline paragraph (1900个, 62%: no target), 一、总体要求 = a guiding paragraph and a "基本原则：…" paragraph (no figure)
#   and a paragraph "主要目标：到2028年，…" (→ goal titled 到2028年, due 2028); 二、重点任务 = eight items （一）–（八）, each a
#   named 工程 / 行动 "（一）实施…工程。正文（annotation）" — tasks of one key_task section; 三、保障措施 （一）–（五）
#   unannotated → safeguard tasks without roles. Then signature, date, "（此件公开发布）", a rule, 抄送 and 印发 lines.
# Tasks: title = the 工程 / 行动 name before the first 。; text = name + body + annotation, without the "（一）" number.
# Roles as worded: （X牵头，Y、Z配合） → lead X, supporting Y Z; "…，各乡镇人民政府、街道办事处负责落实" → that collective
#   responsible (one collective agency, SOURCES.md); （X、Y、Z按职责分工负责） with no lead → responsible.
#   国网固始县供电公司 (an enterprise named in an annotation) → state_enterprise.
# Targets: the goals paragraph's six; 五十个 → 50. Every item holding figures is also a goal titled like the item (text without
#   number and annotation), due 2028 (undated) — also item （一）'s "到2028年实现…100%". 新增算力规模不低于50P → flow;
#   每年… → per_year flow; 累计归集公共数据2亿条以上 → 200000000 条 (a count, 亿 multiplied out as 万 is: a judgement call);
#   三年累计培训1万人次以上 → 10000 人次 flow. Item （三）'s 每年建设智慧农业示范基地2个以上 is a yearly figure of its own (not the
#   goal's 10个 restated). Not targets: "全覆盖" (no figure), 年网络零售额超亿元 (a condition of the firms counted).
"""

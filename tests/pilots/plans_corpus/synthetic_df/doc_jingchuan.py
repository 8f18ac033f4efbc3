# ruff: noqa: E501  (plan text as the office writes it)
"""璟川市推进“人工智能+”行动方案（2026—2028年）（征求意见稿） — INVENTED (synthetic_df). A city's draft as the 市数据局
circulates it for comments: the title in a content control, a TOC field, tracked changes left in (a goal figure replaced, a
lead agency replaced in an annotation, a task struck out whole, a sentence and a name inserted), reviewer comments (one
proposing a figure the text does not take), a 专栏 of scenes in a text box, a hidden drafting note."""

from df_word import accepted, item
from synthetic_model import Agency, Goal, Section, Target

SLUG = "jingchuan-ai-plus-action-plan-2026-draft-synthetic"
KIND = "docx"

A = {
    "市数据局": ("sjj", "璟川市数据局", "big_data"),
    "市发展改革委": ("fgw", "璟川市发展和改革委员会", "development_reform"),
    "市经信局": ("jxj", "璟川市经济和信息化局", "industry_it"),
    "市科技局": ("kjj", "璟川市科学技术局", "science_technology"),
    "市财政局": ("czj", "璟川市财政局", "finance"),
    "市教育局": ("jyj", "璟川市教育局", "education"),
    "市人力社保局": ("rsj", "璟川市人力资源和社会保障局", "human_resources"),
    "市卫生健康委": ("wjw", "璟川市卫生健康委员会", "health"),
    "市交通运输局": ("jtj", "璟川市交通运输局", "transport"),
    "市农业农村局": ("nyj", "璟川市农业农村局", "agriculture"),
    "市商务局": ("swj", "璟川市商务局", "commerce"),
    "市市场监管局": ("scj", "璟川市市场监督管理局", "market_regulation"),
    "市委网信办": ("wxb", "中共璟川市委网络安全和信息化委员会办公室", "publicity"),
    "市公安局": ("gaj", "璟川市公安局", "public_security"),
    "市委组织部": ("zzb", "中共璟川市委组织部", "party_organisation"),
    "市地方金融管理局": ("jrj", "璟川市地方金融管理局", "financial_regulation"),
    "各区县人民政府": ("qx", "璟川市各区县人民政府", "local_government"),
}
C = {p: v[0] for p, v in A.items()}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def It(numbering, title, segs, lead=(), sup=(), resp=(), targets=()):
    return item(numbering, title, [MORE.get(title, ""), *segs], lead, sup, resp, targets, C)


MORE = {
    "扩充智能算力供给": "按照“集约建设、统一调度”原则，推动全市算力资源接入市级算力调度平台。",
    "建设城市数据空间": "完善数据产权登记、流通交易和收益分配规则，培育数据服务商和数据经纪机构。",
    "推行算力券": "明确算力券申领、核销和绩效评价流程，优先支持本地模型研发和场景应用企业。",
    "培育人工智能企业梯队": "建立人工智能企业培育库，实施分类服务和动态管理，支持企业参与国家和省级重大项目。",
    "建设人工智能产业园": "完善园区算力、数据、模型等公共服务，引进头部企业区域总部和研发中心。",
    "人工智能+制造": "聚焦汽车零部件、纺织化纤、智能装备等优势产业，推动大模型在研发设计、生产管控、供应链管理等环节应用。",
    "人工智能+医疗": "推动医学影像、病理诊断、慢病管理等领域人工智能应用，提升基层医疗机构服务能力。",
    "人工智能+教育": "推进人工智能通识教育，建设智慧课堂和智能化学习空间。",
    "人工智能+农业": "推动农业生产、经营、管理、服务数字化，推广农业物联网、智能农机和农产品质量追溯。",
    "人工智能+政务": "推动政务服务从“网上办”向“智能办”转变，拓展政策智能匹配、审批智能辅助等应用。",
    "强化安全治理": "健全人工智能伦理审查和风险监测机制，落实数据分类分级保护制度。",
}


TITLE = "璟川市推进“人工智能+”行动方案（2026—2028年）"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Jingchuan City “AI+” action plan (2026–2028), draft for comments — synthetic",
    "issuer": "璟川市数据局",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.docx",
}

GOAL1 = [
    "到2026年底，全市智能算力规模达到",
    ("del", "3000"),
    ("ins", "5000"),
    "P，建成行业高质量数据集30个以上。",
]
GOAL1_T = [
    T(
        "智能算力规模",
        "P",
        "eq",
        5000,
        "全市智能算力规模达到5000P",
        kind="computing_power",
        deadline=2026,
    ),
    T("行业高质量数据集", "个", "gte", 30, "建成行业高质量数据集30个以上", deadline=2026),
]
GOAL2 = [
    "到2028年，全市人工智能核心产业规模突破",
    ("cmt", "300亿元", "建议与市统计局核实核心产业统计口径"),
    "，年均增长20%以上；培育人工智能企业",
    ("cmt", "80家", "建议改为100家"),
    "，其中规上企业30家；打造“人工智能+”典型应用场景",
    ("del", "100"),
    ("ins", "150"),
    "个，建设省级以上人工智能创新平台10个；累计培养人工智能领域专业人才2万人",
    ("ins", "，重点行业规上企业数字化转型覆盖率达到90%"),
    "。",
]
GOAL2_T = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        300,
        "全市人工智能核心产业规模突破300亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能核心产业年均增速", "%", "gte", 20, "年均增长20%以上"),
    T("人工智能企业", "家", "eq", 80, "培育人工智能企业80家", kind="ai_enterprises"),
    T("规上人工智能企业", "家", "eq", 30, "其中规上企业30家", kind="ai_enterprises", parent="PREV"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        150,
        "打造“人工智能+”典型应用场景150个",
        kind="application_scenarios",
    ),
    T(
        "省级以上人工智能创新平台",
        "个",
        "eq",
        10,
        "建设省级以上人工智能创新平台10个",
        kind="innovation_platforms",
    ),
    T(
        "人工智能领域专业人才",
        "人",
        "eq",
        20000,
        "累计培养人工智能领域专业人才2万人",
        kind="talent",
        aggregation="flow",
    ),
    T("重点行业规上企业数字化转型覆盖率", "%", "eq", 90, "重点行业规上企业数字化转型覆盖率达到90%"),
]

BOX_HEAD = "专栏1  “人工智能+”重点应用场景"
BOX_LINES = [
    "智能制造：建设智能工厂20家、数字化车间50个。",
    "智慧医疗：推广影像辅助诊断、智能导诊，覆盖二级以上医院30家。",
    "智慧交通：建成智能网联测试道路50公里。",
]
BOX_T = [
    T("智能工厂", "家", "eq", 20, "建设智能工厂20家"),
    T("数字化车间", "个", "eq", 50, "数字化车间50个"),
    T("智能导诊覆盖二级以上医院", "家", "eq", 30, "覆盖二级以上医院30家"),
    T("智能网联测试道路", "公里", "eq", 50, "建成智能网联测试道路50公里"),
]

G1 = [
    It(
        "1．",
        "扩充智能算力供给",
        [
            "统筹建设璟川智算中心二期，推动存量数据中心智能化改造，新增智能算力2000P。（牵头单位：市发展改革委；配合单位：市数据局、市经信局）"
        ],
        ["市发展改革委"],
        ["市数据局", "市经信局"],
        targets=[
            T(
                "新增智能算力",
                "P",
                "eq",
                2000,
                "新增智能算力2000P",
                kind="computing_power",
                aggregation="flow",
            )
        ],
    ),
    It(
        "2．",
        "建设城市数据空间",
        [
            "建设公共数据授权运营平台，推动医疗、交通、文旅等领域数据开发利用。（牵头单位：",
            ("del", "市大数据发展中心"),
            ("ins", "市数据局"),
            "；配合单位：市卫生健康委、市交通运输局）",
        ],
        ["市数据局"],
        ["市卫生健康委", "市交通运输局"],
    ),
    It(
        "3．",
        "推行算力券",
        [
            "对中小企业使用智算资源给予算力券支持，每年发放算力券不超过3000万元。（牵头单位：市数据局；配合单位：市财政局）"
        ],
        ["市数据局"],
        ["市财政局"],
    ),
]
G2 = [
    It(
        "4．",
        "培育人工智能企业梯队",
        [
            "实施“璟智”企业培育计划，每年新认定人工智能高新技术企业15家以上。（牵头单位：市科技局；配合单位：市经信局）"
        ],
        ["市科技局"],
        ["市经信局"],
        targets=[
            T(
                "新认定人工智能高新技术企业",
                "家",
                "gte",
                15,
                "每年新认定人工智能高新技术企业15家以上",
                per_year=True,
                kind="ai_enterprises",
            )
        ],
    ),
    It(
        "5．",
        "建设人工智能产业园",
        [
            "高标准建设璟川人工智能产业园，入驻企业达到120家。（牵头单位：市经信局；配合单位：市商务局、各区县人民政府）"
        ],
        ["市经信局"],
        ["市商务局", "各区县人民政府"],
        targets=[T("人工智能产业园入驻企业", "家", "eq", 120, "入驻企业达到120家")],
    ),
    It(
        "6．",
        "强化金融支持",
        [
            "引导金融机构开发“智算贷”等产品，",
            ("ins", "新增人工智能企业贷款50亿元，"),
            "支持企业上市融资。（牵头单位：市地方金融管理局；配合单位：市财政局）",
        ],
        ["市地方金融管理局"],
        ["市财政局"],
        targets=[
            T(
                "新增人工智能企业贷款",
                "亿元",
                "eq",
                50,
                "新增人工智能企业贷款50亿元",
                aggregation="flow",
            )
        ],
    ),
]
G3 = [
    It(
        "7．",
        "人工智能+制造",
        [
            "推广机器视觉质检、智能排产等应用，",
            ("box", BOX_HEAD, BOX_LINES),
            "每年实施智能化改造项目100个。（牵头单位：市经信局；责任单位：各区县人民政府）",
        ],
        ["市经信局"],
        resp=["各区县人民政府"],
        targets=[
            T("智能化改造项目", "个", "eq", 100, "每年实施智能化改造项目100个", per_year=True)
        ],
    ),
    It(
        "8．",
        "人工智能+医疗",
        [
            "建设全市医疗影像云和辅助诊断平台，推动检查检验结果互认。（牵头单位：市卫生健康委；配合单位：市数据局）"
        ],
        ["市卫生健康委"],
        ["市数据局"],
    ),
    It(
        "9．",
        "人工智能+教育",
        [
            "建设人工智能教育示范校40所，",
            ("cmt", "开展教师人工智能素养培训", "请补充培训人数"),
            "。（牵头单位：市教育局；配合单位：市人力社保局）",
        ],
        ["市教育局"],
        ["市人力社保局"],
        targets=[T("人工智能教育示范校", "所", "eq", 40, "建设人工智能教育示范校40所")],
    ),
    It(
        "10．",
        "人工智能+农业",
        [
            "建设智慧农场和数字渔场20个。（牵头单位：市农业农村局；配合单位：市科技局",
            ("ins", "、市商务局"),
            "）",
        ],
        ["市农业农村局"],
        ["市科技局", "市商务局"],
        targets=[T("智慧农场和数字渔场", "个", "eq", 20, "建设智慧农场和数字渔场20个")],
    ),
]
G3_DELETED = (
    "11．人工智能+文旅。建设智慧景区10个，推出数字人导游服务。（牵头单位：市文化广电旅游局）"
)
G4 = [
    It(
        "12．",
        "人工智能+政务",
        [
            "部署政务大模型，上线“璟事智办”助手，高频事项智能预审率达到80%。（牵头单位：市数据局；配合单位：市公安局、市市场监管局）"
        ],
        ["市数据局"],
        ["市公安局", "市市场监管局"],
        targets=[T("高频事项智能预审率", "%", "eq", 80, "高频事项智能预审率达到80%")],
    ),
    It(
        "13．",
        "强化安全治理",
        ["开展生成式人工智能服务备案和算法安全评估。（牵头单位：市委网信办；配合单位：市公安局）"],
        ["市委网信办"],
        ["市公安局"],
    ),
]
SAFE = [
    It(
        "（一）",
        "加强组织领导",
        ["建立市人工智能发展工作专班，由分管副市长任召集人，专班办公室设在市数据局。"],
    ),
    It(
        "（二）",
        "加大资金保障",
        ["市财政每年统筹安排人工智能专项资金不少于2亿元。（牵头单位：市财政局）"],
        ["市财政局"],
    ),
    It(
        "（三）",
        "强化人才支撑",
        ["将人工智能人才纳入“璟川英才”计划。（牵头单位：市委组织部；配合单位：市人力社保局）"],
        ["市委组织部"],
        ["市人力社保局"],
    ),
    It(
        "（四）",
        "开展监测评估",
        ["建立目标任务季度调度机制，年度评估结果向社会公开。（牵头单位：市数据局）"],
        ["市数据局"],
    ),
]


def _build():
    blocks = [
        ("sdt_title", TITLE),
        ("marker", "（征求意见稿）"),
        ("toc", [("一、总体要求", 1), ("二、重点任务", 2), ("三、保障措施", 4)]),
        ("pagebreak", None),
        (
            "p",
            [
                "近年来，我市数字经济持续较快发展，2025年全市智能算力规模达到1800P，人工智能核心产业规模达到160亿元，集聚人工智能企业52家，为推进“人工智能+”行动奠定了良好基础。同时，我市仍存在高端人才不足、行业数据开放程度不高、应用场景开放不够等短板。"
            ],
        ),
        (
            "p",
            [
                "为抢抓人工智能发展机遇，深入实施“人工智能+”行动，推动人工智能与经济社会各领域深度融合，结合我市实际，制定本方案。"
            ],
        ),
        ("h1", ["一、总体要求"]),
        (
            "p",
            [
                "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持场景牵引、应用为先，以算力、数据、模型为基础，以产业培育和行业赋能为重点，加快建设长三角人工智能应用示范城市。"
            ],
        ),
        (
            "p",
            [
                "坚持应用牵引，以场景开放带动技术迭代和产业集聚；坚持创新驱动，强化关键技术攻关和成果转化；坚持开放合作，深度融入长三角人工智能产业分工；坚持安全可控，统筹发展和安全，守住数据安全和伦理底线。"
            ],
        ),
        ("p", GOAL1),
        ("p", GOAL2),
        ("h1", ["二、重点任务"]),
    ]
    sections = []
    goals = [
        Goal("到2026年底", accepted(GOAL1), GOAL1_T),
        Goal("到2028年", accepted(GOAL2), GOAL2_T),
    ]
    groups = [
        ("一", "（一）", "夯实智能底座", G1),
        ("二", "（二）", "壮大产业生态", G2),
        ("三", "（三）", "深化行业赋能", G3),
        ("四", "（四）", "提升治理服务", G4),
    ]
    for code, numbering, title, items in groups:
        blocks.append(("h2", [f"{numbering}{title}"]))
        tasks = []
        for block, task, goal in items:
            blocks.append(block)
            tasks.append(task)
            if goal:
                goals.append(goal)
            if task.title == "人工智能+制造":
                goals.append(Goal(BOX_HEAD, "".join(BOX_LINES), BOX_T))
        if code == "三":
            blocks.append(("delp", G3_DELETED))
        sections.append(Section(code, numbering, title, "key_task", tasks))
    blocks.append(("h1", ["三、保障措施"]))
    safe = []
    for block, task, _ in SAFE:
        blocks.append(block)
        safe.append(task)
    blocks += [
        ("hidp", "【起草说明：产业规模目标依据市统计局2025年快报测算，待正式数据发布后更新。】"),
        ("sign", "璟川市数据局"),
        ("date", "2026年3月"),
    ]
    top = [
        Section("二", "二、", "重点任务", "key_task", sections=sections),
        Section("三", "三、", "保障措施", "safeguard", safe),
    ]
    return blocks, goals, top


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "jingchuan-city",
        "name": "璟川市",
        "name_en": "Jingchuan City",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 璟川市推进“人工智能+”行动方案（2026—2028年）（征求意见稿） (璟川市数据局, no 文号: a draft for comments, 2026-03)
# — SYNTHETIC (synthetic_df): WRITTEN by helper blindDF (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_jingchuan.py as a Word file (.docx) with its review left in.
# Zone jingchuan-city (an invented city) → city level; period 2026—2028.
# Read AS ACCEPTED: insertions (w:ins) in, deletions (w:del) out, comments (批注) and hidden text (w:vanish) out.
#   Goal 到2026年底: 3000P struck, 5000P inserted → 5000. Goal 到2028年: 100 struck, 150 inserted → 150; the inserted clause
#   "重点行业规上企业数字化转型覆盖率达到90%" is a target; the comment "建议改为100家" on 80家 is a reviewer's remark: 80 stays.
#   Task 2: 市大数据发展中心 struck, 市数据局 inserted → 市数据局 lead; 市大数据发展中心 is no agency. Task 6's inserted
#   "新增人工智能企业贷款50亿元" is a target; task 10's inserted "、市商务局" supporting. The struck task "11．人工智能+文旅" (its
#   paragraph mark deleted too) is no task, 市文化广电旅游局 (named only there) no agency. The hidden 起草说明 is nothing.
# Outline: title (content control), （征求意见稿）, a TOC field (目录: three lines, nothing), preamble; 一、总体要求 (two goal
#   paragraphs, titled by their date phrase); 二、重点任务 with groups （一）–（四） of items 1．–13. numbered on (sections under 二、);
#   items 12．–13. keep their printed numbers after the struck 11．(Word does not renumber typed numbers);
#   三、保障措施 （一）–（四） (safeguard tasks; （一）'s 专班办公室设在市数据局 assigns no role).
# 专栏1 (scenes) stands in a TEXT BOX anchored in item 7: no task; its figures ONE goal titled by its heading, its text
#   the box's three lines (separate paragraphs in the box), due 2028; placed after item 7's goal, where the box stands.
# Not targets: the 发展基础 paragraph's 2025 figures (baselines); 算力券…不超过3000万元 (a budget cap), 专项资金不少于2亿元 (a budget). Per-year: 每年新认定…15家以上, 每年实施…100个.
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""瀚川省“人工智能+”行动计划（2026—2027年） — INVENTED (synthetic_cg). Built as .docx and printed to PDF by LibreOffice:
the 省政府办公厅's notice, preamble, 一、总体要求, 二、行动目标 = one dated paragraph "到2027年，全省…" (the PROVINCE TOTALS)
closing on "2026年，…" and "各市目标任务分解见附件", 三、重点任务 （一）–（十二） one paragraph each closing on "（省X牵头，省Y、
省Z配合）" / "（省X牵头，省Y、各市人民政府按职责分工负责）" / "（省X负责）" / "（省X、省Y按职责分工负责）", 四、保障措施 （一）–（四）
(two annotated), and after a page break the ANNEX "瀚川省“人工智能+”行动主要目标任务分解表（2027年）": rows the province's six
(invented) cities and a 全省 row, columns four indicators with units in the header, each cell a city's share of the body's
total."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "hanchuan-ai-plus-action-2026-synthetic"
KIND = "pdf"

# printed form → (code, full name, category)
A = {
    "省发展改革委": ("fgw", "瀚川省发展和改革委员会", "development_reform"),
    "省工业和信息化厅": ("gxt", "瀚川省工业和信息化厅", "industry_it"),
    "省科技厅": ("kjt", "瀚川省科学技术厅", "science_technology"),
    "省数据局": ("sjj", "瀚川省数据局", "big_data"),
    "省能源局": ("nyj", "瀚川省能源局", "development_reform"),
    "省通信管理局": ("txj", "瀚川省通信管理局", "industry_it"),
    "各市人民政府": ("gs", "瀚川省各市人民政府", "local_government"),
    "省农业农村厅": ("nyt", "瀚川省农业农村厅", "agriculture"),
    "省文化和旅游厅": ("wlt", "瀚川省文化和旅游厅", "culture_tourism"),
    "省卫生健康委": ("wjw", "瀚川省卫生健康委员会", "health"),
    "省教育厅": ("jyt", "瀚川省教育厅", "education"),
    "省商务厅": ("swt", "瀚川省商务厅", "commerce"),
    "省人力资源社会保障厅": ("rst", "瀚川省人力资源和社会保障厅", "human_resources"),
    "省委组织部": ("zzb", "中共瀚川省委组织部", "party_organisation"),
    "省财政厅": ("czt", "瀚川省财政厅", "finance"),
    "省委网信办": ("wxb", "中共瀚川省委网络安全和信息化委员会办公室", "publicity"),
    "省公安厅": ("gat", "瀚川省公安厅", "public_security"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "瀚川省“人工智能+”行动计划（2026—2027年）"
DOC_NUMBER = "瀚政办发〔2026〕18号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Hanchuan Province “AI+” action plan (2026–2027) — synthetic",
    "issuer": "瀚川省人民政府办公厅",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-15",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"《{TITLE}》已经省人民政府同意，现印发给你们，请结合实际认真贯彻落实。各市人民政府要按照附件分解的目标任务，于2026年5月底前制定本地区具体实施方案并报省工业和信息化厅备案。"
PREAMBLE = "为贯彻落实国家关于深入实施“人工智能+”行动的部署要求，发挥我省能源资源富集、算力成本较低、应用场景丰富等优势，加快推动人工智能与经济社会各领域深度融合，打造西北地区人工智能创新应用高地，制定本行动计划。"
GENERAL = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，统筹算力、数据、模型、场景和生态建设，坚持需求导向、应用牵引，坚持省级统筹、市级落实，坚持创新驱动、安全可控，以“算力西输、场景东引”为突破口，推动人工智能赋能能源化工、现代农业、文化旅游和公共服务，加快形成具有瀚川特色的“人工智能+”发展格局。"
BASIS = "近年来，全省数字经济加快发展，算力基础设施建设走在西北地区前列。2025年，全省人工智能核心产业规模达到150亿元，智能算力规模达到1800P，人工智能企业达到320家，建成“人工智能+”典型应用场景120个。同时，全省人工智能产业规模总体偏小，高端人才和创新资源相对不足，各市发展不平衡，人工智能与实体经济融合的广度和深度有待提升。"
GOAL_TEXT = "到2027年，全省人工智能核心产业规模达到300亿元，智能算力规模突破5000P，打造“人工智能+”典型应用场景300个，培育人工智能企业500家以上，重点行业规上企业数字化转型覆盖率达到85%，人工智能与实体经济融合发展水平进入西北地区前列。2026年，全省人工智能核心产业规模达到220亿元，智能算力规模达到3000P。各市目标任务分解见附件。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        300,
        "全省人工智能核心产业规模达到300亿元",
        kind="ai_industry_scale",
    ),
    T("智能算力规模", "P", "gt", 5000, "智能算力规模突破5000P", kind="computing_power"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        300,
        "打造“人工智能+”典型应用场景300个",
        kind="application_scenarios",
    ),
    T("人工智能企业", "家", "gte", 500, "培育人工智能企业500家以上", kind="ai_enterprises"),
    T("重点行业规上企业数字化转型覆盖率", "%", "eq", 85, "重点行业规上企业数字化转型覆盖率达到85%"),
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        220,
        "全省人工智能核心产业规模达到220亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    T(
        "智能算力规模",
        "P",
        "eq",
        3000,
        "智能算力规模达到3000P",
        kind="computing_power",
        deadline=2026,
    ),
]

ANNEX_CAPTION = "瀚川省“人工智能+”行动主要目标任务分解表（2027年）"
COLUMNS = [
    ("人工智能核心产业规模", "亿元", "ai_industry_scale"),
    ("智能算力规模", "P", "computing_power"),
    ("“人工智能+”典型应用场景", "个", "application_scenarios"),
    ("人工智能企业", "家", "ai_enterprises"),
]
CITIES = [
    ("瀚州市", [120, 2500, 90, 200]),
    ("安塬市", [55, 900, 50, 90]),
    ("碛东市", [40, 600, 45, 70]),
    ("柳沙市", [35, 500, 40, 60]),
    ("驼岭市", [25, 300, 35, 40]),
    ("盐泽市", [25, 200, 40, 40]),
]
TOTAL = ("全省", [300, 5000, 300, 500])
ANNEX_NOTE = "注：各市目标值为2027年底应达到的数值，全省目标为各市目标之和。"
for _c in range(len(COLUMNS)):
    assert sum(v[_c] for _, v in CITIES) == TOTAL[1][_c]


def _annex_targets():
    """Each city's cell: a target of its own, its metric naming the city, part of (parent) the body's province total of
    the column (T1–T4: the goal paragraph's first four targets). The 全省 row restates the body's totals: no target."""
    out = []
    for city, values in CITIES:
        for c, v in enumerate(values):
            metric, unit, kind = COLUMNS[c]
            phrase = " ".join([city, *(str(x) for x in values[: c + 1])])
            out.append(T(f"{city}{metric}", unit, "eq", v, phrase, kind=kind, parent=f"T{c + 1}"))
    return out


# (title, rest, annotation, lead, supporting, responsible, [targets])
TASKS = [
    (
        "建设全省一体化算力网络",
        "统筹布局瀚州、安塬两个智算集群，推动算力资源跨市调度和余缺互济，到2027年全省新增智能算力3000P。新建数据中心电能利用效率不高于1.25，可再生能源使用比例逐年提高。",
        "（省发展改革委牵头，省数据局、省能源局、省通信管理局，各市人民政府按职责分工负责）",
        ["省发展改革委"],
        [],
        ["省数据局", "省能源局", "省通信管理局", "各市人民政府"],
        [
            # rCG (SEEN): 布局 makes what it counts — "统筹布局A、B两个智算集群" commits to two clusters (SOURCES.md, "A
            # count of the things just named": after a verb of making, a target); no year of its own → 2027.
            T("智算集群", "个", "eq", 2, "统筹布局瀚州、安塬两个智算集群", kind="computing_power"),
            T(
                "新增智能算力",
                "P",
                "eq",
                3000,
                "到2027年全省新增智能算力3000P",
                kind="computing_power",
                aggregation="flow",
            ),
        ],
    ),
    (
        "推进高质量数据集建设",
        "健全公共数据资源目录，推动能源、农业、文旅、交通等领域数据开放共享，建设高质量行业数据集30个，培育数据标注、数据治理等数据服务企业。探索公共数据授权运营，推动数据要素市场化配置。",
        "（省数据局牵头，省发展改革委、省工业和信息化厅配合）",
        ["省数据局"],
        ["省发展改革委", "省工业和信息化厅"],
        [],
        [T("高质量行业数据集", "个", "eq", 30, "建设高质量行业数据集30个")],
    ),
    (
        "打造特色行业大模型",
        "支持龙头企业联合高校和科研院所，围绕煤化工、新能源、现代农业、文化旅游等领域研发行业大模型，到2027年形成行业大模型10个以上，推动大模型在生产经营关键环节落地应用。支持建设大模型训练和评测公共服务平台，降低企业研发成本。",
        "（省科技厅牵头，省工业和信息化厅配合）",
        ["省科技厅"],
        ["省工业和信息化厅"],
        [],
        [T("行业大模型", "个", "gte", 10, "到2027年形成行业大模型10个以上")],
    ),
    (
        "实施“人工智能+制造”行动",
        "推动规上工业企业智能化改造和数字化转型，推广智能排产、质量检测、设备预测性维护等应用，每年实施智能化改造项目300个，到2027年建成省级智能工厂100家。",
        "（省工业和信息化厅牵头，各市人民政府配合）",
        ["省工业和信息化厅"],
        ["各市人民政府"],
        [],
        [
            T("实施智能化改造项目", "个", "eq", 300, "每年实施智能化改造项目300个", per_year=True),
            T("省级智能工厂", "家", "eq", 100, "到2027年建成省级智能工厂100家"),
        ],
    ),
    (
        "实施“人工智能+能源”行动",
        "建设新能源场站智能运维平台和电网智能调度系统，推动煤矿智能化建设，到2027年风电、光伏场站智能化运维覆盖率达到80%。",
        "（省能源局牵头，省发展改革委配合）",
        ["省能源局"],
        ["省发展改革委"],
        [],
        [
            T(
                "风电、光伏场站智能化运维覆盖率",
                "%",
                "eq",
                80,
                "风电、光伏场站智能化运维覆盖率达到80%",
            )
        ],
    ),
    (
        "实施“人工智能+农业”行动",
        "推广节水灌溉智能控制、病虫害智能识别、农机自动驾驶等技术，建设智慧农业示范基地50个，提升戈壁农业、设施农业智能化水平。建设农业农村大数据平台，推动农产品产销智能对接。",
        "（省农业农村厅牵头，省数据局配合）",
        ["省农业农村厅"],
        ["省数据局"],
        [],
        [T("智慧农业示范基地", "个", "eq", 50, "建设智慧农业示范基地50个")],
    ),
    (
        "实施“人工智能+文旅”行动",
        "推动丝路文化遗产数字化保护和智能导览，打造智慧景区30个，推广“一部手机游瀚川”智能服务。支持景区开发沉浸式体验、智能讲解等新产品，提升游客服务体验。",
        "（省文化和旅游厅牵头，各市人民政府配合）",
        ["省文化和旅游厅"],
        ["各市人民政府"],
        [],
        [T("智慧景区", "个", "eq", 30, "打造智慧景区30个")],
    ),
    (
        "实施“人工智能+政务服务”行动",
        "建设全省统一的政务大模型服务平台，推动政务服务智能问答、智能审批和“一件事”智能办理，到2027年省级高频政务服务事项智能办理率达到90%。",
        "（省数据局负责）",
        [],
        [],
        ["省数据局"],
        [
            T(
                "省级高频政务服务事项智能办理率",
                "%",
                "eq",
                90,
                "到2027年省级高频政务服务事项智能办理率达到90%",
            )
        ],
    ),
    (
        "实施“人工智能+社会民生”行动",
        "推动三级医院人工智能辅助诊断应用，发展智慧养老和智慧社区服务，建设人工智能教育基地100个，推进人工智能通识教育进校园。推动优质医疗、教育资源通过智能化手段向基层延伸。",
        "（省卫生健康委、省教育厅按职责分工负责）",
        [],
        [],
        ["省卫生健康委", "省教育厅"],
        [T("人工智能教育基地", "个", "eq", 100, "建设人工智能教育基地100个")],
    ),
    (
        "培育壮大人工智能企业",
        "实施人工智能企业梯度培育工程，到2027年全省人工智能企业达到500家以上，其中培育人工智能领域专精特新企业50家，引进一批人工智能头部企业区域总部和研发中心。",
        "（省工业和信息化厅牵头，省科技厅、省商务厅配合）",
        ["省工业和信息化厅"],
        ["省科技厅", "省商务厅"],
        [],
        [
            T(
                "人工智能领域专精特新企业",
                "家",
                "eq",
                50,
                "培育人工智能领域专精特新企业50家",
                kind="ai_enterprises",
                parent="T4",
            )
        ],
    ),
    (
        "加强人工智能人才引育",
        "实施“瀚川英才”人工智能专项，引进一批领军人才和创新团队，每年培训人工智能应用人才5万人次，支持省内高校建设人工智能学院。完善人才评价和激励机制，为人工智能人才在住房、子女入学等方面提供便利。",
        "（省人力资源社会保障厅牵头，省教育厅、省委组织部配合）",
        ["省人力资源社会保障厅"],
        ["省教育厅", "省委组织部"],
        [],
        [
            T(
                "培训人工智能应用人才",
                "人次",
                "eq",
                50000,
                "每年培训人工智能应用人才5万人次",
                kind="talent",
                per_year=True,
            )
        ],
    ),
    (
        "深化开放合作",
        "深度融入“一带一路”建设，办好丝路人工智能合作大会，推动与中亚国家在智能农业、智慧能源等领域开展合作，吸引东部地区人工智能企业来瀚布局。加强与东部省市算力、数据和产业协作，推动“东数西算”重点项目落地。",
        "（省商务厅牵头，省工业和信息化厅配合）",
        ["省商务厅"],
        ["省工业和信息化厅"],
        [],
        [],
    ),
]

SAFEGUARDS = [
    (
        "加强统筹协调",
        "建立省“人工智能+”行动工作专班，专班办公室设在省工业和信息化厅，负责日常工作。各市人民政府要对照附件分解的目标任务，明确责任分工，抓好组织实施。",
        None,
        [],
        [],
    ),
    (
        "加大政策支持",
        "统筹省级相关专项资金，支持算力设施、行业大模型和典型场景建设，鼓励金融机构加大对人工智能企业的信贷支持。",
        "（省财政厅牵头，省发展改革委配合）",
        ["省财政厅"],
        ["省发展改革委"],
    ),
    (
        "筑牢安全屏障",
        "健全人工智能安全监测预警和应急处置机制，加强数据安全和个人信息保护，开展生成式人工智能服务安全评估。加强人工智能伦理规范宣传引导，防范深度伪造、算法歧视等风险。",
        "（省委网信办、省公安厅按职责分工负责）",
        [],
        [],
    ),
    (
        "强化监测评估",
        "建立“人工智能+”行动统计监测和评估制度，按年度对各市目标任务完成情况进行通报。",
        None,
        [],
        [],
    ),
]
SAFEGUARD_RESP = {"筑牢安全屏障": ["省委网信办", "省公安厅"]}
NUMERALS = "一二三四五六七八九十"


def cn(n):
    return NUMERALS[n - 1] if n <= 10 else "十" + NUMERALS[n - 11]


def _build():
    blocks = [
        ("head", "瀚川省人民政府办公厅文件"),
        ("docno", DOC_NUMBER),
        ("title", f"瀚川省人民政府办公厅关于印发{TITLE}的通知"),
        ("addressee", "各市人民政府，省政府各部门、各直属机构："),
        ("body", NOTICE),
        ("sign", "瀚川省人民政府办公厅"),
        ("date", "2026年4月15日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("h1", "一、总体要求"),
        ("body", GENERAL),
        ("body", BASIS),
        ("h1", "二、行动目标"),
        ("body", GOAL_TEXT),
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    header = ["地区", *(f"{m}（{u}）" for m, u, _ in COLUMNS)]
    rows = [header, *([c, *(str(v) for v in vals)] for c, vals in [*CITIES, TOTAL])]
    goals = [
        Goal("到2027年", GOAL_TEXT, GOAL_TARGETS),
        Goal(ANNEX_CAPTION, "\n".join(" ".join(r) for r in rows), _annex_targets()),
    ]
    blocks.append(("h1", "三、重点任务"))
    tasks = []
    for n, (title, rest, ann, lead, sup, resp, targets) in enumerate(TASKS, 1):
        no = f"（{cn(n)}）"
        blocks.append(("item", (f"{no}{title}。", rest + ann)))
        code = {p: A[p][0] for p in A}
        tasks.append(
            Task(
                no,
                title,
                f"{title}。{rest}{ann}",
                lead=[code[x] for x in lead],
                supporting=[code[x] for x in sup],
                responsible=[code[x] for x in resp],
            )
        )
        for t in targets:
            assert t.phrase in rest, t.phrase
        if targets:
            goals.append(Goal(title, f"{title}。{rest}", targets, numbering=no))
    sections = [Section("三", "三、", "重点任务", "key_task", tasks)]
    blocks.append(("h1", "四、保障措施"))
    sg = []
    for n, (title, rest, ann, lead, sup) in enumerate(SAFEGUARDS, 1):
        no = f"（{cn(n)}）"
        blocks.append(("item", (f"{no}{title}。", rest + (ann or ""))))
        resp = SAFEGUARD_RESP.get(title, [])
        sg.append(
            Task(
                no,
                title,
                f"{title}。{rest}{ann or ''}",
                lead=[A[x][0] for x in lead],
                supporting=[A[x][0] for x in sup],
                responsible=[A[x][0] for x in resp],
            )
        )
    sections.append(Section("四", "四、", "保障措施", "safeguard", sg))
    blocks += [
        ("pagebreak", ""),
        ("h1", "附件"),
        ("caption", ANNEX_CAPTION),
        ("grid", rows),
        ("note", ANNEX_NOTE),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "hanchuan-province",
        "name": "瀚川省",
        "name_en": "Hanchuan Province",
        "level": "municipality",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 瀚川省“人工智能+”行动计划（2026—2027年） (瀚川省人民政府办公厅, 瀚政办发〔2026〕18号, 2026-04-15)
# — SYNTHETIC (synthetic_cg): WRITTEN by the collector (helper blindCG, 2026-12-07) before reading or running the importer; no
#   such document (and no 瀚川省, 瀚州市, 安塬市, 碛东市, 柳沙市, 驼岭市, 盐泽市) exists. Built by make_files.py from
#   doc_hanchuan.py as .docx, printed to PDF by LibreOffice.
# Zone hanchuan-province (an invented province of 西北) → municipality level (the schema's provincial level); period 2026–2027.
# Outline: red head, 发文字号, notice (its 2026年5月底前 is the cities' reporting date: no task, no target), page break, title,
#   preamble; 一、总体要求 = a guiding paragraph and a 2025 paragraph (150亿元, 1800P, 320家, 120个: baselines, no targets), no
#   task; 二、行动目标 = one paragraph "到2027年，…。2026年，…。各市目标任务分解见附件。" → a goal
#   titled 到2027年 (7 targets: five due 2027, the two of its "2026年" sentence due 2026); 三、重点任务 （一）–（十二） → key_task
#   tasks; 四、保障措施 （一）–（四） → safeguard tasks, (二) and (三) annotated; page break; the ANNEX.
# The annex 主要目标任务分解表（2027年）: rows 瀚州市 … 盐泽市 and 全省, columns 地区 and four indicators (units in the header).
#   → a goal titled by its caption (text = its rows as read, cells space-separated). Each CITY cell is a target of its own: its
#   metric names the city (瀚州市人工智能核心产业规模 — a quota for a unit below the plan's level, SOURCES.md), eq (a bare
#   figure), due 2027, stock, and its parent is the body's province total of that indicator (T1 核心产业规模 300亿元, T2 智能算力
#   突破5000P, T3 应用场景300个, T4 企业500家以上): the note says the province figure is the sum of the cities'. The 全省 row
#   restates the body's totals (same value, unit, year) → no target. source_phrase = the city's row up to the cell. The cities
#   are not agencies: no role is given to any one city (各市人民政府, the collective, is named in annotations).
# Tasks: title = the bold phrase before the first 。; text = title + body + annotation (no number). "（X牵头，Y、Z配合）" → lead /
#   supporting; "（X牵头，Y、Z，各市人民政府按职责分工负责）" → X lead, the others responsible; "（X负责）" and "（X、Y按职责分工负
#   责）" → responsible. 各市人民政府 → ONE collective agency. Every task holding figures is also a goal titled like it (text
#   without annotation); figures with no year of their own → due 2027 (plan end); 每年… → per_year flow; 新增 → flow.
#   （十）'s "到2027年全省人工智能企业达到500家以上" restates the goal (no target); "其中培育…专精特新企业50家" → parent T4.
#   Not targets: 电能利用效率不高于1.25 (a condition on new data centres); 2026年5月底前 (a reporting date).
#   统筹布局瀚州、安塬两个智算集群 → 智算集群 2个 (a count after a verb of making; added by rule helper rCG after measurement 1).
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""湘沅省“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_cf). Built as .docx and printed to PDF by
LibreOffice: the 办公厅 notice, the plan (一、总体要求 （一）指导思想 （二）主要目标 = one dated paragraph closing "具体指标见
附件1"; 二、重点任务 （一）–（九）, each one paragraph closing on "（省X牵头，省Y、各市州人民政府按职责分工负责）", several of them
naming a policy document to be issued; 三、保障措施 （一）–（四） unannotated; the 附件 list), then two annexes beside it:
附件1 主要指标 (一级指标 merged over its rows | 二级指标 | 单位 | 2025年基期值 | 2026年目标 | 2027年目标 | 指标属性) and
附件2 配套政策清单 (序号 | 政策名称 | 牵头单位 | 出台时间), every policy one a body task commits to."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "xiangyuan-ai-plus-implementation-2026-synthetic"
KIND = "pdf"

A = {
    "省发展改革委": ("fgw", "湘沅省发展和改革委员会", "development_reform"),
    "省数据局": ("sjj", "湘沅省数据局", "big_data"),
    "省通信管理局": ("txj", "湘沅省通信管理局", "industry_it"),
    "省工业和信息化厅": ("gxt", "湘沅省工业和信息化厅", "industry_it"),
    "各市州人民政府": ("sz", "湘沅省各市州人民政府", "local_government"),
    "省财政厅": ("czt", "湘沅省财政厅", "finance"),
    "省科技厅": ("kjt", "湘沅省科学技术厅", "science_technology"),
    "省农业农村厅": ("nyt", "湘沅省农业农村厅", "agriculture"),
    "省卫生健康委": ("wjw", "湘沅省卫生健康委员会", "health"),
    "省医保局": ("ybj", "湘沅省医疗保障局", "health"),
    "省教育厅": ("jyt", "湘沅省教育厅", "education"),
    "省人力资源社会保障厅": ("rst", "湘沅省人力资源和社会保障厅", "human_resources"),
    "省委金融办": ("jrb", "中共湘沅省委金融委员会办公室", "financial_regulation"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def codes(names):
    return [A[n][0] for n in names if n in A]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "湘沅省“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "湘沅政办发〔2026〕11号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Xiangyuan Province “AI+” action implementation plan (2026–2027) — synthetic",
    "issuer": "湘沅省人民政府办公厅",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-02",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"《{TITLE}》已经省人民政府同意，现印发给你们，请认真贯彻执行。"
PREAMBLE = "为全面贯彻国家关于深入实施“人工智能+”行动的部署要求，加快推动人工智能与经济社会各领域深度融合，培育壮大智能经济新形态，助力我省建设中部地区先进制造业高地和科技创新高地，制定本实施方案。"
BASE = "近年来，我省人工智能产业加快发展，创新能力和应用水平稳步提升。2025年，全省人工智能核心产业规模达到860亿元，智能算力规模达到8000P，人工智能企业1200家，打造“人工智能+”标杆场景85个，建成国家级人工智能创新平台6个。同时，我省人工智能发展仍面临高端算力供给不足、高质量数据集缺乏、行业应用深度不够、领军企业和高端人才偏少等问题，必须抢抓机遇、乘势而上，以更大力度推进“人工智能+”行动。"
GUIDE = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，坚持应用牵引、场景驱动、企业主体、安全可控，以算力网和数据要素为基础，以重点行业融合应用为主攻方向，以人才和资本为支撑，推动人工智能技术创新、产业培育和场景应用协同发展，为现代化新湘沅建设注入强劲动能。"
G1_TEXT = "到2027年，全省人工智能核心产业规模突破1500亿元，智能算力规模达到2万P，规模以上工业企业智能化改造覆盖率达到70%，打造“人工智能+”标杆场景300个，人工智能与实体经济融合发展水平进入中部地区前列，成为全国重要的“人工智能+”应用创新高地。具体指标见附件1。"
G1 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        1500,
        "全省人工智能核心产业规模突破1500亿元",
        kind="ai_industry_scale",
    ),
    T("智能算力规模", "P", "eq", 20000, "智能算力规模达到2万P", kind="computing_power"),
    T("规模以上工业企业智能化改造覆盖率", "%", "eq", 70, "规模以上工业企业智能化改造覆盖率达到70%"),
    T(
        "“人工智能+”标杆场景",
        "个",
        "eq",
        300,
        "打造“人工智能+”标杆场景300个",
        kind="application_scenarios",
    ),
]

# (title, body, lead, responsible, targets, policy named in the body or None)
TASKS = [
    (
        "建设全省一体化算力网",
        "统筹全省数据中心和智算中心布局，建设“湘沅算力网”省级调度平台，推动各市州算力资源互联互通、统一调度，引导新建智算中心向清洁能源富集地区集聚布局，新建数据中心电能利用效率不高于1.25。支持基础电信企业建设全光算力专网，实现市州智算中心之间高速直连。",
        ["省发展改革委", "省数据局"],
        ["省通信管理局", "省工业和信息化厅", "各市州人民政府"],
        [],  # 电能利用效率不高于1.25: a condition every new data centre meets, no target
    ),
    (
        "推动算力普惠供给",
        "研究出台《湘沅省算力券管理办法》，对中小企业和科研机构使用智能算力给予补贴，单个企业年度补贴额度不超过100万元。推动国产算力芯片和软硬件适配应用，降低全社会用算成本。鼓励算力服务企业开发面向中小企业的“模型+算力+数据”一站式服务产品。",
        ["省工业和信息化厅"],
        ["省财政厅", "省数据局"],
        [],
    ),
    (
        "推进数据要素开发利用",
        "制定《湘沅省公共数据授权运营管理办法》，推动公共数据分级分类开放，支持建设工业、交通、医疗等行业数据空间和数据标注基地，培育数据标注、数据经纪等新业态。探索建立数据产品登记和收益分配机制，推动数据资源向数据资产转化。",
        ["省数据局"],
        ["省直有关单位"],
        [],
    ),
    (
        "实施“人工智能+制造”行动",
        "制定《湘沅省制造业智能化改造实施细则》，聚焦工程机械、轨道交通、有色金属等优势产业，推动人工智能大模型在研发设计、生产制造、经营管理等环节深度应用，培育省级智能制造示范工厂100家。支持龙头企业联合高校院所打造行业大模型，推动中小企业“看样学样”开展智能化改造。",
        ["省工业和信息化厅"],
        ["省发展改革委", "省科技厅"],
        [T("省级智能制造示范工厂", "家", "eq", 100, "培育省级智能制造示范工厂100家")],
    ),
    (
        "实施“人工智能+农业”行动",
        "推广智能农机、病虫害智能识别和农产品质量追溯应用，建设智慧农业示范基地50个，提升粮食和特色农产品生产智能化水平。",
        ["省农业农村厅"],
        ["省科技厅"],
        [T("智慧农业示范基地", "个", "eq", 50, "建设智慧农业示范基地50个")],
    ),
    (
        "实施“人工智能+医疗健康”行动",
        "推动智能辅助诊疗、智能影像、智慧病案等应用，到2027年，二级以上医院智能辅助诊疗覆盖率达到90%，推进医保基金智能监管。支持省级区域医疗中心建设医学人工智能创新平台，推动优质医疗资源通过智能化手段下沉基层。",
        ["省卫生健康委"],
        ["省医保局"],
        [
            T(
                "二级以上医院智能辅助诊疗覆盖率",
                "%",
                "eq",
                90,
                "二级以上医院智能辅助诊疗覆盖率达到90%",
            )
        ],
    ),
    (
        "实施“人工智能+教育”行动",
        "出台《湘沅省中小学人工智能教育指导意见》，建设人工智能教育示范校200所，推动人工智能通识教育覆盖全部中小学。推广智能教学助手和学情分析应用，提升教师运用人工智能开展教学的能力。",
        ["省教育厅"],
        ["省科技厅"],
        [T("人工智能教育示范校", "所", "eq", 200, "建设人工智能教育示范校200所")],
    ),
    (
        "加强人工智能人才引育",
        "制定《湘沅省人工智能人才引进培育若干措施》，支持高校建设人工智能学院和现代产业学院，每年培训人工智能应用人才1万人次。",
        ["省人力资源社会保障厅"],
        ["省教育厅", "省科技厅"],
        [
            T(
                "培训人工智能应用人才",
                "人次",
                "eq",
                10000,
                "每年培训人工智能应用人才1万人次",
                kind="talent",
                per_year=True,
            )
        ],
    ),
    (
        "强化金融资本支持",
        "制定《湘沅省支持人工智能企业上市融资若干措施》，设立规模100亿元的省人工智能产业投资基金，引导社会资本投早、投小、投硬科技。",
        ["省委金融办"],
        ["省财政厅"],
        [],  # 设立规模100亿元的…基金: a fund being set up, no target
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强统筹协调",
        "建立全省“人工智能+”行动推进机制，统筹解决跨区域、跨部门重大问题。各市州要结合实际制定具体实施举措，形成省市联动、协同推进的工作格局。",
    ),
    (
        "（二）",
        "强化政策落实",
        "省直有关单位要按照附件2确定的时间节点出台配套政策，加强政策宣传解读，推动惠企政策直达快享。",
    ),
    (
        "（三）",
        "守牢安全底线",
        "落实网络安全、数据安全和个人信息保护制度，加强人工智能伦理审查和生成式人工智能服务备案管理，提升风险监测预警和应急处置能力。",
    ),
    (
        "（四）",
        "加强监测评估",
        "建立“人工智能+”行动指标监测体系，对附件1所列指标开展年度监测，及时评估实施成效，重要情况及时报告省人民政府。",
    ),
]

ANNEX1 = "湘沅省“人工智能+”行动主要指标"
ANNEX2 = "湘沅省“人工智能+”行动配套政策清单"

# (一级指标 or "", 二级指标, 单位, 基期, 2026, 2027, 属性, targets)
# a column's value is a target unless the body printed the same figure (same value, unit, year) first
_CORE = "人工智能核心产业规模"
ROWS = [
    (
        "产业发展",
        _CORE,
        "亿元",
        "860",
        "1100",
        "1500",
        "预期性",
        [
            (
                "2026",
                T(
                    _CORE,
                    "亿元",
                    "eq",
                    1100,
                    "人工智能核心产业规模 亿元 860 1100",
                    kind="ai_industry_scale",
                    deadline=2026,
                ),
            )
        ],
    ),
    (
        "",
        "人工智能企业数量",
        "家",
        "1200",
        "1500",
        "2000",
        "预期性",
        [
            (
                "2026",
                T(
                    "人工智能企业数量",
                    "家",
                    "eq",
                    1500,
                    "人工智能企业数量 家 1200 1500",
                    kind="ai_enterprises",
                    deadline=2026,
                ),
            ),
            (
                "2027",
                T(
                    "人工智能企业数量",
                    "家",
                    "eq",
                    2000,
                    "人工智能企业数量 家 1200 1500 2000",
                    kind="ai_enterprises",
                    deadline=2027,
                ),
            ),
        ],
    ),
    (
        "",
        "国家级人工智能创新平台",
        "个",
        "6",
        "—",
        "10",
        "预期性",
        [
            (
                "2027",
                T(
                    "国家级人工智能创新平台",
                    "个",
                    "eq",
                    10,
                    "国家级人工智能创新平台 个 6 — 10",
                    kind="innovation_platforms",
                    deadline=2027,
                ),
            ),
        ],
    ),
    (
        "算力数据",
        "智能算力规模",
        "P",
        "8000",
        "13000",
        "20000",
        "预期性",
        [
            (
                "2026",
                T(
                    "智能算力规模",
                    "P",
                    "eq",
                    13000,
                    "智能算力规模 P 8000 13000",
                    kind="computing_power",
                    deadline=2026,
                ),
            ),
        ],
    ),
    (
        "",
        "算力中心绿色电力使用比例",
        "%",
        "45",
        "55",
        "≥65",
        "约束性",
        [
            (
                "2026",
                T(
                    "算力中心绿色电力使用比例",
                    "%",
                    "eq",
                    55,
                    "算力中心绿色电力使用比例 % 45 55",
                    deadline=2026,
                ),
            ),
            (
                "2027",
                T(
                    "算力中心绿色电力使用比例",
                    "%",
                    "gte",
                    65,
                    "算力中心绿色电力使用比例 % 45 55 ≥65",
                    deadline=2027,
                ),
            ),
        ],
    ),
    (
        "",
        "行业高质量数据集",
        "个",
        "40",
        "120",
        "200",
        "预期性",
        [
            (
                "2026",
                T("行业高质量数据集", "个", "eq", 120, "行业高质量数据集 个 40 120", deadline=2026),
            ),
            (
                "2027",
                T(
                    "行业高质量数据集",
                    "个",
                    "eq",
                    200,
                    "行业高质量数据集 个 40 120 200",
                    deadline=2027,
                ),
            ),
        ],
    ),
    (
        "融合应用",
        "规模以上工业企业智能化改造覆盖率",
        "%",
        "48",
        "60",
        "70",
        "预期性",
        [
            (
                "2026",
                T(
                    "规模以上工业企业智能化改造覆盖率",
                    "%",
                    "eq",
                    60,
                    "规模以上工业企业智能化改造覆盖率 % 48 60",
                    deadline=2026,
                ),
            ),
        ],
    ),
    (
        "",
        "“人工智能+”标杆场景",
        "个",
        "85",
        "180",
        "300",
        "预期性",
        [
            (
                "2026",
                T(
                    "“人工智能+”标杆场景",
                    "个",
                    "eq",
                    180,
                    "“人工智能+”标杆场景 个 85 180",
                    kind="application_scenarios",
                    deadline=2026,
                ),
            ),
        ],
    ),
    (
        "",
        "二级以上医院智能辅助诊疗覆盖率",
        "%",
        "52",
        "75",
        "90",
        "预期性",
        [
            (
                "2026",
                T(
                    "二级以上医院智能辅助诊疗覆盖率",
                    "%",
                    "eq",
                    75,
                    "二级以上医院智能辅助诊疗覆盖率 % 52 75",
                    deadline=2026,
                ),
            ),
        ],
    ),
    (
        "人才支撑",
        "人工智能从业人员",
        "万人",
        "8.5",
        "10",
        "12",
        "预期性",
        [
            (
                "2026",
                T(
                    "人工智能从业人员",
                    "人",
                    "eq",
                    100000,
                    "人工智能从业人员 万人 8.5 10",
                    kind="talent",
                    deadline=2026,
                ),
            ),
            (
                "2027",
                T(
                    "人工智能从业人员",
                    "人",
                    "eq",
                    120000,
                    "人工智能从业人员 万人 8.5 10 12",
                    kind="talent",
                    deadline=2027,
                ),
            ),
        ],
    ),
]
# table rows (header = 0) sharing an 一级指标 cell; 人才支撑 stands alone
MERGES = [(1, 3), (4, 6), (7, 9)]

POLICIES = [
    ("《湘沅省算力券管理办法》", "省工业和信息化厅", "2026年6月"),
    ("《湘沅省公共数据授权运营管理办法》", "省数据局", "2026年9月"),
    ("《湘沅省制造业智能化改造实施细则》", "省工业和信息化厅", "2026年6月"),
    ("《湘沅省中小学人工智能教育指导意见》", "省教育厅", "2026年12月"),
    ("《湘沅省人工智能人才引进培育若干措施》", "省人力资源社会保障厅", "2026年9月"),
    ("《湘沅省支持人工智能企业上市融资若干措施》", "省委金融办", "2026年12月"),
]

NUMERALS = "一二三四五六七八九十"


def ann(lead, resp):
    return f"（{'、'.join(lead)}牵头，{'、'.join(resp)}按职责分工负责）"


def _build():
    blocks = [
        ("head", "湘沅省人民政府办公厅文件"),
        ("docno", DOC_NUMBER),
        ("title", f"湘沅省人民政府办公厅关于印发《{TITLE}》的通知"),
        ("addressee", "各市州人民政府，省政府各厅委、各直属机构："),
        ("body", NOTICE),
        ("sign", "湘沅省人民政府办公厅"),
        ("date", "2026年4月2日"),
        ("body", "（此件主动公开）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("body", BASE),
        ("h1", "一、总体要求"),
        ("h2", "（一）指导思想"),
        ("body", GUIDE),
        ("h2", "（二）主要目标"),
        ("body", G1_TEXT),
        ("h1", "二、重点任务"),
    ]
    for t in G1:
        assert t.phrase in G1_TEXT, t.phrase
    goals = [Goal("到2027年", G1_TEXT, G1)]
    tasks = []
    for i, (title, body, lead, resp, targets) in enumerate(TASKS):
        no = f"（{NUMERALS[i]}）"
        a = ann(lead, resp)
        blocks.append(("item", (f"{no}{title}。", body + a)))
        tasks.append(
            Task(no, title, f"{title}。{body}{a}", lead=codes(lead), responsible=codes(resp))
        )
        for t in targets:
            assert t.phrase in body, t.phrase
        if targets:
            goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
    # every policy of 附件2 is one a body task already commits to, with that lead
    for name, lead, _ in POLICIES:
        assert any(name in body and lead in tl for _, body, tl, _, _ in TASKS), name
    sections = [Section("二", "二、", "重点任务", "key_task", tasks)]
    blocks.append(("h1", "三、保障措施"))
    sg = []
    for no, title, text in SAFEGUARDS:
        blocks.append(("item", (f"{no}{title}。", text)))
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("三", "三、", "保障措施", "safeguard", sg))
    table_targets = [t for row in ROWS for _, t in row[7]]
    goals.append(Goal(ANNEX1, "", table_targets))  # a table: no text to quote
    blocks += [
        ("addressee", f"附件：1.{ANNEX1}"),
        ("indent", f"2.{ANNEX2}"),
        ("pagebreak", ""),
        ("label", "附件1"),
        ("caption", ANNEX1),
        (
            "indicators",
            (
                [
                    [
                        "一级指标",
                        "二级指标",
                        "单位",
                        "2025年基期值",
                        "2026年目标",
                        "2027年目标",
                        "指标属性",
                    ],
                    *[list(r[:7]) for r in ROWS],
                ],
                [2.0, 4.6, 1.4, 2.0, 2.0, 2.0, 1.6],
                MERGES,
            ),
        ),
        ("pagebreak", ""),
        ("label", "附件2"),
        ("caption", ANNEX2),
        (
            "grid",
            (
                [
                    ["序号", "政策名称", "牵头单位", "出台时间"],
                    *[[str(i), *p] for i, p in enumerate(POLICIES, 1)],
                ],
                [1.4, 7.4, 4.2, 2.6],
            ),
        ),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "xiangyuan-province",
        "name": "湘沅省",
        "name_en": "Xiangyuan Province",
        "level": "municipality",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 湘沅省“人工智能+”行动实施方案（2026—2027年） (湘沅省人民政府办公厅, 湘沅政办发〔2026〕11号, 2026-04-02)
# — SYNTHETIC (synthetic_cf): WRITTEN by the collector (helper blindCF, 2026-12-07) before reading or running the importer; no
#   such document or province is claimed to exist (湘沅省, a 中南 province, invented). Built by make_files.py from doc_xiangyuan.py
#   as .docx and printed to PDF by LibreOffice.
# Zone xiangyuan-province (a province → municipality level, the schema's provincial level); period 2026–2027.
# Outline: red head, 发文字号, notice, page break, title, preamble, a paragraph of 2025 baselines (860亿元, 8000P, 1200家, 85个, 6个:
#   no targets); 一、总体要求 （一）指导思想 （二）主要目标 = one dated paragraph
#   "到2027年，…" (4 targets) closing "具体指标见附件1"; 二、重点任务 （一）–（九）, each ONE paragraph "（N）标题。正文（annotation）";
#   三、保障措施 （一）–（四） → safeguard tasks without roles; the 附件 list. Then two ANNEXES beside the plan:
#   附件1 主要指标 (一级指标 merged over its rows | 二级指标 | 单位 | 2025年基期值 | 2026年目标 | 2027年目标 | 指标属性): one goal
#   titled by the annex's title, no text; each 2026 / 2027 value a target due that year — EXCEPT a value the body printed first
#   (same thing, value, unit, year): 核心产业规模 1500 (the body's 突破1500亿元, kept there as gt), 智能算力 20000 (the body's 2万P),
#   智能化改造覆盖率 70, 标杆场景 300 (goals paragraph) and 智能辅助诊疗覆盖率 90 (task （六）, "到2027年") → no second target. The
#   2025年基期值 column is a baseline → no target; "—" → no target for that year; "≥65" → gte; a bare value → eq; 预期性 and 约束性
#   alike are targets (the attribute says how binding, not whether to track). 万人 → 人 multiplied out (10 → 100000, 12 → 120000).
#   附件2 配套政策清单 (政策名称 | 牵头单位 | 出台时间): every policy is named in a body task with the same lead ("研究出台《X》",
#   "制定《X》") → each row restates part of that task → recorded ONCE, as the body task: no task, no due (the month dates one
#   document, not the task), no role of its own, no target.
# Roles: "（X、Y牵头，Z、W按职责分工负责）" → X Y lead, Z W responsible; 各市州人民政府 → ONE collective; "省直有关单位" generic → task
#   （三） has its lead alone; 省委金融办 a party body with a role.
# Targets in tasks: each task holding figures is also a goal titled like the task, numbered like it (text = title + body). 每年培训…1万
#   人次 → per-year flow 10000. Not targets: 电能利用效率不高于1.25 (a condition on every new data centre), 单个企业年度补贴额度不超过
#   100万元 (a cap), 设立规模100亿元的…基金 (a fund being set up), the 2025 baselines.
"""

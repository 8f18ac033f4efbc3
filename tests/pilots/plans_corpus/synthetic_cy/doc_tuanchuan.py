# ruff: noqa: E501  (plan text as the office writes it)
"""湍川省推进“人工智能+”行动计划（2026—2027年） — INVENTED (synthetic_cy). A province's 公文 built as .docx and printed to
PDF by LibreOffice: 红头, 发文字号, the notice, goals for the province as a whole ("到2026年底" / "到2027年"), tasks （一）–（十六）
annotated with province departments and "各市人民政府", safeguards, 抄送 / 印发, and an ANNEX 主要目标分解表: a row per city
(澹州 棠阳 岫平 沣原 潆州), the 2026 and 2027 figures of two indicators across, and a 全省合计 row."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "tuanchuan-province-ai-plus-action-2026-synthetic"
KIND = "pdf"

# printed form → (code, full name, category)
A = {
    "省发展改革委": ("fgw", "湍川省发展和改革委员会", "development_reform"),
    "省工业和信息化厅": ("gxt", "湍川省工业和信息化厅", "industry_it"),
    "省科技厅": ("kjt", "湍川省科学技术厅", "science_technology"),
    "省数据局": ("sjj", "湍川省数据局", "big_data"),
    "省教育厅": ("jyt", "湍川省教育厅", "education"),
    "省财政厅": ("czt", "湍川省财政厅", "finance"),
    "省人力资源社会保障厅": ("rst", "湍川省人力资源和社会保障厅", "human_resources"),
    "省农业农村厅": ("nyt", "湍川省农业农村厅", "agriculture"),
    "省商务厅": ("swt", "湍川省商务厅", "commerce"),
    "省卫生健康委": ("wjw", "湍川省卫生健康委员会", "health"),
    "省医保局": ("ybj", "湍川省医疗保障局", "health"),
    "省交通运输厅": ("jtt", "湍川省交通运输厅", "transport"),
    "省文化和旅游厅": ("wlt", "湍川省文化和旅游厅", "culture_tourism"),
    "省市场监管局": ("scj", "湍川省市场监督管理局", "market_regulation"),
    "省委网信办": ("wxb", "中共湍川省委网络安全和信息化委员会办公室", "publicity"),
    "省地方金融管理局": ("jrj", "湍川省地方金融管理局", "financial_regulation"),
    "省通信管理局": ("txj", "湍川省通信管理局", "industry_it"),
    "各市人民政府": ("gs", "湍川省各市人民政府", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
C = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "湍川省推进“人工智能+”行动计划（2026—2027年）"
DOC_NUMBER = "湍政发〔2026〕5号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Tuanchuan Province action plan for advancing “AI+” (2026–2027) — synthetic",
    "issuer": "湍川省人民政府",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-10",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"现将《{TITLE}》印发给你们，请认真贯彻执行。各市人民政府要对照附件分解的目标任务，制定本地区具体实施方案，于2026年4月30日前报省工业和信息化厅备案。"
BASIS = "近年来，全省人工智能产业加快发展，2025年人工智能核心产业规模达到560亿元，智能算力规模达到8EFLOPS，人工智能相关企业超过900家，一批行业大模型和智能产品在制造、能源、农业等领域落地应用。同时，全省人工智能产业仍存在创新策源能力不强、应用场景开放不足、区域发展不平衡等问题。"
GUIDE = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实国家“人工智能+”行动部署，坚持应用牵引、创新驱动、全省统筹、分市推进，推动人工智能与经济社会各行业各领域广泛深度融合，为建设现代化湍川提供有力支撑。"
G1_TEXT = "到2026年底，全省人工智能核心产业规模达到800亿元，智能算力规模达到15EFLOPS，培育人工智能领军企业20家，重点行业规上企业人工智能应用普及率达到50%。"
G1 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        800,
        "全省人工智能核心产业规模达到800亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    T(
        "智能算力规模",
        "EFLOPS",
        "eq",
        15,
        "智能算力规模达到15EFLOPS",
        kind="computing_power",
        deadline=2026,
    ),
    T(
        "人工智能领军企业",
        "家",
        "eq",
        20,
        "培育人工智能领军企业20家",
        kind="ai_enterprises",
        deadline=2026,
    ),
    T(
        "重点行业规上企业人工智能应用普及率",
        "%",
        "eq",
        50,
        "重点行业规上企业人工智能应用普及率达到50%",
        deadline=2026,
    ),
]
G2_TEXT = "到2027年，全省人工智能核心产业规模突破1200亿元，打造人工智能应用场景500个以上，智能算力规模达到25EFLOPS，人工智能相关企业超过1500家，新一代智能终端普及率达到70%，人工智能赋能经济社会发展的格局基本形成。各市主要目标分解见附件。"
G2 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        1200,
        "全省人工智能核心产业规模突破1200亿元",
        kind="ai_industry_scale",
    ),
    T(
        "人工智能应用场景",
        "个",
        "gte",
        500,
        "打造人工智能应用场景500个以上",
        kind="application_scenarios",
    ),
    T("智能算力规模", "EFLOPS", "eq", 25, "智能算力规模达到25EFLOPS", kind="computing_power"),
    T("人工智能相关企业", "家", "gt", 1500, "人工智能相关企业超过1500家", kind="ai_enterprises"),
    T("新一代智能终端普及率", "%", "eq", 70, "新一代智能终端普及率达到70%"),
]

# tasks: (title, body, annotation, lead, supporting, responsible, targets)
TASKS = [
    (
        "建设全省一体化算力网络",
        "统筹全省智算中心布局，推动澹州、棠阳国家算力枢纽节点扩容，建设省级算力调度平台，实现全省算力资源“一网统管、一键调度”。推动各市存量数据中心智能化改造，到2027年新建智算中心6个。",
        "（省发展改革委、省数据局牵头，省工业和信息化厅、省通信管理局、各市人民政府按职责分工负责）",
        ["省发展改革委", "省数据局"],
        [],
        ["省工业和信息化厅", "省通信管理局", "各市人民政府"],
        [
            T(
                "新建智算中心",
                "个",
                "eq",
                6,
                "到2027年新建智算中心6个",
                aggregation="flow",
            )
        ],
    ),
    (
        "推动高质量数据集建设",
        "围绕装备制造、能源化工、现代农业、医疗健康等重点领域，建设行业高质量数据集，完善数据标注、清洗、评测等产业链条，打造一批高质量行业数据集和数据标注基地。",
        "（牵头单位：省数据局；责任单位：省工业和信息化厅、省农业农村厅、省卫生健康委）",
        ["省数据局"],
        [],
        ["省工业和信息化厅", "省农业农村厅", "省卫生健康委"],
        [],
    ),
    (
        "加强关键技术攻关",
        "实施人工智能重大科技专项，支持高校、科研院所和龙头企业联合开展多模态大模型、具身智能、智能芯片适配等技术攻关，每年组织实施省级重点研发项目30项以上。",
        "（省科技厅牵头，省工业和信息化厅、省教育厅按职责分工负责）",
        ["省科技厅"],
        [],
        ["省工业和信息化厅", "省教育厅"],
        [
            T(
                "省级人工智能重点研发项目",
                "项",
                "gte",
                30,
                "每年组织实施省级重点研发项目30项以上",
                per_year=True,
            )
        ],
    ),
    (
        "建设创新平台和中试基地",
        "支持建设省级人工智能创新中心和重点实验室，在全省布局建设人工智能中试基地10个，每个设区市至少建设1个，为企业提供模型训练、测试验证和场景适配服务。",
        "（省科技厅、省工业和信息化厅牵头，各市人民政府负责）",
        ["省科技厅", "省工业和信息化厅"],
        [],
        ["各市人民政府"],
        [
            T(
                "人工智能中试基地",
                "个",
                "eq",
                10,
                "布局建设人工智能中试基地10个",
                kind="innovation_platforms",
            ),
            T("每个设区市人工智能中试基地", "个", "gte", 1, "每个设区市至少建设1个"),
        ],
    ),
    (
        "推进“人工智能+制造”",
        "实施制造业智能化改造数字化转型行动，推广工业大模型在研发设计、生产制造、质量检测等环节应用，到2027年建成省级智能工厂150家，推动规上工业企业智能化改造全覆盖。",
        "（省工业和信息化厅牵头，各市人民政府负责）",
        ["省工业和信息化厅"],
        [],
        ["各市人民政府"],
        [
            T("省级智能工厂", "家", "eq", 150, "建成省级智能工厂150家"),
        ],
    ),
    (
        "推进“人工智能+能源”",
        "推动人工智能在电网调度、新能源功率预测、油气勘探开发、煤矿智能化开采等场景应用，加快智能化煤矿建设，提升能源系统智能化水平。",
        "（责任单位：省发展改革委、省工业和信息化厅、各市人民政府）",
        [],
        [],
        ["省发展改革委", "省工业和信息化厅", "各市人民政府"],
        [],
    ),
    (
        "推进“人工智能+农业”",
        "推广智能农机装备、病虫害智能识别、精准灌溉施肥等技术，建设一批智慧农业应用基地，推动农业生产经营全链条智能化。",
        "（省农业农村厅牵头，省科技厅、各市人民政府按职责分工负责）",
        ["省农业农村厅"],
        [],
        ["省科技厅", "各市人民政府"],
        [],
    ),
    (
        "推进“人工智能+商贸物流”",
        "支持商贸流通企业应用智能选品、智能客服和数字人直播，推动物流园区建设无人仓、无人配送和智能调度系统，培育一批智慧商圈。",
        "（省商务厅牵头，省交通运输厅配合）",
        ["省商务厅"],
        ["省交通运输厅"],
        [],
        [],
    ),
    (
        "推进“人工智能+交通”",
        "推进高速公路、城市道路智能化改造，推广车路协同和智能网联汽车测试示范，开展自动驾驶公交、无人配送等场景应用。",
        "（省交通运输厅牵头，省工业和信息化厅、各市人民政府按职责分工负责）",
        ["省交通运输厅"],
        [],
        ["省工业和信息化厅", "各市人民政府"],
        [],
    ),
    (
        "推进“人工智能+医疗健康”",
        "推动人工智能辅助诊断、智能导诊、医学影像智能分析在各级医疗机构应用，推动二级以上公立医院普遍开展人工智能辅助诊疗，推进医保智能审核。",
        "（牵头单位：省卫生健康委；配合单位：省医保局）",
        ["省卫生健康委"],
        ["省医保局"],
        [],
        [],
    ),
    (
        "推进“人工智能+教育”",
        "推动人工智能通识教育进中小学课堂，建设一批人工智能教育实验校，支持高校开设人工智能相关专业，推进智能化教学评价改革。",
        "（省教育厅牵头，各市人民政府负责）",
        ["省教育厅"],
        [],
        ["各市人民政府"],
        [],
    ),
    (
        "推进“人工智能+政务服务”",
        "依托全省一体化政务服务平台，推广政务大模型在智能问答、智能审批、辅助决策中的应用，推动高频政务服务事项“智能办”，持续扩大可智能办理事项范围。",
        "（省数据局牵头，各市人民政府负责）",
        ["省数据局"],
        [],
        ["各市人民政府"],
        [],
    ),
    (
        "推进“人工智能+文化旅游”",
        "推动景区、博物馆、文化馆应用智能导览、数字人讲解等服务，开发一批人工智能文创产品，打造一批智慧景区。",
        "（省文化和旅游厅牵头，各市人民政府按职责分工负责）",
        ["省文化和旅游厅"],
        [],
        ["各市人民政府"],
        [],
    ),
    (
        "培育壮大企业主体",
        "建立人工智能企业梯度培育库，支持领军企业开展兼并重组和产业链整合，引导各市围绕主导产业招引人工智能企业，对新认定的独角兽企业给予一次性奖励500万元。",
        "（省工业和信息化厅牵头，省科技厅、省商务厅、各市人民政府按职责分工负责）",
        ["省工业和信息化厅"],
        [],
        ["省科技厅", "省商务厅", "各市人民政府"],
        [],
    ),
    (
        "加强人才引育",
        "实施人工智能卓越工程师培养计划，支持校企共建现代产业学院，大规模开展人工智能应用技能培训，引进一批高层次人工智能人才团队。",
        "（省人力资源社会保障厅、省教育厅按职责分工负责）",
        [],
        [],
        ["省人力资源社会保障厅", "省教育厅"],
        [],
    ),
    (
        "筑牢安全治理底线",
        "建立人工智能安全风险监测预警机制，加强生成式人工智能服务备案管理和算法安全评估，开展人工智能产品质量监督抽查。",
        "（省委网信办牵头，省市场监管局、省通信管理局按职责分工负责）",
        ["省委网信办"],
        [],
        ["省市场监管局", "省通信管理局"],
        [],
    ),
]
SAFEGUARDS = [
    (
        "加强组织领导",
        "建立省推进“人工智能+”行动工作协调机制，协调机制办公室设在省工业和信息化厅，统筹推进全省工作。各市人民政府要落实属地责任，按照附件分解的目标任务，逐项明确责任单位和完成时限。",
        "（省工业和信息化厅、各市人民政府负责）",
        [],
        [],
        ["省工业和信息化厅", "各市人民政府"],
    ),
    (
        "加大要素保障",
        "统筹用好省级相关专项资金，支持人工智能重大项目、创新平台和应用场景建设，引导金融机构加大对人工智能企业的信贷支持，优先保障智算中心用地用能。",
        "（省财政厅、省发展改革委、省地方金融管理局按职责分工负责）",
        [],
        [],
        ["省财政厅", "省发展改革委", "省地方金融管理局"],
    ),
    (
        "强化监测评估",
        "建立“人工智能+”行动统计监测制度，按季度调度各市目标任务完成情况，对分解目标完成进度滞后的市进行通报，年度评估结果纳入省政府督查激励事项。",
        "（省工业和信息化厅牵头，省数据局配合）",
        ["省工业和信息化厅"],
        ["省数据局"],
        [],
    ),
    (
        "营造良好氛围",
        "组织开展人工智能应用大赛和成果展示活动，加强典型案例宣传推广，引导社会各界积极参与“人工智能+”行动。",
        "",
        [],
        [],
        [],
    ),
]

# the annex: city → (core 2026, core 2027, scenes 2026, scenes 2027)
CITIES = [
    ("澹州市", 320, 460, 100, 160),
    ("棠阳市", 180, 270, 70, 110),
    ("岫平市", 120, 190, 50, 90),
    ("沣原市", 100, 160, 45, 80),
    ("潆州市", 80, 120, 35, 60),
]
TOTALS = ("全省合计", 800, 1200, 300, 500)
ANNEX_TITLE = "湍川省“人工智能+”行动主要目标分解表"
HEADER_ROW = [
    "地区",
    "人工智能核心产业规模（亿元）2026年",
    "人工智能核心产业规模（亿元）2027年",
    "人工智能应用场景（个）2026年",
    "人工智能应用场景（个）2027年",
]
NOTE = "注：人工智能应用场景为累计数，各市目标为全省目标的分解任务，各市可结合实际提高目标。"

CC = "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省纪委监委，省法院，省检察院。"
PRINTED = "湍川省人民政府办公厅　　　　　　　　2026年3月10日印发"


def _annex_goal(core26, core27, scenes27):
    """One goal for the annex table: every city's cell a target naming the city, parent the province's figure
    of that thing and year; the 合计 row restates the goals' 800 / 1200 / 500 (no target) but its 2026 scene
    figure (300) is printed nowhere else — the province's own target, first printed here."""
    total_scenes26 = T(
        "人工智能应用场景",
        "个",
        "eq",
        300,
        "全省合计 800 1200 300",
        kind="application_scenarios",
        deadline=2026,
    )
    targets = []
    for name, c26, c27, s26, s27 in CITIES:
        row = f"{name} {c26} {c27} {s26} {s27}"
        targets += [
            T(
                f"{name}人工智能核心产业规模",
                "亿元",
                "eq",
                c26,
                f"{name} {c26}",
                kind="ai_industry_scale",
                deadline=2026,
                parent=core26,
            ),
            T(
                f"{name}人工智能核心产业规模",
                "亿元",
                "eq",
                c27,
                f"{name} {c26} {c27}",
                kind="ai_industry_scale",
                deadline=2027,
                parent=core27,
            ),
            T(
                f"{name}人工智能应用场景",
                "个",
                "eq",
                s26,
                f"{name} {c26} {c27} {s26}",
                kind="application_scenarios",
                deadline=2026,
                parent=total_scenes26,
            ),
            T(
                f"{name}人工智能应用场景",
                "个",
                "eq",
                s27,
                row,
                kind="application_scenarios",
                deadline=2027,
                parent=scenes27,
            ),
        ]
    targets.append(total_scenes26)
    text = "\n".join(" ".join(str(x) for x in row) for row in [HEADER_ROW, *CITIES, TOTALS])
    return Goal(ANNEX_TITLE, text, targets, numbering="附件")


def resolve_parents(goals):
    """A target's parent given as the Target itself → its code (T1, T2 … in goal order)."""
    codes, n = {}, 0
    for g in goals:
        for t in g.targets:
            n += 1
            codes[id(t)] = f"T{n}"
    for g in goals:
        for t in g.targets:
            if isinstance(t.parent, Target):
                t.parent = codes[id(t.parent)]


def _build():
    blocks = [
        ("head", "湍川省人民政府文件"),
        ("docno", DOC_NUMBER),
        ("title", f"湍川省人民政府关于印发{TITLE}的通知"),
        ("addressee", "各市人民政府，省政府各部门、各直属机构："),
        ("body", NOTICE),
        ("sign", "湍川省人民政府"),
        ("date", "2026年3月10日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        (
            "body",
            "为深入实施“人工智能+”行动，加快推动人工智能赋能全省经济社会高质量发展，结合我省实际，制定本行动计划。",
        ),
        ("h1", "一、总体要求"),
        ("h2", "（一）发展基础"),
        ("body", BASIS),
        ("h2", "（二）指导思想"),
        ("body", GUIDE),
        ("h2", "（三）主要目标"),
        ("body", G1_TEXT),
        ("body", G2_TEXT),
        ("h1", "二、重点任务"),
    ]
    for t in G1:
        assert t.phrase in G1_TEXT, t.phrase
    for t in G2:
        assert t.phrase in G2_TEXT, t.phrase
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2027年", G2_TEXT, G2)]
    tasks = []
    nums = "一二三四五六七八九十"
    for i, (title, body, ann, lead, sup, resp, targets) in enumerate(TASKS, 1):
        no = f"（{nums[i - 1] if i <= 10 else '十' + nums[i - 11]}）"
        blocks.append(("item", (f"{no}{title}。", body + ann)))
        tasks.append(
            Task(
                no,
                title,
                f"{title}。{body}{ann}",
                lead=[C[x] for x in lead],
                supporting=[C[x] for x in sup],
                responsible=[C[x] for x in resp],
            )
        )
        for t in targets:
            assert t.phrase in body, t.phrase
        if targets:
            goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
    blocks.append(("h1", "三、保障措施"))
    sg = []
    for i, (title, body, ann, lead, sup, resp) in enumerate(SAFEGUARDS, 1):
        no = f"（{nums[i - 1]}）"
        blocks.append(("item", (f"{no}{title}。", body + ann)))
        sg.append(
            Task(
                no,
                title,
                f"{title}。{body}{ann}",
                lead=[C[x] for x in lead],
                supporting=[C[x] for x in sup],
                responsible=[C[x] for x in resp],
            )
        )
    blocks += [
        ("pagebreak", ""),
        ("addressee", "附件"),
        ("caption", ANNEX_TITLE),
        (
            "table",
            [HEADER_ROW] + [[str(x) for x in row] for row in CITIES] + [[str(x) for x in TOTALS]],
        ),
        ("addressee", NOTE),
        ("rule", ""),
        ("addressee", CC),
        ("addressee", PRINTED),
    ]
    goals.append(_annex_goal(G1[0], G2[0], G2[1]))
    resolve_parents(goals)
    sections = [
        Section("二", "二、", "重点任务", "key_task", tasks),
        Section("三", "三、", "保障措施", "safeguard", sg),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "tuanchuan-province",
        "name": "湍川省",
        "name_en": "Tuanchuan Province",
        "level": "municipality",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 湍川省推进“人工智能+”行动计划（2026—2027年） (湍川省人民政府, 湍政发〔2026〕5号, 2026-03-10)
# — SYNTHETIC (synthetic_cy): WRITTEN by helper blindCY (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_tuanchuan.py as .docx, printed to PDF by LibreOffice.
# Zone tuanchuan-province (an invented province) → municipality level (the schema's provincial level); period 2026–2027.
# Outline: red head, 发文字号, notice ("对照附件分解的目标任务…4月30日前报…备案": a reporting date, no target), page break, title, a
#   purpose line; 一、总体要求 （一）发展基础 (2025 baselines 560亿元, 8EFLOPS, 900家: no targets) （二）指导思想 （三）主要目标 = two
#   dated paragraphs for the province as a whole → goals "到2026年底" (4 targets, due 2026) and "到2027年" (5; "各市主要目标分解见附件"
#   no figure); 二、重点任务 （一）–（十六） "标题。正文（annotation）"; 三、保障措施 （一）–（四） (three annotated); 抄送 / 印发; 附件 the
#   主要目标分解表 (a bordered table: 地区 | 核心产业规模 2026年 | 2027年 | 应用场景 2026年 | 2027年, five city rows, 全省合计) and its 注.
# Roles: "（X、Y牵头，Z、各市人民政府按职责分工负责）" → lead + responsible; "（牵头单位：X；责任单位：Y）" → lead + responsible;
#   "（X牵头，各市人民政府负责）" → lead + responsible; "（X牵头，Y配合）" / "（牵头单位：X；配合单位：Y）" → lead + supporting;
#   "（责任单位：…）", "（X、Y按职责分工负责）", "（X、各市人民政府负责）" → responsible. 各市人民政府 = ONE collective agency. The cities
#   named in the annex (澹州市 …) are no agencies: no annotation names them. "协调机制办公室设在省工业和信息化厅" assigns no role.
# Targets: the goals' nine; task figures due 2027 (plan end) unless dated; "每年…30项以上" per-year; "每个设区市
#   至少建设1个" a quota for each unit below (metric names the unit; SOURCES.md). Not targets: the 2025 baselines, the 独角兽 reward
#   500万元, "规上工业企业智能化改造全覆盖" (no figure).
# The ANNEX (the set's topic; SYNTHETIC_CY.md "Conventions this set adds"): ONE goal titled by the table's caption, numbering 附件.
#   Every city's cell is a target whose metric names the city (澹州市人工智能核心产业规模), eq as printed, due its column's year, parent
#   the province's own target of the same thing and year: 2026 core → T1 (800), 2027 core → T5 (突破1200), 2027 scenes → T6 (500个以上).
#   The 全省合计 row restates 800 / 1200 / 500 → no target; its 2026 scene cell (300) is printed NOWHERE else — the province's own 2026
#   figure, so it IS a target (metric 人工智能应用场景, not naming a place, due 2026), the last of the annex goal, and the parent (T35) of the
#   cities' 2026 scene cells. source_phrase of a cell = its row read from the city's name up to that cell (cells joined by a space).
#   The 注's "累计数" makes the scene cells stock (as every count here); "可结合实际提高目标" no figure.
"""

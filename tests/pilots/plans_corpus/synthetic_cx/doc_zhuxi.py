# ruff: noqa: E501  (plan text as the office writes it)
"""苎溪县人民政府办公室关于调整《苎溪县人工智能产业发展三年行动计划（2024—2026年）》部分目标任务并延期实施的通知 —
INVENTED (synthetic_cx). Built as .docx and printed to PDF by LibreOffice: a 公文 that extends a county's three-year plan to
2027 (一、), lists its adjusted targets in unannotated items "X由50家调整为80家" / "目标值由30%提高至45%" / "完成时限由2026年底
延至2027年6月" (二、), adds new tasks annotated "（牵头单位：X；配合单位：Y；完成时限：…）" (三、), 工作要求 (四、), and an annex
调整后目标任务表 (序号 | 任务 | 原目标 | 调整后目标 | 牵头单位 | 配合单位 | 完成时限) carrying every item's roles and due."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "zhuxi-zhejiang-ai-plan-adjustment-2026-synthetic"
KIND = "pdf"

A = {
    "县发展改革局": ("fgj", "苎溪县发展和改革局", "development_reform"),
    "县经信局": ("jxj", "苎溪县经济和信息化局", "industry_it"),
    "县科技局": ("kjj", "苎溪县科学技术局", "science_technology"),
    "县数据局": ("sjj", "苎溪县数据局", "big_data"),
    "县财政局": ("czj", "苎溪县财政局", "finance"),
    "县统计局": ("tjj", "苎溪县统计局", "statistics"),
    "县人力社保局": ("rsj", "苎溪县人力资源和社会保障局", "human_resources"),
    "县商务局": ("swj", "苎溪县商务局", "commerce"),
    "县农业农村局": ("nyj", "苎溪县农业农村局", "agriculture"),
    "县教育局": ("jyj", "苎溪县教育局", "education"),
    "县卫生健康局": ("wjj", "苎溪县卫生健康局", "health"),
    "县文广旅体局": ("wlj", "苎溪县文化和广电旅游体育局", "culture_tourism"),
    "县市场监管局": ("scj", "苎溪县市场监督管理局", "market_regulation"),
    "苎溪经济开发区管委会": ("kfq", "苎溪经济开发区管理委员会", "park_administration"),
    "各乡镇人民政府、街道办事处": ("xz", "苎溪县各乡镇人民政府、街道办事处", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
C = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, deadline=kw.pop("deadline", 2027), **kw)


OLD = "《苎溪县人工智能产业发展三年行动计划（2024—2026年）》"
TITLE = f"苎溪县人民政府办公室关于调整{OLD}部分目标任务并延期实施的通知"
DOC_NUMBER = "苎政办发〔2026〕38号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Zhuxi County (Zhejiang) notice adjusting targets and tasks of its AI industry three-year plan 2024–2026 and extending it to 2027 — synthetic",
    "issuer": "苎溪县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-09-08",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.pdf",
}

INTRO = f"{OLD}（苎政办发〔2024〕12号，以下简称《行动计划》）印发实施以来，各地各部门协同推进，全县人工智能产业发展取得积极成效。截至2026年6月底，全县人工智能企业达到46家，规上工业企业智能化改造覆盖率达到28%，人工智能核心产业营业收入达到37亿元，部分目标已接近完成。同时，受项目建设周期、市场需求变化等因素影响，县智算中心等部分任务难以在原定期限内完成，部分目标值已不适应发展需要。经县政府同意，现就调整《行动计划》部分目标任务并延期实施有关事项通知如下："
EXTEND = "《行动计划》实施期限延长至2027年12月31日。本通知未作调整的目标任务，继续按照《行动计划》执行；本通知调整和新增的目标任务，按本通知及附件执行。"

# adjusted items: (heading, body, lead, supporting, 完成时限 (printed, iso), 原目标 cell, 调整后目标 cell, targets)
ADJUSTED = [
    (
        "人工智能企业培育",
        "全县人工智能企业数量目标由50家调整为80家，其中规模以上人工智能企业由15家调整为25家，完成时限由2026年底延至2027年底。",
        ["县经信局"],
        ["县商务局", "县科技局"],
        ("2027年12月", "2027-12-31"),
        "人工智能企业50家，其中规上企业15家",
        "人工智能企业80家，其中规上企业25家",
        [
            T(
                "人工智能企业",
                "家",
                "eq",
                80,
                "全县人工智能企业数量目标由50家调整为80家",
                kind="ai_enterprises",
            ),
            T(
                "规模以上人工智能企业",
                "家",
                "eq",
                25,
                "规模以上人工智能企业由15家调整为25家",
                kind="ai_enterprises",
                parent="PREV",
            ),
        ],
    ),
    (
        "工业企业智能化改造",
        "规上工业企业智能化改造覆盖率目标值由30%提高至45%，完成时限由2026年底延至2027年底。",
        ["县经信局"],
        ["县财政局", "苎溪经济开发区管委会"],
        ("2027年12月", "2027-12-31"),
        "覆盖率30%",
        "覆盖率45%",
        [
            T(
                "规上工业企业智能化改造覆盖率",
                "%",
                "eq",
                45,
                "规上工业企业智能化改造覆盖率目标值由30%提高至45%",
            )
        ],
    ),
    (
        "县智算中心建设",
        "苎溪县智算中心（一期）建设完成时限由2026年底延至2027年6月；根据企业用算需求，建成后智能算力规模目标由100P调整为200P。",
        ["县发展改革局"],
        ["县数据局", "苎溪经济开发区管委会"],
        ("2027年6月", "2027-06-30"),
        "智能算力100P，2026年底建成",
        "智能算力200P，2027年6月建成",
        [
            T(
                "县智算中心（一期）智能算力规模",
                "P",
                "eq",
                200,
                "建成后智能算力规模目标由100P调整为200P",
                kind="computing_power",
            )
        ],
    ),
    (
        "人工智能核心产业规模",
        "人工智能核心产业营业收入目标由40亿元调整为60亿元，完成时限由2026年底延至2027年底。",
        ["县经信局"],
        ["县统计局", "县发展改革局"],
        ("2027年12月", "2027-12-31"),
        "40亿元",
        "60亿元",
        [
            T(
                "人工智能核心产业营业收入",
                "亿元",
                "eq",
                60,
                "人工智能核心产业营业收入目标由40亿元调整为60亿元",
                kind="ai_industry_scale",
            )
        ],
    ),
    (
        "应用场景开放",
        "“人工智能+”应用场景目标由30个调整为50个，其中工业领域应用场景由15个调整为25个。",
        ["县数据局"],
        ["县经信局", "县农业农村局", "县卫生健康局"],
        ("2027年12月", "2027-12-31"),
        "30个，其中工业领域15个",
        "50个，其中工业领域25个",
        [
            T(
                "“人工智能+”应用场景",
                "个",
                "eq",
                50,
                "“人工智能+”应用场景目标由30个调整为50个",
                kind="application_scenarios",
            ),
            T(
                "工业领域应用场景",
                "个",
                "eq",
                25,
                "工业领域应用场景由15个调整为25个",
                kind="application_scenarios",
                parent="PREV",
            ),
        ],
    ),
    (
        "人工智能人才引育",
        "引育人工智能及相关领域人才目标由500名调整为800名。",
        ["县人力社保局"],
        ["县教育局", "县科技局"],
        ("2027年12月", "2027-12-31"),
        "500名",
        "800名",
        [
            T(
                "引育人工智能及相关领域人才",
                "名",
                "eq",
                800,
                "引育人工智能及相关领域人才目标由500名调整为800名",
                kind="talent",
            )
        ],
    ),
    (
        "智能工厂培育",
        "省级以上智能工厂（数字化车间）培育目标由10家调整为15家。",
        ["县经信局"],
        ["苎溪经济开发区管委会"],
        ("2027年12月", "2027-12-31"),
        "10家",
        "15家",
        [
            T(
                "省级以上智能工厂（数字化车间）",
                "家",
                "eq",
                15,
                "省级以上智能工厂（数字化车间）培育目标由10家调整为15家",
            )
        ],
    ),
    (
        "智慧农业示范基地建设",
        "建成智慧农业示范基地5个的完成时限由2026年底延至2027年6月，目标值不变。",
        ["县农业农村局"],
        ["县数据局", "各乡镇人民政府、街道办事处"],
        ("2027年6月", "2027-06-30"),
        "5个，2026年底",
        "5个，2027年6月",
        [T("智慧农业示范基地", "个", "eq", 5, "建成智慧农业示范基地5个")],
    ),
]

# new items: (heading, body, lead, supporting, 完成时限 (printed, iso), 调整后目标 cell, targets)
NEW = [
    (
        "建设特色产业行业大模型",
        "支持龙头企业联合高校院所，围绕五金工具、竹木加工等特色产业建设行业大模型3个，推动大模型在研发设计、生产管控、营销服务等环节应用。",
        ["县科技局"],
        ["县经信局"],
        ("2027年12月", "2027-12-31"),
        "行业大模型3个",
        [T("特色产业行业大模型", "个", "eq", 3, "建设行业大模型3个")],
    ),
    (
        "建设“人工智能+”公共服务平台",
        "整合算力、数据、模型和应用资源，建设县“人工智能+”公共服务平台，面向中小企业提供模型调用、算力租用和解决方案服务，服务中小企业200家以上。",
        ["县数据局"],
        ["县财政局", "县市场监管局"],
        ("2026年12月", "2026-12-31"),
        "服务中小企业200家以上",
        [
            T(
                "“人工智能+”公共服务平台服务中小企业",
                "家",
                "gte",
                200,
                "服务中小企业200家以上",
                deadline=2026,
            )
        ],
    ),
    (
        "推进“人工智能+”文旅",
        "推动A级景区建设智能导览、客流监测和智慧票务系统，打造智慧景区3个，开发文旅数字人讲解等特色应用。",
        ["县文广旅体局"],
        ["县数据局", "各乡镇人民政府、街道办事处"],
        ("2027年12月", "2027-12-31"),
        "智慧景区3个",
        [T("智慧景区", "个", "eq", 3, "打造智慧景区3个")],
    ),
    (
        "推进“人工智能+”教育",
        "开展人工智能教育进校园行动，建设人工智能教育实验学校10所，推动人工智能课程在中小学全面开设。",
        ["县教育局"],
        ["县科技局"],
        ("2027年6月", "2027-06-30"),
        "实验学校10所",
        [T("人工智能教育实验学校", "所", "eq", 10, "建设人工智能教育实验学校10所")],
    ),
    (
        "开展人工智能技能培训",
        "面向企业职工和高校毕业生开展人工智能应用技能培训，每年培训2000人次以上。",
        ["县人力社保局"],
        ["县经信局", "苎溪经济开发区管委会"],
        ("2027年12月", "2027-12-31"),
        "每年2000人次以上",
        [
            T(
                "人工智能应用技能培训",
                "人次",
                "gte",
                2000,
                "每年培训2000人次以上",
                per_year=True,
                kind="talent",
            )
        ],
    ),
]

REQUIREMENTS = [
    (
        "（一）",
        "压实工作责任",
        "各牵头单位要对照调整后的目标任务，重新制定推进计划，明确时间节点和阶段性目标；各配合单位要主动对接、协同推进，确保调整后的目标任务如期完成。",
    ),
    (
        "（二）",
        "强化要素保障",
        "县财政要统筹安排产业发展资金，对纳入调整和新增的重点任务予以保障；县自然资源和规划部门要优先保障智算中心等重点项目用地需求。",
    ),
    (
        "（三）",
        "加强督查考核",
        "县人工智能产业发展工作专班办公室（设在县经信局）要建立目标任务推进台账，实行季度调度，调整后的目标任务完成情况纳入年度综合考核。",
    ),
]

CN = "一二三四五六七八九十"


def _build():
    blocks = [
        ("head", "苎溪县人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", TITLE),
        (
            "addressee",
            "各乡镇人民政府、街道办事处，苎溪经济开发区管委会，县政府各部门、各直属单位：",
        ),
        ("body", INTRO),
        ("h1", "一、延长实施期限"),
        ("body", EXTEND),
        ("h1", "二、调整部分目标任务"),
    ]
    goals, adjusted, new, rows = [], [], [], []
    rows.append(["序号", "任务", "原目标", "调整后目标", "牵头单位", "配合单位", "完成时限"])
    n = 0
    for i, (head, body, lead, sup, (when, iso), old, new_cell, targets) in enumerate(ADJUSTED, 1):
        num = f"（{CN[i - 1]}）"
        blocks.append(("item", (f"{num}{head}。", body)))
        adjusted.append(
            Task(
                num,
                head,
                f"{head}。{body}",
                lead=[C[x] for x in lead],
                supporting=[C[x] for x in sup],
                due=iso,
            )
        )
        for t in targets:
            assert t.phrase in body, t.phrase
        goals.append(Goal(head, f"{head}。{body}", targets, numbering=num))
        n += 1
        rows.append([str(n), head, old, new_cell, "、".join(lead), "、".join(sup), when])
    blocks.append(("h1", "三、新增目标任务"))
    for i, (head, body, lead, sup, (when, iso), cell, targets) in enumerate(NEW, 1):
        num = f"（{CN[i - 1]}）"
        ann = f"（牵头单位：{'、'.join(lead)}；配合单位：{'、'.join(sup)}；完成时限：{when}）"
        blocks.append(("item", (f"{num}{head}。", body + ann)))
        new.append(
            Task(
                num,
                head,
                f"{head}。{body}{ann}",
                lead=[C[x] for x in lead],
                supporting=[C[x] for x in sup],
                due=iso,
            )
        )
        for t in targets:
            assert t.phrase in body, t.phrase
        goals.append(Goal(head, f"{head}。{body}", targets, numbering=num))
        n += 1
        rows.append([str(n), head, "—（新增）", cell, "、".join(lead), "、".join(sup), when])
    blocks.append(("h1", "四、工作要求"))
    sg = []
    for num, head, body in REQUIREMENTS:
        blocks.append(("item", (f"{num}{head}。", body)))
        sg.append(Task(num, head, f"{head}。{body}"))
    blocks += [
        ("body", "附件：调整后目标任务表"),
        ("sign", "苎溪县人民政府办公室"),
        ("date", "2026年9月8日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("plain", "附件"),
        ("caption", "调整后目标任务表"),
        ("table", rows),
        ("plain", "注：表中未列明的目标任务，继续按照《行动计划》执行。"),
        ("rule", ""),
        (
            "addressee",
            "抄送：县委各部门，县人大常委会办公室，县政协办公室，县纪委县监委，县法院，县检察院。",
        ),
        ("addressee", "苎溪县人民政府办公室　　　　　　　　2026年9月8日印发"),
    ]
    sections = [
        Section("二", "二、", "调整部分目标任务", "key_task", adjusted),
        Section("三", "三、", "新增目标任务", "key_task", new),
        Section("四", "四、", "工作要求", "safeguard", sg),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "zhuxi-zhejiang-county",
        "name": "苎溪县",
        "name_en": "Zhuxi County (Zhejiang)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 苎溪县人民政府办公室关于调整《苎溪县人工智能产业发展三年行动计划（2024—2026年）》部分目标任务并延期实施的通知
#   (苎溪县人民政府办公室, 苎政办发〔2026〕38号, 2026-09-08)
# — SYNTHETIC (synthetic_cx): WRITTEN by the collector (helper blindCX, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_zhuxi.py as .docx, printed to PDF by LibreOffice.
# Zone zhuxi-zhejiang-county (浙江 苎溪县, invented; a county → district level, as the corpus files counties). Plan = what THIS
#   notice commits to: the adjusted and new targets and tasks, all due in 2026—2027 → period 2026—2027 (the notice's issue year to
#   the extended end 2027-12-31). The 2024 start and the unadjusted targets belong to the 2024 plan, not printed here.
# Outline: red head, 文号, title, addressee; an opening paragraph (the old plan's number, 2026年6月底 readings 46家 / 28% / 37亿元:
#   progress, no targets); 一、延长实施期限 = one paragraph (a decision about the plan, no actor, no figure: no task); 二、调整部分目标
#   任务 （一）–（八） unannotated items, each "X目标由A调整为B" / "目标值由30%提高至45%" / "完成时限由2026年底延至2027年6月" → a task
#   (title its heading) and a goal titled like it whose targets are the ADJUSTED values (B) — the old values (A) are the repealed
#   figures, no targets; roles and due from the annex row restating it (its 牵头单位 → lead, 配合单位 → supporting, 完成时限 "2027年
#   12月" → 2027-12-31, "2027年6月" → 2027-06-30) and the figures due that year; （八） keeps its figure (目标值不变) with a new date:
#   the target 5个 due 2027. 三、新增目标任务 （一）–（五） each "标题。正文（牵头单位：X；配合单位：Y；完成时限：…）" → tasks with their
#   roles and due; 四、工作要求 （一）–（三） → safeguards, no roles (专班办公室（设在县经信局） states no role). 附件 line, signature,
#   page break, the annex 调整后目标任务表 (13 rows restating 二、 and 三、: 原目标 cells no targets, 调整后目标 cells the body's figures
#   printed again → no second target), a 注, 抄送 / 印发.
# 其中 figures → parent. 每年培训2000人次以上 per-year, due 2027 (its 完成时限). No 万; units as printed (名, 所, 人次).
"""

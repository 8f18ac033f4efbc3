# ruff: noqa: E501  (plan text as the office writes it)
"""濑川县“人工智能+”行动工作方案（2026—2027年） — INVENTED (synthetic_db). A .docx printed to PDF by LibreOffice whose
annex 主要指标表 stands on LANDSCAPE pages (a section of its own) and two of whose task annotations are cut by the page
end (the footer "— N —" between their halves)."""

from db_model import T, agencies, check
from synthetic_model import Goal, Section, Task

SLUG = "laichuan-ai-plus-work-plan-2026-synthetic"
KIND = "pdf"
TITLE = "濑川县“人工智能+”行动工作方案（2026—2027年）"
DOC_NUMBER = "濑政办发〔2026〕7号"

AGENCIES, CODE = agencies(
    {
        "县发展改革局": ("fgj", "濑川县发展和改革局", "development_reform"),
        "县工信局": ("gxj", "濑川县工业和信息化局", "industry_it"),
        "县科技局": ("kjj", "濑川县科学技术局", "science_technology"),
        "县数据局": ("sjj", "濑川县数据局", "big_data"),
        "县财政局": ("czj", "濑川县财政局", "finance"),
        "县教育局": ("jyj", "濑川县教育局", "education"),
        "县人社局": ("rsj", "濑川县人力资源和社会保障局", "human_resources"),
        "县卫健局": ("wjj", "濑川县卫生健康局", "health"),
        "县农业农村局": ("nyj", "濑川县农业农村局", "agriculture"),
        "县文旅局": ("wlj", "濑川县文化旅游广电体育局", "culture_tourism"),
        "县自然资源局": ("zrj", "濑川县自然资源局", "natural_resources"),
        "县交通运输局": ("jtj", "濑川县交通运输局", "transport"),
        "县政务服务中心": ("zwzx", "濑川县政务服务中心", "government_services"),
        "濑川工业园管委会": ("yq", "濑川工业园管理委员会", "park_administration"),
        "各乡镇人民政府": ("xz", "濑川县各乡镇人民政府", "local_government"),
    }
)

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Laichuan County “AI+” work plan (2026–2027) — synthetic",
    "issuer": "濑川县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-05-06",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.pdf",
}

GOAL_TEXT = "到2027年，全县人工智能相关产业产值达到25亿元，打造“人工智能+”应用场景50个，建成智能工厂和数字化车间20个，主要指标见附件。"
GOAL_TARGETS = [
    T(
        "人工智能相关产业产值",
        "亿元",
        "eq",
        25,
        "全县人工智能相关产业产值达到25亿元",
        kind="related_industry_scale",
    ),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        50,
        "打造“人工智能+”应用场景50个",
        kind="application_scenarios",
    ),
    T("智能工厂和数字化车间", "个", "eq", 20, "建成智能工厂和数字化车间20个"),
]

# (title, body, lead, supporting, targets, cut): cut = the annotation's text before the page end
ITEMS = [
    (
        "推进企业智能化改造",
        "实施“智改数转”三年行动，对规模以上工业企业开展免费诊断，每年完成诊断企业40家。",
        ["县工信局"],
        ["县财政局", "濑川工业园管委会"],
        [T("智能化改造诊断企业", "家", "eq", 40, "每年完成诊断企业40家", per_year=True)],
        None,
    ),
    (
        "建设县级算力节点",
        "建设县级政务云和边缘算力节点，新增智能算力100P。",
        ["县数据局"],
        ["县发展改革局"],
        [
            T(
                "新增智能算力",
                "P",
                "eq",
                100,
                "新增智能算力100P",
                kind="computing_power",
                aggregation="flow",
            )
        ],
        None,
    ),
    (
        "发展智慧农业",
        "建设智慧茶园和数字渔场12个，推广植保无人机作业面积达到30万亩。",
        ["县农业农村局"],
        ["县数据局", "各乡镇人民政府"],
        [
            T("智慧茶园和数字渔场", "个", "eq", 12, "建设智慧茶园和数字渔场12个"),
            T("植保无人机作业面积", "亩", "eq", 300000, "推广植保无人机作业面积达到30万亩"),
        ],
        "（牵头单位：县农业农村局；配合单位：县数",
    ),
    (
        "发展智慧文旅",
        "推动重点景区智能导览全覆盖，打造数字文旅体验场景6个。",
        ["县文旅局"],
        ["县数据局"],
        [
            T(
                "数字文旅体验场景",
                "个",
                "eq",
                6,
                "打造数字文旅体验场景6个",
                kind="application_scenarios",
            )
        ],
        None,
    ),
    (
        "推进智慧医疗",
        "推广基层人工智能辅助诊断，乡镇卫生院应用率达到80%。",
        ["县卫健局"],
        ["县数据局"],
        [T("乡镇卫生院人工智能辅助诊断应用率", "%", "eq", 80, "乡镇卫生院应用率达到80%")],
        None,
    ),
    (
        "发展智慧教育",
        "建设人工智能实验室15间，培训教师500人次。",
        ["县教育局"],
        ["县科技局"],
        [
            T("人工智能实验室", "间", "eq", 15, "建设人工智能实验室15间"),
            T("教师人工智能培训", "人次", "eq", 500, "培训教师500人次", kind="talent"),
        ],
        None,
    ),
    (
        "提升政务服务效能",
        "推行“人工智能+政务服务”，上线智能导办事项200项。",
        ["县政务服务中心"],
        ["县数据局"],
        [T("智能导办事项", "项", "eq", 200, "上线智能导办事项200项")],
        None,
    ),
    (
        "推进智慧交通",
        "建设农村公路智能巡查系统，覆盖县乡道路800公里。",
        ["县交通运输局"],
        ["县数据局", "各乡镇人民政府"],
        [T("农村公路智能巡查覆盖县乡道路", "公里", "eq", 800, "覆盖县乡道路800公里")],
        None,
    ),
    (
        "加强自然资源智能监测",
        "运用遥感和人工智能识别技术，建设耕地保护智能监测点位300个。",
        ["县自然资源局"],
        ["县农业农村局", "各乡镇人民政府"],
        [T("耕地保护智能监测点位", "个", "eq", 300, "建设耕地保护智能监测点位300个")],
        "（牵头单位：县自然资源局；配合",
    ),
    (
        "培育科技型企业",
        "培育人工智能领域科技型中小企业20家，建设县级研发中心5个。",
        ["县科技局"],
        ["县工信局"],
        [
            T(
                "人工智能领域科技型中小企业",
                "家",
                "eq",
                20,
                "培育人工智能领域科技型中小企业20家",
                kind="ai_enterprises",
            ),
            T("县级研发中心", "个", "eq", 5, "建设县级研发中心5个", kind="innovation_platforms"),
        ],
        None,
    ),
    (
        "开展数字技能培训",
        "面向农民和企业职工开展人工智能应用技能培训2000人次。",
        ["县人社局"],
        ["县教育局", "县农业农村局"],
        [
            T(
                "人工智能应用技能培训",
                "人次",
                "eq",
                2000,
                "开展人工智能应用技能培训2000人次",
                kind="talent",
            )
        ],
        None,
    ),
    (
        "强化园区承载",
        "推动濑川工业园建设人工智能应用创新中心，入驻企业达到30家。",
        ["濑川工业园管委会"],
        ["县工信局", "县发展改革局"],
        [
            T(
                "人工智能应用创新中心入驻企业",
                "家",
                "eq",
                30,
                "入驻企业达到30家",
                kind="ai_enterprises",
            )
        ],
        None,
    ),
]

SAFEGUARDS = [
    ("（一）", "加强组织领导", "县“人工智能+”行动工作专班负责统筹推进，专班办公室设在县工信局。"),
    ("（二）", "强化资金保障", "县财政每年安排专项资金，支持重点项目和应用场景建设。"),
    ("（三）", "严格督查考核", "将工作推进情况纳入乡镇和部门年度绩效考核。"),
]

# 附件 主要指标表 (landscape): 序号 | 类别 | 指标名称 | 单位 | 2025年（基期） | 2026年 | 2027年 | 指标属性
INDICATORS = [
    ("产业发展", "人工智能相关产业产值", "亿元", "12", "18", "25", "预期性"),
    ("产业发展", "人工智能企业数量", "家", "26", "38", "50", "预期性"),
    ("产业发展", "智能工厂和数字化车间", "个", "8", "14", "20", "预期性"),
    ("基础支撑", "智能算力规模", "P", "50", "100", "150", "预期性"),
    ("基础支撑", "开放公共数据集", "个", "20", "35", "50", "约束性"),
    ("场景应用", "“人工智能+”应用场景", "个", "18", "32", "50", "预期性"),
    ("场景应用", "政务服务事项网办率", "%", "85", "90", "95", "约束性"),
    ("人才支撑", "人工智能相关从业人员", "人", "600", "900", "1200", "预期性"),
]
UNIT_KIND = {
    "人工智能相关产业产值": "related_industry_scale",
    "人工智能企业数量": "ai_enterprises",
    "智能算力规模": "computing_power",
    "“人工智能+”应用场景": "application_scenarios",
    "人工智能相关从业人员": "talent",
}
RESTATED = {
    ("人工智能相关产业产值", "2027"),
    ("“人工智能+”应用场景", "2027"),
    ("智能工厂和数字化车间", "2027"),
}


def _build():
    blocks = [
        ("head", "濑川县人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"濑川县人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各乡镇人民政府，县直各单位："),
        ("body", f"《{TITLE}》已经县人民政府同意，现印发给你们，请认真组织实施。"),
        ("sign", "濑川县人民政府办公室"),
        ("date", "2026年5月6日"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("h1", "一、工作目标"),
        ("body", GOAL_TEXT),
        ("h1", "二、重点任务"),
    ]
    check(GOAL_TARGETS, GOAL_TEXT)
    goals = [Goal("到2027年", GOAL_TEXT, GOAL_TARGETS)]
    tasks = []
    for n, (title, body, lead, sup, targets, cut) in enumerate(ITEMS, 1):
        note = "（牵头单位：" + "、".join(lead) + "；配合单位：" + "、".join(sup) + "）"
        if cut:
            assert note.startswith(cut)
            blocks.append(("cut_item", (f"{n}.{title}。", body + cut, note[len(cut) :])))
        else:
            blocks.append(("item", (f"{n}.{title}。", body + note)))
        text = f"{title}。{body}{note}"
        check(targets, body)
        tasks.append(
            Task(f"{n}.", title, text, [CODE[x] for x in lead], [], [CODE[x] for x in sup])
        )
        if targets:
            goals.append(Goal(title, text, targets, numbering=f"{n}."))
    blocks.append(("h1", "三、保障措施"))
    sg = []
    for num, title, text in SAFEGUARDS:
        blocks.append(("item", (f"{num}{title}。", text)))
        sg.append(Task(num, title, f"{title}。{text}"))
    blocks += [
        ("body", "附件：濑川县“人工智能+”行动主要指标表"),
        ("sign", "濑川县人民政府办公室"),
        ("date", "2026年5月6日"),
    ]
    head = ["序号", "类别", "指标名称", "单位", "2025年（基期）", "2026年", "2027年", "指标属性"]
    rows = [[str(i), *r] for i, r in enumerate(INDICATORS, 1)]
    blocks += [
        ("landscape", ""),
        ("annex", "附件"),
        ("caption", "濑川县“人工智能+”行动主要指标表"),
        ("table", [head, *rows]),
    ]
    targets = []
    for _, name, unit, _, v26, v27, _ in INDICATORS:
        for year, v in (("2026", v26), ("2027", v27)):
            if (name, year) in RESTATED:  # the goals paragraph's figure: one target, kept there
                continue
            targets.append(
                T(name, unit, "eq", float(v), v, deadline=int(year), kind=UNIT_KIND.get(name))
            )
    goals.append(
        Goal("濑川县“人工智能+”行动主要指标表", "濑川县“人工智能+”行动主要指标表", targets)
    )
    blocks += [
        ("portrait", ""),
        ("rule", ""),
        ("addressee", "濑川县人民政府办公室　　　　　2026年5月6日印发"),
    ]
    return (
        blocks,
        goals,
        [
            Section("二", "二、", "重点任务", "key_task", tasks),
            Section("三", "三、", "保障措施", "safeguard", sg),
        ],
    )


BLOCKS, GOALS, SECTIONS = _build()
EXTRACTION = {
    "zone": {
        "slug": "laichuan-county",
        "name": "濑川县",
        "name_en": "Laichuan County",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 濑川县“人工智能+”行动工作方案（2026—2027年） (濑川县人民政府办公室, 濑政办发〔2026〕7号, 2026-05-06)
# — SYNTHETIC (synthetic_db): WRITTEN by helper blindDB (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_laichuan.py as .docx, printed to PDF by LibreOffice.
# Form: the annex 主要指标表 stands in a landscape section; items 3. and 9. have their annotation cut by the page end (the
#   footer "— N —" falls between its halves): the annotation is read whole, its roles the item's, the text joined.
# Zone laichuan-county (an invented county of the invented 沅陂市) → district level (a county); period 2026—2027.
# Goals: 一、工作目标 "到2027年，…" (3 targets); items with figures are goals titled like them (每年完成诊断企业40家 per year;
#   30万亩 → 300000 亩); 全覆盖 without a figure no target. The 指标表 is read cell by cell: each 2026年 / 2027年 cell a target
#   (eq, the cell's year; the 2025年（基期） column baselines, 指标属性 changes nothing); the three 2027 cells restating the goals
#   paragraph (25亿元, 50个, 20个) are not second targets; the table's goal is titled by its caption. Targets quote the cell.
#   The table's 开放公共数据集 and 智能算力规模 are their own figures (no task restates them).
"""

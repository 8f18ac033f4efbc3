# ruff: noqa: E501  (plan text as the office writes it)
"""汶棠县“人工智能+”工作方案（2026年） — INVENTED (synthetic_de). The county portal's page saved as .html: site header, 信息公开
table, title, 发布时间; the 工作方案: 一、工作目标 (one paragraph, due 2026), 二、重点任务 （一）–（十） each closing on
"（牵头单位：县X；配合单位：县Y；完成时限：2026年X月底前）" / "（县X牵头，Y配合，2026年8月底前完成）" / "（责任单位：县X、县Y；持续推进）", three
followed by a "时间节点：…" paragraph; 三、实施步骤 three stage lines (only the last one's count a target); 四、保障措施; and an annex table
进度安排表 by quarter (2026年第一季度 … 第四季度) that restates the tasks' steps: no task, no target, no role."""

from de_parts import T, dated, due_of
from synthetic_model import Agency, Goal, Section, Task

SLUG = "wentang-ai-plus-work-plan-2026-synthetic"
KIND = "html"

A = {
    "县发改局": ("fgj", "汶棠县发展和改革局", "development_reform"),
    "县工信局": ("gxj", "汶棠县工业和信息化局", "industry_it"),
    "县科技局": ("kjj", "汶棠县科学技术局", "science_technology"),
    "县数据局": ("sjj", "汶棠县数据局", "big_data"),
    "县财政局": ("czj", "汶棠县财政局", "finance"),
    "县教育局": ("jyj", "汶棠县教育局", "education"),
    "县卫健委": ("wjw", "汶棠县卫生健康委员会", "health"),
    "县农业农村局": ("nyj", "汶棠县农业农村局", "agriculture"),
    "县文广旅局": ("wlj", "汶棠县文化广电新闻出版旅游局", "culture_tourism"),
    "县人社局": ("rsj", "汶棠县人力资源和社会保障局", "human_resources"),
    "县政务服务中心": ("zwzx", "汶棠县政务服务中心", "government_services"),
    "县应急局": ("yjj", "汶棠县应急管理局", "emergency"),
    "县融媒体中心": ("rmt", "汶棠县融媒体中心", "publicity"),
    "各乡镇人民政府": ("xz", "汶棠县各乡镇人民政府", "local_government"),
    "汶棠工业园区管委会": ("yq", "汶棠工业园区管理委员会", "park_administration"),
}
CODE = {p: v[0] for p, v in A.items()}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]

TITLE = "汶棠县“人工智能+”工作方案（2026年）"
DOC_NUMBER = "汶府办字〔2026〕11号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Wentang County “AI+” work plan (2026) — synthetic",
    "issuer": "汶棠县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-02",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.html",
}

NOTICE = f"经县人民政府同意，现将《{TITLE}》印发给你们，请认真组织实施。"
INTRO = "为贯彻落实市委、市政府关于推进“人工智能+”行动的工作部署，加快人工智能技术在我县工业、农业、文旅和公共服务领域落地应用，结合我县实际，制定本方案。"
GOAL_TEXT = "到2026年底，全县建成“人工智能+”应用场景30个，培育人工智能应用企业20家，规模以上工业企业数字化改造比例达到60%，建设智慧农业基地5个，政务服务事项“智能办”比例达到40%，培训数字技能人才3000人次。"
GOAL_TARGETS = [
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        30,
        "全县建成“人工智能+”应用场景30个",
        kind="application_scenarios",
    ),
    T("人工智能应用企业", "家", "eq", 20, "培育人工智能应用企业20家", kind="ai_enterprises"),
    T("规模以上工业企业数字化改造比例", "%", "eq", 60, "规模以上工业企业数字化改造比例达到60%"),
    T("智慧农业基地", "个", "eq", 5, "建设智慧农业基地5个"),
    T("政务服务事项“智能办”比例", "%", "eq", 40, "政务服务事项“智能办”比例达到40%"),
    T(
        "培训数字技能人才",
        "人次",
        "eq",
        3000,
        "培训数字技能人才3000人次",
        kind="talent",
        aggregation="flow",
    ),
]

# (title, rest, annotation, lead, sup, resp, 完成时限 as printed, 时间节点 paragraph or None, targets)
TASKS = [
    (
        "夯实算力和数据基础",
        "接入市级算力服务平台，推动县内企业按需使用普惠算力，归集整合公共数据1000万条，建设县级数据资源目录。",
        "（牵头单位：县数据局；配合单位：县发改局；完成时限：2026年9月底前）",
        ["县数据局"],
        ["县发改局"],
        [],
        "2026年9月底前",
        None,
        [
            T(
                "归集整合公共数据",
                "条",
                "eq",
                10000000,
                "归集整合公共数据1000万条",
                aggregation="flow",
            )
        ],
    ),
    (
        "推进工业智能化改造",
        "围绕新材料、食品加工等主导产业，实施智能化改造项目25个，推广工业互联网平台和智能检测装备。",
        "（牵头单位：县工信局；配合单位：汶棠工业园区管委会、县财政局；完成时限：2026年12月底前）",
        ["县工信局"],
        ["汶棠工业园区管委会", "县财政局"],
        [],
        "2026年12月底前",
        "时间节点：2026年6月底前完成项目摸底入库，2026年9月底前开工15个，2026年12月底前全部完工。",
        [T("智能化改造项目", "个", "eq", 25, "实施智能化改造项目25个", aggregation="flow")],
    ),
    (
        "培育人工智能应用企业",
        "建立人工智能应用企业培育库，新增人工智能应用企业20家，支持企业申报省市级专精特新企业。",
        "（责任单位：县工信局、县科技局；持续推进）",
        [],
        [],
        ["县工信局", "县科技局"],
        "持续推进",
        None,
        [],
    ),  # 20家 restates the goal's
    (
        "发展智慧农业",
        "建设智慧农业基地5个，推广植保无人机50台，推进农业生产环境智能监测和农产品质量溯源。",
        "（县农业农村局牵头，各乡镇人民政府配合，2026年10月底前完成）",
        ["县农业农村局"],
        ["各乡镇人民政府"],
        [],
        "2026年10月底前",
        None,
        [T("推广植保无人机", "台", "eq", 50, "推广植保无人机50台", aggregation="flow")],
    ),
    (
        "推进智慧文旅",
        "建设智慧景区2个，推出景区智能导览和游客流量智能监测服务。",
        "（牵头单位：县文广旅局；配合单位：县融媒体中心；完成时限：2026年12月底前）",
        ["县文广旅局"],
        ["县融媒体中心"],
        [],
        "2026年12月底前",
        None,
        [T("智慧景区", "个", "eq", 2, "建设智慧景区2个")],
    ),
    (
        "推进政务服务智能化",
        "上线政务服务智能客服，完成“智能办”事项100项智能化改造，推行智能预审和免申即享。",
        "（牵头单位：县政务服务中心；配合单位：县数据局；完成时限：2026年11月底前）",
        ["县政务服务中心"],
        ["县数据局"],
        [],
        "2026年11月底前",
        "时间节点：2026年5月底前上线智能客服，2026年11月底前完成100项事项智能化改造。",
        [
            T(
                "“智能办”事项智能化改造",
                "项",
                "eq",
                100,
                "完成“智能办”事项100项智能化改造",
                aggregation="flow",
            )
        ],
    ),
    (
        "发展智慧教育",
        "建设人工智能教育实验校5所，开展中小学人工智能课程和教师智能素养培训。",
        "（县教育局牵头，县科技局配合，2026年8月底前完成）",
        ["县教育局"],
        ["县科技局"],
        [],
        "2026年8月底前",
        None,
        [T("人工智能教育实验校", "所", "eq", 5, "建设人工智能教育实验校5所")],
    ),
    (
        "发展智慧医疗",
        "推动县人民医院建设影像辅助诊断系统，乡镇卫生院人工智能辅助诊断覆盖率达到80%。",
        "（牵头单位：县卫健委；完成时限：2026年12月底前）",
        ["县卫健委"],
        [],
        [],
        "2026年12月底前",
        None,
        [
            T(
                "乡镇卫生院人工智能辅助诊断覆盖率",
                "%",
                "eq",
                80,
                "乡镇卫生院人工智能辅助诊断覆盖率达到80%",
            )
        ],
    ),
    (
        "加强智慧应急",
        "在重点林区建设森林防火智能监测点位40个，推进自然灾害风险智能预警。",
        "（牵头单位：县应急局；配合单位：各乡镇人民政府；完成时限：2026年10月底前）",
        ["县应急局"],
        ["各乡镇人民政府"],
        [],
        "2026年10月底前",
        "时间节点：2026年4月底前完成点位选址，2026年10月底前全部建成投用。",
        [T("森林防火智能监测点位", "个", "eq", 40, "建设森林防火智能监测点位40个")],
    ),
    (
        "开展数字技能培训",
        "面向企业职工、返乡青年和农民开展人工智能技能培训，全年培训数字技能人才3000人次，培育乡村数字工匠100名。",
        "（责任单位：县人社局、县教育局；持续推进）",
        [],
        [],
        ["县人社局", "县教育局"],
        "持续推进",
        None,
        [T("乡村数字工匠", "名", "eq", 100, "培育乡村数字工匠100名", kind="talent")],
    ),
]

STAGES = [
    (
        "第一阶段（2026年1—3月）",
        "动员部署。印发工作方案，成立工作专班，建立重点任务台账，明确各项任务的牵头单位和完成时限。",
        [],
    ),
    (
        "第二阶段（2026年4—10月）",
        "全面实施。各牵头单位按照时间节点推进各项任务，完成年度任务量的80%以上，建成“人工智能+”应用场景20个。",
        [],
    ),
    (
        "第三阶段（2026年11—12月）",
        "总结评估。对照工作目标开展年度评估，遴选发布“人工智能+”优秀应用案例10个，谋划下一年度工作。",
        [
            T(
                "“人工智能+”优秀应用案例",
                "个",
                "eq",
                10,
                "遴选发布“人工智能+”优秀应用案例10个",
                kind="application_scenarios",
            )
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立由县政府分管副县长任组长的“人工智能+”工作专班，专班办公室设在县数据局，统筹协调推进全县“人工智能+”工作。",
        "",
        [],
    ),
    (
        "（二）",
        "强化资金保障",
        "统筹整合涉企专项资金，支持智能化改造和应用场景建设项目。",
        "（责任单位：县财政局；持续推进）",
        ["县财政局"],
    ),
    (
        "（三）",
        "严格督导考核",
        "实行“月调度、季通报”，对照时间节点跟踪问效，工作推进情况纳入年度绩效考核。",
        "",
        [],
    ),
]

ROADMAP = [
    ("2026年第一季度", "印发工作方案，成立工作专班，完成智能化改造项目摸底", "县数据局、县工信局"),
    (
        "2026年第二季度",
        "上线政务服务智能客服，启动智慧农业基地和智慧景区建设",
        "县政务服务中心、县农业农村局、县文广旅局",
    ),
    ("2026年第三季度", "开工智能化改造项目15个，建成“人工智能+”应用场景20个", "各牵头单位"),
    ("2026年第四季度", "完成全部年度目标任务，开展年度评估总结", "县数据局"),
]


def _build():
    paras = [
        ("center", f"汶棠县人民政府办公室关于印发{TITLE}的通知"),
        ("plain", "各乡镇人民政府，县政府各部门，汶棠工业园区管委会："),
        ("p", NOTICE),
        ("right", "汶棠县人民政府办公室"),
        ("right", "2026年3月2日"),
        ("center", TITLE),
        ("p", INTRO),
        ("h", "一、工作目标"),
        ("p", GOAL_TEXT),
        ("h", "二、重点任务"),
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("到2026年底", GOAL_TEXT, GOAL_TARGETS)]
    tasks = []
    nums = "一二三四五六七八九十"
    for i, (title, rest, ann, lead, sup, resp, limit, node, targets) in enumerate(TASKS):
        no = f"（{nums[i]}）"
        paras.append(("p", f"{no}{title}。{rest}{ann}"))
        text = f"{title}。{rest}{ann}"
        if node:
            paras.append(("p", node))
            text += node
        due = due_of(limit)
        c = lambda names: [CODE[x] for x in names]  # noqa: E731
        tasks.append(Task(no, title, text, c(lead), c(resp), c(sup), due=due))
        for t in targets:
            assert t.phrase in rest, t.phrase
        if targets:
            goals.append(Goal(title, f"{title}。{rest}", dated(targets, due), numbering=no))
    paras.append(("h", "三、实施步骤"))
    for label, text, targets in STAGES:
        paras.append(("p", f"{label}：{text}"))
        for t in targets:
            assert t.phrase in text, t.phrase
        if targets:
            goals.append(Goal(label, f"{label}：{text}", targets))
    paras.append(("h", "四、保障措施"))
    sg = []
    for num, title, text, ann, resp in SAFEGUARDS:
        paras.append(("p", f"{num}{title}。{text}{ann}"))
        sg.append(Task(num, title, f"{title}。{text}{ann}", responsible=[CODE[x] for x in resp]))
    paras.append(("p", "附件：汶棠县“人工智能+”工作进度安排表"))
    sections = [
        Section("二", "二、", "重点任务", "key_task", tasks),
        Section("四", "四、", "保障措施", "safeguard", sg),
    ]
    return paras, goals, sections


PARAS, GOALS, SECTIONS = _build()


def _html():
    out = []
    for kind, text in PARAS:
        if kind == "center":
            out.append(f'<p style="text-align:center;"><strong>{text}</strong></p>')
        elif kind == "right":
            out.append(f'<p style="text-align:right;">{text}</p>')
        elif kind == "plain":
            out.append(f"<p>{text}</p>")
        elif kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;">{text}</p>')
    out.append("<p><strong>附件</strong></p>")
    out.append('<p style="text-align:center;"><strong>汶棠县“人工智能+”工作进度安排表</strong></p>')
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in ROADMAP)
    out.append(
        '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%;">'
        f"<tr><th>时间</th><th>主要工作</th><th>责任单位</th></tr>{rows}</table>"
    )
    article = "\n".join(out)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{TITLE}_县政府办文件_汶棠县人民政府</title>
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-03-04 16:20">
<link rel="stylesheet" href="/static/css/xxgk.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><span>汶棠县人民政府</span><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/bsfw/">办事服务</a><a href="/gzhd/">公众互动</a><a href="/zjwt/">走进汶棠</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/zfwj/">县政府办文件</a></div>
<table class="xxgk-meta">
<tr><td>索引号：</td><td>361128-0102-2026-00031</td><td>发布机构：</td><td>汶棠县人民政府办公室</td></tr>
<tr><td>文号：</td><td>{DOC_NUMBER}</td><td>成文日期：</td><td>2026-03-02</td></tr>
<tr><td>名称：</td><td colspan="3">{TITLE}</td></tr>
</table>
<h1 class="art-title">汶棠县人民政府办公室关于印发{TITLE}的通知</h1>
<div class="art-info">发布时间：2026-03-04 16:20　信息来源：县政府办　浏览次数：<span id="hits">1286</span></div>
<div class="art-content" id="zoom">
{article}
</div>
<div class="art-foot"><a href="javascript:window.print();">打印本页</a>　<a href="javascript:window.close();">关闭窗口</a></div>
<div class="footer">
<p>主办单位：汶棠县人民政府办公室　技术支持：汶棠县融媒体中心</p>
<p>网站标识码：3611280001　赣ICP备00000000号-1</p>
</div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "wentang-county",
        "name": "汶棠县",
        "name_en": "Wentang County",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 汶棠县“人工智能+”工作方案（2026年） (汶棠县人民政府办公室, 汶府办字〔2026〕11号, 2026-03-02)
# — SYNTHETIC (synthetic_de): WRITTEN by helper blindDE (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_wentang.py as the portal page saved (.html, UTF-8).
# Zone wentang-county (an invented county of 江西省, under the invented 泾槐市) → district level (the schema has no county level; counties are `district`, as synthetic_cw's 沔溪县); period 2026 (a one-year 工作方案).
# Outline: portal top bar, breadcrumb, 信息公开 table (索引号, 文号), page title, 发布时间 line; the notice and its signature; the
#   方案's title and preamble; 一、工作目标 "到2026年底，…" (6 targets, due 2026); 二、重点任务 （一）–（十） → tasks, each one paragraph
#   closing on its annotation, three followed by a "时间节点：…" paragraph (in the task's text); 三、实施步骤 three stage lines (no tasks);
#   四、保障措施 （一）–（三） → safeguard tasks, （二） annotated (专班办公室设在县数据局 assigns no role); "附件：…" and the annex table
#   进度安排表 (时间 | 主要工作 | 责任单位, one row per quarter of 2026) → no task, no target, no role; portal footer (技术支持 县融媒体中心: no role).
# Roles: "（牵头单位：X；配合单位：Y；完成时限：Z）" → X lead, Y supporting; "（县X牵头，各乡镇人民政府配合，2026年10月底前完成）" the same;
#   "（责任单位：X、Y；持续推进）" → responsible. 各乡镇人民政府 one collective agency. The roadmap's 责任单位 cells repeat the tasks' bodies
#   for steps, not tasks: no assignment ("各牵头单位" is generic).
# Due: the 完成时限 is the task's `due` (2026年9月底前 → 2026-09-30 …); 持续推进 → none. Every figure is due 2026 (the plan's one year).
# Targets: each task holding figures is also a goal titled like it (text = title + body, without number, annotation or 时间节点).
#   Printed twice → one target, kept in 工作目标: （三）'s 新增人工智能应用企业20家, （四）'s 建设智慧农业基地5个, （十）'s 全年培训…3000人次.
#   A step within the plan's own year toward a figure printed for that year is no target: （二）'s 时间节点 "2026年9月底前开工15个" (of
#   the 25 projects), （六）'s "2026年11月底前完成100项" (the task's 100 restated), 第二阶段's "完成年度任务量的80%以上" (a share of the plan's
#   own work) and "建成“人工智能+”应用场景20个" (toward the goals' 30 in 2026), the roadmap's "开工…15个" / "建成…20个". 第三阶段's
#   "遴选发布“人工智能+”优秀应用案例10个" counts a thing no other figure counts → a target (goal titled by the stage label). 1000万条 →
#   10000000 条. No target owners recorded.
"""

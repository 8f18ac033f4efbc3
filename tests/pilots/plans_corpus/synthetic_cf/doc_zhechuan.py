# ruff: noqa: E501  (plan text as the office writes it)
"""柘川县“人工智能+”行动工作方案（2026—2027年） — INVENTED (synthetic_cf). The county portal's page saved as .html: site
header, 信息公开 table, the notice and the plan (一、工作目标 = two dated paragraphs; 二、重点任务 （一）–（八） closing on
"（责任单位：县X、县Y、各乡镇人民政府）" under a rule stated once "列第一位的为牵头单位，其他为责任单位"; 三、保障措施
（一）–（四）), then its annex beside it: 2026年度任务清单, an HTML table split by quarter (季度 a rowspan cell | 序号 | 任务 |
责任单位 | 完成标志) whose rows are the year's steps of the body's tasks; the portal footer."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "zhechuan-ai-plus-work-plan-2026-synthetic"
KIND = "html"

A = {
    "县数据局": ("sjj", "柘川县数据局", "big_data"),
    "县发展改革委": ("fgw", "柘川县发展和改革委员会", "development_reform"),
    "国网柘川县供电公司": ("gdg", "国网柘川县供电公司", "state_enterprise"),
    "县农业农村局": ("nyj", "柘川县农业农村局", "agriculture"),
    "各乡镇人民政府": ("xz", "柘川县各乡镇人民政府", "local_government"),
    "县科工信局": ("kgx", "柘川县科技和工业信息化局", "industry_it"),
    "县政务服务中心": ("zwz", "柘川县政务服务中心", "government_services"),
    "县教育局": ("jyj", "柘川县教育局", "education"),
    "县卫生健康委": ("wjw", "柘川县卫生健康委员会", "health"),
    "县财政局": ("czj", "柘川县财政局", "finance"),
    "县人力资源社会保障局": ("rsj", "柘川县人力资源和社会保障局", "human_resources"),
}
AGENCIES = [
    Agency(code, name, [printed] if printed != name else [], cat)
    for printed, (code, name, cat) in A.items()
]


def codes(names):
    return [A[n][0] for n in names if n in A]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "柘川县“人工智能+”行动工作方案（2026—2027年）"
DOC_NUMBER = "柘政办〔2026〕7号"
NOTICE_TITLE = f"柘川县人民政府办公室关于印发{TITLE}的通知"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Zhechuan County (Henan) “AI+” action work plan (2026–2027) — synthetic",
    "issuer": "柘川县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-24",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

NOTICE = "《柘川县“人工智能+”行动工作方案（2026—2027年）》已经县政府常务会议研究同意，现印发给你们，请结合实际认真贯彻落实。"
PREAMBLE = "为贯彻落实省、市关于深入实施“人工智能+”行动的工作部署，加快人工智能在我县农业、制造、政务和民生领域落地应用，以数字化智能化赋能县域经济高质量发展，结合我县实际，制定本工作方案。"
BASE = "近年来，我县持续推进数字政府和数字乡村建设，建成县级政务云平台，实现5G网络乡镇全覆盖，培育了一批数字化转型示范企业，为推进“人工智能+”行动奠定了良好基础。但也要看到，我县人工智能应用总体处于起步阶段，算力资源分散、专业人才短缺、企业应用意愿不强等问题仍较突出。"

G1_TEXT = "到2026年底，全县打造“人工智能+”应用场景15个，建成“柘川数智驿站”120个，政务服务事项智能导办覆盖率达到60%。"
G1 = [
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        15,
        "全县打造“人工智能+”应用场景15个",
        kind="application_scenarios",
        deadline=2026,
    ),
    T("柘川数智驿站", "个", "eq", 120, "建成“柘川数智驿站”120个", deadline=2026),
    T(
        "政务服务事项智能导办覆盖率",
        "%",
        "eq",
        60,
        "政务服务事项智能导办覆盖率达到60%",
        deadline=2026,
    ),
]
G2_TEXT = "到2027年，建成县级算力调度平台，全县打造“人工智能+”应用场景30个以上，建成“柘川数智驿站”200个，培育人工智能应用企业15家，政务服务事项智能导办覆盖率达到100%，累计开展数字技能培训2万人次，人工智能成为推动县域经济高质量发展的重要力量。"
G2 = [
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        30,
        "全县打造“人工智能+”应用场景30个以上",
        kind="application_scenarios",
    ),
    T("柘川数智驿站", "个", "eq", 200, "建成“柘川数智驿站”200个"),
    T("人工智能应用企业", "家", "eq", 15, "培育人工智能应用企业15家", kind="ai_enterprises"),
    T("政务服务事项智能导办覆盖率", "%", "eq", 100, "政务服务事项智能导办覆盖率达到100%"),
    T(
        "数字技能培训",
        "人次",
        "eq",
        20000,
        "累计开展数字技能培训2万人次",
        kind="talent",
        aggregation="flow",
    ),
]

RULE = "各项任务的责任单位中，列第一位的为牵头单位，其他为责任单位。"

# (title, body, units (first leads), targets)
TASKS = [
    (
        "建设县级算力调度平台",
        "整合县政务云和企业闲置算力资源，建设县级算力调度平台，接入边缘算力节点10个，为县域企业和政务应用提供普惠算力服务，推动全县政务系统算力需求统一承载、各部门原则上不再新建机房。平台于2026年底前上线运行。",
        ["县数据局", "县发展改革委", "国网柘川县供电公司"],
        [T("接入边缘算力节点", "个", "eq", 10, "接入边缘算力节点10个", kind="computing_power")],
    ),
    (
        "推进“柘川数智驿站”建设",
        "依托村（社区）党群服务中心，建设集政务办理、电商服务、远程医疗、智能咨询于一体的“柘川数智驿站”，配备智能终端和帮办代办人员，每个乡镇至少建设1个数智驿站示范点，到2027年全县建成数智驿站200个。",
        ["县数据局", "县农业农村局", "各乡镇人民政府"],
        # 全县建成数智驿站200个 restates the 2027 goal → no second target
        [T("每个乡镇数智驿站示范点", "个", "gte", 1, "每个乡镇至少建设1个数智驿站示范点")],
    ),
    (
        "推进“人工智能+农业”",
        "推广小麦、花生等作物病虫害智能识别和水肥一体化智能控制，建设智慧农业示范园区3个，发展农产品直播电商和智能分拣，推动“柘川花生”等特色农产品品牌化、数字化营销。",
        ["县农业农村局", "县科工信局"],
        [T("智慧农业示范园区", "个", "eq", 3, "建设智慧农业示范园区3个")],
    ),
    (
        "推进“人工智能+制造”",
        "引导食品加工、装备制造等企业应用工业视觉检测、智能仓储等技术，推动30家规模以上工业企业实施智能化改造，培育一批智能车间，支持企业上云用数赋智，降低中小企业数字化转型成本。",
        ["县科工信局", "县发展改革委"],
        [
            T(
                "实施智能化改造的规模以上工业企业",
                "家",
                "eq",
                30,
                "推动30家规模以上工业企业实施智能化改造",
                aggregation="flow",
            )
        ],
    ),
    (
        "推进“人工智能+政务服务”",
        "上线“柘川政务智能导办”，推动高频政务服务事项智能问答、智能填表和智能审核，实现“一次告知、一网通办”，推动乡镇便民服务中心同步接入，让群众办事少跑腿、好办事。",
        ["县政务服务中心", "县数据局"],
        [],
    ),
    (
        "推进“人工智能+教育医疗”",
        "在全县中小学推广智能教学助手，县人民医院、县中医院部署智能辅助诊断系统，推动乡镇卫生院远程诊疗全覆盖，提升基层教育和医疗服务水平。",
        ["县教育局", "县卫生健康委"],
        [],
    ),
    (
        "培育人工智能应用企业",
        "支持本地企业与高校、科研院所合作开发行业应用，对新认定的人工智能应用企业给予一次性奖励10万元，到2027年培育人工智能应用企业15家。",
        ["县科工信局", "县财政局"],
        [],  # 一次性奖励10万元: a reward; 15家 restates the 2027 goal → no target
    ),
    (
        "开展全民数字技能培训",
        "面向基层干部、新型农业经营主体和返乡创业青年开展人工智能应用培训，到2027年累计培训2万人次。",
        ["县人力资源社会保障局", "县农业农村局", "各乡镇人民政府"],
        [],  # 累计培训2万人次 restates the 2027 goal → no second target
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立县“人工智能+”行动工作专班，统筹推进各项工作，专班办公室设在县数据局。",
    ),
    (
        "（二）",
        "强化要素保障",
        "县财政每年安排不少于500万元资金，支持“人工智能+”项目建设和应用推广。",
    ),
    (
        "（三）",
        "加强宣传引导",
        "充分利用各类媒体宣传“人工智能+”行动的典型案例和经验做法，营造全社会关注、支持和参与人工智能发展的良好氛围。",
    ),
    (
        "（四）",
        "严格督导考核",
        "将“人工智能+”行动纳入县政府年度目标考核，按照附件所列年度任务清单逐季度开展督导，确保各项任务落地见效。",
    ),
]

ANNEX = "柘川县“人工智能+”行动2026年度任务清单"

# (季度, [(任务, 责任单位, 完成标志, targets)]) — every row a step of a body task or safeguard: no task of its own
QUARTERS = [
    (
        "第一季度",
        [
            ("印发“人工智能+”应用场景清单", "县数据局", "场景清单印发实施", []),
            ("启动县级算力调度平台建设", "县数据局", "完成项目立项和招标", []),
            ("召开全县“人工智能+”行动推进会", "县数据局", "推进会召开，任务分解到位", []),
        ],
    ),
    (
        "第二季度",
        [
            ("建设首批数智驿站", "各乡镇人民政府", "首批驿站建成并投入使用", []),
            (
                "开展规上工业企业智能化改造诊断",
                "县科工信局",
                "完成智能化改造诊断企业10家",
                [
                    T(
                        "智能化改造诊断企业",
                        "家",
                        "eq",
                        10,
                        "完成智能化改造诊断企业10家",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "开展基层干部人工智能应用培训",
                "县人力资源社会保障局",
                "培训基层干部500人次",
                [
                    T(
                        "基层干部人工智能应用培训",
                        "人次",
                        "eq",
                        500,
                        "培训基层干部500人次",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "第三季度",
        [
            (
                "县级算力调度平台试运行",
                "县数据局",
                "接入边缘算力节点5个",
                [
                    T(
                        "接入边缘算力节点",
                        "个",
                        "eq",
                        5,
                        "接入边缘算力节点5个",
                        kind="computing_power",
                    )
                ],
            ),
            ("上线政务智能导办", "县政务服务中心", "“柘川政务智能导办”上线运行", []),
            (
                "建设智慧农业示范园区",
                "县农业农村局",
                "建成智慧农业示范园区1个",
                [T("智慧农业示范园区", "个", "eq", 1, "建成智慧农业示范园区1个")],
            ),
        ],
    ),
    (
        "第四季度",
        # its first three 完成标志 restate the 到2026年底 goals (120个, 15个, 60%): no target
        [
            ("建成数智驿站", "各乡镇人民政府", "累计建成数智驿站120个", []),
            ("推广“人工智能+”应用场景", "县数据局", "打造应用场景15个", []),
            (
                "提升政务服务智能导办覆盖率",
                "县政务服务中心",
                "政务服务事项智能导办覆盖率达到60%",
                [],
            ),
            ("开展年度评估", "县数据局", "形成年度评估报告", []),
        ],
    ),
]

NUMERALS = "一二三四五六七八九十"


def _build():
    paras = [
        ("center", NOTICE_TITLE),
        ("plain", "各乡镇人民政府，县人民政府各部门："),
        ("p", NOTICE),
        ("right", "柘川县人民政府办公室"),
        ("right", "2026年3月24日"),
        ("center", TITLE),
        ("p", PREAMBLE),
        ("p", BASE),
        ("h", "一、工作目标"),
        ("p", G1_TEXT),
        ("p", G2_TEXT),
        ("h", "二、重点任务"),
        ("p", RULE),
    ]
    for text, targets in ((G1_TEXT, G1), (G2_TEXT, G2)):
        for t in targets:
            assert t.phrase in text, t.phrase
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2027年", G2_TEXT, G2)]
    tasks = []
    for i, (title, body, units, targets) in enumerate(TASKS):
        no = f"（{NUMERALS[i]}）"
        a = f"（责任单位：{'、'.join(units)}）"
        paras.append(("p", f"{no}{title}。{body}{a}"))
        tasks.append(
            Task(
                no,
                title,
                f"{title}。{body}{a}",
                lead=codes(units[:1]),
                responsible=codes(units[1:]),
            )
        )
        for t in targets:
            assert t.phrase in body, t.phrase
        if targets:
            goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
    sections = [Section("二", "二、", "重点任务", "key_task", tasks)]
    paras.append(("h", "三、保障措施"))
    sg = []
    for no, title, text in SAFEGUARDS:
        paras.append(("p", f"{no}{title}。{text}"))
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("三", "三、", "保障措施", "safeguard", sg))
    paras.append(("p", f"附件：{ANNEX}"))
    annex_targets = [t for _, rows in QUARTERS for *_, ts in rows for t in ts]
    for t in annex_targets:
        t.deadline = 2026  # a list titled by one year: its figures are due that year
    goals.append(Goal(ANNEX, "", annex_targets))  # a table: no text to quote
    return paras, goals, sections


PARAS, GOALS, SECTIONS = _build()


def _table():
    out = ['<table class="rwqd" border="1" cellspacing="0" cellpadding="4" width="100%">']
    out.append("<tr><th>季度</th><th>序号</th><th>任务</th><th>责任单位</th><th>完成标志</th></tr>")
    n = 0
    for quarter, rows in QUARTERS:
        for k, (task, unit, mark, _) in enumerate(rows):
            n += 1
            first = (
                f'<td rowspan="{len(rows)}" style="text-align:center;">{quarter}</td>'
                if k == 0
                else ""
            )
            out.append(f"<tr>{first}<td>{n}</td><td>{task}</td><td>{unit}</td><td>{mark}</td></tr>")
    out.append("</table>")
    return "\n".join(out)


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
    article = "\n".join(out)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{NOTICE_TITLE}_县政府文件_柘川县人民政府</title>
<meta name="SiteName" content="柘川县人民政府">
<meta name="ArticleTitle" content="{NOTICE_TITLE}">
<meta name="PubDate" content="2026-03-26 10:30">
<link rel="stylesheet" href="/css/article.css">
</head>
<body>
<div class="top"><div class="logo"><a href="/">柘川县人民政府</a></div><div class="search"><input type="text" placeholder="请输入搜索内容"><button>搜索</button></div></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a> <a href="/zjzc/">走进柘川</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xzfwj/">县政府文件</a></div>
<div class="xxgk">
<table>
<tr><th>索引号：</th><td>411XXX-0027/2026-00018</td><th>发布机构：</th><td>柘川县人民政府办公室</td></tr>
<tr><th>发文字号：</th><td>{DOC_NUMBER}</td><th>成文日期：</th><td>2026-03-24</td></tr>
<tr><th>标　　题：</th><td colspan="3">{NOTICE_TITLE}</td></tr>
</table>
</div>
<h1 class="article-title">{NOTICE_TITLE}</h1>
<div class="article-info">发布时间：2026-03-26　浏览次数：<span id="hits">1286</span></div>
<div class="article-content" id="zoom">
<p style="text-align:center;">{DOC_NUMBER}</p>
{article}
<p><strong>附件</strong></p>
<p style="text-align:center;"><strong>{ANNEX}</strong></p>
{_table()}
</div>
<div class="share"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="footer">
<p>主办单位：柘川县人民政府办公室　技术支持：柘川县数据局</p>
<p>网站标识码：4100000000　豫ICP备00000000号</p>
</div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "zhechuan-henan-county",
        "name": "柘川县",
        "name_en": "Zhechuan County (Henan)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 柘川县“人工智能+”行动工作方案（2026—2027年） (柘川县人民政府办公室, 柘政办〔2026〕7号, 2026-03-24)
# — SYNTHETIC (synthetic_cf): WRITTEN by the collector (helper blindCF, 2026-12-07) before reading or running the importer; no
#   such document or place is claimed to exist (柘川县, 河南, invented). Built by make_files.py from doc_zhechuan.py as the portal
#   page saved (.html, UTF-8).
# Zone zhechuan-henan-county (a county → district level); period 2026–2027.
# Outline: portal header, menu, 信息公开 table, the notice's title, 发文字号, addressee, notice, signature and date, the plan's title,
#   preamble, a paragraph on the basis (no figure to reach); 一、工作目标 = "到2026年底，…" (3 targets, due 2026) and "到2027年，…" (5; 建成县级算力调度平台 has no figure);
#   二、重点任务 opens on the rule "列第一位的为牵头单位，其他为责任单位" (stated once) and holds tasks （一）–（八）, each one paragraph
#   closing on "（责任单位：县X、县Y、…）" → the first lead, the others responsible; 三、保障措施 （一）–（四） → safeguard tasks
#   without roles ("专班办公室设在县数据局" assigns none); "附件：…". Then the ANNEX beside the plan:
#   柘川县“人工智能+”行动2026年度任务清单 (季度 | 序号 | 任务 | 责任单位 | 完成标志), four quarters, 13 rows: each row is a STEP of a
#   body task or safeguard (平台 立项 → 试运行; 驿站 首批 → 累计; 推进会 and 年度评估 steps of the safeguards) → no task of its own, no
#   role (the body's task carries the roles), no due given to the body task (a quarter dates a step of a two-year task, not the
#   task). Its figures: a list titled by ONE year (as a 专栏 of 2026年重点项目) → one goal titled by the annex's title, no text, its
#   figures due 2026 — those the body does not print for 2026: 智能化改造诊断企业10家 (another thing than 改造 30家), 培训基层干部
#   500人次 (another thing and year than 培训2万人次 by 2027), 接入边缘算力节点5个 (the task's 10个 is due 2027: another year → a
#   target of its own), 建成智慧农业示范园区1个 (likewise, beside 3个 by 2027). Restated → no second target: 累计建成数智驿站120个,
#   打造应用场景15个, 智能导办覆盖率达到60% (the 2026 goals).
# Targets in tasks: each task holding figures is also a goal titled like the task, numbered like it (text = title + body, without the
#   annotation). "每个乡镇至少建设1个数智驿站示范点" → a per-unit quota (每个乡镇数智驿站示范点 gte 1 个); "到2027年…200个" / "15家" /
#   "2万人次" in tasks restate the 2027 goals → no second target; task figures with no year → due 2027 (the plan's end; "平台于2026年
#   底前上线运行" dates the platform, not the 10 nodes before it). Not targets: 一次性奖励10万元 (a reward), 每年安排不少于500万元
#   (a budget, in a safeguard). 推动30家…实施智能化改造 → flow; 培训 → flow; things built → stock.
"""

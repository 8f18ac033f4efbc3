# ruff: noqa: E501  (plan text as the office writes it)
"""霜原市鹿鸣区“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_cg). The district portal's page saved as .html:
site header, 信息公开 table, title, the 实施方案: preamble, 一、总体要求, 二、工作目标 = one dated paragraph "到2027年，…" and an
indicator table written with rowspan / colspan — a TWO-ROW header 序号 | 指标 | 单位 | 2026年 {目标值, 责任单位} | 2027年
{目标值, 责任单位} — whose cells print "≥10", "20以上", "100%" and "—" (none that year), each year's figure with its own
责任单位; 三、重点任务 of four groups （一）–（四） whose items 1.–12. are numbered on and close on "（责任单位：区X、区Y）" or
"（牵头单位：区X；配合单位：区Y、区Z）"; 四、保障措施 （一）–（三） unannotated; the portal footer."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "luming-ai-plus-implementation-2026-synthetic"
KIND = "html"

# printed form → (code, full name, category)
A = {
    "区工信局": ("gxj", "霜原市鹿鸣区工业和信息化局", "industry_it"),
    "区发改局": ("fgj", "霜原市鹿鸣区发展和改革局", "development_reform"),
    "区数据局": ("sjj", "霜原市鹿鸣区数据局", "big_data"),
    "区政务服务中心": ("zwzx", "霜原市鹿鸣区政务服务中心", "government_services"),
    "区教育局": ("jyj", "霜原市鹿鸣区教育局", "education"),
    "区民政局": ("mzj", "霜原市鹿鸣区民政局", "civil_affairs"),
    "区人社局": ("rsj", "霜原市鹿鸣区人力资源和社会保障局", "human_resources"),
    "区城管局": ("cgj", "霜原市鹿鸣区城市管理局", "housing_construction"),
    "鹿鸣经济开发区管委会": ("kfq", "霜原市鹿鸣经济开发区管理委员会", "park_administration"),
    "区财政局": ("czj", "霜原市鹿鸣区财政局", "finance"),
    "区商务局": ("swj", "霜原市鹿鸣区商务局", "commerce"),
    "区农业农村局": ("nyj", "霜原市鹿鸣区农业农村局", "agriculture"),
    "区卫健局": ("wjj", "霜原市鹿鸣区卫生健康局", "health"),
    "区住建局": ("zjj", "霜原市鹿鸣区住房和城乡建设局", "housing_construction"),
    "区公安分局": ("gaf", "霜原市公安局鹿鸣分局", "public_security"),
    "区科技局": ("kjj", "霜原市鹿鸣区科学技术局", "science_technology"),
    "各街道办事处": ("jd", "霜原市鹿鸣区各街道办事处", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "霜原市鹿鸣区“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "鹿政办发〔2026〕5号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Luming District (Shuangyuan) “AI+” action implementation plan (2026–2027) — synthetic",
    "issuer": "霜原市鹿鸣区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-28",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

PREAMBLE = "为深入贯彻落实国家、省、市关于实施“人工智能+”行动的工作部署，加快推动人工智能与我区经济社会发展深度融合，打造霜原市“人工智能+”应用示范区，结合我区实际，制定本实施方案。"
GENERAL = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持场景牵引、应用为先、企业主体、政府引导，以鹿鸣经济开发区为主要载体，以算力设施和数据资源为基础，推动人工智能在工业制造、政务服务、社区治理、教育医疗等领域规模化应用，为建设现代化城区提供有力支撑。"
BASIS = "近年来，我区数字经济加快发展，2025年全区人工智能相关企业达到6家，建成智能工厂和数字化车间3个，上线“人工智能+”应用场景8个，区级政务服务平台实现“一网通办”。同时，我区人工智能产业规模偏小、创新能力不强、应用场景开放不足、专业人才短缺等问题仍较突出，必须抢抓机遇、加快追赶。"
GOAL_TEXT = "到2027年，全区人工智能相关企业达到20家以上，智能算力规模突破100P，建成智慧社区12个，政务服务事项“AI+智能办理”比例达到100%，人工智能赋能经济社会发展的能力显著增强。2026年、2027年具体指标及责任单位见下表。"
GOAL_TARGETS = [
    T(
        "人工智能相关企业",
        "家",
        "gte",
        20,
        "全区人工智能相关企业达到20家以上",
        kind="ai_enterprises",
    ),
    T("智能算力规模", "P", "gt", 100, "智能算力规模突破100P", kind="computing_power"),
    T("智慧社区", "个", "eq", 12, "建成智慧社区12个"),
    T("政务服务事项“AI+智能办理”比例", "%", "eq", 100, "政务服务事项“AI+智能办理”比例达到100%"),
]
GOAL_OWNERS = ["gxj", "kfq", "mzj", "zwzx"]  # the table's 2027 责任单位 of the same figures

CAPTION = "鹿鸣区“人工智能+”行动主要指标及责任分工表"
# (序号, 指标, 单位, 2026 value, 2026 责任单位, 2027 value, 2027 责任单位, aggregation)
ROWS = [
    ("1", "人工智能相关企业", "家", "≥10", "区工信局", "20以上", "区工信局", "stock"),
    ("2", "智能工厂和数字化车间", "个", "5", "区工信局", "10以上", "区工信局", "stock"),
    ("3", "“人工智能+”应用场景", "个", "15", "区数据局", "30", "区数据局", "stock"),
    ("4", "智能算力规模", "P", "50", "区发改局", "100以上", "鹿鸣经济开发区管委会", "stock"),
    (
        "5",
        "政务服务事项“AI+智能办理”比例",
        "%",
        "60",
        "区政务服务中心",
        "100%",
        "区政务服务中心",
        "stock",
    ),
    ("6", "中小学智慧课堂覆盖率", "%", "80", "区教育局", "100%", "区教育局", "stock"),
    ("7", "智慧社区", "个", "—", "—", "12", "区民政局", "stock"),
    ("8", "人工智能技能培训", "人次", "2000", "区人社局", "3000", "区人社局", "flow"),
    ("9", "智慧停车泊位", "个", "3000", "区城管局", "5000", "区城管局", "stock"),
]
KINDS = {
    "人工智能相关企业": "ai_enterprises",
    "“人工智能+”应用场景": "application_scenarios",
    "智能算力规模": "computing_power",
    "人工智能技能培训": "talent",
}
# 2027 cells printing the goal paragraph's figure (same value, unit, year): no second target
RESTATED_2027 = {"人工智能相关企业", "智能算力规模", "政务服务事项“AI+智能办理”比例", "智慧社区"}
TABLE_NOTE = "注：“—”表示当年不设目标值；人工智能技能培训为当年新增数，其余指标为年末累计数。"


def _cell(text):
    """A cell's comparator and value: ≥10 / 10以上 → gte, 100% → eq 100 (the row's unit %), a bare figure → eq."""
    if text.startswith("≥"):
        return "gte", int(text[1:])
    if text.endswith("以上"):
        return "gte", int(text[:-2])
    return "eq", int(text.rstrip("%"))


def _table_targets():
    out, owners = [], []
    for no, metric, unit, v26, o26, v27, o27, agg in ROWS:
        cells = [no, metric, unit, v26, o26, v27, o27]
        for year, value, owner, upto in ((2026, v26, o26, 4), (2027, v27, o27, 6)):
            if value == "—" or (year == 2027 and metric in RESTATED_2027):
                continue
            comp, v = _cell(value)
            phrase = " ".join(cells[1:upto])
            out.append(
                T(
                    metric,
                    unit,
                    comp,
                    v,
                    phrase,
                    kind=KINDS.get(metric),
                    deadline=year,
                    aggregation=agg,
                )
            )
            owners.append(A[owner][0])
    return out, owners


# (group numbering, title, [(title, rest, lead, supporting, responsible, [targets])]); items numbered on 1.–12.
GROUPS = [
    (
        "（一）",
        "夯实发展基础",
        [
            (
                "建设区级智算中心",
                "在鹿鸣经济开发区建设区级智算中心，2026年建成一期工程，形成智能算力50P，面向区内企业提供普惠算力服务。探索“算力券”发放机制，降低中小企业用算成本，推动算力资源与产业需求精准对接。",
                ["区发改局"],
                ["鹿鸣经济开发区管委会", "区数据局"],
                [],
                [],
            ),
            (
                "推进数据资源汇聚",
                "编制全区公共数据资源目录，2026年底前归集公共数据目录1200项，推动政务数据、公共数据与社会数据融合应用。健全数据共享责任清单，加强数据质量管理，探索公共数据授权运营。",
                [],
                [],
                ["区数据局"],
                [
                    T(
                        "归集公共数据目录",
                        "项",
                        "eq",
                        1200,
                        "2026年底前归集公共数据目录1200项",
                        deadline=2026,
                    )
                ],
            ),
        ],
    ),
    (
        "（二）",
        "推动产业智能化",
        [
            (
                "推进企业智能化改造",
                "引导规上工业企业开展智能化改造和数字化转型诊断，每年推动智能化改造项目20个，培育一批智能工厂和数字化车间。组织服务商深入企业开展“诊断+改造”一体化服务，推广工业视觉检测、设备预测性维护等成熟应用。",
                ["区工信局"],
                ["区财政局", "区发改局"],
                [],
                [T("智能化改造项目", "个", "eq", 20, "每年推动智能化改造项目20个", per_year=True)],
            ),
            (
                "培育人工智能企业",
                "围绕智能装备、数据服务、智能软件等方向开展精准招商，建设人工智能产业园1个，引进培育一批人工智能相关企业。建立重点企业培育库，实行“一企一策”跟踪服务，推动企业做大做强。",
                ["区商务局"],
                ["区工信局", "鹿鸣经济开发区管委会"],
                [],
                [T("人工智能产业园", "个", "eq", 1, "建设人工智能产业园1个")],
            ),
            (
                "发展智慧农业",
                "推广设施农业智能控制和农产品质量智能追溯，建设智慧农业示范点8个。",
                [],
                [],
                ["区农业农村局"],
                [T("智慧农业示范点", "个", "eq", 8, "建设智慧农业示范点8个")],
            ),
        ],
    ),
    (
        "（三）",
        "深化场景应用",
        [
            (
                "推进“AI+政务服务”",
                "上线鹿鸣区政务服务智能助手，推动高频事项智能预审、智能填表和“秒批秒办”，提升企业群众办事体验。推动“12345”热线智能分派和诉求智能分析，提高响应速度和办理质量。",
                ["区政务服务中心"],
                ["区数据局"],
                [],
                [],
            ),
            (
                "推进“AI+社区治理”",
                "按照每个街道至少建设2个智慧社区的标准，推广智能门禁、独居老人智能监护、矛盾纠纷智能预警等应用，提升基层治理水平。推动网格员智能终端全覆盖，实现事件智能发现、自动派单、闭环处置。",
                ["区民政局"],
                ["区数据局", "各街道办事处"],
                [],
                [T("每个街道智慧社区", "个", "gte", 2, "每个街道至少建设2个智慧社区")],
            ),
            (
                "推进“AI+教育”",
                "建设智慧课堂和人工智能创新实验室，培育人工智能教育特色学校10所，开展中小学人工智能通识教育。加强教师人工智能应用能力培训，推动人工智能助教、智能学情分析等应用。",
                [],
                [],
                ["区教育局"],
                [T("人工智能教育特色学校", "所", "eq", 10, "培育人工智能教育特色学校10所")],
            ),
            (
                "推进“AI+医疗健康”",
                "推广人工智能辅助诊断、智能导诊和慢病智能管理，建设智慧医院2家。推动区域检查检验结果智能互认，提升基层医疗机构诊疗服务能力。",
                [],
                [],
                ["区卫健局"],
                [T("智慧医院", "家", "eq", 2, "建设智慧医院2家")],
            ),
            (
                "推进“AI+城市管理”",
                "建设智能停车管理平台，推广城市部件智能巡检和违规行为智能识别，提升城市管理精细化水平。推动停车资源共享错时利用，缓解老旧小区、医院学校周边停车难问题。",
                ["区城管局"],
                ["区住建局", "区公安分局"],
                [],
                [],
            ),
        ],
    ),
    (
        "（四）",
        "优化产业生态",
        [
            (
                "强化人才支撑",
                "面向企业职工和社区居民开展人工智能技能培训，引进人工智能领域高层次人才10名，支持企业与高校共建实训基地。",
                ["区人社局"],
                ["区教育局", "区科技局"],
                [],
                [
                    T(
                        "引进人工智能领域高层次人才",
                        "名",
                        "eq",
                        10,
                        "引进人工智能领域高层次人才10名",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "加强政策支持",
                "制定支持人工智能产业发展的若干措施，对新认定的省级智能工厂给予最高50万元奖励，对“人工智能+”应用场景项目按投资额的10%给予补助。",
                ["区财政局"],
                ["区工信局"],
                [],
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立区“人工智能+”行动工作领导小组，统筹推进全区“人工智能+”行动，领导小组办公室设在区工信局，负责日常工作。",
    ),
    (
        "（二）",
        "强化要素保障",
        "统筹安排专项资金，优先保障人工智能重点项目用地、用能需求，做好项目谋划储备。积极争取上级专项资金和政策支持，引导社会资本参与人工智能基础设施和应用场景建设。",
    ),
    (
        "（三）",
        "强化督导考核",
        "建立主要指标和重点任务工作台账，按季度调度、按年度考核，各责任单位要对照指标表按期完成目标任务。",
    ),
]


def _build():
    paras = [
        ("center", TITLE),
        ("p", PREAMBLE),
        ("h", "一、总体要求"),
        ("p", GENERAL),
        ("p", BASIS),
        ("h", "二、工作目标"),
        ("p", GOAL_TEXT),
        ("center", CAPTION),
        ("table", None),
        ("p", TABLE_NOTE),
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    table_targets, table_owners = _table_targets()
    head = "序号 指标 单位 2026年 2027年 目标值 责任单位 目标值 责任单位"
    table_text = "\n".join([head, *(" ".join(r[:7]) for r in ROWS)])
    goals = [Goal("到2027年", GOAL_TEXT, GOAL_TARGETS), Goal(CAPTION, table_text, table_targets)]
    owners = GOAL_OWNERS + table_owners
    paras.append(("h", "三、重点任务"))
    subs, n = [], 0
    for gno, gtitle, items in GROUPS:
        paras.append(("h", f"{gno}{gtitle}"))
        tasks = []
        for title, rest, lead, sup, resp, targets in items:
            n += 1
            if lead:
                ann = f"（牵头单位：{'、'.join(lead)}；配合单位：{'、'.join(sup)}）"
            else:
                ann = f"（责任单位：{'、'.join(resp)}）"
            paras.append(("p", f"{n}.{title}。{rest}{ann}"))
            tasks.append(
                Task(
                    f"{n}.",
                    title,
                    f"{title}。{rest}{ann}",
                    lead=[A[x][0] for x in lead],
                    supporting=[A[x][0] for x in sup],
                    responsible=[A[x][0] for x in resp],
                )
            )
            for t in targets:
                assert t.phrase in rest, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=f"{n}."))
                owners += [A[(lead or resp)[0]][0]] * len(targets)  # the item's lead, else 责任单位
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sections = [Section("三", "三、", "重点任务", "key_task", sections=subs)]
    paras.append(("h", "四、保障措施"))
    sg = []
    for no, title, text in SAFEGUARDS:
        paras.append(("p", f"{no}{title}。{text}"))
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("四", "四、", "保障措施", "safeguard", sg))
    paras += [("right", "霜原市鹿鸣区人民政府办公室"), ("right", "2026年3月28日")]
    return paras, goals, sections, {f"T{i}": o for i, o in enumerate(owners, 1)}


PARAS, GOALS, SECTIONS, OWNERS = _build()


def _table_html():
    out = [
        '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%;">',
        "<tr>"
        '<th rowspan="2">序号</th><th rowspan="2">指标</th><th rowspan="2">单位</th>'
        '<th colspan="2">2026年</th><th colspan="2">2027年</th>'
        "</tr>",
        "<tr><th>目标值</th><th>责任单位</th><th>目标值</th><th>责任单位</th></tr>",
    ]
    for row in ROWS:
        cells = "".join(f'<td style="text-align:center;">{c}</td>' for c in row[:7])
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


def _html():
    out = []
    for kind, text in PARAS:
        if kind == "center":
            out.append(f'<p style="text-align:center;"><strong>{text}</strong></p>')
        elif kind == "right":
            out.append(f'<p style="text-align:right;">{text}</p>')
        elif kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        elif kind == "table":
            out.append(_table_html())
        else:
            out.append(f'<p style="text-indent:2em;">{text}</p>')
    article = "\n".join(out)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{TITLE}_区政府办文件_霜原市鹿鸣区人民政府</title>
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-03-31 10:20">
<link rel="stylesheet" href="/css/article.css">
<script src="/js/common.js"></script>
</head>
<body>
<div class="top"><a href="/">霜原市鹿鸣区人民政府</a> <span>2026年3月31日 星期二</span></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/bsfw/">办事服务</a> <a href="/gzhd/">公众互动</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/qzfbwj/">区政府办文件</a></div>
<table class="xxgk">
<tr><td>索引号：</td><td>LMQ-2026-00031</td><td>发布机构：</td><td>霜原市鹿鸣区人民政府办公室</td></tr>
<tr><td>文号：</td><td>{DOC_NUMBER}</td><td>发布日期：</td><td>2026-03-31</td></tr>
</table>
<h1 class="title">{TITLE}</h1>
<div class="info">来源：鹿鸣区人民政府办公室　浏览次数：<span id="hits">326</span></div>
<div class="content" id="content">
{article}
</div>
<div class="tools"><a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a></div>
<div class="footer">
<p>主办：霜原市鹿鸣区人民政府办公室</p>
<p>网站标识码：2399000005　ICP备案号：黑ICP备00000000号</p>
</div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "luming-district",
        "name": "鹿鸣区",
        "name_en": "Luming District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 霜原市鹿鸣区“人工智能+”行动实施方案（2026—2027年） (霜原市鹿鸣区人民政府办公室, 鹿政办发〔2026〕5号, 2026-03-28)
# — SYNTHETIC (synthetic_cg): WRITTEN by the collector (helper blindCG, 2026-12-07) before reading or running the importer; no
#   such document (and no 霜原市 or 鹿鸣区) exists. Built by make_files.py from doc_luming.py as the portal page saved (.html).
# Zone luming-district (an invented urban district of an invented 东北 city) → district level; period 2026–2027.
# Outline: portal header, menu, breadcrumb, 信息公开 table, title, 来源 line; the 实施方案: title, preamble, 一、总体要求 = a guiding
#   paragraph and a 2025 paragraph (6家, 3个, 8个: baselines, no targets), no task;
#   二、工作目标 = one dated paragraph "到2027年，…" → goal titled 到2027年 (4 targets), the caption and the indicator TABLE with a
#   two-row header of merged cells (序号 | 指标 | 单位 rowspan 2; 2026年 / 2027年 colspan 2 over 目标值 | 责任单位) → a goal titled
#   by the caption (text = its header and rows as read, cells space-separated), a note (no target); 三、重点任务 = groups
#   （一）–（四） (sub-sections of 三) of items 1.–12. numbered on, each "N.标题。正文（annotation）"; 四、保障措施 （一）–（三）
#   unannotated → safeguard tasks; signature, date, portal footer.
# The table: one target per row and year, due that year, metric = the row's 指标, unit = its 单位: "≥10" and "20以上" → gte;
#   "100%" in a row whose unit is % → eq 100 %; a bare figure → eq; "—" (none that year) → no target. The note makes 人工智能
#   技能培训 the year's new count (flow, 2000 due 2026 and 3000 due 2027) and the rest year-end stock. Each target's OWNER is
#   the 责任单位 printed beside its figure for that year (智能算力规模: 区发改局 in 2026, 鹿鸣经济开发区管委会 in 2027). The 2027
#   cells of 人工智能相关企业 (20以上), 智能算力规模 (100以上 = the paragraph's 突破100P), 政务服务事项“AI+智能办理”比例 (100%)
#   and 智慧社区 (12) restate the goal paragraph (same value, unit, year) → ONE target each, kept in the paragraph (its
#   comparator), with the table's 2027 责任单位 as owner. source_phrase = the row from its 指标 up to the figure.
#   The table's 责任单位 give no task role (no task there); every body named in it is also annotated on a task.
# Tasks: title = phrase before the first 。; text = title + body + annotation (no number). 牵头单位 → lead, 配合单位 →
#   supporting, 责任单位 → responsible. 各街道办事处 → ONE collective agency; 区公安分局 = 霜原市公安局鹿鸣分局. Items holding
#   figures are also goals titled like them (text without annotation); figures with no year → 2027 (plan end); 每年… →
#   per_year flow; an item's figures are OWNED by its first 牵头单位, else its first 责任单位 (SOURCES.md, owners);
#   "2026年底前归集…1200项" → 2026. "每个街道至少建设2个智慧社区" → a quota for each unit below the district
#   (SOURCES.md): metric 每个街道智慧社区, gte 2. Restated: item 1's "形成智能算力50P" (the table's 2026 智能算力规模). Not
#   targets: 最高50万元奖励 (a reward), 按投资额的10%给予补助 (a subsidy rate), the 领导小组办公室 "负责日常工作" (no role).
"""

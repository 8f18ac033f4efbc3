# ruff: noqa: E501  (plan text as the office writes it)
"""淦源县2026年“人工智能+”行动工作方案 — INVENTED (synthetic_cm). The county portal's page (.html, UTF-8): site header,
信息公开 table, the article: preamble, 一、工作目标 (one dated paragraph), 二、重点任务 as seven TASK CARDS <div class="card">,
任务1–4 printed as <dl> (<dt>label</dt><dd>content</dd>), 任务5–7 pasted later as <p><strong>label：</strong>content</p>; each card
ends on a 考核指标 line carrying its 分值 (points, the seven summing to 100); 三、保障措施 （一）–（三）; signature; site footer."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "ganyuan-ai-plus-work-plan-2026-synthetic"
KIND = "html"

A = {
    "县农业农村局": ("nyj", "淦源县农业农村局", "agriculture"),
    "县林业局": ("lyj", "淦源县林业局", "natural_resources"),
    "县供销社": ("gxs", "淦源县供销合作社联合社", "other"),
    "各乡镇人民政府": ("xz", "淦源县各乡镇人民政府", "local_government"),
    "县政务服务数据管理局": ("zsj", "淦源县政务服务数据管理局", "big_data"),
    "县发改委": ("fgw", "淦源县发展和改革委员会", "development_reform"),
    "县财政局": ("czj", "淦源县财政局", "finance"),
    "县工信局": ("gxj", "淦源县工业和信息化局", "industry_it"),
    "淦源工业园区管委会": ("yq", "淦源工业园区管理委员会", "park_administration"),
    "县科技局": ("kjj", "淦源县科学技术局", "science_technology"),
    "县商务局": ("swj", "淦源县商务局", "commerce"),
    "县妇联": ("fl", "淦源县妇女联合会", "other"),
    "县文广新旅局": ("wlj", "淦源县文化广电新闻出版旅游局", "culture_tourism"),
    "县交通运输局": ("jtj", "淦源县交通运输局", "transport"),
    "县人社局": ("rsj", "淦源县人力资源和社会保障局", "human_resources"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
CODE = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "淦源县2026年“人工智能+”行动工作方案"
DOC_NUMBER = "淦府办字〔2026〕11号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Ganyuan County “AI+” action work plan for 2026 — synthetic",
    "issuer": "淦源县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-02",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.html",
}

PREAMBLE = "为贯彻落实省、市关于深入实施“人工智能+”行动的部署要求，推动人工智能与我县茶产业、工业园区、文化旅游和政务服务深度融合，助力打造赣中生态经济强县，结合我县实际，制定本工作方案。"
GOAL_TEXT = "到2026年底，全县人工智能相关产业营业收入达到15亿元，培育“人工智能+”应用企业30家，打造“人工智能+”典型应用场景20个，县级政务服务事项智能化办理率达到60%。"
GOAL_TARGETS = [
    T(
        "人工智能相关产业营业收入",
        "亿元",
        "eq",
        15,
        "全县人工智能相关产业营业收入达到15亿元",
        kind="related_industry_scale",
    ),
    T("“人工智能+”应用企业", "家", "eq", 30, "培育“人工智能+”应用企业30家", kind="ai_enterprises"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        20,
        "打造“人工智能+”典型应用场景20个",
        kind="application_scenarios",
    ),
    T("县级政务服务事项智能化办理率", "%", "eq", 60, "县级政务服务事项智能化办理率达到60%"),
]
CARDS_INTRO = "全县“人工智能+”行动实行任务卡管理，共设置7张任务卡，每张任务卡明确工作目标、主要举措、进度安排、牵头单位、配合单位、责任人、完成时限和考核指标，实行百分制考核。"

# card: (title, goal, measures, schedule, lead, supporting, person, due printed, due iso, assessment, form, targets)
CARDS = [
    (
        "智慧茶园提质增效",
        "2026年底前建成智慧茶园2万亩，布设茶园物联网监测点200个，重点茶企产品质量追溯覆盖率达到90%。",
        "在淦源云雾茶核心产区推广虫情测报、墒情监测、无人机植保等智能装备，建设全县茶园数字化管理平台；对新建智慧茶园按每亩300元给予一次性补助。",
        "5月底前完成茶园选点和方案设计；7月底前完成物联网设备安装；10月底前建成智慧茶园2万亩；12月底前质量追溯平台上线运行。",
        ["县农业农村局"],
        ["县林业局", "县供销社", "各乡镇人民政府"],
        "县农业农村局局长",
        "2026年12月底",
        "2026-12-31",
        "建成智慧茶园≥2万亩、物联网监测点≥200个，按期完成得满分，每少10%扣1.5分（分值15分）",
        "dl",
        [
            T("智慧茶园", "亩", "eq", 20000, "建成智慧茶园2万亩"),
            T("茶园物联网监测点", "个", "eq", 200, "布设茶园物联网监测点200个"),
            T("重点茶企产品质量追溯覆盖率", "%", "eq", 90, "重点茶企产品质量追溯覆盖率达到90%"),
        ],
    ),
    (
        "县域智能算力和数据底座建设",
        "9月底前建成县级政务云智能算力节点，算力规模达到20P，归集县级政务数据资源目录800项以上。",
        "依托县政务云机房扩容改造，部署国产化智能算力设备；梳理县直部门数据资源，推动县级数据向市一体化公共数据平台汇聚共享。",
        "4月底前完成机房改造方案；6月底前完成设备采购；9月底前建成投用；数据目录归集按季度推进，每季度归集不少于200项。",
        ["县政务服务数据管理局"],
        ["县发改委", "县财政局"],
        "县政务服务数据管理局局长",
        "2026年9月底",
        "2026-09-30",
        "算力节点按期建成投用（分值10分）；数据资源目录归集≥800项（分值5分）",
        "dl",
        [
            T(
                "县级政务云智能算力节点算力规模",
                "P",
                "eq",
                20,
                "算力规模达到20P",
                kind="computing_power",
            ),
            T("县级政务数据资源目录", "项", "gte", 800, "归集县级政务数据资源目录800项以上"),
        ],
    ),
    (
        "“淦快办”政务服务智能化",
        "上线“淦快办”智能导办服务，覆盖高频政务服务事项150项，“一网通办”网上可办率达到98%。",
        "梳理高频政务服务事项办事指南，建设政务服务知识库，提供智能问答、智能导办和材料智能预审服务；在县政务服务中心和各乡镇便民服务中心设置智能导办终端。",
        "6月底前完成事项梳理和知识库建设；8月底前上线试运行；10月底前正式运行。",
        ["县政务服务数据管理局"],
        [],
        "县政府办公室副主任",
        "2026年10月底",
        "2026-10-31",
        "按期上线、覆盖事项≥150项（分值10分）",
        "dl",
        [
            T("“淦快办”智能导办覆盖高频政务服务事项", "项", "eq", 150, "覆盖高频政务服务事项150项"),
            T("“一网通办”网上可办率", "%", "eq", 98, "“一网通办”网上可办率达到98%"),
        ],
    ),
    (
        "工业园区智能制造升级",
        "推动规上工业企业实施智能化改造项目20个，新增省级数字化转型示范企业3家，建成5G全连接工厂1家。",
        "围绕电子元器件、新型建材两大主导产业，组织服务商开展智能化改造诊断；对实施智能化改造的企业按设备投资额的10%给予奖补，单个企业最高50万元。",
        "3月底前完成企业诊断；6月底前开工项目不少于10个；9月底前完成省级示范企业申报；12月底前全部项目完工。",
        ["县工信局"],
        ["淦源工业园区管委会", "县科技局"],
        "县工信局局长",
        "2026年12月底",
        "2026-12-31",
        "完成改造项目≥20个（分值12分）；新增省级示范企业≥3家（分值5分）；建成5G全连接工厂（分值3分）",
        "dl",
        [
            T(
                "实施智能化改造项目",
                "个",
                "eq",
                20,
                "推动规上工业企业实施智能化改造项目20个",
                aggregation="flow",
            ),
            T(
                "新增省级数字化转型示范企业",
                "家",
                "eq",
                3,
                "新增省级数字化转型示范企业3家",
                aggregation="flow",
            ),
            T("5G全连接工厂", "家", "eq", 1, "建成5G全连接工厂1家"),
        ],
    ),
    (
        "农村电商AI直播赋能",
        "培育AI数字人直播电商主体50家，全县农产品网络零售额达到12亿元。",
        "依托县电商公共服务中心，引进AI数字人直播、智能选品等服务商，为茶叶、脐橙、米粉等特色农产品提供直播运营服务；组织开展电商直播技能大赛。",
        "4月底前引进服务商；6月底前培育直播电商主体25家；12月底前完成全年目标。",
        ["县商务局"],
        ["县农业农村局", "县妇联"],
        "县商务局局长",
        "2026年12月底",
        "2026-12-31",
        "培育直播电商主体≥50家（分值10分）；农产品网络零售额≥12亿元（分值5分）",
        "strong",
        [
            T("AI数字人直播电商主体", "家", "eq", 50, "培育AI数字人直播电商主体50家"),
            T("农产品网络零售额", "亿元", "eq", 12, "全县农产品网络零售额达到12亿元"),
        ],
    ),
    (
        "智慧文旅“游淦源”",
        "建成“游淦源”智慧文旅平台，全县A级景区智慧导览覆盖率达到100%，全年线上预约游客达到30万人次。",
        "整合全县景区、酒店、民宿和文化场馆资源，建设集智能导览、分时预约、客流监测于一体的智慧文旅平台；推出AI导游、数字人讲解等服务。",
        "5月底前完成平台开发；“五一”前上线分时预约功能；8月底前完成A级景区智慧导览部署；11月底前平台全面运行。",
        ["县文广新旅局"],
        ["县政务服务数据管理局", "县交通运输局"],
        "县文广新旅局局长",
        "2026年11月底",
        "2026-11-30",
        "平台按期建成运行、景区智慧导览全覆盖（分值10分）",
        "strong",
        [
            T("A级景区智慧导览覆盖率", "%", "eq", 100, "全县A级景区智慧导览覆盖率达到100%"),
            T(
                "线上预约游客",
                "人次",
                "eq",
                300000,
                "全年线上预约游客达到30万人次",
                aggregation="flow",
            ),
        ],
    ),
    (
        "全民数字技能提升",
        "全年开展人工智能应用技能培训1万人次，其中农村实用人才培训3000人次。",
        "把人工智能应用技能纳入职业技能培训补贴目录，依托县职业中专、乡镇成人文化技术学校开展培训；组织巾帼电商、返乡青年等专题培训班。",
        "上半年完成培训5000人次；三季度完成8000人次；12月底前完成全年任务。",
        ["县人社局"],
        ["县农业农村局", "县妇联", "各乡镇人民政府"],
        "县人社局局长",
        "2026年12月底",
        "2026-12-31",
        "完成培训≥1万人次（分值15分），每少1000人次扣1分",
        "strong",
        [
            T(
                "人工智能应用技能培训",
                "人次",
                "eq",
                10000,
                "全年开展人工智能应用技能培训1万人次",
                kind="talent",
                aggregation="flow",
            ),
            T(
                "农村实用人才培训",
                "人次",
                "eq",
                3000,
                "其中农村实用人才培训3000人次",
                aggregation="flow",
                parent="PREV",
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立县“人工智能+”行动工作领导小组，由县政府主要领导任组长，领导小组办公室设在县工信局，负责任务卡的调度、督办和考核。各牵头单位要明确一名分管领导和一名联络员，建立工作台账。",
    ),
    (
        "（二）",
        "强化资金保障",
        "县财政2026年安排“人工智能+”专项资金2000万元，统筹用于智慧茶园、智能化改造、数字技能培训等任务卡实施。积极争取上级专项资金和地方政府专项债券支持。",
    ),
    (
        "（三）",
        "严格考核评分",
        "任务卡实行百分制考核，各卡分值见考核指标，由县领导小组办公室每季度打分通报，年终考核结果纳入县直单位和乡镇年度综合考核。对得分低于60分的牵头单位，由县政府分管领导约谈。",
    ),
]


def _card_html(no, title, rows, form):
    head = f'<div class="card" id="rwk{no}">\n<h4 class="card-hd">任务{no}：{title}</h4>'
    if form == "dl":
        body = "\n".join(f"<dt>{label}</dt><dd>{content}</dd>" for label, content in rows)
        return f'{head}\n<dl class="card-bd">\n{body}\n</dl>\n</div>'
    body = "\n".join(
        f'<p style="text-indent:2em;"><strong>{label}：</strong>{content}</p>'
        for label, content in rows
    )
    return f"{head}\n{body}\n</div>"


def _build():
    parts = [
        f'<p style="text-align:center;">{DOC_NUMBER}</p>',
        f'<p style="text-align:center;"><strong>{TITLE}</strong></p>',
        '<p style="text-indent:2em;">' + PREAMBLE + "</p>",
        '<p style="text-indent:2em;"><strong>一、工作目标</strong></p>',
        '<p style="text-indent:2em;">' + GOAL_TEXT + "</p>",
        '<p style="text-indent:2em;"><strong>二、重点任务</strong></p>',
        '<p style="text-indent:2em;">' + CARDS_INTRO + "</p>",
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("到2026年底", GOAL_TEXT, GOAL_TARGETS)]
    tasks = []
    for n, card in enumerate(CARDS, 1):
        title, goal, measures, schedule, lead, sup, person, due_text, due, check, form, targets = (
            card
        )
        rows = [
            ("工作目标", goal),
            ("主要举措", measures),
            ("进度安排", schedule),
            ("牵头单位", "、".join(lead)),
            ("配合单位", "、".join(sup) if sup else "县直各有关单位"),
            ("责任人", person),
            ("完成时限", due_text),
            ("考核指标", check),
        ]
        parts.append(_card_html(n, title, rows, form))
        if form == "dl":
            text = "\n".join(f"{label}\n{content}" for label, content in rows)
        else:
            text = "".join(f"{label}：{content}" for label, content in rows)
        tasks.append(
            Task(
                f"任务{n}",
                title,
                text,
                lead=[CODE[x] for x in lead],
                supporting=[CODE[x] for x in sup],
                due=due,
            )
        )
        for t in targets:
            assert t.phrase in goal, t.phrase
        goals.append(Goal(title, goal, targets, numbering=f"任务{n}"))
    sections = [Section("二", "二、", "重点任务", "key_task", tasks)]
    parts.append('<p style="text-indent:2em;"><strong>三、保障措施</strong></p>')
    sg = []
    for no, title, text in SAFEGUARDS:
        parts.append(f'<p style="text-indent:2em;">{no}{title}。{text}</p>')
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("三", "三、", "保障措施", "safeguard", sg))
    parts += [
        '<p style="text-align:right;">淦源县人民政府办公室</p>',
        '<p style="text-align:right;">2026年4月2日</p>',
        '<p style="text-indent:2em;">（此件主动公开）</p>',
    ]
    return "\n".join(parts), goals, sections


ARTICLE, GOALS, SECTIONS = _build()

STYLE = """.card{border:1px solid #c9d6e8;margin:12px 0;padding:0 0 6px 0}
.card-hd{background:#eef3fa;margin:0;padding:6px 12px;font-size:16px}
.card-bd{margin:0;padding:6px 12px}.card-bd dt{float:left;width:6em;font-weight:bold;clear:left}
.card-bd dd{margin-left:7em;margin-bottom:4px}"""

TEXT = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_县政府办文件_淦源县人民政府</title>
<meta name="SiteName" content="淦源县人民政府">
<meta name="ColumnName" content="县政府办文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-04-03 16:20">
<style>
{STYLE}
</style>
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="top">淦源县人民政府　<a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/zjgy/">走进淦源</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfwj/">县政府办文件</a></div>
<table class="xxgk-meta">
<tr><td>索 引 号：</td><td>GY-0211-2026-0037</td><td>分　　类：</td><td>科技、信息产业</td></tr>
<tr><td>发布机构：</td><td>淦源县人民政府办公室</td><td>成文日期：</td><td>2026-04-02</td></tr>
<tr><td>名　　称：</td><td colspan="3">{TITLE}</td></tr>
<tr><td>文　　号：</td><td>{DOC_NUMBER}</td><td>发布日期：</td><td>2026-04-03</td></tr>
</table>
<h1 class="art-title">{TITLE}</h1>
<div class="art-info">来源：县政府办　发布时间：2026-04-03　浏览次数：<span id="hits">1362</span></div>
<div class="art-content" id="zoom">
{ARTICLE}
</div>
<div class="art-attach">附件：无</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>　<a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="foot">
<p>主办单位：淦源县人民政府办公室　承办单位：淦源县政务服务数据管理局</p>
<p>网站标识码：3608000017　赣ICP备05001234号-1　赣公网安备36080002000123号</p>
</div>
<script>document.getElementById('hits').innerHTML = '1363';</script>
</body>
</html>
"""

EXTRACTION = {
    "zone": {
        "slug": "ganyuan-county",
        "name": "淦源县",
        "name_en": "Ganyuan County",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 淦源县2026年“人工智能+”行动工作方案 (淦源县人民政府办公室, 淦府办字〔2026〕11号, 2026-04-02)
# — SYNTHETIC (synthetic_cm): WRITTEN by the collector (helper blindCM, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_ganyuan.py as the portal page saved (.html, UTF-8).
# Zone ganyuan-county (an invented county of 江西; its city is not named) → district level (a county, below a city); period 2026.
# Outline: portal header, breadcrumb, 信息公开 table, article title and info line (浏览次数: no figure of the plan); 文号, title,
#   preamble; 一、工作目标 = one dated paragraph → goal titled 到2026年底 (4 targets); 二、重点任务 = an intro ("共设置7张任务卡",
#   "百分制": no target) and seven TASK CARDS <div class="card"> headed "任务N：标题" (<h4>): 任务1–4 print their lines as a <dl>
#   (<dt>label</dt><dd>content</dd>, no colon), 任务5–7 as paragraphs "<strong>label：</strong>content"; lines 工作目标 / 主要举措 /
#   进度安排 / 牵头单位 / 配合单位 / 责任人 / 完成时限 / 考核指标. 三、保障措施 （一）–（三） (safeguard tasks, no roles). Signature, date,
#   "（此件主动公开）", 附件：无, site footer (承办单位: no role).
# Tasks: one per card; numbering 任务N; title = the heading's words after "任务N："; text = the card's lines from 工作目标 to 考核指标,
#   labels kept as printed (dl: label then content; strong: "label：content"). due = 完成时限 (2026年9月底 → 2026-09-30).
# Roles: 牵头单位 → lead; 配合单位 → supporting. 任务3's 配合单位 is "县直各有关单位" (generic: no agency, the task has its lead alone).
#   责任人 (a post: 县农业农村局局长, 县政府办公室副主任) → no agency, no role. 各乡镇人民政府 one collective; 县供销社 and 县妇联 other.
# Targets: the goals paragraph's four (due 2026); every card is also a goal titled like the card (numbering 任务N, text = its 工作目标
#   content), its figures due 2026. 考核指标 lines: 分值 (15分, 10分 …), 扣分 (每少10%扣1.5分, 每少1000人次扣1分) and the figures
#   they restate from the 工作目标 (≥2万亩, ≥200个, ≥800项, ≥150项, ≥20个, ≥3家, ≥50家, ≥12亿元, ≥1万人次) → no target (one target,
#   kept where the 工作目标 prints it, with its comparator). 进度安排 steps within the year (10月底前建成2万亩, 每季度不少于200项,
#   6月底前开工不少于10个, 6月底前25家, 上半年5000人次 / 三季度8000人次) → no targets. Not targets: 每亩300元补助, 奖补10% / 50万元,
#   专项资金2000万元 (a budget), 得分低于60分 (a scoring rule), 浏览次数. 2万亩 → 20000 亩; 1万人次 → 10000 人次; 30万人次 → 300000
#   人次; 其中…3000人次 → parent. 实施 / 新增 / 培训 / 预约游客 → flow; others stock.
"""

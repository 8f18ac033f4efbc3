# ruff: noqa: E501  (plan text as the office writes it)
"""崧岚县“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_cv). The county portal's page saved as .html: nav,
breadcrumbs, 发布时间 / 来源, the article as <p> paragraphs, 相关链接 and a footer "主办：崧岚县人民政府办公室　承办：崧岚县数据局"
(the SITE's sponsor and operator, no role). Tasks close on RUN-IN PROSE roles — "由县数据局统筹，各乡镇具体实施。", "（县工信局主抓，
县财政局协助）", "县发改委抓总，县工信局、县科技局分工落实。", "县卫健委负责，县医保局支持。" — and the enterprise-led tasks carry a
label "（实施主体：X公司；牵头单位：县Y局）"; one part states once "本行动各项任务，各乡镇为责任主体，不再逐项列出"."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "songlan-jiangxi-ai-plus-action-2026-synthetic"
KIND = "html"

A = {
    "县发改委": ("fgw", "崧岚县发展和改革委员会", "development_reform"),
    "县工信局": ("gxj", "崧岚县工业和信息化局", "industry_it"),
    "县科技局": ("kjj", "崧岚县科学技术局", "science_technology"),
    "县数据局": ("sjj", "崧岚县数据局", "big_data"),
    "县财政局": ("czj", "崧岚县财政局", "finance"),
    "县教体局": ("jtj", "崧岚县教育体育局", "education"),
    "县卫健委": ("wjw", "崧岚县卫生健康委员会", "health"),
    "县医保局": ("ybj", "崧岚县医疗保障局", "health"),
    "县农业农村局": ("nyj", "崧岚县农业农村局", "agriculture"),
    "县文广新旅局": ("wlj", "崧岚县文化广电新闻出版旅游局", "culture_tourism"),
    "县商务局": ("swj", "崧岚县商务局", "commerce"),
    "县人社局": ("rsj", "崧岚县人力资源和社会保障局", "human_resources"),
    "各乡镇": ("xz", "崧岚县各乡镇人民政府", "local_government"),
    "崧岚工业园区管委会": ("yq", "崧岚工业园区管理委员会", "park_administration"),
    "崧岚县城市发展投资集团有限公司": ("ct", "崧岚县城市发展投资集团有限公司", "state_enterprise"),
    "中国移动崧岚分公司": ("yd", "中国移动通信集团江西有限公司崧岚分公司", "state_enterprise"),
    "江西崧岚云智科技有限公司": ("yz", "江西崧岚云智科技有限公司", "other"),
    "崧岚县农业发展集团有限公司": ("nf", "崧岚县农业发展集团有限公司", "state_enterprise"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
C = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "崧岚县“人工智能+”行动方案（2026—2028年）"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Songlan County (Jiangxi) “AI+” action plan 2026–2028 — synthetic",
    "issuer": "崧岚县人民政府办公室",
    "doc_number": "崧府办字〔2026〕12号",
    "issued_on": "2026-04-08",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.html",
}

GUIDE = "以习近平新时代中国特色社会主义思想为指导，深入贯彻落实国家、省、市关于“人工智能+”行动的决策部署，立足我县电子信息、绿色食品、生态旅游等产业基础，坚持应用为先、场景驱动、企业主体、政府引导，推动人工智能与县域经济社会发展深度融合，加快培育新质生产力。2025年，全县人工智能核心产业规模达到4.6亿元，智能算力规模达到12P，人工智能相关企业21家，为推进“人工智能+”行动打下了较好基础。"
G1_TEXT = "到2026年底，全县人工智能核心产业规模达到8亿元，智能算力规模达到50P，打造“人工智能+”应用场景20个。"
G1 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        8,
        "全县人工智能核心产业规模达到8亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    T("智能算力规模", "P", "eq", 50, "智能算力规模达到50P", kind="computing_power", deadline=2026),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        20,
        "打造“人工智能+”应用场景20个",
        kind="application_scenarios",
        deadline=2026,
    ),
]
G2_TEXT = "到2028年，全县人工智能核心产业规模突破20亿元，人工智能相关企业达到50家以上，智能算力规模达到150P，累计打造“人工智能+”应用场景60个，规模以上工业企业数字化转型比例达到70%。"
G2 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        20,
        "全县人工智能核心产业规模突破20亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能相关企业", "家", "gte", 50, "人工智能相关企业达到50家以上", kind="ai_enterprises"),
    T("智能算力规模", "P", "eq", 150, "智能算力规模达到150P", kind="computing_power"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        60,
        "累计打造“人工智能+”应用场景60个",
        kind="application_scenarios",
    ),
    T("规模以上工业企业数字化转型比例", "%", "eq", 70, "规模以上工业企业数字化转型比例达到70%"),
]

# parts: (numeral, heading, rule stated once or None, items)
# item: (title, body, roles sentence as printed, lead, supporting, responsible, targets)
PARTS = [
    (
        "（一）",
        "智能底座夯实行动",
        None,
        [
            (
                "建设县域智算中心",
                "在崧岚工业园区建设县域智算中心，2026年底前建成智能算力30P，2028年底前扩容至100P，为全县企业和政务部门提供算力服务。",
                "（实施主体：崧岚县城市发展投资集团有限公司、中国移动崧岚分公司；牵头单位：县发改委）",
                ["县发改委"],
                [],
                ["崧岚县城市发展投资集团有限公司", "中国移动崧岚分公司"],
                [
                    T(
                        "县域智算中心智能算力",
                        "P",
                        "eq",
                        30,
                        "2026年底前建成智能算力30P",
                        kind="computing_power",
                        deadline=2026,
                    ),
                    T(
                        "县域智算中心智能算力",
                        "P",
                        "eq",
                        100,
                        "2028年底前扩容至100P",
                        kind="computing_power",
                        deadline=2028,
                    ),
                ],
            ),
            (
                "推进县域数据汇聚",
                "建设县级公共数据平台，归集政务、农业、医疗、交通等领域数据，建立数据目录和质量管理制度，累计归集数据5000万条。由县数据局统筹，各乡镇具体实施。",
                "",
                ["县数据局"],
                [],
                ["各乡镇"],
                [T("归集数据", "条", "eq", 50000000, "累计归集数据5000万条")],
            ),
            (
                "完善网络基础设施",
                "推进5G网络向行政村和重点园区延伸，新建5G基站200个，实现重点场所5G网络覆盖。依托由县数据局牵头组建的县域数据运营专班，推动网络与数据资源协同。县工信局主抓，中国移动崧岚分公司协助。",
                "",
                ["县工信局"],
                ["中国移动崧岚分公司"],
                [],
                [T("新建5G基站", "个", "eq", 200, "新建5G基站200个", aggregation="flow")],
            ),
        ],
    ),
    (
        "（二）",
        "智能制造提升行动",
        None,
        [
            (
                "推动电子信息产业智能化",
                "支持电子元器件、智能终端企业建设智能产线，推广机器视觉检测、智能排产等应用，到2028年建成省级智能工厂6家、数字化车间20个。",
                "（县工信局主抓，县财政局、崧岚工业园区管委会协助）",
                ["县工信局"],
                ["县财政局", "崧岚工业园区管委会"],
                [],
                [
                    T("省级智能工厂", "家", "eq", 6, "建成省级智能工厂6家"),
                    T("数字化车间", "个", "eq", 20, "数字化车间20个"),
                ],
            ),
            (
                "建设工业互联网平台",
                "建设面向电子信息产业集群的工业互联网平台，推动中小企业上云用平台，累计服务企业150家。",
                "（实施主体：江西崧岚云智科技有限公司；牵头单位：县工信局）",
                ["县工信局"],
                [],
                ["江西崧岚云智科技有限公司"],
                [T("工业互联网平台服务企业", "家", "eq", 150, "累计服务企业150家")],
            ),
            (
                "培育人工智能企业",
                "建立人工智能企业培育库，开展招大引强，每年引进人工智能及关联企业5家以上，积极争取省工信厅支持，推动企业申报专精特新中小企业。县发改委抓总，县工信局、县科技局分工落实。",
                "",
                ["县发改委"],
                [],
                ["县工信局", "县科技局"],
                [
                    T(
                        "引进人工智能及关联企业",
                        "家",
                        "gte",
                        5,
                        "每年引进人工智能及关联企业5家以上",
                        kind="ai_enterprises",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
    (
        "（三）",
        "智慧乡村振兴行动",
        "本行动各项任务，各乡镇为责任主体，不再逐项列出。",
        [
            (
                "发展智慧农业",
                "在脐橙、茶叶主产区推广智能灌溉、病虫害智能识别和农业无人机植保，建设数字农业示范基地8个。责任人：县农业农村局分管负责同志。县农业农村局负责，县科技局支持。",
                "",
                [],
                ["县科技局"],
                ["县农业农村局"],
                [T("数字农业示范基地", "个", "eq", 8, "建设数字农业示范基地8个")],
            ),
            (
                "推进农产品智慧流通",
                "建设农产品产地智能仓储和冷链分拣中心，发展直播电商，培育农村电商带头人300名。",
                "（实施主体：崧岚县农业发展集团有限公司；牵头单位：县商务局）",
                ["县商务局"],
                [],
                ["崧岚县农业发展集团有限公司"],
                [T("农村电商带头人", "名", "eq", 300, "培育农村电商带头人300名", kind="talent")],
            ),
            (
                "推进智慧文旅",
                "在重点景区推广智能导览、客流监测和智能票务，打造智慧旅游景区4个。由县文广新旅局统筹，县商务局配合。",
                "",
                ["县文广新旅局"],
                ["县商务局"],
                [],
                [T("智慧旅游景区", "个", "eq", 4, "打造智慧旅游景区4个")],
            ),
        ],
    ),
    (
        "（四）",
        "智慧民生服务行动",
        None,
        [
            (
                "推进智慧医疗",
                "推动县人民医院、县中医院建设智慧医院，推广智能辅助诊断和远程医疗，乡镇卫生院智能辅助诊断系统应用率达到80%。",
                "（县卫健委负责，县医保局支持）",
                [],
                ["县医保局"],
                ["县卫健委"],
                [
                    T(
                        "乡镇卫生院智能辅助诊断系统应用率",
                        "%",
                        "eq",
                        80,
                        "乡镇卫生院智能辅助诊断系统应用率达到80%",
                    )
                ],
            ),
            (
                "推进智慧教育",
                "建设人工智能教育实验学校10所，开展教师人工智能应用能力培训1000人次。由县教体局牵头，县科技局参与。",
                "",
                ["县教体局"],
                ["县科技局"],
                [],
                [
                    T("人工智能教育实验学校", "所", "eq", 10, "建设人工智能教育实验学校10所"),
                    T(
                        "教师人工智能应用能力培训",
                        "人次",
                        "eq",
                        1000,
                        "开展教师人工智能应用能力培训1000人次",
                        kind="talent",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "推进“人工智能+政务服务”",
                "上线县级政务智能客服和“一网通办”智能导办，推动高频政务服务事项“秒批秒办”50项。由县数据局统筹，各乡镇具体实施。",
                "",
                ["县数据局"],
                [],
                ["各乡镇"],
                [
                    T(
                        "高频政务服务事项“秒批秒办”",
                        "项",
                        "eq",
                        50,
                        "推动高频政务服务事项“秒批秒办”50项",
                    )
                ],
            ),
            (
                "加强数字技能培训",
                "面向企业职工、返乡创业人员开展人工智能和数字技能培训，每年培训2000人次。县人社局负责，县教体局、县工信局支持。",
                "",
                [],
                ["县教体局", "县工信局"],
                ["县人社局"],
                [
                    T(
                        "人工智能和数字技能培训",
                        "人次",
                        "eq",
                        2000,
                        "每年培训2000人次",
                        kind="talent",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
]

# a sentence inserted before each item's closing roles (no figure, no body named)
MORE = {
    "建设县域智算中心": "推动算力设施与园区企业需求精准对接，提高算力资源利用效率。",
    "推进县域数据汇聚": "加强数据安全管理，落实数据分类分级保护要求。",
    "完善网络基础设施": "加快物联网感知设施部署，提升网络支撑能力。",
    "推动电子信息产业智能化": "鼓励企业开放生产场景，与人工智能企业联合开展技术验证。",
    "建设工业互联网平台": "推广低成本、轻量化的数字化解决方案。",
    "培育人工智能企业": "落实惠企政策直达快享，优化企业发展环境。",
    "发展智慧农业": "推动农业生产数据采集和智能分析，提升农业生产精细化水平。",
    "推进农产品智慧流通": "打造县域农产品区域公用品牌，拓宽线上销售渠道。",
    "推进智慧文旅": "整合全县文旅资源，完善线上预约、咨询和投诉服务。",
    "推进智慧医疗": "推动医保智能监管，提升基金使用效率。",
    "推进智慧教育": "推广智能学情分析应用，促进因材施教。",
    "推进“人工智能+政务服务”": "推动政务服务向村（社区）便民服务点延伸。",
    "加强数字技能培训": "鼓励企业开展岗位技能提升培训。",
}

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立县推进“人工智能+”行动工作专班，由县政府分管副县长任组长，专班办公室设在县发改委。实行县领导挂点联系制度，每项重点行动由一名分管县领导牵头推进，牵头县领导每季度听取一次工作汇报。",
    ),
    (
        "（二）",
        "强化要素保障",
        "县财政每年安排人工智能发展专项资金不少于1000万元，优先保障人工智能项目用地、用能需求。",
    ),
    (
        "（三）",
        "强化督查考核",
        "县政府督查室牵头对各项任务开展督办，每半年通报一次进展，督办结果纳入县直单位和乡镇年度综合考核。",
    ),
]


def _codes(names):
    return [C[n] for n in names]


def _build():
    paras = [
        '<p style="text-align:center;">崧府办字〔2026〕12号</p>',
        "<p>各乡镇人民政府，县政府各部门，崧岚工业园区管委会：</p>",
        f"<p>　　《{TITLE}》已经县政府同意，现印发给你们，请认真贯彻执行。</p>",
        '<p style="text-align:right;">崧岚县人民政府办公室</p>',
        '<p style="text-align:right;">2026年4月8日</p>',
        f'<p style="text-align:center;"><strong>{TITLE}</strong></p>',
        "<p>　　<strong>一、总体要求</strong></p>",
        f"<p>　　{GUIDE}</p>",
        "<p>　　<strong>二、行动目标</strong></p>",
        f"<p>　　{G1_TEXT}</p>",
        f"<p>　　{G2_TEXT}</p>",
        "<p>　　<strong>三、重点行动</strong></p>",
    ]
    for t in G1:
        assert t.phrase in G1_TEXT, t.phrase
    for t in G2:
        assert t.phrase in G2_TEXT, t.phrase
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2028年", G2_TEXT, G2)]
    parts = []
    for pno, ptitle, rule, items in PARTS:
        paras.append(f"<p>　　<strong>{pno}{ptitle}</strong></p>")
        if rule:
            paras.append(f"<p>　　{rule}</p>")
        tasks = []
        for i, (title, body, label, lead, sup, resp, targets) in enumerate(items, 1):
            no = f"{i}."
            if label:
                body = body + MORE[title]
            else:  # the roles sentence closes the body: the added sentence goes before it
                head, roles = body[:-1].rsplit("。", 1)
                body = f"{head}。{MORE[title]}{roles}。"
            paras.append(f"<p>　　{no}<strong>{title}。</strong>{body}{label}</p>")
            responsible = _codes(resp)
            if rule:
                responsible.append("xz")
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}{label}",
                    lead=_codes(lead),
                    supporting=_codes(sup),
                    responsible=responsible,
                )
            )
            for t in targets:
                assert t.phrase in body, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        parts.append(Section(pno.strip("（）"), pno, ptitle, "key_task", tasks))
    paras.append("<p>　　<strong>四、保障措施</strong></p>")
    sg = []
    for no, title, body in SAFEGUARDS:
        paras.append(f"<p>　　<strong>{no}{title}。</strong>{body}</p>")
        sg.append(Task(no, title, f"{title}。{body}"))
    sections = [
        Section("三", "三、", "重点行动", "key_task", sections=parts),
        Section("四", "四、", "保障措施", "safeguard", sg),
    ]
    return paras, goals, sections


PARAS, GOALS, SECTIONS = _build()


def _html():
    article = "\n".join(PARAS)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_崧岚县人民政府</title>
<meta name="SiteName" content="崧岚县人民政府">
<meta name="ColumnName" content="县政府办文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-04-10 09:30">
<link rel="stylesheet" href="/static/css/common.css">
<script src="/static/js/jquery.min.js"></script>
<style>.article p{{line-height:2;font-size:16px;}}</style>
</head>
<body>
<div class="header"><div class="logo"><a href="/">崧岚县人民政府</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">政民互动</a></li><li><a href="/zjsl/">走进崧岚</a></li></ul></div>
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xzfbwj/">县政府办文件</a></div>
<div class="article">
<h1>{TITLE}</h1>
<div class="meta">发布时间：2026-04-10　来源：崧岚县人民政府办公室　浏览次数：<span id="hits">1286</span>　【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="content" id="zoom">
{article}
</div>
<div class="tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/zwgk/zcjd/">一图读懂《{TITLE}》</a></li><li><a href="/zwgk/zcjd/">政策解读：崧岚县推进“人工智能+”行动</a></li></ul></div>
</div>
<div class="footer"><p>主办：崧岚县人民政府办公室　承办：崧岚县数据局　联系电话：0797-6123456</p><p>赣ICP备00000000号　赣公网安备36070000000000号　网站标识码：3607000099</p></div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "songlan-jiangxi-county",
        "name": "崧岚县",
        "name_en": "Songlan County (Jiangxi)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 崧岚县“人工智能+”行动方案（2026—2028年） (崧岚县人民政府办公室, 崧府办字〔2026〕12号, 2026-04-08)
# — SYNTHETIC (synthetic_cv): WRITTEN by helper blindCV (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_songlan.py as the portal page saved (.html, UTF-8).
# Zone songlan-jiangxi-county (江西, an invented county) → district level (a county, as other extractions place counties); period
#   2026–2028, milestones 2026 and 2028.
# Chrome: nav, breadcrumbs, 发布时间 / 来源 / 浏览次数, 打印 / 关闭, 相关链接, and a footer "主办：崧岚县人民政府办公室　承办：崧岚县数据局"
#   — the WEBSITE's sponsor and operator: no role, no agency (县数据局 is an agency by its roles in the plan, not by the footer).
# Outline: 发文字号, addressee, one sentence, signature and date (no task); the title; 一、总体要求 (no task); 二、行动目标 = two dated
#   paragraphs → goals "到2026年底" (3 targets) and "到2028年" (5). 三、重点行动 = four 行动 （一）–（四） (key_task sub-sections), items
#   1. … restarting per 行动, "N.标题。正文" + roles in PROSE at the end of the body, in brackets "（X主抓，Y协助）" / "（X负责，Y
#   支持）", or a bracketed label "（实施主体：…；牵头单位：…）": title the bold words
#   before 。, text title + body (+ label). 四、保障措施 （一）–（三） → safeguard tasks, no roles.
# Roles (SYNTHETIC_CV.md, "Conventions this set adds", and SOURCES.md's "An article with no annotation that names the bodies
#   carrying it out in its own words"): "由X统筹，Y具体实施" → X lead, Y responsible; "X主抓，Y协助" → X lead, Y supporting;
#   "X抓总，Y、Z分工落实" → X lead, Y Z responsible; "X负责，Y支持" → X responsible, Y supporting; "由X统筹，Y配合" → lead /
#   supporting; "由X牵头，Y参与" → lead / supporting (SOURCES). "（实施主体：公司A、公司B；牵头单位：县X）" → the enterprises
#   responsible (they carry the project out), 县X lead; state firms state_enterprise, the private 江西崧岚云智科技有限公司 other.
#   （三）'s rule stated once ("本行动各项任务，各乡镇为责任主体，不再逐项列出") → 各乡镇 responsible on its three items beside their own
#   roles; 各乡镇 one collective. No role: "依托由县数据局牵头组建的…专班" (a mechanism), "积极争取省工信厅支持" (a body acted on),
#   "责任人：县农业农村局分管负责同志" (a person; 县农业农村局 is responsible there by "县农业农村局负责"), the 保障措施' 分管县领导 /
#   牵头县领导 and 县政府督查室 (督办).
# Targets: figures dated inside a task ("2026年底前建成智能算力30P", "2028年底前扩容至100P") due that year — the 智算中心's own
#   capacity, not the county's 规模 (50P / 150P); other task figures due 2028. 5000万条 → 50000000 条 (万 multiplied out). 每年…5家以上 /
#   每年培训2000人次 → per-year flow. Not targets: the annual 专项资金不少于1000万元 (a budget), 每季度 / 每半年.
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""芒岭区推进“人工智能+”行动实施方案（2026—2028年） — INVENTED (synthetic_cl). A border district's portal page saved as .html,
as a district with a port of entry posts its plans for foreign traders: a language switch (简体中文 | English) at the top,
信息公开 table, title and 来源 line; the notice and the 实施方案 in Chinese IN FULL — 一、总体要求 (guiding paragraph, a dated
goal paragraph "到2028年，…"), 二、重点任务 （一）–（八） each one paragraph closing on "（区X牵头，区Y、区Z配合）" / "（区X负责）" /
"（区X、区Y按职责分工负责）", 三、保障措施 （一）–（三） — and then, after a heading "English Version", the whole translation:
Title Case headings ("I. General Requirements", "(I) Building Border Digital Infrastructure"), annotations translated as
"(District Bureau of … (lead), District … (support))", figures written the English way (RMB 8 billion, 30 percent, 300)."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "mangling-ai-plus-implementation-bilingual-2026-synthetic"
KIND = "html"

# printed form → (code, full name, category)
A = {
    "区工业和信息化局": ("gxj", "芒岭区工业和信息化局", "industry_it"),
    "区发展和改革局": ("fgj", "芒岭区发展和改革局", "development_reform"),
    "区口岸办": ("kab", "芒岭区口岸管理办公室", "commerce"),
    "区商务局": ("swj", "芒岭区商务局", "commerce"),
    "区交通运输局": ("jtj", "芒岭区交通运输局", "transport"),
    "区财政局": ("czj", "芒岭区财政局", "finance"),
    "区市场监管局": ("scj", "芒岭区市场监督管理局", "market_regulation"),
    "区农业农村局": ("nyj", "芒岭区农业农村局", "agriculture"),
    "各乡镇人民政府": ("xz", "芒岭区各乡镇人民政府", "local_government"),
    "区文化和旅游局": ("wlj", "芒岭区文化和旅游局", "culture_tourism"),
    "区民族宗教事务局": ("mzj", "芒岭区民族宗教事务局", "other"),
    "区政务服务管理局": ("zwj", "芒岭区政务服务管理局", "government_services"),
    "区卫生健康局": ("wjj", "芒岭区卫生健康局", "health"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]

EN = {
    "区工业和信息化局": "District Bureau of Industry and Information Technology",
    "区发展和改革局": "District Development and Reform Bureau",
    "区口岸办": "District Port Office",
    "区商务局": "District Bureau of Commerce",
    "区交通运输局": "District Transport Bureau",
    "区财政局": "District Finance Bureau",
    "区市场监管局": "District Administration for Market Regulation",
    "区农业农村局": "District Bureau of Agriculture and Rural Affairs",
    "各乡镇人民政府": "People's Governments of All Townships and Towns",
    "区文化和旅游局": "District Bureau of Culture and Tourism",
    "区民族宗教事务局": "District Bureau of Ethnic and Religious Affairs",
    "区政务服务管理局": "District Government Services Administration",
    "区卫生健康局": "District Health Bureau",
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "芒岭区推进“人工智能+”行动实施方案（2026—2028年）"
TITLE_EN = (
    'Implementation Plan of Mangling District for Advancing the "AI Plus" Initiative (2026-2028)'
)
NOTICE_TITLE = f"芒岭区人民政府办公室关于印发{TITLE}的通知"
NOTICE_TITLE_EN = f"Notice of the General Office of Mangling District People's Government on Issuing the {TITLE_EN}"
DOC_NUMBER = "芒政办发〔2026〕7号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Mangling District “AI+” implementation plan (2026–2028), portal page with the Chinese text and then an English version — synthetic",
    "issuer": "芒岭区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-05-11",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.html",
}

NOTICE = f"各乡镇人民政府，区政府各部门：经区人民政府同意，现将《{TITLE}》印发给你们，请结合实际认真抓好贯彻落实。"
NOTICE_EN = f"The People's Governments of All Townships and Towns, and All Departments of the District People's Government: With the approval of the District People's Government, the {TITLE_EN} is hereby issued to you. Please earnestly implement it in light of the actual conditions."
PREAMBLE = "为深入贯彻落实国家和省、市关于实施“人工智能+”行动的决策部署，发挥我区沿边开放、口岸经济和特色农业优势，推动人工智能与口岸通关、边境贸易、热带农业、文化旅游和公共服务深度融合，制定本实施方案。"
PREAMBLE_EN = 'This Implementation Plan is formulated in order to thoroughly implement the decisions and deployments of the State, the Province and the City on implementing the "AI Plus" Initiative, give full play to the advantages of the District in border opening-up, port economy and characteristic agriculture, and promote the in-depth integration of artificial intelligence with port customs clearance, border trade, tropical agriculture, culture and tourism, and public services.'
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，立足我区沿边区位和资源禀赋，坚持应用牵引、开放合作、安全可控，以智慧口岸建设为突破口，以特色场景应用为重点，加快培育边境地区新质生产力，为建设沿边开放现代化新芒岭提供有力支撑。"
GUIDE_EN = "Guided by Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era, based on the border location and resource endowments of the District, adhere to application traction, opening-up and cooperation, and security and controllability, take the construction of a smart port as the breakthrough point and the application of characteristic scenarios as the focus, accelerate the cultivation of new quality productive forces in the border area, and provide strong support for building a modern new Mangling of border opening-up."
GOAL = "到2028年，全区人工智能相关产业规模达到80亿元，培育人工智能应用企业30家以上，打造“人工智能+”应用场景40个，建成智慧口岸1个，口岸通关平均时间压缩30%以上，农业生产信息化率达到45%。"
GOAL_EN = 'By 2028, the scale of artificial intelligence related industries of the District shall reach RMB 8 billion, no less than 30 artificial intelligence application enterprises shall be cultivated, 40 "AI Plus" application scenarios shall be created, 1 smart port shall be built, the average customs clearance time at the port shall be reduced by more than 30 percent, and the informatization rate of agricultural production shall reach 45 percent.'
GOAL_TARGETS = [
    T(
        "人工智能相关产业规模",
        "亿元",
        "eq",
        80,
        "全区人工智能相关产业规模达到80亿元",
        kind="related_industry_scale",
    ),
    T("人工智能应用企业", "家", "gte", 30, "培育人工智能应用企业30家以上", kind="ai_enterprises"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        40,
        "打造“人工智能+”应用场景40个",
        kind="application_scenarios",
    ),
    T("智慧口岸", "个", "eq", 1, "建成智慧口岸1个"),
    T("口岸通关平均时间压缩", "%", "gte", 30, "口岸通关平均时间压缩30%以上"),
    T("农业生产信息化率", "%", "eq", 45, "农业生产信息化率达到45%"),
]

# task: (title, rest, lead, supporting, responsible, targets, English title, English rest)
TASKS = [
    (
        "建设边境数字基础设施",
        "推进5G网络向口岸、边境村寨和重点产业园区延伸覆盖，新建5G基站300个。建设区级算力服务节点，2026年底前建成投用，为口岸、农业和文旅等领域智能应用提供算力支撑。",
        ["区工业和信息化局"],
        ["区发展和改革局"],
        [],
        [T("新建5G基站", "个", "eq", 300, "新建5G基站300个", aggregation="flow")],
        "Building Border Digital Infrastructure",
        "Promote the extension of 5G network coverage to the port, border villages and key industrial parks, and build 300 new 5G base stations. Build a district-level computing power service node, which shall be completed and put into use by the end of 2026, to provide computing power support for intelligent applications in the port, agriculture, culture and tourism and other fields.",
    ),
    (
        "打造智慧口岸",
        "推动芒岭口岸智能卡口、智能查验、车辆自动识别和货物智能监管等系统建设，建成智慧口岸1个，实现货运车辆“无感通关”，货运车辆平均通关时间压缩至30分钟以内。",
        ["区口岸办"],
        ["区商务局", "区交通运输局"],
        [],
        [T("货运车辆平均通关时间", "分钟", "lte", 30, "货运车辆平均通关时间压缩至30分钟以内")],
        "Building a Smart Port",
        'Promote the construction of such systems as intelligent checkpoints, intelligent inspection, automatic vehicle identification and intelligent cargo supervision at Mangling Port, build 1 smart port, realize "non-inductive clearance" of freight vehicles, and reduce the average clearance time of freight vehicles to less than 30 minutes.',
    ),
    (
        "推进边民互市贸易智能化",
        "建设边民互市贸易智能监管服务平台，推动交易申报、资金结算、落地加工全流程线上办理，边民互市交易线上办理率达到95%。",
        ["区商务局"],
        ["区财政局", "区市场监管局"],
        [],
        [T("边民互市交易线上办理率", "%", "eq", 95, "边民互市交易线上办理率达到95%")],
        "Promoting the Intelligentization of Border Residents' Mutual Trade",
        "Build an intelligent supervision and service platform for border residents' mutual trade, promote the online handling of the whole process of transaction declaration, fund settlement and local processing, and the online handling rate of border residents' mutual trade transactions shall reach 95 percent.",
    ),
    (
        "发展跨境物流和跨境电商",
        "建设跨境物流智能分拨中心，推广智能仓储、智能调度和无人配送应用，培育跨境电商企业50家，跨境电商交易额年均增长20%以上。",
        [],
        [],
        ["区商务局", "区交通运输局"],
        [
            T("跨境电商企业", "家", "eq", 50, "培育跨境电商企业50家"),
            T(
                "跨境电商交易额年均增长",
                "%",
                "gte",
                20,
                "跨境电商交易额年均增长20%以上",
                per_year=True,
            ),
        ],
        "Developing Cross-Border Logistics and Cross-Border E-Commerce",
        "Build an intelligent cross-border logistics distribution center, popularize the application of intelligent warehousing, intelligent dispatching and unmanned delivery, cultivate 50 cross-border e-commerce enterprises, and the transaction volume of cross-border e-commerce shall grow by more than 20 percent annually on average.",
    ),
    (
        "推进智慧热带农业",
        "围绕咖啡、茶叶、热带水果等特色产业，建设数字农业示范基地10个，推广植保无人机200架，运用人工智能开展病虫害识别、产量预测和品质分级，农业生产信息化率达到45%。",
        ["区农业农村局"],
        ["各乡镇人民政府"],
        [],
        [
            T("数字农业示范基地", "个", "eq", 10, "建设数字农业示范基地10个"),
            T("推广植保无人机", "架", "eq", 200, "推广植保无人机200架"),
        ],
        "Promoting Smart Tropical Agriculture",
        "Focusing on coffee, tea, tropical fruits and other characteristic industries, build 10 digital agriculture demonstration bases, popularize 200 plant protection drones, apply artificial intelligence to carry out pest and disease identification, yield prediction and quality grading, and the informatization rate of agricultural production shall reach 45 percent.",
    ),
    (
        "发展智慧边境旅游",
        "建设全域智慧旅游服务平台，开发中文、英文和东南亚语种智能导览，打造智慧景区5个，推动跨境自驾游线上备案便利化。",
        [],
        [],
        ["区文化和旅游局"],
        [T("智慧景区", "个", "eq", 5, "打造智慧景区5个")],
        "Developing Smart Border Tourism",
        "Build a district-wide smart tourism service platform, develop intelligent guided tours in Chinese, English and Southeast Asian languages, create 5 smart scenic spots, and promote the facilitation of online filing for cross-border self-driving tours.",
    ),
    (
        "推广多语种智能服务",
        "推广少数民族语言和东南亚语种智能翻译应用，在政务服务大厅、口岸、医院等场所部署智能翻译终端100台，方便边民和境外人员办事就医。",
        ["区民族宗教事务局"],
        ["区政务服务管理局", "区卫生健康局"],
        [],
        [T("智能翻译终端", "台", "eq", 100, "部署智能翻译终端100台")],
        "Promoting Multilingual Intelligent Services",
        "Promote the application of intelligent translation of ethnic minority languages and Southeast Asian languages, and deploy 100 intelligent translation terminals in government service halls, the port, hospitals and other places, so as to facilitate border residents and overseas personnel in handling affairs and seeking medical treatment.",
    ),
    (
        "提升政务服务智能化水平",
        "上线“芒岭智办”政务服务智能助手，推动高频政务服务事项智能预审、智能导办，高频政务服务事项网上可办率达到100%。",
        [],
        [],
        ["区政务服务管理局"],
        [
            T(
                "高频政务服务事项网上可办率",
                "%",
                "eq",
                100,
                "高频政务服务事项网上可办率达到100%",
            )
        ],
        "Improving the Intelligence Level of Government Services",
        'Launch the "Mangling Smart Service" intelligent government service assistant, promote intelligent pre-examination and intelligent guidance of high-frequency government service items, and the online availability rate of high-frequency government service items shall reach 100 percent.',
    ),
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立区推进“人工智能+”行动工作领导小组，领导小组办公室设在区工业和信息化局，负责统筹协调和日常工作。各牵头单位要制定年度工作计划，确保各项任务落到实处。",
        "Strengthening Organizational Leadership",
        'Set up a district leading group for advancing the "AI Plus" Initiative, with its office located in the District Bureau of Industry and Information Technology, responsible for overall coordination and daily work. All lead units shall formulate annual work plans to ensure that all tasks are implemented.',
    ),
    (
        "加大资金投入",
        "区财政每年安排“人工智能+”专项资金不少于1000万元，积极争取上级专项资金和沿边开放政策支持，引导社会资本参与项目建设。",
        "Increasing Financial Input",
        'The district finance shall arrange special funds of no less than RMB 10 million for the "AI Plus" Initiative every year, actively strive for special funds from higher authorities and policy support for border opening-up, and guide social capital to participate in project construction.',
    ),
    (
        "强化人才支撑",
        "加强与省内外高校和东盟国家院校合作，建立人工智能人才实训基地，开展面向干部、企业和边民的人工智能技能培训。",
        "Strengthening Talent Support",
        "Strengthen cooperation with universities inside and outside the Province and institutions of ASEAN countries, establish a practical training base for artificial intelligence talents, and carry out artificial intelligence skill training for cadres, enterprises and border residents.",
    ),
]

NUMERALS = "一二三四五六七八九十"
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def annotation(lead, sup, resp):
    if lead:
        return f"（{'、'.join(lead)}牵头，{'、'.join(sup)}配合）"
    if len(resp) == 1:
        return f"（{resp[0]}负责）"
    return f"（{'、'.join(resp)}按职责分工负责）"


def annotation_en(lead, sup, resp):
    if lead:
        return f" ({', '.join(EN[x] + ' (lead)' for x in lead)}, {', '.join(EN[x] for x in sup)} (support))"
    if len(resp) == 1:
        return f" (Responsible: {EN[resp[0]]})"
    return f" ({' and '.join(EN[x] for x in resp)}, according to their respective responsibilities)"


def _build():
    cn, en = [], []
    cn += [("center", TITLE), ("p", PREAMBLE), ("h", "一、总体要求"), ("p", GUIDE), ("p", GOAL)]
    en += [
        ("center", TITLE_EN),
        ("p", PREAMBLE_EN),
        ("h", "I. General Requirements"),
        ("p", GUIDE_EN),
        ("p", GOAL_EN),
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL, t.phrase
    goals = [Goal("到2028年", GOAL, GOAL_TARGETS)]
    code = {p: A[p][0] for p in A}
    cn.append(("h", "二、重点任务"))
    en.append(("h", "II. Key Tasks"))
    tasks = []
    for i, (title, rest, lead, sup, resp, targets, en_title, en_rest) in enumerate(TASKS):
        no = f"（{NUMERALS[i]}）"
        ann = annotation(lead, sup, resp)
        cn.append(("p", f"{no}{title}。{rest}{ann}"))
        en.append(("p", f"({ROMAN[i]}) {en_title}. {en_rest}{annotation_en(lead, sup, resp)}"))
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
    sections = [Section("二", "二、", "重点任务", "key_task", tasks)]
    cn.append(("h", "三、保障措施"))
    en.append(("h", "III. Safeguard Measures"))
    sg = []
    for i, (title, text, en_title, en_text) in enumerate(SAFEGUARDS):
        no = f"（{NUMERALS[i]}）"
        cn.append(("p", f"{no}{title}。{text}"))
        en.append(("p", f"({ROMAN[i]}) {en_title}. {en_text}"))
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("三", "三、", "保障措施", "safeguard", sg))
    return cn, en, goals, sections


CN_PARAS, EN_PARAS, GOALS, SECTIONS = _build()


def _paras(paras):
    out = []
    for kind, text in paras:
        if kind == "center":
            out.append(f'<p style="text-align:center;"><strong>{text}</strong></p>')
        elif kind == "right":
            out.append(f'<p style="text-align:right;">{text}</p>')
        elif kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;">{text}</p>')
    return "\n".join(out)


def _html():
    chinese = _paras(CN_PARAS)
    english = _paras(EN_PARAS)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{NOTICE_TITLE}_区政府办文件_芒岭区人民政府门户网站</title>
<meta name="SiteName" content="芒岭区人民政府门户网站">
<meta name="ArticleTitle" content="{NOTICE_TITLE}">
<meta name="PubDate" content="2026-05-13 10:20">
<link rel="stylesheet" href="/static/css/article.css">
<script src="/static/js/jquery.min.js"></script>
<script>function toLang(id){{document.getElementById(id).scrollIntoView();}}</script>
</head>
<body>
<div class="topbar"><span class="lang"><a href="#zh" class="on">简体中文</a> | <a href="#english" onclick="toLang('english')">English</a></span><span class="wza"><a href="/wza/">无障碍</a> <a href="/m/">手机版</a></span></div>
<div class="header"><div class="logo"><a href="/">芒岭区人民政府门户网站</a></div><div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/tzml/">投资芒岭</a><a href="/kaxx/">口岸信息</a><a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfwj/">政府文件</a> &gt; <a href="/zwgk/zfwj/qzfbwj/">区政府办文件</a></div>
<table class="xxgk">
<tr><td>索 引 号：</td><td>015230418/2026-00036</td><td>主题分类：</td><td>科技、教育</td></tr>
<tr><td>发布机构：</td><td>芒岭区人民政府办公室</td><td>成文日期：</td><td>2026-05-11</td></tr>
<tr><td>名　　称：</td><td colspan="3">{NOTICE_TITLE}</td></tr>
<tr><td>文　　号：</td><td>{DOC_NUMBER}</td><td>发布日期：</td><td>2026-05-13</td></tr>
</table>
<div class="article" id="zh">
<h1 class="title">{NOTICE_TITLE}</h1>
<div class="info">发布时间：2026-05-13 10:20　来源：芒岭区人民政府办公室　浏览次数：<span id="hits">0</span>　【<a href="#english">English</a>】</div>
<div class="content">
<p style="text-align:center;">{DOC_NUMBER}</p>
<p>{NOTICE}</p>
<p style="text-align:right;">芒岭区人民政府办公室</p>
<p style="text-align:right;">2026年5月11日</p>
<p>（此件公开发布）</p>
{chinese}
</div>
</div>
<div class="article english" id="english">
<h2 class="title-en">English Version</h2>
<p><em>This English version is provided for reference only. In case of any discrepancy, the Chinese version shall prevail.</em></p>
<div class="content">
<p style="text-align:center;"><strong>{NOTICE_TITLE_EN}</strong></p>
<p style="text-align:center;">Mang Zheng Ban Fa [2026] No. 7</p>
<p>{NOTICE_EN}</p>
<p style="text-align:right;">General Office of Mangling District People's Government</p>
<p style="text-align:right;">May 11, 2026</p>
{english}
</div>
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <a href="#zh">【返回顶部】</a></div>
<div class="footer">
<p>主办：芒岭区人民政府办公室　承办：芒岭区政务服务管理局</p>
<p>网站标识码：5300000000　ICP备00000000号-1</p>
</div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "mangling-district",
        "name": "芒岭区",
        "name_en": "Mangling District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 芒岭区推进“人工智能+”行动实施方案（2026—2028年） (芒岭区人民政府办公室, 芒政办发〔2026〕7号, 2026-05-11)
# — SYNTHETIC (synthetic_cl): WRITTEN by the collector (helper blindCL, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_mangling.py as the portal page saved (.html, UTF-8).
# Zone mangling-district (an invented 西南 border district with a port of entry; its city and province are not named) →
#   district level; period 2026–2028.
# FORM: the page holds the Chinese notice and plan IN FULL, then a heading "English Version", a reference-only note and the
#   WHOLE translation (notice, title, preamble, every heading in Title Case, every task with its annotation translated as
#   "(District Bureau of … (lead), District … (support))" / "(Responsible: …)"); a language switch (简体中文 | English) at the top.
#   THE EXTRACTION IS THE CHINESE PLAN ONLY: the English version restates it and holds no goal, task, target, agency or role of
#   its own ("(II) Building a Smart Port" is task （二） again, not a ninth task; "RMB 8 billion" is 80亿元 again).
# Outline: portal header, language switch, 信息公开 table, notice title, 发布时间 line, 发文字号, notice (addressee inside it),
#   signature, date, "（此件公开发布）"; plan title; preamble; 一、总体要求 = a guiding paragraph and a dated goal paragraph
#   "到2028年，…" (6 targets); 二、重点任务 （一）–（八） → tasks, one paragraph each; 三、保障措施 （一）–（三） → safeguard tasks, no
#   roles (领导小组办公室设在区工业和信息化局, 负责…日常工作: no role). Then the English version; portal footer (承办: no role).
# Tasks: title = the phrase before the first 。; text = title + body + annotation, without the number. Roles: "（X牵头，Y、Z配合）"
#   → X lead, Y Z supporting; "（X负责）" and "（X、Y按职责分工负责）" → responsible. 区口岸办 = 芒岭区口岸管理办公室; 各乡镇人民政府
#   one collective (the district's townships and towns).
# Targets: every task holding figures is also a goal titled like the task (text = title + body, no annotation), numbered like
#   it; figures due 2028 (the plan's end) — 2026年底前建成投用 dates the node, which has no figure. Restated, so no second target:
#   （二）'s 建成智慧口岸1个 and （五）'s 农业生产信息化率达到45% (the goals' figures). 口岸通关平均时间压缩30%以上 → gte 30 %;
#   货运车辆平均通关时间压缩至30分钟以内 → lte 30 分钟 (its own thing: the trucks' time, not the port's average cut); 跨境电商交易额
#   年均增长20%以上 → per-year gte 20 %; 新建5G基站300个 → flow. Not targets: 区财政每年…不少于1000万元 (a budget, in a safeguard),
#   the English figures (RMB 8 billion, 30 percent, 300 new 5G base stations …: the same targets, translated).
"""

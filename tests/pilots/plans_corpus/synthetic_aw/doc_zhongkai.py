# ruff: noqa: E501  (plan text as the office writes it)
"""惠州仲恺高新区推进“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_aw), the 管委会's portal page
saved as .html (UTF-8): site header, breadcrumb, title, 发布时间 / 来源 / 字号 line, body paragraphs, an attachment
link, related links and the site footer. 一、总体要求 holds （二）工作目标 = an untitled "到2027年，" line over three
titled goal items 1.–3.; 二、重点任务 （一）–（十二） run on without groups, each closing on "（X牵头，Y、Z配合）",
"（X负责）" or "（X牵头，各镇人民政府、街道办事处按职责分工负责）"; 三、保障措施 （一）–（三） unannotated."""

import html

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "huizhou-zhongkai-ai-plus-2026-synthetic"
KIND = "html"

A = [
    ("jfj", "惠州仲恺高新区经济发展局", "区经发局", "industry_it"),
    ("kcj", "惠州仲恺高新区科技创新局", "区科创局", "science_technology"),
    ("czj", "惠州仲恺高新区财政局", "区财政局", "finance"),
    ("tcj", "惠州仲恺高新区投资促进局", "区投促局", "commerce"),
    ("zsj", "惠州仲恺高新区政务服务数据管理局", "区政数局", "big_data"),
    ("rsj", "惠州仲恺高新区人力资源和社会保障局", "区人社局", "human_resources"),
    ("jyj", "惠州仲恺高新区教育局", "区教育局", "education"),
    ("wjj", "惠州仲恺高新区卫生健康局", "区卫健局", "health"),
    ("gjj", "惠州仲恺高新区规划建设局", "区规划建设局", "housing_construction"),
    ("yjj", "惠州仲恺高新区应急管理局", "区应急管理局", "emergency"),
    ("cgj", "惠州仲恺高新区城市管理和综合执法局", "区城管执法局", "other"),
    ("cfjt", "惠州仲恺城市发展集团有限公司", "仲恺城发集团", "state_enterprise"),
    (
        "zj",
        "惠州仲恺高新区各镇人民政府、街道办事处",
        "各镇人民政府、街道办事处",
        "local_government",
    ),
]
AGENCIES = [Agency(c, n, [a] if a != n else [], cat) for c, n, a, cat in A]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "惠州仲恺高新区推进“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "惠仲管〔2026〕5号"
ISSUER = "惠州仲恺高新技术产业开发区管理委员会"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Huizhou Zhongkai High-tech Zone implementation plan for the “AI+” action (2026–2027) — synthetic",
    "issuer": ISSUER,
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-13",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

INTRO = "为贯彻落实国家、省、市关于深入实施“人工智能+”行动的部署要求，发挥我区超高清视频显示、智能终端、新能源电池等产业集群优势，以人工智能赋能产业转型升级，加快建设具有全球影响力的智能终端产业高地，制定本方案。"
IDEA = "以习近平新时代中国特色社会主义思想为指导，坚持应用牵引、链群协同、开放合作，推动人工智能技术与制造业、城市治理和公共服务深度融合，把人工智能作为推动高新区“二次创业”的重要引擎，为惠州打造国内一流城市贡献仲恺力量。"
GOAL_LEAD = "到2027年，全区人工智能产业生态基本形成，赋能效应明显增强。"
GOAL_ITEMS = [
    (
        "1.",
        "产业规模持续壮大",
        "人工智能及相关产业营业收入突破800亿元，其中人工智能终端产品营业收入达到500亿元左右；人工智能企业数量达到120家，新增国家级专精特新“小巨人”企业1—2家。",
        [
            Target(
                "人工智能及相关产业营业收入",
                "亿元",
                "gt",
                800,
                "人工智能及相关产业营业收入突破800亿元",
                kind="related_industry_scale",
            ),
            Target(
                "人工智能终端产品营业收入",
                "亿元",
                "approx",
                500,
                "其中人工智能终端产品营业收入达到500亿元左右",
                kind="related_industry_scale",
                parent="PREV",
            ),
            Target(
                "人工智能企业数量",
                "家",
                "eq",
                120,
                "人工智能企业数量达到120家",
                kind="ai_enterprises",
            ),
            Target(
                "新增国家级专精特新“小巨人”企业",
                "家",
                "range",
                1,
                "新增国家级专精特新“小巨人”企业1—2家",
                value_max=2,
                aggregation="flow",
            ),
        ],
    ),
    (
        "2.",
        "创新能力显著增强",
        "建成省级以上人工智能创新平台10个以上，突破关键技术20项，主导或参与制定人工智能相关标准十项。",
        [
            Target(
                "省级以上人工智能创新平台",
                "个",
                "gte",
                10,
                "建成省级以上人工智能创新平台10个以上",
                kind="innovation_platforms",
            ),
            Target("突破关键技术", "项", "eq", 20, "突破关键技术20项", kind="research_results"),
            Target(
                "主导或参与制定人工智能相关标准",
                "项",
                "eq",
                10,
                "主导或参与制定人工智能相关标准十项",
                kind="patents_standards",
            ),
        ],
    ),
    (
        "3.",
        "应用场景不断丰富",
        "建成智能工厂50家，打造“人工智能+”示范场景80个，规模以上工业企业人工智能应用普及率超过60%，全区人工智能终端产品年出货量达到1500万台。",
        [
            Target("智能工厂", "家", "eq", 50, "建成智能工厂50家"),
            Target(
                "“人工智能+”示范场景",
                "个",
                "eq",
                80,
                "打造“人工智能+”示范场景80个",
                kind="application_scenarios",
            ),
            Target(
                "规模以上工业企业人工智能应用普及率",
                "%",
                "gt",
                60,
                "规模以上工业企业人工智能应用普及率超过60%",
            ),
            Target(
                "人工智能终端产品年出货量",
                "台",
                "eq",
                15000000,
                "全区人工智能终端产品年出货量达到1500万台",
            ),
        ],
    ),
]

# (numbering, title, body, annotation, lead, responsible, supporting, [targets])
TASKS = [
    (
        "（一）",
        "发展人工智能终端",
        "抢抓端侧智能发展机遇，支持龙头企业开发AI手机、AI电脑、AI电视、智能穿戴、智能车载等终端产品，推动显示模组、电池、摄像模组等配套企业同步升级。2026年，全区人工智能终端产品营业收入达到300亿元。",
        "区经发局牵头，区科创局、区投促局配合",
        ["区经发局"],
        [],
        ["区科创局", "区投促局"],
        [
            Target(
                "人工智能终端产品营业收入",
                "亿元",
                "eq",
                300,
                "全区人工智能终端产品营业收入达到300亿元",
                deadline=2026,
                kind="related_industry_scale",
            )
        ],
    ),
    (
        "（二）",
        "推进制造业智能化改造",
        "实施“智改数转”提速行动，推广机器视觉质检、智能排产、设备预测性维护等应用，每年推动100家规模以上工业企业实施智能化改造，新增市级以上智能工厂（数字化车间）15家。",
        "区经发局牵头，区财政局配合",
        ["区经发局"],
        [],
        ["区财政局"],
        [
            Target(
                "实施智能化改造的规模以上工业企业",
                "家",
                "eq",
                100,
                "每年推动100家规模以上工业企业实施智能化改造",
                per_year=True,
            ),
            Target(
                "新增市级以上智能工厂（数字化车间）",
                "家",
                "eq",
                15,
                "新增市级以上智能工厂（数字化车间）15家",
                aggregation="flow",
            ),
        ],
    ),
    (
        "（三）",
        "建设智能算力设施",
        "由仲恺城发集团投资建设仲恺智算中心，一期形成智能算力200P，优先保障区内企业模型训练和推理需求，探索建立算力服务统一调度和计费结算机制。",
        "区政数局牵头，仲恺城发集团、区经发局配合",
        ["区政数局"],
        [],
        ["仲恺城发集团", "区经发局"],
        [
            Target(
                "仲恺智算中心一期智能算力",
                "P",
                "eq",
                200,
                "一期形成智能算力200P",
                kind="computing_power",
            )
        ],
    ),
    (
        "（四）",
        "打造行业模型和数据集",
        "支持企业联合高校院所研发超高清显示、新能源电池等领域行业大模型，建设工业质检、缺陷识别等高质量数据集15个，推动模型在产业链上下游推广应用。",
        "区科创局牵头，区经发局、区政数局配合",
        ["区科创局"],
        [],
        ["区经发局", "区政数局"],
        [Target("高质量数据集", "个", "eq", 15, "建设工业质检、缺陷识别等高质量数据集15个")],
    ),
    (
        "（五）",
        "建设创新平台",
        "支持龙头企业牵头建设人工智能领域新型研发机构、工程技术研究中心，推动与中山大学、华南理工大学等高校共建联合实验室，每年新增省级以上创新平台3个以上。",
        "区科创局负责",
        [],
        ["区科创局"],
        [],
        [
            Target(
                "新增省级以上创新平台",
                "个",
                "gte",
                3,
                "每年新增省级以上创新平台3个以上",
                per_year=True,
                kind="innovation_platforms",
            )
        ],
    ),
    (
        "（六）",
        "精准招引人工智能企业",
        "聚焦端侧模型、智能传感、机器人、智能网联汽车等方向开展产业链招商，建立重点企业招商清单，每年引进人工智能领域项目30个，其中投资超10亿元项目不少于3个。",
        "区投促局牵头，区经发局、区科创局配合",
        ["区投促局"],
        [],
        ["区经发局", "区科创局"],
        [
            Target(
                "引进人工智能领域项目",
                "个",
                "eq",
                30,
                "每年引进人工智能领域项目30个",
                aggregation="flow",
                per_year=True,
            ),
            Target(
                "投资超10亿元项目",
                "个",
                "gte",
                3,
                "其中投资超10亿元项目不少于3个",
                aggregation="flow",
                per_year=True,
                parent="PREV",
            ),
        ],
    ),
    (
        "（七）",
        "推进“人工智能+政务服务”",
        "上线“仲恺智能政务助手”，推动智能导办、智能预审、智能客服等应用，企业开办、工程建设项目审批等高频事项实现“智能秒批”。",
        "区政数局负责",
        [],
        ["区政数局"],
        [],
        [],
    ),
    (
        "（八）",
        "推进“人工智能+城市治理”",
        "在市容巡查、违法建设识别、渣土车监管等领域推广视频智能分析，建设城市运行智能感知网络，新增智能感知终端2万个。",
        "区城管执法局牵头，区政数局、区规划建设局配合",
        ["区城管执法局"],
        [],
        ["区政数局", "区规划建设局"],
        [
            Target(
                "新增智能感知终端", "个", "eq", 20000, "新增智能感知终端2万个", aggregation="flow"
            )
        ],
    ),
    (
        "（九）",
        "推进“人工智能+安全生产”",
        "在危险化学品、工贸企业推广人工智能风险识别和预警系统，对重点企业实现智能监测全覆盖，提升安全生产风险防控能力。",
        "区应急管理局牵头，各镇人民政府、街道办事处按职责分工负责",
        ["区应急管理局"],
        ["各镇人民政府、街道办事处"],
        [],
        [],
    ),
    (
        "（十）",
        "推进“人工智能+教育医疗”",
        "推进人工智能通识教育进课堂，建设人工智能教育实验校10所；推动医疗机构应用智能影像诊断、智能病历质控等技术，区人民医院建成智慧医院。",
        "区教育局、区卫健局按职责分工负责",
        [],
        ["区教育局", "区卫健局"],
        [],
        [Target("人工智能教育实验校", "所", "eq", 10, "建设人工智能教育实验校10所")],
    ),
    (
        "（十一）",
        "加强人才引育",
        "将人工智能人才纳入高新区人才政策重点支持范围，引进人工智能领域高层次人才团队5个，每年开展企业人工智能应用培训2000人次以上。",
        "区人社局牵头，区科创局、区经发局配合",
        ["区人社局"],
        [],
        ["区科创局", "区经发局"],
        [
            Target(
                "引进人工智能领域高层次人才团队",
                "个",
                "eq",
                5,
                "引进人工智能领域高层次人才团队5个",
                kind="talent",
                aggregation="flow",
            ),
            Target(
                "企业人工智能应用培训",
                "人次",
                "gte",
                2000,
                "每年开展企业人工智能应用培训2000人次以上",
                per_year=True,
                kind="talent",
            ),
        ],
    ),
    (
        "（十二）",
        "强化资金支持",
        "统筹用好高新区产业发展专项资金，每年安排不少于1亿元支持人工智能产业发展；发挥高新区产业投资基金作用，吸引社会资本设立人工智能产业基金。",
        "区财政局牵头，区经发局、区科创局配合",
        ["区财政局"],
        [],
        ["区经发局", "区科创局"],
        [],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强统筹协调",
        "成立高新区推进“人工智能+”行动工作专班，由管委会分管领导任组长，统筹推进方案实施。区经发局负责专班日常工作，建立重点项目和任务台账，按季度调度推进。",
    ),
    (
        "（二）",
        "强化安全治理",
        "落实人工智能安全管理和数据安全各项制度，加强算法备案、内容安全和个人信息保护，防范人工智能应用风险。",
    ),
    (
        "（三）",
        "营造发展氛围",
        "举办人工智能应用创新大赛、场景对接会等活动，总结推广典型案例，营造全社会关注人工智能、应用人工智能的良好氛围。",
    ),
]


def annotated(body, note):
    return f"{body}（{note}）"


def _build():
    paras = [
        ("p", INTRO),
        ("h", "一、总体要求"),
        ("h", "（一）指导思想"),
        ("p", IDEA),
        ("h", "（二）工作目标"),
        ("p", GOAL_LEAD),
    ]
    goals = []
    for no, title, text, targets in GOAL_ITEMS:
        paras.append(("p", f"{no}{title}。{text}"))
        goals.append(Goal(title, f"{title}。{text}", targets, numbering=no))
    paras.append(("h", "二、重点任务"))
    tasks = []
    for no, title, body, note, lead, resp, sup, targets in TASKS:
        paras.append(("p", f"{no}{title}。{annotated(body, note)}"))
        tasks.append(
            Task(
                no,
                title,
                f"{title}。{annotated(body, note)}",
                lead=[ALIAS[n] for n in lead],
                responsible=[ALIAS[n] for n in resp],
                supporting=[ALIAS[n] for n in sup],
            )
        )
        if targets:
            goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
    paras.append(("h", "三、保障措施"))
    safeguards = []
    for no, title, body in SAFEGUARDS:
        paras.append(("p", f"{no}{title}。{body}"))
        safeguards.append(Task(no, title, f"{title}。{body}"))
    sections = [
        Section("二", "二、", "重点任务", "key_task", tasks),
        Section("三", "三、", "保障措施", "safeguard", safeguards),
    ]
    return paras, goals, sections


PARAS, GOALS, SECTIONS = _build()


def _page():
    body = "\n".join(
        f'<p style="text-indent:2em;"><strong>{html.escape(t)}</strong></p>'
        if kind == "h"
        else f'<p style="text-indent:2em;">{html.escape(t)}</p>'
        for kind, t in PARAS
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="惠州仲恺高新技术产业开发区管理委员会">
<meta name="ArticleTitle" content="{html.escape(TITLE)}">
<meta name="PubDate" content="2026-02-13 16:20">
<meta name="ContentSource" content="仲恺高新区管委会办公室">
<title>{html.escape(TITLE)}_通知公告_惠州仲恺高新技术产业开发区管理委员会</title>
<link rel="stylesheet" href="/static/css/article.css">
<script src="/static/js/jquery.min.js"></script>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top-bar"><a href="/">首页</a> | <a href="/wza/">无障碍</a> | <a href="/zwgk/">政务公开</a> | 繁体版</div>
<div class="header"><h1 class="site-name">惠州仲恺高新技术产业开发区管理委员会</h1>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjzk/">走进仲恺</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<div class="info-table">
<table>
<tr><td>索引号：</td><td>11441300MB2C12345X/2026-00031</td><td>分类：</td><td>科技、教育</td></tr>
<tr><td>发布机构：</td><td>惠州仲恺高新区管委会</td><td>成文日期：</td><td>2026-02-13</td></tr>
<tr><td>文号：</td><td>{DOC_NUMBER}</td><td>发布日期：</td><td>2026-02-13</td></tr>
</table>
</div>
<div class="article">
<h2 class="article-title">{html.escape(TITLE)}</h2>
<div class="article-meta">发布时间：2026-02-13 16:20　来源：仲恺高新区管委会办公室　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　<a href="javascript:window.print()">打印</a></div>
<div class="article-content" id="zoom">
{body}
<p style="text-align:right;">{ISSUER}</p>
<p style="text-align:right;">2026年2月13日</p>
</div>
<div class="attachments">附件：<a href="/attachment/0/112/112938/5298714.pdf">仲恺高新区“人工智能+”场景需求清单（第一批）.pdf</a></div>
<div class="share">分享到：微信 微博 QQ空间　<a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/zwgk/zcjd/">【图解】一图读懂《{html.escape(TITLE)}》</a></li>
<li><a href="/zwgk/tzgg/">仲恺高新区关于开展2026年度“智改数转”项目申报的通知</a></li>
</ul></div>
<div class="footer">
<p>主办单位：惠州仲恺高新技术产业开发区管理委员会　承办单位：仲恺高新区政务服务数据管理局</p>
<p>网站标识码：4413000041　粤ICP备05012345号　粤公网安备 44130202000123号</p>
<p>地址：广东省惠州市仲恺高新区和畅五路西16号　联系电话：0752-3278000</p>
</div>
</body>
</html>
"""


TEXT = _page()

EXTRACTION = {
    "zone": {
        "slug": "huizhou-zhongkai-hitech-zone",
        "name": "惠州仲恺高新区",
        "name_en": "Huizhou Zhongkai High-tech Industrial Development Zone",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 惠州仲恺高新区推进“人工智能+”行动实施方案（2026—2027年） (惠州仲恺高新技术产业开发区管理委员会, 惠仲管〔2026〕5号, 2026-02-13) — SYNTHETIC
# (synthetic_aw): WRITTEN by the collector (helper blindAW, 2026-12-05) before reading or running the importer; no such
#   document is claimed to exist. Built by make_files.py from doc_zhongkai.py as the 管委会's portal page saved (UTF-8 .html).
# Zone huizhou-zhongkai-hitech-zone (广东; a national high-tech zone run by its 管委会, district-level → district); period
#   2026–2027; milestones 2026 (task （一）'s dated figure) and 2027.
# Outline: site chrome (nav, breadcrumb, an index table with 索引号 / 文号, meta line, attachment link, share, related links, footer:
#   no task, no target), title, intro, 一、总体要求 = （一）指导思想 and （二）工作目标 = an untitled "到2027年，…" sentence of no figure
#   and three titled goal items "1.产业规模持续壮大。…" 1.–3. (→ goals numbered 1.–3., titled by their heading, eleven targets due 2027).
#   二、重点任务 = twelve tasks （一）–（十二） directly (no groups), each "标题。正文（annotation）"; 三、保障措施 （一）–（三）
#   unannotated → safeguard tasks, no roles. Signature and date after the body; no 抄送 on a portal page.
# Roles as worded: （X牵头，Y、Z配合） → lead X, supporting Y Z; （X负责） → responsible; （X、Y按职责分工负责） with no lead → both
#   responsible; （X牵头，各镇人民政府、街道办事处按职责分工负责） → lead X, the collective responsible (one collective agency,
#   SOURCES.md). 仲恺城发集团 (a state enterprise) is an agency as the annotation names it.
# Targets: 其中…500亿元左右 → part of 800亿元 (parent), approx; 1—2家 → range; 十项 → 10; 2万个 → 20000 个; 1500万台 → 15000000 台
#   (万 multiplied out); 超过 → gt. Task （一）'s "2026年，…300亿元" is due 2026 (another year than the goals' 500亿元 → its own
#   target). 每年… → per_year flow; 其中投资超10亿元项目不少于3个 → part of the
#   30 projects. Not targets: 每年安排不少于1亿元 (a budget), "全覆盖" with no figure, names (“二次创业”, “智改数转”).
"""

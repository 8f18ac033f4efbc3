# ruff: noqa: E501  (plan text as the office writes it)
"""枫沔区2026年“人工智能+”工作要点 — INVENTED (synthetic_cx). The district portal's page saved as .html (nav, breadcrumbs,
a metadata table, 发布时间 / 字号, 相关链接, footer): a one-year work plan that CARRIES ON the district's 三年行动方案
（2026—2028年）: "完成《三年行动方案》确定的2026年度目标：…" (this year's figures), items （一）–（十） "继续实施X行动" in the plan's
order and new ones （十一）–（十四） numbered on across the part, annotations "（牵头单位：X；配合单位：Y）" / "（X牵头，Y配合）" /
"（责任单位：X、Y）", and sentences restating the plan's 2028 goals as background (not this document's targets)."""

from html import escape

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "fengmian-sichuan-ai-plus-work-points-2026-synthetic"
KIND = "html"

A = {
    "区发改局": ("fgj", "枫沔区发展和改革局", "development_reform"),
    "区经信局": ("jxj", "枫沔区经济和信息化局", "industry_it"),
    "区科技局": ("kjj", "枫沔区科学技术局", "science_technology"),
    "区数据局": ("sjj", "枫沔区数据局", "big_data"),
    "区财政局": ("czj", "枫沔区财政局", "finance"),
    "区商务局": ("swj", "枫沔区商务局", "commerce"),
    "区投促局": ("tcj", "枫沔区投资促进局", "commerce"),
    "区人社局": ("rsj", "枫沔区人力资源和社会保障局", "human_resources"),
    "区教育局": ("jyj", "枫沔区教育局", "education"),
    "区卫健局": ("wjj", "枫沔区卫生健康局", "health"),
    "区民政局": ("mzj", "枫沔区民政局", "civil_affairs"),
    "区综合执法局": ("zfj", "枫沔区综合行政执法局", "housing_construction"),
    "区行政审批局": ("spj", "枫沔区行政审批局", "government_services"),
    "区委网信办": ("wxb", "中共枫沔区委网络安全和信息化委员会办公室", "publicity"),
    "区委人才办": ("rcb", "中共枫沔区委人才工作领导小组办公室", "party_organisation"),
    "枫沔高新区管委会": ("gxq", "枫沔高新技术产业园区管理委员会", "park_administration"),
    "各街道办事处": ("jd", "枫沔区各街道办事处", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
C = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, deadline=2026, **kw)


PLAN3 = "《枫沔区“人工智能+”三年行动方案（2026—2028年）》"
TITLE = "枫沔区2026年“人工智能+”工作要点"
DOC_NUMBER = "枫府办发〔2026〕4号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Fengmian District (Sichuan) 2026 work points of “AI+” — synthetic",
    "issuer": "枫沔区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-02",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.html",
}

NOTICE = f"经区政府同意，现将《{TITLE}》印发给你们，请结合实际认真抓好落实。"
INTRO = f"2026年是{PLAN3}（以下简称《三年行动方案》）全面实施的开局之年。为确保《三年行动方案》各项目标任务有序推进、按期完成，制定本工作要点。"
GENERAL = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，认真落实省委、市委关于人工智能产业发展的决策部署，锚定《三年行动方案》提出的“到2028年，全区人工智能核心产业规模突破150亿元，人工智能企业达到260家，智能算力规模达到2000P，建成西部人工智能应用示范区”总体目标，坚持项目为王、场景驱动、生态培育，推动人工智能与实体经济深度融合，为奋力建设成渝地区双城经济圈创新示范区提供支撑。"
GOAL_TEXT = "完成《三年行动方案》确定的2026年度目标：全区人工智能核心产业规模达到70亿元，同比增长20%以上；人工智能企业达到150家，其中新增国家高新技术企业15家；智能算力规模达到600P；新打造“人工智能+”应用场景30个以上；建成区级以上人工智能创新平台5个。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        70,
        "全区人工智能核心产业规模达到70亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能核心产业规模同比增速", "%", "gte", 20, "同比增长20%以上"),
    T("人工智能企业", "家", "eq", 150, "人工智能企业达到150家", kind="ai_enterprises"),
    T(
        "新增国家高新技术企业",
        "家",
        "eq",
        15,
        "其中新增国家高新技术企业15家",
        parent="PREV",
        aggregation="flow",
    ),
    T("智能算力规模", "P", "eq", 600, "智能算力规模达到600P", kind="computing_power"),
    T(
        "新打造“人工智能+”应用场景",
        "个",
        "gte",
        30,
        "新打造“人工智能+”应用场景30个以上",
        kind="application_scenarios",
        aggregation="flow",
    ),
    T(
        "区级以上人工智能创新平台",
        "个",
        "eq",
        5,
        "建成区级以上人工智能创新平台5个",
        kind="innovation_platforms",
    ),
]
BACKGROUND = "按照《三年行动方案》，到2028年全区将累计打造“人工智能+”应用场景100个以上、培育人工智能领军企业10家，今年的各项工作要为此打下坚实基础。"
LEAD_IN = "对照《三年行动方案》确定的十项重点任务，2026年重点抓好以下工作。"

# (heading, body, annotation form, lead, supporting, responsible, targets)
ITEMS = [
    (
        "继续实施算力筑基行动",
        "加快枫沔智算中心二期建设，年内新增智能算力200P，全区智能算力规模达到600P，为实现《三年行动方案》“到2028年智能算力规模达到2000P”目标奠定基础。推动区内算力资源接入全省算力调度平台，落实算力券政策，降低中小企业用算成本。",
        "pc",
        ["区发改局"],
        ["区经信局", "区数据局", "枫沔高新区管委会"],
        [],
        [
            T(
                "新增智能算力",
                "P",
                "eq",
                200,
                "年内新增智能算力200P",
                kind="computing_power",
                aggregation="flow",
            )
        ],
    ),
    (
        "继续实施数据赋能行动",
        "围绕电子信息、装备制造、医疗健康等领域建设行业高质量数据集10个，新增开放公共数据集60个，推动公共数据授权运营试点落地。",
        "pc",
        ["区数据局"],
        ["区经信局", "区卫健局"],
        [],
        [
            T("行业高质量数据集", "个", "eq", 10, "建设行业高质量数据集10个"),
            T("新增开放公共数据集", "个", "eq", 60, "新增开放公共数据集60个", aggregation="flow"),
        ],
    ),
    (
        "继续实施模型创新行动",
        "支持企业开展大模型研发和备案，年内新增通过备案的大模型2个，培育垂直行业模型5个，推动模型在本地企业落地应用。",
        "xy",
        ["区科技局"],
        ["区委网信办", "区经信局"],
        [],
        [
            T(
                "新增通过备案的大模型",
                "个",
                "eq",
                2,
                "年内新增通过备案的大模型2个",
                aggregation="flow",
            ),
            T("垂直行业模型", "个", "eq", 5, "培育垂直行业模型5个"),
        ],
    ),
    (
        "继续实施企业梯度培育行动",
        "新招引人工智能企业30家，培育人工智能“专精特新”企业8家，对新认定的国家级专精特新“小巨人”企业按规定给予奖励。",
        "pc",
        ["区投促局"],
        ["区经信局", "区商务局"],
        [],
        [
            T(
                "新招引人工智能企业",
                "家",
                "eq",
                30,
                "新招引人工智能企业30家",
                kind="ai_enterprises",
                aggregation="flow",
            ),
            T(
                "人工智能“专精特新”企业",
                "家",
                "eq",
                8,
                "培育人工智能“专精特新”企业8家",
                kind="ai_enterprises",
            ),
        ],
    ),
    (
        "继续实施智能制造提升行动",
        "实施智能化改造数字化转型项目50个，新增省级智能工厂3家，推广工业视觉质检、预测性维护等典型应用。",
        "xy",
        ["区经信局"],
        ["区财政局", "枫沔高新区管委会"],
        [],
        [
            T(
                "智能化改造数字化转型项目",
                "个",
                "eq",
                50,
                "实施智能化改造数字化转型项目50个",
                aggregation="flow",
            ),
            T("新增省级智能工厂", "家", "eq", 3, "新增省级智能工厂3家", aggregation="flow"),
        ],
    ),
    (
        "继续实施“人工智能+”城市治理行动",
        "推进城市运行管理服务平台智能化升级，新增智能感知设备2000个，拓展占道经营、渣土运输等智能识别场景。",
        "resp",
        [],
        [],
        ["区综合执法局", "区数据局", "各街道办事处"],
        [T("新增智能感知设备", "个", "eq", 2000, "新增智能感知设备2000个", aggregation="flow")],
    ),
    (
        "继续实施“人工智能+”民生服务行动",
        "推动二级以上医院应用人工智能辅助诊断，建设智慧养老服务站10个，推进人工智能教育进校园。",
        "pc",
        ["区卫健局"],
        ["区民政局", "区教育局"],
        [],
        [T("智慧养老服务站", "个", "eq", 10, "建设智慧养老服务站10个")],
    ),
    (
        "继续实施场景开放行动",
        "发布应用场景清单2批，新打造“人工智能+”应用场景30个以上，举办场景供需对接活动6场。",
        "xy",
        ["区经信局"],
        ["区发改局", "区数据局"],
        [],
        [
            T("发布应用场景清单", "批", "eq", 2, "发布应用场景清单2批", aggregation="flow"),
            T("场景供需对接活动", "场", "eq", 6, "举办场景供需对接活动6场", aggregation="flow"),
        ],
    ),
    (
        "继续实施创新平台建设行动",
        "建成区级以上人工智能创新平台5个，新建产学研联合实验室2个，支持高校院所在枫沔设立人工智能研究机构。",
        "pc",
        ["区科技局"],
        ["枫沔高新区管委会"],
        [],
        [
            T(
                "新建产学研联合实验室",
                "个",
                "eq",
                2,
                "新建产学研联合实验室2个",
                kind="innovation_platforms",
                aggregation="flow",
            )
        ],
    ),
    (
        "继续实施人才集聚行动",
        "引进人工智能领域高层次人才50名，开展人工智能技能培训5000人次，用好“枫沔英才”政策，做好人才安居和子女入学服务。",
        "pc",
        ["区委人才办"],
        ["区人社局", "区教育局"],
        [],
        [
            T(
                "引进人工智能领域高层次人才",
                "名",
                "eq",
                50,
                "引进人工智能领域高层次人才50名",
                kind="talent",
                aggregation="flow",
            ),
            T(
                "人工智能技能培训",
                "人次",
                "eq",
                5000,
                "开展人工智能技能培训5000人次",
                kind="talent",
                aggregation="flow",
            ),
        ],
    ),
    (
        "建设人工智能产业园“园中园”",
        "在枫沔高新区规划建设人工智能产业园“园中园”，完善孵化加速、中试验证和公共服务功能，年内入驻企业20家。",
        "pc",
        ["枫沔高新区管委会"],
        ["区投促局", "区经信局"],
        [],
        [
            T(
                "人工智能产业园“园中园”入驻企业",
                "家",
                "eq",
                20,
                "年内入驻企业20家",
                aggregation="flow",
            )
        ],
    ),
    (
        "推进“人工智能+”政务服务",
        "上线“枫沔智办”政务智能体，推动100项高频政务服务事项实现智能问答和智能预审。",
        "xy",
        ["区行政审批局"],
        ["区数据局"],
        [],
        [
            T(
                "实现智能问答和智能预审的高频政务服务事项",
                "项",
                "eq",
                100,
                "推动100项高频政务服务事项实现智能问答和智能预审",
            )
        ],
    ),
    (
        "办好2026枫沔人工智能产业发展大会",
        "聚焦人工智能赋能新型工业化，邀请行业专家和龙头企业参会，集中发布应用场景和投资机会，推动一批项目签约落地。",
        "pc",
        ["区投促局"],
        ["区经信局", "区商务局"],
        [],
        [],
    ),
    (
        "开展人工智能安全治理专项行动",
        "落实生成式人工智能服务管理要求，开展算法备案辅导和安全评估，加强数据安全和个人信息保护。",
        "xy",
        ["区委网信办"],
        ["区数据局"],
        [],
        [],
    ),
]

SAFEGUARDS = [
    (
        "加强统筹调度",
        "区“人工智能+”行动领导小组办公室要对照《三年行动方案》和本工作要点建立年度任务台账，实行月调度、季通报。",
    ),
    (
        "强化资金保障",
        "统筹用好区级产业发展专项资金，对纳入本工作要点的重点项目和应用场景予以优先支持。",
    ),
    (
        "严格督导考核",
        "将本工作要点落实情况纳入年度目标绩效考核，年底对《三年行动方案》2026年度目标完成情况开展评估。",
    ),
]

CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四"]


def _ann(form, lead, sup, resp):
    if form == "pc":
        return f"（牵头单位：{'、'.join(lead)}；配合单位：{'、'.join(sup)}）"
    if form == "xy":
        return f"（{'、'.join(lead)}牵头，{'、'.join(sup)}配合）"
    return f"（责任单位：{'、'.join(resp)}）"


def _build():
    paras = []  # (kind, html)
    goals = [Goal("2026年度目标", GOAL_TEXT, GOAL_TARGETS)]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    paras.append(("p", escape(INTRO)))
    paras.append(("h", "一、总体要求"))
    paras.append(("p", escape(GENERAL)))
    paras.append(("h", "二、年度目标"))
    paras.append(("p", escape(GOAL_TEXT)))
    paras.append(("p", escape(BACKGROUND)))
    paras.append(("h", "三、重点工作"))
    paras.append(("p", escape(LEAD_IN)))
    tasks = []
    for i, (head, body, form, lead, sup, resp, targets) in enumerate(ITEMS):
        num = f"（{CN[i]}）"
        ann = _ann(form, lead, sup, resp)
        paras.append(("p", f"{num}<strong>{escape(head)}。</strong>{escape(body)}{escape(ann)}"))
        tasks.append(
            Task(
                num,
                head,
                f"{head}。{body}{ann}",
                lead=[C[x] for x in lead],
                supporting=[C[x] for x in sup],
                responsible=[C[x] for x in resp],
            )
        )
        for t in targets:
            assert t.phrase in body, t.phrase
        if targets:
            goals.append(Goal(head, f"{head}。{body}", targets, numbering=num))
    paras.append(("h", "四、工作保障"))
    sg = []
    for i, (head, body) in enumerate(SAFEGUARDS):
        num = f"（{CN[i]}）"
        paras.append(("p", f"{num}<strong>{escape(head)}。</strong>{escape(body)}"))
        sg.append(Task(num, head, f"{head}。{body}"))
    sections = [
        Section("三", "三、", "重点工作", "key_task", tasks),
        Section("四", "四、", "工作保障", "safeguard", sg),
    ]
    return paras, goals, sections


PARAS, GOALS, SECTIONS = _build()

PAGE_HEAD = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_枫沔区人民政府</title>
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-03-04 10:12">
<meta name="ContentSource" content="区政府办公室">
<link rel="stylesheet" href="/images/common.css">
<style>.TRS_Editor p{{text-indent:2em;line-height:1.8;font-family:仿宋_GB2312;font-size:16pt}}</style>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top"><div class="topbar"><span>今天是：<span id="today"></span></span><a href="/">无障碍</a> | <a href="/">长者模式</a> | <a href="/">English</a></div>
<div class="logo"><img src="/images/logo.png" alt="枫沔区人民政府"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjfm/">走进枫沔</a></li></ul></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/zcwj/qzfbwj/">区政府办文件</a></div>
<table class="xxgk_table">
<tr><td>索引号：</td><td>11510xxxMB1F2C7Q6K/2026-00118</td><td>发布机构：</td><td>枫沔区人民政府办公室</td></tr>
<tr><td>成文日期：</td><td>2026-03-02</td><td>文号：</td><td>{DOC_NUMBER}</td></tr>
<tr><td>标题：</td><td colspan="3">枫沔区人民政府办公室关于印发{TITLE}的通知</td></tr>
</table>
<h1 class="article-title">枫沔区人民政府办公室关于印发{TITLE}的通知</h1>
<div class="article-info">发布时间：2026-03-04 10:12　来源：区政府办公室　浏览次数：<span id="hits">1562</span>　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<div class="TRS_Editor">
<p style="text-indent:0">各街道办事处，区级各部门，有关单位：</p>
<p>{escape(NOTICE)}</p>
<p style="text-align:right">枫沔区人民政府办公室</p>
<p style="text-align:right">2026年3月2日</p>
<p style="text-indent:0">（此件公开发布）</p>
<p style="text-align:center;font-family:方正小标宋简体;font-size:22pt">{TITLE}</p>
"""

PAGE_TAIL = """</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> 分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/zwgk/zcjd/202510/t20251030_1.html">《枫沔区“人工智能+”三年行动方案（2026—2028年）》政策解读</a></li>
<li><a href="/zwgk/zcwj/202510/t20251028_2.html">枫沔区人民政府关于印发《枫沔区“人工智能+”三年行动方案（2026—2028年）》的通知</a></li>
</ul></div>
</div>
<div class="footer"><p><a href="/">网站地图</a> | <a href="/">联系我们</a> | <a href="/">隐私声明</a></p>
<p>主办：枫沔区人民政府办公室　承办：枫沔区大数据中心</p>
<p>网站标识码：5101xx0007　蜀ICP备2026000118号-1　川公网安备 51010xx0201188号</p></div>
<script src="/images/stat.js"></script>
</body>
</html>
"""


def _html():
    out = [PAGE_HEAD]
    for kind, inner in PARAS:
        if kind == "h":
            out.append(f'<p style="font-family:黑体">{inner}</p>\n')
        else:
            out.append(f"<p>{inner}</p>\n")
    out.append(PAGE_TAIL)
    return "".join(out)


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "fengmian-sichuan-district",
        "name": "枫沔区",
        "name_en": "Fengmian District (Sichuan)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 枫沔区2026年“人工智能+”工作要点 (枫沔区人民政府办公室, 枫府办发〔2026〕4号, 2026-03-02)
# — SYNTHETIC (synthetic_cx): WRITTEN by the collector (helper blindCX, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_fengmian.py as the portal's .html page.
# Zone fengmian-sichuan-district (四川 枫沔区, invented) → district level; period 2026 (a one-year work plan).
# Outline: portal chrome (nav, 当前位置, a metadata table with 索引号 / 文号, title, 发布时间 / 字号, 打印 / 分享, 相关链接 naming the
#   三年行动方案 and its 解读, footer); the notice, signature, "（此件公开发布）", the title; an opening paragraph naming the plan it
#   carries on (《三年行动方案》); 一、总体要求 whose sentence quotes the plan's "到2028年…150亿元…260家…2000P" goal → NO targets;
#   二、年度目标 = "完成《三年行动方案》确定的2026年度目标：…" → goal titled "2026年度目标", its 7 figures due 2026 (a growth rate beside
#   the level; 其中新增国家高新技术企业15家 → parent); then "按照《三年行动方案》，到2028年全区将累计打造…100个以上、培育…领军企业10家"
#   → NO targets; 三、重点工作 a lead-in ("十项重点任务": a count of the other plan's parts, no target) and items （一）–（十）
#   "继续实施X行动" (the plan's ten tasks in its order) and （十一）–（十四） new this year, numbered on → 14 key tasks, titles their
#   bold headings, text heading + body + annotation; 四、工作保障 （一）–（三） → safeguards, no roles.
# Why the 2028 figures are not this document's targets (SOURCES.md's conventions): a work plan for 2026 commits to 2026; the
#   2028 figures are the three-year plan's own targets, printed here as the yardstick the year works toward — as a vision beyond
#   the plan's period is no target, figures of another level quoted as context are none, and an evaluated plan's targets are
#   another plan's. Extracting them here would count the 三年行动方案's commitments a second time under a one-year plan.
# Roles: "（牵头单位：X；配合单位：Y）" and "（X牵头，Y配合）" → lead / supporting; "（责任单位：X、Y、各街道办事处）" → responsible;
#   各街道办事处 one collective. No 完成时限 printed → no due. Items with figures are goals titled like the item (text heading +
#   body). Restated, no second target: （一）'s 智能算力规模达到600P, （八）'s 新打造…30个以上, （九）'s 建成…创新平台5个 (the year's goals,
#   same year); （一）'s quoted "到2028年智能算力规模达到2000P" no target. Counts done within the year (新增, 新招引, 实施, 举办, 引进,
#   开展培训, 发布, 入驻, 新建) → flow; built / reached → stock. Not targets: "2026枫沔人工智能产业发展大会" (a name), the 算力券.
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""柏台区“十五五”人工智能产业发展规划 — INVENTED (synthetic_ch). The district portal's page (.html): 信息公开 table, title,
a preamble, 一、发展基础 (PAST figures, the CITY's dated goal as context; a paragraph on the situation), 二、总体要求 （一）指导思想
（二）发展定位 （三）主要指标 = the indicator list written as ONE prose paragraph "到2030年，…由2025年的X增长到Y，年均增长Z%左右；…
达到N家（2025年为M家）…"; 三、主要任务 ("以下三个方面九项任务") （一）–（三） of items 1.–3. restarting per group, each
"N.标题。正文（牵头单位：X；配合单位：Y、Z）"; 四、保障措施 （一）–（五）; "本规划由区科技和工业信息化局负责解释。"."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "baitai-ai-industry-15th-five-year-plan-synthetic"
KIND = "html"

# printed form → (code, full name, category, aliases)
A = {
    "区科技和工业信息化局": (
        "kgx",
        "滹阳市柏台区科技和工业信息化局",
        "industry_it",
        ["区科技和工业信息化局"],
    ),
    "区发展和改革局": ("fgj", "滹阳市柏台区发展和改革局", "development_reform", ["区发展和改革局"]),
    "市自然资源和规划局柏台分局": (
        "zrj",
        "滹阳市自然资源和规划局柏台分局",
        "natural_resources",
        ["市自然资源和规划局柏台分局"],
    ),
    "区投资促进中心": ("tcz", "滹阳市柏台区投资促进中心", "commerce", ["区投资促进中心"]),
    "区金融服务中心": (
        "jrz",
        "滹阳市柏台区金融服务中心",
        "financial_regulation",
        ["区金融服务中心"],
    ),
    "区行政审批和数据服务局": (
        "spj",
        "滹阳市柏台区行政审批和数据服务局",
        "government_services",
        ["区行政审批和数据服务局"],
    ),
    "区城市管理局": ("cgj", "滹阳市柏台区城市管理局", "housing_construction", ["区城市管理局"]),
    "区应急管理局": ("yjj", "滹阳市柏台区应急管理局", "emergency", ["区应急管理局"]),
    "各街道办事处": ("jd", "滹阳市柏台区各街道办事处", "local_government", ["各街道办事处"]),
    "区财政局": ("czj", "滹阳市柏台区财政局", "finance", ["区财政局"]),
    "区委组织部（区委人才办）": (
        "zzb",
        "中共滹阳市柏台区委组织部",
        "party_organisation",
        ["区委组织部（区委人才办）"],
    ),
    "区人力资源和社会保障局": (
        "rsj",
        "滹阳市柏台区人力资源和社会保障局",
        "human_resources",
        ["区人力资源和社会保障局"],
    ),
    "区教育局": ("jyj", "滹阳市柏台区教育局", "education", ["区教育局"]),
    "区卫生健康局": ("wjj", "滹阳市柏台区卫生健康局", "health", ["区卫生健康局"]),
    "区民政局": ("mzj", "滹阳市柏台区民政局", "civil_affairs", ["区民政局"]),
}
AGENCIES = [Agency(code, name, aliases, cat) for _, (code, name, cat, aliases) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "柏台区“十五五”人工智能产业发展规划"
DOC_NUMBER = "柏政发〔2026〕3号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Baitai District 15th Five-Year (2026–2030) AI industry development plan — synthetic",
    "issuer": "滹阳市柏台区人民政府",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-05-08",
    "period_start": 2026,
    "period_end": 2030,
    "milestone_years": [2030],
    "source_file": f"{SLUG}.html",
}

PREAMBLE = "为抢抓人工智能发展机遇，加快建设全市人工智能产业发展先行区，根据《滹阳市“十五五”数字经济和人工智能发展规划》和《柏台区国民经济和社会发展第十五个五年规划纲要》，制定本规划。规划期为2026—2030年。本规划是指导全区“十五五”时期人工智能产业发展的行动纲领。"
BASE = "“十四五”期间，我区人工智能产业加快集聚。2025年，全区人工智能核心产业营业收入达到62亿元，五年年均增长21%；人工智能企业达到56家，其中规模以上企业18家；建成柏台智算中心一期，算力规模达到300P，落地典型应用场景24个，获评省级人工智能特色产业园区。但也存在龙头企业带动作用不强、产业载体不足、高端人才偏少、应用场景开放不够等短板，与建设全市人工智能产业主承载区的要求相比仍有差距。市“十五五”规划提出到2030年全市人工智能核心产业规模突破280亿元，我区作为全市人工智能产业主承载区，责任重大、机遇难得。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面落实市委、市政府关于发展数字经济和人工智能产业的决策部署，立足柏台产业基础和区位优势，以产业集聚为核心、以场景应用为牵引、以要素保障为支撑，推动人工智能产业规模化、集群化发展，为全市人工智能产业发展作出柏台贡献。"
SITUATION = "从发展形势看，人工智能正加速向各行业各领域渗透，成为推动产业转型升级的重要力量。全市提出打造全省人工智能产业发展核心区，为我区承接重大项目、集聚创新资源提供了难得机遇。同时，周边区县竞相布局人工智能产业，对我区招商引资和人才引育形成较大压力。"
POSITION = "建设全市人工智能产业发展先行区、“人工智能+”应用示范区和算力服务集聚区，打造“柏台智谷”区域品牌，力争成为全省有影响力的人工智能产业集聚区。"
INDICATORS = "到2030年，全区人工智能核心产业营业收入由2025年的62亿元增长到150亿元，年均增长19%左右；人工智能企业达到120家（2025年为56家），其中规模以上企业40家（2025年为18家）；算力规模达到800P；累计建成人工智能典型应用场景60个；累计引育人工智能专业人才3000人；人工智能企业研发投入占营业收入比重保持在6%以上。"
IND_T = [
    T(
        "人工智能核心产业营业收入",
        "亿元",
        "eq",
        150,
        "全区人工智能核心产业营业收入由2025年的62亿元增长到150亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能核心产业营业收入年均增速", "%", "approx", 19, "年均增长19%左右"),
    T("人工智能企业", "家", "eq", 120, "人工智能企业达到120家", kind="ai_enterprises"),
    T(
        "规模以上人工智能企业",
        "家",
        "eq",
        40,
        "其中规模以上企业40家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T("算力规模", "P", "eq", 800, "算力规模达到800P", kind="computing_power"),
    T(
        "人工智能典型应用场景",
        "个",
        "eq",
        60,
        "累计建成人工智能典型应用场景60个",
        kind="application_scenarios",
        aggregation="flow",
    ),
    T(
        "引育人工智能专业人才",
        "人",
        "eq",
        3000,
        "累计引育人工智能专业人才3000人",
        kind="talent",
        aggregation="flow",
    ),
    T(
        "人工智能企业研发投入占营业收入比重",
        "%",
        "gte",
        6,
        "人工智能企业研发投入占营业收入比重保持在6%以上",
    ),
]

# groups: (numbering, title, [(no, title, body, lead, supporting, targets)])
GROUPS = [
    (
        "（一）",
        "建设人工智能产业集聚区",
        [
            (
                "1.",
                "提升产业园区承载能力",
                "高标准建设柏台人工智能产业园，新增产业载体面积20万平方米，打造“研发+中试+孵化+产业化”全链条载体。完善园区水、电、气、网等配套设施，提升园区综合服务能力。",
                ["区科技和工业信息化局"],
                ["区发展和改革局", "市自然资源和规划局柏台分局"],
                [
                    T(
                        "新增产业载体面积",
                        "平方米",
                        "eq",
                        200000,
                        "新增产业载体面积20万平方米",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "2.",
                "精准招引培育企业",
                "聚焦大模型应用、智能网联、智能传感等领域，每年引进人工智能企业10家以上，力争培育上市企业2家。建立重点企业培育库，实行动态管理。",
                ["区投资促进中心"],
                ["区科技和工业信息化局", "区金融服务中心"],
                [
                    T(
                        "引进人工智能企业",
                        "家",
                        "gte",
                        10,
                        "每年引进人工智能企业10家以上",
                        kind="ai_enterprises",
                        per_year=True,
                    ),
                    T("上市企业", "家", "eq", 2, "力争培育上市企业2家"),
                ],
            ),
            (
                "3.",
                "培育壮大产业链条",
                "围绕“算力—模型—应用”产业链，梳理产业链图谱和招商清单，推动上下游企业协同发展，实施重点产业项目15个。",
                ["区发展和改革局"],
                ["区科技和工业信息化局", "区投资促进中心"],
                [T("重点产业项目", "个", "eq", 15, "实施重点产业项目15个", aggregation="flow")],
            ),
        ],
    ),
    (
        "（二）",
        "拓展“人工智能+”应用场景",
        [
            (
                "1.",
                "推进智能制造升级",
                "支持区内装备制造、新材料企业开展智能化改造，建设智能工厂8家，推广工业质检、预测性维护等成熟应用，支持企业申报省、市智能制造示范项目。",
                ["区科技和工业信息化局"],
                [],
                [T("智能工厂", "家", "eq", 8, "建设智能工厂8家")],
            ),
            (
                "2.",
                "推进基层治理智能化",
                "建设区级城市运行智能中枢，推动人工智能在社区治理、综合执法、应急处置等场景应用，逐步覆盖全区各街道，推进“一网统管”向社区网格延伸，提升基层治理精细化水平。",
                ["区行政审批和数据服务局"],
                ["区城市管理局", "区应急管理局", "各街道办事处"],
                [],
            ),
            (
                "3.",
                "推进智慧民生服务",
                "推广人工智能辅助教学、智能导诊、智慧养老等应用，建设智慧社区20个，打造群众可感可及的智能服务。",
                ["区教育局", "区卫生健康局"],
                ["区民政局", "各街道办事处"],
                [T("智慧社区", "个", "eq", 20, "建设智慧社区20个")],
            ),
        ],
    ),
    (
        "（三）",
        "强化要素支撑",
        [
            (
                "1.",
                "提升算力服务能力",
                "推进柏台智算中心二期建设，新增算力500P，对中小企业使用算力给予补贴，单个企业年度补贴最高50万元，推动算力设施绿色低碳发展。",
                ["区发展和改革局"],
                ["区科技和工业信息化局", "区财政局"],
                [
                    T(
                        "新增算力",
                        "P",
                        "eq",
                        500,
                        "新增算力500P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "2.",
                "加强人才引育",
                "实施“柏台英才”计划，对顶尖人才团队给予最高1000万元项目资助，建设人工智能实训基地2个，支持区内企业与驻滹高校共建人工智能实训平台，对引进的高层次人才在住房、子女入学等方面给予保障。",
                ["区委组织部（区委人才办）"],
                ["区人力资源和社会保障局"],
                [T("人工智能实训基地", "个", "eq", 2, "建设人工智能实训基地2个")],
            ),
            (
                "3.",
                "推动数据资源开发利用",
                "推进区内公共数据归集共享和开放利用，支持企业开发数据产品，建设行业数据集5个。",
                ["区行政审批和数据服务局"],
                ["区科技和工业信息化局"],
                [T("行业数据集", "个", "eq", 5, "建设行业数据集5个")],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立区人工智能产业发展工作专班，统筹推进规划实施，定期研究解决重大问题，各有关部门、各街道要各司其职、密切配合。",
    ),
    (
        "（二）",
        "加大资金支持",
        "区财政每年安排人工智能产业发展专项资金不少于1亿元，用好政府引导基金，撬动社会资本投入，落实国家和省、市各项支持政策。",
    ),
    (
        "（三）",
        "优化发展环境",
        "深化“放管服”改革，为人工智能企业提供全生命周期服务，营造鼓励创新、宽容失败的良好氛围。",
    ),
    (
        "（四）",
        "强化考核评估",
        "将规划实施情况纳入年度综合考核，适时开展中期评估和总结评估，确保规划目标任务如期完成。",
    ),
    (
        "（五）",
        "加强安全监管",
        "压实企业数据安全和网络安全主体责任，加强人工智能应用安全风险评估和监测，守住不发生重大安全事件的底线。",
    ),
]


def _check(text, targets):
    for t in targets:
        assert t.phrase in text, t.phrase


def _ann(lead, sup):
    out = f"（牵头单位：{'、'.join(lead)}"
    if sup:
        out += f"；配合单位：{'、'.join(sup)}"
    return out + "）"


def _build():
    paras = [
        ("p", PREAMBLE),
        ("h", "一、发展基础"),
        ("p", BASE),
        ("p", SITUATION),
        ("h", "二、总体要求"),
        ("h", "（一）指导思想"),
        ("p", GUIDE),
        ("h", "（二）发展定位"),
        ("p", POSITION),
        ("h", "（三）主要指标"),
        ("p", INDICATORS),
        ("h", "三、主要任务"),
        ("p", "围绕上述目标，重点抓好以下三个方面九项任务。"),
    ]
    _check(INDICATORS, IND_T)
    goals = [Goal("到2030年", INDICATORS, IND_T)]
    code = {p: v[0] for p, v in A.items()}
    subs = []
    for gno, gtitle, items in GROUPS:
        paras.append(("h", f"{gno}{gtitle}"))
        tasks = []
        for no, title, body, lead, sup, targets in items:
            ann = _ann(lead, sup)
            paras.append(("p", f"{no}{title}。{body}{ann}"))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}{ann}",
                    lead=[code[x] for x in lead],
                    supporting=[code[x] for x in sup],
                )
            )
            _check(body, targets)
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sections = [Section("三", "三、", "主要任务", "key_task", sections=subs)]
    paras.append(("h", "四、保障措施"))
    sg = []
    for no, title, text in SAFEGUARDS:
        paras.append(("p", f"{no}{title}。{text}"))
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("四", "四、", "保障措施", "safeguard", sg))
    paras.append(("p", "本规划由区科技和工业信息化局负责解释。"))
    return paras, goals, sections


PARAS, GOALS, SECTIONS = _build()


def _html():
    out = []
    for kind, text in PARAS:
        if kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;">{text}</p>')
    article = "\n".join(out)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_规划计划_柏台区人民政府</title>
<meta name="SiteName" content="滹阳市柏台区人民政府">
<meta name="ColumnName" content="规划计划">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-05-11 16:20">
<link rel="stylesheet" href="/static/css/common.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><span>2026年5月11日 星期一</span><a href="/wza/">无障碍</a> <a href="/ydb/">移动版</a></div>
<div class="header"><h1><a href="/">滹阳市柏台区人民政府</a></h1><form action="/search/"><input name="q" placeholder="全站搜索"><button>搜索</button></form></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjbt/">走进柏台</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ghjh/">规划计划</a></div>
<table class="meta">
<tr><td>索引号：</td><td>BT-0117-2026-000046</td><td>发布机构：</td><td>柏台区人民政府</td></tr>
<tr><td>发文字号：</td><td>{DOC_NUMBER}</td><td>成文日期：</td><td>2026-05-08</td></tr>
<tr><td>名　　称：</td><td colspan="3">{TITLE}</td></tr>
</table>
<div class="detail">
<h2 class="title">{TITLE}</h2>
<div class="info">发布日期：2026-05-11　来源：区科技和工业信息化局　浏览次数：<span id="hits">1286</span></div>
<div class="content" id="zoom">
{article}
</div>
<div class="attach">附件：<a href="/uploads/2026/05/baitai-ai-15th.pdf">柏台区“十五五”人工智能产业发展规划（PDF版）.pdf</a></div>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>　<a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></div>
<div class="footer"><p>主办单位：滹阳市柏台区人民政府办公室　联系电话：0000-12345678</p><p>网站标识码：0000000046　ICP备案号：朔ICP备2026000046号</p></div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "baitai-district",
        "name": "柏台区",
        "name_en": "Baitai District (invented, 滹阳市)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2030,
}

HEADER = """\
# 柏台区“十五五”人工智能产业发展规划 (滹阳市柏台区人民政府, 柏政发〔2026〕3号, 2026-05-08)
# — SYNTHETIC (synthetic_ch): WRITTEN by the collector (helper blindCH, 2026-12-07) before reading or running the importer; no
#   such document or district is claimed to exist. Built by make_files.py from doc_baitai.py as the portal page saved (.html, UTF-8).
# Zone baitai-district (an invented district of the invented 滹阳市) → district level; period 2026–2030.
# Outline: portal top bar, header, nav, breadcrumb, 信息公开 table (索引号, 发文字号, 成文日期), the title, 发布日期 line; the
#   article: preamble; 一、发展基础 = PAST figures (62亿元, 五年年均增长21%, 56家, 18家, 300P, 24个) and the CITY's dated goal as
#   context ("市“十五五”规划提出到2030年全市人工智能核心产业规模突破280亿元"): no targets, then a paragraph on the situation;
#   二、总体要求 （一）指导思想 （二）发展定位 (no figure) （三）主要指标 = ONE prose paragraph "到2030年，…" → goal titled 到2030年
#   (8 targets, the 19%左右 corrected in); 三、主要任务 opens on "重点抓好以下三个方面九项任务" (a count of the document's own parts: no target), groups
#   （一）–（三） (sections under 三、) of items 1.–3. restarting per group, each "N.标题。正文（牵头单位：X；配合单位：Y、Z）" → a task
#   (title before the first 。, text = title + body + annotation; 牵头 → lead, 配合 → supporting; two names under 牵头单位 → two
#   leads); 四、保障措施 （一）–（五） → safeguard tasks; "本规划由区科技和工业信息化局负责解释" (who interprets: no role, no task).
#   After the article: a 附件 link to a PDF copy, share / print links, footer (主办 区人民政府办公室; 来源 区科技和工业信息化局: no role).
# The prose indicator list: "由2025年的62亿元增长到150亿元，年均增长19%左右" → TWO targets, 150 亿元 and approx 19 % (metric
#   "…年均增速", stock): a growth rate beside the level it leads to is a target of its own, as every earlier extraction reads
#   "突破300亿元，年均增长20%以上" (corrected 2026-12-07 by helper rCH after measurement 1; SOURCES.md); the 2025 figure is the
#   baseline. "（2025年为56家）" /
#   "（2025年为18家）" baselines in brackets: no targets. 其中规模以上企业40家 → parent the 120家 target. "累计建成…60个", "累计引育…3000人"
#   → flow; "保持在6%以上" → gte 6 %. 区委组织部（区委人才办） one body printed with two names → one agency, its alias
#   the form as printed (corrected by rCH: it was split into two aliases). 各街道办事处 → one
#   collective (supporting). Task figures due 2030; 每年引进…10家以上 → per-year flow; 20万平方米 → 200000 平方米. Not targets: the
#   past and city figures, 单个企业年度补贴最高50万元 (a cap), 最高1000万元项目资助 (a grant cap), 专项资金不少于1亿元 (a budget).
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""芷溪县“人工智能+”行动工作方案（2026—2027年） — INVENTED (synthetic_cy). The county portal's page saved as .html: nav,
breadcrumbs, a metadata table, the article in <div class="TRS_Editor"> of <p>; goals for the county in two dated paragraphs, then a
PER-TOWNSHIP quota table (乡镇 | 数字乡村示范点（个） | 智慧农业基地（个）, six townships and a 合计 row) under its caption; the
tasks as a 县直部门 task list (items 1.–15. numbered on across five groups, each followed by a line of its own "牵头单位：…　配合单位：…"
or "责任单位：X（牵头）、Y"), safeguards, share buttons and footer."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "zhixi-county-ai-plus-work-plan-2026-synthetic"
KIND = "html"

# printed form → (code, full name, category)
A = {
    "县农业农村局": ("nyj", "芷溪县农业农村局", "agriculture"),
    "县工业信息化和科技局": ("gxkj", "芷溪县工业信息化和科技局", "industry_it"),
    "县数据局": ("sjj", "芷溪县数据局", "big_data"),
    "县发展改革局": ("fgj", "芷溪县发展和改革局", "development_reform"),
    "县商务局": ("swj", "芷溪县商务局", "commerce"),
    "县教育局": ("jyj", "芷溪县教育局", "education"),
    "县卫生健康局": ("wjj", "芷溪县卫生健康局", "health"),
    "县文化旅游局": ("wlj", "芷溪县文化旅游局", "culture_tourism"),
    "县交通运输局": ("jtj", "芷溪县交通运输局", "transport"),
    "县自然资源局": ("zrj", "芷溪县自然资源局", "natural_resources"),
    "县水利局": ("slj", "芷溪县水利局", "agriculture"),
    "县财政局": ("czj", "芷溪县财政局", "finance"),
    "县人社局": ("rsj", "芷溪县人力资源和社会保障局", "human_resources"),
    "县供销社": ("gxs", "芷溪县供销合作社联合社", "other"),
    "县应急管理局": ("yjj", "芷溪县应急管理局", "emergency"),
    "县融媒体中心": ("rmt", "芷溪县融媒体中心", "publicity"),
    "各乡镇人民政府": ("xz", "芷溪县各乡镇人民政府", "local_government"),
    "芷溪镇人民政府": ("zxz", "芷溪县芷溪镇人民政府", "local_government"),
    "国网芷溪县供电公司": ("gw", "国网芷溪县供电公司", "state_enterprise"),
    "中国电信芷溪分公司": ("dx", "中国电信股份有限公司芷溪分公司", "state_enterprise"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
C = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "芷溪县“人工智能+”行动工作方案（2026—2027年）"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Zhixi County work plan for the “AI+” action (2026–2027) — synthetic",
    "issuer": "芷溪县人民政府办公室",
    "doc_number": "芷政办发〔2026〕4号",
    "issued_on": "2026-04-08",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

INTRO = "为贯彻落实省、市关于推进“人工智能+”行动的部署要求，加快人工智能技术在农业农村和县域经济社会各领域的应用，助力乡村全面振兴，结合我县实际，制定本工作方案。"
BASIS = "我县是传统农业大县，辖4镇2乡，2025年全县建成数字乡村示范点9个、智慧农业基地3个，农村电商网络零售额达到6.8亿元，但人工智能应用总体处于起步阶段，乡镇之间数字化水平差距较大。"
G1_TEXT = "到2026年底，全县建成数字乡村示范点15个、智慧农业基地6个，县级农业农村大数据平台上线运行，人工智能相关企业达到10家。"
G1 = [
    T("数字乡村示范点", "个", "eq", 15, "全县建成数字乡村示范点15个", deadline=2026),
    T("智慧农业基地", "个", "eq", 6, "智慧农业基地6个", deadline=2026),
    T(
        "人工智能相关企业",
        "家",
        "eq",
        10,
        "人工智能相关企业达到10家",
        kind="ai_enterprises",
        deadline=2026,
    ),
]
G2_TEXT = "到2027年，全县建成数字乡村示范点30个、智慧农业基地12个，打造“人工智能+”应用场景40个，主要农作物耕种收综合机械化率达到85%，农村电商网络零售额突破10亿元，人工智能赋能乡村振兴取得明显成效。各乡镇2027年目标任务分解如下："
G2 = [
    T("数字乡村示范点", "个", "eq", 30, "全县建成数字乡村示范点30个"),
    T("智慧农业基地", "个", "eq", 12, "智慧农业基地12个"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        40,
        "打造“人工智能+”应用场景40个",
        kind="application_scenarios",
    ),
    T("主要农作物耕种收综合机械化率", "%", "eq", 85, "主要农作物耕种收综合机械化率达到85%"),
    T("农村电商网络零售额", "亿元", "gt", 10, "农村电商网络零售额突破10亿元"),
]
TABLE_CAPTION = "表1　各乡镇数字乡村建设目标任务分解表（2027年）"
TOWNS = [
    ("芷溪镇", 8, 3),
    ("青岚镇", 6, 2),
    ("栎山镇", 5, 2),
    ("白鹭乡", 4, 2),
    ("苇塘乡", 4, 2),
    ("枫渡乡", 3, 1),
]
TOTAL = ("合计", 30, 12)
TABLE_NOTE = (
    "注：数字乡村示范点、智慧农业基地均为累计建成数，2026年底前各乡镇须完成分解任务的50%以上。"
)

# groups: (numeral, heading, items (title, body, role line, lead, supporting, responsible, targets))
GROUPS = [
    (
        "（一）",
        "夯实数字乡村基础",
        [
            (
                "完善农村网络和算力设施",
                "推进千兆光网和5G网络向自然村延伸，实现行政村5G网络通达率100%，依托县数据中心建设县级边缘算力节点，为乡镇和农业经营主体提供普惠算力服务。",
                "牵头单位：县工业信息化和科技局　　配合单位：中国电信芷溪分公司、国网芷溪县供电公司",
                ["县工业信息化和科技局"],
                ["中国电信芷溪分公司", "国网芷溪县供电公司"],
                [],
                [T("行政村5G网络通达率", "%", "eq", 100, "实现行政村5G网络通达率100%")],
            ),
            (
                "建设农业农村大数据平台",
                "整合耕地、种植、养殖、农资、气象等数据资源，建设县级农业农村大数据平台，2026年底前上线运行，推动涉农数据“一张图”管理。",
                "牵头单位：县数据局　　配合单位：县农业农村局、县自然资源局",
                ["县数据局"],
                ["县农业农村局", "县自然资源局"],
                [],
                [],
            ),
            (
                "建设益农服务站点",
                "推进益农信息社和村级综合服务站数字化升级，在每个乡镇建设1个以上智能化益农服务站，提供农技咨询、电商代办、便民缴费等服务。",
                "责任单位：县农业农村局（牵头）、县供销社、各乡镇人民政府",
                ["县农业农村局"],
                [],
                ["县供销社", "各乡镇人民政府"],
                [
                    T(
                        "每个乡镇智能化益农服务站",
                        "个",
                        "gte",
                        1,
                        "在每个乡镇建设1个以上智能化益农服务站",
                    )
                ],
            ),
        ],
    ),
    (
        "（二）",
        "推进智慧农业应用",
        [
            (
                "建设智慧农业基地",
                "按照分解目标，在水稻、茶叶、油茶主产区建设智慧农业基地，推广物联网监测、智能灌溉、无人机植保等技术，各乡镇要将基地建设任务落实到具体经营主体。",
                "责任单位：县农业农村局（牵头）、各乡镇人民政府",
                ["县农业农村局"],
                [],
                ["各乡镇人民政府"],
                [],
            ),
            (
                "推广智能农机装备",
                "落实农机购置与应用补贴政策，推广北斗导航自动驾驶拖拉机、智能插秧机和植保无人机，新增智能农机装备200台（套）。",
                "牵头单位：县农业农村局　　配合单位：县财政局",
                ["县农业农村局"],
                ["县财政局"],
                [],
                [
                    T(
                        "新增智能农机装备",
                        "台（套）",
                        "eq",
                        200,
                        "新增智能农机装备200台（套）",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推进智慧水利建设",
                "建设灌区智能量测水和山洪灾害智能预警系统，布设水雨情智能监测站点120个，提升农业用水和防汛调度智能化水平。",
                "牵头单位：县水利局　　配合单位：县应急管理局、各乡镇人民政府",
                ["县水利局"],
                ["县应急管理局", "各乡镇人民政府"],
                [],
                [T("水雨情智能监测站点", "个", "eq", 120, "布设水雨情智能监测站点120个")],
            ),
        ],
    ),
    (
        "（三）",
        "建设数字乡村示范点",
        [
            (
                "开展数字乡村示范创建",
                "按照“一村一特色”要求，推动各乡镇选择基础较好的行政村开展数字乡村示范点创建，推广“AI+村务”“AI+网格”等应用，示范点建设任务按表1分解到乡镇。",
                "责任单位：县农业农村局（牵头）、县数据局、各乡镇人民政府",
                ["县农业农村局"],
                [],
                ["县数据局", "各乡镇人民政府"],
                [],
            ),
            (
                "打造芷溪镇数字乡村先行区",
                "支持芷溪镇建设数字乡村先行区，集成应用智慧党建、智慧养老、智慧安防等场景，到2027年先行区内行政村数字化应用覆盖率达到90%。",
                "牵头单位：县数据局　　责任单位：芷溪镇人民政府",
                ["县数据局"],
                [],
                ["芷溪镇人民政府"],
                [
                    T(
                        "芷溪镇数字乡村先行区行政村数字化应用覆盖率",
                        "%",
                        "eq",
                        90,
                        "到2027年先行区内行政村数字化应用覆盖率达到90%",
                    )
                ],
            ),
        ],
    ),
    (
        "（四）",
        "拓展民生服务场景",
        [
            (
                "发展农村电商",
                "推动农产品直播电商和智能选品应用，建设县级电商公共服务中心，每个乡镇至少培育1个电商直播服务点，培育本土电商带头人100名。",
                "牵头单位：县商务局　　配合单位：县供销社、各乡镇人民政府",
                ["县商务局"],
                ["县供销社", "各乡镇人民政府"],
                [],
                [
                    T(
                        "每个乡镇电商直播服务点",
                        "个",
                        "gte",
                        1,
                        "每个乡镇至少培育1个电商直播服务点",
                    ),
                    T("本土电商带头人", "名", "eq", 100, "培育本土电商带头人100名", kind="talent"),
                ],
            ),
            (
                "推进智慧教育和医疗",
                "推动乡村学校接入县域智慧教育平台，开展人工智能辅助教学；推动乡镇卫生院应用人工智能辅助诊断和远程会诊，提升基层医疗服务能力。",
                "责任单位：县教育局、县卫生健康局",
                [],
                [],
                ["县教育局", "县卫生健康局"],
                [],
            ),
            (
                "发展智慧乡村旅游",
                "推动乡村旅游重点村建设智能导览和客流监测系统，推出数字化乡村旅游线路，打造智慧旅游村10个。",
                "牵头单位：县文化旅游局　　配合单位：县交通运输局、县融媒体中心",
                ["县文化旅游局"],
                ["县交通运输局", "县融媒体中心"],
                [],
                [T("智慧旅游村", "个", "eq", 10, "打造智慧旅游村10个")],
            ),
        ],
    ),
    (
        "（五）",
        "强化人才和企业支撑",
        [
            (
                "培育人工智能企业",
                "围绕农产品加工和农业服务引进培育人工智能企业，支持企业与高校院所共建研发平台，对新引进的人工智能企业给予房租减免。",
                "责任单位：县工业信息化和科技局（牵头）、县发展改革局、县商务局",
                ["县工业信息化和科技局"],
                [],
                ["县发展改革局", "县商务局"],
                [],
            ),
            (
                "培养数字乡村人才",
                "面向新型职业农民、返乡创业青年和村干部开展数字技能培训，每年培训3000人次，培育一批“数字新农人”。",
                "责任单位：县人社局（牵头）、县农业农村局、各乡镇人民政府",
                ["县人社局"],
                [],
                ["县农业农村局", "各乡镇人民政府"],
                [
                    T(
                        "数字技能培训",
                        "人次",
                        "eq",
                        3000,
                        "每年培训3000人次",
                        per_year=True,
                        kind="talent",
                    )
                ],
            ),
        ],
    ),
]
SAFEGUARDS = [
    (
        "加强组织领导",
        "成立县“人工智能+”行动工作专班，由县政府分管负责同志任组长，专班办公室设在县工业信息化和科技局。各乡镇要成立相应工作机构，乡镇主要负责同志为第一责任人。",
    ),
    (
        "压实分解责任",
        "各乡镇要对照表1分解任务，逐村明确建设内容和时间节点，于2026年5月底前将实施计划报县农业农村局。县直各部门要按照任务清单细化措施，形成工作合力。",
    ),
    (
        "强化资金保障",
        "统筹衔接推进乡村振兴补助资金、数字乡村建设资金等，对示范点和智慧农业基地建设给予支持，引导金融机构和社会资本参与数字乡村建设。",
    ),
    (
        "严格督导考核",
        "将分解目标完成情况纳入乡镇和县直部门年度综合考核，实行季度调度、半年通报，对工作滞后的乡镇进行督办。",
    ),
]


def resolve_parents(goals):
    codes, n = {}, 0
    for g in goals:
        for t in g.targets:
            n += 1
            codes[id(t)] = f"T{n}"
    for g in goals:
        for t in g.targets:
            if isinstance(t.parent, Target):
                t.parent = codes[id(t.parent)]


def p(text):
    return f'<p style="text-indent:2em;">{text}</p>'


def _build():
    for t in G1:
        assert t.phrase in G1_TEXT, t.phrase
    for t in G2:
        assert t.phrase in G2_TEXT, t.phrase
    parts = [
        p("各乡镇人民政府，县直各部门："),
        p(f"《{TITLE}》已经县政府同意，现印发给你们，请认真抓好落实。"),
        '<p style="text-align:right;">芷溪县人民政府办公室</p>',
        '<p style="text-align:right;">2026年4月8日</p>',
        f'<p style="text-align:center;"><strong>{TITLE}</strong></p>',
        p(INTRO),
        p("<strong>一、工作基础</strong>"),
        p(BASIS),
        p("<strong>二、工作目标</strong>"),
        p(G1_TEXT),
        p(G2_TEXT),
        f'<p style="text-align:center;">{TABLE_CAPTION}</p>',
    ]
    trs = [
        '<tr><td align="center"><b>乡镇</b></td><td align="center"><b>数字乡村示范点（个）</b></td><td align="center"><b>智慧农业基地（个）</b></td></tr>'
    ]
    for name, a, b in [*TOWNS, TOTAL]:
        trs.append(
            f'<tr><td align="center">{name}</td><td align="center">{a}</td><td align="center">{b}</td></tr>'
        )
    parts.append(
        '<table border="1" cellspacing="0" cellpadding="0" align="center" width="80%" style="border-collapse:collapse;"><tbody>'
        + "".join(trs)
        + "</tbody></table>"
    )
    parts.append(p(TABLE_NOTE))
    towns = []
    for name, a, b in TOWNS:
        towns += [
            T(f"{name}数字乡村示范点", "个", "eq", a, f"{name} {a}", parent=G2[0]),
            T(f"{name}智慧农业基地", "个", "eq", b, f"{name} {a} {b}", parent=G2[1]),
        ]
    table_text = "\n".join(
        " ".join(str(x) for x in row)
        for row in [("乡镇", "数字乡村示范点（个）", "智慧农业基地（个）"), *TOWNS, TOTAL]
    )
    goals = [
        Goal("到2026年底", G1_TEXT, G1),
        Goal("到2027年", G2_TEXT, G2),
        Goal(TABLE_CAPTION.split("　", 1)[1], table_text, towns, numbering="表1"),
    ]
    parts.append(p("<strong>三、重点任务及县直部门分工</strong>"))
    groups = []
    n = 0
    for gi, (gno, gtitle, items) in enumerate(GROUPS, 1):
        parts.append(p(f"<strong>{gno}{gtitle}</strong>"))
        tasks = []
        for title, body, line, lead, sup, resp, targets in items:
            n += 1
            no = f"{n}."
            parts.append(p(f"{no}{title}。{body}"))
            parts.append(p(line))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}{line}",
                    lead=[C[x] for x in lead],
                    supporting=[C[x] for x in sup],
                    responsible=[C[x] for x in resp],
                )
            )
            for t in targets:
                assert t.phrase in body, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        groups.append(Section(str(gi), gno, gtitle, "key_task", tasks))
    parts.append(p("<strong>四、保障措施</strong>"))
    sg = []
    for i, (title, body) in enumerate(SAFEGUARDS):
        no = f"（{'一二三四'[i]}）"
        parts.append(p(f"<strong>{no}{title}。</strong>{body}"))
        sg.append(Task(no, title, f"{title}。{body}"))
    resolve_parents(goals)
    sections = [
        Section("三", "三、", "重点任务及县直部门分工", "key_task", sections=groups),
        Section("四", "四、", "保障措施", "safeguard", sg),
    ]
    return "\n".join(parts), goals, sections


ARTICLE, GOALS, SECTIONS = _build()

TEXT = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_芷溪县人民政府</title>
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-04-09 16:20">
<meta name="ContentSource" content="芷溪县人民政府办公室">
<link rel="stylesheet" href="/images/zxx/style.css">
<script src="/images/zxx/jquery.min.js"></script>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="header"><div class="logo"><a href="/">芷溪县人民政府</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zjzx/">走进芷溪</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/zcwj/xzfbwj/">县政府办文件</a></div>
<table class="xxgk-meta">
<tr><td>索引号：</td><td>431100-0000-2026-00041</td><td>主题分类：</td><td>科技、教育</td></tr>
<tr><td>发布机构：</td><td>芷溪县人民政府办公室</td><td>生成日期：</td><td>2026-04-08</td></tr>
<tr><td>名称：</td><td>{TITLE}</td><td>文号：</td><td>芷政办发〔2026〕4号</td></tr>
</table>
<div class="article">
<h1 class="title">{TITLE}</h1>
<div class="info">来源：芷溪县人民政府办公室　发布时间：2026-04-09 16:20　浏览次数：<span id="hits">1024</span>　【<a href="javascript:void(0)" onclick="fontSize(18)">大</a> <a href="javascript:void(0)" onclick="fontSize(16)">中</a> <a href="javascript:void(0)" onclick="fontSize(14)">小</a>】</div>
<div class="TRS_Editor">
{ARTICLE}
</div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a>　<a href="javascript:window.print();">【打印本页】</a>　<a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="related"><h3>相关文件</h3><ul><li><a href="/zwgk/zcjd/">一图读懂《{TITLE}》</a></li><li><a href="/zwgk/zcwj/">芷溪县数字乡村发展三年行动计划</a></li></ul></div>
</div>
<div class="footer"><p>主办单位：芷溪县人民政府办公室　承办单位：芷溪县数据局</p><p>ICP备案号：湘ICP备00000000号　公安备案号：43110000000000　网站标识码：4311000099</p><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p></div>
</body>
</html>
"""

EXTRACTION = {
    "zone": {
        "slug": "zhixi-county",
        "name": "芷溪县",
        "name_en": "Zhixi County",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 芷溪县“人工智能+”行动工作方案（2026—2027年） (芷溪县人民政府办公室, 芷政办发〔2026〕4号, 2026-04-08)
# — SYNTHETIC (synthetic_cy): WRITTEN by helper blindCY (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_zhixi.py as the portal page saved (.html, UTF-8).
# Zone zhixi-county (an invented county; its province never named in the article, the footer's 湘ICP a portal's chrome) → district
#   level (a county, as other extractions place counties); period 2026–2027.
# Outline: portal chrome (nav, 您当前的位置, a 索引号 / 文号 metadata table, 来源 / 发布时间 / 浏览次数 / 字号, share, 相关文件, footer);
#   the issuing lines (no task); the plan: intro, 一、工作基础 (2025 baselines 9个, 3个, 6.8亿元; "辖4镇2乡" the county's make-up: no
#   targets); 二、工作目标 = two dated paragraphs → goals "到2026年底" (3 targets, due 2026) and "到2027年" (5), the second closing
#   "各乡镇2027年目标任务分解如下：", then the caption "表1　各乡镇数字乡村建设目标任务分解表（2027年）", a bordered <table> (乡镇 |
#   数字乡村示范点（个） | 智慧农业基地（个）; six townships; 合计 30 / 12) and its 注; 三、重点任务及县直部门分工 = groups （一）–（五） of
#   items 1.–13. numbered on, each followed by a role line of its own; 四、保障措施 （一）–（四） (bold-led, unannotated).
# Roles: "牵头单位：X　　配合单位：Y、Z" → lead + supporting; "牵头单位：X　　责任单位：Y" → lead + responsible; "责任单位：X（牵头）、Y、Z"
#   → X lead, Y Z responsible; "责任单位：X、Y" → responsible. 各乡镇人民政府 = ONE collective; 芷溪镇人民政府 an agency of its own because
#   item 8's role line names it; the other townships (only in the table) are no agencies. The safeguards' 专班办公室, "县直各部门" and
#   "报县农业农村局" assign no role.
# The quota TABLE (the set's topic; SYNTHETIC_CY.md "Conventions this set adds"): ONE goal titled by its caption (without "表1　",
#   its numbering), text its rows. Every township's cell is a target whose metric names the township (芷溪镇数字乡村示范点), eq as
#   printed, stock, due 2027 (the caption's year), parent the county's own 2027 figure of the thing (T4 30个, T5 12个). The 合计 row
#   restates T4 / T5 → no target. The 注's "2026年底前各乡镇须完成分解任务的50%以上" is a share of each township's share, a clause whose
#   subject is 各乡镇 → no target (the county's 2026 figures are G1's 15 / 6).
# Other targets: "在每个乡镇建设1个以上智能化益农服务站" and "每个乡镇至少培育1个电商直播服务点" are quotas for each unit (metric names
#   the unit); "各乡镇要将基地建设任务落实到…" no figure; item 8's 芷溪镇 figure names the town (90 %); "每年培训3000人次" per-year; 新增…
#   200台（套） flow; 100% 通达率 a figure printed. Task figures due 2027. Not targets: "一村一特色", 房租减免, "2026年5月底前" (a
#   reporting date), 2026年底前上线运行 (no figure).
"""

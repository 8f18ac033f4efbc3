# ruff: noqa: E501  (plan text as the office writes it)
"""枫沅县推进“人工智能+”行动工作方案（2026—2027年） — INVENTED (synthetic_cu). The county portal's page saved as .html:
parts 一、 二、 三、 四、; the goals part a dated paragraph and items ①–④ "①标题：正文"; the task part's sections lettered
"A." "B." "C." "D."; tasks ❶ ❷ ❸ (dingbat negative circled digits, U+2776…) restarting per section, each closing on its
annotation in 【】 ("【牵头单位：X；配合单位：Y】", "【责任单位：X】", "【X牵头，Y配合】"); the safeguards part's items lettered
"A."–"D." too, but paragraphs with nothing under them (tasks, not sections)."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "fengyuan-hunan-ai-plus-work-plan-2026-synthetic"
KIND = "html"

A = {
    "县发改局": ("fgj", "枫沅县发展和改革局", "development_reform"),
    "县工信局": ("gxj", "枫沅县工业和信息化局", "industry_it"),
    "县科技局": ("kjj", "枫沅县科学技术局", "science_technology"),
    "县数据局": ("sjj", "枫沅县数据局", "big_data"),
    "县政务服务中心": ("zwzx", "枫沅县政务服务中心", "government_services"),
    "县财政局": ("czj", "枫沅县财政局", "finance"),
    "县人社局": ("rsj", "枫沅县人力资源和社会保障局", "human_resources"),
    "县教育局": ("jyj", "枫沅县教育局", "education"),
    "县卫健局": ("wjj", "枫沅县卫生健康局", "health"),
    "县农业农村局": ("nyj", "枫沅县农业农村局", "agriculture"),
    "县林业局": ("lyj", "枫沅县林业局", "natural_resources"),
    "县自然资源局": ("zrj", "枫沅县自然资源局", "natural_resources"),
    "县文旅广体局": ("wlj", "枫沅县文化旅游广电体育局", "culture_tourism"),
    "县商务局": ("swj", "枫沅县商务局", "commerce"),
    "县应急管理局": ("yjj", "枫沅县应急管理局", "emergency"),
    "枫沅工业集中区管委会": ("yq", "枫沅工业集中区管理委员会", "park_administration"),
    "各乡镇人民政府": ("xz", "枫沅县各乡镇人民政府", "local_government"),
    "国网枫沅县供电公司": ("dl", "国网枫沅县供电公司", "state_enterprise"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
C = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "枫沅县推进“人工智能+”行动工作方案（2026—2027年）"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Fengyuan County (Hunan) work plan for advancing the “AI+” action 2026–2027 — synthetic",
    "issuer": "枫沅县人民政府办公室",
    "doc_number": "枫政办发〔2026〕12号",
    "issued_on": "2026-05-06",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

GUIDE = "以习近平新时代中国特色社会主义思想为指导，全面落实省、市关于推进“人工智能+”行动的部署要求，立足我县林业资源、特色农业和生态文旅优势，坚持应用为先、场景牵引、统筹推进、安全可控，推动人工智能与县域产业发展和社会治理深度融合，为建设生态强县、产业强县提供有力支撑。"
G1_TEXT = "到2026年底，建成县级人工智能公共服务平台，打造“人工智能+”应用场景12个，人工智能相关企业达到25家。"
G1 = [
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        12,
        "打造“人工智能+”应用场景12个",
        kind="application_scenarios",
        deadline=2026,
    ),
    T(
        "人工智能相关企业",
        "家",
        "eq",
        25,
        "人工智能相关企业达到25家",
        kind="ai_enterprises",
        deadline=2026,
    ),
]
G_LEAD = "到2027年，实现以下目标："
# ① items: (numbering, title, rest, targets), due 2027
GOAL_ITEMS = [
    (
        "①",
        "产业规模",
        "全县人工智能核心产业规模达到15亿元，人工智能相关企业达到40家。",
        [
            T(
                "人工智能核心产业规模",
                "亿元",
                "eq",
                15,
                "全县人工智能核心产业规模达到15亿元",
                kind="ai_industry_scale",
            ),
            T(
                "人工智能相关企业",
                "家",
                "eq",
                40,
                "人工智能相关企业达到40家",
                kind="ai_enterprises",
            ),
        ],
    ),
    (
        "②",
        "基础设施",
        "智能算力规模达到100P，5G基站总数突破1500个。",
        [
            T("智能算力规模", "P", "eq", 100, "智能算力规模达到100P", kind="computing_power"),
            T("5G基站总数", "个", "gt", 1500, "5G基站总数突破1500个"),
        ],
    ),
    (
        "③",
        "融合应用",
        "累计打造“人工智能+”应用场景30个，规模以上工业企业数字化转型比例达到70%，建成数字乡村示范村20个。",
        [
            T(
                "“人工智能+”应用场景",
                "个",
                "eq",
                30,
                "累计打造“人工智能+”应用场景30个",
                kind="application_scenarios",
            ),
            T(
                "规模以上工业企业数字化转型比例",
                "%",
                "eq",
                70,
                "规模以上工业企业数字化转型比例达到70%",
            ),
            T("数字乡村示范村", "个", "eq", 20, "建成数字乡村示范村20个"),
        ],
    ),
    (
        "④",
        "人才支撑",
        "培育引进人工智能专业人才500人。",
        [
            T(
                "培育引进人工智能专业人才",
                "人",
                "eq",
                500,
                "培育引进人工智能专业人才500人",
                kind="talent",
                aggregation="flow",
            )
        ],
    ),
]


def ab(lead, sup):
    return f"【牵头单位：{'、'.join(lead)}；配合单位：{'、'.join(sup)}】"


def resp(names):
    return f"【责任单位：{'、'.join(names)}】"


def pei(lead, sup):
    return f"【{'、'.join(lead)}牵头，{'、'.join(sup)}配合】"


# sections: (letter, title, tasks); task: (title, body, annotation, lead, supporting, responsible, targets)
SECTIONS_IN = [
    (
        "A.",
        "筑牢数字基础",
        [
            (
                "建设县域算力设施",
                "依托枫沅工业集中区建设县级智算中心，新增智能算力60P，推动算力资源接入全市算力调度平台，保障算力设施用电需求。",
                ab(["县发改局"], ["县工信局", "国网枫沅县供电公司"]),
                ["县发改局"],
                ["县工信局", "国网枫沅县供电公司"],
                [],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        60,
                        "新增智能算力60P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推进数据汇聚共享",
                "建设县级数据共享交换平台，归集政务、农业、林业、医疗等领域数据，开放公共数据集30个，推动公共数据有序开发利用。",
                resp(["县数据局"]),
                [],
                [],
                ["县数据局"],
                [T("开放公共数据集", "个", "eq", 30, "开放公共数据集30个")],
            ),
            (
                "建设县域数字底座",
                "完成县城建成区30平方公里实景三维建模，建设县域时空信息平台，为规划建设、林业防火和应急处置提供统一数字底座。",
                pei(["县自然资源局"], ["县数据局"]),
                ["县自然资源局"],
                ["县数据局"],
                [],
                [
                    T(
                        "县城建成区实景三维建模",
                        "平方公里",
                        "eq",
                        30,
                        "完成县城建成区30平方公里实景三维建模",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "B.",
        "赋能产业发展",
        [
            (
                "推进工业智能化改造",
                "聚焦竹木加工、食品加工、新材料等主导产业，实施智能化改造项目60个，推广机器视觉检测、智能仓储等应用。",
                ab(["县工信局"], ["县财政局", "枫沅工业集中区管委会"]),
                ["县工信局"],
                ["县财政局", "枫沅工业集中区管委会"],
                [],
                [T("智能化改造项目", "个", "eq", 60, "实施智能化改造项目60个", aggregation="flow")],
            ),
            (
                "发展智慧农业",
                "推广智能灌溉、病虫害智能监测、农产品质量溯源等应用，建设智慧农业基地10个，提升茶油、柑橘等特色产业智能化水平。",
                ab(["县农业农村局"], ["各乡镇人民政府"]),
                ["县农业农村局"],
                ["各乡镇人民政府"],
                [],
                [T("智慧农业基地", "个", "eq", 10, "建设智慧农业基地10个")],
            ),
            (
                "发展智慧林业",
                "建设森林防火智能监测点120个，推广林业资源智能巡护、病虫害智能识别等应用，提升林业资源保护管理能力。",
                ab(["县林业局"], ["县应急管理局"]),
                ["县林业局"],
                ["县应急管理局"],
                [],
                [T("森林防火智能监测点", "个", "eq", 120, "建设森林防火智能监测点120个")],
            ),
            (
                "发展智慧文旅商贸",
                "推动重点景区智能导览、智慧票务应用，培育直播电商企业20家，拓展特色农产品线上销售渠道。",
                ab(["县文旅广体局"], ["县商务局"]),
                ["县文旅广体局"],
                ["县商务局"],
                [],
                [T("直播电商企业", "家", "eq", 20, "培育直播电商企业20家")],
            ),
        ],
    ),
    (
        "C.",
        "提升治理服务",
        [
            (
                "推进“人工智能+”政务服务",
                "上线政务服务智能客服，推广智能预审、智能导办，政务服务事项网上可办率达到98%。",
                ab(["县数据局"], ["县政务服务中心"]),
                ["县数据局"],
                ["县政务服务中心"],
                [],
                [T("政务服务事项网上可办率", "%", "eq", 98, "政务服务事项网上可办率达到98%")],
            ),
            (
                "推进“人工智能+”教育",
                "推广智能备课、智能学情分析等应用，建成智慧校园20所，开展教师人工智能素养提升培训。",
                resp(["县教育局"]),
                [],
                [],
                ["县教育局"],
                [T("智慧校园", "所", "eq", 20, "建成智慧校园20所")],
            ),
            (
                "推进“人工智能+”医疗",
                "推广医学影像辅助诊断、智能随访等应用，实现县域医共体人工智能辅助诊断全覆盖。",
                ab(["县卫健局"], ["县数据局"]),
                ["县卫健局"],
                ["县数据局"],
                [],
                [],
            ),
            (
                "推进“人工智能+”应急管理",
                "建设自然灾害和安全生产智能监测预警系统，提升森林火灾、地质灾害等风险早期识别和处置能力。",
                pei(["县应急管理局"], ["县林业局", "各乡镇人民政府"]),
                ["县应急管理局"],
                ["县林业局", "各乡镇人民政府"],
                [],
                [],
            ),
        ],
    ),
    (
        "D.",
        "厚植发展生态",
        [
            (
                "培育市场主体",
                "围绕智能终端、数据服务等领域开展精准招商，招引人工智能相关企业15家，支持本地企业申报高新技术企业。",
                ab(["县商务局"], ["县工信局", "县科技局"]),
                ["县商务局"],
                ["县工信局", "县科技局"],
                [],
                [
                    T(
                        "招引人工智能相关企业",
                        "家",
                        "eq",
                        15,
                        "招引人工智能相关企业15家",
                        kind="ai_enterprises",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "加强人才引育",
                "重点做好三项工作：a）落实县级人才引进政策，引导在外人才返乡创业；b）每年开展数字技能培训800人次以上；c）支持职业学校开设人工智能相关专业。",
                ab(["县人社局"], ["县教育局"]),
                ["县人社局"],
                ["县教育局"],
                [],
                [
                    T(
                        "数字技能培训",
                        "人次",
                        "gte",
                        800,
                        "每年开展数字技能培训800人次以上",
                        kind="talent",
                        per_year=True,
                    )
                ],
            ),
            (
                "加强创新支撑",
                "支持企业建设研发中心，建设企业研发中心5个，推动产学研合作和科技成果转化。",
                resp(["县科技局"]),
                [],
                [],
                ["县科技局"],
                [
                    T(
                        "企业研发中心",
                        "个",
                        "eq",
                        5,
                        "建设企业研发中心5个",
                        kind="innovation_platforms",
                    )
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "A.",
        "加强组织领导",
        "成立县推进“人工智能+”行动工作专班，由县政府分管负责同志任组长，专班办公室设在县工信局，统筹推进各项工作。",
    ),
    (
        "B.",
        "强化资金保障",
        "统筹县级相关专项资金，每年安排1000万元支持人工智能应用场景建设和产业发展，积极争取上级资金支持。",
    ),
    (
        "C.",
        "强化安全保障",
        "落实网络安全和数据安全责任制，加强个人信息保护，防范人工智能应用风险。",
    ),
    (
        "D.",
        "严格督导考核",
        "建立工作台账，实行季调度、年考核，将推进情况纳入县直部门和各乡镇年度绩效考核。",
    ),
]

DINGBAT = "❶❷❸❹❺❻❼❽❾"
P = '<p style="text-indent:2em;">'


def _build():
    parts = [
        f"{P}各乡镇人民政府，县政府各部门，枫沅工业集中区管委会：</p>".replace(P, "<p>"),
        f"{P}《{TITLE}》已经县人民政府同意，现印发给你们，请认真组织实施。</p>",
        '<p style="text-align:right;">枫沅县人民政府办公室</p>',
        '<p style="text-align:right;">2026年5月6日</p>',
        f'<p style="text-align:center;"><strong>{TITLE}</strong></p>',
        f"{P}为深入实施“人工智能+”行动，推动人工智能赋能县域经济社会高质量发展，结合我县实际，制定本方案。</p>",
        f"{P}<strong>一、总体要求</strong></p>",
        f"{P}{GUIDE}</p>",
        f"{P}<strong>二、工作目标</strong></p>",
        f"{P}{G1_TEXT}</p>",
        f"{P}{G_LEAD}</p>",
    ]
    for t in G1:
        assert t.phrase in G1_TEXT, t.phrase
    goals = [Goal("到2026年底", G1_TEXT, G1)]
    for no, title, rest, targets in GOAL_ITEMS:
        parts.append(f"{P}{no}{title}：{rest}</p>")
        for t in targets:
            assert t.phrase in rest, t.phrase
        goals.append(Goal(title, f"{title}：{rest}", targets, numbering=no))
    parts.append(f"{P}<strong>三、重点任务</strong></p>")
    groups = []
    for letter, stitle, items in SECTIONS_IN:
        parts.append(f"{P}<strong>{letter}{stitle}</strong></p>")
        tasks = []
        for i, (title, body, ann, lead, sup, res, targets) in enumerate(items):
            no = DINGBAT[i]
            parts.append(f"{P}{no}<strong>{title}。</strong>{body}{ann}</p>")
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}{ann}",
                    lead=[C[x] for x in lead],
                    supporting=[C[x] for x in sup],
                    responsible=[C[x] for x in res],
                )
            )
            for t in targets:
                assert t.phrase in body, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        groups.append(Section(letter.strip("."), letter, stitle, "key_task", tasks))
    parts.append(f"{P}<strong>四、保障措施</strong></p>")
    sg = []
    for no, title, body in SAFEGUARDS:
        parts.append(f"{P}<strong>{no}{title}。</strong>{body}</p>")
        sg.append(Task(no, title, f"{title}。{body}"))
    sections = [
        Section("三", "三、", "重点任务", "key_task", sections=groups),
        Section("四", "四、", "保障措施", "safeguard", sg),
    ]
    return "\n".join(parts), goals, sections


ARTICLE, GOALS, SECTIONS = _build()


def _html():
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_枫沅县人民政府门户网站</title>
<meta name="SiteName" content="枫沅县人民政府门户网站">
<meta name="ColumnName" content="政府办文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-05-08 16:20">
<link rel="stylesheet" href="/static/css/detail.css">
<script src="/static/js/jquery.min.js"></script>
<script>function doZoom(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
</head>
<body>
<div class="header"><div class="logo"><a href="/">枫沅县人民政府门户网站</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjfy/">走进枫沅</a></li></ul></div>
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfwj/">政府文件</a> &gt; <a href="/zwgk/zfwj/zfbwj/">政府办文件</a></div>
<div class="detail">
<table class="xxgk-table"><tr><td>索引号：431100000/2026-00312</td><td>发布机构：枫沅县人民政府办公室</td></tr><tr><td>文号：枫政办发〔2026〕12号</td><td>发布日期：2026-05-08</td></tr><tr><td colspan="2">标题：{TITLE}</td></tr></table>
<h1 class="title">{TITLE}</h1>
<div class="info">来源：枫沅县人民政府办公室　　发布时间：2026-05-08 16:20　　浏览次数：<span id="hits">1268</span>　　字号：【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div class="TRS_Editor" id="zoom">
{ARTICLE}
</div>
<div class="attach">附件下载：<a href="/u/cms/fyx/202605/08162011abcd.pdf">{TITLE}.pdf</a></div>
<div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="footer"><p>主办单位：枫沅县人民政府办公室　承办单位：枫沅县数据局</p><p>湘ICP备00000000号-1　湘公网安备43110000000000号　网站标识码：4311000088</p><p>联系电话：0000-0000000　建议使用1366×768分辨率浏览</p></div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "fengyuan-hunan-county",
        "name": "枫沅县",
        "name_en": "Fengyuan County (Hunan)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 枫沅县推进“人工智能+”行动工作方案（2026—2027年） (枫沅县人民政府办公室, 枫政办发〔2026〕12号, 2026-05-06)
# — SYNTHETIC (synthetic_cu): WRITTEN by helper blindCU (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_fengyuan.py as the portal page saved (.html, UTF-8).
# Zone fengyuan-hunan-county (湖南, an invented county) → district level (a county, as other extractions place counties); period
#   2026–2027, milestones 2026 and 2027.
# The hard part is the NUMBERING: parts 一、…四、 (bold <p>), the goals' items ①–④ "①标题：正文", sections lettered "A." "B." "C."
#   "D." (bold <p>), tasks ❶ ❷ ❸ ❹ (U+2776…, dingbats that NFKC leaves as they are) restarting per section, each one paragraph
#   "❶<strong>标题。</strong>正文【annotation】"; the 保障措施 part lettered "A."–"D." as well.
# Outline: portal chrome (nav, breadcrumbs, 索引号 table, 发布时间 / 浏览次数 / 字号, 附件下载, 打印, footer: no content); the issuing
#   lines (addressee, one sentence, signature, date: no task); the title and a purpose sentence; 一、总体要求 (no task); 二、工作目标 =
#   "到2026年底，…" (goal "到2026年底", 2 targets, due 2026) and "到2027年，实现以下目标：" over ①–④ → one goal per item, numbering
#   ①…, title its label before "：", due 2027. 三、重点任务 → a section over A.–D. (key_task), each over tasks ❶…: title the bold
#   words before 。, text title + body + 【annotation】. 四、保障措施: the letters here stand over paragraphs with nothing under them
#   → each lettered item is a safeguard TASK (numbering "A.", title its bold words), not a section — the same letter level holds
#   sections under 三、 (they hold tasks ❶…) and tasks under 四、 (what the level holds decides, as SOURCES' run-on convention
#   says of numbered levels).
# D.❷ lists "a）…；b）…；c）…" inside its paragraph before its one 【】: letters below the task level, the task's text.
# Roles: 【牵头单位：X；配合单位：Y】 → lead / supporting; 【责任单位：X】 → responsible; 【X牵头，Y、Z配合】 → lead / supporting.
#   各乡镇人民政府 one collective; 国网枫沅县供电公司 a state enterprise; 县林业局 natural_resources. Safeguards assign no role.
# Targets: task figures due 2027 (the plan's end). 新增智能算力60P (new) beside 智能算力规模100P: two targets. The 2026 25家 and the
#   2027 40家 are two targets (different years); 12个 (2026) and 累计30个 (2027) likewise. 30平方公里 an area modelled (a target).
#   "每年开展数字技能培训800人次以上" per-year. Not targets: "医共体人工智能辅助诊断全覆盖" (no figure), 每年安排1000万元 (a budget),
#   the chrome's 浏览次数 1268 and 1366×768.
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""沙泷县推进“人工智能+”行动实施方案（2026—2028年） — INVENTED (synthetic_ck). The county government's portal page (.html,
UTF-8): 一、发展基础 (the 2025 figures), 二、总体要求 with （一）指导思想, （二）基本原则 (one paragraph of four "坚持X。" principles: no tasks) and （三）主要目标, three dated paragraphs whose figures
REFER BACK — "到2027年，上述指标分别达到150P、40个、25家和80%" (the four metrics named in the 2026 paragraph, in order),
"较2025年翻一番" (twice with the 2025 figure printed in 一、, once with none printed anywhere) — 三、重点任务 （一）–（八）
closing on "（牵头单位：县X；配合单位：县Y）", whose figures refer back too: "其中，…占比不低于上述总量的30%", "此后每年新增同等
规模", "2027年、2028年建设数量与上年持平", "较2025年翻一番"; 四、保障措施 （一）–（四） unannotated. The resolved values are
written here BY HAND (the code does not compute them)."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "shalong-ai-plus-implementation-2026-synthetic"
KIND = "html"

AGENCIES = [
    Agency("fgj", "沙泷县发展和改革局", ["县发展和改革局"], "development_reform"),
    Agency("gxj", "沙泷县工业和信息化局", ["县工业和信息化局"], "industry_it"),
    Agency("sjj", "沙泷县数据局", ["县数据局"], "big_data"),
    Agency("czj", "沙泷县财政局", ["县财政局"], "finance"),
    Agency("yq", "沙泷县工业园区管理委员会", ["县工业园区管委会"], "park_administration"),
    Agency("nyj", "沙泷县农业农村局", ["县农业农村局"], "agriculture"),
    Agency("xz", "沙泷县各乡镇人民政府", ["各乡镇人民政府"], "local_government"),
    Agency("swj", "沙泷县商务局", ["县商务局"], "commerce"),
    Agency("wlj", "沙泷县文化广电体育和旅游局", ["县文化广电体育和旅游局"], "culture_tourism"),
    Agency("jyj", "沙泷县教育局", ["县教育局"], "education"),
    Agency("wjj", "沙泷县卫生健康局", ["县卫生健康局"], "health"),
    Agency("rsj", "沙泷县人力资源和社会保障局", ["县人力资源和社会保障局"], "human_resources"),
]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "沙泷县推进“人工智能+”行动实施方案（2026—2028年）"
DOC_NUMBER = "沙政办发〔2026〕12号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Shalong County implementation plan for advancing “AI+” (2026–2028) — synthetic",
    "issuer": "沙泷县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-16",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2027, 2028],
    "source_file": f"{SLUG}.html",
}

NOTICE = (
    f"各乡镇人民政府，县直各单位：《{TITLE}》已经县人民政府同意，现印发给你们，请认真抓好贯彻落实。"
)
PREAMBLE = "为贯彻落实国家、省、市关于深入实施“人工智能+”行动的决策部署，推动人工智能与我县特色农业、加工制造、文化旅游和公共服务深度融合，以智能化赋能县域高质量发展，结合我县实际，制定本方案。"
BASIS = "近年来，我县深入推进数字经济发展，数字基础设施不断完善，数字技术与实体经济融合持续深化。2025年，全县数字经济核心产业增加值达到18.6亿元，智能算力规模达到40P，建成“人工智能+”应用场景8个，人工智能相关企业9家，规上工业企业数字化转型覆盖率达到42%，农产品网络零售额达到12.4亿元。同时，我县人工智能发展仍处于起步阶段，存在算力供给不足、应用场景偏少、专业人才短缺等问题，亟需加快补齐短板。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，立足县域资源禀赋和产业基础，坚持应用为先、需求牵引、小切口突破，以算力和数据为基础，以场景应用为抓手，以人才培育为支撑，推动人工智能赋能特色农业、加工制造、文化旅游和民生服务，走出一条具有山区县特色的智能化发展路径。"
PRINCIPLES = "坚持应用牵引。聚焦特色农业、加工制造、文化旅游和民生服务的现实需求，以场景开放带动技术落地和产业发展。坚持因地制宜。立足山区县实际，不搞大而全，突出小切口、见实效，避免重复建设。坚持开放合作。主动融入全市人工智能产业布局，加强与高校、科研院所和龙头企业合作，借力借智发展。坚持安全可控。统筹发展和安全，落实数据安全和个人信息保护要求，守牢安全底线。"
G2026 = "到2026年底，全县智能算力规模达到80P，建成“人工智能+”应用场景20个以上，培育人工智能相关企业15家，规上工业企业数字化转型覆盖率达到60%。"
G2027 = "到2027年，上述指标分别达到150P、40个、25家和80%。"
G2028 = "到2028年，全县数字经济核心产业增加值较2025年翻一番，人工智能核心产业规模较2025年翻一番，人工智能与县域经济社会发展深度融合，建成具有沙泷特色的“人工智能+”县域发展样板。"
P2027 = "上述指标分别达到150P、40个、25家和80%"
GOALS_TOP = [
    Goal(
        "到2026年底",
        G2026,
        [
            T(
                "智能算力规模",
                "P",
                "eq",
                80,
                "全县智能算力规模达到80P",
                kind="computing_power",
                deadline=2026,
            ),
            T(
                "“人工智能+”应用场景",
                "个",
                "gte",
                20,
                "建成“人工智能+”应用场景20个以上",
                kind="application_scenarios",
                deadline=2026,
            ),
            T(
                "人工智能相关企业",
                "家",
                "eq",
                15,
                "培育人工智能相关企业15家",
                kind="ai_enterprises",
                deadline=2026,
            ),
            T(
                "规上工业企业数字化转型覆盖率",
                "%",
                "eq",
                60,
                "规上工业企业数字化转型覆盖率达到60%",
                deadline=2026,
            ),
        ],
    ),
    Goal(
        "到2027年",
        G2027,
        [  # 上述指标 = the 2026 paragraph's four metrics, in order; 分别达到 → eq
            T("智能算力规模", "P", "eq", 150, P2027, kind="computing_power", deadline=2027),
            T(
                "“人工智能+”应用场景",
                "个",
                "eq",
                40,
                P2027,
                kind="application_scenarios",
                deadline=2027,
            ),
            T("人工智能相关企业", "家", "eq", 25, P2027, kind="ai_enterprises", deadline=2027),
            T("规上工业企业数字化转型覆盖率", "%", "eq", 80, P2027, deadline=2027),
        ],
    ),
    Goal(
        "到2028年",
        G2028,
        [
            # 2025's 18.6亿元 is printed in 一、发展基础, but the corpus keeps what the text prints: 2 倍
            # (SOURCES.md conventions, "A doubling"; corrected by helper rCK from 37.2 亿元)
            T(
                "数字经济核心产业增加值（2025年的倍数）",
                "倍",
                "eq",
                2,
                "全县数字经济核心产业增加值较2025年翻一番",
                kind="related_industry_scale",
            ),
            # no 2025 figure for it is printed anywhere: kept as the multiple the text states
            T(
                "人工智能核心产业规模（2025年的倍数）",
                "倍",
                "eq",
                2,
                "人工智能核心产业规模较2025年翻一番",
                kind="ai_industry_scale",
            ),
        ],
    ),
]

# item: (title, body, annotation, lead, supporting, targets)
TASKS = [
    (
        "建设县域智能算力设施",
        "依托县数据中心，建设沙泷县智算中心，推动县内算力资源接入市算力调度平台，2026年底全县智能算力规模达到80P，其中，面向中小微企业和农业经营主体的普惠算力占比不低于上述总量的30%。",
        "（牵头单位：县发展和改革局；配合单位：县工业和信息化局、县数据局）",
        ["fgj"],
        ["gxj", "sjj"],
        # 80P: the goals' 2026 figure printed again (no second target); the share's parent is it (T1)
        [
            T(
                "普惠算力占智能算力规模比重",
                "%",
                "gte",
                30,
                "普惠算力占比不低于上述总量的30%",
                deadline=2026,
                parent="T1",
            )
        ],
    ),
    (
        "推进工业企业智能化改造",
        "围绕竹木加工、特色食品、新型建材等产业，推广机器视觉质检、智能排产等应用，2026年实施工业企业智能化改造项目12个，此后每年新增同等规模，推动规上工业企业数字化转型全覆盖。",
        "（牵头单位：县工业和信息化局；配合单位：县财政局、县工业园区管委会）",
        ["gxj"],
        ["czj", "yq"],
        [
            T(
                "工业企业智能化改造项目",
                "个",
                "eq",
                12,
                "2026年实施工业企业智能化改造项目12个",
                deadline=2026,
                aggregation="flow",
            ),
            T(
                "工业企业智能化改造项目（每年新增）",
                "个",
                "eq",
                12,
                "此后每年新增同等规模",
                per_year=True,
            ),
        ],
    ),
    (
        "发展智慧农业",
        "建设县“AI+农技”服务平台，推广智能农机、病虫害智能识别、水肥一体化智能管控等技术，2026年建成村级“AI+益农”服务站30个，2027年、2028年建设数量与上年持平。",
        "（牵头单位：县农业农村局；配合单位：县数据局、各乡镇人民政府）",
        ["nyj"],
        ["sjj", "xz"],
        [
            T(
                "村级“AI+益农”服务站",
                "个",
                "eq",
                30,
                "2026年建成村级“AI+益农”服务站30个",
                deadline=2026,
                aggregation="flow",
            ),
            T(
                "村级“AI+益农”服务站",
                "个",
                "eq",
                30,
                "2027年、2028年建设数量与上年持平",
                deadline=2027,
                aggregation="flow",
            ),
            T(
                "村级“AI+益农”服务站",
                "个",
                "eq",
                30,
                "2027年、2028年建设数量与上年持平",
                deadline=2028,
                aggregation="flow",
            ),
        ],
    ),
    (
        "发展农村电商和智慧商贸",
        "推广AI直播、智能选品、智能客服等工具，培育农产品电商主播和本土网店，建设县级电商公共服务中心智能化平台，到2028年农产品网络零售额较2025年翻一番。",
        "（牵头单位：县商务局；配合单位：县农业农村局、各乡镇人民政府）",
        ["swj"],
        ["nyj", "xz"],
        # 2025's 12.4亿元 is printed in 一、发展基础, but the corpus keeps what the text prints: 2 倍
        # (SOURCES.md conventions, "A doubling"; corrected by helper rCK from 24.8 亿元)
        [
            T(
                "农产品网络零售额（2025年的倍数）",
                "倍",
                "eq",
                2,
                "到2028年农产品网络零售额较2025年翻一番",
            )
        ],
    ),
    (
        "打造智慧文旅",
        "推进重点景区智能导览、客流监测和智慧停车建设，开发“AI游沙泷”智能服务小程序，推动非遗技艺、民俗节庆等文化资源数字化采集和智能化展示，建设智慧景区3个。",
        "（牵头单位：县文化广电体育和旅游局；配合单位：县数据局）",
        ["wlj"],
        ["sjj"],
        [T("智慧景区", "个", "eq", 3, "建设智慧景区3个", kind="application_scenarios")],
    ),
    (
        "推进“人工智能+”政务服务",
        "依托省、市政务大模型能力，上线政务智能问答、智能预审等应用，高频政务服务事项智能导办率达到90%，推动“人工智能+”基层治理试点，探索网格事件智能识别、自动分拨和闭环处置，提升乡镇基层治理智能化水平。",
        "（牵头单位：县数据局；配合单位：各乡镇人民政府）",
        ["sjj"],
        ["xz"],
        [T("高频政务服务事项智能导办率", "%", "eq", 90, "高频政务服务事项智能导办率达到90%")],
    ),
    (
        "推进“人工智能+”教育医疗",
        "建设人工智能教育实验校5所，推广县域医共体人工智能辅助诊断和远程影像服务，县域医共体人工智能辅助诊断覆盖率达到100%。推进人工智能通识教育进中小学课堂，开展教师人工智能应用能力培训。",
        "（牵头单位：县教育局、县卫生健康局）",
        ["jyj", "wjj"],
        [],
        [
            T("人工智能教育实验校", "所", "eq", 5, "建设人工智能教育实验校5所"),
            T(
                "县域医共体人工智能辅助诊断覆盖率",
                "%",
                "eq",
                100,
                "县域医共体人工智能辅助诊断覆盖率达到100%",
            ),
        ],
    ),
    (
        "培育数字人才",
        "实施数字技能提升行动，每年开展人工智能应用技能培训2000人次以上，重点面向返乡创业青年、农村电商从业人员和企业职工。",
        "（牵头单位：县人力资源和社会保障局；配合单位：县教育局、县农业农村局）",
        ["rsj"],
        ["jyj", "nyj"],
        [
            T(
                "人工智能应用技能培训",
                "人次",
                "gte",
                2000,
                "每年开展人工智能应用技能培训2000人次以上",
                kind="talent",
                per_year=True,
            )
        ],
    ),
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立县推进“人工智能+”行动工作领导小组，由县政府主要领导任组长，领导小组办公室设在县工业和信息化局，负责统筹协调和日常工作。各乡镇、各有关部门要明确专人负责，形成工作合力。",
    ),
    (
        "强化要素保障",
        "统筹用好上级专项资金和县级财政资金，积极争取地方政府专项债券支持算力设施建设。落实用地、用电等要素保障，对重点项目开辟绿色通道。",
    ),
    (
        "营造良好氛围",
        "加强政策宣传解读，及时总结推广“人工智能+”典型案例和经验做法，组织开展人工智能科普进乡村、进校园、进企业活动，营造全社会关心支持人工智能发展的良好氛围。",
    ),
    (
        "加强督促落实",
        "建立任务台账，实行季度调度、年度评估，将实施情况纳入县直单位和乡镇年度绩效考核，确保各项目标任务按期完成。",
    ),
]

CN = "一二三四五六七八九十"


def _paras():
    paras = [
        ("center", TITLE),
        ("p", PREAMBLE),
        ("h", "一、发展基础"),
        ("p", BASIS),
        ("h", "二、总体要求"),
        ("h", "（一）指导思想"),
        ("p", GUIDE),
        ("h", "（二）基本原则"),
        ("p", PRINCIPLES),
        ("h", "（三）主要目标"),
        ("p", G2026),
        ("p", G2027),
        ("p", G2028),
        ("h", "三、重点任务"),
    ]
    goals = list(GOALS_TOP)
    for g in goals:
        for t in g.targets:
            assert t.phrase in g.text, t.phrase
    tasks = []
    for i, (title, body, note, lead, sup, targets) in enumerate(TASKS):
        numbering = f"（{CN[i]}）"
        paras.append(("item", (f"{numbering}{title}。", body + note)))
        tasks.append(Task(numbering, title, f"{title}。{body}{note}", lead=lead, supporting=sup))
        for t in targets:
            assert t.phrase in body, t.phrase
        if targets:
            goals.append(Goal(title, f"{title}。{body}", targets, numbering=numbering))
    paras.append(("h", "四、保障措施"))
    sg = []
    for i, (title, body) in enumerate(SAFEGUARDS):
        numbering = f"（{CN[i]}）"
        paras.append(("item", (f"{numbering}{title}。", body)))
        sg.append(Task(numbering, title, f"{title}。{body}"))
    paras.append(("right", "沙泷县人民政府办公室"))
    paras.append(("right", "2026年4月16日"))
    sections = [
        Section("三", "三、", "重点任务", "key_task", tasks),
        Section("四", "四、", "保障措施", "safeguard", sg),
    ]
    return paras, goals, sections


PARAS, GOALS, SECTIONS = _paras()


def _html():
    out = []
    for kind, text in PARAS:
        if kind == "center":
            out.append(f'<p style="text-align:center;"><strong>{text}</strong></p>')
        elif kind == "right":
            out.append(f'<p style="text-align:right;">{text}</p>')
        elif kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        elif kind == "item":
            out.append(f'<p style="text-indent:2em;"><strong>{text[0]}</strong>{text[1]}</p>')
        else:
            out.append(f'<p style="text-indent:2em;">{text}</p>')
    article = "\n".join(out)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_县政府办文件_沙泷县人民政府门户网站</title>
<meta name="SiteName" content="沙泷县人民政府门户网站">
<meta name="ColumnName" content="县政府办文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-04-20 16:42">
<link rel="stylesheet" href="/static/css/xxgk.css">
<script src="/static/js/jquery.min.js"></script>
<script>var fontSize=16;function fontZoom(s){{fontSize=s;document.getElementById('Zoom').style.fontSize=s+'px';}}</script>
</head>
<body>
<div class="top"><span>沙泷县人民政府门户网站</span><span class="top-r"><a href="/wza/">无障碍</a> | <a href="/jt/">简体</a> | <a href="/ft/">繁體</a></span></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjy/">互动交流</a><a href="/zjsl/">走进沙泷</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xzfbwj/">县政府办文件</a></div>
<div class="xxgk-info">
<table>
<tr><td>索引号：</td><td>11452800MB0F26117K/2026-00318</td><td>分类：</td><td>工业、交通\\信息产业（含电信）</td></tr>
<tr><td>发布机构：</td><td>沙泷县人民政府办公室</td><td>成文日期：</td><td>2026-04-16</td></tr>
<tr><td>名称：</td><td colspan="3">{TITLE}</td></tr>
<tr><td>文号：</td><td>{DOC_NUMBER}</td><td>发布日期：</td><td>2026-04-20</td></tr>
</table>
</div>
<h1 class="art-title">沙泷县人民政府办公室关于印发{TITLE}的通知</h1>
<div class="art-info">发布时间：2026-04-20 16:42　来源：沙泷县人民政府办公室　浏览次数：<span id="hits">1286</span>　字号：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a></div>
<div id="Zoom" class="art-content">
<p style="text-align:center;">{DOC_NUMBER}</p>
<p>{NOTICE}</p>
<p style="text-align:right;">沙泷县人民政府办公室</p>
<p style="text-align:right;">2026年4月16日</p>
<p>（此件公开发布）</p>
{article}
</div>
<div class="art-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="footer">
<p>主办单位：沙泷县人民政府办公室　承办：沙泷县数据局</p>
<p>网站标识码：4528000012　桂ICP备00000000号-1　桂公网安备45280002000001号</p>
<p>地址：沙泷县龙溪大道1号　联系电话：0000-0000000</p>
</div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "shalong-county",
        "name": "沙泷县",
        "name_en": "Shalong County",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 沙泷县推进“人工智能+”行动实施方案（2026—2028年） (沙泷县人民政府办公室, 沙政办发〔2026〕12号, 2026-04-16)
# — SYNTHETIC (synthetic_ck): WRITTEN by the collector (helper blindCK, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_shalong.py as the portal page saved (.html, UTF-8).
# Zone shalong-county (an invented 华南 mountain county) → level city (the schema has no county level; a county is filed with the
#   city level as county-level cities are); period 2026–2028.
# Outline: portal chrome (索引号 table, 发布时间, 浏览次数, 字号, 打印/关闭, footer: no content), the covering notice, title,
#   preamble; 一、发展基础 = the 2025 figures (18.6亿元, 40P, 8个, 9家, 42%, 12.4亿元: baselines, no targets); 二、总体要求 （一）指导
#   思想 （二）基本原则 (one paragraph of four "坚持X。" principles: no tasks) （三）主要目标 = three dated paragraphs → goals titled 到2026年底 / 到2027年 / 到2028年; 三、重点任务 （一）–（八）, one paragraph
#   each closing on "（牵头单位：县X；配合单位：县Y）" (lead / supporting; （七） two leads and no 配合单位); 四、保障措施 （一）–（四）
#   unannotated (safeguards; 领导小组办公室设在县工业和信息化局，负责…日常工作 assigns nothing).
# Targets — the figures REFER BACK; resolved so (SYNTHETIC_CK.md, "Conventions this set adds"):
#   "到2027年，上述指标分别达到150P、40个、25家和80%" → the 2026 paragraph's four metrics in the order named, due 2027, eq (分别
#   达到; the 2026 "以上" is not carried over); each target quotes the whole back-reference.
#   "较2025年翻一番" → kept as printed: 2 倍, eq, metric marked （2025年的倍数） — also where the 2025 figure is printed in 一、
#   (数字经济核心产业增加值 18.6亿元, 农产品网络零售额 12.4亿元), as the corpus's earlier extractions keep a doubling over a
#   printed base (synthetic_bj's 伊春, SOURCES.md conventions "A doubling"; corrected by helper rCK on 2026-12-07 from the
#   37.2 / 24.8 亿元 first written); "人工智能核心产业规模较2025年翻一番" has NO 2025 figure anywhere: the same.
#   "其中，…普惠算力占比不低于上述总量的30%" → a share target 30 % gte, parent = the total it is a share of (T1, 2026's 80P,
#   which the task prints again: no second target), due 2026 (the total's year).
#   "2026年实施…项目12个，此后每年新增同等规模" → 12 due 2026 (flow) and a per-year target of 12 (flow, due 2028).
#   "2026年建成…服务站30个，2027年、2028年建设数量与上年持平" → 30 in each of 2026, 2027, 2028 (three flow targets).
#   Other task figures with no year → due 2028 (the plan's end); 每年…以上 → per-year flow.
"""

# ruff: noqa: E501  (plan text as the bureau writes it)
"""雷山县“人工智能+文旅”工作方案 — INVENTED (synthetic_bt). A county 文化广电体育和旅游局's plan as its web page: 一、工作目标
("到2026年底，…" and "到2027年底，…"), 二、重点任务 = one table 序号|工作任务|责任股室|责任人|完成时限 of 25 rows (the 责任人 a
post — 分管副局长 — not an agency; 完成时限 dates or 长期坚持), 三、保障措施 four unnumbered paragraphs led by their names."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "leishan-culture-tourism-ai-plus-work-2026-synthetic"
KIND = "html"

A = {
    "办公室": ("bgs", "雷山县文化广电体育和旅游局办公室", "culture_tourism"),
    "文化艺术股": ("whys", "雷山县文化广电体育和旅游局文化艺术股", "culture_tourism"),
    "旅游市场股": ("lysc", "雷山县文化广电体育和旅游局旅游市场股", "culture_tourism"),
    "文物和非遗股": ("wwfy", "雷山县文化广电体育和旅游局文物和非遗股", "culture_tourism"),
    "广播电视股": ("gbds", "雷山县文化广电体育和旅游局广播电视股", "culture_tourism"),
    "体育股": ("tys", "雷山县文化广电体育和旅游局体育股", "culture_tourism"),
    "产业发展股": ("cyfz", "雷山县文化广电体育和旅游局产业发展股", "culture_tourism"),
    "县文化馆": ("whg", "雷山县文化馆", "culture_tourism"),
    "县图书馆": ("tsg", "雷山县图书馆", "culture_tourism"),
    "景区管理处": ("jqgl", "雷山县景区管理处", "culture_tourism"),
    "各乡镇综合文化站": ("whz", "雷山县各乡镇综合文化站", "culture_tourism"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
C = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "雷山县“人工智能+文旅”工作方案"
DOC_NUMBER = "雷文广体旅发〔2026〕7号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Leishan County “AI + culture and tourism” work plan — synthetic",
    "issuer": "雷山县文化广电体育和旅游局",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-05-08",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

PREAMBLE = "为贯彻落实省、州关于深入实施“人工智能+”行动的部署要求，推动人工智能技术与文化、旅游、广电、体育深度融合，以数字化智能化赋能苗族文化保护传承和全域旅游高质量发展，结合我县实际，制定本方案。本方案所称“人工智能+文旅”，是指运用大模型、计算机视觉、语音识别、智能推荐等人工智能技术，提升文化遗产保护、旅游服务、公共文化服务、广播电视和全民健身的智能化水平，推动文旅产业提质增效。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入贯彻落实习近平总书记视察贵州重要讲话精神，立足雷山苗族文化富集、雷公山生态良好、西江千户苗寨知名度高的独特优势，坚持文旅融合、科技赋能、创新驱动、安全可控，以文旅数据资源中心为基础，以智慧景区和智慧文化服务为重点，推动人工智能在文化遗产保护传承、旅游服务管理、公共文化服务、广播电视和全民健身等领域深度应用，加快建设国际知名民族文化旅游目的地。"
PRINCIPLES = "工作中坚持需求导向，从游客、群众和经营主体的实际需求出发谋划应用场景，不搞形象工程；坚持保护优先，在非遗数字化和文物安全监测中严守文化遗产保护底线，确保数字化成果真实准确；坚持共建共享，充分发挥景区运营主体、非遗传承人和文化旅游企业作用，形成部门协同、上下联动、社会参与的工作格局；坚持稳妥推进，先行试点、逐步推广，成熟一项、推开一项。"
BASE = "2025年，全县接待游客总人数820万人次，旅游综合收入78亿元，A级旅游景区实现电子票务全覆盖，县文化馆、县图书馆数字化服务初步建成，但智能导览、智慧营销、客流监测等应用仍较薄弱，景区高峰时段拥堵、非遗资源数字化程度不高、基层文化服务手段单一等问题仍然存在，亟需借助人工智能技术加以破解。"
GOAL1 = "到2026年底，建成县级文旅数据资源中心，上线“游雷公山”智能导游导览服务，3A级以上旅游景区智慧化覆盖率达到80%，采集苗族非遗数字资源5000条以上。"
GOAL1_T = [
    T(
        "3A级以上旅游景区智慧化覆盖率",
        "%",
        "eq",
        80,
        "3A级以上旅游景区智慧化覆盖率达到80%",
        deadline=2026,
    ),
    T("采集苗族非遗数字资源", "条", "gte", 5000, "采集苗族非遗数字资源5000条以上", deadline=2026),
]
GOAL2 = "到2027年底，3A级以上旅游景区智慧化覆盖率达到100%，智能导览服务游客超过200万人次，打造“人工智能+文旅”应用场景10个，全县旅游综合收入较2025年增长20%，人工智能在文旅领域应用水平走在全州前列。"
GOAL2_T = [
    T("3A级以上旅游景区智慧化覆盖率", "%", "eq", 100, "3A级以上旅游景区智慧化覆盖率达到100%"),
    T("智能导览服务游客", "人次", "gt", 2000000, "智能导览服务游客超过200万人次"),
    T(
        "“人工智能+文旅”应用场景",
        "个",
        "eq",
        10,
        "打造“人工智能+文旅”应用场景10个",
        kind="application_scenarios",
    ),
    T("全县旅游综合收入较2025年增长", "%", "eq", 20, "全县旅游综合收入较2025年增长20%"),
]

# row: (task text, units, 责任人, 完成时限, due, targets) — title = the text before its first comma
ROWS = [
    (
        "建设县级文旅数据资源中心，汇聚景区票务、住宿、交通、客流等数据，2026年9月底前建成并投入使用，为景区管理、市场监管和宣传营销提供数据支撑。",
        ["办公室", "旅游市场股"],
        "分管副局长",
        "2026年9月底前",
        "2026-09-30",
        [],
    ),
    (
        "编制全县文旅数据资源目录，梳理文旅数据项200项以上，建立数据更新维护机制，明确各类数据的采集责任、更新频次和共享方式。",
        ["办公室"],
        "办公室主任",
        "2026年6月底前",
        "2026-06-30",
        [T("梳理文旅数据项", "项", "gte", 200, "梳理文旅数据项200项以上", deadline=2026)],
    ),
    (
        "上线“游雷公山”智能导游导览服务，提供多语种语音讲解、智能问答和路线推荐，覆盖西江千户苗寨、郎德上寨、雷公山等主要景区景点。",
        ["旅游市场股", "景区管理处"],
        "分管副局长",
        "2026年7月底前",
        "2026-07-31",
        [],
    ),
    (
        "推进景区智慧化改造，对全县8个3A级以上旅游景区实施智能票务、智能安防和客流监测改造，推动景区停车、餐饮、住宿等服务信息实时发布。",
        ["景区管理处", "旅游市场股"],
        "分管副局长",
        "2026年12月底前",
        "2026-12-31",
        [],
    ),
    (
        "建设景区客流智能预警系统，接入景区入口闸机、停车场和视频监控数据，实现重点景区最大承载量实时监测和超限自动预警，节假日期间每日发布景区客流信息，引导游客错峰出行。",
        ["景区管理处"],
        "景区管理处主任",
        "2026年10月底前",
        "2026-10-31",
        [],
    ),
    (
        "开展文旅智能营销，围绕“苗年”“鼓藏节”“吃新节”等民族节庆，运用人工智能生成宣传短视频和图文内容，全年在各类平台发布作品不少于500条。",
        ["产业发展股", "旅游市场股"],
        "分管副局长",
        "2026年12月底前",
        "2026-12-31",
        [
            T(
                "发布文旅宣传作品",
                "条",
                "gte",
                500,
                "全年在各类平台发布作品不少于500条",
                deadline=2026,
                aggregation="flow",
            )
        ],
    ),
    (
        "打造“智游苗乡”精品线路，利用游客画像智能推荐旅游线路，推出智能定制线路10条。",
        ["旅游市场股"],
        "旅游市场股股长",
        "2027年6月底前",
        "2027-06-30",
        [T("智能定制线路", "条", "eq", 10, "推出智能定制线路10条", deadline=2027)],
    ),
    (
        "推进旅游市场智能监管，建设旅游投诉智能受理平台，对投诉热点和价格异常开展智能分析，游客投诉24小时内响应率达到100%。",
        ["旅游市场股"],
        "旅游市场股股长",
        "长期坚持",
        None,
        [T("游客投诉24小时内响应率", "%", "eq", 100, "游客投诉24小时内响应率达到100%")],
    ),
    (
        "开展苗族非遗数字化采集，对苗族银饰锻制、苗绣、芦笙制作等非遗项目进行高清影像和三维数字化记录，优先抢救性记录年事已高的代表性传承人技艺。",
        ["文物和非遗股", "县文化馆"],
        "分管副局长",
        "2026年12月底前",
        "2026-12-31",
        [],
    ),
    (
        "建设非遗数字资源库，运用人工智能开展非遗资源智能标注和分类检索，入库数字资源达到8000条。",
        ["文物和非遗股"],
        "文物和非遗股股长",
        "2027年12月底前",
        "2027-12-31",
        [
            T(
                "非遗数字资源库入库数字资源",
                "条",
                "eq",
                8000,
                "入库数字资源达到8000条",
                deadline=2027,
            )
        ],
    ),
    (
        "推进文物安全智能监测，在全县重点文物保护单位部署智能监测设备，实现火灾、盗窃等风险自动报警，推动木结构传统村落消防安全隐患智能识别。",
        ["文物和非遗股"],
        "文物和非遗股股长",
        "2026年11月底前",
        "2026-11-30",
        [],
    ),
    (
        "开发非遗数字文创产品，支持传承人运用人工智能辅助设计银饰、刺绣纹样，开发数字文创产品30款。",
        ["产业发展股", "文物和非遗股"],
        "分管副局长",
        "2027年10月底前",
        "2027-10-31",
        [T("数字文创产品", "款", "eq", 30, "开发数字文创产品30款", deadline=2027)],
    ),
    (
        "建设智慧文化馆，在县文化馆开设线上数字展厅和人工智能互动体验区，推出苗族歌舞、苗绣技艺等线上公益培训课程。",
        ["县文化馆"],
        "县文化馆馆长",
        "2026年12月底前",
        "2026-12-31",
        [],
    ),
    (
        "建设智慧图书馆，推广智能借还、图书智能推荐和数字阅读服务，建设苗族文献特色数字资源库，数字资源访问量年均增长15%以上。",
        ["县图书馆"],
        "县图书馆馆长",
        "长期坚持",
        None,
        [
            T(
                "数字资源访问量年均增长",
                "%",
                "gte",
                15,
                "数字资源访问量年均增长15%以上",
                per_year=True,
            )
        ],
    ),
    (
        "推进基层公共文化服务智能化，为乡镇综合文化站配备智能文化服务终端，每站不少于1台，推动优质数字文化资源向村寨延伸。",
        ["文化艺术股", "各乡镇综合文化站"],
        "分管副局长",
        "2026年12月底前",
        "2026-12-31",
        [],
    ),
    (
        "开展“村晚”“苗年”等群众文化活动线上直播和智能剪辑，全年组织线上文化活动不少于60场。",
        ["文化艺术股", "县文化馆", "各乡镇综合文化站"],
        "文化艺术股股长",
        "2026年12月底前",
        "2026-12-31",
        [
            T(
                "线上文化活动",
                "场",
                "gte",
                60,
                "全年组织线上文化活动不少于60场",
                deadline=2026,
                aggregation="flow",
            )
        ],
    ),
    (
        "推进应急广播智能化升级，完成全县应急广播平台智能化改造，实现自动播发和故障智能巡检，确保汛期、森林防火期预警信息及时送达村寨。",
        ["广播电视股"],
        "广播电视股股长",
        "2026年12月底前",
        "2026-12-31",
        [],
    ),
    (
        "推进广电节目智能化生产，运用人工智能辅助开展苗语节目译制和字幕生成，年译制苗语节目不少于100小时。",
        ["广播电视股"],
        "广播电视股股长",
        "长期坚持",
        None,
        [
            T(
                "译制苗语节目",
                "小时",
                "gte",
                100,
                "年译制苗语节目不少于100小时",
                per_year=True,
                aggregation="flow",
            )
        ],
    ),
    (
        "建设智慧体育公园，在县城体育公园部署智能健身设施和运动数据监测设备，为群众提供科学健身指导。",
        ["体育股"],
        "体育股股长",
        "2027年6月底前",
        "2027-06-30",
        [],
    ),
    (
        "推广全民健身智能服务，上线公共体育场馆智能预约服务，推动学校体育场馆在课余时间有序开放，纳入预约的场馆达到12个。",
        ["体育股"],
        "体育股股长",
        "2026年12月底前",
        "2026-12-31",
        [T("纳入预约的公共体育场馆", "个", "eq", 12, "纳入预约的场馆达到12个", deadline=2026)],
    ),
    (
        "培育文旅人工智能应用企业，引进或培育文旅科技企业5家，落实县级文旅发展专项资金扶持政策，对新引进企业给予最高10万元奖励。",
        ["产业发展股"],
        "分管副局长",
        "2027年12月底前",
        "2027-12-31",
        [
            T(
                "引进或培育文旅科技企业",
                "家",
                "eq",
                5,
                "引进或培育文旅科技企业5家",
                deadline=2027,
                aggregation="flow",
            )
        ],
    ),
    (
        "打造“人工智能+文旅”应用场景，在西江、郎德等景区打造应用场景10个，形成一批可推广的典型案例，积极申报省、州文旅数字化创新示范项目。",
        ["产业发展股", "景区管理处"],
        "分管副局长",
        "2027年12月底前",
        "2027-12-31",
        [],
    ),
    (
        "开展文旅从业人员人工智能技能培训，全年培训导游、民宿经营者等从业人员1000人次。",
        ["办公室", "旅游市场股"],
        "办公室主任",
        "2026年12月底前",
        "2026-12-31",
        [
            T(
                "培训文旅从业人员",
                "人次",
                "eq",
                1000,
                "全年培训导游、民宿经营者等从业人员1000人次",
                deadline=2026,
                aggregation="flow",
            )
        ],
    ),
    (
        "加强文旅数据和网络安全管理，落实网络安全等级保护要求，定期开展数据安全检查，规范游客个人信息采集和使用，严防数据泄露。",
        ["办公室"],
        "办公室主任",
        "长期坚持",
        None,
        [],
    ),
    (
        "建立工作推进台账，每月调度任务进展，每季度向县人民政府报送工作情况，对进度滞后的任务逐项分析原因、明确整改措施，确保各项任务按期推进。",
        ["办公室"],
        "办公室主任",
        "长期坚持",
        None,
        [],
    ),
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立由局主要负责同志任组长、各分管副局长任副组长的“人工智能+文旅”工作领导小组，领导小组办公室设在局办公室，负责日常协调工作。各股室、局属各单位要明确一名分管负责同志和一名联络员，按照任务清单明确的责任股室、责任人和完成时限抓好落实，形成一级抓一级、层层抓落实的工作格局。",
    ),
    (
        "强化资金保障",
        "积极争取上级文化和旅游发展资金，统筹县级文旅发展专项资金，2026年安排300万元用于智慧景区和数字化项目建设。鼓励景区运营主体、文化旅游企业加大智能化投入，探索政府引导、企业主体、市场运作的建设运营模式，提高资金使用效益。",
    ),
    (
        "加强宣传推广",
        "充分利用县融媒体中心和各类新媒体平台，宣传“人工智能+文旅”工作成效，讲好雷山苗乡故事，营造良好氛围。及时总结推广各股室、各乡镇综合文化站和景区在人工智能应用中的好经验好做法，组织开展优秀案例评选，扩大雷山文旅品牌影响力。",
    ),
    (
        "强化督促检查",
        "将各项任务落实情况纳入股室和局属单位年度考核，对进展滞后的任务及时督促整改，确保按时完成。局办公室每季度汇总各项任务推进情况，年底对方案实施情况开展总结评估，评估结果作为下一年度工作安排的重要依据。",
    ),
]


def _build():
    paras = [
        ("center", TITLE),
        ("body", PREAMBLE),
        ("h", "一、总体思路"),
        ("body", GUIDE),
        ("body", PRINCIPLES),
        ("h", "二、工作目标"),
        ("body", BASE),
        ("body", GOAL1),
        ("body", GOAL2),
        ("h", "三、重点任务"),
    ]
    for g, ts in ((GOAL1, GOAL1_T), (GOAL2, GOAL2_T)):
        for t in ts:
            assert t.phrase in g, t.phrase
    goals = [Goal("到2026年底", GOAL1, GOAL1_T), Goal("到2027年底", GOAL2, GOAL2_T)]
    rows = [["序号", "工作任务", "责任股室", "责任人", "完成时限"]]
    tasks = []
    for n, (text, units, person, when, due, targets) in enumerate(ROWS, 1):
        rows.append([str(n), text, "、".join(units), person, when])
        title = text.split("，")[0]
        tasks.append(Task(str(n), title, text, responsible=[C[u] for u in units], due=due))
        for t in targets:
            assert t.phrase in text, t.phrase
        if targets:
            goals.append(Goal(title, text, targets, numbering=str(n)))
    paras.append(("table", rows))
    sections = [Section("三", "三、", "重点任务", "key_task", tasks)]
    paras.append(("h", "四、保障措施"))
    sg = []
    for title, text in SAFEGUARDS:
        paras.append(("body", f"<strong>{title}。</strong>{text}"))
        sg.append(Task(None, title, f"{title}。{text}"))
    sections.append(Section("四", "四、", "保障措施", "safeguard", sg))
    paras += [("right", "雷山县文化广电体育和旅游局"), ("right", "2026年5月8日")]
    return paras, goals, sections


PARAS, GOALS, SECTIONS = _build()


def _html():
    out = []
    for kind, body in PARAS:
        if kind == "center":
            out.append(f'<p style="text-align:center;"><strong>{body}</strong></p>')
        elif kind == "right":
            out.append(f'<p style="text-align:right;">{body}</p>')
        elif kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{body}</strong></p>')
        elif kind == "table":
            trs = []
            for i, row in enumerate(body):
                cell = "th" if i == 0 else "td"
                trs.append("<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in row) + "</tr>")
            out.append(
                '<table border="1" cellspacing="0" cellpadding="4" width="100%">\n'
                + "\n".join(trs)
                + "\n</table>"
            )
        else:
            out.append(f'<p style="text-indent:2em;">{body}</p>')
    article = "\n".join(out)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{TITLE}_通知公告_雷山县人民政府</title>
<meta name="SiteName" content="雷山县人民政府">
<meta name="ColumnName" content="部门文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-05-09 10:30">
<link rel="stylesheet" href="/css/article.css">
<script src="/js/common.js"></script>
</head>
<body>
<div class="top"><a href="/">雷山县人民政府</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmwj/">部门文件</a></div>
<div class="meta">
<table>
<tr><th>索引号：</th><td>000014349/2026-0113</td><th>信息分类：</th><td>文化、旅游</td></tr>
<tr><th>发布机构：</th><td>雷山县文化广电体育和旅游局</td><th>发文日期：</th><td>2026年05月08日</td></tr>
<tr><th>文　　号：</th><td>{DOC_NUMBER}</td><th>是否有效：</th><td>有效</td></tr>
</table>
</div>
<h1 class="title">{TITLE}</h1>
<div class="info">发布时间：2026-05-09 10:30　来源：县文体广旅局　浏览次数：<span id="hits"></span></div>
<div class="content" id="zoom">
{article}
</div>
<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="foot">
<p>主办：雷山县人民政府办公室　承办：雷山县大数据中心</p>
<p>网站标识码：5226340000　黔ICP备00000000号</p>
</div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "leishan-county",
        "name": "雷山县",
        "name_en": "Leishan County",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 雷山县“人工智能+文旅”工作方案 (雷山县文化广电体育和旅游局, 雷文广体旅发〔2026〕7号, 2026-05-08)
# — SYNTHETIC (synthetic_bt): WRITTEN by the collector (helper blindBT, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_leishan.py as the county portal's page (.html, UTF-8).
# Zone leishan-county (贵州 雷山县, a county; its 文化广电体育和旅游局's plan) → district level (the schema has no county level);
#   period 2026–2027.
# Outline: portal header, breadcrumb, 信息公开 table (索引号, 文号, dates), title, 发布时间 line; the title again, a preamble;
#   一、总体思路 = a guiding paragraph and a principles paragraph ("坚持…；坚持…": no tasks); 二、工作目标 = a 2025 baseline paragraph (820万人次, 78亿元: no targets) and two dated goal paragraphs → goals 到2026年底 (2
#   targets, due 2026) and 到2027年底 (4 targets); 三、重点任务 = ONE table 序号|工作任务|责任股室|责任人|完成时限 of 25 rows →
#   25 tasks (numbering = 序号, title = the 工作任务 cell up to its first comma, text = the cell); 四、保障措施 = four unnumbered
#   paragraphs led by their names → safeguard tasks, no roles; signature and date.
# Roles: 责任股室 → responsible, every name in the cell (no lead rule). The 责任人 column names a post (分管副局长, 办公室主任,
#   X股股长, X馆馆长, 景区管理处主任) — a person, no agency. 股室 full names 雷山县文化广电体育和旅游局X; 县文化馆, 县图书馆, 景区管理处
#   (雷山县景区管理处) bodies of their own; 各乡镇综合文化站 one collective. 县融媒体中心 / 县人民政府 in the text state no role.
# due: the 完成时限 as a date (2026年9月底前 → 2026-09-30); 长期坚持 → none.
# Targets: a row holding figures is also a goal titled like its task (text = the cell), each figure due in its 完成时限's year
#   (长期坚持 → the plan's end, 2027). Restated, no second target: row 22's 应用场景10个 (the 2027 goal's, same year). Not
#   targets: the 2025 baselines; "8个3A级以上旅游景区" (row 4: the scenic areas that exist, worked on — the count of a list the
#   sentence works on, no target); 每站不少于1台 (an allotment per station: read as a target? NO — a standard per unit, kept out);
#   最高10万元奖励; 300万元 (a budget); 24小时 (a time limit inside the metric's name); 2026年9月底前建成 (a date).
"""

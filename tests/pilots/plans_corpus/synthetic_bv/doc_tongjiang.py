# ruff: noqa: E501  (plan text as the office writes it)
"""通江县推进“人工智能+”行动工作方案（2026—2028年） — INVENTED (synthetic_bv). A Word 97–2003 .doc converted by LibreOffice
from a .docx whose 一、 headings, （一） group headings and items 1.–24. (numbered on across the groups) are all Word list
numbers, so no number stands in the text; each item closes on "（牵头单位：X；责任单位：Y）"; after the safeguards an 附件
任务分工 table restating the items (类别 and 牵头单位 cells merged down)."""

from common import T, agencies, model
from synthetic_model import Section

SLUG = "tongjiang-ai-plus-work-plan-2026-synthetic"
KIND = "doc"

A = {
    "县发展和改革局": ("fgj", "通江县发展和改革局", "development_reform"),
    "县经济信息化和科学技术局": ("jxk", "通江县经济信息化和科学技术局", "industry_it"),
    "县数据局": ("sjj", "通江县数据局", "big_data"),
    "县财政局": ("czj", "通江县财政局", "finance"),
    "县农业农村局": ("nyj", "通江县农业农村局", "agriculture"),
    "县文化广播电视和旅游局": ("wlj", "通江县文化广播电视和旅游局", "culture_tourism"),
    "县教育科技体育局": ("jyj", "通江县教育科技体育局", "education"),
    "县卫生健康局": ("wjj", "通江县卫生健康局", "health"),
    "县医疗保障局": ("ybj", "通江县医疗保障局", "health"),
    "县人力资源和社会保障局": ("rsj", "通江县人力资源和社会保障局", "human_resources"),
    "县商务和经济合作局": ("swj", "通江县商务和经济合作局", "commerce"),
    "县林业局": ("lyj", "通江县林业局", "natural_resources"),
    "县自然资源和规划局": ("zrj", "通江县自然资源和规划局", "natural_resources"),
    "县应急管理局": ("yjj", "通江县应急管理局", "emergency"),
    "县交通运输局": ("jtj", "通江县交通运输局", "transport"),
    "县政务服务和公共资源交易服务中心": (
        "zwzx",
        "通江县政务服务和公共资源交易服务中心",
        "government_services",
    ),
    "县市场监督管理局": ("scj", "通江县市场监督管理局", "market_regulation"),
    "各乡镇人民政府": ("xz", "通江县各乡镇人民政府", "local_government"),
}
AGENCIES = agencies(A)

TITLE = "通江县推进“人工智能+”行动工作方案（2026—2028年）"
DOC_NUMBER = "通府办发〔2026〕22号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Tongjiang County (Bazhong, Sichuan) “AI+” work plan (2026–2028) — synthetic",
    "issuer": "通江县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-06-03",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.doc",
}

NOTICE = f"《{TITLE}》已经县政府同意，现印发给你们，请各牵头单位会同责任单位细化工作措施，于每年11月30日前报送年度工作总结。"
PREAMBLE = "为抢抓人工智能发展机遇，推动人工智能与我县银耳、青峪猪等特色产业和红色文化旅游、公共服务深度融合，助力革命老区振兴发展，根据省、市推进“人工智能+”行动有关部署，结合我县实际，制定本方案。"
BASE = "近年来，我县扎实推进数字通江建设，截至2025年底，全县建成5G基站520个，行政村光纤和4G网络通达率达到100%，县级政务云平台承载业务系统42个，银耳、茶叶等特色产业数字化应用初见成效。但总体来看，全县人工智能发展仍处于起步阶段，算力设施、数据资源、专业人才等支撑能力较弱，企业智能化改造意愿和能力不足，应用场景开发不够，亟需统筹谋划、加快推进。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，立足革命老区、生态大县的县情，以应用场景为牵引、以特色产业为重点、以民生服务为落脚点，推动人工智能在县域经济社会各领域落地见效。"
PRINCIPLES = "坚持需求导向，从群众和企业最关心、最直接、最现实的问题出发，以应用实效检验工作成效；坚持特色发展，立足银耳、茶叶、青峪猪等特色资源和红色文化资源，打造县域人工智能特色应用；坚持统筹集约，充分利用省、市算力和平台资源，避免重复建设；坚持安全可控，统筹发展和安全，守住数据安全和个人信息保护底线。"
GOAL_TEXT = "到2028年，全县人工智能应用水平明显提升，建成县级智能算力节点，智能算力规模达到30P，打造人工智能典型应用场景25个，数字经济核心产业增加值占地区生产总值比重提高2个百分点，培育“人工智能+”特色产业示范企业10家以上。"
G1 = [
    T("智能算力规模", "P", "eq", 30, "智能算力规模达到30P"),
    T("人工智能典型应用场景", "个", "eq", 25, "打造人工智能典型应用场景25个"),
    T(
        "数字经济核心产业增加值占地区生产总值比重提高",
        "百分点",
        "eq",
        2,
        "数字经济核心产业增加值占地区生产总值比重提高2个百分点",
    ),
    T("“人工智能+”特色产业示范企业", "家", "gte", 10, "培育“人工智能+”特色产业示范企业10家以上"),
]
G2_TEXT = "到2026年底，完成县级公共数据资源目录编制，政务服务事项网上可办率达到98%，县城区重点公共场所5G网络覆盖率达到100%。"
LINES = [
    (
        "到2026年底",
        G2_TEXT,
        [
            T(
                "政务服务事项网上可办率",
                "%",
                "eq",
                98,
                "政务服务事项网上可办率达到98%",
                deadline=2026,
            ),
            T(
                "县城区重点公共场所5G网络覆盖率",
                "%",
                "eq",
                100,
                "县城区重点公共场所5G网络覆盖率达到100%",
                deadline=2026,
            ),
        ],
    )
]

GROUPS = [
    (
        "（一）",
        "夯实数字基础",
        [
            (
                "1.",
                "建设县级智能算力节点",
                "依托县数据中心改造建设智能算力节点，接入全省算力调度平台，满足政务和产业用算需求，推动县域政务系统、行业应用向算力节点集中部署，提高算力资源利用效率。",
                ["县数据局"],
                ["县发展和改革局", "县经济信息化和科学技术局"],
                [],
            ),
            (
                "2.",
                "推进公共数据共享",
                "编制县级公共数据资源目录，推动部门数据按需共享，建设县域特色产业数据集3个。",
                ["县数据局"],
                ["县农业农村局", "县文化广播电视和旅游局"],
                [T("建设县域特色产业数据集", "个", "eq", 3, "建设县域特色产业数据集3个")],
            ),
            (
                "3.",
                "完善信息网络",
                "推进5G网络和千兆光网向乡镇、景区、产业园区延伸，提升农村地区网络质量，加快推进乡镇和重点行政村物联网感知设施建设，为人工智能应用提供网络支撑。",
                ["县经济信息化和科学技术局"],
                ["各乡镇人民政府"],
                [],
            ),
            (
                "4.",
                "加强网络和数据安全",
                "健全数据分类分级保护制度，定期开展网络安全检查和应急演练。",
                ["县数据局"],
                ["县经济信息化和科学技术局"],
                [],
            ),
        ],
    ),
    (
        "（二）",
        "赋能特色产业",
        [
            (
                "5.",
                "打造智慧银耳产业",
                "在银耳主产区推广智能温湿控制、病害智能识别和品质分级，建设银耳智慧生产示范基地4个。",
                ["县农业农村局"],
                ["县经济信息化和科学技术局", "各乡镇人民政府"],
                [T("建设银耳智慧生产示范基地", "个", "eq", 4, "建设银耳智慧生产示范基地4个")],
            ),
            (
                "6.",
                "发展智慧畜牧",
                "推动青峪猪等特色畜禽规模养殖场应用智能饲喂、环境监测和疫病预警系统。",
                ["县农业农村局"],
                [],
                [],
            ),
            (
                "7.",
                "推进工业企业智能化改造",
                "支持规模以上工业企业开展智能化改造和数字化转型，对年度智能化改造投入达到200万元的企业给予投入额10%的奖补。",
                ["县经济信息化和科学技术局"],
                ["县财政局"],
                [],
            ),
            (
                "8.",
                "发展农村电商",
                "运用人工智能开展直播带货、智能客服和精准营销，提升特色农产品线上销售水平，支持电商服务站点应用智能选品和智能物流，带动农户增收。",
                ["县商务和经济合作局"],
                ["县农业农村局"],
                [],
            ),
            (
                "9.",
                "推进智慧林业",
                "运用无人机巡护和视频智能识别，提升森林防火和林业有害生物监测水平。",
                ["县林业局"],
                ["县应急管理局"],
                [],
            ),
        ],
    ),
    (
        "（三）",
        "丰富文旅场景",
        [
            (
                "10.",
                "建设红色文化数字展馆",
                "运用数字孪生和虚拟现实技术，推动红四方面军总指挥部旧址纪念馆数字化展陈。",
                ["县文化广播电视和旅游局"],
                [],
                [],
            ),
            (
                "11.",
                "打造智慧景区",
                "推进诺水河景区智慧化改造，提供智能导览、智能票务和客流预警服务，推动景区与周边民宿、餐饮等业态数据互通，提升游客体验。",
                ["县文化广播电视和旅游局"],
                ["县交通运输局"],
                [],
            ),
            (
                "12.",
                "开发文旅数字人",
                "开发通江文旅数字讲解员，提供多语种、全天候智能讲解服务。",
                ["县文化广播电视和旅游局"],
                ["县数据局"],
                [],
            ),
        ],
    ),
    (
        "（四）",
        "提升民生服务",
        [
            (
                "13.",
                "推进智慧教育",
                "推动中小学智慧课堂建设，建设人工智能教育实验室20间。",
                ["县教育科技体育局"],
                [],
                [T("建设人工智能教育实验室", "间", "eq", 20, "建设人工智能教育实验室20间")],
            ),
            (
                "14.",
                "推进智慧医疗",
                "推进县域医共体智能辅助诊断系统建设，推广远程影像和远程心电诊断，推动优质医疗资源向乡镇卫生院和村卫生室延伸。",
                ["县卫生健康局"],
                ["县医疗保障局"],
                [],
            ),
            (
                "15.",
                "推进智慧医保",
                "运用人工智能开展医保基金智能审核和监控，防范欺诈骗保行为。",
                ["县医疗保障局"],
                [],
                [],
            ),
            (
                "16.",
                "推进就业服务智能化",
                "建设线上零工市场，提供岗位智能推荐和技能培训服务。",
                ["县人力资源和社会保障局"],
                ["各乡镇人民政府"],
                [],
            ),
            (
                "17.",
                "提升交通出行服务",
                "推进农村客运智能调度，提供城乡公交实时查询服务。",
                ["县交通运输局"],
                [],
                [],
            ),
        ],
    ),
    (
        "（五）",
        "优化政务治理",
        [
            (
                "18.",
                "推行智能政务服务",
                "推广智能客服、智能预审和“免申即享”服务，提升政务服务便利度，推动更多高频事项实现“一网通办”“掌上办”。",
                ["县政务服务和公共资源交易服务中心"],
                ["县数据局"],
                [],
            ),
            (
                "19.",
                "建设应急智能预警体系",
                "建设山洪、地质灾害智能监测预警系统，实现重点隐患点监测全覆盖。",
                ["县应急管理局"],
                ["县自然资源和规划局", "各乡镇人民政府"],
                [],
            ),
            (
                "20.",
                "推进智慧市场监管",
                "推广“互联网+明厨亮灶”智能识别，开展重点领域风险智能预警。",
                ["县市场监督管理局"],
                [],
                [],
            ),
            (
                "21.",
                "推进自然资源智能监管",
                "运用卫星遥感和人工智能识别开展耕地保护和违法用地动态监测。",
                ["县自然资源和规划局"],
                ["各乡镇人民政府"],
                [],
            ),
            (
                "22.",
                "开展干部人工智能培训",
                "将人工智能知识纳入干部教育培训内容，每年开展全县干部人工智能应用专题培训2次以上。",
                ["县人力资源和社会保障局"],
                ["县数据局"],
                [
                    T(
                        "每年开展全县干部人工智能应用专题培训",
                        "次",
                        "gte",
                        2,
                        "每年开展全县干部人工智能应用专题培训2次以上",
                        per_year=True,
                    )
                ],
            ),
            (
                "23.",
                "招引人工智能企业",
                "围绕特色产业需求开展精准招商，引进人工智能应用服务企业。",
                ["县商务和经济合作局"],
                ["县经济信息化和科学技术局"],
                [],
            ),
            (
                "24.",
                "发布应用场景清单",
                "每年梳理发布人工智能应用场景机会清单，组织供需对接。",
                ["县发展和改革局"],
                ["县数据局"],
                [],
            ),
        ],
    ),
]
SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立县推进“人工智能+”行动工作领导小组，县政府主要领导任组长，领导小组办公室设在县数据局。",
    ),
    (
        "（二）",
        "强化要素保障",
        "县财政每年安排人工智能发展专项资金300万元，优先保障项目用地、用能需求。",
    ),
    (
        "（三）",
        "狠抓督促落实",
        "建立工作台账，实行清单化管理，县委县政府督查室定期开展督导检查，对工作推进不力的单位进行通报。",
    ),
    (
        "（四）",
        "加强宣传引导",
        "充分利用广播电视、政务新媒体等渠道宣传人工智能政策和典型案例，组织开展人工智能进乡村、进社区、进校园活动，提升群众数字素养。",
    ),
]


def annotate(lead, resp, supp):
    parts = []
    if lead:
        parts.append("牵头单位：" + "、".join(lead))
    if resp:
        parts.append("责任单位：" + "、".join(resp))
    return "（" + "；".join(parts) + "）"


GROUPS = [
    (g, t, [(no, ti, b, le, re, [], ts) for no, ti, b, le, re, ts in items])
    for g, t, items in GROUPS
]
GOALS, SUBS, SG, PRINTED = model(A, "到2028年", GOAL_TEXT, G1, LINES, GROUPS, SAFEGUARDS, annotate)
for task, (_, title, text) in zip(SG, SAFEGUARDS, strict=True):
    task.text = f"{title}{text}"  # the heading is a paragraph of its own, without 。
SECTIONS = [
    Section("三", "三、", "重点任务", "key_task", sections=SUBS),
    Section("四", "四、", "保障措施", "safeguard", SG),
]

BLOCKS = [
    ("head", "通江县人民政府办公室文件"),
    ("docno", DOC_NUMBER),
    ("title", f"通江县人民政府办公室关于印发{TITLE}的通知"),
    ("addressee", "各乡镇人民政府，县级各部门："),
    ("body", NOTICE),
    ("sign", "通江县人民政府办公室"),
    ("date", "2026年6月3日"),
    ("pagebreak", ""),
    ("title", TITLE),
    ("body", PREAMBLE),
    ("h1n", ("h1", "发展基础")),
    ("body", BASE),
    ("h1n", ("h1", "总体要求")),
    ("h2n", ("h2-1", "指导思想")),
    ("body", GUIDE),
    ("h2n", ("h2-1", "基本原则")),
    ("body", PRINCIPLES),
    ("h2n", ("h2-1", "工作目标")),
    ("body", GOAL_TEXT),
    ("body", G2_TEXT),
    ("h1n", ("h1", "重点任务")),
]
TABLE_ROWS = []
for _gno, gtitle, rows in PRINTED:
    BLOCKS.append(("h2n", ("h2-2", gtitle)))
    for no, title, body, a, lead, resp, _ in rows:
        BLOCKS.append(("taskn", ("tasks", (f"{title}。", body + a))))
        TABLE_ROWS.append([gtitle, no.rstrip("."), title, "、".join(lead), "、".join(resp)])
BLOCKS.append(("h1n", ("h1", "保障措施")))
for _, title, text in SAFEGUARDS:
    BLOCKS.append(("h2n", ("h2-3", f"{title}")))
    BLOCKS.append(("body", text))
BLOCKS += [
    ("pagebreak", ""),
    ("addressee", "附件"),
    ("title", "通江县推进“人工智能+”行动重点任务分工表"),
    ("merged", (["类别", "序号", "重点任务", "牵头单位", "责任单位"], TABLE_ROWS, {0, 3})),
]

EXTRACTION = {
    "zone": {
        "slug": "tongjiang-bazhong-county",
        "name": "通江县",
        "name_en": "Tongjiang County (Bazhong, Sichuan)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 通江县推进“人工智能+”行动工作方案（2026—2028年） (通江县人民政府办公室, 通府办发〔2026〕22号, 2026-06-03)
# — SYNTHETIC (synthetic_bv): WRITTEN by the collector (helper blindBV, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_tongjiang.py as a .docx with Word list numbering,
#   converted to Word 97–2003 .doc by LibreOffice.
# Zone tongjiang-bazhong-county (四川 巴中市 通江县; a county → district level, the schema has no county); period 2026–2028.
# Outline: red head, 发文字号, notice (每年11月30日前: no target), page break, title, preamble; 一、发展基础 (2025
#   baselines 520个, 100%, 42个: no targets); 二、总体要求 （一）指导思想
#   （二）基本原则 (one paragraph, four 坚持…: no tasks) （三）工作目标 = "到2028年，…" (goal 到2028年, 4 targets) and "到2026年底，…" (goal 到2026年底, 2 targets due 2026; 完成…目录编制
#   has no figure); 三、重点任务 = five groups （一）–（五） of items 1.–24. numbered on across the groups; 四、保障措施 （一）–（四）
#   as a list-numbered heading and its paragraph → safeguard tasks titled by the heading, text heading + paragraph, no roles. EVERY
#   number here (一、 （一） 1.) is a Word list number, absent from the .doc's text; the numbering fields say what Word shows.
#   Then 附件 重点任务分工表 (类别 | 序号 | 重点任务 | 牵头单位 | 责任单位, 类别 and 牵头单位 merged down over equal rows): it restates
#   each item's title and annotation, so it adds no task, role or figure (judgement call: a restatement, as a goal restated).
# Roles: "（牵头单位：X；责任单位：Y）" → X lead, Y responsible; "（牵头单位：X）" lead alone. 各乡镇人民政府 → one collective.
# Targets: 提高2个百分点 → 2 百分点; tasks holding figures are goals titled like the task (数据集3个; 示范基地4个; 实验室20间; 每年…
#   2次以上 per-year flow). Not targets: 投入达到200万元 / 10%的奖补 (a condition and a subsidy); 专项资金300万元 (a budget);
#   实现重点隐患点监测全覆盖 has no figure.
"""

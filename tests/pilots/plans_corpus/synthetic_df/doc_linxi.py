# ruff: noqa: E501  (plan text as the office writes it)
"""蔺溪县2026年“人工智能+”行动工作方案（修改稿） — INVENTED (synthetic_df). A county's one-year 工作方案 as it comes back from
review: the 文号 and the date side by side in a borderless layout table under the red head, a 专栏 of scenes with figures in a
TEXT BOX, a whole task left in the file as HIDDEN text, tracked changes (a goal figure replaced, a supporting body replaced, a
task struck, a figure and a body inserted) and reviewer comments."""

from df_word import accepted, item
from synthetic_model import Agency, Goal, Section, Target

SLUG = "linxi-ai-plus-work-plan-2026-draft-synthetic"
KIND = "docx"

A = {
    "县经信局": ("jxj", "蔺溪县经济和信息化局", "industry_it"),
    "县发改局": ("fgj", "蔺溪县发展和改革局", "development_reform"),
    "县数据局": ("sjj", "蔺溪县数据局", "big_data"),
    "县财政局": ("czj", "蔺溪县财政局", "finance"),
    "县农业农村局": ("nyj", "蔺溪县农业农村局", "agriculture"),
    "县教育局": ("jyj", "蔺溪县教育局", "education"),
    "县卫健局": ("wjj", "蔺溪县卫生健康局", "health"),
    "县文旅局": ("wlj", "蔺溪县文化和旅游局", "culture_tourism"),
    "县人社局": ("rsj", "蔺溪县人力资源和社会保障局", "human_resources"),
    "县商务局": ("swj", "蔺溪县商务局", "commerce"),
    "县应急管理局": ("yjj", "蔺溪县应急管理局", "emergency"),
    "县交通运输局": ("jtj", "蔺溪县交通运输局", "transport"),
    "县融媒体中心": ("rmt", "蔺溪县融媒体中心", "publicity"),
    "县供电公司": ("gdgs", "国网蔺溪县供电公司", "state_enterprise"),
    "县政务服务中心": ("zwz", "蔺溪县政务服务中心", "government_services"),
    "各乡镇人民政府": ("xz", "蔺溪县各乡镇人民政府", "local_government"),
}
C = {p: v[0] for p, v in A.items()}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def It(numbering, title, segs, lead=(), sup=(), resp=(), targets=()):
    return item(numbering, title, [MORE.get(title, ""), *segs], lead, sup, resp, targets, C)


MORE = {
    "建设县级算力节点": "按照“统一规划、分步建设”原则，",
    "推进千兆网络进村": "加快光纤网络向自然村延伸，推进5G网络在产业园区和重点景区深度覆盖，",
    "推动公共数据共享": "完善县级公共数据资源目录，落实数据共享责任清单，",
    "推进工业企业智能化改造": "围绕茶叶加工、竹木制品、新型建材等特色产业，推广智能装备和工业互联网平台，",
    "发展智慧农业": "推进茶叶、高山蔬菜、特色水果等产业数字化，",
    "发展农村电商": "完善县乡村三级电商物流体系，推动“蔺溪好物”品牌线上推广，",
    "建设智慧文旅": "整合全县文旅资源，推动景区智慧化改造，",
    "推进智慧教育": "推进人工智能进校园，建设城乡同步课堂，",
    "推进智慧医疗": "推动县域医疗数据互联互通，推广远程会诊和智能辅助诊断，",
    "提升政务服务": "推动政务服务事项智能导办、智能预审，",
    "建设智慧应急": "整合气象、水利、自然资源等监测数据，",
}


TITLE = "蔺溪县2026年“人工智能+”行动工作方案"
DOC_NUMBER = "蔺政办发〔2026〕7号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Linxi County 2026 “AI+” action work plan, revised draft — synthetic",
    "issuer": "蔺溪县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-16",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.docx",
}

GOAL = [
    "到2026年底，全县数字经济核心产业增加值达到",
    ("del", "15"),
    ("ins", "18"),
    "亿元，人工智能相关企业达到30家；建成县级算力节点，算力规模达到100P；完成规上工业企业数字化诊断80家，",
    ("cmt", "新增省级数字化车间5个", "建议核实省级认定批次"),
    "；培育“人工智能+”应用场景",
    ("del", "20"),
    ("ins", "25"),
    "个；培训新型职业农民和技能人才2000人次。",
]
GOAL_T = [
    T(
        "数字经济核心产业增加值",
        "亿元",
        "eq",
        18,
        "全县数字经济核心产业增加值达到18亿元",
        kind="related_industry_scale",
    ),
    T("人工智能相关企业", "家", "eq", 30, "人工智能相关企业达到30家", kind="ai_enterprises"),
    T("县级算力节点算力规模", "P", "eq", 100, "算力规模达到100P", kind="computing_power"),
    T(
        "规上工业企业数字化诊断",
        "家",
        "eq",
        80,
        "完成规上工业企业数字化诊断80家",
        aggregation="flow",
    ),
    T("新增省级数字化车间", "个", "eq", 5, "新增省级数字化车间5个", aggregation="flow"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        25,
        "培育“人工智能+”应用场景25个",
        kind="application_scenarios",
    ),
    T(
        "新型职业农民和技能人才培训",
        "人次",
        "eq",
        2000,
        "培训新型职业农民和技能人才2000人次",
        kind="talent",
        aggregation="flow",
    ),
]

BOX_HEAD = "专栏  县域“人工智能+”场景清单"
BOX_LINE = "智慧茶园：建设茶园物联网监测点位200个；智慧景区：在3个A级景区推出智能导览；智慧应急：建成森林防火智能监测点40个。"
BOX_T = [
    T("茶园物联网监测点位", "个", "eq", 200, "建设茶园物联网监测点位200个"),
    T("推出智能导览的A级景区", "个", "eq", 3, "在3个A级景区推出智能导览"),
    T("森林防火智能监测点", "个", "eq", 40, "建成森林防火智能监测点40个"),
]

P1 = [
    It(
        "1．",
        "建设县级算力节点",
        [
            "依托县政务云扩容建设算力节点，为企业提供普惠算力服务。（县数据局牵头，县发改局、",
            ("del", "县电信公司"),
            ("ins", "县供电公司"),
            "配合）",
        ],
        ["县数据局"],
        ["县发改局", "县供电公司"],
    ),
    It(
        "2．",
        "推进千兆网络进村",
        [
            "新增千兆宽带用户",
            ("ins", "1.5万户"),
            "，行政村千兆光网通达率达到95%。（县经信局牵头，各乡镇人民政府配合）",
        ],
        ["县经信局"],
        ["各乡镇人民政府"],
        targets=[
            T("新增千兆宽带用户", "户", "eq", 15000, "新增千兆宽带用户1.5万户", aggregation="flow"),
            T("行政村千兆光网通达率", "%", "eq", 95, "行政村千兆光网通达率达到95%"),
        ],
    ),
    It(
        "3．",
        "推动公共数据共享",
        ["新增共享数据目录150项，数据回流乡镇便民服务中心。（县数据局牵头，县政务服务中心配合）"],
        ["县数据局"],
        ["县政务服务中心"],
        targets=[
            T("新增共享数据目录", "项", "eq", 150, "新增共享数据目录150项", aggregation="flow")
        ],
    ),
]
P2 = [
    It(
        "4．",
        "推进工业企业智能化改造",
        [
            "实施智能化改造项目20个，对设备投资300万元以上的项目给予补助。（县经信局牵头，县财政局配合）"
        ],
        ["县经信局"],
        ["县财政局"],
        targets=[T("智能化改造项目", "个", "eq", 20, "实施智能化改造项目20个", aggregation="flow")],
    ),
    It(
        "5．",
        "发展智慧农业",
        [
            "建设数字农业示范基地4个，推广植保无人机",
            ("cmt", "100架", "数据来源请县农业农村局提供"),
            "。",
            ("box", BOX_HEAD, [BOX_LINE]),
            "（县农业农村局牵头，县财政局、各乡镇人民政府配合）",
        ],
        ["县农业农村局"],
        ["县财政局", "各乡镇人民政府"],
        targets=[
            T("数字农业示范基地", "个", "eq", 4, "建设数字农业示范基地4个"),
            T("推广植保无人机", "架", "eq", 100, "推广植保无人机100架", aggregation="flow"),
        ],
    ),
    It(
        "6．",
        "发展农村电商",
        ["培育直播电商主体50家，农产品网络零售额增长15%。（县商务局牵头，县融媒体中心配合）"],
        ["县商务局"],
        ["县融媒体中心"],
        targets=[
            T("直播电商主体", "家", "eq", 50, "培育直播电商主体50家"),
            T("农产品网络零售额增长", "%", "eq", 15, "农产品网络零售额增长15%"),
        ],
    ),
    It(
        "7．",
        "建设智慧文旅",
        ["上线“AI游蔺溪”导览小程序，年内接待游客服务100万人次。（县文旅局牵头，县交通运输局配合）"],
        ["县文旅局"],
        ["县交通运输局"],
        targets=[
            T(
                "“AI游蔺溪”接待游客服务",
                "人次",
                "eq",
                1000000,
                "年内接待游客服务100万人次",
                aggregation="flow",
            )
        ],
    ),
]
HIDDEN = "8．建设智慧物流园区。建成县域智慧物流分拨中心1个。（县交通运输局牵头，县商务局配合）"
P3 = [
    It(
        "8．",
        "推进智慧教育",
        ["建设人工智能实验室8个，开展教师人工智能应用培训500人次。（县教育局牵头，县人社局配合）"],
        ["县教育局"],
        ["县人社局"],
        targets=[
            T("人工智能实验室", "个", "eq", 8, "建设人工智能实验室8个"),
            T(
                "教师人工智能应用培训",
                "人次",
                "eq",
                500,
                "开展教师人工智能应用培训500人次",
                kind="talent",
                aggregation="flow",
            ),
        ],
    ),
    It(
        "9．",
        "推进智慧医疗",
        ["县域医共体影像辅助诊断覆盖乡镇卫生院18家。（县卫健局牵头，县数据局配合）"],
        ["县卫健局"],
        ["县数据局"],
        targets=[
            T(
                "影像辅助诊断覆盖乡镇卫生院",
                "家",
                "eq",
                18,
                "县域医共体影像辅助诊断覆盖乡镇卫生院18家",
            )
        ],
    ),
    It(
        "10．",
        "提升政务服务",
        ["上线政务智能客服，“一件事”集成办理事项达到30项。（县政务服务中心牵头，县数据局配合）"],
        ["县政务服务中心"],
        ["县数据局"],
        targets=[T("“一件事”集成办理事项", "项", "eq", 30, "“一件事”集成办理事项达到30项")],
    ),
    It(
        "11．",
        "建设智慧应急",
        ["建设森林防火和地质灾害智能监测系统。（县应急管理局牵头，各乡镇人民政府配合）"],
        ["县应急管理局"],
        ["各乡镇人民政府"],
    ),
]
DELETED = "12．建设人工智能产业园。（县发改局牵头，县经信局配合）"
SAFE = [
    It(
        "（一）",
        "加强组织领导",
        [
            "成立县“人工智能+”行动工作专班，统筹推进各项工作，研究解决推进过程中的重大问题，专班办公室负责日常协调、调度和督办。（县经信局牵头，县数据局、县发改局配合）"
        ],
        ["县经信局"],
        ["县数据局", "县发改局"],
    ),
    It(
        "（二）",
        "加强资金保障",
        [
            "县财政统筹安排专项资金1000万元，积极争取上级专项资金和政府专项债券支持，引导社会资本参与人工智能项目建设。（县财政局牵头）"
        ],
        ["县财政局"],
    ),
    It(
        "（三）",
        "加强督查考核",
        [
            "将工作落实情况纳入年度综合考核，对工作推进不力的单位予以通报",
            ("ins", "，每季度通报进展"),
            "。（县经信局牵头）",
        ],
        ["县经信局"],
    ),
]


def _build():
    blocks = [
        ("head", "蔺溪县人民政府办公室文件"),
        ("layout", ((DOC_NUMBER, "2026年3月16日"), False)),
        ("rule", None),
        ("marker", "（修改稿）"),
        ("title", "蔺溪县人民政府办公室关于印发蔺溪县2026年“人工智能+”行动工作方案的通知"),
        ("addressee", "各乡镇人民政府，县政府各部门、各直属单位："),
        (
            "p",
            [
                "《蔺溪县2026年“人工智能+”行动工作方案》已经县政府同意，现印发给你们，请认真贯彻落实。"
            ],
        ),
        ("pagebreak", None),
        ("title", TITLE),
        (
            "p",
            [
                "为贯彻落实《璟川市推进“人工智能+”行动方案（2026—2028年）》，加快人工智能在我县产业发展、乡村振兴和民生服务等领域的融合应用，结合我县实际，制定本工作方案。"
            ],
        ),
        (
            "p",
            [
                "近年来，我县深入实施数字经济“一号工程”，2025年全县数字经济核心产业增加值达到12亿元，建成5G基站860个，茶叶、竹木等特色产业数字化水平稳步提升，但也存在算力设施薄弱、企业应用意愿不强、专业人才短缺等问题。"
            ],
        ),
        (
            "p",
            [
                "坚持以习近平新时代中国特色社会主义思想为指导，立足县域资源禀赋和产业基础，以场景应用为牵引，以特色产业和民生服务为重点，推动人工智能与实体经济深度融合，为建设现代化生态强县提供有力支撑。"
            ],
        ),
        ("h1", ["一、工作目标"]),
        ("p", GOAL),
        ("h1", ["二、重点任务"]),
    ]
    goals = [Goal("到2026年底", accepted(GOAL), GOAL_T)]
    sections = []
    for code, numbering, title, items in (
        ("一", "（一）", "夯实数字底座", P1),
        ("二", "（二）", "赋能产业发展", P2),
        ("三", "（三）", "提升民生服务", P3),
    ):
        blocks.append(("h2", [f"{numbering}{title}"]))
        tasks = []
        for block, task, goal in items:
            blocks.append(block)
            tasks.append(task)
            if goal:
                goals.append(goal)
            if task.title == "发展智慧农业":
                goals.append(Goal(BOX_HEAD, BOX_LINE, BOX_T))
            if task.title == "建设智慧文旅":
                blocks.append(("hidp", HIDDEN))
        if code == "三":
            blocks.append(("delp", DELETED))
        sections.append(Section(code, numbering, title, "key_task", tasks))
    blocks.append(
        (
            "p",
            [
                "以上各项任务，各牵头单位要于2026年4月底前制定具体推进计划，每季度末报送工作进展情况。"
            ],
        )
    )
    blocks.append(("h1", ["三、保障措施"]))
    safe = []
    for block, task, _ in SAFE:
        blocks.append(block)
        safe.append(task)
    blocks += [
        ("sign", "蔺溪县人民政府办公室"),
        ("date", "2026年3月16日"),
        ("rule", None),
        ("p", ["抄送：县委办公室，县人大常委会办公室，县政协办公室。"]),
        ("p", ["蔺溪县人民政府办公室        2026年3月16日印发"]),
    ]
    top = [
        Section("二", "二、", "重点任务", "key_task", sections=sections),
        Section("三", "三、", "保障措施", "safeguard", safe),
    ]
    return blocks, goals, top


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "linxi-county",
        "name": "蔺溪县",
        "name_en": "Linxi County",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 蔺溪县2026年“人工智能+”行动工作方案（修改稿） (蔺溪县人民政府办公室, 蔺政办发〔2026〕7号, 2026-03-16 as the draft prints them)
# — SYNTHETIC (synthetic_df): WRITTEN by helper blindDF (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_linxi.py as a Word file (.docx) with its review left in.
# Zone linxi-county (an invented county of the invented 璟川市) → district level (a county); period 2026.
# Read AS ACCEPTED: insertions in, deletions out, comments and hidden text out. Goal: 15 struck / 18 inserted → 18亿元; 20
#   struck / 25 inserted → 25个; the comment on 新增省级数字化车间5个 is a remark (the figure stays a target). Task 1: 县电信公司
#   struck, 县供电公司 inserted → 县供电公司 supporting (县电信公司 no agency). Task 2: the inserted "1.5万户" completes a target
#   (15000 户). Safeguard （三）'s inserted "，每季度通报进展" is part of its text. The HIDDEN paragraph "8．建设智慧物流园区…" (every
#   run and its paragraph mark w:vanish) is not read: no task, no target; so the next item "8．推进智慧教育" is the only 8．. The
#   struck "12．建设人工智能产业园" is no task.
# Outline: red head, layout table (文号 | date), （修改稿）, the covering 通知 (nothing), page break, title; 一、工作目标 one
#   paragraph → goal "到2026年底"; 二、重点任务 groups （一）–（三） of items 1．–11. numbered on, closing "（X牵头，Y、Z配合）";
#   a closing line "以上各项任务，各牵头单位要…" (no body named: nothing); 三、保障措施 （一）–（三） safeguard tasks, each with its own
#   annotation. The 2025 baselines in the paragraph before 一、 are no targets.
# 专栏 (scenes, no year in its title) stands in a TEXT BOX anchored in item 5: no task; its figures one goal titled by its
#   heading, text its one body line, due 2026. Not targets: 300万元以上 (a condition), 专项资金1000万元 (a budget).
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""泾槐市推进“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_de). Built as a Word file. The division of work carries
DATES AND STAGES beside the roles: "（牵头单位：市X；配合单位：市Y；完成时限：2026年12月底前）", "（市X牵头，市Y配合，2026年6月底前完成）",
"（责任单位：市X；持续推进）", a "时间节点：…" line under two items (one with counts, one restating the goal's), and a part 二、实施步骤 of
stage lines "第一阶段（2026年1—6月）：…" whose counts are targets of their own year (the last stage's restating the goals: none)."""

from de_parts import T, dated, due_of
from synthetic_model import Agency, Goal, Section, Task

SLUG = "jinghuai-ai-plus-implementation-2026-synthetic"
KIND = "docx"

A = {
    "市发展改革委": ("fgw", "泾槐市发展和改革委员会", "development_reform"),
    "市工业和信息化局": ("gxj", "泾槐市工业和信息化局", "industry_it"),
    "市科技局": ("kjj", "泾槐市科学技术局", "science_technology"),
    "市数据局": ("sjj", "泾槐市数据局", "big_data"),
    "市财政局": ("czj", "泾槐市财政局", "finance"),
    "市教育局": ("jyj", "泾槐市教育局", "education"),
    "市人力资源社会保障局": ("rsj", "泾槐市人力资源和社会保障局", "human_resources"),
    "市卫生健康委": ("wjw", "泾槐市卫生健康委员会", "health"),
    "市交通运输局": ("jtj", "泾槐市交通运输局", "transport"),
    "市农业农村局": ("nyj", "泾槐市农业农村局", "agriculture"),
    "市商务局": ("swj", "泾槐市商务局", "commerce"),
    "市市场监管局": ("scj", "泾槐市市场监督管理局", "market_regulation"),
    "市文化广电旅游局": ("wlj", "泾槐市文化广电新闻出版旅游局", "culture_tourism"),
    "市政务服务管理局": ("zwj", "泾槐市政务服务管理局", "government_services"),
    "市应急管理局": ("yjj", "泾槐市应急管理局", "emergency"),
    "市委网信办": ("wxb", "中共泾槐市委网络安全和信息化委员会办公室", "publicity"),
    "市委组织部": ("zzb", "中共泾槐市委组织部", "party_organisation"),
    "泾槐经开区管委会": ("kfq", "泾槐经济技术开发区管理委员会", "park_administration"),
    "各县（市、区）人民政府": ("xq", "泾槐市各县（市、区）人民政府", "local_government"),
}
CODE = {p: v[0] for p, v in A.items()}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]

TITLE = "泾槐市推进“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "泾府办发〔2026〕9号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Jinghuai City “AI+” action implementation plan (2026–2027) — synthetic",
    "issuer": "泾槐市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"《{TITLE}》已经市政府同意，现印发给你们，请认真抓好落实。各牵头单位要对照完成时限倒排工期、挂图作战，每季度末月25日前将工作进展报送市工业和信息化局，市工业和信息化局汇总后报市政府。"
INTRO = "为贯彻落实国家和江西省关于深入实施“人工智能+”行动的部署要求，加快人工智能与实体经济深度融合，推动我市产业转型升级和城市治理能力提升，结合我市实际，制定本方案。"
GOAL_TEXT = "到2027年，全市人工智能核心产业规模突破150亿元，年均增长25%以上；人工智能企业达到260家以上；智能算力规模达到3000P；建设行业高质量数据集20个；打造“人工智能+”典型应用场景200个；建成省级以上智能工厂30家；培育人工智能领域专精特新企业40家，人工智能成为全市高质量发展的重要引擎。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        150,
        "全市人工智能核心产业规模突破150亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能核心产业规模年均增速", "%", "gte", 25, "年均增长25%以上"),
    T("人工智能企业", "家", "gte", 260, "人工智能企业达到260家以上", kind="ai_enterprises"),
    T("智能算力规模", "P", "eq", 3000, "智能算力规模达到3000P", kind="computing_power"),
    T("行业高质量数据集", "个", "eq", 20, "建设行业高质量数据集20个"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        200,
        "打造“人工智能+”典型应用场景200个",
        kind="application_scenarios",
    ),
    T("省级以上智能工厂", "家", "eq", 30, "建成省级以上智能工厂30家"),
    T(
        "人工智能领域专精特新企业",
        "家",
        "eq",
        40,
        "培育人工智能领域专精特新企业40家",
        kind="ai_enterprises",
    ),
]

# stage label, text, targets (a count to reach by the stage's end: due the stage's year)
STAGES = [
    (
        "第一阶段（2026年1—6月）",
        "启动部署。制定年度任务清单，建立“周调度、月通报、季评估”工作机制，发布首批“人工智能+”场景机会清单，遴选首批“人工智能+”应用场景30个。",
        [
            T(
                "首批“人工智能+”应用场景",
                "个",
                "eq",
                30,
                "遴选首批“人工智能+”应用场景30个",
                kind="application_scenarios",
                deadline=2026,
            )
        ],
    ),
    (
        "第二阶段（2026年7—12月）",
        "全面推进。各项任务全面铺开，重点项目加快建设，到2026年底，全市智能算力规模达到1500P，人工智能企业达到180家，建成省级以上智能工厂15家。",
        [
            T(
                "智能算力规模",
                "P",
                "eq",
                1500,
                "全市智能算力规模达到1500P",
                kind="computing_power",
                deadline=2026,
            ),
            T(
                "人工智能企业",
                "家",
                "eq",
                180,
                "人工智能企业达到180家",
                kind="ai_enterprises",
                deadline=2026,
            ),
            T("省级以上智能工厂", "家", "eq", 15, "建成省级以上智能工厂15家", deadline=2026),
        ],
    ),
    (
        "第三阶段（2027年1—12月）",
        "巩固提升。总结推广典型经验做法，全面完成本方案确定的各项目标任务，全市人工智能核心产业规模突破150亿元。",
        [],  # restates the 2027 goal: no second target
    ),
]

# ("group", numbering, title) | (title, rest, annotation, lead, sup, resp, 完成时限 as printed, 时间节点 line or None, targets)
BODY = [
    ("group", "（一）", "夯实算力数据底座"),
    (
        "建设城市智算中心",
        "推进泾槐智算中心二期建设，新增智能算力1500P，接入全省算力调度平台，面向中小企业提供普惠算力服务。",
        "（牵头单位：市发展改革委；配合单位：市数据局、市财政局；完成时限：2027年6月底前）",
        ["市发展改革委"],
        ["市数据局", "市财政局"],
        [],
        "2027年6月底前",
        None,
        [
            T(
                "新增智能算力",
                "P",
                "eq",
                1500,
                "新增智能算力1500P",
                kind="computing_power",
                aggregation="flow",
            )
        ],
    ),
    (
        "推进公共数据开放",
        "完善公共数据资源目录，开放高价值公共数据集80个，推动公共数据授权运营，上线数据产品15个以上。",
        "（市数据局牵头，市政务服务管理局配合，2026年12月底前完成）",
        ["市数据局"],
        ["市政务服务管理局"],
        [],
        "2026年12月底前",
        None,
        [
            T("开放高价值公共数据集", "个", "eq", 80, "开放高价值公共数据集80个"),
            T("上线数据产品", "个", "gte", 15, "上线数据产品15个以上"),
        ],
    ),
    (
        "建设行业高质量数据集",
        "聚焦装备制造、有色金属、中医药等优势领域，支持龙头企业联合高校院所建设行业高质量数据集，探索数据标注和数据交易服务。",
        "（牵头单位：市数据局；配合单位：市工业和信息化局、市科技局；完成时限：2027年12月底前）",
        ["市数据局"],
        ["市工业和信息化局", "市科技局"],
        [],
        "2027年12月底前",
        "时间节点：2026年12月底前建成首批行业高质量数据集8个，2027年12月底前累计建成20个。",
        [
            T(
                "首批行业高质量数据集",
                "个",
                "eq",
                8,
                "2026年12月底前建成首批行业高质量数据集8个",
                deadline=2026,
            )
        ],
    ),
    ("group", "（二）", "推动产业智能化升级"),
    (
        "实施智能制造提升工程",
        "每年实施智能化改造项目150个以上，推动规模以上工业企业数字化改造全覆盖，梯度培育智能工厂和数字化车间。",
        "（牵头单位：市工业和信息化局；配合单位：市发展改革委、市财政局；完成时限：持续推进）",
        ["市工业和信息化局"],
        ["市发展改革委", "市财政局"],
        [],
        "持续推进",
        None,
        [T("智能化改造项目", "个", "gte", 150, "每年实施智能化改造项目150个以上", per_year=True)],
    ),
    (
        "推广工业大模型应用",
        "在装备制造、有色金属等行业推动大模型嵌入研发设计、生产管控、质量检测等环节，遴选工业大模型典型应用案例20个。",
        "（市工业和信息化局牵头，市科技局配合，2027年6月底前完成）",
        ["市工业和信息化局"],
        ["市科技局"],
        [],
        "2027年6月底前",
        None,
        [
            T(
                "工业大模型典型应用案例",
                "个",
                "eq",
                20,
                "遴选工业大模型典型应用案例20个",
                kind="application_scenarios",
            )
        ],
    ),
    (
        "培育人工智能企业",
        "实施人工智能企业梯度培育计划，支持企业上规模、上市场，新培育国家级专精特新“小巨人”企业5家。",
        "（责任单位：市工业和信息化局、泾槐经开区管委会；持续推进）",
        [],
        [],
        ["市工业和信息化局", "泾槐经开区管委会"],
        "持续推进",
        None,
        [
            T(
                "新培育国家级专精特新“小巨人”企业",
                "家",
                "eq",
                5,
                "新培育国家级专精特新“小巨人”企业5家",
                kind="ai_enterprises",
                aggregation="flow",
            )
        ],
    ),
    (
        "发展智慧农业",
        "建设智慧农业示范基地10个，推广智能农机装备、病虫害智能监测和农产品质量追溯。",
        "（牵头单位：市农业农村局；配合单位：各县（市、区）人民政府；完成时限：2026年12月底前）",
        ["市农业农村局"],
        ["各县（市、区）人民政府"],
        [],
        "2026年12月底前",
        None,
        [T("智慧农业示范基地", "个", "eq", 10, "建设智慧农业示范基地10个")],
    ),
    ("group", "（三）", "拓展民生和治理应用"),
    (
        "建设城市智能中枢",
        "整合城市运行各类数据资源，建设城市智能中枢平台，接入部门业务系统60个以上，实现城市运行事件智能发现、智能分拨。",
        "（牵头单位：市数据局；配合单位：市应急管理局、市交通运输局；完成时限：2026年12月底前）",
        ["市数据局"],
        ["市应急管理局", "市交通运输局"],
        [],
        "2026年12月底前",
        "时间节点：2026年6月底前完成平台一期上线，2026年12月底前完成部门业务系统全部接入。",
        [T("城市智能中枢接入部门业务系统", "个", "gte", 60, "接入部门业务系统60个以上")],
    ),
    (
        "发展智慧医疗",
        "推动二级以上医院应用人工智能辅助诊断、智能导诊，二级以上医院人工智能辅助诊断应用比例达到70%。",
        "（牵头单位：市卫生健康委；完成时限：2027年12月底前）",
        ["市卫生健康委"],
        [],
        [],
        "2027年12月底前",
        None,
        [
            T(
                "二级以上医院人工智能辅助诊断应用比例",
                "%",
                "eq",
                70,
                "二级以上医院人工智能辅助诊断应用比例达到70%",
            )
        ],
    ),
    (
        "推进智慧教育",
        "建设人工智能教育实验校30所，在中小学开展人工智能通识教育，推广智能教学助手。",
        "（市教育局牵头，市科技局配合，2027年9月底前完成）",
        ["市教育局"],
        ["市科技局"],
        [],
        "2027年9月底前",
        None,
        [T("人工智能教育实验校", "所", "eq", 30, "建设人工智能教育实验校30所")],
    ),
    (
        "推进政务服务智能化",
        "上线政务服务智能客服和智能审批，高频政务服务事项“智能办”比例达到50%以上。",
        "（责任单位：市政务服务管理局、市数据局；完成时限：2026年12月底前）",
        [],
        [],
        ["市政务服务管理局", "市数据局"],
        "2026年12月底前",
        None,
        [
            T(
                "高频政务服务事项“智能办”比例",
                "%",
                "gte",
                50,
                "高频政务服务事项“智能办”比例达到50%以上",
            )
        ],
    ),
    (
        "发展智慧文旅",
        "打造智慧景区5个，推出“AI游泾槐”数字导览服务，发展沉浸式文旅新业态。",
        "（牵头单位：市文化广电旅游局；配合单位：市商务局；完成时限：2027年6月底前）",
        ["市文化广电旅游局"],
        ["市商务局"],
        [],
        "2027年6月底前",
        None,
        [T("智慧景区", "个", "eq", 5, "打造智慧景区5个")],
    ),
    ("group", "（四）", "强化人才和创新支撑"),
    (
        "引育人工智能人才",
        "将人工智能人才纳入“泾才计划”重点支持范围，每年引进人工智能领域高层次人才团队10个，培训数字技能人才5000人次。",
        "（牵头单位：市委组织部、市人力资源社会保障局；配合单位：市科技局；完成时限：持续推进）",
        ["市委组织部", "市人力资源社会保障局"],
        ["市科技局"],
        [],
        "持续推进",
        None,
        [
            T(
                "引进人工智能领域高层次人才团队",
                "个",
                "eq",
                10,
                "每年引进人工智能领域高层次人才团队10个",
                kind="talent",
                per_year=True,
            ),
            T(
                "培训数字技能人才",
                "人次",
                "eq",
                5000,
                "培训数字技能人才5000人次",
                kind="talent",
                per_year=True,
            ),
        ],
    ),
    (
        "建设创新平台",
        "支持企业与高校院所共建人工智能新型研发机构，新建市级以上人工智能创新平台12个，举办场景供需对接活动8场以上。",
        "（牵头单位：市科技局；配合单位：市发展改革委、市市场监管局；完成时限：2027年12月底前）",
        ["市科技局"],
        ["市发展改革委", "市市场监管局"],
        [],
        "2027年12月底前",
        None,
        [
            T(
                "市级以上人工智能创新平台",
                "个",
                "eq",
                12,
                "新建市级以上人工智能创新平台12个",
                kind="innovation_platforms",
            ),
            T(
                "场景供需对接活动",
                "场",
                "gte",
                8,
                "举办场景供需对接活动8场以上",
                aggregation="flow",
            ),
        ],
    ),
    (
        "强化安全治理",
        "建立人工智能安全风险监测和应急处置机制，加强算法备案、数据安全和个人信息保护监督检查。",
        "（责任单位：市委网信办；持续推进）",
        [],
        [],
        ["市委网信办"],
        "持续推进",
        None,
        [],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立市“人工智能+”行动推进专班，由市政府分管负责同志任组长，统筹推进重大事项，专班办公室设在市工业和信息化局，负责日常工作。",
        "",
        [],
    ),
    (
        "（二）",
        "加大资金支持",
        "统筹用好市级产业发展资金，对符合条件的算力、数据和应用项目予以支持。",
        "（责任单位：市财政局；持续推进）",
        ["市财政局"],
    ),
    (
        "（三）",
        "严格督促考核",
        "建立任务台账，按完成时限实行清单化管理，对逾期未完成的任务予以通报，推进情况纳入年度综合考核。",
        "",
        [],
    ),
    (
        "（四）",
        "营造良好氛围",
        "加强政策宣传解读，及时总结推广典型案例，营造全社会支持人工智能发展的良好氛围。",
        "",
        [],
    ),
]


def _build():
    blocks = [
        ("head", "泾槐市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"泾槐市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各县（市、区）人民政府，泾槐经开区管委会，市政府各部门："),
        ("body", NOTICE),
        ("sign", "泾槐市人民政府办公室"),
        ("date", "2026年3月20日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", INTRO),
        ("h1", "一、总体目标"),
        ("body", GOAL_TEXT),
        ("h1", "二、实施步骤"),
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("到2027年", GOAL_TEXT, GOAL_TARGETS)]
    for label, text, targets in STAGES:
        blocks.append(("item", (f"{label}：", text)))
        for t in targets:
            assert t.phrase in text, t.phrase
        if targets:
            goals.append(Goal(label, f"{label}：{text}", targets))
    blocks.append(("h1", "三、重点任务"))
    groups, n = [], 0
    for entry in BODY:
        if entry[0] == "group":
            blocks.append(("h2", f"{entry[1]}{entry[2]}"))
            groups.append(Section(entry[1].strip("（）"), entry[1], entry[2], "key_task"))
            continue
        title, rest, ann, lead, sup, resp, limit, node, targets = entry
        n += 1
        blocks.append(("item", (f"{n}.{title}。", f"{rest}{ann}")))
        text = f"{title}。{rest}{ann}"
        if node:
            blocks.append(("body", node))
            text += node
        due = due_of(limit)
        c = lambda names: [CODE[x] for x in names]  # noqa: E731
        groups[-1].tasks.append(Task(f"{n}.", title, text, c(lead), c(resp), c(sup), due=due))
        where = rest + (node or "")
        for t in targets:
            assert t.phrase in where, t.phrase
        if targets:
            # title + body; where a figure stands only in the 时间节点 line, the whole item (annotation and line too)
            goal_text = f"{title}。{rest}" if all(t.phrase in rest for t in targets) else text
            goals.append(Goal(title, goal_text, dated(targets, due), numbering=f"{n}."))
    blocks.append(("h1", "四、保障措施"))
    sg = []
    for num, title, text, ann, resp in SAFEGUARDS:
        blocks.append(("item", (f"{num}{title}。", f"{text}{ann}")))
        sg.append(Task(num, title, f"{title}。{text}{ann}", responsible=[CODE[x] for x in resp]))
    blocks += [
        ("rule", ""),
        (
            "addressee",
            "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院。",
        ),
        ("addressee", "泾槐市人民政府办公室　　　　　　　2026年3月20日印发"),
    ]
    sections = [
        Section("三", "三、", "重点任务", "key_task", sections=groups),
        Section("四", "四、", "保障措施", "safeguard", sg),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "jinghuai-city",
        "name": "泾槐市",
        "name_en": "Jinghuai City",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 泾槐市推进“人工智能+”行动实施方案（2026—2027年） (泾槐市人民政府办公室, 泾府办发〔2026〕9号, 2026-03-20)
# — SYNTHETIC (synthetic_de): WRITTEN by helper blindDE (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_jinghuai.py as a Word file (.docx).
# Zone jinghuai-city (an invented prefecture-level city of 江西省) → city level; period 2026—2027.
# Outline: red head, 发文字号, covering notice (its 每季度末月25日前 reporting date: no target, no due), page break, title, preamble;
#   一、总体目标 "到2027年，…" (8 targets, due 2027); 二、实施步骤 three stage lines "第N阶段（2026年1—6月）：…" — no tasks (a schedule);
#   each stage with counts is a goal titled by its label (SYNTHETIC_DE.md conventions): 第一阶段 30 scenes (due 2026), 第二阶段 1500P /
#   180家 / 15家 (due 2026: "到2026年底"; the goals' 3000P / 260家 / 30家 are 2027 figures, so these are targets of their own year);
#   第三阶段 restates the 2027 goal 突破150亿元 → no second target. 三、重点任务 groups （一）–（四） (sections under 三、) of items 1.–15.
#   numbered on, each "N.标题。正文（annotation）"; 四、保障措施 （一）–（四） safeguard tasks, （二） annotated; 抄送 / 印发.
# Roles: "（牵头单位：X；配合单位：Y；完成时限：Z）" → X lead, Y supporting; "（X牵头，Y配合，2026年6月底前完成）" the same; "（责任单位：X、Y；
#   持续推进）" → responsible. 各县（市、区）人民政府 one collective agency.
# Due: the annotation's 完成时限 is the task's `due` (2026年12月底前 → 2026-12-31, 2027年6月底前 → 2027-06-30, 2027年9月底前 →
#   2027-09-30); 持续推进 → no due. A 完成时限 is a date, never a target. A task's figures with no year of their own are due in its
#   完成时限's year (新增智能算力1500P → 2027; 开放…80个 → 2026), with 持续推进 at the plan's end (2027; 每年… per-year targets).
# 时间节点 lines (items 3 and 8, printed on their own line under the item) belong to the item: in its text (and its goal's text). Item
#   3's "2026年12月底前建成首批…8个" is a count to reach by a date → a target due 2026; its "2027年12月底前累计建成20个" restates the
#   goals' 20 个 (2027) → no second target. Item 8's steps have no figures; its due is its 完成时限 (2026-12-31).
# Targets: each item holding figures is also a goal titled like it (text = title + body + 时间节点 line, without number and
#   annotation; item 3, whose figure stands in its 时间节点 line, the whole item with annotation and line). 新增智能算力1500P (new, item 1, 2027) is not 第二阶段's 智能算力规模达到1500P (a total, 2026): both kept. Not targets:
#   全覆盖 without a figure; the reporting date; the safeguards' wording. No target owners recorded.
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""槐川区2026年“人工智能+”工作要点 — INVENTED (synthetic_cc). Plain text: a notice, a 2025 review (baselines), 一、主要目标 "2026年，…",
二、重点工作 of numbered paragraphs （一）–（六）, each a chapter of points run on "一是…（责任单位：区X）；二是…（责任单位：区Y、区Z）；三是…"
(every point annotated: the points are the tasks), 三、攻坚行动 of lettered tasks A.–E. "（牵头单位：区X；配合单位：区Y）", 四、工作保障 =
one paragraph of points "一是…；二是…；三是…。" (safeguards)."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "huaichuan-ai-plus-work-points-2026-synthetic"
KIND = "txt"

A = {
    "区发改局": ("fgj", "槐川区发展和改革局", "development_reform"),
    "区工信局": ("gxj", "槐川区工业和信息化局", "industry_it"),
    "区科技局": ("kjj", "槐川区科学技术局", "science_technology"),
    "区数据局": ("sjj", "槐川区数据局", "big_data"),
    "区财政局": ("czj", "槐川区财政局", "finance"),
    "区教育局": ("jyj", "槐川区教育局", "education"),
    "区卫健局": ("wjj", "槐川区卫生健康局", "health"),
    "区民政局": ("mzj", "槐川区民政局", "civil_affairs"),
    "区人社局": ("rsj", "槐川区人力资源和社会保障局", "human_resources"),
    "区商务局": ("swj", "槐川区商务局", "commerce"),
    "区城管局": ("cgj", "槐川区城市管理局", "housing_construction"),
    "区政务服务中心": ("zwzx", "槐川区政务服务中心", "government_services"),
    "区市场监管局": ("scj", "槐川区市场监督管理局", "market_regulation"),
    "区委网信办": ("wxb", "中共槐川区委网络安全和信息化委员会办公室", "publicity"),
    "区委人才办": ("rcb", "中共槐川区委人才工作领导小组办公室", "party_organisation"),
    "区投资促进局": ("tcj", "槐川区投资促进局", "commerce"),
    "槐川高新区管委会": ("gxq", "槐川高新技术产业园区管理委员会", "park_administration"),
    "各街道办事处": ("jd", "槐川区各街道办事处", "local_government"),
}
AGENCIES = [Agency(c, n, [p], cat) for p, (c, n, cat) in A.items()]
CODE = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "槐川区2026年“人工智能+”工作要点"
DOC_NUMBER = "槐政办发〔2026〕3号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Huaichuan District “AI+” work points for 2026 — synthetic",
    "issuer": "槐川区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-26",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.txt",
}

NOTICE = f"各街道办事处，区政府各部门，槐川高新区管委会：\n经区政府同意，现将《{TITLE}》印发给你们，请结合实际认真抓好落实。各责任单位要对照工作要点细化工作举措，明确时间节点和责任人，于每季度末将工作进展情况报送区工信局（区“人工智能+”工作专班办公室），12月20日前报送全年工作总结。"
REVIEW = "2025年，全区深入推进人工智能与实体经济融合，人工智能相关企业达到86家，人工智能核心产业营业收入达到41亿元，建成“人工智能+”应用场景28个，槐川高新区获评省级人工智能特色产业园。"
REVIEW2 = "一年来，全区坚持把人工智能作为推动产业转型升级的关键抓手，出台支持人工智能产业发展若干措施，设立区人工智能产业引导基金，槐川人工智能产业园一期建成投用，入驻企业达到37家；在城市管理、社区治理、政务服务、医疗健康等领域推出一批应用场景，“一网统管”平台智能识别事件超过2万件；组织开展人工智能技能培训4600人次，全社会应用人工智能的氛围日益浓厚。这些成绩的取得，为全区深入推进“人工智能+”行动打下了坚实基础，积累了宝贵经验。同时，全区人工智能产业规模偏小、高端人才不足、场景开放不够等问题依然存在。2026年是“十五五”开局之年，全区要以更大力度推进“人工智能+”行动，重点做好以下四个方面工作。"
GENERAL = "全年工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，认真落实省、市关于深入实施“人工智能+”行动的部署要求，坚持以场景开放为牵引、以产业培育为核心、以数据算力为支撑、以人才生态为保障，推动人工智能与先进制造、商贸消费、城市治理和民生服务深度融合，加快培育新质生产力，为建设创新活力之城提供有力支撑。全年工作坚持项目化推进、清单化管理、闭环式落实，确保各项任务可量化、可考核、见实效。各街道、各部门要强化“一盘棋”意识，主动认领任务、压实工作责任，以钉钉子精神推动各项工作落地落实，努力在全市“人工智能+”行动中争先进位。"
GOAL_TEXT = "2026年，全区人工智能核心产业营业收入达到60亿元，人工智能相关企业突破110家，新增“人工智能+”应用场景30个以上，新增智能算力100P，规模以上工业企业数字化改造覆盖率达到75%，政务服务事项智能导办覆盖率达到90%。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业营业收入",
        "亿元",
        "eq",
        60,
        "全区人工智能核心产业营业收入达到60亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能相关企业", "家", "gt", 110, "人工智能相关企业突破110家", kind="ai_enterprises"),
    T(
        "新增“人工智能+”应用场景",
        "个",
        "gte",
        30,
        "新增“人工智能+”应用场景30个以上",
        kind="application_scenarios",
        aggregation="flow",
    ),
    T(
        "新增智能算力",
        "P",
        "eq",
        100,
        "新增智能算力100P",
        kind="computing_power",
        aggregation="flow",
    ),
    T("规模以上工业企业数字化改造覆盖率", "%", "eq", 75, "规模以上工业企业数字化改造覆盖率达到75%"),
    T("政务服务事项智能导办覆盖率", "%", "eq", 90, "政务服务事项智能导办覆盖率达到90%"),
]

ORD = "一二三四五六"
# chapter: (numbering, title, points); point: (text without 一是, responsible, targets); the title is the text before the first "，"
CHAPTERS = [
    (
        "（一）",
        "夯实算力数据基础",
        [
            (
                "加快建设槐川智算中心一期，年内建成投运并接入全市算力调度平台，面向区内中小企业和科研机构提供普惠算力服务",
                ["区发改局", "槐川高新区管委会"],
                [],
            ),
            (
                "推进公共数据共享开放，新增开放公共数据集40个，推动公共数据在普惠金融、商贸流通、社区治理等领域开发利用",
                ["区数据局"],
                [
                    T(
                        "新增开放公共数据集",
                        "个",
                        "eq",
                        40,
                        "新增开放公共数据集40个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "建设社区治理、商贸流通两个行业数据集，探索开展公共数据资产登记和价值评估，推动数据资源向数据资产转化",
                ["区数据局", "区商务局"],
                [T("行业数据集", "个", "eq", 2, "建设社区治理、商贸流通两个行业数据集")],
            ),
            (
                "强化数据安全保障，落实数据分类分级保护要求，定期开展数据安全风险评估和应急演练",
                ["区数据局"],
                [],
            ),
        ],
    ),
    (
        "（二）",
        "推动制造业智能化转型",
        [
            (
                "实施智能化改造项目，全年完成企业智能化改造项目45个，推动企业在设备联网、生产管控和质量追溯等环节全面提升智能化水平",
                ["区工信局"],
                [
                    T(
                        "完成企业智能化改造项目",
                        "个",
                        "eq",
                        45,
                        "全年完成企业智能化改造项目45个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "培育智能制造示范工厂，新认定市级以上智能制造示范工厂4家，引导龙头企业开放供应链场景，带动上下游中小企业协同转型",
                ["区工信局", "槐川高新区管委会"],
                [
                    T(
                        "新认定市级以上智能制造示范工厂",
                        "家",
                        "eq",
                        4,
                        "新认定市级以上智能制造示范工厂4家",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推广工业大模型应用，支持企业在研发设计、生产调度、质量检测、设备运维等环节部署大模型应用，组织供需对接活动不少于8场",
                ["区工信局", "区科技局"],
                [
                    T(
                        "工业大模型供需对接活动",
                        "场",
                        "gte",
                        8,
                        "组织供需对接活动不少于8场",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "（三）",
        "壮大人工智能产业",
        [
            (
                "加大招商引资力度，引进人工智能项目20个，聚焦智能终端、行业大模型、智能网联等方向开展精准招商和以商引商",
                ["区投资促进局"],
                [T("引进人工智能项目", "个", "eq", 20, "引进人工智能项目20个", aggregation="flow")],
            ),
            (
                "建设槐川人工智能产业园二期，新增入驻企业15家，完善产业园公共技术服务平台和人才公寓等配套设施",
                ["槐川高新区管委会"],
                [
                    T(
                        "人工智能产业园新增入驻企业",
                        "家",
                        "eq",
                        15,
                        "新增入驻企业15家",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "落实产业扶持政策，对新认定的国家级专精特新“小巨人”人工智能企业给予50万元一次性奖励，及时兑现各类惠企政策，推动政策直达快享",
                ["区财政局", "区工信局"],
                [],
            ),
            (
                "培育科技型中小企业，新增人工智能领域高新技术企业12家，建立科技型企业梯度培育库，实行一企一策精准服务",
                ["区科技局"],
                [
                    T(
                        "新增人工智能领域高新技术企业",
                        "家",
                        "eq",
                        12,
                        "新增人工智能领域高新技术企业12家",
                        aggregation="flow",
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
                "推进政务服务智能化，上线“槐小智”智能导办助手，推动高频政务服务事项智能问答、智能预审和智能填表，提升企业群众办事体验",
                ["区政务服务中心", "区数据局"],
                [],
            ),
            (
                "发展智慧养老，建设智慧养老服务站10个，推广智能呼叫、跌倒监测和健康监护设备，为居家老年人提供便捷服务",
                ["区民政局", "各街道办事处"],
                [T("智慧养老服务站", "个", "eq", 10, "建设智慧养老服务站10个")],
            ),
            (
                "推进智慧医疗，在区属医院推广人工智能辅助诊断、智能预问诊和慢病智能管理服务，提升基层医疗服务能力",
                ["区卫健局"],
                [],
            ),
            (
                "推进智慧教育，建设人工智能教育特色学校8所，在中小学开设人工智能通识课程，组织开展青少年人工智能竞赛活动",
                ["区教育局"],
                [T("人工智能教育特色学校", "所", "eq", 8, "建设人工智能教育特色学校8所")],
            ),
        ],
    ),
    (
        "（五）",
        "优化人才和创新生态",
        [
            (
                "实施“槐川智才”计划，引进人工智能高层次人才40名，落实人才安居、子女入学、医疗保障等服务，优化人才发展环境",
                ["区委人才办", "区人社局"],
                [
                    T(
                        "引进人工智能高层次人才",
                        "名",
                        "eq",
                        40,
                        "引进人工智能高层次人才40名",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "开展全民数字素养与技能提升行动，依托社区学校、职业院校和企业培训中心，培训居民和企业员工1.2万人次",
                ["区人社局", "各街道办事处"],
                [
                    T(
                        "数字素养与技能培训",
                        "人次",
                        "eq",
                        12000,
                        "培训居民和企业员工1.2万人次",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "营造创新创业氛围，举办槐川人工智能创新创业大赛，支持高校毕业生和青年人才围绕人工智能领域创业",
                ["区科技局", "区人社局"],
                [],
            ),
            (
                "加强科技金融支持，推动银行机构推出科创贷、人才贷等产品，引导创业投资机构投资本区人工智能初创企业",
                ["区财政局"],
                [],
            ),
        ],
    ),
    (
        "（六）",
        "加强人工智能安全治理",
        [
            (
                "落实生成式人工智能服务管理要求，指导区内企业做好算法备案、安全评估和内容标识，督促平台企业落实主体责任",
                ["区委网信办"],
                [],
            ),
            (
                "加强人工智能应用风险监测，建立涉人工智能网络诈骗、虚假信息等风险线索快速处置机制，开展人工智能安全宣传进社区、进企业活动",
                ["区委网信办", "区市场监管局"],
                [],
            ),
        ],
    ),
]

# lettered part: (letter, title, rest, lead, supporting, targets)
LETTERED = [
    (
        "A",
        "城市运行智能感知攻坚",
        "依托区城市运行管理服务平台，在主要道路、重点社区、背街小巷部署智能感知设备，建设城市运行智能感知点位600个，推动占道经营、垃圾堆放、违规停车等事件智能识别、自动派单和闭环处置，提升城市精细化管理水平。",
        ["区城管局"],
        ["区数据局", "各街道办事处"],
        [T("城市运行智能感知点位", "个", "eq", 600, "建设城市运行智能感知点位600个")],
    ),
    (
        "B",
        "商贸消费智能升级攻坚",
        "推动重点商圈和商贸企业应用智能导购、智能营销和无人零售，打造智慧商圈2个，支持商贸企业开展直播电商、即时零售等新业态，促进消费提质扩容，培育一批人工智能消费新场景。",
        ["区商务局"],
        ["区市场监管局"],
        [T("智慧商圈", "个", "eq", 2, "打造智慧商圈2个")],
    ),
    (
        "C",
        "“人工智能+”场景开放攻坚",
        "每季度发布一批场景机会清单，全年组织场景路演活动6场，推动企业产品在本区首试首用，对成效明显的场景项目优先推荐申报省、市示范。",
        ["区工信局"],
        ["区发改局", "区数据局"],
        [T("场景路演活动", "场", "eq", 6, "全年组织场景路演活动6场", aggregation="flow")],
    ),
    (
        "D",
        "社区治理智能化攻坚",
        "在各街道推广社区事务智能助手、独居老人智能看护和矛盾纠纷智能预警，建设智慧社区示范点12个，推动社区工作者减负增效，提升基层治理精细化水平。",
        ["区民政局"],
        ["各街道办事处", "区数据局"],
        [T("智慧社区示范点", "个", "eq", 12, "建设智慧社区示范点12个")],
    ),
    (
        "E",
        "算力券惠企攻坚",
        "落实算力券政策，对企业使用智能算力按合同金额的30%给予补贴，单个企业年度最高30万元，全年发放算力券总额不超过500万元，优先支持本区中小企业开展大模型训练和推理应用。",
        ["区工信局"],
        ["区财政局"],
        [],
    ),
]

SAFEGUARD_TEXT = "一是加强组织领导，区“人工智能+”工作专班统筹推进各项工作，专班办公室设在区工信局，各责任单位明确分管领导和工作联络人，建立周调度、月通报工作机制；二是强化资金保障，区财政统筹安排人工智能发展专项资金3000万元，统筹用好上级各类专项资金，支持重点项目、重点场景和重点平台建设；三是严格督查考核，将工作要点落实情况纳入年度综合考核，实行月调度、季通报，对推进不力的单位进行督促提醒，确保各项工作按期完成；四是加强宣传引导，充分利用区融媒体平台宣传全区人工智能发展的政策举措和典型案例，营造全社会关心支持人工智能发展的良好氛围。"
SAFEGUARDS = ["加强组织领导", "强化资金保障", "严格督查考核", "加强宣传引导"]


def _build():
    lines = [
        "槐川区人民政府办公室文件",
        DOC_NUMBER,
        f"槐川区人民政府办公室关于印发{TITLE}的通知",
        NOTICE,
        "槐川区人民政府办公室",
        "2026年2月26日",
        "",
        TITLE,
        REVIEW,
        REVIEW2,
        GENERAL,
        "一、主要目标",
        GOAL_TEXT,
        "二、重点工作",
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("2026年", GOAL_TEXT, GOAL_TARGETS)]
    chapters = []
    for num, ctitle, points in CHAPTERS:
        runs, tasks = [], []
        for k, (body, resp, targets) in enumerate(points):
            no = f"{ORD[k]}是"
            a = f"（责任单位：{'、'.join(resp)}）"
            runs.append(f"{no}{body}{a}")
            title = body.split("，")[0]
            tasks.append(Task(no, title, f"{no}{body}{a}", responsible=[CODE[x] for x in resp]))
            for t in targets:
                assert t.phrase in body, t.phrase
            if targets:
                goals.append(Goal(title, f"{no}{body}", targets, numbering=no))
        lines.append(f"{num}{ctitle}。" + "；".join(runs) + "。")
        chapters.append(Section(num.strip("（）"), num, ctitle, "key_task", tasks))
    lines.append("三、攻坚行动")
    lettered = []
    for letter, title, rest, lead, sup, targets in LETTERED:
        a = f"（牵头单位：{'、'.join(lead)}；配合单位：{'、'.join(sup)}）"
        lines.append(f"{letter}. {title}。{rest}{a}")
        lettered.append(
            Task(
                f"{letter}.",
                title,
                f"{title}。{rest}{a}",
                lead=[CODE[x] for x in lead],
                supporting=[CODE[x] for x in sup],
            )
        )
        for t in targets:
            assert t.phrase in rest, t.phrase
        if targets:
            goals.append(Goal(title, f"{title}。{rest}", targets, numbering=f"{letter}."))
    lines += ["四、工作保障", SAFEGUARD_TEXT]
    sg = []
    for k, (part, title) in enumerate(
        zip(SAFEGUARD_TEXT.rstrip("。").split("；"), SAFEGUARDS, strict=True)
    ):
        assert part.startswith(f"{ORD[k]}是{title}，"), part
        sg.append(Task(f"{ORD[k]}是", title, part))
    lines += [
        "",
        "抄送：区委办公室，区人大常委会办公室，区政协办公室。",
        "槐川区人民政府办公室　　2026年2月26日印发",
    ]
    sections = [
        Section("二", "二、", "重点工作", "key_task", sections=chapters),
        Section("三", "三、", "攻坚行动", "key_task", lettered),
        Section("四", "四、", "工作保障", "safeguard", sg),
    ]
    return "\n".join(lines) + "\n", goals, sections


TEXT, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "huaichuan-district",
        "name": "槐川区",
        "name_en": "Huaichuan District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 槐川区2026年“人工智能+”工作要点 (槐川区人民政府办公室, 槐政办发〔2026〕3号, 2026-02-26)
# — SYNTHETIC (synthetic_cc): WRITTEN by the collector (helper blindCC, 2026-12-07) before reading or running the importer; the
#   district (槐川区) is INVENTED and its city never named. Plain text.
# Outline: notice; a 2025 review (86家, 41亿元, 28个, 37家, 2万件, 4600人次: baselines; "以下四个方面工作": the plan's own parts) — no targets; 一、主要目标
#   "2026年，…" → goal titled 2026年, 6 targets; 二、重点工作 = numbered paragraphs （一）–（六）, EVERY one a chapter of run-on points
#   "一是…（责任单位：区X）；二是…" each annotated → the level holds sections: each chapter a section, each point a task (numbering
#   一是, title its words before the first comma without 一是, text from 一是 through its annotation, no "；"), responsible;
#   三、攻坚行动 = lettered tasks "A. 标题。正文。（牵头单位：区X；配合单位：区Y）" A.–E. (lead / supporting); 四、工作保障 = one
#   paragraph that is nothing but points → four safeguard tasks, titled by the words before the first comma, no roles.
# Targets: every point / item holding figures is also a goal titled like its task; all due 2026. "建设社区治理、商贸流通两个行业数据
#   集" → a target of 2 (a count after a verb of making). Not targets: the 50万元 reward; the 算力券 rate, cap and total (30%, 30万元,
#   不超过500万元); the 3000万元 budget; "每季度发布一批" (no figure). 1.2万人次 → 12000. 各街道办事处 one collective.
"""

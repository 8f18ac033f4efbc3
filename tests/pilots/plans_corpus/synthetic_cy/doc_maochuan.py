# ruff: noqa: E501  (plan text as the office writes it)
"""泖川市推进“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_cy). A city's 公文 as a Word file: goal sentences
for the city that NAME DISTRICT SHARES ("其中泖湖区达到…、桐汀区达到…", "其中泖湖区不少于120个、桐汀区不少于100个、其余各区县各不少于
40个"), a sentence "各区县至少培育1个…", tasks 1.–15. numbered on across four groups, led by 市 bodies with 各区县人民政府 /
各区县政府 responsible, one task annotated with a district's government, safeguards, 抄送 / 印发."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "maochuan-city-ai-plus-implementation-2026-synthetic"
KIND = "docx"

# code → (full name, category, printed forms)
A = {
    "fgw": ("泖川市发展和改革委员会", "development_reform", ["市发展改革委"]),
    "gxj": ("泖川市工业和信息化局", "industry_it", ["市工业和信息化局"]),
    "kjj": ("泖川市科学技术局", "science_technology", ["市科技局"]),
    "sjj": ("泖川市数据局", "big_data", ["市数据局"]),
    "jyj": ("泖川市教育局", "education", ["市教育局"]),
    "rsj": ("泖川市人力资源和社会保障局", "human_resources", ["市人力资源社会保障局"]),
    "nyj": ("泖川市农业农村局", "agriculture", ["市农业农村局"]),
    "swj": ("泖川市商务局", "commerce", ["市商务局"]),
    "wjw": ("泖川市卫生健康委员会", "health", ["市卫生健康委"]),
    "wlj": ("泖川市文化广电旅游局", "culture_tourism", ["市文化广电旅游局"]),
    "jtj": ("泖川市交通运输局", "transport", ["市交通运输局"]),
    "cgj": ("泖川市城市管理局", "housing_construction", ["市城市管理局"]),
    "rcb": ("中共泖川市委人才工作领导小组办公室", "party_organisation", ["市委人才办"]),
    "mzj": ("泖川市民政局", "civil_affairs", ["市民政局"]),
    "mhq": ("泖川市泖湖区人民政府", "local_government", ["泖湖区人民政府"]),
    "ttq": ("泖川市桐汀区人民政府", "local_government", ["桐汀区人民政府"]),
    "qx": ("泖川市各区县人民政府", "local_government", ["各区县人民政府", "各区县政府"]),
}
AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "泖川市推进“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "泖政办发〔2026〕8号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Maochuan City implementation plan for advancing “AI+” (2026–2027) — synthetic",
    "issuer": "泖川市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-27",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"《{TITLE}》已经市政府同意，现印发给你们，请结合实际认真组织实施。各区县人民政府要按照本方案确定的分区目标，于2026年4月底前制定本区县工作方案。"
BASIS = "我市是全省重要的先进制造业基地，2025年全市人工智能核心产业规模达到180亿元，人工智能相关企业320家，建成人工智能应用场景126个，其中泖湖区、桐汀区集聚了全市六成以上的人工智能企业，其余区县人工智能发展相对滞后，区域之间发展不平衡问题较为突出。"
GUIDE = "坚持全市一盘棋、分区压实责任，发挥泖湖区、桐汀区引领带动作用，推动各区县立足产业基础错位发展，加快人工智能与实体经济深度融合，为建设长江中游智造强市注入新动能。"
G1_TEXT = "到2026年底，全市人工智能核心产业规模达到260亿元，其中泖湖区达到110亿元、桐汀区达到70亿元；建成人工智能应用场景200个；人工智能相关企业达到400家。"
G2_TEXT = "到2027年，全市人工智能核心产业规模突破400亿元；全市建成人工智能应用场景500个，其中泖湖区不少于120个、桐汀区不少于100个、其余各区县各不少于40个；智能算力规模达到3000P；培育人工智能领域专精特新企业50家。各区县至少培育1个人工智能特色产业园区，形成“两核引领、多点支撑”的发展格局。"


def _goals():
    core26 = T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        260,
        "全市人工智能核心产业规模达到260亿元",
        kind="ai_industry_scale",
        deadline=2026,
    )
    g1 = [
        core26,
        T(
            "泖湖区人工智能核心产业规模",
            "亿元",
            "eq",
            110,
            "其中泖湖区达到110亿元",
            kind="ai_industry_scale",
            deadline=2026,
            parent=core26,
        ),
        T(
            "桐汀区人工智能核心产业规模",
            "亿元",
            "eq",
            70,
            "桐汀区达到70亿元",
            kind="ai_industry_scale",
            deadline=2026,
            parent=core26,
        ),
        T(
            "人工智能应用场景",
            "个",
            "eq",
            200,
            "建成人工智能应用场景200个",
            kind="application_scenarios",
            deadline=2026,
        ),
        T(
            "人工智能相关企业",
            "家",
            "eq",
            400,
            "人工智能相关企业达到400家",
            kind="ai_enterprises",
            deadline=2026,
        ),
    ]
    scenes = T(
        "人工智能应用场景",
        "个",
        "eq",
        500,
        "全市建成人工智能应用场景500个",
        kind="application_scenarios",
    )
    g2 = [
        T(
            "人工智能核心产业规模",
            "亿元",
            "gt",
            400,
            "全市人工智能核心产业规模突破400亿元",
            kind="ai_industry_scale",
        ),
        scenes,
        T(
            "泖湖区人工智能应用场景",
            "个",
            "gte",
            120,
            "其中泖湖区不少于120个",
            kind="application_scenarios",
            parent=scenes,
        ),
        T(
            "桐汀区人工智能应用场景",
            "个",
            "gte",
            100,
            "桐汀区不少于100个",
            kind="application_scenarios",
            parent=scenes,
        ),
        T(
            "其余每个区县人工智能应用场景",
            "个",
            "gte",
            40,
            "其余各区县各不少于40个",
            kind="application_scenarios",
            parent=scenes,
        ),
        T("智能算力规模", "P", "eq", 3000, "智能算力规模达到3000P", kind="computing_power"),
        T(
            "人工智能领域专精特新企业",
            "家",
            "eq",
            50,
            "培育人工智能领域专精特新企业50家",
            kind="ai_enterprises",
        ),
    ]
    for t in g1:
        assert t.phrase in G1_TEXT, t.phrase
    for t in g2:
        assert t.phrase in G2_TEXT, t.phrase
    return [Goal("到2026年底", G1_TEXT, g1), Goal("到2027年", G2_TEXT, g2)]


# groups: (numeral, heading, items (title, body, annotation, lead, supporting, responsible, targets))
GROUPS = [
    (
        "（一）",
        "夯实发展基础",
        [
            (
                "建设城市智算中心",
                "加快泖川人工智能计算中心二期建设，推动算力资源统一调度、普惠使用，面向中小企业发放算力券，对企业租用智能算力给予不超过实际费用30%的补贴。",
                "（牵头单位：市发展改革委；责任单位：市数据局、泖湖区人民政府）",
                ["fgw"],
                [],
                ["sjj", "mhq"],
                [],
            ),
            (
                "推进数据资源开发利用",
                "健全公共数据授权运营机制，围绕制造、交通、医疗等领域建设行业数据集，到2027年开放公共数据集200个。",
                "（市数据局牵头，市发展改革委配合，各区县人民政府按职责分工负责）",
                ["sjj"],
                ["fgw"],
                ["qx"],
                [T("开放公共数据集", "个", "eq", 200, "到2027年开放公共数据集200个")],
            ),
            (
                "建设人工智能应用体验中心",
                "在商业综合体、公共文化场馆布局人工智能应用体验空间，每个区县至少建设1个人工智能应用体验中心，集中展示本地人工智能产品和解决方案。",
                "（牵头单位：市商务局；责任单位：各区县人民政府）",
                ["swj"],
                [],
                ["qx"],
                [
                    T(
                        "每个区县人工智能应用体验中心",
                        "个",
                        "gte",
                        1,
                        "每个区县至少建设1个人工智能应用体验中心",
                    )
                ],
            ),
        ],
    ),
    (
        "（二）",
        "推动产业集聚发展",
        [
            (
                "打造泖湖人工智能产业集聚区",
                "支持泖湖区以泖湖科创城为核心建设人工智能产业集聚区，到2027年集聚人工智能企业200家以上，引育一批大模型和智能终端企业。",
                "（市工业和信息化局牵头，泖湖区人民政府负责）",
                ["gxj"],
                [],
                ["mhq"],
                [
                    T(
                        "泖湖区人工智能产业集聚区集聚人工智能企业",
                        "家",
                        "gte",
                        200,
                        "到2027年集聚人工智能企业200家以上",
                        kind="ai_enterprises",
                    )
                ],
            ),
            (
                "建设桐汀智能制造示范区",
                "支持桐汀区依托汽车零部件和电子信息产业基础，建设智能制造示范区，推动区内规上工业企业智能化改造，打造智能工厂20家。",
                "（市工业和信息化局牵头，市科技局配合，桐汀区人民政府负责）",
                ["gxj"],
                ["kjj"],
                ["ttq"],
                [T("桐汀区智能工厂", "家", "eq", 20, "打造智能工厂20家")],
            ),
            (
                "推动各区县特色发展",
                "引导其余各区县结合主导产业发展人工智能特色应用，各区县每年至少谋划实施2个人工智能重点项目，市级对成效突出的区县给予奖励。",
                "（市发展改革委牵头，各区县政府负责）",
                ["fgw"],
                [],
                ["qx"],
                [],
            ),
            (
                "培育壮大企业主体",
                "建立人工智能企业培育库，实施专精特新企业梯度培育，支持本地企业参与行业大模型研发和场景应用，对首次入选国家级专精特新“小巨人”的企业给予奖励。",
                "（市工业和信息化局、市科技局按职责分工负责）",
                [],
                [],
                ["gxj", "kjj"],
                [],
            ),
        ],
    ),
    (
        "（三）",
        "拓展应用场景",
        [
            (
                "推进“人工智能+制造”",
                "推广工业视觉质检、预测性维护、智能排产等应用，到2027年全市规上工业企业数字化转型覆盖率达到80%。",
                "（市工业和信息化局牵头，各区县人民政府负责）",
                ["gxj"],
                [],
                ["qx"],
                [
                    T(
                        "规上工业企业数字化转型覆盖率",
                        "%",
                        "eq",
                        80,
                        "到2027年全市规上工业企业数字化转型覆盖率达到80%",
                    )
                ],
            ),
            (
                "推进“人工智能+农业”",
                "在粮食、水产主产区推广智能农机和遥感监测，建设智慧农场，推动农产品智能分拣和冷链追溯。",
                "（市农业农村局牵头，各区县人民政府负责）",
                ["nyj"],
                [],
                ["qx"],
                [],
            ),
            (
                "推进“人工智能+交通”",
                "推进主城区信号灯智能配时和公交智能调度，开展智能网联汽车道路测试，在桐汀区开通自动驾驶公交示范线路2条。",
                "（市交通运输局牵头，桐汀区人民政府负责）",
                ["jtj"],
                [],
                ["ttq"],
                [
                    T(
                        "桐汀区自动驾驶公交示范线路",
                        "条",
                        "eq",
                        2,
                        "在桐汀区开通自动驾驶公交示范线路2条",
                    )
                ],
            ),
            (
                "推进“人工智能+医疗”",
                "推动市级医院建设智慧医院，推广人工智能辅助诊断和智能导诊，推进县域医共体远程影像、远程心电智能诊断。",
                "（市卫生健康委牵头，各区县人民政府负责）",
                ["wjw"],
                [],
                ["qx"],
                [],
            ),
            (
                "推进“人工智能+教育”",
                "在中小学开设人工智能课程，建设人工智能教育示范校30所，开展教师人工智能素养培训。",
                "（市教育局牵头，各区县政府负责）",
                ["jyj"],
                [],
                ["qx"],
                [T("人工智能教育示范校", "所", "eq", 30, "建设人工智能教育示范校30所")],
            ),
            (
                "推进“人工智能+城市治理”",
                "建设城市运行管理服务平台智能中枢，推广市容秩序、违章建筑、井盖监测等智能识别应用，推进基层治理智能化。",
                "（市城市管理局牵头，市民政局配合，各区县人民政府负责）",
                ["cgj"],
                ["mzj"],
                ["qx"],
                [],
            ),
            (
                "推进“人工智能+文旅”",
                "推动重点景区建设智能导览和客流监测系统，开发数字人讲解和人工智能文创产品，打造智慧旅游示范景区10家。",
                "（市文化广电旅游局牵头，各区县人民政府负责）",
                ["wlj"],
                [],
                ["qx"],
                [T("智慧旅游示范景区", "家", "eq", 10, "打造智慧旅游示范景区10家")],
            ),
        ],
    ),
    (
        "（四）",
        "强化人才支撑",
        [
            (
                "加强人才引育",
                "实施“泖川英才”计划人工智能专项，引进人工智能领域高层次人才团队15个，每年开展人工智能技能培训1万人次。",
                "（市委人才办牵头，市人力资源社会保障局、市科技局配合）",
                ["rcb"],
                ["rsj", "kjj"],
                [],
                [
                    T(
                        "引进人工智能领域高层次人才团队",
                        "个",
                        "eq",
                        15,
                        "引进人工智能领域高层次人才团队15个",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T(
                        "人工智能技能培训",
                        "人次",
                        "eq",
                        10000,
                        "每年开展人工智能技能培训1万人次",
                        kind="talent",
                        per_year=True,
                    ),
                ],
            ),
        ],
    ),
]
SAFEGUARDS = [
    (
        "加强组织领导",
        "成立市推进“人工智能+”行动领导小组，办公室设在市工业和信息化局。各区县人民政府是本区县“人工智能+”行动的责任主体，要将分区目标逐项分解到年度、落实到项目。",
    ),
    (
        "强化资金保障",
        "市财政统筹产业发展专项资金支持人工智能重点项目和应用场景建设，鼓励各区县设立相应配套资金，引导社会资本投向人工智能领域。",
    ),
    (
        "实施考核评估",
        "将分区目标完成情况纳入各区县高质量发展综合绩效考核，每半年通报一次各区县应用场景建设进度，对未完成年度目标的区县进行约谈。",
    ),
    (
        "营造良好氛围",
        "办好人工智能应用创新大赛，及时总结推广各区县典型经验做法，营造全社会关注、支持、参与“人工智能+”行动的良好氛围。",
    ),
]
CC = "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市法院，市检察院。"
PRINTED = "泖川市人民政府办公室　　　　　　　　2026年3月27日印发"


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


def _build():
    blocks = [
        ("head", "泖川市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"泖川市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各区县人民政府，市政府各部门："),
        ("body", NOTICE),
        ("sign", "泖川市人民政府办公室"),
        ("date", "2026年3月27日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        (
            "body",
            "为加快推进“人工智能+”行动，推动全市人工智能产业分区协同发展，结合我市实际，制定本实施方案。",
        ),
        ("h1", "一、发展基础"),
        ("body", BASIS),
        ("h1", "二、总体要求和主要目标"),
        ("body", GUIDE),
        ("body", G1_TEXT),
        ("body", G2_TEXT),
        ("h1", "三、重点任务"),
    ]
    goals = _goals()
    groups = []
    n = 0
    for gi, (gno, gtitle, items) in enumerate(GROUPS, 1):
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for title, body, ann, lead, sup, resp, targets in items:
            n += 1
            no = f"{n}."
            blocks.append(("item", (f"{no}{title}。", body + ann)))
            tasks.append(
                Task(
                    no, title, f"{title}。{body}{ann}", lead=lead, supporting=sup, responsible=resp
                )
            )
            for t in targets:
                assert t.phrase in body, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        groups.append(Section(str(gi), gno, gtitle, "key_task", tasks))
    blocks.append(("h1", "四、保障措施"))
    sg = []
    for i, (title, body) in enumerate(SAFEGUARDS):
        no = f"（{'一二三四'[i]}）"
        blocks.append(("item", (f"{no}{title}。", body)))
        sg.append(Task(no, title, f"{title}。{body}"))
    blocks += [("rule", ""), ("addressee", CC), ("addressee", PRINTED)]
    resolve_parents(goals)
    sections = [
        Section("三", "三、", "重点任务", "key_task", sections=groups),
        Section("四", "四、", "保障措施", "safeguard", sg),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "maochuan-city",
        "name": "泖川市",
        "name_en": "Maochuan City",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 泖川市推进“人工智能+”行动实施方案（2026—2027年） (泖川市人民政府办公室, 泖政办发〔2026〕8号, 2026-03-27)
# — SYNTHETIC (synthetic_cy): WRITTEN by helper blindCY (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_maochuan.py as a Word file (.docx).
# Zone maochuan-city (an invented prefecture-level city; its province never named) → city level; period 2026–2027.
# Outline: red head, 发文字号, notice ("4月底前制定本区县工作方案": no target), page break, title, a purpose line; 一、发展基础 (2025
#   baselines 180亿元, 320家, 126个, 六成: no targets); 二、总体要求和主要目标 = a guiding paragraph and two dated goal paragraphs →
#   goals "到2026年底" (5 targets, due 2026) and "到2027年" (7); 三、重点任务 groups （一）–（四） of items 1.–15. NUMBERED ON, each
#   "N.标题。正文（annotation）"; 四、保障措施 （一）–（四） unannotated; 抄送 / 印发.
# Roles: "（牵头单位：X；责任单位：Y）" → lead + responsible; "（X牵头，Y配合，各区县人民政府按职责分工负责）" → lead + supporting +
#   responsible; "（X牵头，各区县人民政府负责）" / "（X牵头，各区县政府负责）" → lead + responsible; "（X、Y按职责分工负责）" → responsible.
#   各区县人民政府 and 各区县政府 = ONE collective agency (the city's districts and counties; a bare 政府 the same places', SOURCES.md).
#   泖湖区人民政府 and 桐汀区人民政府 are agencies because annotations name them (tasks 1, 4, 5, 10); the districts named in the goals
#   are not agencies by that. "办公室设在市工业和信息化局" and "各区县人民政府是…责任主体" in the safeguards assign no role.
# District shares (the set's topic; SYNTHETIC_CY.md "Conventions this set adds"): "其中泖湖区达到110亿元、桐汀区达到70亿元" → two
#   targets whose metric names the district (泖湖区人工智能核心产业规模), parent the city's 260亿元 (T1), due 2026; "其中泖湖区不少于
#   120个、桐汀区不少于100个" → gte targets of the named districts, parent the city's 500个 (T7); "其余各区县各不少于40个" → ONE target,
#   a quota for each remaining unit (metric 其余每个区县人工智能应用场景, gte 40), parent T7 too — not multiplied out (the text never says
#   how many 其余 there are). "各区县至少培育1个人工智能特色产业园区" (a clause whose subject is 各区县) → no target, as SOURCES.md's
#   "各县区每年至少谋划储备2个项目"; likewise task 6's "各区县每年至少谋划实施2个…项目". Task 3's "每个区县至少建设1个…体验中心" IS a
#   quota (metric names the unit). A figure of a task about one named district (task 4's 泖湖区 集聚区 200家以上, task 5's 桐汀区 智能工厂
#   20家, task 10's 在桐汀区…线路2条) is a target whose metric names the district (no parent: the goals print no city total of it).
# Other targets: task figures due 2027; "每年…1万人次" per-year (10000); 引进…15个 flow. Not targets: the 算力券 rate 30%, rewards,
#   "两核引领、多点支撑" (a slogan), "每半年通报一次".
"""

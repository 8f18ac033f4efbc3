# ruff: noqa: E501  (plan text as the department writes it)
"""湖南省“人工智能+农业”行动方案（2026—2028年） — INVENTED (synthetic_bt). A province 农业农村厅's plan built as .docx and
printed to PDF by LibreOffice: red head, 发文字号, notice, a 2025 baseline paragraph, a goals paragraph "到2028年，…" and a
2026–2028 indicator table (2025 column a baseline), 三、重点任务 of six groups （一）–（六） holding items 1.… restarting in each,
each item followed on its OWN line by "牵头处室：X　参与单位：Y、Z" (or 牵头处室 alone) naming the 厅's 处室 and 直属单位, 省农业
科学院 as a partner and 各市（州）农业农村局 as a collective; 四、保障措施 （一）–（四）; 抄送 / 印发."""

from synthetic_model import Agency, Goal, Section, Target, Task, safeguard_items

SLUG = "hunan-agriculture-ai-plus-action-2026-synthetic"
KIND = "pdf"

A = {
    "发展规划处": ("fgc", "湖南省农业农村厅发展规划处", "agriculture"),
    "市场与信息化处": ("sxc", "湖南省农业农村厅市场与信息化处", "agriculture"),
    "种植业管理处": ("zzc", "湖南省农业农村厅种植业管理处", "agriculture"),
    "畜牧兽医处": ("xmc", "湖南省农业农村厅畜牧兽医处", "agriculture"),
    "科技教育处": ("kjc", "湖南省农业农村厅科技教育处", "agriculture"),
    "计划财务处": ("jcc", "湖南省农业农村厅计划财务处", "agriculture"),
    "农田建设管理处": ("ntc", "湖南省农业农村厅农田建设管理处", "agriculture"),
    "农业机械化管理处": ("njc", "湖南省农业农村厅农业机械化管理处", "agriculture"),
    "渔业渔政管理处": ("yyc", "湖南省农业农村厅渔业渔政管理处", "agriculture"),
    "农产品质量安全监管处": ("zac", "湖南省农业农村厅农产品质量安全监管处", "agriculture"),
    "乡村产业发展处": ("xcc", "湖南省农业农村厅乡村产业发展处", "agriculture"),
    "省农业信息中心": ("xxzx", "湖南省农业信息中心", "agriculture"),
    "省植保植检站": ("zbz", "湖南省植保植检站", "agriculture"),
    "省畜牧水产事务中心": ("xmzx", "湖南省畜牧水产事务中心", "agriculture"),
    "省农业科学院": ("nky", "湖南省农业科学院", "science_technology"),
    "各市（州）农业农村局": ("szj", "湖南省各市（州）农业农村局", "agriculture"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
C = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "湖南省“人工智能+农业”行动方案（2026—2028年）"
DOC_NUMBER = "湘农发〔2026〕18号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Hunan Province “AI + agriculture” action plan (2026–2028) — synthetic",
    "issuer": "湖南省农业农村厅",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-20",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2027, 2028],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"现将《{TITLE}》印发给你们，请结合实际认真组织实施。各市（州）农业农村局要制定本地具体落实措施，于每年12月10日前将年度工作进展情况报送厅市场与信息化处。"
PREAMBLE = "为贯彻落实国家关于深入实施“人工智能+”行动的决策部署和农业农村部推进智慧农业发展的工作要求，加快人工智能技术在农业生产、经营、管理和服务各环节的创新应用，推动农业发展方式向数字化、智能化转变，助力建设农业强省，制定本方案。方案实施期为2026—2028年，坚持需求导向、应用牵引、数据驱动、安全可控，聚焦粮食安全和重要农产品稳定供给，以“湘农智脑”农业大模型为核心，以智慧农业示范基地为载体，推动人工智能在农业生产经营管理服务各环节深度应用，促进农业提质增效、农民增收致富。"
BASE = "2025年，全省农业生产信息化率为58%，建成省级智慧农业示范基地36个，病虫害智能监测点1200个，北斗智能终端农机装备3.2万台，农业人工智能应用仍处于起步阶段，存在数据资源分散、模型算法适用性不强、基层应用能力不足等问题。"
GOAL = "到2028年，全省农业生产信息化率达到70%，建成省级智慧农业示范基地120个，“湘农智脑”农业大模型服务农业经营主体10万家以上，培育农业人工智能骨干企业30家，建设农业行业高质量数据集20个，人工智能在粮油、生猪、蔬菜、茶叶、水产等优势特色产业中广泛应用，智慧农业发展水平进入全国第一方阵。"
GOAL_T = [
    T("农业生产信息化率", "%", "eq", 70, "全省农业生产信息化率达到70%"),
    T("省级智慧农业示范基地", "个", "eq", 120, "建成省级智慧农业示范基地120个"),
    T(
        "“湘农智脑”农业大模型服务农业经营主体",
        "家",
        "gte",
        100000,
        "“湘农智脑”农业大模型服务农业经营主体10万家以上",
    ),
    T(
        "农业人工智能骨干企业",
        "家",
        "eq",
        30,
        "培育农业人工智能骨干企业30家",
        kind="ai_enterprises",
    ),
    T("农业行业高质量数据集", "个", "eq", 20, "建设农业行业高质量数据集20个"),
]
TABLE_TITLE = "“人工智能+农业”发展主要指标（2026—2028年）"
# row: metric, unit, 2025 (baseline), 2026, 2027, 2028, comparator, 2028 restated by the goals paragraph?
ROWS = [
    ("农业生产信息化率", "%", "58", "62", "66", "70", "eq", True),
    ("省级智慧农业示范基地", "个", "36", "60", "90", "120", "eq", True),
    ("农业大模型应用场景", "个", "8", "20", "35", "50", "eq", False),
    ("病虫害智能监测点", "个", "1200", "1500", "1800", "2000", "eq", False),
    ("北斗智能终端农机装备", "万台", "3.2", "4", "4.8", "5.5", "eq", False),
    ("畜禽规模养殖场智能化覆盖率", "%", "35", "45", "55", "65", "eq", False),
]


def _table_targets():
    out = []
    for metric, unit, _base, *years, comp, restated in ROWS:
        phrase = metric + unit + _base + "".join(years)
        for year, value in zip((2026, 2027, 2028), years, strict=True):
            if year == 2028 and restated:
                continue
            v = float(value)
            u = unit
            if unit == "万台":
                v, u = round(v * 10000), "台"
            out.append(T(metric, u, comp, v if v != int(v) else int(v), phrase, deadline=year))
    return out


# group: (numbering, title, items); item: (title, rest, lead, supporting, targets)
GROUPS = [
    (
        "（一）",
        "夯实农业人工智能数据和算力基础",
        [
            (
                "建设全省农业农村大数据平台",
                "整合种植、畜牧、渔业、农机、农产品质量安全等业务数据，建设全省农业农村大数据平台，2026年底前实现厅属业务系统数据全量汇聚，推动与自然资源、气象、水利等部门数据共享。",
                ["市场与信息化处"],
                ["省农业信息中心", "各市（州）农业农村局"],
                [],
            ),
            (
                "建设农业行业高质量数据集",
                "围绕水稻、油菜、生猪、柑橘、茶叶等主导产业，开展数据采集、标注和治理，建设农业行业高质量数据集20个，建立数据集更新维护和开放共享机制。",
                ["市场与信息化处", "科技教育处"],
                ["省农业信息中心", "省农业科学院"],
                [],
            ),
            (
                "统筹农业智能算力资源",
                "依托省级算力调度平台统筹农业领域算力需求，为农业大模型训练和推理提供算力支撑，推动算力资源向县域农业应用延伸。",
                ["市场与信息化处"],
                ["省农业信息中心"],
                [],
            ),
        ],
    ),
    (
        "（二）",
        "打造“湘农智脑”农业大模型",
        [
            (
                "研发“湘农智脑”农业大模型",
                "联合科研院所和企业研发农业行业大模型，构建种植、养殖、农机、市场等专业知识库，2027年底前发布“湘农智脑”2.0版本，形成农技问答、灾情研判、生产决策等核心能力。",
                ["科技教育处"],
                ["省农业科学院", "省农业信息中心"],
                [],
            ),
            (
                "推广农业大模型应用场景",
                "面向农业生产经营主体开放应用场景，打造农业大模型应用场景50个，建立场景清单和成果推广目录。",
                ["市场与信息化处"],
                ["各市（州）农业农村局"],
                [],
            ),
            (
                "建设智能农技服务体系",
                "依托“湘农智脑”建设智能农技服务平台，为基层农技人员和农户提供在线问诊、远程指导等服务，年服务农户不少于50万人次。",
                ["科技教育处"],
                ["省农业信息中心", "各市（州）农业农村局"],
                [
                    T(
                        "智能农技服务平台服务农户",
                        "人次",
                        "gte",
                        500000,
                        "年服务农户不少于50万人次",
                        per_year=True,
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "（三）",
        "推进种植业智能化",
        [
            (
                "推进粮油生产智能管控",
                "在水稻、油菜主产区建设智能化生产管控示范片，推广苗情长势遥感监测、智能灌溉和精准施肥，建设粮油智能管控示范片100个，示范片亩均节本增效100元以上。",
                ["种植业管理处"],
                ["农田建设管理处", "各市（州）农业农村局"],
                [
                    T("粮油智能管控示范片", "个", "eq", 100, "建设粮油智能管控示范片100个"),
                    T("示范片亩均节本增效", "元", "gte", 100, "示范片亩均节本增效100元以上"),
                ],
            ),
            (
                "提升病虫害智能监测预警能力",
                "完善病虫害智能监测网络，新建病虫害智能监测点800个，重大病虫害监测预警准确率达到90%以上。",
                ["种植业管理处"],
                ["省植保植检站", "省农业科学院"],
                [
                    T(
                        "新建病虫害智能监测点",
                        "个",
                        "eq",
                        800,
                        "新建病虫害智能监测点800个",
                        aggregation="flow",
                    ),
                    T(
                        "重大病虫害监测预警准确率",
                        "%",
                        "gte",
                        90,
                        "重大病虫害监测预警准确率达到90%以上",
                    ),
                ],
            ),
            (
                "推进高标准农田智能化改造",
                "结合高标准农田建设，对50万亩高标准农田开展智能化改造，配套建设土壤墒情、气象、虫情等物联网感知设施。",
                ["农田建设管理处"],
                ["各市（州）农业农村局"],
                [T("高标准农田智能化改造", "亩", "eq", 500000, "对50万亩高标准农田开展智能化改造")],
            ),
            (
                "建设智慧茶园和智慧果园",
                "在茶叶、柑橘优势区建设智慧茶园示范基地20个、智慧果园示范基地15个，推广智能采摘、病害识别和品质分级技术。",
                ["种植业管理处"],
                ["乡村产业发展处", "省农业科学院"],
                [
                    T("智慧茶园示范基地", "个", "eq", 20, "建设智慧茶园示范基地20个"),
                    T("智慧果园示范基地", "个", "eq", 15, "智慧果园示范基地15个"),
                ],
            ),
        ],
    ),
    (
        "（四）",
        "推进畜牧渔业智能化",
        [
            (
                "推进生猪养殖智能化",
                "推广智能环控、精准饲喂、个体识别和疫病智能诊断技术，建设生猪智能化养殖示范场150个，畜禽规模养殖场智能化覆盖率达到65%。",
                ["畜牧兽医处"],
                ["省畜牧水产事务中心", "各市（州）农业农村局"],
                [T("生猪智能化养殖示范场", "个", "eq", 150, "建设生猪智能化养殖示范场150个")],
            ),
            (
                "提升动物疫病智能防控水平",
                "建设动物疫病智能监测预警系统，对重大动物疫病实施风险智能评估，强制免疫数据实现实时采集和智能分析。",
                ["畜牧兽医处"],
                ["省畜牧水产事务中心"],
                [],
            ),
            (
                "发展智慧渔业",
                "在洞庭湖区和重点养殖池塘推广水质在线监测、智能增氧和精准投喂，建设智慧渔场30个。",
                ["渔业渔政管理处"],
                ["省畜牧水产事务中心", "各市（州）农业农村局"],
                [T("智慧渔场", "个", "eq", 30, "建设智慧渔场30个")],
            ),
            (
                "加强禁捕水域智能监管",
                "完善长江流域重点水域禁捕智能监控系统，实现重点水域视频监控和智能识别全覆盖，非法捕捞行为智能识别预警率达到95%。",
                ["渔业渔政管理处"],
                ["省农业信息中心"],
                [
                    T(
                        "非法捕捞行为智能识别预警率",
                        "%",
                        "eq",
                        95,
                        "非法捕捞行为智能识别预警率达到95%",
                    )
                ],
            ),
        ],
    ),
    (
        "（五）",
        "推进农机装备和农业经营管理智能化",
        [
            (
                "推广智能农机装备",
                "推动北斗导航、自动驾驶、智能作业监测等技术在农机装备上集成应用，北斗智能终端农机装备达到5.5万台，落实农机购置与应用补贴政策，对智能农机装备按规定给予累加补贴。",
                ["农业机械化管理处"],
                ["计划财务处", "各市（州）农业农村局"],
                [],
            ),
            (
                "建设农产品质量安全智能追溯体系",
                "推进农产品质量安全追溯平台智能化升级，纳入追溯管理的规模生产经营主体达到3万家，实现主要农产品“码上溯源”。",
                ["农产品质量安全监管处"],
                ["省农业信息中心"],
                [
                    T(
                        "纳入追溯管理的规模生产经营主体",
                        "家",
                        "eq",
                        30000,
                        "纳入追溯管理的规模生产经营主体达到3万家",
                    )
                ],
            ),
            (
                "推进农产品市场智能监测",
                "运用人工智能开展农产品价格、供需和舆情监测分析，每月发布重点农产品市场分析报告，每年不少于12期。",
                ["市场与信息化处"],
                ["省农业信息中心"],
                [
                    T(
                        "重点农产品市场分析报告",
                        "期",
                        "gte",
                        12,
                        "每年不少于12期",
                        per_year=True,
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推进乡村产业智能化",
                "支持农产品加工企业实施智能化改造，培育智能化农产品加工示范企业60家，发展农村电商智能营销和直播服务。",
                ["乡村产业发展处"],
                ["各市（州）农业农村局"],
                [T("智能化农产品加工示范企业", "家", "eq", 60, "培育智能化农产品加工示范企业60家")],
            ),
        ],
    ),
    (
        "（六）",
        "完善农业人工智能创新和人才支撑",
        [
            (
                "开展农业人工智能关键技术攻关",
                "围绕农业智能感知、智能决策、智能装备等方向，组织实施农业人工智能科技攻关项目30项，推动一批成果转化应用。",
                ["科技教育处"],
                ["省农业科学院"],
                [
                    T(
                        "农业人工智能科技攻关项目",
                        "项",
                        "eq",
                        30,
                        "组织实施农业人工智能科技攻关项目30项",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "培育农业人工智能企业",
                "引导涉农企业与人工智能企业合作，培育农业人工智能骨干企业30家，支持企业参与智慧农业示范基地建设。",
                ["乡村产业发展处", "市场与信息化处"],
                [],
                [],
            ),
            (
                "培养智慧农业人才",
                "将人工智能应用纳入高素质农民培育和农技人员培训内容，每年培训基层农技人员和新型农业经营主体带头人2万人次以上。",
                ["科技教育处"],
                ["各市（州）农业农村局"],
                [
                    T(
                        "培训基层农技人员和新型农业经营主体带头人",
                        "人次",
                        "gte",
                        20000,
                        "每年培训基层农技人员和新型农业经营主体带头人2万人次以上",
                        per_year=True,
                        aggregation="flow",
                    )
                ],
            ),
            (
                "加强智慧农业规划和标准建设",
                "编制全省智慧农业发展规划，制定农业数据采集、智能装备作业等地方标准10项以上，健全智慧农业标准体系。",
                ["发展规划处"],
                ["市场与信息化处", "省农业科学院"],
                [
                    T(
                        "智慧农业地方标准",
                        "项",
                        "gte",
                        10,
                        "制定农业数据采集、智能装备作业等地方标准10项以上",
                    )
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立厅“人工智能+农业”行动工作专班，由厅主要负责同志任组长，专班办公室设在厅市场与信息化处，统筹推进各项任务落实。各市（州）农业农村局要建立相应工作机制，加强上下联动。",
    ),
    (
        "（二）",
        "加大资金支持",
        "统筹省级乡村振兴和农业发展相关资金，2026年安排1.2亿元支持智慧农业示范基地和应用场景建设，对验收合格的省级智慧农业示范基地每个给予最高80万元补助，引导金融和社会资本加大投入。",
    ),
    (
        "（三）",
        "强化数据安全",
        "落实数据安全和个人信息保护要求，建立农业数据分类分级管理制度，加强农业大模型应用安全评估，确保农业数据安全可控。",
    ),
    (
        "（四）",
        "强化监测评估",
        "建立行动方案实施年度监测评估机制，将任务落实情况纳入厅机关处室和直属单位年度绩效考核，及时总结推广典型经验和优秀案例。",
    ),
]


def _roles_line(lead, sup):
    line = f"牵头处室：{'、'.join(lead)}"
    if sup:
        line += f"　参与单位：{'、'.join(sup)}"
    return line


def _build():
    blocks = [
        ("head", "湖南省农业农村厅文件"),
        ("docno", DOC_NUMBER),
        ("title", f"湖南省农业农村厅关于印发《{TITLE}》的通知"),
        ("addressee", "各市（州）农业农村局，厅机关各处室、直属各单位："),
        ("body", NOTICE),
        ("sign", "湖南省农业农村厅"),
        ("date", "2026年4月20日"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("h1", "一、发展基础"),
        ("body", BASE),
        ("pagebreak", ""),
        ("h1", "二、总体目标"),
        ("body", GOAL),
        ("caption", "表1　" + TABLE_TITLE),
        (
            "table",
            [["指标", "单位", "2025年", "2026年", "2027年", "2028年"]]
            + [list(r[:6]) for r in ROWS],
        ),
        ("h1", "三、重点任务"),
    ]
    for t in GOAL_T:
        assert t.phrase in GOAL, t.phrase
    goals = [Goal("到2028年", GOAL, GOAL_T), Goal(TABLE_TITLE, TABLE_TITLE, _table_targets())]
    subs = []
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for n, (title, rest, lead, sup, targets) in enumerate(items, 1):
            line = _roles_line(lead, sup)
            blocks.append(("item", (f"{n}.{title}。", rest)))
            blocks.append(("plain", line))
            tasks.append(
                Task(
                    f"{n}.",
                    title,
                    f"{title}。{rest}{line}",
                    lead=[C[x] for x in lead],
                    supporting=[C[x] for x in sup],
                )
            )
            for t in targets:
                assert t.phrase in rest, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=f"{n}."))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sections = [Section("三", "三、", "重点任务", "key_task", sections=subs)]
    sg = safeguard_items(blocks, "四、保障措施", SAFEGUARDS)
    sections.append(Section("四", "四、", "保障措施", "safeguard", sg))
    blocks += [
        ("rule", ""),
        (
            "addressee",
            "抄送：农业农村部市场与信息化司，省人民政府办公厅，省发展改革委，省工业和信息化厅，省数据局。",
        ),
        ("addressee", "湖南省农业农村厅办公室　　　　　　　　2026年4月20日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "hunan-province",
        "name": "湖南省",
        "name_en": "Hunan Province",
        "level": "municipality",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 湖南省“人工智能+农业”行动方案（2026—2028年） (湖南省农业农村厅, 湘农发〔2026〕18号, 2026-04-20)
# — SYNTHETIC (synthetic_bt): WRITTEN by the collector (helper blindBT, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_hunan.py as .docx, printed to PDF by LibreOffice.
# Zone hunan-province (a province; its 农业农村厅's plan) → municipality level (the schema's provincial level); period 2026–2028.
# Outline: red head, 发文字号, notice (reporting date 12月10日前: no target), page break, title, preamble; 一、发展基础 = 2025
#   baselines (58%, 36个, 1200个, 3.2万台: no targets); 二、总体目标 = "到2028年，…" (goal 到2028年, 5 targets) and 表1 (a goal
#   titled by its caption without "表1": each row's 2026 / 2027 / 2028 cells a target due that year, the 2025 column a baseline;
#   the rows 农业生产信息化率 and 省级智慧农业示范基地 print the paragraph's 2028 figures again → no second target for those two
#   cells); 三、重点任务 = six groups （一）–（六） (key_task sections under 三、) of items 1.… restarting in each group, each
#   "N.标题。正文" followed by its OWN line "牵头处室：X　参与单位：Y、Z" (or "牵头处室：X" alone); 四、保障措施 （一）–（四）
#   → safeguard tasks, no roles. 抄送 / 印发.
# Tasks: title = the bold heading; text = heading + body + the annotation line (an annotation on its own line after the task
#   belongs to it), without the number. No 完成时限, no due.
# Roles: 牵头处室 → lead (two names: both lead); 参与单位 → supporting (as 配合). 处室 full names 湖南省农业农村厅X; 直属单位 省农业
#   信息中心 / 省植保植检站 / 省畜牧水产事务中心; 省农业科学院 a partner outside the 厅; 各市（州）农业农村局 one collective.
#   农业农村部 and the provincial bodies in the 抄送 line, the notice's addressees and the 专班 in the safeguards state no role.
# Targets: an item holding figures of its own is also a goal titled like it (text = heading + body), due 2028. Restated, no
#   second target: （一）2's 高质量数据集20个 and （六）2's 骨干企业30家 (the goals paragraph's), （二）2's 应用场景50个, （四）1's
#   覆盖率达到65% and （五）1's 5.5万台 (the table's 2028 cells; those items keep no goal unless they hold another figure).
#   （三）2's 新建病虫害智能监测点800个 counts new points (the table counts all points, 2000): a target of its own (flow).
#   万 multiplied out: 4万台 → 40000 台, 10万家 → 100000 家, 50万亩 → 500000 亩, 3万家, 2万人次, 50万人次. Per year (flow): 年服务
#   农户, 每年培训, 每年不少于12期. Not targets: baselines; "2026年底前实现…全量汇聚" / "2027年底前发布…2.0版本" (a date and a version
#   number, no count); 1.2亿元 (a budget), 最高80万元补助 (a subsidy cap), 亩均节本增效100元以上 IS a target (a result to reach).
"""

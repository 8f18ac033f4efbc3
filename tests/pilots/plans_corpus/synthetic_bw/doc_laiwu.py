# ruff: noqa: E501  (plan text as the office writes it)
"""莱芜高新技术产业开发区“人工智能+”三年行动方案（2026—2028年） — INVENTED (synthetic_bw), a Word file: red head, 发文字号,
notice; 一、发展基础 (2025 baselines); 二、总体要求 （一）指导思想 （二）发展目标 = "到2028年，…" and an indicator table (2025 基期
column, 2026/2027/2028, 指标属性 预期性/约束性); 三、重点任务 = five 行动 （一）–（五） of items 1.–4. each closing on
"（牵头部门：X；责任单位：Y、Z；完成时限：2026年12月底前）"; 四、保障措施 （一）–（四） unannotated; 抄送 / 印发."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "laiwu-hitech-zone-ai-plus-three-year-2026-synthetic"
KIND = "docx"

A = {
    "经济发展局": ("jfj", "莱芜高新技术产业开发区管理委员会经济发展局", "development_reform"),
    "科技创新局": ("kcj", "莱芜高新技术产业开发区管理委员会科技创新局", "science_technology"),
    "招商服务局": ("zsj", "莱芜高新技术产业开发区管理委员会招商服务局", "commerce"),
    "规划建设局": ("gjj", "莱芜高新技术产业开发区管理委员会规划建设局", "housing_construction"),
    "社会事业局": ("ssj", "莱芜高新技术产业开发区管理委员会社会事业局", "civil_affairs"),
    "数据资源中心": ("sjzx", "莱芜高新技术产业开发区管理委员会数据资源中心", "big_data"),
    "财政金融局": ("cjj", "莱芜高新技术产业开发区管理委员会财政金融局", "finance"),
    "党群工作部": ("dqb", "莱芜高新技术产业开发区党群工作部", "party_organisation"),
    "安全生产监督管理局": (
        "ajj",
        "莱芜高新技术产业开发区管理委员会安全生产监督管理局",
        "emergency",
    ),
    "莱芜高新投资发展集团有限公司": ("tzjt", "莱芜高新投资发展集团有限公司", "state_enterprise"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
CODE = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "莱芜高新技术产业开发区“人工智能+”三年行动方案（2026—2028年）"
DOC_NUMBER = "莱高管发〔2026〕3号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Laiwu High-tech Industrial Development Zone “AI+” three-year action plan (2026–2028) — synthetic",
    "issuer": "莱芜高新技术产业开发区管理委员会",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-16",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2027, 2028],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"现将《{TITLE}》印发给你们，请认真组织实施。各牵头部门要于每年12月10日前将年度工作进展报送经济发展局。"
BASE = "近年来，高新区坚持以数字化转型引领产业升级，人工智能产业发展基础不断夯实。2025年，全区人工智能核心产业营业收入达到18亿元，集聚人工智能相关企业46家，建成智能算力80P，获评省级智能工厂3家，打造“人工智能+”典型应用场景12个，规上工业企业数字化转型覆盖率达到62%。同时也要看到，高新区人工智能企业规模总体偏小，原始创新能力不强，高端人才和数据要素供给不足，应用场景开放的系统性有待加强。"
GUIDE = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实国家、省、市关于实施“人工智能+”行动的决策部署，立足高新区新材料、高端装备、电子信息等产业基础，以场景开放为牵引，以算力、数据、模型为支撑，以企业培育为关键，推动人工智能与实体经济深度融合，加快打造鲁中地区人工智能创新应用先行区。"
GOAL_TEXT = "到2028年，高新区人工智能核心产业营业收入突破50亿元，人工智能企业达到100家以上，智能算力规模达到500P，打造“人工智能+”应用场景60个以上，培育人工智能领域专精特新中小企业15家，建成省级以上人工智能创新平台10个，基本建成鲁中地区人工智能创新应用先行区。主要指标如下："
GOAL_TARGETS = [
    T(
        "人工智能核心产业营业收入",
        "亿元",
        "gt",
        50,
        "人工智能核心产业营业收入突破50亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能企业", "家", "gte", 100, "人工智能企业达到100家以上", kind="ai_enterprises"),
    T("智能算力规模", "P", "eq", 500, "智能算力规模达到500P", kind="computing_power"),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        60,
        "打造“人工智能+”应用场景60个以上",
        kind="application_scenarios",
    ),
    T(
        "人工智能领域专精特新中小企业",
        "家",
        "eq",
        15,
        "培育人工智能领域专精特新中小企业15家",
        kind="ai_enterprises",
    ),
    T(
        "省级以上人工智能创新平台",
        "个",
        "eq",
        10,
        "建成省级以上人工智能创新平台10个",
        kind="innovation_platforms",
    ),
]
CAPTION = "高新区“人工智能+”行动主要指标"
HEAD = ["序号", "指标名称", "单位", "2025年（基期）", "2026年", "2027年", "2028年", "指标属性"]
# (name, unit, base, 2026, 2027, 2028, attribute, years already a goals-paragraph target, kind)
ROWS = [
    (
        "人工智能核心产业营业收入",
        "亿元",
        "18",
        "25",
        "35",
        "50",
        "预期性",
        {2028},
        "ai_industry_scale",
    ),
    ("人工智能企业数量", "家", "46", "60", "80", "100", "预期性", {2028}, "ai_enterprises"),
    ("智能算力规模", "P", "80", "200", "350", "500", "预期性", {2028}, "computing_power"),
    (
        "“人工智能+”应用场景数量",
        "个",
        "12",
        "25",
        "40",
        "60",
        "预期性",
        {2028},
        "application_scenarios",
    ),
    ("规上工业企业数字化转型覆盖率", "%", "62", "75", "88", "100", "预期性", set(), None),
    ("重点企业数据安全风险评估覆盖率", "%", "70", "85", "95", "100", "约束性", set(), None),
]
PARTS = "围绕上述目标，组织实施五大行动、20项重点任务。"

# (numbering, title, items); item: (title, rest, lead, responsible, 完成时限 year or None (持续推进), targets)
ACTIONS = [
    (
        "（一）",
        "算力数据筑基行动",
        [
            (
                "建设高新区智算中心",
                "由莱芜高新投资发展集团有限公司作为建设运营主体，加快推进高新区智算中心建设，项目总投资12亿元，2026年建成一期，新增智能算力120P，推动算力资源纳入全省算力调度体系。对区内企业租用智算中心算力的，按照实际支付费用的20%给予补助，单个企业每年最高不超过100万元。",
                "经济发展局",
                ["莱芜高新投资发展集团有限公司", "财政金融局"],
                2026,
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        120,
                        "新增智能算力120P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "建设行业高质量数据集",
                "聚焦新材料、高端装备、电子信息等主导产业，支持龙头企业牵头建设行业高质量数据集6个，推动数据集在产业链上下游企业间共享复用，探索建立数据集登记、评估和交易流通机制。",
                "数据资源中心",
                ["经济发展局", "科技创新局"],
                2027,
                [T("行业高质量数据集", "个", "eq", 6, "建设行业高质量数据集6个")],
            ),
            (
                "推进公共数据开放利用",
                "完善高新区公共数据资源目录，推动企业登记、用能、用工、环保等数据按需共享，每年新增开放公共数据集20个，在企业服务、园区治理等领域上线数据产品5个以上。",
                "数据资源中心",
                ["经济发展局", "社会事业局"],
                None,
                [
                    T(
                        "新增开放公共数据集",
                        "个",
                        "eq",
                        20,
                        "每年新增开放公共数据集20个",
                        per_year=True,
                    ),
                    T("上线数据产品", "个", "gte", 5, "上线数据产品5个以上"),
                ],
            ),
            (
                "完善新型网络基础设施",
                "推动5G网络、千兆光网在重点园区深度覆盖，新建5G基站120个，建设工业互联网标识解析二级节点1个，实现重点企业内网改造全覆盖。",
                "规划建设局",
                ["经济发展局", "莱芜高新投资发展集团有限公司"],
                2027,
                [
                    T("新建5G基站", "个", "eq", 120, "新建5G基站120个", aggregation="flow"),
                    T(
                        "工业互联网标识解析二级节点",
                        "个",
                        "eq",
                        1,
                        "建设工业互联网标识解析二级节点1个",
                    ),
                ],
            ),
        ],
    ),
    (
        "（二）",
        "创新能力提升行动",
        [
            (
                "建设人工智能创新平台",
                "支持企业联合高校院所建设人工智能重点实验室、技术创新中心、新型研发机构等创新平台，对新认定的省级创新平台给予最高200万元奖励。到2027年，新增省级以上人工智能创新平台4个。",
                "科技创新局",
                ["经济发展局", "财政金融局"],
                2027,
                [
                    T(
                        "新增省级以上人工智能创新平台",
                        "个",
                        "eq",
                        4,
                        "新增省级以上人工智能创新平台4个",
                        kind="innovation_platforms",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "开展关键技术攻关",
                "围绕工业视觉检测、智能控制、材料研发大模型等方向，每年组织实施人工智能关键技术攻关项目10项以上，形成一批具有自主知识产权的核心技术和产品。",
                "科技创新局",
                ["经济发展局"],
                None,
                [
                    T(
                        "人工智能关键技术攻关项目",
                        "项",
                        "gte",
                        10,
                        "每年组织实施人工智能关键技术攻关项目10项以上",
                        per_year=True,
                        kind="research_results",
                    )
                ],
            ),
            (
                "培育行业大模型",
                "支持龙头企业与模型企业合作，开发新材料研发、装备运维等行业垂直大模型3个，推动大模型在研发设计、生产管控、经营管理等环节落地应用。",
                "经济发展局",
                ["科技创新局", "数据资源中心"],
                2028,
                [T("行业垂直大模型", "个", "eq", 3, "开发新材料研发、装备运维等行业垂直大模型3个")],
            ),
            (
                "强化知识产权保护运用",
                "加强人工智能领域高价值专利培育，推动企业参与制定人工智能相关标准，完善知识产权快速维权机制，提升知识产权创造、运用、保护和管理水平。",
                "科技创新局",
                [],
                None,
                [],
            ),
        ],
    ),
    (
        "（三）",
        "产业集聚发展行动",
        [
            (
                "加大人工智能企业招引力度",
                "聚焦智能终端、智能机器人、行业软件等领域，开展产业链精准招商，每年招引人工智能领域项目8个以上，其中投资额10亿元以上项目1个。",
                "招商服务局",
                ["经济发展局", "科技创新局"],
                None,
                [
                    T(
                        "招引人工智能领域项目",
                        "个",
                        "gte",
                        8,
                        "每年招引人工智能领域项目8个以上",
                        per_year=True,
                    ),
                    T(
                        "投资额10亿元以上项目",
                        "个",
                        "eq",
                        1,
                        "其中投资额10亿元以上项目1个",
                        per_year=True,
                        parent="PREV",
                    ),
                ],
            ),
            (
                "建设人工智能产业园",
                "依托莱芜高新投资发展集团有限公司建设人工智能产业园，建筑面积8万平方米，2027年底前建成投用，入驻企业30家以上。",
                "莱芜高新投资发展集团有限公司",
                ["招商服务局", "规划建设局"],
                2027,
                [T("人工智能产业园入驻企业", "家", "gte", 30, "入驻企业30家以上")],
            ),
            (
                "培育专精特新企业",
                "建立人工智能企业梯次培育库，实施“小升规、规改股、股上市”培育计划，推动一批企业成长为专精特新中小企业和高新技术企业。",
                "经济发展局",
                ["科技创新局", "财政金融局"],
                None,
                [],
            ),
            (
                "设立人工智能产业基金",
                "设立规模5亿元的人工智能产业投资基金，重点投向区内初创期、成长期人工智能企业，引导社会资本加大对人工智能领域投资。",
                "财政金融局",
                ["莱芜高新投资发展集团有限公司"],
                2026,
                [],
            ),
        ],
    ),
    (
        "（四）",
        "融合应用赋能行动",
        [
            (
                "推进“人工智能+”制造",
                "推动规上工业企业实施智能化改造，每年实施智能化改造项目30个，到2028年建成省级智能工厂8家、智能制造示范车间20个。",
                "经济发展局",
                ["科技创新局", "安全生产监督管理局"],
                2028,
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        30,
                        "每年实施智能化改造项目30个",
                        per_year=True,
                    ),
                    T("省级智能工厂", "家", "eq", 8, "建成省级智能工厂8家"),
                    T("智能制造示范车间", "个", "eq", 20, "智能制造示范车间20个"),
                ],
            ),
            (
                "推进“人工智能+”园区治理",
                "建设高新区智慧园区综合管理平台，接入视频监控、环境监测、危化品运输等感知设备5000路，实现安全生产、生态环境风险智能预警。",
                "数据资源中心",
                ["安全生产监督管理局", "规划建设局"],
                2026,
                [
                    T(
                        "接入感知设备",
                        "路",
                        "eq",
                        5000,
                        "接入视频监控、环境监测、危化品运输等感知设备5000路",
                    )
                ],
            ),
            (
                "推进“人工智能+”政务服务",
                "推动政务服务“智能导办、智能预审、智能审批”，企业开办、项目审批等高频事项智能办理率达到80%，打造“高新智办”政务服务品牌。",
                "社会事业局",
                ["数据资源中心"],
                2027,
                [
                    T(
                        "高频事项智能办理率",
                        "%",
                        "eq",
                        80,
                        "企业开办、项目审批等高频事项智能办理率达到80%",
                    )
                ],
            ),
            (
                "推进“人工智能+”民生服务",
                "在教育、医疗、养老、社区服务等领域推广人工智能应用，建设智慧教育示范学校5所、智慧社区10个。",
                "社会事业局",
                ["数据资源中心", "规划建设局"],
                2028,
                [
                    T("智慧教育示范学校", "所", "eq", 5, "建设智慧教育示范学校5所"),
                    T("智慧社区", "个", "eq", 10, "智慧社区10个"),
                ],
            ),
        ],
    ),
    (
        "（五）",
        "人才生态优化行动",
        [
            (
                "引育人工智能人才",
                "实施高新区“汶源英才”引育计划，三年引进培育人工智能领域高层次人才50名，对顶尖人才团队给予最高500万元项目资助。",
                "党群工作部",
                ["科技创新局", "社会事业局"],
                2028,
                [
                    T(
                        "引进培育人工智能领域高层次人才",
                        "名",
                        "eq",
                        50,
                        "三年引进培育人工智能领域高层次人才50名",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "深化产教融合",
                "支持区内高校、职业院校与企业共建人工智能现代产业学院和实训基地，每年培训数字技能人才2000人次。",
                "社会事业局",
                ["党群工作部", "经济发展局"],
                None,
                [
                    T(
                        "培训数字技能人才",
                        "人次",
                        "eq",
                        2000,
                        "每年培训数字技能人才2000人次",
                        per_year=True,
                        kind="talent",
                    )
                ],
            ),
            (
                "举办产业交流活动",
                "每年举办人工智能产业对接会、应用场景发布会等活动4场以上，持续发布场景“机会清单”和“能力清单”。",
                "招商服务局",
                ["经济发展局", "科技创新局"],
                None,
                [
                    T(
                        "人工智能产业交流活动",
                        "场",
                        "gte",
                        4,
                        "每年举办人工智能产业对接会、应用场景发布会等活动4场以上",
                        per_year=True,
                    )
                ],
            ),
            (
                "营造安全发展环境",
                "建立人工智能应用安全评估机制，开展数据安全风险评估和算法安全检查，压实企业数据安全主体责任。",
                "数据资源中心",
                ["安全生产监督管理局", "经济发展局"],
                None,
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立高新区“人工智能+”行动工作专班，由管委会主要负责同志任组长，专班办公室设在经济发展局，负责统筹协调和日常调度，定期研究解决重大问题。",
    ),
    (
        "（二）",
        "加大政策支持",
        "统筹用好各级专项资金，每年安排人工智能发展专项资金不少于3000万元，对算力使用、场景建设、人才引育等给予支持。",
    ),
    (
        "（三）",
        "强化要素保障",
        "优先保障人工智能重点项目用地、用能需求，完善项目全生命周期服务机制，推动重点项目早落地、早投产、早见效。",
    ),
    (
        "（四）",
        "强化督导考核",
        "建立任务台账和月调度、季通报制度，将行动方案落实情况纳入部门年度考核，确保各项任务按期完成。",
    ),
]


def annotation(lead, resp, year):
    when = f"{year}年12月底前" if year else "持续推进"
    parts = [f"牵头部门：{lead}"]
    if resp:
        parts.append(f"责任单位：{'、'.join(resp)}")
    parts.append(f"完成时限：{when}")
    return "（" + "；".join(parts) + "）"


def _build():
    blocks = [
        ("head", "莱芜高新技术产业开发区管理委员会文件"),
        ("docno", DOC_NUMBER),
        ("title", f"关于印发《{TITLE}》的通知"),
        ("addressee", "管委会各部门、各直属单位，莱芜高新投资发展集团有限公司，区内各企业："),
        ("body", NOTICE),
        ("sign", "莱芜高新技术产业开发区管理委员会"),
        ("date", "2026年3月16日"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("h1", "一、发展基础"),
        ("body", BASE),
        ("h1", "二、总体要求"),
        ("h2", "（一）指导思想"),
        ("body", GUIDE),
        ("h2", "（二）发展目标"),
        ("body", GOAL_TEXT),
        ("caption", CAPTION),
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    rows = [HEAD]
    table_targets = []
    for i, (name, unit, base, y26, y27, y28, attr, restated, kind) in enumerate(ROWS, 1):
        cells = [str(i), name, unit, base, y26, y27, y28, attr]
        rows.append(cells)
        for k, (year, value) in enumerate(((2026, y26), (2027, y27), (2028, y28))):
            if year in restated:
                continue
            phrase = " ".join(cells[1 : 5 + k])
            table_targets.append(T(name, unit, "eq", int(value), phrase, deadline=year, kind=kind))
    blocks.append(("table", rows))
    goals = [Goal("到2028年", GOAL_TEXT, GOAL_TARGETS), Goal(CAPTION, CAPTION, table_targets)]
    blocks += [("h1", "三、重点任务"), ("body", PARTS)]
    subs = []
    for numbering, title, items in ACTIONS:
        blocks.append(("h2", f"{numbering}{title}"))
        tasks = []
        for n, (ititle, rest, lead, resp, year, targets) in enumerate(items, 1):
            note = annotation(lead, resp, year)
            blocks.append(("item", (f"{n}.{ititle}。", rest + note)))
            tasks.append(
                Task(
                    f"{n}.",
                    ititle,
                    f"{ititle}。{rest}{note}",
                    lead=[CODE[lead]],
                    responsible=[CODE[x] for x in resp],
                    due=f"{year}-12-31" if year else None,
                )
            )
            for t in targets:
                assert t.phrase in rest, t.phrase
                if year:
                    t.deadline = year
            if targets:
                goals.append(Goal(ititle, f"{ititle}。{rest}", targets, numbering=f"{n}."))
        subs.append(Section(numbering.strip("（）"), numbering, title, "key_task", tasks))
    sections = [Section("三", "三、", "重点任务", "key_task", sections=subs)]
    blocks.append(("h1", "四、保障措施"))
    sg = []
    for numbering, title, text in SAFEGUARDS:
        blocks.append(("item", (f"{numbering}{title}。", text)))
        sg.append(Task(numbering, title, f"{title}。{text}"))
    sections.append(Section("四", "四、", "保障措施", "safeguard", sg))
    blocks += [
        ("rule", ""),
        ("addressee", "抄送：莱芜高新区党工委各部门。"),
        ("addressee", "莱芜高新技术产业开发区管理委员会办公室　　　　2026年3月16日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "laiwu-hitech-zone",
        "name": "莱芜高新技术产业开发区",
        "name_en": "Laiwu High-tech Industrial Development Zone",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 莱芜高新技术产业开发区“人工智能+”三年行动方案（2026—2028年） (莱芜高新技术产业开发区管理委员会, 莱高管发〔2026〕3号, 2026-03-16)
# — SYNTHETIC (synthetic_bw): WRITTEN by the collector (helper blindBW, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_laiwu.py as a Word file (.docx).
# Zone laiwu-hitech-zone (山东 莱芜高新区, a national high-tech zone; its city is not named) → district level; period 2026–2028.
# Outline: red head, 发文字号, notice (报送 date: no target), page break, title; 一、发展基础 (2025 figures: baselines, no targets);
#   二、总体要求 （一）指导思想 （二）发展目标 = "到2028年，…" (goal 到2028年, 6 targets) + an indicator table (goal titled by its
#   caption): 2025年（基期） column no target; each row's 2026 / 2027 / 2028 values eq, due that year, phrase = the row's cells up to
#   the value; a 2028 value the goals paragraph printed already (50亿元, 100家, 500P, 60个) is not a second target; 指标属性 ignored.
#   "五大行动、20项重点任务" counts the plan's parts: no target. 三、重点任务 = five 行动 （一）–（五） (key_task sections nested in 三、)
#   of items 1.–4. "N.标题。正文（牵头部门：X；责任单位：Y、Z；完成时限：2026年12月底前）" → task text heading + body + annotation;
#   牵头部门 → lead, 责任单位 → responsible; due the 完成时限's month end, 持续推进 → none. 四、保障措施 （一）–（四） safeguard tasks,
#   no roles (专班办公室设在经济发展局 assigns none).
# Targets in items: each item with figures is a goal titled like it (text heading + body); its figures due in its 完成时限's year,
#   持续推进 → 2028. 每年… → per_year flow. 其中投资额10亿元以上项目1个 → parent. Not targets: 总投资12亿元, 补助 20% / 最高100万元,
#   最高200万元奖励, 建筑面积8万平方米, 设立规模5亿元的…基金, 最高500万元资助, the safeguard's 每年…专项资金不少于3000万元.
"""

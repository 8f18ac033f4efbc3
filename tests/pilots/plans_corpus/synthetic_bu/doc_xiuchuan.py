# ruff: noqa: E501  (plan text as the offices write it)
"""岫川省工业和信息化厅等六部门关于印发《岫川省“人工智能+制造”行动方案（2026—2028年）》的通知 — INVENTED (synthetic_bu).
A notice of SIX province departments together as a Word file (.docx): six document numbers, the notice, six signatures each with
its date; the plan: 一、总体要求 (guiding paragraph, a goal paragraph "到2028年，…"), 二、重点任务 of groups （一）–（五） holding
tasks 1.–24. numbered on, WITHOUT annotations; 三、保障措施 （一）–（四）; an annex 重点任务分工表 (序号 | 重点任务 | 牵头单位 |
参与单位) repeating the 24 tasks by short title with their bodies."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "xiuchuan-ai-plus-manufacturing-2026-synthetic"
KIND = "docx"

A = {
    "gxt": ("岫川省工业和信息化厅", "industry_it", ["岫川省工业和信息化厅", "省工业和信息化厅"]),
    "fgw": (
        "岫川省发展和改革委员会",
        "development_reform",
        ["岫川省发展和改革委员会", "省发展改革委"],
    ),
    "kjt": ("岫川省科学技术厅", "science_technology", ["岫川省科学技术厅", "省科技厅"]),
    "jyt": ("岫川省教育厅", "education", ["岫川省教育厅", "省教育厅"]),
    "czt": ("岫川省财政厅", "finance", ["岫川省财政厅", "省财政厅"]),
    "rst": (
        "岫川省人力资源和社会保障厅",
        "human_resources",
        ["岫川省人力资源和社会保障厅", "省人力资源社会保障厅"],
    ),
    "sjj": ("岫川省数据局", "big_data", ["省数据局"]),
    "txj": ("岫川省通信管理局", "industry_it", ["省通信管理局"]),
    "scj": ("岫川省市场监督管理局", "market_regulation", ["省市场监管局"]),
    "gzw": ("岫川省人民政府国有资产监督管理委员会", "state_enterprise", ["省国资委"]),
    "swt": ("岫川省商务厅", "commerce", ["省商务厅"]),
    "sthj": ("岫川省生态环境厅", "ecology_environment", ["省生态环境厅"]),
    "yjt": ("岫川省应急管理厅", "emergency", ["省应急管理厅"]),
    "jrj": ("岫川省地方金融管理局", "financial_regulation", ["省地方金融管理局"]),
    "ss": ("岫川省各市（州）人民政府", "local_government", ["各市（州）人民政府"]),
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


PLAN_TITLE = "岫川省“人工智能+制造”行动方案（2026—2028年）"
TITLE = f"岫川省工业和信息化厅 岫川省发展和改革委员会 岫川省科学技术厅 岫川省教育厅 岫川省财政厅 岫川省人力资源和社会保障厅关于印发《{PLAN_TITLE}》的通知"
NUMBERS = [
    "岫工信发〔2026〕21号",
    "岫发改高技〔2026〕88号",
    "岫科发〔2026〕15号",
    "岫教发〔2026〕9号",
    "岫财企〔2026〕33号",
    "岫人社发〔2026〕12号",
]
DOC_NUMBER = "岫工信发〔2026〕21号"

GUIDE = "以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届历次全会精神，落实国家“人工智能+”行动部署，以制造业数字化转型为主线，以场景应用为牵引，推动人工智能技术在制造业研发设计、生产制造、经营管理、产品服务等全链条深度应用，加快建设制造强省。2025年，全省规模以上工业企业关键工序数控化率为61%，数字化研发设计工具普及率为78%。"
G_TEXT = "到2028年，人工智能在制造业重点行业实现规模化应用，规模以上工业企业关键工序数控化率达到70%，数字化研发设计工具普及率超过85%，培育制造业垂直大模型20个，建设卓越级智能工厂15家、先进级智能工厂150家，打造人工智能赋能制造业典型场景500个，培育人工智能+制造解决方案供应商100家以上，“岫智造”工业互联网平台连接工业设备超过300万台（套）。"
G = [
    T("规模以上工业企业关键工序数控化率", "%", "eq", 70, "规模以上工业企业关键工序数控化率达到70%"),
    T("数字化研发设计工具普及率", "%", "gt", 85, "数字化研发设计工具普及率超过85%"),
    T("培育制造业垂直大模型", "个", "eq", 20, "培育制造业垂直大模型20个"),
    T("建设卓越级智能工厂", "家", "eq", 15, "建设卓越级智能工厂15家"),
    T("建设先进级智能工厂", "家", "eq", 150, "先进级智能工厂150家"),
    T("打造人工智能赋能制造业典型场景", "个", "eq", 500, "打造人工智能赋能制造业典型场景500个"),
    T(
        "培育人工智能+制造解决方案供应商",
        "家",
        "gte",
        100,
        "培育人工智能+制造解决方案供应商100家以上",
    ),
    T(
        "“岫智造”工业互联网平台连接工业设备",
        "台（套）",
        "gt",
        3000000,
        "连接工业设备超过300万台（套）",
    ),
]

# (group, [(short title for the annex, title, rest, lead, supporting, targets)])
GROUPS = [
    (
        "（一）夯实智能制造基础底座",
        [
            (
                "工业智算供给",
                "加强工业智能算力供给",
                "依托省内智算中心建设面向制造业的算力服务节点，新增工业智能算力1500P，推动算力资源向制造企业开放共享。鼓励工业企业利用边缘计算设备部署轻量化模型，降低人工智能应用门槛。",
                ["fgw"],
                ["gxt", "sjj", "txj"],
                [
                    T(
                        "新增工业智能算力",
                        "P",
                        "eq",
                        1500,
                        "新增工业智能算力1500P",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "工业数据集建设",
                "建设工业高质量数据集",
                "围绕原材料、装备、消费品、电子信息四个行业建设工业高质量数据集50个，建立工业数据分类分级管理制度。推动工业数据安全有序流通和开发利用。",
                ["gxt"],
                ["sjj", "kjt"],
                [T("建设工业高质量数据集", "个", "eq", 50, "建设工业高质量数据集50个")],
            ),
            (
                "工业网络升级",
                "推进工业网络升级改造",
                "推动5G、工业光网在重点园区和工厂覆盖，建设5G工厂200家，实现省级以上重点园区千兆网络全覆盖。",
                ["txj"],
                ["gxt"],
                [T("建设5G工厂", "家", "eq", 200, "建设5G工厂200家")],
            ),
            (
                "工业互联网平台",
                "壮大工业互联网平台",
                "做强“岫智造”工业互联网平台，培育行业级、区域级平台12个，推动平台与大模型融合发展。支持平台企业开发工业APP和低代码开发工具，降低中小企业使用门槛。",
                ["gxt"],
                ["fgw"],
                [T("培育行业级、区域级平台", "个", "eq", 12, "培育行业级、区域级平台12个")],
            ),
        ],
    ),
    (
        "（二）突破关键技术和模型",
        [
            (
                "制造业大模型",
                "研发制造业垂直大模型",
                "支持龙头企业联合高校院所研发面向有色冶炼、汽车零部件、电子材料等行业的垂直大模型，推动模型在企业落地应用。建立大模型应用效果评估机制，推动模型在典型场景中持续迭代优化，形成可复制推广的行业解决方案。",
                ["kjt"],
                ["gxt", "jyt"],
                [],
            ),
            (
                "关键技术攻关",
                "开展关键核心技术攻关",
                "实施“人工智能+制造”科技专项，每年支持关键技术攻关项目不少于30项，突破工业视觉、智能控制、工业机理建模等关键技术。推动产学研用协同创新，加快科技成果转化和产业化。",
                ["kjt"],
                ["gxt"],
                [
                    T(
                        "支持关键技术攻关项目",
                        "项",
                        "gte",
                        30,
                        "每年支持关键技术攻关项目不少于30项",
                        per_year=True,
                    )
                ],
            ),
            (
                "工业智能体",
                "发展工业智能体",
                "推动智能体在排产调度、设备运维、质量管控等环节应用，形成工业智能体产品100个。",
                ["gxt"],
                ["kjt"],
                [T("形成工业智能体产品", "个", "eq", 100, "形成工业智能体产品100个")],
            ),
            (
                "创新平台建设",
                "建设制造业创新平台",
                "建设省级人工智能+制造创新中心3家、中试验证平台8个。",
                ["kjt"],
                ["gxt", "fgw"],
                [
                    T(
                        "建设省级人工智能+制造创新中心",
                        "家",
                        "eq",
                        3,
                        "建设省级人工智能+制造创新中心3家",
                    ),
                    T("建设中试验证平台", "个", "eq", 8, "中试验证平台8个"),
                ],
            ),
        ],
    ),
    (
        "（三）推进重点行业智能化改造",
        [
            (
                "原材料行业",
                "推动原材料行业智能升级",
                "在有色、化工、建材等行业推广智能配料、智能巡检、能耗优化等应用，重点企业单位产品能耗下降5%。",
                ["gxt"],
                ["sthj", "yjt"],
                [T("重点企业单位产品能耗下降", "%", "eq", 5, "重点企业单位产品能耗下降5%")],
            ),
            (
                "装备制造行业",
                "推动装备制造行业智能升级",
                "推广智能设计、柔性生产、远程运维等模式，培育智能装备首台（套）产品40个。",
                ["gxt"],
                ["kjt"],
                [T("培育智能装备首台（套）产品", "个", "eq", 40, "培育智能装备首台（套）产品40个")],
            ),
            (
                "消费品行业",
                "推动消费品行业智能升级",
                "推广个性化定制、智能质检和智能营销，支持企业利用人工智能开展消费趋势分析和新品研发，打造消费品智能制造标杆企业30家。",
                ["gxt"],
                ["swt", "scj"],
                [T("打造消费品智能制造标杆企业", "家", "eq", 30, "打造消费品智能制造标杆企业30家")],
            ),
            (
                "电子信息行业",
                "推动电子信息行业智能升级",
                "推进电子元器件、智能终端企业产线智能化改造，电子信息制造业营业收入突破2000亿元。",
                ["gxt"],
                ["fgw"],
                [
                    T(
                        "电子信息制造业营业收入",
                        "亿元",
                        "gt",
                        2000,
                        "电子信息制造业营业收入突破2000亿元",
                    )
                ],
            ),
            (
                "中小企业转型",
                "推进中小企业数字化智能化转型",
                "开展中小企业数字化转型城市试点，推动规模以上工业企业数字化改造全覆盖，推广“小快轻准”智能化产品和解决方案。引导链主企业带动上下游中小企业协同转型，推动中小企业“上云用数赋智”。",
                ["gxt"],
                ["czt", "ss"],
                [],
            ),
            (
                "国有企业示范",
                "发挥国有企业示范作用",
                "推动省属工业企业率先开展人工智能应用，每户省属工业企业至少打造1个标杆场景。",
                ["gzw"],
                ["gxt"],
                [
                    T(
                        "每户省属工业企业标杆场景",
                        "个",
                        "gte",
                        1,
                        "每户省属工业企业至少打造1个标杆场景",
                    )
                ],
            ),
        ],
    ),
    (
        "（四）培育人工智能+制造产业生态",
        [
            (
                "解决方案供应商",
                "培育解决方案供应商",
                "遴选发布人工智能+制造解决方案推荐目录，支持供应商与制造企业开展供需对接，每年举办对接活动20场以上。",
                ["gxt"],
                ["swt"],
                [
                    T(
                        "举办对接活动",
                        "场",
                        "gte",
                        20,
                        "每年举办对接活动20场以上",
                        per_year=True,
                        aggregation="flow",
                    )
                ],
            ),
            (
                "产业集聚发展",
                "推动产业集聚发展",
                "支持有条件的市（州）建设人工智能+制造产业园区，打造特色产业集群5个。",
                ["fgw"],
                ["gxt", "ss"],
                [T("打造特色产业集群", "个", "eq", 5, "打造特色产业集群5个")],
            ),
            (
                "标准和质量",
                "加强标准和质量建设",
                "制定人工智能+制造地方标准20项，开展智能制造能力成熟度评估企业1000家。",
                ["scj"],
                ["gxt"],
                [
                    T("制定人工智能+制造地方标准", "项", "eq", 20, "制定人工智能+制造地方标准20项"),
                    T(
                        "开展智能制造能力成熟度评估企业",
                        "家",
                        "eq",
                        1000,
                        "开展智能制造能力成熟度评估企业1000家",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "安全保障",
                "强化工业安全保障",
                "建立工业领域人工智能安全风险评估机制，开展工业控制系统安全检查，指导企业落实网络和数据安全主体责任，提升工业领域人工智能应用安全防护能力。",
                ["gxt"],
                ["txj", "yjt"],
                [],
            ),
            (
                "绿色智能融合",
                "推动绿色化与智能化协同",
                "推广人工智能能耗管控、碳足迹核算等应用，创建省级绿色智能工厂60家。",
                ["gxt"],
                ["sthj", "fgw"],
                [T("创建省级绿色智能工厂", "家", "eq", 60, "创建省级绿色智能工厂60家")],
            ),
        ],
    ),
    (
        "（五）强化人才和资金支撑",
        [
            (
                "智能制造诊断服务",
                "开展智能制造诊断服务",
                "组织服务机构为制造企业提供免费诊断服务，每年开展智能化转型诊断企业800家以上，形成“一企一策”改造方案。",
                ["gxt"],
                ["czt", "ss"],
                [
                    T(
                        "开展智能化转型诊断企业",
                        "家",
                        "gte",
                        800,
                        "每年开展智能化转型诊断企业800家以上",
                        per_year=True,
                        aggregation="flow",
                    )
                ],
            ),
            (
                "学科专业建设",
                "加强学科专业建设",
                "支持省内高校和职业院校开设智能制造相关专业，建设产教融合实训基地25个。",
                ["jyt"],
                ["gxt", "rst"],
                [T("建设产教融合实训基地", "个", "eq", 25, "建设产教融合实训基地25个")],
            ),
            (
                "技能人才培养",
                "培养数字技能人才",
                "开展“岫川工匠”智能制造技能提升行动，培训数字技能人才5万人次，新增高技能人才8000人。",
                ["rst"],
                ["jyt", "gxt"],
                [
                    T(
                        "培训数字技能人才",
                        "人次",
                        "eq",
                        50000,
                        "培训数字技能人才5万人次",
                        aggregation="flow",
                    ),
                    T(
                        "新增高技能人才",
                        "人",
                        "eq",
                        8000,
                        "新增高技能人才8000人",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "财政资金支持",
                "加大财政资金支持",
                "统筹省级制造业高质量发展专项资金，对智能化改造项目按设备投资额的15%给予补助，单个项目最高1000万元。",
                ["czt"],
                ["gxt"],
                [],
            ),
            (
                "金融服务",
                "强化金融服务",
                "推广“智改贷”专属信贷产品，设立规模20亿元的智能制造子基金，引导金融机构加大对人工智能+制造项目的信贷投放。支持符合条件的人工智能企业在多层次资本市场上市融资，鼓励保险机构开发首台（套）装备保险产品。",
                ["jrj"],
                ["czt", "gxt"],
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "加强统筹协调",
        "建立由省工业和信息化厅牵头、六部门参与的工作协调机制，加强政策协同和工作联动，定期调度重点任务进展，协调解决跨部门重大问题。",
    ),
    (
        "强化政策落实",
        "各市（州）要结合实际制定具体实施方案，细化工作举措，明确目标任务和责任分工，于每年12月底前将年度工作进展报送省工业和信息化厅。",
    ),
    (
        "开展监测评估",
        "建立人工智能+制造发展监测指标体系，定期开展评估，及时总结推广典型经验，对推进成效明显的市（州）在项目安排和资金支持上予以倾斜。",
    ),
    (
        "加强宣传推广",
        "通过现场会、案例集等多种方式宣传推广典型案例，组织开展“人工智能+制造”进园区、进企业活动，营造良好发展氛围。",
    ),
]

CN = "一二三四五六七八九十"


def names(codes):
    return "、".join(A[c][2][-1] for c in codes)


def _build():
    blocks = [
        ("docno", "　".join(NUMBERS)),
        ("title", TITLE),
        (
            "addressee",
            "各市（州）工业和信息化主管部门、发展改革委、科技局、教育局、财政局、人力资源社会保障局：",
        ),
        (
            "p",
            f"为深入实施“人工智能+”行动，加快推动人工智能赋能新型工业化，现将《{PLAN_TITLE}》印发给你们，请结合实际认真抓好贯彻落实。",
        ),
    ]
    signers = [
        "岫川省工业和信息化厅",
        "岫川省发展和改革委员会",
        "岫川省科学技术厅",
        "岫川省教育厅",
        "岫川省财政厅",
        "岫川省人力资源和社会保障厅",
    ]
    dates = [
        "2026年5月8日",
        "2026年5月8日",
        "2026年5月9日",
        "2026年5月9日",
        "2026年5月11日",
        "2026年5月11日",
    ]
    for s, d in zip(signers, dates, strict=True):
        blocks += [("sign", s), ("date", d)]
    blocks += [("p", "（此件主动公开）"), ("pagebreak", ""), ("title", PLAN_TITLE)]
    blocks += [
        (
            "p",
            "为贯彻落实国家和省关于深入实施“人工智能+”行动的部署要求，推动人工智能与制造业深度融合，结合我省实际，制定本方案。",
        ),
        (
            "p",
            "制造业是我省经济的根基所在。近年来，全省制造业数字化转型加快推进，工业互联网平台体系初步形成，一批龙头企业在智能排产、视觉质检、预测性维护等方面取得积极成效，但仍存在中小企业转型意愿不强、行业数据积累不足、复合型人才短缺等问题，亟需以人工智能为抓手推动制造业高端化、智能化、绿色化发展。",
        ),
    ]
    blocks += [("h1", "一、总体要求"), ("p", GUIDE), ("p", G_TEXT)]
    goals = [Goal("到2028年", G_TEXT, G)]
    blocks.append(("h1", "二、重点任务"))
    groups = []
    rows = [["序号", "重点任务", "牵头单位", "参与单位"]]
    n = 0
    for gtitle, items in GROUPS:
        blocks.append(("h2", gtitle))
        tasks = []
        for short, title, rest, lead, sup, targets in items:
            n += 1
            no = f"{n}."
            blocks.append(("item", (f"{no}{title}。", rest)))
            tasks.append(Task(no, title, f"{title}。{rest}", lead=lead, supporting=sup))
            rows.append([str(n), short, names(lead), names(sup)])
            for t in targets:
                assert t.phrase in rest, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=no))
        gno = gtitle[:3]
        groups.append(Section(CN.index(gno[1]) + 1, gno, gtitle[3:], "key_task", tasks))
    for s in groups:
        s.code = str(s.code)
    sections = [Section("二", "二、", "重点任务", "key_task", sections=groups)]
    blocks.append(("h1", "三、保障措施"))
    sg = []
    for i, (title, text) in enumerate(SAFEGUARDS, 1):
        no = f"（{CN[i - 1]}）"
        blocks.append(("item", (f"{no}{title}。", text)))
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("三", "三、", "保障措施", "safeguard", sg))
    blocks += [("pagebreak", ""), ("h1", "附件"), ("caption", "重点任务分工表"), ("table", rows)]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Xiuchuan Province (six departments) notice issuing the “AI+ manufacturing” action plan 2026–2028 — synthetic",
    "issuer": "岫川省工业和信息化厅、岫川省发展和改革委员会、岫川省科学技术厅、岫川省教育厅、岫川省财政厅、岫川省人力资源和社会保障厅",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-05-11",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2028],
    "source_file": f"{SLUG}.docx",
}

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "xiuchuan-province",
        "name": "岫川省",
        "name_en": "Xiuchuan Province (invented)",
        "level": "municipality",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 岫川省工业和信息化厅等六部门关于印发《岫川省“人工智能+制造”行动方案（2026—2028年）》的通知 (six numbers, the first
#   岫工信发〔2026〕21号; signed 2026-05-08 … 2026-05-11, issued_on = the last signature's date)
# — SYNTHETIC (synthetic_bu): WRITTEN by the collector (helper blindBU, 2026-12-07) before reading or running the importer; the
#   province 岫川省 is INVENTED. Built by make_files.py from doc_xiuchuan.py as a Word file (.docx).
# Zone xiuchuan-province → municipality (the provincial level); period 2026–2028.
# Outline: the six numbers on one line, the notice's title, addressee, one paragraph, six signatures each with its date, 此件主动
#   公开; page break; the plan: preamble, 一、总体要求 (guiding paragraph with 2025 baselines 61% / 78%: no targets; the goal
#   paragraph "到2028年，…" → goal 到2028年, 8 targets), 二、重点任务 of groups （一）–（五） (sections nested under 二) holding
#   tasks 1.–24. NUMBERED ON, bold "N.标题。" + body, NO annotation in the body; 三、保障措施 （一）–（四） (safeguards, no
#   roles: the annex lists none; "由省工业和信息化厅牵头、六部门参与的工作协调机制" is a mechanism, no role); page break, 附件
#   重点任务分工表 (序号 | 重点任务 | 牵头单位 | 参与单位), one row per task by its short title.
# Roles: from the annex row of the task's 序号: 牵头单位 → lead, 参与单位 → supporting (参与 read as 配合, as synthetic_bj did).
#   The six issuers are printed full in the title and signatures (aliases) and short (省X) in the table. "各市（州）人民政府" →
#   ONE collective.
# Targets: task figures with no year → due 2028 (plan end); every task holding figures is also a goal titled like the task.
#   Per-year: 每年支持关键技术攻关项目不少于30项, 每年举办对接活动20场以上. Not targets: baselines, "四个行业" (a count the
#   sentence works around), the subsidy rate 15% and cap 1000万元, the fund's size (规模20亿元). 新增工业智能算力1500P flow. 300万台（套） → 3000000; 5万人次 → 50000.
#   "规模以上工业企业数字化改造全覆盖" has no digit → no target. "每户省属工业企业至少打造1个标杆场景" is a quota for each
#   enterprise → a target (gte 1 个, due 2028) whose metric names the unit (每户省属工业企业标杆场景), as SOURCES.md's
#   convention of 2026-12-07 reads 每个乡镇…1个以上 (left out at the blind commit; added by helper rBU).
"""

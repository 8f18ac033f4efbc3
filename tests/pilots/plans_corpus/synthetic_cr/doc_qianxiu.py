# ruff: noqa: E501  (plan text as the office writes it)
"""黔岫市推进“人工智能+”行动方案（2026—2027年） — INVENTED (synthetic_cr), a Word file published unproofed:
mixed bracket widths in one list (（一）/(二)/（三)), a 保障措施 list skipping a number (（一）(二)（四）), an annotation
whose bracket is never closed (the next task follows it), one annotation in half-width ":" ";", one body named two ways
(市工信局 / 市工业和信息化局), a goal "到2026年底" restated in a task as "2026年末", "80 %" with a space."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "qianxiu-ai-plus-action-plan-2026-synthetic"
KIND = "docx"

# code → (full name, printed forms, category)
A = {
    "fgw": ("黔岫市发展和改革委员会", ["市发展改革委"], "development_reform"),
    "gxj": ("黔岫市工业和信息化局", ["市工信局", "市工业和信息化局"], "industry_it"),
    "dsj": ("黔岫市大数据发展管理局", ["市大数据局"], "big_data"),
    "kjj": ("黔岫市科学技术局", ["市科技局"], "science_technology"),
    "czj": ("黔岫市财政局", ["市财政局"], "finance"),
    "nyj": ("黔岫市农业农村局", ["市农业农村局"], "agriculture"),
    "wlj": ("黔岫市文化广电旅游局", ["市文化广电旅游局"], "culture_tourism"),
    "zwj": ("黔岫市政务服务中心", ["市政务服务中心"], "government_services"),
    "tcj": ("黔岫市投资促进局", ["市投资促进局"], "commerce"),
    "rsj": ("黔岫市人力资源和社会保障局", ["市人力资源社会保障局"], "human_resources"),
    "jyj": ("黔岫市教育局", ["市教育局"], "education"),
    "wjj": ("黔岫市卫生健康局", ["市卫生健康局"], "health"),
    "ybj": ("黔岫市医疗保障局", ["市医疗保障局"], "health"),
    "jtj": ("黔岫市交通运输局", ["市交通运输局"], "transport"),
    "gaj": ("黔岫市公安局", ["市公安局"], "public_security"),
    "swj": ("黔岫市商务局", ["市商务局"], "commerce"),
    "sthj": ("黔岫市生态环境局", ["市生态环境局"], "ecology_environment"),
    "zrj": ("黔岫市自然资源局", ["市自然资源局"], "natural_resources"),
    "wxb": ("中共黔岫市委网络安全和信息化委员会办公室", ["市委网信办"], "publicity"),
}
AGENCIES = [Agency(c, n, list(p), cat) for c, (n, p, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "黔岫市推进“人工智能+”行动方案（2026—2027年）"
DOC_NUMBER = "黔岫府办发〔2026〕9号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Qianxiu City action plan for advancing “AI+” (2026–2027) — synthetic",
    "issuer": "黔岫市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-06",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"《{TITLE}》已经市人民政府同意，现印发给你们，请认真抓好贯彻落实。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届历次全会精神，深入贯彻习近平总书记视察贵州重要讲话精神，抢抓国家“人工智能+”行动机遇，依托全省算力网络枢纽建设，以场景开放为牵引，以产业培育为核心，推动人工智能与山地特色产业、文化旅游、城市治理深度融合，为黔岫高质量发展注入新动能，奋力在全省“人工智能+”行动中走在前列、作出示范。要坚持系统谋划、分步实施，聚焦重点领域和关键环节，集中力量攻坚突破，推动人工智能从单点应用向规模化应用转变。坚持以企业为主体、以市场为导向，充分激发各类经营主体创新活力。2025年，全市智能算力规模达到120P，人工智能核心产业规模达到28亿元。"
BASIS = "近年来，我市抢抓数字经济发展机遇，大数据与实体经济融合不断深化，黔岫绿色数据中心建成投运，一批智能制造、智慧农业、智慧文旅应用场景落地见效，为推进“人工智能+”行动奠定了良好基础。同时，我市人工智能产业规模偏小、创新能力不强、高端人才不足、应用场景开放不够等问题依然突出，需要加快补齐短板。面对新形势新任务，必须进一步增强紧迫感和责任感，以更大力度推动人工智能赋能千行百业。"
PRINCIPLES = "坚持需求牵引、场景驱动，以实际应用需求带动技术落地和产业发展；坚持特色引领、错位发展，立足资源禀赋和产业基础，走差异化发展路子；坚持政府引导、市场主导，充分发挥企业主体作用，营造开放包容的发展环境；坚持安全可控、规范发展，统筹发展和安全，守牢数据安全和伦理底线。"
GOAL1 = "到2026年底，全市智能算力规模达到300P，人工智能核心产业规模突破60亿元，培育人工智能企业80家以上，打造“人工智能+”应用场景50个。"
GOAL2 = "到2027年，全市人工智能核心产业规模达到100亿元，智能算力规模达到500P以上，规上工业企业数字化转型覆盖率达到80 %，“人工智能+”应用场景累计达到100个以上，形成一批可复制推广的典型案例。"
G1T = [
    T(
        "智能算力规模",
        "P",
        "eq",
        300,
        "全市智能算力规模达到300P",
        kind="computing_power",
        deadline=2026,
    ),
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        60,
        "人工智能核心产业规模突破60亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    T(
        "人工智能企业",
        "家",
        "gte",
        80,
        "培育人工智能企业80家以上",
        kind="ai_enterprises",
        deadline=2026,
    ),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        50,
        "打造“人工智能+”应用场景50个",
        kind="application_scenarios",
        deadline=2026,
    ),
]
G2T = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        100,
        "全市人工智能核心产业规模达到100亿元",
        kind="ai_industry_scale",
    ),
    T("智能算力规模", "P", "gte", 500, "智能算力规模达到500P以上", kind="computing_power"),
    T("规上工业企业数字化转型覆盖率", "%", "eq", 80, "规上工业企业数字化转型覆盖率达到80 %"),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        100,
        "“人工智能+”应用场景累计达到100个以上",
        kind="application_scenarios",
    ),
]

# (printed numbering, title, rest of the paragraph as printed, lead, supporting, targets)
TASKS = [
    (
        "（一）",
        "建设普惠算力设施",
        "加快黔岫绿色数据中心智算集群建设，推动存量数据中心智能化改造，2026年末全市智能算力规模达到300P。建设城市算力调度服务平台，接入全省算力调度体系，推动算力资源统一纳管、按需调度、普惠使用，面向中小企业和科研机构提供低成本算力服务；落实算力券政策，对中小企业使用智能算力给予不超过合同金额20%的补贴，降低企业用算成本。统筹推进算力与电力协同，提高绿色电力使用比例。（牵头单位：市发展改革委；配合单位：市工信局、市大数据局）",
        ["fgw"],
        ["gxj", "dsj"],
        [],  # 2026年末…300P: the goals' 到2026年底 figure printed again — no second target; 算力券 rate: no target
    ),
    (
        "(二)",
        "推进制造业智能化改造",
        "聚焦磷化工、新型建材、特色食品等优势产业，实施智能化改造项目120个以上，建成智能工厂10家、数字化车间30个，推动工业大模型在生产调度、质量检测、设备运维等环节落地应用。支持龙头企业联合软件服务商开发行业专用模型和智能体，推动“链主”企业带动上下游中小企业同步开展智能化改造，对改造成效明显的项目按规定给予奖补。鼓励企业开展工业互联网平台应用，推动设备联网、数据贯通和业务协同。（牵头单位：市工业和信息化局；配合单位：市科技局、市财政局）",
        ["gxj"],
        ["kjj", "czj"],
        [
            T(
                "智能化改造项目",
                "个",
                "gte",
                120,
                "实施智能化改造项目120个以上",
                aggregation="flow",
            ),
            T("智能工厂", "家", "eq", 10, "建成智能工厂10家"),
            T("数字化车间", "个", "eq", 30, "数字化车间30个"),
        ],
    ),
    (
        "（三)",
        "建设高质量行业数据集",
        "推动公共数据与行业数据融合开发，围绕山地农业、磷化工、文化旅游等领域建设高质量行业数据集15个，完善数据资源目录和共享交换机制，推动高价值数据在保障安全前提下有序开放，建立数据共享供需对接机制，探索数据标注产业发展，依托职业院校建设数据标注实训基地，培育数据标注企业5家。建立数据产品登记和流通交易服务机制，推动数据要素市场化配置。（牵头单位：市大数据局；配合单位：市工信局、市农业农村局",
        ["dsj"],
        ["gxj", "nyj"],
        [
            T("高质量行业数据集", "个", "eq", 15, "建设高质量行业数据集15个"),
            T("数据标注企业", "家", "eq", 5, "培育数据标注企业5家"),
        ],
    ),
    (
        "（四）",
        "发展“人工智能+”山地特色农业",
        "推广智能灌溉、病虫害智能识别、农产品溯源等应用，建设智慧农业示范基地20个，推动茶叶、刺梨等特色产业全链条数字化。鼓励农业龙头企业、农民专业合作社应用智能农机、无人机植保等装备，建设农业农村大数据平台，提升农业生产经营管理智能化水平，助力乡村全面振兴。（牵头单位:市农业农村局;配合单位:市大数据局、市科技局）",
        ["nyj"],
        ["dsj", "kjj"],
        [T("智慧农业示范基地", "个", "eq", 20, "建设智慧农业示范基地20个")],
    ),
    (
        "（五）",
        "推动“人工智能+”文旅融合",
        "建设全域旅游智能服务平台，推出智能导游、行程规划、多语种讲解等服务，推动苗族、布依族等民族文化资源数字化采集和创新表达，建设民族文化数字资源库，开发沉浸式体验项目，推动旅游服务从“看景”向“体验”转变，打造智慧景区10个，A级景区智能导览覆盖率达到90%。（牵头单位：市文化广电旅游局；配合单位：市大数据局）",
        ["wlj"],
        ["dsj"],
        [
            T("智慧景区", "个", "eq", 10, "打造智慧景区10个"),
            T("A级景区智能导览覆盖率", "%", "eq", 90, "A级景区智能导览覆盖率达到90%"),
        ],
    ),
    (
        "（六）",
        "提升“人工智能+”政务服务",
        "部署政务大模型，推进智能问答、智能预审、智能审批，推动高频事项“免申即享”“无感办理”，建设城市运行管理智能中枢，提升城市治理精细化水平和应急处置能力，政务服务事项智能办理比例达到30 %，12345热线智能应答率达到60%。（牵头单位：市政务服务中心；配合单位：市大数据局、市工业和信息化局）",
        ["zwj"],
        ["dsj", "gxj"],
        [
            T("政务服务事项智能办理比例", "%", "eq", 30, "政务服务事项智能办理比例达到30 %"),
            T("12345热线智能应答率", "%", "eq", 60, "12345热线智能应答率达到60%"),
        ],
    ),
    (
        "（七）",
        "培育壮大人工智能企业",
        "实施人工智能企业梯度培育计划，开展精准招商，新引进人工智能企业15家以上，支持本地企业申报专精特新企业。建设人工智能产业园，完善孵化、加速、产业化全链条服务体系，支持企业参加各类创新创业大赛和展会，拓展市场空间。对首次认定的国家级专精特新“小巨人”企业按规定给予奖励。建立重点人工智能企业联系服务制度，协调解决企业发展中的困难问题。（牵头单位：市投资促进局；配合单位：市工信局、市科技局）",
        ["tcj"],
        ["gxj", "kjj"],
        [
            T(
                "新引进人工智能企业",
                "家",
                "gte",
                15,
                "新引进人工智能企业15家以上",
                kind="ai_enterprises",
                aggregation="flow",
            )
        ],
    ),
    (
        "（八）",
        "加强人工智能人才培养",
        "支持市内职业院校开设人工智能相关专业，开展数字技能培训5000人次，引进人工智能高层次人才50名。推进中小学人工智能教育，普及人工智能通识课程，开展面向公务人员和企业管理人员的人工智能专题培训。（牵头单位：市人力资源社会保障局；配合单位：市教育局、市科技局）",
        ["rsj"],
        ["jyj", "kjj"],
        [
            T(
                "数字技能培训",
                "人次",
                "eq",
                5000,
                "开展数字技能培训5000人次",
                aggregation="flow",
                kind="talent",
            ),
            T(
                "引进人工智能高层次人才",
                "名",
                "eq",
                50,
                "引进人工智能高层次人才50名",
                aggregation="flow",
                kind="talent",
            ),
        ],
    ),
    (
        "（九）",
        "推进“人工智能+”医疗健康",
        "推动医学影像辅助诊断、智能导诊、慢病智能管理等应用在市县两级医院普及，二级以上公立医院智能辅助诊断应用覆盖率达到100%，建设县域远程智能诊疗中心8个，提升基层医疗服务能力。推进医疗健康数据规范共享，推动市县医院检查检验结果互认，探索智能医保审核和智能健康管理服务。（牵头单位：市卫生健康局；配合单位：市大数据局、市医疗保障局）",
        ["wjj"],
        ["dsj", "ybj"],
        [
            T(
                "二级以上公立医院智能辅助诊断应用覆盖率",
                "%",
                "eq",
                100,
                "二级以上公立医院智能辅助诊断应用覆盖率达到100%",
            ),
            T("县域远程智能诊疗中心", "个", "eq", 8, "建设县域远程智能诊疗中心8个"),
        ],
    ),
    (
        "（十）",
        "推进“人工智能+”教育",
        "建设市级教育智能服务平台，推广智能备课、学情分析、个性化学习等应用，打造人工智能教育示范校30所，推动优质教育资源向乡村学校延伸，促进城乡教育均衡发展。加强教师人工智能素养培训，推动人工智能与教育教学深度融合。建设智慧教室和数字化实验室，推进教育数字化转型。（牵头单位：市教育局；配合单位：市大数据局）",
        ["jyj"],
        ["dsj"],
        [T("人工智能教育示范校", "所", "eq", 30, "打造人工智能教育示范校30所")],
    ),
    (
        "（十一）",
        "推进“人工智能+”交通物流",
        "建设城市智慧交通管理系统，推进主城区重点路口信号灯智能配时改造，推动物流园区智能分拣、无人仓储等应用，降低社会物流成本，提升交通出行和物流配送效率。推进公交、出租车等运营车辆智能调度，探索低空物流配送试点。推动道路运输安全智能监管，提升交通安全治理能力。（牵头单位：市交通运输局；配合单位：市公安局、市商务局）",
        ["jtj"],
        ["gaj", "swj"],
        [],
    ),
    (
        "（十二）",
        "强化人工智能安全治理",
        "落实生成式人工智能服务管理有关规定，建立人工智能应用安全评估和风险监测机制，加强数据安全和个人信息保护，开展人工智能伦理宣传教育，推动人工智能安全、可靠、可控发展。加强对重点行业人工智能应用的安全监管，防范化解风险。（牵头单位：市委网信办；配合单位：市公安局、市大数据局）",
        ["wxb"],
        ["gaj", "dsj"],
        [],
    ),
    (
        "（十三）",
        "推进“人工智能+”生态环保",
        "建设生态环境智能感知网络，布设生态环境智能监测站点40个，推动大气、水、土壤环境质量智能预警和污染源智能溯源，提升喀斯特山区生态保护修复和自然灾害防治智能化水平，助力生态文明建设。（牵头单位：市生态环境局；配合单位：市自然资源局、市大数据局）",
        ["sthj"],
        ["zrj", "dsj"],
        [T("生态环境智能监测站点", "个", "eq", 40, "布设生态环境智能监测站点40个")],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立市推进“人工智能+”行动工作专班，由市政府分管负责同志任组长，专班办公室设在市工信局，统筹推进各项任务落实。各牵头单位要制定具体工作措施，明确时间表、路线图，每季度报送工作进展情况。建立部门协同、市县联动的工作机制，形成推进合力。",
    ),
    (
        "(二)",
        "强化要素保障",
        "统筹用好市级工业和信息化发展专项资金，每年安排不少于2000万元支持人工智能项目建设，加强用地、用能保障。鼓励金融机构创新科技信贷产品，支持人工智能企业融资。积极争取国家和省级专项资金、超长期特别国债等支持，引导社会资本投向人工智能领域。",
    ),
    (
        "（四）",
        "强化督促考核",
        "将“人工智能+”行动推进情况纳入年度目标绩效考核，建立任务台账，实行月调度、季通报，确保各项任务按期完成。对工作成效突出的单位和个人按规定给予表扬，对工作推进不力的及时督促整改。",
    ),
    (
        "（五）",
        "加强宣传引导",
        "及时总结推广典型经验做法，营造全社会关注、支持人工智能发展的良好氛围。充分利用报刊、广播电视、网络新媒体等渠道，宣传我市“人工智能+”行动的进展成效，举办人工智能应用创新大赛和成果展示活动，提升全社会人工智能素养。各县（区）要结合实际，制定具体落实措施，推动各项任务落地见效。",
    ),
]


def _build():
    blocks = [
        ("head", "黔岫市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"黔岫市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各县（区）人民政府，市政府各部门、各直属机构："),
        ("body", NOTICE),
        ("sign", "黔岫市人民政府办公室"),
        ("date", "2026年3月6日"),
        ("pagebreak", ""),
        ("title", TITLE),
        (
            "body",
            "为加快推进人工智能与经济社会各领域深度融合，结合我市实际，制定本方案。本方案实施期限为2026年至2027年。",
        ),
        ("body", BASIS),
        ("h1", "一、总体要求"),
        ("h2", "（一）指导思想"),
        ("body", GUIDE),
        ("h2", "（二）基本原则"),
        ("body", PRINCIPLES),
        ("h2", "（三）发展目标"),
        ("body", GOAL1),
        ("body", GOAL2),
        ("h1", "二、重点任务"),
    ]
    for t in G1T:
        assert t.phrase in GOAL1, t.phrase
    for t in G2T:
        assert t.phrase in GOAL2, t.phrase
    goals = [Goal("到2026年底", GOAL1, G1T), Goal("到2027年", GOAL2, G2T)]
    tasks = []
    for num, title, rest, lead, sup, targets in TASKS:
        blocks.append(("item", (f"{num}{title}。", rest)))
        tasks.append(Task(num, title, f"{title}。{rest}", lead=lead, supporting=sup))
        for t in targets:
            assert t.phrase in rest, t.phrase
        if targets:
            goals.append(Goal(title, f"{title}。{rest}", targets, numbering=num))
    sections = [Section("二", "二、", "重点任务", "key_task", tasks)]
    blocks.append(("h1", "三、保障措施"))
    sg = []
    for num, title, rest in SAFEGUARDS:
        blocks.append(("item", (f"{num}{title}。", rest)))
        sg.append(Task(num, title, f"{title}。{rest}"))
    sections.append(Section("三", "三、", "保障措施", "safeguard", sg))
    blocks += [
        ("rule", ""),
        ("addressee", "抄送：市委各部门，市人大常委会办公室，市政协办公室。"),
        ("addressee", "黔岫市人民政府办公室　　　　2026年3月6日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {"slug": "qianxiu-city", "name": "黔岫市", "name_en": "Qianxiu City", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 黔岫市推进“人工智能+”行动方案（2026—2027年） (黔岫市人民政府办公室, 黔岫府办发〔2026〕9号, 2026-03-06)
# — SYNTHETIC (synthetic_cr): WRITTEN by helper blindCR (2026-12-07) before reading or running the importer; no such document
#   is claimed to exist. Built by make_files.py from doc_qianxiu.py as a Word file published unproofed (editorial slips kept).
# Zone qianxiu-city (贵州, an invented prefecture-level city) → city level; period 2026—2027.
# Outline: red head, 发文字号, notice, page break, title, a one-line preamble and a 基础 paragraph (no figures); 一、总体要求 （一）指导思想 (2025 figures 120P,
#   28亿元: baselines, no targets) （二）基本原则 (no tasks) （三）发展目标 = two paragraphs "到2026年底，…" (goal titled 到2026年底, due 2026) and "到2027年，…"
#   (due 2027); 二、重点任务 = thirteen tasks, each one paragraph "（N）标题。正文（牵头单位：X；配合单位：Y）"; 三、保障措施 = four items,
#   no roles (safeguard tasks). 抄送 / 印发.
# How each slip was read (as a careful reader would):
# - Mixed widths (（一） / (二) / （三)): one list of three items; numbering kept as printed (the code drops the brackets).
# - 保障措施 numbered （一）(二)（四）（五） — a number skipped: four safeguard tasks, numbering as printed (（四） stays 四; no item
#   is lost, nothing is invented for （三）).
# - （三）'s annotation "（牵头单位：市大数据局；配合单位：市工信局、市农业农村局" has no closing bracket, and the next task （四）
#   follows as its own paragraph: the annotation ends at its paragraph's end; its names are 市大数据局 lead, 市工信局 and 市农业农村局
#   supporting, and nothing of （四） belongs to it. The task text keeps the annotation as printed (no bracket added).
# - （四）'s annotation in half-width "牵头单位:…;配合单位:…" reads as the full-width one: lead / supporting.
# - 市工信局 and 市工业和信息化局 are one body (黔岫市工业和信息化局), both printed forms its aliases; 市发展改革委 / 市人力资源社会保障局
#   as printed. The 保障措施's 专班办公室设在市工信局 assigns no role.
# - "到2026年底，全市智能算力规模达到300P" (goals) and "2026年末全市智能算力规模达到300P" (task （一）): the same figure, thing and year
#   written two ways → ONE target, kept in the goals where first printed; （一） holds no other figure of its own, so it is no goal.
# - "80 %" and "30 %" with a space: 80 % and 30 % (the space is a typing slip).
# Targets: comparators as printed (突破 gt, 以上 gte, 达到/bare eq); counts of things done within the plan (实施…项目, 新引进,
#   培训, 引进人才) → flow, the others stock; task figures without a year → 2027 (the plan's end). Not targets: the 2025
#   baselines, the 算力券 rate (不超过合同金额20%), the annual budget in 强化要素保障 (每年安排不少于2000万元).
"""

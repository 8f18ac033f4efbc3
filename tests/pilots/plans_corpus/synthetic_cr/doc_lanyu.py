# ruff: noqa: E501  (plan text as the office writes it)
"""澜屿县推进“人工智能+”行动实施方案（2026—2028年） — INVENTED (synthetic_cr), a .txt copied from the county portal
(breadcrumb, 发布时间 line, 【打印本页】 at the end; some paragraphs hard-wrapped where the page broke its lines), published
unproofed: a task heading run into the paragraph before it ("…）（四）推进…"), an annotation split over two lines, an
annotation with half-width "," between its labels and names, one body under three names (县工信局 / 县工业和信息化局 /
县工信委), a goal "到2027年底" restated in a task as "2027年末", a figure and its unit split by a line break, "1,200台"."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "lanyu-ai-plus-implementation-2026-synthetic"
KIND = "txt"

A = {
    "fgw": ("澜屿县发展和改革委员会", ["县发改委"], "development_reform"),
    "gxj": ("澜屿县工业和信息化局", ["县工信局", "县工业和信息化局", "县工信委"], "industry_it"),
    "dsj": ("澜屿县大数据管理局", ["县大数据局"], "big_data"),
    "hyj": ("澜屿县海洋和渔业局", ["县海洋和渔业局"], "agriculture"),
    "nyj": ("澜屿县农业农村局", ["县农业农村局"], "agriculture"),
    "kjj": ("澜屿县科学技术局", ["县科技局"], "science_technology"),
    "lwj": ("澜屿县旅游和文化广电体育局", ["县旅游和文化广电体育局"], "culture_tourism"),
    "wjw": ("澜屿县卫生健康委员会", ["县卫生健康委"], "health"),
    "ybj": ("澜屿县医疗保障局", ["县医疗保障局"], "health"),
    "jyj": ("澜屿县教育局", ["县教育局"], "education"),
    "zwz": ("澜屿县政务服务中心", ["县政务服务中心"], "government_services"),
    "swj": ("澜屿县商务局", ["县商务局"], "commerce"),
    "czj": ("澜屿县财政局", ["县财政局"], "finance"),
    "rsj": ("澜屿县人力资源和社会保障局", ["县人力资源社会保障局"], "human_resources"),
}
AGENCIES = [Agency(c, n, list(p), cat) for c, (n, p, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "澜屿县推进“人工智能+”行动实施方案（2026—2028年）"
DOC_NUMBER = "澜府办〔2026〕11号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Lanyu County implementation plan for advancing “AI+” (2026–2028) — synthetic",
    "issuer": "澜屿县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-12",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2027, 2028],
    "source_file": f"{SLUG}.txt",
}

GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实海南自由贸易港建设部署和省委、省政府关于推进“人工智能+”行动的要求，立足县域海洋资源和热带农业、滨海旅游特色，抢抓全岛封关运作后的政策机遇，以场景开放为牵引，以数据要素为基础，以企业培育为支撑，推动人工智能与海洋渔业、热带农业、滨海旅游和公共服务深度融合，为建设生态美丽幸福的新澜屿提供有力支撑。要坚持统筹谋划、分步推进，聚焦重点领域和关键环节集中发力，推动人工智能从单点应用向规模化应用转变，让人工智能发展成果更多惠及全县人民群众。"
BASIS = "近年来，我县深入推进数字经济发展，县数据中心建成投运，海洋渔业、热带农业、滨海旅游等领域数字化转型取得积极进展，一批智慧渔港、智慧景区、智慧农业应用场景落地见效。但全县人工智能产业基础薄弱、企业规模偏小、人才储备不足、数据资源开发利用不够等问题仍较突出，必须抢抓机遇、加快补齐短板。"
PRINCIPLES = "坚持场景驱动，以县域特色产业和民生服务需求为牵引，推动人工智能技术落地应用；坚持特色发展，立足海洋、热带农业和滨海旅游资源，走差异化发展路子；坚持开放合作，用好自由贸易港政策，引进优质企业和人才；坚持安全可控，统筹发展和安全，守牢数据安全和伦理底线。"
GOAL1 = "到2027年底，全县人工智能相关产业规模达到30亿元，智能算力规模达到50P，建成“人工智能+”应用场景40个，培育人工智能相关企业30家以上。"
GOAL2 = "到2028年，全县人工智能相关产业规模突破50亿元，“人工智能+”应用场景累计达到80个以上，重点领域人工智能应用普及率达到70%，人工智能成为推动县域经济高质量发展的重要引擎。"
G1T = [
    T(
        "人工智能相关产业规模",
        "亿元",
        "eq",
        30,
        "全县人工智能相关产业规模达到30亿元",
        kind="related_industry_scale",
        deadline=2027,
    ),
    T("智能算力规模", "P", "eq", 50, "智能算力规模达到50P", kind="computing_power", deadline=2027),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        40,
        "建成“人工智能+”应用场景40个",
        kind="application_scenarios",
        deadline=2027,
    ),
    T(
        "人工智能相关企业",
        "家",
        "gte",
        30,
        "培育人工智能相关企业30家以上",
        kind="ai_enterprises",
        deadline=2027,
    ),
]
G2T = [
    T(
        "人工智能相关产业规模",
        "亿元",
        "gt",
        50,
        "全县人工智能相关产业规模突破50亿元",
        kind="related_industry_scale",
    ),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        80,
        "“人工智能+”应用场景累计达到80个以上",
        kind="application_scenarios",
    ),
    T("重点领域人工智能应用普及率", "%", "eq", 70, "重点领域人工智能应用普及率达到70%"),
]

# Tasks as the .txt prints them: "\n" where the copied page broke a line. (numbering, title, rest, lead, supporting, targets)
TASKS = [
    (
        "（一）",
        "建设绿色智能算力设施",
        "依托县数据中心和海底数据中心试点项目，建设绿色智算节点，2027年末全县智能算力规模达到50P。推动算力资源接入全省算力调度平台，面向中小企业、科研机构提供普惠算力服务，对企业使用智能算力给予不超过合同金额30%的补贴。探索算力与清洁能源协同发展，提高绿色电力使用比例。（牵头单位：县发改委；配合单位：县工信局、县大数据局）",
        ["fgw"],
        ["gxj", "dsj"],
        [],
    ),
    (
        "（二）",
        "推进“人工智能+”海洋渔业",
        "建设海洋渔业智能监管服务平台，推动渔船动态监测、渔获智能识别和渔港智能管理，建设智慧渔港2\n个，推广渔船智能终端1,200台，发展深远海智能养殖，建成智能化深远海养殖平台3座，提升海洋渔业安全生产和绿色发展水平。推动渔业生产数据汇聚共享，发展水产品智能加工和冷链溯源。（牵头单位：县海洋和渔业局；配合单位：县工业和信息化局）",
        ["hyj"],
        ["gxj"],
        [
            T("智慧渔港", "个", "eq", 2, "建设智慧渔港2个"),
            T("渔船智能终端", "台", "eq", 1200, "推广渔船智能终端1,200台"),
            T("智能化深远海养殖平台", "座", "eq", 3, "建成智能化深远海养殖平台3座"),
        ],
    ),
    (
        "（三）",
        "推进“人工智能+”热带农业",
        "推广智能灌溉、病虫害智能识别、农产品质量追溯等应用，建设智慧农业示范基地10个，推动槟榔、椰子、热带水果等特色产业全链条数字化，发展农产品直播电商和智能营销。支持农业龙头企业和农民专业合作社应用智能农机、植保无人机等装备，推广热带作物种植管理智能决策服务，提高农业生产效率和抗风险能力。建设农业农村大数据平台，推动农业生产经营管理智能化，助力乡村全面振兴。（牵头单位：县农业农村局；配合单位：县科技局、县大数据局）",
        ["nyj"],
        ["kjj", "dsj"],
        [T("智慧农业示范基地", "个", "eq", 10, "建设智慧农业示范基地10个")],
    ),
    (
        "（四）",
        "推进“人工智能+”滨海旅游",
        "建设全域旅游智能服务平台，推出智能导览、行程规划、多语种智能讲解等服务，打造智慧景区5个，推动酒店、民宿智能化升级，提升境内外游客服务体验。推动旅游数据资源汇聚共享，建立旅游客流智能监测和预警机制，开发面向境外游客的多语种智能服务，助力国际旅游消费中心建设。（牵头单位：县旅游和文化广电体育局；\n配合单位：县大数据局、县工信委）",
        ["lwj"],
        ["dsj", "gxj"],
        [T("智慧景区", "个", "eq", 5, "打造智慧景区5个")],
    ),
    (
        "（五）",
        "推进“人工智能+”医疗健康",
        "推动医学影像辅助诊断、智能导诊、慢病智能管理等应用，基层医疗卫生机构智能辅助诊断覆盖率达到100%，建设远程智能诊疗服务点20个，提升县域医疗服务能力。推动县人民医院与省级医院共建远程会诊中心，让群众在家门口享受优质医疗服务。推进医疗健康数据规范共享，探索智能医保审核和家庭医生智能签约服务。（牵头单位：县卫生健康委,配合单位：县医疗保障局,县大数据局）",
        ["wjw"],
        ["ybj", "dsj"],
        [
            T(
                "基层医疗卫生机构智能辅助诊断覆盖率",
                "%",
                "eq",
                100,
                "基层医疗卫生机构智能辅助诊断覆盖率达到100%",
            ),
            T("远程智能诊疗服务点", "个", "eq", 20, "建设远程智能诊疗服务点20个"),
        ],
    ),
    (
        "（六）",
        "推进“人工智能+”教育",
        "建设县级教育智能服务平台，推广智能备课、学情分析、个性化学习等应用，打造人工智能教育示范校8所，推动优质教育资源向乡村学校延伸。推进教育数字化转型，建设智慧教室和数字化实验室，促进城乡教育优质均衡发展。加强教师人工智能素养培训，在中小学普及人工智能通识教育。（牵头单位：县教育局；配合单位：县大数据局）",
        ["jyj"],
        ["dsj"],
        [T("人工智能教育示范校", "所", "eq", 8, "打造人工智能教育示范校8所")],
    ),
    (
        "（七）",
        "推进“人工智能+”政务服务",
        "部署政务服务智能助手，推进智能问答、智能预审、智能审批，政务服务事项智能办理比例达到40%，推动高频事项“免申即享”。推进12345热线智能化升级，建立诉求智能分派和办理质效分析机制，提高问题办理效率。推动政务服务从“能办”向“好办、易办”转变，提升企业和群众办事满意度。推动政务数据和电子证照在政务服务中深度应用，减少群众重复提交材料。（牵头单位：县政务服务中心；配合单位：县大数据局）",
        ["zwz"],
        ["dsj"],
        [T("政务服务事项智能办理比例", "%", "eq", 40, "政务服务事项智能办理比例达到40%")],
    ),
    (
        "（八）",
        "培育壮大人工智能企业",
        "依托自由贸易港政策优势开展精准招商，到2027年底培育人工智能相关企业30家以上，其中引进人工智能企业10家，支持企业申报高新技术企业。落实自由贸易港企业所得税优惠等政策，支持企业拓展东南亚市场，推动人工智能产品和服务“走出去”。建设县人工智能创新创业孵化基地，完善孵化服务体系，建立重点企业联系服务制度。（牵头单位：县工业和信息化局；配合单位：县商务局、县财政局）",
        ["gxj"],
        ["swj", "czj"],
        [
            T(
                "引进人工智能企业",
                "家",
                "eq",
                10,
                "其中引进人工智能企业10家",
                kind="ai_enterprises",
                aggregation="flow",
                deadline=2027,
                parent="T4",
            )
        ],
    ),
    (
        "（九）",
        "加强人工智能人才培养",
        "支持县职业技术学校开设人工智能相关专业，开展数字技能培训3000人次，开展面向公职人员和企业管理人员的人工智能专题培训。落实自由贸易港人才政策，为引进的人工智能人才在住房、子女入学、医疗等方面提供便利。（牵头单位：县人力资源社会保障局；配合单位：县教育局）",
        ["rsj"],
        ["jyj"],
        [
            T(
                "数字技能培训",
                "人次",
                "eq",
                3000,
                "开展数字技能培训3000人次",
                kind="talent",
                aggregation="flow",
            )
        ],
    ),
    (
        "（十）",
        "推进“人工智能+”城乡治理",
        "建设县域社会治理智能平台，在城市管理、应急管理、生态环境保护等领域推广视频智能分析、事件自动识别等应用，\n推动台风、风暴潮等灾害智能监测预警，提升防灾减灾和基层治理智能化水平。加强海岸带和自然保护地智能巡护，守护好绿水青山、碧海蓝天。推进城市部件智能感知设施统一规划、集约建设，推动城市管理问题智能发现、快速处置。（牵头单位：县大数据局；配合单位：县发改委、县海洋和渔业局）",
        ["dsj"],
        ["fgw", "hyj"],
        [],
    ),
    (
        "（十一）",
        "推进“人工智能+”港航物流",
        "推动渔港、商港智能化改造，推广智能理货、无人仓储、冷链物流智能监控等应用，建设智慧冷链物流中心1个，降低物流成本，服务热带农产品和海产品出岛。（牵头单位：县商务局；配合单位：县工信局、县海洋和渔业局）",
        ["swj"],
        ["gxj", "hyj"],
        [T("智慧冷链物流中心", "个", "eq", 1, "建设智慧冷链物流中心1个")],
    ),
    (
        "（十二）",
        "推进“人工智能+”海洋科技",
        "支持企业与省内外高校、科研院所合作，围绕海洋观测、海洋牧场、海洋生态修复等方向开展人工智能技术攻关和成果转化，建设海洋人工智能联合实验室1个，推动海洋科技创新成果在县域落地应用。（牵头单位：县科技局；配合单位：县海洋和渔业局、县工信局）",
        ["kjj"],
        ["hyj", "gxj"],
        [
            T(
                "海洋人工智能联合实验室",
                "个",
                "eq",
                1,
                "建设海洋人工智能联合实验室1个",
                kind="innovation_platforms",
            )
        ],
    ),
    (
        "（十三）",
        "推进数据资源开发利用",
        "完善全县公共数据资源目录，推动公共数据按需共享和有序开放，围绕海洋渔业、热带农业、滨海旅游等领域建设高质量数据集6个，\n探索公共数据授权运营，培育数据标注、数据服务等新业态，为人工智能模型训练和应用提供数据支撑。加强数据安全管理，落实数据分类分级保护要求。（牵头单位：县大数据局；配合单位：县发改委、县农业农村局）",
        ["dsj"],
        ["fgw", "nyj"],
        [T("高质量数据集", "个", "eq", 6, "建设高质量数据集6个")],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立县推进“人工智能+”行动工作专班，由县政府分管负责同志任组长，专班办公室设在县工信局，统筹推进各项任务。各牵头单位要制定具体措施，明确时间表、路线图。建立县直部门协同、县乡联动工作机制，定期研究解决工作推进中的重大问题，形成工作合力。",
    ),
    (
        "（二）",
        "强化要素保障",
        "统筹用好县级产业发展资金，每年安排不少于500万元支持人工智能项目建设，保障重点项目用地、用能需求。积极争取自由贸易港建设专项资金和省级数字经济发展资金支持，引导金融机构加大对人工智能企业的信贷支持，鼓励社会资本参与人工智能项目建设运营。",
    ),
    (
        "（三）",
        "强化安全治理",
        "落实生成式人工智能服务管理有关规定，加强数据安全和个人信息保护，防范化解人工智能应用风险。建立人工智能应用安全评估和风险监测机制，加强对重点行业人工智能应用的安全监管，开展人工智能伦理宣传教育。",
    ),
    (
        "（四）",
        "加强督促检查",
        "建立任务台账，实行季调度、年考核，定期通报工作进展，及时总结推广典型经验做法。将重点任务推进情况纳入县直部门和乡镇年度绩效考核，对工作成效突出的予以通报表扬，对推进不力的督促整改。充分利用各类媒体宣传“人工智能+”行动成效，营造良好社会氛围。",
    ),
]


def _flat(text):
    return text.replace("\n", "")


def _build():
    for t in G1T:
        assert t.phrase in GOAL1, t.phrase
    for t in G2T:
        assert t.phrase in GOAL2, t.phrase
    goals = [Goal("到2027年底", GOAL1, G1T), Goal("到2028年", GOAL2, G2T)]
    lines = [
        "澜屿县人民政府门户网站",
        "首页 > 政务公开 > 政策文件",
        f"澜屿县人民政府办公室关于印发{TITLE}的通知",
        "发布时间：2026-03-12 10:30　　来源：县政府办公室　　【字体：大 中 小】",
        DOC_NUMBER,
        "各乡镇人民政府，县政府直属各单位：",
        f"　　《{TITLE}》已经县政府同意，现印发给你们，请认真组织实施。",
        "　　澜屿县人民政府办公室",
        "　　2026年3月12日",
        "　　（此件主动公开）",
        TITLE,
        "　　为抢抓人工智能发展机遇，推动人工智能与县域经济社会深度融合，结合我县实际，制定本方案。本方案实施期限为2026年至2028年。",
        "　　" + BASIS,
        "　　一、总体要求",
        "　　（一）指导思想",
        "　　" + GUIDE,
        "　　（二）基本原则",
        "　　" + PRINCIPLES,
        "　　（三）主要目标",
        "　　" + GOAL1,
        "　　" + GOAL2,
        "　　二、重点任务",
    ]
    tasks = []
    paragraph = ""
    for num, title, rest, lead, sup, targets in TASKS:
        printed = f"{num}{title}。{rest}"
        if (
            num == "（四）"
        ):  # run into the paragraph before it: no line break after （三）'s annotation
            paragraph += printed
        else:
            if paragraph:
                lines.append("　　" + paragraph)
            paragraph = printed
        tasks.append(Task(num, title, _flat(f"{title}。{rest}"), lead=lead, supporting=sup))
        for t in targets:
            assert t.phrase in _flat(rest), t.phrase
        if targets:
            goals.append(Goal(title, _flat(f"{title}。{rest}"), targets, numbering=num))
    lines.append("　　" + paragraph)
    sections = [Section("二", "二、", "重点任务", "key_task", tasks)]
    lines.append("　　三、保障措施")
    sg = []
    for num, title, rest in SAFEGUARDS:
        lines.append(f"　　{num}{title}。{rest}")
        sg.append(Task(num, title, f"{title}。{rest}"))
    sections.append(Section("三", "三、", "保障措施", "safeguard", sg))
    lines += ["【打印本页】　【关闭窗口】", "主办：澜屿县人民政府办公室　　琼ICP备00000000号"]
    return "\n".join(lines) + "\n", goals, sections


TEXT, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "lanyu-county",
        "name": "澜屿县",
        "name_en": "Lanyu County",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 澜屿县推进“人工智能+”行动实施方案（2026—2028年） (澜屿县人民政府办公室, 澜府办〔2026〕11号, 2026-03-12)
# — SYNTHETIC (synthetic_cr): WRITTEN by helper blindCR (2026-12-07) before reading or running the importer; no such document
#   is claimed to exist. Built by make_files.py from doc_lanyu.py as a .txt copied from the county portal, slips kept.
# Zone lanyu-county (海南, an invented county) → district level (the schema has no county level; a county stands where a
#   district does); period 2026—2028.
# Outline: the portal's chrome (site name, breadcrumb, 发布时间 line, 【打印本页】, footer: no content), the notice, the title, a
#   preamble and a 基础 paragraph (no figures); 一、总体要求 （一）指导思想 （二）基本原则 (no tasks) （三）主要目标 = "到2027年底，…" (goal titled 到2027年底, due 2027) and "到2028年，…" (due 2028);
#   二、重点任务 = thirteen tasks "（N）标题。正文（牵头单位：X；配合单位：Y）"; 三、保障措施 = four items, no roles (safeguard tasks).
# How each slip was read (as a careful reader would):
# - （四） is printed run into （三）'s paragraph ("…县大数据局）（四）推进“人工智能+”滨海旅游。…"): two tasks; （三） ends at its
#   annotation's closing bracket, （四） begins at its number. Neither text holds the other's words.
# - （四）'s annotation is split over two lines ("（牵头单位：县旅游和文化广电体育局；" / "配合单位：县大数据局、县工信委）"): one
#   annotation; the line break is nothing.
# - （五）'s "（牵头单位：县卫生健康委,配合单位：县医疗保障局,县大数据局）" (half-width commas between the labels and between the
#   names): 县卫生健康委 lead, 县医疗保障局 and 县大数据局 supporting — the comma after a name and before a label ends the lead list.
# - 县工信局 ((一), (十一), (十二), 保障措施), 县工业和信息化局 ((二), (八)) and 县工信委 ((四)): one body, 澜屿县工业和信息化局, all three printed
#   forms its aliases (县工信委 is an old name the office kept using, not another body). The 保障措施's 专班办公室设在县工信局
#   assigns no role.
# - "到2027年底，…智能算力规模达到50P" (goals) and "2027年末全县智能算力规模达到50P" ((一)): one target, kept in the goals; (一)
#   holds no figure of its own (the 30% is a subsidy rate): no goal. Likewise (八)'s "到2027年底培育人工智能相关企业30家以上"
#   restates the goals' figure: no second target; its "其中引进人工智能企业10家" is a target of its own, due 2027 (its sentence's
#   year), parent the goals' 30家 (T4).
# - "建设智慧渔港2" / "个" split by a line break → 2 个; "1,200台" → 1200 台.
# Targets: task figures with no year → 2028 (the plan's end); 培训, 引进 → flow, others stock. Not targets: the subsidy rate, the
#   annual budget in 强化要素保障 (每年安排不少于500万元).
"""

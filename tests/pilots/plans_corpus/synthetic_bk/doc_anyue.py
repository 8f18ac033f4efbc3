# ruff: noqa: E501  (plan text as the office writes it)
"""安岳县推进“人工智能+”行动实施方案（2026—2028年） — INVENTED (synthetic_bk). The county portal's page saved as .html:
site header, navigation, breadcrumb, 信息公开 table, page title, 来源 line; the 县政府办公室's notice; the plan: preamble with
2025 baselines, 一、总体要求 （一）指导思想 （二）基本原则 （三）主要目标 (two dated paragraphs), 二、重点任务 （一）–（七） of items 1.… restarting
per group, annotated three ways: "【牵头单位：X；配合单位：Y】", "（责任单位：X（牵头）、Y、Z）" (the lead marked inside the list)
and "【责任单位：X（牵头）、Y、Z】"; groups （二） and （六） annotated on their heading ONLY, group （四） on its heading and on one of
its items; 各乡镇 / 各乡镇人民政府 made responsible (a collective) beside 县级有关部门 / 有关部门 (generic, no agency), and 各乡镇 named
in task text where it is no actor; 三、保障措施 = five unnumbered paragraphs led by their names; the portal footer."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "anyue-ai-plus-plan-2026-synthetic"
KIND = "html"

A = [
    ("jkx", "安岳县经济科技信息化局", ["县经济科技信息化局"], "industry_it"),
    ("fgj", "安岳县发展和改革局", ["县发展改革局"], "development_reform"),
    ("dsj", "安岳县政务服务和大数据管理局", ["县政务服务和大数据管理局"], "big_data"),
    ("nmz", "安岳县柠檬产业发展中心", ["县柠檬产业发展中心"], "agriculture"),
    ("nyj", "安岳县农业农村局", ["县农业农村局"], "agriculture"),
    ("wlj", "安岳县文化广播电视和旅游局", ["县文化广播电视和旅游局"], "culture_tourism"),
    ("jtj", "安岳县交通运输局", ["县交通运输局"], "transport"),
    ("gaj", "安岳县公安局", ["县公安局"], "public_security"),
    ("wjj", "安岳县卫生健康局", ["县卫生健康局"], "health"),
    ("ybj", "安岳县医疗保障局", ["县医疗保障局"], "health"),
    ("rmyy", "安岳县人民医院", ["县人民医院"], "health"),
    ("jyj", "安岳县教育和体育局", ["县教育和体育局"], "education"),
    ("rsj", "安岳县人力资源和社会保障局", ["县人力资源和社会保障局"], "human_resources"),
    ("mzj", "安岳县民政局", ["县民政局"], "civil_affairs"),
    ("czj", "安岳县财政局", ["县财政局"], "finance"),
    ("tcj", "安岳县投资促进局", ["县投资促进局"], "commerce"),
    ("kfq", "安岳经济开发区管理委员会", ["安岳经济开发区管委会"], "park_administration"),
    ("zjj", "安岳县住房和城乡建设局", ["县住房和城乡建设局"], "housing_construction"),
    ("yjj", "安岳县应急管理局", ["县应急管理局"], "emergency"),
    ("zfw", "中共安岳县委政法委员会", ["县委政法委"], "other"),
    ("wxb", "中共安岳县委网络安全和信息化委员会办公室", ["县委网信办"], "publicity"),
    ("xcb", "中共安岳县委宣传部", ["县委宣传部"], "publicity"),
    ("rmt", "安岳县融媒体中心", ["县融媒体中心"], "publicity"),
    ("dx", "中国电信股份有限公司安岳分公司", ["中国电信安岳分公司"], "state_enterprise"),
    ("yd", "中国移动通信集团四川有限公司安岳分公司", ["中国移动安岳分公司"], "state_enterprise"),
    ("gd", "国网四川省电力公司安岳县供电分公司", ["国网安岳县供电公司"], "state_enterprise"),
    ("xz", "安岳县各乡镇人民政府", ["各乡镇人民政府", "各乡镇"], "local_government"),
]
AGENCIES = [Agency(c, n, list(al), cat) for c, n, al, cat in A]
NAME = {alias: c for c, n, al, cat in A for alias in al}

TITLE = "安岳县推进“人工智能+”行动实施方案（2026—2028年）"
DOC_NUMBER = "安府办发〔2026〕9号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Anyue County implementation plan for advancing the “AI+” action (2026–2028) — synthetic",
    "issuer": "安岳县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-26",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.html",
}

NOTICE = [
    "各乡镇人民政府，县级各部门，有关单位：",
    f"《{TITLE}》已经县政府第48次常务会议审议通过，现印发给你们，请结合实际认真抓好贯彻落实。各牵头单位要会同配合单位、责任单位细化工作措施，确保各项任务按期完成。",
    "安岳县人民政府办公室",
    "2026年3月26日",
]

PREAMBLE = [
    "人工智能是引领新一轮科技革命和产业变革的战略性技术，是发展新质生产力的重要引擎。近年来，我县深入实施数字经济发展战略，数字基础设施不断完善，2025年全县数字经济核心产业增加值达到21亿元，柠檬种植面积52万亩、年产鲜果80万吨，人工智能相关企业9家，“人工智能+”在柠檬种植、政务服务、景区管理等领域的应用初见成效。但总体看，我县人工智能发展仍处于起步阶段，存在产业基础薄弱、数据资源分散、专业人才匮乏、应用场景不多等短板，人工智能赋能县域经济社会发展的潜力尚未充分释放，亟须加强统筹谋划、加快推进步伐。",
    "为深入贯彻国家、省、市关于深入实施“人工智能+”行动的部署要求，抢抓人工智能加速发展和产业转移的重大机遇，推动人工智能与我县柠檬产业、先进制造、文化旅游、民生服务和社会治理深度融合，结合我县实际，制定本方案。",
]

GUIDE = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实省委、市委关于发展数字经济和推进“人工智能+”行动的工作部署，坚持需求导向、应用牵引、集约建设、安全可控，以柠檬产业数字化、制造业智能化、文旅服务智慧化、公共服务便利化为重点，着力夯实数字基础、拓展应用场景、培育产业生态，推动人工智能赋能县域经济高质量发展，促进人工智能与实体经济深度融合、与城乡居民生活紧密结合，为加快建设经济强县、文化名县、生态美县提供有力支撑。要把实施“人工智能+”行动作为推动县域数字化转型的重要抓手，坚持一张蓝图绘到底，久久为功、持续推进。"

PRINCIPLES = [
    "——坚持需求导向。聚焦产业发展、民生服务和社会治理中的痛点难点，以应用场景为牵引，推动人工智能技术在县域落地见效，让企业和群众有实实在在的获得感。",
    "——坚持特色发展。立足柠檬、石刻等特色资源，走差异化、特色化发展路子，打造具有安岳辨识度的“人工智能+”应用品牌。",
    "——坚持集约共享。依托省、市算力和数据平台开展建设，统筹县域信息化资源，避免重复投资和资源浪费，提高财政资金使用效益。",
    "——坚持安全可控。统筹发展和安全，落实网络安全、数据安全和个人信息保护要求，确保人工智能应用安全可靠。",
]
G1_TEXT = "到2026年底，县域算力服务平台建成投用，柠檬产业大数据平台上线运行，打造“人工智能+”应用场景20个，人工智能相关企业达到15家，“人工智能+”行动推进机制基本建立。"
G2_TEXT = "到2028年，人工智能与柠檬产业、先进制造、文化旅游、民生服务深度融合，全县数字经济核心产业增加值达到40亿元，人工智能相关企业突破30家，其中规模以上企业不少于8家，打造“人工智能+”应用场景60个以上，柠檬产业数字化覆盖率达到70%，建成智慧景区5个，县乡村三级“AI+政务服务”覆盖率达到100%，累计培训新型职业农民和企业职工5万人次，建成全省有影响力的县域“人工智能+”特色产业发展示范县。"


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


G1 = [
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        20,
        "打造“人工智能+”应用场景20个",
        kind="application_scenarios",
        deadline=2026,
    ),
    T(
        "人工智能相关企业",
        "家",
        "eq",
        15,
        "人工智能相关企业达到15家",
        kind="ai_enterprises",
        deadline=2026,
    ),
]
G2 = [
    T(
        "数字经济核心产业增加值",
        "亿元",
        "eq",
        40,
        "全县数字经济核心产业增加值达到40亿元",
        kind="related_industry_scale",
    ),
    T(
        "人工智能相关企业",
        "家",
        "gt",
        30,
        "人工智能相关企业突破30家",
        kind="ai_enterprises",
    ),
    T(
        "规模以上人工智能企业",
        "家",
        "gte",
        8,
        "其中规模以上企业不少于8家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        60,
        "打造“人工智能+”应用场景60个以上",
        kind="application_scenarios",
    ),
    T("柠檬产业数字化覆盖率", "%", "eq", 70, "柠檬产业数字化覆盖率达到70%"),
    T("智慧景区", "个", "eq", 5, "建成智慧景区5个", kind="application_scenarios"),
    T(
        "县乡村三级“AI+政务服务”覆盖率",
        "%",
        "eq",
        100,
        "县乡村三级“AI+政务服务”覆盖率达到100%",
    ),
    T(
        "培训新型职业农民和企业职工",
        "人次",
        "eq",
        50000,
        "累计培训新型职业农民和企业职工5万人次",
        kind="talent",
        aggregation="flow",
    ),
]


def lead_list(lead, others, bracket="（）"):
    """ "（责任单位：X（牵头）、Y、Z）" — the lead marked inside the list (bracket "【】" prints it in 【】)."""
    names = [f"{x}（牵头）" for x in lead] + list(others)
    return f"{bracket[0]}责任单位：{'、'.join(names)}{bracket[1]}"


def lead_support(lead, support):
    """ "【牵头单位：X；配合单位：Y】"."""
    return f"【牵头单位：{'、'.join(lead)}；配合单位：{'、'.join(support)}】"


def _codes(names):
    return [NAME[n] for n in names if n in NAME]


def _roles(form, lead, others):
    """(annotation text, lead codes, supporting codes, responsible codes)."""
    if form == "support":
        return lead_support(lead, others), _codes(lead), _codes(others), []
    bracket = "【】" if form == "list【】" else "（）"
    return lead_list(lead, others, bracket), _codes(lead), [], _codes(others)


XZ = "各乡镇"
XZR = "各乡镇人民政府"

# groups: (numbering, title, heading annotation (form, lead, others) or None,
#          [(title, body, own annotation (form, lead, others) or None, targets)])
# forms: "support" 【牵头单位：X；配合单位：Y】, "list" （责任单位：X（牵头）、Y）, "list【】" 【责任单位：X（牵头）、Y】
GROUPS = [
    (
        "（一）",
        "夯实数字基础设施",
        None,
        [
            (
                "建设县域算力服务平台",
                "依托县大数据中心机房，建设县域算力服务平台，接入智能算力50P，为政府部门、企业和科研机构提供模型训练、推理和数据处理服务。加强与市级算力中心和省内算力枢纽节点的协同调度，提升算力资源利用效率。对租用平台算力的中小企业按照实际费用的20%给予补贴，单户企业每年最高20万元。",
                (
                    "support",
                    ["县经济科技信息化局"],
                    ["县政务服务和大数据管理局", "中国电信安岳分公司"],
                ),
                [
                    T(
                        "县域算力服务平台接入智能算力",
                        "P",
                        "eq",
                        50,
                        "接入智能算力50P",
                        kind="computing_power",
                    ),
                ],
            ),
            (
                "推进公共数据汇聚共享",
                "完善县级公共数据平台，编制公共数据资源目录，推动人口、法人、自然资源、经济运行等基础数据汇聚，县级公共数据平台汇聚数据1亿条。建立数据共享责任清单，推动部门间数据按需共享、应享尽享，探索开展公共数据授权运营。",
                ("support", ["县政务服务和大数据管理局"], ["县委网信办", "县级有关部门"]),
                [
                    T(
                        "县级公共数据平台汇聚数据",
                        "条",
                        "eq",
                        100000000,
                        "县级公共数据平台汇聚数据1亿条",
                    ),
                ],
            ),
            (
                "完善乡村信息基础设施",
                "加快5G网络向乡村延伸，新建5G基站300个，实现乡镇5G网络全覆盖，行政村5G通达率达到90%。推进农村千兆光网建设和老旧网络设施改造，在柠檬主产区部署土壤墒情、气象、虫情等物联网感知设备，为智慧农业提供网络支撑。",
                ("list", ["县经济科技信息化局"], ["中国电信安岳分公司", "中国移动安岳分公司", XZ]),
                [
                    T("新建5G基站", "个", "eq", 300, "新建5G基站300个", aggregation="flow"),
                    T("行政村5G通达率", "%", "eq", 90, "行政村5G通达率达到90%"),
                ],
            ),
            (
                "推进数字乡村建设",
                "实施数字乡村建设行动，推动农村电商、智慧农业、乡村治理等数字化应用，建设数字乡村示范村20个。推广“村务AI助手”，为村干部和群众提供政策咨询、办事指引等智能服务。",
                ("list", ["县农业农村局"], ["县政务服务和大数据管理局", XZ]),
                [T("数字乡村示范村", "个", "eq", 20, "建设数字乡村示范村20个")],
            ),
        ],
    ),
    (
        "（二）",
        "推进“人工智能+”柠檬产业",
        ("support", ["县柠檬产业发展中心"], ["县农业农村局", "县经济科技信息化局", XZR]),
        [
            (
                "建设柠檬产业大数据平台",
                "整合柠檬种植、加工、仓储、销售等环节数据，建设安岳柠檬产业大数据平台，覆盖柠檬种植基地30万亩，实现种植面积、产量、价格、库存等数据动态监测和智能分析，为产业决策、生产管理和市场营销提供数据服务。",
                None,
                [T("柠檬产业大数据平台覆盖种植基地", "亩", "eq", 300000, "覆盖柠檬种植基地30万亩")],
            ),
            (
                "推广智慧种植管理",
                "建设柠檬数字化种植示范基地10个，推广水肥一体化智能灌溉、病虫害AI识别预警、无人机植保等技术，示范基地亩均用肥用药量减少15%。支持种植大户、家庭农场和农民合作社应用智能农机装备，提升柠檬标准化、规模化种植水平。",
                None,
                [
                    T("柠檬数字化种植示范基地", "个", "eq", 10, "建设柠檬数字化种植示范基地10个"),
                    T(
                        "示范基地亩均用肥用药量减少",
                        "%",
                        "eq",
                        15,
                        "示范基地亩均用肥用药量减少15%",
                    ),
                ],
            ),
            (
                "推进柠檬加工智能化",
                "支持柠檬加工企业建设智能分选线、智能仓储和智能化生产车间，推动5家以上柠檬加工企业完成智能化改造。推广人工智能视觉分级、品质检测和冷链温控应用，提升柠檬精深加工产品附加值。",
                None,
                [
                    T(
                        "完成智能化改造的柠檬加工企业",
                        "家",
                        "gte",
                        5,
                        "推动5家以上柠檬加工企业完成智能化改造",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "发展柠檬电商和品牌营销",
                "培育柠檬电商企业和直播团队，推广AI数字人直播带货、智能客服和精准营销，柠檬线上销售额突破30亿元。运用大数据分析国内外市场需求，加强“安岳柠檬”区域公用品牌建设和保护，提升品牌知名度和市场竞争力。",
                None,
                [T("柠檬线上销售额", "亿元", "gt", 30, "柠檬线上销售额突破30亿元")],
            ),
            (
                "建设柠檬品种选育智能平台",
                "依托柠檬种质资源圃，运用人工智能和分子育种技术，建设柠檬品种选育智能平台，开展优良品种筛选和性状预测，选育柠檬新品种2个，提升柠檬品种竞争力。",
                None,
                [T("选育柠檬新品种", "个", "eq", 2, "选育柠檬新品种2个", kind="research_results")],
            ),
        ],
    ),
    (
        "（三）",
        "推进“人工智能+”制造",
        None,
        [
            (
                "推动企业智能化改造",
                "聚焦食品饮料、机械制造、新型建材等产业，分行业推进智能化改造，实施智能化改造项目40个，建设市级以上智能工厂和数字化车间10个。组织开展智能制造诊断服务，为企业量身定制改造方案，推动企业由单点应用向全流程智能化升级。",
                (
                    "list",
                    ["县经济科技信息化局"],
                    ["县发展改革局", "县财政局", "安岳经济开发区管委会"],
                ),
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        40,
                        "实施智能化改造项目40个",
                        aggregation="flow",
                    ),
                    T(
                        "市级以上智能工厂和数字化车间",
                        "个",
                        "eq",
                        10,
                        "建设市级以上智能工厂和数字化车间10个",
                    ),
                ],
            ),
            (
                "发展智能装备和电子信息产业",
                "围绕智能终端、电子元器件、智能农机等方向开展精准招商，引进人工智能和电子信息企业10家，推动产业链上下游协同发展。支持本地企业与高校院所合作开展技术攻关，培育一批专精特新企业。",
                ("list", ["县投资促进局"], ["县经济科技信息化局", "安岳经济开发区管委会"]),
                [
                    T(
                        "引进人工智能和电子信息企业",
                        "家",
                        "eq",
                        10,
                        "引进人工智能和电子信息企业10家",
                        kind="ai_enterprises",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "建设智慧园区",
                "建设安岳经济开发区智慧园区管理平台，整合安全生产、环境监测、能耗管理、企业服务等功能，重点企业能耗在线监测覆盖率达到100%。推动园区水、电、气、网等基础设施智能化改造，提升园区精细化管理和服务水平。",
                (
                    "support",
                    ["安岳经济开发区管委会"],
                    ["县应急管理局", "县住房和城乡建设局", "国网安岳县供电公司"],
                ),
                [
                    T(
                        "重点企业能耗在线监测覆盖率",
                        "%",
                        "eq",
                        100,
                        "重点企业能耗在线监测覆盖率达到100%",
                    ),
                ],
            ),
        ],
    ),
    (
        "（四）",
        "推进“人工智能+”文旅",
        ("list【】", ["县文化广播电视和旅游局"], ["县交通运输局", XZ]),
        [
            (
                "建设智慧景区",
                "围绕安岳石刻、圆觉洞、卧佛院、茗山寺等重点文旅资源，推进景区智能票务、客流监测、智能导览和安全预警系统建设，建成智慧景区5个，重点景区游客满意度达到95%以上。运用三维扫描、数字孪生等技术开展石刻文物数字化保护。",
                None,
                [T("重点景区游客满意度", "%", "gte", 95, "重点景区游客满意度达到95%以上")],
            ),
            (
                "发展数字文创",
                "挖掘安岳石刻、柠檬文化等特色资源，运用生成式人工智能开发数字藏品、动漫形象和沉浸式体验产品，开发安岳石刻数字文创产品50款，打造一批具有安岳辨识度的数字文化品牌。",
                ("support", ["县融媒体中心"], ["县文化广播电视和旅游局"]),
                [T("安岳石刻数字文创产品", "款", "eq", 50, "开发安岳石刻数字文创产品50款")],
            ),
            (
                "打造智慧旅游服务",
                "上线“智游安岳”智能服务平台，提供AI行程规划、智能客服、一键订票订房等服务，旅游公共服务点智能导览覆盖率达到80%。推动文旅、交通、气象等数据共享，开展节假日客流智能预测和疏导。",
                None,
                [
                    T(
                        "旅游公共服务点智能导览覆盖率",
                        "%",
                        "eq",
                        80,
                        "旅游公共服务点智能导览覆盖率达到80%",
                    ),
                ],
            ),
        ],
    ),
    (
        "（五）",
        "推进“人工智能+”民生服务",
        None,
        [
            (
                "发展智慧医疗",
                "推进县域医共体信息平台建设，人工智能辅助诊断覆盖全部乡镇卫生院，推广智能影像、智能心电、智能随访等应用，每年开展远程会诊5000人次以上。推动检查检验结果互认共享，让群众在家门口享受优质医疗服务。",
                ("support", ["县卫生健康局"], ["县医疗保障局", "县人民医院"]),
                [
                    T(
                        "远程会诊",
                        "人次",
                        "gte",
                        5000,
                        "每年开展远程会诊5000人次以上",
                        per_year=True,
                    ),
                ],
            ),
            (
                "发展智慧教育",
                "推进人工智能教育进校园，建设人工智能特色学校10所，开设人工智能普及课程，推广智能教学助手、学情分析和个性化学习辅导应用。加强教师人工智能素养培训，促进城乡优质教育资源共享。",
                ("list", ["县教育和体育局"], ["县财政局"]),
                [T("人工智能特色学校", "所", "eq", 10, "建设人工智能特色学校10所")],
            ),
            (
                "发展智慧养老",
                "建设县级智慧养老服务平台，为3000名独居、失能、高龄等特殊困难老年人配备智能手环、紧急呼叫等设备，提供健康监测、紧急救助、生活照料等服务。指导各乡镇依托区域养老服务中心开展智慧养老服务试点。",
                ("list", ["县民政局"], ["县卫生健康局", XZ]),
                [
                    T(
                        "配备智能设备的特殊困难老年人",
                        "名",
                        "eq",
                        3000,
                        "为3000名独居、失能、高龄等特殊困难老年人配备智能手环、紧急呼叫等设备",
                    ),
                ],
            ),
            (
                "推进“AI+政务服务”",
                "推广政务服务智能客服、智能导办、智能预审和智能审批，推出智能审批事项100项，实现县乡村三级“AI+政务服务”覆盖率达到100%。推动“高效办成一件事”与智能服务深度融合，提升企业和群众办事体验。",
                ("support", ["县政务服务和大数据管理局"], [XZR, "县级有关部门"]),
                [T("智能审批事项", "项", "eq", 100, "推出智能审批事项100项")],
            ),
            (
                "发展智慧交通",
                "建设县城智慧交通管理系统，建设智能交通信号控制路口30个，推广智慧停车和交通违法智能识别应用。推进城乡公交智能调度，城乡公交智能调度覆盖率达到100%，为群众提供实时公交查询服务。",
                ("support", ["县交通运输局"], ["县公安局", "县住房和城乡建设局"]),
                [
                    T("智能交通信号控制路口", "个", "eq", 30, "建设智能交通信号控制路口30个"),
                    T("城乡公交智能调度覆盖率", "%", "eq", 100, "城乡公交智能调度覆盖率达到100%"),
                ],
            ),
        ],
    ),
    (
        "（六）",
        "提升社会治理智能化水平",
        ("list【】", ["县委政法委"], ["县公安局", "县应急管理局", XZ]),
        [
            (
                "推进平安安岳智能化建设",
                "推进公共安全视频监控建设联网应用，新建和改造智能视频监控点位3000个，推广人脸识别、车辆识别、异常行为分析等应用，提升治安防控智能化水平。推动综治中心、网格化服务管理平台与公安视频资源融合共享。",
                None,
                [
                    T(
                        "新建和改造智能视频监控点位",
                        "个",
                        "eq",
                        3000,
                        "新建和改造智能视频监控点位3000个",
                    ),
                ],
            ),
            (
                "提升应急管理智能化水平",
                "建设县应急指挥智能化平台，对地质灾害隐患点、危险化学品企业、森林防火重点区域实施智能监测，地质灾害隐患点智能监测覆盖率达到100%。完善灾害预警信息发布机制，推动预警信息精准直达乡村和群众。",
                None,
                [
                    T(
                        "地质灾害隐患点智能监测覆盖率",
                        "%",
                        "eq",
                        100,
                        "地质灾害隐患点智能监测覆盖率达到100%",
                    ),
                ],
            ),
            (
                "推进基层智慧治理",
                "完善网格化服务管理平台功能，推动矛盾纠纷排查、信访事项办理、民生诉求受理等事项智能分拨和闭环处置，在200个村（社区）推广应用基层智慧治理系统。指导各乡镇用好基层治理数据，提升基层治理精细化水平。",
                None,
                [
                    T(
                        "推广应用基层智慧治理系统的村（社区）",
                        "个",
                        "eq",
                        200,
                        "在200个村（社区）推广应用基层智慧治理系统",
                    ),
                ],
            ),
        ],
    ),
    (
        "（七）",
        "优化人工智能发展生态",
        None,
        [
            (
                "加强人才培育",
                "实施数字技能提升行动，每年培训新型职业农民和企业职工1万人次，支持职业学校开设人工智能相关专业课程。引进一批人工智能领域专业人才，对引进的高层次人才在住房、子女入学等方面给予保障。",
                (
                    "list",
                    ["县人力资源和社会保障局"],
                    ["县教育和体育局", "县农业农村局"],
                ),
                [
                    T(
                        "培训新型职业农民和企业职工",
                        "人次",
                        "eq",
                        10000,
                        "每年培训新型职业农民和企业职工1万人次",
                        kind="talent",
                        per_year=True,
                    ),
                ],
            ),
            (
                "加大政策扶持",
                "设立规模5000万元的县数字经济产业发展基金，重点支持人工智能、电子信息等领域企业发展。对新认定的国家级、省级人工智能应用示范项目，分别给予最高30万元、10万元一次性奖励。",
                ("support", ["县财政局"], ["县经济科技信息化局", "县投资促进局"]),
                [],
            ),
            (
                "营造发展氛围",
                "开展人工智能科普进机关、进学校、进企业、进乡村活动，举办安岳县“人工智能+”应用创新大赛，宣传推广典型案例和经验做法，营造全社会关注支持人工智能发展的良好氛围。",
                ("list", ["县委宣传部"], ["县融媒体中心", "有关部门"]),
                [],
            ),
            (
                "深化开放合作",
                "加强与省内外高校院所和人工智能龙头企业的合作，共建联合实验室和成果转化基地，引进人工智能领域研发团队3个。积极参与区域人工智能产业协作，承办市级以上人工智能交流活动，提升安岳人工智能发展影响力。",
                ("list", ["县经济科技信息化局"], ["县投资促进局", "县人力资源和社会保障局"]),
                [
                    T(
                        "引进人工智能领域研发团队",
                        "个",
                        "eq",
                        3,
                        "引进人工智能领域研发团队3个",
                        kind="talent",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
]

# one or two sentences more per item, no figure (appended to the item's body as printed)
EXTRA = {
    "建设县域算力服务平台": "建立算力服务运营和计量结算机制，定期发布算力资源供给清单，引导政务部门和企业优先使用县域算力服务平台，不再新建分散的机房和数据中心。",
    "推进公共数据汇聚共享": "健全公共数据质量管理和安全管理制度，落实数据分类分级保护要求，推动数据“一数一源、一源多用”，为政务服务和社会治理提供数据支撑。",
    "完善乡村信息基础设施": "推动通信基础设施与农村公路、农房建设、产业园区开发同步规划、同步建设，降低网络建设成本，缩小城乡数字鸿沟。",
    "建设柠檬产业大数据平台": "建立柠檬产业数据采集和更新机制，推动种植主体、加工企业、流通企业数据接入平台，定期发布柠檬产业运行监测报告和价格指数。",
    "推广智慧种植管理": "开展柠檬种植专家系统和AI农技助手推广应用，为种植户提供在线问诊、精准施肥和采收期预测等服务，提高柠檬优果率。",
    "推进柠檬加工智能化": "支持龙头企业联合高校院所开展柠檬精深加工技术攻关，开发柠檬饮料、功能食品、日化用品等高附加值产品，延伸柠檬产业链条。",
    "发展柠檬电商和品牌营销": "完善柠檬产地仓、冷链物流和快递服务网络，推动柠檬鲜果和加工产品通过电商平台销往全国和海外市场。",
    "推动企业智能化改造": "建立智能化改造项目库，实行动态管理和跟踪服务，组织开展智能制造现场观摩和经验交流活动，推广一批可复制的典型案例。",
    "发展智能装备和电子信息产业": "加强与周边地区电子信息产业的对接协作，主动承接产业转移，推动招商引资项目早签约、早落地、早投产。",
    "建设智慧园区": "推行园区企业服务“一网通办”，为企业提供政策咨询、要素对接、融资服务等一站式服务，提升园区营商环境。",
    "建设智慧景区": "推动重点景区与周边乡村旅游点、农家乐数据互联和客源共享，带动全域旅游发展。",
    "发展数字文创": "支持本地文创企业与互联网平台合作，拓展数字文创产品销售和传播渠道，讲好安岳石刻故事。",
    "打造智慧旅游服务": "完善旅游投诉智能受理和快速处置机制，提升游客满意度和安岳旅游美誉度。",
    "发展智慧医疗": "推动医保结算智能审核和医保基金智能监管，提升医保基金使用效率。",
    "发展智慧教育": "推动优质课程资源共建共享，利用人工智能开展精准教研和教学质量监测，促进县域教育均衡发展。",
    "发展智慧养老": "鼓励社会力量参与智慧养老服务，探索“互联网+护理服务”“智慧助餐”等新模式，提升养老服务质量。",
    "推进“AI+政务服务”": "加强政务服务知识库建设，推动智能客服与12345政务服务便民热线协同，提升智能答复准确率和群众满意度。",
    "推进平安安岳智能化建设": "加强视频图像信息安全管理，严格规范数据使用权限，切实保护公民个人信息安全。",
    "提升应急管理智能化水平": "组织开展应急演练和智能装备应用培训，提升基层应急处置能力。",
    "加强人才培育": "建立人工智能人才需求目录，定期组织校企合作对接和专场招聘活动，帮助企业解决用人难题。",
    "加大政策扶持": "落实国家和省、市支持人工智能发展的各项政策，推动惠企政策“免申即享”、直达快享。",
    "营造发展氛围": "充分利用县融媒体平台开设专题专栏，及时宣传报道全县推进“人工智能+”行动的进展成效。",
    "推进数字乡村建设": "指导各乡镇结合实际开展数字乡村特色应用建设，形成一批可复制推广的经验做法。",
    "建设柠檬品种选育智能平台": "加强与省级农业科研院所合作，推动科研成果在安岳转化应用。",
    "发展智慧交通": "推动交通、公安、气象等部门数据共享，提升恶劣天气和节假日交通保障能力。",
    "推进基层智慧治理": "加强基层治理数据安全管理，严防群众个人信息泄露。",
    "深化开放合作": "鼓励本地企业“走出去”参与人工智能项目合作，拓展市场空间。",
}

# a further sentence for some items, no figure
EXTRA2 = {
    "完善乡村信息基础设施": "推进农村地区广播电视网络与通信网络融合发展，提升乡村信息服务水平。",
    "发展智能装备和电子信息产业": "对新引进的重大项目实行“一事一议”，在用地、用能、融资等方面给予支持。",
    "发展数字文创": "鼓励文创企业参与省、市文创设计大赛，提升安岳文创产品的知名度。",
    "发展智慧教育": "建设县级智慧教育云平台，实现优质教育资源“一网通享”。",
    "发展智慧交通": "推进农村客运站点智能化改造，方便群众出行。",
    "深化开放合作": "积极对接省、市人工智能产业联盟，推动本地企业融入区域产业协作体系。",
    "建设县域算力服务平台": "探索“算力+数据+模型”一体化服务模式，为中小企业提供低成本、便捷化的人工智能开发环境。",
    "推进公共数据汇聚共享": "推动公共数据向企业和科研机构有序开放，鼓励社会力量开发数据产品和服务。",
    "建设柠檬产业大数据平台": "推动平台与省级农业大数据平台对接，实现数据互联互通。",
    "推广智慧种植管理": "建立柠檬智慧种植技术服务队伍，定期开展技术培训和现场指导。",
    "推进柠檬加工智能化": "推动加工企业与种植基地建立稳定的订单合作关系，实现产销精准对接。",
    "发展柠檬电商和品牌营销": "支持企业参加国内外农产品展会，运用人工智能开展多语种营销推广，拓展国际市场。",
    "推动企业智能化改造": "引导企业加大技术改造投入，推动设备更新与智能化改造协同推进。",
    "建设智慧园区": "推进园区安全生产风险智能监测预警，实现风险隐患早发现、早处置。",
    "建设智慧景区": "加强石刻文物本体智能监测，对风化、渗水、裂隙等病害实施动态监测和预警。",
    "打造智慧旅游服务": "鼓励旅游企业运用人工智能开发特色旅游线路和个性化旅游产品。",
    "发展智慧医疗": "推进电子健康档案和电子病历互联互通，方便群众查询和使用。",
    "发展智慧养老": "加强对养老服务机构的智能化监管，保障老年人合法权益。",
    "推进“AI+政务服务”": "推动政务服务向乡镇、村（社区）延伸，让群众办事少跑腿。",
    "推进平安安岳智能化建设": "推动雪亮工程与智慧社区、智慧校园等建设成果共享共用。",
    "提升应急管理智能化水平": "完善应急物资智能化管理，提升应急物资调配效率。",
    "加强人才培育": "加强与省内高校合作，定向培养县域急需的数字化、智能化人才。",
    "加大政策扶持": "建立人工智能重点项目绿色通道，对重点项目实行全程代办服务。",
    "营造发展氛围": "组织企业参加省、市人工智能展会和创新大赛，展示安岳人工智能发展成果。",
}

SAFEGUARDS = [
    (
        "加强组织领导",
        "加强组织领导。成立县推进“人工智能+”行动工作领导小组，由县政府主要领导任组长，分管领导任副组长，县级相关部门和各乡镇主要负责同志为成员。领导小组办公室设在县经济科技信息化局，负责日常工作，统筹协调解决工作推进中的重大问题，建立季调度、年总结工作机制。各牵头单位要会同配合单位和责任单位制定年度工作计划，明确具体措施和时间节点，每季度末向领导小组办公室报送工作进展情况。",
    ),
    (
        "强化要素保障",
        "强化要素保障。县财政每年安排不少于500万元资金，支持算力设施建设、应用场景打造和人才培育。积极争取中央和省、市专项资金支持，引导社会资本参与人工智能项目建设，优先保障重点项目用地、用能需求。鼓励金融机构开发适合人工智能企业的信贷产品，加大对中小企业智能化改造的融资支持。",
    ),
    (
        "加强安全保障",
        "加强安全保障。落实网络安全等级保护和数据安全管理制度，加强人工智能应用安全评估和风险监测，防范数据泄露、算法滥用等风险，保障个人信息安全和公共安全。加强人工智能伦理规范宣传，引导企业依法依规开展技术研发和应用。建立人工智能安全事件应急处置机制，确保及时发现、快速响应、有效处置。",
    ),
    (
        "强化考核督导",
        "强化考核督导。各乡镇、县级有关部门要按照职责分工，细化工作措施，明确时间节点，确保各项任务落到实处。将方案实施情况纳入年度目标绩效考核，县委督查室、县政府督查室定期开展督查，2028年底对方案实施情况开展总结评估。对工作推进有力、成效明显的单位予以通报表扬，对工作推进不力、进度滞后的单位予以督促整改。",
    ),
    (
        "注重宣传引导",
        "注重宣传引导。加强“人工智能+”政策宣传解读，通过新闻发布、专题报道、现场观摩等形式，及时宣传全县推进“人工智能+”行动的新进展、新成效，总结推广典型经验做法，营造全社会关心支持人工智能发展的良好氛围。",
    ),
]


def _build():
    body = [*NOTICE, TITLE, *PREAMBLE]
    body += ["一、总体要求", "（一）指导思想", GUIDE, "（二）基本原则", *PRINCIPLES]
    body += ["（三）主要目标", G1_TEXT, G2_TEXT]
    body.append("二、重点任务")
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2028年", G2_TEXT, G2)]
    subs = []
    for gno, gtitle, heading, items in GROUPS:
        line = f"{gno}{gtitle}"
        h_lead = h_sup = h_resp = []
        if heading:
            annot, h_lead, h_sup, h_resp = _roles(*heading)
            line += annot
        body.append(line)
        tasks = []
        for n, (title, text, own, targets) in enumerate(items, 1):
            text += EXTRA[title] + EXTRA2.get(title, "")
            printed = f"{title}。{text}"
            if own:
                annot, lead, sup, resp = _roles(*own)
                printed += annot
            else:
                lead, sup, resp = h_lead, h_sup, h_resp
            body.append(f"{n}.{printed}")
            tasks.append(Task(f"{n}.", title, printed, lead=lead, supporting=sup, responsible=resp))
            if targets:
                goals.append(Goal(title, f"{title}。{text}", targets, numbering=f"{n}."))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sections = [Section("二", "二、", "重点任务", "key_task", sections=subs)]
    body.append("三、保障措施")
    sg = []
    for title, text in SAFEGUARDS:
        body.append(text)
        sg.append(Task(None, title, text))
    sections.append(Section("三", "三、", "保障措施", "safeguard", sg))
    return body, goals, sections


BODY, GOALS, SECTIONS = _build()

HEADS = ("一、", "二、", "三、")


def _html():
    paras = []
    for i, p in enumerate(BODY):
        if p == TITLE:
            paras.append(f'<p style="text-align:center;font-size:22px;"><strong>{p}</strong></p>')
        elif i in (2, 3):
            paras.append(f'<p style="text-align:right;">{p}</p>')
        elif i == 0:
            paras.append(f"<p>{p}</p>")
        elif p[:2] in HEADS:
            paras.append(f'<p style="text-indent:2em;"><strong>{p}</strong></p>')
        elif p.startswith("（") and p[1] in "一二三四五六七" and p[2] == "）":
            paras.append(
                f'<p style="text-indent:2em;"><span style="font-family:楷体;">{p}</span></p>'
            )
        elif p[0].isdigit() and p[1] == ".":
            head, rest = p.split("。", 1)
            paras.append(f'<p style="text-indent:2em;"><strong>{head}。</strong>{rest}</p>')
        else:
            paras.append(f'<p style="text-indent:2em;">{p}</p>')
    article = "\n".join(paras)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>安岳县人民政府办公室关于印发{TITLE}的通知_县政府办文件_安岳县人民政府</title>
<meta name="ArticleTitle" content="安岳县人民政府办公室关于印发{TITLE}的通知">
<meta name="PubDate" content="2026-03-30 10:15">
<meta name="ContentSource" content="安岳县人民政府办公室">
<link rel="stylesheet" href="/static/css/style.css">
<script src="/static/js/jquery-1.12.4.min.js"></script>
<script>var zoom = 1; function fontZoom(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}</script>
</head>
<body>
<div class="header"><div class="logo"><a href="/">安岳县人民政府</a></div><div class="tools"><a href="/wza/">无障碍浏览</a> <a href="/zzb/">长者版</a> <a href="/en/">English</a></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjay/">走进安岳</a></li></ul></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; <a href="/zwgk/zcwj/xzfbwj/">县政府办文件</a></div>
<div class="detail">
<table class="xxgk-info">
<tr><th>索引号：</th><td>008650143/2026-00217</td><th>主题分类：</th><td>工业、交通\\信息产业（含电信）</td></tr>
<tr><th>发布机构：</th><td>安岳县人民政府办公室</td><th>成文日期：</th><td>2026-03-26</td></tr>
<tr><th>文　　号：</th><td>{DOC_NUMBER}</td><th>发布日期：</th><td>2026-03-30</td></tr>
</table>
<h1 class="title">安岳县人民政府办公室关于印发{TITLE}的通知</h1>
<div class="source">发布时间：2026-03-30 10:15　来源：安岳县人民政府办公室　浏览次数：<span id="views"></span>　【字体：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】</div>
<div class="content" id="zoom">
{article}
</div>
<div class="tools-bottom">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="footer">
<p>主办：安岳县人民政府办公室　承办：安岳县政务服务和大数据管理局</p>
<p>网站标识码：5120210001　蜀ICP备05000000号-1　川公网安备51202102000001号</p>
</div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "anyue-county",
        "name": "安岳县",
        "name_en": "Anyue County",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 安岳县推进“人工智能+”行动实施方案（2026—2028年） (安岳县人民政府办公室, 安府办发〔2026〕9号, 2026-03-26)
# — SYNTHETIC (synthetic_bk): WRITTEN by the collector (helper blindBK, 2026-12-06) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_anyue.py as the portal page saved (.html, UTF-8).
# Zone anyue-county (四川 资阳市 安岳县; a county → district level, the level of a county-level unit that is no city); period
#   2026–2028.
# Outline: portal header, navigation, breadcrumb, 信息公开 table, page title, 发布时间 / 来源 line; notice (addressee, one
#   sentence, signature, date); title; a preamble of two paragraphs (2025 baselines 21亿元, 52万亩, 80万吨, 9家: no targets);
#   一、总体要求 （一）指导思想 （二）基本原则 (four "——坚持X。" lines: no tasks) （三）主要目标 = two untitled dated paragraphs → goals titled 到2026年底 (due 2026) and 到2028年 (due
#   2028). 二、重点任务 = groups （一）–（七） (sub-sections of 二、) of items 1.… RESTARTING per group, each "N.标题。正文" in one
#   paragraph, with or without an annotation at its end. 三、保障措施 = five unnumbered paragraphs led by their names → safeguard
#   tasks titled by the name, no numbering, no roles ("办公室设在县经济科技信息化局，负责日常工作" assigns none). Portal footer.
# Tasks: title = the bold heading phrase; text = heading + body + the item's own annotation, without the number.
# Roles, three annotation forms (no lead rule needed: the lead is named in each): "【牵头单位：X；配合单位：Y、Z】" → X lead, Y Z supporting; "（责任单位：X（牵头）、Y、Z）" and
#   "【责任单位：X（牵头）、Y、Z】" → X lead (marked inside the list), Y Z responsible. Group headings: （二） "…柠檬产业【牵头单位：…；
#   配合单位：…】" and （六） "…社会治理智能化水平【责任单位：县委政法委（牵头）、…】" are annotated on the heading ONLY → each of their
#   items (none annotated) takes the heading's roles; （四） is annotated on its heading and its item 2 carries its own → items 1
#   and 3 take the heading's roles, item 2 keeps its own alone. Collective: 各乡镇 and 各乡镇人民政府 (both printed in annotations)
#   → ONE collective agency 安岳县各乡镇人民政府 with both aliases; generic 县级有关部门 / 有关部门 in annotations → no agency;
#   "指导各乡镇…" inside the texts of （一）4, （五）3 and （六）3 and "各乡镇、县级有关部门要…" in a safeguard paragraph assign no role
#   (the annotations of （一）4 and （五）3 and the heading of （六） name 各乡镇 themselves).
# Targets: the two goal paragraphs (2 + 8): 突破30家 → gt; 其中…不少于8家 → parent; 5万人次 → 50000 (累计 → flow). Every item holding
#   figures of its own is also a goal titled like the item (numbering "N." as printed, text = heading + body without annotation),
#   its figures due 2028 (plan end; no year, no 完成时限). Restated, so no second target: （四）1 建成智慧景区5个, （五）4 县乡村三级
#   “AI+政务服务”覆盖率达到100%. Own targets although alike: （七）1 每年培训…1万人次 (per year, not the 5万 in all). 30万亩 → 300000
#   亩; 1亿条 → 100000000 条; 减少15% → eq 15 %; 每年… → per_year flow; 新建 / 实施 / 引进 / 完成 → flow.
#   Not targets: the 2025 baselines, the 20% / 最高20万元 算力 subsidy, the 规模5000万元 fund being set up, the 最高30万元 / 10万元
#   rewards, 每年安排不少于500万元资金 (a budget), the 2028年底 evaluation, "全覆盖" (no figure).
"""

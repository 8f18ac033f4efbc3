# ruff: noqa: E501  (plan text as the offices write it)
"""舟山市“人工智能+海洋经济”行动方案（2026—2028年）, issued jointly by the province's 经济和信息化厅 and
舟山市人民政府 (INVENTED, synthetic_ao): tasks （一）–（十） straight under 二、 closing on annotations that name
province bodies with and without 省 (one list sharing the 省 of its first name, one with no separator
between two names) beside 舟山市人民政府; printed to PDF by LibreOffice."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "zhoushan-ai-ocean-2026-synthetic"
KIND = "pdf"

AGENCIES = [
    Agency("jxt", "浙江省经济和信息化厅", ["省经信厅"], "industry_it"),
    Agency("fgw", "浙江省发展和改革委员会", ["省发展改革委", "发展改革委"], "development_reform"),
    Agency("kjt", "浙江省科学技术厅", ["省科技厅", "科技厅"], "science_technology"),
    Agency("jyt", "浙江省教育厅", ["省教育厅"], "education"),
    Agency("czt", "浙江省财政厅", ["财政厅"], "finance"),
    Agency("sjj", "浙江省数据局", ["省数据局"], "big_data"),
    Agency("jtt", "浙江省交通运输厅", ["省交通运输厅"], "transport"),
    Agency("ghzx", "浙江省港航管理中心", ["省港航管理中心"], "transport"),
    Agency("nyt", "浙江省农业农村厅", ["省农业农村厅"], "agriculture"),
    Agency("zrt", "浙江省自然资源厅", ["省自然资源厅"], "natural_resources"),
    Agency("stt", "浙江省生态环境厅", ["生态环境厅"], "ecology_environment"),
    Agency("swt", "浙江省商务厅", ["省商务厅"], "commerce"),
    Agency("zshg", "舟山海关", [], "other"),
    Agency("wjw", "浙江省卫生健康委员会", ["省卫生健康委"], "health"),
    Agency("ybj", "浙江省医疗保障局", ["省医保局"], "health"),
    Agency("rst", "浙江省人力资源和社会保障厅", ["省人力社保厅"], "human_resources"),
    Agency("wxb", "中共浙江省委网络安全和信息化委员会办公室", ["省委网信办"], "publicity"),
    Agency("gat", "浙江省公安厅", ["省公安厅"], "public_security"),
    Agency("zsgov", "舟山市人民政府", [], "local_government"),
    Agency("wlt", "浙江省文化和旅游厅", ["省文化和旅游厅"], "culture_tourism"),
]

ZONE = {"slug": "zhoushan-city", "name": "舟山市", "name_en": "Zhoushan", "level": "city"}
PLAN = {
    "code": SLUG,
    "title": "舟山市“人工智能+海洋经济”行动方案（2026—2028年）",
    "title_en": "Zhoushan action plan for “AI + marine economy” (2026–2028) — synthetic",
    "issuer": "浙江省经济和信息化厅　舟山市人民政府",
    "doc_number": "浙经信数字〔2026〕27号",
    "issued_on": "2026-03-18",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.pdf",
}

# (kind, text): kind in head (red-head issuer line), docno, title, addressee, body, h1, sign, date
BLOCKS: list[tuple[str, str]] = []
GOALS: list[Goal] = []


def block(kind, text):
    BLOCKS.append((kind, text))


def task(numbering, title, body, annotation, goal_targets=None, **roles):
    text = f"{title}。{body}{annotation}"
    block("body", f"{numbering}{text}")
    if goal_targets:
        GOALS.append(
            Goal(title=title, text=f"{title}。{body}", targets=goal_targets, numbering=numbering)
        )
    return Task(numbering=numbering, title=title, text=text, **roles)


block("head", "浙江省经济和信息化厅　舟山市人民政府")
block("docno", "浙经信数字〔2026〕27号")
block(
    "title",
    "浙江省经济和信息化厅　舟山市人民政府关于印发《舟山市“人工智能+海洋经济”行动方案（2026—2028年）》的通知",
)
block("addressee", "省级有关单位，舟山市各县（区）人民政府、市直属各单位：")
block(
    "body",
    "为贯彻落实省委、省政府关于深入实施“人工智能+”行动的决策部署，支持舟山发挥海洋资源和港口优势，打造人工智能赋能海洋经济的先行区，省经济和信息化厅与舟山市人民政府共同制定了《舟山市“人工智能+海洋经济”行动方案（2026—2028年）》，现印发给你们，请认真抓好落实。",
)
block("sign", "浙江省经济和信息化厅　　　　舟山市人民政府")
block("date", "2026年3月18日")
block("title", "舟山市“人工智能+海洋经济”行动方案（2026—2028年）")
block(
    "body",
    "为加快人工智能技术在港航物流、绿色石化、船舶修造、海洋渔业等领域的深度应用，推动海洋经济质量变革、效率变革、动力变革，制定本方案。",
)
block("h1", "一、总体要求")
block(
    "body",
    "坚持场景牵引、数据驱动、省市协同、开放合作，以建设“海上智港、智造强市”为主线，集聚人工智能创新资源，培育具有海洋特色的人工智能产业生态，努力走出一条人工智能赋能海岛城市高质量发展的新路子。2025年，舟山市数字经济核心产业增加值为165亿元，港口货物吞吐量达到6.8亿吨，已建成智能算力120P，为人工智能与海洋经济融合打下了较好基础。",
)

G_TEXT = "到2028年，人工智能与海洋经济深度融合，人工智能核心产业规模达到80亿元，带动相关产业规模突破500亿元；全市智能算力规模超过1000P；培育人工智能相关企业150家以上，其中规模以上企业不少于40家；建成“人工智能+海洋”典型应用场景120个；宁波舟山港舟山港域重点码头作业智能化率达到90%，规模以上工业企业数字化改造覆盖率达到100%。"
block("body", G_TEXT)
GOALS.append(
    Goal(
        title="到2028年",
        text=G_TEXT,
        targets=[
            Target(
                "人工智能核心产业规模",
                "亿元",
                "eq",
                80,
                "人工智能核心产业规模达到80亿元",
                kind="ai_industry_scale",
            ),
            Target(
                "带动相关产业规模",
                "亿元",
                "gt",
                500,
                "带动相关产业规模突破500亿元",
                kind="related_industry_scale",
            ),
            Target(
                "智能算力规模", "P", "gt", 1000, "全市智能算力规模超过1000P", kind="computing_power"
            ),
            Target(
                "人工智能相关企业",
                "家",
                "gte",
                150,
                "培育人工智能相关企业150家以上",
                kind="ai_enterprises",
            ),
            Target(
                "规模以上人工智能相关企业",
                "家",
                "gte",
                40,
                "其中规模以上企业不少于40家",
                parent="PREV",
            ),
            Target(
                "“人工智能+海洋”典型应用场景",
                "个",
                "eq",
                120,
                "建成“人工智能+海洋”典型应用场景120个",
                kind="application_scenarios",
            ),
            Target("重点码头作业智能化率", "%", "eq", 90, "重点码头作业智能化率达到90%"),
            Target(
                "规模以上工业企业数字化改造覆盖率",
                "%",
                "eq",
                100,
                "规模以上工业企业数字化改造覆盖率达到100%",
            ),
        ],
    )
)
G2_TEXT = "到2026年，全市智能算力规模达到400P，建成典型应用场景40个，人工智能相关企业达到90家。"
block("body", G2_TEXT)
GOALS.append(
    Goal(
        title="到2026年",
        text=G2_TEXT,
        targets=[
            Target(
                "智能算力规模",
                "P",
                "eq",
                400,
                "全市智能算力规模达到400P",
                deadline=2026,
                kind="computing_power",
            ),
            Target(
                "“人工智能+海洋”典型应用场景",
                "个",
                "eq",
                40,
                "建成典型应用场景40个",
                deadline=2026,
                kind="application_scenarios",
            ),
            Target(
                "人工智能相关企业",
                "家",
                "eq",
                90,
                "人工智能相关企业达到90家",
                deadline=2026,
                kind="ai_enterprises",
            ),
        ],
    )
)
block(
    "body",
    "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实省委、省政府关于海洋强省建设和数字浙江建设的部署要求，以人工智能赋能海洋经济高质量发展为主线，以场景开放和数据要素为牵引，推动人工智能技术与港航物流、临港产业、海洋渔业和海岛民生深度融合，为舟山建设现代海洋城市提供有力支撑。",
)
block(
    "body",
    "坚持省市联动，省级部门在规划布局、项目安排、资金支持等方面对舟山给予倾斜，舟山市落实主体责任，形成上下贯通、协同推进的工作格局。坚持应用牵引，以港航物流、绿色石化、船舶修造、海洋渔业为重点，开放一批高价值场景，以场景带动技术攻关和产业集聚。坚持安全可控，统筹发展和安全，守牢数据安全和网络安全底线。",
)
block("h1", "二、重点任务")

TASKS = [
    task(
        "（一）",
        "夯实海洋智能算力底座",
        "支持舟山建设面向海洋经济的智算中心，纳入全省算力网络统筹布局，新建智能算力600P以上，推动算力资源与杭州、宁波等地算力枢纽互联互通。对符合条件的智算中心项目，按规定优先保障能耗和用电指标。鼓励港口、石化、船舶等龙头企业将自有算力接入全省算力调度平台，推动算力、数据、模型一体化供给。加快海底光缆和海岛通信基站建设，提升悬水小岛网络覆盖和传输能力。探索利用海岛风电、海水冷却等条件建设绿色低碳数据中心。",
        "（省经信厅、省发展改革委、舟山市人民政府按职责分工负责）",
        [
            Target(
                "新建智能算力",
                "P",
                "gte",
                600,
                "新建智能算力600P以上",
                aggregation="flow",
                kind="computing_power",
            )
        ],
        responsible=["jxt", "fgw", "zsgov"],
    ),
    task(
        "（二）",
        "建设海洋人工智能创新平台",
        "支持浙江大学舟山校区、浙江海洋大学等高校与龙头企业共建海洋人工智能联合实验室，组建省级以上人工智能创新平台8个，开展海洋感知、船舶智能设计、港口调度优化等模型研发。支持平台承担国家和省级重大科技项目，推动科研成果在舟山转化落地。鼓励高校围绕海洋经济需求设置人工智能相关专业方向，共建产教融合实训基地。建立平台绩效评价和动态调整机制，对评价优秀的平台给予持续支持。",
        "（省经信厅牵头，省科技厅省教育厅、舟山市人民政府配合）",
        [
            Target(
                "省级以上人工智能创新平台",
                "个",
                "eq",
                8,
                "组建省级以上人工智能创新平台8个",
                kind="innovation_platforms",
            )
        ],
        lead=["jxt"],
        supporting=["kjt", "jyt", "zsgov"],
    ),
    task(
        "（三）",
        "汇聚海洋高质量数据集",
        "推动港航、渔业、气象、海事等公共数据按需归集和授权运营，建设海洋领域高质量数据集30个以上，探索建立海洋数据交易服务机制。完善数据分类分级、质量评估和安全审查制度，在确保安全的前提下推动海洋数据与气象、海事等数据融合应用。支持企业参与数据标注、数据治理等服务，培育数据服务产业。推动建设海洋数据标注基地，带动本地就业和产业发展。",
        "（省数据局牵头，省经信厅、舟山市人民政府配合）",
        [Target("海洋领域高质量数据集", "个", "gte", 30, "建设海洋领域高质量数据集30个以上")],
        lead=["sjj"],
        supporting=["jxt", "zsgov"],
    ),
    task(
        "（四）",
        "打造智慧港航示范",
        "推进集装箱码头、大宗散货码头自动化改造，推广智能理货、无人集卡、船舶智能引航等应用，建成智慧码头5个，推动江海联运数据互联共享。建设港口数字孪生系统，推动船舶进出港、锚地调度、引航作业智能协同，提升港口通关效率和运营安全水平。支持港航企业与科研机构联合开发港航行业大模型。推进船舶靠离泊、危险货物作业等高风险环节智能监管，降低安全生产风险。",
        "（舟山市人民政府牵头，省交通运输厅、省港航管理中心配合）",
        [Target("智慧码头", "个", "eq", 5, "建成智慧码头5个")],
        lead=["zsgov"],
        supporting=["jtt", "ghzx"],
    ),
    task(
        "（五）",
        "推进绿色石化和船舶修造智能化",
        "支持绿色石化基地建设工业互联网平台，推广装置智能优化控制和安全风险智能预警；推动船舶修造企业应用智能焊接、智能涂装和数字化船坞，每年实施智能化改造项目50个以上。鼓励石化、船舶企业建设智能工厂和数字化车间，支持工业软件和智能装备在重点企业首台（套）应用。推动产业链上下游企业数据共享，提升供应链协同水平。推动石化企业开展碳排放智能监测和能效优化，助力绿色低碳发展。",
        "（省经信厅牵头，发展改革委、科技厅、财政厅配合）",
        [
            Target(
                "智能化改造项目", "个", "gte", 50, "每年实施智能化改造项目50个以上", per_year=True
            )
        ],
        lead=["jxt"],
        supporting=["fgw", "kjt", "czt"],
    ),
    task(
        "（六）",
        "发展智慧海洋渔业",
        "推广渔船智能监管终端、远洋渔业智能调度和水产品质量智能溯源，建设数字渔场10个，提升海洋渔业安全生产和资源管护水平。推动渔港智能管理和渔获物智能交易，探索远洋渔业全程可追溯体系。支持渔业企业运用人工智能开展鱼群识别、航线优化和节能减排。加强渔船、渔港、渔民信息的动态管理，提升渔业执法智能化水平。",
        "（省农业农村厅、舟山市人民政府按职责分工负责）",
        [Target("数字渔场", "个", "eq", 10, "建设数字渔场10个")],
        responsible=["nyt", "zsgov"],
    ),
    task(
        "（七）",
        "提升海洋生态智能监管能力",
        "运用卫星遥感、无人船和智能识别技术，构建近岸海域生态环境智能监测网络，实现海岸线、海岛和海洋保护区动态监管全覆盖。推动赤潮、溢油等海洋灾害智能预警，建立跨部门海洋生态数据共享机制，提升海洋执法和应急处置智能化水平。推进海洋牧场智能化建设，开展海洋生物资源智能评估。",
        "（省自然资源厅牵头，生态环境厅、舟山市人民政府配合）",
        lead=["zrt"],
        supporting=["stt", "zsgov"],
    ),
    task(
        "（八）",
        "发展智能海事服务和跨境贸易",
        "推动大宗商品交易、保税燃料油加注、船舶供应等领域应用智能报关、智能风控，打造油气全产业链数字化服务平台，服务企业累计达到2000家次。推进国际贸易“单一窗口”智能化升级，支持企业运用人工智能开展市场分析、智能撮合和风险预警，提升大宗商品贸易便利化水平。支持航运服务企业开发船舶管理、船员服务等智能应用，培育航运服务新业态。",
        "（省商务厅、舟山海关、舟山市人民政府按职责分工负责）",
        [
            Target(
                "油气全产业链数字化服务平台服务企业",
                "家次",
                "eq",
                2000,
                "服务企业累计达到2000家次",
                aggregation="flow",
            )
        ],
        responsible=["swt", "zshg", "zsgov"],
    ),
    task(
        "（九）",
        "推进海岛智慧民生服务",
        "推广海岛远程医疗、智能影像辅助诊断和医保智能审核，实现县级以上医院人工智能辅助诊断应用全覆盖，提升悬水小岛群众就医便利度。推动海岛学校共享优质教育资源，推广智能政务服务终端，为海岛群众提供就近可办、智能导办服务。推广智慧养老、智能交通出行等应用，缩小海岛与本岛公共服务差距。",
        "（省卫生健康委、省医保局、舟山市人民政府按职责分工负责）",
        responsible=["wjw", "ybj", "zsgov"],
    ),
    task(
        "（十）",
        "加强人才培养和安全治理",
        "实施海洋数字人才培育计划，每年培训人工智能应用人才1万人次；建立人工智能应用安全评估机制，加强数据安全、算法安全和个人信息保护。加大海洋数字领域高层次人才引进力度，落实人才住房、子女入学等保障政策。建立人工智能伦理审查和风险评估制度，依法打击利用人工智能实施的违法犯罪活动。定期开展人工智能安全风险评估和应急演练。",
        "（省人力社保厅牵头，省教育厅、省委网信办、省公安厅、舟山市人民政府配合）",
        [
            Target(
                "培训人工智能应用人才",
                "人次",
                "eq",
                10000,
                "每年培训人工智能应用人才1万人次",
                per_year=True,
                kind="talent",
            )
        ],
        lead=["rst"],
        supporting=["jyt", "wxb", "gat", "zsgov"],
    ),
    task(
        "（十一）",
        "培育海洋人工智能产业集群",
        "聚焦海洋智能装备、港航软件、智能船舶配套等领域，招引培育一批人工智能企业，打造人工智能特色产业园区3个。支持园区建设共性技术服务平台和中试基地，为入驻企业提供场景对接、投融资等服务。支持舟山与省内其他设区市共建产业合作园区，推动产业链协同布局。",
        "（舟山市人民政府负责）",
        [Target("人工智能特色产业园区", "个", "eq", 3, "打造人工智能特色产业园区3个")],
        responsible=["zsgov"],
    ),
    task(
        "（十二）",
        "深化区域开放合作",
        "主动融入长三角人工智能产业协同发展，推动舟山与上海、杭州、宁波等地在算力调度、场景开放、人才交流等方面深度合作。支持舟山举办海洋经济与人工智能融合发展论坛，拓展国际交流合作渠道。鼓励舟山企业参与“一带一路”沿线国家港口智能化建设项目。",
        "（省经信厅、省商务厅、舟山市人民政府按职责分工负责）",
        responsible=["jxt", "swt", "zsgov"],
    ),
    task(
        "（十三）",
        "发展海岛智慧文旅",
        "以普陀山、朱家尖、嵊泗列岛等为重点，推广智能导览、客流监测预警和智能票务，建设智慧景区8个，开发“游舟山”文旅智能助手，为游客提供行程规划、多语种讲解和出行提醒服务。推动文旅、交通、气象数据融合应用，提升海岛旅游旺季精细化管理水平。",
        "（省文化和旅游厅牵头，省数据局、舟山市人民政府配合）",
        [Target("智慧景区", "个", "eq", 8, "建设智慧景区8个")],
        lead=["wlt"],
        supporting=["sjj", "zsgov"],
    ),
]

block("h1", "三、保障措施")
SAFEGUARDS = []
for numbering, title, body in [
    (
        "（一）",
        "建立省市协同机制",
        "在省数字经济发展领导小组统筹下，省经济和信息化厅会同舟山市人民政府建立“人工智能+海洋经济”省市协同推进机制，每半年召开一次工作例会，协调解决重大问题。舟山市要细化年度任务清单，明确责任单位和完成时限，每年年底前将工作进展情况报送省经济和信息化厅。",
    ),
    (
        "（二）",
        "强化政策要素保障",
        "统筹用好省级人工智能、数字经济等专项资金，对舟山符合条件的重大项目给予倾斜。舟山市每年安排不少于1亿元专项资金支持场景开放和示范项目建设，引导金融机构加大对人工智能企业的信贷支持。对列入省重大产业项目的人工智能项目，按规定给予用地、用能等要素保障。",
    ),
    (
        "（三）",
        "加强监测评估",
        "建立重点任务和项目监测台账，开展年度评估，评估结果作为省级专项资金安排的重要依据。及时总结推广可复制的典型案例。",
    ),
    (
        "（四）",
        "营造良好氛围",
        "加强“人工智能+海洋经济”政策解读和宣传推广，组织开展供需对接、成果展示等活动，推动形成政府引导、企业主体、社会参与的良好氛围。",
    ),
]:
    block("body", f"{numbering}{title}。{body}")
    SAFEGUARDS.append(Task(numbering=numbering, title=title, text=f"{title}。{body}"))

SECTIONS = [
    Section("二", "二、", "重点任务", "key_task", tasks=TASKS),
    Section("三", "三、", "保障措施", "safeguard", tasks=SAFEGUARDS),
]

EXTRACTION = {
    "zone": ZONE,
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """# 舟山市“人工智能+海洋经济”行动方案（2026—2028年） (浙江省经济和信息化厅 and 舟山市人民政府, jointly; 浙经信数字〔2026〕27号, 2026-03-18) — SYNTHETIC
# (synthetic_ao): WRITTEN by the collector (helper blindAO, 2026-12-05) before reading the importer; no such document is claimed to exist (number,
# date, figures, the "海上智港、智造强市" line made up). Built by make_files.py from doc_zhoushan.py as a .docx printed to PDF by LibreOffice.
# Zone zhoushan-city (浙江; a prefecture city): the plan is the city's although a province department co-issues it; period 2026–2028.
# Outline: red-head issuer line, document number, notice (title, addressees, one paragraph, two signatures, date), plan title, preamble, 一、总体要求 =
#   a 指导思想 paragraph, a principle paragraph ending in 2025 figures (165亿元, 6.8亿吨, 120P: baselines, no target), a 坚持… paragraph, a "到2028年，"
#   paragraph (→ goal 到2028年, due 2028) and a "到2026年，" paragraph (→ goal 到2026年, due 2026) — untitled paragraphs, no 主要目标 heading;
#   二、重点任务 = tasks （一）–（十三） straight under the part, each "（N）标题。正文（annotation）" in one paragraph; 三、保障措施 （一）–（四） unannotated →
#   safeguard tasks without roles ("省经济和信息化厅会同舟山市人民政府…", "报送省经济和信息化厅" are no annotation).
# Roles as worded: （X、Y、Z按职责分工负责） → all responsible; （X牵头，Y、Z配合） → X lead, the others supporting; （十一） （舟山市人民政府负责）
#   → responsible.
#   Province bodies are named with 省 (省经信厅, 省发展改革委 …) and, in two lists, WITHOUT it: （五） "（省经信厅牵头，发展改革委、科技厅、财政厅配合）"
#   shares the 省 of its first name → 浙江省发展和改革委员会, 浙江省科学技术厅, 浙江省财政厅; （七） "生态环境厅" after 省自然资源厅 → 浙江省生态环境厅.
#   （二） "省科技厅省教育厅" is printed with NO separator: two bodies (two distinct 厅, not one body with two names) → both supporting.
#   舟山市人民政府 is the city government (local_government), 舟山海关 a vertical customs office (other), 省港航管理中心 a public institution under
#   省交通运输厅 kept as its own agency (transport). 省委网信办 → the party committee's office (publicity).
# Targets: the two goal paragraphs' eleven figures; every task holding figures is also a goal titled like the task (text without the annotation),
#   due 2028. 其中规模以上企业不少于40家 → parent of 150家以上; 新建智能算力600P以上 → flow; 每年… → per_year flow; 累计…家次 → flow;
#   1万人次 → 10000 人次 (万 multiplied out). Not targets: the 2025 baselines, 全覆盖 without a figure, the yearly budget of 保障措施（二） (不少于1亿元),
#   "每半年召开一次" (a meeting rhythm).
"""

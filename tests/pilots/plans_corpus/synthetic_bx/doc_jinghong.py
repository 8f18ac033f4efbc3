# ruff: noqa: E501  (plan text as the office writes it)
"""景洪市“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_bx). A bilingual Word file (.docx) as an international /
border free-trade city publishes it: every Chinese paragraph followed by its English translation paragraph — the red head,
document number, title, headings ("一、总体要求" / "I. General Requirements"), goal paragraphs and tasks ("（一）…（牵头单位：
市X；配合单位：市Y）" / "(1) … (Lead: …; Supporting: …)"). The extraction is of the CHINESE text only (the English paragraphs
translate it: no task, target or agency of their own). Tasks （一）–（二十二） numbered on across parts 二、–五、, safeguards
六、 （二十三）–（二十六） unannotated."""

from bx_plan import T, agencies, cn, item, plan

SLUG = "jinghong-ai-plus-bilingual-2026-synthetic"
KIND = "docx"


def conv(s):
    return s


A = {
    "fgj": ("景洪市发展和改革局", "development_reform", ["市发展改革局"]),
    "gsx": ("景洪市工业商务和信息化局", "industry_it", ["市工业商务和信息化局"]),
    "kjj": ("景洪市科学技术局", "science_technology", ["市科技局"]),
    "sjj": ("景洪市数据局", "big_data", ["市数据局"]),
    "wlj": ("景洪市文化和旅游局", "culture_tourism", ["市文化和旅游局"]),
    "kab": ("景洪市口岸办公室", "commerce", ["市口岸办"]),
    "jyj": ("景洪市教育体育局", "education", ["市教育体育局"]),
    "wjj": ("景洪市卫生健康局", "health", ["市卫生健康局"]),
    "nyj": ("景洪市农业农村局", "agriculture", ["市农业农村局"]),
    "czj": ("景洪市财政局", "finance", ["市财政局"]),
    "rsj": ("景洪市人力资源和社会保障局", "human_resources", ["市人力资源社会保障局"]),
    "jtj": ("景洪市交通运输局", "transport", ["市交通运输局"]),
    "zwj": ("景洪市政务服务管理局", "government_services", ["市政务服务局"]),
    "scj": ("景洪市市场监督管理局", "market_regulation", ["市市场监管局"]),
    "yq": ("景洪工业园区管理委员会", "park_administration", ["景洪工业园区管委会"]),
    "xz": ("景洪市各乡镇人民政府", "local_government", ["各乡镇人民政府"]),
}
EN = {
    "fgj": "Municipal Development and Reform Bureau",
    "gsx": "Municipal Bureau of Industry, Commerce and Information Technology",
    "kjj": "Municipal Science and Technology Bureau",
    "sjj": "Municipal Data Bureau",
    "wlj": "Municipal Culture and Tourism Bureau",
    "kab": "Municipal Port Office",
    "jyj": "Municipal Education and Sports Bureau",
    "wjj": "Municipal Health Bureau",
    "nyj": "Municipal Agriculture and Rural Affairs Bureau",
    "czj": "Municipal Finance Bureau",
    "rsj": "Municipal Human Resources and Social Security Bureau",
    "jtj": "Municipal Transport Bureau",
    "zwj": "Municipal Government Services Administration",
    "scj": "Municipal Market Supervision Administration",
    "yq": "Jinghong Industrial Park Management Committee",
    "xz": "all township governments",
}

TITLE = "景洪市“人工智能+”行动方案（2026—2028年）"
TITLE_EN = "Jinghong Municipal “AI Plus” Action Plan (2026–2028)"
DOC_NUMBER = "景政办发〔2026〕11号"

PREAMBLE = "为贯彻落实国家、省关于深入实施“人工智能+”行动的决策部署，发挥我市面向南亚东南亚辐射中心前沿和中老铁路沿线开放城市优势，推动人工智能与口岸经贸、文化旅游、特色农业和公共服务深度融合，结合我市实际，制定本方案。"
PREAMBLE_EN = "This Plan is formulated in light of the city’s actual conditions to implement the national and provincial deployments on the “AI Plus” action, leverage the city’s position at the forefront of the radiation centre facing South and Southeast Asia and as an open city along the China–Laos Railway, and integrate artificial intelligence (AI) with port trade, culture and tourism, characteristic agriculture and public services."
GUIDE = "以场景开放为牵引，以多语种服务为特色，以数据要素为支撑，推动人工智能赋能开放型经济和国际旅游城市建设。2025年，全市人工智能相关企业21家，人工智能核心产业规模3.2亿元，入境游客多语种智能服务覆盖率为35%。本方案围绕四个方面部署二十项重点任务。"
GUIDE_EN = "Driven by open application scenarios, featuring multilingual services and supported by data as a factor of production, AI will empower the open economy and the building of an international tourism city. In 2025 the city had 21 AI-related enterprises, a core AI industry of RMB 320 million, and multilingual smart service coverage of 35% for inbound visitors. This Plan sets out 20 key tasks in four areas."
BASIS = "近年来，我市依托中老铁路开通运营和磨憨口岸扩大开放机遇，数字基础设施不断完善，全市已建成5G基站1860个，景洪港、嘎洒国际机场等口岸通关信息化水平明显提升，告庄西双景等旅游街区率先开展智能导览试点，为推进“人工智能+”行动奠定了良好基础。同时，我市人工智能产业规模偏小、专业人才短缺、场景开放不足等问题仍较突出，与建设国际化旅游城市的要求相比还有差距。"
BASIS_EN = "In recent years, building on the opening of the China–Laos Railway and the wider opening of the Mohan port, the city’s digital infrastructure has steadily improved: 1,860 5G base stations have been built, port clearance at Jinghong Port and Gasa International Airport has become far more digital, and tourist quarters such as Gaozhuang Xishuangjing have piloted smart guides, laying a good foundation for the “AI Plus” action. At the same time, the AI industry remains small, specialists are scarce and scenarios are not open enough, leaving a gap with the requirements of an international tourism city."
PRINCIPLES = "推进工作中，坚持开放引领，主动服务和融入国家对外开放大局，深化与老挝、泰国、缅甸等周边国家的数字合作；坚持场景驱动，聚焦口岸通关、国际旅游、特色农业等优势领域开放应用场景，以应用带动产业发展；坚持特色发展，突出多语种服务和民族文化特色，避免同质化竞争；坚持安全发展，统筹发展和安全，筑牢数据安全、网络安全和边境安全防线。"
PRINCIPLES_EN = "In this work, the city will remain open-led, serving and integrating into the national opening-up strategy and deepening digital cooperation with neighbouring countries such as Laos, Thailand and Myanmar; scenario-driven, opening application scenarios in port clearance, international tourism and characteristic agriculture so that applications drive industry; distinctive, highlighting multilingual services and ethnic culture and avoiding homogeneous competition; and secure, balancing development and security and guarding data, network and border security."
G1 = "到2028年，全市人工智能相关企业达到50家以上，人工智能核心产业规模突破10亿元，建设面向南亚东南亚的多语种行业大模型2个，打造“人工智能+”应用场景40个，智能算力规模达到80P，入境游客多语种智能服务覆盖率达到90%以上，跨境贸易“单一窗口”智能申报率达到95%，累计培训数字技能人才6000人次。"
G1_EN = "By 2028, the city will have more than 50 AI-related enterprises; its core AI industry will exceed RMB 1 billion; 2 multilingual industry models for South and Southeast Asia will be built; 40 “AI Plus” application scenarios will be created; intelligent computing power will reach 80P; multilingual smart service coverage for inbound visitors will exceed 90%; the smart declaration rate of the cross-border trade “single window” will reach 95%; and 6,000 person-times of digital skills training will have been delivered."

GOALS = [
    (
        "到2028年",
        G1,
        [
            T(
                "人工智能相关企业",
                "家",
                "gte",
                50,
                "人工智能相关企业达到50家以上",
                kind="ai_enterprises",
            ),
            T(
                "人工智能核心产业规模",
                "亿元",
                "gt",
                10,
                "人工智能核心产业规模突破10亿元",
                kind="ai_industry_scale",
            ),
            T(
                "面向南亚东南亚的多语种行业大模型",
                "个",
                "eq",
                2,
                "建设面向南亚东南亚的多语种行业大模型2个",
            ),
            T(
                "“人工智能+”应用场景",
                "个",
                "eq",
                40,
                "打造“人工智能+”应用场景40个",
                kind="application_scenarios",
            ),
            T("智能算力规模", "P", "eq", 80, "智能算力规模达到80P", kind="computing_power"),
            T(
                "入境游客多语种智能服务覆盖率",
                "%",
                "gte",
                90,
                "入境游客多语种智能服务覆盖率达到90%以上",
            ),
            T("跨境贸易“单一窗口”智能申报率", "%", "eq", 95, "跨境贸易“单一窗口”智能申报率达到95%"),
            T(
                "累计培训数字技能人才",
                "人次",
                "eq",
                6000,
                "累计培训数字技能人才6000人次",
                kind="talent",
                aggregation="flow",
            ),
        ],
    ),
]


def L(lead=(), sup=(), resp=()):
    """The English annotation for the roles."""
    out = []
    if lead:
        out.append("Lead: " + ", ".join(EN[c] for c in lead))
    if resp:
        out.append("Responsible: " + ", ".join(EN[c] for c in resp))
    if sup:
        out.append("Supporting: " + ", ".join(EN[c] for c in sup))
    return " (" + "; ".join(out) + ")"


def Item(title, body, ann, en, lead=(), sup=(), resp=(), targets=()):
    it = item(title, body, ann, lead=lead, resp=resp, sup=sup, targets=targets)
    it["en"] = en + L(lead, sup, resp)
    return it


PARTS = [
    (
        "二、",
        "夯实智能底座",
        [
            Item(
                "建设澜沧江绿色算力中心",
                "依托景洪工业园区建设绿色算力中心，利用清洁水电资源降低用能成本，新增智能算力50P，接入全省算力调度平台。",
                "（牵头单位：市发展改革局；配合单位：景洪工业园区管委会、市数据局）",
                "Build the Lancang River Green Computing Centre in the Jinghong Industrial Park, using clean hydropower to lower energy costs, adding 50P of intelligent computing power connected to the provincial scheduling platform.",
                lead=["fgj"],
                sup=["yq", "sjj"],
                targets=[
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        50,
                        "新增智能算力50P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            Item(
                "建设多语种语料库",
                "联合高校和企业建设汉语与老挝语、泰语、缅甸语、越南语平行语料库，入库双语语料1000万句对，为多语种大模型训练提供数据支撑。",
                "（牵头单位：市数据局；配合单位：市教育体育局、市科技局）",
                "Build parallel corpora of Chinese with Lao, Thai, Burmese and Vietnamese together with universities and enterprises, storing 10 million bilingual sentence pairs to support multilingual model training.",
                lead=["sjj"],
                sup=["jyj", "kjj"],
                targets=[T("入库双语语料", "句对", "eq", 10000000, "入库双语语料1000万句对")],
            ),
            Item(
                "推进公共数据开放",
                "编制公共数据开放目录，重点开放旅游、交通、口岸通关等领域数据，开放公共数据集25个。",
                "（牵头单位：市数据局）",
                "Compile a catalogue of open public data, giving priority to tourism, transport and port clearance data, and open 25 public datasets.",
                lead=["sjj"],
                targets=[T("开放公共数据集", "个", "eq", 25, "开放公共数据集25个")],
            ),
            Item(
                "实施算力券补贴",
                "对中小企业使用智能算力的费用按不超过40%给予补贴，单个企业年度补贴最高30万元。",
                "（牵头单位：市工业商务和信息化局；配合单位：市财政局）",
                "Subsidise up to 40% of the intelligent computing costs of small and medium-sized enterprises, capped at RMB 300,000 per enterprise per year.",
                lead=["gsx"],
                sup=["czj"],
            ),
            Item(
                "完善网络设施",
                "推进5G网络向口岸、景区和边境村寨延伸覆盖，提升国际互联网访问质量。",
                "（责任单位：市工业商务和信息化局、各乡镇人民政府）",
                "Extend 5G coverage to ports, scenic areas and border villages and improve the quality of international internet access.",
                resp=["gsx", "xz"],
            ),
        ],
    ),
    (
        "三、",
        "赋能开放型经济",
        [
            Item(
                "建设智慧口岸",
                "推广智能卡口、智能查验和货物智能识别，推动跨境货车通关时间压缩30%。",
                "（牵头单位：市口岸办；配合单位：市交通运输局）",
                "Roll out smart checkpoints, smart inspection and intelligent cargo recognition, cutting customs clearance time for cross-border trucks by 30%.",
                lead=["kab"],
                sup=["jtj"],
                targets=[T("跨境货车通关时间压缩", "%", "eq", 30, "跨境货车通关时间压缩30%")],
            ),
            Item(
                "发展跨境数字贸易",
                "建设面向老挝、泰国、缅甸的跨境电商智能服务平台，提供多语种营销、智能翻译和合规咨询服务，服务外贸企业150家以上。",
                "（牵头单位：市工业商务和信息化局；配合单位：市口岸办）",
                "Build a cross-border e-commerce smart service platform facing Laos, Thailand and Myanmar, offering multilingual marketing, machine translation and compliance advice to more than 150 foreign trade enterprises.",
                lead=["gsx"],
                sup=["kab"],
                targets=[
                    T("跨境电商智能服务平台服务外贸企业", "家", "gte", 150, "服务外贸企业150家以上")
                ],
            ),
            Item(
                "发展智慧物流",
                "推动中老铁路沿线物流园区应用智能仓储、智能调度系统，建设智慧物流示范园区2个。",
                "（牵头单位：市交通运输局；配合单位：景洪工业园区管委会）",
                "Promote smart warehousing and dispatching in logistics parks along the China–Laos Railway and build 2 smart logistics demonstration parks.",
                lead=["jtj"],
                sup=["yq"],
                targets=[T("智慧物流示范园区", "个", "eq", 2, "建设智慧物流示范园区2个")],
            ),
            Item(
                "培育人工智能企业",
                "招引培育多语种翻译、跨境服务等人工智能企业，对新引进企业给予最高100万元落户奖励。",
                "（牵头单位：市工业商务和信息化局；配合单位：市科技局、景洪工业园区管委会）",
                "Attract and cultivate AI enterprises in multilingual translation and cross-border services, with settlement rewards of up to RMB 1 million for newly attracted enterprises.",
                lead=["gsx"],
                sup=["kjj", "yq"],
            ),
            Item(
                "设立产业引导基金",
                "设立规模3亿元的数字经济产业引导基金，重点投向人工智能和跨境数字服务项目。",
                "（牵头单位：市财政局；配合单位：市发展改革局）",
                "Set up a RMB 300 million digital economy guidance fund investing mainly in AI and cross-border digital service projects.",
                lead=["czj"],
                sup=["fgj"],
            ),
            Item(
                "推进智慧茶业",
                "推动普洱茶、咖啡等特色产业应用人工智能开展种植管理、品质分级和溯源认证，建设智慧茶园示范基地10个。",
                "（牵头单位：市农业农村局；配合单位：各乡镇人民政府）",
                "Apply AI to cultivation management, quality grading and traceability for Pu’er tea, coffee and other characteristic industries, building 10 smart tea garden demonstration bases.",
                lead=["nyj"],
                sup=["xz"],
                targets=[T("智慧茶园示范基地", "个", "eq", 10, "建设智慧茶园示范基地10个")],
            ),
        ],
    ),
    (
        "四、",
        "建设国际旅游智慧城市",
        [
            Item(
                "打造多语种旅游服务",
                "上线“游版纳”多语种智能导游，提供中、英、老、泰、缅五种语言的导览、咨询和投诉服务。",
                "（牵头单位：市文化和旅游局；配合单位：市数据局）",
                "Launch the “Tour Banna” multilingual smart guide, providing guidance, enquiries and complaint services in Chinese, English, Lao, Thai and Burmese.",
                lead=["wlj"],
                sup=["sjj"],
            ),
            Item(
                "建设智慧景区",
                "推动重点景区部署智能票务、客流监测和预警系统，建成智慧景区8个。",
                "（牵头单位：市文化和旅游局）",
                "Deploy smart ticketing, visitor flow monitoring and early warning in key scenic areas, completing 8 smart scenic areas.",
                lead=["wlj"],
                targets=[T("智慧景区", "个", "eq", 8, "建成智慧景区8个")],
            ),
            Item(
                "推进智能涉外服务",
                "在政务服务大厅设置涉外服务智能专窗，为境外人员提供多语种办事指引和智能预审服务。",
                "（牵头单位：市政务服务局；配合单位：市口岸办）",
                "Set up smart windows for foreign-related services in the government service hall, providing multilingual guidance and smart pre-review for foreign nationals.",
                lead=["zwj"],
                sup=["kab"],
            ),
            Item(
                "推进城市智能治理",
                "建设城市运行监测平台，汇聚交通、市场监管和应急数据，提升节假日客流高峰期城市运行保障能力。",
                "（责任单位：市数据局、市市场监管局、市交通运输局）",
                "Build a city operation monitoring platform gathering transport, market supervision and emergency data to keep the city running at holiday peaks.",
                resp=["sjj", "scj", "jtj"],
            ),
            Item(
                "加强旅游市场智能监管",
                "运用人工智能开展旅游购物、价格欺诈等投诉线索智能分析，旅游投诉按时办结率达到98%以上。",
                "（牵头单位：市市场监管局；配合单位：市文化和旅游局）",
                "Use AI to analyse complaint leads on tourist shopping and price fraud, keeping the on-time settlement rate of tourism complaints above 98%.",
                lead=["scj"],
                sup=["wlj"],
                targets=[T("旅游投诉按时办结率", "%", "gte", 98, "旅游投诉按时办结率达到98%以上")],
            ),
        ],
    ),
    (
        "五、",
        "提升民生服务智能化水平",
        [
            Item(
                "推进智慧教育",
                "在中小学推广人工智能通识课程，建设人工智能教育示范校12所，开展双语智能教学。",
                "（牵头单位：市教育体育局）",
                "Promote general AI courses in primary and secondary schools, build 12 AI education demonstration schools and develop bilingual smart teaching.",
                lead=["jyj"],
                targets=[T("人工智能教育示范校", "所", "eq", 12, "建设人工智能教育示范校12所")],
            ),
            Item(
                "推进智慧医疗",
                "推动市级医院应用智能影像和辅助诊断系统，为边境村寨提供远程会诊服务，建设面向入境人员的多语种就医服务。",
                "（牵头单位：市卫生健康局；配合单位：各乡镇人民政府）",
                "Apply smart imaging and diagnostic support in municipal hospitals, offer remote consultations to border villages and provide multilingual medical services for inbound visitors.",
                lead=["wjj"],
                sup=["xz"],
            ),
            Item(
                "推进民族文化数字化",
                "运用人工智能开展傣族贝叶经、民族歌舞等非物质文化遗产数字化采集和多语种传播，完成数字化采集项目30项。",
                "（牵头单位：市文化和旅游局）",
                "Use AI to digitise and disseminate in several languages intangible cultural heritage such as Dai palm-leaf scriptures and ethnic songs and dances, completing 30 digitisation projects.",
                lead=["wlj"],
                targets=[
                    T(
                        "非物质文化遗产数字化采集项目",
                        "项",
                        "eq",
                        30,
                        "完成数字化采集项目30项",
                        aggregation="flow",
                    )
                ],
            ),
            Item(
                "加强人才培养",
                "实施“澜湄数字英才”计划，联合职业院校开展人工智能和小语种复合型人才培养，年均培训2000人次。",
                "（牵头单位：市人力资源社会保障局；配合单位：市教育体育局）",
                "Implement the “Lancang-Mekong Digital Talent” programme with vocational colleges to train talent combining AI and less commonly taught languages, with 2,000 person-times trained each year.",
                lead=["rsj"],
                sup=["jyj"],
                targets=[
                    T(
                        "年均培训人工智能和小语种复合型人才",
                        "人次",
                        "eq",
                        2000,
                        "年均培训2000人次",
                        kind="talent",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
]

EXTRA = [
    (
        "探索算力设施与水电站、光伏电站协同布局，打造面向南亚东南亚的绿色算力服务节点。",
        "Computing facilities will be planned together with hydropower and photovoltaic stations to build a green computing node serving South and Southeast Asia.",
    ),
    (
        "建立语料采集、清洗、标注和审核规范，确保语料质量和内容安全。",
        "Rules for corpus collection, cleaning, labelling and review will ensure corpus quality and content security.",
    ),
    (
        "建立数据开放需求征集机制，定期评估数据开放效果。",
        "A mechanism for collecting data demands will be set up and the effect of data opening assessed regularly.",
    ),
    (
        "建立算力券申领和核销机制，防止重复申领。",
        "A voucher application and redemption mechanism will prevent duplicate claims.",
    ),
    (
        "加快推进口岸、景区公共区域无线网络提质升级。",
        "Public Wi-Fi at ports and scenic areas will be upgraded.",
    ),
    (
        "推动口岸通关数据与物流、金融数据共享，提升跨境贸易便利化水平。",
        "Port clearance data will be shared with logistics and finance data to facilitate cross-border trade.",
    ),
    (
        "组织开展跨境电商人工智能应用培训，帮助企业开拓澜湄国家市场。",
        "AI application training for cross-border e-commerce will help enterprises enter Lancang-Mekong markets.",
    ),
    (
        "推动物流园区与铁路、口岸信息系统互联互通，发展多式联运。",
        "Logistics parks will be connected with railway and port information systems to develop multimodal transport.",
    ),
    (
        "建立重点企业服务专员制度，协调解决企业发展中的困难和问题。",
        "A service commissioner system for key enterprises will help solve their difficulties.",
    ),
    (
        "基金按照市场化方式运作，委托专业机构管理。",
        "The fund will be run on market principles by a professional manager.",
    ),
    (
        "推动建设特色农产品质量安全追溯体系，提升“版纳”品牌影响力。",
        "A quality and safety traceability system for characteristic produce will enhance the “Banna” brand.",
    ),
    (
        "推动智能导游与景区票务、交通出行和住宿预订服务联通。",
        "The smart guide will be linked with scenic area ticketing, transport and accommodation booking.",
    ),
    (
        "建立景区最大承载量智能预警机制，保障游客安全。",
        "Smart early warning of scenic area carrying capacity will keep visitors safe.",
    ),
    (
        "推动涉外服务事项办事指南多语种化，提升涉外服务便利度。",
        "Guides for foreign-related services will be published in several languages.",
    ),
    (
        "推动跨部门数据共享和业务协同，提升城市应急处置能力。",
        "Cross-department data sharing and coordination will improve emergency response.",
    ),
    (
        "建立旅游市场信用评价体系，强化部门联合惩戒。",
        "A credit rating system for the tourism market will strengthen joint disciplinary action.",
    ),
    (
        "推动学校与企业共建人工智能实践基地，开展青少年人工智能科普活动。",
        "Schools and enterprises will jointly build AI practice bases and run AI outreach for young people.",
    ),
    (
        "推动检查检验结果互认，提升边境地区医疗服务可及性。",
        "Mutual recognition of test results will make medical services more accessible in border areas.",
    ),
    (
        "建设民族文化数字资源库，推动优秀民族文化走向海外。",
        "A digital resource library of ethnic culture will help take it abroad.",
    ),
    (
        "建立人才需求目录，推动人才培养与产业需求精准对接。",
        "A talent demand catalogue will match training with industry needs.",
    ),
]
for _it, (_zh, _en) in zip([i for _, _, items in PARTS for i in items], EXTRA, strict=True):
    _it["body"] += _zh
    _it["en"] = (
        _it["en"].replace(" (", " " + _en + " (", 1)
        if " (Lead" in _it["en"] or " (Resp" in _it["en"]
        else _it["en"]
    )

SAFEGUARDS = (
    "六、",
    "保障措施",
    [
        (
            "加强组织领导",
            "成立由市政府主要领导任组长的“人工智能+”行动工作领导小组，办公室设在市发展改革局，统筹推进各项工作。各牵头单位要制定具体实施方案，明确时间表和路线图，加强协调配合，形成工作合力。",
        ),
        (
            "强化要素保障",
            "统筹上级专项资金和市级财政资金，每年安排1000万元支持人工智能场景建设和人才培养，优先保障重点项目用地用能。鼓励金融机构开发适合人工智能企业特点的信贷产品，支持符合条件的企业申报上级各类专项资金。",
        ),
        (
            "深化开放合作",
            "加强与老挝、泰国等周边国家城市的数字经济交流合作，积极参与澜湄合作框架下的人工智能项目。支持企业参加中国—南亚博览会等展会，推动人工智能产品和服务走向南亚东南亚市场，吸引境外企业来景投资兴业。",
        ),
        (
            "抓好督促落实",
            "建立任务台账和定期调度机制，将方案实施情况纳入年度综合考核。加强政策宣传和典型案例推广，组织开展人工智能应用成果展示活动，营造良好发展氛围。",
        ),
    ],
)
SAFEGUARDS_EN = [
    "Strengthen organisation and leadership. A leading group for the “AI Plus” action headed by the Mayor will be set up, with its office in the Municipal Development and Reform Bureau, to coordinate all work. Each lead unit will draw up a detailed implementation plan with a timetable and roadmap and strengthen coordination.",
    "Strengthen support for production factors. Higher-level special funds and municipal fiscal funds will be combined, with RMB 10 million allocated each year for AI scenarios and talent training, and land and energy for key projects secured first. Financial institutions will be encouraged to develop credit products suited to AI enterprises, and eligible enterprises supported in applying for higher-level special funds.",
    "Deepen opening-up and cooperation. Digital economy exchanges with cities of neighbouring countries such as Laos and Thailand will be strengthened, and the city will take part in AI projects under the Lancang-Mekong Cooperation framework. Enterprises will be supported to attend the China–South Asia Expo and other fairs, take AI products and services to South and Southeast Asian markets, and attract foreign enterprises to invest in Jinghong.",
    "Ensure implementation. A task ledger and regular scheduling mechanism will be set up, and implementation will be included in the annual comprehensive assessment. Policies and typical cases will be publicised and AI application achievements showcased.",
]
PART_EN = {
    "二、": "II. Consolidating the Intelligent Foundation",
    "三、": "III. Empowering the Open Economy",
    "四、": "IV. Building a Smart International Tourism City",
    "五、": "V. Making Public Services Smarter",
    "六、": "VI. Safeguard Measures",
}
ROMAN = ["I", "II", "III", "IV", "V", "VI"]

PARAS, GOALS_, SECTIONS = plan(GOALS, PARTS, SAFEGUARDS, conv, lambda n: f"（{cn(n)}）", 2028)


def _blocks():
    en = "english"
    b = [
        ("head", "景洪市人民政府办公室文件"),
        (en, "Document of the General Office of Jinghong Municipal People’s Government"),
        ("docno", DOC_NUMBER),
        ("title", TITLE),
        (en, TITLE_EN),
        ("addressee", "各乡镇人民政府，市直各部门，景洪工业园区管委会："),
        (
            en,
            "To all township governments, all municipal departments and the Jinghong Industrial Park Management Committee:",
        ),
        (
            "p",
            "经市人民政府同意，现将《景洪市“人工智能+”行动方案（2026—2028年）》印发给你们，请认真抓好贯彻落实。",
        ),
        (
            en,
            "With the approval of the Municipal People’s Government, the Jinghong Municipal “AI Plus” Action Plan (2026–2028) is hereby issued to you for earnest implementation.",
        ),
        ("p", PREAMBLE),
        (en, PREAMBLE_EN),
        ("h1", "一、总体要求"),
        (en, "I. General Requirements"),
        ("p", GUIDE),
        (en, GUIDE_EN),
        ("p", BASIS),
        (en, BASIS_EN),
        ("p", PRINCIPLES),
        (en, PRINCIPLES_EN),
        ("p", G1),
        (en, G1_EN),
    ]
    tasks_en = [it["en"] for _, _, items in PARTS for it in items]
    n = 0
    sg = 0
    for kind, text in PARAS:
        if kind == "h1":
            b.append(("h1", text))
            b.append((en, PART_EN[text[:2]]))
        else:
            n += 1
            b.append(("item", (text[0] + text[1], text[2])))
            if n <= len(tasks_en):
                b.append((en, f"({n}) {tasks_en[n - 1]}"))
            else:
                b.append((en, f"({n}) {SAFEGUARDS_EN[sg]}"))
                sg += 1
    b += [
        ("sign", "景洪市人民政府办公室"),
        ("date", "2026年4月15日"),
        (en, "General Office of Jinghong Municipal People’s Government, 15 April 2026"),
    ]
    return b


BLOCKS = _blocks()
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Jinghong City (Yunnan) “AI+” action plan 2026–2028, bilingual Chinese–English edition — synthetic",
    "issuer": "景洪市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-15",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2028],
    "source_file": f"{SLUG}.docx",
}
EXTRACTION = {
    "zone": {
        "slug": "jinghong-city",
        "name": "景洪市",
        "name_en": "Jinghong City (Yunnan)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": agencies(A, conv),
    "goals": GOALS_,
    "sections": SECTIONS,
    "deadline": 2028,
}
HEADER = """\
# 景洪市“人工智能+”行动方案（2026—2028年） (景洪市人民政府办公室, 景政办发〔2026〕11号, 2026-04-15), bilingual Chinese–English Word file
# — SYNTHETIC (synthetic_bx): WRITTEN by the collector (helper blindBX, 2026-12-07) before reading or running the importer; no such
#   document is claimed to exist. Built by make_files.py from doc_jinghong.py (.docx). The extraction is of the Chinese paragraphs:
#   the English paragraph after each translates it and adds no task, target or agency. See SYNTHETIC_BX.md.
"""

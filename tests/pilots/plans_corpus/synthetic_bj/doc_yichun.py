# ruff: noqa: E501  (plan text as the office writes it)
"""伊春市人民政府关于加快推进“人工智能+”行动的实施意见 — INVENTED (synthetic_bj). The city portal's page saved as .html:
site header, 信息公开 table, title, 来源 line; the 实施意见 itself: addressee, preamble, 一、总体要求 (a guiding paragraph and two
dated goal paragraphs "力争三年内，…" / "到2030年，…" written with Chinese numerals and scales — 两倍, 二十亿元, 十家, 三个以上,
百亿级…一个, 百分之六, 五十亿元, 千亿元), then parts 二、–五、 of tasks （一）–（二十七） NUMBERED ON across the parts, each one
paragraph "（N）标题。正文（annotation）" with the roles written "（市X、Y牵头，市Z参与）", "（市X负责）", "（各县（市、区）人民政府，市X、
Y按职责分工负责）" — names after a 市 name share its prefix — and 六、保障措施 （二十八）–（三十二） continuing the numbering, two of them
annotated; signature and date; the portal footer."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "yichun-ai-plus-opinions-2026-synthetic"
KIND = "html"

# code → (full name, category, printed forms)
A = {
    "fgw": ("伊春市发展和改革委员会", "development_reform", ["市发展改革委", "发展改革委"]),
    "gxj": ("伊春市工业和信息化局", "industry_it", ["市工信局", "工信局"]),
    "yhj": ("伊春市营商环境建设监督局", "government_services", ["市营商环境局", "营商环境局"]),
    "czj": ("伊春市财政局", "finance", ["市财政局"]),
    "kjj": ("伊春市科学技术局", "science_technology", ["市科技局", "科技局"]),
    "swj": ("伊春市商务局", "commerce", ["市商务局", "商务局"]),
    "nyj": ("伊春市农业农村局", "agriculture", ["市农业农村局"]),
    "lcj": ("伊春市林业和草原局", "natural_resources", ["市林草局", "林草局"]),
    "sg": ("伊春森林工业集团有限责任公司", "state_enterprise", ["伊春森工集团"]),
    "xs": ("伊春市各县（市、区）人民政府", "local_government", ["各县（市、区）人民政府"]),
    "yjj": ("伊春市应急管理局", "emergency", ["市应急局"]),
    "wlj": ("伊春市文化广电和旅游局", "culture_tourism", ["市文广旅局"]),
    "jtj": ("伊春市交通运输局", "transport", ["市交通运输局"]),
    "zrj": ("伊春市自然资源局", "natural_resources", ["自然资源局"]),
    "mzj": ("伊春市民政局", "civil_affairs", ["民政局"]),
    "jyj": ("伊春市教育局", "education", ["市教育局", "教育局"]),
    "wjw": ("伊春市卫生健康委员会", "health", ["市卫健委"]),
    "ybj": ("伊春市医疗保障局", "health", ["市医保局"]),
    "zjj": ("伊春市住房和城乡建设局", "housing_construction", ["市住建局"]),
    "cgj": ("伊春市城市管理综合执法局", "housing_construction", ["城管局"]),
    "sthj": ("伊春市生态环境局", "ecology_environment", ["市生态环境局"]),
    "slj": ("伊春市水务局", "natural_resources", ["水务局"]),
    "gaj": ("伊春市公安局", "public_security", ["市公安局", "公安局"]),
    "zzb": ("中共伊春市委组织部", "party_organisation", ["市委组织部"]),
    "rsj": ("伊春市人力资源和社会保障局", "human_resources", ["市人社局"]),
    "rhw": ("中国人民银行伊春市分行", "financial_regulation", ["人民银行伊春市分行"]),
    "jrb": ("中共伊春市委金融委员会办公室", "financial_regulation", ["市委金融办"]),
    "scj": ("伊春市市场监督管理局", "market_regulation", ["市市场监管局"]),
    "tjj": ("伊春市统计局", "statistics", ["市统计局"]),
    "wxb": ("中共伊春市委网络安全和信息化委员会办公室", "publicity", ["市委网信办"]),
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "伊春市人民政府关于加快推进“人工智能+”行动的实施意见"
DOC_NUMBER = "伊政发〔2026〕4号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Yichun City (Heilongjiang) opinions on accelerating the “AI+” action — synthetic",
    "issuer": "伊春市人民政府",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-08",
    "period_start": 2026,
    "period_end": 2030,
    "milestone_years": [2028, 2030],
    "source_file": f"{SLUG}.html",
}

PREAMBLE = "为深入贯彻落实国家和省关于深入实施“人工智能+”行动的决策部署，加快推动人工智能与我市经济社会发展深度融合，以智能化赋能生态优先、绿色发展，助力建设生态强市、旅游名城和绿色产业基地，结合我市实际，现提出如下实施意见。人工智能是引领新一轮科技革命和产业变革的战略性技术，对于我市这样的重点国有林区和资源型城市而言，推进“人工智能+”行动既是破解发展难题、培育新质生产力的现实需要，也是推动生态优势转化为发展优势的重要途径。各地各部门要充分认识加快推进“人工智能+”行动的重要意义，增强工作的主动性和紧迫性。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届历次全会精神，全面贯彻习近平总书记对黑龙江重要讲话重要指示批示精神，牢固树立“绿水青山就是金山银山、冰天雪地也是金山银山”的理念，立足我市森林资源富集、生态环境优良、气候冷凉的独特优势，坚持场景牵引、数据赋能、企业主体、开放合作，以算力设施为基础、以行业大模型为突破、以特色应用为重点，推动人工智能在森林资源管护、森林食品、生态旅游、绿色制造和公共服务等领域深度应用，走出一条资源型城市智能化转型发展的新路子。2025年，全市智能算力规模为150P，人工智能核心产业规模为8.6亿元，人工智能应用企业42家，发展基础仍然薄弱，必须以更大力度、更实举措加快追赶。"
PRINCIPLES = "推进工作中，坚持应用牵引，聚焦森林资源管护、特色产业发展和民生服务需求，以场景开放带动技术落地、以应用成效检验工作成果；坚持特色发展，立足生态资源禀赋和产业基础，不盲目追求规模，不搞低水平重复建设；坚持政府引导、市场主导，充分发挥企业主体作用，激发各类市场主体活力；坚持安全发展，统筹发展和安全，守牢数据安全、网络安全和生态安全底线。"
G1_TEXT = "力争三年内，全市人工智能发展取得突破性进展，智能算力规模达到2025年的两倍，人工智能核心产业规模突破二十亿元，培育十家人工智能骨干企业、一百家以上“人工智能+”应用企业，建设三个以上林业、文旅、森林食品行业大模型，打造五十个“人工智能+”典型应用场景，培育百亿级森林食品智能化产业集群一个，数字经济核心产业增加值占地区生产总值比重提高到百分之六，人工智能成为全市绿色转型发展的重要引擎。"
G1 = [
    T("智能算力规模", "倍", "eq", 2, "智能算力规模达到2025年的两倍"),
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        20,
        "人工智能核心产业规模突破二十亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能骨干企业", "家", "eq", 10, "培育十家人工智能骨干企业", kind="ai_enterprises"),
    T(
        "“人工智能+”应用企业",
        "家",
        "gte",
        100,
        "一百家以上“人工智能+”应用企业",
        kind="ai_enterprises",
    ),
    T("行业大模型", "个", "gte", 3, "建设三个以上林业、文旅、森林食品行业大模型"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        50,
        "打造五十个“人工智能+”典型应用场景",
        kind="application_scenarios",
    ),
    T("百亿级森林食品智能化产业集群", "个", "eq", 1, "培育百亿级森林食品智能化产业集群一个"),
    T(
        "数字经济核心产业增加值占地区生产总值比重",
        "%",
        "eq",
        6,
        "数字经济核心产业增加值占地区生产总值比重提高到百分之六",
    ),
]
G2_TEXT = "到2030年，人工智能全面融入全市经济社会发展各领域，人工智能核心产业规模力争达到五十亿元，带动全市生态产品总值突破千亿元，建成东北地区重要的绿色算力基地和全国生态产品价值实现智能化示范区。"
G2 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        50,
        "人工智能核心产业规模力争达到五十亿元",
        kind="ai_industry_scale",
    ),
    T("生态产品总值", "亿元", "gt", 1000, "带动全市生态产品总值突破千亿元"),
]

# part: (numbering, title, tasks); task: (title, rest, annotation, lead, supporting, responsible, targets)
PARTS = [
    (
        "二、",
        "夯实人工智能发展基础",
        [
            (
                "完善信息网络设施",
                "加快5G网络向重点林区、景区、交通干线和行政村延伸覆盖，新建5G基站八百个，重点林区5G网络覆盖率达到百分之九十五。推进千兆光网建设和IPv6规模部署，加快物联网感知设施在林区、城区布局，构建泛在连接的网络基础设施体系。推动通信基础设施与林区道路、防火设施共建共享。",
                "（市工信局牵头，伊春森工集团、各县（市、区）人民政府参与）",
                ["gxj"],
                ["sg", "xs"],
                [],
                [
                    T("新建5G基站", "个", "eq", 800, "新建5G基站八百个", aggregation="flow"),
                    T(
                        "重点林区5G网络覆盖率",
                        "%",
                        "eq",
                        95,
                        "重点林区5G网络覆盖率达到百分之九十五",
                    ),
                ],
            ),
            (
                "建设绿色算力基础设施",
                "发挥我市气候冷凉、森林覆盖率高、清洁能源富集的优势，高标准建设林都绿色智算中心，三年内新增智能算力150P，推动算力资源纳入全省算力统筹调度体系，面向省内外用户提供绿色算力服务。支持数据中心采用自然冷却、余热利用等节能技术，新建数据中心电能利用效率不高于1.2。落实算力券政策，对中小企业使用智能算力给予不超过30%的费用补贴，降低企业用算成本。鼓励基础电信企业、林业企业和社会资本参与算力设施建设运营，探索“算力+生态”融合发展模式，推动算力设施与风电、光伏等新能源项目协同布局，打造寒地绿色算力品牌。加强算力设施安全防护，提升算力服务稳定性和可靠性。",
                "（市发展改革委、工信局、营商环境局牵头，市财政局参与）",
                ["fgw", "gxj", "yhj"],
                ["czj"],
                [],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        150,
                        "三年内新增智能算力150P",
                        kind="computing_power",
                        aggregation="flow",
                        deadline=2028,
                    )
                ],
            ),
            (
                "推进数据资源开发利用",
                "完善全市公共数据资源目录和共享交换体系，推动森林资源、自然资源、生态环境、文化旅游等领域数据汇聚治理，建设二十个行业高质量数据集。探索公共数据授权运营，培育数据经纪、数据标注等数据服务企业，推动数据资源向数据资产、数据资本转化。加强数据安全管理，落实数据分类分级保护制度。推动森林资源“一张图”、生态环境监测、文旅客流等数据与省级平台互联互通，支持企业依法合规利用公共数据开发森林碳汇计量、生态旅游推荐等数据产品，提升数据要素对产业发展的支撑能力。建立数据资源开发利用激励机制，调动各方参与积极性。",
                "（市营商环境局牵头，市直有关部门参与）",
                ["yhj"],
                [],
                [],
                [T("行业高质量数据集", "个", "eq", 20, "建设二十个行业高质量数据集")],
            ),
            (
                "强化创新平台支撑",
                "支持伊春职业学院和林业科研院所与省内外高校院所、龙头企业共建人工智能联合实验室和成果转化基地，建设市级以上人工智能创新平台五个。围绕森林资源监测、林下产品精深加工、寒地装备智能化等方向开展关键技术攻关，每年组织实施人工智能科技计划项目十项以上。鼓励企业加大研发投入，落实研发费用加计扣除等税收优惠政策，支持企业牵头承担省级以上科技项目，推动科技成果在我市转化落地，提升创新平台服务产业发展的能力。建立创新平台绩效评价和动态调整机制。",
                "（市科技局负责）",
                [],
                [],
                ["kjj"],
                [
                    T(
                        "市级以上人工智能创新平台",
                        "个",
                        "eq",
                        5,
                        "建设市级以上人工智能创新平台五个",
                        kind="innovation_platforms",
                    ),
                    T(
                        "人工智能科技计划项目",
                        "项",
                        "gte",
                        10,
                        "每年组织实施人工智能科技计划项目十项以上",
                        per_year=True,
                    ),
                ],
            ),
            (
                "培育壮大人工智能企业",
                "建立人工智能企业培育库，实施梯度培育，对首次入选国家级专精特新“小巨人”的人工智能企业给予50万元奖励。聚焦算力服务、智能装备、数据服务等方向开展精准招商，三年内引进人工智能企业三十家。支持本地企业与头部企业合作，开展人工智能产品和解决方案研发，推动本地企业在合作中成长壮大。完善企业服务专员制度，在项目审批、要素保障、场景开放等方面提供全周期服务，推动人工智能企业尽快形成产能、做大规模。支持企业参加各类创新创业大赛，提升企业知名度和影响力。建立人工智能企业运行监测和动态调整机制。",
                "（市工信局、科技局、商务局按职责分工负责）",
                [],
                [],
                ["gxj", "kjj", "swj"],
                [
                    T(
                        "引进人工智能企业",
                        "家",
                        "eq",
                        30,
                        "三年内引进人工智能企业三十家",
                        kind="ai_enterprises",
                        aggregation="flow",
                        deadline=2028,
                    )
                ],
            ),
        ],
    ),
    (
        "三、",
        "推动产业智能化升级",
        [
            (
                "推进“人工智能+”森林食品产业",
                "围绕蓝莓、黑木耳、红松籽、中草药等特色林产品，建设森林食品产业数字化服务平台，推广智能分选、智能仓储、智能冷链等技术应用，建设森林食品智能化加工示范企业二十家。运用人工智能开展产品溯源、市场研判和精准营销，打响“林都森林食品”品牌，推动森林食品产业向百亿级产业集群迈进。支持龙头企业牵头建设森林食品产业链数字化协同平台，带动林区合作社、种植户共享订单、技术和市场信息，促进林区群众增收致富。加强森林食品质量安全智能监管，守护“林都”品牌信誉。支持企业运用人工智能开发功能性森林食品新品种，延伸产业链条、提升附加值。",
                "（市农业农村局、林草局牵头，伊春森工集团、各县（市、区）人民政府参与）",
                ["nyj", "lcj"],
                ["sg", "xs"],
                [],
                [
                    T(
                        "森林食品智能化加工示范企业",
                        "家",
                        "eq",
                        20,
                        "建设森林食品智能化加工示范企业二十家",
                    )
                ],
            ),
            (
                "推进“人工智能+”森林资源管护",
                "构建“天空地”一体化森林资源智能监测体系，运用卫星遥感、无人机、视频监控和物联感知等手段，实现森林火情、病虫害、盗伐滥伐等智能识别和预警，重点林区智能监测覆盖率达到百分之百。建设林业碳汇智能计量监测平台，服务林业碳汇项目开发和交易，助力生态产品价值实现。推动护林员巡护终端智能化升级，实现巡护轨迹、发现问题、处置结果全程留痕，提高森林资源管护精细化水平。推动森林资源监测成果在国土绿化、生态修复等工作中的应用。",
                "（市林草局牵头，伊春森工集团、市应急局参与）",
                ["lcj"],
                ["sg", "yjj"],
                [],
                [T("重点林区智能监测覆盖率", "%", "eq", 100, "重点林区智能监测覆盖率达到百分之百")],
            ),
            (
                "推进“人工智能+”生态旅游",
                "建设全域智慧旅游服务平台，推动重点景区智能导览、智能票务、客流监测全覆盖，打造十个智慧景区和智慧旅游度假区。开发数字人讲解、沉浸式森林体验、冰雪运动智能服务等新产品，三年内全市接待游客人次达到2025年的1.5倍。运用人工智能开展客源市场分析和精准营销，提升“林都伊春”旅游品牌影响力。推动景区、酒店、民宿、旅行社等经营主体数字化转型，完善智能预约、智能停车、智能支付等服务，打造全季全域智慧旅游目的地。建立旅游市场智能监管机制，维护良好旅游市场秩序。推动旅游数据与交通、气象等数据融合应用，为游客提供出行和安全提示服务。",
                "（市文广旅局牵头，市交通运输局、商务局参与）",
                ["wlj"],
                ["jtj", "swj"],
                [],
                [
                    T(
                        "智慧景区和智慧旅游度假区",
                        "个",
                        "eq",
                        10,
                        "打造十个智慧景区和智慧旅游度假区",
                    ),
                    T(
                        "接待游客人次",
                        "倍",
                        "eq",
                        1.5,
                        "三年内全市接待游客人次达到2025年的1.5倍",
                        deadline=2028,
                    ),
                ],
            ),
            (
                "推进“人工智能+”绿色制造",
                "推动木材精深加工、矿产开发、绿色食品加工、清洁能源等产业开展智能化改造，三年内，实施智能化改造项目一百个，建成省级以上智能工厂和数字化车间十五个。推进矿山智能化建设，推广智能采矿、无人运输、安全监测预警等应用，提升本质安全水平。鼓励企业应用人工智能优化能源管理和生产工艺，降低单位产品能耗和排放，推动制造业绿色化、智能化协同发展。组织智能化改造现场观摩和供需对接活动，推广成熟解决方案。",
                "（市工信局牵头，市应急局、自然资源局参与）",
                ["gxj"],
                ["yjj", "zrj"],
                [],
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        100,
                        "实施智能化改造项目一百个",
                        aggregation="flow",
                        deadline=2028,
                    ),
                    T(
                        "省级以上智能工厂和数字化车间",
                        "个",
                        "eq",
                        15,
                        "建成省级以上智能工厂和数字化车间十五个",
                        deadline=2028,
                    ),
                ],
            ),
            (
                "推进“人工智能+”现代农业",
                "推广农业无人机、智能农机、智能灌溉等装备，建设智慧农场二十个，发展寒地特色种养殖智能化管理，推动农业生产经营智能化水平稳步提升。加强农业气象灾害智能监测预警，提高防灾减灾能力。支持农业社会化服务组织运用智能农机开展代耕代种、统防统治等服务，推动小农户与现代农业有机衔接。建设农业大数据平台，推动农业生产、经营、管理数据汇聚共享。推进寒地水稻、大豆等作物智能化生产示范，探索林农复合经营智能管理模式。",
                "（各县（市、区）人民政府，市农业农村局按职责分工负责）",
                [],
                [],
                ["xs", "nyj"],
                [T("智慧农场", "个", "eq", 20, "建设智慧农场二十个")],
            ),
            (
                "推进“人工智能+”商贸物流和森林康养",
                "推动直播电商、跨境电商等新业态运用人工智能技术，建设智能仓储物流设施，培育电商直播基地三个。发展森林康养智能服务，建设智慧康养基地五个，推广智能健康监测、智能养老服务等应用，打造“森林康养+智慧服务”特色品牌。推动物流企业应用智能调度、智能分拣系统，降低物流成本，提升林区农产品上行效率。鼓励康养机构与医疗机构合作，提供智能化健康管理服务。",
                "（市商务局、民政局按职责分工负责）",
                [],
                [],
                ["swj", "mzj"],
                [
                    T("电商直播基地", "个", "eq", 3, "培育电商直播基地三个"),
                    T("智慧康养基地", "个", "eq", 5, "建设智慧康养基地五个"),
                ],
            ),
            (
                "推进“人工智能+”冰雪经济",
                "建设冰雪运动和冰雪旅游智能服务平台，推广智能票务、智能租赁、雪况智能监测和游客安全智能预警等应用，打造智慧雪场三个。开发冰雪研学、冰雪赛事智能服务等新产品，推动冰雪运动、冰雪旅游、冰雪装备融合发展，让冰天雪地真正成为金山银山。推动冰雪场馆智能化改造，提升冰雪运动服务品质。支持冰雪装备企业研发智能化冰雪器材。",
                "（市文广旅局负责）",
                [],
                [],
                ["wlj"],
                [T("智慧雪场", "个", "eq", 3, "打造智慧雪场三个")],
            ),
            (
                "推进“人工智能+”清洁能源",
                "推动风电、光伏、生物质能等新能源项目应用人工智能开展功率预测、智能运维和故障诊断，建设新能源智能集控中心一个，提高新能源发电效率和电网消纳能力。探索构建源网荷储一体化智能调控体系，为绿色算力发展提供稳定可靠的清洁电力保障。鼓励能源企业与人工智能企业联合开展技术攻关。",
                "（市发展改革委负责）",
                [],
                [],
                ["fgw"],
                [T("新能源智能集控中心", "个", "eq", 1, "建设新能源智能集控中心一个")],
            ),
        ],
    ),
    (
        "四、",
        "提升公共服务和社会治理智能化水平",
        [
            (
                "推进“人工智能+”就业和社会保障",
                "建设智慧就业服务平台，运用人工智能开展岗位智能匹配和职业技能精准推荐，每年线上推荐就业岗位一万个以上，重点做好林区转岗职工、高校毕业生等群体就业服务。推进社保经办智能审核和待遇资格静默认证，让数据多跑路、群众少跑腿。运用人工智能开展就业形势分析研判，为制定就业政策提供参考。",
                "（市人社局负责）",
                [],
                [],
                ["rsj"],
                [
                    T(
                        "线上推荐就业岗位",
                        "个",
                        "gte",
                        10000,
                        "每年线上推荐就业岗位一万个以上",
                        per_year=True,
                    )
                ],
            ),
            (
                "推进“人工智能+”政务服务",
                "深化“高效办成一件事”改革，建设全市政务服务智能助手，推动政务服务事项智能导办、智能预审、智能审批，三年内政务服务事项网上可办率稳定在98%以上，企业群众办事平均跑动次数压减至0.5次以下。推进政务办公智能化，提升机关运行效能。完善政务服务“好差评”智能分析机制，推动企业和群众诉求快速响应、及时办理。推动更多政务服务事项“跨省通办”“全省通办”。",
                "（市营商环境局负责）",
                [],
                [],
                ["yhj"],
                [
                    T(
                        "政务服务事项网上可办率",
                        "%",
                        "gte",
                        98,
                        "政务服务事项网上可办率稳定在98%以上",
                        deadline=2028,
                    ),
                    T(
                        "企业群众办事平均跑动次数",
                        "次",
                        "lte",
                        0.5,
                        "企业群众办事平均跑动次数压减至0.5次以下",
                        deadline=2028,
                    ),
                ],
            ),
            (
                "推进“人工智能+”教育",
                "实施人工智能赋能教育行动，推动人工智能通识教育覆盖全市中小学，建设人工智能教育示范校二十所，建设市级教育资源智能服务平台，推动优质教育资源向林区、乡村学校延伸。加强教师人工智能素养培训，推进人工智能助教、助学、助管应用。推动职业院校深化产教融合，与企业共建人工智能实训基地，培养适应产业发展需要的技术技能人才。加强学生数字素养教育，引导学生正确认识和合理使用人工智能。推动人工智能教育资源向林区学校倾斜，促进教育公平。",
                "（市教育局负责）",
                [],
                [],
                ["jyj"],
                [T("人工智能教育示范校", "所", "eq", 20, "建设人工智能教育示范校二十所")],
            ),
            (
                "推进“人工智能+”医疗健康",
                "推动医学影像智能诊断、临床辅助决策等应用在二级以上医院全覆盖，建设市级全民健康信息平台智能应用模块，推进医保智能监管，基层医疗卫生机构智能辅助诊疗应用覆盖率达到百分之八十。发展远程医疗和互联网医院，方便林区群众就近就医。推进医疗健康数据安全有序共享，探索开展人工智能辅助慢病管理和健康风险预警服务。加强医疗人工智能应用的安全管理和伦理审查。推进智能医学影像、智能心电等远程诊断服务向乡镇卫生院和林场卫生所延伸。",
                "（市卫健委牵头，市医保局参与）",
                ["wjw"],
                ["ybj"],
                [],
                [
                    T(
                        "基层医疗卫生机构智能辅助诊疗应用覆盖率",
                        "%",
                        "eq",
                        80,
                        "基层医疗卫生机构智能辅助诊疗应用覆盖率达到百分之八十",
                    )
                ],
            ),
            (
                "推进“人工智能+”城市治理",
                "建设城市运行管理服务平台，推动城市管理、市政设施、供热供水等领域智能感知和精准处置，推广智能供热调控系统，城区供热智能调控覆盖率达到百分之七十，切实提升群众冬季供热满意度。推动城市燃气、排水、桥梁等基础设施安全运行智能监测，提升城市安全韧性。推动城市管理由经验判断型向数据分析型转变。推广智能清雪调度系统，提升冬季城市道路保畅水平。",
                "（各县（市、区）人民政府，市住建局、城管局按职责分工负责）",
                [],
                [],
                ["xs", "zjj", "cgj"],
                [
                    T(
                        "城区供热智能调控覆盖率",
                        "%",
                        "eq",
                        70,
                        "城区供热智能调控覆盖率达到百分之七十",
                    )
                ],
            ),
            (
                "推进“人工智能+”生态环境保护",
                "建设生态环境智能监测体系，实现空气、水、土壤等环境质量智能监测预警，推动重点排污单位在线监测数据智能分析，助力打好污染防治攻坚战，守护好伊春的绿水青山。推动生态环境数据与林草、水务、自然资源等部门数据共享，提升生态环境协同治理能力。推动生态环境执法智能化，提高执法效能。",
                "（市生态环境局牵头，市林草局、水务局参与）",
                ["sthj"],
                ["lcj", "slj"],
                [],
                [],
            ),
            (
                "推进“人工智能+”应急和公共安全",
                "建设应急指挥智能决策系统，提升森林火灾、洪涝、地质灾害等风险智能研判和应急处置能力，推动智能安防在重点区域、重点部位全覆盖，提升社会治安防控智能化水平。推动应急广播、预警信息发布系统智能化升级，确保预警信息及时覆盖林区、乡村和重点场所。推进应急物资储备智能管理，提高应急保障能力。",
                "（市应急局、公安局按职责分工负责）",
                [],
                [],
                ["yjj", "gaj"],
                [],
            ),
            (
                "推进“人工智能+”交通出行",
                "建设智慧交通管理平台，推进林区公路、旅游公路智能监测和交通流量分析，新建智能交通信号控制路口三十个，推广智能公交调度和出行信息服务，提升冬季冰雪路面交通安全保障能力。推动交通运输行业数据共享和协同监管。",
                "（市交通运输局、公安局按职责分工负责）",
                [],
                [],
                ["jtj", "gaj"],
                [
                    T(
                        "智能交通信号控制路口",
                        "个",
                        "eq",
                        30,
                        "新建智能交通信号控制路口三十个",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "五、",
        "优化人工智能发展生态",
        [
            (
                "扩大应用场景开放",
                "建立“人工智能+”应用场景清单定期发布机制，每年发布应用场景机会清单两批次以上，推动政务、林业、文旅、医疗、教育等领域场景向企业开放。支持企业在我市开展新技术、新产品先行先试，对示范效果好的应用场景加快复制推广。建立应用场景供需对接平台，促进场景需求与技术供给精准匹配。对首次在我市落地的重大应用场景项目，在资金、用地等方面给予倾斜支持。",
                "（市发展改革委牵头，市直有关部门、各县（市、区）人民政府参与）",
                ["fgw"],
                ["xs"],
                [],
                [
                    T(
                        "应用场景机会清单发布",
                        "批次",
                        "gte",
                        2,
                        "每年发布应用场景机会清单两批次以上",
                        per_year=True,
                    )
                ],
            ),
            (
                "加强标准和知识产权建设",
                "支持企业、科研院所参与制定人工智能相关国家标准、行业标准和地方标准，三年内制定林业人工智能应用相关标准五项以上。加强人工智能领域知识产权创造、运用和保护，开展专利导航和知识产权快速维权服务，营造尊重创新、保护创新的良好环境。支持企业申报国家知识产权示范企业和优势企业。",
                "（市市场监管局牵头，市林草局、科技局参与）",
                ["scj"],
                ["lcj", "kjj"],
                [],
                [
                    T(
                        "林业人工智能应用相关标准",
                        "项",
                        "gte",
                        5,
                        "三年内制定林业人工智能应用相关标准五项以上",
                        kind="patents_standards",
                        aggregation="flow",
                        deadline=2028,
                    )
                ],
            ),
            (
                "加强人才引育",
                "实施“林都英才”计划，三年内引进人工智能领域高层次人才和急需紧缺人才二百名，支持伊春职业学院开设人工智能相关专业，每年培养技能人才五百名以上，广泛开展全民数字技能培训。完善人才评价和激励机制，对引进的高层次人才在住房保障、子女入学、配偶就业等方面给予支持，让各类人才引得进、留得住、用得好。鼓励各类人才以顾问指导、技术合作、项目合作等方式柔性服务我市人工智能发展。",
                "（市委组织部，市人社局、教育局按职责分工负责）",
                [],
                [],
                ["zzb", "rsj", "jyj"],
                [
                    T(
                        "引进人工智能领域高层次人才和急需紧缺人才",
                        "名",
                        "eq",
                        200,
                        "三年内引进人工智能领域高层次人才和急需紧缺人才二百名",
                        kind="talent",
                        aggregation="flow",
                        deadline=2028,
                    ),
                    T(
                        "培养技能人才",
                        "名",
                        "gte",
                        500,
                        "每年培养技能人才五百名以上",
                        kind="talent",
                        per_year=True,
                    ),
                ],
            ),
            (
                "强化金融支持",
                "设立规模十亿元的人工智能产业发展基金，引导金融机构加大对人工智能企业的信贷支持，推广知识产权质押、数据资产质押等融资方式，支持符合条件的人工智能企业上市挂牌融资。发挥政府性融资担保作用，为人工智能中小企业提供融资增信服务，降低企业融资成本。鼓励保险机构开发人工智能相关保险产品，分散企业创新风险。",
                "（市财政局牵头，人民银行伊春市分行、市委金融办参与）",
                ["czj"],
                ["rhw", "jrb"],
                [],
                [],
            ),
            (
                "深化开放合作",
                "加强与京津冀、长三角、粤港澳大湾区人工智能企业和科研机构对接合作，积极融入全省人工智能产业布局，每年举办人工智能产业合作对接活动不少于三场，推动一批合作项目落地见效。积极争取国家和省重大人工智能项目、平台在我市布局，深化与对口合作地区在算力、数据、场景等方面的合作。支持企业参加各类人工智能展会和论坛，拓展合作渠道。",
                "（市商务局牵头，市工信局参与）",
                ["swj"],
                ["gxj"],
                [],
                [
                    T(
                        "人工智能产业合作对接活动",
                        "场",
                        "gte",
                        3,
                        "每年举办人工智能产业合作对接活动不少于三场",
                        per_year=True,
                    )
                ],
            ),
            (
                "加强安全治理",
                "健全人工智能安全风险评估和监测预警机制，落实生成式人工智能服务备案、算法备案和安全评估制度，加强个人信息保护，防范深度伪造、算法歧视等风险，确保人工智能安全、可靠、可控。加强人工智能伦理规范宣传教育，引导企业履行安全主体责任，推动人工智能向上向善发展。建立人工智能安全事件应急处置机制，提升风险应对能力。",
                "（市委网信办牵头，市公安局、营商环境局参与）",
                ["wxb"],
                ["gaj", "yhj"],
                [],
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立由市政府主要领导任组长的市“人工智能+”行动领导小组，统筹推进全市人工智能发展工作，领导小组办公室设在市发展改革委。各县（市、区）要建立相应工作机制，结合实际制定具体落实举措，确保各项任务落地见效。领导小组各成员单位要按照职责分工，密切协作配合，形成推进合力。",
        None,
        [],
        [],
    ),
    (
        "强化政策保障",
        "统筹用好各级各类专项资金，对人工智能重大项目给予用地、用能等要素保障。市财政每年安排不少于3000万元资金支持人工智能发展，重点用于算力券、场景应用和人才引育。积极争取国家和省各类专项资金、超长期特别国债支持，引导社会资本参与人工智能项目建设。",
        "（市财政局、发展改革委按职责分工负责）",
        [],
        ["czj", "fgw"],
    ),
    (
        "营造良好氛围",
        "充分利用报刊、广播电视、网络新媒体等渠道，广泛宣传人工智能政策措施、典型案例和发展成效，组织开展人工智能进机关、进企业、进社区、进校园活动，提升全民数字素养和技能水平，营造全社会关心支持人工智能发展的良好氛围。",
        None,
        [],
        [],
    ),
    (
        "强化统计监测",
        "建立人工智能产业统计监测制度，科学界定人工智能核心产业和相关产业统计范围，定期开展运行监测分析，为科学决策提供依据。",
        "（市统计局、发展改革委按职责分工负责）",
        [],
        ["tjj", "fgw"],
    ),
    (
        "抓好督促落实",
        "建立任务清单和工作台账，定期调度通报工作进展，将本实施意见落实情况纳入对各县（市、区）和市直部门的绩效考核，对成效突出的予以通报表扬，对推进不力的进行督促整改。",
        None,
        [],
        [],
    ),
]

NUMERALS = "一二三四五六七八九十"


def cn(n):
    if n <= 10:
        return NUMERALS[n - 1]
    if n < 20:
        return "十" + NUMERALS[n - 11]
    tens, ones = divmod(n, 10)
    return NUMERALS[tens - 1] + "十" + (NUMERALS[ones - 1] if ones else "")


def _build():
    paras = [
        ("center", TITLE),
        ("plain", "各县（市、区）人民政府，市政府各直属单位："),
        ("p", PREAMBLE),
        ("h", "一、总体要求"),
        ("p", GUIDE),
        ("p", PRINCIPLES),
        ("p", G1_TEXT),
        ("p", G2_TEXT),
    ]
    for text, targets in ((G1_TEXT, G1), (G2_TEXT, G2)):
        for t in targets:
            assert t.phrase in text, t.phrase
    goals = [
        Goal("力争三年内", G1_TEXT, [_due(t, 2028) for t in G1]),
        Goal("到2030年", G2_TEXT, G2),
    ]
    sections = []
    n = 0
    for pno, ptitle, items in PARTS:
        paras.append(("h", f"{pno}{ptitle}"))
        tasks = []
        for title, rest, ann, lead, sup, resp, targets in items:
            n += 1
            no = f"（{cn(n)}）"
            paras.append(("p", f"{no}{title}。{rest}{ann}"))
            tasks.append(
                Task(
                    no, title, f"{title}。{rest}{ann}", lead=lead, supporting=sup, responsible=resp
                )
            )
            for t in targets:
                assert t.phrase in rest, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=no))
        sections.append(Section(pno.strip("、"), pno, ptitle, "key_task", tasks))
    paras.append(("h", "六、保障措施"))
    sg = []
    for title, text, ann, lead, resp in SAFEGUARDS:
        n += 1
        no = f"（{cn(n)}）"
        paras.append(("p", f"{no}{title}。{text}{ann or ''}"))
        sg.append(Task(no, title, f"{title}。{text}{ann or ''}", lead=lead, responsible=resp))
    sections.append(Section("六", "六、", "保障措施", "safeguard", sg))
    paras += [
        ("p", "本实施意见自印发之日起施行。"),
        ("right", "伊春市人民政府"),
        ("right", "2026年4月8日"),
        ("p", "（此件公开发布）"),
    ]
    return paras, goals, sections


def _due(t, year):
    t.deadline = t.deadline or year
    return t


PARAS, GOALS, SECTIONS = _build()


def _html():
    out = []
    for kind, text in PARAS:
        if kind == "center":
            out.append(f'<p style="text-align:center;"><strong>{text}</strong></p>')
        elif kind == "right":
            out.append(f'<p style="text-align:right;">{text}</p>')
        elif kind == "plain":
            out.append(f"<p>{text}</p>")
        elif kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;">{text}</p>')
    article = "\n".join(out)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{TITLE}_市政府文件_伊春市人民政府</title>
<meta name="SiteName" content="伊春市人民政府">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-04-10 09:15">
<link rel="stylesheet" href="/images/zwgk.css">
<script src="/js/jquery-1.12.4.min.js"></script>
<script>function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}</script>
</head>
<body>
<div class="header"><div class="logo"><a href="/">伊春市人民政府</a></div><div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>
<div class="menu"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwfw/">政务服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/zjyc/">走进伊春</a></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfwj/">市政府文件</a></div>
<div class="xxgk_table">
<table>
<tr><th>索引号：</th><td>11232700MB1C83721X/2026-00052</td><th>主题分类：</th><td>科技、教育</td></tr>
<tr><th>发文机关：</th><td>伊春市人民政府</td><th>成文日期：</th><td>2026年04月08日</td></tr>
<tr><th>标　　题：</th><td colspan="3">{TITLE}</td></tr>
<tr><th>发文字号：</th><td>{DOC_NUMBER}</td><th>发布日期：</th><td>2026年04月10日</td></tr>
</table>
</div>
<div class="article_title">{TITLE}</div>
<div class="article_info">发布时间：2026-04-10　来源：伊春市人民政府办公室　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div id="zoom" class="article_content">
<p style="text-align:center;">{DOC_NUMBER}</p>
{article}
</div>
<div class="article_tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="related"><h4>相关链接</h4><ul><li><a href="/zwgk/jd/">政策解读：《{TITLE}》解读</a></li></ul></div>
<div class="footer">
<p>主办：伊春市人民政府办公室　承办：伊春市营商环境建设监督局</p>
<p>网站标识码：2307000001　黑ICP备05000000号　黑公网安备23070002000000号</p>
</div>
</body>
</html>
"""


TEXT = _html()

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "yichun-heilongjiang-city",
        "name": "伊春市",
        "name_en": "Yichun City (Heilongjiang)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2030,
}

HEADER = """\
# 伊春市人民政府关于加快推进“人工智能+”行动的实施意见 (伊春市人民政府, 伊政发〔2026〕4号, 2026-04-08)
# — SYNTHETIC (synthetic_bj): WRITTEN by the collector (helper blindBJ, 2026-12-06) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_yichun.py as the portal page saved (.html, UTF-8).
# Zone yichun-heilongjiang-city (黑龙江 伊春市, a prefecture-level city) → city level; period 2026–2030 (the goals reach 2030; the
#   near goals are "三年内", read as 2026–2028 → due 2028).
# Outline: portal header, menu, breadcrumb, 信息公开 table (索引号, 发文字号, dates), article title and 发布时间 line, 发文字号 again,
#   the title, addressee, a preamble of two parts; 一、总体要求 = a guiding paragraph ending on 2025 baselines (150P, 8.6亿元, 42家:
#   no targets), a principles paragraph ("坚持…；坚持…": no tasks), and two dated goal paragraphs → goals titled by their date
#   phrases: "力争三年内" (8 targets, due 2028) and "到2030年" (2). Parts 二、–五、 (top-level key_task sections) of tasks
#   （一）–（二十七） NUMBERED ON across the parts, each ONE paragraph "（N）标题。正文（annotation）"; 六、保障措施 continues the
#   numbering （二十八）–（三十二） → safeguard tasks, two of them annotated ((二十九), (三十一)). "本实施意见自印发之日起施行" (no task),
#   signature, date, "（此件公开发布）", portal footer (承办 伊春市营商环境建设监督局: no role).
# Tasks: title = the phrase before the first 。; text = title + body + annotation, without the number.
# Roles: "（X、Y牵头，Z参与）" → X Y lead, Z supporting (参与 read as 配合: the body takes part under the lead); "（X负责）" and
#   "（X、Y按职责分工负责）" → responsible; "（各县（市、区）人民政府，市X、Y按职责分工负责）" → the collective and X, Y all responsible;
#   "（市委组织部，市人社局、教育局按职责分工负责）" → all three responsible. Names after a 市 name share its prefix
#   (市发展改革委、工信局、营商环境局 → three 伊春市 bodies; 市交通运输局、商务局; 市应急局、自然资源局; 市林草局、水务局 …).
#   各县（市、区）人民政府 (its inner brackets inside the annotation's) → ONE collective; 伊春森工集团 a state enterprise; "市直有关
#   部门" generic words → no agency ((三) has its lead alone; (二十二) its lead and the collective). 市营商环境局 = 伊春市营商环境
#   建设监督局 (the portal footer prints the full name; category government_services).
# Targets: Chinese numerals read as numbers: 二十亿元 → 20, 十家 → 10, 一百家以上 → gte 100, 三个以上 → gte 3, 五十个 → 50,
#   一个 → 1, 百分之六 → 6 %, 五十亿元 → 50, 二十个 / 五个 / 十项以上 / 三十家 / 百分之百 / 百分之九十五 / 二百名 / 五百名以上 /
#   一万个以上 → 10000 … . Scales: 千亿元 (no digit) → 1000 亿元 (gt, 突破); "达到2025年的两倍" → 2 倍 eq (the baseline year in the
#   metric's phrase), likewise 2025年的1.5倍 → 1.5 倍; "百亿级森林食品智能化产业集群一个" → 1 个 (百亿级 names the class of the
#   cluster, no money figure); "推动森林食品产业向百亿级产业集群迈进" (a task) → no figure; "三年内" (in the goals and in tasks) →
#   due 2028, "三年内，实施…一百个，建成…十五个" covering both; a task figure with no year of its own → due 2030 (plan end).
#   Every task holding figures is also a goal titled like the task (text = title + body, without number and annotation),
#   numbered like it. 新增智能算力150P (new, (二)) is not the goals' 智能算力规模…两倍 (total): its own target. 压减至0.5次以下 → lte
#   0.5 次; 稳定在98%以上 → gte 98 %. 每年… → per-year flow; 引进 / 新建 / 新增 / 实施 / 制定 counts → flow; things built or
#   reached → stock. Not targets: the 2025 baselines; 新建数据中心电能利用效率不高于1.2 (a condition every new data centre meets);
#   不超过30%的费用补贴 (a subsidy rate); 给予50万元奖励 (a reward); 设立规模十亿元的…基金 (a fund being set up); 市财政每年安排不少于
#   3000万元资金 (a budget, in a safeguard).
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""福鼎市推进“人工智能+”行动实施方案（2026—2028年） — INVENTED (synthetic_bm). Printed as pages of the city's
GAZETTE, 福鼎市人民政府公报 2026年第2期, in TWO COLUMNS per page: a 目录 page, then the END of another document (the
last items 三、–五、 of a 森林防灭火 notice, with a figure of its own), the plan (its issuing notice, 一、总体要求 with a goals
paragraph, 二、重点任务 （一）–（十二） closing on "（牵头单位：X；配合单位：Y）" or "（X牵头，Y配合）", 三、保障措施), then the
START of another document (a personnel notice). Running header "福鼎市人民政府公报", page numbers "— N —"."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "fuding-ai-plus-gazette-2026-synthetic"

# printed form → (code, full name, category)
A = {
    "市工信局": ("gxj", "福鼎市工业和信息化局", "industry_it"),
    "市发改局": ("fgj", "福鼎市发展和改革局", "development_reform"),
    "市科技局": ("kjj", "福鼎市科学技术局", "science_technology"),
    "市数据管理局": ("sjj", "福鼎市数据管理局", "big_data"),
    "市财政局": ("czj", "福鼎市财政局", "finance"),
    "市茶产业发展中心": ("cyz", "福鼎市茶产业发展中心", "agriculture"),
    "市农业农村局": ("nyj", "福鼎市农业农村局", "agriculture"),
    "市市场监管局": ("scj", "福鼎市市场监督管理局", "market_regulation"),
    "市商务局": ("swj", "福鼎市商务局", "commerce"),
    "市文体旅游局": ("wlj", "福鼎市文体和旅游局", "culture_tourism"),
    "市海洋与渔业局": ("hyj", "福鼎市海洋与渔业局", "agriculture"),
    "市教育局": ("jyj", "福鼎市教育局", "education"),
    "市卫健局": ("wjj", "福鼎市卫生健康局", "health"),
    "市医保局": ("ybj", "福鼎市医疗保障局", "health"),
    "市行政服务中心管委会": ("xzf", "福鼎市行政服务中心管理委员会", "government_services"),
    "市公安局": ("gaj", "福鼎市公安局", "public_security"),
    "市应急局": ("yjj", "福鼎市应急管理局", "emergency"),
    "市住建局": ("zjj", "福鼎市住房和城乡建设局", "housing_construction"),
    "市委人才办": ("rcb", "中共福鼎市委人才工作领导小组办公室", "party_organisation"),
    "市人社局": ("rsj", "福鼎市人力资源和社会保障局", "human_resources"),
    "市金融服务中心": ("jrz", "福鼎市金融服务中心", "financial_regulation"),
    "市委网信办": ("wxb", "中共福鼎市委网络安全和信息化委员会办公室", "publicity"),
    "福鼎工业园区管委会": ("yqg", "福鼎工业园区管理委员会", "park_administration"),
    "各乡镇人民政府、街道办事处": ("xz", "福鼎市各乡镇人民政府、街道办事处", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
C = {p: v[0] for p, v in A.items()}

TITLE = "福鼎市推进“人工智能+”行动实施方案（2026—2028年）"
DOC_NUMBER = "鼎政办〔2026〕9号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Fuding City plan for advancing the “AI+” action (2026–2028), as printed in the city government gazette — synthetic",
    "issuer": "福鼎市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-02",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.pdf",
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


# ------------------------------------------------------------------ the gazette around the plan
CONTENTS = [
    ("【市政府文件】", None),
    ("福鼎市人民政府关于公布2026年市级重点项目的通知", "1"),
    ("【市政府办公室文件】", None),
    ("福鼎市人民政府办公室关于做好2026年春季森林防灭火工作的通知", "5"),
    ("福鼎市人民政府办公室关于印发福鼎市推进“人工智能+”行动实施方案（2026—2028年）的通知", "7"),
    ("【人事任免】", None),
    ("福鼎市人民政府关于林振南等同志职务任免的通知", "11"),
]

BEFORE_TAIL = "电力、通信等部门要加强林区输配电线路和通信设施的隐患排查，及时清理线路保护区内的树障，全市完成林区线路隐患排查不少于300公里。各林业经营主体要落实防火责任，配齐护林员，做到山有人管、林有人护、火有人防。"
BEFORE = [
    (
        "三、严格野外火源管控。",
        "各乡镇（街道）要严格落实野外用火审批和“十不准”规定，在清明、“五一”等重点时段加密巡山频次，全市设立临时防火检查站不少于45个，对进山入林人员和车辆逐一登记、收缴火种。林区周边茶园、农田的烧荒、烧田埂行为一律禁止。",
    ),
    (
        "四、做好应急准备。",
        "市应急局要会同市林业局修订完善森林火灾应急预案，组织开展一次全市性森林防灭火实战演练；各专业扑火队要备足扑火机具和给养，落实24小时值班制度，确保一旦发生火情能够“打早、打小、打了”。",
    ),
    (
        "五、加强宣传教育。",
        "各地各部门要充分利用广播电视、网络媒体、应急广播等渠道，广泛宣传森林防灭火法律法规和安全常识，在林区主要路口、景区入口设置警示标牌，提高群众防火意识和自救能力。",
    ),
    (
        "六、严格责任追究。",
        "各乡镇（街道）要层层压实森林防灭火行政首长负责制，落实网格化管理责任。对工作不力、措施不实导致发生森林火灾的，依法依规严肃追究有关单位和人员责任。",
    ),
]
BEFORE_SIGN = ["福鼎市人民政府办公室", "2026年2月26日", "（此件主动公开）"]

AFTER_TITLE = "福鼎市人民政府关于林振南等同志职务任免的通知"
AFTER = [
    ("鼎政人〔2026〕3号", "c"),
    ("各乡镇人民政府、街道办事处，市直各单位：", "n"),
    ("经市人民政府研究，决定：", "p"),
    ("任命林振南为福鼎市数据管理局局长；", "p"),
    ("任命周晓岚为福鼎市茶产业发展中心主任；", "p"),
    ("任命陈锦涛为福鼎工业园区管理委员会副主任（试用期一年）；", "p"),
    ("任命吴雅琴为福鼎市行政服务中心管理委员会副主任；", "p"),
    ("免去郑国华的福鼎市数据管理局局长职务；", "p"),
    ("免去黄立新的福鼎市茶产业发展中心主任职务，另有任用。", "p"),
    ("福鼎市人民政府", "r"),
    ("2026年3月10日", "r"),
    ("（此件主动公开）", "p"),
]

# ------------------------------------------------------------------ the plan
NOTICE = f"经市政府同意，现将《{TITLE}》印发给你们，请认真组织实施。各乡镇（街道）、各有关单位要按照职责分工，细化工作措施，压实工作责任，于每年11月底前将年度工作推进情况报送市工信局（市“人工智能+”行动工作专班办公室）。"
PREAMBLE = "为深入贯彻落实国家、省关于深入实施“人工智能+”行动的部署要求，加快推动人工智能与我市白茶、电机电器、海洋渔业、文化旅游等产业深度融合，培育发展新质生产力，根据《福建省人民政府关于深入实施“人工智能+”行动的实施意见》等文件精神，结合我市实际，制定本方案。"
BASE = "近年来，我市深入推进数字福鼎建设，数字基础设施不断完善，全市累计建成5G基站1260个，规上工业企业数字化改造覆盖率达到62%，白茶产业大数据中心、城市运行指挥中心等一批平台上线运行，人工智能在茶叶加工、电机检测、政务服务等领域的应用初见成效。但也要看到，我市人工智能产业基础相对薄弱，龙头企业和高端人才缺乏，数据资源开发利用不充分，应用场景的广度和深度有待拓展。"
PRINCIPLES = "坚持应用导向，以场景需求牵引技术应用和产业发展；坚持特色发展，立足白茶、电机电器、海洋渔业等优势产业，走差异化发展路子；坚持开放合作，积极对接省内外人工智能龙头企业和创新资源；坚持安全发展，统筹发展和安全，确保人工智能安全、可靠、可控。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实省委、宁德市委部署，坚持应用牵引、产业带动、数据赋能、安全可控，以场景开放促进技术落地，以智能改造推动产业升级，以数据要素激发创新活力，加快构建具有福鼎特色的人工智能应用生态，为建设现代化滨海茶城提供有力支撑。"
GOAL_TEXT = "到2026年底，全市人工智能相关企业达到40家，打造“人工智能+”典型应用场景20个以上，白茶、电机电器行业建成智能工厂（数字化车间）8家。到2028年，全市人工智能核心产业规模突破30亿元，带动相关产业规模超过150亿元；智能算力规模达到100P；累计完成企业智能化改造200家以上，其中电机电器企业120家以上；规上工业企业数字化改造覆盖率达到85%；培育人工智能骨干企业3—5家，累计打造“人工智能+”典型应用场景60个以上，人工智能赋能经济社会发展的作用全面显现。"
GOAL_TARGETS_2026 = [
    T(
        "人工智能相关企业",
        "家",
        "eq",
        40,
        "全市人工智能相关企业达到40家",
        kind="ai_enterprises",
        deadline=2026,
    ),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        20,
        "打造“人工智能+”典型应用场景20个以上",
        kind="application_scenarios",
        deadline=2026,
    ),
    T(
        "白茶、电机电器行业智能工厂（数字化车间）",
        "家",
        "eq",
        8,
        "白茶、电机电器行业建成智能工厂（数字化车间）8家",
        deadline=2026,
    ),
]
GOAL_TARGETS_2028 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        30,
        "全市人工智能核心产业规模突破30亿元",
        kind="ai_industry_scale",
    ),
    T(
        "人工智能相关产业规模",
        "亿元",
        "gt",
        150,
        "带动相关产业规模超过150亿元",
        kind="related_industry_scale",
    ),
    T("智能算力规模", "P", "eq", 100, "智能算力规模达到100P", kind="computing_power"),
    T("累计完成企业智能化改造", "家", "gte", 200, "累计完成企业智能化改造200家以上"),
    T("电机电器企业智能化改造", "家", "gte", 120, "其中电机电器企业120家以上", parent="PREV"),
    T("规上工业企业数字化改造覆盖率", "%", "eq", 85, "规上工业企业数字化改造覆盖率达到85%"),
    T(
        "人工智能骨干企业",
        "家",
        "range",
        3,
        "培育人工智能骨干企业3—5家",
        value_max=5,
        kind="ai_enterprises",
    ),
    T(
        "累计“人工智能+”典型应用场景",
        "个",
        "gte",
        60,
        "累计打造“人工智能+”典型应用场景60个以上",
        kind="application_scenarios",
    ),
]

# tasks: (title, body, annotation, lead, supporting, responsible, targets)
TASKS = [
    (
        "夯实智能算力底座",
        "依托福鼎工业园区数据中心，分期建设绿色智算中心，新增智能算力60P，推动算力资源接入全省一体化算力调度平台，面向中小企业和科研机构提供普惠算力服务。探索“算力券”支持方式，对企业购买算力服务给予最高30%的补助，降低企业用算成本。加强算力设施能耗管理，推动新建算力设施使用绿色电力，探索“算力+电力”协同调度，提升算力设施综合利用效率。",
        "（牵头单位：市发改局；配合单位：市工信局、市数据管理局、福鼎工业园区管委会）",
        ["市发改局"],
        ["市工信局", "市数据管理局", "福鼎工业园区管委会"],
        [],
        [
            T(
                "新增智能算力",
                "P",
                "eq",
                60,
                "新增智能算力60P",
                kind="computing_power",
                aggregation="flow",
            )
        ],
    ),
    (
        "推动公共数据开发利用",
        "完善全市公共数据资源目录，建立数据共享需求、责任和问题清单，推动白茶产业、海洋渔业、文化旅游等领域公共数据有序开放，到2027年开放高质量公共数据集30个以上。探索公共数据授权运营，鼓励企业开发数据产品，加强数据分类分级保护。健全公共数据质量评价和问题数据反馈机制，常态化开展数据治理，提升数据的完整性、准确性和时效性。",
        "（牵头单位：市数据管理局；配合单位：市直有关单位）",
        ["市数据管理局"],
        [],
        [],
        [T("开放高质量公共数据集", "个", "gte", 30, "开放高质量公共数据集30个以上", deadline=2027)],
    ),
    (
        "实施“AI+白茶”提升工程",
        "支持茶企运用机器视觉、智能分选、环境感知等技术改造萎凋、烘焙、拣剔等关键工序，建设白茶加工智能车间，推动茶园管理、加工仓储、品牌营销全链条数字化。建设福鼎白茶产业大数据平台，归集茶园、茶企、茶品等数据，开发茶叶品质智能评价模型，推广一物一码溯源，接入溯源体系的茶企达到200家。支持茶企运用大模型开展茶文化内容创作和品牌推广，打响“福鼎白茶”区域公用品牌。",
        "（牵头单位：市茶产业发展中心；配合单位：市工信局、市农业农村局、市市场监管局）",
        ["市茶产业发展中心"],
        ["市工信局", "市农业农村局", "市市场监管局"],
        [],
        [T("接入溯源体系的茶企", "家", "eq", 200, "接入溯源体系的茶企达到200家")],
    ),
    (
        "推进电机电器智能化改造",
        "聚焦电机电器、汽摩配件等传统优势产业，实施“一企一策”智能化改造诊断，推广工业视觉质检、预测性维护、柔性排产等场景，每年完成企业数字化诊断100家。支持龙头企业建设工业互联网平台，带动上下游中小企业“上云用数赋智”。推广“链主企业+中小企业”协同改造模式，编制智能化改造典型案例集，形成可复制、可推广的经验做法。",
        "（市工信局牵头，福鼎工业园区管委会、市科技局配合）",
        ["市工信局"],
        ["福鼎工业园区管委会", "市科技局"],
        [],
        [T("企业数字化诊断", "家", "eq", 100, "每年完成企业数字化诊断100家", per_year=True)],
    ),
    (
        "发展智慧海洋渔业",
        "推广深远海养殖智能投喂、水质在线监测、渔船智能管控等应用，建设海洋渔业综合监管平台，实现全市渔船北斗终端全覆盖，推动大黄鱼、海带等特色养殖向数字化、智能化方向发展。支持渔业企业建设水产品加工智能生产线，推动冷链仓储、质量追溯、市场交易等环节数字化，提升海洋渔业综合效益。",
        "（牵头单位：市海洋与渔业局；配合单位：市数据管理局、市应急局）",
        ["市海洋与渔业局"],
        ["市数据管理局", "市应急局"],
        [],
        [],
    ),
    (
        "打造智慧文旅场景",
        "围绕太姥山、嵛山岛等景区，建设智慧景区管理系统，推广智能导览、客流预测、数字人讲解等服务，开发“AI游福鼎”智能助手，到2027年实现全市4A级以上景区智慧化服务全覆盖。推动文旅数据与交通、气象、公安等数据融合应用，开展游客画像分析和精准营销，打造“茶旅融合”数字化体验线路。支持景区、酒店、旅行社应用智能客服和智能推荐系统，提升游客体验。",
        "（牵头单位：市文体旅游局；配合单位：市商务局、市数据管理局）",
        ["市文体旅游局"],
        ["市商务局", "市数据管理局"],
        [],
        [],
    ),
    (
        "拓展“AI+政务服务”",
        "依托省一体化政务服务平台，上线智能问答、智能预审、智能填表等服务，推动高频事项“免申即享”“一件事一次办”，政务服务事项智能预审覆盖率达到60%。建设“12345”便民服务热线智能辅助系统，提升诉求办理效率。推进政务服务大模型在政策解读、智能审批、辅助决策等方面的应用，探索“无感审批”“智能秒批”等新模式。",
        "（牵头单位：市行政服务中心管委会；配合单位：市数据管理局）",
        ["市行政服务中心管委会"],
        ["市数据管理局"],
        [],
        [T("政务服务事项智能预审覆盖率", "%", "eq", 60, "政务服务事项智能预审覆盖率达到60%")],
    ),
    (
        "推广智慧教育医疗",
        "实施人工智能教育普及行动，在中小学开设人工智能相关课程，建设人工智能教育实验室15个。推进智慧医院建设，推广智能影像辅助诊断、智能导诊、医保智能审核等应用，推动县域医共体检查检验结果互认共享。推广家庭医生签约智能随访、慢病智能管理等服务，提升基层医疗卫生机构服务能力。推进“互联网+医疗健康”便民惠民服务，拓展在线复诊、处方流转、医保移动支付等服务。",
        "（市教育局、市卫健局牵头，市医保局、市数据管理局配合）",
        ["市教育局", "市卫健局"],
        ["市医保局", "市数据管理局"],
        [],
        [T("人工智能教育实验室", "个", "eq", 15, "建设人工智能教育实验室15个")],
    ),
    (
        "提升城市智能治理水平",
        "推动城市运行管理、公共安全、应急管理、燃气安全等领域视频和感知数据汇聚共享，建设城市运行“一网统管”平台，推广违章占道、消防通道占用等事件智能识别，形成发现、派单、处置、核查的闭环管理。推动智能网联技术在城市交通管理中的应用，优化信号灯配时，缓解城区交通拥堵。推动城市生命线工程智能监测，对燃气管网、供排水管网、桥梁隧道等开展实时监测和风险预警。",
        "（牵头单位：市住建局；配合单位：市公安局、市应急局、各乡镇人民政府、街道办事处）",
        ["市住建局"],
        ["市公安局", "市应急局", "各乡镇人民政府、街道办事处"],
        [],
        [],
    ),
    (
        "培育人工智能企业",
        "实施人工智能企业梯度培育计划，建立重点企业库，支持企业申报国家高新技术企业和专精特新企业。加大招商引资力度，围绕智能装备、智能终端、行业大模型应用等方向，每年引进人工智能相关项目5个以上。对引进的重点项目实行“一企一策”跟踪服务，协调解决用地、用能、融资等问题，推动项目早落地、早投产。",
        "（牵头单位：市商务局；配合单位：市工信局、市科技局、福鼎工业园区管委会）",
        ["市商务局"],
        ["市工信局", "市科技局", "福鼎工业园区管委会"],
        [],
        [
            T(
                "引进人工智能相关项目",
                "个",
                "gte",
                5,
                "每年引进人工智能相关项目5个以上",
                per_year=True,
            )
        ],
    ),
    (
        "强化创新平台支撑",
        "支持企业与高校、科研院所共建人工智能联合实验室、新型研发机构，到2028年新建市级以上人工智能创新平台5个。围绕白茶加工、电机检测等领域组织技术攻关，推动科技成果在本地转化应用。鼓励企业加大研发投入，落实研发费用加计扣除等政策，支持企业参与制定人工智能相关行业标准。",
        "（牵头单位：市科技局；配合单位：市工信局、市茶产业发展中心）",
        ["市科技局"],
        ["市工信局", "市茶产业发展中心"],
        [],
        [
            T(
                "新建市级以上人工智能创新平台",
                "个",
                "eq",
                5,
                "新建市级以上人工智能创新平台5个",
                kind="innovation_platforms",
                aggregation="flow",
            )
        ],
    ),
    (
        "加强人才引育",
        "将人工智能领域人才纳入全市紧缺急需人才目录，落实人才引进各项待遇。开展企业家、专业技术人员人工智能应用培训，每年培训不少于1000人次。支持职业院校开设人工智能相关专业，推动校企共建实训基地，培养一批懂技术、懂产业的复合型人才。",
        "（牵头单位：市委人才办；配合单位：市人社局、市教育局）",
        ["市委人才办"],
        ["市人社局", "市教育局"],
        [],
        [
            T(
                "人工智能应用培训",
                "人次",
                "gte",
                1000,
                "每年培训不少于1000人次",
                per_year=True,
                kind="talent",
            )
        ],
    ),
]

MORE_TASKS = [
    (
        "建设行业数据集",
        "围绕白茶加工、电机检测、海洋养殖、文旅服务等领域，组织企业、科研机构和行业协会共同采集、标注、治理行业数据，建设3个以上高质量行业数据集，探索数据集开放共享和有偿使用机制。支持数据标注、数据清洗等数据服务企业在福鼎工业园区集聚发展。",
        "（牵头单位：市数据管理局；配合单位：市茶产业发展中心、市工信局、市海洋与渔业局）",
        ["市数据管理局"],
        ["市茶产业发展中心", "市工信局", "市海洋与渔业局"],
        [],
        [T("高质量行业数据集", "个", "gte", 3, "建设3个以上高质量行业数据集")],
    ),
    (
        "发展智慧农业",
        "在白茶、槟榔芋、四季柚等特色产业基地推广物联网监测、无人机植保、智能灌溉、病虫害智能识别等技术，建设数字农业示范基地10个，推动农业生产经营数字化。完善农村电商服务体系，支持新型农业经营主体运用直播电商、智能客服拓展销售渠道。",
        "（牵头单位：市农业农村局；配合单位：市茶产业发展中心、市商务局、各乡镇人民政府、街道办事处）",
        ["市农业农村局"],
        ["市茶产业发展中心", "市商务局", "各乡镇人民政府、街道办事处"],
        [],
        [T("数字农业示范基地", "个", "eq", 10, "建设数字农业示范基地10个")],
    ),
    (
        "推动商贸物流智能升级",
        "支持商贸企业应用智能选品、智能营销、无人仓储等技术，推动白茶交易市场数字化改造，建设白茶直播电商基地。推进物流园区智能分拣、智能调度系统建设，发展即时配送、冷链物流等新业态，降低物流成本。鼓励外贸企业运用人工智能开展多语种营销、智能报关和跨境电商运营，拓展白茶、水产品等特色产品国际市场。",
        "（牵头单位：市商务局；配合单位：市茶产业发展中心、市市场监管局）",
        ["市商务局"],
        ["市茶产业发展中心", "市市场监管局"],
        [],
        [],
    ),
    (
        "提升应急管理智能化水平",
        "整合气象、水利、海洋、林业等监测数据，建设应急指挥“一张图”，推广台风路径智能研判、山洪地质灾害智能预警、森林火情智能识别等应用，提升防灾减灾救灾和安全生产监管能力。推动危险化学品、渔业船舶、建筑施工等重点行业领域安全风险智能感知和监测预警，实现重大风险早发现、早预警、早处置。",
        "（牵头单位：市应急局；配合单位：市海洋与渔业局、市数据管理局、各乡镇人民政府、街道办事处）",
        ["市应急局"],
        ["市海洋与渔业局", "市数据管理局", "各乡镇人民政府、街道办事处"],
        [],
        [],
    ),
    (
        "开展场景开放和供需对接",
        "每年面向社会发布“人工智能+”场景机会清单和能力清单，组织开展场景供需对接活动不少于4场，推动本地企业与人工智能企业“结对子”。建立场景应用项目库，对入库项目实行动态管理，推动一批标志性场景率先落地。对入选省级以上人工智能典型案例的项目，按有关规定给予奖励。",
        "（市工信局牵头，市数据管理局、市商务局配合）",
        ["市工信局"],
        ["市数据管理局", "市商务局"],
        [],
        [T("场景供需对接活动", "场", "gte", 4, "组织开展场景供需对接活动不少于4场", per_year=True)],
    ),
]

TASKS = (
    TASKS
    + MORE_TASKS
    + [
        (
            "培育智能装备产业",
            "依托电机电器产业基础，引导企业向智能电机、伺服系统、工业机器人关节模组等方向延伸，支持企业研发具备感知、控制、自诊断功能的智能电机产品，培育智能装备产值超亿元企业10家。推动本地装备企业与整机企业开展配套协作，拓展省内外市场。",
            "（牵头单位：市工信局；配合单位：市科技局、福鼎工业园区管委会）",
            ["市工信局"],
            ["市科技局", "福鼎工业园区管委会"],
            [],
            [T("智能装备产值超亿元企业", "家", "eq", 10, "培育智能装备产值超亿元企业10家")],
        ),
        (
            "推进智慧社区和智慧养老",
            "推动社区服务、物业管理、养老服务等数据互通，建设智慧社区综合服务平台，推广智能门禁、独居老人智能看护、紧急呼叫等应用。支持养老机构引入智能护理床、康复机器人等设备，发展“互联网+护理服务”，提升养老服务智能化水平。加快推进公共服务适老化和无障碍改造，帮助老年人跨越“数字鸿沟”。",
            "（牵头单位：市住建局；配合单位：市卫健局、市数据管理局、各乡镇人民政府、街道办事处）",
            ["市住建局"],
            ["市卫健局", "市数据管理局", "各乡镇人民政府、街道办事处"],
            [],
            [],
        ),
        (
            "推进数字乡村建设",
            "深化“党建+网格+大数据”乡村治理模式，推广乡村治理数字化平台，推动涉农政务服务事项网上办、掌上办。实施乡村数字素养提升行动，在每个乡镇（街道）建设1个以上数字乡村服务站，为农民提供信息咨询、电商培训、便民缴费等服务。推动农村“雪亮工程”视频资源智能化应用，提升乡村治安防控水平。",
            "（责任单位：市农业农村局、各乡镇人民政府、街道办事处）",
            [],
            [],
            ["市农业农村局", "各乡镇人民政府、街道办事处"],
            [],
        ),
        (
            "拓展低空智能应用",
            "依托太姥山通用机场规划建设，推动无人机在茶园巡查、海上巡护、森林防火、应急救援、物流配送等领域的智能化应用，开通无人机应用航线8条以上。支持企业开展低空飞行服务、无人机智能调度等业务，培育低空经济新业态。完善低空飞行安全监管措施，推动无人机飞行数据接入城市运行“一网统管”平台。",
            "（牵头单位：市发改局；配合单位：市应急局、市海洋与渔业局、市文体旅游局）",
            ["市发改局"],
            ["市应急局", "市海洋与渔业局", "市文体旅游局"],
            [],
            [T("无人机应用航线", "条", "gte", 8, "开通无人机应用航线8条以上")],
        ),
        (
            "加强知识产权和标准服务",
            "建立人工智能领域知识产权快速预审和维权援助机制，支持企业围绕白茶智能加工、智能电机等领域开展专利布局，到2028年人工智能相关有效发明专利达到80件。鼓励企业、行业协会参与制定团体标准和地方标准，提升产业话语权。加强人工智能产品质量监管和检验检测服务能力建设，为企业提供计量、检测、认证等一站式服务。",
            "（牵头单位：市市场监管局；配合单位：市科技局、市工信局）",
            ["市市场监管局"],
            ["市科技局", "市工信局"],
            [],
            [
                T(
                    "人工智能相关有效发明专利",
                    "件",
                    "eq",
                    80,
                    "人工智能相关有效发明专利达到80件",
                    kind="patents_standards",
                )
            ],
        ),
    ]
)

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立福鼎市“人工智能+”行动工作专班，由分管副市长任召集人，专班办公室设在市工信局，统筹推进各项工作。建立专班月调度、季通报工作机制，研究解决推进中的重大问题，协调落实重点项目、重大平台建设所需的要素保障。各牵头单位要制定具体工作措施，每季度报送工作进展情况。",
    ),
    (
        "加大政策支持",
        "统筹用好各级产业发展专项资金，对智能化改造、场景应用、平台建设等项目给予支持，对新获评省级智能工厂的企业一次性奖励50万元。鼓励金融机构开发“智改贷”等专属产品，落实贷款贴息、融资担保等政策，引导社会资本投向人工智能领域，支持符合条件的企业对接多层次资本市场。",
        "（市财政局、市金融服务中心负责）",
    ),
    (
        "强化安全保障",
        "落实网络安全和数据安全责任制，加强人工智能应用的安全评估和风险监测，防范算法歧视、数据泄露等风险。建立健全人工智能伦理审查和应急处置机制，加强对生成式人工智能服务的监督管理，依法打击利用人工智能实施的违法犯罪活动。",
        "（牵头单位：市委网信办；配合单位：市公安局、市数据管理局）",
    ),
    (
        "强化督促落实",
        "建立任务清单、责任清单和进度台账，市“人工智能+”行动工作专班每半年对重点任务推进情况开展一次调度评估，评估结果纳入相关单位年度绩效考评。对工作推进有力、成效明显的单位予以通报表扬，对进展滞后的及时督促整改。",
    ),
    (
        "营造良好氛围",
        "加强典型案例宣传推广，组织开展“人工智能+”应用对接会、成果展示、技能竞赛等活动，引导企业和群众了解人工智能、使用人工智能，营造全社会关注、支持、参与人工智能发展的良好氛围。及时总结推广各地各部门的好经验好做法，在市政府门户网站开设“人工智能+”专栏，集中展示行动成效。",
    ),
]


def cn(n):
    digits = "一二三四五六七八九"
    if n < 10:
        return digits[n - 1]
    return ("" if n < 20 else digits[n // 10 - 1]) + "十" + (digits[n % 10 - 1] if n % 10 else "")


def _roles(names):
    return [C[n] for n in names]


def _build():
    blocks = []
    # 目录 page (one column)
    blocks.append(
        {
            "kind": "html",
            "html": "<div style='text-align:center;color:#c00;font-family:BMSans;font-size:30pt;letter-spacing:4pt;margin-top:8mm'>福鼎市人民政府公报</div>",
        }
    )
    blocks.append(
        {
            "kind": "html",
            "html": "<div style='text-align:center;font-size:13pt;margin:4mm 0 2mm'>2026年第2期（总第86期）</div><div style='border-top:2pt solid #c00;margin-bottom:8mm'></div>",
        }
    )
    blocks.append(
        {
            "kind": "html",
            "html": "<div style='text-align:center;font-family:BMSans;font-size:18pt;margin-bottom:6mm'>目　　录</div>",
        }
    )
    for text, folio in CONTENTS:
        if folio is None:
            blocks.append(
                {
                    "kind": "html",
                    "html": f"<div style='font-family:BMSans;font-size:13pt;margin:4mm 0 1mm'>{text}</div>",
                }
            )
        else:
            blocks.append(
                {
                    "kind": "html",
                    "html": f"<div style='display:flex;font-size:12pt;line-height:1.7;margin-left:6mm'><span style='flex:1'>{text}</span><span style='width:12mm;text-align:right'>（{folio}）</span></div>",
                }
            )
    blocks.append(
        {
            "kind": "html",
            "html": "<div style='margin-top:40mm;font-size:10.5pt;line-height:1.7'>主办：福鼎市人民政府办公室　　编辑：福鼎市人民政府公报编辑部<br>2026年3月15日出版</div>",
        }
    )
    blocks.append({"kind": "page"})
    body = "font-size:10.5pt;line-height:1.75;"
    head = "font-family:BMSans;font-size:10.5pt;line-height:1.75;"
    blocks.append({"text": BEFORE_TAIL, "cls": "noindent", "style": body})
    for lead, text in BEFORE:
        blocks.append({"lead": lead, "text": text, "style": body})
    for line in BEFORE_SIGN:
        blocks.append(
            {
                "text": line,
                "cls": "noindent",
                "style": body + "text-align:right;" if line != BEFORE_SIGN[-1] else body,
            }
        )
    # the plan
    blocks.append(
        {
            "text": f"福鼎市人民政府办公室关于印发{TITLE}的通知",
            "cls": "noindent",
            "style": "font-family:BMSans;font-size:13pt;line-height:1.6;text-align:center;margin:5mm 0 1mm;",
            "keep": True,
        }
    )
    blocks.append(
        {
            "text": DOC_NUMBER,
            "cls": "noindent",
            "style": body + "text-align:center;margin-bottom:2mm;",
        }
    )
    blocks.append(
        {"text": "各乡镇人民政府、街道办事处，市直各有关单位：", "cls": "noindent", "style": body}
    )
    blocks.append({"text": NOTICE, "style": body})
    blocks.append(
        {"text": "福鼎市人民政府办公室", "cls": "noindent", "style": body + "text-align:right;"}
    )
    blocks.append({"text": "2026年3月2日", "cls": "noindent", "style": body + "text-align:right;"})
    blocks.append({"text": "（此件主动公开）", "style": body})
    blocks.append(
        {
            "text": TITLE,
            "cls": "noindent",
            "style": "font-family:BMSans;font-size:12pt;line-height:1.6;text-align:center;margin:4mm 0 2mm;",
            "keep": True,
        }
    )
    blocks.append({"text": PREAMBLE, "style": body})
    blocks.append({"text": BASE, "style": body})
    blocks.append({"text": "一、总体要求", "style": head, "keep": True})
    blocks.append({"lead": "（一）指导思想。", "text": GUIDE, "style": body})
    blocks.append({"lead": "（二）基本原则。", "text": PRINCIPLES, "style": body})
    blocks.append({"lead": "（三）主要目标。", "text": GOAL_TEXT, "style": body})
    for t in GOAL_TARGETS_2026 + GOAL_TARGETS_2028:
        assert t.phrase in GOAL_TEXT, t.phrase
    first, second = GOAL_TEXT.split("。到2028年，", 1)
    goals = [
        Goal("到2026年底", first + "。", GOAL_TARGETS_2026),
        Goal("到2028年", "到2028年，" + second, GOAL_TARGETS_2028),
    ]
    blocks.append({"text": "二、重点任务", "style": head, "keep": True})
    nums = "一二三四五六七八九十"
    tasks = []
    for i, (title, text, note, lead, sup, resp, targets) in enumerate(TASKS):
        numbering = f"（{cn(i + 1)}）"
        blocks.append({"lead": f"{numbering}{title}。", "text": text + note, "style": body})
        tasks.append(
            Task(
                numbering,
                title,
                f"{title}。{text}{note}",
                lead=_roles(lead),
                supporting=_roles(sup),
                responsible=_roles(resp),
            )
        )
        for t in targets:
            assert t.phrase in text, t.phrase
        if targets:
            goals.append(Goal(title, f"{title}。{text}", targets, numbering=numbering))
    blocks.append({"text": "三、保障措施", "style": head, "keep": True})
    sg = []
    for i, item in enumerate(SAFEGUARDS):
        title, text = item[0], item[1]
        note = item[2] if len(item) > 2 else ""
        numbering = f"（{nums[i]}）"
        blocks.append({"lead": f"{numbering}{title}。", "text": text + note, "style": body})
        task = Task(numbering, title, f"{title}。{text}{note}")
        if note == "（市财政局、市金融服务中心负责）":
            task.responsible = ["czj", "jrz"]
        elif note:
            task.lead, task.supporting = ["wxb"], ["gaj", "sjj"]
        sg.append(task)
    # the next document begins
    blocks.append(
        {
            "text": AFTER_TITLE,
            "cls": "noindent",
            "style": "font-family:BMSans;font-size:13pt;line-height:1.6;text-align:center;margin:6mm 0 1mm;",
            "keep": True,
        }
    )
    for text, how in AFTER:
        style = body + {"c": "text-align:center;", "r": "text-align:right;"}.get(how, "")
        blocks.append({"text": text, "cls": "noindent" if how in "cnr" else "", "style": style})
    sections = [
        Section("二", "二、", "重点任务", "key_task", tasks),
        Section("三", "三、", "保障措施", "safeguard", sg),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

SPEC = {
    "blocks": BLOCKS,
    "runhead": "福鼎市人民政府公报",
    "folio": True,
    "first_folio": 7,
    "no_folio_on_first": True,
    "two_columns": True,
    "first_single": True,
}

EXTRACTION = {
    "zone": {"slug": "fuding-fujian-city", "name": "福鼎市", "name_en": "Fuding", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 福鼎市推进“人工智能+”行动实施方案（2026—2028年） (福鼎市人民政府办公室, 鼎政办〔2026〕9号, 2026-03-02), as printed in
#   福鼎市人民政府公报 2026年第2期
# — SYNTHETIC (synthetic_bm): WRITTEN by the collector (helper blindBM, 2026-12-07) before reading or running the importer; no
#   such document or gazette is claimed to exist. Built by make_files.py from doc_fuding.py, printed by headless Chromium.
# Zone fuding-fujian-city (福建 宁德 福鼎市, a county-level city) → city level; period 2026–2028.
# The file: a 目录 page (one column; the plan's title is one of its entries), then gazette pages numbered "— 7 —" on in TWO
#   COLUMNS framed by rules (the running header 福鼎市人民政府公报 on every page): the END of another document (items 三、–五、 of a
#   森林防灭火 notice, with 临时防火检查站不少于45个: not this plan's, no target, no task), the plan, and after it the START of
#   another document (a personnel notice): the extraction is the plan alone.
# Plan outline: issuing notice; title; preamble; a review paragraph (5G基站1260个, 62%: baselines, no targets); 一、总体要求
#   （一）指导思想 （二）基本原则 （三）主要目标 = one paragraph of two dated sentences (→ goals titled 到2026年底 and 到2028年);
#   二、重点任务 （一）–（二十二）, each "（X）标题。正文" closing on
#   "（牵头单位：市X；配合单位：市Y、Z）" or "（市X牵头，市Y、Z配合）"; 三、保障措施 （一）–（五）, two annotated
#   ("（市财政局、市金融服务中心负责）" → responsible; "（牵头单位：…；配合单位：…）").
# Tasks: text = heading + body + annotation, without the number. Roles: 牵头单位 / 牵头 → lead, 配合单位 / 配合 → supporting,
#   负责 → responsible. 市直有关单位 generic (task （二） has its lead alone); 各乡镇人民政府、街道办事处 one collective.
# Targets: the goals paragraph's eleven (3 due 2026, 8 due 2028; "累计完成企业智能化改造200家以上，其中电机电器企业120家以上" → the
#   second's parent is the first; 3—5家 range; 突破 gt, 超过 gt); items with figures are goals of their own, due 2028 unless they print a year (到2027年 → 2027).
#   每年… → per_year flow. Not targets: 算力券 最高30% (a subsidy rate), 一次性奖励50万元 (a reward); the other documents' figures (45个, 300公里, 24小时);
#   全覆盖 with no figure (渔船北斗终端, 4A级以上景区); 4A级 (a class of sight).
"""

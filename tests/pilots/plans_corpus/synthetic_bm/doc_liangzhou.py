# ruff: noqa: E501  (plan text as the office writes it)
"""凉州区“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_bm). A district's 行动方案 printed to PDF by headless
Chromium as a 公文: the red header "凉州区人民政府办公室文件", justified text, "— N —" page numbers, part headings LETTER-SPACED
as some typesetting gives them ("一 、 总 体 要 求"), goals in one paragraph with 其中 and 累计 and a 2026 sentence, tasks
（一）… restarting in each part, each closing on "（牵头单位：区X；责任单位：区Y、区Z）", the annotation of some cut by the page
end; 五、保障措施 （一）–（四）."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "liangzhou-ai-plus-action-2026-synthetic"

A = {
    "区发改局": ("fgj", "凉州区发展和改革局", "development_reform"),
    "区工信局": ("gxj", "凉州区工业和信息化局", "industry_it"),
    "区科技局": ("kjj", "凉州区科学技术局", "science_technology"),
    "区数据局": ("sjj", "凉州区数据局", "big_data"),
    "区财政局": ("czj", "凉州区财政局", "finance"),
    "区农业农村局": ("nyj", "凉州区农业农村局", "agriculture"),
    "区商务局": ("swj", "凉州区商务局", "commerce"),
    "区文体广电旅游局": ("wlj", "凉州区文体广电和旅游局", "culture_tourism"),
    "区教育局": ("jyj", "凉州区教育局", "education"),
    "区卫健委": ("wjw", "凉州区卫生健康委员会", "health"),
    "区人社局": ("rsj", "凉州区人力资源和社会保障局", "human_resources"),
    "区市场监管局": ("scj", "凉州区市场监督管理局", "market_regulation"),
    "区应急局": ("yjj", "凉州区应急管理局", "emergency"),
    "区住建局": ("zjj", "凉州区住房和城乡建设局", "housing_construction"),
    "区自然资源局": ("zrj", "凉州区自然资源局", "natural_resources"),
    "区交通运输局": ("jtj", "凉州区交通运输局", "transport"),
    "区民政局": ("mzj", "凉州区民政局", "civil_affairs"),
    "区政务服务中心": ("zwz", "凉州区政务服务中心", "government_services"),
    "区委网信办": ("wxb", "中共凉州区委网络安全和信息化委员会办公室", "publicity"),
    "区委组织部": ("zzb", "中共凉州区委组织部", "party_organisation"),
    "区公安分局": ("gaf", "凉州区公安分局", "public_security"),
    "凉州工业园区管委会": ("yqg", "凉州工业园区管理委员会", "park_administration"),
    "各镇人民政府、街道办事处": ("zj", "凉州区各镇人民政府、街道办事处", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
C = {p: v[0] for p, v in A.items()}

TITLE = "凉州区“人工智能+”行动方案（2026—2028年）"
DOC_NUMBER = "凉区政办发〔2026〕11号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Liangzhou District “AI+” action plan (2026–2028) — synthetic",
    "issuer": "凉州区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-08",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.pdf",
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


NOTICE = f"《{TITLE}》已经区政府同意，现印发给你们，请结合工作实际，认真抓好贯彻落实。"
PREAMBLE = "为深入贯彻落实国家和省、市关于深入实施“人工智能+”行动的决策部署，抢抓人工智能发展重大机遇，推动人工智能与全区现代农业、装备制造、文化旅游、商贸物流和社会治理深度融合，加快培育新质生产力，制定本方案。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实省委、市委关于发展新质生产力的部署要求，立足凉州农业大区、文化大区、商贸重地的区位特点，坚持场景驱动、数据赋能、融合发展、安全可控，以智能化改造推动传统产业提质增效，以场景开放培育新产业新业态，以数字化治理提升公共服务水平，为建设现代化区域中心城市核心区提供有力支撑。"
BASE = "近年来，全区深入推进数字凉州建设，数字基础设施不断完善，累计建成5G基站1850个，区级政务云平台、城市运行管理服务平台上线运行，智慧农业、智慧文旅、智慧医疗等一批应用场景落地见效，全区人工智能相关企业达到26家。同时，全区人工智能产业规模偏小，创新能力不强，数据资源开发利用不充分，高端人才短缺，需要进一步加大工作力度。"
PRINCIPLES = "坚持应用牵引，以场景开放带动技术落地和产业发展；坚持融合发展，推动人工智能与实体经济、社会治理深度融合；坚持因地制宜，立足特色产业和资源禀赋，避免盲目跟风、重复建设；坚持安全可控，统筹发展和安全，守牢数据安全和伦理底线。"
GOAL_TEXT = "到2028年，全区人工智能核心产业规模达到20亿元，带动相关产业规模突破100亿元；智能算力规模达到80P；培育人工智能相关企业50家以上；累计建成智能工厂和数字化车间30个，其中省级智能工厂不少于5个；累计打造“人工智能+”典型应用场景50个，形成1—2个具有全省影响力的示范标杆；人工智能通识教育覆盖全区中小学。2026年，全区新增“人工智能+”应用场景15个以上，新增智能算力30P。"
GOAL_TARGETS_2028 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        20,
        "全区人工智能核心产业规模达到20亿元",
        kind="ai_industry_scale",
    ),
    T(
        "人工智能相关产业规模",
        "亿元",
        "gt",
        100,
        "带动相关产业规模突破100亿元",
        kind="related_industry_scale",
    ),
    T("智能算力规模", "P", "eq", 80, "智能算力规模达到80P", kind="computing_power"),
    T("人工智能相关企业", "家", "gte", 50, "培育人工智能相关企业50家以上", kind="ai_enterprises"),
    T("累计建成智能工厂和数字化车间", "个", "eq", 30, "累计建成智能工厂和数字化车间30个"),
    T("省级智能工厂", "个", "gte", 5, "其中省级智能工厂不少于5个", parent="PREV"),
    T(
        "累计“人工智能+”典型应用场景",
        "个",
        "eq",
        50,
        "累计打造“人工智能+”典型应用场景50个",
        kind="application_scenarios",
    ),
    T(
        "具有全省影响力的示范标杆",
        "个",
        "range",
        1,
        "形成1—2个具有全省影响力的示范标杆",
        value_max=2,
    ),
]
GOAL_TARGETS_2026 = [
    T(
        "新增“人工智能+”应用场景",
        "个",
        "gte",
        15,
        "全区新增“人工智能+”应用场景15个以上",
        kind="application_scenarios",
        aggregation="flow",
        deadline=2026,
    ),
    T(
        "新增智能算力",
        "P",
        "eq",
        30,
        "新增智能算力30P",
        kind="computing_power",
        aggregation="flow",
        deadline=2026,
    ),
]

# parts: (numbering, title, [(title, body, lead, responsible, targets)])
PARTS = [
    (
        "二、",
        "夯实发展基础",
        [
            (
                "建设智能算力设施",
                "依托凉州工业园区数据中心，建设面向全区的智算中心，2026年新增智能算力30P，到2028年智能算力规模达到80P。推动智算中心接入全省算力调度平台，为中小企业、科研机构和政务部门提供普惠算力服务。落实“算力券”政策，对中小企业使用算力服务按合同金额的30%给予补贴，单个企业年度补贴不超过20万元。加强算力设施能耗管理，推动新建智算中心电能利用效率不高于1.25，优先使用绿色电力。",
                ["区发改局"],
                ["区工信局", "区数据局", "凉州工业园区管委会"],
                [],
            ),
            (
                "推动数据资源开发利用",
                "完善全区公共数据资源目录，推动农业、交通、文旅、医疗等领域公共数据汇聚共享，建设行业高质量数据集3个以上。探索公共数据授权运营，培育数据标注、数据治理等数据服务企业，推动数据要素在农业保险、普惠金融等领域流通应用。健全数据分类分级保护制度，建立数据共享需求、责任和问题清单。",
                ["区数据局"],
                ["区农业农村局", "区交通运输局", "区卫健委"],
                [T("行业高质量数据集", "个", "gte", 3, "建设行业高质量数据集3个以上")],
            ),
            (
                "完善网络基础设施",
                "加快5G网络向镇村延伸，推动千兆光网进社区、进园区，到2028年实现5G网络行政村全覆盖，新建5G基站600个。推进物联感知设施统一规划、集约建设，提升城市运行和生产监测的感知能力。推进老旧小区、产业园区通信基础设施改造升级，提升网络服务质量。",
                ["区工信局"],
                ["区住建局", "区自然资源局", "各镇人民政府、街道办事处"],
                [T("新建5G基站", "个", "eq", 600, "新建5G基站600个", aggregation="flow")],
            ),
            (
                "搭建人工智能公共服务平台",
                "整合算力、数据、算法和模型资源，建设全区人工智能公共服务平台，为企业提供模型训练、推理部署、应用开发和测试验证等一站式服务。引入行业大模型服务商，面向农业、文旅、政务等领域开发轻量化应用，降低企业应用人工智能的门槛和成本。定期发布平台能力清单和服务目录，组织开展人工智能应用培训和技术对接活动。建立平台运营管理机制，提高平台使用效率。",
                ["区数据局"],
                ["区工信局", "区科技局"],
                [],
            ),
        ],
    ),
    (
        "三、",
        "推动产业智能化升级",
        [
            (
                "推进制造业智能化改造",
                "聚焦装备制造、农产品加工、新型建材等产业，实施智能化改造三年行动，每年完成规上工业企业数字化诊断50家，推广工业视觉质检、设备预测性维护、智能排产等应用。支持龙头企业建设智能工厂，带动产业链上下游企业协同改造。编制智能化改造典型案例集，组织开展现场观摩和供需对接活动，推动改造经验复制推广。",
                ["区工信局"],
                ["凉州工业园区管委会", "区科技局"],
                [
                    T(
                        "规上工业企业数字化诊断",
                        "家",
                        "eq",
                        50,
                        "每年完成规上工业企业数字化诊断50家",
                        per_year=True,
                    )
                ],
            ),
            (
                "发展智慧农业",
                "围绕日光温室蔬菜、肉羊、奶牛等特色产业，推广环境智能调控、水肥一体化、精准饲喂和疫病智能诊断等技术，建设智慧农业示范园区8个，推动高标准农田智能化管理。建设农产品质量安全追溯平台，实现主要农产品生产、加工、流通全程可追溯。支持农业企业和合作社运用电商平台和直播带货拓宽销售渠道，打响“凉州绿色农产品”品牌。",
                ["区农业农村局"],
                ["区市场监管局", "区数据局", "各镇人民政府、街道办事处"],
                [T("智慧农业示范园区", "个", "eq", 8, "建设智慧农业示范园区8个")],
            ),
            (
                "打造智慧文旅",
                "深入挖掘凉州文化资源，运用数字人、虚拟现实、增强现实等技术开发沉浸式文旅体验项目，建设全域智慧旅游服务平台，推广智能导览、客流监测预警、线上预约等服务。支持文博单位开展文物数字化保护和展示，打造“数字凉州”文化品牌。推动景区、酒店、民宿数据互联互通，开展游客画像分析和精准营销，丰富夜间文旅消费场景。",
                ["区文体广电旅游局"],
                ["区数据局", "区商务局"],
                [],
            ),
            (
                "发展智慧商贸物流",
                "发挥商贸物流枢纽作用，推动物流园区建设智能仓储、智能分拣和运输智能调度系统，培育智慧物流企业10家。支持商贸企业应用智能选品、直播电商、智能客服等工具，拓展线上线下融合消费新场景。推动冷链物流设施智能化改造，提高农产品冷链流通率。",
                ["区商务局"],
                ["区交通运输局", "区市场监管局"],
                [T("智慧物流企业", "家", "eq", 10, "培育智慧物流企业10家")],
            ),
            (
                "培育人工智能企业",
                "建立人工智能企业培育库，实行梯度培育，支持企业申报高新技术企业、专精特新中小企业。围绕智能装备、行业应用软件、数据服务等领域开展精准招商，每年引进人工智能相关企业8家以上。对引进的重点企业实行“一企一策”跟踪服务，协调解决用地、用能、融资等问题。",
                ["区商务局"],
                ["区工信局", "区科技局", "凉州工业园区管委会"],
                [
                    T(
                        "引进人工智能相关企业",
                        "家",
                        "gte",
                        8,
                        "每年引进人工智能相关企业8家以上",
                        per_year=True,
                        kind="ai_enterprises",
                    )
                ],
            ),
            (
                "强化科技创新支撑",
                "支持企业与高校、科研院所共建研发平台，围绕农业智能装备、设施农业智能控制等方向开展技术攻关，新建市级以上人工智能相关创新平台4个。落实研发费用加计扣除政策，鼓励企业加大研发投入。支持企业参与制定人工智能应用相关标准，加强知识产权创造、保护和运用。",
                ["区科技局"],
                ["区工信局", "区农业农村局"],
                [
                    T(
                        "新建市级以上人工智能相关创新平台",
                        "个",
                        "eq",
                        4,
                        "新建市级以上人工智能相关创新平台4个",
                        kind="innovation_platforms",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推动新能源产业智能运维",
                "支持风电、光伏企业建设新能源场站智能运维平台，推广风机故障智能诊断、光伏组件无人机巡检、功率智能预测等技术，提升新能源场站运行效率。推动新能源、储能和算力设施协同发展，探索源网荷储一体化智能调度模式，提高绿电就地消纳水平。推动新能源场站运行数据接入区级能源监测平台，服务能源管理和调度。",
                ["区发改局"],
                ["凉州工业园区管委会", "区工信局"],
                [],
            ),
            (
                "发展智能装备产业",
                "依托现有农机装备、输变电设备制造企业，推动产品向智能化、高端化方向升级，支持企业研发智能农机、智能巡检机器人等产品，培育智能装备产值超亿元企业3家。鼓励本地企业与省内外龙头企业开展配套合作，延伸智能装备产业链条。组织智能装备企业参加各类展会和对接活动，拓展产品市场。",
                ["区工信局"],
                ["凉州工业园区管委会", "区科技局", "区农业农村局"],
                [T("智能装备产值超亿元企业", "家", "eq", 3, "培育智能装备产值超亿元企业3家")],
            ),
            (
                "推行智能建造",
                "在政府投资的房屋建筑和市政工程中推广建筑信息模型技术应用，推动智慧工地建设，运用视频智能识别、塔吊安全监控、扬尘在线监测等手段提升工程质量安全管理水平，到2028年新开工政府投资项目智慧工地覆盖率达到90%以上。支持建筑企业应用智能建造装备，培育智能建造骨干企业。",
                ["区住建局"],
                ["区自然资源局", "区应急局"],
                [
                    T(
                        "新开工政府投资项目智慧工地覆盖率",
                        "%",
                        "gte",
                        90,
                        "新开工政府投资项目智慧工地覆盖率达到90%以上",
                    )
                ],
            ),
        ],
    ),
    (
        "四、",
        "提升治理和民生服务水平",
        [
            (
                "推进“AI+政务服务”",
                "依托甘肃政务服务网，推广智能客服、智能导办、智能预审等服务，推动高频事项“免证办”“智能办”，到2027年实现依申请政务服务事项智能导办全覆盖。建设12345热线智能辅助系统，提升诉求办理效率和群众满意度。探索政务服务大模型在政策解读、审批辅助、决策支持等方面的应用。推动更多政务服务事项“掌上办”“指尖办”，让数据多跑路、群众少跑腿。",
                ["区政务服务中心"],
                ["区数据局"],
                [],
            ),
            (
                "提升城市智能治理水平",
                "建设城市运行管理服务平台，推动城管、公安、应急、交通等视频和感知数据融合共享，推广占道经营、渣土车违规、积水内涝等事件智能识别和自动派单，实现城市问题“发现—处置—反馈”闭环管理。推进城市生命线工程智能监测，对燃气、供排水、供热管网和桥梁等开展实时监测和风险预警，提升城市安全韧性。",
                ["区住建局"],
                ["区公安分局", "区应急局", "区交通运输局", "各镇人民政府、街道办事处"],
                [],
            ),
            (
                "推广智慧教育",
                "实施人工智能教育普及工程，在全区中小学开设人工智能通识课程，建设人工智能教育实验室20个，开展教师人工智能应用能力培训。推广智能备课、学情诊断、个性化辅导等应用，促进城乡教育优质均衡。依托国家智慧教育平台，推动优质数字教育资源向农村学校延伸。",
                ["区教育局"],
                ["区财政局"],
                [T("人工智能教育实验室", "个", "eq", 20, "建设人工智能教育实验室20个")],
            ),
            (
                "发展智慧医疗",
                "推进区级医院智慧医院建设，推广智能影像辅助诊断、智能导诊、电子病历智能质控等应用，实现区域内检查检验结果互认共享。推动人工智能辅助诊疗系统覆盖全区镇卫生院和社区卫生服务中心。推广家庭医生签约智能随访和慢病智能管理，提升基层医疗服务能力。建设区域医学影像、心电诊断中心，推动优质医疗资源向基层延伸。",
                ["区卫健委"],
                ["区数据局"],
                [],
            ),
            (
                "发展智慧养老",
                "建设区级智慧养老服务平台，为特殊困难老年人配备智能监护设备，推广居家养老智能看护、紧急呼叫等服务，建设智慧养老服务站15个。支持养老机构引入智能护理、康复辅助等设备，推动养老服务数据与民政、卫健、医保数据共享。开展老年人智能技术运用培训，帮助老年人跨越“数字鸿沟”。",
                ["区民政局"],
                ["区卫健委", "各镇人民政府、街道办事处"],
                [T("智慧养老服务站", "个", "eq", 15, "建设智慧养老服务站15个")],
            ),
            (
                "加强数字人才培养",
                "实施数字技能提升行动，面向企业职工、农民、返乡创业人员开展人工智能应用技能培训，累计培训1万人次。将人工智能领域高层次人才纳入全区人才引进计划，落实住房保障、子女入学等政策。支持职业院校开设人工智能、大数据等相关专业，推动校企共建实训基地，培养一批懂技术、懂产业的复合型技能人才。",
                ["区人社局"],
                ["区委组织部", "区教育局"],
                [
                    T(
                        "累计人工智能应用技能培训",
                        "人次",
                        "eq",
                        10000,
                        "累计培训1万人次",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推进智慧交通",
                "建设区域交通运行监测平台，推动公路、城市道路视频和流量数据汇聚共享，推广交通信号灯智能配时、交通事件智能识别和恶劣天气通行预警等应用，改造智能信号路口40个。推动城乡公交智能调度，完善出行信息服务，提升群众出行体验。推进停车资源智能化管理，建设城区智慧停车平台，缓解停车难问题。",
                ["区交通运输局"],
                ["区公安分局", "区住建局"],
                [T("智能信号路口改造", "个", "eq", 40, "改造智能信号路口40个", aggregation="flow")],
            ),
            (
                "提升应急管理智能化水平",
                "整合气象、水利、地质灾害、森林草原防火等监测数据，建设应急指挥“一张图”，推广自然灾害风险智能研判和预警信息精准发布。推动危险化学品、矿山、建筑施工等重点行业领域安全风险智能感知，实现重大风险早发现、早预警、早处置。加强应急救援队伍智能装备配备，提升应急处置和救援能力。",
                ["区应急局"],
                ["区自然资源局", "区住建局", "各镇人民政府、街道办事处"],
                [],
            ),
            (
                "推进数字乡村建设",
                "推广乡村治理数字化平台，推动村级事务管理、农村集体“三资”监管、人居环境整治等事项线上办理。实施乡村数字素养提升行动，在有条件的村建设数字乡村服务站，为农民提供电商培训、信息咨询、便民缴费等服务，缩小城乡“数字鸿沟”。推动农村“雪亮工程”视频资源智能化应用，提升乡村治安防控水平。",
                ["区农业农村局"],
                ["区民政局", "各镇人民政府、街道办事处"],
                [],
            ),
            (
                "加强智慧市场监管",
                "运用人工智能技术开展网络交易监测、广告监测和价格监测，推广“互联网+明厨亮灶”和食品安全智慧监管，建设重点工业产品质量安全追溯体系。推动企业信用数据归集共享，实施信用风险分类智能监管，提升监管的精准性和有效性。加强特种设备安全智能监测，推广电梯物联网监测和应急处置服务。",
                ["区市场监管局"],
                ["区商务局", "区数据局"],
                [],
            ),
            (
                "推进智慧社区建设",
                "在城市社区推广智慧物业、智能安防、社区服务智能终端等应用，建设智慧社区20个，推动社区服务事项“一网通办”“就近可办”。完善社区网格员移动终端功能，推动网格巡查、矛盾调解、民生诉求等事项智能流转，提升社区精细化管理和服务水平。推动社区养老、托育、家政等服务资源线上整合，方便居民办事和生活。",
                ["区民政局"],
                ["区住建局", "区公安分局", "各镇人民政府、街道办事处"],
                [T("智慧社区", "个", "eq", 20, "建设智慧社区20个")],
            ),
            (
                "提供智慧就业服务",
                "建设智慧就业服务平台，运用人工智能开展岗位智能匹配、政策精准推送和就业形势分析，为高校毕业生、农民工、退役军人等重点群体提供精准就业服务。推动零工市场数字化建设，完善线上求职招聘服务，促进供需高效对接。加强劳动力资源数据动态更新，开展就业失业风险智能监测预警，稳定和扩大就业。",
                ["区人社局"],
                ["区民政局", "各镇人民政府、街道办事处"],
                [],
            ),
            (
                "加强生态环境智能监测",
                "整合大气、水、土壤、噪声等环境监测数据，建设生态环境智能监测预警平台，推广污染源在线监控和异常排放智能识别。运用卫星遥感和无人机巡查开展自然资源动态监测，及时发现和处置违法占地、违法采矿等行为，守护绿洲生态安全。推动节水型社会建设，运用智能计量和在线监测手段加强地下水取用管理，促进水资源集约节约利用。",
                ["区自然资源局"],
                ["区农业农村局", "区数据局"],
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立凉州区“人工智能+”行动领导小组，由区政府主要负责同志任组长，统筹推进全区“人工智能+”行动。领导小组办公室设在区工信局，负责日常协调和调度工作。领导小组每半年召开一次工作推进会，研究解决重大问题，协调推进重点项目建设。各有关部门要明确分管领导和联络员，细化年度工作任务，确保各项任务落到实处。各镇人民政府、街道办事处要结合实际，研究制定本地区推进措施，形成上下联动、协同推进的工作格局。",
        None,
    ),
    (
        "强化政策支持",
        "统筹用好各级产业发展、科技创新等专项资金，支持智能化改造、场景建设和平台建设。鼓励金融机构开发“智改数转贷”等专属信贷产品，引导社会资本参与人工智能项目建设。积极争取国家和省、市专项资金及政策支持，对在“人工智能+”行动中成效突出的企业按规定给予奖励。",
        (["区财政局"], ["区工信局", "区发改局"]),
    ),
    (
        "保障安全发展",
        "落实网络安全、数据安全和个人信息保护责任，开展人工智能应用安全风险评估和监测预警，加强生成式人工智能服务监管，防范化解各类安全风险。加强人工智能伦理规范宣传教育，引导企业依法合规开发和应用人工智能技术。定期组织开展网络安全应急演练，提升关键信息基础设施安全防护能力。",
        (["区委网信办"], ["区公安分局", "区数据局"]),
    ),
    (
        "强化要素保障",
        "将人工智能重点项目纳入区级重点项目管理，在用地、用能、用水等方面优先保障。加强人工智能领域人才引育，对引进的高层次人才在住房、医疗、子女入学等方面提供便利。建立区级人工智能专家咨询机制，为重大决策和重点项目提供智力支持。加强与省内外高校、科研院所和龙头企业的交流合作，积极承接产业转移和技术溢出。",
        (["区发改局"], ["区自然资源局", "区人社局", "区委组织部"]),
    ),
    (
        "抓好督促落实",
        "建立重点任务推进台账，实行季调度、年考核，将“人工智能+”行动推进情况纳入相关部门年度绩效考核。及时总结推广典型经验，营造全社会关注支持人工智能发展的良好氛围。区“人工智能+”行动领导小组办公室每年对本方案实施情况进行评估，根据评估结果及时调整完善相关任务措施。各牵头单位要于每年6月底和12月底前将工作推进情况报送区“人工智能+”行动领导小组办公室。对工作推进有力、成效明显的单位予以通报表扬，对工作不力、进展滞后的单位进行督促整改。充分利用报刊、广播电视、政务新媒体等渠道，宣传“人工智能+”行动的政策措施、典型案例和经验做法，组织开展人工智能科普进校园、进社区、进乡村活动，提高全社会数字素养。及时总结各镇（街道）、各部门推进“人工智能+”行动的好经验好做法，以点带面推动全区人工智能应用水平整体提升。",
        None,
    ),
]

# tasks whose annotation the page end cuts: (part numbering, task index) → characters of the annotation before the cut
CUTS = {}


def _note(lead, resp):
    if resp:
        return f"（牵头单位：{'、'.join(lead)}；责任单位：{'、'.join(resp)}）"
    return f"（牵头单位：{'、'.join(lead)}）"


def spaced(text):
    return " ".join(text)


def cn(n):
    digits = "一二三四五六七八九"
    if n < 10:
        return digits[n - 1]
    return ("" if n < 20 else digits[n // 10 - 1]) + "十" + (digits[n % 10 - 1] if n % 10 else "")


def _build():
    body = "font-size:16pt;line-height:28.9pt;"
    head = "font-family:BMSans;font-size:16pt;line-height:28.9pt;text-indent:2em;"
    blocks = [
        {
            "kind": "html",
            "html": "<div style='text-align:center;color:#e00;font-family:BMSans;font-size:30pt;letter-spacing:1pt;margin-top:10mm'>凉州区人民政府办公室文件</div>",
        },
        {
            "kind": "html",
            "html": f"<div style='text-align:center;font-size:16pt;margin:12mm 0 3mm'>{DOC_NUMBER}</div><div style='border-top:2pt solid #e00;margin-bottom:10mm'></div>",
        },
        {
            "text": f"凉州区人民政府办公室关于印发{TITLE}的通知",
            "cls": "noindent",
            "style": "font-family:BMSans;font-size:21pt;line-height:1.55;text-align:center;margin-bottom:6mm;",
        },
        {
            "text": "各镇人民政府、街道办事处，区政府各部门，各有关单位：",
            "cls": "noindent",
            "style": body,
        },
        {"text": NOTICE, "style": body},
        {
            "text": "凉州区人民政府办公室",
            "cls": "noindent",
            "style": body + "text-align:right;margin-top:10mm;padding-right:8mm;",
        },
        {
            "text": "2026年4月8日",
            "cls": "noindent",
            "style": body + "text-align:right;padding-right:12mm;",
        },
        {"text": "（此件公开发布）", "style": body},
        {"kind": "page"},
        {
            "text": TITLE,
            "cls": "noindent",
            "style": "font-family:BMSans;font-size:21pt;line-height:1.55;text-align:center;margin-bottom:6mm;",
        },
        {"text": PREAMBLE, "style": body},
        {"text": BASE, "style": body},
        {"text": spaced("一、总体要求"), "style": head, "keep": True},
        {"lead": "（一）指导思想。", "text": GUIDE, "style": body},
        {"lead": "（二）基本原则。", "text": PRINCIPLES, "style": body},
        {"lead": "（三）发展目标。", "text": GOAL_TEXT, "style": body},
    ]
    first, second = GOAL_TEXT.split("2026年，全区")
    for t in GOAL_TARGETS_2028:
        assert t.phrase in first, t.phrase
    for t in GOAL_TARGETS_2026:
        assert t.phrase in "2026年，全区" + second, t.phrase
    goals = [
        Goal("到2028年", first, GOAL_TARGETS_2028),
        Goal("2026年", "2026年，全区" + second, GOAL_TARGETS_2026),
    ]
    sections = []
    for pno, ptitle, items in PARTS:
        blocks.append({"text": spaced(pno + ptitle), "style": head, "keep": True})
        tasks = []
        for i, (title, text, lead, resp, targets) in enumerate(items):
            numbering = f"（{cn(i + 1)}）"
            note = _note(lead, resp)
            block = {"lead": f"{numbering}{title}。", "text": text + note, "style": body}
            if (pno, i) in CUTS:
                block["break_at"] = len(text) + CUTS[(pno, i)]
            blocks.append(block)
            tasks.append(
                Task(
                    numbering,
                    title,
                    f"{title}。{text}{note}",
                    lead=[C[x] for x in lead],
                    responsible=[C[x] for x in resp],
                )
            )
            for t in targets:
                assert t.phrase in text, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{text}", targets, numbering=numbering))
        sections.append(Section(pno.strip("、"), pno, ptitle, "key_task", tasks))
    blocks.append({"text": spaced("五、保障措施"), "style": head, "keep": True})
    sg = []
    for i, (title, text, roles) in enumerate(SAFEGUARDS):
        numbering = f"（{cn(i + 1)}）"
        note = _note(*roles) if roles else ""
        blocks.append({"lead": f"{numbering}{title}。", "text": text + note, "style": body})
        task = Task(numbering, title, f"{title}。{text}{note}")
        if roles:
            task.lead, task.responsible = [C[x] for x in roles[0]], [C[x] for x in roles[1]]
        sg.append(task)
    sections.append(Section("五", "五、", "保障措施", "safeguard", sg))
    blocks.append(
        {
            "kind": "html",
            "html": "<div style='margin-top:14mm;border-top:1pt solid #000;font-size:14pt;line-height:2'>　抄送：区委办公室，区人大常委会办公室，区政协办公室。</div><div style='border-top:1pt solid #000;border-bottom:1pt solid #000;font-size:14pt;line-height:2'>　凉州区人民政府办公室　　　　　　　　　2026年4月8日印发</div>",
        }
    )
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

SPEC = {
    "blocks": BLOCKS,
    "runhead": None,
    "folio": True,
    "first_folio": 1,
    "no_folio_on_first": False,
    "two_columns": False,
    "css": ".body { left: 28mm; right: 26mm; top: 37mm; bottom: 35mm; } .folio { bottom: 18mm; font-size: 14pt; }",
}

EXTRACTION = {
    "zone": {
        "slug": "liangzhou-gansu-district",
        "name": "凉州区",
        "name_en": "Liangzhou District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 凉州区“人工智能+”行动方案（2026—2028年） (凉州区人民政府办公室, 凉区政办发〔2026〕11号, 2026-04-08)
# — SYNTHETIC (synthetic_bm): WRITTEN by the collector (helper blindBM, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_liangzhou.py, printed by headless Chromium as a 公文.
# Zone liangzhou-gansu-district (甘肃 凉州区, an urban district; its city is not named) → district level; period 2026–2028.
# Outline: red head "凉州区人民政府办公室文件", 发文字号, notice, page break, title, preamble, a review paragraph (5G基站1850个, 企业
#   26家: baselines, no targets); part headings LETTER-SPACED ("一 、 总 体 要 求": titles read without the spaces); 一、 （一）指导思想
#   （二）基本原则 （三）发展目标 = "到2028年，…；…，其中…；累计…。2026年，全区新增…" (→ goals titled 到2028年 and 2026年);
#   二、–四、 tasks （一）… restarting in each part, each "（X）标题。正文（牵头单位：区X；责任单位：区Y、区Z）"; the annotations of
#   （一）and （四） in 二、, （六） in 三、 and （三） in 四、 are cut by the page end ("（牵头单" | "— N —" | "位：…"); 五、保障措施
#   （一）–（五）, three annotated; 抄送 / 印发 lines. Page numbers "— N —" on every page.
# Tasks: text = heading + body + annotation, without the number. Roles: 牵头单位 → lead, 责任单位 → responsible (not supporting);
#   各镇人民政府、街道办事处 one collective; "领导小组办公室设在区工信局" assigns no role.
# Targets: the goals paragraph's ten (8 due 2028: 达到 eq, 突破 gt, 以上 gte, 其中…不少于5个 → parent 累计建成…30个, 1—2个 range; 2 due
#   2026: 新增 → flow); "人工智能通识教育覆盖全区中小学" and the tasks' "全覆盖" (5G 行政村, 智能导办) print no figure: no target.
#   Items with figures are goals of their own due 2028 (their year where printed); task （一） of 二、 restates the goals' 30P
#   (2026) and 80P (2028): no second target. 累计培训1万人次 → 10000 人次 flow; 每年… → per_year flow. Not targets: 算力券 30% and
#   20万元 (a subsidy rate and cap), 电能利用效率不高于1.25 (a condition on new facilities), the review's 2025 figures.
"""

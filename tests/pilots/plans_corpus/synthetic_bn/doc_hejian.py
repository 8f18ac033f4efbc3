# ruff: noqa: E501  (plan text as the office writes it)
"""河间市“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_bn). A WeChat official account's article (河间发布) saved
from mp.weixin.qq.com: js_content of nested <section>/<span> styling, every line its own <p>, "点击蓝字关注我们", an editor's
"划重点" summary BEFORE the plan restating some of its figures in other words (not targets), then the 市政府办公室's notice and
the plan whole; 来源 / 编辑 / 审核 lines, 阅读原文, 往期推荐 after it."""

from common import T, agencies, cn
from synthetic_model import Goal, Section, Task

SLUG = "hejian-ai-plus-action-2026-synthetic"
KIND = "html"

A = {
    "gxj": ("河间市工业和信息化局", "industry_it", ["市工业和信息化局"]),
    "fgj": ("河间市发展和改革局", "development_reform", ["市发展和改革局"]),
    "sjj": ("河间市数据和政务服务局", "big_data", ["市数据和政务服务局"]),
    "kjj": ("河间市科学技术局", "science_technology", ["市科学技术局"]),
    "jyj": ("河间市教育局", "education", ["市教育局"]),
    "rsj": ("河间市人力资源和社会保障局", "human_resources", ["市人力资源和社会保障局"]),
    "czj": ("河间市财政局", "finance", ["市财政局"]),
    "wjj": ("河间市卫生健康局", "health", ["市卫生健康局"]),
    "nyj": ("河间市农业农村局", "agriculture", ["市农业农村局"]),
    "swj": ("河间市商务局", "commerce", ["市商务局"]),
    "gaj": ("河间市公安局", "public_security", ["市公安局"]),
    "scj": ("河间市市场监督管理局", "market_regulation", ["市市场监督管理局"]),
    "kfq": ("河间经济开发区管理委员会", "park_administration", ["河间经济开发区管委会"]),
    "xz": ("河间市各乡镇人民政府、街道办事处", "local_government", ["各乡镇人民政府、街道办事处"]),
    "mzj": ("河间市民政局", "civil_affairs", ["市民政局"]),
}

TITLE = "河间市“人工智能+”行动方案（2026—2028年）"
NOTICE_TITLE = "河间市人民政府办公室关于印发《河间市“人工智能+”行动方案（2026—2028年）》的通知"
DOC_NUMBER = "河政办字〔2026〕7号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Hejian City (Hebei) “AI+” action plan 2026–2028 — synthetic",
    "issuer": "河间市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-16",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.html",
}

INTRO = "近日，市政府办公室正式印发《河间市“人工智能+”行动方案（2026—2028年）》，明确了未来三年我市推进人工智能与实体经济深度融合、赋能民生服务和城市治理的时间表、路线图和任务书。方案聚焦算力底座、特色产业、民生服务、产业生态四大方向部署重点任务，一批智能工厂、应用场景和创新平台将陆续落地，企业和群众将切实感受到人工智能带来的新变化。小编为您梳理了方案要点，一起来看！"

# the editor's summary: the plan's figures in other words — no target
SUMMARY = [
    "划重点",
    "①三年后，全市人工智能核心产业规模要迈过30亿元大关；",
    "②骨干企业至少20家，智能工厂15家、数字化车间50个；",
    "③算力翻一番多，达到200P；",
    "④今年年底前先建成5家智能工厂。",
    "一起来看全文↓↓↓",
]

PREAMBLE = "为深入贯彻落实国家、省关于实施“人工智能+”行动的部署要求，加快人工智能与我市实体经济深度融合，推动汽车零部件、工艺玻璃、再制造等特色产业智能化升级，结合我市实际，制定本方案。人工智能是引领新一轮科技革命和产业变革的战略性技术，对于我市这样以传统制造业为主的县级城市而言，加快推进“人工智能+”行动，是推动特色产业提质增效、培育新质生产力的重要途径，也是提升公共服务水平和城市治理能力的迫切需要。"
STEPS = "2026年为启动实施阶段，重点完善政策体系，启动算力设施建设，组织首批智能化改造项目和应用场景建设；2027年为全面推进阶段，推动重点任务全面展开，形成一批可复制可推广的典型经验；2028年为巩固提升阶段，全面总结评估行动成效，推动人工智能与经济社会各领域深度融合。各责任单位要按照实施步骤，制定年度工作计划，明确阶段性任务和完成时限，做到压茬推进、久久为功，确保行动取得实实在在的成效。"
BASIS = "近年来，我市持续推进数字经济和实体经济融合发展，工业互联网、智能制造等取得积极进展。截至2025年底，全市规模以上工业企业数字化改造覆盖率为58%，建成智能工厂3家、数字化车间12个，智能算力规模为90P，人工智能相关企业40余家。同时也要看到，我市人工智能发展仍存在产业规模偏小、创新能力不强、应用场景不够丰富、专业人才短缺等问题，必须抢抓机遇、加压奋进。"
PRINCIPLES = [
    "坚持应用牵引。立足我市产业基础和民生需求，以场景开放带动技术落地，以应用成效检验工作成果，推动人工智能在更多领域用起来、用得好。",
    "坚持企业主体。充分发挥企业在技术应用和模式创新中的主体作用，强化政府规划引导和服务保障，激发各类市场主体活力。",
    "坚持特色发展。聚焦汽车零部件、工艺玻璃、再制造等特色产业，不贪大求全，不搞低水平重复建设，走差异化发展路子。",
    "坚持安全可控。统筹发展和安全，健全人工智能应用安全管理制度，守牢数据安全、网络安全底线。",
]
GUIDE = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实省委、省政府和沧州市委、市政府决策部署，坚持应用牵引、数据赋能、企业主体、政府引导，以智能化改造为主线，以场景开放为抓手，加快培育新质生产力，坚持统筹发展和安全，把握人工智能技术发展趋势和产业变革方向，推动人工智能技术与我市特色产业、公共服务、社会治理深度融合，加快形成以智能化为鲜明特征的现代化产业体系，为建设经济强市、美丽河间提供有力支撑。"
G1_TEXT = "到2028年，全市人工智能核心产业规模突破30亿元，培育人工智能骨干企业20家以上，规模以上工业企业数字化改造覆盖率达到90%，建成智能工厂15家、数字化车间50个，智能算力规模达到200P，打造“人工智能+”典型应用场景60个以上，其中制造业场景不少于30个，人工智能成为全市经济高质量发展的重要引擎。"
G1 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        30,
        "全市人工智能核心产业规模突破30亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能骨干企业", "家", "gte", 20, "培育人工智能骨干企业20家以上", kind="ai_enterprises"),
    T("规模以上工业企业数字化改造覆盖率", "%", "eq", 90, "规模以上工业企业数字化改造覆盖率达到90%"),
    T("智能工厂", "家", "eq", 15, "建成智能工厂15家"),
    T("数字化车间", "个", "eq", 50, "数字化车间50个"),
    T("智能算力规模", "P", "eq", 200, "智能算力规模达到200P", kind="computing_power"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        60,
        "打造“人工智能+”典型应用场景60个以上",
        kind="application_scenarios",
    ),
    T("制造业场景", "个", "gte", 30, "其中制造业场景不少于30个", parent="PREV"),
]
G2_TEXT = "到2026年底，建成智能工厂5家，规模以上工业企业数字化改造覆盖率达到70%，“人工智能+”行动取得初步成效。"
G2 = [
    T("智能工厂", "家", "eq", 5, "建成智能工厂5家", deadline=2026),
    T(
        "规模以上工业企业数字化改造覆盖率",
        "%",
        "eq",
        70,
        "规模以上工业企业数字化改造覆盖率达到70%",
        deadline=2026,
    ),
]


# each task's further sentences (printed after its first ones, before the annotation)
EXTRA = {
    "建设绿色算力设施": "坚持集约布局、绿色低碳，新建算力设施同步配套余热利用和节能措施，优先使用绿色电力；建立全市算力资源台账，摸清存量服务器、边缘计算节点等资源底数，推动政务、产业算力统筹调度，提高资源利用效率，避免重复建设和资源闲置。支持算力服务企业面向制造业开发模型训练、推理部署等一站式服务产品。",
    "推进数据资源开发": "建立公共数据授权运营机制，明确数据提供、开发利用和安全管理责任，鼓励骨干企业开放脱敏后的设备运行、工艺参数和质量检测数据，支持第三方服务机构开展数据清洗、标注和质量评估，培育本地数据服务产业。加强数据全生命周期安全管理，落实分类分级保护要求，保障数据依法合规流通使用。",
    "完善网络基础设施": "加快老旧小区、农村地区光纤网络改造升级，推动千兆光网进园区、进企业、进车间；支持基础电信企业面向中小企业推出低成本网络接入和上云服务套餐，为人工智能应用提供稳定可靠的网络保障。",
    "推动汽车零部件智能制造": "围绕制动系统、密封件、滤清器等重点产品，编制行业智能化改造指南，组织服务商开展“一企一策”诊断，推动设备联网和生产数据实时采集，引导龙头企业带动上下游配套企业协同改造，逐步形成链式转型格局。支持企业建设产品全生命周期质量管理系统，打通设计、采购、生产、销售数据链条，提升对主机厂的配套响应能力。",
    "提升工艺玻璃智能化水平": "支持企业运用生成式人工智能开展造型设计、图案创作和产品展示，缩短新品开发周期；推动行业共性服务平台建设，为中小企业提供智能设计、订单匹配和跨境营销服务，提升“河间工艺玻璃”品牌影响力。推动窑炉燃烧智能控制和能耗在线监测，降低单位产品能耗。",
    "发展智能再制造": "支持企业与高校院所合作开展旧件智能识别分拣、再制造工艺参数优化等技术研究，推动再制造产品标准化、规范化发展，鼓励企业申报国家和省级再制造示范项目，打造全国有影响力的再制造产业基地。",
    "推进智慧农业发展": "推动农业生产经营主体应用智能灌溉、测土配方施肥和智能温控系统，建设农业大数据平台，汇集土壤墒情、气象和农产品市场信息，为农民群众提供精准种植指导和产销对接服务。培育一批懂技术、会经营的数字新农人，带动小农户应用智能化生产工具。",
    "促进商贸物流智能化": "支持物流企业建设智能分拣中心，推广无人仓储、智能调度和路径优化系统，完善县乡村三级物流配送体系，降低物流成本，推动快递物流服务向乡村延伸；鼓励特色产品企业借助电商平台和跨境电商拓展国内外市场。",
    "推进“人工智能+政务服务”": "推动政务服务知识库建设，完善办事指南、政策文件等数据资源，提升智能问答准确率；探索“免申即享”“无感审批”等服务模式，推动惠企政策精准推送、直达快享。加强政务大模型应用安全管理，确保数据不出域、过程可追溯。",
    "推进“人工智能+教育”": "推动智慧校园建设，支持学校开展人工智能辅助教学、个性化学习和学业评价探索，组织中小学生参加人工智能科普和竞赛活动，提升师生数字素养。推动优质数字教育资源向农村学校延伸覆盖，促进城乡教育均衡发展。",
    "推进“人工智能+医疗健康”": "推动医疗机构间检查检验结果互认共享，探索人工智能慢病管理和家庭医生签约服务，支持乡镇卫生院、村卫生室配备智能健康监测设备，让群众在家门口享受便捷医疗服务。加强医疗健康数据安全和患者隐私保护。",
    "推进“人工智能+社会治理”": "推动城市管理、生态环境、安全生产等领域智能感知设备共建共享，探索网格化管理与智能分析研判相结合的治理方式，及时发现和处置各类风险隐患。推动12345热线智能化升级，实现群众诉求智能分派、快速办理和跟踪回访。",
    "引育人工智能企业": "建立重点项目库和招商图谱，对落地的人工智能项目实行专班服务；支持本地软件和信息服务企业向行业解决方案提供商转型，培育一批专精特新企业。鼓励企业加强与京津冀地区人工智能龙头企业合作，承接产业转移和技术溢出。",
    "加强人才引育": "完善人才引进、培养、评价和激励机制，对引进的高层次数字人才在住房、子女入学等方面给予保障；鼓励企业与职业院校共建实训基地，开展订单式培养。建立数字技能人才库，举办职业技能竞赛，营造尊重技能人才的良好氛围。",
    "推动纺织服装和食品加工智能化": "鼓励企业利用人工智能开展市场需求预测和个性化定制，推动产品向品牌化、高端化发展；支持行业协会组织企业开展数字化转型经验交流，推广可复制的改造模式。",
    "建设工业互联网平台": "推动平台与行业大模型结合，开发故障诊断、工艺优化等工业应用程序，按照“平台+园区+企业”模式推进集群整体转型，提升产业链协同水平。鼓励平台企业降低服务门槛，采用按需订阅等方式为小微企业提供服务。",
    "推进“人工智能+文化旅游”": "支持文旅企业开发智能行程规划、特色产品推荐等服务，推动文化旅游与特色商贸、美食消费融合发展，提升游客体验和城市知名度。",
    "推进科技创新平台建设": "积极承接京津科技成果转移转化，完善科技成果转化服务体系，支持企业开展人工智能技术在特色产业中的应用研究，推动科技成果就地转化、就地产业化。",
    "推动大模型部署应用": "建立模型应用效果评估机制，及时总结推广成熟应用案例，探索模型服务按需采购和集约化供给模式，避免各部门分散建设、重复投入。",
    "推进“人工智能+就业服务”": "加强对高校毕业生、返乡人员、困难群体等重点人群的智能化就业帮扶，开展线上线下相结合的专场招聘活动，促进高质量充分就业。",
    "优化产业发展环境": "深化“放管服”改革，对人工智能新技术、新产品、新业态实行包容审慎监管，营造公平竞争、开放包容的市场环境。",
}

ANNEX_TITLE = "附件：河间市“人工智能+”应用场景建设重点方向"
ANNEX = [
    "一、智能产线。在汽车零部件、再制造等行业推广柔性装配、机器人上下料、智能物料配送等应用，推动生产线自动化、柔性化改造。",
    "二、智能质检。推广机器视觉缺陷检测、尺寸测量和表面质量分析，替代人工目检，提高检测精度和效率，降低质量成本。",
    "三、智能设计。在工艺玻璃、纺织服装等行业推广生成式设计、虚拟样品展示等应用，缩短产品开发周期。",
    "四、设备智能运维。推广设备状态在线监测、故障预测和远程运维，降低非计划停机时间。",
    "五、能耗智能管理。在窑炉、铸造等高耗能环节推广能耗监测和智能优化控制，推动节能降碳。",
    "六、智慧农业。推广智能灌溉、病虫害智能识别、农产品分级分选等应用。",
    "七、智慧政务。推广智能问答、智能填报、智能审批和政策精准推送等应用。",
    "八、智慧医疗。推广智能辅助诊断、智能影像、慢病智能管理等应用。",
    "九、智慧教育。推广智能备课、个性化学习、学业智能评价等应用。",
    "十、城市智能治理。推广交通信号智能优化、视频智能分析、风险智能预警等应用。",
]

GX = "（牵头单位：市工业和信息化局；配合单位：{}）"

# chapter (title, [task (title, body, annotation, lead, responsible, supporting, targets)])
CHAPTERS = [
    (
        "夯实智能发展底座",
        [
            (
                "建设绿色算力设施",
                "依托河间经济开发区，建设河间智算中心，新增智能算力100P，推动算力资源向中小企业开放共享，推广“算力券”服务模式，降低企业用算成本。",
                "（牵头单位：市发展和改革局；配合单位：市数据和政务服务局、河间经济开发区管委会）",
                ["fgj"],
                [],
                ["sjj", "kfq"],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        100,
                        "新增智能算力100P",
                        aggregation="flow",
                        kind="computing_power",
                    )
                ],
            ),
            (
                "推进数据资源开发",
                "完善全市公共数据资源目录，推动政务数据按需有序开放，建设汽车零部件、工艺玻璃2个行业数据集，探索数据资源入表和数据产品交易。",
                "（牵头单位：市数据和政务服务局；配合单位：市工业和信息化局、市市场监督管理局）",
                ["sjj"],
                [],
                ["gxj", "scj"],
                [T("行业数据集", "个", "eq", 2, "建设汽车零部件、工艺玻璃2个行业数据集")],
            ),
            (
                "完善网络基础设施",
                "推进5G网络向产业园区、乡村延伸覆盖，推动工业互联网标识解析在重点企业应用，提升网络支撑能力。",
                "（牵头单位：市工业和信息化局；配合单位：各乡镇人民政府、街道办事处）",
                ["gxj"],
                [],
                ["xz"],
                [],
            ),
            (
                "推动大模型部署应用",
                "鼓励企业和机构接入国内主流通用大模型，在政务、制造、商贸等领域部署本地化模型应用，支持建设面向特色产业的行业知识库和智能体，降低中小企业使用门槛，推动人工智能应用从“尝鲜”走向“常用”。",
                "（牵头单位：市数据和政务服务局；配合单位：市工业和信息化局、市科学技术局）",
                ["sjj"],
                [],
                ["gxj", "kjj"],
                [],
            ),
        ],
    ),
    (
        "赋能特色产业升级",
        [
            (
                "推动汽车零部件智能制造",
                "支持骨干企业建设智能产线，推广视觉质检、预测性维护等应用，每年推动30家以上汽车零部件企业实施智能化改造。",
                GX.format("市科学技术局、河间经济开发区管委会"),
                ["gxj"],
                [],
                ["kjj", "kfq"],
                [
                    T(
                        "实施智能化改造的汽车零部件企业",
                        "家",
                        "gte",
                        30,
                        "每年推动30家以上汽车零部件企业实施智能化改造",
                        per_year=True,
                    )
                ],
            ),
            (
                "提升工艺玻璃智能化水平",
                "引导工艺玻璃企业应用智能设计、柔性生产和智能仓储系统，培育“人工智能+工艺玻璃”示范企业，推动产品向高端定制、文化创意方向转型，提高产品附加值。",
                GX.format("市商务局、市市场监督管理局"),
                ["gxj"],
                [],
                ["swj", "scj"],
                [],
            ),
            (
                "发展智能再制造",
                "推动再制造企业应用智能检测、寿命评估等技术，建设再制造产品质量追溯平台，提升再制造产品质量和市场认可度。",
                GX.format("市发展和改革局、市市场监督管理局"),
                ["gxj"],
                [],
                ["fgj", "scj"],
                [],
            ),
            (
                "推动纺织服装和食品加工智能化",
                "引导纺织服装企业应用智能裁剪、吊挂系统和智能仓储，支持特色食品加工企业建设智能化生产和冷链追溯系统，培育数字化转型示范企业5家。",
                "（牵头单位：市工业和信息化局；配合单位：市市场监督管理局、市农业农村局）",
                ["gxj"],
                [],
                ["scj", "nyj"],
                [T("数字化转型示范企业", "家", "eq", 5, "培育数字化转型示范企业5家")],
            ),
            (
                "推进智慧农业发展",
                "推广智能农机、无人机植保和农业物联网，在粮食生产、设施蔬菜等领域建设智慧农业示范基地10个。",
                "（责任单位：市农业农村局、各乡镇人民政府、街道办事处）",
                [],
                ["nyj", "xz"],
                [],
                [T("智慧农业示范基地", "个", "eq", 10, "建设智慧农业示范基地10个")],
            ),
            (
                "促进商贸物流智能化",
                "推动商贸企业和电商平台应用智能客服、智能选品、数字人直播等工具，发展智慧物流，提升商贸流通效率。",
                "（责任单位：市商务局）",
                [],
                ["swj"],
                [],
                [],
            ),
            (
                "建设工业互联网平台",
                "支持建设面向特色产业集群的工业互联网平台，汇聚设计、生产、物流等资源，为中小企业提供设备管理、能耗管理、供应链协同等轻量化应用服务。",
                "（牵头单位：市工业和信息化局；配合单位：河间经济开发区管委会、市科学技术局）",
                ["gxj"],
                [],
                ["kfq", "kjj"],
                [],
            ),
        ],
    ),
    (
        "拓展民生服务应用",
        [
            (
                "推进“人工智能+政务服务”",
                "依托政务服务平台部署智能问答、智能导办和辅助审批，推动高频事项“智能办”，提升企业群众办事体验。",
                "（牵头单位：市数据和政务服务局；配合单位：市直各部门）",
                ["sjj"],
                [],
                [],
                [],
            ),
            (
                "推进“人工智能+教育”",
                "在中小学推广人工智能课程和智能教学工具，建设人工智能教育实验校8所，培育人工智能骨干教师100名。",
                "（责任单位：市教育局）",
                [],
                ["jyj"],
                [],
                [
                    T("人工智能教育实验校", "所", "eq", 8, "建设人工智能教育实验校8所"),
                    T("人工智能骨干教师", "名", "eq", 100, "培育人工智能骨干教师100名"),
                ],
            ),
            (
                "推进“人工智能+医疗健康”",
                "推动市医院、中医医院应用智能辅助诊断、智能影像等系统，推广基层智能健康服务，提升基层医疗服务能力。",
                "（责任单位：市卫生健康局）",
                [],
                ["wjj"],
                [],
                [],
            ),
            (
                "推进“人工智能+社会治理”",
                "推动智能视频分析在交通、治安、应急等领域应用，探索智慧养老服务，提升城市治理精细化、智能化水平，增强群众安全感和满意度。",
                "（牵头单位：市公安局；配合单位：市民政局、各乡镇人民政府、街道办事处）",
                ["gaj"],
                [],
                ["mzj", "xz"],
                [],
            ),
            (
                "推进“人工智能+文化旅游”",
                "推动重点文化场馆、景区建设智慧导览、智能讲解和客流监测系统，运用数字人、虚拟现实等技术展示河间诗经文化、杂技等特色文化资源。",
                "（责任单位：市商务局、各乡镇人民政府、街道办事处）",
                [],
                ["swj", "xz"],
                [],
                [],
            ),
            (
                "推进“人工智能+就业服务”",
                "依托公共就业服务平台，推广岗位智能匹配、简历智能诊断和职业技能智能推荐等服务，为企业招工和群众求职提供精准对接。",
                "（责任单位：市人力资源和社会保障局）",
                [],
                ["rsj"],
                [],
                [],
            ),
        ],
    ),
    (
        "培育产业发展生态",
        [
            (
                "引育人工智能企业",
                "围绕智能装备、行业软件等领域开展精准招商，引进人工智能相关企业10家以上，支持本地企业与高校院所合作开发行业模型。",
                "（牵头单位：市商务局；配合单位：市工业和信息化局、市科学技术局）",
                ["swj"],
                [],
                ["gxj", "kjj"],
                [
                    T(
                        "引进人工智能相关企业",
                        "家",
                        "gte",
                        10,
                        "引进人工智能相关企业10家以上",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "加强人才引育",
                "实施数字技能提升行动，每年开展人工智能技能培训1000人次以上，支持职业院校开设人工智能相关专业。",
                "（牵头单位：市人力资源和社会保障局；配合单位：市教育局）",
                ["rsj"],
                [],
                ["jyj"],
                [
                    T(
                        "人工智能技能培训",
                        "人次",
                        "gte",
                        1000,
                        "每年开展人工智能技能培训1000人次以上",
                        per_year=True,
                    )
                ],
            ),
            (
                "推进科技创新平台建设",
                "支持企业建设技术创新中心、企业技术中心等研发平台，与京津高校院所共建联合实验室和成果转化基地，新建省级以上创新平台3个。",
                "（牵头单位：市科学技术局；配合单位：市工业和信息化局、河间经济开发区管委会）",
                ["kjj"],
                [],
                ["gxj", "kfq"],
                [
                    T(
                        "省级以上创新平台",
                        "个",
                        "eq",
                        3,
                        "新建省级以上创新平台3个",
                        aggregation="flow",
                        kind="innovation_platforms",
                    )
                ],
            ),
            (
                "优化产业发展环境",
                "落实国家和省支持人工智能发展的各项政策，梳理发布惠企政策清单，建立企业诉求快速响应机制，为人工智能企业和项目提供全生命周期服务。",
                "（牵头单位：市发展和改革局；配合单位：市市场监督管理局、市财政局）",
                ["fgj"],
                [],
                ["scj", "czj"],
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立由市政府主要负责同志任组长的“人工智能+”行动工作专班，统筹推进全市人工智能发展工作，专班办公室设在市工业和信息化局，负责日常协调调度。各责任单位要明确分管领导和具体责任人，细化工作措施，建立工作台账，定期报送工作进展，确保各项任务按期完成。市政府将把行动推进情况纳入年度重点工作督查范围，对工作成效突出的单位予以通报表扬，对推进不力的及时督促整改。",
        None,
        [],
        [],
    ),
    (
        "加大政策支持",
        "统筹用好各级专项资金，对智能化改造、场景应用示范等项目给予支持，引导金融机构加大信贷投放力度。积极争取上级资金和政策支持，鼓励社会资本参与人工智能项目建设，对符合条件的企业在用地、用能等方面给予优先保障。",
        "（责任单位：市财政局、市发展和改革局）",
        [],
        ["czj", "fgj"],
    ),
    (
        "强化安全保障",
        "落实数据安全和个人信息保护制度，加强人工智能应用安全风险评估，守牢安全底线。加强对重点企业网络安全的指导和监督检查，提升网络安全事件应急处置能力，引导企业依法依规开展人工智能研发和应用。",
        None,
        [],
        [],
    ),
    (
        "营造良好氛围",
        "加强政策宣传解读，及时总结推广典型案例，营造全社会共同支持人工智能发展的良好氛围。组织开展人工智能进企业、进社区、进校园活动，举办应用成果展示和供需对接活动，提升全社会对人工智能的认知度和参与度。",
        None,
        [],
        [],
    ),
]


def _build():
    lines = []  # (style, text)
    lines += [
        ("center_b", NOTICE_TITLE),
        ("center", DOC_NUMBER),
        ("plain", "各乡镇人民政府、街道办事处，市政府各部门："),
        ("p", f"《{TITLE}》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。"),
        ("right", "河间市人民政府办公室"),
        ("right", "2026年3月16日"),
        ("center_b", TITLE),
        ("p", PREAMBLE),
        ("p", BASIS),
        ("h1", "一、总体要求"),
        ("h2", "（一）指导思想"),
        ("p", GUIDE),
        ("h2", "（二）基本原则"),
        *[("p", x) for x in PRINCIPLES],
        ("h2", "（三）主要目标"),
        ("p", G1_TEXT),
        ("p", G2_TEXT),
        ("h2", "（四）实施步骤"),
        ("p", STEPS),
        ("h1", "二、重点任务"),
    ]
    for text, targets in ((G1_TEXT, G1), (G2_TEXT, G2)):
        for t in targets:
            assert t.phrase in text, t.phrase
    goals = [Goal("到2028年", G1_TEXT, G1), Goal("到2026年底", G2_TEXT, G2)]
    chapters = []
    for c, (ctitle, items) in enumerate(CHAPTERS, 1):
        cno = f"（{cn(c)}）"
        lines.append(("h2", f"{cno}{ctitle}"))
        tasks = []
        for n, (title, body, ann, lead, resp, sup, targets) in enumerate(items, 1):
            body += EXTRA[title]
            no = f"{n}."
            lines.append(("task", (f"{no}{title}。", f"{body}{ann}")))
            tasks.append(
                Task(
                    no, title, f"{title}。{body}{ann}", lead=lead, responsible=resp, supporting=sup
                )
            )
            for t in targets:
                assert t.phrase in body, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        chapters.append(Section(cn(c), cno, ctitle, "key_task", tasks))
    lines.append(("h1", "三、保障措施"))
    sg = []
    for n, (title, body, ann, lead, resp) in enumerate(SAFEGUARDS, 1):
        no = f"（{cn(n)}）"
        lines.append(("task", (f"{no}{title}。", f"{body}{ann or ''}")))
        sg.append(Task(no, title, f"{title}。{body}{ann or ''}", lead=lead, responsible=resp))
    lines.append(("center_b", ANNEX_TITLE))
    lines += [("p", x) for x in ANNEX]
    sections = [
        Section("二", "二、", "重点任务", "key_task", sections=chapters),
        Section("三", "三、", "保障措施", "safeguard", sg),
    ]
    return lines, goals, sections


LINES, GOALS, SECTIONS = _build()

SPAN = 'style="font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);"'


def _p(inner, extra=""):
    return f'<p style="margin: 0px 8px 16px;line-height: 1.75em;text-indent: 2em;{extra}"><span {SPAN}><span leaf="">{inner}</span></span></p>'


def _line(style, text):
    if style == "center_b":
        return f'<p style="text-align: center;margin-bottom: 16px;"><span style="font-size: 17px;color: rgb(0, 82, 155);"><strong><span leaf="">{text}</span></strong></span></p>'
    if style == "center":
        return f'<p style="text-align: center;"><span {SPAN}><span leaf="">{text}</span></span></p>'
    if style == "right":
        return f'<p style="text-align: right;margin-right: 8px;"><span {SPAN}><span leaf="">{text}</span></span></p>'
    if style == "plain":
        return (
            f'<p style="margin: 0px 8px 16px;"><span {SPAN}><span leaf="">{text}</span></span></p>'
        )
    if style == "h1":
        return (
            '<section style="margin: 20px 0px 10px;display: flex;justify-content: center;"><section style="display: inline-block;'
            'background-color: rgb(0, 82, 155);border-radius: 16px;padding: 4px 18px;"><p style="text-align: center;">'
            f'<span style="font-size: 16px;color: rgb(255, 255, 255);"><strong><span leaf="">{text}</span></strong></span></p></section></section>'
        )
    if style == "h2":
        return (
            '<section style="margin: 10px 8px;border-left: 4px solid rgb(0, 82, 155);padding-left: 8px;"><p>'
            f'<span style="font-size: 15px;color: rgb(0, 82, 155);"><strong><span leaf="">{text}</span></strong></span></p></section>'
        )
    if style == "task":
        head, rest = text
        return f'<p style="margin: 0px 8px 16px;line-height: 1.75em;text-indent: 2em;"><span {SPAN}><strong><span leaf="">{head}</span></strong><span leaf="">{rest}</span></span></p>'
    return _p(text)


def _html():
    summary = "\n".join(
        (
            '<section style="margin: 10px 0px;"><section style="display: inline-block;background: rgb(255, 106, 0);padding: 2px 10px;">'
            f'<p><span style="color: rgb(255, 255, 255);font-size: 16px;"><strong><span leaf="">{s}</span></strong></span></p></section></section>'
            if i == 0
            else f'<p style="margin: 0px 8px 10px;"><span style="font-size: 15px;color: rgb(255, 106, 0);"><span leaf="">{s}</span></span></p>'
        )
        for i, s in enumerate(SUMMARY)
    )
    body = "\n".join(_line(s, t) for s, t in LINES)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="重磅！《{TITLE}》印发">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA5NDk2ODcyNQ==&amp;mid=2650318826&amp;idx=1&amp;sn=5c1f0e7a2b9d4c3e8f6a1b2c3d4e5f60">
<meta property="og:description" content="到2028年，全市人工智能核心产业规模突破30亿元">
<title>重磅！《{TITLE}》印发</title>
<style>.rich_media_content{{overflow:hidden;color:#333;font-size:17px;}}.rich_media_meta_list{{margin-bottom:22px;}}</style>
<script type="text/javascript">var biz = "MzA5NDk2ODcyNQ=="; var ct = "1773975600"; var msg_title = "重磅！河间市“人工智能+”行动方案印发";</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_wrp" id="img-content">
<h1 class="rich_media_title" id="activity-name">
重磅！《{TITLE}》印发
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">河间融媒</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">河间发布</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2026年3月20日 08:30</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">河北</em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
<section style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_gif/Qx7tZ2vLb0aZ1/640?wx_fmt=gif" data-type="gif" alt="图片"></section>
<section style="text-align: center;"><p><span style="font-size: 14px;color: rgb(0, 122, 170);"><span leaf="">点击蓝字</span></span><span style="font-size: 14px;color: rgb(136, 136, 136);"><span leaf="">关注我们</span></span></p></section>
<p style="margin: 0px 8px 16px;line-height: 1.75em;text-indent: 2em;"><span style="font-size: 15px;"><span leaf="">{INTRO}</span></span></p>
<section style="margin: 10px 8px;padding: 12px;border: 1px dashed rgb(255, 106, 0);background-color: rgb(255, 248, 240);">
<section><img data-src="https://mmbiz.qpic.cn/mmbiz_png/Qx7tZ2vLb0aZ2/640?wx_fmt=png" alt="划重点"></section>
{summary}
</section>
<section style="margin-top: 16px;">
<section style="padding: 0px 4px;">
{body}
</section>
</section>
<section style="text-align: center;margin-top: 20px;"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/Qx7tZ2vLb0aZ3/640?wx_fmt=png" alt="图片"></section>
<p style="margin: 0px 8px;"><span style="font-size: 12px;color: rgb(136, 136, 136);"><span leaf="">来源：河间市人民政府办公室</span></span></p>
<p style="margin: 0px 8px;"><span style="font-size: 12px;color: rgb(136, 136, 136);"><span leaf="">编辑：刘思源　校对：马晓彤</span></span></p>
<p style="margin: 0px 8px;"><span style="font-size: 12px;color: rgb(136, 136, 136);"><span leaf="">审核：张立新</span></span></p>
<section style="margin-top: 20px;"><p><span style="font-size: 15px;color: rgb(0, 82, 155);"><strong><span leaf="">往期推荐</span></strong></span></p>
<p><a href="http://mp.weixin.qq.com/s?__biz=MzA5NDk2ODcyNQ==&amp;mid=2650318801&amp;idx=1" target="_blank"><span leaf="">河间经济开发区：智能产线跑出“加速度”</span></a></p>
<p><a href="http://mp.weixin.qq.com/s?__biz=MzA5NDk2ODcyNQ==&amp;mid=2650318790&amp;idx=2" target="_blank"><span leaf="">市政府常务会议召开</span></a></p>
<p><a href="http://mp.weixin.qq.com/s?__biz=MzA5NDk2ODcyNQ==&amp;mid=2650318772&amp;idx=1" target="_blank"><span leaf="">工艺玻璃企业“触网”出海记</span></a></p>
</section>
<section style="text-align: center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Qx7tZ2vLb0aZ4/640?wx_fmt=jpeg" alt="二维码"><p><span style="font-size: 12px;color: rgb(136, 136, 136);"><span leaf="">分享</span></span><span style="font-size: 12px;"><span leaf="">　收藏　点赞　在看</span></span></p></section>
</div>
<div id="js_tags" class="article-tag__list"></div>
<div class="rich_media_tool" id="js_toobar3"><a id="js_view_source" class="media_tool_meta meta_primary" href="https://www.hejian.gov.cn/zwgk/zcwj/202603/t20260316_86412.html">阅读原文</a>
<span class="media_tool_meta">阅读 <span id="readNum3">3826</span></span></div>
</div>
<script nonce="1773975600" type="text/javascript">window.__INITIAL_STATE__ = {{"appmsg_like":0}};</script>
</body>
</html>
"""


TEXT = _html()

AGENCIES = agencies(A)

EXTRACTION = {
    "zone": {
        "slug": "hejian-hebei-city",
        "name": "河间市",
        "name_en": "Hejian City (Hebei)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 河间市“人工智能+”行动方案（2026—2028年） (河间市人民政府办公室, 河政办字〔2026〕7号, 2026-03-16)
# — SYNTHETIC (synthetic_bn): WRITTEN by the collector (helper blindBN, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_hejian.py as the WeChat article saved (.html, UTF-8).
# Zone hejian-hebei-city (河北 河间市, a county-level city) → city level; period 2026–2028.
# Page: WeChat chrome (title "重磅！…印发", account 河间发布, 点击蓝字关注我们), then an editor's box "划重点" ①–④ restating
#   plan figures in other words (迈过30亿元大关, 至少20家, 翻一番多, 今年年底前先建成5家) — NOT targets, not a second copy; then the
#   notice (its addressee 各乡镇人民政府、街道办事处 names no role), the plan whole, 来源/编辑/审核, 往期推荐, 阅读原文.
# Outline: preamble, a 2025 baseline paragraph (no targets); 一、总体要求 （一）指导思想 （二）基本原则 (four "坚持X。" paragraphs:
#   no tasks) （三）主要目标 = two dated paragraphs → goals "到2028年" (8 targets, 其中… → parent) and
#   "到2026年底" (2); 二、重点任务 → four chapters （一）–（四） (sections nested in 二、) of tasks 1.… restarting per chapter, each
#   one <p> "N.标题。" in bold then body and annotation; 三、保障措施 （一）–（四） → safeguard tasks, one annotated;
#   （四）实施步骤 (stages by year) no task; a 附件 of scene directions 一、–十、 after the plan → no task, no figure.
# Tasks: title = the bold heading before 。; text = title + body + annotation, without the number. Every task holding a
#   figure is also a goal titled like it (text without annotation), numbered like it.
# Roles: 牵头单位 → lead, 配合单位 → supporting, 责任单位 → responsible. "市直各部门" generic (task 三.1 keeps its lead alone);
#   各乡镇人民政府、街道办事处 → ONE collective (also inside a 、 list after 市民政局, and after 市农业农村局 under 责任单位).
# Targets: 每年… → per-year flow; 新增 / 引进 → flow; the rest stock. 新增智能算力100P (task) is not the goals' 200P (total).
"""
ENCODING = "utf-8"

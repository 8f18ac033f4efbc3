# ruff: noqa: E501  (plan text as the office writes it)
"""澄岙县推进“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_cn). The county portal's page saved as .html: site header,
信息公开 table, the notice and the 行动方案: 一、总体要求, 二、主要目标 = two dated paragraphs "到2026年底，…（2025年为28.6亿元）…" and
"到2028年，…年均增长20%以上；…其中规上企业30家；…累计完成人工智能领域投资50亿元；…压缩至3个工作日以内", 三、重点任务 in four
（一）–（四） of items 1.–15. numbered on, each closing on "（牵头单位：县X；配合单位：县Y、Z）" — task bodies that mix true targets with
subsidies ("为500艘以上…渔船加装…，每台给予最高3000元补助") — a 专栏 table "2026—2028年人工智能重点项目" of named projects with 总投资,
and 四、保障措施 （一）–（五） DENSE WITH MONEY (县财政每年安排…不少于2000万元, 设立规模5亿元的…基金, 以奖代补, 不低于10%的用地指标) beside
two per-year training counts that ARE targets."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "chengao-ai-plus-action-plan-2026-synthetic"
KIND = "html"

# printed form → (code, full name, category)
A = {
    "县发改局": ("fgj", "澄岙县发展和改革局", "development_reform"),
    "县经信局": ("jxj", "澄岙县经济和信息化局", "industry_it"),
    "县数据局": ("sjj", "澄岙县数据局", "big_data"),
    "国网澄岙县供电公司": ("gdg", "国网澄岙县供电公司", "state_enterprise"),
    "县海洋与渔业局": ("hyj", "澄岙县海洋与渔业局", "agriculture"),
    "县财政局": ("czj", "澄岙县财政局", "finance"),
    "县港航和口岸管理中心": ("ghz", "澄岙县港航和口岸管理中心", "transport"),
    "县交通运输局": ("jtj", "澄岙县交通运输局", "transport"),
    "县商务局": ("swj", "澄岙县商务局", "commerce"),
    "县文广旅体局": ("wlj", "澄岙县文化和广电旅游体育局", "culture_tourism"),
    "县政务办": ("zwb", "澄岙县政务服务管理办公室", "government_services"),
    "县委社会工作部": ("shb", "中共澄岙县委社会工作部", "other"),
    "县公安局": ("gaj", "澄岙县公安局", "public_security"),
    "各乡镇（街道）": ("xz", "澄岙县各乡镇人民政府、街道办事处", "local_government"),
    "县教育局": ("jyj", "澄岙县教育局", "education"),
    "县卫健局": ("wjj", "澄岙县卫生健康局", "health"),
    "县投资促进中心": ("tcz", "澄岙县投资促进中心", "commerce"),
    "县委人才办": ("rcb", "中共澄岙县委人才工作领导小组办公室", "party_organisation"),
    "县人力社保局": ("rsj", "澄岙县人力资源和社会保障局", "human_resources"),
    "县科技局": ("kjj", "澄岙县科学技术局", "science_technology"),
    "县自然资源和规划局": ("zrj", "澄岙县自然资源和规划局", "natural_resources"),
    "县应急管理局": ("yjj", "澄岙县应急管理局", "emergency"),
    "县委网信办": ("wxb", "中共澄岙县委网络安全和信息化委员会办公室", "publicity"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
CODE = {printed: code for printed, (code, _, _) in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "澄岙县推进“人工智能+”行动方案（2026—2028年）"
NOTICE_TITLE = f"澄岙县人民政府办公室关于印发{TITLE}的通知"
DOC_NUMBER = "澄政办发〔2026〕8号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Chengao County (Zhejiang) “AI+” action plan 2026–2028 — synthetic",
    "issuer": "澄岙县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-03",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.html",
}

NOTICE = f"《{TITLE}》已经县政府同意，现印发给你们，请结合实际认真组织实施。"
GUIDE = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实省委、省政府和市委、市政府关于深入实施“人工智能+”行动的部署要求，立足我县海洋资源丰富、临港产业集聚、海岛旅游特色鲜明的基础条件，坚持应用牵引、数据驱动、企业主体、政府引导，以智能算力为底座、以场景开放为抓手、以产业赋能为重点，推动人工智能与海洋经济、先进制造、港航物流、海岛文旅和公共服务深度融合，为加快建设现代化海洋强县提供有力支撑。"
PRINCIPLES = "坚持应用牵引。聚焦海洋经济、临港产业和民生服务需求，以场景开放带动技术落地，以应用成效检验工作成果。坚持特色发展。立足海洋资源和产业基础，不盲目追求规模，不搞低水平重复建设。坚持政府引导、市场主导。充分发挥企业主体作用和财政资金撬动作用，引导社会资本有序投入。坚持安全可控。统筹发展和安全，守牢数据安全、网络安全和海上安全底线。"
GOAL1 = "到2026年底，全县人工智能核心产业营业收入达到35亿元（2025年为28.6亿元），智能算力规模达到300P，规上工业企业数字化改造覆盖率达到85%，新打造“人工智能+”应用场景30个。"
GOAL1_TARGETS = [
    T(
        "人工智能核心产业营业收入",
        "亿元",
        "eq",
        35,
        "全县人工智能核心产业营业收入达到35亿元",
        kind="ai_industry_scale",
    ),
    T("智能算力规模", "P", "eq", 300, "智能算力规模达到300P", kind="computing_power"),
    T("规上工业企业数字化改造覆盖率", "%", "eq", 85, "规上工业企业数字化改造覆盖率达到85%"),
    T(
        "新打造“人工智能+”应用场景",
        "个",
        "eq",
        30,
        "新打造“人工智能+”应用场景30个",
        kind="application_scenarios",
        aggregation="flow",
    ),
]
GOAL2 = "到2028年，全县人工智能核心产业营业收入突破60亿元，年均增长20%以上；培育人工智能企业80家以上，其中规上企业30家；建成省级智能工厂（未来工厂）和数字化车间40家；智能算力规模达到1000P；累计完成人工智能领域投资50亿元；政务服务事项“智能审批”平均办结时间压缩至3个工作日以内；人工智能成为全县海洋经济和先进制造业高质量发展的重要引擎。"
GOAL2_TARGETS = [
    T(
        "人工智能核心产业营业收入",
        "亿元",
        "gt",
        60,
        "全县人工智能核心产业营业收入突破60亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能核心产业营业收入年均增速", "%", "gte", 20, "年均增长20%以上"),
    T("人工智能企业", "家", "gte", 80, "培育人工智能企业80家以上", kind="ai_enterprises"),
    T(
        "规上人工智能企业",
        "家",
        "eq",
        30,
        "其中规上企业30家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T(
        "省级智能工厂（未来工厂）和数字化车间",
        "家",
        "eq",
        40,
        "建成省级智能工厂（未来工厂）和数字化车间40家",
    ),
    T("智能算力规模", "P", "eq", 1000, "智能算力规模达到1000P", kind="computing_power"),
    T(
        "人工智能领域投资",
        "亿元",
        "eq",
        50,
        "累计完成人工智能领域投资50亿元",
        aggregation="flow",
    ),
    T(
        "政务服务事项“智能审批”平均办结时间",
        "个工作日",
        "lte",
        3,
        "政务服务事项“智能审批”平均办结时间压缩至3个工作日以内",
    ),
]

# group: (numbering, title, items); item: (title, body, lead, supporting, targets)
GROUPS = [
    (
        "（一）",
        "夯实人工智能发展底座",
        [
            (
                "建设县域智算中心",
                "依托澄岙数字产业园建设县域智算中心，推动智能算力规模到2026年底达到300P、到2028年达到1000P，接入全省算力调度平台，为企业提供普惠算力服务。发放“算力券”，对中小企业使用县域智算中心算力的，按照实际费用的30%给予补贴，单个企业每年最高50万元。新建智算中心电能利用效率（PUE）不高于1.25。",
                ["县发改局"],
                ["县经信局", "县数据局", "国网澄岙县供电公司"],
                [],
            ),
            (
                "推进数据资源开发利用",
                "完善县公共数据平台，探索公共数据授权运营，推动海洋渔业、港航物流、海岛旅游等领域数据汇聚治理，建设行业高质量数据集10个。对在省级数据交易场所年度交易额超过100万元的数据产品，按照交易额的5%给予奖励，单个企业最高30万元。加强数据安全管理，落实数据分类分级保护制度。",
                ["县数据局"],
                ["县经信局", "县海洋与渔业局"],
                [T("行业高质量数据集", "个", "eq", 10, "建设行业高质量数据集10个")],
            ),
        ],
    ),
    (
        "（二）",
        "赋能海洋经济和先进制造",
        [
            (
                "推进制造业智能化改造",
                "聚焦船舶修造、绿色石化配套、水产品精深加工等重点产业，实施“AI+制造”赋能行动，到2028年，累计实施智能化改造项目120个，完成智能化技改投资30亿元。对设备和软件投资额超过500万元的智能化改造项目，按照投资额的10%给予补助，单个项目最高200万元；对新认定的省级未来工厂，给予一次性奖励100万元。",
                ["县经信局"],
                ["县财政局", "各乡镇（街道）"],
                [
                    T(
                        "实施智能化改造项目",
                        "个",
                        "eq",
                        120,
                        "累计实施智能化改造项目120个",
                        aggregation="flow",
                    ),
                    T(
                        "智能化技改投资",
                        "亿元",
                        "eq",
                        30,
                        "完成智能化技改投资30亿元",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "发展智能船舶和海洋智能装备",
                "支持船舶修造企业与高校院所联合开展智能航行、智能机舱、智能能效管理等技术攻关，推动海洋传感器、水下机器人、智能养殖装备等产品研发和产业化，培育智能船舶和海洋智能装备企业15家。对新研制并实现首台销售的海洋智能装备，按照销售额的10%给予研制企业奖励，单个企业最高100万元；对获评省级首台（套）装备的，再给予一次性奖励50万元。",
                ["县经信局"],
                ["县科技局", "县海洋与渔业局"],
                [
                    T(
                        "智能船舶和海洋智能装备企业",
                        "家",
                        "eq",
                        15,
                        "培育智能船舶和海洋智能装备企业15家",
                    )
                ],
            ),
            (
                "发展“人工智能+”海洋渔业",
                "推进渔船、渔港、渔业生产智能化，为500艘以上海洋捕捞渔船加装智能安全终端，每台给予最高3000元补助；建设智慧渔港2个，推广渔获物智能分拣、智能交易和冷链溯源。支持水产养殖企业建设深远海智能养殖平台，对单个平台投资额超过1000万元的，按照投资额的15%给予补助，最高300万元。",
                ["县海洋与渔业局"],
                ["县财政局", "县港航和口岸管理中心"],
                [
                    T(
                        "加装智能安全终端的海洋捕捞渔船",
                        "艘",
                        "gte",
                        500,
                        "为500艘以上海洋捕捞渔船加装智能安全终端",
                        aggregation="flow",
                    ),
                    T("智慧渔港", "个", "eq", 2, "建设智慧渔港2个"),
                ],
            ),
            (
                "推进“人工智能+”港航物流",
                "推动港区智能闸口、集装箱智能理货、船舶智能调度等应用，港区作业智能化覆盖率达到60%。建设港航物流数据服务平台，推动船、港、货、仓数据互联互通。对物流企业购置自动导引车、智能分拣设备的，按照设备投资额的10%给予补助，单个企业最高50万元。",
                ["县港航和口岸管理中心"],
                ["县交通运输局", "县商务局"],
                [T("港区作业智能化覆盖率", "%", "eq", 60, "港区作业智能化覆盖率达到60%")],
            ),
            (
                "推进“人工智能+”海岛文旅",
                "建设全域智慧旅游服务平台，推广智能导览、智能票务、景区客流智能监测预警，打造智慧景区5个。开发数字人讲解、沉浸式海岛体验等新产品。对新评为省级智慧景区的，给予一次性奖励20万元；对年接待游客超过50万人次的景区实施智能化改造的，按照投资额的20%给予补助，最高100万元。",
                ["县文广旅体局"],
                ["县数据局"],
                [T("智慧景区", "个", "eq", 5, "打造智慧景区5个")],
            ),
        ],
    ),
    (
        "（三）",
        "提升治理和公共服务智能化水平",
        [
            (
                "推进“人工智能+”政务服务",
                "建设县政务服务智能助手，推动高频事项智能导办、智能预审和“智能审批”，将“智能审批”事项平均办结时间压缩至3个工作日以内，政务服务智能客服问答准确率达到90%以上。推进机关内部“一件事”智能协同办理，提升机关运行效能。",
                ["县政务办"],
                ["县数据局"],
                [
                    T(
                        "政务服务智能客服问答准确率",
                        "%",
                        "gte",
                        90,
                        "政务服务智能客服问答准确率达到90%以上",
                    )
                ],
            ),
            (
                "推进“人工智能+”基层治理",
                "迭代基层智治综合应用，推动矛盾纠纷、安全隐患、海上渔业安全等事件智能发现、智能分拨和闭环处置，每个乡镇（街道）建成1个以上基层智治特色应用场景。推进“雪亮工程”视频资源智能分析应用，提升社会治安防控智能化水平。",
                ["县委社会工作部"],
                ["县公安局", "各乡镇（街道）"],
                [
                    T(
                        "每个乡镇（街道）基层智治特色应用场景",
                        "个",
                        "gte",
                        1,
                        "每个乡镇（街道）建成1个以上基层智治特色应用场景",
                    )
                ],
            ),
            (
                "推进“人工智能+”应急和安全生产",
                "建设海上安全和防灾减灾智能预警系统，提升台风、风暴潮、海上大风等灾害智能研判和预警发布能力，重点海域和渔港视频智能监测覆盖率达到90%。推动危险化学品、船舶修造等重点行业企业应用人工智能开展安全风险智能识别，对企业建设安全生产智能监测系统的，按照投资额的20%给予补助，单个企业最高30万元。",
                ["县应急管理局"],
                ["县海洋与渔业局", "县港航和口岸管理中心"],
                [
                    T(
                        "重点海域和渔港视频智能监测覆盖率",
                        "%",
                        "eq",
                        90,
                        "重点海域和渔港视频智能监测覆盖率达到90%",
                    )
                ],
            ),
            (
                "推进“人工智能+”教育医疗",
                "建设人工智能教育实验学校10所，推广智能备课、智能作业批改和个性化学习辅导。推动县域医共体人工智能辅助诊断、智能影像和智能随访应用，远程智能诊疗服务覆盖全县乡镇卫生院。",
                ["县教育局", "县卫健局"],
                ["县数据局"],
                [T("人工智能教育实验学校", "所", "eq", 10, "建设人工智能教育实验学校10所")],
            ),
        ],
    ),
    (
        "（四）",
        "培育人工智能产业生态",
        [
            (
                "招引培育人工智能企业",
                "聚焦智能船舶装备、海洋传感器、行业大模型应用等方向开展精准招商，每年引进人工智能企业10家以上。对新落户且实缴注册资本1000万元以上的人工智能企业，给予最高100万元落户奖励；对首次入选省级“专精特新”中小企业的人工智能企业，给予20万元奖励。",
                ["县投资促进中心"],
                ["县经信局", "县商务局"],
                [
                    T(
                        "引进人工智能企业",
                        "家",
                        "gte",
                        10,
                        "每年引进人工智能企业10家以上",
                        kind="ai_enterprises",
                        per_year=True,
                    )
                ],
            ),
            (
                "加强人工智能人才引育",
                "深化“澄岙英才”计划，到2028年，引育人工智能领域高层次人才50名。对入选的人工智能领域高层次人才，给予最高100万元安家补贴；对企业新招用的人工智能相关专业本科以上毕业生，给予每人每月1000元生活补贴，最长2年。",
                ["县委人才办"],
                ["县人力社保局", "县教育局"],
                [
                    T(
                        "引育人工智能领域高层次人才",
                        "名",
                        "eq",
                        50,
                        "引育人工智能领域高层次人才50名",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "深化开放合作",
                "加强与杭州、宁波等地人工智能企业和高校院所对接合作，每年举办人工智能产业合作对接活动不少于4场。对参加国家级、省级人工智能展会的本县企业，按照展位费的50%给予补贴，单个企业每年最高10万元。",
                ["县商务局"],
                ["县经信局", "县科技局"],
                [
                    T(
                        "人工智能产业合作对接活动",
                        "场",
                        "gte",
                        4,
                        "每年举办人工智能产业合作对接活动不少于4场",
                        per_year=True,
                    )
                ],
            ),
            (
                "加强人工智能安全治理",
                "落实生成式人工智能服务备案、算法备案和安全评估制度，加强个人信息保护和数据安全监管，防范深度伪造、算法歧视等风险。建立人工智能安全事件应急处置机制，开展人工智能伦理规范宣传教育，引导企业履行安全主体责任，推动人工智能安全、可靠、可控发展。",
                ["县委网信办"],
                ["县公安局", "县数据局"],
                [],
            ),
        ],
    ),
]

BOX_TITLE = "专栏　2026—2028年人工智能重点项目"
BOX = [
    ["序号", "项目名称", "主要建设内容", "总投资（亿元）", "建设期限"],
    [
        "1",
        "澄岙县域智算中心项目",
        "建设智能算力800P及配套液冷、储能设施，2027年建成投用",
        "6.5",
        "2026—2027年",
    ],
    [
        "2",
        "澄岙中心渔港智慧化改造项目",
        "建设渔港视频监控、船舶进出港智能识别和渔获物智能交易系统",
        "2.3",
        "2026—2028年",
    ],
    [
        "3",
        "澄岙港区智能码头项目",
        "建设智能闸口、自动化堆场和船舶智能调度系统，年吞吐能力提升300万吨",
        "8.6",
        "2026—2028年",
    ],
    [
        "4",
        "海澜船舶未来工厂项目",
        "建设船舶分段智能焊接生产线12条、数字孪生管控平台",
        "3.2",
        "2026—2027年",
    ],
    [
        "5",
        "海岛智慧旅游综合服务项目",
        "建设智慧旅游服务平台和海岛景区智能导览系统",
        "1.1",
        "2026年",
    ],
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立由县长任组长的县“人工智能+”行动工作专班，统筹推进全县人工智能发展工作，专班办公室设在县经信局，负责日常协调和督促落实。各乡镇（街道）、各有关部门要明确分管领导和责任科室，形成上下联动、协同推进的工作格局。专班实行季度例会制度，研究解决重大问题，协调推进重点项目和重大场景建设。",
        [],
    ),
    (
        "强化资金保障",
        "县财政每年安排人工智能产业发展专项资金不少于2000万元，统筹用于“算力券”、场景应用奖补、企业培育和人才引育。设立规模5亿元的县人工智能产业基金，按照“母基金+子基金”模式运作，县级出资比例不超过子基金规模的25%。对获评省级、国家级“人工智能+”典型应用场景的项目，以奖代补分别给予最高50万元、100万元支持。积极争取上级专项资金和超长期特别国债支持，鼓励金融机构开发“人工智能贷”“算力贷”等专属产品，对人工智能企业贷款按照贷款市场报价利率的30%给予贴息，单个企业每年最高20万元。",
        ["县财政局", "县经信局"],
    ),
    (
        "强化要素保障",
        "优先保障人工智能重点项目用地，年度新增建设用地计划指标中安排不低于10%用于人工智能和数字经济项目。对智算中心等重大项目用电需求优先保障，符合条件的执行大工业电价，并按照每千瓦时0.1元给予电费补贴，单个项目每年最高300万元。对人工智能企业租用县级产业平台办公用房的，前两年租金全额补贴，单个企业补贴面积不超过500平方米。",
        ["县自然资源和规划局", "县发改局", "国网澄岙县供电公司"],
    ),
    (
        "加强培训宣传",
        "每年举办人工智能专题培训不少于10期、培训党政干部和企业经营管理人员1000人次以上，提升全社会数字素养和技能水平。充分利用报刊、广播电视和新媒体平台，宣传推广“人工智能+”典型案例和经验做法，营造良好发展氛围。",
        [],
    ),
    (
        "强化考核评估",
        "将“人工智能+”行动推进情况纳入县对各乡镇（街道）和县级有关部门的年度综合考核，建立任务清单和工作台账，定期开展政策绩效评估，对工作成效明显的予以通报表扬，对推进不力的进行督促整改。",
        [],
    ),
]
SAFEGUARD_TARGETS = {
    "加强培训宣传": [
        T("人工智能专题培训", "期", "gte", 10, "每年举办人工智能专题培训不少于10期", per_year=True),
        T(
            "培训党政干部和企业经营管理人员",
            "人次",
            "gte",
            1000,
            "培训党政干部和企业经营管理人员1000人次以上",
            per_year=True,
        ),
    ]
}

NUMERALS = "一二三四五六七八九十"


def _build():
    paras = [
        ("center", NOTICE_TITLE),
        ("center", DOC_NUMBER),
        ("plain", "各乡镇人民政府、街道办事处，县政府直属各单位："),
        ("p", NOTICE),
        ("right", "澄岙县人民政府办公室"),
        ("right", "2026年4月3日"),
        ("p", "（此件公开发布）"),
        ("center", TITLE),
        ("h", "一、总体要求"),
        ("p", GUIDE),
        ("p", PRINCIPLES),
        ("h", "二、主要目标"),
        ("p", GOAL1),
        ("p", GOAL2),
        ("h", "三、重点任务"),
    ]
    for text, targets in ((GOAL1, GOAL1_TARGETS), (GOAL2, GOAL2_TARGETS)):
        for t in targets:
            assert t.phrase in text, t.phrase
    for t in GOAL1_TARGETS:
        t.deadline = 2026
    goals = [Goal("到2026年底", GOAL1, GOAL1_TARGETS), Goal("到2028年", GOAL2, GOAL2_TARGETS)]
    subsections = []
    n = 0
    for gno, gtitle, items in GROUPS:
        paras.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for title, body, lead, sup, targets in items:
            n += 1
            no = f"{n}."
            note = f"（牵头单位：{'、'.join(lead)}；配合单位：{'、'.join(sup)}）"
            paras.append(("item", (f"{no}{title}。", body + note)))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}{note}",
                    lead=[CODE[x] for x in lead],
                    supporting=[CODE[x] for x in sup],
                )
            )
            for t in targets:
                assert t.phrase in body, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        subsections.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
        if gno == "（二）":
            paras += [("box_title", BOX_TITLE), ("box", BOX)]
    sections = [Section("三", "三、", "重点任务", "key_task", sections=subsections)]
    paras.append(("h", "四、保障措施"))
    sg = []
    for i, (title, text, units) in enumerate(SAFEGUARDS, 1):
        no = f"（{NUMERALS[i - 1]}）"
        note = f"（责任单位：{'、'.join(units)}）" if units else ""
        paras.append(("item", (f"{no}{title}。", text + note)))
        sg.append(Task(no, title, f"{title}。{text}{note}", responsible=[CODE[u] for u in units]))
        if title in SAFEGUARD_TARGETS:
            for t in SAFEGUARD_TARGETS[title]:
                assert t.phrase in text, t.phrase
            goals.append(Goal(title, f"{title}。{text}", SAFEGUARD_TARGETS[title], numbering=no))
    sections.append(Section("四", "四、", "保障措施", "safeguard", sg))
    return paras, goals, sections


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
        elif kind in ("h", "h2"):
            out.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        elif kind == "item":
            out.append(f'<p style="text-indent:2em;"><strong>{text[0]}</strong>{text[1]}</p>')
        elif kind == "box_title":
            out.append(f'<p style="text-align:center;"><strong>{text}</strong></p>')
        elif kind == "box":
            rows = []
            for r, row in enumerate(text):
                tag = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
            out.append(
                '<table border="1" cellspacing="0" cellpadding="4" style="width:100%;border-collapse:collapse;">\n'
                + "\n".join(rows)
                + "\n</table>"
            )
        else:
            out.append(f'<p style="text-indent:2em;">{text}</p>')
    article = "\n".join(out)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{NOTICE_TITLE}</title>
<meta name="SiteName" content="澄岙县人民政府">
<meta name="ColumnName" content="县政府办文件">
<meta name="ArticleTitle" content="{NOTICE_TITLE}">
<meta name="PubDate" content="2026-04-07 16:20">
<link rel="stylesheet" href="/module/jslib/xxgk/xxgk.css">
<script src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<div class="top"><div class="top-in"><span>欢迎访问澄岙县人民政府门户网站</span><a href="/col/col1229000001/index.html">无障碍</a> <a href="/col/col1229000002/index.html">长者版</a></div></div>
<div class="banner"><a href="/"><img src="/images/logo.png" alt="澄岙县人民政府"></a></div>
<div class="nav"><a href="/">首页</a><a href="/col/col1229000010/index.html">政务公开</a><a href="/col/col1229000020/index.html">政务服务</a><a href="/col/col1229000030/index.html">互动交流</a><a href="/col/col1229000040/index.html">走进澄岙</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229000010/index.html">政务公开</a> &gt; <a href="/col/col1229000011/index.html">县政府办文件</a></div>
<table class="xxgk-info">
<tr><td>索引号：</td><td>001008003012022/2026-00031</td><td>公开方式：</td><td>主动公开</td></tr>
<tr><td>发布机构：</td><td>澄岙县人民政府办公室</td><td>成文日期：</td><td>2026-04-03</td></tr>
<tr><td>文号：</td><td>{DOC_NUMBER}</td><td>统一编号：</td><td>ZJCA01-2026-0004</td></tr>
<tr><td>有效性：</td><td colspan="3">有效</td></tr>
</table>
<div class="article">
<h1 class="title">{NOTICE_TITLE}</h1>
<div class="info">发布日期：2026-04-07　信息来源：县政府办　浏览次数：<span id="hits">1306</span></div>
<div class="zoom" id="zoom">
{article}
</div>
<div class="fujian">相关解读：<a href="/art/2026/4/8/art_1229000011_2026041.html">图解《{TITLE}》</a></div>
</div>
<div class="footer">
<p>主办单位：澄岙县人民政府办公室　承办单位：澄岙县数据局</p>
<p>浙ICP备05000000号-1　浙公网安备33000002000000号　网站标识码：3300000001</p>
</div>
<script>document.getElementById("hits").innerText = "1306";</script>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "chengao-zhejiang-county",
        "name": "澄岙县",
        "name_en": "Chengao County (Zhejiang)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 澄岙县推进“人工智能+”行动方案（2026—2028年） (澄岙县人民政府办公室, 澄政办发〔2026〕8号, 2026-04-03)
# — SYNTHETIC (synthetic_cn): WRITTEN by the collector (helper blindCN, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_chengao.py as the county portal's page saved (.html, UTF-8).
# Zone chengao-zhejiang-county (浙江 澄岙县, invented; its city not named) → district level (a county, as the corpus's other 县);
#   period 2026–2028, milestones 2026 and 2028.
# Outline: portal header, 信息公开 table, the notice title as <h1>, the notice (addressee, one paragraph, signature, date,
#   "（此件公开发布）"); the 行动方案: 一、总体要求 (a guiding paragraph and a principles paragraph "坚持X。…": no tasks); 二、主要目标 = two dated paragraphs → goals titled
#   "到2026年底" (4 targets, due 2026) and "到2028年" (8); 三、重点任务 = four sub-sections （一）–（四） of items 1.–15. NUMBERED ON,
#   each ONE paragraph "N.标题。正文（牵头单位：县X；配合单位：县Y、县Z）" (title the bold phrase, text = title + body + annotation);
#   after （二） a 专栏 "2026—2028年人工智能重点项目" as a table of five named projects with 总投资 and 建设期限 → a box of projects
#   (titled by projects and by a span of years, not one year): no task, no target (its 智能算力800P, 300万吨, 12条, 6.5 / 2.3 / 8.6 /
#   3.2 / 1.1 亿元 none); 四、保障措施 （一）–（五） → safeguard tasks, （二） and （三） closing on "（责任单位：X、Y）".
# Roles: 牵头单位 → lead (item 11 has two: 县教育局、县卫健局), 配合单位 → supporting; a safeguard's 责任单位 with no lead rule →
#   responsible. 各乡镇（街道） ONE collective (the county's towns and sub-districts); 国网澄岙县供电公司 a state enterprise; 县委社会工作部
#   category other. NOT roles: "专班办公室设在县经信局，负责日常协调" (a mechanism, in a safeguard); the notice's addressees; the
#   footer's 承办单位.
# Targets (the set's point: money in the goals and tasks beside money that is an instrument). TARGETS: the goals' twelve — incl.
#   "年均增长20%以上" (a growth rate beside the level: its own target, gte 20 %), "其中规上企业30家" (parent the 80家), "累计完成人工智能
#   领域投资50亿元" (MONEY that is a goal: investment the plan sets out to complete, flow), "压缩至3个工作日以内" (lte 3 个工作日); in tasks,
#   "建设行业高质量数据集10个", "累计实施智能化改造项目120个" and "完成智能化技改投资30亿元" (money that is a goal again: investment to
#   complete, flow, due 2028 by its 到2028年), 智能船舶和海洋智能装备企业15家, "为500艘以上…渔船加装智能安全终端" (gte, flow), 智慧渔港2个,
#   港区作业智能化覆盖率60%, 智慧景区5个, 智能客服问答准确率90%以上, 视频智能监测覆盖率90%, "每个乡镇（街道）建成1个以上…场景" (a quota per unit: metric naming the unit), 实验学校10所,
#   "每年引进…10家以上" and "每年举办…不少于4场" (per year), 高层次人才50名 (flow); in the safeguards, "每年举办人工智能专题培训不少于10期、
#   培训…1000人次以上" (two per-year commitments, goal titled 加强培训宣传). Task figures with no year → due 2028.
#   Restated, so no second target: item 1's 300P (2026) and 1000P (2028); item 8's 压缩至3个工作日以内 (the goals' figures, same year).
#   NOT targets: the 2025 baseline in brackets (28.6亿元); subsidy rates and ceilings (30% / 每年最高50万元; 5%…最高30万元; 10%…最高200万元;
#   销售额的10%…最高100万元; 每台最高3000元; 15%…最高300万元; 10%…最高50万元; 20%…最高100万元; 20%…最高30万元; 每人每月1000元，最长
#   2年; 50%…最高10万元; 每千瓦时0.1元…每年最高300万元; 贴息30%…每年最高20万元; 前两年租金全额补贴、面积不超过500平方米), rewards
#   (100万元, 50万元, 20万元, 最高100万元 …), eligibility thresholds (投资额超过500万元, 超过1000万元, 交易额超过100万元, 年接待游客超过
#   50万人次, 实缴注册资本1000万元以上), a standard (PUE不高于1.25), the annual budget (县财政每年安排…不少于2000万元), the fund being set
#   up (设立规模5亿元的…基金; 县级出资比例不超过25%), 以奖代补 amounts (最高50万元、100万元), the land quota share (不低于10%: an allocation,
#   like a budget), the 专栏's projects.
"""

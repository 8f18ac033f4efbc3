# ruff: noqa: E501  (plan text as the office writes it)
"""曹县“人工智能+”行动2026年工作要点 — INVENTED (synthetic_at). The county government portal's page saved
by a browser (.html, UTF-8): a 信息公开 metadata table, the notice, 一、工作目标 of one "2026年，" paragraph
whose figures are Chinese numerals (一百P, 二十个, 五千人次), 二、重点任务 stated as ONE table
序号 | 工作任务 | 责任单位 | 完成时限 with group rows （一）–（六） spanning the columns and tasks 1–22
numbered on, under a rule stated once ("排在第一位的为牵头单位，其余为配合单位"), and 三、工作要求
（一）–（五） run-in paragraphs."""

import html

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "caoxian-ai-plus-work-points-2026-synthetic"
KIND = "html"

A = [
    ("fgj", "曹县发展和改革局", "县发改局", "development_reform"),
    ("gxj", "曹县工业和信息化局", "县工信局", "industry_it"),
    ("dsj", "曹县大数据中心", "县大数据中心", "big_data"),
    ("kjj", "曹县科学技术局", "县科技局", "science_technology"),
    ("czj", "曹县财政局", "县财政局", "finance"),
    ("swj", "曹县商务局", "县商务局", "commerce"),
    ("jtj", "曹县教育和体育局", "县教体局", "education"),
    ("rsj", "曹县人力资源和社会保障局", "县人社局", "human_resources"),
    ("nyj", "曹县农业农村局", "县农业农村局", "agriculture"),
    ("wjj", "曹县卫生健康局", "县卫健局", "health"),
    ("spj", "曹县行政审批服务局", "县行政审批服务局", "government_services"),
    ("scj", "曹县市场监督管理局", "县市场监管局", "market_regulation"),
    ("rmt", "曹县融媒体中心", "县融媒体中心", "publicity"),
    ("kfq", "曹县经济开发区管理委员会", "县经济开发区管委会", "park_administration"),
    ("gaj", "曹县公安局", "县公安局", "public_security"),
    ("yjj", "曹县应急管理局", "县应急管理局", "emergency"),
    ("wxb", "中共曹县县委网络安全和信息化委员会办公室", "县委网信办", "publicity"),
    ("jtysj", "曹县交通运输局", "县交通运输局", "transport"),
    ("yzj", "曹县邮政管理局", "县邮政管理局", "transport"),
    ("whl", "曹县文化和旅游局", "县文旅局", "culture_tourism"),
    ("zfj", "曹县综合行政执法局", "县综合行政执法局", "housing_construction"),
    ("zjj", "曹县住房和城乡建设局", "县住房城乡建设局", "housing_construction"),
    ("rhz", "中国人民银行曹县支行", "人行曹县支行", "financial_regulation"),
    ("mzj", "曹县民政局", "县民政局", "civil_affairs"),
    ("sthj", "菏泽市生态环境局曹县分局", "市生态环境局曹县分局", "ecology_environment"),
    ("xz", "曹县各乡镇（街道）", "各乡镇（街道）", "local_government"),
]
AGENCIES = [Agency(code, name, [alias], cat) for code, name, alias, cat in A]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "曹县“人工智能+”行动2026年工作要点"
DOC_NUMBER = "曹政办字〔2026〕4号"
NOTICE_TITLE = "曹县人民政府办公室关于印发《曹县“人工智能+”行动2026年工作要点》的通知"
NOTICE = [
    "各乡镇人民政府、街道办事处，县经济开发区管委会，县政府各部门，各有关单位：",
    "《曹县“人工智能+”行动2026年工作要点》已经县政府同意，现印发给你们，请结合工作实际，认真抓好落实。工作中遇到的重大问题，请及时报告县政府。",
]
SIGNATURE = ["曹县人民政府办公室", "2026年2月26日"]
PREAMBLE = "为深入贯彻落实省、市关于实施“人工智能+”行动的部署要求，抢抓人工智能技术快速发展和应用普及的重大机遇，推动人工智能与我县直播电商、演出服饰、木制品、特色农业等产业深度融合，加快发展新质生产力，打造鲁西南县域人工智能应用示范区，现制定2026年工作要点如下。"
THINKING = "总体要求：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届历次全会精神，紧紧围绕县委、县政府决策部署，坚持产业为本、应用牵引、数据赋能、安全可控，聚焦直播电商、演出服饰、木制品、特色农业等优势产业，以场景建设为抓手，以企业应用为主体，推动人工智能与县域经济社会发展深度融合，为建设现代化强县提供有力支撑。"
GOAL_TEXT = "2026年，全县人工智能赋能产业发展取得明显成效：建成县级智能算力中心一个，算力规模达到一百P；新增人工智能应用场景二十个以上；培育“人工智能+”示范企业十家；推动直播电商、演出服饰、木制品等特色产业数字化转型企业突破三百家；开展人工智能技能培训五千人次以上。"
GOAL_MORE = "通过一年努力，人工智能在全县重点产业、重点领域的应用广度和深度明显提升，企业应用人工智能的意识和能力显著增强，“人工智能+”应用生态初步形成，力争全县人工智能应用水平走在全市前列。"
GOAL_TARGETS = [
    Target("县级智能算力中心", "个", "eq", 1, "建成县级智能算力中心一个"),
    Target("算力规模", "P", "eq", 100, "算力规模达到一百P", kind="computing_power"),
    Target(
        "新增人工智能应用场景",
        "个",
        "gte",
        20,
        "新增人工智能应用场景二十个以上",
        kind="application_scenarios",
        aggregation="flow",
    ),
    Target("“人工智能+”示范企业", "家", "eq", 10, "培育“人工智能+”示范企业十家"),
    Target(
        "特色产业数字化转型企业",
        "家",
        "gt",
        300,
        "推动直播电商、演出服饰、木制品等特色产业数字化转型企业突破三百家",
    ),
    Target(
        "人工智能技能培训",
        "人次",
        "gte",
        5000,
        "开展人工智能技能培训五千人次以上",
        aggregation="flow",
    ),
]
RULE = "各项任务责任单位中排在第一位的为牵头单位，其余为配合单位。"

# (group no, title, [(no, title, rest, bodies, 完成时限, due, targets)])
GROUPS = [
    (
        "（一）",
        "夯实算力数据底座",
        [
            (
                "1",
                "建设县级智能算力中心",
                "依托县经济开发区数据中心改造建设智能算力中心，算力规模达到一百P，为直播电商、智能制造等提供普惠算力服务。",
                ["县工信局", "县大数据中心", "县经济开发区管委会"],
                "2026年9月底前",
                "2026-09-30",
                [],
            ),
            (
                "2",
                "推进公共数据开放利用",
                "完善县级公共数据资源目录，全年新增开放公共数据集五十个，推动政务数据向电商、物流等领域有序开放。",
                ["县大数据中心", "县行政审批服务局"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "新增开放公共数据集",
                        "个",
                        "eq",
                        50,
                        "全年新增开放公共数据集五十个",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "（二）",
        "赋能特色产业发展",
        [
            (
                "3",
                "推进“人工智能+电商”",
                "支持直播电商企业应用数字人主播、智能选品、智能客服等工具，建设人工智能直播基地两个，培育年销售额超亿元的电商企业十五家。",
                ["县商务局", "县市场监管局", "各乡镇（街道）"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target("人工智能直播基地", "个", "eq", 2, "建设人工智能直播基地两个"),
                    Target(
                        "年销售额超亿元的电商企业",
                        "家",
                        "eq",
                        15,
                        "培育年销售额超亿元的电商企业十五家",
                    ),
                ],
            ),
            (
                "4",
                "推进“人工智能+演出服饰”",
                "推广智能设计、智能排版和智能裁剪设备，支持汉服等演出服饰企业运用生成式人工智能开展款式设计，完成智能化改造企业三十家。",
                ["县工信局", "县科技局", "县直有关部门"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "完成智能化改造的演出服饰企业",
                        "家",
                        "eq",
                        30,
                        "完成智能化改造企业三十家",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "5",
                "推进“人工智能+木制品”",
                "推动木制品、家具企业应用视觉检测、柔性生产和智能仓储，建设智能工厂（数字化车间）五个。",
                ["县工信局", "县经济开发区管委会"],
                "2026年12月底前",
                "2026-12-31",
                [Target("智能工厂（数字化车间）", "个", "eq", 5, "建设智能工厂（数字化车间）五个")],
            ),
            (
                "6",
                "推进“人工智能+现代农业”",
                "在芦笋、山药等特色种植基地推广智能灌溉、病虫害智能识别，建设智慧农业示范基地八个。",
                ["县农业农村局", "各乡镇（街道）"],
                "2026年11月底前",
                "2026-11-30",
                [Target("智慧农业示范基地", "个", "eq", 8, "建设智慧农业示范基地八个")],
            ),
        ],
    ),
    (
        "（三）",
        "提升民生服务水平",
        [
            (
                "7",
                "推进“人工智能+教育”",
                "开展中小学人工智能通识教育，建设人工智能教育特色学校十所，培训教师一千人次。",
                ["县教体局"],
                "2026年8月底前",
                "2026-08-31",
                [
                    Target("人工智能教育特色学校", "所", "eq", 10, "建设人工智能教育特色学校十所"),
                    Target("培训教师", "人次", "eq", 1000, "培训教师一千人次", aggregation="flow"),
                ],
            ),
            (
                "8",
                "推进“人工智能+医疗”",
                "推动县人民医院等县级医院部署人工智能辅助诊断系统，乡镇卫生院人工智能辅助诊断应用覆盖率达到百分之六十。",
                ["县卫健局"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "乡镇卫生院人工智能辅助诊断应用覆盖率",
                        "%",
                        "eq",
                        60,
                        "乡镇卫生院人工智能辅助诊断应用覆盖率达到百分之六十",
                    )
                ],
            ),
            (
                "9",
                "推进“人工智能+政务服务”",
                "上线“曹县智能导办”服务，实现一百项高频政务服务事项智能导办。",
                ["县行政审批服务局", "县大数据中心"],
                "2026年6月底前",
                "2026-06-30",
                [
                    Target(
                        "智能导办高频政务服务事项",
                        "项",
                        "eq",
                        100,
                        "实现一百项高频政务服务事项智能导办",
                    )
                ],
            ),
        ],
    ),
    (
        "（四）",
        "优化产业发展生态",
        [
            (
                "10",
                "加强人才培育",
                "开展全民数字技能提升行动，全年开展人工智能技能培训五千人次以上，其中面向电商从业人员培训不少于三千人次。",
                ["县人社局", "县商务局", "县教体局"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "面向电商从业人员人工智能技能培训",
                        "人次",
                        "gte",
                        3000,
                        "其中面向电商从业人员培训不少于三千人次",
                        aggregation="flow",
                        parent="T6",
                    )
                ],
            ),
            (
                "11",
                "强化项目招引",
                "全年开展人工智能专题招商活动四次，引进人工智能相关项目五个以上。",
                ["县商务局", "县经济开发区管委会", "各乡镇（街道）"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "人工智能专题招商活动",
                        "次",
                        "eq",
                        4,
                        "全年开展人工智能专题招商活动四次",
                        aggregation="flow",
                    ),
                    Target(
                        "引进人工智能相关项目",
                        "个",
                        "gte",
                        5,
                        "引进人工智能相关项目五个以上",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "12",
                "加大政策支持",
                "落实省、市人工智能相关扶持政策，县财政统筹安排五百万元专项资金支持“人工智能+”场景建设。",
                ["县财政局", "县发改局", "县工信局"],
                "2026年5月底前",
                "2026-05-31",
                [],
            ),
            (
                "13",
                "营造良好氛围",
                "依托县融媒体中心开设“人工智能+”专栏，举办曹县人工智能应用创新大赛一次。",
                ["县融媒体中心", "县工信局"],
                "2026年10月底前",
                "2026-10-31",
                [
                    Target(
                        "举办曹县人工智能应用创新大赛",
                        "次",
                        "eq",
                        1,
                        "举办曹县人工智能应用创新大赛一次",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "（五）",
        "提升安全治理能力",
        [
            (
                "14",
                "推进“人工智能+社会治理”",
                "在城区主干道、重点商圈和物流园区部署智能视频分析点位五百个，推动矛盾纠纷、安全隐患等事件智能发现、自动分拨、限时办结。",
                ["县公安局", "县大数据中心", "各乡镇（街道）"],
                "2026年12月底前",
                "2026-12-31",
                [Target("智能视频分析点位", "个", "eq", 500, "部署智能视频分析点位五百个")],
            ),
            (
                "15",
                "推进“人工智能+安全生产”",
                "推动木制品、演出服饰等劳动密集型企业应用火灾隐患智能识别、人员行为智能监测等技术，覆盖重点企业一百家，提升企业本质安全水平。",
                ["县应急管理局", "县工信局"],
                "2026年10月底前",
                "2026-10-31",
                [
                    Target(
                        "应用安全生产智能监测技术的重点企业", "家", "eq", 100, "覆盖重点企业一百家"
                    )
                ],
            ),
            (
                "16",
                "加强数据和网络安全",
                "落实网络安全等级保护制度，加强政务数据和公共数据安全管理，开展人工智能应用安全风险排查，防范数据泄露和算法滥用风险。",
                ["县委网信办", "县公安局", "县大数据中心"],
                "全年持续推进",
                None,
                [],
            ),
        ],
    ),
]

# A sixth group of rows (numbers follow on).
GROUPS.append(
    (
        "（六）",
        "拓展融合应用新场景",
        [
            (
                "17",
                "推进“人工智能+物流快递”",
                "支持快递物流企业应用智能分拣、智能路径规划和无人仓储，建设县级智慧物流分拨中心一处，推动农村寄递物流智能化改造，降低电商企业物流成本。",
                ["县交通运输局", "县商务局", "县邮政管理局"],
                "2026年12月底前",
                "2026-12-31",
                [Target("县级智慧物流分拨中心", "处", "eq", 1, "建设县级智慧物流分拨中心一处")],
            ),
            (
                "18",
                "推进“人工智能+文化旅游”",
                "围绕庄子文化、汉服文化等特色资源，开发智能导览、数字人讲解等服务，打造“汉服+文旅”沉浸式体验场景，推动文旅消费提质扩容。",
                ["县文旅局", "县商务局"],
                "2026年9月底前",
                "2026-09-30",
                [],
            ),
            (
                "19",
                "推进“人工智能+城市管理”",
                "推动城市管理、市政设施、环境卫生等领域应用智能巡查和问题自动识别，提升城市精细化管理水平，推动城市管理问题发现处置闭环运行。",
                ["县综合行政执法局", "县住房城乡建设局", "县大数据中心"],
                "2026年12月底前",
                "2026-12-31",
                [],
            ),
        ],
    )
)

GROUPS[-1][2].extend(
    [
        (
            "20",
            "推进“人工智能+金融服务”",
            "引导银行机构运用大数据和人工智能开展企业信用画像，为电商、演出服饰等中小企业提供线上信用贷款，全年新增“人工智能+”领域企业贷款五亿元以上。",
            ["县财政局", "人行曹县支行", "县商务局"],
            "2026年12月底前",
            "2026-12-31",
            [
                Target(
                    "新增“人工智能+”领域企业贷款",
                    "亿元",
                    "gte",
                    5,
                    "全年新增“人工智能+”领域企业贷款五亿元以上",
                    aggregation="flow",
                )
            ],
        ),
        (
            "21",
            "推进“人工智能+养老服务”",
            "在城区和有条件的乡镇推广智能手环、跌倒监测、紧急呼叫等智能养老设备，建设智慧养老服务站点十个，为居家老年人提供智能化健康监测和生活照料服务。",
            ["县民政局", "县卫健局", "各乡镇（街道）"],
            "2026年11月底前",
            "2026-11-30",
            [Target("智慧养老服务站点", "个", "eq", 10, "建设智慧养老服务站点十个")],
        ),
        (
            "22",
            "推进“人工智能+生态环境”",
            "推动生态环境监测数据智能分析，运用人工智能开展大气污染源识别、秸秆焚烧火点监测和河道水质预警，提升生态环境监管精准化水平。",
            ["市生态环境局曹县分局", "县农业农村局", "各乡镇（街道）"],
            "全年持续推进",
            None,
            [],
        ),
    ]
)


# Sentences of no figure that lengthen the cells as real tables run (appended to each task cell).
MORE = {
    "建设县级智能算力中心": "推动算力中心与市级算力调度平台互联互通，探索“算力+电商”“算力+制造”服务模式，降低中小企业用算成本。",
    "推进公共数据开放利用": "建立公共数据开放需求征集机制，优先开放企业登记、物流快递、农产品市场等高价值数据，加强数据安全管理和个人信息保护。",
    "推进“人工智能+电商”": "组织开展电商企业人工智能应用培训和对接活动，推广智能生成商品图文、短视频和直播脚本，提升电商运营效率和品牌影响力。规范数字人直播行为，维护公平有序的网络交易秩序。",
    "推进“人工智能+演出服饰”": "支持建设演出服饰设计素材库和版型数据库，鼓励企业开展原创设计和知识产权保护，推动产业由代工生产向设计创意转型。",
    "推进“人工智能+木制品”": "引导龙头企业带动配套企业协同改造，推广订单驱动、柔性定制的生产模式，提升木制品产业质量效益。",
    "推进“人工智能+现代农业”": "推动农业生产经营主体应用农业物联网和智能农机装备，探索建设农产品质量安全智能追溯体系。",
    "推进“人工智能+教育”": "推动人工智能助教、智能学情分析等应用进课堂，利用智能教育平台扩大优质教育资源覆盖面，缩小城乡教育差距。",
    "推进“人工智能+医疗”": "推动县域医共体内影像、检验等数据互联互通，利用人工智能提升基层常见病、多发病诊疗能力。",
    "推进“人工智能+政务服务”": "梳理高频事项办事指南和常见问题，建设县级政务服务知识库，推动智能导办与“好差评”系统联动，持续优化办事体验。",
    "加强人才培育": "鼓励职业院校、培训机构与电商、制造企业联合开发培训课程，推动人工智能应用能力培训与就业服务相衔接。",
    "强化项目招引": "建立人工智能招商项目库，实行项目专班跟踪服务，推动签约项目早落地、早见效。",
    "加大政策支持": "加强资金使用绩效管理，确保资金精准投向、规范使用。",
    "营造良好氛围": "开展人工智能进企业、进校园、进社区科普宣传活动，及时宣传推广典型案例和经验做法。",
}
BASE = "2025年，我县深入推进数字经济发展，成功入选省级数字经济创新发展试验区，电商产业园、演出服饰产业园等载体建设加快推进，全县电商企业发展到六千余家，直播电商从业人员超过三万人，建成省级数字化车间四个，人工智能在电商运营、服饰设计等领域加快应用。同时，我县人工智能发展仍存在算力基础薄弱、专业人才不足、企业应用深度不够、数据资源开发利用不充分等短板，需要在新的一年集中攻坚突破。"

# A second sentence for some cells (no figure).
MORE2 = {
    "建设县级智能算力中心": "同步建设算力服务门户，提供算力申请、模型部署、运维监测等一站式服务。",
    "推进“人工智能+电商”": "鼓励电商产业园设立人工智能应用服务中心，为中小商户提供智能工具租用和运营辅导。",
    "推进“人工智能+演出服饰”": "组织企业参加服装设计大赛和行业展会，提升“曹县汉服”品牌知名度。",
    "推进“人工智能+木制品”": "支持企业建设跨境电商独立站，运用智能翻译、智能营销开拓海外市场。",
    "推进“人工智能+现代农业”": "支持农民专业合作社、家庭农场使用智能农机作业服务，降低生产成本。",
    "推进“人工智能+医疗”": "推广智能随访、慢病管理等应用，提升家庭医生签约服务质量。",
    "加强人才培育": "对取得人工智能相关职业技能等级证书的人员按规定落实培训补贴。",
    "强化项目招引": "用好在外曹县籍企业家资源，开展以商招商、以情招商。",
}

MORE3 = {
    "推进公共数据开放利用": "探索公共数据授权运营，支持企业开发数据产品和服务。",
    "推进“人工智能+教育”": "组织中小学生参加人工智能创新实践活动，培养学生创新思维和实践能力。",
    "推进“人工智能+政务服务”": "推动政务服务事项“智能预审”，减少材料退补次数。",
    "加大政策支持": "积极争取上级科技创新、数字经济等专项资金支持。",
    "营造良好氛围": "鼓励企业、行业协会举办人工智能应用交流活动。",
    "推进“人工智能+社会治理”": "推动基层网格员使用智能移动终端，提升基层治理精细化水平。",
    "推进“人工智能+安全生产”": "建立企业安全风险智能预警和分级处置机制。",
    "加强数据和网络安全": "开展网络安全宣传周等活动，提升全社会网络安全意识。",
    "推进“人工智能+木制品”": "推动木制品产业园区建设智能化公共仓储和物流配送中心。",
    "推进“人工智能+现代农业”": "推动农产品电商直播与智慧农业基地对接，拓宽农产品销售渠道。",
}

MORE4 = {
    "推进“人工智能+物流快递”": "推动快递企业共建共享农村末端网点，提升农村电商寄递服务时效。",
    "推进“人工智能+文化旅游”": "推动景区、文博场馆应用智能票务和客流监测系统，提升游客服务体验。",
    "推进“人工智能+城市管理”": "推动停车、环卫、园林等城市管理数据接入县级城市运行管理服务平台。",
    "推进“人工智能+金融服务”": "建立企业融资需求清单，常态化开展银企对接活动，提高首贷、信用贷比重。",
    "推进“人工智能+养老服务”": "鼓励养老服务机构与医疗机构合作，推广远程问诊、智能用药提醒等服务。",
    "推进“人工智能+生态环境”": "推动环境监测站点数据与城市运行管理平台共享，实现环境问题早发现、早处置。",
    "建设县级智能算力中心": "加强算力中心能耗管理，推广绿色节能技术应用。",
    "推进“人工智能+演出服饰”": "推动服饰企业应用智能排产系统，提升小单快反能力。",
    "推进“人工智能+安全生产”": "组织开展企业安全生产智能化改造现场观摩活动，推广典型经验。",
    "强化项目招引": "对新引进的人工智能项目实行全程帮办代办服务。",
    "推进“人工智能+社会治理”": "加强视频数据安全管理，依法保护公民个人信息。",
    "推进“人工智能+电商”": "支持电商企业培育自主品牌，推动产品向中高端迈进。",
}

REQUIREMENTS = [
    (
        "（一）",
        "强化组织推进",
        "县推进“人工智能+”行动工作专班要加强统筹调度，专班办公室设在县工信局，每月调度一次工作进展，及时协调解决重点难点问题。各牵头单位要于每季度末将工作进展情况报送专班办公室。",
    ),
    (
        "（二）",
        "压实工作责任",
        "各牵头单位要细化工作举措，明确时间节点，配合单位要主动协同，形成工作合力。各乡镇（街道）要结合产业特点，积极谋划应用场景，主动对接县直部门，推动各项任务在基层落地见效。",
    ),
    (
        "（三）",
        "强化要素保障",
        "县财政、自然资源、电力等部门要加强对人工智能项目的资金、用地、用电等要素保障，对重点项目实行“一事一议”。县大数据中心要做好算力、数据等基础支撑服务，及时响应部门和企业需求。县人社局、县教体局要加强人工智能应用人才培养，为各项任务推进提供人才支撑。",
    ),
    (
        "（四）",
        "加强督导考核",
        "县政府督查室要将工作要点落实情况纳入重点督查事项，实行清单化管理、项目化推进，对工作推进缓慢的单位予以通报，推动各项工作按时保质完成。县工信局要会同有关部门做好年度工作总结，及时总结推广典型经验做法。",
    ),
    (
        "（五）",
        "加强宣传引导",
        "县融媒体中心要开设专题专栏，广泛宣传“人工智能+”行动的政策措施、典型案例和工作成效。各有关部门要加强政策解读，及时回应企业和群众关切，营造全社会共同参与的良好氛围。",
    ),
]

GENERIC = {"县直有关部门"}


def e(text):
    return html.escape(text, quote=False)


def _build():
    goals = [Goal("2026年", GOAL_TEXT, GOAL_TARGETS)]
    rows = [
        '<tr><th width="8%">序号</th><th width="56%">工作任务</th><th width="22%">责任单位</th><th width="14%">完成时限</th></tr>'
    ]
    subs = []
    for gno, gtitle, items in GROUPS:
        rows.append(
            f'<tr><td colspan="4" style="text-align:left;font-weight:bold">{gno}{gtitle}</td></tr>'
        )
        tasks = []
        for no, title, rest, bodies, limit, due, targets in items:
            cell = f"{title}。{rest}{MORE.get(title, '')}{MORE2.get(title, '')}{MORE3.get(title, '')}{MORE4.get(title, '')}"
            rows.append(
                f'<tr><td align="center">{no}</td><td>{e(cell)}</td><td>{"、".join(bodies)}</td><td align="center">{limit}</td></tr>'
            )
            named = [ALIAS[b] for b in bodies if b not in GENERIC]
            tasks.append(Task(no, title, cell, lead=named[:1], supporting=named[1:], due=due))
            if targets:
                goals.append(Goal(title, cell, targets, numbering=no))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    reqs = [Task(no, t, f"{t}。{rest}") for no, t, rest in REQUIREMENTS]
    sections = [
        Section("二", "二、", "重点任务", "key_task", sections=subs),
        Section("三", "三、", "工作要求", "safeguard", reqs),
    ]
    body = "\n".join(
        [
            f'<p style="text-align:center"><strong>{e(NOTICE_TITLE)}</strong></p>',
            f'<p style="text-align:center">{DOC_NUMBER}</p>',
            f"<p>{NOTICE[0]}</p>",
            f'<p style="text-indent:2em">{e(NOTICE[1])}</p>',
            f'<p style="text-align:right">{SIGNATURE[0]}</p>',
            f'<p style="text-align:right">{SIGNATURE[1]}</p>',
            "<p>&nbsp;</p>",
            f'<p style="text-align:center"><strong>{e(TITLE)}</strong></p>',
            f'<p style="text-indent:2em">{e(PREAMBLE)}</p>',
            f'<p style="text-indent:2em">{e(BASE)}</p>',
            f'<p style="text-indent:2em">{e(THINKING)}</p>',
            '<p style="text-indent:2em"><strong>一、工作目标</strong></p>',
            f'<p style="text-indent:2em">{e(GOAL_TEXT)}</p>',
            f'<p style="text-indent:2em">{e(GOAL_MORE)}</p>',
            '<p style="text-indent:2em"><strong>二、重点任务</strong></p>',
            f'<p style="text-indent:2em">{RULE}</p>',
            '<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse">',
            "<tbody>",
            *rows,
            "</tbody>",
            "</table>",
            '<p style="text-indent:2em"><strong>三、工作要求</strong></p>',
            *[
                f'<p style="text-indent:2em"><strong>{no}{t}。</strong>{e(rest)}</p>'
                for no, t, rest in REQUIREMENTS
            ],
            '<p>附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=2603021.docx">曹县“人工智能+”行动2026年工作要点（文字版）.docx</a></p>',
        ]
    )
    page = PAGE.format(title=e(TITLE), docno=DOC_NUMBER, body=body)
    return page, goals, sections


PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2026-03-02 09:30">
<meta name="ContentSource" content="县政府办公室">
<title>{title}_曹县人民政府</title>
<link rel="stylesheet" href="/static/css/article.css">
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top-bar"><a href="/">首页</a> | <a href="/col/col3/">政务公开</a> | <a href="/col/col8/">政务服务</a> | <a href="/col/col12/">互动交流</a> | 无障碍浏览 | 长者模式</div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/col/col3/">政务公开</a> &gt; <a href="/col/col37/">政府文件</a> &gt; 县政府办文件</div>
<table class="xxgk-meta">
<tr><td>索引号：</td><td>11371721004231285Q/2026-00104</td><td>发布机构：</td><td>曹县人民政府办公室</td></tr>
<tr><td>成文日期：</td><td>2026-02-26</td><td>发布日期：</td><td>2026-03-02</td></tr>
<tr><td>文　　号：</td><td>{docno}</td><td>主题分类：</td><td>科技、教育</td></tr>
</table>
<div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-info">发布时间：2026-03-02 09:30　来源：县政府办公室　浏览次数：1268　【字体：大 中 小】</div>
<div class="article-content" id="zoom">
{body}
</div>
<div class="article-tools">【打印本页】【关闭窗口】</div>
<div class="related">相关解读：<a href="/art/2026/3/2/art_3721_90112.html">图解：《曹县“人工智能+”行动2026年工作要点》</a></div>
</div>
<div class="footer">主办单位：曹县人民政府办公室　承办单位：曹县大数据中心<br>网站标识码：3717210001　鲁ICP备05012345号　鲁公网安备37172102000123号</div>
</body>
</html>
"""

TEXT, GOALS, SECTIONS = _build()

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Cao County work points of the “AI+” action for 2026 — synthetic",
    "issuer": "曹县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-26",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.html",
}
EXTRACTION = {
    "zone": {"slug": "caoxian-county", "name": "曹县", "name_en": "Cao County", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = f"""# {TITLE} ({PLAN["issuer"]}, {DOC_NUMBER}, 2026-02-26) — SYNTHETIC
# (synthetic_at): WRITTEN by the collector (helper blindAT, 2026-12-05) before reading or running the importer; no such document is claimed to exist.
# Built by make_files.py from doc_caoxian.py as the county portal's article page saved by a browser (.html, UTF-8; navigation, a 信息公开 metadata
#   table, 【打印本页】 and a footer around the article).
# Zone caoxian-county (山东 菏泽市 曹县; a county → city level, as SOURCES.md puts county-level cities: a judgement call): a one-year plan,
#   period 2026–2026, milestone 2026.
# A 2025 paragraph after the preamble (六千余家, 三万人, 四个: baselines, no target) and a 总体要求： paragraph (no figure, not a section).
# Goals: 一、工作目标 = one paragraph "2026年，…：…；…。" → one goal titled 2026年 (a second paragraph, "通过一年努力，…", holds no figure: no goal), six figures in Chinese numerals (一个, 一百P, 二十个, 十家, 三百家,
#   五千人次) due 2026. 建成县级智能算力中心一个 is kept as a count (1 个). 新增…场景 and 开展…培训 are flow (done within the one-year plan); 示范企业,
#   转型企业 stock.
# Outline: 二、重点任务 = a rule line, then ONE table 序号 | 工作任务 | 责任单位 | 完成时限 whose group rows （一）–（六） (spanning the columns) make
#   sub-sections, and whose rows 1–22 (numbered on) are the tasks: title = the 工作任务 cell's first phrase (before its first 。), text = the whole
#   cell; 完成时限 → due (2026年9月底前 → 2026-09-30 …). 三、工作要求 （一）–（五） run-in bold headings → safeguard tasks without roles.
# Roles: the rule "各项任务责任单位中排在第一位的为牵头单位，其余为配合单位" is applied to every row: the first body leads, the others SUPPORT (the rule
#   says 配合单位, so supporting, not responsible). 县直有关部门 (row 4) is generic: not an agency. 各乡镇（街道） is one collective agency; 人行曹县支行 (中国人民银行曹县支行) and 市生态环境局曹县分局 (the
#   city bureau's county branch, named 菏泽市生态环境局曹县分局) are bodies of their own. The notice's
#   addressee line names nobody as an actor.
# Targets: each row holding a figure of its own is a goal titled like the row's task (text = the cell). Row 1 restates 一百P (same thing, value, unit,
#   2026) → no target of its own, no goal. Row 10 restates 五千人次以上 (ONE target, kept in the goals paragraph) and adds 其中…不少于三千人次, a part of it
#   → parent T6. 年销售额超亿元 is a condition of the enterprises counted, not a target; 百分之六十 → 60 %. Not targets: 五百万元 专项资金 (a budget),
#   每月调度一次 and 每季度末 (working rules).
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""天台县2026年“人工智能+”行动工作要点 — INVENTED (synthetic_bh). The county portal's page (.html, UTF-8: nav,
an 索引号 / 发布机构 / 文号 table, the text, 打印 / 关闭 links, footer with 标识码 and ICP): 一、工作目标 of one
"2026年，…" paragraph (力争, 其中, a Chinese numeral 三家); 二、重点任务 in groups （一）–（五） whose items 1．–25． are
numbered ON across the groups and close on "（牵头单位：X；责任单位：Y）", some adding "；完成时限：2026年X月底前"
(a county prefix 县 shared once, a collective 各乡镇人民政府（街道办事处）); 三、工作要求 of three unnumbered paragraphs
led by their names, unannotated; an 附件 table of six 重点项目 with their 总投资."""

import html

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "tiantai-ai-plus-work-points-2026-synthetic"
KIND = "html"

A = [
    ("fgj", "天台县发展和改革局", "县发改局", "development_reform"),
    ("jxj", "天台县经济和信息化局", "县经信局", "industry_it"),
    ("kjj", "天台县科学技术局", "县科技局", "science_technology"),
    ("sjj", "天台县数据局", "县数据局", "big_data"),
    ("czj", "天台县财政局", "县财政局", "finance"),
    ("jyj", "天台县教育局", "县教育局", "education"),
    ("rsj", "天台县人力资源和社会保障局", "县人力社保局", "human_resources"),
    ("nyj", "天台县农业农村局", "县农业农村局", "agriculture"),
    ("wgl", "天台县文化和广电旅游体育局", "县文广旅体局", "culture_tourism"),
    ("wjj", "天台县卫生健康局", "县卫生健康局", "health"),
    ("mzj", "天台县民政局", "县民政局", "civil_affairs"),
    ("swj", "天台县商务局", "县商务局", "commerce"),
    ("scj", "天台县市场监督管理局", "县市场监管局", "market_regulation"),
    ("zfw", "天台县政务服务管理办公室", "县政务服务办", "government_services"),
    ("jtj", "天台县交通运输局", "县交通运输局", "transport"),
    ("kfq", "天台经济开发区管理委员会", "天台经济开发区管委会", "park_administration"),
    ("rcb", "中共天台县委人才工作领导小组办公室", "县委人才办", "party_organisation"),
    ("zgj", "天台县自然资源和规划局", "县自然资源和规划局", "natural_resources"),
    ("yjj", "天台县应急管理局", "县应急管理局", "emergency"),
    ("wxb", "中共天台县委网络安全和信息化委员会办公室", "县委网信办", "other"),
    (
        "xz",
        "天台县各乡镇人民政府（街道办事处）",
        "各乡镇人民政府（街道办事处）",
        "local_government",
    ),
]
AGENCIES = [Agency(c, n, [a] if a != n else [], cat) for c, n, a, cat in A]

TITLE = "天台县2026年“人工智能+”行动工作要点"
DOC_NUMBER = "天政办发〔2026〕6号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Tiantai County key points of work for the “AI+” action in 2026 — synthetic",
    "issuer": "天台县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.html",
}

GOAL_TEXT = "2026年，全县人工智能赋能产业转型和社会治理取得新进展，新增人工智能相关企业10家以上，人工智能相关产业营业收入力争突破20亿元，其中核心产业营业收入8亿元；规模以上工业企业数字化改造覆盖率达到90%，新增智能工厂（数字化车间）8家，打造县级未来工厂试点三家；建成“人工智能+”应用场景25个，形成一批可复制推广的典型案例。"
GOAL_TARGETS = [
    Target(
        "新增人工智能相关企业",
        "家",
        "gte",
        10,
        "新增人工智能相关企业10家以上",
        kind="ai_enterprises",
        aggregation="flow",
    ),
    Target(
        "人工智能相关产业营业收入",
        "亿元",
        "gt",
        20,
        "人工智能相关产业营业收入力争突破20亿元",
        kind="related_industry_scale",
    ),
    Target(
        "人工智能核心产业营业收入",
        "亿元",
        "eq",
        8,
        "其中核心产业营业收入8亿元",
        kind="ai_industry_scale",
        parent="PREV",
    ),
    Target(
        "规模以上工业企业数字化改造覆盖率", "%", "eq", 90, "规模以上工业企业数字化改造覆盖率达到90%"
    ),
    Target(
        "新增智能工厂（数字化车间）",
        "家",
        "eq",
        8,
        "新增智能工厂（数字化车间）8家",
        aggregation="flow",
    ),
    Target("县级未来工厂试点", "家", "eq", 3, "打造县级未来工厂试点三家"),
    Target(
        "“人工智能+”应用场景",
        "个",
        "eq",
        25,
        "建成“人工智能+”应用场景25个",
        kind="application_scenarios",
    ),
]

DUE = {
    "2026-06-30": "2026年6月底前",
    "2026-09-30": "2026年9月底前",
    "2026-10-31": "2026年10月底前",
    "2026-12-31": "2026年12月底前",
}

# groups: (numbering, title, [("", title, rest, lead, responsible, printed responsible, due, targets)]); the items'
# numbers 1．… are given by their order in _build (numbered on across the groups)
GROUPS = [
    (
        "（一）",
        "夯实数字基础底座",
        [
            (
                "",
                "推进算力设施建设",
                "依托天台经济开发区建设边缘智算节点，年内新增智能算力100P，面向县内企业提供模型训练、推理等普惠算力服务，对企业租用算力按实际费用的20%给予补助，单家企业年度补助最高20万元。",
                ["sjj"],
                ["kfq", "jxj"],
                "天台经济开发区管委会、县经信局",
                "2026-10-31",
                [
                    Target(
                        "新增智能算力",
                        "P",
                        "eq",
                        100,
                        "年内新增智能算力100P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "",
                "深化公共数据开发利用",
                "完善县级公共数据平台，推进公共数据分类分级和授权运营，全年新增开放数据集30个，建设文旅、茶产业等特色领域高质量数据集3个。",
                ["sjj"],
                ["wgl", "nyj"],
                "县文广旅体局、农业农村局",
                None,
                [
                    Target(
                        "新增开放数据集",
                        "个",
                        "eq",
                        30,
                        "全年新增开放数据集30个",
                        aggregation="flow",
                    ),
                    Target(
                        "特色领域高质量数据集",
                        "个",
                        "eq",
                        3,
                        "建设文旅、茶产业等特色领域高质量数据集3个",
                    ),
                ],
            ),
            (
                "",
                "提升网络覆盖水平",
                "推进5G网络向重点乡镇、景区和工业园区深度覆盖，全年新建5G基站150个，实现行政村千兆光网通达。",
                ["jxj"],
                ["xz"],
                "各乡镇人民政府（街道办事处）",
                None,
                [Target("新建5G基站", "个", "eq", 150, "全年新建5G基站150个", aggregation="flow")],
            ),
        ],
    ),
    (
        "（二）",
        "培育壮大产业动能",
        [
            (
                "",
                "招引培育人工智能企业",
                "聚焦橡塑新材料、汽车用品、智能装备等主导产业的智能化需求，开展产业链精准招商，全年引进人工智能及相关项目6个以上，其中亿元以上项目不少于2个。",
                ["swj"],
                ["fgj", "kfq", "jxj"],
                "县发改局、天台经济开发区管委会、县经信局",
                None,
                [
                    Target(
                        "引进人工智能及相关项目",
                        "个",
                        "gte",
                        6,
                        "全年引进人工智能及相关项目6个以上",
                        aggregation="flow",
                    ),
                    Target(
                        "亿元以上人工智能及相关项目",
                        "个",
                        "gte",
                        2,
                        "其中亿元以上项目不少于2个",
                        aggregation="flow",
                        parent="PREV",
                    ),
                ],
            ),
            (
                "",
                "培育本土服务商",
                "支持本地软件和信息服务企业拓展人工智能业务，培育工业智能化服务商5家，为中小企业提供诊断咨询、方案设计和系统集成服务。",
                ["jxj"],
                ["kjj"],
                "县科技局",
                None,
                [Target("工业智能化服务商", "家", "eq", 5, "培育工业智能化服务商5家")],
            ),
            (
                "",
                "加强创新平台建设",
                "支持企业建设研发中心和重点实验室，新增市级以上企业研发机构4家，推动企业与高校院所开展人工智能技术合作。",
                ["kjj"],
                ["jxj"],
                "县经信局",
                None,
                [
                    Target(
                        "新增市级以上企业研发机构",
                        "家",
                        "eq",
                        4,
                        "新增市级以上企业研发机构4家",
                        kind="innovation_platforms",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "",
                "强化人才引育",
                "实施人工智能人才引育计划，全年引进人工智能领域紧缺人才50名，开展企业数字化转型和人工智能技能培训1000人次。",
                ["rcb"],
                ["rsj", "jxj"],
                "县人力社保局、县经信局",
                None,
                [
                    Target(
                        "引进人工智能领域紧缺人才",
                        "名",
                        "eq",
                        50,
                        "全年引进人工智能领域紧缺人才50名",
                        kind="talent",
                        aggregation="flow",
                    ),
                    Target(
                        "人工智能技能培训",
                        "人次",
                        "eq",
                        1000,
                        "人工智能技能培训1000人次",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "",
                "营造创新发展氛围",
                "举办“人工智能+”应用创新大赛和供需对接会，全年组织人工智能主题对接活动不少于4场，遴选发布一批优秀解决方案和典型应用案例，营造全社会关注、支持人工智能发展的良好氛围。",
                ["jxj"],
                ["kjj", "sjj"],
                "县科技局、县数据局",
                None,
                [
                    Target(
                        "人工智能主题对接活动",
                        "场",
                        "gte",
                        4,
                        "全年组织人工智能主题对接活动不少于4场",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "（三）",
        "深化制造业智能化改造",
        [
            (
                "",
                "推进企业智能化改造",
                "实施新一轮企业智能化技术改造行动，推广机器视觉检测、智能仓储物流、设备远程运维等应用，对年度设备投资额500万元以上的智能化改造项目，按设备投资额的10%给予补助，最高不超过300万元。",
                ["jxj"],
                ["czj", "kfq"],
                "县财政局、天台经济开发区管委会",
                None,
                [],
            ),
            (
                "",
                "建设智能工厂",
                "梯度培育智能工厂和数字化车间，推动龙头企业建设全流程智能工厂，支持中小企业实施“小快轻准”数字化改造。",
                ["jxj"],
                ["kfq"],
                "天台经济开发区管委会",
                "2026-12-31",
                [],
            ),
            (
                "",
                "推动中小企业数字化转型",
                "实施中小企业数字化转型提升行动，推广低成本、轻量化的人工智能应用工具，支持中小企业使用云化软件和智能化服务，提升研发设计、生产管理和市场营销效率。",
                ["jxj"],
                ["xz"],
                "各乡镇人民政府（街道办事处）",
                None,
                [],
            ),
            (
                "",
                "打造行业大模型应用",
                "支持汽车用品、橡塑等行业龙头企业联合技术服务商开发行业模型，在研发设计、质量检测、供应链管理等环节形成示范应用案例10个。",
                ["jxj"],
                ["kjj"],
                "县科技局",
                None,
                [
                    Target(
                        "行业模型示范应用案例",
                        "个",
                        "eq",
                        10,
                        "形成示范应用案例10个",
                        kind="application_scenarios",
                    )
                ],
            ),
            (
                "",
                "提升园区智慧化水平",
                "推进天台经济开发区智慧园区平台建设，实现企业运行、安全生产、能耗排放等数据集中监测。",
                ["kfq"],
                [],
                "",
                "2026-09-30",
                [],
            ),
        ],
    ),
    (
        "（四）",
        "拓展民生和文旅应用",
        [
            (
                "",
                "发展智慧文旅",
                "依托天台山、国清寺等景区资源，推广智能导览、数字人讲解、客流智能预测等应用，打造智慧景区3个，提升“和合文化”数字化展示水平。",
                ["wgl"],
                ["sjj"],
                "县数据局",
                None,
                [
                    Target(
                        "智慧景区", "个", "eq", 3, "打造智慧景区3个", kind="application_scenarios"
                    )
                ],
            ),
            (
                "",
                "发展智慧农业",
                "推进茶叶、中药材等特色产业智能化生产，建设数字农业工厂2家，推广病虫害智能识别和农产品溯源应用。",
                ["nyj"],
                ["xz"],
                "各乡镇人民政府（街道办事处）",
                None,
                [Target("数字农业工厂", "家", "eq", 2, "建设数字农业工厂2家")],
            ),
            (
                "",
                "推进智慧教育",
                "在全县中小学推广人工智能通识课程，建设人工智能教育实验室15个，培育人工智能教育特色学校5所。",
                ["jyj"],
                [],
                "",
                "2026-09-30",
                [
                    Target("人工智能教育实验室", "个", "eq", 15, "建设人工智能教育实验室15个"),
                    Target("人工智能教育特色学校", "所", "eq", 5, "培育人工智能教育特色学校5所"),
                ],
            ),
            (
                "",
                "发展智慧医疗和养老",
                "推动县域医共体应用人工智能辅助诊断和慢病管理系统，推广居家养老智能终端，为1500名独居老人提供智能安全监护服务。",
                ["wjj", "mzj"],
                ["xz"],
                "各乡镇人民政府（街道办事处）",
                None,
                [
                    Target(
                        "提供智能安全监护服务的独居老人",
                        "名",
                        "eq",
                        1500,
                        "为1500名独居老人提供智能安全监护服务",
                    )
                ],
            ),
            (
                "",
                "推广智慧商贸",
                "支持商贸企业应用智能营销、智能客服等工具，推动直播电商与人工智能结合，培育数字商贸示范企业10家。",
                ["swj"],
                ["scj"],
                "县市场监管局",
                None,
                [Target("数字商贸示范企业", "家", "eq", 10, "培育数字商贸示范企业10家")],
            ),
            (
                "",
                "发展智慧体育",
                "推进公共体育场馆智能化改造，推广智能健身设施和科学健身指导服务，提升全民健身公共服务水平。",
                ["wgl"],
                [],
                "",
                None,
                [],
            ),
        ],
    ),
    (
        "（五）",
        "提升智能治理效能",
        [
            (
                "",
                "推进政务服务智能化",
                "上线政务服务智能客服和智能审批辅助系统，企业和群众高频事项智能导办覆盖率达到80%以上。",
                ["zfw"],
                ["sjj"],
                "县数据局",
                "2026-06-30",
                [
                    Target(
                        "高频事项智能导办覆盖率",
                        "%",
                        "gte",
                        80,
                        "企业和群众高频事项智能导办覆盖率达到80%以上",
                    )
                ],
            ),
            (
                "",
                "推进基层治理智能化",
                "推动“基层智治”系统迭代升级，运用人工智能技术提升矛盾纠纷、安全隐患等事件智能分拨和处置效率。",
                ["sjj"],
                ["xz"],
                "各乡镇人民政府（街道办事处）",
                None,
                [],
            ),
            (
                "",
                "加强交通出行智能管理",
                "推进城区重点路口信号灯智能配时改造，建设公交智能调度系统，提升城区交通运行效率。",
                ["jtj"],
                [],
                "",
                None,
                [],
            ),
            (
                "",
                "加强森林防火智能监测",
                "在重点林区布设智能烟火识别前端，建设森林火灾智能监测预警平台，实现火情早发现、早报告、早处置。",
                ["zgj"],
                ["yjj", "xz"],
                "县应急管理局、各乡镇人民政府（街道办事处）",
                "2026-10-31",
                [],
            ),
            (
                "",
                "推进智慧市场监管",
                "推广食品生产经营智能监管和特种设备智能监测，运用人工智能开展网络交易违法行为监测。",
                ["scj"],
                [],
                "",
                None,
                [],
            ),
            (
                "",
                "筑牢数据和算法安全防线",
                "落实网络安全和数据安全责任制，开展公共数据安全风险评估，规范生成式人工智能服务备案管理，防范数据泄露、算法滥用等风险。",
                ["wxb"],
                ["sjj"],
                "县数据局",
                None,
                [],
            ),
        ],
    ),
]

REQUIREMENTS = [
    (
        "加强组织领导",
        "县数字经济发展工作领导小组统筹推进“人工智能+”行动，领导小组办公室设在县经信局，负责任务分解、协调调度和督促检查。各牵头单位要制定具体实施计划，明确责任人和时间节点，确保各项任务按期完成。各乡镇（街道）要结合实际，抓好辖区内各项任务的组织实施。",
    ),
    (
        "强化要素保障",
        "统筹县级产业发展资金支持“人工智能+”项目建设，优先保障人工智能重点项目用地、用能需求，鼓励金融机构创新科技信贷产品。加大人工智能领域人才招引力度，落实人才住房、子女入学等服务保障政策。",
    ),
    (
        "严格督查考核",
        "将工作要点落实情况纳入县对部门和乡镇（街道）年度考核，实行季度通报制度，对工作推进不力的单位予以督促整改。各牵头单位于每季度末向领导小组办公室报送工作进展情况，年底前报送全年工作总结。",
    ),
]

MORE = {
    "推进算力设施建设": "推动算力服务与工业互联网平台融合，支持企业使用云端算力开展模型训练和应用开发，降低企业智能化转型门槛。",
    "深化公共数据开发利用": "推进数据资源“一本账”管理，健全公共数据共享和开放机制，支持企业依法合规开发利用公共数据，培育数据服务新业态。",
    "提升网络覆盖水平": "加快推进工业园区网络升级改造，支持重点企业建设5G行业虚拟专网，提升工业互联网支撑能力。",
    "招引培育人工智能企业": "建立人工智能招商项目库和目标企业库，实行重点项目专班推进，推动签约项目早落地、早投产、早见效。",
    "培育本土服务商": "组织服务商与企业开展“一对一”供需对接，推广一批低成本、易部署的轻量化解决方案。",
    "加强创新平台建设": "落实企业研发费用加计扣除等政策，鼓励企业加大研发投入，推动科技成果在县内转化落地。",
    "强化人才引育": "支持企业与职业院校共建实训基地，开展订单式人才培养，落实人才住房、子女入学等服务保障。",
    "推进企业智能化改造": "组织开展智能化改造诊断服务，编制企业改造方案，形成“诊断一批、改造一批、提升一批”的工作机制。",
    "建设智能工厂": "组织企业学习借鉴省内外未来工厂建设经验，推动工厂内网改造和生产设备联网，提升生产过程透明化、智能化水平。",
    "打造行业大模型应用": "支持企业开展模型应用效果评估，总结推广典型做法，带动产业链上下游企业协同应用。",
    "提升园区智慧化水平": "推动园区企业数据接入平台，强化安全风险智能识别、能耗在线监测和环境质量智能预警，提升园区精细化管理水平。",
    "发展智慧文旅": "推动全县文旅数据整合共享，完善景区预约、停车、购票一体化服务，丰富游客智慧化体验。",
    "发展智慧农业": "推动农业生产数字化、经营网络化、管理智能化，支持农业经营主体应用智能农机和物联网设备。",
    "推进智慧教育": "开展教师人工智能应用能力培训，探索人工智能助教、智能作业批改等应用，促进教育均衡发展。",
    "发展智慧医疗和养老": "推进县域医疗健康数据共享，拓展远程会诊、远程影像等服务，提升基层医疗服务能力。",
    "推广智慧商贸": "支持特色产品借助电商平台拓展销售渠道，推动商贸流通企业数字化转型。",
    "推进政务服务智能化": "推动政务服务事项材料智能预审、表单智能填报，提升“一网通办”智能化水平。",
    "推进基层治理智能化": "推动基层数据共享和业务协同，减轻基层填报负担，提升乡镇（街道）治理能力。",
    "加强交通出行智能管理": "推广智慧停车应用，整合城区公共停车资源，缓解停车难问题。",
}
MORE3 = {
    "推进算力设施建设": "探索与周边地区算力中心开展合作，构建多元协同的算力供给体系。",
    "提升网络覆盖水平": "推进IPv6规模部署和应用，提升网络安全防护能力。",
    "招引培育人工智能企业": "加强对在建项目的跟踪服务，协调解决用地、用能、审批等方面的问题。",
    "培育本土服务商": "支持服务商参与省级工业互联网平台建设，提升本地化服务能力。",
    "强化人才引育": "鼓励企业设立首席数据官，提升企业数字化管理水平。",
    "推进企业智能化改造": "推动链主企业带动上下游中小企业协同改造，提升产业链数字化水平。",
    "建设智能工厂": "鼓励企业申报省级智能工厂和数字化车间，形成梯次发展格局。",
    "发展智慧文旅": "支持文旅企业运用生成式人工智能开发文创产品和数字内容，讲好天台山文化故事。",
    "发展智慧农业": "推动天台黄茶等特色农产品品牌建设，拓展线上销售渠道。",
    "推进智慧教育": "组织开展青少年人工智能科普活动和创新竞赛，激发学生学习兴趣。",
    "发展智慧医疗和养老": "鼓励养老机构应用智能照护设备，提升养老服务质量。",
    "推广智慧商贸": "加强网络交易监管，维护公平竞争的市场秩序。",
    "推进基层治理智能化": "推动基层治理数据与政务服务数据融合应用，提升事件处置闭环管理水平。",
}
MORE4 = {
    "推进算力设施建设": "加强算力设施安全防护，落实网络安全等级保护制度。",
    "深化公共数据开发利用": "推动公共数据在普惠金融、医疗保险、企业信用等领域的开发应用。",
    "招引培育人工智能企业": "健全招商项目评估论证机制，提高项目招引质量。",
    "加强创新平台建设": "推动企业研发机构与高校院所共建联合实验室，开展关键技术联合攻关。",
    "推进企业智能化改造": "组织企业参加智能化改造现场会和经验交流会，推广先进典型经验。",
    "打造行业大模型应用": "鼓励企业在确保数据安全的前提下开放行业数据，参与行业模型训练。",
    "提升园区智慧化水平": "推进园区企业服务事项线上办理，提升园区服务便利化水平。",
    "发展智慧文旅": "推进文旅消费数据监测分析，为文旅产业发展决策提供支撑。",
    "推进智慧教育": "推进教育数字化资源共建共享，缩小城乡教育差距。",
    "推进政务服务智能化": "推动政务服务智能客服与“12345”热线知识库共享，提升咨询解答准确率。",
    "加强森林防火智能监测": "推动森林防火监测数据与应急指挥平台互联互通，提升扑救指挥调度能力。",
}
MORE5 = {
    "提升网络覆盖水平": "统筹推进通信管线、基站站址等基础设施共建共享，降低网络建设成本。",
    "培育本土服务商": "建立服务商能力评价机制，定期发布优秀服务商名单和典型解决方案。",
    "加强创新平台建设": "支持企业引进高层次技术人才团队，提升研发机构创新能力和水平。",
    "营造创新发展氛围": "加强“人工智能+”政策宣传解读，推动政策直达企业、应享尽享。",
    "建设智能工厂": "加强智能工厂建设标准宣贯，推动企业对标提升。",
    "推动中小企业数字化转型": "鼓励平台企业和服务商为中小企业提供“先用后付”“按需订阅”等服务模式。",
    "发展智慧农业": "支持农业龙头企业、农民专业合作社建设智能化生产示范基地，带动农户增收。",
    "发展智慧体育": "推动体育场馆预约、赛事报名等服务线上办理，丰富群众健身体验。",
    "推进智慧市场监管": "推动市场监管数据与信用信息共享应用，构建以信用为基础的智能监管机制。",
    "筑牢数据和算法安全防线": "加强人工智能安全宣传教育，引导企业履行安全主体责任。",
    "加强交通出行智能管理": "推动城乡公交线路智能化优化，提升农村群众出行便利度。",
    "推进基层治理智能化": "加强乡镇（街道）工作人员数字技能培训，提升基层智能化应用能力。",
}
MORE6 = {
    "推进算力设施建设": "建立算力资源需求清单，定期组织算力供需对接，提高算力资源利用效率。",
    "招引培育人工智能企业": "加强与省内外人工智能企业的交流合作，推动优质企业在我县设立分支机构或研发中心。",
    "强化人才引育": "依托县内职业学校开设人工智能相关课程，培养适应产业发展需要的技术技能人才。",
    "推进企业智能化改造": "推动企业开展数据管理能力成熟度评估，夯实智能化改造数据基础。",
    "打造行业大模型应用": "加强行业模型应用安全管理，确保企业数据和商业秘密安全。",
    "发展智慧文旅": "推动民宿、农家乐等经营主体应用智能化管理和营销工具，提升乡村旅游服务水平。",
    "发展智慧医疗和养老": "推动医疗健康数据与养老服务数据互通共享，探索医养结合智能化服务模式。",
    "推进政务服务智能化": "推进政务服务“一件事”集成改革与智能化应用相结合，持续提升办事体验。",
    "加强森林防火智能监测": "加强森林防火智能监测设备运行维护，确保防火关键期设备正常运行。",
}
MORE7 = {
    "深化公共数据开发利用": "加强公共数据安全管理，落实数据分类分级保护要求，保障数据安全有序流动。",
    "提升网络覆盖水平": "加强对山区乡镇和景区网络质量的监测，及时解决信号弱覆盖问题。",
    "培育本土服务商": "支持服务商与高校院所开展技术合作，提升解决方案的针对性和实用性。",
    "营造创新发展氛围": "组织企业参加各类人工智能展会和交流活动，拓宽合作渠道。",
    "建设智能工厂": "加强对已建成智能工厂的跟踪评估，总结推广典型经验。",
    "提升园区智慧化水平": "加强园区平台数据安全防护，保障企业数据安全。",
    "发展智慧农业": "加强农业数字化人才培训，培育一批“数字新农人”。",
    "推进智慧教育": "加强教育数据安全和学生个人信息保护，规范人工智能教育应用。",
    "推广智慧商贸": "加强商贸企业数字化人才培训，提升企业数字化运营能力。",
    "推进智慧市场监管": "加强对人工智能产品质量和广告宣传的监督管理，维护消费者合法权益。",
}
BASIS = "2025年，我县深入实施数字经济“一号发展工程”，规模以上工业企业数字化改造覆盖率达到82%，累计建成智能工厂（数字化车间）21家，人工智能在制造、文旅、政务等领域的应用不断拓展，但仍存在产业基础较弱、专业人才不足、应用深度不够等问题。2026年是推进“人工智能+”行动的关键之年，各地各部门要紧盯目标任务，扎实推进各项工作。"
ANNEX_TITLE = "附件：天台县2026年“人工智能+”重点项目清单"
ANNEX = [
    ["序号", "项目名称", "主要建设内容", "总投资（万元）", "建设年限"],
    [
        "1",
        "天台经济开发区边缘智算节点项目",
        "建设边缘智算节点及配套机房、供电、制冷设施",
        "18000",
        "2026—2027年",
    ],
    [
        "2",
        "汽车用品行业模型应用项目",
        "开发汽车用品设计、质检和营销行业模型并开展示范应用",
        "3500",
        "2026年",
    ],
    [
        "3",
        "橡塑企业智能工厂建设项目",
        "实施生产线智能化改造，建设智能仓储和生产管控系统",
        "12000",
        "2026—2027年",
    ],
    ["4", "智慧景区提升项目", "建设景区智能导览、客流监测和预约服务系统", "2600", "2026年"],
    ["5", "县域医共体智能辅助诊断项目", "建设影像、心电等人工智能辅助诊断系统", "1800", "2026年"],
    ["6", "基层智治系统迭代升级项目", "建设事件智能分拨、矛盾纠纷智能研判等应用", "1500", "2026年"],
]
PREAMBLE = "为深入实施“人工智能+”行动，加快人工智能与实体经济和社会民生深度融合，推动全县数字经济高质量发展，根据省、市有关工作部署，结合我县实际，制定本工作要点。"


def _annotation(lead, printed, due):
    names = "、".join(AL[c] for c in lead)
    parts = [f"牵头单位：{names}"]
    if printed:
        parts.append(f"责任单位：{printed}")
    if due:
        parts.append(f"完成时限：{DUE[due]}")
    return "（" + "；".join(parts) + "）"


AL = {c: a for c, _, a, _ in A}


def _build():
    paras = [
        ("p", PREAMBLE),
        ("p", BASIS),
        ("h", "一、工作目标"),
        ("p", GOAL_TEXT),
        ("h", "二、重点任务"),
    ]
    goals = [Goal("2026年", GOAL_TEXT, GOAL_TARGETS)]
    subsections = []
    counter = 0
    for gno, gtitle, items in GROUPS:
        paras.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for _, title, rest, lead, resp, printed, due, targets in items:
            counter += 1
            no = f"{counter}．"
            rest += (
                MORE.get(title, "")
                + MORE3.get(title, "")
                + MORE4.get(title, "")
                + MORE5.get(title, "")
                + MORE6.get(title, "")
                + MORE7.get(title, "")
            )
            annot = _annotation(lead, printed, due)
            paras.append(("item", (f"{no}{title}。", rest + annot)))
            tasks.append(
                Task(no, title, f"{title}。{rest}{annot}", lead=lead, responsible=resp, due=due)
            )
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=no))
        subsections.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    paras.append(("h", "三、工作要求"))
    reqs = []
    for title, rest in REQUIREMENTS:
        paras.append(("item", (f"{title}。", rest)))
        reqs.append(Task(None, title, f"{title}。{rest}"))
    sections = [
        Section("二", "二、", "重点任务", "key_task", sections=subsections),
        Section("三", "三、", "工作要求", "safeguard", reqs),
    ]
    return paras, goals, sections


PARAS, GOALS, SECTIONS = _build()


def _body():
    out = []
    for kind, text in PARAS:
        if kind == "p":
            out.append(f'<p style="text-indent:2em;">{html.escape(text)}</p>')
        elif kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{html.escape(text)}</strong></p>')
        elif kind == "h2":
            out.append(
                f'<p style="text-indent:2em;"><strong><span style="font-family:楷体;">{html.escape(text)}</span></strong></p>'
            )
        else:
            head, rest = text
            out.append(
                f'<p style="text-indent:2em;"><strong>{html.escape(head)}</strong>{html.escape(rest)}</p>'
            )
    return "\n".join(out)


def _annex():
    rows = []
    for r, row in enumerate(ANNEX):
        tag = "th" if r == 0 else "td"
        rows.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
    return '<table class="annex" border="1" cellspacing="0">\n' + "\n".join(rows) + "\n</table>"


TEXT = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="天台县人民政府">
<meta name="ColumnName" content="县政府办文件">
<meta name="ArticleTitle" content="天台县人民政府办公室关于印发{TITLE}的通知">
<meta name="PubDate" content="2026-03-23 16:05">
<title>天台县人民政府办公室关于印发{TITLE}的通知_县政府办文件_天台县人民政府</title>
<link rel="stylesheet" href="/static/css/article.css">
<script>var siteId = "tt2026"; function printPage() {{ window.print(); }}</script>
</head>
<body>
<div class="top-bar"><span>欢迎访问天台县人民政府门户网站</span> <a href="/wza/">无障碍</a> <a href="/en/">English</a> <a href="/app/">移动版</a></div>
<div class="header"><div class="logo">天台县人民政府</div>
<div class="search"><input type="text" placeholder="请输入关键词"> <button>搜索</button></div></div>
<ul class="nav">
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/ztzl/">专题专栏</a></li><li><a href="/zjtt/">走进天台</a></li>
</ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfwj/">政府文件</a> &gt; 县政府办文件</div>
<table class="xxgk-meta">
<tr><td>索引号：</td><td>11331023002614573X/2026-06118</td><td>主题分类：</td><td>科技、教育\\科技</td></tr>
<tr><td>发布机构：</td><td>天台县人民政府办公室</td><td>成文日期：</td><td>2026-03-20</td></tr>
<tr><td>文　　号：</td><td>{DOC_NUMBER}</td><td>发布日期：</td><td>2026-03-23</td></tr>
<tr><td>名　　称：</td><td colspan="3">天台县人民政府办公室关于印发{TITLE}的通知</td></tr>
</table>
<div class="article">
<h1>天台县人民政府办公室关于印发{TITLE}的通知</h1>
<div class="info">发布时间：2026-03-23 16:05　来源：县政府办　浏览次数：<span id="hits">1286</span></div>
<div class="content">
<p>各乡镇人民政府、街道办事处，县政府直属各单位：</p>
<p style="text-indent:2em;">《{TITLE}》已经县政府同意，现印发给你们，请结合实际认真贯彻执行。</p>
<p style="text-align:right;">天台县人民政府办公室</p>
<p style="text-align:right;">2026年3月20日</p>
<p style="text-align:left;">（此件公开发布）</p>
<p style="text-align:center;"><strong>{TITLE}</strong></p>
{_body()}
<p style="text-indent:0;"><strong>{ANNEX_TITLE}</strong></p>
{_annex()}
</div>
<div class="tools"><a href="javascript:printPage();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="related"><strong>相关解读：</strong><a href="/zcjd/">《{TITLE}》政策解读</a></div>
</div>
<div class="footer">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/mzsm/">免责声明</a></p>
<p>主办：天台县人民政府办公室　承办：天台县数据局</p>
<p>网站标识码：3310230007　浙ICP备12039871号-1　浙公网安备 33102302000418号</p>
<p>地址：天台县赤城街道人民东路1号　联系电话：0576-83881234</p>
</div>
</body>
</html>
"""

EXTRACTION = {
    "zone": {
        "slug": "tiantai-county",
        "name": "天台县",
        "name_en": "Tiantai County",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 天台县2026年“人工智能+”行动工作要点 (天台县人民政府办公室, 天政办发〔2026〕6号, 2026-03-20) — SYNTHETIC
# (synthetic_bh): WRITTEN by the collector (helper blindbh, 2026-12-06) before reading or running the importer; no such
#   document is claimed to exist. Built by make_files.py from doc_tiantai.py as the county portal's page (.html, UTF-8).
# Zone tiantai-county (浙江 天台县; a county → district level, the schema's county-level value, as synthetic_ay's 固始 did);
#   period 2026 (a one-year 工作要点).
# Outline: the portal's chrome (nav, crumb, an 索引号 / 发布机构 / 文号 table, 打印 / 关闭 links, 相关解读, footer), the notice
#   (addressee, one sentence, signature, date, "（此件公开发布）"), the title, a preamble, a 2025 paragraph
#   (82%, 累计21家: baselines, no target); 一、工作目标 = one untitled paragraph
#   "2026年，…" (→ goal titled 2026年); 二、重点任务 (a key_task section) of groups （一）–（五） (sub-sections) whose items
#   1．–25． are numbered ON across the groups, each closing on "（牵头单位：X；责任单位：Y）", some adding "；完成时限：…",
#   five naming a lead alone; 三、工作要求 = three unnumbered paragraphs led by their names → safeguard tasks titled by the name,
#   unannotated. After them "附件：天台县2026年“人工智能+”重点项目清单", a table of six named projects with 总投资（万元） and 建设年限
#   → no task, no target (a list of projects, as the convention reads project boxes).
# Tasks: title = the heading phrase before the first 。; text = heading + body + the closing annotation, without the number;
#   due = the 完成时限's month end.
# Roles as worded: 牵头单位 → lead (two leads in 17．), 责任单位 → responsible (not supporting: the convention for
#   "(牵头单位:X;责任单位:Y)"). The shared prefix "县文广旅体局、农业农村局" expands to two 天台县 bodies. 各乡镇人民政府（街道办事处）
#   is one collective (the towns and sub-districts). "领导小组办公室设在县经信局" / "各牵头单位" assign no role.
# Targets: the paragraph's seven (力争 keeps the comparator; 其中核心产业营业收入8亿元 a part of the 相关产业 revenue; 三家 → 3;
#   新增… → flow; 打造/建成 counts, revenue and coverage → stock, as synthetic_ay's one-year 马鞍山 plan reads them). Items holding figures are goals titled like
#   the item (text without number and annotation); every figure is due 2026 (the plan's only year; a 完成时限 is in 2026 too).
#   全年… / 年内… / 新增… / 引进… / 培训… → flow; counts of things built (景区, 实验室, 工厂 …) stock. Not targets: the 20% / 20万元
#   subsidy, the 500万元 project condition and 10% / 300万元 subsidy, 亿元以上 as a project size (its count 不少于2个 is one), “12345” (a hotline), the 附件 table's 总投资.
"""

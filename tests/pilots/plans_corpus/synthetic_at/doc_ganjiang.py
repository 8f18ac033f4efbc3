# ruff: noqa: E501  (plan text as the office writes it)
"""赣江新区“人工智能+”产业发展行动方案（2026—2027年） — INVENTED (synthetic_at). A .docx printed to PDF
by LibreOffice: 一、总体要求, 二、主要目标 = an opening sentence without figures and four "——X。…" goal lines, 三、重点任务
of five groups （一）–（五） whose items 1. 2. … restart in each group, each followed by its own line
"牵头单位：X；配合单位：Y；完成时限：Z"; group （三） names its lead on the heading
"（牵头单位：新区经发局）" and its items only "配合单位：…；完成时限：…"; three items restate a goal figure;
四、保障措施 （一）–（四） unannotated."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "ganjiang-ai-plus-2026-synthetic"
KIND = "pdf"

A = [
    ("jfj", "赣江新区经济发展局", "新区经发局", "development_reform"),
    ("kcj", "赣江新区科技创新局", "新区科创局", "science_technology"),
    ("cjj", "赣江新区财政金融局", "新区财金局", "finance"),
    ("zsj", "赣江新区招商服务局", "新区招商服务局", "commerce"),
    ("sfj", "赣江新区社会发展局", "新区社会发展局", "other"),
    ("spj", "赣江新区行政审批局", "新区行政审批局", "government_services"),
    ("dqb", "赣江新区党群工作部", "新区党群工作部", "party_organisation"),
    ("dsj", "赣江新区大数据中心", "新区大数据中心", "big_data"),
    ("zgj", "赣江新区自然资源和规划建设局", "新区自然资源和规划建设局", "natural_resources"),
    ("yjj", "赣江新区应急管理局", "新区应急管理局", "emergency"),
    ("jtjt", "赣江新区建设投资集团", "新区建设投资集团", "state_enterprise"),
    ("zt", "赣江新区各组团管理机构", "各组团管理机构", "local_government"),
]
AGENCIES = [Agency(code, name, [alias], cat) for code, name, alias, cat in A]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "赣江新区“人工智能+”产业发展行动方案（2026—2027年）"
DOC_NUMBER = "赣新管发〔2026〕5号"
HEAD = "赣江新区管理委员会文件"
NOTICE_TITLE = (
    "赣江新区管理委员会关于印发《赣江新区“人工智能+”产业发展行动方案（2026—2027年）》的通知"
)
NOTICE = [
    "各组团管理机构，新区各部门、各直属单位：",
    "现将《赣江新区“人工智能+”产业发展行动方案（2026—2027年）》印发给你们，请认真抓好贯彻落实。各牵头单位要会同配合单位细化工作举措，每季度末将工作进展情况报送新区经发局。",
]
SIGNATURE = ["赣江新区管理委员会", "2026年4月15日"]
PREAMBLE = "为全面贯彻落实国家和省关于深入实施“人工智能+”行动的部署要求，发挥国家级新区改革创新和产业集聚优势，推动人工智能技术创新、产业发展和融合应用，加快打造全省人工智能产业发展引领区，结合新区实际，制定本方案。"
BASE = "近年来，新区坚持把数字经济作为发展的“一号工程”，2025年人工智能核心产业营业收入达到118亿元，集聚人工智能相关企业186家，建成智能算力1200P，光电信息、智能装备等主导产业智能化水平不断提升，人工智能发展具备较好基础。但也要看到，新区人工智能产业仍存在龙头企业带动不强、高端人才不足、应用场景开放不够等短板，亟需加力推进。"
GUIDE = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实省委、省政府关于数字经济“一号发展工程”的部署，坚持创新引领、应用牵引、生态培育、安全可控，以算力为基础、数据为要素、场景为牵引、产业为核心，推动人工智能与实体经济深度融合，为新区高质量跨越式发展注入强劲动能，努力在全省“人工智能+”行动中走在前、作示范。"
PRINCIPLES = [
    "坚持创新引领。强化人工智能关键技术攻关和成果转化，以科技创新引领产业创新，培育发展新质生产力。",
    "坚持应用牵引。以场景开放带动技术迭代和产业集聚，推动人工智能在制造、城市治理、政务服务和社会民生等领域规模化应用。",
    "坚持生态培育。统筹算力、数据、模型、人才、资本等要素，营造开放包容、充满活力的产业创新生态。",
    "坚持安全可控。统筹发展和安全，健全人工智能安全治理体系，守住数据安全和伦理底线。",
]
OPENING = "到2027年，新区人工智能产业集聚效应明显，创新能力和应用水平走在全省前列，努力建成全省人工智能产业发展引领区。具体目标如下："

# (title, rest, targets) — "——{title}。{rest}"
GOAL_LINES = [
    (
        "产业规模持续壮大",
        "人工智能核心产业营业收入突破200亿元，集聚人工智能相关企业300家以上，其中规模以上企业不少于60家。",
        [
            Target(
                "人工智能核心产业营业收入",
                "亿元",
                "gt",
                200,
                "人工智能核心产业营业收入突破200亿元",
                kind="ai_industry_scale",
            ),
            Target(
                "人工智能相关企业",
                "家",
                "gte",
                300,
                "集聚人工智能相关企业300家以上",
                kind="ai_enterprises",
            ),
            Target(
                "规模以上人工智能相关企业",
                "家",
                "gte",
                60,
                "其中规模以上企业不少于60家",
                parent="PREV",
            ),
        ],
    ),
    (
        "算力底座更加坚实",
        "新区智能算力规模达到3000P，建成行业高质量数据集30个，算力网络和数据要素市场体系基本形成。",
        [
            Target(
                "智能算力规模", "P", "eq", 3000, "新区智能算力规模达到3000P", kind="computing_power"
            ),
            Target("行业高质量数据集", "个", "eq", 30, "建成行业高质量数据集30个"),
        ],
    ),
    (
        "融合应用全面铺开",
        "打造“人工智能+”标杆场景50个，推动200家以上规上工业企业开展智能化改造。",
        [
            Target(
                "“人工智能+”标杆场景",
                "个",
                "eq",
                50,
                "打造“人工智能+”标杆场景50个",
                kind="application_scenarios",
            ),
            Target(
                "开展智能化改造的规上工业企业",
                "家",
                "gte",
                200,
                "推动200家以上规上工业企业开展智能化改造",
            ),
        ],
    ),
    (
        "创新生态日益完善",
        "建设人工智能公共服务平台2个以上，引育人工智能领域高层次人才团队20个。",
        [
            Target(
                "人工智能公共服务平台",
                "个",
                "gte",
                2,
                "建设人工智能公共服务平台2个以上",
                kind="innovation_platforms",
            ),
            Target(
                "人工智能领域高层次人才团队",
                "个",
                "eq",
                20,
                "引育人工智能领域高层次人才团队20个",
                kind="talent",
            ),
        ],
    ),
]

# (group no, title, heading lead or None, [(no, title, rest, lead, supporting, 完成时限, due, targets)])
GROUPS = [
    (
        "（一）",
        "筑牢智能算力底座",
        None,
        [
            (
                "1.",
                "建设智算中心集群",
                "加快建设赣江新区智算中心二期、儒乐湖数据中心等项目，新增智能算力1500P，构建通用算力、智能算力、超算协同发展的算力体系。推动新区算力调度平台接入全省算力网络，实现算力资源统一调度、按需供给。",
                ["新区经发局"],
                ["新区自然资源和规划建设局", "新区建设投资集团"],
                "2027年底",
                2027,
                [
                    Target(
                        "新增智能算力",
                        "P",
                        "eq",
                        1500,
                        "新增智能算力1500P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "2.",
                "推进数据资源开发利用",
                "依托新区大数据中心建设公共数据授权运营平台，推动交通、能源、医疗等领域公共数据有序开放，建成行业高质量数据集30个。培育数据标注、数据合成等数据服务企业，探索数据产品登记和交易。",
                ["新区大数据中心"],
                ["新区经发局", "新区行政审批局"],
                "2027年底",
                2027,
                [],
            ),
            (
                "3.",
                "降低企业用算成本",
                "设立“赣新算力券”，每年发放额度不超过2000万元，对区内企业租用智能算力开展模型训练和推理给予支持。2026年6月底前出台算力券管理实施细则，明确申领条件和兑付流程。",
                ["新区财金局"],
                ["新区经发局"],
                "2026年6月底",
                "2026-06-30",
                [],
            ),
        ],
    ),
    (
        "（二）",
        "壮大人工智能产业集群",
        None,
        [
            (
                "1.",
                "招引头部企业和重大项目",
                "聚焦智能终端、智能网联汽车、行业大模型等领域，绘制产业链招商图谱，每年引进人工智能产业项目20个以上，其中总投资10亿元以上项目不少于3个。建立重大项目“一事一议”和全程代办机制。",
                ["新区招商服务局"],
                ["各组团管理机构"],
                "持续推进",
                None,
                [
                    Target(
                        "引进人工智能产业项目",
                        "个",
                        "gte",
                        20,
                        "每年引进人工智能产业项目20个以上",
                        per_year=True,
                    ),
                    Target(
                        "引进总投资10亿元以上人工智能产业项目",
                        "个",
                        "gte",
                        3,
                        "其中总投资10亿元以上项目不少于3个",
                        per_year=True,
                        parent="PREV",
                    ),
                ],
            ),
            (
                "2.",
                "培育创新型企业梯队",
                "实施人工智能企业“育苗壮干”计划，2026年新增国家高新技术企业30家，到2027年培育专精特新“小巨人”企业5家以上。对首次认定的企业按规定给予奖励。",
                ["新区科创局"],
                ["新区经发局", "新区财金局"],
                "2027年底",
                2027,
                [
                    Target(
                        "新增国家高新技术企业",
                        "家",
                        "eq",
                        30,
                        "2026年新增国家高新技术企业30家",
                        deadline=2026,
                        aggregation="flow",
                    ),
                    Target(
                        "专精特新“小巨人”企业", "家", "gte", 5, "培育专精特新“小巨人”企业5家以上"
                    ),
                ],
            ),
            (
                "3.",
                "建设人工智能产业园",
                "高标准建设赣江新区人工智能产业园，新增产业载体面积30万平方米，完善孵化器、加速器和中试基地等功能配套，推动人工智能企业集聚发展。",
                ["新区自然资源和规划建设局", "新区建设投资集团"],
                ["新区招商服务局"],
                "2027年底",
                2027,
                [
                    Target(
                        "新增人工智能产业园产业载体面积",
                        "平方米",
                        "eq",
                        300000,
                        "新增产业载体面积30万平方米",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "（三）",
        "实施“人工智能+”融合应用行动",
        "新区经发局",
        [
            (
                "1.",
                "推进“人工智能+制造”",
                "推动光电信息、生物医药、智能装备等主导产业企业应用工业大模型、机器视觉质检、预测性维护等技术，年内建设智能工厂和数字化车间15个。",
                [],
                ["新区科创局", "各组团管理机构"],
                "2026年12月底",
                "2026-12-31",
                [
                    Target(
                        "智能工厂和数字化车间",
                        "个",
                        "eq",
                        15,
                        "年内建设智能工厂和数字化车间15个",
                        deadline=2026,
                    )
                ],
            ),
            (
                "2.",
                "推进“人工智能+城市治理”",
                "建设新区城市运行管理“一网统管”智能中枢，接入视频感知、环境监测等物联感知终端5万个以上，提升城市运行态势智能研判和应急处置能力。",
                [],
                ["新区大数据中心", "新区应急管理局"],
                "2027年底",
                2027,
                [
                    Target(
                        "接入物联感知终端",
                        "个",
                        "gte",
                        50000,
                        "接入视频感知、环境监测等物联感知终端5万个以上",
                    )
                ],
            ),
            (
                "3.",
                "推进“人工智能+政务服务”",
                "推广政务服务智能客服、智能预审、智能审批，实现100个高频事项“智能秒办”，企业和群众办事满意度持续提升。",
                [],
                ["新区行政审批局", "新区大数据中心"],
                "2026年12月底",
                "2026-12-31",
                [
                    Target(
                        "“智能秒办”高频事项",
                        "个",
                        "eq",
                        100,
                        "实现100个高频事项“智能秒办”",
                        deadline=2026,
                    )
                ],
            ),
            (
                "4.",
                "推进“人工智能+社会民生”",
                "在教育、医疗、养老等领域打造智能应用示范项目20个，建设人工智能教育实验校10所，推广智能辅助诊断和智慧养老服务。",
                [],
                ["新区社会发展局"],
                "2027年底",
                2027,
                [
                    Target("民生领域智能应用示范项目", "个", "eq", 20, "打造智能应用示范项目20个"),
                    Target("人工智能教育实验校", "所", "eq", 10, "建设人工智能教育实验校10所"),
                ],
            ),
        ],
    ),
    (
        "（四）",
        "优化创新发展生态",
        None,
        [
            (
                "1.",
                "建设公共服务平台",
                "建设人工智能公共服务平台2个以上，为企业提供模型训练、测试评估、场景对接等服务，每年服务企业100家次以上。",
                ["新区科创局"],
                ["新区大数据中心"],
                "2027年底",
                2027,
                [
                    Target(
                        "人工智能公共服务平台服务企业",
                        "家次",
                        "gte",
                        100,
                        "每年服务企业100家次以上",
                        per_year=True,
                    )
                ],
            ),
            (
                "2.",
                "引育高层次人才",
                "落实新区人才政策，引育人工智能领域高层次人才团队20个，每年举办人工智能创新创业大赛1次，支持区内高校与企业共建实训基地。",
                ["新区党群工作部"],
                ["新区社会发展局", "新区科创局"],
                "持续推进",
                None,
                [
                    Target(
                        "举办人工智能创新创业大赛",
                        "次",
                        "eq",
                        1,
                        "每年举办人工智能创新创业大赛1次",
                        per_year=True,
                    )
                ],
            ),
            (
                "3.",
                "强化金融支持",
                "设立规模10亿元的人工智能产业投资基金，引导社会资本投向新区人工智能企业和项目。鼓励银行机构开发“科创贷”“算力贷”等金融产品。",
                ["新区财金局"],
                ["新区建设投资集团"],
                "2026年9月底",
                "2026-09-30",
                [],
            ),
        ],
    ),
    (
        "（五）",
        "加强安全治理和标准建设",
        None,
        [
            (
                "1.",
                "强化人工智能安全监管",
                "落实生成式人工智能服务管理有关规定，指导区内企业做好算法备案和安全评估，建立人工智能安全风险监测预警和应急处置机制。加强数据安全、个人信息保护和网络安全防护，依法打击利用人工智能实施的违法犯罪活动。",
                ["新区党群工作部"],
                ["新区大数据中心", "新区应急管理局"],
                "持续推进",
                None,
                [],
            ),
            (
                "2.",
                "推进标准和知识产权建设",
                "支持企业、科研机构主导或参与制定人工智能领域国家、行业和团体标准10项以上，建设知识产权快速维权服务窗口，加强人工智能领域专利导航和高价值专利培育。",
                ["新区科创局"],
                ["新区行政审批局"],
                "2027年底",
                2027,
                [
                    Target(
                        "主导或参与制定人工智能领域国家、行业和团体标准",
                        "项",
                        "gte",
                        10,
                        "制定人工智能领域国家、行业和团体标准10项以上",
                        kind="patents_standards",
                    )
                ],
            ),
        ],
    ),
]

# Items added to groups （二） and （三） (their numbers follow on within the group).
GROUPS[1][3].append(
    (
        "4.",
        "发展智能网联汽车和智能终端产业",
        "依托新区汽车及零部件产业基础，推动车载智能系统、自动驾驶算法、智能座舱等项目落地，开放智能网联汽车测试道路50公里以上。支持企业研发智能穿戴、智能家居、服务机器人等智能终端产品，打造一批具有市场竞争力的自主品牌。",
        ["新区经发局"],
        ["新区招商服务局", "新区自然资源和规划建设局"],
        "2027年底",
        2027,
        [
            Target(
                "开放智能网联汽车测试道路", "公里", "gte", 50, "开放智能网联汽车测试道路50公里以上"
            )
        ],
    )
)
GROUPS[2][3].append(
    (
        "5.",
        "推进“人工智能+现代物流”",
        "支持新区港口、铁路物流基地和快递物流园区应用智能调度、自动分拣、无人仓储等技术，推动多式联运信息智能协同，降低企业物流成本。鼓励物流企业开展无人配送试点，探索低空物流配送应用场景。",
        [],
        ["新区招商服务局", "各组团管理机构"],
        "2027年底",
        2027,
        [],
    )
)


# Items appended to groups （四） and （五） (numbers follow on within the group).
GROUPS[3][3].append(
    (
        "4.",
        "深化开放合作",
        "加强与京津冀、长三角、粤港澳大湾区人工智能创新高地的交流合作，推动共建联合实验室、技术转移中心和产业合作园区。每年举办人工智能产业发展大会或高峰论坛1次以上，吸引国内外优质项目和人才团队落户新区。",
        ["新区招商服务局"],
        ["新区科创局", "新区经发局"],
        "持续推进",
        None,
        [
            Target(
                "举办人工智能产业发展大会或高峰论坛",
                "次",
                "gte",
                1,
                "每年举办人工智能产业发展大会或高峰论坛1次以上",
                per_year=True,
            )
        ],
    )
)
GROUPS[4][3].append(
    (
        "3.",
        "建立监测评价体系",
        "建立新区人工智能产业统计监测制度，定期开展企业运行监测和产业发展评估，编制新区人工智能产业发展年度报告。探索建立“人工智能+”应用成效评价指标体系，为政策制定和动态调整提供依据。",
        ["新区经发局"],
        ["新区大数据中心", "新区科创局"],
        "2026年12月底",
        "2026-12-31",
        [],
    )
)


# Sentences of no figure that lengthen the items as real plans run (appended to each item's text).
MORE = {
    "建设智算中心集群": "推动数据中心绿色低碳发展，支持液冷、余热利用等节能技术应用，新建智算中心能效水平达到国内先进。鼓励基础电信企业扩容新区至国家枢纽节点的直连网络带宽。",
    "推进数据资源开发利用": "建立公共数据供需对接机制，定期发布数据开放目录和场景需求清单。支持企业参与数据要素市场建设，推动数据资源向数据资产转化，依法保护数据权益。",
    "降低企业用算成本": "建立算力券申领、使用、核销全流程线上服务，优先支持中小企业和初创团队，防止重复申领和套取资金。",
    "招引头部企业和重大项目": "聚焦京津冀、长三角、粤港澳大湾区等重点区域开展驻点招商，推动龙头企业区域总部、研发中心和生产基地落户新区，带动上下游配套企业集聚。",
    "培育创新型企业梯队": "建立人工智能企业培育库，实施“一企一策”精准服务，在场景开放、融资对接、人才引进等方面给予倾斜。支持企业参与国家和行业标准制定。",
    "建设人工智能产业园": "推行“标准地”出让和“拿地即开工”审批模式，加快产业园基础设施和公共服务配套建设，打造集研发、孵化、生产、展示于一体的产业社区。",
    "推进“人工智能+制造”": "组织开展中小企业智能化改造诊断，推广一批轻量化、低成本的人工智能解决方案，推动产业链上下游企业协同开展智能化改造。",
    "推进“人工智能+城市治理”": "推动城市管理、交通运行、生态环境等领域数据汇聚共享，构建城市运行事件智能发现、自动分拨、快速处置的闭环管理机制。",
    "推进“人工智能+政务服务”": "建设政务服务知识库和智能问答系统，推动更多事项“免申即享”“无感审批”，打造新区政务服务智能化品牌。",
    "推进“人工智能+社会民生”": "推动人工智能在课堂教学、健康管理、居家养老等场景深度应用，提升公共服务均等化、普惠化、便捷化水平。",
    "建设公共服务平台": "推动平台汇聚开源模型、行业数据集和开发工具，面向中小企业提供低门槛、低成本的人工智能开发环境。",
    "引育高层次人才": "完善人才安居、子女入学、医疗保健等服务保障，对引进的领军人才团队按规定给予项目资助和生活补贴。",
    "强化金融支持": "推动政府性融资担保机构为人工智能中小企业提供增信服务，支持符合条件的企业在多层次资本市场上市挂牌融资。",
}

MORE2 = {
    "建设智算中心集群": "建立算力资源目录和服务清单，推动算力服务标准化、产品化。",
    "推进数据资源开发利用": "鼓励企业开放行业数据，联合开展数据集建设和模型训练。",
    "降低企业用算成本": "每年对算力券使用情况开展绩效评价，根据评价结果动态调整支持方式。",
    "招引头部企业和重大项目": "对重大产业项目实行领导挂点、专班服务，协调解决项目建设中的困难和问题。",
    "培育创新型企业梯队": "推动大中小企业融通发展，支持龙头企业开放技术、市场和场景资源。",
    "建设人工智能产业园": "探索“园区+基金+平台”运营模式，提升产业园专业化运营水平。",
    "推进“人工智能+制造”": "支持龙头企业建设行业工业互联网平台，带动产业链中小企业“链式”转型。",
    "推进“人工智能+城市治理”": "探索城市数字孪生建设，提升规划、建设、管理全周期智能化水平。",
    "推进“人工智能+政务服务”": "推动政务服务大模型在咨询、受理、审批等环节应用，提升审批效率和服务质量。",
    "推进“人工智能+社会民生”": "鼓励社会力量参与智慧民生服务供给，探索可持续的运营模式。",
    "建设公共服务平台": "定期举办模型应用对接会，推动平台能力与企业需求精准匹配。",
    "引育高层次人才": "支持区内高校开设人工智能相关专业，培养复合型应用人才。",
    "强化金融支持": "建立人工智能企业融资需求库，常态化开展银企对接活动。",
    "强化人工智能安全监管": "开展人工智能伦理规范宣传教育，引导企业负责任地研发和应用人工智能。",
    "推进标准和知识产权建设": "鼓励企业将自主创新成果转化为技术标准，提升行业话语权。",
}

MORE3 = {
    "建设智算中心集群": "探索算力与电力协同调度，降低智算中心用能成本。",
    "发展智能网联汽车和智能终端产业": "推动建设智能网联汽车测试评价和数据服务平台，完善车路协同基础设施。",
    "推进“人工智能+现代物流”": "推动物流园区公共信息平台智能化升级，实现物流供需信息精准匹配。",
    "深化开放合作": "支持区内企业参与共建“一带一路”数字合作项目，拓展海外市场。",
    "建立监测评价体系": "将监测评价结果作为政策资金安排和年度考核的重要依据。",
    "推进“人工智能+制造”": "组织开展智能化改造现场观摩会，推广一批可复制的典型案例。",
    "推进“人工智能+政务服务”": "加强政务服务大模型应用安全管理，确保数据不出域、结果可追溯。",
    "强化人工智能安全监管": "建立人工智能企业安全合规指引，提升企业合规经营水平。",
}

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立新区推进“人工智能+”行动工作专班，由新区管委会主要负责同志任组长，专班办公室设在新区经发局，统筹推进重大事项、重大项目和重大政策落实。各牵头单位要制定具体工作举措，明确时间表和路线图，配合单位要积极主动配合，形成上下联动、部门协同的工作格局。",
    ),
    (
        "（二）",
        "强化政策保障",
        "统筹新区产业发展专项资金，对人工智能重点项目、标杆场景和创新平台给予支持，各组团管理机构要落实配套措施，形成政策合力。积极争取国家和省级专项资金、超长期特别国债等支持，优先保障人工智能重点项目用地、用能等要素需求。用好产业引导基金，带动社会资本投向人工智能领域。",
    ),
    (
        "（三）",
        "加强督导评估",
        "建立重点任务清单和月度调度机制，对各项任务推进情况开展年度评估，评估结果纳入新区年度综合考核。对工作推进有力、成效明显的单位予以通报表扬，对推进不力的单位进行督办。建立人工智能产业发展监测统计制度，定期发布产业发展报告。",
    ),
    (
        "（四）",
        "营造良好氛围",
        "加强政策宣传解读，通过新闻媒体、网站、新媒体等渠道宣传推广人工智能典型案例和应用成果。提升新区人工智能产业知名度和影响力，营造全社会关注、支持、参与人工智能发展的浓厚氛围。",
    ),
]


# The 版记 at the end of the file: not a task.
COLOPHON = [
    "抄送：省发展改革委，省工业和信息化厅，省科技厅，省数据局。",
    "赣江新区管理委员会办公室　　　　　　　　2026年4月15日印发",
]


def line(lead, supporting, limit, with_lead=True):
    parts = []
    if with_lead:
        parts.append(f"牵头单位：{'、'.join(lead)}")
    parts.append(f"配合单位：{'、'.join(supporting)}")
    parts.append(f"完成时限：{limit}")
    return "；".join(parts)


def _build():
    blocks = [
        ("head", HEAD),
        ("docno", DOC_NUMBER),
        ("title", NOTICE_TITLE),
        ("addressee", NOTICE[0]),
        ("body", NOTICE[1]),
        ("sign", SIGNATURE[0]),
        ("date", SIGNATURE[1]),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("body", BASE),
        ("h1", "一、总体要求"),
        ("body", GUIDE),
        *[("body", text) for text in PRINCIPLES],
        ("h1", "二、主要目标"),
        ("body", OPENING),
    ]
    goals = []
    for title, rest, targets in GOAL_LINES:
        blocks.append(("body", f"——{title}。{rest}"))
        goals.append(Goal(title, f"{title}。{rest}", targets))
    blocks.append(("h1", "三、重点任务"))
    subs = []
    for gno, gtitle, glead, items in GROUPS:
        heading = f"{gno}{gtitle}" + (f"（牵头单位：{glead}）" if glead else "")
        blocks.append(("h2", heading))
        tasks = []
        for no, title, rest, lead, sup, limit, due, targets in items:
            rest += MORE.get(title, "") + MORE2.get(title, "") + MORE3.get(title, "")
            annotation = line(lead, sup, limit, with_lead=not glead)
            blocks.append(("body", f"{no}{title}。{rest}"))
            blocks.append(("body", annotation))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{rest}\n{annotation}",
                    lead=[ALIAS[n] for n in (lead or [glead])],
                    supporting=[ALIAS[n] for n in sup],
                    due=due,
                )
            )
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=no))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    blocks.append(("h1", "四、保障措施"))
    safeguards = []
    for no, title, rest in SAFEGUARDS:
        blocks.append(("h2", f"{no}{title}"))
        blocks.append(("body", rest))
        safeguards.append(Task(no, title, rest))
    blocks += [("addressee", line) for line in COLOPHON]
    sections = [
        Section("三", "三、", "重点任务", "key_task", sections=subs),
        Section("四", "四、", "保障措施", "safeguard", safeguards),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Ganjiang New Area action plan for “AI+” industry development (2026–2027) — synthetic",
    "issuer": "赣江新区管理委员会",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-15",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.pdf",
}
EXTRACTION = {
    "zone": {
        "slug": "ganjiang-new-area",
        "name": "赣江新区",
        "name_en": "Ganjiang New Area",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = f"""# {TITLE} ({PLAN["issuer"]}, {DOC_NUMBER}, 2026-04-15) — SYNTHETIC
# (synthetic_at): WRITTEN by the collector (helper blindAT, 2026-12-05) before reading or running the importer; no such document is claimed to exist.
# Built by make_files.py from doc_ganjiang.py as a .docx printed to PDF by LibreOffice (red 文件 head, a page break after the notice, footer "— N —").
# Zone ganjiang-new-area (江西; a national-level new area run by its 管理委员会 → district level, a judgement call: it is neither a province nor a
#   prefecture city): period 2026–2027, milestones 2026, 2027.
# Before the goals: a 2025 baseline paragraph after the preamble (118亿元, 186家, 1200P: baselines, no target) and 一、总体要求 (a paragraph and four
#   "坚持X。…" principle paragraphs, no figure: not a section, no task). The notice's 每季度末 is a reporting rule.
# Goals: 二、主要目标 opens with a sentence of no figure ("到2027年，…具体目标如下：", not a goal) and four lines "——X。…" → four goals titled by
#   the phrase before the first 。 (产业规模持续壮大 …), text without the leading ——, figures due 2027.
# Outline: 三、重点任务 = five groups （一）–（五） (sub-sections) whose items 1. 2. … restart in each group; each item is followed by its own line
#   "牵头单位：X；配合单位：Y；完成时限：Z" which belongs to it (the task text includes it, after a line break). Group （三）'s heading carries
#   "（牵头单位：新区经发局）" and each of its items names only 配合单位 → each item takes the heading's lead beside its own supporting bodies
#   (SOURCES.md, 德清). 完成时限 → due: 2027年底 → 2027, 2026年12月底 → 2026-12-31, 2026年6月底 → 2026-06-30, 2026年9月底 → 2026-09-30; 持续推进 → none.
#   四、保障措施 （一）–（四） (headings on their own line) → safeguard tasks without roles, text the paragraph under the heading.
# Roles as worded: 牵头单位 → lead (item （二）3 has two), 配合单位 → supporting. 各组团管理机构 is one collective agency (新区's 组团); 新区建设投资集团
#   a state enterprise. Aliases are the printed 新区X forms; names are 赣江新区X.
# After 四、保障措施 the 版记 (抄送 / 印发 lines): no task. Items （二）4, （三）5, （四）4 and （五）3 were appended to their groups.
# Targets: the goal lines' nine; each item holding a figure of its own is a goal titled like the item (text without its annotation line), its figures
#   due at its 完成时限's year (2026 for 年内 / 2026年12月底) or their own year (2026年新增国家高新技术企业30家). Printed twice, ONE target kept in the goal
#   line (SOURCES.md): 行业高质量数据集30个 (item （一）2), 人工智能公共服务平台2个以上 (item （四）1), 高层次人才团队20个 (item （四）2) — same thing,
#   value, unit, 2027. 新增智能算力1500P is another thing than 智能算力规模 (an addition, flow). 新增产业载体面积30万平方米 → 300000 平方米 (万 multiplied
#   out, as the other sets do). 每年 → per_year flow; 其中… → parent. 5万个以上 → 50000.
# Not targets: the 算力券's yearly cap (不超过2000万元, a budget), the 10亿元 fund being set up (a term of the instrument), 2026年6月底前 (a date).
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""东西湖区加快人工智能产业创新发展工作方案（2026—2027年） — INVENTED (synthetic_t, SYNTHETIC_T.md): text and expected
extraction; written as the district portal's page pasted into a UTF-8 text file."""

from common import Task, agencies, number_targets, tgt, write_yaml

ZONE = {
    "slug": "dongxihu-district",
    "name": "东西湖区",
    "name_en": "Dongxihu District",
    "level": "district",
}
PLAN = {
    "code": "dongxihu-ai-2026-synthetic",
    "title": "东西湖区加快人工智能产业创新发展工作方案（2026—2027年）",
    "title_en": "Dongxihu District work plan to speed up AI industry innovation (2026–2027) — synthetic",
    "issuer": "武汉市东西湖区人民政府办公室",
    "doc_number": "东政办〔2026〕8号",
    "issued_on": "2026-05-12",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
}
Q = "武汉市东西湖区"
AGENCIES = [
    ("fgj", f"{Q}发展和改革局", ["区发改局"], "development_reform"),
    ("sjj", f"{Q}数据局", ["区数据局"], "big_data"),
    ("jxj", f"{Q}经济和信息化局", ["区经信局"], "industry_it"),
    ("cgj", f"{Q}城市管理执法局", ["区城管执法局"], "housing_construction"),
    ("jd", "东西湖区各街道办事处", ["各街道办事处"], "local_government"),
    ("zsj", f"{Q}招商局", ["区招商局"], "commerce"),
    ("kjj", f"{Q}科学技术局", ["区科技局"], "science_technology"),
    ("lkg", "武汉临空港经济技术开发区管理委员会", ["临空港开发区管委会"], "park_administration"),
    ("zjj", f"{Q}住房和城乡建设局", ["区住建局"], "housing_construction"),
    ("scj", f"{Q}市场监督管理局", ["区市场监管局"], "market_regulation"),
    ("swj", f"{Q}商务局", ["区商务局"], "commerce"),
    ("jtj", f"{Q}交通运输局", ["区交通运输局"], "transport"),
    ("jyj", f"{Q}教育局", ["区教育局"], "education"),
    ("wjj", f"{Q}卫生健康局", ["区卫健局"], "health"),
    ("rsj", f"{Q}人力资源和社会保障局", ["区人社局"], "human_resources"),
    ("rcb", "中共武汉市东西湖区委人才工作领导小组办公室", ["区委人才办"], "party_organisation"),
    ("czj", f"{Q}财政局", ["区财政局"], "finance"),
    ("gaj", "武汉市公安局东西湖区分局", ["区公安分局"], "public_security"),
    ("zwzx", f"{Q}政务服务中心", ["区政务服务中心"], "government_services"),
    ("kx", f"{Q}科学技术协会", ["区科协"], "other"),
    ("wlj", f"{Q}文化和旅游局", ["区文旅局"], "culture_tourism"),
]

HEAD = [
    "东西湖区人民政府办公室关于印发东西湖区加快人工智能产业创新发展工作方案（2026—2027年）的通知",
    "发布时间：2026-05-12 09:30　　来源：区政府办公室　　浏览次数：",
    "【字体：大 中 小】",
    "",
    "东政办〔2026〕8号",
    "",
    "各街道办事处，区政府各部门，各管委会：",
    "　　《东西湖区加快人工智能产业创新发展工作方案（2026—2027年）》已经区人民政府同意，现印发给你们，请认真组织实施。",
    "",
    "东西湖区人民政府办公室",
    "2026年5月12日",
    "",
    "东西湖区加快人工智能产业创新发展工作方案（2026—2027年）",
    "",
    "　　为深入贯彻落实国家和省、市关于实施“人工智能+”行动的部署要求，抢抓人工智能产业发展机遇，落实《武汉市推动“人工智能+”行动方案》各项部署，发挥我区临空港经济技术开发区产业优势，推动人工智能与临空物流、智能制造、食品医药等产业深度融合，加快培育新质生产力，结合我区实际，制定本方案。",
    "　　近年来，我区人工智能产业加快集聚，2025年全区人工智能及相关产业规模达到82亿元，集聚人工智能企业126家，建成市级以上人工智能应用场景38个，智能网联汽车测试道路、临空港数字产业园等载体建设取得积极进展，为加快人工智能产业创新发展打下了较好基础。",
    "　　一、总体要求",
    "　　以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，坚持应用牵引、产业为本，坚持招引培育并重、软硬协同发展，以“人工智能+”赋能临空产业转型升级和城市治理现代化，推动人工智能产业规模、创新能力和应用水平同步提升，为建设临空经济强区提供有力支撑。",
    "　　二、工作目标",
]
GOAL_2026 = "　　到2026年底，全区人工智能及相关产业规模达到110亿元，新增人工智能企业40家以上，重点任务取得阶段性进展。"
GOAL = "　　到2027年，全区人工智能及相关产业规模突破150亿元，集聚人工智能企业200家以上，打造“人工智能+”应用场景100个，人工智能与实体经济深度融合，建成国内有影响力的“人工智能+临空产业”集聚区。"

OWN_LINE = "\n"
CHAPTERS = [
    (
        "（一）",
        "夯实算力和数据底座",
        [
            Task(
                "1.",
                "建设临空港智算中心",
                "依托临空港经济技术开发区数字产业园，引进算力运营企业建设智算中心，推动算力资源向中小企业、高校和科研院所开放共享，探索与市级算力调度平台互联互通。到2027年，建成智算中心2个，智能算力规模累计达到800PFlops。\n（责任单位：区发改局、区数据局）",
                responsible=["fgj", "sjj"],
                targets=[
                    tgt(
                        "智算中心",
                        "个",
                        "eq",
                        2,
                        2027,
                        "到2027年，建成智算中心2个",
                        kind="computing_power",
                    ),
                    tgt(
                        "智能算力规模",
                        "PFlops",
                        "eq",
                        800,
                        2027,
                        "智能算力规模累计达到800PFlops",
                        kind="computing_power",
                    ),
                ],
            ),
            Task(
                "2.",
                "推进数据资源开发",
                "推进公共数据授权运营，围绕临空物流、食品医药、智能装备等领域建设行业数据集，每年新增开放公共数据集100个以上，培育数据标注、数据治理等数据服务企业，探索数据产品在武汉数据交易中心挂牌交易。（责任单位：区数据局、区经信局）",
                responsible=["sjj", "jxj"],
                targets=[
                    tgt(
                        "新增开放公共数据集",
                        "个",
                        "gte",
                        100,
                        2027,
                        "每年新增开放公共数据集100个以上",
                        per_year=True,
                    )
                ],
            ),
            Task(
                "3.",
                "完善网络设施",
                "加快5G网络、千兆光网和物联网设施建设，到2027年，新建5G基站600个，实现重点园区、重点商圈5G网络深度覆盖，推动工业互联网标识解析在重点企业规模化应用。\n牵头单位：区经信局；配合单位：区城管执法局、各街道办事处",
                lead=["jxj"],
                supporting=["cgj", "jd"],
                targets=[tgt("新建5G基站", "个", "eq", 600, 2027, "新建5G基站600个", flow=True)],
            ),
            Task(
                "4.",
                "降低算力使用成本",
                "区财政每年安排算力券额度1000万元，对中小企业、科研机构租用区内智算中心算力开展模型训练和推理的，按实际费用给予一定比例补贴，单个主体年度补贴最高不超过100万元。（责任单位：区经信局、区财政局）",
                responsible=["jxj", "czj"],
            ),
        ],
    ),
    (
        "（二）",
        "培育人工智能产业集群",
        [
            Task(
                "1.",
                "引育人工智能企业",
                "聚焦智能网联汽车、智能装备、智慧物流等领域，绘制人工智能产业链招商图谱，开展以商招商、基金招商等精准招商，每年新引进人工智能企业30家以上，到2027年累计培育人工智能领域国家高新技术企业80家。\n（责任单位：区招商局、区科技局）",
                responsible=["zsj", "kjj"],
                targets=[
                    tgt(
                        "新引进人工智能企业",
                        "家",
                        "gte",
                        30,
                        2027,
                        "每年新引进人工智能企业30家以上",
                        per_year=True,
                        kind="ai_enterprises",
                    ),
                    tgt(
                        "人工智能领域国家高新技术企业",
                        "家",
                        "eq",
                        80,
                        2027,
                        "到2027年累计培育人工智能领域国家高新技术企业80家",
                        kind="ai_enterprises",
                    ),
                ],
            ),
            Task(
                "2.",
                "建设产业载体",
                "建设人工智能产业园1个，新增人工智能产业载体面积10万平方米，新建专业孵化器2个，其中国家级孵化器1个，为入驻企业提供算力、数据、场景对接和投融资服务，推动孵化器与高校、投资机构共建早期项目库。\n牵头单位：临空港开发区管委会；配合单位：区科技局、区住建局",
                lead=["lkg"],
                supporting=["kjj", "zjj"],
                targets=[
                    tgt("人工智能产业园", "个", "eq", 1, 2027, "建设人工智能产业园1个"),
                    tgt(
                        "新增人工智能产业载体面积",
                        "万平方米",
                        "eq",
                        10,
                        2027,
                        "新增人工智能产业载体面积10万平方米",
                        flow=True,
                    ),
                    incub := tgt(
                        "新建专业孵化器",
                        "个",
                        "eq",
                        2,
                        2027,
                        "新建专业孵化器2个",
                        flow=True,
                        kind="innovation_platforms",
                    ),
                    tgt(
                        "新建国家级孵化器",
                        "个",
                        "eq",
                        1,
                        2027,
                        "其中国家级孵化器1个",
                        flow=True,
                        kind="innovation_platforms",
                        parent=incub,
                    ),
                ],
            ),
            Task(
                "3.",
                "培育专精特新企业",
                "建立人工智能企业梯度培育库，对入库企业实行“一企一策”服务，在融资、用地、人才等方面给予优先保障，到2027年新增专精特新“小巨人”企业3家、省级专精特新中小企业20家。（责任单位：区经信局、区市场监管局）",
                responsible=["jxj", "scj"],
                targets=[
                    tgt(
                        "新增专精特新“小巨人”企业",
                        "家",
                        "eq",
                        3,
                        2027,
                        "到2027年新增专精特新“小巨人”企业3家",
                        flow=True,
                    ),
                    tgt(
                        "新增省级专精特新中小企业",
                        "家",
                        "eq",
                        20,
                        2027,
                        "省级专精特新中小企业20家",
                        flow=True,
                    ),
                ],
            ),
            Task(
                "4.",
                "发展智能网联汽车",
                "依托智能网联汽车测试道路，推动车路云一体化建设，到2027年，开放测试道路里程累计达到120公里，引进培育智能网联汽车及零部件企业10家，推动自动驾驶在物流配送、园区接驳等场景示范应用。\n牵头单位：区经信局；配合单位：区交通运输局、区公安分局",
                lead=["jxj"],
                supporting=["jtj", "gaj"],
                targets=[
                    tgt(
                        "开放测试道路里程",
                        "公里",
                        "eq",
                        120,
                        2027,
                        "开放测试道路里程累计达到120公里",
                    ),
                    tgt(
                        "引进培育智能网联汽车及零部件企业",
                        "家",
                        "eq",
                        10,
                        2027,
                        "引进培育智能网联汽车及零部件企业10家",
                        flow=True,
                    ),
                ],
            ),
        ],
    ),
    (
        "（三）",
        "推进“人工智能+”场景应用",
        [
            Task(
                "1.",
                "推进“人工智能+智慧物流”",
                "依托临空港物流枢纽，推广无人仓储、智能分拣、无人配送、智能调度等应用，支持物流企业开发行业智能体，到2027年，建成智慧物流园区3个，重点物流企业智能仓储覆盖率达到60%。（责任单位：区商务局、区交通运输局）",
                responsible=["swj", "jtj"],
                targets=[
                    tgt(
                        "智慧物流园区",
                        "个",
                        "eq",
                        3,
                        2027,
                        "到2027年，建成智慧物流园区3个",
                        kind="application_scenarios",
                    ),
                    tgt(
                        "重点物流企业智能仓储覆盖率",
                        "%",
                        "eq",
                        60,
                        2027,
                        "重点物流企业智能仓储覆盖率达到60%",
                    ),
                ],
            ),
            Task(
                "2.",
                "推进“人工智能+智能制造”",
                "围绕汽车零部件、食品加工、医疗器械等产业，推广机器视觉质检、预测性维护、智能排产等应用，每年推动规上工业企业智能化改造30家，到2027年，建成市级以上智能工厂10个。\n牵头单位：区经信局；配合单位：区科技局",
                lead=["jxj"],
                supporting=["kjj"],
                targets=[
                    tgt(
                        "智能化改造规上工业企业",
                        "家",
                        "eq",
                        30,
                        2027,
                        "每年推动规上工业企业智能化改造30家",
                        per_year=True,
                    ),
                    tgt(
                        "市级以上智能工厂",
                        "个",
                        "eq",
                        10,
                        2027,
                        "到2027年，建成市级以上智能工厂10个",
                    ),
                ],
            ),
            Task(
                "3.",
                "推进“人工智能+城市治理”",
                "建设区级城市运行智能监测平台，推动城管、应急、交通、生态环境等领域智能感知和协同处置，实现城市运行风险早发现、早预警、早处置，到2027年，接入各类感知设备1.5万个。（责任单位：区城管执法局、区数据局、各街道办事处）",
                responsible=["cgj", "sjj", "jd"],
                targets=[
                    tgt(
                        "接入感知设备", "万个", "eq", 1.5, 2027, "到2027年，接入各类感知设备1.5万个"
                    )
                ],
            ),
            Task(
                "4.",
                "推进“人工智能+民生服务”",
                "推广智慧课堂、智能辅助诊疗、智能健康管理、智慧养老等应用，提升公共服务便利化水平，每年打造智慧课堂示范校5所，到2027年实现区属公立医院智能辅助诊疗全覆盖。（责任单位：区教育局、区卫健局）",
                responsible=["jyj", "wjj"],
                targets=[
                    tgt(
                        "智慧课堂示范校",
                        "所",
                        "eq",
                        5,
                        2027,
                        "每年打造智慧课堂示范校5所",
                        per_year=True,
                    )
                ],
            ),
            Task(
                "5.",
                "推进“人工智能+政务服务”",
                "部署政务大模型，推广智能问答、智能预审、智能填表等服务，推动高频政务服务事项“智能办”，到2027年，高频政务服务事项“智能办”比例达到50%以上，企业群众办事满意度保持在99%以上。（责任单位：区数据局、区政务服务中心）",
                responsible=["sjj", "zwzx"],
                targets=[
                    tgt(
                        "高频政务服务事项“智能办”比例",
                        "%",
                        "gte",
                        50,
                        2027,
                        "高频政务服务事项“智能办”比例达到50%以上",
                    ),
                    tgt(
                        "企业群众办事满意度",
                        "%",
                        "gte",
                        99,
                        2027,
                        "企业群众办事满意度保持在99%以上",
                    ),
                ],
            ),
            Task(
                "6.",
                "推进“人工智能+文旅消费”",
                "围绕柏泉、府河湿地等文旅资源和临空港商圈，开发智能导览、数字人讲解、智能推荐等服务，建设智慧景区2个、智慧商圈1个，培育一批沉浸式、互动式消费新场景。（责任单位：区文旅局、区商务局）",
                responsible=["wlj", "swj"],
                targets=[
                    tgt(
                        "智慧景区",
                        "个",
                        "eq",
                        2,
                        2027,
                        "建设智慧景区2个",
                        kind="application_scenarios",
                    ),
                    tgt(
                        "智慧商圈", "个", "eq", 1, 2027, "智慧商圈1个", kind="application_scenarios"
                    ),
                ],
            ),
        ],
    ),
    (
        "（四）",
        "强化人才和创新支撑",
        [
            Task(
                "1.",
                "引育人工智能人才",
                "落实“临空英才”计划，支持企业与华中科技大学、武汉理工大学等高校共建实训基地，开展人工智能技能人才订单式培养，每年引进培育人工智能领域人才500名以上，其中高层次人才20名，对符合条件的人才在住房保障、子女入学、医疗服务等方面给予支持。（责任单位：区人社局、区委人才办）",
                responsible=["rsj", "rcb"],
                targets=[
                    talent := tgt(
                        "引进培育人工智能领域人才",
                        "名",
                        "gte",
                        500,
                        2027,
                        "每年引进培育人工智能领域人才500名以上",
                        per_year=True,
                        kind="talent",
                    ),
                    tgt(
                        "引进培育人工智能高层次人才",
                        "名",
                        "eq",
                        20,
                        2027,
                        "其中高层次人才20名",
                        per_year=True,
                        kind="talent",
                        parent=talent,
                    ),
                ],
            ),
            Task(
                "2.",
                "搭建创新平台",
                "支持龙头企业联合高校院所建设校企联合实验室5个，围绕多模态感知、智能决策、具身智能等方向开展关键技术攻关和成果转化，对认定为省级以上创新平台的按规定给予奖励。\n牵头单位：区科技局；配合单位：区经信局",
                lead=["kjj"],
                supporting=["jxj"],
                targets=[
                    tgt(
                        "校企联合实验室",
                        "个",
                        "eq",
                        5,
                        2027,
                        "建设校企联合实验室5个",
                        kind="innovation_platforms",
                    )
                ],
            ),
            Task(
                "3.",
                "普及人工智能素养",
                "面向中小学生、企业职工和社区居民开展人工智能科普教育，每年开展人工智能科普活动20场以上，覆盖青少年1万人次，举办企业管理人员人工智能专题培训班4期。（责任单位：区科协、区教育局、区人社局）",
                responsible=["kx", "jyj", "rsj"],
                targets=[
                    tgt(
                        "人工智能科普活动",
                        "场",
                        "gte",
                        20,
                        2027,
                        "每年开展人工智能科普活动20场以上",
                        per_year=True,
                    ),
                    tgt(
                        "人工智能科普覆盖青少年",
                        "万人次",
                        "eq",
                        1,
                        2027,
                        "覆盖青少年1万人次",
                        per_year=True,
                    ),
                    tgt(
                        "企业管理人员人工智能专题培训班",
                        "期",
                        "eq",
                        4,
                        2027,
                        "举办企业管理人员人工智能专题培训班4期",
                        per_year=True,
                    ),
                ],
            ),
        ],
    ),
    (
        "（五）",
        "优化产业发展生态",
        [
            Task(
                "1.",
                "强化金融支持",
                "推动银行机构开发“算力贷”“科创贷”等产品，支持符合条件的人工智能企业在多层次资本市场上市挂牌，到2027年，新增上市（挂牌）人工智能企业2家。（责任单位：区财政局、区发改局）",
                responsible=["czj", "fgj"],
                targets=[
                    tgt(
                        "新增上市（挂牌）人工智能企业",
                        "家",
                        "eq",
                        2,
                        2027,
                        "到2027年，新增上市（挂牌）人工智能企业2家",
                        flow=True,
                        kind="ai_enterprises",
                    )
                ],
            ),
            Task(
                "2.",
                "开放应用场景",
                "定期发布区级“人工智能+”场景需求清单和能力清单，每年组织场景对接活动不少于4场，推动政府部门、国有企业率先开放应用场景。\n牵头单位：区经信局；配合单位：区数据局、各街道办事处",
                lead=["jxj"],
                supporting=["sjj", "jd"],
                targets=[
                    tgt(
                        "场景对接活动",
                        "场",
                        "gte",
                        4,
                        2027,
                        "每年组织场景对接活动不少于4场",
                        per_year=True,
                    )
                ],
            ),
            Task(
                "3.",
                "深化区域协同",
                "主动对接武汉东湖高新区、武汉经开区等人工智能产业集聚区，在算力共享、场景互认、项目落地等方面开展合作，积极承接中心城区人工智能企业外溢项目，推动形成错位协同、优势互补的发展格局。（责任单位：区发改局、区招商局）",
                responsible=["fgj", "zsj"],
            ),
        ],
    ),
]
SAFEGUARDS = [
    Task(
        "（一）",
        "加强组织领导",
        "成立区人工智能产业发展工作专班，由区政府分管负责同志任组长，统筹推进全区人工智能产业发展，专班办公室设在区经信局，负责日常调度和督办。各责任单位要细化年度工作计划，明确责任人和时间节点，确保各项任务按期完成。",
    ),
    Task(
        "（二）",
        "强化政策支持",
        "区财政每年安排人工智能产业发展专项资金5000万元，统筹用于算力补贴、场景应用和人才引进等，积极争取国家、省、市各类资金支持。发挥区产业引导基金作用，联合社会资本设立人工智能产业子基金，重点投向种子期、初创期企业。\n（责任单位：区财政局、区经信局）",
        responsible=["czj", "jxj"],
    ),
    Task(
        "（三）",
        "强化督导考核",
        "建立任务台账，实行月调度、季通报、年考核，将工作推进情况纳入各部门年度绩效考核。区专班办公室每季度对重点任务清单完成情况进行通报，对推进不力的单位进行督办约谈，对成效突出的单位和个人按规定予以表扬。",
    ),
    Task(
        "（四）",
        "营造良好氛围",
        "办好人工智能创新应用大赛、产业对接会等活动，及时总结推广典型案例和经验做法，利用区融媒体中心等平台宣传人工智能产业发展成效，营造全社会关注、支持、参与人工智能产业发展的良好氛围。",
    ),
]
LIST_TITLE = "2026年度重点任务清单"
LIST_HEAD = "序号\t重点任务\t2026年目标\t责任单位\t完成时限"
LIST_ROWS = [
    (
        "1",
        "建设临空港智算中心",
        "建成智算中心1个，智能算力规模达到300PFlops",
        "区发改局",
        "2026年12月",
        [
            tgt("智算中心", "个", "eq", 1, 2026, "建成智算中心1个", kind="computing_power"),
            tgt(
                "智能算力规模",
                "PFlops",
                "eq",
                300,
                2026,
                "智能算力规模达到300PFlops",
                kind="computing_power",
            ),
        ],
    ),
    (
        "2",
        "推进数据资源开发",
        "新增开放公共数据集100个",
        "区数据局",
        "2026年12月",
        [tgt("新增开放公共数据集", "个", "eq", 100, 2026, "新增开放公共数据集100个", flow=True)],
    ),
    (
        "3",
        "完善网络设施",
        "新建5G基站300个",
        "区经信局",
        "2026年12月",
        [tgt("新建5G基站", "个", "eq", 300, 2026, "新建5G基站300个", flow=True)],
    ),
    (
        "4",
        "引育人工智能企业",
        "新引进人工智能企业30家",
        "区招商局",
        "2026年12月",
        [
            tgt(
                "新引进人工智能企业",
                "家",
                "eq",
                30,
                2026,
                "新引进人工智能企业30家",
                flow=True,
                kind="ai_enterprises",
            )
        ],
    ),
    (
        "5",
        "推进“人工智能+智能制造”",
        "推动规上工业企业智能化改造30家，建成市级以上智能工厂4个",
        "区经信局",
        "2026年12月",
        [
            tgt(
                "智能化改造规上工业企业",
                "家",
                "eq",
                30,
                2026,
                "推动规上工业企业智能化改造30家",
                flow=True,
            ),
            tgt("市级以上智能工厂", "个", "eq", 4, 2026, "建成市级以上智能工厂4个"),
        ],
    ),
    (
        "6",
        "建设产业载体",
        "新建专业孵化器1个，新增产业载体面积4万平方米",
        "临空港开发区管委会",
        "2026年12月",
        [
            tgt(
                "新建专业孵化器",
                "个",
                "eq",
                1,
                2026,
                "新建专业孵化器1个",
                flow=True,
                kind="innovation_platforms",
            ),
            tgt(
                "新增人工智能产业载体面积",
                "万平方米",
                "eq",
                4,
                2026,
                "新增产业载体面积4万平方米",
                flow=True,
            ),
        ],
    ),
    (
        "7",
        "推进“人工智能+民生服务”",
        "打造智慧课堂示范校5所",
        "区教育局",
        "2026年9月",
        [tgt("智慧课堂示范校", "所", "eq", 5, 2026, "打造智慧课堂示范校5所", flow=True)],
    ),
]
TAIL = ["", "【打印本页】　　【关闭窗口】"]


def lines():
    out = [*HEAD, GOAL_2026, GOAL, "　　三、重点任务"]
    for numbering, title, tasks in CHAPTERS:
        out.append(f"　　{numbering}{title}")
        out.extend(f"　　{line}" for t in tasks for line in t.paragraphs())
    out.append("　　四、保障措施")
    out.extend(f"　　{line}" for t in SAFEGUARDS for line in t.paragraphs())
    out += ["", "　　附件", "", LIST_TITLE, LIST_HEAD]
    out.extend("\t".join(row[:5]) for row in LIST_ROWS)
    return out + TAIL


def extraction(source_file):
    goals = [
        {
            "title": "到2026年底",
            "text": GOAL_2026.strip(),
            "targets": [
                tgt(
                    "人工智能及相关产业规模",
                    "亿元",
                    "eq",
                    110,
                    2026,
                    "全区人工智能及相关产业规模达到110亿元",
                    kind="related_industry_scale",
                ),
                tgt(
                    "新增人工智能企业",
                    "家",
                    "gte",
                    40,
                    2026,
                    "新增人工智能企业40家以上",
                    flow=True,
                    kind="ai_enterprises",
                ),
            ],
        },
        {
            "title": "到2027年",
            "text": GOAL.strip(),
            "targets": [
                tgt(
                    "人工智能及相关产业规模",
                    "亿元",
                    "gt",
                    150,
                    2027,
                    "全区人工智能及相关产业规模突破150亿元",
                    kind="related_industry_scale",
                ),
                tgt(
                    "人工智能企业",
                    "家",
                    "gte",
                    200,
                    2027,
                    "集聚人工智能企业200家以上",
                    kind="ai_enterprises",
                ),
                tgt(
                    "“人工智能+”应用场景",
                    "个",
                    "eq",
                    100,
                    2027,
                    "打造“人工智能+”应用场景100个",
                    kind="application_scenarios",
                ),
            ],
        },
    ]
    sections = []
    for numbering, title, tasks in CHAPTERS:
        code = f"三.{numbering.strip('（）').join('()')}"
        sections.append(
            {
                "code": code,
                "numbering": numbering,
                "title": title,
                "kind": "key_task",
                "tasks": [t.fixture(f"{code}.{t.numbering.rstrip('.')}") for t in tasks],
            }
        )
        goals.extend(
            {"numbering": t.numbering, "title": t.title, "text": t.text(), "targets": t.targets}
            for t in tasks
            if t.targets
        )
    goals.append({"title": LIST_TITLE, "targets": [t for row in LIST_ROWS for t in row[5]]})
    key = {
        "code": "三",
        "numbering": "三、",
        "title": "重点任务",
        "kind": "key_task",
        "sections": sections,
    }
    safe = {
        "code": "四",
        "numbering": "四、",
        "title": "保障措施",
        "kind": "safeguard",
        "tasks": [t.fixture(f"四.{i}") for i, t in enumerate(SAFEGUARDS, 1)],
    }
    return {
        "format": 1,
        "zone": ZONE,
        "plan": dict(PLAN, source_file=source_file),
        "agencies": agencies(AGENCIES),
        "goals": number_targets(goals),
        "sections": [key, safe],
    }


HEADER = """# 东西湖区加快人工智能产业创新发展工作方案（2026—2027年） (武汉市东西湖区人民政府办公室, 东政办〔2026〕8号, 2026-05-12) — SYNTHETIC
# (synthetic_t): INVENTED by the collector (helper bT, 2026-12-03); not copied from any page, no such document is claimed to exist.
# Built by make_files.py as the district portal's page pasted into UTF-8 text: 发布时间/来源 line, 【字体：大 中 小】, paragraphs indented
#   with full-width spaces, 【打印本页】【关闭窗口】 at the end. Zone dongxihu-district (no parent given).
# Outline: 一、总体要求 (no figures) / 二、工作目标 / 三、重点任务 （一）–（五） / 四、保障措施 （一）–（四） / 附件.
# Goals: 二、工作目标 two paragraphs "到2026年底，…" / "到2027年，…" → goals titled by their date phrase. The preamble's 2025 figures
#   (82亿元, 126家, 38个) are baselines, not targets. Most figures sit in the tasks ("到2027年，建成…个", 每年, 累计, 新增):
#   every task holding figures is also a goal titled like the task. 累计达到 → stock; 新增/新建/新引进 over the period → flow; 每年 → per_year.
#   "其中…" → parent. "全覆盖" has no figure (no target).
# Annotations: "（责任单位：X、Y）" inline or on its own line → responsible; "牵头单位：X；配合单位：Y、Z" on its own line (no brackets) →
#   lead / supporting; the own-line annotation belongs to the task above and is part of its text. 各街道办事处: one collective agency.
# 附件 "2026年度重点任务清单": tab-separated rows (序号|重点任务|2026年目标|责任单位|完成时限) restating body tasks by their titles → NOT new
#   tasks and no new roles (each row's 责任单位 is already its body task's first unit); its 2026 figures → one goal titled by the list's
#   title, targets deadline 2026 (bare numbers eq). Body tasks get no due from the list (its 完成时限 is the 2026 share's).
# 万 figures (10万平方米, 1.5万个, 1万人次) are multiplied out to the base unit (corrected after measurement 1: the blind extraction
#   kept "万平方米"/"万个"/"万人次" as units, against every other extraction of the corpus).
# NOT targets: 专项资金5000万元 (budget), 算力券额度1000万元 (budget), 最高不超过100万元 (a cap).
# Judgement: the 科普 item's three figures all fall under its 每年 (per_year).
"""


def build(here, mf):
    path = here / "dongxihu-ai-2026-synthetic.txt"
    path.write_text("\n".join(lines()) + "\n", encoding="utf-8")
    write_yaml(path.with_suffix(".yaml"), HEADER, extraction(path.name))

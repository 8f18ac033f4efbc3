# ruff: noqa: E501  (plan text as the office writes it)
"""潇岚市推进“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_cq). A Word file (.docx): red head, 发文字号
潇政办发〔2026〕12号, the notice (第3次常务会议, reporting dates), the plan: preamble, a 2025 baseline paragraph, 一、总体要求
（一）指导思想 (“三高四新”, “5G+”“AI+”: no figures) （二）基本原则 （三）发展目标 = two dated paragraphs "到2026年底，…" / "到2028年，…" whose
figures are written in unusual words — 一百二十亿元, 三分之一以上, 3—5个, 超过一半, 三百亿元, 较2025年实现倍增, 一个千亿级…集群,
1.2万亿元, 较2025年提高5个百分点, 百分之八十五, 两千余人; parts 二、–四、 of tasks （一）… restarting per part, each one paragraph
"（N）标题。正文（牵头单位：市X；配合单位：市Y、市Z）" or "（责任单位：市X、市Y）"; 五、保障措施 （一）–（五）, two annotated.
Task figures: 两成, 十余个, 逾百家, 数十家, "十百千" 工程 (10 / 100 / 1000), 缩短至3个工作日以内, 过半, 稳定在98%以上, 下降20%,
全覆盖, 两万套; numbers that are no quantities: 5G-A, 6G, 第3代, 12345, 24小时, 二级 / 三级, L3级, 4A级, 第一批, 前三名, 3D,
“十百千”."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "xiaolan-ai-plus-action-plan-2026-synthetic"
KIND = "docx"

# printed form → (code, full name, category)
A = {
    "市发展改革委": ("fgw", "潇岚市发展和改革委员会", "development_reform"),
    "市工业和信息化局": ("gxj", "潇岚市工业和信息化局", "industry_it"),
    "市数据局": ("sjj", "潇岚市数据局", "big_data"),
    "潇岚高新区管委会": ("gxq", "潇岚高新技术产业开发区管理委员会", "park_administration"),
    "市卫生健康委": ("wjw", "潇岚市卫生健康委员会", "health"),
    "市交通运输局": ("jtj", "潇岚市交通运输局", "transport"),
    "市科技局": ("kjj", "潇岚市科学技术局", "science_technology"),
    "市教育局": ("jyj", "潇岚市教育局", "education"),
    "市委人才办": ("rcb", "中共潇岚市委人才工作领导小组办公室", "party_organisation"),
    "市人力资源社会保障局": ("rsj", "潇岚市人力资源和社会保障局", "human_resources"),
    "市财政局": ("czj", "潇岚市财政局", "finance"),
    "各县市区人民政府": ("xs", "潇岚市各县市区人民政府", "local_government"),
    "市商务局": ("swj", "潇岚市商务局", "commerce"),
    "市农业农村局": ("nyj", "潇岚市农业农村局", "agriculture"),
    "市政务服务中心": ("zwzx", "潇岚市政务服务中心", "government_services"),
    "市自然资源和规划局": ("zrj", "潇岚市自然资源和规划局", "natural_resources"),
    "市市场监管局": ("scj", "潇岚市市场监督管理局", "market_regulation"),
    "市医疗保障局": ("ybj", "潇岚市医疗保障局", "health"),
    "市公安局": ("gaj", "潇岚市公安局", "public_security"),
    "市住房和城乡建设局": ("zjj", "潇岚市住房和城乡建设局", "housing_construction"),
    "市城市管理和综合执法局": ("cgj", "潇岚市城市管理和综合执法局", "housing_construction"),
    "市应急管理局": ("yjj", "潇岚市应急管理局", "emergency"),
    "市委网信办": ("wxb", "中共潇岚市委网络安全和信息化委员会办公室", "publicity"),
    "市文化旅游广电局": ("wlj", "潇岚市文化旅游广电局", "culture_tourism"),
    "市民政局": ("mzj", "潇岚市民政局", "civil_affairs"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def codes(names):
    return [A[n][0] for n in names]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "潇岚市推进“人工智能+”行动方案（2026—2028年）"
DOC_NUMBER = "潇政办发〔2026〕12号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Xiaolan City (Hunan) action plan for advancing “AI+” (2026–2028) — synthetic",
    "issuer": "潇岚市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-12",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"《{TITLE}》已经市人民政府第3次常务会议审议通过，现印发给你们，请认真组织实施。各牵头单位要于每年6月30日、12月20日前将工作推进情况报送市发展改革委（市“人工智能+”行动工作专班办公室）。"
PREAMBLE = "为深入贯彻落实国家和省关于深入实施“人工智能+”行动的决策部署，抢抓新一代人工智能发展机遇，推动人工智能与实体经济深度融合，加快建设全省智能制造高地和中部地区重要的人工智能应用示范城市，结合我市实际，制定本方案。"
BASE = "近年来，我市数字经济发展势头良好，人工智能产业从无到有、由小到大。截至2025年底，全市人工智能核心产业规模达到86亿元，人工智能企业186家，建成5G基站1.1万个，智能算力规模达到320P，规模以上工业企业关键工序数控化率为58.6%；“潇事快办”政务服务平台上线运行，12345政务服务便民热线实现“一号对外”。工程机械、轨道交通装备等优势产业智能化改造加快推进，累计建成省级智能制造示范工厂12家、示范车间47个，一批“人工智能+”应用场景在医疗、交通、教育等领域落地见效。同时，我市人工智能产业规模总体偏小，龙头企业带动能力不强，高端人才和创新平台不足，数据资源开发利用水平不高，应用场景开放的广度和深度仍需拓展，与先进地区相比还有较大差距。"
PRINCIPLES = "坚持应用牵引、场景驱动，从企业和群众最迫切的需求出发，以真实场景带动技术落地、以应用成效检验工作成果；坚持创新引领、开放合作，集聚国内外高端创新资源，提升自主创新能力；坚持企业主体、政府引导，充分发挥市场在资源配置中的决定性作用，激发各类市场主体活力；坚持统筹发展和安全，守牢数据安全、网络安全和算法安全底线，推动人工智能健康有序发展。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实“三高四新”美好蓝图，坚持应用牵引、数据赋能、企业主体、开放合作，以“5G+”“AI+”融合应用为突破口，构建“算力+数据+模型+场景”协同发展体系，推动人工智能全方位、深层次赋能千行百业，为奋力谱写中国式现代化潇岚篇章提供有力支撑。"

G1_TEXT = "到2026年底，全市“人工智能+”行动取得阶段性成效，人工智能核心产业规模达到一百二十亿元，规模以上工业企业中应用人工智能技术的企业占比达到三分之一以上，在智能制造、智慧医疗、智慧交通等重点行业打造“人工智能+”标杆场景3—5个，政务服务事项智能办理比例超过一半。"
G1 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        120,
        "人工智能核心产业规模达到一百二十亿元",
        kind="ai_industry_scale",
    ),
    T(
        "规模以上工业企业中应用人工智能技术的企业占比",
        "%",
        "gte",
        33.33,
        "规模以上工业企业中应用人工智能技术的企业占比达到三分之一以上",
    ),
    T(
        "重点行业“人工智能+”标杆场景",
        "个",
        "range",
        3,
        "打造“人工智能+”标杆场景3—5个",
        value_max=5,
        kind="application_scenarios",
    ),
    T("政务服务事项智能办理比例", "%", "gt", 50, "政务服务事项智能办理比例超过一半"),
]
G2_TEXT = "到2028年，全市人工智能产业生态更加完善，人工智能核心产业规模突破三百亿元，人工智能企业数量较2025年实现倍增，形成一个千亿级智能装备产业集群，带动全市规模以上工业总产值突破1.2万亿元；规模以上工业企业关键工序数控化率较2025年提高5个百分点，中小企业数字化转型覆盖率达到百分之八十五，新增人工智能专业人才两千余人，全市人工智能创新能力和应用水平进入全省第一方阵。"
G2 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        300,
        "人工智能核心产业规模突破三百亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能企业数量（2025年的倍数）", "倍", "eq", 2, "人工智能企业数量较2025年实现倍增"),
    T("千亿级智能装备产业集群", "个", "eq", 1, "形成一个千亿级智能装备产业集群"),
    T("规模以上工业总产值", "亿元", "gt", 12000, "带动全市规模以上工业总产值突破1.2万亿元"),
    T(
        "规模以上工业企业关键工序数控化率提高（较2025年）",
        "百分点",
        "eq",
        5,
        "关键工序数控化率较2025年提高5个百分点",
        aggregation="flow",
    ),
    T("中小企业数字化转型覆盖率", "%", "eq", 85, "中小企业数字化转型覆盖率达到百分之八十五"),
    T(
        "新增人工智能专业人才",
        "人",
        "gt",
        2000,
        "新增人工智能专业人才两千余人",
        kind="talent",
        aggregation="flow",
    ),
]

# part: (numbering, title, tasks); task: (title, rest, lead, supporting, responsible, targets)
PARTS = [
    (
        "二、",
        "夯实智能发展底座",
        [
            (
                "建设智能算力设施",
                "统筹推进潇岚智算中心和边缘计算节点建设，到2026年底，全市智能算力规模达到800P，2028年达到2000P以上，推动算力资源接入全省算力调度平台。实施“5G+”网络升级工程，新建5G-A基站一千二百个，开展6G关键技术试验验证，推动千兆光网向产业园区、重点景区延伸。落实算力券政策，对中小企业租用智能算力给予不超过50%的费用补贴，降低企业用算成本。",
                ["市发展改革委"],
                ["市工业和信息化局", "市数据局", "潇岚高新区管委会"],
                [],
                [
                    T(
                        "智能算力规模",
                        "P",
                        "eq",
                        800,
                        "全市智能算力规模达到800P",
                        kind="computing_power",
                        deadline=2026,
                    ),
                    T(
                        "智能算力规模",
                        "P",
                        "gte",
                        2000,
                        "2028年达到2000P以上",
                        kind="computing_power",
                    ),
                    T(
                        "新建5G-A基站",
                        "个",
                        "eq",
                        1200,
                        "新建5G-A基站一千二百个",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "推进数据资源开发利用",
                "迭代建设城市数据资源平台，推动公共数据“应归尽归”，公共数据开放数据集数量较2025年增长两成以上。围绕智能制造、医疗健康、交通出行、文化旅游等领域，建设行业高质量数据集十余个，培育数据标注、数据经纪等数据服务企业。探索公共数据授权运营，推动数据资源向数据资产转化，加强数据分类分级保护。",
                ["市数据局"],
                ["市发展改革委", "市工业和信息化局", "市卫生健康委", "市交通运输局"],
                [],
                [
                    T(
                        "公共数据开放数据集数量增长（较2025年）",
                        "%",
                        "gte",
                        20,
                        "公共数据开放数据集数量较2025年增长两成以上",
                        aggregation="flow",
                    ),
                    T("行业高质量数据集", "个", "gt", 10, "建设行业高质量数据集十余个"),
                ],
            ),
            (
                "强化创新平台支撑",
                "支持潇岚大学建设第3代类脑智能计算实验平台，联合龙头企业共建人工智能联合实验室和中试基地。到2028年，新建省级以上人工智能创新平台十个，每年组织实施人工智能重大科技专项二十项以上，吸引数十家国内知名高校院所、头部企业在潇设立研发机构和成果转化中心。",
                ["市科技局"],
                ["市教育局", "市工业和信息化局"],
                [],
                [
                    T(
                        "新建省级以上人工智能创新平台",
                        "个",
                        "eq",
                        10,
                        "新建省级以上人工智能创新平台十个",
                        kind="innovation_platforms",
                        aggregation="flow",
                    ),
                    T(
                        "人工智能重大科技专项",
                        "项",
                        "gte",
                        20,
                        "每年组织实施人工智能重大科技专项二十项以上",
                        per_year=True,
                    ),
                ],
            ),
            (
                "加强人才引育",
                "实施“潇岚英才”人工智能专项计划，面向全球引进人工智能领军人才和创新团队。每年举办潇岚人工智能创新创业大赛，对获得前三名的项目给予最高100万元奖励。支持市内高校增设人工智能相关专业，开展人工智能训练师等新职业技能等级认定，对取得二级、三级职业技能等级证书的人员按规定落实技能提升补贴。每年培训人工智能应用人才一万人次以上。",
                ["市委人才办"],
                ["市人力资源社会保障局", "市教育局", "市科技局"],
                [],
                [
                    T(
                        "培训人工智能应用人才",
                        "人次",
                        "gte",
                        10000,
                        "每年培训人工智能应用人才一万人次以上",
                        per_year=True,
                        kind="talent",
                    ),
                ],
            ),
        ],
    ),
    (
        "三、",
        "推动产业智能化升级",
        [
            (
                "实施智能制造“十百千”工程",
                "聚焦工程机械、轨道交通装备、新材料等优势产业，实施智能制造“十百千”工程，到2028年，打造10个智能制造标杆工厂、100个数字化车间，推动1000家中小企业“上云用数赋智”。推广“5G+工业互联网”应用，建设第一批工业互联网标识解析二级节点行业应用示范项目，推动3D打印、数字孪生等技术在研发设计、生产制造环节普及应用。",
                ["市工业和信息化局"],
                ["市发展改革委", "市财政局", "各县市区人民政府"],
                [],
                [
                    T("智能制造标杆工厂", "个", "eq", 10, "打造10个智能制造标杆工厂"),
                    T("数字化车间", "个", "eq", 100, "100个数字化车间"),
                    T(
                        "“上云用数赋智”中小企业",
                        "家",
                        "eq",
                        1000,
                        "推动1000家中小企业“上云用数赋智”",
                    ),
                ],
            ),
            (
                "壮大智能装备产业集群",
                "以潇岚高新区为主阵地，打造千亿级智能装备产业集群，引育人工智能核心企业逾百家，培育年营业收入超十亿元的人工智能龙头企业3家以上。支持企业研发工业机器人、智能农机、无人机等智能装备，推动首台（套）重大技术装备推广应用。开展产业链精准招商，围绕整机、核心零部件和系统集成补链强链。",
                ["潇岚高新区管委会"],
                ["市工业和信息化局", "市商务局", "市科技局"],
                [],
                [
                    T(
                        "引育人工智能核心企业",
                        "家",
                        "gt",
                        100,
                        "引育人工智能核心企业逾百家",
                        kind="ai_enterprises",
                        aggregation="flow",
                    ),
                    T(
                        "年营业收入超十亿元的人工智能龙头企业",
                        "家",
                        "gte",
                        3,
                        "培育年营业收入超十亿元的人工智能龙头企业3家以上",
                        kind="ai_enterprises",
                    ),
                ],
            ),
            (
                "推进智慧农业发展",
                "建设全市农业农村大数据平台，推广智能农机装备和北斗导航辅助驾驶作业，粮食生产智能农机作业面积占比达到两成。建设智慧农业示范基地三十个，推动物联网监测、水肥一体化等技术在设施农业中应用，提升农业生产智能化水平。",
                ["市农业农村局"],
                ["市工业和信息化局", "各县市区人民政府"],
                [],
                [
                    T(
                        "粮食生产智能农机作业面积占比",
                        "%",
                        "eq",
                        20,
                        "粮食生产智能农机作业面积占比达到两成",
                    ),
                    T("智慧农业示范基地", "个", "eq", 30, "建设智慧农业示范基地三十个"),
                ],
            ),
            (
                "发展智能网联汽车产业",
                "依托潇岚高新区汽车零部件产业园，支持整车企业开展L3级及以上自动驾驶测试验证，引育智能网联汽车零部件企业二十家，推动车载智能终端、线控底盘、车规级芯片等关键零部件本地配套。建设车路协同示范路段，推动智能网联汽车在公交、环卫、物流等领域示范运营。",
                ["市工业和信息化局"],
                ["市公安局", "市交通运输局", "潇岚高新区管委会"],
                [],
                [
                    T(
                        "引育智能网联汽车零部件企业",
                        "家",
                        "eq",
                        20,
                        "引育智能网联汽车零部件企业二十家",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "推进“人工智能+文化旅游”",
                "建设全市智慧旅游服务平台，推动4A级以上旅游景区智慧导览、智能客流监测全覆盖，推出数字人讲解、AI行程规划等服务。支持文博单位运用人工智能开展文物数字化保护和展示，打造沉浸式文旅体验新场景十个，培育一批数字文创品牌。",
                ["市文化旅游广电局"],
                ["市数据局", "各县市区人民政府"],
                [],
                [T("沉浸式文旅体验新场景", "个", "eq", 10, "打造沉浸式文旅体验新场景十个")],
            ),
        ],
    ),
    (
        "四、",
        "深化“人工智能+”场景应用",
        [
            (
                "推进“人工智能+政务服务”",
                "迭代升级“潇事快办”政务服务平台，推广智能预审、智能导办、无感审批，企业开办、不动产登记等高频事项办理时间缩短至3个工作日以内。升级12345政务服务便民热线智能客服系统，热线智能化受理比例过半，工单按时办结率稳定在98%以上。在市县两级政务服务大厅建设“24小时不打烊”自助服务区，推动更多事项“一网通办”“掌上可办”。",
                ["市政务服务中心"],
                ["市数据局", "市自然资源和规划局", "市市场监管局"],
                [],
                [
                    T(
                        "高频事项办理时间",
                        "工作日",
                        "lte",
                        3,
                        "办理时间缩短至3个工作日以内",
                    ),
                    T("12345热线智能化受理比例", "%", "gt", 50, "热线智能化受理比例过半"),
                    T("12345热线工单按时办结率", "%", "gte", 98, "工单按时办结率稳定在98%以上"),
                ],
            ),
            (
                "推进“人工智能+医疗健康”",
                "推动二级以上公立医院部署智能导诊、辅助诊断、智能病历质控等系统，实现二级以上公立医院智能导诊服务全覆盖。建设区域医学影像云平台，支持三级医院牵头组建人工智能专科联盟，推动优质医疗资源向基层下沉，基层医疗卫生机构人工智能辅助诊断应用比例达到百分之六十。推进医保智能审核和智能监管。",
                ["市卫生健康委"],
                ["市数据局", "市医疗保障局"],
                [],
                [
                    T(
                        "基层医疗卫生机构人工智能辅助诊断应用比例",
                        "%",
                        "eq",
                        60,
                        "基层医疗卫生机构人工智能辅助诊断应用比例达到百分之六十",
                    ),
                ],
            ),
            (
                "推进“人工智能+交通出行”",
                "建设城市交通大脑，完成中心城区三百个重点路口信号灯智能化改造，重点路口高峰时段平均通行延误下降20%。有序开放智能网联汽车测试道路一百公里以上，推广智能公交、智慧停车等应用，提升市民出行体验。",
                ["市公安局"],
                ["市交通运输局", "市住房和城乡建设局"],
                [],
                [
                    T(
                        "重点路口信号灯智能化改造",
                        "个",
                        "eq",
                        300,
                        "完成中心城区三百个重点路口信号灯智能化改造",
                        aggregation="flow",
                    ),
                    T(
                        "重点路口高峰时段平均通行延误下降幅度",
                        "%",
                        "eq",
                        20,
                        "重点路口高峰时段平均通行延误下降20%",
                        aggregation="flow",
                    ),
                    T(
                        "智能网联汽车测试道路",
                        "公里",
                        "gte",
                        100,
                        "开放智能网联汽车测试道路一百公里以上",
                    ),
                ],
            ),
            (
                "推进“人工智能+教育”",
                "实施人工智能教育普及行动，推动全市中小学人工智能课程全覆盖，创建人工智能教育示范校三十所，支持职业院校建设人工智能实训基地五个。推广智能学伴、智能批改等应用，探索人工智能助力因材施教的新模式。",
                ["市教育局"],
                ["市科技局", "各县市区人民政府"],
                [],
                [
                    T("人工智能教育示范校", "所", "eq", 30, "创建人工智能教育示范校三十所"),
                    T("职业院校人工智能实训基地", "个", "eq", 5, "建设人工智能实训基地五个"),
                ],
            ),
            (
                "推进“人工智能+城市治理”",
                "深化城市运行管理服务平台建设，推动城市运行“一网统管”，运用视频智能分析技术自动发现占道经营、违规停车等问题，城市管理问题智能发现率达到百分之七十。建设城市安全风险综合监测预警平台，提升燃气、桥梁、内涝等风险智能感知和预警处置能力。",
                [],
                [],
                ["市城市管理和综合执法局", "市应急管理局"],
                [
                    T(
                        "城市管理问题智能发现率",
                        "%",
                        "eq",
                        70,
                        "城市管理问题智能发现率达到百分之七十",
                    ),
                ],
            ),
            (
                "推进“人工智能+养老服务”",
                "建设全市智慧养老服务平台，推动居家、社区、机构养老服务数据互联互通，为特殊困难老年人家庭安装智能安全监测设备两万套，建设社区智慧养老服务站六十个。推广智能陪护机器人、健康监测穿戴设备等产品，提升养老服务智能化水平。",
                ["市民政局"],
                ["市卫生健康委", "市数据局"],
                [],
                [
                    T(
                        "特殊困难老年人家庭智能安全监测设备",
                        "套",
                        "eq",
                        20000,
                        "安装智能安全监测设备两万套",
                    ),
                    T("社区智慧养老服务站", "个", "eq", 60, "建设社区智慧养老服务站六十个"),
                ],
            ),
        ],
    ),
]

# (title, text, responsible)
SAFEGUARDS = [
    (
        "加强组织领导",
        "成立由市政府主要领导任组长的市“人工智能+”行动领导小组，统筹推进全市人工智能发展重大事项，领导小组办公室设在市发展改革委。各县市区要建立相应工作机制，细化落实举措，形成市县联动、部门协同的工作格局。",
        [],
    ),
    (
        "强化政策支持",
        "市财政每年统筹安排不少于5000万元资金支持人工智能发展，重点用于算力券、场景应用和人才引育。积极争取国家和省级专项资金、超长期特别国债支持，引导社会资本参与人工智能项目建设。",
        ["市财政局", "市发展改革委"],
    ),
    (
        "强化安全保障",
        "落实网络安全等级保护和数据安全管理制度，加强人工智能算法备案和生成式人工智能服务管理，防范化解人工智能应用带来的安全风险，守牢安全底线。",
        ["市委网信办", "市公安局"],
    ),
    (
        "强化宣传引导",
        "充分利用报刊、广播电视、网络新媒体等渠道，广泛宣传人工智能政策措施、典型案例和发展成效，组织开展人工智能进机关、进企业、进社区、进校园活动，提升全民数字素养与技能，营造全社会关心支持人工智能发展的良好氛围。",
        [],
    ),
    (
        "强化督促考核",
        "建立任务清单和工作台账，实行季调度、半年通报、年终考核，将本方案落实情况纳入对市直单位和各县市区的绩效考核。对成效突出的单位予以通报表扬，对推进不力的进行督促整改。",
        [],
    ),
]

CC = "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市中级法院，市检察院。"
PRINTED = "潇岚市人民政府办公室　　　　　　　　2026年3月12日印发"
NUMERALS = "一二三四五六七八九十"


def ann(lead, sup, resp):
    if lead:
        return f"（牵头单位：{'、'.join(lead)}；配合单位：{'、'.join(sup)}）"
    return f"（责任单位：{'、'.join(resp)}）"


def _check(text, targets):
    for t in targets:
        assert t.phrase in text, t.phrase


def _build():
    blocks = [
        ("head", "潇岚市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"潇岚市人民政府办公室关于印发《{TITLE}》的通知"),
        ("addressee", "各县市区人民政府，潇岚高新区管委会，市直机关各单位："),
        ("body", NOTICE),
        ("sign", "潇岚市人民政府办公室"),
        ("date", "2026年3月12日"),
        ("body", "（此件主动公开）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("body", BASE),
        ("h1", "一、总体要求"),
        ("h2", "（一）指导思想"),
        ("body", GUIDE),
        ("h2", "（二）基本原则"),
        ("body", PRINCIPLES),
        ("h2", "（三）发展目标"),
        ("body", G1_TEXT),
        ("body", G2_TEXT),
    ]
    _check(G1_TEXT, G1)
    _check(G2_TEXT, G2)
    for t in G1:
        t.deadline = 2026
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2028年", G2_TEXT, G2)]
    sections = []
    for pno, ptitle, items in PARTS:
        blocks.append(("h1", f"{pno}{ptitle}"))
        tasks = []
        for i, (title, rest, lead, sup, resp, targets) in enumerate(items, 1):
            no = f"（{NUMERALS[i - 1]}）"
            a = ann(lead, sup, resp)
            blocks.append(("item", (f"{no}{title}。", rest + a)))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{rest}{a}",
                    lead=codes(lead),
                    supporting=codes(sup),
                    responsible=codes(resp),
                )
            )
            _check(rest, targets)
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=no))
        sections.append(Section(pno.strip("、"), pno, ptitle, "key_task", tasks))
    blocks.append(("h1", "五、保障措施"))
    sg = []
    for i, (title, text, resp) in enumerate(SAFEGUARDS, 1):
        no = f"（{NUMERALS[i - 1]}）"
        a = ann([], [], resp) if resp else ""
        blocks.append(("item", (f"{no}{title}。", text + a)))
        sg.append(Task(no, title, f"{title}。{text}{a}", responsible=codes(resp)))
    sections.append(Section("五", "五、", "保障措施", "safeguard", sg))
    blocks += [("rule", ""), ("addressee", CC), ("addressee", PRINTED)]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "xiaolan-hunan-city",
        "name": "潇岚市",
        "name_en": "Xiaolan City (Hunan)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 潇岚市推进“人工智能+”行动方案（2026—2028年） (潇岚市人民政府办公室, 潇政办发〔2026〕12号, 2026-03-12)
# — SYNTHETIC (synthetic_cq): WRITTEN by the collector (helper blindCQ, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_xiaolan.py as a Word file (.docx).
# Zone xiaolan-hunan-city (湖南 潇岚市, an invented prefecture-level city with 县市区 under it) → city level; period 2026–2028,
#   milestones 2026 (到2026年底) and 2028.
# Outline: red head, 发文字号, notice ("第3次常务会议", reporting dates 6月30日 / 12月20日: no targets), "（此件主动公开）", page
#   break, title, preamble, a 2025 baseline paragraph (86亿元, 186家, 1.1万个, 320P, 58.6%, 12家, 47个: baselines, no targets),
#   一、总体要求 （一）指导思想 (“三高四新”, “5G+”“AI+”, “算力+数据+模型+场景”: slogans, no figures) （二）基本原则 (one paragraph
#   "坚持…；坚持…": no tasks) （三）发展目标 = two dated paragraphs →
#   goals titled by their date phrases "到2026年底" (4 targets, due 2026) and "到2028年" (7, due 2028). Parts 二、–四、 (top-level
#   key_task sections) of tasks （一）… restarting in each part, each ONE paragraph "（N）标题。正文（annotation）" with a bold heading;
#   二、 holds （一）–（四）, 三、 （一）–（五）, 四、 （一）–（六）; 五、保障措施 （一）–（五） → safeguard tasks, (二) and (三)
#   annotated. 抄送 / 印发 lines.
# Tasks: title = the bold heading without its number and 。; text = heading + body + annotation. Every task holding figures is
#   also a goal titled like it (text = heading + body, without the annotation), numbered like it.
# Roles: "（牵头单位：市X；配合单位：市Y、市Z）" → lead / supporting; "（责任单位：市X、市Y）" → responsible (no lead rule in this
#   document). 各县市区人民政府 → one collective (local_government); 潇岚高新区管委会 a park administration; 市委人才办 and 市委网信办
#   party bodies; 市政务服务中心 a government_services body. The notice's addressee line states no role.
# Targets — the set's topic, quantities in unusual words (SYNTHETIC_CQ.md "Conventions this set adds"):
#   一百二十亿元 → 120; 三分之一以上 → gte 33.33 % (a fraction of a whole as a percentage, two decimals); 3—5个 → range 3–5;
#   超过一半 → gt 50 %; 过半 → gt 50 %; 三百亿元 (突破) → gt 300; "较2025年实现倍增" → 2 倍 eq, metric marked （2025年的倍数） (the
#   2025 count 186家 printed in the baseline paragraph is NOT multiplied out, as SOURCES.md "A doubling"); "形成一个千亿级智能装备
#   产业集群" → 1 个 (千亿级 names the cluster's class, as synthetic_bj's 百亿级…一个), while the task's "打造千亿级智能装备产业集群"
#   (no count) → no target; 1.2万亿元 → 12000 亿元 (gt, 突破); "较2025年提高5个百分点" → 5 百分点 eq (flow: points gained);
#   百分之八十五 → 85 %; 两千余人 → gt 2000 人 (余 = more than); 两成 → 20 % (a 成 is 10 %: "增长两成以上" gte 20 % of growth,
#   "占比达到两成" eq 20 %); 十余个 → gt 10 个; 逾百家 → gt 100 家; 数十家 → no target (no value can be read); "十百千" 工程 → its
#   three counts 10 个 / 100 个 / 1000 家 (due 2028, the sentence's 到2028年), the name none; 缩短至3个工作日以内 → lte 3 工作日 (个
#   dropped, as 个百分点 → 百分点); 稳定在98%以上 → gte 98; 下降20% → 20 % eq, metric "…下降幅度" (flow); 全覆盖 (二级以上公立医院,
#   中小学) → no target (no figure printed; 100%覆盖 / 百分之百 would be one). Task figures with no year → due 2028 (plan end);
#   "到2026年底，全市智能算力规模达到800P" → 2026, "2028年达到2000P以上" → 2028.
#   Numbers that are NOT quantities: 〔2026〕12号, 第3次常务会议, dates; 5G-A / 6G / 5G+ / AI+ (in names and metrics: 新建5G-A基站
#   一千二百个 → 1200 个, not 5); 第3代类脑智能计算实验平台; 12345 (热线: its metrics named 12345热线…, the value 50 / 98); "24小时
#   不打烊" 自助服务区; 二级以上 / 三级医院 and 二级、三级职业技能等级证书 (grades); 第一批, 二级节点; 前三名 (a prize condition);
#   3D打印; L3级及以上自动驾驶 and 4A级以上旅游景区 (grades naming which); “三高四新”; "全省第一方阵". 两万套 → 20000 套. Not targets either: the 2025 baselines, 不超过50%的费用补贴 (a subsidy rate), 最高100万元
#   奖励 (a reward), 年营业收入超十亿元 (the condition naming which 龙头企业 count — the target is the 3家以上), 市财政每年…不少于
#   5000万元 (a budget, in a safeguard).
# Stock / flow: 新增 / 新建 / 引育 / 培训 / 完成…改造 counts and changes over the period (提高…个百分点, 增长两成, 下降20%) → flow;
#   levels, shares and things built or reached → stock; 每年… → per-year flow.
"""

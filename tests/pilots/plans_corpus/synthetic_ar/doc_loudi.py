# ruff: noqa: E501  (plan text as the office writes it)
"""娄底市“人工智能+”行动实施方案（2026—2028年） — INVENTED (synthetic_ar). A 湖南 prefecture city's
three-year plan as a .docx printed to PDF by LibreOffice: 二、发展目标 of two dated paragraphs ("到2026年，",
"到2028年，") and under them "表1 主要指标" — a ruled table (2026年 / 2028年 columns, 指标属性) repeating the
paragraphs' figures; 三、重点任务 opens with a rule stated once ("列第一位的为牵头单位，其他单位按职责分工负责"),
then five groups （一）–（五） of items 1.–16. numbered on across the groups, each item with no heading of its
own ("N.加快建设…，…") closing on "（责任单位：X、Y、Z）" with shared-free 市 names, named county bodies
(娄星区人民政府, 新化县人民政府 …) and the collective 各县市区人民政府; 四、保障措施 unannotated."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "loudi-ai-plus-2026-synthetic"
KIND = "pdf"

A = [
    ("fgw", "娄底市发展和改革委员会", "市发改委", "development_reform"),
    ("sjj", "娄底市数据局", "市数据局", "big_data"),
    ("gxj", "娄底市工业和信息化局", "市工业和信息化局", "industry_it"),
    ("kjj", "娄底市科学技术局", "市科技局", "science_technology"),
    ("nyj", "娄底市农业农村局", "市农业农村局", "agriculture"),
    ("swj", "娄底市商务局", "市商务局", "commerce"),
    ("wjw", "娄底市卫生健康委员会", "市卫生健康委", "health"),
    ("ybj", "娄底市医疗保障局", "市医保局", "health"),
    ("jyj", "娄底市教育局", "市教育局", "education"),
    ("wlj", "娄底市文化旅游广电体育局", "市文旅广体局", "culture_tourism"),
    ("zwzx", "娄底市政务服务中心", "市政务服务中心", "government_services"),
    ("wxb", "中共娄底市委网络安全和信息化委员会办公室", "市委网信办", "publicity"),
    ("gaj", "娄底市公安局", "市公安局", "public_security"),
    ("yjj", "娄底市应急管理局", "市应急管理局", "emergency"),
    ("jtj", "娄底市交通运输局", "市交通运输局", "transport"),
    ("jkq", "娄底经济技术开发区管理委员会", "娄底经开区管委会", "park_administration"),
    ("lxq", "娄底市娄星区人民政府", "娄星区人民政府", "local_government"),
    ("lsjs", "冷水江市人民政府", "冷水江市人民政府", "local_government"),
    ("sfx", "双峰县人民政府", "双峰县人民政府", "local_government"),
    ("xhx", "新化县人民政府", "新化县人民政府", "local_government"),
    ("xsq", "娄底市各县市区人民政府", "各县市区人民政府", "local_government"),
    ("rwkj", "湖南人文科技学院", "湖南人文科技学院", "other"),
    ("rsj", "娄底市人力资源和社会保障局", "市人力资源社会保障局", "human_resources"),
    ("czj", "娄底市财政局", "市财政局", "finance"),
    ("scj", "娄底市市场监督管理局", "市市场监管局", "market_regulation"),
]
AGENCIES = [
    Agency(code, name, [alias] if alias != name else [], cat) for code, name, alias, cat in A
]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "娄底市“人工智能+”行动实施方案（2026—2028年）"
DOC_NUMBER = "娄政办发〔2026〕7号"
ISSUER = "娄底市人民政府办公室"

GOAL_2026 = "到2026年，全市人工智能发展基础进一步夯实，智能算力规模达到500P，建成“人工智能+”应用场景40个，人工智能相关企业达到100家，钢铁、装备制造等重点产业智能化改造取得阶段性成效。"
TARGETS_2026 = [
    Target(
        "智能算力规模",
        "P",
        "eq",
        500,
        "智能算力规模达到500P",
        kind="computing_power",
        deadline=2026,
    ),
    Target(
        "“人工智能+”应用场景",
        "个",
        "eq",
        40,
        "建成“人工智能+”应用场景40个",
        kind="application_scenarios",
        deadline=2026,
    ),
    Target(
        "人工智能相关企业",
        "家",
        "eq",
        100,
        "人工智能相关企业达到100家",
        kind="ai_enterprises",
        deadline=2026,
    ),
]
GOAL_2028 = "到2028年，人工智能与实体经济深度融合，人工智能核心产业规模突破60亿元，带动相关产业规模超过300亿元，智能算力规模达到1500P，人工智能相关企业达到200家，其中营业收入亿元以上企业15家，建成“人工智能+”应用场景100个以上，规模以上工业企业关键工序数控化率达到70%，建成中部地区有影响力的“人工智能+钢铁新材料”应用高地。"
TARGETS_2028 = [
    Target(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        60,
        "人工智能核心产业规模突破60亿元",
        kind="ai_industry_scale",
    ),
    Target(
        "带动相关产业规模",
        "亿元",
        "gt",
        300,
        "带动相关产业规模超过300亿元",
        kind="related_industry_scale",
    ),
    Target("智能算力规模", "P", "eq", 1500, "智能算力规模达到1500P", kind="computing_power"),
    Target("人工智能相关企业", "家", "eq", 200, "人工智能相关企业达到200家", kind="ai_enterprises"),
    Target(
        "营业收入亿元以上人工智能相关企业",
        "家",
        "eq",
        15,
        "其中营业收入亿元以上企业15家",
        parent="PREV",
    ),
    Target(
        "“人工智能+”应用场景",
        "个",
        "gte",
        100,
        "建成“人工智能+”应用场景100个以上",
        kind="application_scenarios",
    ),
    Target(
        "规模以上工业企业关键工序数控化率", "%", "eq", 70, "规模以上工业企业关键工序数控化率达到70%"
    ),
]
TABLE_CAPTION = "表1　娄底市“人工智能+”行动主要指标"
TABLE = [
    ["序号", "指标名称", "单位", "2026年", "2028年", "指标属性"],
    ["1", "人工智能核心产业规模", "亿元", "—", "60", "预期性"],
    ["2", "智能算力规模", "P", "500", "1500", "预期性"],
    ["3", "人工智能相关企业", "家", "100", "200", "预期性"],
    ["4", "“人工智能+”应用场景", "个", "40", "100", "预期性"],
    ["5", "规模以上工业企业关键工序数控化率", "%", "—", "70", "预期性"],
]

RULE = "（以下各项任务的责任单位中，列第一位的为牵头单位，其他单位按职责分工负责。）"

# (group numbering, group title, [(no, title, rest after the title, [bodies], targets)])
GROUPS = [
    (
        "（一）",
        "筑牢智能算力和数据底座",
        [
            (
                "1.",
                "加快建设娄底智算中心",
                "依托娄底经开区数据中心建设智能算力中心，推动算力资源纳入全省算力调度体系，到2027年新增智能算力800P，为中小企业和科研机构提供普惠算力服务。探索发放算力券，降低企业用算成本。推动智算中心与湘中地区数据中心协同发展，提高算力资源利用效率。",
                ["市发改委", "市数据局", "娄底经开区管委会"],
                [
                    Target(
                        "新增智能算力",
                        "P",
                        "eq",
                        800,
                        "到2027年新增智能算力800P",
                        kind="computing_power",
                        deadline=2027,
                        aggregation="flow",
                    )
                ],
            ),
            (
                "2.",
                "推进高质量数据集建设",
                "围绕钢铁冶炼、工程机械、文印、现代农业等领域，建设行业高质量数据集15个以上，推动公共数据资源授权运营，培育数据标注、数据治理等服务企业，建立数据产品登记和流通机制。鼓励企业开放行业数据，支持数据服务企业参与数据集建设和运营。",
                ["市数据局", "市工业和信息化局", "市农业农村局"],
                [Target("行业高质量数据集", "个", "gte", 15, "建设行业高质量数据集15个以上")],
            ),
            (
                "3.",
                "构建人工智能公共服务平台",
                "建设市级人工智能公共服务平台，为企业提供模型训练、推理部署、测试验证等服务，每年服务企业300家次以上。支持平台汇聚开源模型和行业知识库，降低中小企业人工智能应用门槛。鼓励平台面向企业开展人工智能应用培训和解决方案推介。",
                ["市工业和信息化局", "市科技局"],
                [
                    Target(
                        "人工智能公共服务平台服务企业",
                        "家次",
                        "gte",
                        300,
                        "每年服务企业300家次以上",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
    (
        "（二）",
        "推进“人工智能+”产业升级",
        [
            (
                "4.",
                "推动钢铁行业智能化升级",
                "支持钢铁龙头企业联合科研院所打造钢铁行业垂直大模型1个，在炼铁、炼钢、轧钢等关键工序推广智能控制、质量在线检测和设备预测性维护，建设智能工厂10家，打造全国有影响力的钢铁行业智能制造标杆。推动钢铁企业生产数据与上下游企业共享，提升产业链协同水平。",
                ["市工业和信息化局", "娄星区人民政府", "娄底经开区管委会"],
                [
                    Target("钢铁行业垂直大模型", "个", "eq", 1, "打造钢铁行业垂直大模型1个"),
                    Target("智能工厂", "家", "eq", 10, "建设智能工厂10家"),
                ],
            ),
            (
                "5.",
                "推动装备制造和新材料产业智能化",
                "在工程机械、农机装备、锑品新材料等领域推广机器视觉、数字孪生和智能排产，每年推动100家以上规模以上工业企业实施智能化改造。支持冷水江市建设锑品新材料产业大数据中心。推动工程机械企业开展产品远程运维和智能服务，延伸价值链条。",
                ["市工业和信息化局", "冷水江市人民政府", "双峰县人民政府"],
                [
                    Target(
                        "实施智能化改造的规模以上工业企业",
                        "家",
                        "gte",
                        100,
                        "每年推动100家以上规模以上工业企业实施智能化改造",
                        per_year=True,
                    )
                ],
            ),
            (
                "6.",
                "做强人工智能核心产业",
                "围绕智能终端、行业应用软件、智能网联装备等方向开展精准招商，三年累计引进人工智能相关项目50个以上，其中投资亿元以上项目20个。支持本地企业与省内外人工智能企业开展合作。对新引进的重点人工智能项目实行“一项目一专班”服务。",
                ["市商务局", "市工业和信息化局", "各县市区人民政府"],
                [
                    Target(
                        "引进人工智能相关项目",
                        "个",
                        "gte",
                        50,
                        "三年累计引进人工智能相关项目50个以上",
                        aggregation="flow",
                    ),
                    Target(
                        "引进投资亿元以上人工智能相关项目",
                        "个",
                        "eq",
                        20,
                        "其中投资亿元以上项目20个",
                        aggregation="flow",
                        parent="PREV",
                    ),
                ],
            ),
            (
                "7.",
                "发展“人工智能+文印”产业",
                "支持新化县运用生成式人工智能改造文印设计、排版和营销服务，建设文印产业大数据平台，培育文印智能化服务企业30家，推动文印产业向数字创意产业转型。支持文印企业建设共享设计和智能生产平台，提升产业集聚水平。",
                ["新化县人民政府", "市商务局"],
                [Target("文印智能化服务企业", "家", "eq", 30, "培育文印智能化服务企业30家")],
            ),
            (
                "8.",
                "推进“人工智能+现代农业”",
                "在双峰县、新化县等地推广农机智能作业、耕地墒情智能监测和病虫害智能识别，建设智慧农业示范基地10个，支持农机企业研发智能农机装备，推动农产品质量安全全程智能追溯。培育一批农业社会化智能服务组织，带动小农户接入现代农业发展轨道。",
                ["市农业农村局", "双峰县人民政府", "新化县人民政府"],
                [Target("智慧农业示范基地", "个", "eq", 10, "建设智慧农业示范基地10个")],
            ),
        ],
    ),
    (
        "（三）",
        "推进“人工智能+”民生服务",
        [
            (
                "9.",
                "推进智慧医疗",
                "推广人工智能辅助诊断、智能影像和智能随访，二级以上公立医院人工智能辅助诊断应用覆盖率达到90%。推动市县医疗机构检查检验结果互认共享，提升基层诊疗能力。推动智能家庭医生签约服务，提高慢病管理水平。",
                ["市卫生健康委", "市医保局"],
                [
                    Target(
                        "二级以上公立医院人工智能辅助诊断应用覆盖率",
                        "%",
                        "eq",
                        90,
                        "二级以上公立医院人工智能辅助诊断应用覆盖率达到90%",
                    )
                ],
            ),
            (
                "10.",
                "推进智慧教育",
                "建设人工智能教育示范校20所，在中小学开设人工智能课程，每年培训教师3000人次以上。支持湖南人文科技学院建设人工智能学院，培养应用型人才。推动优质数字教育资源向农村学校延伸，缩小城乡教育差距。",
                ["市教育局", "湖南人文科技学院"],
                [
                    Target("人工智能教育示范校", "所", "eq", 20, "建设人工智能教育示范校20所"),
                    Target(
                        "培训教师", "人次", "gte", 3000, "每年培训教师3000人次以上", per_year=True
                    ),
                ],
            ),
            (
                "11.",
                "推进智慧文旅",
                "推动紫鹊界梯田、梅山龙宫等重点景区应用智能导览、客流监测和智能安防，建成智慧景区8个，打造梅山文化数字体验产品。整合全市文旅资源信息，推出智能行程规划和多语种讲解服务。",
                ["市文旅广体局", "新化县人民政府"],
                [Target("智慧景区", "个", "eq", 8, "建成智慧景区8个")],
            ),
        ],
    ),
    (
        "（四）",
        "推进“人工智能+”城市治理",
        [
            (
                "12.",
                "推进政务服务智能化",
                "依托“湘易办”娄底旗舰店推广智能客服、智能预审和免填报服务，政务服务智能客服问题解答准确率达到90%以上。推进高频事项“一件事一次办”智能化。推动政务服务数据跨部门共享，减少群众重复提交材料。",
                ["市政务服务中心", "市数据局"],
                [
                    Target(
                        "政务服务智能客服问题解答准确率",
                        "%",
                        "gte",
                        90,
                        "政务服务智能客服问题解答准确率达到90%以上",
                    )
                ],
            ),
            (
                "13.",
                "提升城市治理和安全水平",
                "推动应急指挥、交通管理、城市管理等领域应用视频智能分析和风险智能预警，加强人工智能安全风险监测和生成式人工智能服务监管，依法打击利用人工智能实施的违法犯罪。建立健全人工智能安全事件应急处置机制，守牢安全底线。",
                ["市委网信办", "市公安局", "市应急管理局", "市交通运输局"],
                [],
            ),
        ],
    ),
    (
        "（五）",
        "优化人工智能发展生态",
        [
            (
                "14.",
                "加强人工智能人才引育",
                "实施人工智能人才专项引育计划，每年引进培育人工智能领域专业人才500人以上，支持企业与高校、职业院校共建现代产业学院和实训基地，开展人工智能技能人才评价。对引进的高层次人才在住房、子女入学、医疗等方面给予保障。",
                ["市人力资源社会保障局", "市教育局", "湖南人文科技学院"],
                [
                    Target(
                        "引进培育人工智能领域专业人才",
                        "人",
                        "gte",
                        500,
                        "每年引进培育人工智能领域专业人才500人以上",
                        kind="talent",
                        per_year=True,
                    )
                ],
            ),
            (
                "15.",
                "强化金融支持",
                "引导设立总规模10亿元的人工智能产业发展基金，重点投向人工智能应用和智能制造项目；鼓励金融机构开发“人工智能贷”等专属产品，为人工智能企业提供融资服务。鼓励保险机构开发首台（套）智能装备保险等产品。",
                ["市财政局", "市发改委"],
                [],
            ),
            (
                "16.",
                "加强标准和知识产权工作",
                "支持企业、高校参与人工智能国家标准、行业标准制定，主导或参与制定人工智能相关标准10项以上，加强人工智能领域知识产权保护和运用。支持企业开展高价值专利培育，推动知识产权质押融资。",
                ["市市场监管局", "市科技局"],
                [
                    Target(
                        "主导或参与制定人工智能相关标准",
                        "项",
                        "gte",
                        10,
                        "主导或参与制定人工智能相关标准10项以上",
                        kind="patents_standards",
                    )
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立市“人工智能+”行动工作领导小组，由市人民政府主要负责同志任组长，领导小组办公室设在市工业和信息化局，统筹推进重大事项。各县市区要建立相应工作机制，明确责任分工，形成市县联动、部门协同的推进格局。",
    ),
    (
        "（二）",
        "加大政策支持",
        "市级财政每年统筹安排2000万元，支持算力设施、应用场景和公共服务平台建设。用好省级产业发展基金，引导社会资本投向人工智能领域。对纳入省级以上试点示范的项目，按规定给予配套支持。",
    ),
    (
        "（三）",
        "强化人才支撑",
        "将人工智能人才纳入“娄星聚才”计划支持范围，支持企业与高校共建实训基地，每年举办人工智能应用创新大赛。",
    ),
    (
        "（四）",
        "加强宣传引导",
        "充分利用各类媒体宣传“人工智能+”行动的政策措施和典型案例，组织开展人工智能进企业、进园区、进校园活动，营造全社会共同推进的良好氛围。",
    ),
    (
        "（五）",
        "加强督促落实",
        "建立任务清单和工作台账，实行季度调度、年度评估，评估结果纳入绩效考核。市工业和信息化局每年向市人民政府报告实施情况，对工作推进不力的单位进行通报。",
    ),
]

NOTICE_TITLE = "娄底市人民政府办公室关于印发《娄底市“人工智能+”行动实施方案（2026—2028年）》的通知"
PREAMBLE = "为深入贯彻落实国家和省关于深入实施“人工智能+”行动的决策部署，推动人工智能与我市钢铁新材料、装备制造等优势产业和民生服务深度融合，加快发展新质生产力，结合我市实际，制定本方案。"
BASE = "近年来，我市数字经济加快发展，2025年全市数字经济规模达到620亿元，建成5G基站6800个，智能算力规模达到180P，培育省级智能制造示范企业18家，钢铁、装备制造等行业涌现出一批智能化改造典型案例，为实施“人工智能+”行动奠定了良好基础。但也要看到，我市人工智能核心产业规模偏小、高端人才不足、应用场景开放不够等问题依然存在。"
GENERAL = "以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届历次全会精神，坚持应用牵引、场景驱动，坚持市县联动、政企协同，坚持发展和安全并重，以算力、数据、模型为支撑，以“人工智能+”产业升级和民生服务为重点，推动人工智能全方位赋能经济社会发展，为建设现代化新娄底提供有力支撑。"


def _build():
    blocks = [
        ("head", "娄底市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", NOTICE_TITLE),
        ("addressee", "各县市区人民政府，市直机关各单位："),
        ("p", f"《{TITLE}》已经市人民政府同意，现印发给你们，请认真组织实施。"),
        ("sign", ISSUER),
        ("date", "2026年4月15日"),
        ("title", TITLE),
        ("p", PREAMBLE),
        ("p", BASE),
        ("h1", "一、总体要求"),
        ("p", GENERAL),
        ("h1", "二、发展目标"),
        ("p", GOAL_2026),
        ("p", GOAL_2028),
        ("caption", TABLE_CAPTION),
        ("table", TABLE),
        ("h1", "三、重点任务"),
        ("p", RULE),
    ]
    goals = [Goal("到2026年", GOAL_2026, TARGETS_2026), Goal("到2028年", GOAL_2028, TARGETS_2028)]
    subs = []
    serial = 0
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for _no, title, rest, bodies, targets in items:
            serial += 1
            no = f"{serial}."
            body = f"{title}，{rest}"
            text = f"{body}（责任单位：{'、'.join(bodies)}）"
            blocks.append(("p", f"{no}{text}"))
            codes = [ALIAS[n] for n in bodies]
            tasks.append(Task(no, title, text, lead=codes[:1], responsible=codes[1:]))
            if targets:
                goals.append(Goal(title, body, targets, numbering=no))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sections = [Section("三", "三、", "重点任务", "key_task", sections=subs)]
    blocks.append(("h1", "四、保障措施"))
    safe = []
    for no, title, rest in SAFEGUARDS:
        blocks.append(("p", f"{no}{title}。{rest}"))
        safe.append(Task(no, title, f"{title}。{rest}"))
    sections.append(Section("四", "四、", "保障措施", "safeguard", safe))
    blocks.append(("cc", "抄送：市委各部门，市人大常委会办公室，市政协办公室。"))
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {"slug": "loudi-city", "name": "娄底市", "name_en": "Loudi, Hunan", "level": "city"},
    "plan": {
        "code": SLUG,
        "title": TITLE,
        "title_en": "Loudi implementation plan of the “AI+” action (2026–2028) — synthetic",
        "issuer": ISSUER,
        "doc_number": DOC_NUMBER,
        "issued_on": "2026-04-15",
        "period_start": 2026,
        "period_end": 2028,
        "milestone_years": [2026, 2028],
        "source_file": f"{SLUG}.pdf",
    },
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """# 娄底市“人工智能+”行动实施方案（2026—2028年） (娄底市人民政府办公室, 娄政办发〔2026〕7号, 2026-04-15) — SYNTHETIC (synthetic_ar):
# WRITTEN by the collector (helper blindAR, 2026-12-05) before reading or running the importer; no such document is claimed to exist.
# Built by make_files.py from doc_loudi.py as a .docx printed to PDF by LibreOffice (red head, 发文字号, footer "— N —", a ruled table).
# Zone loudi-city (湖南, a prefecture city): period 2026–2028, milestones 2026 and 2028.
# Outline: notice, title, preamble; 一、总体要求 (no figure); 二、发展目标 = two paragraphs "到2026年，…" and "到2028年，…" → two goals titled by their
#   date phrase, due 2026 and 2028; "表1 主要指标" repeats the paragraphs' figures (same value, unit and year for the same thing) → no target of its
#   own (SOURCES.md: a figure printed twice is ONE target, kept where first printed; 60 in the table is the paragraph's 突破60亿元).
#   三、重点任务: a rule line stated once, "列第一位的为牵头单位，其他单位按职责分工负责", then five groups （一）–（五） (sub-sections) of items 1.–16.
#   numbered on across the groups; an item has no heading of its own → its title is its first phrase up to the first comma (SOURCES.md, Outline)
#   and its text runs to its annotation "（责任单位：X、Y…）" (included). 四、保障措施 （一）–（五） unannotated → safeguard tasks without roles.
#   A 发展基础 paragraph after the preamble ("2025年…620亿元…6800个…180P…18家") holds baselines only: no goal, no target.
# Roles: the first body of each 责任单位 list leads, the others are responsible (the rule as worded; SOURCES.md). Named county bodies
#   (娄星区人民政府, 冷水江市人民政府, 双峰县人民政府, 新化县人民政府) are agencies of their own; 各县市区人民政府 is one collective agency.
# Targets: the two goal paragraphs' 10 figures ("其中营业收入亿元以上企业15家" the part of 人工智能相关企业达到200家); every item holding figures is also a
#   goal titled like the item, its text without the annotation; its figures due 2028 unless dated ("到2027年新增智能算力800P" → 2027, flow).
#   每年 → per_year flow (每年引进培育…人才 → kind talent); 三年累计引进 → flow, its 其中 the part. "引导设立总规模10亿元的人工智能产业发展基金" is the size
#   of a fund being set up: no target (SOURCES.md). Not targets: 表1's repeats, the yearly budget (2000万元) and the
#   yearly contest of 保障措施, "一件事一次办".
"""

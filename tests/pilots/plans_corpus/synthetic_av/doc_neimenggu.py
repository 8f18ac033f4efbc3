# ruff: noqa: E501  (plan text as the office writes it)
"""内蒙古自治区“人工智能+”行动计划（2026—2028年） — INVENTED (synthetic_av), a .docx printed to PDF by
LibreOffice. 二、主要目标 of two dated paragraphs (到2026年 / 到2028年, one "其中" figure); 三、–五、 three
chapters whose tasks （一）–（十四） run on across them and close on "（自治区X牵头，自治区Y、Z配合）" /
"（自治区X、Y按职责分工负责）" / "（自治区X牵头，各盟市负责）" with 自治区 printed once before names sharing it;
六、保障措施 （一）–（四） unannotated; 抄送 and 印发 lines at the end."""

from synthetic_model import Agency, Goal, Section, Target, Task, safeguard_items

SLUG = "inner-mongolia-ai-plus-action-2026-synthetic"
KIND = "pdf"

# code, full name, printed forms (aliases), category
A = [
    (
        "fgw",
        "内蒙古自治区发展和改革委员会",
        ["自治区发展改革委", "发展改革委"],
        "development_reform",
    ),
    (
        "gxt",
        "内蒙古自治区工业和信息化厅",
        ["自治区工业和信息化厅", "工业和信息化厅"],
        "industry_it",
    ),
    ("kjt", "内蒙古自治区科学技术厅", ["自治区科技厅"], "science_technology"),
    ("sjj", "内蒙古自治区数据局", ["自治区数据局", "数据局"], "big_data"),
    ("nyj", "内蒙古自治区能源局", ["自治区能源局", "能源局"], "development_reform"),
    ("czt", "内蒙古自治区财政厅", ["自治区财政厅"], "finance"),
    ("jyt", "内蒙古自治区教育厅", ["自治区教育厅", "教育厅"], "education"),
    ("rst", "内蒙古自治区人力资源和社会保障厅", ["人力资源社会保障厅"], "human_resources"),
    ("nmt", "内蒙古自治区农牧厅", ["自治区农牧厅", "农牧厅"], "agriculture"),
    ("lcj", "内蒙古自治区林业和草原局", ["自治区林草局"], "natural_resources"),
    ("sthj", "内蒙古自治区生态环境厅", ["自治区生态环境厅"], "ecology_environment"),
    ("yjt", "内蒙古自治区应急管理厅", ["应急管理厅"], "emergency"),
    ("wjw", "内蒙古自治区卫生健康委员会", ["自治区卫生健康委"], "health"),
    ("yb", "内蒙古自治区医疗保障局", ["自治区医保局"], "health"),
    ("swt", "内蒙古自治区商务厅", ["自治区商务厅"], "commerce"),
    ("wlt", "内蒙古自治区文化和旅游厅", ["文化和旅游厅"], "culture_tourism"),
    ("jtt", "内蒙古自治区交通运输厅", ["交通运输厅"], "transport"),
    ("gzw", "内蒙古自治区人民政府国有资产监督管理委员会", ["自治区国资委", "国资委"], "government"),
    (
        "wxb",
        "中共内蒙古自治区委员会网络安全和信息化委员会办公室",
        ["自治区党委网信办"],
        "publicity",
    ),
    ("gat", "内蒙古自治区公安厅", ["自治区公安厅"], "public_security"),
    ("txj", "内蒙古自治区通信管理局", ["通信管理局"], "other"),
    ("ms", "内蒙古自治区各盟行政公署、市人民政府", ["各盟市"], "local_government"),
]
FORM = {form: code for code, _, forms, _ in A for form in forms}
USED: set = set()


def _agencies():
    out = []
    for code, name, forms, cat in A:
        printed = [f for f in forms if f in USED]
        out.append(Agency(code, name, printed, cat))
    return out


TITLE = "内蒙古自治区“人工智能+”行动计划（2026—2028年）"
DOC_NUMBER = "内政办发〔2026〕8号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Inner Mongolia Autonomous Region action plan of “AI+” (2026–2028) — synthetic",
    "issuer": "内蒙古自治区人民政府办公厅",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-12",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = [
    ("addressee", "各盟行政公署、市人民政府，自治区各委、办、厅、局，各大企业、事业单位："),
    ("body", f"经自治区人民政府同意，现将《{TITLE}》印发给你们，请结合实际，认真贯彻落实。"),
    ("sign", "内蒙古自治区人民政府办公厅"),
    ("date", "2026年3月12日"),
    ("body", "（此件公开发布）"),
]
PREAMBLE = "为深入贯彻落实国务院关于深入实施“人工智能+”行动的意见，充分发挥我区能源资源丰富、算力基础扎实、应用场景广阔的比较优势，推动人工智能与能源、制造、农牧业、生态保护和公共服务深度融合，加快培育和发展新质生产力，结合自治区实际，制定本行动计划。"
GENERAL = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，深入落实习近平总书记对内蒙古的重要指示精神，牢牢把握在全国发展大局中的战略定位，坚持应用牵引、算力先行、数据赋能、安全可控，以“绿电+算力+模型+场景”融合发展为主线，统筹推进基础设施、技术攻关、产业培育和场景开放，推动人工智能全方位赋能经济社会发展，为建设国家重要能源和战略资源基地、农畜产品生产基地，筑牢我国北方重要生态安全屏障提供有力支撑。"

BASE = "近年来，我区深入实施数字经济发展战略，算力基础设施建设走在全国前列。截至2025年底，全区算力总规模达到6.5万P，其中智能算力规模达到4.8万P，和林格尔、乌兰察布两大数据中心集群上架服务器超过120万台；人工智能核心产业规模达到160亿元，“蒙速办”“草原云”等平台加快普及，煤矿、电力、乳业等领域涌现出一批人工智能典型应用，为深入实施“人工智能+”行动奠定了良好基础。同时也要看到，我区人工智能产业规模总体偏小，模型研发和应用创新能力不强，高端人才供给不足，行业数据开发利用水平有待提高。"
PRINCIPLES = [
    "——坚持应用牵引。立足我区产业结构和资源禀赋，以能源、制造、农牧业、生态等领域真实需求为导向，以场景开放带动技术迭代和产业集聚。",
    "——坚持算力先行。发挥绿电资源优势，推动算力与电力协同布局，打造全国重要的绿色算力供给基地。",
    "——坚持数据赋能。加快数据资源开发利用，推动高质量数据集建设和行业数据流通，夯实模型训练和应用的数据基础。",
    "——坚持安全可控。统筹发展和安全，健全人工智能安全风险防范机制，确保人工智能安全、可靠、可控发展。",
]
GOAL_2026 = "到2026年，全区智能算力规模突破10万P，算力中心绿色电力使用占比达到80%以上，人工智能核心产业规模达到300亿元，打造“人工智能+”典型应用场景200个以上，“人工智能+”行动取得阶段性成效。"
T_2026 = [
    Target(
        "智能算力规模",
        "P",
        "gt",
        100000,
        "全区智能算力规模突破10万P",
        kind="computing_power",
        deadline=2026,
    ),
    Target(
        "算力中心绿色电力使用占比",
        "%",
        "gte",
        80,
        "算力中心绿色电力使用占比达到80%以上",
        deadline=2026,
    ),
    Target(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        300,
        "人工智能核心产业规模达到300亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    Target(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        200,
        "打造“人工智能+”典型应用场景200个以上",
        kind="application_scenarios",
        deadline=2026,
    ),
]
GOAL_2028 = "到2028年，全区智能算力规模达到20万P，人工智能核心产业规模突破800亿元，带动相关产业规模超过3000亿元；培育人工智能重点企业500家以上，其中营业收入超10亿元的企业10家；打造“人工智能+”典型应用场景600个以上，建成国家级行业应用中试基地1—2个；新增人工智能领域高技能人才2万人。人工智能与经济社会各领域融合应用水平走在西部地区前列。"
T_2028 = [
    Target("智能算力规模", "P", "eq", 200000, "全区智能算力规模达到20万P", kind="computing_power"),
    Target(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        800,
        "人工智能核心产业规模突破800亿元",
        kind="ai_industry_scale",
    ),
    Target(
        "带动相关产业规模",
        "亿元",
        "gt",
        3000,
        "带动相关产业规模超过3000亿元",
        kind="related_industry_scale",
    ),
    Target(
        "人工智能重点企业", "家", "gte", 500, "培育人工智能重点企业500家以上", kind="ai_enterprises"
    ),
    Target(
        "营业收入超10亿元的人工智能重点企业",
        "家",
        "eq",
        10,
        "其中营业收入超10亿元的企业10家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    Target(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        600,
        "打造“人工智能+”典型应用场景600个以上",
        kind="application_scenarios",
    ),
    Target(
        "国家级行业应用中试基地",
        "个",
        "range",
        1,
        "建成国家级行业应用中试基地1—2个",
        value_max=2,
        kind="innovation_platforms",
    ),
    Target(
        "新增人工智能领域高技能人才",
        "人",
        "eq",
        20000,
        "新增人工智能领域高技能人才2万人",
        kind="talent",
        aggregation="flow",
    ),
]

# chapters: (numbering, title, [(no, title, body, (lead forms, supporting forms, responsible forms), note, targets)])
CHAPTERS = [
    (
        "三、",
        "筑牢人工智能发展底座",
        [
            (
                "（一）",
                "建设绿色智能算力枢纽",
                "加快和林格尔数据中心集群、乌兰察布数据中心集群建设，推动新建算力中心按照绿色低碳标准规划建设，新建大型以上数据中心电能利用效率持续降低。开展“绿电直供”算力中心试点，推动风电、光伏发电项目与算力中心一体化规划、同步建设，建成“绿电直供”试点项目10个。建设自治区算力调度服务平台，推动区内通用算力、智能算力、超算资源统一监测、统一调度，面向京津冀、长三角、粤港澳大湾区提供算力服务。",
                "自治区发展改革委牵头，自治区能源局、数据局、工业和信息化厅配合",
                (["自治区发展改革委"], ["自治区能源局", "数据局", "工业和信息化厅"], []),
                [Target("“绿电直供”试点项目", "个", "eq", 10, "建成“绿电直供”试点项目10个")],
            ),
            (
                "（二）",
                "推进高质量数据集建设",
                "围绕能源、稀土、乳业、草原生态、农牧业等优势领域，组织行业龙头企业、科研院所建设行业高质量数据集，累计建成高质量数据集300个以上。推进公共数据资源授权运营，建设能源、农牧业行业可信数据空间，健全数据标注、数据交易、数据安全等服务体系，培育数据标注基地。",
                "自治区数据局牵头，自治区能源局、农牧厅、工业和信息化厅配合",
                (["自治区数据局"], ["自治区能源局", "农牧厅", "工业和信息化厅"], []),
                [Target("高质量数据集", "个", "gte", 300, "累计建成高质量数据集300个以上")],
            ),
            (
                "（三）",
                "打造行业大模型",
                "支持区内龙头企业联合高校院所和头部模型企业，在煤炭、电力、现代煤化工、稀土新材料、乳业等领域研发行业大模型，力争培育具有全国影响力的行业大模型5个以上。建设自治区大模型评测验证中心，完善模型备案、评测、上线服务，推动通用大模型在我区各行业适配应用。",
                "自治区科技厅、工业和信息化厅、数据局按职责分工负责",
                ([], [], ["自治区科技厅", "工业和信息化厅", "数据局"]),
                [
                    Target(
                        "具有全国影响力的行业大模型",
                        "个",
                        "gte",
                        5,
                        "培育具有全国影响力的行业大模型5个以上",
                    )
                ],
            ),
            (
                "（四）",
                "加强关键技术攻关",
                "实施人工智能重大科技专项，聚焦智能感知、具身智能、工业智能控制、新能源智能调度等方向，每年支持攻关项目20项以上。支持内蒙古大学、内蒙古工业大学等高校建设人工智能学院和重点实验室，推动科研成果在区内转化落地。",
                "自治区科技厅牵头，自治区教育厅、工业和信息化厅配合",
                (["自治区科技厅"], ["自治区教育厅", "工业和信息化厅"], []),
                [
                    Target(
                        "人工智能重大科技专项攻关项目",
                        "项",
                        "gte",
                        20,
                        "每年支持攻关项目20项以上",
                        per_year=True,
                        kind="research_results",
                    )
                ],
            ),
        ],
    ),
    (
        "四、",
        "推进“人工智能+”产业赋能",
        [
            (
                "（五）",
                "“人工智能+”能源",
                "推动人工智能在煤矿安全生产、智能采掘、风光功率预测、电网调度、储能运行等场景深度应用，累计建成智能化煤矿300处。建设新能源场站智能运维平台，推广无人机巡检、设备故障智能诊断，提升新能源消纳和电网安全运行水平。",
                "自治区能源局牵头，自治区发展改革委、应急管理厅配合",
                (["自治区能源局"], ["自治区发展改革委", "应急管理厅"], []),
                [Target("智能化煤矿", "处", "eq", 300, "累计建成智能化煤矿300处")],
            ),
            (
                "（六）",
                "“人工智能+”制造",
                "聚焦现代煤化工、稀土新材料、钢铁、有色金属、乳业等重点产业链，推动工艺优化、质量检测、能耗管理等环节智能化改造，培育自治区级智能工厂100家以上。支持国有企业开放应用场景，带动产业链上下游企业协同开展智能化改造。",
                "自治区工业和信息化厅牵头，自治区国资委、各盟市配合",
                (["自治区工业和信息化厅"], ["自治区国资委", "各盟市"], []),
                [Target("自治区级智能工厂", "家", "gte", 100, "培育自治区级智能工厂100家以上")],
            ),
            (
                "（七）",
                "“人工智能+”农牧业",
                "推广智慧牧场、智能饲喂、牲畜健康智能监测和农机自动驾驶等应用，建设数字农牧业示范基地50个。建设农畜产品质量安全追溯平台，推动人工智能在草原畜牧业、设施农业中的规模化应用。",
                "自治区农牧厅牵头，自治区林草局、数据局配合",
                (["自治区农牧厅"], ["自治区林草局", "数据局"], []),
                [Target("数字农牧业示范基地", "个", "eq", 50, "建设数字农牧业示范基地50个")],
            ),
            (
                "（八）",
                "“人工智能+”商贸物流和文旅",
                "推动口岸通关、跨境物流、电子商务等领域智能化升级，支持满洲里、二连浩特等口岸建设智慧口岸。发展智慧旅游，推出草原、沙漠、森林等特色文旅智能导览服务，提升游客服务体验。",
                "自治区商务厅、文化和旅游厅、交通运输厅按职责分工负责",
                ([], [], ["自治区商务厅", "文化和旅游厅", "交通运输厅"]),
                [],
            ),
            (
                "（九）",
                "培育壮大人工智能产业集群",
                "支持呼和浩特、包头、鄂尔多斯等地建设人工智能产业园区，引进培育一批算力服务、模型开发、智能终端和行业应用企业。发挥政府投资基金引导作用，吸引社会资本投向人工智能领域，支持符合条件的企业上市融资。",
                "自治区工业和信息化厅牵头，自治区财政厅、国资委配合",
                (["自治区工业和信息化厅"], ["自治区财政厅", "国资委"], []),
                [],
            ),
        ],
    ),
    (
        "五、",
        "拓展“人工智能+”社会治理和民生应用",
        [
            (
                "（十）",
                "“人工智能+”生态保护",
                "运用卫星遥感、无人机和智能视频监测，加强草原、森林、湿地、沙漠生态状况动态监测，草原森林火情智能监测覆盖率达到90%。推动人工智能在黄河流域生态保护、荒漠化防治中的应用，服务“三北”工程攻坚战。",
                "自治区林草局牵头，自治区生态环境厅、应急管理厅配合",
                (["自治区林草局"], ["自治区生态环境厅", "应急管理厅"], []),
                [
                    Target(
                        "草原森林火情智能监测覆盖率",
                        "%",
                        "eq",
                        90,
                        "草原森林火情智能监测覆盖率达到90%",
                    )
                ],
            ),
            (
                "（十一）",
                "“人工智能+”医疗健康",
                "推广智能辅助诊断、医学影像智能识别和智能随访等应用，建设嘎查村远程智能诊疗服务点1000个，提升农村牧区基层医疗服务能力。推动蒙医药知识库和智能诊疗系统建设，探索医保智能审核。",
                "自治区卫生健康委牵头，自治区医保局配合",
                (["自治区卫生健康委"], ["自治区医保局"], []),
                [
                    Target(
                        "嘎查村远程智能诊疗服务点",
                        "个",
                        "eq",
                        1000,
                        "建设嘎查村远程智能诊疗服务点1000个",
                    )
                ],
            ),
            (
                "（十二）",
                "“人工智能+”教育和就业",
                "推动人工智能通识教育进中小学课堂，支持职业院校开设人工智能相关专业。实施人工智能技能提升行动，每年开展人工智能技能培训5万人次以上，拓展人工智能训练师、数据标注员等新职业就业岗位。",
                "自治区教育厅、人力资源社会保障厅按职责分工负责",
                ([], [], ["自治区教育厅", "人力资源社会保障厅"]),
                [
                    Target(
                        "人工智能技能培训",
                        "人次",
                        "gte",
                        50000,
                        "每年开展人工智能技能培训5万人次以上",
                        per_year=True,
                        kind="talent",
                    )
                ],
            ),
            (
                "（十三）",
                "“人工智能+”政务服务",
                "依托“蒙速办”平台，推广智能问答、智能预审、智能审批等服务，政务服务事项智能办理比例达到60%。推动12345政务服务便民热线智能化升级，建设城市运行智能感知体系，提升基层治理智能化水平。",
                "自治区数据局牵头，各盟市负责",
                (["自治区数据局"], [], ["各盟市"]),
                [
                    Target(
                        "政务服务事项智能办理比例", "%", "eq", 60, "政务服务事项智能办理比例达到60%"
                    )
                ],
            ),
            (
                "（十四）",
                "强化人工智能安全治理",
                "落实生成式人工智能服务管理有关规定，建立健全人工智能安全风险监测预警机制，加强数据安全、算法安全和网络安全防护，严厉打击利用人工智能实施的违法犯罪活动。",
                "自治区党委网信办牵头，自治区公安厅、通信管理局配合",
                (["自治区党委网信办"], ["自治区公安厅", "通信管理局"], []),
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强统筹协调",
        "建立自治区“人工智能+”行动工作推进机制，由自治区人民政府分管领导牵头，统筹解决重大问题。各盟市要结合实际制定具体实施方案，明确任务分工和进度安排，确保各项任务落地见效。自治区各有关部门要按照职责分工，细化工作举措，加强协同配合，形成工作合力。",
    ),
    (
        "（二）",
        "加大政策支持",
        "自治区财政每年统筹安排不少于5亿元资金，支持算力基础设施、行业大模型和应用场景建设。落实绿电交易、电价优惠等政策，降低算力中心用能成本。鼓励金融机构开发适合人工智能企业特点的信贷产品，拓宽企业融资渠道。",
    ),
    (
        "（三）",
        "强化人才支撑",
        "将人工智能领域高层次人才纳入自治区人才引进重点支持范围，在住房、子女教育、医疗保障等方面提供便利。鼓励区内高校与头部企业共建人才实训基地，支持企业与高校联合培养复合型人才，完善人才评价激励机制。",
    ),
    (
        "（四）",
        "营造良好氛围",
        "加强“人工智能+”行动政策宣传解读，及时总结推广典型经验做法，办好中国（内蒙古）人工智能应用大会等活动，营造全社会关心支持人工智能发展的良好氛围。建立工作台账和评估机制，定期调度重点任务进展，自治区发展改革委会同有关部门适时开展评估，每年向自治区人民政府报告实施情况。",
    ),
]
CC = "抄送：自治区党委各部门，内蒙古军区，自治区人大常委会办公厅、政协办公厅，自治区监委，自治区高级人民法院，自治区人民检察院。"
PRINTED = "内蒙古自治区人民政府办公厅　　　　2026年3月13日印发"


def _build():
    blocks = [
        ("head", "内蒙古自治区人民政府办公厅文件"),
        ("docno", DOC_NUMBER),
        ("title", f"内蒙古自治区人民政府办公厅关于印发{TITLE}的通知"),
        *NOTICE,
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("body", BASE),
        ("h1", "一、总体要求"),
        ("h2", "（一）指导思想"),
        ("body", GENERAL),
        ("h2", "（二）基本原则"),
        *[("body", line) for line in PRINCIPLES],
        ("h1", "二、主要目标"),
        ("body", GOAL_2026),
        ("body", GOAL_2028),
    ]
    goals = [Goal("到2026年", GOAL_2026, T_2026), Goal("到2028年", GOAL_2028, T_2028)]
    sections = []
    for cno, ctitle, items in CHAPTERS:
        blocks.append(("h1", f"{cno}{ctitle}"))
        tasks = []
        for no, title, body, note, (lead, sup, resp), targets in items:
            blocks.append(("item", (f"{no}{title}。", f"{body}（{note}）")))
            USED.update(lead + sup + resp)
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}（{note}）",
                    lead=[FORM[n] for n in lead],
                    responsible=[FORM[n] for n in resp],
                    supporting=[FORM[n] for n in sup],
                )
            )
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        sections.append(Section(cno.rstrip("、"), cno, ctitle, "key_task", tasks))
    safeguards = safeguard_items(blocks, "六、保障措施", SAFEGUARDS)
    sections.append(Section("六", "六、", "保障措施", "safeguard", safeguards))
    blocks += [("rule", ""), ("cc", CC), ("cc", PRINTED)]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "inner-mongolia",
        "name": "内蒙古自治区",
        "name_en": "Inner Mongolia",
        "level": "municipality",
    },
    "plan": PLAN,
    "agencies": _agencies(),
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 内蒙古自治区“人工智能+”行动计划（2026—2028年） (内蒙古自治区人民政府办公厅, 内政办发〔2026〕8号, 2026-03-12) — SYNTHETIC
# (synthetic_av): WRITTEN by the collector (helper blindAV, 2026-12-05) before reading or running the importer; no such
#   document is claimed to exist. Built by make_files.py from doc_neimenggu.py as a .docx printed to PDF by LibreOffice.
# Zone inner-mongolia (an autonomous region → provincial level, `municipality`); period 2026–2028, milestones 2026 and 2028.
# Outline: red head, 发文字号, notice, signature, "（此件公开发布）", page break, title, preamble,
#   A paragraph of 2025 figures after the preamble (6.5万P, 4.8万P, 120万台, 160亿元): baselines, no target. 一、 holds
#   （一）指导思想 and （二）基本原则 of four "——坚持…。" lines (principles: no section, no task, no figure).
#   二、主要目标 = two untitled paragraphs "到2026年，…" / "到2028年，…" → goals titled by their date phrase. 三、–五、 three
#   chapters (sections) whose tasks （一）–（十四） are numbered ON across the chapters, each "（X）标题。正文（annotation）";
#   六、保障措施 （一）–（四） unannotated → safeguard tasks without roles. After them 抄送 and 印发 lines (no task).
# Tasks: title = heading before the first 。; text = heading + body + annotation, without the number.
# Roles as worded: （自治区X牵头，自治区Y、Z配合） → lead X, supporting Y Z; （自治区X、Y按职责分工负责） → responsible;
#   （自治区数据局牵头，各盟市负责） → lead + responsible. "自治区" printed once before several names is shared (自治区能源局、数据局、
#   工业和信息化厅 → three 内蒙古自治区 bodies; the aliases are the forms printed). 各盟市 is one collective agency (the 盟 offices
#   and 市 governments). 国资委 / 公安厅 / 通信管理局 / 医保局 / 生态环境厅 appear only after a 自治区 prefix and are 自治区 bodies.
# Targets: the goal paragraphs' four (2026) and eight (2028) figures; 10万P / 20万P / 2万人 multiplied out; 其中营业收入超10亿元的企业10家
#   → parent of the 500家 target; 1—2个 → range; 新增…2万人 → flow. "走在西部地区前列" has no figure. Every task holding figures is
#   also a goal titled like the task (text without the annotation), due 2028 (no year of its own): 每年支持攻关项目20项以上 and
#   每年开展…培训5万人次以上 → per_year flow; 累计建成… → stock. Not targets: 保障措施（二）'s yearly 不少于5亿元 (a budget), 12345,
#   "三北" and names.
"""

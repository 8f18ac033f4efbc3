# ruff: noqa: E501  (plan text as the offices write it)
"""中共湄江省委 湄江省人民政府关于深入实施“人工智能+”行动的实施意见 — INVENTED (synthetic_bu). A JOINT document of the
party committee and the government (湄委发〔2026〕9号) built as .docx and printed to PDF by LibreOffice: red head, number,
title, addressee, preamble; 一、总体要求 (guiding paragraph with 2025 baselines, two dated goal paragraphs "到2027年，…" /
"到2030年，…"); parts 二、–六、 of paragraphs （一）… restarting per part, each closing on the bodies WITHOUT a label
"（省委网信办、省发展改革委、省科技厅按职责分工负责）" — province departments with and without 省, party bodies beside
government ones, 各市州党委和政府 as a collective; 七、组织实施 (safeguards, two annotated); signatures, date."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "meijiang-ai-plus-opinions-2026-synthetic"
KIND = "pdf"

A = {
    "wxb": ("中共湄江省委网络安全和信息化委员会办公室", "publicity", ["省委网信办"]),
    "fgw": ("湄江省发展和改革委员会", "development_reform", ["省发展改革委", "发展改革委"]),
    "kjt": ("湄江省科学技术厅", "science_technology", ["省科技厅", "科技厅"]),
    "gxt": ("湄江省工业和信息化厅", "industry_it", ["省工业和信息化厅", "工业和信息化厅"]),
    "sjj": ("湄江省数据局", "big_data", ["省数据局", "数据局"]),
    "txj": ("湄江省通信管理局", "industry_it", ["省通信管理局"]),
    "xcb": ("中共湄江省委宣传部", "publicity", ["省委宣传部"]),
    "zzb": ("中共湄江省委组织部", "party_organisation", ["省委组织部"]),
    "bb": ("中共湄江省委机构编制委员会办公室", "party_organisation", ["省委编办"]),
    "jyt": ("湄江省教育厅", "education", ["省教育厅", "教育厅"]),
    "rst": (
        "湄江省人力资源和社会保障厅",
        "human_resources",
        ["省人力资源社会保障厅", "人力资源社会保障厅"],
    ),
    "czt": ("湄江省财政厅", "finance", ["省财政厅", "财政厅"]),
    "nyt": ("湄江省农业农村厅", "agriculture", ["省农业农村厅"]),
    "wjw": ("湄江省卫生健康委员会", "health", ["省卫生健康委"]),
    "jtt": ("湄江省交通运输厅", "transport", ["省交通运输厅"]),
    "swt": ("湄江省商务厅", "commerce", ["省商务厅", "商务厅"]),
    "wlt": ("湄江省文化和旅游厅", "culture_tourism", ["文化和旅游厅"]),
    "scj": ("湄江省市场监督管理局", "market_regulation", ["省市场监管局"]),
    "mzt": ("湄江省民政厅", "civil_affairs", ["省民政厅"]),
    "gat": ("湄江省公安厅", "public_security", ["省公安厅"]),
    "gzw": ("湄江省人民政府国有资产监督管理委员会", "state_enterprise", ["省国资委"]),
    "jrj": ("中共湄江省委金融委员会办公室", "financial_regulation", ["省委金融办"]),
    "ss": ("湄江省各市州党委和政府", "local_government", ["各市州党委和政府"]),
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "中共湄江省委 湄江省人民政府关于深入实施“人工智能+”行动的实施意见"
DOC_NUMBER = "湄委发〔2026〕9号"

PREAMBLE = [
    "为深入贯彻落实党中央、国务院关于深入实施“人工智能+”行动的决策部署，加快推动人工智能与我省经济社会各行业各领域广泛深度融合，培育发展新质生产力，为谱写湄江高质量发展新篇章提供有力支撑，现提出如下实施意见。",
    "人工智能是引领新一轮科技革命和产业变革的战略性技术，深刻改变着人类生产生活方式。我省拥有有色金属、精细化工、特色农业和生态文旅等产业基础，具备数据资源丰富、应用场景多样、清洁能源充沛等比较优势。全省各级党委和政府要把深入实施“人工智能+”行动作为一项战略性、全局性任务，抓紧抓实抓出成效。",
]
PRINCIPLES = "坚持应用牵引、场景开放，以真实需求带动技术迭代和产业发展；坚持创新驱动、自立自强，加强关键技术攻关和自主可控产品推广；坚持统筹协调、集约共享，避免算力和数据平台重复建设、分散建设；坚持安全可控、包容审慎，统筹发展和安全，守住安全底线。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持党的全面领导，坚持需求导向、场景牵引、安全可控、开放合作，统筹算力、数据、模型、应用和生态，推动人工智能赋能产业转型、民生改善和治理提升。截至2025年底，全省智能算力规模达到3200P，人工智能核心产业规模约420亿元，人工智能企业510家，为深入实施“人工智能+”行动打下了较好基础。"

G1_TEXT = "到2027年，人工智能与六大重点领域融合应用走在中西部前列，全省智能算力规模达到8000P以上，人工智能核心产业规模突破800亿元，人工智能企业超过900家，培育行业大模型30个以上，打造典型应用场景300个，新一代智能终端普及率达到70%，智能体应用普及率超过60%。"
G1 = [
    T("全省智能算力规模", "P", "gte", 8000, "全省智能算力规模达到8000P以上", deadline=2027),
    T("人工智能核心产业规模", "亿元", "gt", 800, "人工智能核心产业规模突破800亿元", deadline=2027),
    T("人工智能企业", "家", "gt", 900, "人工智能企业超过900家", deadline=2027),
    T("培育行业大模型", "个", "gte", 30, "培育行业大模型30个以上", deadline=2027),
    T("打造典型应用场景", "个", "eq", 300, "打造典型应用场景300个", deadline=2027),
    T("新一代智能终端普及率", "%", "eq", 70, "新一代智能终端普及率达到70%", deadline=2027),
    T("智能体应用普及率", "%", "gt", 60, "智能体应用普及率超过60%", deadline=2027),
]
G2_TEXT = "到2030年，人工智能全面赋能全省经济社会发展，人工智能核心产业规模达到1500亿元左右，带动相关产业规模超过5000亿元，智能经济成为全省经济发展的重要增长极。"
G2 = [
    T("人工智能核心产业规模", "亿元", "approx", 1500, "人工智能核心产业规模达到1500亿元左右"),
    T("带动相关产业规模", "亿元", "gt", 5000, "带动相关产业规模超过5000亿元"),
]

# (part number, title, [(title, rest, annotation, responsible codes, targets)])
PARTS = [
    (
        "二、",
        "夯实人工智能发展基础",
        [
            (
                "统筹建设智能算力设施",
                "推进湄江算力枢纽节点建设，优化全省智算中心布局，新建智能算力2000P，建设省级算力调度平台，实现全省公共算力资源统一调度。推动算力与电力协同布局，引导存量数据中心向智算中心改造升级。新建智算中心电能利用效率不高于1.25。对中小企业使用公共算力给予不超过合同金额30%的算力券支持，单个企业每年最高50万元。",
                "（省发展改革委、省数据局、省通信管理局按职责分工负责）",
                ["fgw", "sjj", "txj"],
                [T("新建智能算力", "P", "eq", 2000, "新建智能算力2000P", aggregation="flow")],
            ),
            (
                "加快高质量数据集建设",
                "深化公共数据授权运营，建设“湄数通”可信数据空间，围绕制造、农业、文旅等领域建设高质量行业数据集100个以上，开放公共数据集500个，建立数据标注基地3个。培育数据标注、数据经纪等数据服务企业，完善数据产权、流通交易、收益分配和安全治理制度。",
                "（省数据局、省委网信办、省工业和信息化厅按职责分工负责）",
                ["sjj", "wxb", "gxt"],
                [
                    T("建设高质量行业数据集", "个", "gte", 100, "建设高质量行业数据集100个以上"),
                    T("开放公共数据集", "个", "eq", 500, "开放公共数据集500个"),
                    T("建立数据标注基地", "个", "eq", 3, "建立数据标注基地3个"),
                ],
            ),
            (
                "强化模型研发和技术攻关",
                "实施人工智能重大科技专项，支持高校院所和龙头企业联合攻关多模态、具身智能等关键技术，布局建设省级人工智能重点实验室5家、新型研发机构10家。",
                "（省科技厅、教育厅、工业和信息化厅按职责分工负责）",
                ["kjt", "jyt", "gxt"],
                [
                    T("布局建设省级人工智能重点实验室", "家", "eq", 5, "省级人工智能重点实验室5家"),
                    T("布局建设新型研发机构", "家", "eq", 10, "新型研发机构10家"),
                ],
            ),
            (
                "推动开源开放生态建设",
                "支持建设“湄智”开源社区和模型服务平台，鼓励企业开放模型接口和工具链，聚集开发者2万名。",
                "（省委网信办、省科技厅、省工业和信息化厅按职责分工负责）",
                ["wxb", "kjt", "gxt"],
                [T("聚集开发者", "名", "eq", 20000, "聚集开发者2万名")],
            ),
        ],
    ),
    (
        "三、",
        "推动人工智能赋能产业发展",
        [
            (
                "实施“人工智能+制造”行动",
                "围绕有色金属、精细化工、装备制造等重点产业链，推进工业大模型和智能体在研发设计、生产控制、质量检测等环节深度应用，加快推广预测性维护、智能排产、能耗优化等典型应用，建设智能工厂120家、智能制造示范车间400个。",
                "（省工业和信息化厅、发展改革委、科技厅按职责分工负责）",
                ["gxt", "fgw", "kjt"],
                [
                    T("建设智能工厂", "家", "eq", 120, "建设智能工厂120家"),
                    T("建设智能制造示范车间", "个", "eq", 400, "智能制造示范车间400个"),
                ],
            ),
            (
                "实施“人工智能+农业”行动",
                "推广智能农机、无人机植保和农业生产大模型，建设数字农业示范基地50个，推动茶叶、柑橘等特色产业全链条智能化。",
                "（省农业农村厅、省科技厅，各市州党委和政府按职责分工负责）",
                ["nyt", "kjt", "ss"],
                [T("建设数字农业示范基地", "个", "eq", 50, "建设数字农业示范基地50个")],
            ),
            (
                "实施“人工智能+服务业”行动",
                "推动人工智能在商贸物流、金融、文旅等领域创新应用，打造智慧商圈10个、智慧景区40个。",
                "（省商务厅、文化和旅游厅、省委金融办按职责分工负责）",
                ["swt", "wlt", "jrj"],
                [
                    T("打造智慧商圈", "个", "eq", 10, "打造智慧商圈10个"),
                    T("打造智慧景区", "个", "eq", 40, "智慧景区40个"),
                ],
            ),
            (
                "培育壮大人工智能企业",
                "实施人工智能企业梯度培育工程，培育营业收入超10亿元的人工智能龙头企业8家、专精特新中小企业150家，招引人工智能重点项目60个。",
                "（省工业和信息化厅、省商务厅、省国资委按职责分工负责）",
                ["gxt", "swt", "gzw"],
                [
                    T(
                        "培育营业收入超10亿元的人工智能龙头企业",
                        "家",
                        "eq",
                        8,
                        "人工智能龙头企业8家",
                    ),
                    T("培育专精特新中小企业", "家", "eq", 150, "专精特新中小企业150家"),
                    T(
                        "招引人工智能重点项目",
                        "个",
                        "eq",
                        60,
                        "招引人工智能重点项目60个",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "发展智能终端产业",
                "支持智能手机、智能穿戴、智能网联汽车等终端产品研发制造，建设智能终端产业园2个。",
                "（省工业和信息化厅、发展改革委按职责分工负责）",
                ["gxt", "fgw"],
                [T("建设智能终端产业园", "个", "eq", 2, "建设智能终端产业园2个")],
            ),
        ],
    ),
    (
        "四、",
        "推动人工智能赋能民生改善",
        [
            (
                "推进“人工智能+教育”",
                "建设省级教育大模型和智能教学平台，推动人工智能通识教育覆盖全省中小学，建设人工智能教育实验校300所。",
                "（省教育厅、省委网信办按职责分工负责）",
                ["jyt", "wxb"],
                [T("建设人工智能教育实验校", "所", "eq", 300, "建设人工智能教育实验校300所")],
            ),
            (
                "推进“人工智能+医疗健康”",
                "推广智能辅助诊断、智能影像等应用，二级以上公立医院智能辅助诊疗系统覆盖率达到90%。",
                "（省卫生健康委负责）",
                ["wjw"],
                [
                    T(
                        "二级以上公立医院智能辅助诊疗系统覆盖率",
                        "%",
                        "eq",
                        90,
                        "二级以上公立医院智能辅助诊疗系统覆盖率达到90%",
                    )
                ],
            ),
            (
                "推进“人工智能+就业”",
                "建设智能就业服务平台，开展人工智能技能培训10万人次，推动人岗智能匹配。密切关注人工智能对就业的影响，加强重点群体就业帮扶，健全新就业形态劳动者权益保障机制。",
                "（省人力资源社会保障厅、教育厅按职责分工负责）",
                ["rst", "jyt"],
                [
                    T(
                        "开展人工智能技能培训",
                        "人次",
                        "eq",
                        100000,
                        "开展人工智能技能培训10万人次",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推进“人工智能+文化”",
                "支持主流媒体建设智能采编播平台，推动文化资源数字化和智能化创作传播，打造网络视听精品100部。",
                "（省委宣传部、省委网信办、文化和旅游厅按职责分工负责）",
                ["xcb", "wxb", "wlt"],
                [T("打造网络视听精品", "部", "eq", 100, "打造网络视听精品100部")],
            ),
            (
                "推进“人工智能+交通出行”",
                "推进高速公路智能化改造，建设智慧公路500公里，推广智能公交和智慧停车。",
                "（省交通运输厅、省公安厅，各市州党委和政府按职责分工负责）",
                ["jtt", "gat", "ss"],
                [T("建设智慧公路", "公里", "eq", 500, "建设智慧公路500公里")],
            ),
            (
                "推进“人工智能+养老托育”",
                "推广智能看护、健康监测、陪伴机器人等产品和服务，建设智慧养老院100家，打造社区智慧养老服务综合体30个，提升“一老一小”服务智能化水平。",
                "（省民政厅、省卫生健康委，各市州党委和政府按职责分工负责）",
                ["mzt", "wjw", "ss"],
                [
                    T("建设智慧养老院", "家", "eq", 100, "建设智慧养老院100家"),
                    T(
                        "打造社区智慧养老服务综合体",
                        "个",
                        "eq",
                        30,
                        "打造社区智慧养老服务综合体30个",
                    ),
                ],
            ),
        ],
    ),
    (
        "五、",
        "推动人工智能赋能治理提升",
        [
            (
                "建设智能政务服务体系",
                "推动政务大模型在“湄好办”平台全面应用，政务服务事项智能办理比例达到50%，打造“一件事”智能办场景40个。",
                "（省数据局、省委编办，各市州党委和政府按职责分工负责）",
                ["sjj", "bb", "ss"],
                [
                    T("政务服务事项智能办理比例", "%", "eq", 50, "政务服务事项智能办理比例达到50%"),
                    T("打造“一件事”智能办场景", "个", "eq", 40, "打造“一件事”智能办场景40个"),
                ],
            ),
            (
                "提升社会治理智能化水平",
                "推进人工智能在城市运行、应急管理、生态环境等领域应用，建设城市运行智能体20个。",
                "（省委网信办、省数据局、省公安厅按职责分工负责）",
                ["wxb", "sjj", "gat"],
                [T("建设城市运行智能体", "个", "eq", 20, "建设城市运行智能体20个")],
            ),
            (
                "强化市场监管智能化",
                "推进智慧监管平台建设，开展人工智能产品质量安全监测，强化算法备案和生成内容标识管理。依法查处利用人工智能实施的不正当竞争、虚假宣传等违法行为，维护公平竞争的市场秩序。",
                "（省市场监管局、省委网信办按职责分工负责）",
                ["scj", "wxb"],
                [],
            ),
            (
                "筑牢人工智能安全底线",
                "健全人工智能安全风险监测预警和应急处置机制，开展大模型安全评测，加强数据安全和个人信息保护。加强人工智能伦理审查，引导企业建立科技伦理委员会，防范算法歧视、深度伪造等风险，确保人工智能安全、可靠、可控。",
                "（省委网信办、省公安厅、省数据局按职责分工负责）",
                ["wxb", "gat", "sjj"],
                [],
            ),
        ],
    ),
    (
        "六、",
        "强化人才和要素支撑",
        [
            (
                "加强人工智能人才队伍建设",
                "实施“湄江智才”计划，引进人工智能领军人才50名，支持高校增设人工智能相关专业20个。",
                "（省委组织部、省教育厅、省人力资源社会保障厅按职责分工负责）",
                ["zzb", "jyt", "rst"],
                [
                    T(
                        "引进人工智能领军人才",
                        "名",
                        "eq",
                        50,
                        "引进人工智能领军人才50名",
                        aggregation="flow",
                    ),
                    T(
                        "高校增设人工智能相关专业",
                        "个",
                        "eq",
                        20,
                        "支持高校增设人工智能相关专业20个",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "加大财政金融支持",
                "统筹省级相关专项资金，每年安排不少于5亿元支持人工智能发展；设立规模50亿元的省人工智能产业基金，引导社会资本投早投小投硬科技。",
                "（省财政厅、省委金融办、省发展改革委按职责分工负责）",
                ["czt", "jrj", "fgw"],
                [],
            ),
            (
                "强化标准和知识产权支撑",
                "鼓励企业、高校和科研机构参与人工智能国家标准、行业标准制定，研制人工智能地方标准15项，建设人工智能知识产权快速维权中心1个，加强人工智能领域专利导航和运营服务。",
                "（省市场监管局、省科技厅、工业和信息化厅按职责分工负责）",
                ["scj", "kjt", "gxt"],
                [
                    T("研制人工智能地方标准", "项", "eq", 15, "研制人工智能地方标准15项"),
                    T(
                        "建设人工智能知识产权快速维权中心",
                        "个",
                        "eq",
                        1,
                        "建设人工智能知识产权快速维权中心1个",
                    ),
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "坚持党对人工智能工作的全面领导，在省委科技委员会统筹下建立“人工智能+”行动推进机制，研究解决重大问题。各市州党委和政府要落实属地责任，结合实际制定具体措施。",
        "",
        [],
    ),
    (
        "强化统筹协调",
        "建立省级部门协同推进机制，加强政策衔接和资源整合，形成工作合力。对跨部门、跨层级的重大项目实行清单化管理，明确时间表、路线图，按季度调度推进情况。",
        "（省发展改革委、省委网信办、省数据局按职责分工负责）",
        ["fgw", "wxb", "sjj"],
    ),
    (
        "加强宣传引导",
        "加强政策解读和典型案例宣传，举办湄江人工智能创新应用大赛，营造全社会关心支持人工智能发展的良好氛围。",
        "（省委宣传部、省委网信办按职责分工负责）",
        ["xcb", "wxb"],
    ),
    (
        "强化督促落实",
        "将“人工智能+”行动推进情况纳入相关督查检查内容，定期开展评估，对工作推进不力的地方和部门及时督促整改，确保各项任务落地见效。",
        "",
        [],
    ),
]

CN = "一二三四五六七八九十"


def cn(n):
    return CN[n - 1]


def _build():
    blocks = [
        ("head", "中共湄江省委文件"),
        ("docno", DOC_NUMBER),
        ("rule", ""),
        ("title", TITLE),
        ("docno", "（2026年3月12日）"),
        ("addressee", "各市州党委和人民政府，省委各部委，省直各单位："),
    ]
    blocks += [("p", p) for p in PREAMBLE]
    blocks += [
        ("h1", "一、总体要求"),
        ("p", GUIDE),
        ("p", PRINCIPLES),
        ("p", G1_TEXT),
        ("p", G2_TEXT),
    ]
    goals = [Goal("到2027年", G1_TEXT, G1), Goal("到2030年", G2_TEXT, G2)]
    sections = []
    for pno, ptitle, items in PARTS:
        blocks.append(("h1", f"{pno}{ptitle}"))
        tasks = []
        for i, (title, rest, ann, resp, targets) in enumerate(items, 1):
            no = f"（{cn(i)}）"
            blocks.append(("item", (f"{no}{title}。", f"{rest}{ann}")))
            tasks.append(Task(no, title, f"{title}。{rest}{ann}", responsible=resp))
            for t in targets:
                assert t.phrase in rest, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=no))
        sections.append(Section(pno.strip("、"), pno, ptitle, "key_task", tasks))
    blocks.append(("h1", "七、组织实施"))
    sg = []
    for i, (title, text, ann, resp) in enumerate(SAFEGUARDS, 1):
        no = f"（{cn(i)}）"
        blocks.append(("item", (f"{no}{title}。", f"{text}{ann}")))
        sg.append(Task(no, title, f"{title}。{text}{ann}", responsible=resp))
    sections.append(Section("七", "七、", "组织实施", "safeguard", sg))
    blocks += [
        (
            "p",
            "本实施意见实施中的重大事项，由省委网信办、省发展改革委会同有关部门及时向省委、省政府请示报告。",
        ),
        ("sign", "中共湄江省委　　　　湄江省人民政府"),
        ("date", "2026年3月12日"),
        ("plain", "（此件公开发布）"),
        ("rule", ""),
        ("plain", "中共湄江省委办公厅　　　　　　　　2026年3月13日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Meijiang Province opinions of the party committee and the government on the “AI+” action — synthetic",
    "issuer": "中共湄江省委、湄江省人民政府",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-12",
    "period_start": 2026,
    "period_end": 2030,
    "milestone_years": [2027, 2030],
    "source_file": f"{SLUG}.pdf",
}

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "meijiang-province",
        "name": "湄江省",
        "name_en": "Meijiang Province (invented)",
        "level": "municipality",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2030,
}

HEADER = """\
# 中共湄江省委 湄江省人民政府关于深入实施“人工智能+”行动的实施意见 (湄委发〔2026〕9号, 2026-03-12)
# — SYNTHETIC (synthetic_bu): WRITTEN by the collector (helper blindBU, 2026-12-07) before reading or running the importer; the
#   province 湄江省 is INVENTED (every real province had hits in the corpus). Built by make_files.py from doc_meijiang.py
#   (.docx printed to PDF by LibreOffice).
# Zone meijiang-province → municipality (the provincial level); period 2026–2030.
# Outline: red head, number, rule, title, date line, addressee, preamble; 一、总体要求 = a guiding paragraph ending on 2025
#   baselines (3200P, 420亿元, 510家: no targets) and two dated goal paragraphs → goals 到2027年 (7) / 到2030年 (2). Parts
#   二、–六、 of items （一）… restarting per part, each "（N）标题。正文（annotation）"; 七、组织实施 (safeguards, two annotated).
#   A closing sentence naming 省委网信办、省发展改革委会同有关部门 (reporting, no task), signatures, date, 印发 line.
# Roles: every annotation is "（X、Y按职责分工负责）" / "（X负责）" with no label and no lead → all responsible. Names without 省
#   after a 省 name share its prefix (省工业和信息化厅、发展改革委、科技厅 → three 湄江省 bodies). Party bodies (省委网信办,
#   省委宣传部, 省委组织部, 省委编办, 省委金融办) are agencies like the government's. "各市州党委和政府" → ONE collective.
#   The first safeguard's "各市州党委和政府要落实属地责任" has no annotation and no role word → no role.
# Targets: task figures with no year → due 2030 (plan end); every task holding figures is also a goal titled like the task
#   (text without number and annotation). Not targets: the PUE condition (不高于1.25), the 算力券 rate and cap, the annual budget
#   (每年安排不少于5亿元), the fund's size (规模50亿元), "六大重点领域" (a set). 新建智能算力2000P (new, flow) beside the goals'
#   规模8000P (total): its own target. 2万名 → 20000, 10万人次 → 100000. The 到2027年 goal's 7 targets are due 2027 (the
#   blind commit dated them 2030, the plan's end — a slip, corrected by helper rBU).
"""

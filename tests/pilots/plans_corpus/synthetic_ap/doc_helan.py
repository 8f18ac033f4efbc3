# ruff: noqa: E501  (plan text as the office writes it)
"""贺兰县“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_ap). A .docx printed to PDF by
LibreOffice: the goals in 一、（三）发展目标 as ONE paragraph holding three dated sentences (到2026年… ;
到2027年… ; 力争到2028年…) with some figures in Chinese numerals; tasks （一）–（十三） numbered on across three
chapters 二、三、四, each closing on "（牵头单位：X；配合单位：Y）" (a generic 县直有关部门 among them), one
task of two clauses each with its own "（X牵头，Y配合）"; 五、保障措施 （一）–（五） unannotated."""

from synthetic_model import Agency, Clause, Goal, Section, Target, Task

SLUG = "helan-ai-plus-2026-synthetic"
KIND = "pdf"

A = [
    ("fgj", "贺兰县发展和改革局", "县发改局", "development_reform"),
    ("gxj", "贺兰县工业和信息化局", "县工信局", "industry_it"),
    ("sjj", "贺兰县数据局", "县数据局", "big_data"),
    ("kjj", "贺兰县科学技术局", "县科技局", "science_technology"),
    ("nyj", "贺兰县农业农村局", "县农业农村局", "agriculture"),
    ("zrj", "贺兰县自然资源局", "县自然资源局", "natural_resources"),
    ("jtj", "贺兰县教育体育局", "县教体局", "education"),
    ("wjj", "贺兰县卫生健康局", "县卫健局", "health"),
    ("czj", "贺兰县财政局", "县财政局", "finance"),
    ("spj", "贺兰县审批服务管理局", "县审批服务管理局", "government_services"),
    ("stj", "银川市生态环境局贺兰分局", "市生态环境局贺兰分局", "ecology_environment"),
    ("gaj", "贺兰县公安局", "县公安局", "public_security"),
    ("tcj", "贺兰县商务和投资促进局", "县商务和投资促进局", "commerce"),
    ("yq", "贺兰工业园区管理委员会", "贺兰工业园区管委会", "park_administration"),
    ("xz", "贺兰县各乡镇人民政府", "各乡镇人民政府", "local_government"),
    ("wlj", "贺兰县文化旅游体育广电局", "县文化旅游体育广电局", "culture_tourism"),
    ("zzb", "中共贺兰县委组织部", "县委组织部（县委人才办）", "party_organisation"),
    ("rsj", "贺兰县人力资源和社会保障局", "县人社局", "human_resources"),
    ("wxb", "中共贺兰县委网络安全和信息化委员会办公室", "县委网信办", "publicity"),
]
AGENCIES = [Agency(c, n, [a] if a != n else [], cat) for c, n, a, cat in A]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "贺兰县“人工智能+”行动方案（2026—2028年）"
DOC_NUMBER = "贺政发〔2026〕15号"
PLAN = {"title": TITLE}

G1 = "到2026年，全县人工智能基础设施加快完善，打造“人工智能+”典型应用场景十个以上，人工智能相关企业达到十五家。"
G1_T = [
    Target(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        10,
        "打造“人工智能+”典型应用场景十个以上",
        kind="application_scenarios",
        deadline=2026,
    ),
    Target(
        "人工智能相关企业",
        "家",
        "eq",
        15,
        "人工智能相关企业达到十五家",
        kind="ai_enterprises",
        deadline=2026,
    ),
]
G15 = "到2027年，全县智能算力规模达到2500P，人工智能核心产业产值达到六亿元，“人工智能+”应用覆盖全县主要特色产业和重点民生领域。"
G15_T = [
    Target(
        "智能算力规模",
        "P",
        "eq",
        2500,
        "全县智能算力规模达到2500P",
        kind="computing_power",
        deadline=2027,
    ),
    Target(
        "人工智能核心产业产值",
        "亿元",
        "eq",
        6,
        "人工智能核心产业产值达到六亿元",
        kind="ai_industry_scale",
        deadline=2027,
    ),
]
G2 = "力争到2028年，人工智能核心产业产值突破十亿元，全县智能算力规模达到3000P，培育人工智能相关企业三十家以上，打造“人工智能+”典型应用场景三十个，培育自治区级以上“人工智能+”示范项目五个，人工智能与特色产业、社会治理、民生服务深度融合。"
G2_T = [
    Target(
        "人工智能核心产业产值",
        "亿元",
        "gt",
        10,
        "人工智能核心产业产值突破十亿元",
        kind="ai_industry_scale",
    ),
    Target("智能算力规模", "P", "eq", 3000, "全县智能算力规模达到3000P", kind="computing_power"),
    Target(
        "人工智能相关企业", "家", "gte", 30, "培育人工智能相关企业三十家以上", kind="ai_enterprises"
    ),
    Target(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        30,
        "打造“人工智能+”典型应用场景三十个",
        kind="application_scenarios",
    ),
    Target(
        "自治区级以上“人工智能+”示范项目", "个", "eq", 5, "培育自治区级以上“人工智能+”示范项目五个"
    ),
]

# chapters: (no, title, [(no, title, rest, note, lead, supporting, targets)]) — note None: the clause task
CHAPTERS = [
    (
        "二、",
        "筑牢算力数据根基",
        [
            (
                "（一）",
                "建设绿色智算中心",
                "依托全国一体化算力网络宁夏枢纽节点和贺兰工业园区，建设绿色智算中心，到2027年新增智能算力规模2000P，推动算力资源向中小企业开放共享。",
                "牵头单位：县发改局；配合单位：贺兰工业园区管委会、县自然资源局",
                ["县发改局"],
                ["贺兰工业园区管委会", "县自然资源局"],
                [
                    Target(
                        "新增智能算力规模",
                        "P",
                        "eq",
                        2000,
                        "到2027年新增智能算力规模2000P",
                        kind="computing_power",
                        deadline=2027,
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "（二）",
                "推进数据资源开发利用",
                "完善公共数据资源目录，建设农业、文旅、政务等领域高质量数据集五个以上，推动公共数据依法有序开放和授权运营。",
                "牵头单位：县数据局；配合单位：县直有关部门",
                ["县数据局"],
                [],
                [
                    Target(
                        "高质量数据集",
                        "个",
                        "gte",
                        5,
                        "建设农业、文旅、政务等领域高质量数据集五个以上",
                    ),
                ],
            ),
            (
                "（三）",
                "建设公共服务平台",
                "建设县级人工智能公共服务平台，为企业提供模型适配、数据标注、测试验证等服务，每年服务企业不少于五十家。",
                "牵头单位：县工信局；配合单位：县科技局、县数据局",
                ["县工信局"],
                ["县科技局", "县数据局"],
                [
                    Target(
                        "人工智能公共服务平台服务企业",
                        "家",
                        "gte",
                        50,
                        "每年服务企业不少于五十家",
                        per_year=True,
                    ),
                ],
            ),
        ],
    ),
    (
        "三、",
        "深化“人工智能+”融合应用",
        [
            (
                "（四）",
                "推进“人工智能+葡萄酒”",
                "在贺兰山东麓葡萄酒产区推广智能灌溉、病虫害智能识别和酿造过程智能管控，建成智慧酒庄八个，推动葡萄酒产品溯源和品牌营销智能化。",
                "牵头单位：县农业农村局；配合单位：各乡镇人民政府",
                ["县农业农村局"],
                ["各乡镇人民政府"],
                [
                    Target("智慧酒庄", "个", "eq", 8, "建成智慧酒庄八个"),
                ],
            ),
            (
                "（五）",
                "推进“人工智能+制造”",
                "围绕新材料、装备制造、绿色食品等产业，实施智能化改造项目十五个，推广工业视觉检测、设备预测性维护等应用。",
                "牵头单位：县工信局；配合单位：县财政局、贺兰工业园区管委会",
                ["县工信局"],
                ["县财政局", "贺兰工业园区管委会"],
                [
                    Target(
                        "智能化改造项目",
                        "个",
                        "eq",
                        15,
                        "实施智能化改造项目十五个",
                        aggregation="flow",
                    ),
                ],
            ),
            ("（六）", "推进智慧乡村治理", None, None, [], [], []),
            (
                "（七）",
                "推进“人工智能+医疗健康”",
                "推广人工智能辅助诊断、智能随访和家庭医生智能助手，基层医疗卫生机构人工智能辅助诊断覆盖率达到百分之八十。",
                "牵头单位：县卫健局",
                ["县卫健局"],
                [],
                [
                    Target(
                        "基层医疗卫生机构人工智能辅助诊断覆盖率",
                        "%",
                        "eq",
                        80,
                        "基层医疗卫生机构人工智能辅助诊断覆盖率达到百分之八十",
                    ),
                ],
            ),
            (
                "（八）",
                "推进“人工智能+教育”",
                "开展中小学人工智能通识教育，建设人工智能教育实验室，每年开展人工智能教师培训不少于五百人次。",
                "牵头单位：县教体局；配合单位：县科技局",
                ["县教体局"],
                ["县科技局"],
                [
                    Target(
                        "人工智能教师培训",
                        "人次",
                        "gte",
                        500,
                        "每年开展人工智能教师培训不少于五百人次",
                        per_year=True,
                    ),
                ],
            ),
            (
                "（九）",
                "推进“人工智能+文旅”",
                "在贺兰山岩画、金山国际葡萄酒小镇等景区推广智能导览、客流预测和多语种智能讲解，建设智慧景区三个，开发“文旅+酒庄”智能行程推荐服务。",
                "牵头单位：县文化旅游体育广电局；配合单位：各乡镇人民政府、县公安局",
                ["县文化旅游体育广电局"],
                ["各乡镇人民政府", "县公安局"],
                [
                    Target("智慧景区", "个", "eq", 3, "建设智慧景区三个"),
                ],
            ),
        ],
    ),
    (
        "四、",
        "优化产业发展生态",
        [
            (
                "（十）",
                "培育壮大市场主体",
                "瞄准数据标注、智能终端、行业模型等领域开展产业链招商，每年引进培育人工智能相关企业三至五家，支持企业申报自治区级示范项目。",
                "牵头单位：县商务和投资促进局；配合单位：县工信局、县科技局",
                ["县商务和投资促进局"],
                ["县工信局", "县科技局"],
                [
                    Target(
                        "引进培育人工智能相关企业",
                        "家",
                        "range",
                        3,
                        "每年引进培育人工智能相关企业三至五家",
                        value_max=5,
                        per_year=True,
                    ),
                ],
            ),
            (
                "（十一）",
                "推进“人工智能+政务服务”",
                "推广智能审批、智能客服和“免申即享”，高频政务服务事项“秒批秒办”事项达到五十项，加强人工智能应用安全监测。",
                "牵头单位：县审批服务管理局；配合单位：县数据局、县公安局、县直有关部门",
                ["县审批服务管理局"],
                ["县数据局", "县公安局"],
                [
                    Target(
                        "高频政务服务事项“秒批秒办”事项",
                        "项",
                        "eq",
                        50,
                        "高频政务服务事项“秒批秒办”事项达到五十项",
                    ),
                ],
            ),
            (
                "（十二）",
                "加强人才引育",
                "实施“贺兰英才”人工智能专项，每年培养引进人工智能领域专业人才一百名以上，支持企业与宁夏大学、北方民族大学共建实训基地，开展面向企业职工、农民和基层干部的人工智能技能培训。",
                "牵头单位：县委组织部（县委人才办）；配合单位：县人社局、县教体局",
                ["县委组织部（县委人才办）"],
                ["县人社局", "县教体局"],
                [
                    Target(
                        "培养引进人工智能领域专业人才",
                        "名",
                        "gte",
                        100,
                        "每年培养引进人工智能领域专业人才一百名以上",
                        kind="talent",
                        per_year=True,
                    ),
                ],
            ),
            (
                "（十三）",
                "加强安全治理",
                "落实生成式人工智能服务管理要求，开展算法备案、数据安全和个人信息保护检查，依法打击利用人工智能实施的违法犯罪活动，建立人工智能安全风险监测预警机制。",
                "牵头单位：县委网信办；配合单位：县公安局、县直有关部门",
                ["县委网信办"],
                ["县公安局"],
                [],
            ),
        ],
    ),
]

# sentences with no figure printed after each task's first ones, before its annotation
EXTRA = {
    "建设绿色智算中心": "推动智算中心与园区绿电、储能项目协同布局，探索“源网荷储”一体化供能模式，降低算力设施用能成本。加强算力设施能耗监测，推广液冷等先进节能技术。",
    "推进数据资源开发利用": "建立公共数据质量评估和动态更新机制，培育数据标注、数据清洗等数据服务企业，依法保护个人信息和重要数据。探索建立数据资源开发利用收益分配机制，激发数据要素价值。",
    "建设公共服务平台": "推动平台与自治区人工智能公共服务平台互联互通，为中小企业提供一站式技术服务。鼓励平台开放开源模型、开发工具和行业知识库，降低中小企业人工智能应用门槛。",
    "推进“人工智能+葡萄酒”": "支持酒庄与科研院所合作开展葡萄品种改良和气象灾害智能预警，打造贺兰山东麓葡萄酒智慧产区样板。鼓励酒庄运用生成式人工智能开展品牌设计和线上营销，拓展国内外市场。",
    "推进“人工智能+制造”": "组织开展智能制造诊断服务，推动龙头企业带动上下游中小企业协同改造，培育一批智能工厂和数字化车间。支持企业开展设备联网和数据采集，推动生产过程透明化、管理决策智能化。",
    "推进“人工智能+医疗健康”": "推动县域医共体影像、检验、心电等数据互联共享，提升基层医疗服务能力和群众就医体验。探索人工智能在慢病管理、健康体检、中医诊疗等领域的应用。",
    "推进“人工智能+教育”": "推动优质教育资源向农村学校倾斜，探索人工智能助教、个性化学习等应用。鼓励学校开设人工智能兴趣课程，组织学生参加青少年人工智能创新大赛。",
    "培育壮大市场主体": "建立人工智能企业培育库，对入库企业在场景开放、融资对接、人才引进等方面给予支持。支持本地企业与区内外人工智能龙头企业开展合作，联合开发行业解决方案。",
    "推进“人工智能+文旅”": "推动景区、酒庄、民宿数据互联互通，提升游客全程智能服务体验。鼓励文旅企业运用生成式人工智能开发文创产品，丰富游客消费体验。",
    "加强人才引育": "对引进的高层次人才在住房保障、子女入学等方面给予支持。鼓励县内企业设立人工智能岗位，拓宽青年人才就业渠道。",
    "加强安全治理": "引导企业落实安全主体责任，守住数据安全和伦理底线。加强人工智能伦理审查，防范算法歧视和数据滥用风险。",
    "推进“人工智能+政务服务”": "推动政务服务事项“一次告知、一表申请、一网通办”，提升企业和群众办事便利度。推动政务服务平台与自治区一体化政务服务平台深度对接，实现更多事项智能办理。",
}

CLAUSE_TASK_INTRO = "推进智慧乡村治理。"
CLAUSES = [
    (
        "在全县推广网格化智能治理，村级视频智能预警点位覆盖率达到百分之九十",
        "县公安局牵头，各乡镇人民政府配合",
        ["县公安局"],
        ["各乡镇人民政府"],
        Target(
            "村级视频智能预警点位覆盖率", "%", "eq", 90, "村级视频智能预警点位覆盖率达到百分之九十"
        ),
    ),
    (
        "推动农村人居环境和黄河滩区生态智能监测，建设生态环境智能监测点位三十个",
        "市生态环境局贺兰分局牵头，县农业农村局配合",
        ["市生态环境局贺兰分局"],
        ["县农业农村局"],
        Target("生态环境智能监测点位", "个", "eq", 30, "建设生态环境智能监测点位三十个"),
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立县“人工智能+”行动工作专班，专班办公室设在县工信局，统筹协调重大事项，各牵头单位要制定年度工作计划，明确时间表和路线图。建立重点任务台账，实行月调度、季通报、年考核，确保各项任务落地见效。各乡镇要明确分管领导和工作人员，主动对接县直部门，积极谋划本乡镇“人工智能+”应用场景。",
    ),
    (
        "（二）",
        "加大政策支持",
        "统筹用好上级专项资金和县级产业发展资金，对人工智能重点项目、应用场景给予支持，鼓励金融机构开发科技信贷产品，引导社会资本投向人工智能领域，保障重点项目用地、用能需求。对符合条件的人工智能项目，优先推荐申报国家和自治区专项资金。",
    ),
    (
        "（三）",
        "营造良好氛围",
        "每年举办人工智能应用对接活动，及时总结推广典型案例，营造全社会关注和支持人工智能发展的良好氛围。充分利用电视、网站、新媒体等渠道，加强“人工智能+”政策宣传解读，提升企业和群众对人工智能的认知和应用能力。",
    ),
    (
        "（四）",
        "强化考核评估",
        "将“人工智能+”行动重点任务纳入县直部门和乡镇年度目标责任考核，县工信局会同县统计局建立监测统计制度，每年对方案实施情况开展评估，评估结果向县人民政府报告。对工作成效突出的单位和个人予以通报表扬，对工作推进不力的予以督促整改。",
    ),
    (
        "（五）",
        "强化安全保障",
        "健全数据分类分级保护制度，加强关键信息基础设施和重要数据安全防护，定期开展人工智能应用安全风险评估和应急演练，确保人工智能应用安全可控。",
    ),
]


def _build():
    blocks = [
        ("head", "贺兰县人民政府文件"),
        ("docno", DOC_NUMBER),
        ("title", "贺兰县人民政府关于印发《贺兰县“人工智能+”行动方案（2026—2028年）》的通知"),
        ("addressee", "各乡镇人民政府，县直各部门，各企事业单位："),
        (
            "p",
            "现将《贺兰县“人工智能+”行动方案（2026—2028年）》印发给你们，请结合工作实际，认真抓好贯彻落实。各乡镇、各部门要把实施“人工智能+”行动作为推动高质量发展的重要抓手，主要负责同志亲自研究部署，细化工作措施，每年12月底前将工作进展情况报县工信局，由县工信局汇总后报县人民政府。",
        ),
        ("sign", "贺兰县人民政府"),
        ("date", "2026年4月15日"),
        ("title", TITLE),
        (
            "p",
            "为深入贯彻落实国家、自治区和银川市关于实施“人工智能+”行动的部署要求，抢抓全国一体化算力网络宁夏枢纽节点建设机遇，加快人工智能与我县特色产业深度融合，制定本方案。",
        ),
        (
            "p",
            "近年来，我县依托宁夏枢纽节点建设，数字基础设施加快完善，2025年全县数据中心标准机架达到1.2万架，数字经济核心产业增加值占地区生产总值比重达到6.5%，葡萄酒、绿色食品等特色产业数字化转型初见成效，为实施“人工智能+”行动奠定了良好基础。同时，我县人工智能产业规模总体偏小，企业创新能力不强，专业人才较为缺乏，数据资源开发利用水平有待提升。",
        ),
        ("h1", "一、总体要求"),
        ("h2", "（一）指导思想"),
        (
            "p",
            "坚持以场景应用为牵引，以算力和数据为支撑，以葡萄酒、制造业、乡村治理和民生服务为重点，推动人工智能赋能千行百业，为建设现代化强县提供有力支撑。坚持县乡联动、部门协同，充分发挥企业主体作用，深度融入银川市人工智能产业发展布局，加快形成算力充沛、数据汇聚、场景丰富、生态完善的发展格局。",
        ),
        ("h2", "（二）基本原则"),
        (
            "p",
            "坚持应用牵引、场景驱动，以真实需求带动技术落地；坚持政府引导、市场主导，发挥市场在资源配置中的决定性作用；坚持开放合作、协同创新，加强与区内外高校、科研院所和企业合作；坚持统筹发展和安全，守住数据安全和伦理底线；坚持因地制宜、特色发展，立足葡萄酒、绿色食品、新材料等县域优势产业，走出一条具有贺兰特色的“人工智能+”发展路子。",
        ),
        ("h2", "（三）发展目标"),
        ("p", G1 + G15 + G2),
    ]
    goals = [
        Goal("到2026年", G1, G1_T),
        Goal("到2027年", G15, G15_T),
        Goal("力争到2028年", G2, G2_T),
    ]
    sections = []
    for cno, ctitle, items in CHAPTERS:
        blocks.append(("h1", f"{cno}{ctitle}"))
        tasks = []
        for no, title, rest, note, lead, sup, targets in items:
            if rest is None:
                clause_texts = [f"{text}（{n}）" for text, n, *_ in CLAUSES]
                body = CLAUSE_TASK_INTRO + "；".join(clause_texts) + "。"
                blocks.append(("p", f"{no}{body}"))
                tasks.append(
                    Task(
                        no,
                        title,
                        body,
                        clauses=[
                            Clause(
                                ct, lead=[ALIAS[n] for n in ld], supporting=[ALIAS[n] for n in sp]
                            )
                            for ct, (_, _, ld, sp, _) in zip(clause_texts, CLAUSES, strict=True)
                        ],
                    )
                )
                goals.append(Goal(title, body, [c[4] for c in CLAUSES], numbering=no))
                continue
            body = f"{title}。{rest}{EXTRA[title]}"
            text = f"{body}（{note}）"
            blocks.append(("p", f"{no}{text}"))
            tasks.append(
                Task(
                    no,
                    title,
                    text,
                    lead=[ALIAS[n] for n in lead],
                    supporting=[ALIAS[n] for n in sup],
                )
            )
            if targets:
                goals.append(Goal(title, body, targets, numbering=no))
        sections.append(Section(cno.rstrip("、"), cno, ctitle, "key_task", tasks))
    blocks.append(("h1", "五、保障措施"))
    for no, title, rest in SAFEGUARDS:
        blocks.append(("p", f"{no}{title}。{rest}"))
    sections.append(
        Section(
            "五",
            "五、",
            "保障措施",
            "safeguard",
            [Task(no, t, f"{t}。{r}") for no, t, r in SAFEGUARDS],
        )
    )
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "helan-county",
        "name": "贺兰县",
        "name_en": "Helan County",
        "level": "district",
    },
    "plan": {
        "code": SLUG,
        "title": TITLE,
        "title_en": "Helan County “AI+” action plan (2026–2028) — synthetic",
        "issuer": "贺兰县人民政府",
        "doc_number": DOC_NUMBER,
        "issued_on": "2026-04-15",
        "period_start": 2026,
        "period_end": 2028,
        "milestone_years": [2026, 2027, 2028],
        "source_file": f"{SLUG}.pdf",
    },
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """# 贺兰县“人工智能+”行动方案（2026—2028年） (贺兰县人民政府, 贺政发〔2026〕15号, 2026-04-15) — SYNTHETIC
# (synthetic_ap): WRITTEN by the collector (helper blindAP, 2026-12-05) before reading or running the importer; no such document is claimed to exist.
# Built by make_files.py from doc_helan.py as a .docx printed to PDF by LibreOffice (footer "— N —"). Zone helan-county (宁夏 银川市; a county →
#   district, the county level; no parent zone given).
# Outline: notice, title, preamble, 一、总体要求 （一）指导思想 （二）基本原则 （三）发展目标 (the first two no task, no figure). The goals are ONE paragraph
#   of three dated sentences, "到2026年，…。到2027年，…。力争到2028年，…。" → three goals titled by their date phrase (到2026年, 到2027年, 力争到2028年),
#   each text its own sentence, due 2026 / 2027 / 2028. Figures in Chinese numerals are read as numbers (十个 → 10, 十亿元 → 10 亿元, 百分之八十 → 80 %, 三至五家 → range 3–5).
#   二、三、四 are chapters (sections) whose tasks （一）–（十三） are numbered ON across them; 五、保障措施 restarts at （一） → safeguard tasks, no roles.
# Roles: "（牵头单位：X；配合单位：Y）" at the end of each task → X lead, Y supporting; 县直有关部门 is generic, not an agency (task （二） has a
#   lead only; （十一） and （十三） keep the bodies named beside it). 各乡镇人民政府 is one collective agency. Task （六） holds two clauses each closing
#   on its own "（X牵头，Y配合）" → clauses (text = the clause with its annotation, no closing ；/。), no task-level roles. 市生态环境局贺兰分局 is the
#   city bureau's county branch; 县委组织部（县委人才办） is one body printed with two names (one agency, alias as printed).
# Targets: every task with figures is also a goal titled like the task (text without the annotation; （六）'s text is the whole task).
#   （一） 到2027年新增…2000P → flow, due 2027 (its own year; not the goals' 3000P, another thing). 每年 → per_year flow; 实施…项目 → flow.
#   The 2026/2027/2028 figures of one thing are separate targets (other years); （九）'s 智慧景区三个 is its own.
# Not targets: the preamble's 2025 figures (1.2万架, 6.5%: baselines); 基本原则; 保障措施 (no figure; 县统计局 there is named in no annotation).
"""

# ruff: noqa: E501  (the documents' sentences and the YAML header are kept whole, one per line)
"""绍兴市“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_i, SYNTHETIC_I.md): a Word file whose task
items carry no annotation; their agencies stand in the annex 重点任务分工表, one row per body task."""

AGENCIES = [
    ("fgw", "绍兴市发展和改革委员会", ["市发改委"], "development_reform"),
    ("jxj", "绍兴市经济和信息化局", ["市经信局"], "industry_it"),
    ("data", "绍兴市数据局", ["市数据局"], "big_data"),
    ("kjj", "绍兴市科学技术局", ["市科技局"], "science_technology"),
    ("binhai", "绍兴滨海新区管理委员会", ["滨海新区管委会"], "park_administration"),
    ("cac", "中共绍兴市委网络安全和信息化委员会办公室", ["市委网信办"], "party_organisation"),
    ("gaj", "绍兴市公安局", ["市公安局"], "public_security"),
    ("counties", "各区、县（市）人民政府", ["各区、县（市）政府"], "local_government"),
    ("swj", "绍兴市商务局", ["市商务局"], "commerce"),
    ("scj", "绍兴市市场监督管理局", ["市市场监管局"], "market_regulation"),
    ("zwb", "绍兴市政务服务办公室", ["市政务服务办"], "government_services"),
    ("wjw", "绍兴市卫生健康委员会", ["市卫生健康委"], "health"),
    ("ybj", "绍兴市医疗保障局", ["市医保局"], "health"),
    ("jyj", "绍兴市教育局", ["市教育局"], "education"),
    ("zfj", "绍兴市综合行政执法局", ["市综合执法局"], "other"),
    ("yjj", "绍兴市应急管理局", ["市应急管理局"], "emergency"),
    ("sthj", "绍兴市生态环境局", ["市生态环境局"], "ecology_environment"),
    ("wgl", "绍兴市文化广电旅游局", ["市文化广电旅游局"], "culture_tourism"),
    ("rsj", "绍兴市人力资源和社会保障局", ["市人力社保局"], "human_resources"),
    ("rcb", "中共绍兴市委人才工作领导小组办公室", ["市委人才办"], "party_organisation"),
    ("czj", "绍兴市财政局", ["市财政局"], "finance"),
    ("tcz", "绍兴市投资促进中心", ["市投促中心"], "commerce"),
    ("kq", "绍兴市柯桥区人民政府", ["柯桥区政府"], "local_government"),
    ("jtj", "绍兴市交通运输局", ["市交通运输局"], "transport"),
    ("jrb", "中共绍兴市委金融委员会办公室", ["市委金融办"], "financial_regulation"),
    ("rh", "中国人民银行绍兴市分行", ["人行绍兴市分行"], "financial_regulation"),
    ("nyj", "绍兴市农业农村局", ["市农业农村局"], "agriculture"),
]
CODE = {alias: code for code, _, aliases, _ in AGENCIES for alias in aliases}

# (title, body, targets)
CHAPTERS = [
    (
        "（一）",
        "夯实智能算力和数据底座",
        [
            (
                "建设智能算力设施",
                "依托市大数据中心和滨海新区数据中心，新建和扩建智能算力集群，推动全市算力资源统一纳入算力调度平台，"
                "面向企业、高校和科研机构提供普惠算力服务。落实算力券政策，降低中小企业使用算力的成本，"
                "推动算力设施绿色低碳发展，新建数据中心电能利用效率控制在行业先进水平。",
                [],
            ),
            (
                "推进高质量数据集建设",
                "围绕纺织印染、黄酒、集成电路、高端装备等行业，组织龙头企业和科研院所联合建设行业数据集，"
                "建立数据集质量评估和开放共享机制，探索数据产品登记、数据资产入表和场内交易，"
                "推动公共数据在安全可控的前提下向人工智能企业授权运营。",
                [],
            ),
            (
                "完善网络和安全设施",
                "推进5G专网、千兆光网向产业园区和重点企业延伸，加快工业互联网标识解析二级节点建设应用，"
                "建立健全人工智能安全监测和风险评估机制，加强生成式人工智能服务备案指导，提升数据安全和网络安全防护能力。",
                [],
            ),
        ],
    ),
    (
        "（二）",
        "推动“人工智能+制造”",
        [
            (
                "推进纺织印染行业智能化改造",
                "聚焦印染、化纤、服装等环节，推广智能配色、视觉验布、能耗优化等应用，"
                "每年完成纺织印染企业智能化改造项目50个以上，打造一批智能工厂和数字化车间，"
                "推动印染企业集聚区整体实施数字化转型。",
                [
                    {
                        "metric": "纺织印染企业智能化改造项目",
                        "unit": "个",
                        "comparator": "gte",
                        "value": 50,
                        "per_year": True,
                        "aggregation": "flow",
                        "source_phrase": "每年完成纺织印染企业智能化改造项目50个以上",
                    }
                ],
            ),
            (
                "提升集成电路产业智能化水平",
                "支持集成电路制造和封测企业应用良率分析、缺陷检测、智能排产等人工智能技术，"
                "建设集成电路行业大模型，推动设计、制造、封测环节数据贯通，提升产业链协同效率。",
                [],
            ),
            (
                "推动高端装备智能升级",
                "支持装备企业开发具备感知、决策、控制功能的智能装备和智能产品，发展工业机器人、智能数控机床、"
                "智能检测装备等产品，推进装备远程运维和预测性维护服务，支持首台（套）智能装备推广应用。",
                [],
            ),
            (
                "培育人工智能企业梯队",
                "实施人工智能企业培育计划，引进培育一批大模型应用、智能软件、智能硬件企业，"
                "支持企业申报国家级、省级专精特新企业，建立重点企业“一企一策”服务机制，推动企业上市融资。",
                [],
            ),
        ],
    ),
    (
        "（三）",
        "拓展“人工智能+”应用场景",
        [
            (
                "推进“人工智能+政务服务”",
                "建设全市统一的政务大模型服务平台，在政策咨询、材料预审、智能审批等环节推广智能应用，"
                "推动高频政务服务事项实现智能导办，提升企业和群众办事便利度。",
                [],
            ),
            (
                "推进“人工智能+医疗健康”",
                "支持医疗机构应用医学影像辅助诊断、智能导诊、病历质控等系统，推动人工智能辅助诊疗在县级医院全覆盖，"
                "建设区域医疗健康数据平台，探索医保智能审核和基金监管应用。",
                [],
            ),
            (
                "推进“人工智能+教育”",
                "推动人工智能通识教育进中小学课堂，建设智慧教育平台，开展教师人工智能素养培训，"
                "到2027年建成人工智能教育实验校30所，支持职业院校建设人工智能实训基地。",
                [
                    {
                        "metric": "人工智能教育实验校",
                        "unit": "所",
                        "comparator": "eq",
                        "value": 30,
                        "aggregation": "stock",
                        "source_phrase": "建成人工智能教育实验校30所",
                    }
                ],
            ),
            (
                "推进“人工智能+城市治理”",
                "推动人工智能技术在交通管理、市容管理、应急管理、生态环境监测等领域应用，建设城市运行智能体，"
                "提升城市运行监测预警和协同处置能力。",
                [],
            ),
            (
                "推进“人工智能+文旅”",
                "围绕鲁迅故里、兰亭、会稽山等文旅资源，开发智能导览、数字人讲解、沉浸式体验等应用，"
                "推动文旅企业利用大模型开展精准营销和智能服务。",
                [],
            ),
            (
                "发布场景机会清单",
                "每年发布“人工智能+”场景机会清单，组织场景供需对接活动，推动本地人工智能产品在重点场景首试首用，"
                "对入选国家级、省级典型案例的场景项目给予支持。",
                [],
            ),
        ],
    ),
    (
        "（四）",
        "强化创新和人才支撑",
        [
            (
                "建设人工智能创新平台",
                "支持企业联合高校院所建设人工智能重点实验室、工程研究中心和新型研发机构，"
                "开展关键共性技术攻关，推动科技成果在本地转化，到2027年新增省级以上人工智能创新平台10家。",
                [
                    {
                        "metric": "新增省级以上人工智能创新平台",
                        "unit": "家",
                        "comparator": "eq",
                        "value": 10,
                        "aggregation": "flow",
                        "kind": "innovation_platforms",
                        "source_phrase": "新增省级以上人工智能创新平台10家",
                    }
                ],
            ),
            (
                "引育人工智能人才",
                "依托“名士之乡”人才计划，引进人工智能领域高层次人才和团队，支持高校和职业院校开设人工智能相关专业，"
                "每年培训数字技能人才5000人次以上。",
                [
                    {
                        "metric": "培训数字技能人才",
                        "unit": "人次",
                        "comparator": "gte",
                        "value": 5000,
                        "per_year": True,
                        "aggregation": "flow",
                        "kind": "talent",
                        "source_phrase": "每年培训数字技能人才5000人次以上",
                    }
                ],
            ),
            (
                "优化产业发展生态",
                "举办人工智能产业大会和创新创业大赛，引导产业投资基金投向人工智能领域，"
                "支持行业协会、产业联盟开展标准制定、供需对接和交流合作。",
                [],
            ),
        ],
    ),
    (
        "（五）",
        "推动“人工智能+服务业”",
        [
            (
                "推进“人工智能+商贸物流”",
                "支持轻纺城等专业市场建设智能选品、智能定价和跨境电商智能服务平台，推广智能仓储、无人配送和物流路径优化应用，"
                "推动中国轻纺城向数字化、智能化交易市场转型。",
                [],
            ),
            (
                "推进“人工智能+金融”",
                "支持金融机构运用人工智能开展智能风控、智能投顾和普惠金融服务，建设企业信用信息智能分析平台，"
                "提升金融服务实体经济的精准性和便利度。",
                [],
            ),
            (
                "推进“人工智能+农业农村”",
                "在茶叶、黄酒原料、花卉苗木等特色农业领域推广智能监测、病虫害识别和精准作业应用，"
                "建设一批数字农业工厂和未来乡村智慧应用场景。",
                [],
            ),
        ],
    ),
]

# 序号, 重点任务, 牵头单位 (None: merged with the cell above), 责任单位, 完成时限 (None: merged)
ANNEX_ROWS = [
    ["1", "建设智能算力设施", "市发改委", "市经信局、市数据局、滨海新区管委会", "2027年底前"],
    ["2", "推进高质量数据集建设", "市数据局", "市经信局、市科技局", "2027年底前"],
    ["3", "完善网络和安全设施", "市经信局", "市委网信办、市公安局", "持续推进"],
    ["4", "推进纺织印染行业智能化改造", None, "各区、县（市）政府", "2027年底前"],
    ["5", "提升集成电路产业智能化水平", None, "市科技局、市发改委", None],
    ["6", "推动高端装备智能升级", None, "市科技局", None],
    ["7", "培育人工智能企业梯队", None, "市科技局、市商务局、市市场监管局", "持续推进"],
    ["8", "推进“人工智能+政务服务”", "市数据局", "市政务服务办", "2026年底前"],
    ["9", "推进“人工智能+医疗健康”", "市卫生健康委", "市医保局、市数据局", "2027年底前"],
    ["10", "推进“人工智能+教育”", "市教育局", "市科技局", "2027年底前"],
    [
        "11",
        "推进“人工智能+城市治理”",
        "市综合执法局",
        "市公安局、市应急管理局、市生态环境局",
        "2027年底前",
    ],
    ["12", "推进“人工智能+文旅”", "市文化广电旅游局", "市数据局", "2027年底前"],
    ["13", "发布场景机会清单", "市经信局", "市发改委、市数据局", "每年"],
    ["14", "建设人工智能创新平台", "市科技局", "市发改委、市教育局", "2027年底前"],
    ["15", "引育人工智能人才", None, "市人力社保局、市教育局、市委人才办", "持续推进"],
    ["16", "优化产业发展生态", "市经信局", "市财政局、市科技局、市投促中心", "持续推进"],
    ["17", "推进“人工智能+商贸物流”", "市商务局", "柯桥区政府、市交通运输局", "2027年底前"],
    ["18", "推进“人工智能+金融”", "市委金融办", "人行绍兴市分行、市数据局", "2027年底前"],
    ["19", "推进“人工智能+农业农村”", "市农业农村局", "市科技局、各区、县（市）政府", "2027年底前"],
]


def _names(cell):
    collective = "各区、县（市）政府"
    found = [CODE[name] for name in cell.replace(collective, "").split("、") if name]
    return found + ([CODE[collective]] if collective in cell else [])


def _row_roles():
    filled, lead, due = {}, None, None
    for _number, title, lead_cell, responsible_cell, due_cell in ANNEX_ROWS:
        lead = lead_cell or lead
        due = due_cell or due
        filled[title] = {
            "lead": [CODE[lead]],
            "responsible": _names(responsible_cell),
            "due": int(due[:4]) if due.endswith("年底前") else None,
        }
    return filled


ROLES = _row_roles()


EXTRA = {
    "建设智能算力设施": "鼓励企业利用闲置机房资源改造建设边缘算力节点，探索算力资源跨区域调度和交易。",
    "推进高质量数据集建设": "建设行业语料库和工业知识库，支持数据服务企业提供数据标注、清洗和质量检测服务。",
    "完善网络和安全设施": "开展人工智能安全技术攻防演练，督促企业落实数据分类分级保护制度。",
    "提升集成电路产业智能化水平": "支持集成电路企业联合高校院所开展芯片设计智能工具研发，培育一批智能芯片设计企业。",
    "推动高端装备智能升级": "推动装备企业由提供产品向提供“产品+服务”转变，发展智能化系统集成和解决方案服务。",
    "培育人工智能企业梯队": "加强人工智能产业链精准招商，围绕大模型应用、智能传感器、工业软件等环节引进一批重点项目。",
    "推进“人工智能+政务服务”": "推进“人工智能+监管”，在市场监管、安全生产、生态环境等领域探索非现场监管和智能预警。",
    "推进“人工智能+城市治理”": "迭代升级城市大脑，推动城市管理问题智能发现、自动派单和闭环处置。",
    "推进“人工智能+文旅”": "建设绍兴文化数字资源库，支持文化创意企业运用生成式人工智能开发数字文创产品。",
    "发布场景机会清单": "建立场景项目库，对场景建设成效开展评估，总结推广一批可复制的典型经验。",
    "优化产业发展生态": "建立人工智能专家咨询委员会，为全市人工智能发展提供决策咨询。",
    "推进纺织印染行业智能化改造": "支持印染企业建设能耗和排放智能监测系统，推动行业绿色化、智能化协同发展。",
    "推进“人工智能+医疗健康”": "推广“互联网+医疗健康”智能服务，为群众提供智能预约、智能随访和健康管理服务。",
    "推进“人工智能+教育”": "探索人工智能辅助教学和个性化学习应用，推动优质教育资源共享。",
    "建设人工智能创新平台": "支持浙江大学绍兴研究院等平台围绕行业大模型、智能制造开展应用研究。",
    "引育人工智能人才": "对引进的人工智能领域顶尖人才和团队按规定给予项目资助和生活保障。",
    "推进“人工智能+商贸物流”": "鼓励商贸企业运用数字人直播、智能客服等工具拓展国内外市场。",
    "推进“人工智能+金融”": "引导金融机构加大对人工智能企业的信贷支持力度。",
    "推进“人工智能+农业农村”": "推动农产品质量安全智能追溯，提升农业生产经营智能化水平。",
}


def _tasks(tasks):
    out = []
    for i, (title, body, targets) in enumerate(tasks, start=1):
        body = body + EXTRA.get(title, "")
        row = ROLES[title]
        task = {
            "numbering": f"{i}.",
            "title": title,
            "body": body,
            "lead": row["lead"],
            "responsible": row["responsible"],
        }
        if row["due"] is not None:
            task["due"] = row["due"]
        if targets:
            task["targets"] = targets
            task["target_deadline"] = 2027
        out.append(task)
    return out


GOAL = (
    "到2027年，全市人工智能核心产业营业收入突破300亿元，规上工业企业数字化改造实现全覆盖，打造“人工智能+”典型应用场景"
    "100个以上，培育人工智能领域专精特新企业50家以上，智能算力规模达到2000P，建成行业高质量数据集30个以上，"
    "人工智能赋能经济社会发展水平走在全省前列。"
)

SHAOXING = {
    "slug": "shaoxing-ai-plus-2026-synthetic",
    "suffix": ".docx",
    "running_header": "绍兴市人民政府办公室文件",
    "notice": [
        "各区、县（市）人民政府，市政府各部门、各单位：",
        "《绍兴市“人工智能+”行动实施方案（2026—2027年）》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。",
    ],
    "signature": ["绍兴市人民政府办公室", "2026年3月18日"],
    "public_note": "（此件公开发布）",
    "title": "绍兴市“人工智能+”行动实施方案（2026—2027年）",
    "preamble": (
        "为深入贯彻落实国家和省关于深入实施“人工智能+”行动的决策部署，加快推动人工智能与我市经济社会各领域深度融合，"
        "以人工智能赋能传统产业转型升级，培育发展新质生产力，结合我市实际，制定本实施方案。"
    ),
    "parts": [
        {
            "code": "一",
            "numbering": "一、",
            "title": "总体要求",
            "kind": "general",
            "paragraphs": [
                "坚持应用牵引、场景驱动、企业主体、开放合作，以纺织印染、集成电路、高端装备等优势产业智能化升级为重点，"
                "统筹推进算力、数据、模型、场景和人才建设，加快构建具有绍兴特色的人工智能产业体系和应用生态。"
                "坚持发展和安全并重，健全人工智能治理体系，推动人工智能技术在全市经济社会各领域普及应用，"
                "为建设高水平网络大城市和现代化国际化城市提供有力支撑。",
                GOAL,
            ],
        },
        {
            "code": "二",
            "numbering": "二、",
            "title": "重点任务",
            "kind": "key_task",
            "paragraphs": ["各项重点任务的牵头单位、责任单位和完成时限详见附件。"],
            "chapters": [
                {"numbering": numbering, "title": title, "tasks": _tasks(tasks)}
                for numbering, title, tasks in CHAPTERS
            ],
        },
        {
            "code": "三",
            "numbering": "三、",
            "title": "保障措施",
            "kind": "safeguard",
            "items": [
                {
                    "numbering": "（一）",
                    "title": "加强组织领导",
                    "body": "建立由市政府分管领导牵头的“人工智能+”行动工作专班，专班办公室设在市经信局，统筹推进重大项目、"
                    "重点任务和政策落实，协调解决实施中的重大问题。",
                },
                {
                    "numbering": "（二）",
                    "title": "加大政策支持",
                    "body": "统筹用好市级产业发展专项资金，对算力、数据、场景、平台和人才项目给予支持，"
                    "鼓励金融机构开发适合人工智能企业的信贷产品，引导社会资本投向人工智能领域。",
                },
                {
                    "numbering": "（三）",
                    "title": "强化督促评估",
                    "body": "建立重点任务工作台账，定期调度任务推进情况，开展实施效果评估，将重点工作纳入相关部门年度考核，"
                    "及时总结推广典型经验做法。",
                },
                {
                    "numbering": "（四）",
                    "title": "营造良好氛围",
                    "body": "加强人工智能政策宣传解读和科学普及，办好人工智能应用成果展示活动，引导企业和公众正确认识、"
                    "积极拥抱人工智能，营造全社会共同参与“人工智能+”行动的良好氛围。",
                },
                {
                    "numbering": "（五）",
                    "title": "守牢安全底线",
                    "body": "落实人工智能安全管理各项要求，加强算法备案、数据出境和个人信息保护等方面的监督指导，"
                    "防范化解人工智能应用可能带来的就业、伦理和社会风险。",
                },
            ],
        },
    ],
    "annex_title": "绍兴市“人工智能+”行动重点任务分工表",
    "annex_header": ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"],
    "annex_rows": ANNEX_ROWS,
    "annex_widths": [1.3, 5.0, 2.6, 4.9, 2.2],
    "goals": [
        {
            "title": "到2027年",
            "text": GOAL,
            "deadline": 2027,
            "targets": [
                {
                    "metric": "人工智能核心产业营业收入",
                    "unit": "亿元",
                    "comparator": "gt",
                    "value": 300,
                    "aggregation": "stock",
                    "kind": "ai_industry_scale",
                    "source_phrase": "人工智能核心产业营业收入突破300亿元",
                },
                {
                    "metric": "“人工智能+”典型应用场景",
                    "unit": "个",
                    "comparator": "gte",
                    "value": 100,
                    "aggregation": "stock",
                    "kind": "application_scenarios",
                    "source_phrase": "打造“人工智能+”典型应用场景100个以上",
                },
                {
                    "metric": "人工智能领域专精特新企业",
                    "unit": "家",
                    "comparator": "gte",
                    "value": 50,
                    "aggregation": "stock",
                    "kind": "ai_enterprises",
                    "source_phrase": "培育人工智能领域专精特新企业50家以上",
                },
                {
                    "metric": "智能算力规模",
                    "unit": "P",
                    "comparator": "eq",
                    "value": 2000,
                    "aggregation": "stock",
                    "kind": "computing_power",
                    "source_phrase": "智能算力规模达到2000P",
                },
                {
                    "metric": "行业高质量数据集",
                    "unit": "个",
                    "comparator": "gte",
                    "value": 30,
                    "aggregation": "stock",
                    "source_phrase": "建成行业高质量数据集30个以上",
                },
            ],
        }
    ],
    "period_end": 2027,
    "zone": {"slug": "shaoxing", "name": "绍兴市", "name_en": "Shaoxing", "level": "city"},
    "plan": {
        "code": "shaoxing-ai-plus-2026-synthetic",
        "title": "绍兴市“人工智能+”行动实施方案（2026—2027年）",
        "title_en": 'Shaoxing "AI+" action implementation plan (2026–2027) — synthetic',
        "issuer": "绍兴市人民政府办公室",
        "doc_number": "绍政办发〔2026〕7号",
        "issued_on": "2026-03-18",
        "period_start": 2026,
        "period_end": 2027,
        "milestone_years": [2027],
    },
    "agencies": [
        {"code": code, "name": name, "aliases": aliases, "category": category}
        for code, name, aliases, category in AGENCIES
    ],
    "header": """
绍兴市“人工智能+”行动实施方案（2026—2027年） (绍政办发〔2026〕7号) — SYNTHETIC (synthetic_i): the document was WRITTEN by the
collector (helper hsynthI, 2026-12-03) imitating a city government office's Word file, not copied from any page; no such document is
claimed to exist (number, date, figures and some bodies' exact names are made up). Built as a .docx by make_files.py (beside this file)
from the same items this extraction is written from; roles, targets and every judgement by hand, BEFORE the collector read any importer
code, rule table or draft. See SYNTHETIC_I.md.
File: notice (addressees, one sentence, issuer, date, （此件公开发布）), a page break, title, preamble; the outline is WORD AUTOMATIC LIST
  NUMBERING (numbering.xml, one abstract list: 一、 chineseCounting / （一） chineseCounting / 1. decimal, restarting under each higher
  level) — the labels are NOT in the paragraphs' text; 一、总体要求 (a principle paragraph; ONE goal paragraph "到2027年，…"); 二、重点任务
  (one sentence sending the reader to the annex; five （一） chapters of 1. items "标题。正文", NO annotation in the body); 三、保障措施
  （一）…（五） unannotated; a page break; 附件 重点任务分工表, a Word table `序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限` whose header row
  repeats, 19 rows, one per body task (重点任务 = the body item's title), 牵头单位 cells MERGED VERTICALLY (rows 3–7 市经信局, rows 14–15 市科技局)
  and 完成时限 merged for rows 4–6 (2027年底前). Header "绍兴市人民政府办公室文件"; footer "— PAGE —" (a PAGE field).
Outline: the body items are the tasks (二.(一).1 …; numbering = the label Word prints); the annex rows restate them and are NOT tasks
  of their own: each body task takes its row's roles and due date (matched by the row's 重点任务 = the item's title). 三、's items are
  tasks of a safeguard section. Title = the item's words before its first 。; text = the item's whole paragraph (title included).
Roles: 牵头单位 cell → lead (a merged cell leads every row it spans); 责任单位 cell → responsible (SOURCES.md: 责任单位 after a lead is
  responsible). 各区、县（市）政府 is one collective agency. Due: 2027年底前 / 2026年底前 → the year (a merged 完成时限 cell covers every
  row it spans); 持续推进 and 每年 → no due.
Targets: G1 "到2027年": 突破300亿元 gt; 100个以上 / 50家以上 / 30个以上 gte; 达到2000P eq. NOT targets: 全覆盖 (the corpus's convention),
  走在全省前列 (a rank). Items holding figures are also goals titled like the item (text = the item): 每年…50个以上 per_year flow gte and
  每年…5000人次以上 per_year flow gte (due 2027, the period end); "到2027年建成…30所" eq; "到2027年新增…10家" eq flow.
Period 2026–2027.
""",
}

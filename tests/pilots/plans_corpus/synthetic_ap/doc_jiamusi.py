# ruff: noqa: E501  (plan text as the office writes it)
"""佳木斯市推进“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_ap). A Word file: two dated
goal paragraphs (到2026年底 / 到2027年), 三、重点任务 of four groups （一）–（四） whose items 1.–15. are
numbered on across the groups and carry NO annotation; the roles and 完成时限 stand only in the annex
重点任务分工表 (a Word table 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限, bodies in short forms)."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "jiamusi-ai-plus-2026-synthetic"
KIND = "docx"

A = [
    ("fgw", "佳木斯市发展和改革委员会", "市发改委", "development_reform"),
    ("gxj", "佳木斯市工业和信息化局", "市工信局", "industry_it"),
    ("sjj", "佳木斯市数据局", "市数据局", "big_data"),
    ("kjj", "佳木斯市科学技术局", "市科技局", "science_technology"),
    ("nyj", "佳木斯市农业农村局", "市农业农村局", "agriculture"),
    ("czj", "佳木斯市财政局", "市财政局", "finance"),
    ("jyj", "佳木斯市教育局", "市教育局", "education"),
    ("wjw", "佳木斯市卫生健康委员会", "市卫健委", "health"),
    ("swj", "佳木斯市商务局", "市商务局", "commerce"),
    ("jtj", "佳木斯市交通运输局", "市交通运输局", "transport"),
    ("ysj", "佳木斯市营商环境建设监督局", "市营商环境局", "government_services"),
    ("xs", "佳木斯市各县（市）、区人民政府", "各县（市）、区人民政府", "local_government"),
    ("jdx", "佳木斯大学", "佳木斯大学", "other"),
    ("wgl", "佳木斯市文化广电和旅游局", "市文广旅局", "culture_tourism"),
    ("rsj", "佳木斯市人力资源和社会保障局", "市人社局", "human_resources"),
    ("wxb", "中共佳木斯市委网络安全和信息化委员会办公室", "市委网信办", "publicity"),
    ("gaj", "佳木斯市公安局", "市公安局", "public_security"),
]
AGENCIES = [Agency(c, n, [a] if a != n else [], cat) for c, n, a, cat in A]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "佳木斯市推进“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "佳政办发〔2026〕7号"
PLAN = {"title": TITLE}

GOAL1 = "到2026年底，全市人工智能应用场景加快落地，智能算力规模达到100P，打造“人工智能+”典型应用场景20个，人工智能相关企业达到40家。"
GOAL1_T = [
    Target(
        "智能算力规模",
        "P",
        "eq",
        100,
        "智能算力规模达到100P",
        kind="computing_power",
        deadline=2026,
    ),
    Target(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        20,
        "打造“人工智能+”典型应用场景20个",
        kind="application_scenarios",
        deadline=2026,
    ),
    Target(
        "人工智能相关企业",
        "家",
        "eq",
        40,
        "人工智能相关企业达到40家",
        kind="ai_enterprises",
        deadline=2026,
    ),
]
GOAL2 = "到2027年，人工智能核心产业规模突破15亿元，智能算力规模达到300P，累计打造“人工智能+”典型应用场景50个以上，培育人工智能相关企业60家以上，规模以上工业企业数字化研发设计工具普及率达到75%，全市“人工智能+”发展水平进入全省前列。"
GOAL2_T = [
    Target(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        15,
        "人工智能核心产业规模突破15亿元",
        kind="ai_industry_scale",
    ),
    Target("智能算力规模", "P", "eq", 300, "智能算力规模达到300P", kind="computing_power"),
    Target(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        50,
        "累计打造“人工智能+”典型应用场景50个以上",
        kind="application_scenarios",
    ),
    Target(
        "人工智能相关企业", "家", "gte", 60, "培育人工智能相关企业60家以上", kind="ai_enterprises"
    ),
    Target(
        "规模以上工业企业数字化研发设计工具普及率",
        "%",
        "eq",
        75,
        "规模以上工业企业数字化研发设计工具普及率达到75%",
    ),
]

# (group no, group title, [(no, title, rest, leads, supporting, due cell, due, targets)])
GROUPS = [
    (
        "（一）",
        "夯实智能算力和数据底座",
        [
            (
                "1.",
                "建设寒地智算中心",
                "依托佳木斯经济技术开发区建设寒地智算中心，发挥冷凉气候和绿电资源优势，推动数据中心绿色低碳运行，到2027年智能算力规模达到300P。建设全市算力调度平台，推动政务、医疗、农业等领域算力需求统一调度、普惠共享。",
                ["市发改委"],
                ["市工信局", "市数据局"],
                "2027年底前",
                2027,
                [],
            ),
            (
                "2.",
                "推动公共数据开放利用",
                "编制公共数据开放目录，向社会开放公共数据集100个以上，建设农业、医疗、交通等行业高质量数据集10个。探索公共数据授权运营，培育数据标注、数据清洗等数据服务企业。",
                ["市数据局"],
                ["市营商环境局", "各县（市）、区人民政府"],
                "2026年底前",
                2026,
                [
                    Target(
                        "向社会开放公共数据集",
                        "个",
                        "gte",
                        100,
                        "向社会开放公共数据集100个以上",
                        deadline=2026,
                    ),
                    Target(
                        "行业高质量数据集",
                        "个",
                        "eq",
                        10,
                        "建设农业、医疗、交通等行业高质量数据集10个",
                        deadline=2026,
                    ),
                ],
            ),
            (
                "3.",
                "建设人工智能公共服务平台",
                "建成市级人工智能公共服务平台，为中小企业提供模型训练、推理部署、测试评估等服务，服务中小企业100家以上。推动平台与省级人工智能公共服务平台互联互通。",
                ["市工信局"],
                ["市科技局", "佳木斯大学"],
                "2027年底前",
                2027,
                [
                    Target(
                        "人工智能公共服务平台服务中小企业",
                        "家",
                        "gte",
                        100,
                        "服务中小企业100家以上",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
    (
        "（二）",
        "推进“人工智能+现代农业”",
        [
            (
                "4.",
                "建设无人化智慧农场",
                "在富锦、桦川、同江等地推广智能农机、无人化作业和作物长势智能监测，建设无人化智慧农场示范基地15个，推动寒地水稻、大豆生产全程智能化。",
                ["市农业农村局"],
                ["各县（市）、区人民政府"],
                "2027年底前",
                2027,
                [
                    Target(
                        "无人化智慧农场示范基地", "个", "eq", 15, "建设无人化智慧农场示范基地15个"
                    ),
                ],
            ),
            (
                "5.",
                "推广农业大模型应用",
                "联合科研院所打造“寒地黑土”农业大模型，提供种植决策、病虫害识别、农技问答等服务，服务农户和新型农业经营主体1万户以上。",
                ["市农业农村局"],
                ["市科技局", "市数据局"],
                "2027年底前",
                2027,
                [
                    Target(
                        "农业大模型服务农户和新型农业经营主体",
                        "户",
                        "gte",
                        10000,
                        "服务农户和新型农业经营主体1万户以上",
                    ),
                ],
            ),
            (
                "6.",
                "发展智慧粮食物流",
                "推动粮食仓储、铁路和水运物流设施智能化改造，应用智能调度和路径优化技术，提升粮食外运效率。",
                ["市商务局"],
                ["市交通运输局", "市发改委"],
                "持续推进",
                None,
                [],
            ),
        ],
    ),
    (
        "（三）",
        "推进“人工智能+先进制造”",
        [
            (
                "7.",
                "推动制造业智能化改造",
                "聚焦农机装备、生物制造、食品加工等产业，每年实施智能化改造项目20个以上，建设智能工厂和数字化车间10个，推动人工智能在研发设计、生产制造、质量检测等环节深度应用。",
                ["市工信局"],
                ["市财政局"],
                "持续推进",
                None,
                [
                    Target(
                        "智能化改造项目",
                        "个",
                        "gte",
                        20,
                        "每年实施智能化改造项目20个以上",
                        per_year=True,
                    ),
                    Target("智能工厂和数字化车间", "个", "eq", 10, "建设智能工厂和数字化车间10个"),
                ],
            ),
            (
                "8.",
                "培育引进人工智能企业",
                "围绕智能农机、工业视觉、数据服务等领域开展精准招商，新引进人工智能相关企业10家以上。建立人工智能企业培育库，在场景开放、融资对接等方面给予支持。",
                ["市工信局", "市商务局"],
                ["市科技局"],
                "2027年底前",
                2027,
                [
                    Target(
                        "新引进人工智能相关企业",
                        "家",
                        "gte",
                        10,
                        "新引进人工智能相关企业10家以上",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "9.",
                "发展对俄跨境智能服务",
                "依托同江、抚远等口岸，建设跨境电商智能服务平台，推广智能翻译、智能通关、智能结算等应用，服务对俄经贸合作。",
                ["市商务局"],
                ["市数据局"],
                "持续推进",
                None,
                [],
            ),
        ],
    ),
    (
        "（四）",
        "推进“人工智能+民生服务”",
        [
            (
                "10.",
                "推进智慧医疗",
                "推广人工智能辅助诊断、智能影像、智能随访等应用，二级以上公立医院人工智能辅助诊断应用覆盖率达到60%，推动市级医院与县级医院远程会诊、影像共享。",
                ["市卫健委"],
                ["市数据局"],
                "2027年底前",
                2027,
                [
                    Target(
                        "二级以上公立医院人工智能辅助诊断应用覆盖率",
                        "%",
                        "eq",
                        60,
                        "二级以上公立医院人工智能辅助诊断应用覆盖率达到60%",
                    ),
                ],
            ),
            (
                "11.",
                "推进智慧教育",
                "建设人工智能教育特色学校20所，在中小学开展人工智能通识教育，支持佳木斯大学开设人工智能相关专业。",
                ["市教育局"],
                ["佳木斯大学"],
                "2027年底前",
                2027,
                [
                    Target("人工智能教育特色学校", "所", "eq", 20, "建设人工智能教育特色学校20所"),
                ],
            ),
            (
                "12.",
                "推进政务服务智能化",
                "推广智能导办、智能预审、智能客服，高频政务服务事项智能导办覆盖率达到90%，推动“高效办成一件事”提质增效。",
                ["市营商环境局"],
                ["市数据局", "各县（市）、区人民政府"],
                "2026年底前",
                2026,
                [
                    Target(
                        "高频政务服务事项智能导办覆盖率",
                        "%",
                        "eq",
                        90,
                        "高频政务服务事项智能导办覆盖率达到90%",
                        deadline=2026,
                    ),
                ],
            ),
            (
                "13.",
                "推进智慧文旅",
                "围绕三江湿地、黑瞎子岛、赫哲族文化等资源，推广智能导览、客流预测和冰雪旅游智能服务，建成智慧景区8个。",
                ["市文广旅局"],
                ["各县（市）、区人民政府"],
                "2027年底前",
                2027,
                [
                    Target("智慧景区", "个", "eq", 8, "建成智慧景区8个"),
                ],
            ),
            (
                "14.",
                "加强人工智能人才培养",
                "实施人工智能人才专项培训，每年开展人工智能技能培训3000人次以上，支持佳木斯大学建设人工智能现代产业学院。",
                ["市人社局", "市教育局"],
                ["佳木斯大学", "市工信局"],
                "持续推进",
                None,
                [
                    Target(
                        "人工智能技能培训",
                        "人次",
                        "gte",
                        3000,
                        "每年开展人工智能技能培训3000人次以上",
                        kind="talent",
                        per_year=True,
                    ),
                ],
            ),
            (
                "15.",
                "加强人工智能安全治理",
                "落实生成式人工智能服务管理要求，开展算法备案、数据安全和个人信息保护检查，依法打击利用人工智能实施的违法犯罪活动。",
                ["市委网信办"],
                ["市公安局", "市数据局"],
                "持续推进",
                None,
                [],
            ),
        ],
    ),
]

# sentences with no figure that follow each item's first ones (kept apart for reading; printed as one paragraph)
EXTRA = {
    "建设寒地智算中心": "支持电信运营商和龙头企业参与智算中心建设运营，探索“算力券”等普惠服务模式，降低中小企业用算成本。加强算力设施能耗监测，推广液冷等先进节能技术。",
    "推动公共数据开放利用": "建立数据资源目录动态更新和数据质量评估机制，依法保护个人信息、商业秘密和重要数据。探索建立数据资源开发利用收益分配机制，激发数据要素价值。",
    "建设人工智能公共服务平台": "鼓励平台汇聚开源模型、开发工具和行业知识库，为企业提供场景诊断、方案设计和人才培训等一站式服务。推动高校、科研院所与平台共建联合实验室，加快科技成果转化。",
    "建设无人化智慧农场": "支持农机合作社购置智能农机装备，推动北斗导航、自动驾驶等技术在耕种管收各环节集成应用，打造寒地智慧农业样板。推动农机作业数据与耕地、气象数据融合应用，提升农业防灾减灾能力。",
    "推广农业大模型应用": "推动气象、土壤、农机作业等数据汇聚共享，探索建立农业大模型持续训练和迭代机制。鼓励农业社会化服务组织运用大模型开展托管服务，提升小农户生产经营水平。",
    "发展智慧粮食物流": "支持粮食企业建设智能仓储管理系统，推广粮情智能监测和智能通风技术，减少储粮损耗。推动粮食收储企业与物流企业数据共享，提高粮食运输组织效率。",
    "推动制造业智能化改造": "组织开展智能制造诊断服务，推动龙头企业带动上下游中小企业协同改造，培育一批智能制造系统解决方案供应商。支持企业开展设备联网和数据采集，推动生产过程透明化、管理决策智能化。",
    "培育引进人工智能企业": "对引进的重点项目实行专班服务、全程代办，推动签约项目早开工、早投产、早见效。支持本地企业与省内外人工智能龙头企业开展合作，联合开发行业解决方案。",
    "发展对俄跨境智能服务": "鼓励企业开发俄语智能客服、跨境物流智能追踪等产品，提升口岸通关便利化水平。推动口岸物流、仓储、通关数据共享，提升跨境贸易数字化水平。",
    "推进智慧医疗": "推动医疗健康数据安全有序共享，探索人工智能在慢病管理、健康体检等领域的应用。支持医疗机构运用人工智能提升病历质控、药事管理和医院运营管理水平。",
    "推进智慧教育": "推动人工智能教育资源向农村学校倾斜，开展教师人工智能素养提升培训。鼓励学校开设人工智能兴趣课程，组织学生参加青少年人工智能创新大赛。",
    "推进智慧文旅": "推动景区门票预约、停车引导、游客服务数据互联互通，打造“东极之旅”智慧旅游品牌。鼓励文旅企业运用生成式人工智能开发赫哲族文化创意产品。",
    "加强人工智能人才培养": "对引进的人工智能领域高层次人才，在住房保障、子女入学等方面给予支持。鼓励企业设立人工智能岗位，拓宽青年人才就业渠道。",
    "加强人工智能安全治理": "建立人工智能安全风险监测预警机制，引导企业落实安全主体责任。加强人工智能伦理审查，防范算法歧视和数据滥用风险。",
    "推进政务服务智能化": "推动政务服务平台与各县（市）、区政务服务中心智能化改造，提升企业和群众办事体验。推动更多政务服务事项“免申即享”“直达快享”。",
}

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "建立由市政府主要领导牵头的“人工智能+”行动推进机制，办公室设在市工信局，统筹推进重点任务落实，定期研究解决重大问题。各县（市）、区要建立相应工作机制，结合实际制定具体落实措施，确保各项任务落地见效。",
    ),
    (
        "（二）",
        "强化要素保障",
        "市财政每年安排人工智能专项资金不少于2000万元，支持算力设施、应用场景和公共服务平台建设，积极争取国家和省级资金支持。鼓励金融机构创新科技信贷产品，引导社会资本投向人工智能领域，保障重点项目用地、用能需求。",
    ),
    (
        "（三）",
        "加强人才培育",
        "支持佳木斯大学与企业共建人工智能实训基地，开展人工智能技能培训，落实人才引进各项优惠政策，在住房保障、子女入学、医疗服务等方面为高层次人才提供便利。",
    ),
    (
        "（四）",
        "强化督导评估",
        "建立重点任务台账，实行季度调度、年度评估，评估结果纳入相关部门年度考核。及时总结推广典型经验，对工作推进不力的单位进行通报。市工信局每年向市政府报告实施情况。",
    ),
]

NOTICE = [
    ("head", "佳木斯市人民政府办公室文件"),
    ("docno", DOC_NUMBER),
    (
        "title",
        "佳木斯市人民政府办公室关于印发佳木斯市推进“人工智能+”行动实施方案（2026—2027年）的通知",
    ),
    ("addressee", "各县（市）、区人民政府，市政府各直属单位："),
    (
        "p",
        "《佳木斯市推进“人工智能+”行动实施方案（2026—2027年）》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。",
    ),
    ("sign", "佳木斯市人民政府办公室"),
    ("date", "2026年3月20日"),
    ("title", TITLE),
    (
        "p",
        "为深入贯彻落实国家和省关于实施“人工智能+”行动的决策部署，发挥我市农业大市、对俄开放前沿和装备制造基础优势，推动人工智能与实体经济深度融合，结合我市实际，制定本方案。",
    ),
    ("h1", "一、总体要求"),
    (
        "p",
        "近年来，我市数字经济加快发展，2025年全市数字经济核心产业营业收入达到48亿元，建成5G基站4200个，智能算力规模达到30P，智能农机装备保有量居全省前列，人工智能在农业生产、粮食仓储、医疗服务等领域的应用初见成效，但也存在算力支撑不足、数据开放共享不够、人工智能企业数量偏少、专业人才短缺等问题。",
    ),
    (
        "p",
        "坚持需求牵引、场景驱动、开放合作、安全可控，以算力、数据、模型为支撑，以现代农业、先进制造、民生服务为重点领域，推动人工智能全方位赋能经济社会发展，为全面振兴提供新动能。坚持政府引导、市场主导，充分发挥企业主体作用；坚持市县联动、部门协同，形成推进合力；坚持统筹发展和安全，守住数据安全和伦理底线。",
    ),
    ("h1", "二、发展目标"),
    ("p", GOAL1),
    ("p", GOAL2),
    ("h1", "三、重点任务"),
]


def _build():
    blocks = list(NOTICE)
    goals = [Goal("到2026年底", GOAL1, GOAL1_T), Goal("到2027年", GOAL2, GOAL2_T)]
    subs, rows = [], []
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for no, title, rest, leads, sup, due_cell, due, targets in items:
            body = f"{title}。{rest}{EXTRA[title]}"
            blocks.append(("p", f"{no}{body}"))
            tasks.append(
                Task(
                    no,
                    title,
                    body,
                    lead=[ALIAS[n] for n in leads],
                    supporting=[ALIAS[n] for n in sup],
                    due=due,
                )
            )
            rows.append([no.rstrip("."), title, "、".join(leads), "、".join(sup), due_cell])
            if targets:
                for t in targets:
                    if t.deadline is None and due is not None:
                        t.deadline = due
                goals.append(Goal(title, body, targets, numbering=no))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    blocks.append(("h1", "四、保障措施"))
    for no, title, rest in SAFEGUARDS:
        blocks.append(("p", f"{no}{title}。{rest}"))
    blocks += [
        ("addressee", "附件：佳木斯市推进“人工智能+”行动重点任务分工表"),
        ("pagebreak", ""),
        ("addressee", "附件"),
        ("title", "佳木斯市推进“人工智能+”行动重点任务分工表"),
        ("table", [["序号", "重点任务", "牵头单位", "配合单位", "完成时限"], *rows]),
    ]
    sections = [
        Section("三", "三、", "重点任务", "key_task", sections=subs),
        Section(
            "四",
            "四、",
            "保障措施",
            "safeguard",
            [Task(no, t, f"{t}。{r}") for no, t, r in SAFEGUARDS],
        ),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {"slug": "jiamusi-city", "name": "佳木斯市", "name_en": "Jiamusi", "level": "city"},
    "plan": {
        "code": SLUG,
        "title": TITLE,
        "title_en": "Jiamusi implementation plan for advancing the “AI+” action (2026–2027) — synthetic",
        "issuer": "佳木斯市人民政府办公室",
        "doc_number": DOC_NUMBER,
        "issued_on": "2026-03-20",
        "period_start": 2026,
        "period_end": 2027,
        "milestone_years": [2026, 2027],
        "source_file": f"{SLUG}.docx",
    },
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """# 佳木斯市推进“人工智能+”行动实施方案（2026—2027年） (佳木斯市人民政府办公室, 佳政办发〔2026〕7号, 2026-03-20) — SYNTHETIC
# (synthetic_ap): WRITTEN by the collector (helper blindAP, 2026-12-05) before reading or running the importer; no such document is claimed to exist.
# Built by make_files.py from doc_jiamusi.py as a Word file (python-docx, 公文 fonts, footer "— N —"). Zone jiamusi-city (黑龙江, prefecture city → city).
# Outline: notice (red head, 发文字号, addressee, signature), title, preamble, 一、总体要求 (no figure), 二、发展目标 = two paragraphs opening
#   "到2026年底，" and "到2027年，" → two goals titled by their date phrase, due 2026 and 2027. 三、重点任务 = four groups （一）–（四） (sub-sections)
#   whose items 1.–15. are numbered ON across the groups (task numbering as printed, "1." … "15."); 四、保障措施 （一）–（四） → safeguard tasks, no roles.
# Roles: NO annotation in the body; the annex 重点任务分工表 (a Word table) names each item by its number and title: 牵头单位 → lead (items 8 and 14 have
#   two leads), 配合单位 → supporting; 完成时限 "2026年底前" / "2027年底前" → due 2026 / 2027, "持续推进" → no due. 各县（市）、区人民政府 is one collective agency.
# Not targets: 一、总体要求's 2025 figures (48亿元, 4200个, 30P: baselines).
# Targets: the two goal paragraphs' eight figures; each item holding a NEW figure is also a goal titled like the item (text = the item without its number).
#   Item 1 restates 智能算力规模达到300P of the 2027 goal (same value, unit, year) → no target of its own, hence no goal (SOURCES.md, a figure printed twice).
#   A task figure with no year of its own is due at its row's 完成时限 (items 2, 12 → 2026; the others 2027); 持续推进 rows → the plan's end, 2027 (items 7, 14).
#   每年 → per_year flow; 新引进 / 服务…家 → flow; 1万户 → 10000 户; the 2026 goal's 20个 scenes and the 2027 goal's 累计50个以上 are two targets (other years).
#   Not targets: 保障措施（二）'s yearly budget (不少于2000万元).
"""

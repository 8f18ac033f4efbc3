# ruff: noqa: E501  (plan text as the office writes it)
"""滇岭省推动“人工智能+”行动计划（2026—2027年） — INVENTED (synthetic_cd). A Word file: the 办公厅's notice, a preamble,
一、总体目标 (one dated paragraph), 二、重点任务 （一）–（十四） each one paragraph "（N）标题。正文（牵头单位：X；配合单位：Y、Z）" (or
"（责任单位：X）") whose bodies are NOT all the province government's own: central bodies in the province (国家金融监督管理总局滇岭
监管局, 中国人民银行滇岭省分行, 岚城海关, 滇岭省通信管理局, 国家税务总局滇岭省税务局), state firms (中国移动通信集团滇岭有限公司,
中国电信股份有限公司滇岭分公司, 滇岭电网有限责任公司, 滇岭省投资集团有限公司), a university (滇岭大学), an academy institute (中国科学院岚城智能技术研究所),
an association (滇岭省人工智能产业联盟) and party bodies (省委网信办, 省委组织部, 省委金融办), as lead or supporting; 三、保障措施
（一）–（三） unannotated; 抄送 / 印发."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "dianling-ai-plus-action-plan-2026-synthetic"
KIND = "docx"

# printed form → (code, full name, category)
A = {
    "省发展改革委": ("fgw", "滇岭省发展和改革委员会", "development_reform"),
    "省工业和信息化厅": ("gxt", "滇岭省工业和信息化厅", "industry_it"),
    "省科技厅": ("kjt", "滇岭省科学技术厅", "science_technology"),
    "省数据局": ("sjj", "滇岭省数据局", "big_data"),
    "省财政厅": ("czt", "滇岭省财政厅", "finance"),
    "省商务厅": ("swt", "滇岭省商务厅", "commerce"),
    "省教育厅": ("jyt", "滇岭省教育厅", "education"),
    "省人力资源社会保障厅": ("rst", "滇岭省人力资源和社会保障厅", "human_resources"),
    "省文化和旅游厅": ("wlt", "滇岭省文化和旅游厅", "culture_tourism"),
    "省公安厅": ("gat", "滇岭省公安厅", "public_security"),
    "省政务服务管理局": ("zwj", "滇岭省政务服务管理局", "government_services"),
    "省能源局": ("nyj", "滇岭省能源局", "development_reform"),
    "省通信管理局": ("txj", "滇岭省通信管理局", "industry_it"),
    "国家金融监督管理总局滇岭监管局": (
        "jgj",
        "国家金融监督管理总局滇岭监管局",
        "financial_regulation",
    ),
    "中国人民银行滇岭省分行": ("rmyh", "中国人民银行滇岭省分行", "financial_regulation"),
    "岚城海关": ("hg", "岚城海关", "commerce"),
    "国家税务总局滇岭省税务局": ("swj", "国家税务总局滇岭省税务局", "taxation"),
    "中国移动通信集团滇岭有限公司": ("yd", "中国移动通信集团滇岭有限公司", "state_enterprise"),
    "中国电信股份有限公司滇岭分公司": ("dx", "中国电信股份有限公司滇岭分公司", "state_enterprise"),
    "滇岭电网有限责任公司": ("dw", "滇岭电网有限责任公司", "state_enterprise"),
    "滇岭省投资集团有限公司": ("tzjt", "滇岭省投资集团有限公司", "state_enterprise"),
    "滇岭大学": ("dldx", "滇岭大学", "education"),
    "中国科学院岚城智能技术研究所": ("kxy", "中国科学院岚城智能技术研究所", "science_technology"),
    "省人工智能产业联盟": ("lm", "滇岭省人工智能产业联盟", "other"),
    "省委网信办": ("wxb", "中共滇岭省委网络安全和信息化委员会办公室", "publicity"),
    "省委组织部": ("zzb", "中共滇岭省委组织部", "party_organisation"),
    "省委金融办": ("jrb", "中共滇岭省委金融委员会办公室", "financial_regulation"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "滇岭省推动“人工智能+”行动计划（2026—2027年）"
DOC_NUMBER = "滇政办发〔2026〕9号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Dianling Province action plan to advance “AI+” (2026–2027) — synthetic",
    "issuer": "滇岭省人民政府办公厅",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-06",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2027],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"《{TITLE}》已经省人民政府同意，现印发给你们，请认真组织实施。各牵头单位要会同配合单位制定具体落实措施，每半年将工作进展情况报送省工业和信息化厅。"
PREAMBLE = "为深入贯彻落实国家关于深入实施“人工智能+”行动的部署要求，充分发挥我省能源资源、生态资源和面向南亚东南亚开放优势，推动人工智能与经济社会各领域深度融合，加快培育新质生产力，结合我省实际，制定本行动计划。2025年，全省人工智能核心产业规模达到380亿元，人工智能企业达到520家，智能算力规模达到3200P，为推进“人工智能+”行动打下了较好基础，但也存在算力布局分散、高质量数据供给不足、领军企业和高端人才偏少等短板。"
GOAL_TEXT = "到2027年，全省人工智能核心产业规模突破600亿元，人工智能企业达到800家以上，智能算力规模达到8000P，培育行业大模型15个以上，打造“人工智能+”典型应用场景200个以上，人工智能赋能实体经济和社会治理的水平明显提升，建成面向南亚东南亚的人工智能创新应用高地。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        600,
        "全省人工智能核心产业规模突破600亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能企业", "家", "gte", 800, "人工智能企业达到800家以上", kind="ai_enterprises"),
    T("智能算力规模", "P", "eq", 8000, "智能算力规模达到8000P", kind="computing_power"),
    T("行业大模型", "个", "gte", 15, "培育行业大模型15个以上"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        200,
        "打造“人工智能+”典型应用场景200个以上",
        kind="application_scenarios",
    ),
]

# (title, body, lead, supporting, responsible, targets)
TASKS = [
    (
        "建设绿色智能算力设施",
        "依托岚城、棠溪等地清洁能源优势，统筹布局智算中心，推动新建算力设施优先使用绿色电力，2026年新增智能算力2000P。推进全省算力调度平台建设，实现省内主要算力资源统一接入、统一调度。鼓励基础电信企业和省属国有企业参与算力设施投资运营，探索“算力券”支持中小企业用算，推动算力资源向重点产业和科研机构倾斜。",
        ["省发展改革委"],
        ["省数据局", "省通信管理局", "中国移动通信集团滇岭有限公司", "滇岭省投资集团有限公司"],
        [],
        [
            T(
                "新增智能算力",
                "P",
                "eq",
                2000,
                "2026年新增智能算力2000P",
                kind="computing_power",
                aggregation="flow",
                deadline=2026,
            )
        ],
    ),
    (
        "提升网络支撑能力",
        "加快5G网络向重点园区、口岸和边境地区延伸覆盖，到2027年全省5G基站达到16万个，建成万兆光网试点园区20个，推动算力网络与通信网络协同发展，提升边境地区和民族地区网络服务质量。",
        ["省通信管理局"],
        ["省工业和信息化厅", "中国移动通信集团滇岭有限公司", "中国电信股份有限公司滇岭分公司"],
        [],
        [
            T("5G基站", "个", "eq", 160000, "到2027年全省5G基站达到16万个"),
            T("万兆光网试点园区", "个", "eq", 20, "建成万兆光网试点园区20个"),
        ],
    ),
    (
        "推进公共数据开发利用",
        "完善省级公共数据资源目录，推动公共数据授权运营，建设高质量行业数据集50个，重点开放交通、气象、农业、文旅等领域数据，支持企业开展数据标注和模型训练，培育数据标注基地，探索数据产品进场交易。",
        ["省数据局"],
        ["省发展改革委", "省委网信办"],
        [],
        [T("高质量行业数据集", "个", "eq", 50, "建设高质量行业数据集50个")],
    ),
    (
        "开展关键技术攻关",
        "围绕多语种机器翻译、高原生态监测、智能电网调度等方向，组织实施人工智能重大科技专项，支持高校院所与企业组建创新联合体，建设省级以上人工智能创新平台10个，推动科研成果在省内转化落地。",
        ["省科技厅"],
        ["滇岭大学", "中国科学院岚城智能技术研究所", "省工业和信息化厅"],
        [],
        [
            T(
                "省级以上人工智能创新平台",
                "个",
                "eq",
                10,
                "建设省级以上人工智能创新平台10个",
                kind="innovation_platforms",
            )
        ],
    ),
    (
        "推动制造业智能化改造",
        "聚焦有色金属、绿色能源、生物医药、烟草等重点产业，推广工业大模型和智能检测、智能排产应用，培育智能工厂50家、数字化车间200个，组织产业链上下游企业开展供需对接，分行业编制智能化改造指南。",
        ["省工业和信息化厅"],
        ["省人工智能产业联盟", "省发展改革委"],
        [],
        [
            T("智能工厂", "家", "eq", 50, "培育智能工厂50家"),
            T("数字化车间", "个", "eq", 200, "数字化车间200个"),
        ],
    ),
    (
        "发展“人工智能+”金融",
        "引导银行保险机构运用人工智能提升风险识别、智能客服和普惠信贷服务水平，推广“科创贷”等产品，力争2027年末全省人工智能相关企业贷款余额达到300亿元。加强金融领域人工智能应用风险监测。",
        ["中国人民银行滇岭省分行", "国家金融监督管理总局滇岭监管局"],
        ["省委金融办"],
        [],
        [
            T(
                "人工智能相关企业贷款余额",
                "亿元",
                "eq",
                300,
                "力争2027年末全省人工智能相关企业贷款余额达到300亿元",
            )
        ],
    ),
    (
        "建设智慧口岸",
        "在主要陆路口岸推广智能审图、智能查验和货物通关全流程无纸化，建设智慧口岸6个，推动口岸整体通关时间进一步压缩，服务面向南亚东南亚的跨境贸易，推动“单一窗口”与口岸智能监管系统数据互通。",
        ["岚城海关"],
        ["省商务厅", "省数据局"],
        [],
        [T("智慧口岸", "个", "eq", 6, "建设智慧口岸6个")],
    ),
    (
        "推进“人工智能+”税费服务",
        "推广智能咨询、智能审核和风险智能预警，税费业务智能问答准确率达到95%以上，推动更多涉税事项“非接触式”办理。",
        [],
        [],
        ["国家税务总局滇岭省税务局"],
        [T("税费业务智能问答准确率", "%", "gte", 95, "税费业务智能问答准确率达到95%以上")],
    ),
    (
        "提升政务服务智能化水平",
        "建设全省统一的政务大模型服务平台，在政务服务、12345热线、公文办理等领域上线智能应用30个，政务服务事项智能导办覆盖率达到90%。",
        ["省政务服务管理局"],
        ["省数据局", "省委网信办"],
        [],
        [
            T("政务智能应用", "个", "eq", 30, "上线智能应用30个"),
            T("政务服务事项智能导办覆盖率", "%", "eq", 90, "政务服务事项智能导办覆盖率达到90%"),
        ],
    ),
    (
        "推进“人工智能+”文旅",
        "打造“游滇岭”智能文旅服务平台，推广智能导览、多语种智能讲解和客流智能预警，建成智慧景区40个。",
        ["省文化和旅游厅"],
        ["省数据局", "中国电信股份有限公司滇岭分公司"],
        [],
        [T("智慧景区", "个", "eq", 40, "建成智慧景区40个")],
    ),
    (
        "推进“人工智能+”能源",
        "运用人工智能开展新能源功率预测、电网智能调度和设备智能巡检，建设智能化示范电站10座，提升水电、风电、光伏等清洁能源消纳水平。",
        ["省能源局"],
        ["滇岭电网有限责任公司", "滇岭省投资集团有限公司"],
        [],
        [T("智能化示范电站", "座", "eq", 10, "建设智能化示范电站10座")],
    ),
    (
        "壮大人工智能产业生态",
        "实施人工智能企业梯度培育行动，支持省人工智能产业联盟组织产需对接和标准研制，发挥省级产业投资基金引导作用，设立规模30亿元的人工智能产业子基金，举办南亚东南亚人工智能合作论坛。",
        ["省工业和信息化厅"],
        ["省人工智能产业联盟", "滇岭省投资集团有限公司", "省财政厅"],
        [],
        [],
    ),
    (
        "加强人工智能人才队伍建设",
        "将人工智能领军人才纳入省级人才计划重点支持，支持滇岭大学等高校建设人工智能学院，每年培养人工智能相关专业毕业生3000人以上，开展领导干部人工智能专题培训。",
        ["省委组织部"],
        ["省教育厅", "省人力资源社会保障厅", "滇岭大学"],
        [],
        [
            T(
                "人工智能相关专业毕业生",
                "人",
                "gte",
                3000,
                "每年培养人工智能相关专业毕业生3000人以上",
                kind="talent",
                per_year=True,
            )
        ],
    ),
    (
        "强化人工智能安全治理",
        "落实生成式人工智能服务备案制度，建立人工智能安全风险监测预警机制，开展深度伪造、数据泄露等风险专项治理，加强关键信息基础设施安全保护。",
        ["省委网信办"],
        ["省公安厅", "省通信管理局"],
        [],
        [],
    ),
]
NUMS = "一二三四五六七八九十"


def cn(n):
    return NUMS[n - 1] if n <= 10 else "十" + NUMS[n - 11]


SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "在省推进新型工业化工作领导小组框架下统筹推进“人工智能+”行动，建立省直部门、中央驻滇岭单位、重点企业和高校院所共同参与的协调机制，办公室设在省工业和信息化厅，负责日常工作。",
    ),
    (
        "（二）",
        "强化要素支撑",
        "统筹用好各级财政资金和政府专项债券，积极争取国家有关部委对我省人工智能项目的支持，保障重大项目用地、用能需求。",
    ),
    (
        "（三）",
        "抓好督促落实",
        "建立任务台账和年度评估机制，对行动计划实施情况开展跟踪评估，及时总结推广典型经验，营造支持人工智能发展的良好氛围。",
    ),
]

CC = "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，中央驻滇岭各单位。"
PRINTED = "滇岭省人民政府办公厅　　　　　　　　2026年3月6日印发"


def _roles(lead, sup, resp):
    if lead:
        return f"（牵头单位：{'、'.join(lead)}；配合单位：{'、'.join(sup)}）"
    return f"（责任单位：{'、'.join(resp)}）"


def _build():
    blocks = [
        ("head", "滇岭省人民政府办公厅文件"),
        ("docno", DOC_NUMBER),
        ("title", f"滇岭省人民政府办公厅关于印发{TITLE}的通知"),
        ("addressee", "各州、市人民政府，省直各委、办、厅、局："),
        ("body", NOTICE),
        ("sign", "滇岭省人民政府办公厅"),
        ("date", "2026年3月6日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("h1", "一、总体目标"),
        ("body", GOAL_TEXT),
        ("h1", "二、重点任务"),
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("到2027年", GOAL_TEXT, GOAL_TARGETS)]
    code = {p: A[p][0] for p in A}
    tasks = []
    for n, (title, body, lead, sup, resp, targets) in enumerate(TASKS, 1):
        no = f"（{cn(n)}）"
        rest = body + _roles(lead, sup, resp)
        blocks.append(("item", (f"{no}{title}。", rest)))
        text = f"{title}。{rest}"
        tasks.append(
            Task(
                no,
                title,
                text,
                lead=[code[x] for x in lead],
                supporting=[code[x] for x in sup],
                responsible=[code[x] for x in resp],
            )
        )
        for t in targets:
            assert t.phrase in body, t.phrase
        if targets:
            goals.append(Goal(title, text, targets, numbering=no))
    sections = [Section("二", "二、", "重点任务", "key_task", tasks)]
    blocks.append(("h1", "三、保障措施"))
    sg = []
    for no, title, text in SAFEGUARDS:
        blocks.append(("item", (f"{no}{title}。", text)))
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("三", "三、", "保障措施", "safeguard", sg))
    blocks += [("rule", ""), ("addressee", CC), ("addressee", PRINTED)]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "dianling-province",
        "name": "滇岭省",
        "name_en": "Dianling Province",
        "level": "municipality",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 滇岭省推动“人工智能+”行动计划（2026—2027年） (滇岭省人民政府办公厅, 滇政办发〔2026〕9号, 2026-03-06)
# — SYNTHETIC (synthetic_cd): WRITTEN by the collector (helper blindCD, 2026-12-07) before reading or running the importer; no
#   such province or document exists. Built by make_files.py from doc_dianling.py as a Word file.
# Zone dianling-province (an invented 西南 province) → level municipality (the provincial level); period 2026–2027.
# Outline: red head, 发文字号, notice (reporting 每半年: no target), page break, title, a preamble; 一、总体目标 = one paragraph
#   "到2027年，…" (goal titled 到2027年, 5 targets); 二、重点任务 = （一）–（十四）, one paragraph each, bold "（N）标题。" and a body
#   closing on "（牵头单位：X；配合单位：Y、Z）" or "（责任单位：X）"; 三、保障措施 （一）–（三） unannotated (safeguard tasks).
# Tasks: title = the bold heading; text = heading + body + annotation, without the number. No 完成时限: no due.
# Roles: 牵头单位 → lead (two in （六）), 配合单位 → supporting, 责任单位 → responsible. EVERY body an annotation names is an
#   agency, whoever it answers to: central bodies in the province (省通信管理局, 国家金融监督管理总局滇岭监管局, 中国人民银行滇岭
#   省分行, 岚城海关, 国家税务总局滇岭省税务局), state firms (中国移动通信集团滇岭有限公司, 中国电信股份有限公司滇岭分公司, 滇岭省
#   投资集团有限公司, 滇岭电网有限责任公司: state_enterprise), 滇岭大学, 中国科学院岚城智能技术研究所, the association 省人工智能产业联盟 (other) and the
#   party bodies 省委网信办, 省委组织部, 省委金融办: the plan makes each carry the task, so a leader tracking it needs them. Names
#   in a body's text only (支持滇岭大学等高校…, 支持省人工智能产业联盟组织…) add no role beyond the annotation's. The safeguards'
#   coordination office (设在省工业和信息化厅，负责日常工作), 中央驻滇岭单位 and 国家有关部委 (争取…支持) assign nothing.
# Not targets either: the preamble's 2025 figures (380亿元, 520家, 3200P: baselines).
# Targets: every task holding figures is also a goal titled like the task (text = the task's text). A figure with a year of its own
#   is due then (2026年新增智能算力2000P → 2026); other task figures at the plan's end (2027). 16万个 → 160000. Not targets: 设立规模
#   30亿元的…子基金 (a fund being set up); 口岸整体通关时间进一步压缩 (no figure). 每年培养…毕业生3000人以上 → per-year target (flow).
"""

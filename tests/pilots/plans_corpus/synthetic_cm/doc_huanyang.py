# ruff: noqa: E501  (plan text as the office writes it)
"""澴阳市推进“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_cm). A Word file: notice, preamble, 一、总体目标
in prose (two dated paragraphs), 二、重点任务 as seven TASK CARDS "任务一：标题" each followed by labelled lines 工作目标： /
主要举措： / 进度安排： / 牵头单位： / 配合单位： / 责任人： / 完成时限： (one card prints 牵头单位 and 配合单位 on one line;
one card's 进度安排 is three "——" lines), 三、保障措施 （一）–（三）."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "huanyang-ai-plus-implementation-2026-synthetic"
KIND = "docx"

# printed form → (code, full name, category)
A = {
    "市发展改革委": ("fgw", "澴阳市发展和改革委员会", "development_reform"),
    "市数据局": ("sjj", "澴阳市数据局", "big_data"),
    "市财政局": ("czj", "澴阳市财政局", "finance"),
    "澴阳高新区管委会": ("gxq", "澴阳高新技术产业开发区管理委员会", "park_administration"),
    "市委网信办": ("wxb", "中共澴阳市委网络安全和信息化委员会办公室", "publicity"),
    "市公安局": ("gaj", "澴阳市公安局", "public_security"),
    "市市场监管局": ("scj", "澴阳市市场监督管理局", "market_regulation"),
    "市经信局": ("jxj", "澴阳市经济和信息化局", "industry_it"),
    "市科技局": ("kjj", "澴阳市科学技术局", "science_technology"),
    "各县（市、区）人民政府": ("xsq", "澴阳市各县（市、区）人民政府", "local_government"),
    "市城管执法局": ("cgj", "澴阳市城市管理执法局", "housing_construction"),
    "市住建局": ("zjj", "澴阳市住房和城乡建设局", "housing_construction"),
    "市行政审批局": ("spj", "澴阳市行政审批局", "government_services"),
    "市卫健委": ("wjw", "澴阳市卫生健康委员会", "health"),
    "市医保局": ("ybj", "澴阳市医疗保障局", "health"),
    "市委人才办": ("rcb", "中共澴阳市委人才工作领导小组办公室", "party_organisation"),
    "市人社局": ("rsj", "澴阳市人力资源和社会保障局", "human_resources"),
    "市教育局": ("jyj", "澴阳市教育局", "education"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
CODE = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "澴阳市推进“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "澴政办发〔2026〕9号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Huanyang City implementation plan for the “AI+” action (2026–2027) — synthetic",
    "issuer": "澴阳市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-16",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"《{TITLE}》已经市人民政府同意，现印发给你们，请认真抓好落实。各牵头单位要按照任务卡确定的工作目标和进度安排，倒排工期、挂图作战，每月25日前将任务推进情况报市“人工智能+”行动专班办公室（设在市数据局）。"
PREAMBLE = "为深入贯彻落实国家和省关于深入实施“人工智能+”行动的决策部署，加快人工智能与我市实体经济和社会治理深度融合，推动澴阳在江汉平原城市群中率先形成人工智能应用新优势，结合我市实际，制定本方案。"
G1_TEXT = "到2026年底，全市人工智能核心产业规模达到60亿元，智能算力规模达到500P，打造“人工智能+”典型应用场景50个以上，人工智能赋能千行百业的基础框架初步形成。"
G1 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        60,
        "全市人工智能核心产业规模达到60亿元",
        deadline=2026,
        kind="ai_industry_scale",
    ),
    T(
        "智能算力规模",
        "P",
        "eq",
        500,
        "智能算力规模达到500P",
        deadline=2026,
        kind="computing_power",
    ),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        50,
        "打造“人工智能+”典型应用场景50个以上",
        deadline=2026,
        kind="application_scenarios",
    ),
]
G2_TEXT = "到2027年底，全市人工智能核心产业规模突破100亿元，人工智能企业达到200家，智能算力规模达到1000P，规上工业企业数字化改造覆盖率达到85%，建成全省人工智能应用示范城市。"
G2 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        100,
        "人工智能核心产业规模突破100亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能企业", "家", "eq", 200, "人工智能企业达到200家", kind="ai_enterprises"),
    T("智能算力规模", "P", "eq", 1000, "智能算力规模达到1000P", kind="computing_power"),
    T("规上工业企业数字化改造覆盖率", "%", "eq", 85, "规上工业企业数字化改造覆盖率达到85%"),
]
CARDS_INTRO = "围绕上述目标，实行任务卡管理，共明确7项重点任务，每项任务明确工作目标、主要举措、进度安排、牵头单位、配合单位、责任人和完成时限，实行清单化管理、项目化推进、销号式落实。"

# card: (numbering, title, goal, measures, schedule (str or list of "——" lines), lead, supporting,
#        person, due (printed, iso), one_line_roles, goal targets, schedule targets)
CARDS = [
    (
        "任务一",
        "建设澴阳智能算力中心",
        "2026年底前建成澴阳智能算力中心一期，新增智能算力300P；2027年底前全市智能算力规模达到1000P，算力资源利用率保持在70%以上。",
        "依托澴阳高新区大数据产业园，采取“政府引导、企业投资、市场运营”模式建设智能算力中心，一期总投资12亿元。落实算力券政策，对中小企业租用智能算力给予不超过合同金额30%、每家每年最高50万元的补贴。推动算力中心接入全省算力调度平台，面向本地企业和科研机构提供普惠算力服务。",
        "2026年6月底前完成选址和项目备案，9月底前开工建设，12月底前一期建成上线、新增智能算力300P；2027年6月底前启动二期建设，年底前全市智能算力规模达到1000P。",
        ["市发展改革委"],
        ["市数据局", "市财政局", "澴阳高新区管委会"],
        "市发展改革委主任",
        ("2027年12月底前", "2027-12-31"),
        False,
        [
            T(
                "新增智能算力",
                "P",
                "eq",
                300,
                "新增智能算力300P",
                kind="computing_power",
                aggregation="flow",
                deadline=2026,
            ),
            T("算力资源利用率", "%", "gte", 70, "算力资源利用率保持在70%以上", deadline=2027),
        ],
        [],
    ),
    (
        "任务二",
        "推进公共数据汇聚共享和开发利用",
        "2026年底前建成市一体化公共数据平台，接入市级部门40个，编制公共数据资源目录2000项以上，开放公共数据集100个；2027年底前建设行业高质量数据集20个。",
        "制定公共数据资源目录编制规范，推动市级部门和各县（市、区）数据按需归集、应归尽归。探索公共数据授权运营，在城市交通、医疗健康、普惠金融等领域开发数据产品。建立数据质量评估和问题数据整改机制，落实数据分类分级保护要求。",
        "一季度完成全市公共数据资源普查，二季度完成平台建设总工作量的30%，三季度完成70%，2026年底前平台建成上线；2027年6月底前完成首批行业数据集建设，年底前全部建成。",
        ["市数据局"],
        ["市委网信办", "市公安局", "市市场监管局"],
        "市数据局局长",
        ("2027年12月底前", "2027-12-31"),
        False,
        [
            T(
                "接入一体化公共数据平台的市级部门",
                "个",
                "eq",
                40,
                "接入市级部门40个",
                deadline=2026,
            ),
            T(
                "公共数据资源目录",
                "项",
                "gte",
                2000,
                "编制公共数据资源目录2000项以上",
                deadline=2026,
            ),
            T("开放公共数据集", "个", "eq", 100, "开放公共数据集100个", deadline=2026),
            T(
                "行业高质量数据集",
                "个",
                "eq",
                20,
                "2027年底前建设行业高质量数据集20个",
                deadline=2027,
            ),
        ],
        [],
    ),
    (
        "任务三",
        "实施制造业智能化改造",
        "到2027年底，累计建成智能工厂30家、数字化车间100个，规上工业企业数字化改造覆盖率达到85%。",
        "聚焦汽车零部件、纺织服装、食品加工三大传统产业，开展“一企一策”智能化改造诊断，推广工业大模型、机器视觉质检等应用。对智能化改造项目按设备投资额的10%给予奖补，单个项目最高200万元。每年遴选发布一批智能制造标杆企业和优秀场景。",
        "2026年二季度完成规上工业企业数字化转型诊断，三季度启动首批改造项目，2026年底前建成智能工厂15家、数字化车间50个；2027年底前完成全部目标任务。",
        ["市经信局"],
        ["市科技局", "市财政局", "各县（市、区）人民政府"],
        "市经信局局长",
        ("2027年12月底前", "2027-12-31"),
        False,
        [
            T("智能工厂", "家", "eq", 30, "累计建成智能工厂30家", deadline=2027),
            T("数字化车间", "个", "eq", 100, "数字化车间100个", deadline=2027),
        ],
        [
            T("智能工厂", "家", "eq", 15, "2026年底前建成智能工厂15家", deadline=2026),
            T("数字化车间", "个", "eq", 50, "数字化车间50个", deadline=2026),
        ],
    ),
    (
        "任务四",
        "打造“澴阳智脑”城市治理应用",
        "2026年9月底前建成“澴阳智脑”城市运行管理平台，接入视频监控资源2万路；2026年底前上线城市治理智能应用场景20个，城市管理问题智能发现率达到70%。",
        "整合城管、公安、住建、交通等部门视频和物联感知资源，建设城市运行管理平台和城市治理算法仓，推动占道经营、违规停车、垃圾暴露等问题自动识别、自动派单、自动核查，形成“发现—处置—反馈”闭环。",
        [
            "——2026年6月底前完成平台机房改造和算力部署；",
            "——2026年9月底前平台建成上线，完成视频资源接入；",
            "——2026年四季度每月新上线智能应用场景不少于5个，12月底前全部上线。",
        ],
        ["市城管执法局"],
        ["市公安局", "市住建局", "市数据局"],
        "市城管执法局局长",
        ("2026年12月底前", "2026-12-31"),
        False,
        [
            T("接入视频监控资源", "路", "eq", 20000, "接入视频监控资源2万路", deadline=2026),
            T(
                "城市治理智能应用场景",
                "个",
                "eq",
                20,
                "上线城市治理智能应用场景20个",
                kind="application_scenarios",
                deadline=2026,
            ),
            T(
                "城市管理问题智能发现率",
                "%",
                "eq",
                70,
                "城市管理问题智能发现率达到70%",
                deadline=2026,
            ),
        ],
        [],
    ),
    (
        "任务五",
        "推进“AI+政务服务”",
        "2026年底前建成全市政务服务智能客服和智能导办系统，覆盖高频政务服务事项300项以上，实现智能审批事项50项，企业群众办事平均跑动次数压减至0.3次以下。",
        "依托市一体化政务服务平台，训练政务服务大模型，推动“智能问答、智能导办、智能预审、智能审批”全流程应用。梳理可智能审批事项清单，对标准化程度高的事项推行“无人干预自动审批”。",
        "2026年4月底前完成政务语料整理，6月底前智能客服试运行，9月底前正式上线，12月底前完成智能审批事项上线。",
        ["市行政审批局"],
        ["市数据局"],
        "市政府办公室副主任",
        ("2026年12月底前", "2026-12-31"),
        False,
        [
            T(
                "智能客服覆盖高频政务服务事项",
                "项",
                "gte",
                300,
                "覆盖高频政务服务事项300项以上",
                deadline=2026,
            ),
            T("智能审批事项", "项", "eq", 50, "实现智能审批事项50项", deadline=2026),
            T(
                "企业群众办事平均跑动次数",
                "次",
                "lte",
                0.3,
                "企业群众办事平均跑动次数压减至0.3次以下",
                deadline=2026,
            ),
        ],
        [],
    ),
    (
        "任务六",
        "推广“AI+医疗健康”",
        "到2027年底，二级以上公立医院人工智能辅助诊断应用覆盖率达到100%，建成基层智能辅助诊疗服务点150个。",
        "推动医学影像、病理、心电等人工智能辅助诊断系统在二级以上公立医院部署应用，在乡镇卫生院和社区卫生服务中心推广智能辅助诊疗终端。建设全市医疗健康数据专区，推进检查检验结果互认共享。",
        "2026年底前二级以上公立医院人工智能辅助诊断应用覆盖率达到60%，建成基层服务点80个；2027年底前全面完成。",
        ["市卫健委"],
        ["市医保局", "市数据局"],
        "市卫健委主任",
        ("2027年12月底前", "2027-12-31"),
        True,
        [
            T(
                "二级以上公立医院人工智能辅助诊断应用覆盖率",
                "%",
                "eq",
                100,
                "二级以上公立医院人工智能辅助诊断应用覆盖率达到100%",
                deadline=2027,
            ),
            T(
                "基层智能辅助诊疗服务点",
                "个",
                "eq",
                150,
                "建成基层智能辅助诊疗服务点150个",
                deadline=2027,
            ),
        ],
        [
            T(
                "二级以上公立医院人工智能辅助诊断应用覆盖率",
                "%",
                "eq",
                60,
                "2026年底前二级以上公立医院人工智能辅助诊断应用覆盖率达到60%",
                deadline=2026,
            ),
            T("基层智能辅助诊疗服务点", "个", "eq", 80, "建成基层服务点80个", deadline=2026),
        ],
    ),
    (
        "任务七",
        "集聚人工智能人才",
        "到2027年底，引进培育人工智能领域高层次人才200名，开展数字技能培训1万人次。",
        "实施“澴阳英才·智汇”计划，对引进的人工智能领军人才团队给予最高500万元项目资助。支持本地高校和职业院校开设人工智能相关专业，共建产业学院和实训基地，开展面向企业职工和返乡青年的数字技能培训。",
        "2026年9月底前出台人才专项政策，2026年底前引进培育高层次人才100名；2027年底前完成全部目标任务。",
        ["市委人才办"],
        ["市人社局", "市教育局", "市科技局"],
        "市委组织部副部长",
        ("2027年12月底前", "2027-12-31"),
        False,
        [
            T(
                "引进培育人工智能领域高层次人才",
                "名",
                "eq",
                200,
                "引进培育人工智能领域高层次人才200名",
                kind="talent",
                aggregation="flow",
                deadline=2027,
            ),
            T(
                "数字技能培训",
                "人次",
                "eq",
                10000,
                "开展数字技能培训1万人次",
                aggregation="flow",
                deadline=2027,
            ),
        ],
        [
            T(
                "引进培育高层次人才",
                "名",
                "eq",
                100,
                "2026年底前引进培育高层次人才100名",
                kind="talent",
                aggregation="flow",
                deadline=2026,
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立市“人工智能+”行动专班，由市政府主要负责同志任组长，专班办公室设在市数据局，负责统筹协调、调度推进和督促检查。各县（市、区）要建立相应工作机制，确保任务卡逐项落地。",
    ),
    (
        "（二）",
        "强化要素保障",
        "市财政每年统筹安排人工智能发展专项资金1亿元，支持算力设施、应用场景和人才引育。优先保障重点项目用地、用能指标，鼓励金融机构开发“算力贷”“数据贷”等产品。",
    ),
    (
        "（三）",
        "严格督导考核",
        "实行“月调度、季通报、年考核”，任务卡完成情况纳入各地各部门年度目标责任制考核。对进度滞后的任务卡实行黄牌、红牌预警，对连续两个季度亮红牌的牵头单位进行约谈。",
    ),
]

CC = "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市中级人民法院，市人民检察院，澴阳军分区。"
PRINTED = "澴阳市人民政府办公室　　　　　　　　2026年3月16日印发"


def _build():
    blocks = [
        ("head", "澴阳市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各县（市、区）人民政府，澴阳高新区管委会，市政府各部门："),
        ("body", NOTICE),
        ("sign", "澴阳市人民政府办公室"),
        ("date", "2026年3月16日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("h1", "一、总体目标"),
        ("body", G1_TEXT),
        ("body", G2_TEXT),
        ("h1", "二、重点任务"),
        ("body", CARDS_INTRO),
    ]
    for text, targets in ((G1_TEXT, G1), (G2_TEXT, G2)):
        for t in targets:
            assert t.phrase in text, t.phrase
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2027年底", G2_TEXT, G2)]
    tasks = []
    for card in CARDS:
        no, title, goal, measures, schedule, lead, sup, person, when, one_line, gts, sts = card
        due_text, due = when
        blocks.append(("card", f"{no}：{title}"))
        lines = [("工作目标：", goal), ("主要举措：", measures)]
        if isinstance(schedule, list):
            lines.append(("进度安排：", ""))
            lines += [(None, s) for s in schedule]
            sched_text = "".join(schedule)
        else:
            lines.append(("进度安排：", schedule))
            sched_text = schedule
        if one_line:
            lines.append(("牵头单位：", f"{'、'.join(lead)}　　配合单位：{'、'.join(sup)}"))
        else:
            lines += [("牵头单位：", "、".join(lead)), ("配合单位：", "、".join(sup))]
        lines += [("责任人：", person), ("完成时限：", due_text)]
        blocks += [("label", line) for line in lines]
        text = "".join((label or "") + content for label, content in lines)
        tasks.append(
            Task(
                no,
                title,
                text,
                lead=[CODE[x] for x in lead],
                supporting=[CODE[x] for x in sup],
                due=due,
            )
        )
        for t in gts:
            assert t.phrase in goal, t.phrase
        for t in sts:
            assert t.phrase in sched_text, t.phrase
        if gts or sts:
            goals.append(Goal(title, goal, gts + sts, numbering=no))
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
        "slug": "huanyang-city",
        "name": "澴阳市",
        "name_en": "Huanyang City",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 澴阳市推进“人工智能+”行动实施方案（2026—2027年） (澴阳市人民政府办公室, 澴政办发〔2026〕9号, 2026-03-16)
# — SYNTHETIC (synthetic_cm): WRITTEN by the collector (helper blindCM, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_huanyang.py as a Word file (.docx).
# Zone huanyang-city (an invented prefecture-level city of 湖北, 江汉平原; the province is not named) → city level; period 2026–2027.
# Outline: red head, 发文字号, notice (reporting day 每月25日前: no target), "（此件公开发布）", page break, title, preamble;
#   一、总体目标 = two dated paragraphs → goals titled 到2026年底 (3 targets) and 到2027年底 (4 targets); 二、重点任务 = an intro
#   ("共明确7项重点任务": a count of the document's own parts, no target) and seven TASK CARDS: a bold heading "任务一：标题" and
#   labelled lines 工作目标： / 主要举措： / 进度安排： / 牵头单位： / 配合单位： / 责任人： / 完成时限： (任务四's 进度安排 is a label
#   line and three "——" lines; 任务六 prints "牵头单位：X　　配合单位：Y、Z" on one line); 三、保障措施 （一）–（三） (bold-led paragraphs,
#   safeguard tasks, no roles); 抄送 / 印发.
# Tasks: one per card; title = the heading's words after "任务N："; numbering 任务N; text = the labelled lines (labels kept) from
#   工作目标 to 完成时限, without the heading. due = 完成时限 (2027年12月底前 → 2027-12-31).
# Roles: 牵头单位 → lead, 配合单位 → supporting. 责任人 (a post: 市发展改革委主任, 市政府办公室副主任, 市委组织部副部长) → no agency and no
#   role; it stays in the text (市政府办公室 and 市委组织部 are named in no role line: no agency). 各县（市、区）人民政府 one collective; 市直有关
#   部门 does not occur in a role line.
# Targets: the two goal paragraphs; every card with figures is also a goal titled like the card (numbering 任务N, text = its 工作目标
#   line's content). 工作目标 figures are targets, due by the date printed with them (2026年底前 / 2026年9月底前 → 2026; 2027年底前 /
#   到2027年底 → 2027). 进度安排 figures: a year-end figure of an EARLIER year than the card's own 工作目标 year (任务三 2026年底前 15家 /
#   50个, 任务六 60% / 80个, 任务七 100名) is a yearly milestone the plan commits to → a target due that year (in the card's goal); a
#   step within the year of the 工作目标 (季度 / 6月底 / 9月底, "完成总工作量的30%", "每月新上线…不少于5个") or a figure restating the
#   工作目标 (300P, 1000P) → no target. Restated, no second target: 任务一 1000P and 任务三 85% (the 到2027年底 paragraph's). Not
#   targets: 总投资12亿元; 算力券 30% / 50万元; 奖补 10% / 200万元; 500万元 资助; 专项资金1亿元 (a budget); 责任人 and 完成时限.
#   压减至0.3次以下 → lte. 2万路 → 20000 路; 1万人次 → 10000 人次. 引进培育 / 开展培训 → flow; 新增智能算力 → flow; others stock.
"""

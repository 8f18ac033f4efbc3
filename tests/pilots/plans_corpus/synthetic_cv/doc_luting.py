# ruff: noqa: E501  (plan text as the office writes it)
"""渌汀区2026年“人工智能+”工作要点 — INVENTED (synthetic_cv). Built as .docx and printed to PDF by LibreOffice: red head,
发文字号, notice; 一、主要目标 ("2026年，…"); 二、重点任务 = a lead sentence and a TABLE of seven columns 序号 | 工作任务 |
主责单位 | 协同单位 | 责任领导 | 督办单位 | 完成时限 (header row repeated on each page, rows kept whole), with "注：" lines under it
saying what each column means; 三、工作要求 = three unnumbered paragraphs led by their names; a 联系人 line, 抄送, 印发."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "luting-anhui-ai-plus-work-points-2026-synthetic"
KIND = "pdf"

A = {
    "区发改委": ("fgw", "渌汀区发展和改革委员会", "development_reform"),
    "区经信局": ("jxj", "渌汀区经济和信息化局", "industry_it"),
    "区科技局": ("kjj", "渌汀区科学技术局", "science_technology"),
    "区数据资源局": ("sjj", "渌汀区数据资源管理局", "big_data"),
    "区财政局": ("czj", "渌汀区财政局", "finance"),
    "区教体局": ("jtj", "渌汀区教育体育局", "education"),
    "区卫健委": ("wjw", "渌汀区卫生健康委员会", "health"),
    "区民政局": ("mzj", "渌汀区民政局", "civil_affairs"),
    "区人社局": ("rsj", "渌汀区人力资源和社会保障局", "human_resources"),
    "区城管局": ("cgj", "渌汀区城市管理局", "housing_construction"),
    "区商务局": ("swj", "渌汀区商务局", "commerce"),
    "区市场监管局": ("scj", "渌汀区市场监督管理局", "market_regulation"),
    "区应急局": ("yjj", "渌汀区应急管理局", "emergency"),
    "区政务服务管理局": ("zwj", "渌汀区政务服务管理局", "government_services"),
    "区融媒体中心": ("rmt", "渌汀区融媒体中心", "publicity"),
    "渌汀经开区管委会": ("kfq", "渌汀经济开发区管理委员会", "park_administration"),
    "各镇（街道）": ("zj", "渌汀区各镇人民政府、街道办事处", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
C = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "渌汀区2026年“人工智能+”工作要点"
DOC_NUMBER = "渌政办〔2026〕5号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Luting District (Anhui) “AI+” work points for 2026 — synthetic",
    "issuer": "渌汀区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-26",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"经区政府同意，现将《{TITLE}》印发给你们，请认真抓好贯彻落实。各主责单位要明确一名分管负责同志为责任人、一名科（股）室负责人为联系人，于3月10日前报区发改委。"
REVIEW = "2025年，全区人工智能核心产业营收达到30亿元，人工智能相关企业86家，建成省级智能工厂3家，“人工智能+”行动开局良好。"
GOAL_TEXT = "2026年，全区人工智能核心产业营收达到38亿元，同比增长25%以上；人工智能相关企业达到110家；新增智能算力100P；打造“人工智能+”应用场景30个以上；完成规上工业企业数字化转型诊断200家，培育省级智能工厂2家、省级数字化车间10个。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业营收",
        "亿元",
        "eq",
        38,
        "全区人工智能核心产业营收达到38亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能核心产业营收增速", "%", "gte", 25, "同比增长25%以上"),
    T("人工智能相关企业", "家", "eq", 110, "人工智能相关企业达到110家", kind="ai_enterprises"),
    T(
        "新增智能算力",
        "P",
        "eq",
        100,
        "新增智能算力100P",
        kind="computing_power",
        aggregation="flow",
    ),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        30,
        "打造“人工智能+”应用场景30个以上",
        kind="application_scenarios",
    ),
    T(
        "规上工业企业数字化转型诊断",
        "家",
        "eq",
        200,
        "完成规上工业企业数字化转型诊断200家",
        aggregation="flow",
    ),
    T("省级智能工厂", "家", "eq", 2, "培育省级智能工厂2家"),
    T("省级数字化车间", "个", "eq", 10, "省级数字化车间10个"),
]

L1 = "孙启明（区委常委、常务副区长）"
L2 = "黄振宇（副区长）"
L3 = "吴婧（副区长）"
D1 = "区政府督查室"
D2 = "区委督查室、区政府督查室"
D3 = "区发改委"
# rows: (title, body, 主责, 协同, 责任领导, 督办, 完成时限 as printed, due ISO or None, targets)
ROWS = [
    (
        "建设区级智算中心",
        "依托渌汀经开区大数据产业园建设区级智算中心，新增智能算力100P，面向区内企业提供普惠算力服务，落实算力券政策，对企业购买算力服务按合同金额的20%给予补贴。",
        ["区发改委"],
        ["区数据资源局", "渌汀经开区管委会"],
        L1,
        D1,
        "2026年12月底前",
        "2026-12-31",
        [],  # 新增智能算力100P: the goals' figure again
    ),
    (
        "推进公共数据共享开放",
        "完善公共数据资源目录，新增共享数据目录200项，开放公共数据集40个，开展公共数据授权运营试点。",
        ["区数据资源局"],
        ["区直各有关单位"],
        L2,
        D1,
        "2026年10月底前",
        "2026-10-31",
        [
            T("新增共享数据目录", "项", "eq", 200, "新增共享数据目录200项", aggregation="flow"),
            T("开放公共数据集", "个", "eq", 40, "开放公共数据集40个"),
        ],
    ),
    (
        "实施智能化改造数字化转型",
        "实施智能化改造项目120个，完成规上工业企业数字化转型诊断200家，推广“小快轻准”数字化解决方案。",
        ["区经信局"],
        ["区财政局", "各镇（街道）"],
        L2,
        D3,
        "全年",
        "2026-12-31",
        [T("智能化改造项目", "个", "eq", 120, "实施智能化改造项目120个", aggregation="flow")],
    ),
    (
        "培育智能工厂和数字化车间",
        "开展智能制造梯度培育，培育省级智能工厂2家、省级数字化车间10个，建设区级智能车间25个。",
        ["区经信局"],
        ["渌汀经开区管委会"],
        L2,
        D3,
        "2026年11月底前",
        "2026-11-30",
        [T("区级智能车间", "个", "eq", 25, "建设区级智能车间25个")],
    ),
    (
        "推广工业大模型应用",
        "支持龙头企业联合大模型企业开发研发设计、质量检测、设备运维等工业智能应用，形成工业大模型典型应用案例8个。",
        ["区经信局", "区科技局"],
        ["渌汀经开区管委会"],
        L2,
        D1,
        "2026年12月底前",
        "2026-12-31",
        [T("工业大模型典型应用案例", "个", "eq", 8, "形成工业大模型典型应用案例8个")],
    ),
    (
        "推进“人工智能+政务服务”",
        "上线区级政务服务智能客服，高频政务服务事项智能导办覆盖率达到90%，推出“免申即享”事项20项。",
        ["区政务服务管理局"],
        ["区数据资源局"],
        L3,
        D2,
        "2026年9月底前",
        "2026-09-30",
        [
            T(
                "高频政务服务事项智能导办覆盖率",
                "%",
                "eq",
                90,
                "高频政务服务事项智能导办覆盖率达到90%",
            ),
            T("“免申即享”事项", "项", "eq", 20, "推出“免申即享”事项20项"),
        ],
    ),
    (
        "推进“人工智能+城市管理”",
        "建设城市运行管理服务平台智能中枢，接入物联感知设备8000个，城市管理问题智能发现率达到60%以上。",
        ["区城管局"],
        ["区数据资源局", "各镇（街道）"],
        L3,
        D1,
        "2026年12月底前",
        "2026-12-31",
        [
            T("接入物联感知设备", "个", "eq", 8000, "接入物联感知设备8000个"),
            T("城市管理问题智能发现率", "%", "gte", 60, "城市管理问题智能发现率达到60%以上"),
        ],
    ),
    (
        "推进“人工智能+教育”",
        "建设人工智能教育特色学校12所，开展中小学教师人工智能应用培训1500人次。",
        ["区教体局"],
        ["区科技局"],
        L3,
        D1,
        "2026年8月底前",
        "2026-08-31",
        [
            T("人工智能教育特色学校", "所", "eq", 12, "建设人工智能教育特色学校12所"),
            T(
                "中小学教师人工智能应用培训",
                "人次",
                "eq",
                1500,
                "开展中小学教师人工智能应用培训1500人次",
                kind="talent",
                aggregation="flow",
            ),
        ],
    ),
    (
        "推进“人工智能+医疗健康”",
        "在区人民医院、区中医院推广智能辅助诊断、智能病历质控等应用，推动基层医疗卫生机构智能辅助诊断应用覆盖率达到70%。",
        ["区卫健委"],
        [],
        L3,
        D1,
        "2026年12月底前",
        "2026-12-31",
        [
            T(
                "基层医疗卫生机构智能辅助诊断应用覆盖率",
                "%",
                "eq",
                70,
                "基层医疗卫生机构智能辅助诊断应用覆盖率达到70%",
            )
        ],
    ),
    (
        "推进“人工智能+养老服务”",
        "推广智能穿戴、智能监测等适老化产品，建设智慧养老服务站6个，为辖区独居老人提供智能安全监护服务。",
        ["区民政局"],
        ["各镇（街道）"],
        L3,
        D1,
        "2026年10月底前",
        "2026-10-31",
        [T("智慧养老服务站", "个", "eq", 6, "建设智慧养老服务站6个")],
    ),
    (
        "推进“人工智能+安全生产”",
        "在危化品、工贸等重点行业推广智能视频分析和风险预警应用，覆盖重点企业50家。",
        ["区应急局"],
        ["区经信局", "各镇（街道）"],
        L1,
        D2,
        "2026年11月底前",
        "2026-11-30",
        [T("智能视频分析和风险预警应用覆盖重点企业", "家", "eq", 50, "覆盖重点企业50家")],
    ),
    (
        "推进“人工智能+商贸消费”",
        "支持商圈、商超开展智能导购、无人零售和数字营销，培育智慧商圈2个，组织人工智能消费体验活动4场。",
        ["区商务局"],
        ["区市场监管局"],
        L2,
        D1,
        "2026年12月底前",
        "2026-12-31",
        [
            T("智慧商圈", "个", "eq", 2, "培育智慧商圈2个"),
            T(
                "人工智能消费体验活动",
                "场",
                "eq",
                4,
                "组织人工智能消费体验活动4场",
                aggregation="flow",
            ),
        ],
    ),
    (
        "招引培育人工智能企业",
        "围绕智能装备、智能终端等方向开展精准招商，全年新引进人工智能企业15家，新增人工智能相关企业24家。",
        ["区商务局", "渌汀经开区管委会"],
        ["区经信局"],
        L1,
        D3,
        "全年",
        "2026-12-31",
        [
            T(
                "新引进人工智能企业",
                "家",
                "eq",
                15,
                "全年新引进人工智能企业15家",
                kind="ai_enterprises",
                aggregation="flow",
            )
        ],
        # 新增…24家: the growth from 86 to 110 printed again — a count of new ones, its own target below
    ),
    (
        "强化人工智能人才支撑",
        "实施“渌汀英才”计划，引进人工智能领域高层次人才10名，开展数字技能培训3000人次。",
        ["区人社局"],
        ["区教体局", "区经信局"],
        L1,
        D1,
        "2026年12月底前",
        "2026-12-31",
        [
            T(
                "引进人工智能领域高层次人才",
                "名",
                "eq",
                10,
                "引进人工智能领域高层次人才10名",
                kind="talent",
                aggregation="flow",
            ),
            T(
                "数字技能培训",
                "人次",
                "eq",
                3000,
                "开展数字技能培训3000人次",
                kind="talent",
                aggregation="flow",
            ),
        ],
    ),
    (
        "加强人工智能宣传推广",
        "开设“AI渌汀”宣传专栏，宣传推广典型案例和经验做法，营造良好发展氛围。",
        ["区融媒体中心"],
        ["区发改委"],
        L1,
        D1,
        "持续推进",
        None,
        [],
    ),
    (
        "完善人工智能政策体系",
        "修订完善支持人工智能产业发展若干政策，推动政策兑现“免申即享”。",
        ["区发改委"],
        ["区财政局", "区经信局"],
        L1,
        D2,
        "2026年6月底前",
        "2026-06-30",
        [],
    ),
]
# row 13: 新增人工智能相关企业24家 — new ones in the year, a target of its own (flow)
ROWS[12][8].append(
    T(
        "新增人工智能相关企业",
        "家",
        "eq",
        24,
        "新增人工智能相关企业24家",
        kind="ai_enterprises",
        aggregation="flow",
    )
)

NOTES = [
    "注：1．主责单位对任务落实负总责，协同单位按职责分工积极配合。",
    "2．责任领导为分管该项工作的区领导；督办单位负责跟踪督办，每季度通报一次进展情况，不承担具体实施任务。",
    "3．完成时限为“全年”“持续推进”的，按月报送进展情况。",
]
REQUIREMENTS = [
    (
        "加强统筹调度",
        "区推进“人工智能+”行动工作专班办公室（设在区发改委）要加强统筹协调，实行月调度、季通报，研究解决工作推进中的重大问题。",
    ),
    (
        "压实工作责任",
        "各责任领导要加强对分管领域工作的指导调度，各主责单位要细化工作方案，明确责任人和时间节点，各协同单位要主动对接、密切配合，形成工作合力。",
    ),
    (
        "严格督查考核",
        "各督办单位要加强跟踪督办，对推进滞后的任务及时提醒、督促整改，工作落实情况纳入年度综合考核。",
    ),
]
CONTACT = "联系人：区发改委高技术产业股　许文静；联系电话：0550-6012345。"
CC = "抄送：区委各部门，区人大常委会办公室，区政协办公室，区纪委监委，区法院，区检察院。"
PRINTED = "渌汀区人民政府办公室　　　　　　　　2026年2月26日印发"
HEADER_ROW = ["序号", "工作任务", "主责单位", "协同单位", "责任领导", "督办单位", "完成时限"]


def _codes(names):
    return [C[n] for n in names if n in C]


def _build():
    blocks = [
        ("head", "渌汀区人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"区人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各镇人民政府、街道办事处，渌汀经开区管委会，区政府各部门、各直属机构："),
        ("body", NOTICE),
        ("sign", "渌汀区人民政府办公室"),
        ("date", "2026年2月26日"),
        ("pagebreak", ""),
        ("title", TITLE),
        (
            "body",
            REVIEW
            + "2026年是全面实施“人工智能+”行动的关键之年，为扎实推进全区人工智能发展，制定本工作要点。",
        ),
        ("h1", "一、主要目标"),
        ("body", GOAL_TEXT),
        ("h1", "二、重点任务"),
        ("body", f"全年重点推进以下{len(ROWS)}项工作，具体分工如下："),
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("2026年", GOAL_TEXT, GOAL_TARGETS)]
    table = [HEADER_ROW]
    tasks = []
    for i, (title, body, lead, sup, leader, supervisor, limit, due, targets) in enumerate(ROWS, 1):
        cell = f"{title}。{body}"
        table.append([str(i), cell, "、".join(lead), "、".join(sup), leader, supervisor, limit])
        tasks.append(Task(str(i), title, cell, lead=_codes(lead), supporting=_codes(sup), due=due))
        for t in targets:
            assert t.phrase in body, t.phrase
        if targets:
            goals.append(Goal(title, cell, targets, numbering=str(i)))
    blocks.append(("tasktable", table))
    blocks += [("plain", n) for n in NOTES]
    blocks.append(("h1", "三、工作要求"))
    sg = []
    for title, text in REQUIREMENTS:
        blocks.append(("item", (f"{title}。", text)))
        sg.append(Task(None, title, f"{title}。{text}"))
    blocks += [("plain", CONTACT), ("rule", ""), ("addressee", CC), ("addressee", PRINTED)]
    sections = [
        Section("二", "二、", "重点任务", "key_task", tasks),
        Section("三", "三、", "工作要求", "safeguard", sg),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "luting-anhui-district",
        "name": "渌汀区",
        "name_en": "Luting District (Anhui)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 渌汀区2026年“人工智能+”工作要点 (渌汀区人民政府办公室, 渌政办〔2026〕5号, 2026-02-26)
# — SYNTHETIC (synthetic_cv): WRITTEN by helper blindCV (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_luting.py as .docx, printed to PDF by LibreOffice.
# Zone luting-anhui-district (安徽, an invented urban district; its city is never named) → district level; period 2026.
# Outline: red head, 发文字号, notice (责任人 / 联系人 to be named by 3月10日: no task, no role), page break, title, a 2025 review
#   sentence (30亿元, 86家, 3家: baselines) and a purpose sentence; 一、主要目标 = "2026年，…" → goal "2026年" (8 targets; 同比增长
#   25%以上 beside the level is its own target). 二、重点任务 = "全年重点推进以下16项工作" (a count of the table's rows: no target) and
#   a TABLE 序号 | 工作任务 | 主责单位 | 协同单位 | 责任领导 | 督办单位 | 完成时限 (header repeated on each page): each row ONE task of the
#   section 二、 (numbering the 序号, title the 工作任务 cell's words before 。, text the whole cell, roles from 主责 / 协同, due its
#   完成时限); three "注：" lines under it (no tasks); 三、工作要求 = three unnumbered paragraphs led by their names → safeguard tasks.
#   A 联系人 / 联系电话 line, 抄送, 印发.
# Roles (SYNTHETIC_CV.md, "Conventions this set adds"): 主责单位 → lead (two names → two leads), 协同单位 → supporting, as the table's
#   own 注 says ("主责单位对任务落实负总责，协同单位按职责分工积极配合"); 区直各有关单位 generic (row 2 keeps its lead alone); 各镇
#   （街道） one collective; an empty 协同 cell (row 9) → lead alone. 责任领导 (a person and his post) → nothing. 督办单位 → no role,
#   by SOURCES.md (督办单位 supervises): 区政府督查室 / 区委督查室 are no agencies; 区发改委 as 督办单位 of rows 3, 4 and 13 has NO
#   role on those rows (it is an agency because it leads rows 1, 16 and supports 15).
# due: "2026年N月底前" → the month's end; "全年" → 2026-12-31; "持续推进" → none. All figures due 2026 (a one-year plan).
#   Restated: row 1's 新增智能算力100P, row 3's 诊断200家, row 4's 2家 / 10个 (the goals' figures) → no second target. Row 13's
#   新增人工智能相关企业24家 (new ones in the year) is its own target beside the goals' total 110家. Not targets: the 算力券 20%,
#   "每季度", "按月".
"""

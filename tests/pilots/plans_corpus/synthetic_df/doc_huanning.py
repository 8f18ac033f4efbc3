# ruff: noqa: E501  (plan text as the office writes it)
"""璟川市澴宁区“人工智能+”行动实施方案（2026—2027年）（送审稿） — INVENTED (synthetic_df). A district's 实施方案 as the
区科工局 sends it up for approval: the 文号 (number still blank) and the date in a borderless layout table inside a content
control, the title in another; tracked changes left in (a goal figure replaced, a responsible body replaced, a sentence with
a figure struck, a whole task struck, a whole task inserted), reviewer comments, hidden notes closing two paragraphs."""

from df_word import accepted, item
from synthetic_model import Agency, Goal, Section, Target

SLUG = "huanning-ai-plus-implementation-2026-draft-synthetic"
KIND = "docx"

A = {
    "区科工局": ("kgj", "璟川市澴宁区科技和工业信息化局", "industry_it"),
    "区发改局": ("fgj", "璟川市澴宁区发展和改革局", "development_reform"),
    "区数据局": ("sjj", "璟川市澴宁区数据局", "big_data"),
    "区财政局": ("czj", "璟川市澴宁区财政局", "finance"),
    "区教育局": ("jyj", "璟川市澴宁区教育局", "education"),
    "区卫健局": ("wjj", "璟川市澴宁区卫生健康局", "health"),
    "区人社局": ("rsj", "璟川市澴宁区人力资源和社会保障局", "human_resources"),
    "区商务局": ("swj", "璟川市澴宁区商务局", "commerce"),
    "区市场监管局": ("scj", "璟川市澴宁区市场监督管理局", "market_regulation"),
    "区住建局": ("zjj", "璟川市澴宁区住房和城乡建设局", "housing_construction"),
    "区民政局": ("mzj", "璟川市澴宁区民政局", "civil_affairs"),
    "区投资促进局": ("tcj", "璟川市澴宁区投资促进局", "commerce"),
    "区委组织部": ("zzb", "中共璟川市澴宁区委组织部", "party_organisation"),
    "澴宁高新区管委会": ("gxq", "璟川市澴宁高新技术产业园区管理委员会", "park_administration"),
    "各街道办事处": ("jd", "澴宁区各街道办事处", "local_government"),
}
C = {p: v[0] for p, v in A.items()}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def It(numbering, title, segs, lead=(), sup=(), resp=(), targets=()):
    return item(numbering, title, [MORE.get(title, ""), *segs], lead, sup, resp, targets, C)


MORE = {
    "建设高新区智算中心": "按照“政府引导、企业运营”模式，",
    "推进公共数据开放": "完善公共数据开放目录和开放平台功能，推动教育、医疗、交通等高价值数据有序开放，",
    "招引培育人工智能企业": "聚焦大模型应用、智能终端、智能网联等方向，开展精准招商和以商招商，",
    "建设人工智能产业街区": "完善街区配套服务，集聚研发设计、检验检测、数据标注等企业，",
    "推动制造业智能化改造": "面向电子信息、精密制造等重点行业，开展智能化改造诊断服务，",
    "发展智慧教育": "推进人工智能进课堂，加强人工智能教师队伍建设，",
    "发展智慧医疗": "建设区域医学影像和检验中心，推动优质医疗资源下沉，",
    "发展智慧养老": "推广居家养老智能服务，完善“一键呼叫”和紧急救援机制，",
    "推进智慧社区建设": "推动社区治理、物业服务和便民服务智能化，",
    "加强人工智能人才培育": "深化校企合作，建设人工智能实训基地，",
    "强化市场监管和安全": "落实生成式人工智能服务管理要求，",
}


TITLE = "璟川市澴宁区“人工智能+”行动实施方案（2026—2027年）"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Huanning District (Jingchuan) “AI+” implementation plan (2026–2027), draft for approval — synthetic",
    "issuer": "璟川市澴宁区人民政府",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.docx",
}

GOAL = [
    "到2027年，全区人工智能相关产业营业收入达到120亿元；集聚人工智能企业",
    ("del", "50"),
    ("ins", "60"),
    "家，其中高新技术企业25家；",
    ("del", "新建5G基站300个，"),
    "打造“人工智能+”应用场景",
    ("cmt", "50个以上", "与市方案分解任务衔接，建议不低于60个"),
    "；建成人工智能公共服务平台2个；开展人工智能技能培训1万人次。",
]
GOAL_T = [
    T(
        "人工智能相关产业营业收入",
        "亿元",
        "eq",
        120,
        "全区人工智能相关产业营业收入达到120亿元",
        kind="related_industry_scale",
    ),
    T("人工智能企业", "家", "eq", 60, "集聚人工智能企业60家", kind="ai_enterprises"),
    T(
        "人工智能高新技术企业",
        "家",
        "eq",
        25,
        "其中高新技术企业25家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        50,
        "打造“人工智能+”应用场景50个以上",
        kind="application_scenarios",
    ),
    T(
        "人工智能公共服务平台",
        "个",
        "eq",
        2,
        "建成人工智能公共服务平台2个",
        kind="innovation_platforms",
    ),
    T(
        "人工智能技能培训",
        "人次",
        "eq",
        10000,
        "开展人工智能技能培训1万人次",
        kind="talent",
        aggregation="flow",
    ),
]

TASKS = [
    It(
        "（一）",
        "建设高新区智算中心",
        [
            "2026年底前建成智能算力500P的智算中心，对外提供算力服务。（牵头单位：澴宁高新区管委会；责任单位：区发改局、区数据局）"
        ],
        ["澴宁高新区管委会"],
        resp=["区发改局", "区数据局"],
        targets=[
            T(
                "高新区智算中心智能算力",
                "P",
                "eq",
                500,
                "建成智能算力500P的智算中心",
                kind="computing_power",
                deadline=2026,
            )
        ],
    ),
    It(
        "（二）",
        "推进公共数据开放",
        [
            "新增开放公共数据集100个，建设区级数据资源“一本账”。（牵头单位：区数据局；责任单位：",
            ("del", "区数字化改革中心"),
            ("ins", "区市场监管局"),
            "）",
        ],
        ["区数据局"],
        resp=["区市场监管局"],
        targets=[
            T("新增开放公共数据集", "个", "eq", 100, "新增开放公共数据集100个", aggregation="flow")
        ],
    ),
    It(
        "（三）",
        "招引培育人工智能企业",
        [
            "每年招引人工智能项目10个以上，",
            ("cmt", "对新落户企业给予最高200万元奖励", "奖励标准请区财政局会签"),
            "。（牵头单位：区投资促进局；责任单位：区科工局、区财政局）",
        ],
        ["区投资促进局"],
        resp=["区科工局", "区财政局"],
        targets=[
            T("招引人工智能项目", "个", "gte", 10, "每年招引人工智能项目10个以上", per_year=True)
        ],
    ),
    It(
        "（四）",
        "建设人工智能产业街区",
        [
            "在高新区打造人工智能产业街区，新增载体面积5万平方米。（牵头单位：澴宁高新区管委会；责任单位：区住建局、区商务局）"
        ],
        ["澴宁高新区管委会"],
        resp=["区住建局", "区商务局"],
        targets=[
            T(
                "人工智能产业街区新增载体面积",
                "平方米",
                "eq",
                50000,
                "新增载体面积5万平方米",
                aggregation="flow",
            )
        ],
    ),
    It(
        "（五）",
        "推动制造业智能化改造",
        [
            "实施智能化改造项目40个，创建市级智能工厂8家。（牵头单位：区科工局；责任单位：各街道办事处）",
            ("hid", "（原稿：创建市级智能工厂5家）"),
        ],
        ["区科工局"],
        resp=["各街道办事处"],
        targets=[
            T("智能化改造项目", "个", "eq", 40, "实施智能化改造项目40个", aggregation="flow"),
            T("市级智能工厂", "家", "eq", 8, "创建市级智能工厂8家", aggregation="flow"),
        ],
    ),
    It(
        "（六）",
        "发展智慧教育",
        ["建设人工智能特色学校15所，中小学人工智能课程开课率达到100%。（牵头单位：区教育局）"],
        ["区教育局"],
        targets=[
            T("人工智能特色学校", "所", "eq", 15, "建设人工智能特色学校15所"),
            T("中小学人工智能课程开课率", "%", "eq", 100, "中小学人工智能课程开课率达到100%"),
        ],
    ),
    It(
        "（七）",
        "发展智慧医疗",
        ["推广AI辅助诊断，覆盖社区卫生服务中心12家。（牵头单位：区卫健局；责任单位：区数据局）"],
        ["区卫健局"],
        resp=["区数据局"],
        targets=[T("AI辅助诊断覆盖社区卫生服务中心", "家", "eq", 12, "覆盖社区卫生服务中心12家")],
    ),
    It(
        "（八）",
        "发展智慧养老",
        [
            "建设智慧养老院",
            ("del", "3"),
            ("ins", "5"),
            "家，为老年人配置智能监护设备2000台。（牵头单位：区民政局；责任单位：各街道办事处）",
        ],
        ["区民政局"],
        resp=["各街道办事处"],
        targets=[
            T("智慧养老院", "家", "eq", 5, "建设智慧养老院5家"),
            T("老年人智能监护设备", "台", "eq", 2000, "为老年人配置智能监护设备2000台"),
        ],
    ),
]
DELETED = "（九）发展智慧文旅。建设数字文旅体验馆1个。（牵头单位：区文旅局）"
INSERTED = It(
    "（九）",
    "推进智慧社区建设",
    ["建成智慧社区20个。（牵头单位：区民政局；责任单位：区住建局、各街道办事处）"],
    ["区民政局"],
    resp=["区住建局", "各街道办事处"],
    targets=[T("智慧社区", "个", "eq", 20, "建成智慧社区20个")],
)
TASKS2 = [
    It(
        "（十）",
        "加强人工智能人才培育",
        ["举办人工智能技能大赛，每年开展培训3000人次。（牵头单位：区人社局；责任单位：区科工局）"],
        ["区人社局"],
        resp=["区科工局"],
        targets=[
            T(
                "人工智能培训",
                "人次",
                "eq",
                3000,
                "每年开展培训3000人次",
                per_year=True,
                kind="talent",
            )
        ],
    ),
    It(
        "（十一）",
        "强化市场监管和安全",
        ["开展人工智能产品质量抽检和数据安全检查。（牵头单位：区市场监管局；责任单位：区数据局）"],
        ["区市场监管局"],
        resp=["区数据局"],
    ),
]
SAFE = [
    It(
        "（一）",
        "加强统筹协调",
        [
            "成立区“人工智能+”行动领导小组，由区政府主要领导任组长，分管领导任副组长，各相关部门主要负责人为成员，领导小组办公室设在区科工局，负责日常工作。"
        ],
    ),
    It(
        "（二）",
        "强化政策支持",
        [
            "统筹区级产业发展资金，每年安排不少于5000万元支持人工智能发展，用好政府引导基金，撬动社会资本投向人工智能领域。（责任单位：区财政局、区科工局）"
        ],
        resp=["区财政局", "区科工局"],
    ),
    It(
        "（三）",
        "加强人才保障",
        [
            "将人工智能高层次人才纳入区人才计划，在住房、子女入学、医疗保障等方面给予支持，引进一批领军人才和创新团队。（牵头单位：区委组织部；责任单位：区人社局）",
            ("hid", "（此项待组织部确认）"),
        ],
        ["区委组织部"],
        resp=["区人社局"],
    ),
    It(
        "（四）",
        "抓好督促落实",
        [
            "建立任务清单、责任清单和进度清单，各责任单位每半年报送工作进展，实施情况纳入区级综合考核。（牵头单位：区科工局）"
        ],
        ["区科工局"],
    ),
]


def _build():
    blocks = [
        ("layout", (("澴政发〔2026〕    号", "2026年3月    日"), True)),
        ("sdt_title", TITLE),
        ("marker", "（送审稿）"),
        (
            "p",
            [
                "为贯彻落实《璟川市推进“人工智能+”行动方案（2026—2028年）》，加快人工智能赋能澴宁高质量发展，制定本实施方案。"
            ],
        ),
        ("h1", ["一、总体目标"]),
        (
            "p",
            [
                "以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，紧扣全市“人工智能+”行动部署，发挥澴宁高新区产业集聚优势，以应用场景建设为牵引，加快人工智能技术创新、产业培育和融合应用。"
            ],
        ),
        (
            "p",
            [
                "澴宁区是璟川市数字经济核心区，2025年全区人工智能相关产业营业收入达到72亿元，集聚人工智能企业38家，高新区已形成智能终端、工业软件等特色产业集群。"
            ],
        ),
        (
            "p",
            [
                "坚持市场主导、政府引导，坚持场景开放、应用牵引，坚持集聚发展、协同推进，推动人工智能与产业发展、城市治理和民生服务深度融合，打造全市人工智能应用先行区。"
            ],
        ),
        ("p", GOAL),
        ("h1", ["二、主要任务"]),
        ("p", ["各牵头单位要会同责任单位细化工作举措，明确时间节点，确保各项任务落到实处。"]),
    ]
    goals = [Goal("到2027年", accepted(GOAL), GOAL_T)]
    tasks = []
    for entry in (*TASKS, "del", INSERTED, *TASKS2):
        if entry == "del":
            blocks.append(("delp", DELETED))
            continue
        block, task, goal = entry
        blocks.append(("insp", block[1]) if entry is INSERTED else block)
        tasks.append(task)
        if goal:
            goals.append(goal)
    blocks.append(("h1", ["三、保障措施"]))
    safe = []
    for block, task, _ in SAFE:
        blocks.append(block)
        safe.append(task)
    blocks += [
        ("h1", ["四、实施步骤"]),
        ("p", ["（一）启动部署阶段（2026年4月底前）。制定年度工作计划，分解落实目标任务。"]),
        (
            "p",
            [
                "（二）全面推进阶段（2026年5月至2027年9月）。各责任单位按照职责分工推进重点任务，及时协调解决推进中的问题。"
            ],
        ),
        (
            "p",
            [
                "（三）总结评估阶段（2027年10月至12月）。全面总结实施成效，形成可复制推广的经验做法。"
            ],
        ),
        ("sign", "澴宁区科技和工业信息化局"),
        ("date", "2026年3月12日"),
    ]
    sections = [
        Section("二", "二、", "主要任务", "key_task", tasks),
        Section("三", "三、", "保障措施", "safeguard", safe),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "huanning-district",
        "name": "澴宁区",
        "name_en": "Huanning District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 璟川市澴宁区“人工智能+”行动实施方案（2026—2027年）（送审稿） (drafted by 澴宁区科技和工业信息化局 for 澴宁区人民政府, 2026-03-12;
#   文号 "澴政发〔2026〕    号" with its number still blank: no doc_number, no issued_on)
# — SYNTHETIC (synthetic_df): WRITTEN by helper blindDF (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_huanning.py as a Word file (.docx) with its review left in.
# Zone huanning-district (an invented district of the invented 璟川市) → district level; period 2026—2027.
# Read AS ACCEPTED: insertions in, deletions out, comments and hidden text out. Goal: 50 struck, 60 inserted → 60家; the
#   struck "新建5G基站300个" is no target; the comment "建议不低于60个" on 50个以上 is a remark: gte 50 stays. Task （二）:
#   区数字化改革中心 struck, 区市场监管局 inserted → 区市场监管局 responsible (区数字化改革中心 no agency). Task （八）: 3 struck,
#   5 inserted → 5家. The struck task "（九）发展智慧文旅" is no task and 区文旅局 (named only there) no agency; the INSERTED
#   paragraph "（九）推进智慧社区建设" (its runs and paragraph mark inserted) is a task. Hidden notes closing （五） and 保障 （三）
#   ("（原稿：…5家）", "（此项待组织部确认）") are nothing: 8家 stands.
# Outline: layout table (文号 | date, in a content control), title (content control), （送审稿）, preamble (quotes the city plan:
#   nothing); 一、总体目标 one paragraph → goal "到2027年"; 二、主要任务 （一）–（十一） tasks with "（牵头单位：X；责任单位：Y）";
#   三、保障措施 （一）–（四） safeguard tasks (（一）'s 办公室设在区科工局，负责日常工作 assigns no role).
# 2025 figures under 一、 (baselines) and 四、实施步骤 (stages without figures) give nothing.
# Targets: a task holding figures is also a goal titled like it; due 2027 unless dated (（一） 2026年底前 → 2026). Per-year:
#   每年招引…10个以上, 每年开展培训3000人次 (not the goal's 1万人次: another thing and per year). Not targets: 最高200万元奖励
#   (a subsidy), 每年安排不少于5000万元 (a budget). 5万平方米 → 50000 平方米.
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""渚阳市推进“人工智能+”行动计划（2026—2028年） — INVENTED (synthetic_cw). Built as .docx and printed to PDF by LibreOffice.
Every annotation stands BEFORE what it covers, on a line of its own in 【】 ("【牵头单位：市X；配合单位：市Y】" over "N.标题。正文"),
one of them over a group heading (covering the group's items that carry none), one separated from its item by a page break;
lines AFTER items cover the items above them: "以上两项由市X牵头，市Y、市Z配合。" (two items that carry none) and "以上各项工作，
各县（市、区）人民政府负责本辖区落实。" (a group whose items each carry their own 牵头单位)."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "zhuyang-ai-plus-action-plan-2026-synthetic"
KIND = "pdf"

A = {
    "市发展改革委": ("fgw", "渚阳市发展和改革委员会", "development_reform"),
    "市工业和信息化局": ("gxj", "渚阳市工业和信息化局", "industry_it"),
    "市科技局": ("kjj", "渚阳市科学技术局", "science_technology"),
    "市数据局": ("sjj", "渚阳市数据局", "big_data"),
    "市财政局": ("czj", "渚阳市财政局", "finance"),
    "市教育局": ("jyj", "渚阳市教育局", "education"),
    "市人力资源社会保障局": ("rsj", "渚阳市人力资源和社会保障局", "human_resources"),
    "市卫生健康委": ("wjw", "渚阳市卫生健康委员会", "health"),
    "市交通运输局": ("jtj", "渚阳市交通运输局", "transport"),
    "市公安局": ("gaj", "渚阳市公安局", "public_security"),
    "市城市管理局": ("cgj", "渚阳市城市管理局", "housing_construction"),
    "市住房城乡建设局": ("zjj", "渚阳市住房和城乡建设局", "housing_construction"),
    "市应急管理局": ("yjj", "渚阳市应急管理局", "emergency"),
    "市市场监管局": ("scj", "渚阳市市场监督管理局", "market_regulation"),
    "市商务局": ("swj", "渚阳市商务局", "commerce"),
    "市投资促进局": ("tcj", "渚阳市投资促进局", "commerce"),
    "市委人才办": ("rcb", "中共渚阳市委人才工作领导小组办公室", "party_organisation"),
    "渚阳高新区管委会": ("gxq", "渚阳高新技术产业开发区管理委员会", "park_administration"),
    "各县（市、区）人民政府": ("xq", "渚阳市各县（市、区）人民政府", "local_government"),
}
CODE = {p: v[0] for p, v in A.items()}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def box(lead=(), sup=()):
    s = "【牵头单位：" + "、".join(lead)
    if sup:
        s += "；配合单位：" + "、".join(sup)
    return s + "】"


TITLE = "渚阳市推进“人工智能+”行动计划（2026—2028年）"
DOC_NUMBER = "渚政办发〔2026〕12号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Zhuyang City “AI+” action plan (2026–2028) — synthetic",
    "issuer": "渚阳市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-10",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2028],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"经市政府同意，现将《{TITLE}》印发给你们，请结合实际认真组织实施。各牵头单位要会同配合单位细化年度工作安排，每年12月10日前将年度工作推进情况报送市工业和信息化局。"
BASIS = "“十四五”以来，我市人工智能产业从无到有、由小到大，2025年全市人工智能核心产业规模达到68亿元，集聚人工智能企业142家，建成智能算力2000P，累计打造“人工智能+”应用场景86个。但也要看到，我市人工智能产业规模偏小、龙头企业偏少、算力和数据供给能力不足，应用场景开放的广度和深度有待拓展。"
GOAL_TEXT = "到2028年，全市人工智能核心产业规模突破200亿元，人工智能企业达到300家以上，其中规模以上企业60家；智能算力规模达到8000P；建设行业高质量数据集30个；累计打造“人工智能+”应用场景300个，形成标杆场景30个；建成市级以上智能工厂50家；人工智能相关人才达到2万人。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        200,
        "全市人工智能核心产业规模突破200亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能企业", "家", "gte", 300, "人工智能企业达到300家以上", kind="ai_enterprises"),
    T(
        "规模以上人工智能企业",
        "家",
        "eq",
        60,
        "其中规模以上企业60家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T("智能算力规模", "P", "eq", 8000, "智能算力规模达到8000P", kind="computing_power"),
    T("行业高质量数据集", "个", "eq", 30, "建设行业高质量数据集30个"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        300,
        "累计打造“人工智能+”应用场景300个",
        kind="application_scenarios",
    ),
    T("“人工智能+”标杆场景", "个", "eq", 30, "形成标杆场景30个", kind="application_scenarios"),
    T("市级以上智能工厂", "家", "eq", 50, "建成市级以上智能工厂50家"),
    T("人工智能相关人才", "人", "eq", 20000, "人工智能相关人才达到2万人", kind="talent"),
]

# The body in print order:
#   ("group", numbering, title, pre)       pre: (lead, sup) of a 【】 line printed over the heading, or None
#   ("item", title, rest, own, targets, broken)   own: (lead, sup) of its 【】 line, or None; broken: a page break between them
#   ("cover", text, back, lead, sup, resp)  back: how many items above it covers ("group": the group's)
BODY = [
    ("group", "（一）", "筑牢算力数据基础", None),
    (
        "item",
        "建设城市智算中心",
        "加快渚阳智算中心二期建设，新增智能算力3000P，推动算力资源接入全省算力调度平台，面向中小企业提供普惠算力服务。对企业租用智能算力给予不超过合同金额20%的补贴，单个企业每年最高100万元。",
        (["市发展改革委"], ["市数据局", "市财政局"]),
        [
            T(
                "新增智能算力",
                "P",
                "eq",
                3000,
                "新增智能算力3000P",
                kind="computing_power",
                aggregation="flow",
            )
        ],
        False,
    ),
    (
        "item",
        "推进公共数据开放利用",
        "完善公共数据资源目录，推动公共数据按需共享、有序开放，2026年底前开放公共数据集100个，推动公共数据授权运营，上线数据产品20个以上。",
        (["市数据局"], ["市发展改革委"]),
        [
            T("开放公共数据集", "个", "eq", 100, "2026年底前开放公共数据集100个", deadline=2026),
            T("上线数据产品", "个", "gte", 20, "上线数据产品20个以上"),
        ],
        False,
    ),
    (
        "item",
        "建设行业数据集",
        "聚焦装备制造、医药健康、现代物流等产业，支持龙头企业联合高校院所建设行业高质量数据集，建设数据标注基地1个，培育数据服务企业10家。",
        (["市数据局"], ["市工业和信息化局", "市科技局"]),
        [
            T("数据标注基地", "个", "eq", 1, "建设数据标注基地1个"),
            T("数据服务企业", "家", "eq", 10, "培育数据服务企业10家"),
        ],
        False,
    ),
    (
        "item",
        "完善网络基础设施",
        "新建5G基站2000个，推进千兆光网和工业互联网标识解析节点建设，推动重点园区网络全覆盖。",
        (["市工业和信息化局"], ["市住房城乡建设局"]),
        [T("新建5G基站", "个", "eq", 2000, "新建5G基站2000个", aggregation="flow")],
        False,
    ),
    ("group", "（二）", "推动制造业智能化转型", None),
    (
        "item",
        "实施智能化改造攻坚",
        "每年实施智能化改造项目200个以上，推动规模以上工业企业智能化改造全覆盖，建成市级以上智能工厂，打造智能制造示范车间100个。",
        None,
        [
            T("智能化改造项目", "个", "gte", 200, "每年实施智能化改造项目200个以上", per_year=True),
            T("智能制造示范车间", "个", "eq", 100, "打造智能制造示范车间100个"),
        ],
        False,
    ),
    (
        "item",
        "推广工业大模型应用",
        "支持企业在研发设计、生产控制、质量检测、供应链管理等环节应用工业大模型，遴选工业大模型典型应用案例20个。",
        None,
        [
            T(
                "工业大模型典型应用案例",
                "个",
                "eq",
                20,
                "遴选工业大模型典型应用案例20个",
                kind="application_scenarios",
            )
        ],
        False,
    ),
    (
        "cover",
        "以上两项由市工业和信息化局牵头，市发展改革委、市财政局配合。",
        2,
        ["市工业和信息化局"],
        ["市发展改革委", "市财政局"],
        [],
    ),
    (
        "item",
        "发展智能装备产业",
        "依托渚阳高新区，发展工业机器人、智能检测装备、智能网联汽车零部件，培育智能装备产值超10亿元企业5家。",
        (["渚阳高新区管委会"], ["市工业和信息化局", "市投资促进局"]),
        [
            T(
                "智能装备产值超10亿元企业",
                "家",
                "eq",
                5,
                "培育智能装备产值超10亿元企业5家",
                kind="ai_enterprises",
            )
        ],
        False,
    ),
    (
        "item",
        "培育人工智能企业",
        "实施人工智能企业梯度培育行动，每年招引人工智能项目30个以上，对新落户的人工智能企业按实际到位投资给予最高500万元奖励。",
        (["市投资促进局"], ["市工业和信息化局", "市科技局"]),
        [T("招引人工智能项目", "个", "gte", 30, "每年招引人工智能项目30个以上", per_year=True)],
        True,
    ),
    ("group", "（三）", "提升城市治理和民生服务智能化水平", None),
    (
        "item",
        "打造城市运行智能中枢",
        "建设城市运行管理服务平台，推动城市管理、应急、交通等领域事件智能发现、自动派单，2027年底前城市管理事件智能发现率达到60%。",
        (["市城市管理局"], ["市数据局", "市应急管理局"]),
        [
            T(
                "城市管理事件智能发现率",
                "%",
                "eq",
                60,
                "2027年底前城市管理事件智能发现率达到60%",
                deadline=2027,
            )
        ],
        False,
    ),
    (
        "item",
        "推进智慧交通建设",
        "建设城市交通大脑，完成主城区200个路口信号灯智能化改造，推广智能公交调度和智慧停车服务。",
        (["市公安局"], ["市交通运输局"]),
        [
            T(
                "路口信号灯智能化改造",
                "个",
                "eq",
                200,
                "完成主城区200个路口信号灯智能化改造",
                aggregation="flow",
            )
        ],
        False,
    ),
    (
        "item",
        "发展智慧医疗",
        "推广人工智能辅助诊断、智能导诊和智能随访，二级以上医院人工智能辅助诊断应用比例达到80%以上。",
        (["市卫生健康委"], ["市数据局"]),
        [
            T(
                "二级以上医院人工智能辅助诊断应用比例",
                "%",
                "gte",
                80,
                "二级以上医院人工智能辅助诊断应用比例达到80%以上",
            )
        ],
        False,
    ),
    (
        "item",
        "推进智能安全监管",
        "在危险化学品、燃气、建筑施工等领域推广智能视频监测预警，建设安全生产风险智能监测点位1000个。",
        (["市应急管理局"], ["市住房城乡建设局", "市市场监管局"]),
        [T("安全生产风险智能监测点位", "个", "eq", 1000, "建设安全生产风险智能监测点位1000个")],
        False,
    ),
    (
        "cover",
        "以上各项工作，各县（市、区）人民政府负责本辖区落实。",
        "group",
        [],
        [],
        ["各县（市、区）人民政府"],
    ),
    ("group", "（四）", "汇聚人工智能人才", (["市人力资源社会保障局"], [])),
    (
        "item",
        "引进高层次人才",
        "将人工智能人才纳入市级重点人才工程，每年引进人工智能领域高层次人才和团队20个，为人才提供住房、子女入学等服务保障。",
        None,
        [
            T(
                "引进人工智能领域高层次人才和团队",
                "个",
                "eq",
                20,
                "每年引进人工智能领域高层次人才和团队20个",
                kind="talent",
                per_year=True,
            )
        ],
        False,
    ),
    (
        "item",
        "开展数字技能培训",
        "面向企业职工和重点群体开展人工智能技能培训，每年培训1万人次以上。",
        None,
        [
            T(
                "人工智能技能培训",
                "人次",
                "gte",
                10000,
                "每年培训1万人次以上",
                kind="talent",
                per_year=True,
            )
        ],
        False,
    ),
    (
        "item",
        "推进产教融合",
        "支持驻渚高校和职业院校开设人工智能相关专业，共建产教融合实训基地5个，推动校企联合培养人才。",
        (["市教育局"], ["市人力资源社会保障局", "市委人才办"]),
        [T("产教融合实训基地", "个", "eq", 5, "共建产教融合实训基地5个")],
        False,
    ),
    ("group", "（五）", "营造良好产业生态", None),
    (
        "item",
        "建设创新平台",
        "支持企业、高校院所共建人工智能新型研发机构和重点实验室，新建市级以上人工智能创新平台15个。",
        (["市科技局"], ["市发展改革委"]),
        [
            T(
                "市级以上人工智能创新平台",
                "个",
                "eq",
                15,
                "新建市级以上人工智能创新平台15个",
                kind="innovation_platforms",
            )
        ],
        False,
    ),
    (
        "item",
        "开放应用场景",
        "定期发布“人工智能+”场景机会清单，每年组织场景供需对接活动10场以上。",
        (["市工业和信息化局"], ["市数据局", "市商务局"]),
        [T("场景供需对接活动", "场", "gte", 10, "每年组织场景供需对接活动10场以上", per_year=True)],
        False,
    ),
    (
        "item",
        "强化金融支持",
        "设立规模10亿元的人工智能产业基金，引导金融机构开发“人工智能贷”等专属产品。",
        (["市财政局"], ["市发展改革委"]),
        [],
        False,
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立市“人工智能+”行动工作专班，由市政府分管负责同志任组长，统筹推进全市人工智能发展重大事项，专班办公室设在市工业和信息化局，负责日常工作。",
    ),
    (
        "（二）",
        "强化要素保障",
        "统筹用好工业和信息化、科技创新等专项资金，优先保障人工智能重大项目用地、用能需求。",
    ),
    (
        "（三）",
        "加强安全管理",
        "落实人工智能安全管理要求，加强数据安全、算法安全和网络安全防护，防范化解人工智能应用风险。",
    ),
    (
        "（四）",
        "抓好督促落实",
        "建立工作台账，定期调度重点任务推进情况，对工作推进不力的单位进行通报。",
    ),
]

DAYS = {6: 30, 12: 31}


def _build():
    blocks = [
        ("head", "渚阳市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"渚阳市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各县（市、区）人民政府，渚阳高新区管委会，市政府各部门、各直属机构："),
        ("body", NOTICE),
        ("sign", "渚阳市人民政府办公室"),
        ("date", "2026年4月10日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("h1", "一、发展基础"),
        ("body", BASIS),
        ("h1", "二、行动目标"),
        ("body", GOAL_TEXT),
        ("h1", "三、重点任务"),
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("到2028年", GOAL_TEXT, GOAL_TARGETS)]
    groups = []  # [numbering, title, pre, [tasks]]
    n = 0
    for entry in BODY:
        if entry[0] == "group":
            _, gno, gtitle, pre = entry
            if pre:
                blocks.append(("plain", box(*pre)))
            blocks.append(("h2", f"{gno}{gtitle}"))
            groups.append([gno, gtitle, pre, []])
        elif entry[0] == "item":
            _, title, rest, own, targets, broken = entry
            n += 1
            if own:
                blocks.append(("plain", box(*own)))
                if broken:
                    blocks.append(("pagebreak", ""))
            blocks.append(("item", (f"{n}.{title}。", rest)))
            pre = groups[-1][2]
            lead, sup = own if own else pre if pre else ([], [])
            task = Task(
                f"{n}.",
                title,
                f"{title}。{rest}",
                [CODE[x] for x in lead],
                [],
                [CODE[x] for x in sup],
            )
            groups[-1][3].append(task)
            for t in targets:
                assert t.phrase in rest, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=f"{n}."))
        else:
            _, text, back, lead, sup, resp = entry
            blocks.append(("plain", text))
            covered = groups[-1][3] if back == "group" else groups[-1][3][-back:]
            for task in covered:  # each takes the roles the line names that it names none of
                if lead and not task.lead:
                    task.lead = [CODE[x] for x in lead]
                if sup and not task.supporting:
                    task.supporting = [CODE[x] for x in sup]
                if resp and not task.responsible:
                    task.responsible = [CODE[x] for x in resp]
    sections = [Section(g[0].strip("（）"), g[0], g[1], "key_task", g[3]) for g in groups]
    blocks.append(("h1", "四、保障措施"))
    sg = []
    for num, title, text in SAFEGUARDS:
        blocks.append(("item", (f"{num}{title}。", text)))
        sg.append(Task(num, title, f"{title}。{text}"))
    blocks += [
        ("rule", ""),
        (
            "addressee",
            "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院。",
        ),
        ("addressee", "渚阳市人民政府办公室　　　　　　　2026年4月10日印发"),
    ]
    return (
        blocks,
        goals,
        [
            Section("三", "三、", "重点任务", "key_task", sections=sections),
            Section("四", "四、", "保障措施", "safeguard", sg),
        ],
    )


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {"slug": "zhuyang-city", "name": "渚阳市", "name_en": "Zhuyang City", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 渚阳市推进“人工智能+”行动计划（2026—2028年） (渚阳市人民政府办公室, 渚政办发〔2026〕12号, 2026-04-10)
# — SYNTHETIC (synthetic_cw): WRITTEN by helper blindCW (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_zhuyang.py as .docx, printed to PDF by LibreOffice.
# Zone zhuyang-city (an invented prefecture-level city of the invented 汀澜省) → city level; period 2026—2028.
# Outline: red head, 发文字号, notice (reporting date: no target), page break, title; 一、发展基础 (2025 baselines: no targets);
#   二、行动目标 "到2028年，…" (9 targets); 三、重点任务 groups （一）–（五） (sections under 三、) of items 1.–18. numbered on, each
#   "N.标题。正文" with its annotation on a line of its own BEFORE it: "【牵头单位：市X；配合单位：市Y、市Z】"; 四、保障措施 （一）–（四）
#   unannotated (专班办公室…负责日常工作 assigns no role); 抄送 / 印发.
# Roles (this set's conventions, SYNTHETIC_CW.md): a 【】 line belongs to the item or heading printed right AFTER it (also across
#   item 8's page break), not to the item above it; it is not in the task's text (the text is the item from its title). Items 5
#   and 6 carry none; "以上两项由市工业和信息化局牵头，市发展改革委、市财政局配合。" after item 6 gives both that lead and those
#   supporting (a covering line, in no task's text). "以上各项工作，各县（市、区）人民政府负责本辖区落实。" closing group （三）, whose
#   items 9.–12. each carry their own 【牵头单位…】: each item takes the line's role it names none of → 各县（市、区）人民政府
#   responsible on each (as a group heading's annotation over items that all carry their own). The 【牵头单位：市人力资源社会保障局】
#   over group heading （四） covers its items 13. and 14., which carry none; item 15. keeps its own (市教育局 lead, 市人力资源社会保障局
#   and 市委人才办 supporting).
# Targets: the goals' 9 (2028); each item holding figures is also a goal titled like it (text = title + body), figures due 2028
#   unless dated (2026年底前 → 2026, 2027年底前 → 2027). 新增智能算力3000P is not the goals' 8000P (own target, flow); 2万人 →
#   20000, 1万人次 → 10000. Item 5's 建成市级以上智能工厂 has no figure there (the goals' 50家 not restated). Not targets: 2025
#   baselines; a rental subsidy (20%, 100万元), a reward (500万元), a fund being set up (规模10亿元); 全覆盖 without a figure.
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""汀溆都市圈人工智能产业协同发展三年行动计划（2026—2028年） — INVENTED (synthetic_ct). A 都市圈 of three cities (汀溆市,
枞岚市, 檀坪市) issues its plan through its joint office (汀溆都市圈同城化发展联席会议办公室, "都市圈办"); built as .docx and
printed to PDF by LibreOffice. The body's tasks 1.–18. (numbered on across groups （一）–（六） of 三、重点任务) carry NO
annotation: the notice says the division of work is in the annex, and the annex 重点任务分工表 (序号 | 重点任务 | 牵头单位 |
配合单位 | 完成时限) gives each task a 牵头单位 cell naming one body of EACH city ("汀溆市工信局、枞岚市经信局、檀坪市工信局") or
the joint office alone ("都市圈办"), and a 配合单位 cell with "三市X" collective mentions (one body in each city). The goals
name the 都市圈's totals and, in one sentence, each city's share ("分别达到…")."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "tingxu-metro-ai-three-year-2026-synthetic"
KIND = "pdf"

CITIES = (("tx", "汀溆市"), ("cl", "枞岚市"), ("tp", "檀坪市"))
# per-city bodies: key → (full name after the city, printed form after the city, category); 枞岚 names its IT bureau 经信局
BODIES = {
    "fgw": ("发展和改革委员会", "发展改革委", "development_reform"),
    "gxj": ("工业和信息化局", "工信局", "industry_it"),
    "kjj": ("科学技术局", "科技局", "science_technology"),
    "sjj": ("数据局", "数据局", "big_data"),
    "rsj": ("人力资源和社会保障局", "人社局", "human_resources"),
    "swj": ("商务局", "商务局", "commerce"),
    "jyj": ("教育局", "教育局", "education"),
}
A = {
    "dsqb": (
        "汀溆都市圈同城化发展联席会议办公室",
        "government",
        ["汀溆都市圈同城化发展联席会议办公室", "都市圈办"],
    )
}
for c, city in CITIES:
    for key, (full, printed, cat) in BODIES.items():
        if c == "cl" and key == "gxj":
            A["cl-jxj"] = ("枞岚市经济和信息化局", cat, ["枞岚市经信局"])
            continue
        A[f"{c}-{key}"] = (f"{city}{full}", cat, [f"{city}{printed}"])
A["tx-gxq"] = ("汀溆高新技术产业开发区管理委员会", "park_administration", ["汀溆高新区管委会"])
GXJ = {"tx": "tx-gxj", "cl": "cl-jxj", "tp": "tp-gxj"}


def each(key):
    """The body `key` of each of the three cities (a 牵头单位 cell listing them, or "三市X")."""
    if key == "gxj":
        return list(GXJ.values())
    return [f"{c}-{key}" for c, _ in CITIES]


def printed(codes):
    return "、".join(A[c][2][-1] if c == "dsqb" else A[c][2][0] for c in codes)


def collective(codes):
    """A 配合单位 cell: where the body of each of the three cities is named, "三市X" (one mention for the three), the
    keys sharing the one 三市 ("三市发展改革委、数据局"); the other bodies by their own names."""
    keys = [k for k in BODIES if all(c in codes for c in each(k))]
    rest = [c for c in codes if not any(c in each(k) for k in keys)]
    words = {"gxj": "工信部门"}
    out = [printed(rest)] if rest else []
    if keys:
        out.append("三市" + "、".join(words.get(k, BODIES[k][1]) for k in keys))
    return "、".join(out)


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "汀溆都市圈人工智能产业协同发展三年行动计划（2026—2028年）"
DOC_NUMBER = "汀都办发〔2026〕3号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Tingxu metropolitan area AI industry collaboration three-year action plan 2026–2028 — synthetic",
    "issuer": "汀溆都市圈同城化发展联席会议办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-16",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2027, 2028],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"经汀溆都市圈同城化发展第五次联席会议审议通过，现将《{TITLE}》印发给你们，请结合实际抓好落实。各项重点任务的牵头单位和配合单位见附件《重点任务分工表》，三市牵头单位要加强横向对接，每季度末将任务推进情况报送汀溆都市圈同城化发展联席会议办公室（以下简称都市圈办）。"
BASIS = "汀溆都市圈以汀溆市为中心，包括枞岚市、檀坪市，面积1.86万平方公里，常住人口1420万人。2025年，都市圈人工智能核心产业规模达到760亿元，人工智能企业1120家，智能算力规模达到4200P，汀溆市在智能终端和行业软件、枞岚市在智能装备、檀坪市在数据中心和数据标注方面各具优势。但三市产业同质竞争仍然存在，算力、数据、人才等要素跨市流动不畅，协同政策和机制尚不健全。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，深入实施“人工智能+”行动，坚持“中心引领、两翼协同、错位发展、共建共享”，以汀溆市研发创新和应用示范为引领，枞岚市智能装备制造和檀坪市算力数据服务为两翼，推动三市人工智能产业链分工协作、创新资源共享共用、应用场景开放互认，共同打造具有全国影响力的人工智能产业集聚区。"
PRINCIPLES = "坚持中心引领，发挥汀溆市研发创新、场景应用和高端服务功能，带动两翼协同发展；坚持错位发展，三市按照各自比较优势明确主攻方向，避免同质化竞争；坚持市场主导，发挥企业在产业协作中的主体作用，政府重在破除要素流动障碍；坚持共建共享，协作成果和利益由三市合理分享。"
G1_TEXT = "到2026年底，都市圈人工智能协同发展机制全面建立，都市圈算力调度平台、场景供需平台上线运行，三市互认的“人工智能+”应用场景达到50个。"
G1 = [
    T(
        "三市互认的“人工智能+”应用场景",
        "个",
        "eq",
        50,
        "三市互认的“人工智能+”应用场景达到50个",
        kind="application_scenarios",
        deadline=2026,
    )
]
G2_TEXT = "到2028年，都市圈人工智能核心产业规模突破1500亿元，汀溆市、枞岚市、檀坪市人工智能核心产业规模分别达到950亿元、350亿元、200亿元；人工智能企业超过2000家，其中营业收入超10亿元的企业15家；智能算力规模达到12000P；共建省级以上人工智能创新平台25个，培育跨市协作的产业链“链主”企业10家，三市互认的“人工智能+”应用场景累计达到200个，集聚人工智能领域从业人员8万人。"
G2 = [
    T(
        "都市圈人工智能核心产业规模",
        "亿元",
        "gt",
        1500,
        "都市圈人工智能核心产业规模突破1500亿元",
        kind="ai_industry_scale",
    ),
    T(
        "汀溆市人工智能核心产业规模",
        "亿元",
        "eq",
        950,
        "950亿元",
        kind="ai_industry_scale",
        parent="T2",
    ),
    T(
        "枞岚市人工智能核心产业规模",
        "亿元",
        "eq",
        350,
        "350亿元",
        kind="ai_industry_scale",
        parent="T2",
    ),
    T(
        "檀坪市人工智能核心产业规模",
        "亿元",
        "eq",
        200,
        "200亿元",
        kind="ai_industry_scale",
        parent="T2",
    ),
    T("都市圈人工智能企业", "家", "gt", 2000, "人工智能企业超过2000家", kind="ai_enterprises"),
    T(
        "营业收入超10亿元的人工智能企业",
        "家",
        "eq",
        15,
        "其中营业收入超10亿元的企业15家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T(
        "都市圈智能算力规模",
        "P",
        "eq",
        12000,
        "智能算力规模达到12000P",
        kind="computing_power",
    ),
    T(
        "共建省级以上人工智能创新平台",
        "个",
        "eq",
        25,
        "共建省级以上人工智能创新平台25个",
        kind="innovation_platforms",
    ),
    T("跨市协作的产业链“链主”企业", "家", "eq", 10, "培育跨市协作的产业链“链主”企业10家"),
    T(
        "三市互认的“人工智能+”应用场景",
        "个",
        "eq",
        200,
        "三市互认的“人工智能+”应用场景累计达到200个",
        kind="application_scenarios",
    ),
    T(
        "人工智能领域从业人员",
        "人",
        "eq",
        80000,
        "集聚人工智能领域从业人员8万人",
        kind="talent",
    ),
]

# group: (numbering, title, items); item: (title, rest, lead, supporting, 完成时限 printed, due, targets)
END26, MID27, END27, END28, ON = (
    ("2026年12月底前", "2026-12-31"),
    ("2027年6月底前", "2027-06-30"),
    ("2027年12月底前", "2027-12-31"),
    ("2028年12月底前", "2028-12-31"),
    ("持续推进", None),
)
GROUPS = [
    (
        "（一）",
        "共建共享算力设施",
        [
            (
                "建设都市圈算力调度平台",
                "依托檀坪市数据中心集群，建设都市圈一体化算力调度平台，统一接入三市公共算力和社会算力资源，实现算力资源统一调度、统一结算，平台接入算力规模达到8000P。建立算力资源供需对接和运行监测机制，定期发布都市圈算力服务目录，引导三市企业就近、按需、低成本使用算力。",
                ["dsqb"],
                each("sjj"),
                END26,
                [T("都市圈算力调度平台接入算力规模", "P", "eq", 8000, "平台接入算力规模达到8000P")],
            ),
            (
                "优化算力布局",
                "按照“汀溆训练推理、檀坪集中承载、枞岚边缘应用”的思路，统筹三市新建数据中心布局，新建大型以上数据中心原则上布局在檀坪市，新增智能算力4000P。汀溆市、枞岚市原则上不再新建大型通用数据中心，存量数据中心加快智能化、绿色化改造。",
                each("fgw"),
                each("sjj"),
                END27,
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        4000,
                        "新增智能算力4000P",
                        kind="computing_power",
                        aggregation="flow",
                        deadline=2027,
                    )
                ],
            ),
            (
                "推行算力券三市通用",
                "三市算力券互认通用，企业使用都市圈内任一城市算力服务均可按注册地政策申领补贴，逐步统一补贴标准和申领流程。建立三市算力券使用情况季度对账机制，加强资金监管。",
                each("sjj"),
                ["dsqb"],
                MID27,
                [],
            ),
        ],
    ),
    (
        "（二）",
        "推动数据要素协同流通",
        [
            (
                "打通公共数据共享通道",
                "建设都市圈公共数据共享交换平台，编制三市公共数据共享目录，推动企业登记、社保、公积金、交通出行等数据跨市共享，共享数据目录不少于600项。建立数据共享需求响应和异议处理机制，推动共享数据在政务服务、城市治理、产业招商等领域深度应用。",
                each("sjj"),
                ["dsqb"],
                END26,
                [
                    T(
                        "都市圈公共数据共享目录",
                        "项",
                        "gte",
                        600,
                        "共享数据目录不少于600项",
                        deadline=2026,
                    )
                ],
            ),
            (
                "共建数据标注产业基地",
                "以檀坪市国家数据标注基地为核心，在汀溆市、枞岚市设立分基地，三市联合承接数据标注订单，数据标注产业规模达到30亿元，带动就业1.2万人。统一三市数据标注服务标准和质量评价体系，支持基地承接国内外标注订单，推动标注服务向数据清洗、模型训练评测等高附加值环节延伸。",
                ["tp-sjj"],
                ["tx-sjj", "cl-sjj", "tx-rsj", "cl-rsj", "tp-rsj"],
                END28,
                [
                    T("数据标注产业规模", "亿元", "eq", 30, "数据标注产业规模达到30亿元"),
                    T("数据标注带动就业", "人", "eq", 12000, "带动就业1.2万人"),
                ],
            ),
            (
                "联合开发行业数据集",
                "围绕智能终端、智能装备、现代物流等重点产业，三市联合建设行业高质量数据集40个，探索数据集跨市登记互认。鼓励龙头企业开放行业数据，推动数据集面向都市圈中小企业开放使用。",
                each("sjj"),
                each("gxj"),
                END28,
                [T("联合建设行业高质量数据集", "个", "eq", 40, "三市联合建设行业高质量数据集40个")],
            ),
        ],
    ),
    (
        "（三）",
        "构建分工协作的产业链",
        [
            (
                "编制产业链协作图谱",
                "梳理三市人工智能产业链上下游企业，编制都市圈人工智能产业链图谱和协作配套清单，明确三市主攻方向，避免同质化竞争。定期更新产业链图谱，动态发布重点产业链补链强链项目清单。",
                ["dsqb"],
                each("gxj"),
                END26,
                [],
            ),
            (
                "培育跨市“链主”企业",
                "支持汀溆市龙头企业在枞岚市、檀坪市布局生产基地和配套企业，推行“总部研发在汀溆、生产制造在两翼”模式，建立跨市项目统计分成机制。支持“链主”企业牵头组建产业联盟，带动上下游中小企业协同创新、配套发展。",
                each("gxj"),
                each("fgw"),
                END28,
                [],  # 链主企业10家: the goals' figure, not printed here
            ),
            (
                "建设智能装备协作区",
                "在枞岚市建设都市圈智能装备协作区，引进机器人、智能传感器等配套企业50家，协作区产值达到300亿元。推动汀溆市研发设计资源与枞岚市制造能力对接，打造智能装备研发、中试、制造一体化基地。",
                ["cl-jxj"],
                ["tx-gxj", "tp-gxj", "cl-swj"],
                END28,
                [
                    T(
                        "智能装备协作区引进配套企业",
                        "家",
                        "eq",
                        50,
                        "引进机器人、智能传感器等配套企业50家",
                        aggregation="flow",
                    ),
                    T("智能装备协作区产值", "亿元", "eq", 300, "协作区产值达到300亿元"),
                ],
            ),
            (
                "开展联合招商",
                "建立都市圈招商信息共享和项目流转机制，每年联合举办人工智能专题招商活动不少于3场，共同招引人工智能重大项目30个。对三市均有意向的重大项目，由三市协商确定落地城市，避免招商中的无序竞争。",
                each("swj"),
                ["dsqb"],
                ON,
                [
                    T(
                        "联合举办人工智能专题招商活动",
                        "场",
                        "gte",
                        3,
                        "每年联合举办人工智能专题招商活动不少于3场",
                        per_year=True,
                    ),
                    T(
                        "共同招引人工智能重大项目",
                        "个",
                        "eq",
                        30,
                        "共同招引人工智能重大项目30个",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
    (
        "（四）",
        "协同推进创新策源",
        [
            (
                "共建人工智能创新联合体",
                "依托汀溆高新区和三市高校院所，组建都市圈人工智能创新联合体，每年联合实施关键核心技术攻关项目15项。支持联合体承担国家和省重大科技项目，推动关键核心技术攻关成果在都市圈内优先转化应用。",
                each("kjj"),
                ["tx-gxq"],
                ON,
                [
                    T(
                        "联合实施关键核心技术攻关项目",
                        "项",
                        "eq",
                        15,
                        "每年联合实施关键核心技术攻关项目15项",
                        per_year=True,
                        kind="research_results",
                    )
                ],
            ),
            (
                "推动创新资源开放共享",
                "建立都市圈大型科研仪器共享平台，推行科技创新券三市通用，推动三市重点实验室、中试基地向都市圈企业开放。完善开放共享激励机制，对向都市圈企业提供服务成效明显的单位给予支持。",
                ["tx-kjj"],
                ["cl-kjj", "tp-kjj"],
                END27,
                [],
            ),
            (
                "促进成果转化",
                "共建都市圈技术转移中心，每年组织成果路演和供需对接活动20场以上。引导三市高校院所科技成果优先在都市圈内转化落地。",
                ["dsqb"],
                each("kjj"),
                ON,
                [
                    T(
                        "成果路演和供需对接活动",
                        "场",
                        "gte",
                        20,
                        "每年组织成果路演和供需对接活动20场以上",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
    (
        "（五）",
        "共同开放应用场景",
        [
            (
                "建立场景互认机制",
                "统一三市场景征集、评审、发布标准，定期联合发布都市圈场景机会清单，一市认定的示范场景其他两市予以互认。聚焦智能制造、智慧交通、智慧医疗、城市治理等领域，支持三市企业跨市参与场景建设。",
                ["dsqb"],
                each("fgw") + each("sjj"),
                END26,
                [],
            ),
            (
                "推进政务服务同城通办",
                "推广政务服务智能客服和智能审批，推动200项高频政务服务事项“同城通办”。推动三市政务服务大模型知识库共建共享，实现高频事项智能咨询、智能导办三市一致。",
                each("sjj"),
                [],
                END27,
                [
                    T(
                        "“同城通办”高频政务服务事项",
                        "项",
                        "eq",
                        200,
                        "推动200项高频政务服务事项“同城通办”",
                        deadline=2027,
                    )
                ],
            ),
            (
                "共建智慧交通和物流",
                "建设都市圈智慧交通协同平台，推动跨市公交、轨道交通智能调度和一码通行，建设智慧物流枢纽3个。推动三市交通运行数据共享，提升都市圈通勤和物流效率。",
                ["tx-fgw"],
                ["cl-fgw", "tp-fgw"],
                END28,
                [T("智慧物流枢纽", "个", "eq", 3, "建设智慧物流枢纽3个")],
            ),
        ],
    ),
    (
        "（六）",
        "协同培养集聚人才",
        [
            (
                "共建人工智能人才高地",
                "实施都市圈人工智能人才联合引进计划，推行人才服务卡三市通用，三市高校共建人工智能学院3所，每年培养培训人工智能专业人才1万人次。建立都市圈人工智能人才需求目录和人才库，推动三市人才政策衔接、待遇互认。",
                each("rsj"),
                each("jyj"),
                ON,
                [
                    T("共建人工智能学院", "所", "eq", 3, "三市高校共建人工智能学院3所"),
                    T(
                        "培养培训人工智能专业人才",
                        "人次",
                        "eq",
                        10000,
                        "每年培养培训人工智能专业人才1万人次",
                        per_year=True,
                        kind="talent",
                    ),
                ],
            ),
            (
                "推动职业资格互认",
                "三市互认人工智能领域职称评审结果和职业技能等级证书，联合举办都市圈人工智能技能大赛。推动三市职业技能评价机构和评价结果信息共享。",
                ["tx-rsj"],
                ["cl-rsj", "tp-rsj"],
                MID27,
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强统筹协调",
        "依托都市圈同城化发展联席会议机制，建立人工智能产业协同发展专题工作组，三市分管市领导轮流召集，研究解决重大问题。都市圈办负责专题工作组日常工作。",
    ),
    (
        "（二）",
        "强化政策协同",
        "三市新出台的人工智能支持政策提前相互通报，逐步统一支持标准，三市共同出资设立规模30亿元的都市圈人工智能产业发展基金。",
    ),
    (
        "（三）",
        "建立利益共享机制",
        "对跨市转移、合作共建的人工智能项目，探索按比例分享税收和统计指标，调动三市协同发展积极性。",
    ),
    (
        "（四）",
        "强化监测评估",
        "都市圈办会同三市统计部门建立人工智能产业协同发展监测指标体系，每年开展一次评估，评估结果报联席会议。",
    ),
]


def _build():
    blocks = [
        ("head", "汀溆都市圈同城化发展联席会议办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"关于印发{TITLE}的通知"),
        ("addressee", "汀溆市、枞岚市、檀坪市人民政府，三市有关部门："),
        ("body", NOTICE),
        ("sign", "汀溆都市圈同城化发展联席会议办公室"),
        ("date", "2026年4月16日"),
        ("pagebreak", ""),
        ("title", TITLE),
        (
            "body",
            "为深入实施“人工智能+”行动，推动汀溆都市圈人工智能产业协同发展，根据《汀溆都市圈发展规划》，制定本行动计划。",
        ),
        ("h1", "一、发展基础"),
        ("body", BASIS),
        ("h1", "二、总体要求"),
        ("body", GUIDE),
        ("body", PRINCIPLES),
        ("body", G1_TEXT),
        ("body", G2_TEXT),
        ("h1", "三、重点任务"),
    ]
    for text, targets in ((G1_TEXT, G1), (G2_TEXT, G2)):
        for t in targets:
            assert t.phrase in text, t.phrase
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2028年", G2_TEXT, G2)]
    subs, rows, n = [], [["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]], 0
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for title, rest, lead, sup, (when, due), targets in items:
            n += 1
            for code in lead + sup:
                assert code in A, code
            blocks.append(("item", (f"{n}.{title}。", rest)))
            rows.append([str(n), title, printed(lead), collective(sup) if sup else "—", when])
            tasks.append(
                Task(f"{n}.", title, f"{title}。{rest}", lead=lead, supporting=sup, due=due)
            )
            year = int(due[:4]) if due else None
            for t in targets:
                assert t.phrase in rest, t.phrase
                if year and not t.per_year and t.deadline is None:
                    t.deadline = year
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=f"{n}."))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sections = [Section("三", "三、", "重点任务", "key_task", sections=subs)]
    blocks.append(("h1", "四、保障措施"))
    sg = []
    for no, title, text in SAFEGUARDS:
        blocks.append(("item", (f"{no}{title}。", text)))
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("四", "四、", "保障措施", "safeguard", sg))
    blocks += [
        ("pagebreak", ""),
        ("plain", "附件"),
        ("caption", "重点任务分工表"),
        ("table", rows),
        ("rule", ""),
        ("plain", "抄送：汀溆市、枞岚市、檀坪市发展改革委，都市圈同城化发展联席会议各成员单位。"),
        ("plain", "汀溆都市圈同城化发展联席会议办公室　　　　2026年4月16日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()


def _printed_text():
    out = []
    for _, text in BLOCKS:
        if isinstance(text, tuple):
            out += list(text)
        elif isinstance(text, list):
            out += [cell for row in text for cell in row]
        else:
            out.append(text)
    return "\n".join(out)


PRINTED_TEXT = _printed_text()
# an alias is a form the document prints: a body named only inside "三市X" has none
AGENCIES = [
    Agency(code, name, [a for a in p if a in PRINTED_TEXT], cat)
    for code, (name, cat, p) in A.items()
]

EXTRACTION = {
    "zone": {
        "slug": "tingxu-metropolitan-area",
        "name": "汀溆都市圈",
        "name_en": "Tingxu metropolitan area",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 汀溆都市圈人工智能产业协同发展三年行动计划（2026—2028年） (汀溆都市圈同城化发展联席会议办公室, 汀都办发〔2026〕3号,
#   2026-04-16)
# — SYNTHETIC (synthetic_ct): WRITTEN by the collector (helper blindCT, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_tingxu.py as .docx, printed to PDF by LibreOffice.
# Zone tingxu-metropolitan-area: the 都市圈 of three invented prefecture-level cities (汀溆市 at its centre, 枞岚市, 檀坪市) whose
#   joint office issues the plan → level city (its member cities' level).
# Outline: red head of the joint office, 发文字号, the notice ("各项重点任务的牵头单位和配合单位见附件《重点任务分工表》"; 都市圈办 defined
#   there as "（以下简称都市圈办）"; reporting 每季度末: no target), signature, date, page break, title, a one-line preamble;
#   一、发展基础 (area, population, 2025 baselines: no targets); 二、总体要求 = a guiding paragraph, a principles paragraph ("坚持…；坚持…": no
#   tasks) and two dated goal paragraphs →
#   goals "到2026年底" (1 target, due 2026) and "到2028年" (11); 三、重点任务 groups （一）–（六） of items 1.–18. NUMBERED ON, each
#   "N.标题。正文" with NO annotation; 四、保障措施 （一）–（四） unannotated → safeguard tasks; page break, 附件 重点任务分工表 (序号 |
#   重点任务 | 牵头单位 | 配合单位 | 完成时限), one row per body item, its 重点任务 the item's title; 抄送 / 印发.
# Tasks: as the body prints them (title = the heading before 。, text = heading + body, without the number); roles and due from
#   the item's row of the annex (the plan's own statement of who leads; the body names none): 牵头单位 → lead, 配合单位 → supporting.
#   due = the row's 完成时限 (2026年12月底前 → 2026-12-31, 2027年6月底前 → 2027-06-30 …); 持续推进 → no due.
# Agencies: each city's body is its own agency (汀溆市工信局, 枞岚市经信局 — 枞岚 names its IT bureau 经济和信息化局 —, 檀坪市工信局).
#   A 牵头单位 cell naming one body of each city gives the three of them the lead. "三市X" in a 配合单位 cell stands for the body X of
#   EACH city (三市数据局 → 汀溆市数据局, 枞岚市数据局, 檀坪市数据局; "三市发展改革委、数据局" → six; "三市工信部门" → 汀溆市工信局,
#   枞岚市经信局, 檀坪市工信局): the three are supporting; "三市X" is no agency of its own and no alias. 都市圈办 = 汀溆都市圈同城化发展
#   联席会议办公室 (it leads four rows alone). A "—" cell names nobody. 三市教育局 are named only collectively: agencies without
#   alias. The safeguards' "都市圈办负责专题工作组日常工作" and "都市圈办会同三市统计部门建立…" are in 保障措施: no roles; 三市统计部门
#   no agency (no role anywhere). The notice's addressee (三市有关部门) and 抄送 assign nothing.
# Targets: goals "到2028年": 都市圈 totals and, in "汀溆市、枞岚市、檀坪市人工智能核心产业规模分别达到950亿元、350亿元、200亿元", each city's
#   share → three targets, the metric naming the city, parent = the 都市圈's 1500亿元 (T2); 其中…15家 → parent of 2000家. Every body
#   item holding figures is also a goal titled like it (text = heading + body); its figures with no year of their own are due the
#   year of its row's 完成时限 (item 1's 8000P and item 4's 600项 → 2026; item 2's 新增4000P and item 15's 200项 → 2027); a 持续推进
#   row's → 2028 (plan end); 每年… per-year (flow), due 2028. 新增智能算力4000P (new) is not the goal's 12000P (total): its own
#   target; "累计达到200个" (2028) beside "达到50个" (2026): another year, its own target. 8万人 → 80000, 1.2万人 → 12000. Not
#   targets: 1.86万平方公里, 1420万人 and the 2025 figures; 设立规模30亿元的…基金 (a fund being set up); 每年开展一次评估 (a safeguard's
#   routine).
"""

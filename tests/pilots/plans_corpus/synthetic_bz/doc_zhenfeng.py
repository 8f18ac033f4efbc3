# ruff: noqa: E501  (plan text as the office writes it)
"""贞丰县“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_bz). Built as .docx and printed to PDF by LibreOffice:
red head, 发文字号, the notice, the plan: preamble with 2025 baselines, 一、总体要求 (a guiding paragraph, a principles paragraph, two dated goal paragraphs
"到2026年底，…" / "到2027年，…"), 二、重点任务 of groups （一）–（五） whose items 1.–22. are numbered on and carry NO annotation,
三、保障措施 （一）–（四）, then the 附件 重点任务分工表 with the ROLE columns first — 序号 | 牵头单位 | 配合单位 | 重点任务 | 完成时限 —
its 重点任务 cell the item's title, its 牵头单位 cell MERGED down over the consecutive rows that body leads; 抄送 / 印发."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "zhenfeng-ai-plus-implementation-2026-synthetic"
KIND = "pdf"

# printed form → (code, full name, category)
A = {
    "县发展改革局": ("fgj", "贞丰县发展和改革局", "development_reform"),
    "县工业和信息化局": ("gxj", "贞丰县工业和信息化局", "industry_it"),
    "县科技局": ("kjj", "贞丰县科学技术局", "science_technology"),
    "县大数据发展中心": ("dsj", "贞丰县大数据发展中心", "big_data"),
    "县财政局": ("czj", "贞丰县财政局", "finance"),
    "县教育局": ("jyj", "贞丰县教育局", "education"),
    "县卫生健康局": ("wjj", "贞丰县卫生健康局", "health"),
    "县医疗保障局": ("ybj", "贞丰县医疗保障局", "health"),
    "县农业农村局": ("nyj", "贞丰县农业农村局", "agriculture"),
    "县文体广电旅游局": ("wlj", "贞丰县文体广电旅游局", "culture_tourism"),
    "县融媒体中心": ("rmt", "贞丰县融媒体中心", "publicity"),
    "县交通运输局": ("jtj", "贞丰县交通运输局", "transport"),
    "县投资促进局": ("tcj", "贞丰县投资促进局", "commerce"),
    "县市场监管局": ("scj", "贞丰县市场监督管理局", "market_regulation"),
    "县人力资源社会保障局": ("rsj", "贞丰县人力资源和社会保障局", "human_resources"),
    "县政务服务中心": ("zwzx", "贞丰县政务服务中心", "government_services"),
    "县应急管理局": ("yjj", "贞丰县应急管理局", "emergency"),
    "县林业局": ("lyj", "贞丰县林业局", "natural_resources"),
    "县民政局": ("mzj", "贞丰县民政局", "civil_affairs"),
    "县委网信办": ("wxb", "中共贞丰县委网络安全和信息化委员会办公室", "publicity"),
    "县公安局": ("gaj", "贞丰县公安局", "public_security"),
    "县经开区管委会": ("kfq", "贞丰经济开发区管理委员会", "park_administration"),
    "电信贞丰分公司": ("dx", "中国电信股份有限公司贞丰分公司", "state_enterprise"),
    "各乡镇（街道）": ("xz", "贞丰县各乡镇人民政府、街道办事处", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def codes(names):
    return [A[n][0] for n in names]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "贞丰县“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "贞府办发〔2026〕15号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Zhenfeng County (Qianxinan, Guizhou) “AI+” implementation plan (2026–2027) — synthetic",
    "issuer": "贞丰县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-27",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"《{TITLE}》已经县人民政府同意，现印发给你们，请认真抓好贯彻落实。各牵头单位要按照附件分工，会同配合单位细化工作措施，于每季度末将工作进展情况报县工业和信息化局汇总。"
PREAMBLE = "为深入贯彻落实国家、省、州关于实施“人工智能+”行动的部署要求，推动人工智能与县域经济社会发展深度融合，以数字化、智能化赋能乡村振兴、特色产业和民生服务，结合我县实际，制定本方案。2025年，全县数字经济企业12家，智能算力不足2P，数字经济增加值占地区生产总值比重为19.6%，人工智能应用尚处于起步阶段，基础设施、人才和资金等方面短板明显。近年来，我县建成县级政务云平台，实现县乡村三级网络全覆盖，花椒、糯食等特色产业电商销售快速增长，为推进人工智能应用奠定了一定基础。同时也要看到，我县数字化专业人才匮乏，企业数字化改造意愿和能力不足，数据资源分散在各部门，推进人工智能应用的任务艰巨，必须坚持问题导向，集中力量补齐短板。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实省委、省政府和州委、州政府关于数字经济发展的决策部署，立足我县特色农业、山地旅游和布依族文化资源优势，坚持应用牵引、小步快跑、务求实效，以场景开放带动技术落地，以数据共享提升治理效能，推动人工智能成为县域高质量发展的新动能。"
PRINCIPLES = "坚持需求导向，从群众急难愁盼和产业发展痛点出发谋划应用场景，不求大而全、但求小而实；坚持统筹集约，依托省、州算力和数据平台建设县级节点，避免重复投入；坚持企业主体，发挥市场机制作用，引导企业和社会资本参与建设运营；坚持安全可控，落实网络安全和数据安全责任，确保人工智能应用安全可靠。"
G1_TEXT = "到2026年底，全县智能算力规模达到10P，培育数字经济企业20家，建成“人工智能+”应用场景15个，政务服务事项网上可办率达到98%。"
G1 = [
    T("智能算力规模", "P", "eq", 10, "全县智能算力规模达到10P", kind="computing_power"),
    T("数字经济企业", "家", "eq", 20, "培育数字经济企业20家"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        15,
        "建成“人工智能+”应用场景15个",
        kind="application_scenarios",
    ),
    T("政务服务事项网上可办率", "%", "eq", 98, "政务服务事项网上可办率达到98%"),
]
G2_TEXT = "到2027年，全县智能算力规模达到30P，数字经济企业达到35家，建成“人工智能+”应用场景30个以上，数字经济增加值占地区生产总值比重达到25%，人工智能赋能县域经济社会发展取得明显成效。"
G2 = [
    T("智能算力规模", "P", "eq", 30, "全县智能算力规模达到30P", kind="computing_power"),
    T("数字经济企业", "家", "eq", 35, "数字经济企业达到35家"),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        30,
        "建成“人工智能+”应用场景30个以上",
        kind="application_scenarios",
    ),
    T("数字经济增加值占地区生产总值比重", "%", "eq", 25, "数字经济增加值占地区生产总值比重达到25%"),
]

D26, D276, D27, GOING = "2026年12月底前", "2027年6月底前", "2027年12月底前", "持续推进"
DUE = {D26: "2026-12-31", D276: "2027-06-30", D27: "2027-12-31", GOING: None}

# group: (numbering, title, items); item: (title, body, lead, supporting, 完成时限, targets)
GROUPS = [
    (
        "（一）",
        "夯实数字基础",
        [
            (
                "建设县级算力节点",
                "依托县政务云平台，建设县级智能算力节点，形成智能算力20P，接入全省算力调度体系，为政务服务、农业生产和文化旅游等领域提供算力支撑。对县内中小企业使用算力给予费用补贴，单个企业每年补贴不超过10万元。",
                ["县大数据发展中心"],
                ["县发展改革局", "县经开区管委会"],
                D27,
                [
                    T(
                        "县级智能算力节点智能算力",
                        "P",
                        "eq",
                        20,
                        "形成智能算力20P",
                        kind="computing_power",
                    )
                ],
            ),
            (
                "推进政务数据共享",
                "完善县级政务数据资源目录，推动部门业务数据按需归集、统一治理、有序共享，县级政务数据共享率达到95%，为智能化应用提供数据支撑。",
                ["县大数据发展中心"],
                ["县政务服务中心", "县财政局"],
                D26,
                [T("县级政务数据共享率", "%", "eq", 95, "县级政务数据共享率达到95%")],
            ),
            (
                "完善网络基础设施",
                "新建5G基站180个，推动5G网络向重点景区、产业园区和人口集中的行政村延伸，20户以上自然村4G网络覆盖率达到100%。",
                ["县工业和信息化局"],
                ["电信贞丰分公司", "各乡镇（街道）"],
                D27,
                [
                    T("新建5G基站", "个", "eq", 180, "新建5G基站180个", aggregation="flow"),
                    T(
                        "20户以上自然村4G网络覆盖率",
                        "%",
                        "eq",
                        100,
                        "20户以上自然村4G网络覆盖率达到100%",
                    ),
                ],
            ),
        ],
    ),
    (
        "（二）",
        "赋能特色产业",
        [
            (
                "推动工业智能化改造",
                "实施工业企业智能化改造项目15个，培育省级数字化车间2个，推广设备联网、智能检测、能耗管理等应用。对完成智能化改造的企业按设备投资额的10%给予补助，最高不超过30万元。",
                ["县工业和信息化局"],
                ["县科技局", "县经开区管委会"],
                D27,
                [
                    T(
                        "工业企业智能化改造项目",
                        "个",
                        "eq",
                        15,
                        "实施工业企业智能化改造项目15个",
                        aggregation="flow",
                    ),
                    T("省级数字化车间", "个", "eq", 2, "培育省级数字化车间2个"),
                ],
            ),
            (
                "建设智慧园区",
                "建设贞丰经济开发区智慧园区管理平台，实现安全生产、能耗监测、企业服务一网统管，入园企业上云率达到90%。",
                ["县工业和信息化局"],
                ["县经开区管委会"],
                GOING,
                [T("入园企业上云率", "%", "eq", 90, "入园企业上云率达到90%")],
            ),
            (
                "发展智慧农业",
                "围绕花椒、糯食、精品水果等特色产业，建设智慧农业示范基地6个，推广病虫害智能识别、水肥一体化智能灌溉等技术，提升特色农业生产效率。",
                ["县农业农村局"],
                ["县科技局", "各乡镇（街道）"],
                D27,
                [T("智慧农业示范基地", "个", "eq", 6, "建设智慧农业示范基地6个")],
            ),
            (
                "推进农产品智能溯源",
                "建设特色农产品质量安全智能溯源平台，纳入智能溯源体系的农产品生产主体达到200家，提升“贞丰糯食”等区域公用品牌影响力。",
                ["县农业农村局"],
                ["县市场监管局"],
                D26,
                [
                    T(
                        "纳入智能溯源体系的农产品生产主体",
                        "家",
                        "eq",
                        200,
                        "纳入智能溯源体系的农产品生产主体达到200家",
                    )
                ],
            ),
            (
                "打造智慧旅游",
                "推动重点景区智能化升级，建成智慧景区3个，上线“AI游贞丰”服务平台，提供智能导览、行程规划、客流预警等服务。",
                ["县文体广电旅游局"],
                ["县大数据发展中心", "县交通运输局"],
                D26,
                [T("智慧景区", "个", "eq", 3, "建成智慧景区3个")],
            ),
            (
                "发展数字文旅新业态",
                "运用数字人、虚拟现实等技术活化布依族文化资源，开发沉浸式文旅体验项目5个，推动文旅消费场景创新。",
                ["县文体广电旅游局"],
                ["县融媒体中心"],
                D276,
                [
                    T(
                        "沉浸式文旅体验项目",
                        "个",
                        "eq",
                        5,
                        "开发沉浸式文旅体验项目5个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "招引培育数字企业",
                "围绕数据标注、智能终端、农业数字化服务等方向开展招商，每年招引数字经济企业5家以上，对新落户企业按规定落实场地租金减免等支持政策。",
                ["县投资促进局"],
                ["县工业和信息化局", "县市场监管局"],
                GOING,
                [
                    T(
                        "招引数字经济企业",
                        "家",
                        "gte",
                        5,
                        "每年招引数字经济企业5家以上",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
    (
        "（三）",
        "提升民生服务",
        [
            (
                "推进智慧教育",
                "建设人工智能教育实验校8所，乡村学校智慧课堂覆盖率达到70%，推动优质课程资源向乡村学校共享。",
                ["县教育局"],
                ["县科技局"],
                D27,
                [
                    T("人工智能教育实验校", "所", "eq", 8, "建设人工智能教育实验校8所"),
                    T("乡村学校智慧课堂覆盖率", "%", "eq", 70, "乡村学校智慧课堂覆盖率达到70%"),
                ],
            ),
            (
                "推进智慧医疗",
                "推广人工智能辅助诊断、远程会诊等应用，乡镇卫生院远程医疗覆盖率达到100%，探索医保智能审核，提升基层医疗服务能力。",
                ["县卫生健康局"],
                ["县医疗保障局"],
                D276,
                [T("乡镇卫生院远程医疗覆盖率", "%", "eq", 100, "乡镇卫生院远程医疗覆盖率达到100%")],
            ),
            (
                "推进智慧养老",
                "建设智慧养老服务站6个，为独居、失能老年人提供紧急呼叫、健康监测等智能服务。",
                ["县民政局"],
                ["县卫生健康局", "各乡镇（街道）"],
                D27,
                [T("智慧养老服务站", "个", "eq", 6, "建设智慧养老服务站6个")],
            ),
            (
                "推进智慧就业",
                "建设线上就业服务平台，推动人岗智能匹配，每年开展数字技能培训1500人次以上，重点面向易地扶贫搬迁群众和返乡青年。",
                ["县人力资源社会保障局"],
                ["县教育局"],
                GOING,
                [
                    T(
                        "数字技能培训",
                        "人次",
                        "gte",
                        1500,
                        "每年开展数字技能培训1500人次以上",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
    (
        "（四）",
        "提升治理效能",
        [
            (
                "推进政务服务智能化",
                "上线政务服务智能客服，推广智能预审、智能填表等应用，政务服务事项网上可办率达到98%。",
                ["县政务服务中心"],
                ["县大数据发展中心"],
                D26,
                [],
            ),
            (
                "推进“一件事一次办”智能化",
                "梳理高频“一件事”办理流程，实现20个以上高频“一件事”智能办理，减少群众跑动次数。",
                ["县政务服务中心"],
                ["县人力资源社会保障局", "县市场监管局"],
                D276,
                [T("智能办理的高频“一件事”", "个", "gte", 20, "实现20个以上高频“一件事”智能办理")],
            ),
            (
                "提升应急管理智能化水平",
                "建设地质灾害、森林火情智能监测预警系统，新建智能监测点位120个，提升灾害风险早期识别和预警能力。",
                ["县应急管理局"],
                ["县林业局", "各乡镇（街道）"],
                D27,
                [
                    T(
                        "新建智能监测点位",
                        "个",
                        "eq",
                        120,
                        "新建智能监测点位120个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推进森林资源智慧管护",
                "运用卫星遥感、视频智能分析等技术开展森林资源动态监测，重点林区智能视频监控覆盖率达到90%。",
                ["县林业局"],
                ["县应急管理局"],
                D27,
                [
                    T(
                        "重点林区智能视频监控覆盖率",
                        "%",
                        "eq",
                        90,
                        "重点林区智能视频监控覆盖率达到90%",
                    )
                ],
            ),
            (
                "推进智慧交通",
                "推进“两客一危”车辆和农村客运车辆智能监控，“两客一危”车辆智能监控覆盖率达到100%。",
                ["县交通运输局"],
                ["县公安局"],
                D26,
                [
                    T(
                        "“两客一危”车辆智能监控覆盖率",
                        "%",
                        "eq",
                        100,
                        "“两客一危”车辆智能监控覆盖率达到100%",
                    )
                ],
            ),
            (
                "推进社会治安智能防控",
                "完善社会治安防控体系，新建智能视频监控点位500个，推动视频资源整合共享和智能分析应用。",
                ["县公安局"],
                ["县大数据发展中心", "各乡镇（街道）"],
                D27,
                [
                    T(
                        "新建智能视频监控点位",
                        "个",
                        "eq",
                        500,
                        "新建智能视频监控点位500个",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "（五）",
        "强化安全和人才支撑",
        [
            (
                "加强网络数据安全",
                "落实网络安全等级保护和数据分类分级保护制度，加强人工智能应用安全风险评估，防范数据泄露、算法滥用等风险。",
                ["县委网信办"],
                ["县公安局", "县大数据发展中心"],
                GOING,
                [],
            ),
            (
                "培育数字人才",
                "实施数字人才引育工程，引进培养人工智能及数字技术人才100名，支持县中等职业学校开设人工智能应用相关专业。",
                ["县科技局"],
                ["县教育局", "县人力资源社会保障局"],
                D27,
                [
                    T(
                        "人工智能及数字技术人才",
                        "名",
                        "eq",
                        100,
                        "引进培养人工智能及数字技术人才100名",
                    )
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立县“人工智能+”行动工作专班，由县政府分管领导任组长，专班办公室设在县工业和信息化局，负责统筹协调和日常调度。各乡镇（街道）和县直各部门要明确专人负责，确保各项任务按期完成。各牵头单位要会同配合单位制定具体工作方案，明确责任人和时间节点，形成一级抓一级、层层抓落实的工作格局。",
    ),
    (
        "（二）",
        "强化资金保障",
        "县财政每年安排数字经济发展专项资金不少于300万元，积极争取上级专项资金支持，引导金融机构和社会资本参与人工智能项目建设。统筹用好东西部协作资金和帮扶资源，争取协作城市企业在我县布局数据标注、智能终端等项目。",
    ),
    (
        "（三）",
        "强化督促落实",
        "将“人工智能+”行动任务纳入县政府督查督办事项，实行季度调度、年度评估，对工作推进不力的单位进行通报。建立数字经济统计监测制度，定期分析评估任务进展和目标完成情况。",
    ),
    (
        "（四）",
        "营造良好氛围",
        "充分利用县融媒体平台，宣传人工智能政策措施、应用成效和典型案例，组织开展人工智能进机关、进企业、进乡村、进校园活动，提升干部群众数字素养和技能，营造全社会关注支持人工智能发展的浓厚氛围。",
    ),
]


def _check(text, targets):
    for t in targets:
        assert t.phrase in text, t.phrase


def _due(t, year):
    t.deadline = t.deadline or year
    return t


def _build():
    blocks = [
        ("head", "贞丰县人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"贞丰县人民政府办公室关于印发《{TITLE}》的通知"),
        ("addressee", "各乡镇人民政府、街道办事处，县政府各部门、各直属机构："),
        ("body", NOTICE),
        ("sign", "贞丰县人民政府办公室"),
        ("date", "2026年3月27日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("h1", "一、总体要求"),
        ("body", GUIDE),
        ("body", PRINCIPLES),
        ("body", G1_TEXT),
        ("body", G2_TEXT),
        ("h1", "二、重点任务"),
    ]
    _check(G1_TEXT, G1)
    _check(G2_TEXT, G2)
    goals = [
        Goal("到2026年底", G1_TEXT, [_due(t, 2026) for t in G1]),
        Goal("到2027年", G2_TEXT, G2),
    ]
    sections = []
    rows = [["序号", "牵头单位", "配合单位", "重点任务", "完成时限"]]
    n = 0
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for title, body, lead, sup, when, targets in items:
            n += 1
            no = f"{n}."
            blocks.append(("item", (f"{no}{title}。", body)))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}",
                    lead=codes(lead),
                    supporting=codes(sup),
                    due=DUE[when],
                )
            )
            rows.append([str(n), "、".join(lead), "、".join(sup), title, when])
            _check(body, targets)
            year = int(DUE[when][:4]) if DUE[when] else 2027
            if targets:
                goals.append(
                    Goal(title, f"{title}。{body}", [_due(t, year) for t in targets], numbering=no)
                )
        sections.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    top = Section("二", "二、", "重点任务", "key_task", sections=sections)
    blocks.append(("h1", "三、保障措施"))
    sg = []
    for no, name, rest in SAFEGUARDS:
        blocks.append(("item", (f"{no}{name}。", rest)))
        sg.append(Task(no, name, f"{name}。{rest}"))
    blocks += [
        ("body", "附件：贞丰县“人工智能+”行动重点任务分工表"),
        ("pagebreak", ""),
        ("plain", "附件"),
        ("caption", "贞丰县“人工智能+”行动重点任务分工表"),
        ("duty", rows),
        ("plain", ""),
        ("rule", ""),
        ("plain", "抄送：县委各部门，县人大常委会办公室，县政协办公室，县人民法院，县人民检察院。"),
        ("plain", "贞丰县人民政府办公室　　　　　　　　2026年3月27日印发"),
    ]
    return blocks, goals, [top, Section("三", "三、", "保障措施", "safeguard", sg)]


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "zhenfeng-guizhou-county",
        "name": "贞丰县",
        "name_en": "Zhenfeng County (Qianxinan, Guizhou)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 贞丰县“人工智能+”行动实施方案（2026—2027年） (贞丰县人民政府办公室, 贞府办发〔2026〕15号, 2026-03-27)
# — SYNTHETIC (synthetic_bz): WRITTEN by the collector (helper blindBZ, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_zhenfeng.py as .docx, printed to PDF by LibreOffice.
# Zone zhenfeng-guizhou-county (贵州 黔西南布依族苗族自治州 贞丰县) (a county) → district level (the schema has no county level); period 2026–2027.
# Outline: red head, 发文字号, the notice (报县工业和信息化局汇总: no role), the plan: preamble ending on 2025 baselines (12家, 不足2P,
#   19.6%: no targets); 一、总体要求 = a guiding paragraph and a principles paragraph (no tasks) and two dated goal paragraphs → goals "到2026年底" (4 targets, due
#   2026) and "到2027年" (4). 二、重点任务: groups （一）–（五） (sections under 二) of items 1.–22. numbered on, each ONE paragraph
#   "N.标题。正文" WITHOUT annotation; 三、保障措施 （一）–（四） → safeguard tasks without roles (专班办公室设在县工业和信息化局: no
#   role); "附件：…分工表" line; then the annex table 序号 | 牵头单位 | 配合单位 | 重点任务 | 完成时限, one row per item, its 序号 the
#   item's number and its 重点任务 cell the item's title, the 牵头单位 cell merged down over consecutive rows with the same lead.
# Tasks: the body's items (the table rows are the same 22 tasks, not tasks of their own); title = the phrase before the first 。;
#   text = title + body (no annotation in the body). Each task takes its roles from its table row: 牵头单位 → lead (also on the rows a
#   merged cell covers), 配合单位 → supporting; due = the row's 完成时限 (2026年12月底前 → 2026-12-31, 2027年6月底前 → 2027-06-30,
#   2027年12月底前 → 2027-12-31; "持续推进" → no due). A task holding figures is also a goal titled like it (text = title + body).
#   各乡镇（街道） → ONE collective; 电信贞丰分公司 a state enterprise; 县经开区管委会 = 贞丰经济开发区管理委员会.
# Targets: task figures with no year of their own are due in their row's 完成时限 year (2026 or 2027), on a "持续推进" row at the plan's
#   end (2027). 15. 推进政务服务智能化 restates the goals' 政务服务事项网上可办率达到98% (same value, unit and year, 2026 row) → ONE
#   target, kept in the goals; that task has no goal. 形成智能算力20P (the county node's) is not the goals' 全县智能算力规模: its own
#   target. "20户以上自然村4G网络覆盖率达到100%": the 20户以上 is a condition of the metric, the target 100 %. 每年… → per-year flow;
#   新建 / 实施 / 开发 counts → flow. Not targets: 2025 baselines; 每年补贴不超过10万元 / 按…10%给予补助，最高不超过30万元 (subsidies);
#   每年…专项资金不少于300万元 (a budget, in a safeguard).
"""

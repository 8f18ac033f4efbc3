# ruff: noqa: E501  (plan text as the office writes it)
"""澄洲区推进“人工智能+”行动2026年重点任务分工表 — INVENTED (synthetic_ck). Built as .docx and printed to PDF by
LibreOffice: a notice page (portrait), then a landscape page with the title, a 主要目标 paragraph and the 分工表 (序号 | 类别 |
重点任务 | 工作措施及目标 | 牵头单位 | 配合单位 | 完成时限), its 类别 cells merged down their rows, its header row repeated on each
page. The cells REFER BACK with ditto marks as offices fill such tables: "同上", "〃", "—〃—", a 牵头单位 cell merged down
three rows (the lower two empty), "同序号5", a "〃" under a "〃" — in the 牵头单位, 配合单位 and 完成时限 columns. The resolved roles and due dates
are written here BY HAND beside the cells as printed (the code does not resolve them)."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "chengzhou-ai-plus-task-division-2026-synthetic"
KIND = "pdf"

AGENCIES = [
    Agency("fgj", "澄洲区发展和改革局", ["区发改局"], "development_reform"),
    Agency("gxj", "澄洲区工业和信息化局", ["区工信局"], "industry_it"),
    Agency("sjj", "澄洲区数据局", ["区数据局"], "big_data"),
    Agency("zwb", "澄洲区政务服务管理办公室", ["区政务办"], "government_services"),
    Agency("jd", "澄洲区各街道办事处", ["各街道办事处"], "local_government"),
    Agency("czj", "澄洲区财政局", ["区财政局"], "finance"),
    Agency("kjj", "澄洲区科学技术局", ["区科技局"], "science_technology"),
    Agency("swj", "澄洲区商务局", ["区商务局"], "commerce"),
    Agency("tcj", "澄洲区投资促进局", ["区投促局"], "commerce"),
    Agency("rsj", "澄洲区人力资源和社会保障局", ["区人社局"], "human_resources"),
    Agency("jyj", "澄洲区教育局", ["区教育局"], "education"),
    Agency("zfw", "中共澄洲区委政法委员会", ["区委政法委"], "justice"),
    Agency("wjj", "澄洲区卫生健康局", ["区卫健局"], "health"),
    Agency("scj", "澄洲区市场监督管理局", ["区市场监管局"], "market_regulation"),
    Agency("wlj", "澄洲区文化广电旅游体育局", ["区文广旅体局"], "culture_tourism"),
    Agency("mzj", "澄洲区民政局", ["区民政局"], "civil_affairs"),
    Agency("cgj", "澄洲区城市管理和综合执法局", ["区城管执法局"], "housing_construction"),
]
SHORT = {a.aliases[0]: a.code for a in AGENCIES}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "澄洲区推进“人工智能+”行动2026年重点任务分工表"
DOC_NUMBER = "澄府办函〔2026〕7号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Chengzhou District division of the 2026 key tasks for advancing “AI+” — synthetic",
    "issuer": "澄洲区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-06",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"为加快推进全区“人工智能+”行动，推动人工智能与实体经济和社会治理深度融合，经区政府同意，现将《{TITLE}》印发给你们，请各牵头单位会同配合单位细化工作措施，倒排工期，压实责任，确保各项任务按期完成。各牵头单位请于每季度末月25日前将任务推进情况报送区工信局（区“人工智能+”行动工作专班办公室），全年工作总结于2026年12月20日前报送。"
NOTICE2 = "各街道办事处要结合辖区实际，主动对接区级牵头部门，积极承接算力、数据和场景应用等相关任务，推动“人工智能+”行动在基层落地见效。区“人工智能+”行动工作专班办公室将对任务推进情况实行月调度、季通报，并将落实情况纳入年度综合考核。"
GOAL_TEXT = "2026年，全区新增智能算力100P，人工智能核心产业规模达到60亿元，人工智能企业达到120家，打造“人工智能+”应用场景30个以上，人工智能赋能全区经济社会发展取得明显成效。"
GOAL_TARGETS = [
    T(
        "新增智能算力",
        "P",
        "eq",
        100,
        "全区新增智能算力100P",
        kind="computing_power",
        aggregation="flow",
    ),
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        60,
        "人工智能核心产业规模达到60亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能企业", "家", "eq", 120, "人工智能企业达到120家", kind="ai_enterprises"),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        30,
        "打造“人工智能+”应用场景30个以上",
        kind="application_scenarios",
    ),
]
HEADER_ROW = ["序号", "类别", "重点任务", "工作措施及目标", "牵头单位", "配合单位", "完成时限"]
LAST_DAY = {6: 30, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}

# category: (numbering, title, rows)
# row: (task, measures, 牵头 AS PRINTED (None = the lower part of a merged cell), 配合 AS PRINTED, 完成时限 AS PRINTED,
#       resolved BY HAND: lead, supporting, due month (None: no date), targets)
CATEGORIES = [
    (
        "一、",
        "算力和数据底座",
        [
            (
                "建设区智算服务中心",
                "推进澄洲智算服务中心（一期）建成投用，新增智能算力100P，面向辖区中小企业提供普惠算力服务；同步建设算力服务运营平台，发布算力服务目录。",
                "区发改局",
                "区工信局、区数据局",
                "2026年9月底前",
                ["区发改局"],
                ["区工信局", "区数据局"],
                9,
                [],  # 新增智能算力100P: the 主要目标's figure printed again
            ),
            (
                "推动算力资源统筹调度",
                "推动区内政务、企业算力资源接入市算力调度平台，区属算力资源接入率达到90%以上，建立算力供需对接机制，定期发布算力资源供需清单。",
                "同上",
                "同上",
                "2026年12月底前",
                ["区发改局"],
                ["区工信局", "区数据局"],
                12,
                [
                    T(
                        "区属算力资源接入市算力调度平台接入率",
                        "%",
                        "gte",
                        90,
                        "区属算力资源接入率达到90%以上",
                    )
                ],
            ),
            (
                "完善公共数据资源平台",
                "完善区公共数据资源平台，推动高频数据按需共享，常态化开展数据质量评估和问题数据治理，新增共享数据目录200项，开放公共数据集30个。",
                "区数据局",
                "区政务办、各街道办事处",
                "2026年10月底前",
                ["区数据局"],
                ["区政务办", "各街道办事处"],
                10,
                [
                    T(
                        "新增共享数据目录",
                        "项",
                        "eq",
                        200,
                        "新增共享数据目录200项",
                        aggregation="flow",
                    ),
                    T("开放公共数据集", "个", "eq", 30, "开放公共数据集30个"),
                ],
            ),
            (
                "开展数据要素流通试点",
                "探索公共数据授权运营，培育数据商和第三方专业服务机构5家，在交通出行、普惠金融等领域上线数据产品10个。",
                "〃",
                "区发改局、区财政局",
                "〃",
                ["区数据局"],
                ["区发改局", "区财政局"],
                10,
                [
                    T(
                        "培育数据商和第三方专业服务机构",
                        "家",
                        "eq",
                        5,
                        "培育数据商和第三方专业服务机构5家",
                    ),
                    T("上线数据产品", "个", "eq", 10, "上线数据产品10个"),
                ],
            ),
        ],
    ),
    (
        "二、",
        "人工智能产业培育",
        [
            (
                "培育人工智能企业梯队",
                "建立人工智能企业培育库，对入库企业实行“一企一策”精准服务，新培育人工智能规上企业8家，新认定人工智能领域国家高新技术企业15家。",
                "区工信局",
                "区科技局、区商务局",
                "2026年12月底前",
                ["区工信局"],
                ["区科技局", "区商务局"],
                12,
                [
                    T(
                        "新培育人工智能规上企业",
                        "家",
                        "eq",
                        8,
                        "新培育人工智能规上企业8家",
                        kind="ai_enterprises",
                        aggregation="flow",
                    ),
                    T(
                        "新认定人工智能领域国家高新技术企业",
                        "家",
                        "eq",
                        15,
                        "新认定人工智能领域国家高新技术企业15家",
                        kind="ai_enterprises",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "招引人工智能重点项目",
                "聚焦智能终端、行业大模型应用等方向开展精准招商，招引人工智能产业项目12个，其中总投资亿元以上项目3个。",
                None,
                "区投促局、区商务局",
                "同上",
                ["区工信局"],
                ["区投促局", "区商务局"],
                12,
                [
                    T(
                        "招引人工智能产业项目",
                        "个",
                        "eq",
                        12,
                        "招引人工智能产业项目12个",
                        aggregation="flow",
                    ),
                    T(
                        "总投资亿元以上人工智能产业项目",
                        "个",
                        "eq",
                        3,
                        "其中总投资亿元以上项目3个",
                        aggregation="flow",
                        parent="PREV",
                    ),
                ],
            ),
            (
                "建设人工智能产业园",
                "推进澄洲人工智能产业园二期建设，完善孵化、中试、展示等公共服务功能，引进专业化园区运营机构，新增入驻人工智能企业30家。",
                None,
                "同序号5",
                "2026年11月底前",
                ["区工信局"],
                ["区科技局", "区商务局"],
                11,
                [
                    T(
                        "人工智能产业园新增入驻人工智能企业",
                        "家",
                        "eq",
                        30,
                        "新增入驻人工智能企业30家",
                        kind="ai_enterprises",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "开展人工智能技能培训",
                "面向企业职工、高校毕业生开展人工智能应用技能培训2000人次，新增人工智能相关专业技术人才300名。",
                "区人社局",
                "区教育局、区科技局",
                "—〃—",
                ["区人社局"],
                ["区教育局", "区科技局"],
                11,
                [
                    T(
                        "人工智能应用技能培训",
                        "人次",
                        "eq",
                        2000,
                        "开展人工智能应用技能培训2000人次",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T(
                        "新增人工智能相关专业技术人才",
                        "名",
                        "eq",
                        300,
                        "新增人工智能相关专业技术人才300名",
                        kind="talent",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "建设人工智能创新平台",
                "支持企业与高校、科研院所共建联合实验室、新型研发机构，围绕智能终端、行业大模型等方向开展联合攻关，新建市级以上人工智能创新平台4个。",
                "区科技局",
                "区工信局",
                "2026年12月底前",
                ["区科技局"],
                ["区工信局"],
                12,
                [
                    T(
                        "新建市级以上人工智能创新平台",
                        "个",
                        "eq",
                        4,
                        "新建市级以上人工智能创新平台4个",
                        kind="innovation_platforms",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "三、",
        "“人工智能+”场景应用",
        [
            (
                "“AI+政务服务”",
                "依托市政务大模型能力，上线智能客服、智能预审、智能填报等应用，实现政务服务事项智能导办50项，提升企业群众办事体验。",
                "区政务办",
                "区数据局",
                "2026年6月底前",
                ["区政务办"],
                ["区数据局"],
                6,
                [T("政务服务事项智能导办", "项", "eq", 50, "实现政务服务事项智能导办50项")],
            ),
            (
                "“AI+基层治理”",
                "建设街道智能治理平台，汇聚网格、城管、信访等基层治理数据，推动网格事件智能识别、自动分拨，事件自动分拨准确率达到85%以上。",
                "区委政法委",
                "区数据局、各街道办事处",
                "2026年12月底前",
                ["区委政法委"],
                ["区数据局", "各街道办事处"],
                12,
                [T("网格事件自动分拨准确率", "%", "gte", 85, "事件自动分拨准确率达到85%以上")],
            ),
            (
                "“AI+智慧教育”",
                "建设人工智能教育示范校10所，推进人工智能通识课程进中小学课堂，建设区级人工智能教育资源平台，开展教师人工智能应用能力培训。",
                "区教育局",
                "区数据局",
                "2026年8月底前",
                ["区教育局"],
                ["区数据局"],
                8,
                [T("人工智能教育示范校", "所", "eq", 10, "建设人工智能教育示范校10所")],
            ),
            (
                "“AI+医疗健康”",
                "推广人工智能辅助诊断、智能随访、智能导诊等应用，推动区域影像、检验数据互通共享，社区卫生服务中心人工智能辅助诊断应用覆盖率达到100%。",
                "区卫健局",
                "同上",
                "同上",
                ["区卫健局"],
                ["区数据局"],
                8,
                [
                    T(
                        "社区卫生服务中心人工智能辅助诊断应用覆盖率",
                        "%",
                        "eq",
                        100,
                        "社区卫生服务中心人工智能辅助诊断应用覆盖率达到100%",
                    )
                ],
            ),
            (
                "“AI+养老服务”",
                "推广智能健康监测、紧急呼叫、智能陪护等适老化智能产品，建设智慧养老服务站点6个，为辖区独居老人提供智能看护服务。",
                "区民政局",
                "区卫健局、各街道办事处",
                "2026年10月底前",
                ["区民政局"],
                ["区卫健局", "各街道办事处"],
                10,
                [T("智慧养老服务站点", "个", "eq", 6, "建设智慧养老服务站点6个")],
            ),
            (
                "“AI+商贸消费”",
                "培育直播电商、智能导购等人工智能应用企业20家，打造智慧商圈2个，推动传统商贸企业智能化转型，举办人工智能消费体验活动。",
                "区商务局",
                "区市场监管局",
                "2026年12月底前",
                ["区商务局"],
                ["区市场监管局"],
                12,
                [
                    T(
                        "人工智能商贸应用企业",
                        "家",
                        "eq",
                        20,
                        "培育直播电商、智能导购等人工智能应用企业20家",
                    ),
                    T("智慧商圈", "个", "eq", 2, "打造智慧商圈2个"),
                ],
            ),
            (
                "“AI+文化旅游”",
                "打造智慧文旅应用场景5个，推出数字文旅产品10个，建设景区智能导览和客流监测系统。",
                "区文广旅体局",
                "区商务局、区数据局",
                "〃",
                ["区文广旅体局"],
                ["区商务局", "区数据局"],
                12,
                [
                    T(
                        "智慧文旅应用场景",
                        "个",
                        "eq",
                        5,
                        "打造智慧文旅应用场景5个",
                        kind="application_scenarios",
                    ),
                    T("数字文旅产品", "个", "eq", 10, "推出数字文旅产品10个"),
                ],
            ),
            (
                "“AI+城市管理”",
                "推进城市部件智能巡查、占道经营和违规停车智能识别等应用，接入城市管理感知设备5000路，提升城市精细化管理水平。",
                "区城管执法局",
                "区数据局、各街道办事处",
                "〃",
                ["区城管执法局"],
                ["区数据局", "各街道办事处"],
                12,
                [T("接入城市管理感知设备", "路", "eq", 5000, "接入城市管理感知设备5000路")],
            ),
        ],
    ),
    (
        "四、",
        "要素保障",
        [
            (
                "落实算力券等支持政策",
                "落实算力券、模型券支持政策，对企业购买算力和模型服务给予最高50万元补贴，简化申报流程，及时兑现各项扶持资金，提升政策获得感。",
                "区财政局",
                "区发改局、区工信局",
                "全年推进",
                ["区财政局"],
                ["区发改局", "区工信局"],
                None,
                [],  # a subsidy cap: no target
            ),
            (
                "加强督查调度",
                "建立重点任务工作台账，实行月调度、季通报，对进度滞后的任务及时督促提醒，每半年开展一次任务落实情况评估，推动各项任务按期完成。",
                "区工信局",
                "区数据局",
                "同上",
                ["区工信局"],
                ["区数据局"],
                None,
                [],
            ),
        ],
    ),
]

REQUIREMENTS = [
    (
        "压实工作责任",
        "各牵头单位是任务落实的第一责任单位，要对照分工表制定具体推进计划，明确时间表、路线图和责任人；各配合单位要主动对接、密切配合，形成工作合力。涉及多个单位的任务，由牵头单位负责协调，确保责任不悬空、工作不断档。",
    ),
    (
        "加强统筹调度",
        "区“人工智能+”行动工作专班办公室要建立任务台账，实行月调度、季通报，及时协调解决任务推进中的困难问题；重大事项及时提请区政府研究。",
    ),
    (
        "强化考核评价",
        "将任务落实情况纳入区高质量发展综合考核，对推进有力、成效明显的单位予以通报表扬，对进度滞后、推进不力的单位进行督促提醒，确保各项任务按期保质完成。",
    ),
]


def _build():
    blocks = [
        ("head", "澄洲区人民政府办公室"),
        ("docno", DOC_NUMBER),
        ("title", f"澄洲区人民政府办公室关于印发{TITLE}的函"),
        ("addressee", "各街道办事处，区政府各部门、各直属机构："),
        ("body", NOTICE),
        ("body", NOTICE2),
        ("sign", "澄洲区人民政府办公室"),
        ("date", "2026年3月6日"),
        ("body", "（此件公开发布）"),
        ("landscape", ""),
        ("title", TITLE),
        ("body", "主要目标：" + GOAL_TEXT),
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("2026年", GOAL_TEXT, GOAL_TARGETS)]
    rows, merges, sections = [HEADER_ROW], [], []
    n = 0
    for cno, ctitle, items in CATEGORIES:
        first = len(rows)
        tasks = []
        for i, (task, measures, lead_p, sup_p, due_p, lead, sup, month, targets) in enumerate(
            items
        ):
            n += 1
            cells = [task, measures, lead_p or "", sup_p, due_p]
            rows.append([str(n), f"{cno}{ctitle}" if i == 0 else "", *cells])
            tasks.append(
                Task(
                    str(n),
                    task,
                    " ".join(c for c in cells if c),
                    lead=[SHORT[x] for x in lead],
                    supporting=[SHORT[x] for x in sup],
                    due=f"2026-{month:02d}-{LAST_DAY[month]}" if month else None,
                )
            )
            for t in targets:
                assert t.phrase in measures, t.phrase
            if targets:
                goals.append(Goal(task, measures, targets, numbering=str(n)))
        merges.append((first, len(rows) - 1, 1))
        sections.append(Section(cno.strip("、"), cno, ctitle, "key_task", tasks))
    # the 牵头单位 cell of rows 5–7 merged down (区工信局 printed once)
    lead_top = next(r for r, row in enumerate(rows) if row[0] == "5")
    merges.append((lead_top, lead_top + 2, 4))
    blocks.append(("fentable", (rows, merges)))
    blocks.append(("plain", "注：完成时限为“全年推进”的，按季度报送进展情况。"))
    blocks.append(("h1", "工作要求"))
    sg = []
    for title, text in REQUIREMENTS:
        blocks.append(("item", (f"{title}。", text)))
        sg.append(Task(None, title, f"{title}。{text}"))
    sections.append(Section("要求", "", "工作要求", "safeguard", sg))
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "chengzhou-district",
        "name": "澄洲区",
        "name_en": "Chengzhou District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 澄洲区推进“人工智能+”行动2026年重点任务分工表 (澄洲区人民政府办公室, 澄府办函〔2026〕7号, 2026-03-06)
# — SYNTHETIC (synthetic_ck): WRITTEN by the collector (helper blindCK, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_chengzhou.py as .docx, printed to PDF by LibreOffice.
# Zone chengzhou-district (an invented 华南 urban district; its city is not named) → district level; period 2026.
# Outline: head, 发文字号, a covering letter (reporting dates 每季度末月25日前 / 12月20日前: no targets), then a landscape page:
#   title, "主要目标：2026年，…" (→ goal titled 2026年, 4 targets), and the 分工表 (序号 | 类别 | 重点任务 | 工作措施及目标 | 牵头单位 |
#   配合单位 | 完成时限), 19 rows under four 类别 merged down their rows → four key_task sections (一、–四、, titled without the
#   numeral), each row ONE task numbered by its 序号, titled by its 重点任务, text = its cells from 重点任务 to 完成时限 as printed.
#   A 注 line under the table (no task); then "工作要求" and three unnumbered paragraphs led by their names → a safeguard
#   section (no numbering), each paragraph a task titled by its name, no roles (牵头单位负责协调 there is no annotation).
# Roles and dates — the cells REFER BACK; resolved so (SYNTHETIC_CK.md, "Conventions this set adds"): "同上", "〃", "—〃—" =
#   the same column's value in the row above, itself resolved (row 2: 区发改局 / 区工信局、区数据局; row 4: 区数据局, due 10月底;
#   row 8: due 11月底 from row 7; row 13: 区数据局, due 8月底 from row 12; row 16: due 12月底 from row 15; row 17's 〃 under
#   row 16's 〃: 12月底 too; row 19: 全年推进 → no due); the 牵头单位 cell merged over rows 5–7 → 区工信局 leads each of the
#   three; "同序号5" (row 7's 配合单位) = row 5's cell (区科技局、区商务局). 牵头单位 → lead, 配合单位 → supporting. 各街道办事处
#   one collective agency; 区委政法委 (a party body) leads row 11.
# due = the 完成时限's month end (2026年9月底前 → 2026-09-30); 全年推进 → none.
# Targets: the 主要目标 paragraph's four (2026); every row holding figures is also a goal titled like its 重点任务 (text = its
#   工作措施及目标 cell), figures due 2026. Row 1's 新增智能算力100P restates the goals (no second target). 其中总投资亿元以上项目3个
#   → parent = the 12 projects. 新增 / 新培育 / 新认定 / 招引 / 入驻 / 培训 / 新建 counts → flow; the rest stock. Not targets: the 50万元
#   subsidy cap (row 16), the reporting dates.
"""

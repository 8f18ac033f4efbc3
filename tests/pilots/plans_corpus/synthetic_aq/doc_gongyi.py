# ruff: noqa: E501  (plan text as the office writes it)
"""巩义市2026年“人工智能+”工作要点 — INVENTED (synthetic_aq). A Word file (python-docx): 一、工作目标 of
an opening sentence and four "——X。" lines (the last without a figure) whose figures are written in Chinese numerals (十二亿元,
三百P, 百分之七十 in a task); 二、重点任务 opens on a rule stated once ("责任单位中排在首位的为牵头单位"; the
towns and sub-districts answer for every task, "不再一一列出"), then four groups （一）–（四） of items
1.–15. numbered on, each followed by its own paragraph "责任单位：X、Y；完成时限：2026年N月底前";
三、工作要求 one unnumbered paragraph (no task)."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "gongyi-ai-plus-work-points-2026-synthetic"
KIND = "docx"

A = [
    ("fgw", "巩义市发展和改革委员会", "市发展改革委", "development_reform"),
    ("gxj", "巩义市工业和信息化局", "市工业和信息化局", "industry_it"),
    ("sjj", "巩义市数据局", "市数据局", "big_data"),
    ("kjj", "巩义市科学技术局", "市科技局", "science_technology"),
    ("swj", "巩义市商务局", "市商务局", "commerce"),
    ("jyj", "巩义市教育局", "市教育局", "education"),
    ("wjw", "巩义市卫生健康委员会", "市卫生健康委", "health"),
    ("ybj", "巩义市医疗保障局", "市医疗保障局", "health"),
    ("spj", "巩义市行政审批服务局", "市行政审批服务局", "government_services"),
    ("cgj", "巩义市城市管理局", "市城市管理局", "housing_construction"),
    ("gaj", "巩义市公安局", "市公安局", "public_security"),
    ("yjj", "巩义市应急管理局", "市应急管理局", "emergency"),
    ("rsj", "巩义市人力资源和社会保障局", "市人力资源社会保障局", "human_resources"),
    ("xcb", "中共巩义市委宣传部", "市委宣传部", "publicity"),
    ("wgl", "巩义市文化广电和旅游局", "市文化广电和旅游局", "culture_tourism"),
    ("wxb", "中共巩义市委网络安全和信息化委员会办公室", "市委网信办", "publicity"),
    ("zj", "巩义市各镇人民政府、街道办事处", "各镇人民政府、街道办事处", "local_government"),
]
AGENCIES = [
    Agency(code, name, [alias] if alias != name else [], cat) for code, name, alias, cat in A
]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "巩义市2026年“人工智能+”工作要点"
DOC_NUMBER = "巩政办〔2026〕11号"
ISSUER = "巩义市人民政府办公室"

PREAMBLE = "2026年是深入实施“人工智能+”行动的关键之年。为加快推动人工智能与我市铝精深加工、耐火材料、装备制造等产业深度融合，促进人工智能在民生服务和城市治理领域广泛应用，加快建设郑州都市圈人工智能融合应用示范城市，根据《郑州市“人工智能+”行动方案》有关要求，结合我市实际，制定本工作要点。"
GOAL_OPEN = "2026年，全市人工智能与实体经济融合发展取得新突破，产业基础进一步夯实，应用场景进一步丰富，创新生态进一步优化，重点实现以下目标："
# (title, rest, targets)
GOAL_LINES = [
    (
        "产业规模持续扩大",
        "人工智能相关企业达到六十家，人工智能核心产业营业收入突破十二亿元。",
        [
            Target(
                "人工智能相关企业",
                "家",
                "eq",
                60,
                "人工智能相关企业达到六十家",
                kind="ai_enterprises",
            ),
            Target(
                "人工智能核心产业营业收入",
                "亿元",
                "gt",
                12,
                "人工智能核心产业营业收入突破十二亿元",
                kind="ai_industry_scale",
            ),
        ],
    ),
    (
        "融合应用加快拓展",
        "新打造“人工智能+”应用场景二十五个，新增省级智能工厂（智能车间）八个以上。",
        [
            Target(
                "新打造“人工智能+”应用场景",
                "个",
                "eq",
                25,
                "新打造“人工智能+”应用场景二十五个",
                aggregation="flow",
                kind="application_scenarios",
            ),
            Target(
                "新增省级智能工厂（智能车间）",
                "个",
                "gte",
                8,
                "新增省级智能工厂（智能车间）八个以上",
                aggregation="flow",
            ),
        ],
    ),
    (
        "基础支撑不断夯实",
        "智能算力规模达到三百P，建成行业高质量数据集五个。",
        [
            Target("智能算力规模", "P", "eq", 300, "智能算力规模达到三百P", kind="computing_power"),
            Target("行业高质量数据集", "个", "eq", 5, "建成行业高质量数据集五个"),
        ],
    ),
    (
        "创新生态持续优化",
        "人工智能政策体系更加完善，产学研用协同创新机制基本建立，人才、资金、数据等要素保障能力明显增强，全社会应用人工智能的意识和能力显著提升。",
        [],
    ),
]
REVIEW = "2025年，全市深入推进制造业数字化转型，人工智能相关企业达到四十二家，建成市级智算中心一期，智能算力规模达到一百二十P，铝精深加工、耐火材料等行业建成一批智能工厂和数字化车间，人工智能应用场景不断拓展，为全面实施“人工智能+”行动打下了坚实基础。同时也要看到，我市人工智能产业规模总体偏小，龙头企业带动作用不强，中小企业“不敢转、不会转”问题依然存在，专业人才和高质量数据供给不足，需要在新的一年集中力量加以解决。"
EXTRA = {
    "1.": "加强与郑州市算力调度平台对接，推动跨区域算力协同调度，探索建立算力服务计价和结算机制。年内完成智算中心二期主体工程建设并投入试运行。",
    "2.": "完善公共数据资源目录，推动工业、交通、医疗等领域数据依法有序开放，培育数据标注、数据治理等服务企业。推动重点企业开展数据管理能力成熟度评估贯标。",
    "3.": "组建人工智能专家服务团，深入重点企业开展“一企一策”诊断服务，帮助企业找准应用场景和改造路径。支持赋能中心与高校、科研院所共建联合实验室，开展共性技术攻关。",
    "4.": "支持龙头企业建设行业工业互联网平台，带动上下游中小企业“链式”转型，提升产业链整体智能化水平。推动铝精深加工产业链上下游企业数据互通、协同制造。",
    "5.": "支持企业与科研院所合作开发耐火材料配方设计模型，缩短新产品研发周期，提升产品质量稳定性。推动耐火材料企业建设产品全生命周期质量追溯系统。",
    "6.": "对新认定的智能工厂、智能车间，按照有关政策给予奖励，引导企业持续加大智能化改造投入。组织企业赴先进地区观摩学习，推广智能工厂建设经验。鼓励已建成智能工厂的企业开放参观，发挥示范带动作用，引导更多中小企业对标提升、加快转型。",
    "7.": "建立重点项目全生命周期服务机制，推动签约项目早开工、早投产、早见效。完善招商项目库，动态更新重点招商目标企业名单。",
    "8.": "开展中小学生人工智能创新实践活动，组织教师参加人工智能教学能力提升培训。推动人工智能助教、智能学情分析等应用在课堂教学中落地。",
    "9.": "推动市级医院与基层医疗卫生机构远程会诊、影像互认，提升基层群众就医便利度。推动居民电子健康档案与人工智能健康管理服务融合应用。",
    "10.": "推动“高效办成一件事”与智能导办深度融合，实现更多事项“免证办”“就近办”“掌上办”。在市民之家设置人工智能服务体验区。加强政务服务知识库建设，提升智能客服答复准确率。",
    "11.": "完善城市运行管理服务平台功能，推动问题发现、派单处置、结果反馈全流程闭环管理。在重点路段和易涝点位部署智能感知设备，提升城市安全运行保障水平。",
    "11a": "鼓励文旅企业运用生成式人工智能开发数字文创产品，丰富沉浸式体验和夜间消费场景。推动景区门票预约、停车引导、游客服务数据互联互通。",
    "13a": "建立人工智能安全事件应急处置机制，引导企业落实安全主体责任。开展人工智能安全宣传教育，提升群众防范意识。",
    "12.": "鼓励企业与职业院校开展订单式培养，建立人工智能技能人才评价和激励机制。组织开展人工智能职业技能竞赛，选树一批技能人才典型。",
    "13.": "通过新闻媒体、政务新媒体等渠道加强政策解读，营造全社会关心支持人工智能发展的良好氛围。组织企业参加中国国际智能产业博览会等展会活动。",
}

RULE = "各项任务责任单位中排在首位的为牵头单位。各镇人民政府、街道办事处负责抓好辖区内各项任务落实，以下不再一一列出。"
ZJ = "各镇人民政府、街道办事处"

# (group numbering, group title, [(no, title, rest, units, due label, due, targets)])
GROUPS = [
    (
        "（一）",
        "强化算力和数据支撑",
        [
            (
                "1.",
                "推进算力基础设施建设",
                "加快巩义市智算中心二期建设，年内新增智能算力一百五十P，推动算力资源向中小企业开放共享，降低企业用算成本。",
                ["市发展改革委", "市工业和信息化局", "市数据局"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "新增智能算力",
                        "P",
                        "eq",
                        150,
                        "年内新增智能算力一百五十P",
                        aggregation="flow",
                        kind="computing_power",
                    )
                ],
            ),
            (
                "2.",
                "开展行业数据集建设",
                "围绕铝精深加工、耐火材料等重点产业，组织龙头企业、科研机构建成行业高质量数据集五个，探索数据资源入表和数据产品交易。",
                ["市数据局", "市工业和信息化局"],
                "2026年10月底前",
                "2026-10-31",
                [],
            ),
            (
                "3.",
                "建设人工智能赋能中心",
                "依托市产业技术研究院建设人工智能赋能中心，为企业提供诊断咨询、模型适配、方案设计等服务，全年服务企业不少于一百家次。",
                ["市科技局", "市工业和信息化局"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "人工智能赋能中心服务企业",
                        "家次",
                        "gte",
                        100,
                        "全年服务企业不少于一百家次",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "（二）",
        "推进产业智能化改造",
        [
            (
                "4.",
                "推进铝精深加工智能化改造",
                "支持铝板带箔企业应用智能排产、表面缺陷检测、能耗优化等技术，实施智能化改造项目二十个以上。",
                ["市工业和信息化局", "市发展改革委"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "铝精深加工智能化改造项目",
                        "个",
                        "gte",
                        20,
                        "实施智能化改造项目二十个以上",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "5.",
                "推进耐火材料产业智能升级",
                "推动耐火材料企业开展窑炉智能控制、配料智能优化，培育数字化转型标杆企业五家。",
                ["市工业和信息化局", "市科技局"],
                "2026年11月底前",
                "2026-11-30",
                [
                    Target(
                        "耐火材料数字化转型标杆企业",
                        "家",
                        "eq",
                        5,
                        "培育数字化转型标杆企业五家",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "6.",
                "开展智能工厂梯度培育",
                "建立智能工厂培育库，力争新增省级智能工厂（智能车间）八个以上，认定市级智能车间十五个。",
                ["市工业和信息化局"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "认定市级智能车间",
                        "个",
                        "eq",
                        15,
                        "认定市级智能车间十五个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "7.",
                "加大人工智能项目招引力度",
                "围绕智能装备、工业软件、数据服务等领域开展精准招商，全年签约人工智能相关项目十个以上，其中亿元以上项目不少于三个。",
                ["市商务局", "市工业和信息化局"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "签约人工智能相关项目",
                        "个",
                        "gte",
                        10,
                        "全年签约人工智能相关项目十个以上",
                        aggregation="flow",
                    ),
                    Target(
                        "签约亿元以上人工智能相关项目",
                        "个",
                        "gte",
                        3,
                        "其中亿元以上项目不少于三个",
                        aggregation="flow",
                        parent="PREV",
                    ),
                ],
            ),
        ],
    ),
    (
        "（三）",
        "拓展民生和治理应用",
        [
            (
                "8.",
                "推进智慧教育",
                "在中小学开设人工智能通识课程，建设人工智能教育示范校十所，推动优质数字教育资源向农村学校延伸。",
                ["市教育局"],
                "2026年9月底前",
                "2026-09-30",
                [Target("人工智能教育示范校", "所", "eq", 10, "建设人工智能教育示范校十所")],
            ),
            (
                "9.",
                "推进智慧医疗",
                "推广人工智能辅助诊断、智能影像和智能随访，基层医疗卫生机构人工智能辅助诊断覆盖率达到百分之七十。",
                ["市卫生健康委", "市医疗保障局"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "基层医疗卫生机构人工智能辅助诊断覆盖率",
                        "%",
                        "eq",
                        70,
                        "基层医疗卫生机构人工智能辅助诊断覆盖率达到百分之七十",
                    )
                ],
            ),
            (
                "10.",
                "推进政务服务智能化",
                "上线政务服务智能客服和智能导办系统，实现智能导办的高频政务服务事项不少于一百项。",
                ["市行政审批服务局", "市数据局"],
                "2026年8月底前",
                "2026-08-31",
                [
                    Target(
                        "智能导办高频政务服务事项",
                        "项",
                        "gte",
                        100,
                        "实现智能导办的高频政务服务事项不少于一百项",
                    )
                ],
            ),
            (
                "11a",
                "推进智慧文旅",
                "推动杜甫故里、康百万庄园等景区应用智能导览、客流监测和智能安防，打造智慧景区三个，推出“游巩义”智能导游服务。",
                ["市文化广电和旅游局", "市数据局"],
                "2026年10月底前",
                "2026-10-31",
                [Target("智慧景区", "个", "eq", 3, "打造智慧景区三个")],
            ),
            (
                "11.",
                "推进城市治理智能化",
                "运用视频智能分析、物联感知等技术，提升占道经营、渣土运输、防汛排涝等事项的智能发现和处置能力。",
                ["市城市管理局", "市公安局", "市应急管理局"],
                "2026年12月底前",
                "2026-12-31",
                [],
            ),
        ],
    ),
    (
        "（四）",
        "优化发展环境",
        [
            (
                "12.",
                "加强人工智能人才培养",
                "依托职业院校和龙头企业建设人工智能实训基地，全年开展人工智能技能培训二千人次。",
                ["市人力资源社会保障局", "市教育局"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "人工智能技能培训",
                        "人次",
                        "eq",
                        2000,
                        "全年开展人工智能技能培训二千人次",
                        aggregation="flow",
                        kind="talent",
                    )
                ],
            ),
            (
                "13a",
                "加强人工智能安全治理",
                "落实生成式人工智能服务管理有关规定，开展算法备案和数据安全检查，依法打击利用人工智能实施的电信网络诈骗等违法犯罪活动。",
                ["市委网信办", "市公安局", "市数据局"],
                "2026年12月底前",
                "2026-12-31",
                [],
            ),
            (
                "13.",
                "营造良好发展氛围",
                "举办人工智能应用供需对接活动四场，宣传推广一批典型案例。",
                ["市工业和信息化局", "市科技局", "市委宣传部"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "人工智能应用供需对接活动",
                        "场",
                        "eq",
                        4,
                        "举办人工智能应用供需对接活动四场",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
]

REQUIREMENTS = "各镇（街道）、各部门要高度重视“人工智能+”工作，明确分管领导和具体责任人，细化工作举措，每季度末将工作进展报送市工业和信息化局。市工业和信息化局要加强统筹调度，对工作推进不力的单位及时督促提醒。市财政局要统筹做好资金保障，市数据局要加强数据安全监管，市委宣传部要加强宣传引导。各责任单位要于每年12月10日前报送全年工作总结，市工业和信息化局汇总后报市政府。市政府督查室将把“人工智能+”重点任务纳入年度督查计划，对任务完成情况进行跟踪督导，督导结果作为年度目标考核的重要依据。各牵头单位要主动加强与上级部门的沟通对接，积极争取政策、资金和项目支持，确保各项任务按时保质完成。"

ANNEX_TITLE = "巩义市2026年“人工智能+”主要指标分解表"
ANNEX = [
    ["序号", "指标名称", "单位", "2026年目标", "责任单位"],
    ["1", "人工智能相关企业", "家", "60", "市工业和信息化局"],
    ["2", "人工智能核心产业营业收入", "亿元", "12", "市工业和信息化局、市发展改革委"],
    ["3", "新打造“人工智能+”应用场景", "个", "25", "市工业和信息化局、市数据局"],
    ["4", "新增省级智能工厂（智能车间）", "个", "8", "市工业和信息化局"],
    ["5", "智能算力规模", "P", "300", "市发展改革委、市数据局"],
    ["6", "行业高质量数据集", "个", "5", "市数据局"],
]


def annotation(units, due_label):
    return f"责任单位：{'、'.join(units)}；完成时限：{due_label}"


def _build():
    blocks = [
        ("head", "巩义市人民政府办公室"),
        ("docno", DOC_NUMBER),
        ("title", "巩义市人民政府办公室关于印发巩义市2026年“人工智能+”工作要点的通知"),
        ("addressee", "各镇人民政府、街道办事处，市人民政府各部门，各有关单位："),
        (
            "body",
            "《巩义市2026年“人工智能+”工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。各镇（街道）、各部门要按照职责分工，抓紧制定具体工作方案，明确责任人和时间节点，于3月15日前将工作方案报送市工业和信息化局。工作中遇到的重大问题，请及时向市政府报告。",
        ),
        ("sign", ISSUER),
        ("date", "2026年2月26日"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", REVIEW),
        ("body", PREAMBLE),
        ("h1", "一、工作目标"),
        ("body", GOAL_OPEN),
    ]
    goals = []
    for title, rest, targets in GOAL_LINES:
        line = f"——{title}。{rest}"
        blocks.append(("body", line))
        if targets:
            goals.append(Goal(title, f"{title}。{rest}", targets, numbering="——"))
    blocks += [("h1", "二、重点任务"), ("body", RULE)]
    subs = []
    counter = 0
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for key, title, rest, units, due_label, due, targets in items:
            counter += 1
            no = f"{counter}."
            body = f"{title}。{rest}{EXTRA[key]}"
            note = annotation(units, due_label)
            blocks.append(("body", f"{no}{body}"))
            blocks.append(("body", note))
            lead, *others = units
            tasks.append(
                Task(
                    no,
                    title,
                    f"{body}\n{note}",
                    lead=[ALIAS[lead]],
                    responsible=[ALIAS[n] for n in others] + [ALIAS[ZJ]],
                    due=due,
                )
            )
            if targets:
                goals.append(Goal(title, body, targets, numbering=no))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    blocks += [
        ("h1", "三、工作要求"),
        ("body", REQUIREMENTS),
        ("pagebreak", ""),
        ("addressee", "附件"),
        ("caption", ANNEX_TITLE),
        ("table", ANNEX),
    ]
    sections = [Section("二", "二、", "重点任务", "key_task", sections=subs)]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Gongyi “AI+” work points for 2026 — synthetic",
    "issuer": ISSUER,
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-26",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.docx",
}

EXTRACTION = {
    "zone": {"slug": "gongyi-city", "name": "巩义市", "name_en": "Gongyi", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 巩义市2026年“人工智能+”工作要点 (巩义市人民政府办公室, 巩政办〔2026〕11号, 2026-02-26) — SYNTHETIC (synthetic_aq): WRITTEN by the
# collector (helper blindAQ, 2026-12-05) before reading or running the importer; no such document is claimed to exist.
# Built by make_files.py from doc_gongyi.py as a Word file (python-docx, 公文 fonts, footer "— N —").
# Zone gongyi-city (河南, a county-level city of 郑州 → city level, SOURCES.md); a one-year plan: period 2026–2026, every figure due 2026.
# Outline: notice, title, a paragraph reviewing 2025 (四十二家, 一百二十P: baselines, no target), preamble, 一、工作目标 = an opening sentence (no figure) and four lines "——标题。正文"; the three with figures → three goals numbered
#   "——", titled by the line's phrase before "。" (the text without the dash); the fourth (创新生态持续优化) has no figure → no goal; figures in Chinese numerals (六十家 → 60, 十二亿元 → 12,
#   三百P → 300; 百分之七十 in task 9. → 70 %). 二、重点任务 = a rule paragraph, then groups （一）–（四） (sub-sections) of items
#   1.–15. numbered on, each followed by its own paragraph "责任单位：X、Y；完成时限：2026年N月底前" (the task text includes it, after a line
#   break). 三、工作要求 = one unnumbered paragraph → no task, no section.
#   附件 = 主要指标分解表 (序号 | 指标名称 | 单位 | 2026年目标 | 责任单位): each row repeats a goal line's figure (60, 12, 25, 8, 300, 5) →
#   no target of its own; its 责任单位 column names bodies for indicators, not tasks → no task, no assignment.
# Roles: the rule "责任单位中排在首位的为牵头单位" → the first unit lead, the others responsible (SOURCES.md "列第一位的为牵头单位");
#   "各镇人民政府、街道办事处负责抓好辖区内各项任务落实，以下不再一一列出" → that collective (ONE agency, SOURCES.md) responsible in
#   every task 1.–15. Due: 完成时限 "2026年N月底前" → the month's last day.
# Targets: the goal lines' six. 新打造…场景 / 新增…智能工厂 are done within the year → flow; 企业 count, 算力规模, 数据集 built → stock.
#   Task 2.'s "建成行业高质量数据集五个" and task 6.'s "新增省级智能工厂（智能车间）八个以上" repeat goal figures (same value, unit, year) →
#   ONE target each, kept in the goals (SOURCES.md "A figure printed twice"); task 2. is then no goal; task 6. is a goal for its 市级
#   智能车间十五个 only. Task 1.'s 新增智能算力一百五十P counts an increment → a target of its own (flow). Work done within the year
#   (改造项目, 签约项目, 培训, 活动, 服务家次, 培育标杆企业, 认定车间) → flow; 其中亿元以上项目 → parent of the one before.
"""

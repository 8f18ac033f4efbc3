# ruff: noqa: E501  (plan text as the office writes it)
"""滍川区2026年“人工智能+”行动挂图作战项目清单 — INVENTED (synthetic_cm). Built as .docx and printed to PDF by LibreOffice:
a short notice of the district's 专班, the 清单's title, a 2026 goals paragraph and a count of the cards, then two groups
一、产业发展类 / 二、治理服务类 of PROJECT CARDS 项目卡01–08 numbered on across the groups, each a caption line and a small
bordered two-column table (label | content: 项目名称 / 工作目标 / 主要举措 / 进度安排 / 牵头单位 / 配合单位 (or 责任单位) /
责任人 / 完成时限) one after another; rows may break over the page end. A 填报说明 closes the list."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "zhichuan-ai-plus-battle-map-list-2026-synthetic"
KIND = "pdf"

A = {
    "区发改委": ("fgw", "滍川区发展和改革委员会", "development_reform"),
    "区工信局": ("gxj", "滍川区工业和信息化局", "industry_it"),
    "区财政局": ("czj", "滍川区财政局", "finance"),
    "滍川经开区管委会": ("kfq", "滍川经济技术开发区管理委员会", "park_administration"),
    "区科技局": ("kjj", "滍川区科学技术局", "science_technology"),
    "区商务局": ("swj", "滍川区商务局", "commerce"),
    "区人社局": ("rsj", "滍川区人力资源和社会保障局", "human_resources"),
    "区教育局": ("jyj", "滍川区教育局", "education"),
    "区总工会": ("zgh", "滍川区总工会", "other"),
    "区数据局": ("sjj", "滍川区数据局", "big_data"),
    "区政务服务中心": ("zwzx", "滍川区政务服务中心", "government_services"),
    "区委网信办": ("wxb", "中共滍川区委网络安全和信息化委员会办公室", "publicity"),
    "各街道办事处": ("jd", "滍川区各街道办事处", "local_government"),
    "区卫健委": ("wjw", "滍川区卫生健康委员会", "health"),
    "区医保局": ("ybj", "滍川区医疗保障局", "health"),
    "区城市管理局": ("cgj", "滍川区城市管理局", "housing_construction"),
    "区公安分局": ("gafj", "滍川区公安分局", "public_security"),
    "区住建局": ("zjj", "滍川区住房和城乡建设局", "housing_construction"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
CODE = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "滍川区2026年“人工智能+”行动挂图作战项目清单"
DOC_NUMBER = "滍人智专班〔2026〕2号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Zhichuan District “AI+” action battle-map project list for 2026 — synthetic",
    "issuer": "滍川区“人工智能+”行动工作专班",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-27",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"现将《{TITLE}》印发给你们。请各牵头单位对照项目卡，逐项建立工作台账，按月挂图、对表推进，每月25日前将项目进展情况及佐证材料报区“人工智能+”行动工作专班办公室（区工信局）。专班办公室将按月更新作战图，对进度滞后的项目卡实行红黄牌督办。"
BASE_TEXT = "2025年，全区人工智能核心产业营业收入达到21.6亿元，人工智能企业达到46家，智能算力规模达到120P，“人工智能+”应用场景累计上线18个，但龙头企业少、场景开放不够、专业人才短缺等问题仍较突出。"
GOAL_TEXT = "2026年，全区人工智能核心产业营业收入突破30亿元，新增人工智能企业20家，新打造“人工智能+”应用场景30个，智能算力规模达到300P。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业营业收入",
        "亿元",
        "gt",
        30,
        "全区人工智能核心产业营业收入突破30亿元",
        kind="ai_industry_scale",
    ),
    T(
        "新增人工智能企业",
        "家",
        "eq",
        20,
        "新增人工智能企业20家",
        kind="ai_enterprises",
        aggregation="flow",
    ),
    T(
        "新打造“人工智能+”应用场景",
        "个",
        "eq",
        30,
        "新打造“人工智能+”应用场景30个",
        kind="application_scenarios",
        aggregation="flow",
    ),
    T("智能算力规模", "P", "eq", 300, "智能算力规模达到300P", kind="computing_power"),
]
CARDS_INTRO = "围绕上述目标，全年共确定8张项目卡，实行“一个项目、一张卡片、一名责任人、一抓到底”。"

# group: (numbering, title, cards); card: (title, goal, measures, schedule, roles, person, due printed, due iso, targets)
# roles: ("牵头", lead, supporting) or ("责任", responsible)
GROUPS = [
    (
        "一、",
        "产业发展类（4张）",
        [
            (
                "滍川区智算服务平台建设",
                "2026年底前建成区智算服务平台，新增智能算力100P，为中小企业提供普惠算力服务200家次以上。",
                "依托滍川经开区数据中心，采取“国企建设、市场运营”模式建设智算服务平台，项目总投资3.2亿元；落实算力券政策，对企业使用平台算力给予不超过30%的费用补贴；建立算力供需对接清单，定期组织算力供需对接活动。",
                "3月底前完成实施方案编制；6月底前完成设备采购招标，累计完成投资的40%；9月底前完成主体设备安装调试；12月底前建成投运，新增智能算力100P。",
                ("牵头", ["区发改委"], ["区工信局", "区财政局", "滍川经开区管委会"]),
                "区发改委主任",
                "2026年12月31日",
                "2026-12-31",
                [
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
                        "普惠算力服务中小企业",
                        "家次",
                        "gte",
                        200,
                        "为中小企业提供普惠算力服务200家次以上",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "工业企业智能化改造提升",
                "全年实施工业企业智能化改造项目40个，新增省级智能工厂3家、省级数字化车间10个，规上工业企业关键工序数控化率达到65%。",
                "组织服务商对规上工业企业开展免费诊断，“一企一策”制定改造方案；对完成改造并通过验收的项目，按设备投资额的8%给予奖补，最高不超过100万元；组织开展智能制造现场观摩会。",
                "一季度完成企业诊断60家；二季度开工项目数达到全年任务的50%，三季度达到80%；四季度全部完工并组织验收，完成省级智能工厂和数字化车间申报。",
                ("牵头", ["区工信局"], ["区科技局", "区财政局"]),
                "区工信局局长",
                "2026年12月31日",
                "2026-12-31",
                [
                    T(
                        "实施工业企业智能化改造项目",
                        "个",
                        "eq",
                        40,
                        "全年实施工业企业智能化改造项目40个",
                        aggregation="flow",
                    ),
                    T("新增省级智能工厂", "家", "eq", 3, "新增省级智能工厂3家", aggregation="flow"),
                    T(
                        "新增省级数字化车间",
                        "个",
                        "eq",
                        10,
                        "省级数字化车间10个",
                        aggregation="flow",
                    ),
                    T(
                        "规上工业企业关键工序数控化率",
                        "%",
                        "eq",
                        65,
                        "规上工业企业关键工序数控化率达到65%",
                    ),
                ],
            ),
            (
                "人工智能企业招引培育",
                "全年新增人工智能企业20家，签约落地人工智能产业项目15个，培育人工智能领域高新技术企业8家。",
                "围绕智能装备、智能网联汽车零部件和人工智能软件，编制产业链招商图谱，开展“走出去”精准招商；建立人工智能企业培育库，对新认定的高新技术企业给予一次性奖励20万元。",
                "一季度建立招商项目库和企业培育库；上半年签约项目不少于7个；三季度完成高新技术企业申报辅导；12月底前完成全年任务。",
                ("责任", ["区商务局", "区科技局"]),
                "区政府分管副区长",
                "2026年12月31日",
                "2026-12-31",
                [
                    T(
                        "签约落地人工智能产业项目",
                        "个",
                        "eq",
                        15,
                        "签约落地人工智能产业项目15个",
                        aggregation="flow",
                    ),
                    T(
                        "人工智能领域高新技术企业",
                        "家",
                        "eq",
                        8,
                        "培育人工智能领域高新技术企业8家",
                        kind="ai_enterprises",
                    ),
                ],
            ),
            (
                "人工智能技能人才实训基地建设",
                "11月底前建成滍川人工智能技能实训基地1个，全年开展人工智能应用技能培训3000人次。",
                "联合区职业教育中心和本地龙头企业共建实训基地，开设数据标注、工业视觉、智能运维等实训课程；将人工智能技能培训纳入职业技能提升行动补贴范围。",
                "4月底前完成基地选址和建设方案；8月底前完成实训设备安装；11月底前基地投入使用；全年培训分两期实施，上半年完成1200人次。",
                ("牵头", ["区人社局"], ["区教育局", "区总工会"]),
                "区人社局局长",
                "2026年11月30日",
                "2026-11-30",
                [
                    T("人工智能技能实训基地", "个", "eq", 1, "建成滍川人工智能技能实训基地1个"),
                    T(
                        "人工智能应用技能培训",
                        "人次",
                        "eq",
                        3000,
                        "全年开展人工智能应用技能培训3000人次",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
    (
        "二、",
        "治理服务类（4张）",
        [
            (
                "“滍川政务助手”上线运行",
                "9月底前上线“滍川政务助手”，接入政务服务事项500项，智能问答准确率达到90%以上。",
                "依托政务服务大模型，构建政务服务知识库，提供智能问答、智能导办、材料预审等服务；推动“政务助手”在区政务服务中心、各街道便民服务中心和移动端同步上线。",
                "4月底前完成政务知识库和语料治理；6月底前试运行；9月底前正式上线；四季度月均服务量达到2万人次。",
                ("牵头", ["区数据局"], ["区政务服务中心", "区委网信办"]),
                "区数据局局长",
                "2026年9月30日",
                "2026-09-30",
                [
                    T("“滍川政务助手”接入政务服务事项", "项", "eq", 500, "接入政务服务事项500项"),
                    T("“滍川政务助手”智能问答准确率", "%", "gte", 90, "智能问答准确率达到90%以上"),
                ],
            ),
            (
                "“AI+智慧课堂”建设",
                "秋季开学前建成智慧课堂120间，全区中小学人工智能教育课程开设率达到100%。",
                "为中小学配备智慧黑板、学习分析终端等设备，推广人工智能助教应用；编写区本人工智能教育读本，配齐人工智能教育专任或兼任教师。",
                "5月底前完成设备采购；7月底前完成安装调试；8月底前完成教师培训；秋季学期全面开课。",
                ("牵头", ["区教育局"], ["区财政局", "各街道办事处"]),
                "区教育局局长",
                "2026年8月31日",
                "2026-08-31",
                [
                    T("智慧课堂", "间", "eq", 120, "建成智慧课堂120间"),
                    T(
                        "中小学人工智能教育课程开设率",
                        "%",
                        "eq",
                        100,
                        "全区中小学人工智能教育课程开设率达到100%",
                    ),
                ],
            ),
            (
                "“AI+智慧医疗”推广应用",
                "全区基层医疗卫生机构人工智能辅助诊断覆盖率达到80%，全年提供人工智能辅助诊断服务10万人次。",
                "在区人民医院建设区域影像诊断中心，为基层医疗卫生机构提供人工智能辅助阅片服务；推广智能随访、慢病管理等应用，推进检查检验结果互认。",
                "3月底前完成区域影像诊断中心系统部署；二季度覆盖率达到40%，三季度达到60%；年底前达到80%。",
                ("牵头", ["区卫健委"], ["区医保局"]),
                "区卫健委主任",
                "2026年12月31日",
                "2026-12-31",
                [
                    T(
                        "基层医疗卫生机构人工智能辅助诊断覆盖率",
                        "%",
                        "eq",
                        80,
                        "全区基层医疗卫生机构人工智能辅助诊断覆盖率达到80%",
                    ),
                    T(
                        "人工智能辅助诊断服务",
                        "人次",
                        "eq",
                        100000,
                        "全年提供人工智能辅助诊断服务10万人次",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "城市智能治理“一网统管”",
                "年底前接入视频监控资源1.2万路，上线城市治理智能识别算法30个，城市管理问题智能发现率达到60%以上。",
                "建设区城市运行管理中心和算法仓，对占道经营、渣土撒漏、井盖缺失等问题实行智能发现、自动派单、闭环处置；推动街道、社区网格员使用移动端协同处置。",
                "一季度完成视频资源普查；二季度接入6000路；三季度上线算法20个；四季度完成全部接入和算法上线。",
                ("牵头", ["区城市管理局"], ["区公安分局", "区住建局", "各街道办事处"]),
                "区城市管理局局长",
                "2026年12月31日",
                "2026-12-31",
                [
                    T("接入视频监控资源", "路", "eq", 12000, "接入视频监控资源1.2万路"),
                    T("城市治理智能识别算法", "个", "eq", 30, "上线城市治理智能识别算法30个"),
                    T(
                        "城市管理问题智能发现率",
                        "%",
                        "gte",
                        60,
                        "城市管理问题智能发现率达到60%以上",
                    ),
                ],
            ),
        ],
    ),
]

NOTES = [
    "填报说明：",
    "1.进度安排中的百分比为该项目占全年任务量的比例，各牵头单位按月对照填报完成情况。",
    "2.项目卡内容确需调整的，由牵头单位书面报区专班办公室审核后调整。",
    "3.配合单位按照职责分工主动对接牵头单位，每月20日前向牵头单位提供进展情况。",
]


def _build():
    blocks = [
        ("head", "滍川区“人工智能+”行动工作专班"),
        ("docno", DOC_NUMBER),
        ("title", f"关于印发《{TITLE}》的通知"),
        ("addressee", "各街道办事处，滍川经开区管委会，区直各有关单位："),
        ("body", NOTICE),
        ("sign", "滍川区“人工智能+”行动工作专班"),
        ("date", "2026年2月27日"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", "工作基础：" + BASE_TEXT),
        ("body", "一年目标：" + GOAL_TEXT),
        ("body", CARDS_INTRO),
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("2026年", GOAL_TEXT, GOAL_TARGETS)]
    sections = []
    n = 0
    for gno, gtitle, cards in GROUPS:
        blocks.append(("h1", f"{gno}{gtitle}"))
        tasks = []
        for title, goal, measures, schedule, roles, person, due_text, due, targets in cards:
            n += 1
            no = f"项目卡{n:02d}"
            rows = [
                ("工作目标", goal),
                ("主要举措", measures),
                ("进度安排", schedule),
            ]
            if roles[0] == "牵头":
                rows += [("牵头单位", "、".join(roles[1])), ("配合单位", "、".join(roles[2]))]
                lead, sup, resp = roles[1], roles[2], []
            else:
                rows += [("责任单位", "、".join(roles[1]))]
                lead, sup, resp = [], [], roles[1]
            rows += [("责任人", person), ("完成时限", due_text)]
            blocks.append(("cardcap", no))
            blocks.append(("cardtable", [("项目名称", title), *rows]))
            tasks.append(
                Task(
                    no,
                    title,
                    "\n".join(f"{label}\n{content}" for label, content in rows),
                    lead=[CODE[x] for x in lead],
                    supporting=[CODE[x] for x in sup],
                    responsible=[CODE[x] for x in resp],
                    due=due,
                )
            )
            for t in targets:
                assert t.phrase in goal, t.phrase
            if targets:
                goals.append(Goal(title, goal, targets, numbering=no))
        sections.append(Section(gno.strip("、"), gno, gtitle, "key_task", tasks))
    blocks += [("note", line) for line in NOTES]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "zhichuan-district",
        "name": "滍川区",
        "name_en": "Zhichuan District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 滍川区2026年“人工智能+”行动挂图作战项目清单 (滍川区“人工智能+”行动工作专班, 滍人智专班〔2026〕2号, 2026-02-27)
# — SYNTHETIC (synthetic_cm): WRITTEN by the collector (helper blindCM, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_zhichuan.py as .docx, printed to PDF by LibreOffice.
# Zone zhichuan-district (an invented urban district of 河南; its city is not named) → district level; period 2026.
# Outline: the 专班's head, 文号, notice (每月25日前 reporting, 红黄牌督办: no target, no role), page break, title; "工作基础：2025年，…"
#   (21.6亿元, 46家, 120P, 18个: baselines, no targets); "一年目标：2026年，…"
#   (→ goal titled 2026年, 4 targets, due 2026); "全年共确定8张项目卡" (a count of the document's own cards: no target); 一、产业发展类
#   （4张） and 二、治理服务类（4张） (top-level key_task sections); PROJECT CARDS 项目卡01–08 numbered on across the groups, each a
#   caption line "项目卡NN" and a bordered two-column table, label | content: 项目名称 / 工作目标 / 主要举措 / 进度安排 / 牵头单位 +
#   配合单位 (项目卡03: 责任单位) / 责任人 / 完成时限. Tables break over page ends where they fall. 填报说明 1.–3. (how to report:
#   no task, no role).
# Tasks: one per card; numbering 项目卡NN; title = the 项目名称 cell; text = the rows after it, label then content (the cells print no
#   colon), 工作目标 to 完成时限. due = 完成时限 (2026年9月30日 → 2026-09-30).
# Roles: 牵头单位 → lead, 配合单位 → supporting, 责任单位 (no lead) → responsible. 责任人 (a post: 区发改委主任, 区政府分管副区长) → no
#   agency, no role. 各街道办事处 one collective; 滍川经开区管委会 a park administration; 区总工会 other.
# Targets: the 一年目标 paragraph's four; each card with figures is also a goal titled like the card (numbering 项目卡NN, text = its
#   工作目标 cell), its figures due 2026. 项目卡07's "新增人工智能企业20家" restates the goals' (no second target). 进度安排 figures are
#   steps within the plan's one year (6000路, 算法20个, 40% / 60%, 上半年7个 / 1200人次, 月均2万人次, 一季度诊断60家, "累计完成投资的
#   40%") → no targets; nor 总投资3.2亿元, 算力券 30%, 奖补 8% / 100万元, 奖励20万元, 责任人, 完成时限. 1.2万路 → 12000 路; 10万人次 → 100000 人次. 新增 / 实施 / 签约 / 培训 / 提供服务
#   → flow; the rest stock.
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""岚渚市推进“人工智能+”行动方案（2026—2027年） — INVENTED (synthetic_dc). A city's 行动方案 as a Word file whose outline
has NO NUMBERS: unnumbered bold part headings, each task a paragraph opened by a BOLD LEAD SENTENCE ("加快算力设施建设。"
in bold, then the text and its annotation "（牵头单位：X；配合单位：Y）")."""

from dc_parts import Item, T, goal, tasks_and_goals
from synthetic_model import Agency, Section, Task

SLUG = "lanzhu-ai-plus-action-plan-2026-synthetic"
KIND = "docx"

A = {
    "市发展改革委": ("fgw", "岚渚市发展和改革委员会", "development_reform"),
    "市工信局": ("gxj", "岚渚市工业和信息化局", "industry_it"),
    "市科技局": ("kjj", "岚渚市科学技术局", "science_technology"),
    "市数据局": ("sjj", "岚渚市数据管理局", "big_data"),
    "市财政局": ("czj", "岚渚市财政局", "finance"),
    "市教育局": ("jyj", "岚渚市教育局", "education"),
    "市人社局": ("rsj", "岚渚市人力资源和社会保障局", "human_resources"),
    "市卫健委": ("wjw", "岚渚市卫生健康委员会", "health"),
    "市交通运输局": ("jtj", "岚渚市交通运输局", "transport"),
    "市农业农村局": ("nyj", "岚渚市农业农村局", "agriculture"),
    "市商务局": ("swj", "岚渚市商务局", "commerce"),
    "市文旅局": ("wlj", "岚渚市文化和旅游局", "culture_tourism"),
    "市市场监管局": ("scj", "岚渚市市场监督管理局", "market_regulation"),
    "市委网信办": ("wxb", "中共岚渚市委网络安全和信息化委员会办公室", "publicity"),
    "市公安局": ("gaj", "岚渚市公安局", "public_security"),
    "市金融办": ("jrb", "岚渚市地方金融管理局", "financial_regulation"),
    "市行政服务中心": ("xzz", "岚渚市行政服务中心管理委员会", "government_services"),
}
CODE = {p: v[0] for p, v in A.items()}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def ann(lead, sup=()):
    s = "（牵头单位：" + "、".join(lead)
    if sup:
        s += "；配合单位：" + "、".join(sup)
    return s + "）", list(lead), list(sup)


def item(title, body, lead, sup=(), targets=()):
    a, ld, sp = ann(lead, sup)
    return Item(title, body, a, ld, sp, [], list(targets))


TITLE = "岚渚市推进“人工智能+”行动方案（2026—2027年）"
DOC_NUMBER = "岚政办〔2026〕12号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Lanzhu City “AI+” action plan (2026–2027) — synthetic",
    "issuer": "岚渚市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-16",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.docx",
}

GOAL26 = "到2026年底，全市智能算力规模达到800P，人工智能核心产业规模达到120亿元，培育人工智能企业150家以上，打造“人工智能+”典型应用场景60个。"
GOAL27 = "到2027年，全市智能算力规模突破1500P，人工智能核心产业规模达到200亿元，年均增长25%以上，人工智能企业超过220家，其中国家级专精特新“小巨人”企业15家；建成省级以上人工智能创新平台10个，累计打造典型应用场景150个以上，规上工业企业数字化改造覆盖率达到85%，培养引进人工智能专业人才5000人。"
G26 = [
    T(
        "智能算力规模",
        "P",
        "eq",
        800,
        "全市智能算力规模达到800P",
        kind="computing_power",
        deadline=2026,
    ),
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        120,
        "人工智能核心产业规模达到120亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    T(
        "人工智能企业",
        "家",
        "gte",
        150,
        "培育人工智能企业150家以上",
        kind="ai_enterprises",
        deadline=2026,
    ),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        60,
        "打造“人工智能+”典型应用场景60个",
        kind="application_scenarios",
        deadline=2026,
    ),
]
G27 = [
    T("智能算力规模", "P", "gt", 1500, "全市智能算力规模突破1500P", kind="computing_power"),
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        200,
        "人工智能核心产业规模达到200亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能核心产业规模年均增速", "%", "gte", 25, "年均增长25%以上"),
    T("人工智能企业", "家", "gt", 220, "人工智能企业超过220家", kind="ai_enterprises"),
    T(
        "国家级专精特新“小巨人”人工智能企业",
        "家",
        "eq",
        15,
        "其中国家级专精特新“小巨人”企业15家",
        parent="PREV",
    ),
    T(
        "省级以上人工智能创新平台",
        "个",
        "eq",
        10,
        "建成省级以上人工智能创新平台10个",
        kind="innovation_platforms",
    ),
    T(
        "典型应用场景（累计）",
        "个",
        "gte",
        150,
        "累计打造典型应用场景150个以上",
        kind="application_scenarios",
    ),
    T("规上工业企业数字化改造覆盖率", "%", "eq", 85, "规上工业企业数字化改造覆盖率达到85%"),
    T(
        "人工智能专业人才培养引进",
        "人",
        "eq",
        5000,
        "培养引进人工智能专业人才5000人",
        kind="talent",
    ),
]

PARTS = [
    (
        "夯实人工智能发展基础",
        [
            item(
                "加快算力设施建设",
                "推进岚渚智算中心二期建设，统筹全市政务云、行业云和企业算力资源，建设全市一体化算力调度平台，推动算力资源“一网调度”。2026年新增智能算力400P。",
                ["市数据局"],
                ["市发展改革委", "市工信局"],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        400,
                        "2026年新增智能算力400P",
                        aggregation="flow",
                        deadline=2026,
                    )
                ],
            ),
            item(
                "推进数据资源开发利用",
                "建设市级公共数据开放平台，分批开放交通、气象、医疗、文旅等领域高质量数据集，2027年开放数据集达到300个，培育数据商和第三方专业服务机构20家。",
                ["市数据局"],
                ["市委网信办"],
                [
                    T("开放数据集", "个", "eq", 300, "2027年开放数据集达到300个"),
                    T(
                        "数据商和第三方专业服务机构",
                        "家",
                        "eq",
                        20,
                        "培育数据商和第三方专业服务机构20家",
                    ),
                ],
            ),
            item(
                "强化创新平台支撑",
                "支持龙头企业联合高校院所建设人工智能联合实验室、新型研发机构，争创省级人工智能创新中心，对新认定的平台按规定给予奖励。",
                ["市科技局"],
                ["市工信局", "市财政局"],
            ),
            item(
                "发展模型和算法",
                "支持企业基于开源大模型开发面向制造、港航、茶业等领域的行业模型，每年遴选一批优秀模型和智能体产品进行推广。",
                ["市工信局"],
                ["市科技局", "市数据局"],
            ),
            item(
                "发放算力券和模型券",
                "市财政每年安排专项资金，对中小企业租用算力、采购模型服务给予补助，单个企业年度补助最高不超过50万元。",
                ["市工信局", "市财政局"],
                ["市数据局", "市金融办"],
            ),
        ],
    ),
    (
        "推动人工智能赋能千行百业",
        [
            item(
                "推进制造业智能化改造",
                "实施智能制造提升工程，推广视觉质检、预测性维护、智能排产等应用，2027年建成智能工厂30家、数字化车间100个。",
                ["市工信局"],
                ["市发展改革委", "市科技局"],
                [
                    T("智能工厂", "家", "eq", 30, "2027年建成智能工厂30家"),
                    T("数字化车间", "个", "eq", 100, "数字化车间100个"),
                ],
            ),
            item(
                "发展智慧港航物流",
                "推进港口智能调度、无人集卡和智慧口岸建设，打造智慧物流示范园区3个。",
                ["市交通运输局"],
                ["市商务局"],
                [T("智慧物流示范园区", "个", "eq", 3, "打造智慧物流示范园区3个")],
            ),
            item(
                "推广智慧医疗健康",
                "推动人工智能辅助诊断在全市二级以上医院应用，建设区域影像云平台，2026年人工智能辅助诊断覆盖基层医疗卫生机构200家。",
                ["市卫健委"],
                ["市数据局"],
                [
                    T(
                        "人工智能辅助诊断覆盖基层医疗卫生机构",
                        "家",
                        "eq",
                        200,
                        "2026年人工智能辅助诊断覆盖基层医疗卫生机构200家",
                        deadline=2026,
                    )
                ],
            ),
            item(
                "深化人工智能+教育",
                "建设智慧教育平台，开展人工智能通识教育，在中小学建设人工智能教育实验室50间。",
                ["市教育局"],
                ["市科技局"],
                [
                    T(
                        "中小学人工智能教育实验室",
                        "间",
                        "eq",
                        50,
                        "在中小学建设人工智能教育实验室50间",
                    )
                ],
            ),
            item(
                "发展智慧农业和茶产业",
                "推广茶园智能监测、病虫害智能识别和农产品溯源，建设数字农业示范基地15个。",
                ["市农业农村局"],
                ["市商务局", "市市场监管局"],
                [T("数字农业示范基地", "个", "eq", 15, "建设数字农业示范基地15个")],
            ),
            item(
                "培育智慧文旅消费",
                "建设文旅大模型和智能导览服务，推动重点景区智慧化改造，打造沉浸式文旅新场景10个。",
                ["市文旅局"],
                ["市商务局"],
                [T("沉浸式文旅新场景", "个", "eq", 10, "打造沉浸式文旅新场景10个")],
            ),
        ],
    ),
    (
        "提升智能治理和服务水平",
        [
            item(
                "推进政务服务智能化",
                "上线“岚渚智办”政务大模型应用，推动高频事项智能预审、智能问答，2027年高频政务服务事项智能办理率达到70%。",
                ["市行政服务中心"],
                ["市数据局"],
                [
                    T(
                        "高频政务服务事项智能办理率",
                        "%",
                        "eq",
                        70,
                        "2027年高频政务服务事项智能办理率达到70%",
                    )
                ],
            ),
            item(
                "加强城市智能治理",
                "推进城市运行管理中心智能化升级，拓展交通治理、应急处置、社会治安等智能应用，接入视频感知设备2万路。",
                ["市数据局"],
                ["市公安局", "市交通运输局"],
                [T("接入视频感知设备", "路", "eq", 20000, "接入视频感知设备2万路")],
            ),
            item(
                "筑牢安全治理底线",
                "建立人工智能应用安全评估和备案机制，加强生成式人工智能服务监管和数据安全保护，防范算法歧视和深度伪造风险。",
                ["市委网信办"],
                ["市公安局", "市市场监管局"],
            ),
            item(
                "加强人才引育",
                "实施人工智能人才专项计划，支持高校开设人工智能相关专业，每年开展人工智能技能培训1万人次。",
                ["市人社局"],
                ["市教育局", "市科技局"],
                [
                    T(
                        "人工智能技能培训",
                        "人次",
                        "eq",
                        10000,
                        "每年开展人工智能技能培训1万人次",
                        per_year=True,
                        kind="talent",
                    )
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "加强统筹协调",
        "成立市推进“人工智能+”行动工作专班，由市政府主要领导任组长，专班办公室设在市数据局，统筹推进全市人工智能发展工作。",
    ),
    (
        "加大资金支持",
        "统筹用好市级产业发展专项资金和政府投资基金，引导社会资本投向人工智能领域，鼓励金融机构开发“算力贷”“模型贷”等金融产品。",
    ),
    ("强化要素保障", "优先保障智算中心等重大项目用地、用能需求，落实电价优惠政策。"),
    (
        "抓好督促落实",
        "各牵头单位要细化年度工作计划，每半年向市工作专班报送进展情况，市工作专班适时开展评估。",
    ),
]

DELIVER = "各县（市、区）人民政府，市直各单位：\n　　《岚渚市推进“人工智能+”行动方案（2026—2027年）》已经市政府同意，现印发给你们，请认真组织实施。"
GENERAL = "以习近平新时代中国特色社会主义思想为指导，深入贯彻落实国家和省关于“人工智能+”行动的决策部署，坚持场景牵引、数据驱动、企业主体、安全可控，推动人工智能与实体经济深度融合，为建设现代化国际化滨海城市提供有力支撑。"


def _build():
    blocks = [
        ("head", "岚渚市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("rule", ""),
        ("title", "岚渚市人民政府办公室关于印发岚渚市推进“人工智能+”行动方案（2026—2027年）的通知"),
        ("addressee", "各县（市、区）人民政府，市直各单位："),
        (
            "body",
            "《岚渚市推进“人工智能+”行动方案（2026—2027年）》已经市政府同意，现印发给你们，请认真组织实施。",
        ),
        ("sign", "岚渚市人民政府办公室"),
        ("date", "2026年3月16日"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", "为抢抓人工智能发展机遇，加快推进“人工智能+”行动，结合我市实际，制定本方案。"),
        ("part", "总体要求"),
        ("body", GENERAL),
        ("part", "发展目标"),
        ("body", GOAL26),
        ("body", GOAL27),
    ]
    goals = [goal("到2026年底", GOAL26, G26), goal("到2027年", GOAL27, G27)]
    sections = []
    for i, (heading, items) in enumerate(PARTS, 1):
        blocks.append(("part", heading))
        for it in items:
            blocks.append(("item", (f"{it.title}。", it.body + it.annot)))
        sections.append(
            Section(f"S{i}", "", heading, "key_task", tasks_and_goals(items, CODE, goals))
        )
    blocks.append(("part", "保障措施"))
    sg = []

    for title, text in SAFEGUARDS:
        blocks.append(("item", (f"{title}。", text)))
        sg.append(Task(None, title, f"{title}。{text}"))
    sections.append(Section(f"S{len(PARTS) + 1}", "", "保障措施", "safeguard", sg))
    blocks += [
        ("body", ""),
        ("rule", ""),
        ("plain", "抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级法院，市检察院。"),
        ("plain", "岚渚市人民政府办公室　　　　　　　　2026年3月16日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {"slug": "lanzhu-city", "name": "岚渚市", "name_en": "Lanzhu City", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 岚渚市推进“人工智能+”行动方案（2026—2027年） (岚渚市人民政府办公室, 岚政办〔2026〕12号, 2026-03-16)
# — SYNTHETIC (synthetic_dc): WRITTEN by helper blindDC (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_lanzhu.py as a Word file (python-docx).
# Zone lanzhu-city (an invented city of 福建) → city; period 2026—2027.
# Outline WITHOUT NUMBERS: red head, 文号, the notice, the title; bold unnumbered part headings 总体要求 (no target), 发展目标
#   (two paragraphs "到2026年底，…" and "到2027年，…" → two goals titled by their date phrases), three task parts (each a section,
#   kind key_task, no numbering), 保障措施 (safeguards); 抄送 / 印发 lines. Each task is ONE paragraph whose BOLD LEAD SENTENCE
#   ("加快算力设施建设。") is its title (without 。), text the whole paragraph with its annotation; no numbering.
# Roles: "（牵头单位：X；配合单位：Y）" → lead / supporting; two 牵头单位 → two leads (发放算力券和模型券).
# Targets: the goals' 4 (2026) + 9 (2027); "年均增长25%以上" beside the level → its own target; "其中…“小巨人”企业15家" → parent the
#   220家 target. Each task holding figures is also a goal titled like it; a figure with no year → 2027; "2026年…" → 2026.
#   "每年开展人工智能技能培训1万人次" → per-year flow 10000. 2万路 → 20000. Not targets: the 50万元 subsidy cap; 专项资金 (budget).
#   2026年新增智能算力400P is an increment, not the goals' 800P level: its own target.
"""

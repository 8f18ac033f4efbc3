# ruff: noqa: E501  (plan text as the office writes it)
"""沅陂市推进“人工智能+”行动计划（2026—2028年） — INVENTED (synthetic_db). A .docx printed to PDF by LibreOffice
with a running header on every page (the title and its 文号), a "第 X 页 共 Y 页" footer and a watermark text box
"内部资料" anchored in the header, so printed on every page."""

from db_model import T, agencies, check
from synthetic_model import Goal, Section, Task

SLUG = "yuanbei-ai-plus-action-plan-2026-synthetic"
KIND = "pdf"
TITLE = "沅陂市推进“人工智能+”行动计划（2026—2028年）"
DOC_NUMBER = "沅政办发〔2026〕9号"
RUNNING_HEADER = f"{TITLE}　{DOC_NUMBER}"
WATERMARK = "内部资料"

AGENCIES, CODE = agencies(
    {
        "市发展改革委": ("fgw", "沅陂市发展和改革委员会", "development_reform"),
        "市工业和信息化局": ("gxj", "沅陂市工业和信息化局", "industry_it"),
        "市科技局": ("kjj", "沅陂市科学技术局", "science_technology"),
        "市数据局": ("sjj", "沅陂市数据局", "big_data"),
        "市财政局": ("czj", "沅陂市财政局", "finance"),
        "市教育局": ("jyj", "沅陂市教育局", "education"),
        "市人力资源社会保障局": ("rsj", "沅陂市人力资源和社会保障局", "human_resources"),
        "市卫生健康委": ("wjw", "沅陂市卫生健康委员会", "health"),
        "市交通运输局": ("jtj", "沅陂市交通运输局", "transport"),
        "市农业农村局": ("nyj", "沅陂市农业农村局", "agriculture"),
        "市商务局": ("swj", "沅陂市商务局", "commerce"),
        "市文化旅游广电局": ("wlj", "沅陂市文化旅游广电局", "culture_tourism"),
        "市市场监管局": ("scj", "沅陂市市场监督管理局", "market_regulation"),
        "市政务服务中心": ("zwzx", "沅陂市政务服务中心", "government_services"),
        "市地方金融管理局": ("jrj", "沅陂市地方金融管理局", "financial_regulation"),
        "沅陂经开区管委会": ("jkq", "沅陂经济技术开发区管理委员会", "park_administration"),
    }
)

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Yuanbei City “AI+” action plan (2026–2028) — synthetic",
    "issuer": "沅陂市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-16",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2028],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"《{TITLE}》已经市人民政府同意，现印发给你们，请认真抓好贯彻落实。"
BASIS = "近年来，我市人工智能产业加快起步，2025年人工智能核心产业规模达到52亿元，建成智能算力1200P。对照先进地区，我市仍存在龙头企业少、场景开放不足、人才支撑偏弱等问题。"
GOAL_TEXT = "到2028年，全市人工智能核心产业规模突破180亿元，年均增长50%以上；人工智能企业达到260家，其中高新技术企业100家；智能算力规模达到6000P；累计开放“人工智能+”应用场景240个；培育省级以上人工智能创新平台12个；人工智能相关从业人员达到1.5万人。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        180,
        "全市人工智能核心产业规模突破180亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能核心产业规模年均增速", "%", "gte", 50, "年均增长50%以上"),
    T("人工智能企业", "家", "eq", 260, "人工智能企业达到260家", kind="ai_enterprises"),
    T(
        "人工智能高新技术企业",
        "家",
        "eq",
        100,
        "其中高新技术企业100家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T("智能算力规模", "P", "eq", 6000, "智能算力规模达到6000P", kind="computing_power"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        240,
        "累计开放“人工智能+”应用场景240个",
        kind="application_scenarios",
    ),
    T(
        "省级以上人工智能创新平台",
        "个",
        "eq",
        12,
        "培育省级以上人工智能创新平台12个",
        kind="innovation_platforms",
    ),
    T("人工智能相关从业人员", "人", "eq", 15000, "人工智能相关从业人员达到1.5万人", kind="talent"),
]

# (numbering, group title, [(title, body, lead, supporting, targets)])
GROUPS = [
    (
        "（一）",
        "夯实算力和数据底座",
        [
            (
                "建设智算中心",
                "推进沅陂智算中心扩容，新增智能算力2000P，建立全市算力统筹调度机制。",
                ["市发展改革委"],
                ["市数据局", "市财政局"],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        2000,
                        "新增智能算力2000P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推进公共数据授权运营",
                "完善公共数据资源目录，2026年底前开放公共数据集80个，培育数据服务企业15家。",
                ["市数据局"],
                ["市发展改革委"],
                [
                    T(
                        "开放公共数据集",
                        "个",
                        "eq",
                        80,
                        "2026年底前开放公共数据集80个",
                        deadline=2026,
                    ),
                    T("数据服务企业", "家", "eq", 15, "培育数据服务企业15家"),
                ],
            ),
            (
                "建设行业语料库",
                "围绕有色冶金、茶叶加工、文化旅游等领域，建设行业高质量数据集20个。",
                ["市数据局"],
                ["市工业和信息化局", "市文化旅游广电局"],
                [T("行业高质量数据集", "个", "eq", 20, "建设行业高质量数据集20个")],
            ),
            (
                "提升网络承载能力",
                "新建5G基站1500个，实现重点园区千兆光网全覆盖。",
                ["市工业和信息化局"],
                ["沅陂经开区管委会"],
                [T("新建5G基站", "个", "eq", 1500, "新建5G基站1500个", aggregation="flow")],
            ),
        ],
    ),
    (
        "（二）",
        "推动产业智能化升级",
        [
            (
                "实施制造业智改数转",
                "每年实施智能化改造项目150个以上，建成省级以上智能工厂30家。",
                ["市工业和信息化局"],
                ["市财政局", "市科技局"],
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "gte",
                        150,
                        "每年实施智能化改造项目150个以上",
                        per_year=True,
                    ),
                    T("省级以上智能工厂", "家", "eq", 30, "建成省级以上智能工厂30家"),
                ],
            ),
            (
                "发展智能装备产业",
                "依托沅陂经开区，培育工业机器人、智能检测装备企业，智能装备产业产值达到60亿元。",
                ["沅陂经开区管委会"],
                ["市工业和信息化局", "市商务局"],
                [
                    T(
                        "智能装备产业产值",
                        "亿元",
                        "eq",
                        60,
                        "智能装备产业产值达到60亿元",
                        kind="related_industry_scale",
                    )
                ],
            ),
            (
                "推进智慧农业",
                "建设智慧茶园、智慧渔场等数字农业基地25个，推广农业生产智能监测。",
                ["市农业农村局"],
                ["市数据局"],
                [T("数字农业基地", "个", "eq", 25, "建设智慧茶园、智慧渔场等数字农业基地25个")],
            ),
            (
                "发展智慧文旅",
                "打造智慧景区10个，推出人工智能导览、数字人讲解等服务。",
                ["市文化旅游广电局"],
                ["市数据局", "市商务局"],
                [T("智慧景区", "个", "eq", 10, "打造智慧景区10个", kind="application_scenarios")],
            ),
            (
                "强化金融支撑",
                "引导银行机构开发“智改贷”等产品，每年为人工智能企业新增授信20亿元以上。",
                ["市地方金融管理局"],
                ["市财政局", "市工业和信息化局"],
                [
                    T(
                        "人工智能企业新增授信",
                        "亿元",
                        "gte",
                        20,
                        "每年为人工智能企业新增授信20亿元以上",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
    (
        "（三）",
        "拓展民生和治理应用",
        [
            (
                "推广智慧医疗",
                "推动二级以上医院应用人工智能辅助诊断，应用比例达到70%以上。",
                ["市卫生健康委"],
                ["市数据局"],
                [T("二级以上医院人工智能辅助诊断应用比例", "%", "gte", 70, "应用比例达到70%以上")],
            ),
            (
                "发展智慧教育",
                "建设人工智能教育实验校40所，开展教师人工智能素养培训。",
                ["市教育局"],
                ["市科技局"],
                [T("人工智能教育实验校", "所", "eq", 40, "建设人工智能教育实验校40所")],
            ),
            (
                "建设智慧交通",
                "完成城区150个路口信号灯智能化改造，推广智能公交调度。",
                ["市交通运输局"],
                ["市数据局"],
                [
                    T(
                        "路口信号灯智能化改造",
                        "个",
                        "eq",
                        150,
                        "完成城区150个路口信号灯智能化改造",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "提升政务服务智能化水平",
                "上线政务服务智能客服，2027年底前高频事项智能预审率达到80%。",
                ["市政务服务中心"],
                ["市数据局"],
                [
                    T(
                        "高频事项智能预审率",
                        "%",
                        "eq",
                        80,
                        "2027年底前高频事项智能预审率达到80%",
                        deadline=2027,
                    )
                ],
            ),
            (
                "加强智能市场监管",
                "推广智慧监管平台，建设食品安全智能监测点位500个。",
                ["市市场监管局"],
                ["市数据局"],
                [T("食品安全智能监测点位", "个", "eq", 500, "建设食品安全智能监测点位500个")],
            ),
            (
                "培育人工智能人才",
                "每年开展人工智能技能培训8000人次以上，引进高层次人才团队10个。",
                ["市人力资源社会保障局"],
                ["市教育局", "市科技局"],
                [
                    T(
                        "人工智能技能培训",
                        "人次",
                        "gte",
                        8000,
                        "每年开展人工智能技能培训8000人次以上",
                        kind="talent",
                        per_year=True,
                    ),
                    T("高层次人才团队", "个", "eq", 10, "引进高层次人才团队10个", kind="talent"),
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立市“人工智能+”行动工作专班，专班办公室设在市工业和信息化局，负责日常工作。",
    ),
    ("（二）", "强化资金保障", "统筹市级产业发展专项资金，支持人工智能重大项目和公共平台建设。"),
    ("（三）", "强化安全保障", "落实数据安全和算法备案要求，防范人工智能应用风险。"),
    ("（四）", "抓好督促落实", "建立任务台账，每半年调度一次推进情况。"),
]


def _build():
    blocks = [
        ("head", "沅陂市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"沅陂市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各区县（市）人民政府，沅陂经开区管委会，市直各单位："),
        ("body", NOTICE),
        ("sign", "沅陂市人民政府办公室"),
        ("date", "2026年3月16日"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("h1", "一、发展基础"),
        ("body", BASIS),
        ("h1", "二、行动目标"),
        ("body", GOAL_TEXT),
        ("h1", "三、重点任务"),
    ]
    check(GOAL_TARGETS, GOAL_TEXT)
    goals = [Goal("到2028年", GOAL_TEXT, GOAL_TARGETS)]
    sections, n = [], 0
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for title, body, lead, sup, targets in items:
            n += 1
            note = "（牵头单位：" + "、".join(lead) + "；配合单位：" + "、".join(sup) + "）"
            blocks.append(("item", (f"{n}.{title}。", body + note)))
            text = f"{title}。{body}{note}"
            check(targets, body)
            tasks.append(
                Task(f"{n}.", title, text, [CODE[x] for x in lead], [], [CODE[x] for x in sup])
            )
            if targets:
                goals.append(Goal(title, text, targets, numbering=f"{n}."))
        sections.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    blocks.append(("h1", "四、保障措施"))
    sg = []
    for num, title, text in SAFEGUARDS:
        blocks.append(("item", (f"{num}{title}。", text)))
        sg.append(Task(num, title, f"{title}。{text}"))
    blocks += [
        ("rule", ""),
        ("addressee", "抄送：市委各部门，市人大常委会办公室，市政协办公室。"),
        ("addressee", "沅陂市人民政府办公室　　　　　　2026年3月16日印发"),
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
    "zone": {"slug": "yuanbei-city", "name": "沅陂市", "name_en": "Yuanbei City", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 沅陂市推进“人工智能+”行动计划（2026—2028年） (沅陂市人民政府办公室, 沅政办发〔2026〕9号, 2026-03-16)
# — SYNTHETIC (synthetic_db): WRITTEN by helper blindDB (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_yuanbei.py as .docx, printed to PDF by LibreOffice.
# Form: every page carries a running header (the title and 文号), a "第 X 页 共 Y 页" footer and a watermark text box "内部资料"
#   anchored in the header; all three stand in the PDF's text layer and are NOT the plan's text: no quote holds them.
# Zone yuanbei-city (an invented prefecture-level city) → city; period 2026—2028.
# Outline: red head, 文号, notice, title; 一、发展基础 (2025 baselines: no targets); 二、行动目标 "到2028年，…" (8 targets: 年均增长50%
#   beside the level is a target of its own; 1.5万人 → 15000); 三、重点任务 groups （一）–（三） of items 1.–15. numbered on, each
#   closed by "（牵头单位：市X；配合单位：市Y、市Z）" (in the task's text); 四、保障措施 （一）–（四） unannotated (专班办公室…负责日常工作
#   assigns no role). Each item with figures is also a goal titled like it; figures due 2028 unless dated (2026年底前, 2027年底前).
#   Not targets: 全覆盖 without a figure.
"""

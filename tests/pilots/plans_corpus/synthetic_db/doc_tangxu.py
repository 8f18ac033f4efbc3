# ruff: noqa: E501  (plan text as the office writes it)
"""棠溆区“人工智能+”行动实施方案 — INVENTED (synthetic_db). A .docx printed to PDF by LibreOffice with Word footnotes
(superscript ① ② … after words, the notes at the page foot) and its task table (序号 | 重点任务 | 牵头单位 | 配合单位 |
完成时限) running over two pages: a "续表" line and the header row repeated."""

from db_model import T, agencies, check
from synthetic_model import Goal, Section, Task

SLUG = "tangxu-ai-plus-implementation-2026-synthetic"
KIND = "pdf"
TITLE = "棠溆区“人工智能+”行动实施方案"
DOC_NUMBER = "棠政办发〔2026〕4号"

AGENCIES, CODE = agencies(
    {
        "区发展和改革局": ("fgj", "沅陂市棠溆区发展和改革局", "development_reform"),
        "区工业和信息化局": ("gxj", "沅陂市棠溆区工业和信息化局", "industry_it"),
        "区科技局": ("kjj", "沅陂市棠溆区科学技术局", "science_technology"),
        "区数据局": ("sjj", "沅陂市棠溆区数据局", "big_data"),
        "区财政局": ("czj", "沅陂市棠溆区财政局", "finance"),
        "区教育局": ("jyj", "沅陂市棠溆区教育局", "education"),
        "区人社局": ("rsj", "沅陂市棠溆区人力资源和社会保障局", "human_resources"),
        "区卫生健康局": ("wjj", "沅陂市棠溆区卫生健康局", "health"),
        "区民政局": ("mzj", "沅陂市棠溆区民政局", "civil_affairs"),
        "区商务局": ("swj", "沅陂市棠溆区商务局", "commerce"),
        "区城管局": ("cgj", "沅陂市棠溆区城市管理局", "housing_construction"),
        "区应急管理局": ("yjj", "沅陂市棠溆区应急管理局", "emergency"),
        "区行政审批服务局": ("spj", "沅陂市棠溆区行政审批服务局", "government_services"),
        "各街道办事处": ("jd", "沅陂市棠溆区各街道办事处", "local_government"),
    }
)

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Tangxu District “AI+” implementation plan — synthetic",
    "issuer": "沅陂市棠溆区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-08",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2027],
    "source_file": f"{SLUG}.pdf",
}

# a paragraph: list of str and (mark, note) pieces; the note is printed at the page foot
NOTICE = [
    "各街道办事处，区直各单位：",
]
GOAL_PIECES = [
    "到2027年，全区人工智能核心产业规模达到40亿元，集聚人工智能企业120家；建成“算力券",
    ("①", "算力券：区财政向中小企业发放、用于购买智能算力服务的电子凭证。"),
    "”服务平台，累计发放算力券3000万元；打造“人工智能+”应用场景80个，其中“一老一小",
    ("②", "一老一小：指养老服务和婴幼儿照护、儿童关爱服务。"),
    "”场景20个；政务服务事项“智能秒批",
    ("③", "智能秒批：申请材料经系统自动比对核验后即时作出审批决定的办理方式。"),
    "”覆盖事项达到100项。",
]
GOAL_TEXT = "".join(p if isinstance(p, str) else p[0] for p in GOAL_PIECES)
GOAL_TARGETS = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        40,
        "全区人工智能核心产业规模达到40亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能企业", "家", "eq", 120, "集聚人工智能企业120家", kind="ai_enterprises"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        80,
        "打造“人工智能+”应用场景80个",
        kind="application_scenarios",
    ),
    T("“智能秒批”覆盖事项", "项", "eq", 100, "覆盖事项达到100项"),
]
# "累计发放算力券3000万元" is a voucher budget (as 若干措施's 训力券): no target. "一老一小”场景20个" spans a footnote mark: kept as its
# own sentence below (the phrase quoted without the mark).
GOAL_TARGETS.insert(
    3,
    T("“一老一小”应用场景", "个", "eq", 20, "场景20个", kind="application_scenarios", parent="T3"),
)

PRINCIPLE = [
    "坚持场景牵引、数据赋能",
    ("④", "数据赋能：以数据资源的归集、治理和开放利用支撑人工智能应用。"),
    "，坚持政府引导、企业主体，推动人工智能与经济社会各领域深度融合。",
]

# 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限
ROWS = [
    (
        "建设区级算力服务平台，接入智能算力800P",
        ["区数据局"],
        ["区发展和改革局", "区财政局"],
        "2026年12月底前",
        [
            T(
                "区级算力服务平台接入智能算力",
                "P",
                "eq",
                800,
                "接入智能算力800P",
                kind="computing_power",
            )
        ],
    ),
    (
        "制定算力券管理办法，开展算力券申领兑付",
        ["区工业和信息化局"],
        ["区财政局", "区数据局"],
        "2026年6月底前",
        [],
    ),
    (
        "归集公共数据，开放公共数据集50个",
        ["区数据局"],
        ["区行政审批服务局"],
        "2026年12月底前",
        [T("开放公共数据集", "个", "eq", 50, "开放公共数据集50个")],
    ),
    (
        "培育人工智能企业，新增规模以上人工智能企业15家",
        ["区工业和信息化局"],
        ["区科技局", "区商务局"],
        "2027年12月底前",
        [
            T(
                "新增规模以上人工智能企业",
                "家",
                "eq",
                15,
                "新增规模以上人工智能企业15家",
                kind="ai_enterprises",
            )
        ],
    ),
    (
        "建设人工智能产业园，引进人工智能项目30个",
        ["区商务局"],
        ["区发展和改革局", "区工业和信息化局"],
        "2027年12月底前",
        [T("引进人工智能项目", "个", "eq", 30, "引进人工智能项目30个")],
    ),
    (
        "建设区级人工智能创新中心，新建市级以上研发平台8个",
        ["区科技局"],
        ["区工业和信息化局"],
        "2027年12月底前",
        [
            T(
                "市级以上研发平台",
                "个",
                "eq",
                8,
                "新建市级以上研发平台8个",
                kind="innovation_platforms",
            )
        ],
    ),
    (
        "推广智能养老服务，建设智慧养老服务站25个",
        ["区民政局"],
        ["区卫生健康局", "各街道办事处"],
        "2027年6月底前",
        [T("智慧养老服务站", "个", "eq", 25, "建设智慧养老服务站25个")],
    ),
    (
        "推进社区医院人工智能辅助诊断，覆盖率达到90%",
        ["区卫生健康局"],
        ["区数据局"],
        "2027年12月底前",
        [T("社区医院人工智能辅助诊断覆盖率", "%", "eq", 90, "覆盖率达到90%")],
    ),
    (
        "开设中小学人工智能课程，建设人工智能教育基地10个",
        ["区教育局"],
        ["区科技局"],
        "2026年9月底前",
        [T("人工智能教育基地", "个", "eq", 10, "建设人工智能教育基地10个")],
    ),
    (
        "推行政务服务智能秒批，上线智能客服",
        ["区行政审批服务局"],
        ["区数据局"],
        "2027年12月底前",
        [],
    ),
    (
        "建设城市运行智能感知网络，布设智能感知终端2000个",
        ["区城管局"],
        ["区数据局", "各街道办事处"],
        "2027年12月底前",
        [T("智能感知终端", "个", "eq", 2000, "布设智能感知终端2000个")],
    ),
    (
        "推广安全生产智能监测预警，接入重点企业60家",
        ["区应急管理局"],
        ["区工业和信息化局"],
        "2026年12月底前",
        [T("安全生产智能监测接入重点企业", "家", "eq", 60, "接入重点企业60家")],
    ),
    (
        "开展人工智能技能培训3000人次",
        ["区人社局"],
        ["区教育局", "区工业和信息化局"],
        "2027年12月底前",
        [T("人工智能技能培训", "人次", "eq", 3000, "开展人工智能技能培训3000人次", kind="talent")],
    ),
    (
        "组织场景供需对接活动，发布场景机会清单2批",
        ["区工业和信息化局"],
        ["区数据局", "各街道办事处"],
        "2026年10月底前",
        [T("场景机会清单", "批", "eq", 2, "发布场景机会清单2批")],
    ),
    (
        "设立人工智能产业引导资金，支持重点项目落地",
        ["区财政局"],
        ["区发展和改革局", "区工业和信息化局"],
        "2026年6月底前",
        [],
    ),
    ("建立人工智能伦理审查和安全评估机制", ["区科技局"], ["区数据局"], "2027年6月底前", []),
]
SPLIT = 9  # rows 1–9 on the first page of the table, 10–16 under 续表

SAFEGUARDS = [
    (
        "（一）",
        "加强统筹协调",
        ["区“人工智能+”工作领导小组统筹推进全区工作，领导小组办公室设在区工业和信息化局。"],
    ),
    (
        "（二）",
        "强化政策支持",
        [
            "落实算力券、场景券",
            ("⑤", "场景券：对企业采购本地人工智能产品和服务给予的补贴凭证。"),
            "等支持政策，提高资金使用效益。",
        ],
    ),
    ("（三）", "加强考核评估", ["将重点任务落实情况纳入年度绩效考核，每季度通报一次进展。"]),
]

DAYS = {6: 30, 9: 30, 10: 31, 12: 31}


def due(limit):
    year, month = int(limit[:4]), int(limit[5 : limit.index("月")])
    return f"{year}-{month:02d}-{DAYS[month]}"


def _build():
    blocks = [
        ("head", "沅陂市棠溆区人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"沅陂市棠溆区人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", NOTICE[0]),
        ("body", f"《{TITLE}》已经区人民政府同意，现印发给你们，请结合实际认真贯彻落实。"),
        ("sign", "沅陂市棠溆区人民政府办公室"),
        ("date", "2026年4月8日"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("h1", "一、总体要求"),
        ("marked", PRINCIPLE),
        ("h1", "二、发展目标"),
        ("marked", GOAL_PIECES),
        ("h1", "三、重点任务"),
        ("body", "各项重点任务及分工见下表。"),
    ]
    check(GOAL_TARGETS, GOAL_TEXT)
    goals = [Goal("到2027年", GOAL_TEXT, GOAL_TARGETS)]
    head = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    rows, tasks = [], []
    for i, (task, lead, sup, limit, targets) in enumerate(ROWS, 1):
        rows.append([str(i), task, "、".join(lead), "、".join(sup), limit])
        check(targets, task)
        title = task.split("，")[0]
        tasks.append(
            Task(
                str(i), title, task, [CODE[x] for x in lead], [], [CODE[x] for x in sup], due(limit)
            )
        )
        if targets:
            for t in targets:
                t.deadline = int(limit[:4])
            goals.append(Goal(title, task, targets, numbering=str(i)))
    blocks += [
        ("table", [head, *rows[:SPLIT]]),
        ("pagebreak", ""),
        ("continued", "续表"),
        ("table", [head, *rows[SPLIT:]]),
    ]
    blocks.append(("h1", "四、保障措施"))
    sg = []
    for num, title, pieces in SAFEGUARDS:
        blocks.append(("marked_item", [f"{num}{title}。", *pieces]))
        sg.append(
            Task(
                num,
                title,
                f"{title}。" + "".join(p if isinstance(p, str) else p[0] for p in pieces),
            )
        )
    blocks += [
        ("rule", ""),
        ("addressee", "沅陂市棠溆区人民政府办公室　　　　2026年4月8日印发"),
    ]
    return (
        blocks,
        goals,
        [
            Section("三", "三、", "重点任务", "key_task", tasks),
            Section("四", "四、", "保障措施", "safeguard", sg),
        ],
    )


BLOCKS, GOALS, SECTIONS = _build()
EXTRACTION = {
    "zone": {
        "slug": "tangxu-district",
        "name": "棠溆区",
        "name_en": "Tangxu District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 棠溆区“人工智能+”行动实施方案 (沅陂市棠溆区人民政府办公室, 棠政办发〔2026〕4号, 2026-04-08)
# — SYNTHETIC (synthetic_db): WRITTEN by helper blindDB (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_tangxu.py as .docx (Word footnotes), printed to PDF by LibreOffice.
# Form: superscript marks ①–⑤ after terms, the notes at the page foot; neither the marks nor the notes are the plan's text (no
#   quote holds them; a phrase runs over a mark as if it were absent). The task table runs over two pages: "续表" and the header
#   row repeated (neither a task).
# Zone tangxu-district (an invented district of the invented 沅陂市) → district; period 2026—2027 (发展目标 "到2027年").
# Goals: "到2027年，…" 5 targets ("场景20个" of 一老一小 is part of the 80 scenes: parent T3); 累计发放算力券3000万元 is a voucher
#   budget, no target. Tasks: each table row is ONE task (numbering its 序号, title the cell up to the first comma, text the
#   cell), lead / supporting from its cells, due the 完成时限's month end; a row's figures are due its 完成时限's year and the row
#   is also a goal titled like it. 四、保障措施 （一）–（三） are safeguard tasks (领导小组办公室设在… assigns no role).
"""

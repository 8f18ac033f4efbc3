# ruff: noqa: E501  (plan text as the office writes it)
"""泾槐市榕岭区“人工智能+”行动计划（2026—2027年） — INVENTED (synthetic_de). Built as .docx and printed to PDF by LibreOffice. The
tasks are a TABLE 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 | 阶段性目标: the 完成时限 cell is the task's due date (a month, a
quarter, 持续推进), the 阶段性目标 cell holds the row's figures ("2026年底前建成…1个", "2026年建成…20个，2027年累计达到40个"), some of
them restating the goals paragraph (no second target)."""

from de_parts import T, dated, due_of
from synthetic_model import Agency, Goal, Section, Task

SLUG = "rongling-ai-plus-action-plan-2026-synthetic"
KIND = "pdf"

A = {
    "区发改委": ("fgw", "泾槐市榕岭区发展和改革委员会", "development_reform"),
    "区科工局": ("kgj", "泾槐市榕岭区科技和工业信息化局", "industry_it"),
    "区数据局": ("sjj", "泾槐市榕岭区数据局", "big_data"),
    "区财政局": ("czj", "泾槐市榕岭区财政局", "finance"),
    "区教育体育局": ("jyj", "泾槐市榕岭区教育体育局", "education"),
    "区人社局": ("rsj", "泾槐市榕岭区人力资源和社会保障局", "human_resources"),
    "区卫健委": ("wjw", "泾槐市榕岭区卫生健康委员会", "health"),
    "区商务局": ("swj", "泾槐市榕岭区商务局", "commerce"),
    "区市场监管局": ("scj", "泾槐市榕岭区市场监督管理局", "market_regulation"),
    "区城管局": ("cgj", "泾槐市榕岭区城市管理局", "housing_construction"),
    "区住建局": ("zjj", "泾槐市榕岭区住房和城乡建设局", "housing_construction"),
    "区民政局": ("mzj", "泾槐市榕岭区民政局", "civil_affairs"),
    "区农业农村局": ("nyj", "泾槐市榕岭区农业农村局", "agriculture"),
    "区投资促进中心": ("tcz", "泾槐市榕岭区投资促进中心", "commerce"),
    "榕岭高新园管委会": ("gxy", "泾槐榕岭高新技术产业园区管理委员会", "park_administration"),
    "各街道办事处": ("jd", "泾槐市榕岭区各街道办事处", "local_government"),
}
CODE = {p: v[0] for p, v in A.items()}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]

TITLE = "泾槐市榕岭区“人工智能+”行动计划（2026—2027年）"
DOC_NUMBER = "榕府办发〔2026〕6号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Rongling District (Jinghuai) “AI+” action plan (2026–2027) — synthetic",
    "issuer": "泾槐市榕岭区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-15",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"经区政府同意，现将《{TITLE}》印发给你们，请结合工作实际认真贯彻落实。各牵头单位要按照重点任务分工表明确的完成时限和阶段性目标，制定具体推进措施，每月5日前将上月工作进展报区科工局。"
INTRO = "为落实《泾槐市推进“人工智能+”行动实施方案（2026—2027年）》，加快人工智能技术在我区产业发展、城市治理和民生服务中的深度应用，打造全市人工智能创新应用先行区，制定本行动计划。"
GOAL_TEXT = "到2027年，全区人工智能核心产业规模达到60亿元，集聚人工智能企业100家以上，智能算力规模达到500P，打造“人工智能+”应用场景80个，建成数字化车间和智能工厂40个。其中，2026年全区人工智能核心产业规模达到40亿元，打造“人工智能+”应用场景40个。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        60,
        "全区人工智能核心产业规模达到60亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能企业", "家", "gte", 100, "集聚人工智能企业100家以上", kind="ai_enterprises"),
    T("智能算力规模", "P", "eq", 500, "智能算力规模达到500P", kind="computing_power"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        80,
        "打造“人工智能+”应用场景80个",
        kind="application_scenarios",
    ),
    T("数字化车间和智能工厂", "个", "eq", 40, "建成数字化车间和智能工厂40个"),
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        40,
        "2026年全区人工智能核心产业规模达到40亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        40,
        "打造“人工智能+”应用场景40个",
        kind="application_scenarios",
        deadline=2026,
    ),
]

# (title, rest, lead, sup, 完成时限, 阶段性目标, targets)
ROWS = [
    (
        "建设区级算力服务平台",
        "整合区内算力资源，建设区级算力服务平台，为企业提供算力调度、模型训练和推理服务。",
        ["区数据局"],
        ["区发改委", "区财政局"],
        "2026年12月底前",
        "2026年底前建成算力服务平台1个，接入算力资源200P",
        [
            T("区级算力服务平台", "个", "eq", 1, "2026年底前建成算力服务平台1个", deadline=2026),
            T(
                "算力服务平台接入算力资源",
                "P",
                "eq",
                200,
                "接入算力资源200P",
                kind="computing_power",
            ),
        ],
    ),
    (
        "建设榕岭智算中心",
        "依托榕岭高新园建设智算中心，引进算力运营企业，推动智算资源向全市开放共享。",
        ["榕岭高新园管委会"],
        ["区发改委"],
        "2027年12月底前",
        "2026年底前形成算力300P，2027年底前全区智能算力规模达到500P",
        [
            T(
                "榕岭智算中心算力",
                "P",
                "eq",
                300,
                "2026年底前形成算力300P",
                kind="computing_power",
                deadline=2026,
            )
        ],
    ),
    (
        "推进数据要素开发利用",
        "推动公共数据授权运营，培育数据标注、数据治理等数据服务企业，建设行业数据空间。",
        ["区数据局"],
        ["区科工局"],
        "2027年6月底前",
        "培育数据服务企业8家",
        [T("数据服务企业", "家", "eq", 8, "培育数据服务企业8家")],
    ),
    (
        "实施智能化改造",
        "推动规模以上工业企业开展智能化改造和数字化转型，建设数字化车间和智能工厂。",
        ["区科工局"],
        ["区财政局"],
        "持续推进",
        "2026年建成数字化车间和智能工厂20个，2027年累计达到40个",
        [
            T(
                "数字化车间和智能工厂",
                "个",
                "eq",
                20,
                "2026年建成数字化车间和智能工厂20个",
                deadline=2026,
            )
        ],
    ),
    (
        "推广大模型行业应用",
        "支持企业在研发设计、生产管控、营销服务等环节应用大模型，发布行业大模型应用案例。",
        ["区科工局"],
        ["区数据局", "榕岭高新园管委会"],
        "2027年12月底前",
        "2026年底前发布行业大模型应用案例10个",
        [
            T(
                "行业大模型应用案例",
                "个",
                "eq",
                10,
                "2026年底前发布行业大模型应用案例10个",
                kind="application_scenarios",
                deadline=2026,
            )
        ],
    ),
    (
        "招引人工智能企业",
        "聚焦智能终端、智能软件、机器人等领域开展精准招商，引进一批人工智能头部企业和创新团队。",
        ["区投资促进中心"],
        ["区科工局", "区商务局"],
        "持续推进",
        "每年招引人工智能项目15个以上",
        [T("招引人工智能项目", "个", "gte", 15, "每年招引人工智能项目15个以上", per_year=True)],
    ),
    (
        "培育专精特新企业",
        "建立人工智能企业培育库，支持企业走专业化、精细化、特色化、新颖化发展道路。",
        ["区科工局"],
        ["区市场监管局"],
        "2027年12月底前",
        "2026年底前新增专精特新企业6家，2027年底前累计达到15家",
        [
            T(
                "新增专精特新企业",
                "家",
                "eq",
                6,
                "2026年底前新增专精特新企业6家",
                kind="ai_enterprises",
                aggregation="flow",
                deadline=2026,
            ),
            T(
                "专精特新企业",
                "家",
                "eq",
                15,
                "2027年底前累计达到15家",
                kind="ai_enterprises",
                deadline=2027,
            ),
        ],
    ),
    (
        "建设智慧社区",
        "推广智能门禁、智慧养老、社区治理一张图等应用，提升社区服务智能化水平。",
        ["区民政局"],
        ["各街道办事处"],
        "2026年第三季度",
        "建成智慧社区12个",
        [T("智慧社区", "个", "eq", 12, "建成智慧社区12个")],
    ),
    (
        "推进智慧城管",
        "运用视频智能分析技术，实现占道经营、违规停车、垃圾堆放等问题自动发现、自动派单。",
        ["区城管局"],
        ["区数据局", "各街道办事处"],
        "2026年12月底前",
        "城市管理问题智能发现率达到60%",
        [T("城市管理问题智能发现率", "%", "eq", 60, "城市管理问题智能发现率达到60%")],
    ),
    (
        "发展智慧医疗",
        "在社区卫生服务中心推广人工智能辅助诊断、慢病智能管理和家庭医生智能助手。",
        ["区卫健委"],
        ["区数据局"],
        "2027年6月底前",
        "社区卫生服务中心人工智能辅助诊断覆盖率达到100%",
        [
            T(
                "社区卫生服务中心人工智能辅助诊断覆盖率",
                "%",
                "eq",
                100,
                "社区卫生服务中心人工智能辅助诊断覆盖率达到100%",
            )
        ],
    ),
    (
        "推进智慧教育",
        "推动人工智能进课堂，开展人工智能课程和科创实践活动，培育人工智能特色学校。",
        ["区教育体育局"],
        [],
        "2027年9月底前",
        "建设人工智能特色学校10所",
        [T("人工智能特色学校", "所", "eq", 10, "建设人工智能特色学校10所")],
    ),
    (
        "发展智慧商贸",
        "推动商圈、市场数字化改造，发展无人零售、智能导购等新业态新模式。",
        ["区商务局"],
        ["区市场监管局"],
        "2026年12月底前",
        "打造智慧商圈2个、智慧菜市场10个",
        [
            T("智慧商圈", "个", "eq", 2, "打造智慧商圈2个"),
            T("智慧菜市场", "个", "eq", 10, "智慧菜市场10个"),
        ],
    ),
    (
        "推进智慧工地",
        "在房屋建筑和市政工程中推广智能监测、智能安全帽和塔吊防碰撞系统。",
        ["区住建局"],
        ["区城管局"],
        "2027年12月底前",
        "2026年底前在建工程智慧工地覆盖率达到60%，2027年底前达到90%",
        [
            T(
                "在建工程智慧工地覆盖率",
                "%",
                "eq",
                60,
                "2026年底前在建工程智慧工地覆盖率达到60%",
                deadline=2026,
            ),
            T("在建工程智慧工地覆盖率", "%", "eq", 90, "2027年底前达到90%", deadline=2027),
        ],
    ),
    (
        "发展智慧农业",
        "推广设施农业环境智能调控、水肥一体化和农产品直播电商，建设都市智慧农业示范点。",
        ["区农业农村局"],
        ["各街道办事处"],
        "2026年12月底前",
        "建设智慧农业示范点5个",
        [T("智慧农业示范点", "个", "eq", 5, "建设智慧农业示范点5个")],
    ),
    (
        "加强人工智能人才培育",
        "联合驻区高校和职业院校开展人工智能技能培训，建设人工智能实训基地。",
        ["区人社局"],
        ["区教育体育局", "区科工局"],
        "持续推进",
        "每年开展人工智能技能培训2000人次",
        [
            T(
                "人工智能技能培训",
                "人次",
                "eq",
                2000,
                "每年开展人工智能技能培训2000人次",
                kind="talent",
                per_year=True,
            )
        ],
    ),
    (
        "开放“人工智能+”应用场景",
        "定期发布场景机会清单，组织场景供需对接，推动优秀解决方案在全区复制推广。",
        ["区科工局"],
        ["区数据局"],
        "持续推进",
        "2026年底前开放应用场景40个，2027年底前累计达到80个",
        [],
    ),  # both figures restate the goals paragraph (40 in 2026, 80 in 2027): no second target
]

SAFEGUARDS = [
    (
        "加强统筹调度",
        "区“人工智能+”行动工作专班负责统筹推进本计划实施，专班办公室设在区科工局，每月调度一次重点任务完成情况，协调解决推进中的重大问题。",
    ),
    (
        "强化政策支持",
        "用好区级产业发展专项资金，对算力服务、场景开放和人才培育项目予以支持，积极争取上级资金和政策支持。",
    ),
    (
        "严格考核问效",
        "对照完成时限和阶段性目标实行月调度、季通报，对按期完成任务的单位予以通报表扬，对进度滞后的单位进行约谈督办。",
    ),
]


def _build():
    blocks = [
        ("head", "泾槐市榕岭区人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"泾槐市榕岭区人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各街道办事处，区政府各部门，榕岭高新园管委会："),
        ("body", NOTICE),
        ("sign", "泾槐市榕岭区人民政府办公室"),
        ("date", "2026年4月15日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", INTRO),
        ("h1", "一、发展目标"),
        ("body", GOAL_TEXT),
        ("h1", "二、重点任务"),
        (
            "body",
            "围绕算力设施、产业赋能、城市治理、民生服务和人才生态，实施16项重点任务，各项任务的牵头单位、配合单位、完成时限和阶段性目标见下表。",
        ),
        ("caption", "榕岭区“人工智能+”行动重点任务分工表"),
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("到2027年", GOAL_TEXT, GOAL_TARGETS)]
    rows = [["序号", "重点任务", "牵头单位", "配合单位", "完成时限", "阶段性目标"]]
    tasks = []
    for n, (title, rest, lead, sup, limit, stage, targets) in enumerate(ROWS, 1):
        cell = f"{title}。{rest}"
        rows.append([str(n), cell, "、".join(lead), "、".join(sup) or "—", limit, stage])
        due = due_of(limit)
        tasks.append(
            Task(str(n), title, cell, [CODE[x] for x in lead], [], [CODE[x] for x in sup], due=due)
        )
        for t in targets:
            assert t.phrase in stage, t.phrase
        if targets:
            goals.append(Goal(title, stage, dated(targets, due), numbering=str(n)))
    blocks.append(("table", rows))
    blocks.append(("h1", "三、保障措施"))
    sg = []
    for title, text in SAFEGUARDS:
        blocks.append(("item", (f"{title}。", text)))
        sg.append(Task(None, title, f"{title}。{text}"))
    blocks += [
        ("rule", ""),
        ("addressee", "抄送：区委办公室，区人大常委会办公室，区政协办公室，区纪委监委。"),
        ("addressee", "泾槐市榕岭区人民政府办公室　　　　　2026年4月15日印发"),
    ]
    sections = [
        Section("二", "二、", "重点任务", "key_task", tasks),
        Section("三", "三、", "保障措施", "safeguard", sg),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "rongling-district",
        "name": "榕岭区",
        "name_en": "Rongling District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 泾槐市榕岭区“人工智能+”行动计划（2026—2027年） (泾槐市榕岭区人民政府办公室, 榕府办发〔2026〕6号, 2026-04-15)
# — SYNTHETIC (synthetic_de): WRITTEN by helper blindDE (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_rongling.py as .docx and printed to PDF by LibreOffice.
# Zone rongling-district (an invented district of the invented 泾槐市, 江西省) → district level; period 2026—2027.
# Outline: red head, 发文字号, notice (每月5日前 reporting: no target), page break, title, preamble (the city's plan named: no figure);
#   一、发展目标 one paragraph "到2027年，…。其中，2026年…" → goal "到2027年": 5 targets due 2027 and 2 due 2026 (its 其中 sentence names
#   its own year: the 2026 level, not a part of the 2027 figure — no parent); 二、重点任务: a lead-in ("实施16项重点任务": a count of the
#   plan's own tasks, no target), a caption and a table 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 | 阶段性目标 of rows 1–16 → one
#   task per row (numbering the 序号, title the 重点任务 cell's words before its first 。, text the cell); 三、保障措施 three unnumbered
#   paragraphs "加强统筹调度。…" → safeguard tasks (专班办公室设在区科工局 assigns no role); 抄送 / 印发.
# Roles: the row's 牵头单位 → lead, 配合单位 → supporting ("—" in row 11: none). 各街道办事处 one collective agency.
# Due: the 完成时限 cell is the task's `due` (2026年12月底前 → 2026-12-31; 2027年6月底前 → 2027-06-30; 2027年9月底前 → 2027-09-30;
#   2026年第三季度 → 2026-09-30, the quarter's last day); 持续推进 → no due. A 完成时限 is a date, never a target.
# 阶段性目标: each row with a figure of its own is also a goal titled like the task, its text the 阶段性目标 cell, its targets the cell's
#   counts to reach — each due its own year where the cell dates it ("2026年底前…", "2026年建成…", "2027年底前…"), else the row's
#   完成时限 year (rows 3, 8–12, 14), else (持续推进) the plan's end. Restatements are no second target: row 2's "2027年底前全区智能算力
#   规模达到500P" and row 4's "2027年累计达到40个" restate the goals' 2027 figures; row 16's "2026年底前开放应用场景40个，2027年底前累计达到
#   80个" restates both the goals' 2026 and 2027 scene counts (row 16 has no goal). Row 7's "累计达到15家" (2027) is printed nowhere else:
#   a target, its thing 专精特新企业 from the cell's first clause. Row 10's "覆盖率达到100%" prints its figure → a target (eq 100 %).
#   Row 12 "智慧商圈2个、智慧菜市场10个" → two targets; row 13 a 2026 and a 2027 level of the same rate → two targets.
#   No target owners recorded.
"""

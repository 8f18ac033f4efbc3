# ruff: noqa: E501  (plan text as the office writes it)
"""松泉县推进“人工智能+”行动工作方案（2026—2027年） — INVENTED (synthetic_cp). An Excel workbook (.xlsx, openpyxl) holding the
whole plan: sheet 1 工作方案 is the plan's TEXT, one paragraph per row in column A, each row merged across A:H and wrapped (title,
preamble, 一、总体要求 with （一）指导思想 and （二）工作目标 — two dated goal paragraphs "到2026年底，…" / "到2027年，…" —, 二、重点任务 a
paragraph pointing to the second sheet, 三、保障措施 （一）–（五）, signature and date); sheet 2 任务清单 is the task table 序号 | 任务类别
| 任务名称 | 工作内容 | 量化目标 | 牵头单位 | 配合单位 | 完成时限, 任务类别 merged down over its rows, 完成时限 as date cells formatted
yyyy"年"m"月底前" (so a date shows as "2026年12月底前") or the text "长期坚持"; one body printed with two names, 县工信局（科技局）."""

from datetime import datetime

from openpyxl.styles import Alignment, Font
from synthetic_model import Agency, Goal, Section, Target, Task
from xlsx_book import landscape_fit, merge, new_workbook, put, title_row, widths

SLUG = "songquan-ai-plus-work-plan-2026-synthetic"
KIND = "xlsx"
TITLE = "松泉县推进“人工智能+”行动工作方案（2026—2027年）"
LIST_TITLE = "松泉县推进“人工智能+”行动任务清单"

A = {
    "zsj": ("松泉县政务服务和数字化建设管理局", "big_data", ["县政数局"]),
    "fgj": ("松泉县发展和改革局", "development_reform", ["县发改局"]),
    "gxj": ("松泉县工业和信息化局", "industry_it", ["县工信局（科技局）", "县工信局"]),
    "czj": ("松泉县财政局", "finance", ["县财政局"]),
    "nyj": ("松泉县农业农村局", "agriculture", ["县农业农村局"]),
    "lyj": ("松泉县林业局", "natural_resources", ["县林业局"]),
    "wlj": ("松泉县文化广播电视和旅游局", "culture_tourism", ["县文广旅局"]),
    "swj": ("松泉县商务局", "commerce", ["县商务局"]),
    "scj": ("松泉县市场监督管理局", "market_regulation", ["县市场监管局"]),
    "jkq": ("松泉经济开发区管理委员会", "park_administration", ["县经开区管委会"]),
    "xz": ("松泉县各乡镇人民政府", "local_government", ["各乡镇人民政府"]),
    "wjj": ("松泉县卫生健康局", "health", ["县卫健局"]),
    "ybj": ("松泉县医疗保障局", "health", ["县医保局"]),
    "jyj": ("松泉县教育局", "education", ["县教育局"]),
    "mzj": ("松泉县民政局", "civil_affairs", ["县民政局"]),
    "zzb": ("中共松泉县委组织部", "party_organisation", ["县委组织部"]),
    "rsj": ("松泉县人力资源和社会保障局", "human_resources", ["县人社局"]),
    "wxb": ("中共松泉县委网络安全和信息化委员会办公室", "publicity", ["县委网信办"]),
    "gaj": ("松泉县公安局", "public_security", ["县公安局"]),
}
NAME = {printed: code for code, (_, _, forms) in A.items() for printed in forms}
GENERIC = {"县直各部门"}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def codes(cell: str) -> list[str]:
    names = [n for n in cell.split("、") if n]
    assert all(n in NAME or n in GENERIC for n in names), names
    return [NAME[n] for n in names if n in NAME]


PREAMBLE = "为深入贯彻落实国家、省、市关于深入实施“人工智能+”行动的部署要求，抢抓人工智能发展机遇，加快推动人工智能与我县经济社会发展深度融合，以智能化赋能特色产业振兴和县域治理现代化，结合我县实际，制定本方案。"
BASIS = "近年来，我县数字基础设施建设和产业数字化转型取得积极进展。2025年，全县建成数据中心1个，智能算力规模为10P，人工智能相关企业8家，规模以上工业企业数字化转型覆盖率为42%，矿泉水、人参等特色产业开展了智能化应用探索，但仍存在算力支撑不足、数据资源分散、应用场景较少、专业人才缺乏等问题，亟需加快补齐短板。"
PRINCIPLES = "（二）基本原则。坚持需求牵引，从产业发展和群众需求出发谋划应用场景，以应用成效检验工作成果；坚持特色发展，立足县域资源禀赋和产业基础，不贪大求全，不搞重复建设；坚持政府引导、市场主导，充分发挥企业主体作用；坚持安全可控，统筹发展和安全，守牢数据安全和网络安全底线。"
GUIDE = "（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实习近平总书记视察吉林重要讲话重要指示精神，完整准确全面贯彻新发展理念，立足我县矿泉水、人参、林下经济和冰雪旅游等资源优势，坚持需求牵引、应用为先、特色发展、安全可控，以算力和数据为基础、以场景开放为抓手、以特色产业智能化为重点，推动人工智能在产业发展、政务服务、民生保障和乡村振兴等领域广泛应用，为建设生态强县、产业大县、旅游名县提供有力支撑。"
G1_TEXT = "（三）工作目标。到2026年底，全县智能算力规模达到50P，建成县级政务数据共享平台，培育“人工智能+”应用场景20个，人工智能相关企业达到15家，规模以上工业企业数字化转型覆盖率达到60%，人工智能赋能县域发展的基础初步夯实。"
G1 = [
    T("智能算力规模", "P", "eq", 50, "全县智能算力规模达到50P", kind="computing_power"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        20,
        "培育“人工智能+”应用场景20个",
        kind="application_scenarios",
    ),
    T("人工智能相关企业", "家", "eq", 15, "人工智能相关企业达到15家", kind="ai_enterprises"),
    T("规模以上工业企业数字化转型覆盖率", "%", "eq", 60, "规模以上工业企业数字化转型覆盖率达到60%"),
]
G2_TEXT = "到2027年，人工智能与实体经济融合更加深入，“人工智能+”应用场景累计达到40个，人工智能相关企业达到25家，人工智能相关产业规模突破10亿元，规模以上工业企业数字化转型覆盖率达到80%，全县数字乡村建设水平进入全省前列，形成一批可复制推广的县域“人工智能+”应用经验。"
G2 = [
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        40,
        "“人工智能+”应用场景累计达到40个",
        kind="application_scenarios",
    ),
    T("人工智能相关企业", "家", "eq", 25, "人工智能相关企业达到25家", kind="ai_enterprises"),
    T(
        "人工智能相关产业规模",
        "亿元",
        "gt",
        10,
        "人工智能相关产业规模突破10亿元",
        kind="related_industry_scale",
    ),
    T("规模以上工业企业数字化转型覆盖率", "%", "eq", 80, "规模以上工业企业数字化转型覆盖率达到80%"),
]
TASKS_PARA = "围绕夯实发展基础、赋能特色产业、提升民生服务、优化发展生态四个方面，实施16项重点任务。各项任务的工作内容、量化目标、牵头单位、配合单位和完成时限见《松泉县推进“人工智能+”行动任务清单》（本工作簿“任务清单”表）。各牵头单位要会同配合单位细化工作举措，建立工作台账，按时限要求推进落实。"
SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立县推进“人工智能+”行动工作专班，由县政府分管副县长任组长，县政数局、县发改局、县工信局（科技局）等部门主要负责同志为成员，专班办公室设在县政数局，负责统筹协调、调度推进和督促检查。各乡镇、各部门要明确分管领导和工作人员，确保各项任务有人抓、有人管。",
    ),
    (
        "（二）",
        "强化要素保障",
        "县财政每年安排500万元人工智能发展专项资金，重点支持算力设施建设、应用场景打造和人才培养。积极争取中央和省、市各类专项资金及地方政府专项债券支持，对人工智能重点项目在用地、用能等方面优先保障。",
    ),
    (
        "（三）",
        "强化人才支撑",
        "加强与省内高校、科研院所合作，柔性引进人工智能领域专家团队，建立县级人工智能专家咨询机制。加大本土数字人才培养力度，推动机关干部、企业经营管理人员和新型职业农民提升数字素养和技能。",
    ),
    (
        "（四）",
        "强化督促考核",
        "将任务落实情况纳入县直部门和乡镇年度绩效考核，工作专班每季度调度一次工作进展，对推进滞后的任务进行通报督办，对工作成效突出的单位予以通报表扬。",
    ),
    (
        "（五）",
        "营造良好氛围",
        "充分利用电视、网站、微信公众号等媒体，广泛宣传人工智能政策措施和典型案例，组织开展人工智能进机关、进企业、进乡村、进校园活动，营造全社会关注、支持、参与“人工智能+”行动的良好氛围。",
    ),
]

# category: (任务类别, rows); row: (任务名称, 工作内容, 量化目标, 牵头单位, 配合单位, 完成时限 (y, m) or "长期坚持", targets)
CATEGORIES = [
    (
        "夯实发展基础",
        [
            (
                "建设县级智算中心",
                "依托县数据中心扩容建设智算节点，采用自然冷却等节能技术，接入市级算力调度平台，为县内企业和机关单位提供算力服务。",
                "2026年底全县智能算力规模达到50P。",
                "县政数局",
                "县发改局、县工信局（科技局）",
                (2026, 12),
                [],
            ),
            (
                "建设县级政务数据共享平台",
                "整合县直部门业务系统数据，建设县级政务数据共享平台，编制政务数据资源目录，实现与省、市平台级联对接和数据按需回流。",
                "2026年底建成平台，编制数据资源目录300项以上。",
                "县政数局",
                "县直各部门",
                (2026, 12),
                [T("政务数据资源目录", "项", "gte", 300, "编制数据资源目录300项以上")],
            ),
            (
                "推进5G和千兆光网向乡村延伸",
                "推动5G网络向行政村、旅游景区和矿泉水产业园延伸覆盖，实施农村光纤网络升级改造，提升农村网络服务质量。",
                "2026年新建5G基站80个，2027年行政村5G通达率达到100%。",
                "县工信局（科技局）",
                "各乡镇人民政府",
                (2027, 12),
                [
                    T(
                        "新建5G基站",
                        "个",
                        "eq",
                        80,
                        "2026年新建5G基站80个",
                        aggregation="flow",
                        deadline=2026,
                    ),
                    T(
                        "行政村5G通达率",
                        "%",
                        "eq",
                        100,
                        "2027年行政村5G通达率达到100%",
                        deadline=2027,
                    ),
                ],
            ),
            (
                "建设县域特色产业数据集",
                "围绕人参、林蛙、矿泉水、冰雪旅游等特色产业，采集整理生产、加工、流通和市场数据，建设高质量特色产业数据集，支持行业模型训练和应用。",
                "2027年底建成特色产业数据集5个。",
                "县政数局",
                "县农业农村局、县林业局、县文广旅局",
                (2027, 12),
                [T("特色产业数据集", "个", "eq", 5, "2027年底建成特色产业数据集5个")],
            ),
        ],
    ),
    (
        "赋能特色产业",
        [
            (
                "推进“人工智能+”人参产业",
                "建设人参种植智能监测系统，推广病害智能识别、品质智能分级和产品溯源，打造人参产业数字化服务平台，提升松泉人参品牌价值。",
                "2026年建设人参智能种植示范基地3个，2027年达到6个。",
                "县农业农村局",
                "县工信局（科技局）、县商务局",
                (2027, 12),
                [
                    T(
                        "人参智能种植示范基地",
                        "个",
                        "eq",
                        3,
                        "2026年建设人参智能种植示范基地3个",
                        deadline=2026,
                    ),
                    T("人参智能种植示范基地", "个", "eq", 6, "2027年达到6个", deadline=2027),
                ],
            ),
            (
                "推进矿泉水产业智能化改造",
                "支持矿泉水企业建设智能灌装、智能仓储和智能物流系统，推动水源地水质、水量智能监测，提升生产效率和产品质量。",
                "2026年完成智能化改造企业5家，建成智能工厂1个。",
                "县工信局",
                "县经开区管委会",
                (2026, 12),
                [
                    T(
                        "完成智能化改造企业",
                        "家",
                        "eq",
                        5,
                        "2026年完成智能化改造企业5家",
                        aggregation="flow",
                    ),
                    T("智能工厂", "个", "eq", 1, "建成智能工厂1个"),
                ],
            ),
            (
                "发展“人工智能+”林下经济",
                "运用人工智能开展林蛙、食用菌、山野菜等林下产品生产管理和市场预测，推广产品质量追溯，拓宽线上销售渠道。",
                "林下经济产品溯源覆盖率达到70%。",
                "县林业局",
                "县市场监管局",
                (2027, 6),
                [T("林下经济产品溯源覆盖率", "%", "eq", 70, "林下经济产品溯源覆盖率达到70%")],
            ),
            (
                "发展冰雪和生态旅游智能服务",
                "建设全域智慧旅游服务平台，推广智能导览、智能票务和客流预警，开发冰雪运动、森林康养数字人讲解服务。",
                "2026年打造智慧景区2家，全县旅游接待人次增长10%以上。",
                "县文广旅局",
                "县商务局",
                (2026, 12),
                [
                    T("智慧景区", "家", "eq", 2, "2026年打造智慧景区2家"),
                    T("旅游接待人次增速", "%", "gte", 10, "全县旅游接待人次增长10%以上"),
                ],
            ),
            (
                "培育人工智能相关企业",
                "开展人工智能领域精准招商，支持本地企业与人工智能企业合作开发产品和解决方案，推动企业上云用数赋智。",
                "人工智能相关企业2026年达到15家、2027年达到25家。",
                "县经开区管委会",
                "县工信局（科技局）、县商务局",
                (2027, 12),
                [],
            ),
        ],
    ),
    (
        "提升民生服务",
        [
            (
                "推进政务服务智能化",
                "上线政务服务智能客服和智能导办，推广“免证办”“智能办”，推动更多政务服务事项网上办、掌上办、就近办。",
                "智能导办事项达到100项，政务服务事项网上可办率达到95%以上。",
                "县政数局",
                "县直各部门",
                (2026, 12),
                [
                    T("智能导办事项", "项", "eq", 100, "智能导办事项达到100项"),
                    T(
                        "政务服务事项网上可办率",
                        "%",
                        "gte",
                        95,
                        "政务服务事项网上可办率达到95%以上",
                    ),
                ],
            ),
            (
                "推进“人工智能+”医疗健康",
                "推广基层智能辅助诊疗系统和远程影像诊断服务，建设县域医共体智能服务平台，提升基层医疗服务能力。",
                "乡镇卫生院智能辅助诊疗覆盖率达到100%。",
                "县卫健局",
                "县医保局",
                (2026, 9),
                [
                    T(
                        "乡镇卫生院智能辅助诊疗覆盖率",
                        "%",
                        "eq",
                        100,
                        "乡镇卫生院智能辅助诊疗覆盖率达到100%",
                    )
                ],
            ),
            (
                "推进“人工智能+”教育",
                "开展中小学人工智能通识教育，建设人工智能教育实验室，推动城乡学校共享优质数字教育资源，提升教师数字素养。",
                "建设人工智能教育实验室10间，培训教师300人次。",
                "县教育局",
                "县财政局",
                (2026, 8),
                [
                    T("人工智能教育实验室", "间", "eq", 10, "建设人工智能教育实验室10间"),
                    T(
                        "培训教师",
                        "人次",
                        "eq",
                        300,
                        "培训教师300人次",
                        kind="talent",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "推进数字乡村和智慧养老",
                "推广乡村智能安防和智慧养老服务，为农村留守老人配备智能监护设备，提升乡村治理和养老服务智能化水平。",
                "每个乡镇建设智慧养老服务站1个，配备智能监护设备500台。",
                "县民政局",
                "各乡镇人民政府",
                (2027, 6),
                [
                    T("每个乡镇智慧养老服务站", "个", "eq", 1, "每个乡镇建设智慧养老服务站1个"),
                    T("农村留守老人智能监护设备", "台", "eq", 500, "配备智能监护设备500台"),
                ],
            ),
        ],
    ),
    (
        "优化发展生态",
        [
            (
                "加强人才引育",
                "实施“松泉英才”计划，引进人工智能领域紧缺人才，开展全民数字技能培训和农民手机应用技能培训。",
                "2027年底前引进紧缺人才20名，累计培训5000人次。",
                "县委组织部",
                "县人社局、县教育局",
                (2027, 12),
                [
                    T(
                        "引进人工智能领域紧缺人才",
                        "名",
                        "eq",
                        20,
                        "2027年底前引进紧缺人才20名",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T(
                        "数字技能培训",
                        "人次",
                        "eq",
                        5000,
                        "累计培训5000人次",
                        kind="talent",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "开放应用场景",
                "定期发布“人工智能+”应用场景清单，组织供需对接活动，支持企业在县内开展新技术、新产品先行先试。",
                "每年发布场景清单不少于1批次。",
                "县发改局",
                "县政数局",
                "长期坚持",
                [
                    T(
                        "发布应用场景清单",
                        "批次",
                        "gte",
                        1,
                        "每年发布场景清单不少于1批次",
                        per_year=True,
                    )
                ],
            ),
            (
                "加强安全治理",
                "落实数据安全和个人信息保护制度，开展人工智能应用安全风险排查，防范深度伪造、算法歧视等风险。",
                None,
                "县委网信办",
                "县公安局",
                "长期坚持",
                [],
            ),
        ],
    ),
]


def month_end(y, m):
    return f"{y}-{m:02d}-{[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]}"


def _extract():
    goals = [
        Goal("到2026年底", G1_TEXT, [_due(t, 2026) for t in G1]),
        Goal("到2027年", G2_TEXT, G2),
    ]
    for text, targets in ((G1_TEXT, G1), (G2_TEXT, G2)):
        for t in targets:
            assert t.phrase in text, t.phrase
    subs, n = [], 0
    for i, (category, rows) in enumerate(CATEGORIES, 1):
        tasks = []
        for title, work, measure, lead, sup, when, targets in rows:
            n += 1
            text = "\n".join(filter(None, (title, work, measure)))
            due = month_end(*when) if when != "长期坚持" else None
            tasks.append(
                Task(str(n), title, text, lead=codes(lead), supporting=codes(sup), due=due)
            )
            for t in targets:
                assert t.phrase in measure, t.phrase
                t.deadline = t.deadline or (when[0] if when != "长期坚持" else 2027)
            if targets:
                goals.append(Goal(title, text, targets, numbering=str(n)))
        subs.append(Section(str(i), "", category, "key_task", tasks))
    safeguards = [Task(no, title, f"{title}。{body}") for no, title, body in SAFEGUARDS]
    return [
        Section("二", "二、", "重点任务", "key_task", sections=subs),
        Section("三", "三、", "保障措施", "safeguard", safeguards),
    ], goals


def _due(t, year):
    t.deadline = t.deadline or year
    return t


SECTIONS, GOALS = _extract()

PARAGRAPHS = [
    ("title", TITLE),
    ("p", PREAMBLE),
    ("p", BASIS),
    ("h", "一、总体要求"),
    ("p", GUIDE),
    ("p", PRINCIPLES),
    ("p", G1_TEXT),
    ("p", G2_TEXT),
    ("h", "二、重点任务"),
    ("p", TASKS_PARA),
    ("h", "三、保障措施"),
    *[("p", f"{no}{title}。{body}") for no, title, body in SAFEGUARDS],
    ("right", "松泉县人民政府办公室"),
    ("right", "2026年4月15日"),
]


def workbook():
    wb = new_workbook(TITLE, datetime(2026, 4, 10, 15, 20, 0))
    ws = wb.active
    ws.title = "工作方案"
    widths(ws, [11] * 8)
    for r, (kind, text) in enumerate(PARAGRAPHS, 1):
        if kind == "title":
            title_row(ws, r, text, 8, size=18, height=48)
            continue
        cell = ws.cell(row=r, column=1, value=text)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        if kind == "h":
            cell.font = Font(name="黑体", size=14)
            ws.row_dimensions[r].height = 24
        elif kind == "right":
            cell.font = Font(name="仿宋_GB2312", size=14)
            cell.alignment = Alignment(horizontal="right")
        else:
            cell.font = Font(name="仿宋_GB2312", size=14)
            cell.alignment = Alignment(wrap_text=True, vertical="top", indent=2)
            ws.row_dimensions[r].height = 20 * (len(text) // 30 + 1)
    ws.sheet_view.showGridLines = False
    landscape_fit(ws, "portrait")

    ws = wb.create_sheet("任务清单")
    widths(ws, [6, 12, 18, 44, 30, 14, 18, 14])
    title_row(ws, 1, LIST_TITLE, 8, size=16)
    for col, text in enumerate(
        [
            "序号",
            "任务类别",
            "任务名称",
            "工作内容",
            "量化目标",
            "牵头单位",
            "配合单位",
            "完成时限",
        ],
        1,
    ):
        put(ws, 2, col, text, header=True)
    row, n = 3, 0
    for category, rows in CATEGORIES:
        first = row
        for title, work, measure, lead, sup, when, _targets in rows:
            n += 1
            put(ws, row, 1, n, centre=True)
            put(ws, row, 3, title)
            put(ws, row, 4, work)
            put(ws, row, 5, measure)
            put(ws, row, 6, lead, centre=True)
            put(ws, row, 7, sup, centre=True)
            if when == "长期坚持":
                put(ws, row, 8, when, centre=True)
            else:
                put(ws, row, 8, datetime(when[0], when[1], 1), centre=True, fmt='yyyy"年"m"月底前"')
            ws.row_dimensions[row].height = 64
            row += 1
        put(ws, first, 2, category, centre=True)
        merge(ws, first, row - 1, 2, 2)
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"
    landscape_fit(ws)
    return wb, {}


AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Songquan County (Jilin) work plan for the “AI+” action (2026–2027) — synthetic",
    "issuer": "松泉县人民政府办公室",
    "issued_on": "2026-04-15",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.xlsx",
}

EXTRACTION = {
    "zone": {
        "slug": "songquan-jilin-county",
        "name": "松泉县",
        "name_en": "Songquan County (Jilin)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 松泉县推进“人工智能+”行动工作方案（2026—2027年） (松泉县人民政府办公室, 2026-04-15)
# — SYNTHETIC (synthetic_cp): WRITTEN by the collector (helper blindCP, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_songquan.py as an Excel workbook (.xlsx, openpyxl).
# Text = what a reader sees in Excel (tests/pilots/test_plans_corpus.py xlsx_words): sheet 工作方案 (one paragraph a row, merged
#   A:H), then sheet 任务清单 row by row, a merged 任务类别 once; 完成时限 date cells shown by their format "2026年12月底前".
# Zone songquan-jilin-county (吉林 松泉县, a county) → district level, as the corpus files counties; period 2026–2027 (title).
# Sheet 工作方案: preamble; 一、总体要求 = （一）指导思想 (no task) and （二）工作目标, two dated goal paragraphs → goals titled by their date
#   phrases "到2026年底" (4 targets, due 2026; "建成县级政务数据共享平台" no figure) and "到2027年" (4 targets; 突破10亿元 → gt;
#   "进入全省前列" no figure); 二、重点任务 = a paragraph pointing to the second sheet ("四个方面" aspects and "16项重点任务" a count of
#   the plan's own tasks: no targets) → a section 二、重点任务 whose sub-sections are the 任务清单's categories; 三、保障措施
#   （一）–（五） → safeguard tasks titled by their names (text "name。body", no number), no roles ("专班办公室设在县政数局" assigns none;
#   "县财政每年安排500万元…专项资金" a budget, no target); signature and date (issuer, issued_on).
# Sheet 任务清单: 任务类别 merged down over its rows (a CATEGORY column, SOURCES.md rCJ: the rows' section, each row a task) → four
#   sub-sections without numbering; each row ONE task: numbering its 序号 (1–16, numbered on across categories), title the 任务名称,
#   text the row's 任务名称 | 工作内容 | 量化目标 cells; 牵头单位 → lead, 配合单位 → supporting; 县直各部门 generic → no agency;
#   各乡镇人民政府 one collective; "县工信局（科技局）" one body printed with its second name, also printed "县工信局" (row 6) → one agency,
#   both forms aliases. due = the 完成时限 date cell (shown "2027年6月底前" → 2027-06-30); "长期坚持" → no due.
# Targets of a row: its 量化目标 cell. A figure with its own year ("2026年新建5G基站80个，2027年…100%", "2026年建设…3个，2027年达到6
#   个") is due that year, the rest at the row's 完成时限 year; "长期坚持" → the plan's end (2027). "每年发布场景清单不少于1批次" → a
#   per-year target (gte 1). "每个乡镇建设智慧养老服务站1个" → a quota, its metric naming the unit. RESTATED, no second target: row 1
#   "2026年底全县智能算力规模达到50P" (the 2026 goal) and row 9 "人工智能相关企业2026年达到15家、2027年达到25家" (both goals): kept where
#   first printed, sheet 1. Each row with targets is also a goal titled like its task (text the task's). 新建 / 完成改造 / 引进 /
#   培训 counts → flow.
"""

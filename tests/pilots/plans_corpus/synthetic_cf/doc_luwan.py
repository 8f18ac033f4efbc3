# ruff: noqa: E501  (plan text as the office writes it)
"""鹭湾市“人工智能+”行动方案（2026—2027年） — INVENTED (synthetic_cf). A Word file (.docx): the notice, the plan
(一、工作目标 = two dated goal paragraphs; 二、重点任务 = four groups （一）–（四） of tasks 1.–12. numbered on, each
"N.标题。正文（牵头单位：市X；责任单位：市Y、Z）"; 三、保障措施 （一）–（三） unannotated; the 附件 list), then THREE
annexes beside it, each after a page break: 附件1 重点任务分工表 (a Word table restating the twelve tasks with their
roles and 完成时限), 附件2 重点项目清单 (项目名称 / 建设内容 / 总投资（亿元） / 建设期限 / 责任单位) and 附件3 名词解释."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "luwan-ai-plus-action-2026-synthetic"
KIND = "docx"

# printed form → (code, full name, category); a printed form absent here is generic words (市直有关部门)
A = {
    "市发展改革局": ("fgj", "鹭湾市发展和改革局", "development_reform"),
    "市工业和信息化局": ("gxj", "鹭湾市工业和信息化局", "industry_it"),
    "市政务服务和数据管理局": ("zsj", "鹭湾市政务服务和数据管理局", "big_data"),
    "市财政局": ("czj", "鹭湾市财政局", "finance"),
    "市交通运输局": ("jtj", "鹭湾市交通运输局", "transport"),
    "市卫生健康局": ("wjj", "鹭湾市卫生健康局", "health"),
    "各区人民政府": ("gq", "鹭湾市各区人民政府", "local_government"),
    "市港口管理局": ("gkj", "鹭湾市港口管理局", "transport"),
    "市商务局": ("swj", "鹭湾市商务局", "commerce"),
    "市科学技术局": ("kjj", "鹭湾市科学技术局", "science_technology"),
    "市医疗保障局": ("ybj", "鹭湾市医疗保障局", "health"),
    "市教育局": ("jyj", "鹭湾市教育局", "education"),
    "市委组织部": ("zzb", "中共鹭湾市委组织部", "party_organisation"),
    "市人力资源和社会保障局": ("rsj", "鹭湾市人力资源和社会保障局", "human_resources"),
    "市委金融办": ("jrb", "中共鹭湾市委金融委员会办公室", "financial_regulation"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def codes(names):
    return [A[n][0] for n in names if n in A]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "鹭湾市“人工智能+”行动方案（2026—2027年）"
DOC_NUMBER = "鹭府办〔2026〕9号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Luwan City (Guangdong) “AI+” action plan (2026–2027) — synthetic",
    "issuer": "鹭湾市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-16",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"《{TITLE}》已经市人民政府同意，现印发给你们，请认真组织实施。实施中遇到的问题，请径向市工业和信息化局反映。"
PREAMBLE = "为深入贯彻落实国家和省关于深入实施“人工智能+”行动的决策部署，抢抓人工智能发展重大机遇，发挥我市港口、临港制造业和数据中心集群优势，推动人工智能与实体经济深度融合，加快培育新质生产力，结合我市实际，制定本方案。"

G1_TEXT = "到2026年底，全市智能算力规模达到1200P，人工智能核心产业规模突破200亿元，“人工智能+”行动开局起步，形成一批可复制推广的应用成果。"
G1 = [
    T(
        "智能算力规模",
        "P",
        "eq",
        1200,
        "全市智能算力规模达到1200P",
        kind="computing_power",
        deadline=2026,
    ),
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        200,
        "人工智能核心产业规模突破200亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
]
G2_TEXT = "到2027年，全市人工智能核心产业规模突破300亿元，智能算力规模达到2000P，建设制造、港航、医疗等行业高质量数据集20个，培育人工智能骨干企业30家，打造“人工智能+”典型应用场景100个以上，建成全省重要的人工智能产业集聚区和港产城融合智能化应用示范城市。"
G2 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        300,
        "全市人工智能核心产业规模突破300亿元",
        kind="ai_industry_scale",
    ),
    T("智能算力规模", "P", "eq", 2000, "智能算力规模达到2000P", kind="computing_power"),
    T("行业高质量数据集", "个", "eq", 20, "建设制造、港航、医疗等行业高质量数据集20个"),
    T("人工智能骨干企业", "家", "eq", 30, "培育人工智能骨干企业30家", kind="ai_enterprises"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        100,
        "打造“人工智能+”典型应用场景100个以上",
        kind="application_scenarios",
    ),
]

# task: (title, body, lead, responsible, targets, annex 主要内容, annex 完成时限)
GROUPS = [
    (
        "（一）",
        "夯实智能底座",
        [
            (
                "建设智能算力集群",
                "依托鹭湾数据中心集群，推进“鹭湾智算”中心二期建设，新增智能算力800P，推动算力设施与海上风电、光伏等清洁能源协同布局，打造面向全省的绿色智能算力枢纽节点。",
                ["市发展改革局"],
                ["市工业和信息化局", "市政务服务和数据管理局"],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        800,
                        "新增智能算力800P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
                "推进“鹭湾智算”中心二期建设，新增智能算力800P",
                "2027年12月底前",
            ),
            (
                "推动算力普惠使用",
                "研究制定《鹭湾市算力券管理办法》，面向中小企业、科研机构发放算力券，单个企业每年最高补贴50万元，降低企业用算成本。建设全市算力调度服务平台，推动政务、教育、医疗等公共领域算力需求统一调度。",
                ["市工业和信息化局"],
                ["市财政局", "市政务服务和数据管理局"],
                [],  # 单个企业每年最高补贴50万元: a subsidy cap, no target
                "制定算力券管理办法，建设全市算力调度服务平台",
                "2026年6月底前",
            ),
            (
                "推进公共数据开放利用",
                "完善全市公共数据资源目录，依托市公共数据开放平台开放高价值公共数据集200个，探索公共数据授权运营，支持企业围绕港航物流、城市治理、民生服务等领域开发数据产品。",
                ["市政务服务和数据管理局"],
                ["市直有关部门"],
                [T("开放高价值公共数据集", "个", "eq", 200, "开放高价值公共数据集200个")],
                "开放高价值公共数据集200个",
                "2026年12月底前",
            ),
            (
                "建设行业高质量数据集",
                "聚焦制造、港航、医疗等重点领域，建设行业高质量数据集20个，建立数据标注、质检和流通机制，支持数据标注企业在我市集聚发展。",
                ["市工业和信息化局"],
                ["市交通运输局", "市卫生健康局"],
                [],  # 行业高质量数据集20个: the goals' figure printed again (2027) — no second target
                "建设行业高质量数据集20个",
                "2027年12月底前",
            ),
        ],
    ),
    (
        "（二）",
        "赋能产业升级",
        [
            (
                "实施“人工智能+制造”行动",
                "聚焦石化、装备制造、家电等优势产业，推动300家规模以上工业企业开展智能化改造，建成智能工厂15家，推广工业视觉质检、智能排产、设备预测性维护等应用。",
                ["市工业和信息化局"],
                ["各区人民政府"],
                [
                    T(
                        "开展智能化改造的规模以上工业企业",
                        "家",
                        "eq",
                        300,
                        "推动300家规模以上工业企业开展智能化改造",
                        aggregation="flow",
                    ),
                    T("智能工厂", "家", "eq", 15, "建成智能工厂15家"),
                ],
                "推动300家规模以上工业企业开展智能化改造，建成智能工厂15家",
                "2027年12月底前",
            ),
            (
                "发展智慧港航物流",
                "推进港口作业智能调度、集装箱智能识别和无人集卡应用，建成智慧码头2个，建设港航物流数据服务平台，提升港口通关和物流效率。",
                ["市港口管理局"],
                ["市交通运输局", "市商务局"],
                [T("智慧码头", "个", "eq", 2, "建成智慧码头2个")],
                "建成智慧码头2个",
                "2027年6月底前",
            ),
            (
                "培育人工智能企业",
                "实施人工智能企业招引培育计划，新引进人工智能企业50家，支持本地企业研发行业模型和智能终端产品，对首次认定的国家高新技术企业给予一次性奖励20万元。",
                ["市商务局"],
                ["市科学技术局", "市工业和信息化局"],
                [
                    T(
                        "新引进人工智能企业",
                        "家",
                        "eq",
                        50,
                        "新引进人工智能企业50家",
                        kind="ai_enterprises",
                        aggregation="flow",
                    )
                ],
                "新引进人工智能企业50家",
                "2027年12月底前",
            ),
        ],
    ),
    (
        "（三）",
        "赋能社会民生",
        [
            (
                "推进“人工智能+政务服务”",
                "建设“鹭湾政务智能助手”，推广智能咨询、智能预审、智能审批等应用，政务服务事项智能预审覆盖率达到80%，推动更多事项“免申即享”“秒批秒办”。",
                ["市政务服务和数据管理局"],
                ["各区人民政府"],
                [
                    T(
                        "政务服务事项智能预审覆盖率",
                        "%",
                        "eq",
                        80,
                        "政务服务事项智能预审覆盖率达到80%",
                    )
                ],
                "政务服务事项智能预审覆盖率达到80%",
                "2026年12月底前",
            ),
            (
                "推进“人工智能+医疗健康”",
                "推动医学影像智能辅助诊断、智能导诊和慢病智能管理应用，二级以上医院智能辅助诊断覆盖率达到100%，探索开展医保智能审核。",
                ["市卫生健康局"],
                ["市医疗保障局"],
                [
                    T(
                        "二级以上医院智能辅助诊断覆盖率",
                        "%",
                        "eq",
                        100,
                        "二级以上医院智能辅助诊断覆盖率达到100%",
                    )
                ],
                "二级以上医院智能辅助诊断覆盖率达到100%",
                "2027年12月底前",
            ),
            (
                "推进“人工智能+教育”",
                "建设人工智能教育实验校50所，开设人工智能通识课程，推广智能教学助手和学情分析应用，提升师生数字素养。",
                ["市教育局"],
                ["各区人民政府"],
                [T("人工智能教育实验校", "所", "eq", 50, "建设人工智能教育实验校50所")],
                "建设人工智能教育实验校50所",
                "2027年9月底前",
            ),
        ],
    ),
    (
        "（四）",
        "强化发展支撑",
        [
            (
                "加强人才引育",
                "实施“鹭湾智才”计划，引进人工智能领域高层次人才200名，支持高校、职业院校开设人工智能相关专业，建设人工智能实训基地。",
                ["市委组织部"],
                ["市人力资源和社会保障局", "市科学技术局"],
                [
                    T(
                        "引进人工智能领域高层次人才",
                        "名",
                        "eq",
                        200,
                        "引进人工智能领域高层次人才200名",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
                "引进人工智能领域高层次人才200名",
                "持续推进",
            ),
            (
                "强化金融支持",
                "设立规模50亿元的市人工智能产业投资基金，引导社会资本投向人工智能领域，鼓励银行机构开发“算力贷”“数据贷”等金融产品。",
                ["市财政局"],
                ["市委金融办"],
                [],  # 设立规模50亿元的…基金: a fund being set up, no target
                "设立市人工智能产业投资基金",
                "2026年9月底前",
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立市“人工智能+”行动工作专班，由市政府分管领导任组长，统筹推进全市人工智能发展工作。专班办公室设在市工业和信息化局，负责日常工作。",
    ),
    (
        "（二）",
        "强化要素保障",
        "统筹市级产业发展专项资金支持人工智能项目建设，优先保障附件2所列重点项目用地、用能需求，对重点项目实行专人跟踪服务。",
    ),
    (
        "（三）",
        "抓好督促落实",
        "各牵头单位要对照附件1明确的分工和完成时限，制定具体工作措施，每季度末向专班办公室报送工作进展，确保各项任务按期完成。",
    ),
]

ANNEX1 = "鹭湾市“人工智能+”行动重点任务分工表"
ANNEX2 = "鹭湾市“人工智能+”行动重点项目清单"
ANNEX3 = "名词解释"

# 项目名称, 建设内容, 总投资（亿元）, 建设期限, 责任单位 — projects: no task, no target
PROJECTS = [
    (
        "“鹭湾智算”中心二期项目",
        "新建智算机房及配套设施，部署智能算力服务器集群，新增智能算力800P",
        "18.5",
        "2026—2027年",
        "市发展改革局",
    ),
    (
        "市算力调度服务平台项目",
        "建设算力资源汇聚、调度、交易和监测系统",
        "0.8",
        "2026年",
        "市工业和信息化局",
    ),
    (
        "港口智能调度及无人集卡项目",
        "建设港口智能调度系统，投用无人集卡40台",
        "6.2",
        "2026—2027年",
        "市港口管理局",
    ),
    (
        "工业视觉质检公共服务平台项目",
        "建设工业视觉质检模型库和检测服务平台，服务企业100家以上",
        "1.5",
        "2026—2027年",
        "市工业和信息化局",
    ),
    (
        "智慧医疗影像云项目",
        "建设全市医学影像云平台和智能辅助诊断系统，覆盖二级以上医院",
        "2.3",
        "2026—2027年",
        "市卫生健康局",
    ),
    (
        "人工智能产业园项目",
        "建设孵化载体、中试平台和公共服务平台，建筑面积12万平方米",
        "9.6",
        "2026—2027年",
        "市商务局",
    ),
]

GLOSSARY = [
    "1.智能算力：指面向人工智能模型训练和推理的计算能力，主要由GPU、NPU等人工智能芯片提供，通常以P（PFLOPS）为计量单位，1P相当于每秒1000万亿次浮点运算。",
    "2.高质量数据集：指经过采集、清洗、标注、质检等环节加工，可直接用于人工智能模型训练和评测的数据集合。",
    "3.算力券：指政府向符合条件的企业和科研机构发放的、用于购买算力服务的电子凭证，使用时按一定比例抵扣算力服务费用。",
    "4.智能工厂：指按照国家智能制造能力成熟度模型评估达到三级及以上水平的工厂。",
    "5.智能预审：指运用人工智能技术对申请材料进行自动识别、比对和核验，提前发现材料问题并提示申请人补正的服务方式。",
]

MONTH_END = {6: 30, 9: 30, 12: 31}


def _due(limit):
    """完成时限 "2027年12月底前" → ("2027-12-31", 2027); "持续推进" → (None, None)."""
    if limit == "持续推进":
        return None, None
    year, month = int(limit[:4]), int(limit[5:].split("月")[0])
    return f"{year}-{month:02d}-{MONTH_END[month]}", year


def ann(lead, resp):
    return f"（牵头单位：{'、'.join(lead)}；责任单位：{'、'.join(resp)}）"


def _build():
    blocks = [
        ("head", "鹭湾市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"鹭湾市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各区人民政府，市政府各部门、各直属机构："),
        ("body", NOTICE),
        ("sign", "鹭湾市人民政府办公室"),
        ("date", "2026年3月16日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("h1", "一、工作目标"),
        ("body", G1_TEXT),
        ("body", G2_TEXT),
    ]
    for text, targets in ((G1_TEXT, G1), (G2_TEXT, G2)):
        for t in targets:
            assert t.phrase in text, t.phrase
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2027年", G2_TEXT, G2)]
    blocks.append(("h1", "二、重点任务"))
    subs, rows, n = [], [], 0
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for title, body, lead, resp, targets, content, limit in items:
            n += 1
            no = f"{n}."
            a = ann(lead, resp)
            blocks.append(("item", (f"{no}{title}。", body + a)))
            due, year = _due(limit)
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}{a}",
                    lead=codes(lead),
                    responsible=codes(resp),
                    due=due,
                )
            )
            for t in targets:
                assert t.phrase in body, t.phrase
                t.deadline = t.deadline or year  # a figure with no year: due at its row's 完成时限
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
            rows.append([str(n), title, content, "、".join(lead), "、".join(resp), limit])
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sections = [Section("二", "二、", "重点任务", "key_task", sections=subs)]
    blocks.append(("h1", "三、保障措施"))
    sg = []
    for no, title, text in SAFEGUARDS:
        blocks.append(("item", (f"{no}{title}。", text)))
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("三", "三、", "保障措施", "safeguard", sg))
    blocks += [
        ("addressee", f"附件：1.{ANNEX1}"),
        ("indent", f"2.{ANNEX2}"),
        ("indent", f"3.{ANNEX3}"),
        ("pagebreak", ""),
        ("label", "附件1"),
        ("title", ANNEX1),
        (
            "grid",
            (
                [["序号", "重点任务", "主要内容", "牵头单位", "责任单位", "完成时限"], *rows],
                [1.1, 2.6, 4.6, 2.3, 2.8, 2.2],
            ),
        ),
        ("pagebreak", ""),
        ("label", "附件2"),
        ("title", ANNEX2),
        (
            "grid",
            (
                [
                    ["序号", "项目名称", "建设内容", "总投资（亿元）", "建设期限", "责任单位"],
                    *[[str(i), *p] for i, p in enumerate(PROJECTS, 1)],
                ],
                [1.1, 3.0, 5.2, 1.9, 2.2, 2.2],
            ),
        ),
        ("pagebreak", ""),
        ("label", "附件3"),
        ("title", ANNEX3),
        *[("body", g) for g in GLOSSARY],
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "luwan-guangdong-city",
        "name": "鹭湾市",
        "name_en": "Luwan City (Guangdong)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 鹭湾市“人工智能+”行动方案（2026—2027年） (鹭湾市人民政府办公室, 鹭府办〔2026〕9号, 2026-03-16)
# — SYNTHETIC (synthetic_cf): WRITTEN by the collector (helper blindCF, 2026-12-07) before reading or running the importer; no
#   such document or place is claimed to exist (鹭湾市, 广东, invented). Built by make_files.py from doc_luwan.py as a Word file.
# Zone luwan-guangdong-city (a prefecture-level city → city level); period 2026–2027.
# Outline: red head, 发文字号, notice, page break, title, preamble; 一、工作目标 = two dated paragraphs "到2026年底，…" (2 targets)
#   and "到2027年，…" (5); 二、重点任务 = groups （一）–（四） (sub-sections) of tasks 1.–12. NUMBERED ON, each "N.标题。正文（牵头
#   单位：市X；责任单位：市Y、Z）"; 三、保障措施 （一）–（三） → safeguard tasks without roles ("专班办公室设在市工业和信息化局，负责日常
#   工作" assigns none); the 附件 list. Then THREE ANNEXES beside the plan:
#   附件1 重点任务分工表 (序号 | 重点任务 | 主要内容 | 牵头单位 | 责任单位 | 完成时限): each row RESTATES the body task of its number,
#   with the same roles → recorded ONCE, as the body task (title, text, roles from the body); what the row adds, its 完成时限, is the
#   task's due ("2026年6月底前" → 2026-06-30; "持续推进" → none) and dates the task's figures that carry no year of their own
#   (task 3 → 2026, task 8 → 2026, the others 2027); the row's 主要内容 restates the task's figures → no second target.
#   附件2 重点项目清单 (项目名称 | 建设内容 | 总投资（亿元） | 建设期限 | 责任单位): a list of projects with their investment → no task,
#   no target (as a 专栏 of 重点项目), also for figures in 建设内容 (新增智能算力800P, 无人集卡40台, 服务企业100家以上, 12万平方米);
#   its 责任单位 assign nothing (no task to assign).
#   附件3 名词解释: definitions → no task, no target (1P = 1000万亿次, 三级 are definitions).
# Roles: 牵头单位 → lead, 责任单位 → responsible; "市直有关部门" (task 3) generic → that task has its lead alone; 各区人民政府 → ONE
#   collective; 市委组织部 / 市委金融办 are party bodies with a role.
# Goals: 到2026年底 (2), 到2027年 (5); every task holding figures is also a goal titled like the task, numbered like it (text =
#   title + body, without the annotation). Not targets: 算力券 单个企业每年最高补贴50万元 (a cap), 一次性奖励20万元 (a reward),
#   设立规模50亿元的…基金 (a fund being set up); task 4's 行业高质量数据集20个 restates the goals (2027) → no second target.
#   新增智能算力800P (new, task 1) is another thing than 智能算力规模 (total): its own target. 推动300家…开展智能化改造 / 新引进 /
#   引进 → flow; things built or reached → stock.
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""蓼川市推进“人工智能+”行动方案（2026—2028年）（修订版） — INVENTED (synthetic_cx). A Word file: the covering notice
re-issuing the plan (the old one repealed), a 修订说明 up front listing what changed — old figures beside new ones
("将“到2027年建成智算中心2个”调整为“到2027年建成智算中心3个”"), a deleted item ("删去原第（五）项"), an added one ("新增第
（九）项"), a lead changed, a due moved — then the full revised plan: goals by year, tasks （一）–（十二） with
"（牵头单位：X；配合单位：Y）" annotations, safeguards. The revised plan's figures and roles are the extraction; the
修订说明's are not."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "liaochuan-anhui-ai-plus-action-revised-2026-synthetic"
KIND = "docx"

A = {
    "市发展改革委": ("fgw", "蓼川市发展和改革委员会", "development_reform"),
    "市经信局": ("jxj", "蓼川市经济和信息化局", "industry_it"),
    "市科技局": ("kjj", "蓼川市科学技术局", "science_technology"),
    "市数据资源局": ("sjj", "蓼川市数据资源管理局", "big_data"),
    "市财政局": ("czj", "蓼川市财政局", "finance"),
    "市教育局": ("jyj", "蓼川市教育局", "education"),
    "市人社局": ("rsj", "蓼川市人力资源和社会保障局", "human_resources"),
    "市卫生健康委": ("wjw", "蓼川市卫生健康委员会", "health"),
    "市交通运输局": ("jtj", "蓼川市交通运输局", "transport"),
    "市农业农村局": ("nyj", "蓼川市农业农村局", "agriculture"),
    "市商务局": ("swj", "蓼川市商务局", "commerce"),
    "市市场监管局": ("scj", "蓼川市市场监督管理局", "market_regulation"),
    "市政务服务管理局": ("zwj", "蓼川市政务服务管理局", "government_services"),
    "市委网信办": ("wxb", "中共蓼川市委网络安全和信息化委员会办公室", "publicity"),
    "蓼川高新区管委会": ("gxq", "蓼川高新技术产业开发区管理委员会", "park_administration"),
    "各县（市、区）人民政府": ("gx", "蓼川市各县（市、区）人民政府", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
C = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "蓼川市推进“人工智能+”行动方案（2026—2028年）（修订版）"
DOC_NUMBER = "蓼政办〔2026〕21号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Liaochuan City (Anhui) action plan for “AI+” 2026–2028, revised edition — synthetic",
    "issuer": "蓼川市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-07-16",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2027, 2028],
    "source_file": f"{SLUG}.docx",
}

NOTICE = "《蓼川市推进“人工智能+”行动方案（2026—2028年）》（蓼政办〔2026〕5号）印发以来，各地各部门认真抓好贯彻落实，各项工作取得积极进展。为更好衔接国家和省“人工智能+”行动部署，根据方案实施半年来的进展情况和市政府第47次常务会议精神，市经济和信息化局会同有关部门对方案部分目标和任务进行了修订。经市政府同意，现将修订后的方案重新印发给你们，请认真组织实施。原方案（蓼政办〔2026〕5号）同时废止。"

REVISIONS = [
    "将“二、主要目标”中“到2027年建成智算中心2个”调整为“到2027年建成智算中心3个”。",
    "将“到2027年，全市人工智能核心产业规模达到160亿元”调整为“到2027年，全市人工智能核心产业规模达到180亿元”；将“到2028年，全市人工智能核心产业规模突破220亿元”调整为“到2028年，全市人工智能核心产业规模突破260亿元”。",
    "将“到2028年累计培育人工智能高技能人才5000人”调整为“到2028年累计培育人工智能高技能人才1万人”；在“到2028年”目标中新增“智能算力规模达到3000P”。",
    "删去原第（五）项“建设人工智能产业园区”，其内容并入第（四）项“培育壮大人工智能企业”。",
    "新增第（九）项“推进‘人工智能+’政务服务”，原第（九）项至第（十二）项序号依次调整。",
    "将第（三）项“建设高质量数据集”的牵头单位由“市经信局”调整为“市数据资源局”，市经信局调整为配合单位。",
    "将第（七）项“推进‘人工智能+’交通”的完成时限由“2027年底前”调整为“2027年6月底前”；将第（十一）项中“每年培训5000人次”调整为“每年培训8000人次以上”。",
    "其余内容未作修改。",
]

PREAMBLE = "为深入贯彻国家和省关于深入实施“人工智能+”行动的部署要求，加快推动人工智能与经济社会各领域深度融合，培育发展新质生产力，结合我市实际，制定本方案。"
GENERAL = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持应用牵引、数据驱动、算力支撑、安全可控，以场景开放带动产业集聚，以技术赋能推动转型升级，加快建设皖北人工智能应用示范城市，为现代化美好蓼川建设提供有力支撑。"
BASE = "2025年，全市人工智能核心产业规模达到68亿元，人工智能企业96家，智能算力规模300P，建成智算中心1个。"

GOALS_SPEC = [
    (
        "到2026年底",
        "到2026年底，全市智能算力规模达到800P，人工智能核心产业规模突破120亿元，人工智能企业达到150家，打造“人工智能+”应用场景60个，“人工智能+”行动取得阶段性成效。",
        [
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
                "gt",
                120,
                "人工智能核心产业规模突破120亿元",
                kind="ai_industry_scale",
                deadline=2026,
            ),
            T(
                "人工智能企业",
                "家",
                "eq",
                150,
                "人工智能企业达到150家",
                kind="ai_enterprises",
                deadline=2026,
            ),
            T(
                "“人工智能+”应用场景",
                "个",
                "eq",
                60,
                "打造“人工智能+”应用场景60个",
                kind="application_scenarios",
                deadline=2026,
            ),
        ],
    ),
    (
        "到2027年",
        "到2027年，全市人工智能核心产业规模达到180亿元，人工智能企业达到220家，建成智算中心3个，智能算力规模达到1500P，规模以上工业企业数字化转型覆盖率达到70%。",
        [
            T(
                "人工智能核心产业规模",
                "亿元",
                "eq",
                180,
                "全市人工智能核心产业规模达到180亿元",
                kind="ai_industry_scale",
                deadline=2027,
            ),
            T(
                "人工智能企业",
                "家",
                "eq",
                220,
                "人工智能企业达到220家",
                kind="ai_enterprises",
                deadline=2027,
            ),
            T("智算中心", "个", "eq", 3, "建成智算中心3个", deadline=2027),
            T(
                "智能算力规模",
                "P",
                "eq",
                1500,
                "智能算力规模达到1500P",
                kind="computing_power",
                deadline=2027,
            ),
            T(
                "规模以上工业企业数字化转型覆盖率",
                "%",
                "eq",
                70,
                "规模以上工业企业数字化转型覆盖率达到70%",
                deadline=2027,
            ),
        ],
    ),
    (
        "到2028年",
        "到2028年，全市人工智能核心产业规模突破260亿元，年均增长25%以上；人工智能企业达到300家；智能算力规模达到3000P；建成省级以上人工智能创新平台15个；累计培育人工智能高技能人才1万人；打造典型应用场景200个以上，基本建成皖北人工智能应用示范城市。",
        [
            T(
                "人工智能核心产业规模",
                "亿元",
                "gt",
                260,
                "全市人工智能核心产业规模突破260亿元",
                kind="ai_industry_scale",
                deadline=2028,
            ),
            T("人工智能核心产业规模年均增速", "%", "gte", 25, "年均增长25%以上", deadline=2028),
            T(
                "人工智能企业",
                "家",
                "eq",
                300,
                "人工智能企业达到300家",
                kind="ai_enterprises",
                deadline=2028,
            ),
            T(
                "智能算力规模",
                "P",
                "eq",
                3000,
                "智能算力规模达到3000P",
                kind="computing_power",
                deadline=2028,
            ),
            T(
                "省级以上人工智能创新平台",
                "个",
                "eq",
                15,
                "建成省级以上人工智能创新平台15个",
                kind="innovation_platforms",
                deadline=2028,
            ),
            T(
                "累计培育人工智能高技能人才",
                "人",
                "eq",
                10000,
                "累计培育人工智能高技能人才1万人",
                kind="talent",
                deadline=2028,
            ),
            T(
                "典型应用场景",
                "个",
                "gte",
                200,
                "打造典型应用场景200个以上",
                kind="application_scenarios",
                deadline=2028,
            ),
        ],
    ),
]

# (heading, body, lead, supporting, responsible, due, extra annotation text, targets)
TASKS = [
    (
        "建设智能算力设施",
        "统筹推进蓼川智算中心、高新区智算中心和县域边缘算力节点建设，到2027年建成智算中心3个。推动算力资源接入全省算力调度平台，面向中小企业发放算力券，降低用算成本。推进新建数据中心绿色低碳发展。",
        ["市发展改革委"],
        ["市经信局", "市数据资源局", "蓼川高新区管委会"],
        [],
        None,
        "",
        [],
    ),
    (
        "推进通用大模型落地应用",
        "支持企业基于国产通用大模型开展二次开发和行业适配，建设蓼川市大模型公共服务平台，提供模型训练、推理部署和评测服务。到2027年，平台服务企业300家以上。",
        ["市科技局"],
        ["市经信局", "市数据资源局"],
        [],
        None,
        "",
        [T("大模型公共服务平台服务企业", "家", "gte", 300, "平台服务企业300家以上", deadline=2027)],
    ),
    (
        "建设高质量数据集",
        "围绕装备制造、现代农业、医疗健康、交通物流等领域，建设行业高质量数据集，到2028年累计建成高质量数据集50个。完善公共数据授权运营机制，推动公共数据与社会数据融合应用。",
        ["市数据资源局"],
        ["市经信局", "市农业农村局", "市卫生健康委"],
        [],
        None,
        "",
        [
            T(
                "累计建成高质量数据集",
                "个",
                "eq",
                50,
                "到2028年累计建成高质量数据集50个",
                deadline=2028,
            )
        ],
    ),
    (
        "培育壮大人工智能企业",
        "实施人工智能企业梯度培育计划，招引一批人工智能头部企业区域总部和研发中心，支持本地企业做大做强。高标准建设蓼川高新区人工智能产业园，完善孵化、中试和公共服务功能，到2027年入园企业达到80家。",
        ["市经信局"],
        ["市商务局", "蓼川高新区管委会"],
        [],
        None,
        "",
        [
            T(
                "人工智能产业园入园企业",
                "家",
                "eq",
                80,
                "到2027年入园企业达到80家",
                deadline=2027,
            )
        ],
    ),
    (
        "推进“人工智能+”制造",
        "推动规模以上工业企业开展数字化转型诊断，实施智能化改造项目，每年遴选智能制造示范工厂10家以上。推广工业质检、预测性维护、智能排产等场景应用。",
        ["市经信局"],
        ["市发展改革委", "市财政局"],
        [],
        None,
        "",
        [
            T(
                "遴选智能制造示范工厂",
                "家",
                "gte",
                10,
                "每年遴选智能制造示范工厂10家以上",
                per_year=True,
                deadline=2028,
            )
        ],
    ),
    (
        "推进“人工智能+”农业",
        "建设智慧农业应用基地，推广智能农机装备、病虫害智能识别和农产品溯源应用，到2028年建成智慧农业应用基地20个。",
        ["市农业农村局"],
        ["市科技局", "市数据资源局"],
        [],
        None,
        "",
        [T("智慧农业应用基地", "个", "eq", 20, "到2028年建成智慧农业应用基地20个", deadline=2028)],
    ),
    (
        "推进“人工智能+”交通",
        "建设城市交通大脑，推进主城区信号灯智能控制和公交智能调度，完成主城区300个路口信号灯智能化改造。",
        ["市交通运输局"],
        ["市数据资源局"],
        ["各县（市、区）人民政府"],
        "2027-06-30",
        "；完成时限：2027年6月底前",
        [
            T(
                "主城区路口信号灯智能化改造",
                "个",
                "eq",
                300,
                "完成主城区300个路口信号灯智能化改造",
                deadline=2027,
            )
        ],
    ),
    (
        "推进“人工智能+”医疗",
        "推广医学影像辅助诊断、智能导诊和电子病历质控等应用，推动二级以上公立医院人工智能辅助诊疗应用全覆盖。",
        ["市卫生健康委"],
        ["市数据资源局", "市财政局"],
        [],
        None,
        "",
        [],
    ),
    (
        "推进“人工智能+”政务服务",
        "建设全市统一的政务大模型，推动智能客服、智能审批、智能帮办在政务服务中应用，到2027年上线政务服务智能体30个以上。",
        ["市政务服务管理局"],
        ["市数据资源局", "市委网信办"],
        [],
        None,
        "",
        [T("政务服务智能体", "个", "gte", 30, "到2027年上线政务服务智能体30个以上", deadline=2027)],
    ),
    (
        "推进“人工智能+”商贸",
        "支持商贸流通企业应用智能营销、智能仓储和无人配送，培育直播电商智能化服务机构，推动外贸企业应用人工智能开拓国际市场。",
        ["市商务局"],
        ["市经信局"],
        [],
        None,
        "",
        [],
    ),
    (
        "加强人工智能人才培养",
        "支持高校和职业院校开设人工智能相关专业，开展人工智能技能培训，每年培训8000人次以上；落实人才引进政策，对引进的高层次人工智能人才给予安家补贴。",
        ["市人社局"],
        ["市教育局", "市科技局"],
        [],
        None,
        "",
        [
            T(
                "人工智能技能培训",
                "人次",
                "gte",
                8000,
                "每年培训8000人次以上",
                per_year=True,
                kind="talent",
                deadline=2028,
            )
        ],
    ),
    (
        "强化人工智能安全治理",
        "落实生成式人工智能服务管理要求，开展算法备案和安全评估，加强数据安全和个人信息保护，建立人工智能伦理风险监测机制。",
        ["市委网信办"],
        ["市市场监管局", "市数据资源局"],
        [],
        None,
        "",
        [],
    ),
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "市推进“人工智能+”行动工作专班负责统筹协调，研究解决重大问题。各县（市、区）、各有关部门要细化工作措施，明确责任分工，确保各项任务落到实处。",
    ),
    (
        "加大政策支持",
        "统筹用好市级产业发展资金，对人工智能重大项目、应用场景和创新平台给予支持。鼓励金融机构创新科技信贷产品，引导社会资本投向人工智能领域。",
    ),
    (
        "强化要素保障",
        "优先保障人工智能重大项目用地、用能需求，推动算力、数据、模型等要素资源统筹调度和高效配置。",
    ),
    (
        "严格督导评估",
        "建立方案实施年度评估机制，定期调度重点任务进展，评估结果纳入有关部门年度目标考核。",
    ),
]

NUMS = "一二三四五六七八九十"


def cn(n):
    return NUMS[n - 1] if n <= 10 else "十" + NUMS[n - 11]


def _annotation(lead, sup, resp, extra):
    parts = [f"牵头单位：{'、'.join(lead)}"]
    others = sup + resp
    if others:
        parts.append(f"配合单位：{'、'.join(sup)}" if sup else "")
    text = "；".join(p for p in parts if p)
    if resp:
        text += f"；责任单位：{'、'.join(resp)}"
    return f"（{text}{extra}）"


def _build():
    blocks = [
        ("head", "蓼川市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"蓼川市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各县（市、区）人民政府，蓼川高新区管委会，市政府各部门、各直属机构："),
        ("body", NOTICE),
        ("sign", "蓼川市人民政府办公室"),
        ("date", "2026年7月16日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", "修订说明"),
    ]
    for i, text in enumerate(REVISIONS, 1):
        blocks.append(("body", f"{i}.{text}"))
    blocks += [
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("h1", "一、总体要求"),
        ("body", GENERAL),
        ("body", BASE),
        ("h1", "二、主要目标"),
    ]
    goals = []
    for title, text, targets in GOALS_SPEC:
        blocks.append(("body", text))
        for t in targets:
            assert t.phrase in text, t.phrase
        goals.append(Goal(title, text, targets))
    blocks.append(("h1", "三、重点任务"))
    tasks = []
    for i, (head, body, lead, sup, resp, due, extra, targets) in enumerate(TASKS, 1):
        ann = _annotation(lead, sup, resp, extra)
        blocks.append(("item", (f"（{cn(i)}）{head}。", body + ann)))
        tasks.append(
            Task(
                f"（{cn(i)}）",
                head,
                f"{head}。{body}{ann}",
                lead=[C[x] for x in lead],
                supporting=[C[x] for x in sup],
                responsible=[C[x] for x in resp],
                due=due,
            )
        )
        for t in targets:
            assert t.phrase in body, t.phrase
        if targets:
            goals.append(Goal(head, f"{head}。{body}", targets, numbering=f"（{cn(i)}）"))
    blocks.append(("h1", "四、保障措施"))
    sg = []
    for i, (head, body) in enumerate(SAFEGUARDS, 1):
        blocks.append(("item", (f"（{cn(i)}）{head}。", body)))
        sg.append(Task(f"（{cn(i)}）", head, f"{head}。{body}"))
    blocks += [
        ("rule", ""),
        (
            "addressee",
            "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市法院，市检察院。",
        ),
        ("addressee", "蓼川市人民政府办公室　　　　　　　　2026年7月16日印发"),
    ]
    sections = [
        Section("三", "三、", "重点任务", "key_task", tasks),
        Section("四", "四、", "保障措施", "safeguard", sg),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "liaochuan-anhui-city",
        "name": "蓼川市",
        "name_en": "Liaochuan City (Anhui)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 蓼川市推进“人工智能+”行动方案（2026—2028年）（修订版） (蓼川市人民政府办公室, 蓼政办〔2026〕21号, 2026-07-16)
# — SYNTHETIC (synthetic_cx): WRITTEN by the collector (helper blindCX, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_liaochuan.py as a Word file (.docx).
# Zone liaochuan-anhui-city (安徽 蓼川市, invented) → city level; period 2026—2028 (the revised plan's own years).
# Outline: red head, 文号, the covering notice re-issuing the plan (the old 蓼政办〔2026〕5号 repealed), "（此件公开发布）"; page
#   break; "修订说明" with eight numbered paragraphs 1.–8. listing the changes (old figure → new figure, 删去原第（五）项, 新增第（九）项,
#   a lead and a due changed, "其余内容未作修改") → NO goal, target or task: it describes the change; the revised plan that follows
#   states what is now committed. Its old figures (智算中心2个, 160亿元, 220亿元, 5000人, 每年培训5000人次, 2027年底前, 市经信局 as
#   lead of （三）) are the repealed plan's; its new figures are the revised plan's printed again (kept where the plan prints them).
#   Page break; the plan: title, preamble, 一、总体要求 (guiding paragraph; a 2025 baseline sentence: no targets), 二、主要目标 = three
#   paragraphs "到2026年底，…" (4 targets), "到2027年，…" (5), "到2028年，…" (7, one a growth rate beside the level) → goals titled
#   by their date phrase; 三、重点任务 （一）–（十二） each "标题。正文（牵头单位：X；配合单位：Y）" (（七） adds 责任单位 and
#   "完成时限：2027年6月底前" → due 2027-06-30); 四、保障措施 （一）–（四） → safeguard tasks, no roles. 抄送 / 印发.
# Tasks with figures are goals titled like the task (text heading + body, no annotation). （一）'s "到2027年建成智算中心3个" is the
#   goals' figure printed again → no second target; 算力券 no figure. 每年… figures per-year, due 2028 (the plan's end). 1万人 → 10000 人. （八）'s 全覆盖 has no figure → no target.
#   （三） is led by 市数据资源局 with 市经信局 supporting, as the revised plan's annotation prints it (the 修订说明 says the same;
#   the old lead is not read from it). The deleted item's words ("建设人工智能产业园区") survive only in the note: no task.
"""

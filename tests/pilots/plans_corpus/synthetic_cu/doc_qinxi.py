# ruff: noqa: E501  (plan text as the office writes it)
"""芩溪市推进“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_cu). A Word file as typed in WPS: parts
numbered with Roman numerals Ⅰ、Ⅱ、Ⅲ、 (U+2160…), sections with the parenthesised ideographs ㈠ ㈡ ㈢ ㈣ (U+3220…), tasks with
the full-stop digits ⒈ ⒉ ⒊ (U+2488…) restarting per section, sub-items with the parenthesised digits ⑴ ⑵ ⑶ (U+2474…);
annotations （牵头单位：X；配合单位：Y）. A task with sub-items carries its annotation on its heading line (the sub-items are its
text) — except ㈡⒉, whose sub-items each carry their own (its clauses)."""

from synthetic_model import Agency, Clause, Goal, Section, Target, Task

SLUG = "qinxi-jiangxi-ai-plus-implementation-2026-synthetic"
KIND = "docx"

# printed form → (code, full name, category)
A = {
    "市发改委": ("fgw", "芩溪市发展和改革委员会", "development_reform"),
    "市工信局": ("gxj", "芩溪市工业和信息化局", "industry_it"),
    "市科技局": ("kjj", "芩溪市科学技术局", "science_technology"),
    "市数据局": ("sjj", "芩溪市数据局", "big_data"),
    "市政务服务办": ("zwb", "芩溪市政务服务管理办公室", "government_services"),
    "市财政局": ("czj", "芩溪市财政局", "finance"),
    "市人社局": ("rsj", "芩溪市人力资源和社会保障局", "human_resources"),
    "市教育局": ("jyj", "芩溪市教育局", "education"),
    "市卫健委": ("wjw", "芩溪市卫生健康委员会", "health"),
    "市农业农村局": ("nyj", "芩溪市农业农村局", "agriculture"),
    "市交通运输局": ("jtj", "芩溪市交通运输局", "transport"),
    "市文广新旅局": ("wlj", "芩溪市文化广电新闻出版旅游局", "culture_tourism"),
    "市市场监管局": ("scj", "芩溪市市场监督管理局", "market_regulation"),
    "市商务局": ("swj", "芩溪市商务局", "commerce"),
    "市公安局": ("gaj", "芩溪市公安局", "public_security"),
    "市委网信办": ("wxb", "中共芩溪市委网络安全和信息化委员会办公室", "publicity"),
    "市委组织部": ("zzb", "中共芩溪市委组织部", "party_organisation"),
    "芩溪高新区管委会": ("gxq", "芩溪高新技术产业开发区管理委员会", "park_administration"),
    "各县（市、区）人民政府": ("xsq", "芩溪市各县（市、区）人民政府", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
C = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "芩溪市推进“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "芩府办发〔2026〕5号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Qinxi City (Jiangxi) implementation plan for advancing the “AI+” action 2026–2027 — synthetic",
    "issuer": "芩溪市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"《{TITLE}》已经市政府同意，现印发给你们，请认真组织实施。各牵头单位要会同配合单位制定具体工作措施，每半年将工作进展情况报送市工信局。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实国家和省关于深入实施“人工智能+”行动的部署要求，坚持应用牵引、场景驱动、创新引领、安全可控，推动人工智能与全市新能源、电子信息、现代农业、文化旅游等产业和公共服务深度融合，加快培育新质生产力，为奋力谱写中国式现代化芩溪篇章提供有力支撑。"
G1_TEXT = "到2026年底，全市人工智能核心产业规模达到60亿元，智能算力规模达到300P，打造“人工智能+”典型应用场景50个以上，培育人工智能相关企业150家，人工智能赋能千行百业取得初步成效。"
G1 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        60,
        "全市人工智能核心产业规模达到60亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    T(
        "智能算力规模",
        "P",
        "eq",
        300,
        "智能算力规模达到300P",
        kind="computing_power",
        deadline=2026,
    ),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        50,
        "打造“人工智能+”典型应用场景50个以上",
        kind="application_scenarios",
        deadline=2026,
    ),
    T(
        "人工智能相关企业",
        "家",
        "eq",
        150,
        "培育人工智能相关企业150家",
        kind="ai_enterprises",
        deadline=2026,
    ),
]
G2_TEXT = "到2027年，全市人工智能核心产业规模突破100亿元，年均增长30%以上，智能算力规模达到600P，人工智能相关企业超过220家，累计打造“人工智能+”典型应用场景120个以上，建成省级以上人工智能创新平台8个，规模以上工业企业数字化转型覆盖率达到85%，人工智能成为全市经济社会发展的重要引擎。"
G2 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        100,
        "全市人工智能核心产业规模突破100亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能核心产业规模年均增速", "%", "gte", 30, "年均增长30%以上"),
    T("智能算力规模", "P", "eq", 600, "智能算力规模达到600P", kind="computing_power"),
    T("人工智能相关企业", "家", "gt", 220, "人工智能相关企业超过220家", kind="ai_enterprises"),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        120,
        "累计打造“人工智能+”典型应用场景120个以上",
        kind="application_scenarios",
    ),
    T(
        "省级以上人工智能创新平台",
        "个",
        "eq",
        8,
        "建成省级以上人工智能创新平台8个",
        kind="innovation_platforms",
    ),
    T("规模以上工业企业数字化转型覆盖率", "%", "eq", 85, "规模以上工业企业数字化转型覆盖率达到85%"),
]

# task: (title, body, lead, supporting, targets, subs, mode)
#   mode "plain": "⒈标题。正文（annotation）" in one paragraph
#   mode "head":  "⒈标题（annotation）" then the sub-items ⑴ ⑵ as paragraphs of their own (the task's text)
#   mode "clauses": "⒈标题。正文" then sub-items each closing on its own annotation: subs = [(text, lead, supporting, targets)]
SECTIONS_IN = [
    (
        "㈠",
        "夯实智能发展底座",
        [
            (
                "建设城市智算中心",
                "依托芩溪高新区数据中心集群，推进城市智算中心二期项目建设，新增智能算力300P，推动全市算力资源接入全省算力调度平台，面向中小企业、科研机构提供普惠算力服务。落实算力券支持政策，对中小企业使用智能算力服务给予不超过合同金额30%的补贴。",
                ["市发改委"],
                ["市数据局", "芩溪高新区管委会"],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        300,
                        "新增智能算力300P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
                [],
                "plain",
            ),
            (
                "推进公共数据开发利用",
                "",
                ["市数据局"],
                ["市政务服务办", "市发改委"],
                [
                    T(
                        "新增共享数据目录",
                        "项",
                        "eq",
                        500,
                        "2026年新增共享数据目录500项",
                        deadline=2026,
                        aggregation="flow",
                    ),
                    T("上线数据产品", "个", "gte", 20, "上线数据产品20个以上"),
                ],
                [
                    "⑴完善公共数据资源目录。2026年新增共享数据目录500项，推动高频数据按需共享、应享尽享。",
                    "⑵开展公共数据授权运营。在交通出行、医疗健康、普惠金融等领域上线数据产品20个以上，推动数据资源转化为数据资产。",
                    "⑶加强数据安全管理。落实数据分类分级保护制度，常态化开展数据安全检查和风险评估。",
                ],
                "head",
            ),
            (
                "建设行业高质量数据集",
                "聚焦新能源、电子信息、现代农业等优势领域，组织龙头企业联合高校院所建设行业高质量数据集10个，培育数据标注企业5家，推动数据集在行业内共享复用。",
                ["市数据局"],
                ["市工信局", "市农业农村局"],
                [
                    T("行业高质量数据集", "个", "eq", 10, "建设行业高质量数据集10个"),
                    T("数据标注企业", "家", "eq", 5, "培育数据标注企业5家"),
                ],
                [],
                "plain",
            ),
        ],
    ),
    (
        "㈡",
        "推动产业智能化升级",
        [
            (
                "实施制造业智能化改造",
                "聚焦锂电新能源、电子信息、装备制造等重点产业链，推广“诊断+改造+评估”服务模式，实施智能化改造项目200个，新增省级智能工厂10家，推动工业大模型在研发设计、质量检测、设备运维等环节落地应用。",
                ["市工信局"],
                ["市财政局", "各县（市、区）人民政府"],
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        200,
                        "实施智能化改造项目200个",
                        aggregation="flow",
                    ),
                    T(
                        "新增省级智能工厂",
                        "家",
                        "eq",
                        10,
                        "新增省级智能工厂10家",
                        aggregation="flow",
                    ),
                ],
                [],
                "plain",
            ),
            (
                "培育壮大人工智能企业",
                "坚持引育并举，加快集聚一批人工智能企业。",
                [],
                [],
                [],
                [
                    (
                        "⑴引进培育龙头企业。围绕算力、模型、智能终端等环节开展精准招商，引进人工智能重点企业10家。",
                        ["市商务局"],
                        ["市工信局"],
                        [
                            T(
                                "引进人工智能重点企业",
                                "家",
                                "eq",
                                10,
                                "引进人工智能重点企业10家",
                                aggregation="flow",
                            )
                        ],
                    ),
                    (
                        "⑵支持中小企业专精特新发展。建立人工智能企业梯度培育库，培育人工智能领域专精特新中小企业20家。",
                        ["市工信局"],
                        ["市科技局"],
                        [
                            T(
                                "人工智能领域专精特新中小企业",
                                "家",
                                "eq",
                                20,
                                "培育人工智能领域专精特新中小企业20家",
                            )
                        ],
                    ),
                    (
                        "⑶建设人工智能产业园。在芩溪高新区规划建设人工智能产业园1个，完善孵化、中试、展示等公共服务功能。",
                        ["芩溪高新区管委会"],
                        [],
                        [T("人工智能产业园", "个", "eq", 1, "规划建设人工智能产业园1个")],
                    ),
                ],
                "clauses",
            ),
            (
                "发展智能终端产品",
                "支持企业研发智能网联汽车零部件、智能家居、可穿戴设备、服务机器人等智能终端产品，智能终端产品年产量达到500万台，加强智能终端产品质量检测和标准制定。",
                ["市工信局"],
                ["市科技局", "市市场监管局"],
                [T("智能终端产品年产量", "台", "eq", 5000000, "智能终端产品年产量达到500万台")],
                [],
                "plain",
            ),
        ],
    ),
    (
        "㈢",
        "拓展“人工智能+”应用场景",
        [
            (
                "推进“人工智能+”政务服务",
                "上线“芩易办”政务智能助手，推动智能问答、智能预审、智能审批在政务服务中的应用，高频政务服务事项智能导办覆盖率达到90%，提升企业群众办事体验。",
                ["市政务服务办"],
                ["市数据局"],
                [
                    T(
                        "高频政务服务事项智能导办覆盖率",
                        "%",
                        "eq",
                        90,
                        "高频政务服务事项智能导办覆盖率达到90%",
                    )
                ],
                [],
                "plain",
            ),
            (
                "推进“人工智能+”医疗健康",
                "",
                ["市卫健委"],
                ["市数据局"],
                [
                    T(
                        "推广医学影像辅助诊断的二级以上公立医院",
                        "家",
                        "eq",
                        30,
                        "覆盖二级以上公立医院30家",
                    )
                ],
                [
                    "⑴推广人工智能辅助诊断。在全市推广医学影像、病理分析等人工智能辅助诊断应用，覆盖二级以上公立医院30家。",
                    "⑵发展智慧健康服务。建设全市统一的智慧健康服务平台，推动电子健康档案、检查检验结果互通共享，开展智能导诊、智能随访等服务。",
                ],
                "head",
            ),
            (
                "推进“人工智能+”现代农业",
                "推广智能农机装备、病虫害智能监测、农产品质量溯源等应用，建设数字农业示范基地15个，提升富硒农业、茶叶等特色产业智能化水平。",
                ["市农业农村局"],
                ["各县（市、区）人民政府"],
                [T("数字农业示范基地", "个", "eq", 15, "建设数字农业示范基地15个")],
                [],
                "plain",
            ),
            (
                "推进“人工智能+”交通文旅",
                "重点抓好两方面工作：其一，建设城市交通智能管控平台，新增智慧停车泊位1万个，推广信号灯智能配时；其二，推动重点景区智能导览、客流智能监测全覆盖，打造沉浸式智慧文旅体验项目。",
                ["市交通运输局"],
                ["市文广新旅局", "市公安局"],
                [
                    T(
                        "新增智慧停车泊位",
                        "个",
                        "eq",
                        10000,
                        "新增智慧停车泊位1万个",
                        aggregation="flow",
                    )
                ],
                [],
                "plain",
            ),
            (
                "推进“人工智能+”教育",
                "推动人工智能进课堂，建设人工智能教育示范校30所，开展人工智能通识教育和教师人工智能素养提升培训。",
                ["市教育局"],
                [],
                [T("人工智能教育示范校", "所", "eq", 30, "建设人工智能教育示范校30所")],
                [],
                "plain",
            ),
        ],
    ),
    (
        "㈣",
        "强化创新和人才支撑",
        [
            (
                "加强关键技术攻关",
                "支持企业联合高校院所建设人工智能创新平台，围绕锂电材料智能研发、工业视觉等方向实施人工智能关键技术攻关项目15项，推动科技成果在本地转化。",
                ["市科技局"],
                ["市工信局"],
                [
                    T(
                        "人工智能关键技术攻关项目",
                        "项",
                        "eq",
                        15,
                        "实施人工智能关键技术攻关项目15项",
                        kind="research_results",
                        aggregation="flow",
                    )
                ],
                [],
                "plain",
            ),
            (
                "引育人工智能人才",
                "将人工智能人才纳入全市人才引进重点目录，每年培训人工智能技能人才2000人次以上，支持职业院校开设人工智能相关专业。",
                ["市委组织部"],
                ["市人社局", "市教育局"],
                [
                    T(
                        "人工智能技能人才培训",
                        "人次",
                        "gte",
                        2000,
                        "每年培训人工智能技能人才2000人次以上",
                        kind="talent",
                        per_year=True,
                    )
                ],
                [],
                "plain",
            ),
            (
                "加强人工智能安全治理",
                "落实生成式人工智能服务备案和算法备案要求，加强人工智能应用安全风险监测，防范深度伪造、数据泄露等风险，守牢安全底线。",
                ["市委网信办"],
                ["市公安局", "市数据局"],
                [],
                [],
                "plain",
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "㈠",
        "加强组织领导",
        "成立市推进“人工智能+”行动工作专班，由市政府分管领导任召集人，统筹推进全市“人工智能+”行动，专班办公室设在市工信局，负责日常工作。",
    ),
    (
        "㈡",
        "强化政策支持",
        "统筹用好市级产业发展专项资金，每年安排1亿元支持人工智能产业发展和应用场景建设，引导社会资本加大投入。",
    ),
    (
        "㈢",
        "加强要素保障",
        "优先保障人工智能重点项目用地、用能需求，加大人工智能领域金融支持力度，推动算力、数据等要素高效配置。",
    ),
    (
        "㈣",
        "强化督促考核",
        "建立工作台账，实行季调度、年考核，将“人工智能+”行动推进情况纳入对各县（市、区）和市直部门的综合考核。",
    ),
]


def annotation(lead, sup):
    out = f"牵头单位：{'、'.join(lead)}"
    if sup:
        out += f"；配合单位：{'、'.join(sup)}"
    return f"（{out}）"


def _build():
    blocks = [
        ("head", "芩溪市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"芩溪市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各县（市、区）人民政府，芩溪高新区管委会，市政府各部门："),
        ("body", NOTICE),
        ("sign", "芩溪市人民政府办公室"),
        ("date", "2026年3月20日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        (
            "body",
            "为抢抓人工智能发展机遇，深入实施“人工智能+”行动，推动人工智能与经济社会各领域深度融合，结合我市实际，制定本方案。",
        ),
        ("h1", "Ⅰ、总体要求"),
        ("h2", "㈠指导思想"),
        ("body", GUIDE),
        ("h2", "㈡发展目标"),
        ("body", G1_TEXT),
        ("body", G2_TEXT),
        ("h1", "Ⅱ、重点任务"),
    ]
    for t in G1:
        assert t.phrase in G1_TEXT, t.phrase
    for t in G2:
        assert t.phrase in G2_TEXT, t.phrase
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2027年", G2_TEXT, G2)]
    groups = []
    for sno, stitle, items in SECTIONS_IN:
        blocks.append(("h2", f"{sno}{stitle}"))
        tasks = []
        for i, (title, body, lead, sup, targets, subs, mode) in enumerate(items):
            no = "⒈⒉⒊⒋⒌⒍⒎⒏⒐"[i]
            codes = {"lead": [C[x] for x in lead], "supporting": [C[x] for x in sup]}
            if mode == "plain":
                ann = annotation(lead, sup)
                blocks.append(("item", (f"{no}{title}。", f"{body}{ann}")))
                text = f"{title}。{body}{ann}"
                gtext = f"{title}。{body}"
                tasks.append(Task(no, title, text, **codes))
            elif mode == "head":
                ann = annotation(lead, sup)
                blocks.append(("item", (f"{no}{title}", ann)))
                for s in subs:
                    blocks.append(("body", s))
                text = f"{title}{ann}" + "".join(subs)
                gtext = "".join(subs)
                tasks.append(Task(no, title, text, **codes))
            else:
                blocks.append(("item", (f"{no}{title}。", body)))
                clauses = []
                texts = []
                for s, cl, cs, ctargets in subs:
                    line = s + annotation(cl, cs)
                    blocks.append(("body", line))
                    texts.append(line)
                    clauses.append(
                        Clause(line, lead=[C[x] for x in cl], supporting=[C[x] for x in cs])
                    )
                    targets = targets + ctargets
                text = f"{title}。{body}" + "".join(texts)
                gtext = text
                tasks.append(Task(no, title, text, clauses=clauses))
            for t in targets:
                assert t.phrase in gtext, t.phrase
            if targets:
                goals.append(Goal(title, gtext, targets, numbering=no))
        groups.append(Section(sno, sno, stitle, "key_task", tasks))
    blocks.append(("h1", "Ⅲ、保障措施"))
    sg = []
    for no, title, body in SAFEGUARDS:
        blocks.append(("item", (f"{no}{title}。", body)))
        sg.append(Task(no, title, f"{title}。{body}"))
    sections = [
        Section("Ⅱ", "Ⅱ、", "重点任务", "key_task", sections=groups),
        Section("Ⅲ", "Ⅲ、", "保障措施", "safeguard", sg),
    ]
    blocks += [
        ("rule", ""),
        (
            "addressee",
            "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市中级法院，市检察院，芩溪军分区。",
        ),
        ("addressee", "芩溪市人民政府办公室　　　　　　　　2026年3月20日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "qinxi-jiangxi-city",
        "name": "芩溪市",
        "name_en": "Qinxi City (Jiangxi)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 芩溪市推进“人工智能+”行动实施方案（2026—2027年） (芩溪市人民政府办公室, 芩府办发〔2026〕5号, 2026-03-20)
# — SYNTHETIC (synthetic_cu): WRITTEN by helper blindCU (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_qinxi.py as a .docx (python-docx through synthetic_office).
# Zone qinxi-jiangxi-city (江西, an invented prefecture-level city) → city level; period 2026–2027, milestones 2026 and 2027.
# The hard part is the NUMBERING, typed as WPS users type it: parts Ⅰ、Ⅱ、Ⅲ、 (Roman numeral characters U+2160…), sections
#   ㈠ ㈡ ㈢ ㈣ (U+3220…, NFKC "(一)"), tasks ⒈ ⒉ ⒊ … (U+2488…, NFKC "1.") restarting per section, sub-items ⑴ ⑵ ⑶ (U+2474…,
#   NFKC "(1)"). The numbering is recorded as printed.
# Outline: red head, 发文字号, notice (no task), "（此件公开发布）", page break, title, a purpose sentence; Ⅰ、总体要求 = ㈠指导思想
#   (no task) and ㈡发展目标 = two dated paragraphs → goals "到2026年底" (4 targets, due 2026) and "到2027年" (7). Ⅱ、重点任务 →
#   a section over ㈠–㈣ (key_task), each over tasks ⒈…; Ⅲ、保障措施 ㈠–㈣ → safeguard tasks (no annotation, no roles).
# Tasks: "⒈标题。正文（牵头单位：X；配合单位：Y）" → title the words before 。, text title + body + annotation. ㈠⒉ and ㈢⒉ print
#   "⒉标题（牵头单位：…；配合单位：…）" on the heading line and unannotated sub-items ⑴ ⑵ ⑶ under it → ONE task, text heading +
#   annotation + sub-items (as 同仁's items with points). ㈡⒉ prints "⒉标题。正文" and sub-items ⑴–⑶ EACH closing on its own
#   annotation → one task whose sub-items are its clauses (clause text = the sub-item with its number and annotation), no
#   task-level roles. A task holding figures is also a goal titled like it (text: the sub-items for a heading-line task, the whole
#   task for the clause task, title + body otherwise), its figures due 2027 unless dated ("2026年新增共享数据目录500项" → 2026).
# ㈢⒋ runs on "其一，…；其二，…" inside one paragraph closing on ONE annotation: the points are the task's text (one annotation for
#   them all keeps them in their one task).
# Roles: 牵头单位 → lead, 配合单位 → supporting. 各县（市、区）人民政府 one collective. The 保障措施 ("专班办公室设在市工信局，负责日常
#   工作") assign no role; the addressee and 抄送 lines state none.
# Targets: 新增智能算力300P is new capacity, not the 智能算力规模 600P: its own target (flow). "年均增长30%以上" beside the 100亿元
#   level: a target of its own. 500万台 → 5000000 台; 1万个 → 10000 个. "每年培训…2000人次以上" per-year (flow). Not targets: the
#   算力券 30% (a subsidy rate), 每年安排1亿元 (a budget), "客流智能监测全覆盖" (no figure).
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""蔚川区“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_cu). Built as .docx and printed to PDF by LibreOffice:
parts "第一部分 总体要求" … "第四部分 保障措施"; the goals part's items are ● bullets ("●标题。正文"); the task part's
sections are "任务一：X" … "任务四：X"; under 任务一–三 tasks "１．" "２．" in FULL-WIDTH digits restarting per section, each
with ◆-bulleted points — either unannotated, the task's annotation on a line of its own after them (the points are the
task's text), or each point closing on its own annotation (the task's clauses); under 任务四 the ◆ items stand directly
under the section heading, each with its own annotation (each a task, unnumbered); safeguards "１．" full-width."""

from synthetic_model import Agency, Clause, Goal, Section, Target, Task

SLUG = "weichuan-hubei-ai-plus-action-2026-synthetic"
KIND = "pdf"

A = {
    "区发改局": ("fgj", "蔚川区发展和改革局", "development_reform"),
    "区经信局": ("jxj", "蔚川区经济和信息化局", "industry_it"),
    "区科技局": ("kjj", "蔚川区科学技术局", "science_technology"),
    "区政数局": ("zsj", "蔚川区政务服务和大数据管理局", "big_data"),
    "区财政局": ("czj", "蔚川区财政局", "finance"),
    "区人社局": ("rsj", "蔚川区人力资源和社会保障局", "human_resources"),
    "区教育局": ("jyj", "蔚川区教育局", "education"),
    "区卫健局": ("wjj", "蔚川区卫生健康局", "health"),
    "区商务局": ("swj", "蔚川区商务局", "commerce"),
    "区城管执法局": ("cgj", "蔚川区城市管理执法局", "housing_construction"),
    "区应急管理局": ("yjj", "蔚川区应急管理局", "emergency"),
    "区民政局": ("mzj", "蔚川区民政局", "civil_affairs"),
    "区市场监管局": ("scj", "蔚川区市场监督管理局", "market_regulation"),
    "区委网信办": ("wxb", "中共蔚川区委网络安全和信息化委员会办公室", "publicity"),
    "蔚川经济开发区管委会": ("kfq", "蔚川经济开发区管理委员会", "park_administration"),
    "各街道办事处": ("jd", "蔚川区各街道办事处", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
C = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "蔚川区“人工智能+”行动方案（2026—2028年）"
DOC_NUMBER = "蔚政办发〔2026〕9号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Weichuan District (Hubei) “AI+” action plan 2026–2028 — synthetic",
    "issuer": "蔚川区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-08",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2028],
    "source_file": f"{SLUG}.pdf",
}

BASIS = "近年来，全区数字经济加快发展，截至2025年底，建成5G基站1260个，智能算力规模达到120P，人工智能相关企业56家，为推进“人工智能+”行动打下了较好基础。但也要看到，我区人工智能产业规模偏小，创新平台和高端人才不足，场景开放的广度和深度有待提升。"
GUIDE = "以习近平新时代中国特色社会主义思想为指导，全面贯彻落实国家、省、市关于“人工智能+”行动的决策部署，坚持需求牵引、场景驱动、企业主体、安全可控，推动人工智能与制造业、城市治理和民生服务深度融合，为建设现代化滨江新城提供有力支撑。"
GOAL_LEAD = "到2028年，力争实现以下目标："
# ● items: (title, rest, targets)
GOAL_ITEMS = [
    (
        "产业规模持续壮大",
        "全区人工智能核心产业规模达到50亿元，年均增长25%以上，人工智能相关企业突破100家，其中高新技术企业40家。",
        [
            T(
                "人工智能核心产业规模",
                "亿元",
                "eq",
                50,
                "全区人工智能核心产业规模达到50亿元",
                kind="ai_industry_scale",
            ),
            T("人工智能核心产业规模年均增速", "%", "gte", 25, "年均增长25%以上"),
            T(
                "人工智能相关企业",
                "家",
                "gt",
                100,
                "人工智能相关企业突破100家",
                kind="ai_enterprises",
            ),
            T(
                "人工智能相关企业中的高新技术企业",
                "家",
                "eq",
                40,
                "其中高新技术企业40家",
                parent="PREV",
            ),
        ],
    ),
    (
        "算力底座坚实有力",
        "智能算力规模达到500P，建成行业高质量数据集15个，公共数据开放率达到60%。",
        [
            T("智能算力规模", "P", "eq", 500, "智能算力规模达到500P", kind="computing_power"),
            T("行业高质量数据集", "个", "eq", 15, "建成行业高质量数据集15个"),
            T("公共数据开放率", "%", "eq", 60, "公共数据开放率达到60%"),
        ],
    ),
    (
        "融合应用广泛深入",
        "打造“人工智能+”应用场景80个以上，规模以上工业企业智能化改造覆盖率达到90%，建成智能工厂和数字化车间30个。",
        [
            T(
                "“人工智能+”应用场景",
                "个",
                "gte",
                80,
                "打造“人工智能+”应用场景80个以上",
                kind="application_scenarios",
            ),
            T(
                "规模以上工业企业智能化改造覆盖率",
                "%",
                "eq",
                90,
                "规模以上工业企业智能化改造覆盖率达到90%",
            ),
            T("智能工厂和数字化车间", "个", "eq", 30, "建成智能工厂和数字化车间30个"),
        ],
    ),
    (
        "创新生态不断优化",
        "建设人工智能创新平台10个，引育人工智能领域人才2000人，人工智能发展环境持续优化。",
        [
            T(
                "人工智能创新平台",
                "个",
                "eq",
                10,
                "建设人工智能创新平台10个",
                kind="innovation_platforms",
            ),
            T(
                "引育人工智能领域人才",
                "人",
                "eq",
                2000,
                "引育人工智能领域人才2000人",
                kind="talent",
                aggregation="flow",
            ),
        ],
    ),
]

# sections: (numbering, title, tasks). A task: (title, body, points, mode, lead, supporting, responsible, targets)
#   mode "one": the ◆ points are plain lines, one annotation line after them covers the task;
#   mode "clauses": points = [(text, lead, supporting, responsible, targets)], each closing on its own annotation.
# 任务四 is (numbering, title, None, items) with items (title, body, lead, supporting, responsible, targets): ◆ items = tasks.
SECTIONS_IN = [
    (
        "任务一",
        "夯实算力与数据基础",
        [
            (
                "建设区级智算中心",
                "统筹布局全区算力设施，提升普惠算力供给能力。",
                [
                    "推进蔚川智算中心二期建设，新增智能算力300P，推动算力资源接入全省算力调度平台。",
                    "落实算力券政策，对企业购买智能算力服务给予最高50万元补贴。",
                    "推动新建算力设施绿色化发展，新建数据中心电能利用效率不高于1.25。",
                ],
                "one",
                ["区发改局"],
                ["区经信局", "区政数局"],
                [],
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
            ),
            (
                "推进数据资源开发利用",
                "以数据要素赋能人工智能发展。",
                [
                    (
                        "完善公共数据资源目录，全区新增共享数据目录300项，推动高频数据按需共享。",
                        [],
                        [],
                        ["区政数局"],
                        [
                            T(
                                "新增共享数据目录",
                                "项",
                                "eq",
                                300,
                                "全区新增共享数据目录300项",
                                aggregation="flow",
                            )
                        ],
                    ),
                    (
                        "开展公共数据授权运营，在医疗、交通、金融等领域上线数据产品10个以上。",
                        [],
                        [],
                        ["区政数局", "区发改局"],
                        [T("上线数据产品", "个", "gte", 10, "上线数据产品10个以上")],
                    ),
                    (
                        "培育数据标注、数据清洗等数据服务企业8家，发展壮大数据产业。",
                        ["区经信局"],
                        ["区政数局"],
                        [],
                        [T("数据服务企业", "家", "eq", 8, "数据服务企业8家")],
                    ),
                ],
                "clauses",
                [],
                [],
                [],
                [],
            ),
            (
                "完善网络基础设施",
                "加快新型网络基础设施建设。",
                [
                    "新建5G基站400个，推进5G网络向重点园区、商圈和社区深度覆盖。",
                    "推进千兆光网进园区、进楼宇，加快工业互联网标识解析节点部署。",
                ],
                "one",
                ["区经信局"],
                ["区城管执法局"],
                [],
                [T("新建5G基站", "个", "eq", 400, "新建5G基站400个", aggregation="flow")],
            ),
        ],
    ),
    (
        "任务二",
        "推动产业智能化转型",
        [
            (
                "实施制造业智能化改造",
                "聚焦汽车零部件、光电子信息、生物医药等重点产业，分行业推进智能化改造数字化转型。",
                [
                    "实施智能化改造项目120个，推广“诊断+改造+评估”服务模式。",
                    "支持龙头企业建设工业互联网平台，带动产业链上下游中小企业协同转型。",
                    "推动工业大模型在研发设计、质量检测、设备运维等环节落地应用。",
                ],
                "one",
                ["区经信局"],
                ["区财政局", "蔚川经济开发区管委会"],
                [],
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        120,
                        "实施智能化改造项目120个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "培育壮大人工智能企业",
                "坚持招大引强与培育本土企业并重。",
                [
                    (
                        "招引人工智能领域企业30家，重点引进算法模型、智能终端、数据服务类企业。",
                        ["区商务局"],
                        ["蔚川经济开发区管委会"],
                        [],
                        [
                            T(
                                "招引人工智能领域企业",
                                "家",
                                "eq",
                                30,
                                "招引人工智能领域企业30家",
                                kind="ai_enterprises",
                                aggregation="flow",
                            )
                        ],
                    ),
                    (
                        "建立人工智能企业梯度培育库，支持企业申报高新技术企业和专精特新企业。",
                        [],
                        [],
                        ["区科技局", "区经信局"],
                        [],
                    ),
                    (
                        "用好区级产业引导基金，支持人工智能企业融资发展。",
                        ["区财政局"],
                        ["区发改局"],
                        [],
                        [],
                    ),
                ],
                "clauses",
                [],
                [],
                [],
                [],
            ),
            (
                "建设人工智能产业园",
                "依托蔚川经济开发区打造人工智能产业集聚区。",
                [
                    "完善孵化、中试、展示、检测等公共服务功能，吸引企业入驻人工智能产业园50家。",
                    "建设人工智能应用体验中心，集中展示全区人工智能创新成果。",
                ],
                "one",
                ["蔚川经济开发区管委会"],
                ["区商务局", "区经信局"],
                [],
                [T("人工智能产业园入驻企业", "家", "eq", 50, "吸引企业入驻人工智能产业园50家")],
            ),
        ],
    ),
    (
        "任务三",
        "拓展“人工智能+”场景应用",
        [
            (
                "推进“人工智能+”政务服务",
                "推动人工智能与政务服务深度融合。",
                [
                    "上线“蔚事通”政务智能客服，提供智能问答、智能导办服务。",
                    "推动高频事项“智能审批”，高频政务服务事项智能办理比例达到60%。",
                ],
                "one",
                ["区政数局"],
                [],
                [],
                [
                    T(
                        "高频政务服务事项智能办理比例",
                        "%",
                        "eq",
                        60,
                        "高频政务服务事项智能办理比例达到60%",
                    )
                ],
            ),
            (
                "推进“人工智能+”城市治理",
                "提升城市治理智能化水平。",
                [
                    (
                        "推广占道经营、垃圾满溢、违规停车等城市管理问题智能识别，建设城市管理智能识别点位500个。",
                        ["区城管执法局"],
                        [],
                        [],
                        [
                            T(
                                "城市管理智能识别点位",
                                "个",
                                "eq",
                                500,
                                "建设城市管理智能识别点位500个",
                            )
                        ],
                    ),
                    (
                        "建设安全生产和自然灾害智能监测预警系统，提升风险早期识别能力。",
                        ["区应急管理局"],
                        [],
                        [],
                        [],
                    ),
                    (
                        "建设智慧社区20个，推广社区养老、社区治理智能应用。",
                        ["区民政局"],
                        ["各街道办事处"],
                        [],
                        [T("智慧社区", "个", "eq", 20, "建设智慧社区20个")],
                    ),
                ],
                "clauses",
                [],
                [],
                [],
                [],
            ),
            (
                "推进“人工智能+”民生服务",
                "推动人工智能赋能教育、医疗等民生领域。",
                [
                    "建设人工智能教育应用示范校10所，推广智能备课、智能学情分析等应用。",
                    "在区属医院推广医学影像智能辅助诊断、智能导诊等应用，提升基层医疗服务能力。",
                ],
                "one",
                ["区教育局", "区卫健局"],
                [],
                [],
                [T("人工智能教育应用示范校", "所", "eq", 10, "建设人工智能教育应用示范校10所")],
            ),
        ],
    ),
    (
        "任务四",
        "营造创新发展生态",
        None,
        [
            (
                "加强创新平台建设",
                "支持企业联合高校院所共建人工智能联合实验室、新型研发机构，推动科技成果在区内转化。",
                ["区科技局"],
                ["区经信局"],
                [],
                [],
            ),
            (
                "加快人才引育",
                "落实人才引进政策，每年开展人工智能技能培训1000人次以上，支持企业与职业院校共建人工智能实训基地。",
                ["区人社局"],
                ["区教育局", "区科技局"],
                [],
                [
                    T(
                        "人工智能技能培训",
                        "人次",
                        "gte",
                        1000,
                        "每年开展人工智能技能培训1000人次以上",
                        kind="talent",
                        per_year=True,
                    )
                ],
            ),
            (
                "加强安全治理",
                "落实生成式人工智能服务备案要求，加强人工智能产品质量监管和应用安全风险防范。",
                ["区委网信办"],
                ["区市场监管局"],
                [],
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "１．",
        "加强组织领导",
        "成立区“人工智能+”行动工作专班，由区政府主要负责同志任组长，统筹推进全区“人工智能+”行动，专班办公室设在区经信局。",
    ),
    (
        "２．",
        "强化政策支持",
        "统筹区级产业发展资金，每年安排5000万元支持人工智能产业发展和场景建设，落实上级人工智能扶持政策。",
    ),
    (
        "３．",
        "强化要素保障",
        "优先保障人工智能重点项目用地、用能和资金需求，加大金融支持力度，引导社会资本投向人工智能领域。",
    ),
    (
        "４．",
        "强化督导评估",
        "建立工作台账，实行月调度、季通报、年评估，将行动推进情况纳入区直部门和各街道年度考核。",
    ),
]

FW = "１２３４５６７８９"
CN = "一二三四五六"


def annotation(lead, sup, resp):
    if resp:
        return f"（责任单位：{'、'.join(resp)}）"
    out = f"牵头单位：{'、'.join(lead)}"
    if sup:
        out += f"；配合单位：{'、'.join(sup)}"
    return f"（{out}）"


def _codes(lead, sup, resp):
    return {
        "lead": [C[x] for x in lead],
        "supporting": [C[x] for x in sup],
        "responsible": [C[x] for x in resp],
    }


def _build():
    blocks = [
        ("head", "蔚川区人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"区人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各街道办事处，蔚川经济开发区管委会，区政府各部门："),
        ("body", f"《{TITLE}》已经区人民政府同意，现印发给你们，请认真贯彻执行。"),
        ("sign", "蔚川区人民政府办公室"),
        ("date", "2026年4月8日"),
        ("pagebreak", ""),
        ("title", TITLE),
        (
            "body",
            "为深入实施“人工智能+”行动，加快推动人工智能赋能全区经济社会高质量发展，制定本方案。",
        ),
        ("h1", "第一部分　总体要求"),
        ("body", BASIS),
        ("body", GUIDE),
        ("h1", "第二部分　主要目标"),
        ("body", GOAL_LEAD),
    ]
    goals = []
    for title, rest, targets in GOAL_ITEMS:
        blocks.append(("plain", f"●{title}。{rest}"))
        for t in targets:
            assert t.phrase in rest, t.phrase
        goals.append(Goal(title, f"{title}。{rest}", targets))
    blocks.append(("h1", "第三部分　重点任务"))
    groups = []
    for k, (sno, stitle, items, direct) in enumerate(
        [(s[0], s[1], s[2], None) if len(s) == 3 else s for s in SECTIONS_IN]
    ):
        blocks.append(("h2", f"{sno}：{stitle}"))
        tasks = []
        if direct:
            for title, body, lead, sup, resp, targets in direct:
                ann = annotation(lead, sup, resp)
                blocks.append(("plain", f"◆{title}。{body}{ann}"))
                tasks.append(Task(None, title, f"{title}。{body}{ann}", **_codes(lead, sup, resp)))
                for t in targets:
                    assert t.phrase in body, t.phrase
                if targets:
                    goals.append(Goal(title, f"{title}。{body}", targets))
        else:
            for i, (title, body, points, mode, lead, sup, resp, targets) in enumerate(items):
                no = f"{FW[i]}．"
                blocks.append(("item", (f"{no}{title}。", body)))
                if mode == "one":
                    lines = [f"◆{p}" for p in points]
                    ann = annotation(lead, sup, resp)
                    blocks += [("plain", line) for line in lines]
                    blocks.append(("plain", ann))
                    gtext = f"{title}。{body}" + "".join(lines)
                    tasks.append(Task(no, title, gtext + ann, **_codes(lead, sup, resp)))
                else:
                    clauses, lines = [], []
                    for text, cl, cs, cr, ct in points:
                        line = f"◆{text}{annotation(cl, cs, cr)}"
                        blocks.append(("plain", line))
                        lines.append(line)
                        clauses.append(Clause(line, **_codes(cl, cs, cr)))
                        targets = targets + ct
                    gtext = f"{title}。{body}" + "".join(lines)
                    tasks.append(Task(no, title, gtext, clauses=clauses))
                for t in targets:
                    assert t.phrase in gtext, t.phrase
                if targets:
                    goals.append(Goal(title, gtext, targets, numbering=no))
        groups.append(Section(str(k + 1), sno, stitle, "key_task", tasks))
    blocks.append(("h1", "第四部分　保障措施"))
    sg = []
    for no, title, body in SAFEGUARDS:
        blocks.append(("item", (f"{no}{title}。", body)))
        sg.append(Task(no, title, f"{title}。{body}"))
    sections = [
        Section("3", "第三部分", "重点任务", "key_task", sections=groups),
        Section("4", "第四部分", "保障措施", "safeguard", sg),
    ]
    blocks += [
        ("rule", ""),
        (
            "addressee",
            "抄送：区委各部门，区人大常委会办公室，区政协办公室，区纪委监委，区法院，区检察院。",
        ),
        ("addressee", "蔚川区人民政府办公室　　　　　　　　2026年4月8日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "weichuan-hubei-district",
        "name": "蔚川区",
        "name_en": "Weichuan District (Hubei)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 蔚川区“人工智能+”行动方案（2026—2028年） (蔚川区人民政府办公室, 蔚政办发〔2026〕9号, 2026-04-08)
# — SYNTHETIC (synthetic_cu): WRITTEN by helper blindCU (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_weichuan.py as .docx, printed to PDF by LibreOffice.
# Zone weichuan-hubei-district (湖北, an invented urban district; its city never named) → district level; period 2026–2028.
# The hard part is the NUMBERING: parts "第一部分　总体要求" … "第四部分　保障措施"; sections "任务一：X" … "任务四：X"; tasks "１．"
#   "２．" "３．" in FULL-WIDTH digits and dot, restarting per section; ◆ bullets under the tasks; ● bullets for the goals.
# Outline: red head, 发文字号, notice, page break, title, a purpose sentence; 第一部分 = 2025 baselines (1260个, 120P, 56家: no targets)
#   and a guiding paragraph; 第二部分 = "到2028年，力争实现以下目标：" and four ● items "●标题。正文" → one goal per item, titled by
#   its words before 。 (as numbered goal items are titled by their heading), no numbering (● is no number), due 2028 (the lead
#   sentence's year). 第三部分 → a section over 任务一–任务四 (numbering "任务一" as a task card's, without the colon; key_task). 第四部分 １．–４． → safeguards.
# The ◆ points, decided by the conventions: the "１．" level is where this plan's tasks stand (numbered items under each 任务
#   section), so a ◆ point under a "１．" item is PART OF that task, never a task of its own — (a) points with no annotation of
#   their own, followed by ONE annotation line for the item → the task's text (title + body + points + annotation line), as
#   unannotated points under an annotated item are its text; (b) points EACH closing on their own annotation (任务一２．, 任务二２．,
#   任务三２．) → the task's clauses ("Several annotations inside one task, each covering the text before it"), clause text the
#   point with its ◆ and annotation, the task's heading not repeated in the first clause, no task-level roles. Under 任务四 there is
#   no numbered item: the ◆ items stand directly under the section, each a paragraph "◆标题。正文（annotation）" → each a task,
#   unnumbered (a bullet is no number), titled by its words before 。.
# Roles: 牵头单位 → lead, 配合单位 → supporting, 责任单位 with no lead → responsible; "牵头单位：区教育局、区卫健局" two leads.
#   各街道办事处 one collective. Safeguards assign no role ("专班办公室设在区经信局").
# Targets: every task figure due 2028 (no 完成时限 printed). 其中高新技术企业40家 → parent of the 100家 target. 新增智能算力300P (new
#   capacity) beside 智能算力规模500P: two targets. 引育人才2000人 flow. Not targets: the 2025 figures, the 算力券 cap (最高50万元),
#   a PUE condition (不高于1.25), 每年安排5000万元 (a budget).
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""澄屿市推进“人工智能+”行动方案（2026—2027年） — INVENTED (synthetic_cl). A Word file (.docx) in "中英对照" form, as a
coastal city courting foreign investment posts it beside the Chinese one: a bilingual note (the English for reference, the
Chinese prevails), then EVERY paragraph of the notice and the plan printed in Chinese and followed by its English translation
paragraph — title, 发文字号, addressee, notice, signature; 一、总体目标 (two dated goal paragraphs, "2026年，…" and "到2027年，
…"); 二、重点任务 （一）–（四） of tasks 1.–9. numbered on, each "N.标题。正文（牵头单位：市X；配合单位：市Y、Z）" and then "N. Title.
Body (Lead: Municipal …; Support: …)"; 三、保障措施 （一）–（三） unannotated. The English writes the figures its own way (RMB 30
billion for 300亿元, 5,000 PFLOPS, no less than 50, 85 percent) and once differs from the Chinese (task 4: 20 digital
workshops for 30个)."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "chengyu-ai-plus-action-plan-bilingual-2026-synthetic"
KIND = "docx"

# printed form → (code, full name, category)
A = {
    "市发展改革委": ("fgw", "澄屿市发展和改革委员会", "development_reform"),
    "市工业和信息化局": ("gxj", "澄屿市工业和信息化局", "industry_it"),
    "市政务服务数据管理局": ("zsj", "澄屿市政务服务数据管理局", "big_data"),
    "市交通运输局": ("jtj", "澄屿市交通运输局", "transport"),
    "市海洋与渔业局": ("hyj", "澄屿市海洋与渔业局", "agriculture"),
    "市商务局": ("swj", "澄屿市商务局", "commerce"),
    "澄屿港务集团": ("gwj", "澄屿港务集团有限公司", "state_enterprise"),
    "市科技局": ("kjj", "澄屿市科学技术局", "science_technology"),
    "各区人民政府": ("gq", "澄屿市各区人民政府", "local_government"),
    "澄屿综合保税区管委会": ("zbq", "澄屿综合保税区管理委员会", "park_administration"),
    "市投资促进局": ("tcj", "澄屿市投资促进局", "commerce"),
    "市财政局": ("czj", "澄屿市财政局", "finance"),
    "市委人才办": ("rcb", "中共澄屿市委人才工作领导小组办公室", "party_organisation"),
    "市人力资源社会保障局": ("rsj", "澄屿市人力资源和社会保障局", "human_resources"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]

# The English names the translation prints for them (no agencies of their own: the Chinese plan is the plan)
EN = {
    "市发展改革委": "Municipal Development and Reform Commission",
    "市工业和信息化局": "Municipal Bureau of Industry and Information Technology",
    "市政务服务数据管理局": "Municipal Administration of Government Services and Data",
    "市交通运输局": "Municipal Transport Bureau",
    "市海洋与渔业局": "Municipal Bureau of Ocean and Fisheries",
    "市商务局": "Municipal Bureau of Commerce",
    "澄屿港务集团": "Chengyu Port Group",
    "市科技局": "Municipal Science and Technology Bureau",
    "各区人民政府": "People's Governments of All Districts",
    "澄屿综合保税区管委会": "Administrative Committee of Chengyu Comprehensive Bonded Zone",
    "市投资促进局": "Municipal Investment Promotion Bureau",
    "市财政局": "Municipal Finance Bureau",
    "市委人才办": "Talent Office of the CPC Chengyu Municipal Committee",
    "市人力资源社会保障局": "Municipal Human Resources and Social Security Bureau",
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "澄屿市推进“人工智能+”行动方案（2026—2027年）"
TITLE_EN = 'Action Plan of Chengyu Municipality for Advancing the "AI Plus" Initiative (2026-2027)'
DOC_NUMBER = "澄府办〔2026〕11号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Chengyu City “AI+” action plan (2026–2027), Chinese-English bilingual Word file — synthetic",
    "issuer": "澄屿市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.docx",
}

NOTE = "【中英对照】本文件英文译文仅供参考，中英文文本如有歧义，以中文文本为准。"
NOTE_EN = "[Chinese-English Version] The English translation of this document is for reference only. In case of any discrepancy between the Chinese and English texts, the Chinese text shall prevail."
NOTICE = f"《{TITLE}》已经市人民政府同意，现印发给你们，请认真组织实施。"
NOTICE_EN = f"The {TITLE_EN}, which has been approved by the Municipal People's Government, is hereby issued to you. Please earnestly organize its implementation."
PREAMBLE = "为全面贯彻落实国家、省关于深入实施“人工智能+”行动的部署要求，发挥我市港口、外贸和海洋经济优势，加快人工智能与实体经济深度融合，打造面向东南亚的人工智能应用开放高地，结合我市实际，制定本方案。"
PREAMBLE_EN = 'This Plan is formulated in light of the actual conditions of the Municipality, in order to fully implement the deployment requirements of the State and the Province on further implementing the "AI Plus" Initiative, give full play to the advantages of the Municipality in port, foreign trade and marine economy, accelerate the in-depth integration of artificial intelligence and the real economy, and build an open highland for artificial intelligence application facing Southeast Asia.'

G1_TEXT = "2026年，全市人工智能核心产业规模达到200亿元，智能算力规模达到3000P，“人工智能+”行动取得阶段性成效。"
G1_EN = 'In 2026, the scale of the core artificial intelligence industry of the Municipality shall reach RMB 20 billion, the scale of intelligent computing power shall reach 3,000 PFLOPS, and phased results shall be achieved in the "AI Plus" Initiative.'
G1 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        200,
        "全市人工智能核心产业规模达到200亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    T(
        "智能算力规模",
        "P",
        "eq",
        3000,
        "智能算力规模达到3000P",
        kind="computing_power",
        deadline=2026,
    ),
]
G2_TEXT = "到2027年，全市人工智能核心产业规模突破300亿元，带动相关产业规模达到1500亿元；智能算力规模达到5000P，建成行业高质量数据集30个以上；培育人工智能重点企业50家以上，其中营业收入超10亿元的企业5家；打造“人工智能+”典型应用场景100个以上，规模以上工业企业数字化转型覆盖率达到85%，港口集装箱码头自动化作业比例达到60%。"
G2_EN = 'By 2027, the scale of the core artificial intelligence industry of the Municipality shall exceed RMB 30 billion, driving the scale of related industries to reach RMB 150 billion; the scale of intelligent computing power shall reach 5,000 PFLOPS, and no less than 30 high-quality industry datasets shall be built; no less than 50 key artificial intelligence enterprises shall be cultivated, including 5 enterprises with an operating revenue of more than RMB 1 billion; no less than 100 typical "AI Plus" application scenarios shall be created, the coverage rate of digital transformation of industrial enterprises above designated size shall reach 85 percent, and the proportion of automated operations at container terminals of the port shall reach 60 percent.'
G2 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        300,
        "全市人工智能核心产业规模突破300亿元",
        kind="ai_industry_scale",
    ),
    T(
        "相关产业规模",
        "亿元",
        "eq",
        1500,
        "带动相关产业规模达到1500亿元",
        kind="related_industry_scale",
    ),
    T("智能算力规模", "P", "eq", 5000, "智能算力规模达到5000P", kind="computing_power"),
    T("行业高质量数据集", "个", "gte", 30, "建成行业高质量数据集30个以上"),
    T("人工智能重点企业", "家", "gte", 50, "培育人工智能重点企业50家以上", kind="ai_enterprises"),
    T(
        "营业收入超10亿元的人工智能重点企业",
        "家",
        "eq",
        5,
        "其中营业收入超10亿元的企业5家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T(
        "“人工智能+”典型应用场景",
        "个",
        "gte",
        100,
        "打造“人工智能+”典型应用场景100个以上",
        kind="application_scenarios",
    ),
    T("规模以上工业企业数字化转型覆盖率", "%", "eq", 85, "规模以上工业企业数字化转型覆盖率达到85%"),
    T("港口集装箱码头自动化作业比例", "%", "eq", 60, "港口集装箱码头自动化作业比例达到60%"),
]

# group: (numbering, title, English heading, tasks)
# task: (title, rest, lead, supporting, targets, English title, English rest)
GROUPS = [
    (
        "（一）",
        "夯实智能发展底座",
        "(I) Consolidating the Foundation for Intelligent Development",
        [
            (
                "建设海湾智算中心",
                "依托澄屿数据中心产业园，加快建设海湾智算中心二期，2026年新增智能算力1500P，推动算力资源纳入全省算力调度体系。落实算力券政策，对中小企业租用智能算力给予最高30%的费用补贴。",
                ["市发展改革委"],
                ["市工业和信息化局", "市政务服务数据管理局"],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        1500,
                        "2026年新增智能算力1500P",
                        kind="computing_power",
                        aggregation="flow",
                        deadline=2026,
                    )
                ],
                "Building the Haiwan Intelligent Computing Center",
                "Relying on the Chengyu Data Center Industrial Park, accelerate the construction of Phase II of the Haiwan Intelligent Computing Center, add 1,500 PFLOPS of intelligent computing power in 2026, and promote the inclusion of the computing power resources into the provincial computing power dispatching system. Implement the computing power voucher policy, and grant small and medium-sized enterprises a subsidy of up to 30 percent of the expenses for leasing intelligent computing power.",
            ),
            (
                "推进高质量数据集建设",
                "围绕港航物流、海洋渔业、跨境贸易等领域，建设行业高质量数据集30个以上，上线公共数据产品20个。探索公共数据授权运营，建设澄屿数据交易服务站。",
                ["市政务服务数据管理局"],
                ["市交通运输局", "市海洋与渔业局", "市商务局"],
                [T("公共数据产品", "个", "eq", 20, "上线公共数据产品20个")],
                "Promoting the Construction of High-Quality Datasets",
                "Focusing on port and shipping logistics, marine fisheries, cross-border trade and other fields, build no less than 30 high-quality industry datasets and launch 20 public data products. Explore the authorized operation of public data, and build the Chengyu Data Trading Service Station.",
            ),
        ],
    ),
    (
        "（二）",
        "推动产业智能升级",
        "(II) Promoting the Intelligent Upgrading of Industries",
        [
            (
                "打造智慧港口",
                "推进集装箱码头自动化改造，推广智能理货、无人集卡、智能闸口等应用，建设5G+智慧港口示范码头3个，港口集装箱码头自动化作业比例达到60%。",
                ["市交通运输局"],
                ["澄屿港务集团"],
                [T("5G+智慧港口示范码头", "个", "eq", 3, "建设5G+智慧港口示范码头3个")],
                "Building a Smart Port",
                "Promote the automation transformation of container terminals, popularize such applications as intelligent tallying, unmanned container trucks and intelligent gates, build 3 demonstration terminals of 5G + smart port, and the proportion of automated operations at container terminals of the port shall reach 60 percent.",
            ),
            (
                "推进制造业智能化改造",
                "实施“智造澄屿”专项行动，每年推动200家以上规模以上工业企业实施智能化改造，到2027年新增省级智能工厂10家、数字化车间30个。",
                ["市工业和信息化局"],
                ["市科技局", "各区人民政府"],
                [
                    T(
                        "实施智能化改造的规模以上工业企业",
                        "家",
                        "gte",
                        200,
                        "每年推动200家以上规模以上工业企业实施智能化改造",
                        per_year=True,
                    ),
                    T(
                        "新增省级智能工厂",
                        "家",
                        "eq",
                        10,
                        "新增省级智能工厂10家",
                        aggregation="flow",
                    ),
                    T("新增数字化车间", "个", "eq", 30, "数字化车间30个", aggregation="flow"),
                ],
                "Promoting the Intelligent Transformation of the Manufacturing Industry",
                'Implement the "Intelligent Manufacturing in Chengyu" special campaign, promote no less than 200 industrial enterprises above designated size to carry out intelligent transformation every year, and by 2027, add 10 provincial-level intelligent factories and 20 digital workshops.',
            ),
            (
                "发展跨境电商和智慧外贸",
                "支持跨境电商企业应用AI翻译、智能选品、数字人直播等工具，培育跨境电商AI应用服务商20家，推动外贸企业开展智能化营销。建设面向东盟的多语种大模型服务平台。",
                ["市商务局"],
                ["澄屿综合保税区管委会", "市投资促进局"],
                [T("跨境电商AI应用服务商", "家", "eq", 20, "培育跨境电商AI应用服务商20家")],
                "Developing Cross-Border E-Commerce and Smart Foreign Trade",
                "Support cross-border e-commerce enterprises in applying such tools as AI translation, intelligent product selection and digital human live streaming, cultivate 20 AI application service providers for cross-border e-commerce, and promote foreign trade enterprises to carry out intelligent marketing. Build a multilingual large model service platform facing ASEAN.",
            ),
            (
                "推进智慧海洋渔业",
                "建设海洋牧场智能监测系统，推广渔船智能终端和智能渔获识别应用，全市海洋渔船北斗智能终端安装率达到100%。",
                ["市海洋与渔业局"],
                ["市工业和信息化局"],
                [
                    T(
                        "海洋渔船北斗智能终端安装率",
                        "%",
                        "eq",
                        100,
                        "全市海洋渔船北斗智能终端安装率达到100%",
                    )
                ],
                "Promoting Smart Marine Fisheries",
                "Build an intelligent monitoring system for marine ranches, popularize intelligent terminals of fishing vessels and the application of intelligent catch identification, and the installation rate of BeiDou intelligent terminals on marine fishing vessels of the Municipality shall reach 100 percent.",
            ),
        ],
    ),
    (
        "（三）",
        "提升城市治理和公共服务智能化水平",
        "(III) Improving the Intelligence Level of Urban Governance and Public Services",
        [
            (
                "打造“澄屿通”政务智能助手",
                "依托政务大模型推出“澄屿通”政务智能助手，提供中英文双语咨询服务，政务服务事项智能办理率达到70%，12345热线智能应答率达到50%。",
                ["市政务服务数据管理局"],
                ["各区人民政府"],
                [
                    T("政务服务事项智能办理率", "%", "eq", 70, "政务服务事项智能办理率达到70%"),
                    T("12345热线智能应答率", "%", "eq", 50, "12345热线智能应答率达到50%"),
                ],
                'Building the "Chengyu Connect" Intelligent Government Service Assistant',
                'Relying on the government affairs large model, launch the "Chengyu Connect" intelligent government service assistant to provide consultation services in both Chinese and English. The intelligent handling rate of government service items shall reach 70 percent, and the intelligent response rate of the 12345 hotline shall reach 50 percent.',
            ),
        ],
    ),
    (
        "（四）",
        "优化产业发展生态",
        "(IV) Optimizing the Industrial Development Ecology",
        [
            (
                "强化企业招引培育",
                "面向国内外开展人工智能产业链精准招商，每年引进人工智能重点项目20个以上。设立规模20亿元的人工智能产业投资基金，支持企业做大做强。",
                ["市投资促进局"],
                ["市财政局", "市工业和信息化局"],
                [
                    T(
                        "引进人工智能重点项目",
                        "个",
                        "gte",
                        20,
                        "每年引进人工智能重点项目20个以上",
                        per_year=True,
                    )
                ],
                "Strengthening the Attraction and Cultivation of Enterprises",
                "Carry out targeted investment promotion of the artificial intelligence industrial chain at home and abroad, and introduce no less than 20 key artificial intelligence projects every year. Set up an artificial intelligence industry investment fund with a scale of RMB 2 billion to support enterprises in growing bigger and stronger.",
            ),
            (
                "集聚人工智能人才",
                "实施“澄屿海才”计划，到2027年引进培育人工智能领域高层次人才500名，建设人工智能实训基地5个。",
                ["市委人才办"],
                ["市人力资源社会保障局", "市科技局"],
                [
                    T(
                        "引进培育人工智能领域高层次人才",
                        "名",
                        "eq",
                        500,
                        "引进培育人工智能领域高层次人才500名",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T("人工智能实训基地", "个", "eq", 5, "建设人工智能实训基地5个"),
                ],
                "Gathering Artificial Intelligence Talents",
                'Implement the "Chengyu Ocean Talents" Program, introduce and cultivate 500 high-level talents in the field of artificial intelligence by 2027, and build 5 artificial intelligence practical training bases.',
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立市推进“人工智能+”行动工作专班，由市政府分管领导任组长，统筹推进重大事项。各牵头单位要细化工作举措，每半年向工作专班报送进展情况。",
        "(I) Strengthening Organizational Leadership",
        'Set up a municipal working task force for advancing the "AI Plus" Initiative, with the leader of the Municipal Government in charge serving as the head, to coordinate and promote major matters. All lead units shall refine their work measures and report their progress to the working task force every six months.',
    ),
    (
        "（二）",
        "强化政策支持",
        "市财政每年统筹安排不少于2亿元专项资金，支持算力、数据、场景和人才项目建设。用好国家和省相关支持政策，积极争取上级资金和试点示范。",
        "(II) Strengthening Policy Support",
        "The municipal finance shall arrange special funds of no less than RMB 200 million every year to support the construction of computing power, data, scenario and talent projects. Make good use of the relevant supporting policies of the State and the Province, and actively strive for funds and pilot demonstrations from higher authorities.",
    ),
    (
        "（三）",
        "深化开放合作",
        "加强与东盟国家在人工智能技术、标准和应用领域的交流合作，每年举办人工智能国际合作交流活动，吸引境外企业和机构来澄投资兴业。",
        "(III) Deepening Opening-Up and Cooperation",
        "Strengthen exchanges and cooperation with ASEAN countries in the fields of artificial intelligence technology, standards and application, hold international cooperation and exchange activities on artificial intelligence every year, and attract overseas enterprises and institutions to invest and start businesses in Chengyu.",
    ),
]


def annotation(lead, sup):
    return f"（牵头单位：{'、'.join(lead)}；配合单位：{'、'.join(sup)}）"


def annotation_en(lead, sup):
    return f" (Lead: {'; '.join(EN[x] for x in lead)}; Support: {', '.join(EN[x] for x in sup)})"


def _build():
    blocks = [
        ("note", NOTE),
        ("en_note", NOTE_EN),
        ("head", "澄屿市人民政府办公室文件"),
        ("en_head", "Document of the General Office of Chengyu Municipal People's Government"),
        ("docno", DOC_NUMBER),
        ("en_centre", "Cheng Fu Ban [2026] No. 11"),
        ("title", f"澄屿市人民政府办公室关于印发{TITLE}的通知"),
        (
            "en_title",
            f"Notice of the General Office of Chengyu Municipal People's Government on Issuing the {TITLE_EN}",
        ),
        ("addressee", "各区人民政府，市政府各部门、各直属机构："),
        (
            "en_plain",
            "The People's Governments of All Districts, All Departments and Directly Affiliated Institutions of the Municipal Government:",
        ),
        ("body", NOTICE),
        ("en", NOTICE_EN),
        ("sign", "澄屿市人民政府办公室"),
        ("en_right", "General Office of Chengyu Municipal People's Government"),
        ("date", "2026年3月20日"),
        ("en_right", "March 20, 2026"),
        ("body", "（此件公开发布）"),
        ("en", "(This document is released to the public.)"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("en_title", TITLE_EN),
        ("body", PREAMBLE),
        ("en", PREAMBLE_EN),
        ("h1", "一、总体目标"),
        ("en_h1", "I. Overall Objectives"),
        ("body", G1_TEXT),
        ("en", G1_EN),
        ("body", G2_TEXT),
        ("en", G2_EN),
        ("h1", "二、重点任务"),
        ("en_h1", "II. Key Tasks"),
    ]
    for text, targets in ((G1_TEXT, G1), (G2_TEXT, G2)):
        for t in targets:
            assert t.phrase in text, t.phrase
    goals = [Goal("2026年", G1_TEXT, G1), Goal("到2027年", G2_TEXT, G2)]
    code = {p: A[p][0] for p in A}
    groups = []
    n = 0
    for gno, gtitle, gen, items in GROUPS:
        blocks += [("h2", f"{gno}{gtitle}"), ("en_h2", gen)]
        tasks = []
        for title, rest, lead, sup, targets, en_title, en_rest in items:
            n += 1
            ann = annotation(lead, sup)
            blocks.append(("item", (f"{n}.{title}。", rest + ann)))
            blocks.append(("en_item", (f"{n}. {en_title}. ", en_rest + annotation_en(lead, sup))))
            tasks.append(
                Task(
                    f"{n}.",
                    title,
                    f"{title}。{rest}{ann}",
                    lead=[code[x] for x in lead],
                    supporting=[code[x] for x in sup],
                )
            )
            for t in targets:
                assert t.phrase in rest, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=f"{n}."))
        groups.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sections = [Section("二", "二、", "重点任务", "key_task", sections=groups)]
    blocks += [("h1", "三、保障措施"), ("en_h1", "III. Safeguard Measures")]
    sg = []
    for no, title, text, en_title, en_text in SAFEGUARDS:
        blocks.append(("item", (f"{no}{title}。", text)))
        blocks.append(("en_item", (f"{en_title}. ", en_text)))
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("三", "三、", "保障措施", "safeguard", sg))
    blocks += [
        ("rule", ""),
        ("addressee", "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委。"),
        (
            "en_plain",
            "CC: All Departments of the CPC Municipal Committee, General Office of the Standing Committee of the Municipal People's Congress, General Office of the Municipal CPPCC, Municipal Commission for Discipline Inspection and Supervision.",
        ),
        ("addressee", "澄屿市人民政府办公室　　　　　　　　2026年3月20日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "chengyu-city",
        "name": "澄屿市",
        "name_en": "Chengyu City",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 澄屿市推进“人工智能+”行动方案（2026—2027年） (澄屿市人民政府办公室, 澄府办〔2026〕11号, 2026-03-20)
# — SYNTHETIC (synthetic_cl): WRITTEN by the collector (helper blindCL, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_chengyu.py as a Word file (.docx) in 中英对照 form.
# Zone chengyu-city (an invented 华南 coastal prefecture-level city; no province named) → city level; period 2026–2027.
# FORM: every paragraph in Chinese, then its English translation as a paragraph of its own (Times New Roman). A note opens the
#   file: the English is for reference, the Chinese prevails. THE EXTRACTION IS THE CHINESE PLAN ONLY: an English paragraph
#   restating a Chinese goal, task, figure or annotation is no goal, task, target, agency or role of its own; titles and texts
#   quote the Chinese paragraphs alone (the English after them is not in the task text); English agency names
#   ("Municipal Development and Reform Commission", "Lead: …; Support: …") are no agencies and no aliases.
# Outline: note (CN/EN), red head, 发文字号, notice title, addressee, notice, signature and date, "（此件公开发布）" — each with its
#   English; page break; plan title; preamble; 一、总体目标 = two dated paragraphs → goals "2026年" (2 targets, due 2026) and
#   "到2027年" (9, due 2027; 其中…5家 → parent of the 50家 target; 营业收入超10亿元 a threshold, no target). 二、重点任务 (key_task)
#   with sub-sections （一）–（四） holding tasks 1.–9. NUMBERED ON; 三、保障措施 （一）–（三） → safeguard tasks, no roles.
# Tasks: title = the bold Chinese heading without number and 。; text = heading + body + annotation (Chinese). Roles:
#   "（牵头单位：X；配合单位：Y、Z）" → X lead, Y Z supporting. 各区人民政府 one collective; 澄屿港务集团 a state enterprise;
#   澄屿综合保税区管委会 a park administration; 市委人才办 a party body. 工作专班 / 各牵头单位 / 市政府分管领导 in a safeguard: no role.
# Targets: every task holding figures is also a goal titled like the task (text = heading + body, no annotation), numbered like
#   it; its figures due 2027 unless the sentence dates them (task 1: 2026年新增…1500P → 2026). Restated, so no second target:
#   task 2's 行业高质量数据集30个以上 and task 3's 自动化作业比例达到60% (the 到2027年 figures again). 新增智能算力1500P (new) is
#   not the goals' 智能算力规模 (total): its own target. Task 4's English says "20 digital workshops" where the Chinese prints
#   数字化车间30个: the Chinese prevails (the note says so) → 30. Not targets: 算力券 最高30%的费用补贴 (a subsidy rate), 设立规模
#   20亿元的…基金 (a fund being set up), 市财政每年…不少于2亿元专项资金 (a budget, in a safeguard), 每年举办…活动 (no figure), the
#   English figures (RMB 30 billion, 5,000 PFLOPS, no less than 50, 85 percent …: the same targets, translated). Per year
#   (每年推动200家以上…, 每年引进…20个以上) → per-year flow; 新增 / 引进培育 → flow; built, reached, cultivated → stock.
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""榄港新区关于支持人工智能产业高质量发展的若干措施 — INVENTED (synthetic_cl). Built as .docx and printed to PDF by
LibreOffice, as a new area's investment-promotion office sets its bilingual 若干措施: the title and the issuing line in Chinese
and English above a two-column TABLE — header row "中文 | English" repeated on every page, then one row per paragraph, the
Chinese left and its English translation right: the preamble (the dated goals, "力争到2028年，…"), the chapter headings 一、–四、,
articles 1.–12. numbered on, each "N.标题。正文（责任单位：新区X、新区Y）" or "（牵头单位：新区X；配合单位：新区Y）" beside "N. Title. Body
(Responsible Units: X Bureau of the New Area …)" / "(Lead Unit: …; Supporting Units: …)", article 12 naming its bodies in its own
words (X会同Y负责); 五、附则 (effective dates, who interprets). Subsidy rates and caps in RMB 10,000 / million in English."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "langgang-ai-measures-bilingual-2026-synthetic"
KIND = "pdf"

# printed form → (code, full name, category)
A = {
    "新区经济发展局": ("jfj", "榄港新区经济发展局", "industry_it"),
    "榄港新区开发建设集团": ("kfj", "榄港新区开发建设集团有限公司", "state_enterprise"),
    "新区数据资源管理中心": ("sjz", "榄港新区数据资源管理中心", "big_data"),
    "新区投资促进局": ("tcj", "榄港新区投资促进局", "commerce"),
    "新区科技创新局": ("kcj", "榄港新区科技创新局", "science_technology"),
    "新区财政金融局": ("cjj", "榄港新区财政金融局", "finance"),
    "新区社会事务局": ("shj", "榄港新区社会事务局", "civil_affairs"),
    "新区商务和口岸局": ("skj", "榄港新区商务和口岸局", "commerce"),
    "新区党群工作部（人才工作局）": (
        "dqb",
        "榄港新区党群工作部（人才工作局）",
        "party_organisation",
    ),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]

EN = {
    "新区经济发展局": "Economic Development Bureau of the New Area",
    "榄港新区开发建设集团": "Langgang New Area Development and Construction Group",
    "新区数据资源管理中心": "Data Resources Management Center of the New Area",
    "新区投资促进局": "Investment Promotion Bureau of the New Area",
    "新区科技创新局": "Science and Technology Innovation Bureau of the New Area",
    "新区财政金融局": "Finance Bureau of the New Area",
    "新区社会事务局": "Social Affairs Bureau of the New Area",
    "新区商务和口岸局": "Commerce and Port Bureau of the New Area",
    "新区党群工作部（人才工作局）": "Party and Mass Work Department (Talent Work Bureau) of the New Area",
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "榄港新区关于支持人工智能产业高质量发展的若干措施"
TITLE_EN = "Several Measures of Langgang New Area for Supporting the High-Quality Development of the Artificial Intelligence Industry"
DOC_NUMBER = "榄新管规〔2026〕2号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Langgang New Area measures supporting the AI industry (2026), Chinese-English table printed to PDF — synthetic",
    "issuer": "榄港新区管理委员会",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-15",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2027, 2028],
    "source_file": f"{SLUG}.pdf",
}

PREAMBLE = "为抢抓人工智能发展机遇，加快建设面向东盟的人工智能产业开放合作区，推动人工智能产业在新区集聚发展，力争到2028年，新区集聚人工智能企业300家以上，人工智能核心产业营业收入突破500亿元，建成智能算力1万P，结合新区实际，制定本措施。"
PREAMBLE_EN = "These Measures are formulated in light of the actual conditions of the New Area, in order to seize the development opportunities of artificial intelligence, accelerate the construction of an open cooperation zone for the artificial intelligence industry facing ASEAN, and promote the agglomeration of the artificial intelligence industry in the New Area, striving to gather no less than 300 artificial intelligence enterprises, achieve an operating revenue of the core artificial intelligence industry of more than RMB 50 billion and build an intelligent computing power of 10,000 PFLOPS in the New Area by 2028."
G1 = [
    T("人工智能企业", "家", "gte", 300, "新区集聚人工智能企业300家以上", kind="ai_enterprises"),
    T(
        "人工智能核心产业营业收入",
        "亿元",
        "gt",
        500,
        "人工智能核心产业营业收入突破500亿元",
        kind="ai_industry_scale",
    ),
    T("智能算力", "P", "eq", 10000, "建成智能算力1万P", kind="computing_power"),
]

# chapter: (numbering, title, English heading, articles)
# article: (title, rest, lead, supporting, responsible, targets, English title, English rest); the annotation is written
#   from the roles unless rest already holds the bodies in its own words (responsible given, no annotation)
CHAPTERS = [
    (
        "一、",
        "强化算力和数据支撑",
        "I. Strengthening the Support of Computing Power and Data",
        [
            (
                "支持智算中心建设",
                "对在新区新建智能算力规模达到500P以上的智算中心项目，按设备投资额的10%给予补助，单个项目最高2000万元。新区每年安排算力券额度不超过3000万元，对企业购买智能算力服务给予不超过合同金额30%的补贴。",
                [],
                [],
                ["新区经济发展局", "榄港新区开发建设集团"],
                [],
                "Supporting the Construction of Intelligent Computing Centers",
                "For an intelligent computing center project with a newly built intelligent computing power of 500 PFLOPS or above in the New Area, a subsidy shall be granted at 10 percent of the equipment investment, with a maximum of RMB 20 million for a single project. The New Area shall arrange a computing power voucher quota of no more than RMB 30 million every year, and grant enterprises a subsidy of no more than 30 percent of the contract amount for purchasing intelligent computing power services.",
            ),
            (
                "推动数据要素流通",
                "支持建设跨境数据服务中心，对经认定的跨境数据合规服务机构给予最高100万元一次性奖励。新区每年开放高质量数据集不少于10个，支持企业利用公共数据开发人工智能产品。",
                [],
                [],
                ["新区数据资源管理中心"],
                [
                    T(
                        "开放高质量数据集",
                        "个",
                        "gte",
                        10,
                        "新区每年开放高质量数据集不少于10个",
                        per_year=True,
                    )
                ],
                "Promoting the Circulation of Data Elements",
                "Support the construction of a cross-border data service center, and grant a one-off reward of up to RMB 1 million to the recognized cross-border data compliance service institutions. The New Area shall open no less than 10 high-quality datasets every year, and support enterprises in developing artificial intelligence products with public data.",
            ),
        ],
    ),
    (
        "二、",
        "支持企业集聚发展",
        "II. Supporting the Agglomeration and Development of Enterprises",
        [
            (
                "支持企业落户",
                "对新引进的人工智能企业，按其实缴注册资本的5%给予落户奖励，最高500万元。对世界500强、中国500强企业在新区设立的人工智能区域总部，给予最高1000万元奖励。",
                [],
                [],
                ["新区投资促进局"],
                [],
                "Supporting the Settlement of Enterprises",
                "For a newly introduced artificial intelligence enterprise, a settlement reward shall be granted at 5 percent of its paid-in registered capital, with a maximum of RMB 5 million. For a regional artificial intelligence headquarters set up in the New Area by a Fortune Global 500 or China Top 500 enterprise, a reward of up to RMB 10 million shall be granted.",
            ),
            (
                "支持企业做大做强",
                "对年营业收入首次突破1亿元、10亿元的人工智能企业，分别给予50万元、200万元奖励。对首次认定为国家级专精特新“小巨人”的人工智能企业，给予100万元奖励。",
                [],
                [],
                ["新区经济发展局"],
                [],
                "Supporting Enterprises in Growing Bigger and Stronger",
                'For an artificial intelligence enterprise whose annual operating revenue exceeds RMB 100 million or RMB 1 billion for the first time, a reward of RMB 500,000 or RMB 2 million shall be granted respectively. For an artificial intelligence enterprise recognized as a national-level specialized and sophisticated "Little Giant" enterprise for the first time, a reward of RMB 1 million shall be granted.',
            ),
            (
                "支持研发创新",
                "对企业开展大模型、智能终端等关键技术研发，按研发投入的15%给予补助，最高300万元。支持企业与高校院所共建新型研发机构，经认定后给予最高500万元建设资助。",
                ["新区科技创新局"],
                ["新区财政金融局"],
                [],
                [],
                "Supporting Research and Development Innovation",
                "For enterprises carrying out research and development of key technologies such as large models and intelligent terminals, a subsidy shall be granted at 15 percent of the R&D investment, with a maximum of RMB 3 million. Support enterprises in building new R&D institutions jointly with universities and research institutes, and grant a construction subsidy of up to RMB 5 million after recognition.",
            ),
            (
                "强化基金支持",
                "设立规模30亿元的人工智能产业基金，通过直接投资、设立子基金等方式支持人工智能企业发展，到2028年撬动社会资本投资人工智能项目100亿元以上。",
                [],
                [],
                ["新区财政金融局"],
                [
                    T(
                        "撬动社会资本投资人工智能项目",
                        "亿元",
                        "gte",
                        100,
                        "到2028年撬动社会资本投资人工智能项目100亿元以上",
                    )
                ],
                "Strengthening Fund Support",
                "Set up an artificial intelligence industry fund with a scale of RMB 3 billion to support the development of artificial intelligence enterprises through direct investment, the establishment of sub-funds and other means, and leverage social capital of no less than RMB 10 billion to invest in artificial intelligence projects by 2028.",
            ),
        ],
    ),
    (
        "三、",
        "推动场景开放应用",
        "III. Promoting the Opening and Application of Scenarios",
        [
            (
                "开放应用场景",
                "新区每年发布人工智能应用场景清单，开放场景机会不少于30个，对入选新区标杆场景的项目给予最高200万元支持。",
                ["新区经济发展局"],
                ["新区社会事务局", "新区商务和口岸局"],
                [],
                [
                    T(
                        "开放人工智能应用场景机会",
                        "个",
                        "gte",
                        30,
                        "开放场景机会不少于30个",
                        kind="application_scenarios",
                        per_year=True,
                    )
                ],
                "Opening Application Scenarios",
                "The New Area shall release a list of artificial intelligence application scenarios every year with no less than 30 scenario opportunities opened, and grant a support of up to RMB 2 million to a project selected as a benchmark scenario of the New Area.",
            ),
            (
                "发展跨境贸易智能服务",
                "支持企业开发面向东盟的多语种智能客服、智能报关、智能物流调度等产品，到2027年建设“AI+跨境贸易”综合服务平台1个，服务外贸企业1000家以上。",
                [],
                [],
                ["新区商务和口岸局"],
                [
                    T(
                        "“AI+跨境贸易”综合服务平台",
                        "个",
                        "eq",
                        1,
                        "建设“AI+跨境贸易”综合服务平台1个",
                        deadline=2027,
                    ),
                    T(
                        "“AI+跨境贸易”综合服务平台服务外贸企业",
                        "家",
                        "gte",
                        1000,
                        "服务外贸企业1000家以上",
                        deadline=2027,
                    ),
                ],
                "Developing Intelligent Services for Cross-Border Trade",
                'Support enterprises in developing multilingual intelligent customer service, intelligent customs declaration, intelligent logistics dispatching and other products facing ASEAN, build 1 comprehensive service platform for "AI + Cross-Border Trade" by 2027, and serve more than 1,000 foreign trade enterprises.',
            ),
            (
                "支持首购首用",
                "对新区企业研发的人工智能首台（套）产品和首版次软件，按销售额的20%给予奖励，最高300万元。鼓励新区国有企业和公共机构优先采购应用本地人工智能产品。",
                [],
                [],
                ["新区财政金融局", "新区经济发展局"],
                [],
                "Supporting First Purchase and First Use",
                "For the first (set of) artificial intelligence products and the first version of software developed by enterprises in the New Area, a reward shall be granted at 20 percent of the sales, with a maximum of RMB 3 million. State-owned enterprises and public institutions of the New Area are encouraged to give priority to purchasing and applying local artificial intelligence products.",
            ),
        ],
    ),
    (
        "四、",
        "优化人才和营商环境",
        "IV. Optimizing the Talent and Business Environment",
        [
            (
                "引育高端人才",
                "对引进的人工智能领域顶尖人才团队，给予最高5000万元综合资助。新区每年引进人工智能领域高层次人才100名以上，在住房、子女入学、出入境等方面提供便利。",
                [],
                [],
                ["新区党群工作部（人才工作局）"],
                [
                    T(
                        "引进人工智能领域高层次人才",
                        "名",
                        "gte",
                        100,
                        "新区每年引进人工智能领域高层次人才100名以上",
                        kind="talent",
                        per_year=True,
                    )
                ],
                "Introducing and Cultivating High-End Talents",
                "For an introduced top talent team in the field of artificial intelligence, a comprehensive subsidy of up to RMB 50 million shall be granted. The New Area shall introduce no less than 100 high-level talents in the field of artificial intelligence every year, and provide facilitation in housing, children's schooling, entry and exit, etc.",
            ),
            (
                "保障产业空间",
                "高标准建设榄港人工智能产业园，到2027年提供人工智能产业空间20万平方米以上，对入驻企业给予前三年租金全额补贴。",
                [],
                [],
                ["新区经济发展局", "榄港新区开发建设集团"],
                [
                    T(
                        "人工智能产业空间",
                        "平方米",
                        "gte",
                        200000,
                        "到2027年提供人工智能产业空间20万平方米以上",
                        deadline=2027,
                    )
                ],
                "Guaranteeing Industrial Space",
                "Build the Langgang Artificial Intelligence Industrial Park to high standards, provide no less than 200,000 square meters of artificial intelligence industrial space by 2027, and grant the settled enterprises a full rent subsidy for the first three years.",
            ),
            (
                "强化服务保障",
                "建立人工智能企业服务专员制度，对重点企业实行“一企一专员”服务。新区经济发展局会同新区财政金融局负责本措施的组织实施和政策兑现，每年向社会公布兑现情况。",
                [],
                [],
                None,  # named in its own words: 新区经济发展局会同新区财政金融局负责…
                [],
                "Strengthening Service Guarantee",
                'Establish a service commissioner system for artificial intelligence enterprises, and provide "one commissioner for one enterprise" services for key enterprises. The Economic Development Bureau of the New Area shall, in conjunction with the Finance Bureau of the New Area, be responsible for the organization and implementation of these Measures and the honoring of the policies, and publish the honoring every year.',
            ),
        ],
    ),
]
OWN_WORDS = ["新区经济发展局", "新区财政金融局"]

CLOSING = [
    ("五、附则", "V. Supplementary Provisions"),
    (
        "本措施自2026年5月1日起施行，有效期至2028年12月31日，由新区经济发展局负责解释。同一项目符合新区多项扶持政策的，按照“就高不重复”原则执行。",
        'These Measures shall come into force on May 1, 2026 and remain valid until December 31, 2028, and shall be interpreted by the Economic Development Bureau of the New Area. Where the same project meets multiple supporting policies of the New Area, the principle of "the highest applies without duplication" shall be followed.',
    ),
]


def annotation(lead, sup, resp):
    if lead:
        return f"（牵头单位：{'、'.join(lead)}；配合单位：{'、'.join(sup)}）"
    return f"（责任单位：{'、'.join(resp)}）"


def annotation_en(lead, sup, resp):
    if lead:
        return f" (Lead Unit: {'; '.join(EN[x] for x in lead)}; Supporting Units: {'; '.join(EN[x] for x in sup)})"
    label = "Responsible Units" if len(resp) > 1 else "Responsible Unit"
    return f" ({label}: {'; '.join(EN[x] for x in resp)})"


def _build():
    rows = [["中文", "English"], [PREAMBLE, PREAMBLE_EN]]
    for t in G1:
        assert t.phrase in PREAMBLE, t.phrase
    goals = [Goal("力争到2028年", PREAMBLE, G1)]
    code = {p: A[p][0] for p in A}
    sections = []
    n = 0
    for cno, ctitle, cen, items in CHAPTERS:
        rows.append([f"{cno}{ctitle}", cen])
        tasks = []
        for title, rest, lead, sup, resp, targets, en_title, en_rest in items:
            n += 1
            if resp is None:
                ann, ann_en, resp = "", "", OWN_WORDS
            else:
                ann, ann_en = annotation(lead, sup, resp), annotation_en(lead, sup, resp)
            rows.append([f"{n}.{title}。{rest}{ann}", f"{n}. {en_title}. {en_rest}{ann_en}"])
            tasks.append(
                Task(
                    f"{n}.",
                    title,
                    f"{title}。{rest}{ann}",
                    lead=[code[x] for x in lead],
                    supporting=[code[x] for x in sup],
                    responsible=[code[x] for x in resp],
                )
            )
            for t in targets:
                assert t.phrase in rest, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=f"{n}."))
        sections.append(Section(cno.strip("、"), cno, ctitle, "key_task", tasks))
    rows += [list(pair) for pair in CLOSING]
    blocks = [
        ("title", TITLE),
        ("en_title", TITLE_EN),
        ("small", f"（榄港新区管理委员会2026年4月15日印发　{DOC_NUMBER}）"),
        (
            "en_small",
            "(Issued by the Administrative Committee of Langgang New Area on April 15, 2026, LXGG [2026] No. 2)",
        ),
        ("small", "说明：本措施以中英文对照形式发布，英文译文仅供参考，以中文文本为准。"),
        (
            "en_small",
            "Note: These Measures are released in Chinese and English. The English translation is for reference only, and the Chinese text shall prevail.",
        ),
        ("bitable", rows),
        ("small", "榄港新区管理委员会办公室　　　　2026年4月15日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "langgang-new-area",
        "name": "榄港新区",
        "name_en": "Langgang New Area",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 榄港新区关于支持人工智能产业高质量发展的若干措施 (榄港新区管理委员会, 榄新管规〔2026〕2号, 2026-04-15)
# — SYNTHETIC (synthetic_cl): WRITTEN by the collector (helper blindCL, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_langgang.py as .docx, printed to PDF by LibreOffice.
# Zone langgang-new-area (an invented 华南 coastal new area, district-level; its city is not named) → district level; period
#   2026–2028 (in force 2026-05-01 to 2028-12-31; the goals reach 2028).
# FORM: title, issuing line and a note (English for reference, the Chinese prevails), each in Chinese then English, above a
#   two-column TABLE "中文 | English" (header row repeated on every page; no row split across pages): one row per paragraph,
#   Chinese left, its translation right. THE EXTRACTION IS THE CHINESE PLAN ONLY (the left cells): the right cells restate it and
#   hold no goal, task, target, agency or role of their own; "(Responsible Units: … of the New Area)" names no agency.
# Outline: preamble row (the goals: "力争到2028年，…" inside the 为…制定本措施 sentence → goal titled 力争到2028年, 3 targets); chapter
#   rows 一、–四、 (key_task sections, titled by the Chinese cell); articles 1.–12. NUMBERED ON, one row each → tasks; 五、附则 and
#   its row (dates, 由新区经济发展局负责解释: no task, no role); "印发" line under the table.
# Tasks: title = the Chinese heading before the first 。; text = the Chinese cell without its number (heading + body + annotation).
#   Roles: "（责任单位：X、Y）" → responsible; "（牵头单位：X；配合单位：Y、Z）" → lead / supporting. Article 12 has no annotation
#   and names its bodies in its own words ("新区经济发展局会同新区财政金融局负责本措施的组织实施和政策兑现") → both responsible
#   (会同 joins them in the one duty). 新区党群工作部（人才工作局） one body printed with two names; 榄港新区开发建设集团 a state
#   enterprise.
# Targets: the preamble's three (1万P → 10000 P). Every article holding figures is also a goal titled like it (text = heading +
#   body, no annotation), numbered like it: 每年开放高质量数据集不少于10个, 每年…开放场景机会不少于30个, 每年引进…高层次人才100名以上
#   (per-year flow: what the new area commits to produce each year); 到2028年撬动社会资本…100亿元以上; 到2027年 …服务平台1个 and
#   服务外贸企业1000家以上 (due 2027); 到2027年提供…产业空间20万平方米以上 (200000 平方米, due 2027: space the area commits to provide).
#   Not targets (若干措施 convention): subsidy rates and caps (10%, 最高2000万元, 5%, 15%, 20% …), rewards, the annual 算力券 quota
#   (不超过3000万元), conditions (新建智能算力规模达到500P以上的…项目, 年营业收入首次突破1亿元、10亿元, 世界500强), the fund's size
#   (设立规模30亿元的…基金), the 5000万元 资助, 前三年租金全额补贴; nor the English figures (RMB 50 billion, 10,000 PFLOPS …).
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""滹阳市“十五五”数字经济和人工智能发展规划 — INVENTED (synthetic_ch). Built as .docx and printed to PDF by LibreOffice:
the 市政府's notice, the plan's title and "（2026—2030年）", a 前言 paragraph, 一、发展基础和面临形势 （一）发展基础 (PAST figures,
the city's share of the province, and the PROVINCE's dated 2030 goal quoted as context) （二）面临形势, 二、总体要求 （一）指导思想
（二）基本原则 （三）发展目标 = two dated milestone paragraphs "到2028年，…" and "到2030年，…" （四）远景目标 = "展望2035年，…" with
figures of its own; 三、重点任务 opening on the rule "（注：各项任务责任单位中，列第一位的为牵头单位。）", four groups （一）–（四） of
items 1.… restarting per group, each "N.标题。正文（责任单位：X、Y，Z）"; 四、保障措施 （一）–（五） unannotated."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "huyang-digital-economy-ai-15th-five-year-plan-synthetic"
KIND = "pdf"

# printed form → (code, full name, category)
A = {
    "市工业和信息化局": ("gxj", "滹阳市工业和信息化局", "industry_it"),
    "市科技局": ("kjj", "滹阳市科学技术局", "science_technology"),
    "市数据局": ("sjj", "滹阳市数据局", "big_data"),
    "市发展和改革委员会": ("fgw", "滹阳市发展和改革委员会", "development_reform"),
    "滹阳经济技术开发区管委会": ("kfq", "滹阳经济技术开发区管理委员会", "park_administration"),
    "市投资促进局": ("tcj", "滹阳市投资促进局", "commerce"),
    "各县（市、区）人民政府": ("xs", "滹阳市各县（市、区）人民政府", "local_government"),
    "市国资委": ("gzw", "滹阳市人民政府国有资产监督管理委员会", "other"),
    "市城市管理局": ("cgj", "滹阳市城市管理局", "housing_construction"),
    "市公安局": ("gaj", "滹阳市公安局", "public_security"),
    "市应急管理局": ("yjj", "滹阳市应急管理局", "emergency"),
    "市教育局": ("jyj", "滹阳市教育局", "education"),
    "市卫生健康委员会": ("wjw", "滹阳市卫生健康委员会", "health"),
    "市民政局": ("mzj", "滹阳市民政局", "civil_affairs"),
    "国网滹阳供电公司": ("gdg", "国网滹阳供电公司", "state_enterprise"),
    "市财政局": ("czj", "滹阳市财政局", "finance"),
    "滹阳数据集团有限公司": ("sjjt", "滹阳数据集团有限公司", "state_enterprise"),
    "市住房和城乡建设局": ("zjj", "滹阳市住房和城乡建设局", "housing_construction"),
    "市商务局": ("swj", "滹阳市商务局", "commerce"),
    "市人力资源和社会保障局": ("rsj", "滹阳市人力资源和社会保障局", "human_resources"),
}
AGENCIES = [
    Agency(code, name, [printed] if printed != name else [], cat)
    for printed, (code, name, cat) in A.items()
]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "滹阳市“十五五”数字经济和人工智能发展规划"
DOC_NUMBER = "滹政发〔2026〕5号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Huyang City 15th Five-Year (2026–2030) digital economy and AI development plan — synthetic",
    "issuer": "滹阳市人民政府",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-17",
    "period_start": 2026,
    "period_end": 2030,
    "milestone_years": [2028, 2030],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"现将《{TITLE}》印发给你们，请认真组织实施。各地各部门要把规划实施作为推动高质量发展的重要抓手，加强统筹协调，确保各项目标任务落到实处。"
PREFACE = "数字经济是继农业经济、工业经济之后的主要经济形态，人工智能是推动数字经济发展的核心力量。为加快推进全市数字经济和人工智能高质量发展，根据《滹阳市国民经济和社会发展第十五个五年规划纲要》《朔原省“十五五”人工智能产业发展规划》，编制本规划。规划期为2026—2030年，远景展望到2035年。"
BASE = "“十四五”时期，全市数字经济发展取得显著成效。2025年，全市数字经济核心产业增加值达到186亿元，占地区生产总值比重为7.8%，“十四五”期间年均增长14.2%；人工智能核心产业规模达到96亿元，占全省的22.9%，人工智能企业达到142家；累计建成5G基站1.1万个，智能算力规模达到1200P，市级公共数据开放平台开放数据集320个。与此同时，我市数字经济总量仍然偏小，核心技术攻关能力不强，高端人才短缺等问题依然存在。省“十五五”人工智能产业发展规划提出到2030年全省人工智能核心产业规模突破1200亿元，为我市加快发展提供了重要机遇。"
SITUATION = "从外部环境看，新一轮科技革命和产业变革深入发展，人工智能成为各地竞相布局的战略高地，国内主要城市纷纷出台专项规划和支持政策，区域竞争更加激烈。从自身条件看，我市能源资源丰富、产业体系完整、区位交通便利，滹阳智算中心一期已投入运营，具备发展数字经济和人工智能的良好基础。总体看，“十五五”时期是我市数字经济和人工智能发展的重要机遇期，必须抢抓机遇、乘势而上。"
PRINCIPLES = "坚持创新驱动、应用牵引、融合发展、安全可控，充分发挥市场在资源配置中的决定性作用，更好发挥政府作用，调动企业、高校、科研院所等各方面积极性，形成全市上下协同推进的工作格局。"
GUIDE = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实省委、省政府关于发展数字经济和人工智能产业的决策部署，以数字产业化和产业数字化为主线，以“人工智能+”行动为牵引，推动数字经济和实体经济深度融合，为建设现代化区域中心城市提供有力支撑。"

G2028 = "到2028年，数字经济和人工智能发展取得重要进展。全市数字经济核心产业增加值达到260亿元，人工智能核心产业规模达到180亿元，人工智能企业达到230家，智能算力规模达到3000P。"
G2028_T = [
    T(
        "数字经济核心产业增加值",
        "亿元",
        "eq",
        260,
        "全市数字经济核心产业增加值达到260亿元",
        deadline=2028,
    ),
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        180,
        "人工智能核心产业规模达到180亿元",
        kind="ai_industry_scale",
        deadline=2028,
    ),
    T(
        "人工智能企业",
        "家",
        "eq",
        230,
        "人工智能企业达到230家",
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
]
G2030 = "到2030年，基本建成全省人工智能产业发展核心区。全市数字经济核心产业增加值达到340亿元，占地区生产总值比重达到12%；电子信息制造业营业收入年均增长10%以上；人工智能核心产业规模突破280亿元，人工智能企业达到320家，其中规模以上企业80家；智能算力规模达到5000P；累计打造人工智能典型应用场景150个以上；规模以上工业企业数字化转型覆盖率达到90%。"
G2030_T = [
    T("数字经济核心产业增加值", "亿元", "eq", 340, "全市数字经济核心产业增加值达到340亿元"),
    T("数字经济核心产业增加值占地区生产总值比重", "%", "eq", 12, "占地区生产总值比重达到12%"),
    T("电子信息制造业营业收入年均增速", "%", "gte", 10, "电子信息制造业营业收入年均增长10%以上"),
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        280,
        "人工智能核心产业规模突破280亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能企业", "家", "eq", 320, "人工智能企业达到320家", kind="ai_enterprises"),
    T(
        "规模以上人工智能企业",
        "家",
        "eq",
        80,
        "其中规模以上企业80家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T("智能算力规模", "P", "eq", 5000, "智能算力规模达到5000P", kind="computing_power"),
    T(
        "人工智能典型应用场景",
        "个",
        "gte",
        150,
        "累计打造人工智能典型应用场景150个以上",
        kind="application_scenarios",
        aggregation="flow",
    ),
    T("规模以上工业企业数字化转型覆盖率", "%", "eq", 90, "规模以上工业企业数字化转型覆盖率达到90%"),
]
VISION = "展望2035年，全面建成数字滹阳。数字经济核心产业增加值占地区生产总值比重达到18%左右，人工智能核心产业规模达到600亿元，人工智能深度融入经济社会发展各领域，我市成为全省重要的人工智能创新策源地和产业集聚区。"

RULE = "（注：各项任务责任单位中，列第一位的为牵头单位。）"

# groups: (numbering, title, [(no, title, body, [printed units], targets)])
GROUPS = [
    (
        "（一）",
        "壮大人工智能核心产业",
        [
            (
                "1.",
                "发展大模型和智能软件",
                "依托市人工智能创新中心，支持企业开发煤化工、装备制造、现代物流等行业大模型，到2028年培育行业大模型10个，推动智能软件在重点行业规模化应用，支持企业参与国家和省级大模型评测。",
                ["市工业和信息化局", "市科技局", "市数据局"],
                [T("行业大模型", "个", "eq", 10, "到2028年培育行业大模型10个", deadline=2028)],
            ),
            (
                "2.",
                "发展智能硬件制造",
                "依托滹阳经济技术开发区，引进智能终端、传感器、服务器整机等项目，建设智能硬件产业园1个，形成百亿级智能硬件产业集群。",
                ["市发展和改革委员会", "市工业和信息化局", "滹阳经济技术开发区管委会"],
                [T("智能硬件产业园", "个", "eq", 1, "建设智能硬件产业园1个")],
            ),
            (
                "3.",
                "招引培育人工智能企业",
                "实施人工智能企业“育苗扶壮”行动，每年新增人工智能企业30家以上，培育专精特新中小企业20家。",
                ["市投资促进局", "市工业和信息化局", "各县（市、区）人民政府"],
                [
                    T(
                        "新增人工智能企业",
                        "家",
                        "gte",
                        30,
                        "每年新增人工智能企业30家以上",
                        kind="ai_enterprises",
                        per_year=True,
                    ),
                    T("专精特新中小企业", "家", "eq", 20, "培育专精特新中小企业20家"),
                ],
            ),
        ],
    ),
    (
        "（二）",
        "深入实施“人工智能+”行动",
        [
            (
                "1.",
                "“人工智能+”工业",
                "推动煤化工、装备制造等行业智能化改造，建设智能工厂50家、数字化车间150个，规模以上工业企业数字化转型覆盖率达到90%。",
                ["市工业和信息化局", "市国资委"],
                [
                    T("智能工厂", "家", "eq", 50, "建设智能工厂50家"),
                    T("数字化车间", "个", "eq", 150, "数字化车间150个"),
                    # 数字化转型覆盖率达到90%: the 2030 paragraph's figure printed again — no second target
                ],
            ),
            (
                "2.",
                "“人工智能+”城市治理",
                "建设城市运行管理“一网统管”平台，推进人工智能在交通、应急、城管等领域应用，推动城市管理问题智能发现、自动派单、闭环处置，到2028年建成城市智能中枢。",
                ["市城市管理局", "市数据局", "市公安局", "市应急管理局"],
                [],
            ),
            (
                "3.",
                "“人工智能+”民生服务",
                "推广人工智能辅助教学、辅助诊疗、智慧养老等应用，建设智慧学校100所、智慧医院10家，建成社区智慧养老服务站200个。",
                ["市教育局", "市卫生健康委员会", "市民政局"],
                [
                    T("智慧学校", "所", "eq", 100, "建设智慧学校100所"),
                    T("智慧医院", "家", "eq", 10, "智慧医院10家"),
                    T("社区智慧养老服务站", "个", "eq", 200, "建成社区智慧养老服务站200个"),
                ],
            ),
        ],
    ),
    (
        "（三）",
        "夯实数字基础设施",
        [
            (
                "1.",
                "建设智能算力设施",
                "推进滹阳智算中心二期建设，新增智能算力3800P，打造全省重要的算力供给基地，推动算力资源向中小企业普惠开放。",
                ["市发展和改革委员会", "市数据局", "国网滹阳供电公司"],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        3800,
                        "新增智能算力3800P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "2.",
                "推进数据要素开发利用",
                "完善公共数据授权运营机制，新增开放公共数据集200个，建设行业高质量数据集30个。",
                ["市数据局", "市财政局", "滹阳数据集团有限公司"],
                [
                    T(
                        "新增开放公共数据集",
                        "个",
                        "eq",
                        200,
                        "新增开放公共数据集200个",
                        aggregation="flow",
                    ),
                    T("行业高质量数据集", "个", "eq", 30, "建设行业高质量数据集30个"),
                ],
            ),
            (
                "3.",
                "加快新型网络建设",
                "推进5G-A和千兆光网协同建设，新建5G基站5000个，实现城区和重点园区5G-A网络全覆盖。",
                ["市工业和信息化局", "市住房和城乡建设局"],
                [T("新建5G基站", "个", "eq", 5000, "新建5G基站5000个", aggregation="flow")],
            ),
        ],
    ),
    (
        "（四）",
        "培育数字经济新业态",
        [
            (
                "1.",
                "发展平台经济和数字贸易",
                "支持本地企业建设行业互联网平台，培育年交易额超10亿元的产业互联网平台5个，发展跨境电商、数字内容等数字贸易新业态。",
                ["市商务局", "市工业和信息化局"],
                [
                    T(
                        "年交易额超10亿元的产业互联网平台",
                        "个",
                        "eq",
                        5,
                        "培育年交易额超10亿元的产业互联网平台5个",
                    )
                ],
            ),
            (
                "2.",
                "发展数据标注和算力服务产业",
                "依托滹阳智算中心，建设数据标注产业基地1个，培育算力服务企业10家，带动就业3000人以上。",
                ["市数据局", "市人力资源和社会保障局", "市发展和改革委员会"],
                [
                    T("数据标注产业基地", "个", "eq", 1, "建设数据标注产业基地1个"),
                    T("算力服务企业", "家", "eq", 10, "培育算力服务企业10家"),
                    T(
                        "数据标注和算力服务产业带动就业",
                        "人",
                        "gte",
                        3000,
                        "带动就业3000人以上",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立市数字经济和人工智能发展领导小组，办公室设在市数据局，统筹推进规划实施，协调解决重大问题。各县（市、区）、各有关部门要结合实际制定具体落实方案，明确时间表和路线图。",
    ),
    (
        "（二）",
        "强化政策支持",
        "市财政每年安排数字经济发展专项资金2亿元，设立规模10亿元的人工智能产业投资基金，落实算力券、场景开放等支持政策。",
    ),
    (
        "（三）",
        "加强人才保障",
        "实施“滹水英才”计划，完善高层次人才引进、培养、评价和激励机制，支持驻滹高校开设人工智能相关专业。",
    ),
    (
        "（四）",
        "强化监测评估",
        "建立规划实施年度监测制度，2028年开展中期评估，根据评估结果对规划目标任务进行动态调整。",
    ),
    (
        "（五）",
        "强化安全保障",
        "落实网络安全等级保护和数据分类分级保护制度，加强人工智能应用安全风险评估，守牢安全底线。",
    ),
]


def _check(text, targets):
    for t in targets:
        assert t.phrase in text, t.phrase


def _build():
    blocks = [
        ("head", "滹阳市人民政府文件"),
        ("docno", DOC_NUMBER),
        ("title", f"滹阳市人民政府关于印发{TITLE}的通知"),
        ("addressee", "各县（市、区）人民政府，滹阳经济技术开发区管委会，市人民政府各部门："),
        ("body", NOTICE),
        ("sign", "滹阳市人民政府"),
        ("date", "2026年4月17日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("docno", "（2026—2030年）"),
        ("body", PREFACE),
        ("h1", "一、发展基础和面临形势"),
        ("h2", "（一）发展基础"),
        ("body", BASE),
        ("h2", "（二）面临形势"),
        ("body", SITUATION),
        ("h1", "二、总体要求"),
        ("h2", "（一）指导思想"),
        ("body", GUIDE),
        ("h2", "（二）基本原则"),
        ("body", PRINCIPLES),
        ("h2", "（三）发展目标"),
        ("body", G2028),
        ("body", G2030),
        ("h2", "（四）远景目标"),
        ("body", VISION),
        ("h1", "三、重点任务"),
        ("body", RULE),
    ]
    _check(G2028, G2028_T)
    _check(G2030, G2030_T)
    goals = [Goal("到2028年", G2028, G2028_T), Goal("到2030年", G2030, G2030_T)]
    subs = []
    code = {p: A[p][0] for p in A}
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for no, title, body, units, targets in items:
            ann = f"（责任单位：{'、'.join(units[:-1] if units[-1].startswith('各') else units)}"
            if units[-1].startswith("各"):
                ann += f"，{units[-1]}"
            ann += "）"
            blocks.append(("item", (f"{no}{title}。", body + ann)))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}{ann}",
                    lead=[code[units[0]]],
                    responsible=[code[u] for u in units[1:]],
                )
            )
            _check(body, targets)
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sections = [Section("三", "三、", "重点任务", "key_task", sections=subs)]
    blocks.append(("h1", "四、保障措施"))
    sg = []
    for no, title, text in SAFEGUARDS:
        blocks.append(("item", (f"{no}{title}。", text)))
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("四", "四、", "保障措施", "safeguard", sg))
    blocks += [
        ("rule", ""),
        (
            "addressee",
            "抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。",
        ),
        ("addressee", "滹阳市人民政府办公室　　　　　　　　2026年4月17日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "huyang-city",
        "name": "滹阳市",
        "name_en": "Huyang City (invented, 朔原省)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2030,
}

HEADER = """\
# 滹阳市“十五五”数字经济和人工智能发展规划 (滹阳市人民政府, 滹政发〔2026〕5号, 2026-04-17)
# — SYNTHETIC (synthetic_ch): WRITTEN by the collector (helper blindCH, 2026-12-07) before reading or running the importer; no
#   such document or city is claimed to exist. Built by make_files.py from doc_huyang.py as .docx, printed to PDF by LibreOffice.
# Zone huyang-city (an invented prefecture-level city of the invented 朔原省) → city level; period 2026–2030, milestones 2028 and
#   2030 ("远景展望到2035年": 2035 is no milestone of the plan).
# Outline: red head, 发文字号, notice, "（此件公开发布）", page break, title, "（2026—2030年）", 前言; 一、发展基础和面临形势
#   （一）发展基础 = PAST figures (186亿元, 7.8%, 年均增长14.2%, 96亿元, 22.9% of the province, 142家, 1.1万个, 1200P, 320个) and the
#   PROVINCE's dated goal quoted as context ("省…规划提出到2030年全省人工智能核心产业规模突破1200亿元"): no targets; （二）面临形势
#   (no figure). 二、总体要求 （一）指导思想 （二）基本原则 (one paragraph: no task) （三）发展目标 = "到2028年，…" (→ goal 到2028年,
#   4 targets due 2028) and "到2030年，…" (→ goal 到2030年, 9 targets) （四）远景目标 = "展望2035年，…" with figures (18%左右,
#   600亿元): NO targets — a vision beyond the plan's period (this set's convention, SYNTHETIC_CH.md).
#   三、重点任务 opens on "（注：各项任务责任单位中，列第一位的为牵头单位。）" (a rule stated once); groups （一）–（四） are sections
#   under 三、, their items 1.… RESTART per group, each ONE paragraph "N.标题。正文（责任单位：X、Y，Z）" → a task (title before
#   the first 。, text = title + body + annotation). 四、保障措施 （一）–（五） "标题。正文" → safeguard tasks without roles
#   ("办公室设在市数据局" assigns none). 抄送 / 印发.
# Roles: by the rule, the FIRST unit of each 责任单位 list leads, the others are responsible; 各县（市、区）人民政府 (after a comma) one
#   collective; 滹阳经济技术开发区管委会 a park body; 国网滹阳供电公司 and 滹阳数据集团有限公司 state enterprises.
# Targets: 2028 and 2030 figures of the same things are targets each (due differs). 其中规模以上企业80家 → parent the 320家 target.
#   电子信息制造业营业收入年均增长10%以上 (a rate with no level beside it) → a target in %, due 2030, not per_year. 每年新增… (a five-year
#   plan) → per-year flow. Task figures without a year → due 2030; "到2028年培育行业大模型10个" → 2028. Restated (one target): (二)1.'s
#   数字化转型覆盖率达到90%. Counting another thing (a target of its own): 新增智能算力3800P beside 智能算力规模5000P; 新增开放公共数据集
#   200个 beside the 2025 figure 320个 (no target). Not targets: 形成百亿级智能硬件产业集群 (no count), 到2028年建成城市智能中枢 (no
#   figure), 5G-A全覆盖 (no figure), 年交易额超10亿元 (a condition on the platforms counted), the safeguards' 专项资金2亿元 (a budget)
#   and 设立规模10亿元的…基金 (a fund being set up).
"""

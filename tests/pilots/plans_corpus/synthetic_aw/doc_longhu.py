# ruff: noqa: E501  (plan text as the office writes it)
"""汕头市龙湖区加快推动人工智能产业高质量发展的若干措施 — INVENTED (synthetic_aw), a Word file. A notice whose second
paragraph states once that the first 责任单位 named under each article leads; an untitled opening paragraph
"力争到2028年，…" of figures; articles 第一条–第十六条 numbered ON across five 一、–五、 headings, each followed by an
own line "责任单位：X、Y"; subsidy amounts in almost every article; closing paragraphs unnumbered; 抄送 / 印发 lines."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "shantou-longhu-ai-measures-2026-synthetic"
KIND = "docx"

A = [
    ("kgx", "汕头市龙湖区科技工业和信息化局", "区科工信局", "industry_it"),
    ("czj", "汕头市龙湖区财政局", "区财政局", "finance"),
    ("fgj", "汕头市龙湖区发展和改革局", "区发展改革局", "development_reform"),
    ("zsj", "汕头市龙湖区政务服务和数据管理局", "区政务服务数据管理局", "big_data"),
    ("rsj", "汕头市龙湖区人力资源和社会保障局", "区人力资源社会保障局", "human_resources"),
    ("zzb", "中共汕头市龙湖区委组织部", "区委组织部", "party_organisation"),
    ("jyj", "汕头市龙湖区教育局", "区教育局", "education"),
    ("wjj", "汕头市龙湖区卫生健康局", "区卫生健康局", "health"),
    ("wgl", "汕头市龙湖区文化广电旅游体育局", "区文广旅体局", "culture_tourism"),
    ("tcj", "汕头市龙湖区投资促进局", "区投资促进局", "commerce"),
    ("scj", "汕头市龙湖区市场监督管理局", "区市场监管局", "market_regulation"),
    ("jrj", "汕头市龙湖区金融工作局", "区金融工作局", "financial_regulation"),
    ("gxq", "汕头高新技术产业开发区管理委员会", "汕头高新区管委会", "park_administration"),
    ("wxb", "中共汕头市龙湖区委网络安全和信息化委员会办公室", "区委网信办", "publicity"),
    ("jz", "汕头市龙湖区各街道办事处、镇人民政府", "各街道办事处、镇人民政府", "local_government"),
]
AGENCIES = [Agency(c, n, [a] if a != n else [], cat) for c, n, a, cat in A]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "汕头市龙湖区加快推动人工智能产业高质量发展的若干措施"
DOC_NUMBER = "汕龙府办〔2026〕6号"
ISSUER = "汕头市龙湖区人民政府办公室"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Longhu District (Shantou) measures to speed up high-quality development of the AI industry — synthetic",
    "issuer": ISSUER,
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-10",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2027, 2028],
    "source_file": f"{SLUG}.docx",
}

OPENING = "为深入实施“人工智能+”行动，抢抓粤东地区人工智能产业发展机遇，加快把我区建设成为汕头市人工智能创新应用先行区，结合我区实际，制定以下措施。力争到2028年，全区人工智能核心产业营业收入突破30亿元，集聚人工智能企业100家以上，其中规模以上企业不少于20家，建成人工智能特色产业园区1个，打造“人工智能+”应用场景60个以上。"
OPENING_TARGETS = [
    Target(
        "人工智能核心产业营业收入",
        "亿元",
        "gt",
        30,
        "全区人工智能核心产业营业收入突破30亿元",
        kind="ai_industry_scale",
    ),
    Target("人工智能企业", "家", "gte", 100, "集聚人工智能企业100家以上", kind="ai_enterprises"),
    Target(
        "规模以上人工智能企业",
        "家",
        "gte",
        20,
        "其中规模以上企业不少于20家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    Target("人工智能特色产业园区", "个", "eq", 1, "建成人工智能特色产业园区1个"),
    Target(
        "“人工智能+”应用场景",
        "个",
        "gte",
        60,
        "打造“人工智能+”应用场景60个以上",
        kind="application_scenarios",
    ),
]

# (chapter numbering, title, [(article, title, body, 责任单位 line, [targets])])
CHAPTERS = [
    (
        "一、",
        "夯实算力和数据基础",
        [
            (
                "第一条",
                "支持智能算力设施建设",
                "对在我区新建、扩建智能算力中心，且智能算力规模达到100P以上的项目，按设备投资额的10%给予补助，单个项目最高500万元。区政府统筹国有平台公司资源，到2027年建成区级公共智能算力平台，算力规模不低于300P。",
                "区科工信局、区发展改革局、区财政局",
                [
                    Target(
                        "区级公共智能算力平台算力规模",
                        "P",
                        "gte",
                        300,
                        "算力规模不低于300P",
                        deadline=2027,
                        kind="computing_power",
                    )
                ],
            ),
            (
                "第二条",
                "降低企业用算成本",
                "设立“龙湖算力券”，对区内中小企业、科研机构租用智能算力开展模型训练、推理的，按实际支出的30%给予补贴，单个主体每年最高50万元。",
                "区科工信局、区财政局",
                [],
            ),
            (
                "第三条",
                "推动数据资源开发利用",
                "支持企业围绕纺织服装、玩具创意、食品加工等我区特色产业建设行业数据集，经认定的高质量数据集，按建设投入的20%给予最高100万元补助。区政务服务数据管理局每年开放公共数据集20个以上。",
                "区政务服务数据管理局、区科工信局、区财政局",
                [
                    Target(
                        "开放公共数据集",
                        "个",
                        "gte",
                        20,
                        "每年开放公共数据集20个以上",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
    (
        "二、",
        "培育壮大市场主体",
        [
            (
                "第四条",
                "支持企业落户发展",
                "对新引进的人工智能企业，实缴注册资本1000万元以上的，按实缴注册资本的2%给予一次性落户奖励，最高200万元。对在我区设立区域总部、研发中心的人工智能头部企业，可采取“一事一议”方式给予综合支持。",
                "区投资促进局、区科工信局、区财政局",
                [],
            ),
            (
                "第五条",
                "支持企业做大做强",
                "对年营业收入首次突破1亿元、5亿元的人工智能企业，分别给予50万元、100万元奖励。对首次纳入规模以上统计的人工智能企业，给予10万元奖励。",
                "区科工信局、区财政局",
                [],
            ),
            (
                "第六条",
                "支持产业园区建设",
                "依托汕头高新区建设人工智能特色产业园，对入驻园区的人工智能企业，三年内给予租金补贴，第一年补贴100%、第二年补贴50%、第三年补贴30%，每家企业每年最高30万元。到2027年，园区入驻人工智能企业不少于40家。",
                "汕头高新区管委会、区科工信局、区财政局",
                [
                    Target(
                        "园区入驻人工智能企业",
                        "家",
                        "gte",
                        40,
                        "园区入驻人工智能企业不少于40家",
                        deadline=2027,
                        kind="ai_enterprises",
                    )
                ],
            ),
            (
                "第七条",
                "强化金融支持",
                "发挥区产业发展基金引导作用，设立规模5亿元的人工智能产业子基金，重点投向我区初创期、成长期人工智能企业。对获得股权投资的人工智能企业，按实际到位投资额的5%给予最高100万元奖励。",
                "区金融工作局、区财政局、区科工信局",
                [],
            ),
        ],
    ),
    (
        "三、",
        "提升技术创新能力",
        [
            (
                "第八条",
                "支持创新平台建设",
                "对新认定为国家级、省级人工智能领域重点实验室、工程技术研究中心等创新平台的，分别给予300万元、100万元奖励。支持企业与汕头大学等高校共建联合实验室，经认定的给予最高50万元补助。",
                "区科工信局、区财政局",
                [],
            ),
            (
                "第九条",
                "支持模型研发和备案",
                "对完成国家生成式人工智能服务备案的大模型，给予研发企业一次性奖励100万元；对完成登记的大模型应用，给予一次性奖励20万元。",
                "区委网信办、区科工信局、区财政局",
                [],
            ),
            (
                "第十条",
                "支持首台（套）和首版次产品",
                "对我区企业研发的人工智能首台（套）装备、首版次软件产品，经省级以上认定的，按产品销售额的15%给予最高200万元奖励。",
                "区科工信局、区市场监管局、区财政局",
                [],
            ),
        ],
    ),
    (
        "四、",
        "拓展场景应用",
        [
            (
                "第十一条",
                "开放应用场景",
                "每年发布“人工智能+”场景机会清单，面向企业开放政务服务、城市管理、教育、医疗、文旅等领域场景不少于15个。对入选市级以上人工智能典型应用案例的项目，给予20万元奖励。",
                "区政务服务数据管理局、区教育局、区卫生健康局、区文广旅体局，各街道办事处、镇人民政府",
                [
                    Target(
                        "开放应用场景",
                        "个",
                        "gte",
                        15,
                        "面向企业开放政务服务、城市管理、教育、医疗、文旅等领域场景不少于15个",
                        per_year=True,
                        kind="application_scenarios",
                    )
                ],
            ),
            (
                "第十二条",
                "推动“人工智能+制造”",
                "支持纺织服装、玩具创意等传统产业企业应用人工智能技术开展设计、生产、营销等环节智能化改造，按项目投资额的15%给予最高300万元补助。到2028年，推动200家以上工业企业开展人工智能应用。",
                "区科工信局、区财政局",
                [
                    Target(
                        "开展人工智能应用的工业企业",
                        "家",
                        "gte",
                        200,
                        "推动200家以上工业企业开展人工智能应用",
                    )
                ],
            ),
            (
                "第十三条",
                "推动“人工智能+商贸”",
                "支持跨境电商、直播电商企业应用数字人直播、智能客服、智能选品等技术，对年度智能化投入超过50万元的企业，按投入的20%给予最高50万元补助。",
                "区科工信局、区财政局",
                [],
            ),
        ],
    ),
    (
        "五、",
        "强化人才支撑",
        [
            (
                "第十四条",
                "引进高层次人才",
                "将人工智能领域人才纳入“龙湖英才”计划，对引进的顶尖人才、领军人才，分别给予最高300万元、100万元安家补贴。每年引进人工智能领域紧缺人才100名以上。",
                "区委组织部、区人力资源社会保障局、区科工信局",
                [
                    Target(
                        "引进人工智能领域紧缺人才",
                        "名",
                        "gte",
                        100,
                        "每年引进人工智能领域紧缺人才100名以上",
                        per_year=True,
                        kind="talent",
                    )
                ],
            ),
            (
                "第十五条",
                "加强技能人才培养",
                "支持职业院校、培训机构开展人工智能应用技能培训，按每人最高1000元标准给予培训补贴，到2028年累计培训3万人次。",
                "区人力资源社会保障局、区教育局、区财政局",
                [
                    Target(
                        "人工智能应用技能培训",
                        "人次",
                        "eq",
                        30000,
                        "累计培训3万人次",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "第十六条",
                "优化人才服务",
                "为人工智能企业高层次人才提供子女入学、医疗保障、人才公寓等服务，人才公寓入住首年免租金。",
                "区委组织部、区教育局、区卫生健康局",
                [],
            ),
        ],
    ),
]

CLOSING = [
    "本措施适用于工商注册地、税务征管关系及统计关系在龙湖区范围内，具有独立法人资格的企业和机构。同一项目符合本措施和区内其他同类政策的，按照“从优、就高、不重复”原则执行。",
    "本措施所需资金由区财政在年度预算中统筹安排。申报主体存在弄虚作假、骗取资金等行为的，依法依规追回奖补资金并纳入信用记录。",
    "本措施由区科工信局会同区财政局负责解释，自印发之日起施行，有效期至2028年12月31日。",
]


def _split(line):
    out = []
    for part in line.split("，"):
        if part == "各街道办事处、镇人民政府":
            out.append(part)
        else:
            out += part.split("、")
    return [ALIAS[n] for n in out]


def _build():
    blocks = [
        ("head", "汕头市龙湖区人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"汕头市龙湖区人民政府办公室关于印发《{TITLE}》的通知"),
        ("addressee", "各街道办事处、镇人民政府，区直有关单位："),
        (
            "body",
            f"《{TITLE}》已经区政府同意，现印发给你们，请认真贯彻执行。执行中遇到的问题，请径向区科工信局反映。",
        ),
        ("body", "各条措施所列责任单位中，排在第一位的为牵头单位。"),
        ("sign", ISSUER),
        ("sign", "2026年4月10日"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", OPENING),
    ]
    goals = [Goal("力争到2028年", OPENING, OPENING_TARGETS)]
    sections = []
    for cno, ctitle, items in CHAPTERS:
        blocks.append(("h1", f"{cno}{ctitle}"))
        tasks = []
        for no, title, body, resp, targets in items:
            names = _split(resp)
            blocks.append(("article", (f"{no}", f"{title}。{body}")))
            blocks.append(("body", f"责任单位：{resp}"))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}责任单位：{resp}",
                    lead=names[:1],
                    responsible=names[1:],
                )
            )
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        sections.append(Section(cno.rstrip("、"), cno, ctitle, "key_task", tasks))
    for text in CLOSING:
        blocks.append(("body", text))
    blocks += [
        ("pagebreak", ""),
        ("rule", "公开方式：主动公开"),
        ("rule", "抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院。"),
        ("rule", f"{ISSUER}                    2026年4月10日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "shantou-longhu-district",
        "name": "汕头市龙湖区",
        "name_en": "Longhu District, Shantou",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 汕头市龙湖区加快推动人工智能产业高质量发展的若干措施 (汕头市龙湖区人民政府办公室, 汕龙府办〔2026〕6号, 2026-04-10) — SYNTHETIC
# (synthetic_aw): WRITTEN by the collector (helper blindAW, 2026-12-05) before reading or running the importer; no such
#   document is claimed to exist. Built by make_files.py from doc_longhu.py as a Word file (python-docx).
# Zone shantou-longhu-district (广东; an urban district → district level); period 2026–2028: the measures are in force "至2028年
#   12月31日" and the opening paragraph's goals are due 2028. Milestones 2027 (dated article figures) and 2028.
# Outline: notice (addressee, one paragraph, then a paragraph stating the rule once: "各条措施所列责任单位中，排在第一位的为牵头单位。"),
#   page break, title, an untitled opening paragraph whose second sentence "力争到2028年，…" holds five figures (→ goal titled 力争到2028年,
#   SOURCES.md), then five headings 一、–五、 (key_task sections) holding articles 第一条–第十六条 numbered ON across them; each article
#   is one paragraph "第X条 标题。正文" (the 第X条 in bold) followed by an own line "责任单位：X、Y，Z" → 16 tasks, title = the words
#   before the first 。, text = title + body + the 责任单位 line (an own-line annotation belongs to its task; SOURCES.md).
#   Three closing paragraphs (scope, funds, interpretation and validity) are unnumbered: no task. 公开方式 / 抄送 / 印发 lines: no task.
# Roles: by the rule stated once in the notice, the first 责任单位 of every line → lead, the others → responsible (SOURCES.md: "列第一位的
#   为牵头单位" → first leads, others responsible). "各街道办事处、镇人民政府" written together is ONE collective agency (SOURCES.md).
# Targets: the opening paragraph's five (其中规模以上企业不少于20家 → part of the 100 enterprises); an article's commitment figures are
#   targets (第一条's 到2027年…不低于300P due 2027, 第六条's 到2027年…不少于40家 due 2027, 第三条 / 第十一条 / 第十四条 每年… →
#   per_year flow, 第十二条 2028, 第十五条 累计培训3万人次 → 30000 人次 flow). Each article holding figures is also a goal titled like
#   it (text without the 责任单位 line). Not targets (若干措施, SOURCES.md): subsidy rates, caps and rewards (10%, 最高500万元, 100P以上的
#   项目 as a condition, 实缴注册资本1000万元以上 …), the 5亿元 子基金 being set up (a term of the instrument), thresholds (首次突破1亿元、
#   5亿元), 人才公寓 首年免租金, the validity date.
"""

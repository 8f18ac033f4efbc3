# ruff: noqa: E501  (plan text as the office writes it)
"""天长市“人工智能+”行动方案（2026—2028年） — INVENTED (synthetic_ar). An 安徽 county-level city's (滁州)
three-year plan as a Word file (python-docx, 公文 fonts): 一、发展目标 of two dated paragraphs with 左右, 突破,
以上 and a range 3—5家; tasks （一）–（十六） numbered on across three parts 三、四、五、, each "（N）标题。正文"
in one paragraph with NO annotation; their roles and 完成时限 stand only in the annex "附件 天长市“人工智能+”行动
重点任务分工表" (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限), naming bodies by short forms (市经信局,
市数据资源局 …), two leads in some rows, 各镇（街道）, a state grid company, 市直各有关单位 (generic) and
"持续推进"; a task restating the 2026 goal's 算力 figure; task figures with no year due at the row's 时限."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "tianchang-ai-plus-2026-synthetic"
KIND = "docx"

A = [
    ("fgw", "天长市发展和改革委员会", "市发改委", "development_reform"),
    ("sjzy", "天长市数据资源管理局", "市数据资源局", "big_data"),
    ("jxj", "天长市经济和信息化局", "市经信局", "industry_it"),
    ("kjj", "天长市科学技术局", "市科技局", "science_technology"),
    ("scjg", "天长市市场监督管理局", "市市场监管局", "market_regulation"),
    ("nyj", "天长市农业农村局", "市农业农村局", "agriculture"),
    ("zwj", "天长市政务服务管理局", "市政务服务局", "government_services"),
    ("jtj", "天长市教育体育局", "市教体局", "education"),
    ("wjw", "天长市卫生健康委员会", "市卫健委", "health"),
    ("rsj", "天长市人力资源和社会保障局", "市人社局", "human_resources"),
    ("swj", "天长市商务局", "市商务局", "commerce"),
    ("wxb", "中共天长市委网络安全和信息化委员会办公室", "市委网信办", "publicity"),
    ("gaj", "天长市公安局", "市公安局", "public_security"),
    ("jkq", "天长经济开发区管理委员会", "天长经开区管委会", "park_administration"),
    ("gxq", "天长高新技术产业开发区管理委员会", "天长高新区管委会", "park_administration"),
    ("zj", "天长市各镇人民政府、街道办事处", "各镇（街道）", "local_government"),
    ("gdgs", "国网天长市供电公司", "国网天长市供电公司", "state_enterprise"),
]
AGENCIES = [
    Agency(code, name, [alias] if alias != name else [], cat) for code, name, alias, cat in A
]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "天长市“人工智能+”行动方案（2026—2028年）"
DOC_NUMBER = "天政办〔2026〕9号"
ISSUER = "天长市人民政府办公室"

GOAL_2026 = "到2026年，全市智能算力规模达到200P左右，人工智能相关企业突破50家，打造“人工智能+”应用场景20个以上，培育省级人工智能领域专精特新企业3—5家，人工智能在电线电缆、仪器仪表等主导产业的应用取得初步成效。"
TARGETS_2026 = [
    Target(
        "智能算力规模",
        "P",
        "approx",
        200,
        "智能算力规模达到200P左右",
        kind="computing_power",
        deadline=2026,
    ),
    Target(
        "人工智能相关企业",
        "家",
        "gt",
        50,
        "人工智能相关企业突破50家",
        kind="ai_enterprises",
        deadline=2026,
    ),
    Target(
        "“人工智能+”应用场景",
        "个",
        "gte",
        20,
        "打造“人工智能+”应用场景20个以上",
        kind="application_scenarios",
        deadline=2026,
    ),
    Target(
        "省级人工智能领域专精特新企业",
        "家",
        "range",
        3,
        "培育省级人工智能领域专精特新企业3—5家",
        value_max=5,
        deadline=2026,
    ),
]
GOAL_2028 = "到2028年，全市人工智能产业规模达到80亿元，人工智能相关企业突破100家，打造“人工智能+”应用场景50个以上，建成省级以上智能工厂和数字化车间30个，规模以上工业企业数字化改造覆盖率达到90%，人工智能成为推动县域经济高质量发展的重要引擎。"
TARGETS_2028 = [
    Target(
        "人工智能产业规模", "亿元", "eq", 80, "人工智能产业规模达到80亿元", kind="ai_industry_scale"
    ),
    Target("人工智能相关企业", "家", "gt", 100, "人工智能相关企业突破100家", kind="ai_enterprises"),
    Target(
        "“人工智能+”应用场景",
        "个",
        "gte",
        50,
        "打造“人工智能+”应用场景50个以上",
        kind="application_scenarios",
    ),
    Target("省级以上智能工厂和数字化车间", "个", "eq", 30, "建成省级以上智能工厂和数字化车间30个"),
    Target(
        "规模以上工业企业数字化改造覆盖率", "%", "eq", 90, "规模以上工业企业数字化改造覆盖率达到90%"
    ),
]

# parts: (numbering, title, [(no, title, rest, lead, supporting, 完成时限, due, targets)])
PARTS = [
    (
        "三、",
        "夯实人工智能发展基础",
        [
            (
                "（一）",
                "建设智能算力设施",
                "依托天长经济开发区建设边缘智算节点，积极接入长三角算力调度网络，到2026年全市智能算力规模达到200P左右。推动算力设施绿色低碳发展，保障智算节点用电需求，探索面向中小企业的算力券支持方式。鼓励有条件的企业利用自有机房建设算力节点，参与全市算力资源统筹调度。",
                ["市发改委", "市数据资源局"],
                ["天长经开区管委会", "国网天长市供电公司"],
                "2026年底前",
                2026,
                [],
            ),
            (
                "（二）",
                "推进数据资源开发利用",
                "完善市级公共数据资源体系，归集公共数据1亿条以上，推进公共数据授权运营，在智能制造、农业农村、政务服务等领域建设高质量数据集。鼓励企业开展数据资产登记，培育数据服务市场主体。完善数据安全管理制度，落实数据分类分级保护要求。",
                ["市数据资源局"],
                [],
                "2027年6月底前",
                "2027-06-30",
                [
                    Target(
                        "归集公共数据",
                        "条",
                        "gte",
                        100000000,
                        "归集公共数据1亿条以上",
                        deadline=2027,
                    )
                ],
            ),
            (
                "（三）",
                "建设人工智能公共服务平台",
                "联合省内高校院所和龙头企业，建设面向县域的人工智能公共服务平台，提供模型适配、应用开发、测试验证等服务，服务企业100家以上。支持平台与滁州市相关平台互联互通。鼓励平台面向中小企业提供低成本、轻量化的智能化解决方案。",
                ["市经信局"],
                ["市科技局", "天长高新区管委会"],
                "2028年底前",
                2028,
                [
                    Target(
                        "人工智能公共服务平台服务企业",
                        "家",
                        "gte",
                        100,
                        "服务企业100家以上",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "（四）",
                "推动大模型应用落地",
                "鼓励企业接入通用大模型和行业大模型，围绕研发设计、生产管理、营销服务等环节开发智能体应用，推动大模型在企业内部知识管理、智能客服等场景率先落地。支持本地软件企业开展大模型应用开发服务。组织开展大模型应用案例征集和推广活动。",
                ["市经信局"],
                ["市数据资源局", "市科技局"],
                "2027年底前",
                2027,
                [],
            ),
            (
                "（五）",
                "完善智能网联基础设施",
                "加快千兆光网和5G网络向工业园区、重点乡镇延伸覆盖，推动工业互联网标识解析在电线电缆、仪器仪表行业规模化应用，推进城市感知终端统筹布局和共建共享，为人工智能应用提供网络支撑。加强网络安全防护能力建设，保障关键信息基础设施安全稳定运行。",
                ["市数据资源局"],
                ["市经信局", "天长经开区管委会"],
                "2027年底前",
                2027,
                [],
            ),
        ],
    ),
    (
        "四、",
        "深化“人工智能+”融合应用",
        [
            (
                "（六）",
                "推进“人工智能+电线电缆”",
                "支持电线电缆龙头企业应用机器视觉检测、智能排产和能耗智能管控，建设智能工厂5个，推动产业链上下游企业数据协同，打造全国有影响力的智能线缆产业集群。支持企业建设产品全生命周期质量追溯系统，提升品牌竞争力。",
                ["市经信局"],
                ["天长经开区管委会", "各镇（街道）"],
                "2027年底前",
                2027,
                [Target("电线电缆智能工厂", "个", "eq", 5, "建设智能工厂5个", deadline=2027)],
            ),
            (
                "（七）",
                "推进“人工智能+仪器仪表”",
                "推动仪器仪表企业研发智能传感、智能计量产品，推广设备远程运维和预测性维护，支持企业参与行业标准制定，提升产品智能化水平和市场竞争力。鼓励企业与高校院所共建研发平台，突破一批关键核心技术。",
                ["市经信局"],
                ["市科技局", "市市场监管局"],
                "持续推进",
                None,
                [],
            ),
            (
                "（八）",
                "推进“人工智能+新能源”",
                "支持新能源电池、光伏组件企业应用智能检测、智能仓储和能源管理系统，培育智能制造示范车间8个，推动新能源产业链数字化协同和智能化升级。支持企业开展电池全生命周期数据管理，提升产品质量和安全水平。",
                ["市经信局"],
                ["天长高新区管委会"],
                "2028年底前",
                2028,
                [Target("新能源智能制造示范车间", "个", "eq", 8, "培育智能制造示范车间8个")],
            ),
            (
                "（九）",
                "推进“人工智能+农业”",
                "围绕高邮湖水产、优质稻米等特色产业，推广水质智能监测、精准投喂、病虫害智能识别等应用，建设智慧渔业示范基地3个，推动农产品质量安全智能追溯。支持发展农村电商智能服务，拓宽特色农产品销售渠道。",
                ["市农业农村局"],
                ["各镇（街道）"],
                "2028年底前",
                2028,
                [Target("智慧渔业示范基地", "个", "eq", 3, "建设智慧渔业示范基地3个")],
            ),
            (
                "（十）",
                "推进“人工智能+政务服务”",
                "依托“皖事通办”平台推广智能导办、智能预审和智能客服，政务服务事项智能导办覆盖率达到80%，推动更多事项“免申即享”“秒批秒办”。推进“12345”政务服务便民热线智能化升级，提高诉求办理效率。依托城市运行管理平台，推动城市管理、应急处置等领域智能化应用。",
                ["市政务服务局"],
                ["市数据资源局"],
                "2026年底前",
                2026,
                [
                    Target(
                        "政务服务事项智能导办覆盖率",
                        "%",
                        "eq",
                        80,
                        "政务服务事项智能导办覆盖率达到80%",
                        deadline=2026,
                    )
                ],
            ),
            (
                "（十一）",
                "推进“人工智能+民生服务”",
                "在中小学开展人工智能通识教育，建设人工智能教育实验校10所；推动市人民医院等医疗机构应用人工智能辅助诊断、智能随访，提升基层医疗服务能力。探索人工智能在养老、托育、社区服务等领域的应用。",
                ["市教体局", "市卫健委"],
                ["市人社局"],
                "2028年底前",
                2028,
                [Target("人工智能教育实验校", "所", "eq", 10, "建设人工智能教育实验校10所")],
            ),
        ],
    ),
    (
        "五、",
        "优化人工智能产业生态",
        [
            (
                "（十二）",
                "培育人工智能企业",
                "建立人工智能企业培育库，实施梯度培育，每年新增人工智能相关企业10家以上。围绕产业链开展精准招商，引进一批人工智能应用和智能装备项目。鼓励本地企业与省内外人工智能企业合资合作，推动技术成果在我市转化落地。",
                ["市科技局"],
                ["市经信局", "市商务局", "各镇（街道）"],
                "持续推进",
                None,
                [
                    Target(
                        "新增人工智能相关企业",
                        "家",
                        "gte",
                        10,
                        "每年新增人工智能相关企业10家以上",
                        per_year=True,
                    )
                ],
            ),
            (
                "（十三）",
                "加强人才引育",
                "实施人工智能人才引育计划，支持企业与职业院校共建实训基地，每年开展人工智能技能培训1000人次以上，对引进的高层次人才落实住房、子女入学等保障政策。支持企业设立首席数据官，推动企业经营管理人员提升数字素养。",
                ["市人社局"],
                ["市教体局", "市经信局"],
                "持续推进",
                None,
                [
                    Target(
                        "人工智能技能培训",
                        "人次",
                        "gte",
                        1000,
                        "每年开展人工智能技能培训1000人次以上",
                        per_year=True,
                    )
                ],
            ),
            (
                "（十四）",
                "加强创新平台建设",
                "支持龙头企业联合高校院所建设人工智能联合实验室、工程技术研究中心等创新平台，建设省级以上人工智能创新平台2—3个，推动创新平台向中小企业开放共享研发资源。鼓励企业加大研发投入，落实研发费用加计扣除等政策。",
                ["市科技局"],
                ["市经信局", "天长高新区管委会"],
                "2028年底前",
                2028,
                [
                    Target(
                        "省级以上人工智能创新平台",
                        "个",
                        "range",
                        2,
                        "建设省级以上人工智能创新平台2—3个",
                        value_max=3,
                        kind="innovation_platforms",
                    )
                ],
            ),
            (
                "（十五）",
                "扩大应用场景开放",
                "建立“人工智能+”应用场景清单发布机制，每年开放应用场景10个以上，组织场景供需对接活动，支持本地企业首台（套）智能装备和软件产品在政务、园区、教育等领域示范应用。对示范效果明显的应用场景，优先推荐申报省级以上试点示范。",
                ["市发改委", "市经信局"],
                ["各镇（街道）"],
                "持续推进",
                None,
                [
                    Target(
                        "开放应用场景",
                        "个",
                        "gte",
                        10,
                        "每年开放应用场景10个以上",
                        kind="application_scenarios",
                        per_year=True,
                    )
                ],
            ),
            (
                "（十六）",
                "加强安全治理",
                "落实生成式人工智能服务管理有关规定，加强数据安全和个人信息保护，开展人工智能安全风险监测，依法打击利用人工智能实施的违法犯罪活动。加强人工智能伦理规范宣传，引导企业规范开展研发和应用。",
                ["市委网信办"],
                ["市公安局", "市数据资源局"],
                "持续推进",
                None,
                [],
            ),
        ],
    ),
]

SUPPORTING_OF_ROW_2 = "市直各有关单位"  # generic: not an agency

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "建立市“人工智能+”行动推进机制，由市政府分管负责同志牵头，市经信局负责日常工作，定期调度重点任务进展，协调解决重大问题。各镇（街道）、各有关部门要建立相应工作机制，明确分管负责同志和工作联络员，形成上下联动、部门协同的工作格局。",
    ),
    (
        "（二）",
        "强化要素保障",
        "统筹用好市级产业发展资金，对“人工智能+”重点项目在用地、用能、融资等方面给予支持，积极争取上级专项资金。鼓励金融机构创新科技信贷产品，引导社会资本参与人工智能项目建设，形成多元化投入机制。",
    ),
    (
        "（三）",
        "营造良好氛围",
        "加强“人工智能+”政策宣传解读，及时总结推广典型案例，组织企业参加世界制造业大会等活动，营造全社会支持人工智能发展的良好氛围。",
    ),
    (
        "（四）",
        "加强督查考核",
        "各牵头单位要按照任务分工制定具体推进措施，每半年向市经信局报送工作进展，市经信局会同有关部门开展年度评估，评估结果纳入年度目标管理绩效考核，对工作推进不力的单位予以通报。",
    ),
]

BASE = "近年来，我市深入实施制造业数字化转型行动，2025年全市规模以上工业企业数字化改造覆盖率达到68%，建成省级智能工厂和数字化车间16个，人工智能相关企业达到35家，电线电缆、仪器仪表等主导产业智能化水平稳步提升，为实施“人工智能+”行动奠定了坚实基础。同时，我市人工智能产业规模偏小、创新能力不强、专业人才短缺等问题依然突出，企业应用人工智能的意愿和能力有待提升。"
GENERAL = "坚持以习近平新时代中国特色社会主义思想为指导，深入落实省委、省政府和滁州市委、市政府部署，坚持场景牵引、应用为先、企业主体、安全可控，以主导产业智能化升级为主线，以应用场景开放为抓手，推动人工智能与实体经济深度融合，为打造长三角智能制造重要基地和高质量发展示范县市提供有力支撑。坚持政府引导、市场主导，充分发挥企业主体作用；坚持统筹发展和安全，守住数据安全和伦理底线。"
NOTICE_TITLE = "天长市人民政府办公室关于印发天长市“人工智能+”行动方案（2026—2028年）的通知"
PREAMBLE = "为贯彻落实国家、省和滁州市关于深入实施“人工智能+”行动的部署要求，推动人工智能与我市主导产业、民生服务深度融合，加快建设长三角智能制造重要基地，结合我市实际，制定本方案。重点任务分工详见附件。"


def _build():
    blocks = [
        ("head", "天长市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", NOTICE_TITLE),
        ("addressee", "各镇人民政府、街道办事处，市政府各部门、各直属机构："),
        (
            "p",
            f"《{TITLE}》已经市政府第37次常务会议研究同意，现印发给你们，请认真贯彻执行。各牵头单位要会同配合单位细化工作举措，确保各项任务按期完成。",
        ),
        ("sign", ISSUER),
        ("date", "2026年3月27日"),
        ("title", TITLE),
        ("p", PREAMBLE),
        ("p", BASE),
        ("h1", "一、总体要求"),
        ("p", GENERAL),
        ("h1", "二、发展目标"),
        ("p", GOAL_2026),
        ("p", GOAL_2028),
    ]
    goals = [Goal("到2026年", GOAL_2026, TARGETS_2026), Goal("到2028年", GOAL_2028, TARGETS_2028)]
    rows = [["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]]
    sections = []
    serial = 0
    cn = "一二三四五六七八九十"
    for pno, ptitle, items in PARTS:
        blocks.append(("h1", f"{pno}{ptitle}"))
        tasks = []
        for _no, title, rest, lead, sup, limit, due, targets in items:
            serial += 1
            no = f"（{cn[serial - 1] if serial <= 10 else '十' + cn[serial - 11]}）"
            body = f"{title}。{rest}"
            blocks.append(("task", (no, title, rest)))
            tasks.append(
                Task(
                    no,
                    title,
                    body,
                    lead=[ALIAS[n] for n in lead],
                    supporting=[ALIAS[n] for n in sup],
                    due=due,
                )
            )
            if targets:
                goals.append(Goal(title, body, targets, numbering=no))
            rows.append(
                [str(serial), title, "、".join(lead), "、".join(sup) or SUPPORTING_OF_ROW_2, limit]
            )
        sections.append(Section(pno.rstrip("、"), pno, ptitle, "key_task", tasks))
    blocks.append(("h1", "六、保障措施"))
    safe = []
    for no, title, rest in SAFEGUARDS:
        blocks.append(("task", (no, title, rest)))
        safe.append(Task(no, title, f"{title}。{rest}"))
    sections.append(Section("六", "六、", "保障措施", "safeguard", safe))
    blocks += [
        ("p", "附件：天长市“人工智能+”行动重点任务分工表"),
        ("pagebreak", ""),
        ("annex", "附件"),
        ("caption", "天长市“人工智能+”行动重点任务分工表"),
        ("table", rows),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "tianchang-city",
        "name": "天长市",
        "name_en": "Tianchang, Anhui",
        "level": "city",
    },
    "plan": {
        "code": SLUG,
        "title": TITLE,
        "title_en": "Tianchang “AI+” action plan (2026–2028) — synthetic",
        "issuer": ISSUER,
        "doc_number": DOC_NUMBER,
        "issued_on": "2026-03-27",
        "period_start": 2026,
        "period_end": 2028,
        "milestone_years": [2026, 2028],
        "source_file": f"{SLUG}.docx",
    },
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """# 天长市“人工智能+”行动方案（2026—2028年） (天长市人民政府办公室, 天政办〔2026〕9号, 2026-03-27) — SYNTHETIC (synthetic_ar):
# WRITTEN by the collector (helper blindAR, 2026-12-05) before reading or running the importer; no such document is claimed to exist.
# Built by make_files.py from doc_tianchang.py as a Word file (python-docx; 公文 fonts, red head, footer "— N —", a page break before the annex).
# Zone tianchang-city (安徽 滁州; a county-level city → city level): period 2026–2028, milestones 2026 and 2028.
# Outline: notice, title, preamble ("重点任务分工详见附件"), a review paragraph of 2025 figures (68%, 16个, 35家: baselines, no target); 一、总体要求
#   (no figure); 二、发展目标 = two paragraphs "到2026年，…" / "到2028年，…" → two goals titled by their date phrase; parts 三、四、五、 (key_task
#   sections) of tasks （一）–（十六） numbered on across the parts, "（N）标题。正文" in one paragraph (the title bold), with no annotation;
#   六、保障措施 （一）–（四） → safeguard tasks without roles; 附件 = 重点任务分工表, one row per task (序号 1–16; its 重点任务 cell is the task's title).
# Roles and dues come from the annex row of the same title: 牵头单位 → lead (two names → two leads: rows 1, 11 and 15), 配合单位 → supporting. The table
#   names bodies by short forms (市经信局 …) — the aliases. "市直各有关单位" (row 2) is generic: no agency. 各镇（街道） is ONE collective agency
#   (天长's towns and sub-districts, as 各镇人民政府、街道办事处). 国网天长市供电公司 a state enterprise.
#   完成时限: "X年底前" → due X (a year); "2027年6月底前" → 2027-06-30; "持续推进" → no due.
# Targets: the 2026 paragraph's four (左右 approx; 突破 gt; 以上 gte; 3—5家 range 3..5; （十四）'s 2—3个 range 2..3) and the 2028 paragraph's five. Task （一） restates the 2026
#   figure 智能算力规模达到200P左右 → no target of its own (SOURCES.md: a figure printed twice is one target, kept where first printed). Every other
#   task holding figures is also a goal titled like the task; a task figure with no year of its own is due at its row's 完成时限 year (SOURCES.md):
#   （二） 1亿条 → 100000000 条 due 2027 (its row: 2027年6月底前), （六） 智能工厂5个 due 2027, （十） 智能导办覆盖率 due 2026; "持续推进" rows and
#   "2028年底前" rows → the plan's end (2028). 每年 → per_year flow (每年开放应用场景 kind application_scenarios); 服务企业100家以上
#   → flow. Not targets: the 37th 常务会议, 长三角, the safeguards (no figure).
"""

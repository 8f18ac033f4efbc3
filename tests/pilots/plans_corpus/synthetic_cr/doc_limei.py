# ruff: noqa: E501  (plan text as the office writes it)
"""漓湄区2026年“人工智能+”工作要点 — INVENTED (synthetic_cr). Built as .docx and printed to PDF by LibreOffice,
published unproofed: a part whose items run 1. 2. 3. 3. 4. (a number repeated), a part whose list restarts at 1. after
its third item, a part numbered 三、 twice (the last part then 四、), role lines "牵头单位:区X 配合单位:区Y" (half-width,
separated by a space), a doubled label "牵头单位：牵头单位：", a stray space "区 发改局", one body named two ways
(区大数据局 / 区大数据发展局), a goal figure printed without its unit (核心产业规模达到25, 亿元 only in a later item),
a full-width "３０％" and "1,000家"."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "limei-ai-plus-work-points-2026-synthetic"
KIND = "pdf"

A = {
    "fgj": ("漓湄区发展和改革局", ["区发改局"], "development_reform"),
    "gxj": ("漓湄区工业和信息化局", ["区工信局"], "industry_it"),
    "dsj": ("漓湄区大数据发展局", ["区大数据局", "区大数据发展局"], "big_data"),
    "kjj": ("漓湄区科学技术局", ["区科技局"], "science_technology"),
    "czj": ("漓湄区财政局", ["区财政局"], "finance"),
    "swj": ("漓湄区商务局", ["区商务局"], "commerce"),
    "zwb": ("漓湄区政务服务和数据管理办公室", ["区政务服务办"], "government_services"),
    "nyj": ("漓湄区农业农村局", ["区农业农村局"], "agriculture"),
    "wlj": ("漓湄区文化体育和旅游局", ["区文体旅局"], "culture_tourism"),
    "wjj": ("漓湄区卫生健康局", ["区卫生健康局"], "health"),
    "jyj": ("漓湄区教育局", ["区教育局"], "education"),
    "rsj": ("漓湄区人力资源和社会保障局", ["区人社局"], "human_resources"),
    "cgj": ("漓湄区城市管理局", ["区城管局"], "housing_construction"),
    "yjj": ("漓湄区应急管理局", ["区应急管理局"], "emergency"),
    "rcb": ("中共漓湄区委人才工作领导小组办公室", ["区委人才办"], "party_organisation"),
    "yqg": ("漓湄高新技术产业园区管理委员会", ["漓湄高新区管委会"], "park_administration"),
    "jd": ("漓湄区各镇人民政府、街道办事处", ["各镇（街道）"], "local_government"),
}
AGENCIES = [Agency(c, n, list(p), cat) for c, (n, p, cat) in A.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "漓湄区2026年“人工智能+”工作要点"
DOC_NUMBER = "漓湄政办发〔2026〕3号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Limei District “AI+” work points for 2026 — synthetic",
    "issuer": "漓湄区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-27",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.pdf",
}

NOTICE = f"经区人民政府同意，现将《{TITLE}》印发给你们，请结合工作实际，认真抓好落实。各牵头单位要于每季度结束后5个工作日内将工作进展情况报送区工信局。"
REVIEW = "2025年，我区深入推进数字经济和实体经济融合发展，人工智能产业实现良好开局。全区人工智能核心产业规模达到16亿元，人工智能企业达到41家，建成漓湄高新区智算中心一期，智能算力规模达到80P，打造“人工智能+”应用场景22个。但也要看到，我区人工智能产业链条短、龙头企业少、创新能力弱，应用场景开放深度不够，距离高质量发展的要求还有差距，人才、资金、数据等要素保障仍需加强。2026年是推进“人工智能+”行动的关键之年，全区上下要进一步增强紧迫感，抢抓面向东盟开放合作和产业转移机遇，以更大力度推动人工智能赋能经济社会发展。"
GENERAL = "2026年全区“人工智能+”工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实自治区、市关于推进“人工智能+”行动的部署，面向东盟开放合作，以电子信息、智能家电、生态农业和文化旅游为重点，以场景开放带动产业集聚，以项目建设推动应用落地，加快培育发展新质生产力，推动人工智能从点上突破向面上推广转变，为建设现代化新漓湄提供有力支撑。全年工作坚持项目化推进、清单化管理、责任化落实，做到任务、责任、时限“三明确”。"
GOAL_TEXT = "2026年，全区人工智能核心产业规模达到25，人工智能企业达到60家，新增智能算力100P，新打造“人工智能+”应用场景30个以上，规上工业企业智能化改造覆盖率达到３０％。"
GOAL_TARGETS = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        25,
        "全区人工智能核心产业规模达到25",
        kind="ai_industry_scale",
    ),
    T("人工智能企业", "家", "eq", 60, "人工智能企业达到60家", kind="ai_enterprises"),
    T(
        "新增智能算力",
        "P",
        "eq",
        100,
        "新增智能算力100P",
        kind="computing_power",
        aggregation="flow",
    ),
    T(
        "新打造“人工智能+”应用场景",
        "个",
        "gte",
        30,
        "新打造“人工智能+”应用场景30个以上",
        kind="application_scenarios",
        aggregation="flow",
    ),
    T("规上工业企业智能化改造覆盖率", "%", "eq", 30, "规上工业企业智能化改造覆盖率达到３０％"),
]

# part: (printed numbering, code, title, kind, items)
# item: (printed numbering, title, rest, role line as printed, lead, supporting, responsible, targets)
PARTS = [
    (
        "一、",
        "一",
        "夯实人工智能发展基础",
        [
            (
                "1.",
                "扩容智能算力",
                "推进漓湄高新区智算中心二期建设，新增智能算力100P，推动算力资源接入自治区算力调度平台，面向区内企业提供普惠算力服务。落实算力券政策，对中小企业租用算力给予最高30万元补贴。加强算力设施能耗管理，推动新建算力设施使用绿色电力，探索算力、电力协同调度，提升算力设施利用效率。",
                "牵头单位：区 发改局　　配合单位：区大数据发展局、漓湄高新区管委会",
                ["fgj"],
                ["dsj", "yqg"],
                [],
                [],
            ),
            (
                "2.",
                "推进公共数据开发利用",
                "完善全区公共数据资源目录，新增共享数据目录200项，开放公共数据集40个，探索公共数据授权运营，在文旅、医疗、交通等领域上线数据产品5个。建立数据共享需求清单和问题清单，常态化开展数据质量评估，落实数据分类分级保护要求。",
                "牵头单位：牵头单位：区大数据局　　配合单位：区政务服务办",
                ["dsj"],
                ["zwb"],
                [],
                [
                    T(
                        "新增共享数据目录",
                        "项",
                        "eq",
                        200,
                        "新增共享数据目录200项",
                        aggregation="flow",
                    ),
                    T("开放公共数据集", "个", "eq", 40, "开放公共数据集40个"),
                    T("上线数据产品", "个", "eq", 5, "上线数据产品5个"),
                ],
            ),
            (
                "3.",
                "建设行业数据集",
                "围绕智能家电、电子信息、生态农业等重点产业，建设高质量行业数据集8个，支持企业开展数据标注和模型训练。推动数据集在区内企业间有序流通和共享复用，探索建立数据集质量评价和收益分配机制。鼓励企业基于行业数据集开发垂直领域模型和智能体应用。",
                "牵头单位：区大数据局　　配合单位：区工信局、区农业农村局",
                ["dsj"],
                ["gxj", "nyj"],
                [],
                [T("高质量行业数据集", "个", "eq", 8, "建设高质量行业数据集8个")],
            ),
            (
                "3.",
                "完善智能基础设施",
                "加快5G网络深度覆盖，新建5G基站300个，推进主城区重点区域千兆光网全覆盖，推动市政设施、交通设施智能化改造。推进物联网感知设施统一规划、集约建设，推动城市部件智能感知和数据实时汇聚。",
                "牵头单位:区工信局 配合单位:区城管局、区发改局",
                ["gxj"],
                ["cgj", "fgj"],
                [],
                [T("新建5G基站", "个", "eq", 300, "新建5G基站300个", aggregation="flow")],
            ),
            (
                "4.",
                "搭建创新服务平台",
                "支持高校、科研院所与企业共建人工智能联合实验室，新建区级以上人工智能创新平台3个，建设人工智能公共技术服务平台，为中小企业提供模型训练、测试验证等服务。支持企业牵头承担自治区级以上科技计划项目，推动科技成果在区内转化落地。",
                "牵头单位：区科技局　　配合单位：区工信局、漓湄高新区管委会",
                ["kjj"],
                ["gxj", "yqg"],
                [],
                [
                    T(
                        "新建区级以上人工智能创新平台",
                        "个",
                        "eq",
                        3,
                        "新建区级以上人工智能创新平台3个",
                        kind="innovation_platforms",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "二、",
        "二",
        "推动人工智能赋能千行百业",
        [
            (
                "1.",
                "推进制造业智能化改造",
                "聚焦智能家电、电子信息等优势产业，实施智能化改造项目50个，推动1,000家中小企业上云用数赋智，建设智能工厂5家、数字化车间15个。推动工业大模型在研发设计、生产调度、质量检测、设备运维等环节应用，支持龙头企业带动上下游企业协同改造。",
                "牵头单位：区工信局　　配合单位：区科技局、区财政局",
                ["gxj"],
                ["kjj", "czj"],
                [],
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        50,
                        "实施智能化改造项目50个",
                        aggregation="flow",
                    ),
                    T(
                        "上云用数赋智中小企业",
                        "家",
                        "eq",
                        1000,
                        "推动1,000家中小企业上云用数赋智",
                        aggregation="flow",
                    ),
                    T("智能工厂", "家", "eq", 5, "建设智能工厂5家"),
                    T("数字化车间", "个", "eq", 15, "数字化车间15个"),
                ],
            ),
            (
                "2.",
                "发展“人工智能+”生态农业",
                "推广农业智能监测、智能灌溉和农产品质量追溯，建设智慧农业示范基地6个，推动沙田柚、茶叶等特色农产品电商智能化营销。推动农业农村大数据平台建设，提升农业生产经营管理智能化水平，助力乡村全面振兴。",
                "牵头单位：区农业农村局　　配合单位：区商务局、区大数据局",
                ["nyj"],
                ["swj", "dsj"],
                [],
                [T("智慧农业示范基地", "个", "eq", 6, "建设智慧农业示范基地6个")],
            ),
            (
                "3.",
                "推进“人工智能+”文旅",
                "建设漓湄智慧文旅服务平台，推出智能导览、多语种智能讲解等服务，面向东盟游客提供跨境智能服务，打造智慧景区4个。推动民族文化资源数字化采集和创新表达，开发沉浸式文旅体验项目，提升游客满意度。推动旅游客流智能监测预警，提升景区精细化管理水平。",
                "牵头单位：区文体旅局　　配合单位：区大数据发展局",
                ["wlj"],
                ["dsj"],
                [],
                [T("智慧景区", "个", "eq", 4, "打造智慧景区4个")],
            ),
            (
                "1.",
                "推进“人工智能+”政务服务",
                "上线漓湄政务智能助手，推动高频政务服务事项智能问答、智能预审全覆盖，政务服务事项网上可办率达到98%，“一件事”智能办理事项达到20项。推动政务服务从“能办”向“好办、易办”转变，建设城市运行管理智能中枢，提升基层治理智能化水平。",
                "牵头单位：区政务服务办　　配合单位：区大数据局",
                ["zwb"],
                ["dsj"],
                [],
                [
                    T("政务服务事项网上可办率", "%", "eq", 98, "政务服务事项网上可办率达到98%"),
                    T("“一件事”智能办理事项", "项", "eq", 20, "“一件事”智能办理事项达到20项"),
                ],
            ),
            (
                "2.",
                "推进“人工智能+”民生服务",
                "推动人工智能辅助诊断在区人民医院和社区卫生服务中心应用，建设人工智能教育应用示范校10所，推广智能养老服务终端，提升公共服务智能化水平。推进“互联网+医疗健康”和智慧医保建设，探索人工智能辅助家庭医生签约服务，建设智慧养老服务平台，为老年人提供紧急呼叫、健康监测等智能服务。推动医疗健康、教育、养老等领域数据规范共享，让人民群众更多更好享受人工智能发展成果。",
                "责任单位：区卫生健康局、区教育局",
                [],
                [],
                ["wjj", "jyj"],
                [T("人工智能教育应用示范校", "所", "eq", 10, "建设人工智能教育应用示范校10所")],
            ),
            (
                "3.",
                "推进“人工智能+”城市治理",
                "建设城市运行“一网统管”智能平台，在城市管理、应急管理、安全生产等领域推广视频智能分析、事件自动识别等应用，接入智能感知终端5000个，推动城市管理问题智能发现、快速处置。加强防汛、地质灾害等风险智能监测预警，提升城市韧性和安全水平。",
                "牵头单位：区城管局　　配合单位：区应急管理局、区大数据局、各镇（街道）",
                ["cgj"],
                ["yjj", "dsj", "jd"],
                [],
                [T("接入智能感知终端", "个", "eq", 5000, "接入智能感知终端5000个")],
            ),
        ],
    ),
    (
        "三、",
        "三",
        "培育壮大人工智能产业",
        [
            (
                "1.",
                "壮大核心产业",
                "实施人工智能企业培育行动，推动核心产业规模达到25亿元，新增规上人工智能企业5家，支持企业申报高新技术企业和专精特新企业。建立重点人工智能企业联系服务制度，及时协调解决企业发展中的困难和问题。",
                "牵头单位：区工信局　　配合单位：区科技局、区商务局",
                ["gxj"],
                ["kjj", "swj"],
                [],
                [
                    T(
                        "新增规上人工智能企业",
                        "家",
                        "eq",
                        5,
                        "新增规上人工智能企业5家",
                        kind="ai_enterprises",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "2.",
                "强化招商引资",
                "围绕人工智能产业链开展精准招商，全年引进人工智能项目15个，其中投资亿元以上项目3个，推动一批面向东盟的人工智能企业落户漓湄。深化与粤港澳大湾区和东盟国家的产业合作，承接人工智能产业转移。建立人工智能招商项目库，实行项目全周期跟踪服务，提高项目履约率、开工率和投产率。",
                "牵头单位：区商务局　　配合单位：漓湄高新区管委会、各镇（街道）",
                ["swj"],
                ["yqg", "jd"],
                [],
                [
                    T(
                        "引进人工智能项目",
                        "个",
                        "eq",
                        15,
                        "全年引进人工智能项目15个",
                        aggregation="flow",
                    ),
                    T(
                        "引进投资亿元以上人工智能项目",
                        "个",
                        "eq",
                        3,
                        "其中投资亿元以上项目3个",
                        aggregation="flow",
                        parent="PREV",
                    ),
                ],
            ),
            (
                "3.",
                "建设人工智能产业园",
                "推进漓湄人工智能产业园建设，完善孵化、加速服务体系，新入驻人工智能企业20家。落实园区企业房租减免、人才公寓等配套政策，吸引人工智能企业和团队入驻。完善园区公共服务配套，打造人工智能企业集聚发展的重要载体。",
                "牵头单位：漓湄高新区管委会　　配合单位：区工信局、区财政局",
                ["yqg"],
                ["gxj", "czj"],
                [],
                [
                    T(
                        "新入驻人工智能企业",
                        "家",
                        "eq",
                        20,
                        "新入驻人工智能企业20家",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "三、",
        "四",
        "加强人才和安全保障",
        [
            (
                "1.",
                "加强人才引育",
                "实施“漓湄智才”计划，引进人工智能领域高层次人才30名，开展人工智能技能培训2000人次。深化校企合作，推动区内企业与高校共建人工智能实训基地，举办人工智能创新创业大赛，以赛引才、以赛聚才。支持区内职业院校开设人工智能相关专业，推动校企合作共建实训基地，培养一批复合型应用人才。",
                "牵头单位：区委人才办　　配合单位：区人社局、区教育局",
                ["rcb"],
                ["rsj", "jyj"],
                [],
                [
                    T(
                        "引进人工智能领域高层次人才",
                        "名",
                        "eq",
                        30,
                        "引进人工智能领域高层次人才30名",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T(
                        "人工智能技能培训",
                        "人次",
                        "eq",
                        2000,
                        "开展人工智能技能培训2000人次",
                        kind="talent",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "2.",
                "强化安全保障",
                "建立人工智能应用安全风险监测机制，加强数据安全和个人信息保护，开展人工智能安全应急演练2次。落实生成式人工智能服务管理有关规定，加强人工智能伦理宣传教育，防范化解人工智能应用风险。",
                "牵头单位：区大数据局　　配合单位：区应急管理局",
                ["dsj"],
                ["yjj"],
                [],
                [
                    T(
                        "人工智能安全应急演练",
                        "次",
                        "eq",
                        2,
                        "开展人工智能安全应急演练2次",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
]

REQUIREMENTS = [
    (
        "加强统筹协调",
        "区“人工智能+”行动工作专班要加强统筹调度，专班办公室设在区工信局，每月调度重点任务进展，及时协调解决重大问题。建立“周跟踪、月调度、季通报”工作机制，对重点任务实行清单化、项目化管理。各牵头单位要细化工作措施，确保各项任务按时完成。各镇（街道）要结合实际，主动谋划一批应用场景和项目。",
    ),
    (
        "强化要素支撑",
        "统筹用好区级产业发展资金，加大对人工智能项目的支持力度，鼓励金融机构开发适合人工智能企业的信贷产品，保障重点项目用地、用能需求。加强与自治区、市有关部门的汇报衔接，积极争取上级政策和资金支持。完善人工智能项目储备库，推动一批重点项目纳入自治区、市重大项目清单。",
    ),
    (
        "严格督查考核",
        "将“人工智能+”工作纳入全区绩效考评，区政府督查室定期开展专项督查，对推进不力的单位进行通报。及时总结推广典型经验做法，加强宣传引导，营造全社会关注支持人工智能发展的良好氛围。各镇（街道）、各部门要明确专人负责信息报送，于每月25日前报送当月工作进展。",
    ),
]


def _build():
    blocks = [
        ("head", "漓湄区人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"漓湄区人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各镇人民政府、街道办事处，漓湄高新区管委会，区直各部门："),
        ("body", NOTICE),
        ("sign", "漓湄区人民政府办公室"),
        ("date", "2026年2月27日"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", REVIEW),
        ("body", GENERAL),
        ("body", "主要目标：" + GOAL_TEXT),
    ]
    for t in GOAL_TARGETS:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("2026年", GOAL_TEXT, GOAL_TARGETS)]
    sections = []
    for pno, pcode, ptitle, items in PARTS:
        blocks.append(("h1", f"{pno}{ptitle}"))
        tasks = []
        for num, title, rest, line, lead, sup, resp, targets in items:
            blocks.append(("item", (f"{num}{title}。", rest)))
            blocks.append(("plain", line))
            tasks.append(
                Task(
                    num,
                    title,
                    f"{title}。{rest}{line}",
                    lead=lead,
                    supporting=sup,
                    responsible=resp,
                )
            )
            for t in targets:
                assert t.phrase in rest, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=num))
        sections.append(Section(pcode, pno, ptitle, "key_task", tasks))
    blocks.append(("h1", "四、工作要求"))
    sg = []
    for title, text in REQUIREMENTS:
        blocks.append(("item", (f"{title}。", text)))
        sg.append(Task(None, title, f"{title}。{text}"))
    sections.append(Section("五", "四、", "工作要求", "safeguard", sg))
    blocks += [
        ("rule", ""),
        ("addressee", "抄送：区委办，区人大办，区政协办。"),
        ("addressee", "漓湄区人民政府办公室　　　　2026年2月27日印发"),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()


def PATCH(data):
    """A part printing a number twice (1. 2. 3. 3. 4.; 1. 2. 3. 1. 2. 3.): each item keeps its printed numbering, its code
    is its place in the part (一.4 is the second "3.")."""
    for section in data["sections"]:
        codes = [t["code"] for t in section.get("tasks", [])]
        if len(set(codes)) != len(codes):
            for i, task in enumerate(section["tasks"], 1):
                task["code"] = f"{section['code']}.{i}"
    return data


EXTRACTION = {
    "zone": {
        "slug": "limei-district",
        "name": "漓湄区",
        "name_en": "Limei District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 漓湄区2026年“人工智能+”工作要点 (漓湄区人民政府办公室, 漓湄政办发〔2026〕3号, 2026-02-27)
# — SYNTHETIC (synthetic_cr): WRITTEN by helper blindCR (2026-12-07) before reading or running the importer; no such document
#   is claimed to exist. Built by make_files.py from doc_limei.py as .docx, printed to PDF by LibreOffice, editorial slips kept.
# Zone limei-district (广西, an invented urban district; its city is not named) → district level; period 2026.
# Outline: red head, 发文字号, notice (reporting 每季度结束后5个工作日内: no target), page break, title; a 2025 review (16亿元, 41家,
#   80P, 22个: baselines); a 总体要求 paragraph; "主要目标：2026年，…" (goal titled 2026年, due 2026); parts printed 一、 二、 三、 三、 四、
#   of items "N.标题。正文" each followed by its own role line (no brackets); the last part 工作要求 = three unnumbered paragraphs led
#   by their names (safeguard tasks, no roles). 抄送 / 印发.
# How each slip was read (as a careful reader would):
# - 一、's items printed 1. 2. 3. 3. 4.: five items; the second "3." is an item of its own (完善智能基础设施), not part of the
#   first. Numbering kept as printed; codes by place in the part (一.1–一.5), so the two 3. do not collide.
# - 二、's list restarts at 1. after its third item (1. 2. 3. 1. 2. 3.): the part is ONE list of six items (the restart is no new
#   section: no heading between), numbering as printed, codes 二.1–二.6.
# - The part 三、 printed twice: two parts; the second (加强人才和安全保障) is the fourth part (code 四), the last part printed 四、
#   is the fifth (code 五); numbering as printed.
# - "牵头单位:区工信局 配合单位:区城管局、区发改局" (half-width colons, the two labels separated by a space): read as the full-width
#   form — lead 区工信局, supporting 区城管局 and 区发改局.
# - "牵头单位：牵头单位：区大数据局": the label doubled, 区大数据局 lead once.
# - "区 发改局" (a stray space inside the name): 区发改局 (漓湄区发展和改革局), its alias written without the space.
# - 区大数据局 and 区大数据发展局: one body (漓湄区大数据发展局), both printed forms its aliases.
# - "责任单位：区卫生健康局、区教育局" with no lead → both responsible. 各镇（街道） under 配合单位 → one collective, supporting.
# - "全区人工智能核心产业规模达到25" (the goals, no unit) and "推动核心产业规模达到25亿元" (三、1.): the same figure and year; the
#   unit is the later mention's (亿元) → ONE target, kept where first printed (its phrase without the unit, as printed).
# - "３０％" full-width → 30 %; "1,000家" → 1000 家 (the thousands separator read away).
# - The goals' 新增智能算力100P printed again in 一、1. → no second target (一、1. holds no figure of its own: no goal).
# Targets: all due 2026; counts done within the year (实施, 新增, 新建, 引进, 培训, 演练, 入驻, 推动…上云) → flow, others stock;
#   其中投资亿元以上项目3个 → parent the 15 projects. Not targets: the 2025 baselines, the 算力券 cap (最高30万元).
"""

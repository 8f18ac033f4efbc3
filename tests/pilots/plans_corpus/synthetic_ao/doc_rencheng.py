# ruff: noqa: E501  (plan text as the offices write it)
"""任城区推进“人工智能+”行动2026年工作方案 (INVENTED, synthetic_ao): a district's one-year 工作方案 as its
portal page is saved to text — items 1.–12. numbered on across groups （一）–（四）, each followed by an
own-line "牵头单位：X；配合单位：Y" or "责任单位：X、Y"; the generic actors 各镇街 (an agency where an annotation
names it) and 区直有关部门 (never one); 各镇街 also named in task and safeguard bodies where it is no role."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "rencheng-ai-plus-work-plan-2026-synthetic"
KIND = "txt"

AGENCIES = [
    Agency("dsj", "济宁市任城区大数据中心", ["区大数据中心"], "big_data"),
    Agency("gxj", "济宁市任城区工业和信息化局", ["区工业和信息化局"], "industry_it"),
    Agency("czj", "济宁市任城区财政局", ["区财政局"], "finance"),
    Agency("fgj", "济宁市任城区发展和改革局", ["区发展和改革局"], "development_reform"),
    Agency("kjj", "济宁市任城区科学技术局", ["区科技局"], "science_technology"),
    Agency("nyj", "济宁市任城区农业农村局", ["区农业农村局"], "agriculture"),
    Agency("jtj", "济宁市任城区教育和体育局", ["区教体局"], "education"),
    Agency("wjj", "济宁市任城区卫生健康局", ["区卫生健康局"], "health"),
    Agency("mzj", "济宁市任城区民政局", ["区民政局"], "civil_affairs"),
    Agency("spj", "济宁市任城区行政审批服务局", ["区行政审批服务局"], "government_services"),
    Agency("cgj", "济宁市任城区城市管理局", ["区城市管理局"], "housing_construction"),
    Agency("gafj", "济宁市公安局任城区分局", ["区公安分局"], "public_security"),
    Agency("zj", "济宁市任城区各镇街", ["各镇街"], "local_government"),
    Agency("zfw", "中共济宁市任城区委政法委员会", ["区委政法委"], "party_organisation"),
    Agency("rsj", "济宁市任城区人力资源和社会保障局", ["区人力资源社会保障局"], "human_resources"),
    Agency("zzb", "中共济宁市任城区委组织部", ["区委组织部"], "party_organisation"),
]

ZONE = {
    "slug": "rencheng-district",
    "name": "任城区",
    "name_en": "Rencheng District, Jining",
    "level": "district",
}
PLAN = {
    "code": SLUG,
    "title": "任城区推进“人工智能+”行动2026年工作方案",
    "title_en": "Rencheng District 2026 work plan for the “AI+” action — synthetic",
    "issuer": "济宁市任城区人民政府办公室",
    "doc_number": "任政办字〔2026〕9号",
    "issued_on": "2026-02-25",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.txt",
}

LINES: list[str] = []
GOALS: list[Goal] = []
IND = "　　"


def line(text, indent=True):
    LINES.append(f"{IND}{text}" if indent else text)


def item(numbering, title, body, annotation, goal_targets=None, **roles):
    line(f"{numbering}{title}。{body}")
    line(annotation)
    if goal_targets:
        GOALS.append(
            Goal(title=title, text=f"{title}。{body}", targets=goal_targets, numbering=numbering)
        )
    return Task(numbering=numbering, title=title, text=f"{title}。{body}{annotation}", **roles)


for text in [
    "济宁市任城区人民政府",
    "首页 > 政务公开 > 政府信息公开目录 > 政策文件 > 区政府办文件",
    "索引号：11370811004216395X/2026-00031　　　　发布机构：任城区人民政府办公室",
    "文　号：任政办字〔2026〕9号　　　　　　　　　发布日期：2026-02-27",
    "【字体：大 中 小】　　【打印本页】　　【关闭窗口】",
    "",
    "济宁市任城区人民政府办公室关于印发任城区推进“人工智能+”行动2026年工作方案的通知",
    "",
    "各镇人民政府、街道办事处，区政府各部门、各直属单位：",
]:
    line(text, indent=False)
line(
    "《任城区推进“人工智能+”行动2026年工作方案》已经区政府同意，现印发给你们，请结合实际认真贯彻落实。各镇街、各部门要于每季度末将工作推进情况报区工业和信息化局，由其汇总后报区政府。"
)
for text in [
    "",
    "济宁市任城区人民政府办公室",
    "2026年2月25日",
    "（此件公开发布）",
    "",
    "任城区推进“人工智能+”行动2026年工作方案",
    "",
]:
    line(text, indent=False)
line(
    "为深入贯彻落实全省、全市“人工智能+”行动部署，加快人工智能技术在产业发展、民生服务和城市治理中的应用，推动人工智能与实体经济深度融合，培育发展新质生产力，为加快建设实力活力魅力幸福新任城提供有力支撑，结合我区实际，制定本方案。"
)
line(
    "二〇二五年，我区人工智能产业实现较快发展，一批企业在工业视觉检测、智能仓储物流等领域形成了特色产品，算力、数据等基础支撑不断增强，但仍存在龙头企业少、应用场景不足、创新能力不强等问题。2026年是实施“人工智能+”行动的关键之年，必须抢抓机遇、乘势而上。"
)
line("一、工作目标")
G_TEXT = "到2026年底，全区人工智能相关企业达到60家，新增“人工智能+”应用场景30个以上，规模以上工业企业数字化改造覆盖率超过85%，新培育省级以上数字经济领域专精特新企业5家，政务服务事项“智能办”比例不低于60%，人工智能赋能经济社会发展的基础进一步夯实。"
line(G_TEXT)
GOALS.append(
    Goal(
        title="到2026年底",
        text=G_TEXT,
        targets=[
            Target(
                "人工智能相关企业",
                "家",
                "eq",
                60,
                "全区人工智能相关企业达到60家",
                kind="ai_enterprises",
            ),
            Target(
                "新增“人工智能+”应用场景",
                "个",
                "gte",
                30,
                "新增“人工智能+”应用场景30个以上",
                aggregation="flow",
                kind="application_scenarios",
            ),
            Target(
                "规模以上工业企业数字化改造覆盖率",
                "%",
                "gt",
                85,
                "规模以上工业企业数字化改造覆盖率超过85%",
            ),
            Target(
                "新培育省级以上数字经济领域专精特新企业",
                "家",
                "eq",
                5,
                "新培育省级以上数字经济领域专精特新企业5家",
                aggregation="flow",
            ),
            Target("政务服务事项“智能办”比例", "%", "gte", 60, "政务服务事项“智能办”比例不低于60%"),
        ],
    )
)
line("二、重点任务")
line("（一）夯实数字底座")
G1 = [
    item(
        "1.",
        "建设区级算力服务平台",
        "依托区大数据中心现有机房资源，建设区级算力服务平台，新增智能算力100P，为中小企业提供算力租用、模型部署、数据标注等普惠服务。推动平台与市级算力调度平台互联互通，探索发放算力服务券，降低企业算力使用成本。鼓励辖区企业将闲置算力资源接入平台，提高算力资源利用效率。",
        "牵头单位：区大数据中心；配合单位：区工业和信息化局、区财政局",
        [
            Target(
                "新增智能算力",
                "P",
                "eq",
                100,
                "新增智能算力100P",
                aggregation="flow",
                kind="computing_power",
            )
        ],
        lead=["dsj"],
        supporting=["gxj", "czj"],
    ),
    item(
        "2.",
        "推进公共数据开放利用",
        "梳理发布公共数据开放目录，新增开放数据集50个，推动交通、医疗、文旅等领域公共数据授权运营。各镇街要同步做好基层数据归集和质量治理工作。建立数据质量问题反馈和整改机制，定期开展公共数据质量评估。探索开展公共数据授权运营试点，支持企业依法合规开发利用公共数据。",
        "责任单位：区大数据中心、区直有关部门",
        [Target("新增开放数据集", "个", "eq", 50, "新增开放数据集50个", aggregation="flow")],
        responsible=["dsj"],
    ),
    item(
        "3.",
        "完善新型网络设施",
        "新建5G基站300个，实现城区和重点园区千兆光网全覆盖，推进工业互联网标识解析在重点行业应用。推动通信基础设施与城市更新、老旧小区改造同步规划、同步建设。推进算力网络、物联网感知设施统筹布局，提升城市感知能力。",
        "牵头单位：区工业和信息化局；配合单位：各镇街",
        [Target("新建5G基站", "个", "eq", 300, "新建5G基站300个", aggregation="flow")],
        lead=["gxj"],
        supporting=["zj"],
    ),
]
line("（二）赋能实体经济")
G2 = [
    item(
        "4.",
        "推进工业企业智能化改造",
        "聚焦高端装备、生物医药、纺织服装等优势产业，实施智能化改造项目40个，新培育省级智能工厂和数字化车间3家，推动企业设备上云、业务上云。组织开展智能化改造诊断服务，为中小企业提供“一企一策”改造方案，推动大中小企业融通发展。支持龙头企业牵头建设行业级工业互联网平台，带动产业链上下游协同改造。",
        "牵头单位：区工业和信息化局；配合单位：区财政局、各镇街",
        [
            Target("智能化改造项目", "个", "eq", 40, "实施智能化改造项目40个", aggregation="flow"),
            Target(
                "新培育省级智能工厂和数字化车间",
                "家",
                "eq",
                3,
                "新培育省级智能工厂和数字化车间3家",
                aggregation="flow",
            ),
        ],
        lead=["gxj"],
        supporting=["czj", "zj"],
    ),
    item(
        "5.",
        "培育人工智能企业",
        "建立人工智能企业培育库，入库企业达到30家，对入库企业在场景对接、融资服务、人才引进等方面给予重点支持，推动一批企业申报高新技术企业。支持企业参与省、市“人工智能+”场景揭榜挂帅，推动本地企业产品在区内优先应用。加强与高校院所对接，推动科技成果在我区转化落地。",
        "牵头单位：区科技局；配合单位：区工业和信息化局、区发展和改革局",
        [Target("人工智能企业培育库入库企业", "家", "eq", 30, "入库企业达到30家")],
        lead=["kjj"],
        supporting=["gxj", "fgj"],
    ),
    item(
        "6.",
        "发展智慧农业",
        "在粮食、蔬菜等主导产业推广智能农机装备、病虫害智能监测和农产品质量追溯，建设智慧农业示范园区2个。推动农业生产、加工、流通各环节数据贯通，培育一批智慧农业服务主体，提升农业社会化服务水平。鼓励新型农业经营主体应用智能化生产管理系统。",
        "责任单位：区农业农村局、各镇街",
        [Target("智慧农业示范园区", "个", "eq", 2, "建设智慧农业示范园区2个", aggregation="flow")],
        responsible=["nyj", "zj"],
    ),
]
line("（三）提升民生服务")
G3 = [
    item(
        "7.",
        "推进“人工智能+教育”",
        "在全区中小学普及人工智能通识课程，建设人工智能教育特色学校10所，全年培训教师500人次以上。推动人工智能辅助教学、智能作业批改等应用试点，开展中小学生人工智能竞赛活动，提升师生数字素养。鼓励学校与科技企业合作建设人工智能实验室。加强中小学人工智能教育师资队伍建设。",
        "牵头单位：区教体局；配合单位：区财政局",
        [
            Target(
                "人工智能教育特色学校",
                "所",
                "eq",
                10,
                "建设人工智能教育特色学校10所",
                aggregation="flow",
            ),
            Target("培训教师", "人次", "gte", 500, "全年培训教师500人次以上", aggregation="flow"),
        ],
        lead=["jtj"],
        supporting=["czj"],
    ),
    item(
        "8.",
        "推进“人工智能+医疗”",
        "推广人工智能辅助诊断、智能影像和慢病智能随访，基层医疗卫生机构人工智能辅助诊断应用覆盖率达到50%。推动区属医疗机构检查检验结果互认共享，探索建设区域智能医疗影像中心，让群众在家门口享受优质医疗服务。加强医疗健康数据安全管理，保护患者个人隐私。",
        "牵头单位：区卫生健康局；配合单位：区大数据中心",
        [
            Target(
                "基层医疗卫生机构人工智能辅助诊断应用覆盖率",
                "%",
                "eq",
                50,
                "基层医疗卫生机构人工智能辅助诊断应用覆盖率达到50%",
            )
        ],
        lead=["wjj"],
        supporting=["dsj"],
    ),
    item(
        "9.",
        "推进“人工智能+养老”",
        "建设智慧养老服务站点20处，为独居、高龄老年人提供智能监测、紧急呼叫等服务。推广智能穿戴设备和居家安全监测设备，探索“智慧养老+家庭医生”服务模式。支持社会力量参与智慧养老服务，丰富服务供给。",
        "责任单位：区民政局、各镇街",
        [
            Target(
                "智慧养老服务站点", "处", "eq", 20, "建设智慧养老服务站点20处", aggregation="flow"
            )
        ],
        responsible=["mzj", "zj"],
    ),
]
line("（四）优化城市治理和政务服务")
G4 = [
    item(
        "10.",
        "推进“人工智能+政务服务”",
        "推广智能导办、智能预审和“AI帮办”服务，在区政务服务中心设立“AI帮办”专区，实现高频事项智能办理。推动政务服务知识库建设，提升智能客服答复准确率，推动更多事项“免证办”“秒批秒办”。各镇街便民服务中心同步推广智能导办服务，推动政务服务向基层延伸。建立政务服务智能应用效果评估机制，持续优化服务体验。",
        "牵头单位：区行政审批服务局；配合单位：区大数据中心、区直有关部门",
        lead=["spj"],
        supporting=["dsj"],
    ),
    item(
        "11.",
        "推进“人工智能+城市管理”",
        "建设城市管理智能分析平台，接入智能视频监控点位1000个，实现占道经营、违规停车等事件智能识别和自动派单。推动城市管理、市场监管、生态环境等领域数据共享和联动处置，提升城市精细化管理水平。探索城市运行“一网统管”智能化应用，提升突发事件快速响应能力。",
        "牵头单位：区城市管理局；配合单位：区公安分局、各镇街",
        [
            Target(
                "接入智能视频监控点位",
                "个",
                "eq",
                1000,
                "接入智能视频监控点位1000个",
                aggregation="flow",
            )
        ],
        lead=["cgj"],
        supporting=["gafj", "zj"],
    ),
    item(
        "12.",
        "加强人工智能安全监管",
        "建立人工智能应用安全风险排查机制，加强数据安全和个人信息保护，依法打击利用人工智能实施的违法犯罪活动。开展人工智能安全宣传教育，提升企业和群众风险防范意识。落实网络安全等级保护制度，定期开展安全检查和应急演练。",
        "责任单位：区公安分局、区大数据中心",
        responsible=["gafj", "dsj"],
    ),
    item(
        "13.",
        "推进“人工智能+基层治理”",
        "在有条件的社区推广智能网格管理、矛盾纠纷智能分析等应用，建设智慧社区示范点15个，提升基层治理精细化、智能化水平。各镇街要加强网格员数字技能培训，推动基层数据“一次采集、多方复用”。探索人工智能辅助基层减负，减少重复填报。",
        "牵头单位：区委政法委；配合单位：区民政局、区大数据中心、各镇街",
        [Target("智慧社区示范点", "个", "eq", 15, "建设智慧社区示范点15个", aggregation="flow")],
        lead=["zfw"],
        supporting=["mzj", "dsj", "zj"],
    ),
    item(
        "14.",
        "加强人工智能人才支撑",
        "依托“任城英才”计划引进人工智能领域高层次人才，组织开展人工智能应用技能培训1000人次以上，推动职业院校开设人工智能相关专业课程。建立人工智能人才需求目录，定期发布紧缺人才岗位。",
        "牵头单位：区人力资源社会保障局；配合单位：区委组织部、区教体局",
        [
            Target(
                "人工智能应用技能培训",
                "人次",
                "gte",
                1000,
                "组织开展人工智能应用技能培训1000人次以上",
                aggregation="flow",
                kind="talent",
            )
        ],
        lead=["rsj"],
        supporting=["zzb", "jtj"],
    ),
]
line("（五）强化创新支撑")
G5 = [
    item(
        "15.",
        "建设人工智能创新载体",
        "依托区内产业园区和孵化器，建设人工智能创新创业孵化基地，新增入驻人工智能初创企业20家。支持企业与济宁学院、山东理工职业学院等院校共建研发中心和实训基地，推动产学研用协同创新。对新认定的市级以上孵化载体，按照有关政策给予奖励。",
        "牵头单位：区科技局；配合单位：区教体局、区直有关部门",
        [
            Target(
                "新增入驻人工智能初创企业",
                "家",
                "eq",
                20,
                "新增入驻人工智能初创企业20家",
                aggregation="flow",
            )
        ],
        lead=["kjj"],
        supporting=["jtj"],
    ),
    item(
        "16.",
        "开展场景供需对接",
        "定期发布“人工智能+”场景需求清单和能力清单，全年举办场景供需对接活动4场以上，推动政府部门、国有企业率先开放应用场景，以场景应用带动产品迭代和企业成长。建立场景项目跟踪服务机制，推动对接成果尽快落地。",
        "责任单位：区工业和信息化局、区大数据中心、各镇街",
        [
            Target(
                "场景供需对接活动",
                "场",
                "gte",
                4,
                "全年举办场景供需对接活动4场以上",
                aggregation="flow",
            )
        ],
        responsible=["gxj", "dsj", "zj"],
    ),
]
line("三、保障措施")
SAFEGUARDS = []
for numbering, title, body in [
    (
        "（一）",
        "加强组织领导",
        "区推进“人工智能+”行动工作专班统筹推进各项任务，专班办公室设在区工业和信息化局。各镇街、各有关部门要明确分管负责同志，细化工作措施，确保任务落地见效。区工业和信息化局要牵头建立任务台账，每月调度工作进展，重大事项及时向区政府报告。",
    ),
    (
        "（二）",
        "强化资金保障",
        "统筹用好区级科技创新、工业转型等专项资金，积极争取上级资金支持，引导社会资本参与“人工智能+”场景建设。鼓励金融机构开发适合人工智能企业的金融产品，拓宽企业融资渠道。",
    ),
    (
        "（三）",
        "加强督导考核",
        "建立月调度、季通报工作机制，将重点任务完成情况纳入全区高质量发展综合绩效考核。对工作推进不力、任务进展滞后的单位，及时督促整改。区工业和信息化局会同区统计局建立人工智能产业统计监测制度，定期分析产业运行情况，为科学决策提供依据。",
    ),
    (
        "（四）",
        "营造良好氛围",
        "充分利用报纸、电视、网络等媒体，加强“人工智能+”政策解读和典型案例宣传，组织开展人工智能进企业、进校园、进社区活动，营造全社会关注支持人工智能发展的良好氛围。",
    ),
]:
    line(f"{numbering}{title}")
    line(body)
    SAFEGUARDS.append(Task(numbering=numbering, title=title, text=body))
for text in [
    "",
    "【打印本页】　　【关闭窗口】",
    "",
    "主办：济宁市任城区人民政府办公室　　承办：任城区大数据中心",
    "鲁ICP备05021574号　　鲁公网安备37081102000123号",
    "网站标识码：3708110001",
]:
    line(text, indent=False)

SECTIONS = [
    Section(
        "二",
        "二、",
        "重点任务",
        "key_task",
        sections=[
            Section("一", "（一）", "夯实数字底座", "key_task", tasks=G1),
            Section("二", "（二）", "赋能实体经济", "key_task", tasks=G2),
            Section("三", "（三）", "提升民生服务", "key_task", tasks=G3),
            Section("四", "（四）", "优化城市治理和政务服务", "key_task", tasks=G4),
            Section("五", "（五）", "强化创新支撑", "key_task", tasks=G5),
        ],
    ),
    Section("三", "三、", "保障措施", "safeguard", tasks=SAFEGUARDS),
]

EXTRACTION = {
    "zone": ZONE,
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}
TEXT = "\n".join(LINES) + "\n"

HEADER = """# 任城区推进“人工智能+”行动2026年工作方案 (济宁市任城区人民政府办公室, 任政办字〔2026〕9号, 2026-02-25; published 2026-02-27) — SYNTHETIC
# (synthetic_ao): WRITTEN by the collector (helper blindAO, 2026-12-05) before reading the importer; no such document is claimed to exist.
# Built by make_files.py from doc_rencheng.py as the district portal's page saved to UTF-8 text (site name, breadcrumb, 索引号 / 文号 metadata, print
#   links, footer with ICP numbers kept as saved; paragraphs indented with two ideographic spaces).
# Zone rencheng-district (山东 济宁市; no parent written); a one-year plan: period 2026–2026, every target due 2026.
# Outline: notice, plan title, preamble, a 二〇二五年 situation paragraph (no figure), 一、工作目标 = one "到2026年底，" paragraph (→ goal 到2026年底);
#   二、重点任务 = groups （一）–（五） (sub-sections) of items 1.–16. NUMBERED ON, "N.标题。正文" with the annotation on its OWN LINE after the item → it belongs to the item and the task text includes
#   it; 三、保障措施 （一）–（四） with the heading on its own line and the body below → safeguard tasks
#   without roles, text = the body (区工业和信息化局 "要牵头建立任务台账" and 区统计局 named in those bodies take no role).
# Roles as worded: "牵头单位：X；配合单位：Y" → X lead, Y supporting; "责任单位：X、Y" → responsible.
#   各镇街 is one collective agency (济宁市任城区各镇街) where an annotation names it (items 3, 4, 6, 9, 11, 13, 16); "区直有关部门" (items 2, 10, 15)
#   is generic, no agency; 各镇街 in the notice, in the bodies of items 2, 10, 13 ("各镇街要同步做好…", "各镇街便民服务中心…", "各镇街要加强…") and of
#   保障措施（一） ("各镇街、各有关部门要…") is no role. 区委政法委 / 区委组织部 → the district party committee's bodies (party_organisation).
#   区公安分局 → 济宁市公安局任城区分局 (full name as such bodies are named).
# Targets: the goal paragraph's five; every item holding figures is also a goal titled like the item (text without the annotation). Things done within
#   the year (新增, 新建, 实施, 建设, 接入, 新培育, 全年培训) → flow; counts that exist at the year end (企业达到60家, 入库企业达到30家) and rates → stock.
#   不低于 → gte. Not targets: 全覆盖 without a figure, the index number, the ICP numbers.
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""蒸湘区“人工智能+”行动计划（2026—2027年） — INVENTED (synthetic_bs). Printed by make_files.py as a WPS-like PDF in
which EVERY CHARACTER is placed by itself (justified lines with extra letter spacing, centred headings spaced wide, a
running header and a page number "— N —"). A baseline paragraph, 一、总体目标 ("到2027年，…"), five 行动 parts 二、–六、 whose
measures （一）–（二十一） are numbered on across the parts, each closing on "（牵头单位：区X；配合单位：区Y、区Z）" or
"（责任单位：区X、区Y）" that breaks across lines and pages; 七、保障措施 four unnumbered paragraphs led by their names."""

from common import Section, T, agencies, items
from synthetic_model import Goal, Task

SLUG = "zhengxiang-ai-plus-action-2026-synthetic"
KIND = "pdf"

A = {
    "区发改局": ("fgj", "蒸湘区发展和改革局", "development_reform"),
    "区工信局": ("gxj", "蒸湘区工业和信息化局", "industry_it"),
    "区科技局": ("kjj", "蒸湘区科学技术局", "science_technology"),
    "区数据局": ("sjj", "蒸湘区数据局", "big_data"),
    "区财政局": ("czj", "蒸湘区财政局", "finance"),
    "区商务局": ("swj", "蒸湘区商务局", "commerce"),
    "区教育局": ("jyj", "蒸湘区教育局", "education"),
    "区卫健局": ("wjj", "蒸湘区卫生健康局", "health"),
    "区民政局": ("mzj", "蒸湘区民政局", "civil_affairs"),
    "区人社局": ("rsj", "蒸湘区人力资源和社会保障局", "human_resources"),
    "区住建局": ("zjj", "蒸湘区住房和城乡建设局", "housing_construction"),
    "区城管局": ("cgj", "蒸湘区城市管理局", "housing_construction"),
    "区应急局": ("yjj", "蒸湘区应急管理局", "emergency"),
    "区市场监管局": ("scj", "蒸湘区市场监督管理局", "market_regulation"),
    "区政务服务中心": ("zwz", "蒸湘区政务服务中心", "government_services"),
    "区文旅体育局": ("wlj", "蒸湘区文化旅游体育局", "culture_tourism"),
    "区委组织部": ("zzb", "中共蒸湘区委组织部", "party_organisation"),
    "区委宣传部": ("xcb", "中共蒸湘区委宣传部", "publicity"),
    "区自然资源分局": ("zrj", "蒸湘区自然资源分局", "natural_resources"),
    "区公安分局": ("gaj", "蒸湘区公安分局", "public_security"),
    "雨母科创园管委会": ("ymy", "雨母科创园管理委员会", "park_administration"),
    "各街道办事处": ("jd", "蒸湘区各街道办事处", "local_government"),
}
AGENCIES = agencies(A)

TITLE = "蒸湘区“人工智能+”行动计划（2026—2027年）"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Zhengxiang District “AI+” action plan (2026–2027) — synthetic",
    "issuer": "蒸湘区人民政府办公室",
    "issued_on": "2026-04-08",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2027],
    "source_file": f"{SLUG}.pdf",
}
INTRO = "为抢抓人工智能发展机遇，推动人工智能与城区经济社会发展深度融合，加快建设现代服务业强区和科创高地，结合我区实际，制定本行动计划。2025年，全区数字经济核心产业营业收入达到46亿元，人工智能相关企业36家，建成智能应用场景18个，为实施“人工智能+”行动奠定了良好基础。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，认真落实国家、省、市关于实施“人工智能+”行动的部署要求，立足我区商贸物流、科技服务和城市更新的基础优势，以应用场景为牵引，以产业培育为核心，以创新生态为支撑，推动人工智能与城区经济、城市治理和民生服务全面融合，加快培育新质生产力。"
PRINCIPLES = "坚持需求导向，聚焦企业发展和群众生活中的痛点难点开放场景；坚持创新引领，强化企业创新主体地位，推动产学研用协同；坚持开放合作，积极融入全市人工智能产业布局，加强与周边地区产业协作；坚持安全发展，统筹好发展和安全的关系，确保人工智能应用安全可靠可控。"
GOAL = "到2027年，全区人工智能相关企业达到70家，人工智能核心产业营业收入突破25亿元，数字经济核心产业营业收入达到65亿元，开放“人工智能+”应用场景40个以上，培育人工智能领域高新技术企业15家，建成区级以上人工智能创新平台6个，引育人工智能专业人才800人，“人工智能+”行动成为驱动城区高质量发展的重要引擎。"
GOAL_TARGETS = [
    T("人工智能相关企业", "家", "eq", 70, "人工智能相关企业达到70家", kind="ai_enterprises"),
    T(
        "人工智能核心产业营业收入",
        "亿元",
        "gt",
        25,
        "人工智能核心产业营业收入突破25亿元",
        kind="ai_industry_scale",
    ),
    T(
        "数字经济核心产业营业收入",
        "亿元",
        "eq",
        65,
        "数字经济核心产业营业收入达到65亿元",
        kind="related_industry_scale",
    ),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        40,
        "开放“人工智能+”应用场景40个以上",
        kind="application_scenarios",
    ),
    T(
        "人工智能领域高新技术企业",
        "家",
        "eq",
        15,
        "培育人工智能领域高新技术企业15家",
        kind="ai_enterprises",
    ),
    T(
        "区级以上人工智能创新平台",
        "个",
        "eq",
        6,
        "建成区级以上人工智能创新平台6个",
        kind="innovation_platforms",
    ),
    T("人工智能专业人才", "人", "eq", 800, "引育人工智能专业人才800人", kind="talent"),
]

PARTS = [
    (
        "二、",
        "实施算力数据筑基行动",
        [
            (
                "建设城区算力服务节点",
                "依托雨母科创园建设城区算力服务节点，新增智能算力20P，统筹接入省、市算力调度平台，为企业提供普惠算力服务，降低中小企业使用人工智能的门槛。对中小企业租用算力按实际费用的30%给予补助，单个企业每年最高20万元。",
                ["区发改局"],
                ["区工信局", "区数据局", "雨母科创园管委会"],
                [],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        20,
                        "新增智能算力20P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推动公共数据有序开放",
                "编制公共数据开放清单，开放公共数据集25个，推动教育、医疗、交通、城管等领域数据在安全可控前提下向企业开放，支持开发数据产品6个，探索建立公共数据授权运营机制。",
                ["区数据局"],
                ["区政务服务中心", "区教育局", "区卫健局", "区城管局"],
                [],
                [
                    T("开放公共数据集", "个", "eq", 25, "开放公共数据集25个"),
                    T("数据产品", "个", "eq", 6, "支持开发数据产品6个"),
                ],
            ),
            (
                "培育数据标注产业",
                "引进培育数据标注、数据清洗企业，建设数据标注基地1个，带动就业1000人，推动数据标注向专业化、规模化方向发展。",
                ["区商务局"],
                ["区人社局", "区数据局"],
                [],
                [
                    T("数据标注基地", "个", "eq", 1, "建设数据标注基地1个"),
                    T("带动就业", "人", "eq", 1000, "带动就业1000人"),
                ],
            ),
            (
                "完善新型网络设施",
                "新建5G基站260个，推动千兆光网小区覆盖率达到100%，在重点商圈和产业园区部署物联网感知终端。",
                ["区工信局"],
                ["区住建局", "各街道办事处"],
                [],
                [
                    T("新建5G基站", "个", "eq", 260, "新建5G基站260个", aggregation="flow"),
                    T("千兆光网小区覆盖率", "%", "eq", 100, "千兆光网小区覆盖率达到100%"),
                ],
            ),
        ],
    ),
    (
        "三、",
        "实施产业智能升级行动",
        [
            (
                "推动生产性服务业智能化",
                "支持检验检测、工业设计、人力资源等生产性服务企业应用大模型技术，推出智能化服务产品10个，提升服务效率和质量。",
                ["区发改局"],
                ["区市场监管局", "区人社局"],
                [],
                [T("智能化服务产品", "个", "eq", 10, "推出智能化服务产品10个")],
            ),
            (
                "发展人工智能软件和服务",
                "支持企业围绕智慧商贸、智慧物流、智慧医疗开发行业应用软件，培育年营业收入超亿元的人工智能软件企业3家，支持企业参与全市重大应用场景建设。",
                ["区工信局"],
                ["区科技局", "区商务局"],
                [],
                [
                    T(
                        "年营业收入超亿元的人工智能软件企业",
                        "家",
                        "eq",
                        3,
                        "培育年营业收入超亿元的人工智能软件企业3家",
                        kind="ai_enterprises",
                    )
                ],
            ),
            (
                "推进商贸流通智能化",
                "推动大型商业综合体建设智慧商圈，支持商贸企业应用智能导购、无人配送、智能仓储，打造智慧商圈2个、智慧物流示范企业5家。",
                ["区商务局"],
                ["区发改局", "区市场监管局"],
                [],
                [
                    T("智慧商圈", "个", "eq", 2, "打造智慧商圈2个"),
                    T("智慧物流示范企业", "家", "eq", 5, "智慧物流示范企业5家"),
                ],
            ),
            (
                "建设人工智能产业楼宇",
                "在雨母科创园打造人工智能产业楼宇2栋，面积不低于3万平方米，对入驻企业前三年给予租金减免。",
                ["雨母科创园管委会"],
                ["区住建局", "区财政局", "区自然资源分局"],
                [],
                [T("人工智能产业楼宇", "栋", "eq", 2, "打造人工智能产业楼宇2栋")],
            ),
            (
                "加大企业招引力度",
                "聚焦大模型应用、智能终端、智能网联等领域开展产业链招商，招引人工智能相关项目12个，其中总投资亿元以上项目3个。",
                ["区商务局"],
                ["雨母科创园管委会", "区发改局"],
                [],
                [
                    T(
                        "招引人工智能相关项目",
                        "个",
                        "eq",
                        12,
                        "招引人工智能相关项目12个",
                        aggregation="flow",
                    ),
                    T(
                        "总投资亿元以上项目",
                        "个",
                        "eq",
                        3,
                        "其中总投资亿元以上项目3个",
                        parent="PREV",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
    (
        "四、",
        "实施智慧城区建设行动",
        [
            (
                "建设城区数字孪生底座",
                "建设全区统一的城市信息模型平台，完成城区实景三维建模45平方公里，汇聚建筑、管网、部件等数据，为城市规划、建设和更新改造提供数字底座支撑。",
                ["区自然资源分局"],
                ["区住建局", "区数据局", "区城管局"],
                [],
                [T("城区实景三维建模", "平方公里", "eq", 45, "完成城区实景三维建模45平方公里")],
            ),
            (
                "打造“AI+政务”服务",
                "推出政务服务智能客服和“免证办”“秒批秒办”服务，实现政务服务事项智能导办覆盖率达到90%，企业群众办事材料平均精简30%。",
                ["区政务服务中心"],
                ["区数据局"],
                [],
                [
                    T(
                        "政务服务事项智能导办覆盖率",
                        "%",
                        "eq",
                        90,
                        "政务服务事项智能导办覆盖率达到90%",
                    ),
                    T("办事材料平均精简", "%", "eq", 30, "企业群众办事材料平均精简30%"),
                ],
            ),
            (
                "推进城市管理智能化",
                "建设城市管理智能感知平台，在市容秩序、违章建设、垃圾分类等场景开展智能巡查，实现问题自动识别率达到85%。",
                ["区城管局"],
                ["区住建局", "区公安分局", "各街道办事处"],
                [],
                [T("问题自动识别率", "%", "eq", 85, "问题自动识别率达到85%")],
            ),
            (
                "提升基层治理智能水平",
                "推广社区治理智能助手，建设智慧社区20个，实现社区服务事项“网上办、就近办”，推动社区工作者从繁杂事务中解脱出来，把更多精力用于服务群众。",
                [],
                [],
                ["区民政局", "各街道办事处"],
                [T("智慧社区", "个", "eq", 20, "建设智慧社区20个")],
            ),
            (
                "强化公共安全智能防控",
                "升级公共安全视频监控系统，新增智能视频监控点位2000个，建设消防、燃气、电梯等城市生命线智能监测系统，提升风险隐患早发现、早预警、早处置能力。",
                ["区公安分局"],
                ["区应急局", "区住建局", "区市场监管局"],
                [],
                [
                    T(
                        "新增智能视频监控点位",
                        "个",
                        "eq",
                        2000,
                        "新增智能视频监控点位2000个",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "五、",
        "实施民生服务赋能行动",
        [
            (
                "推进智慧就业",
                "建设智能就业服务平台，运用人工智能开展岗位智能匹配和职业技能推荐，组织“人工智能+”专场招聘会8场，帮助高校毕业生和困难群体精准就业。",
                ["区人社局"],
                ["区教育局", "各街道办事处"],
                [],
                [
                    T(
                        "“人工智能+”专场招聘会",
                        "场",
                        "eq",
                        8,
                        "组织“人工智能+”专场招聘会8场",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推进智慧教育",
                "建设人工智能教育基地校10所，开设人工智能课程的中小学比例达到100%，开展师生人工智能素养提升活动，推动人工智能技术在课堂教学、作业批改、学情分析中的应用。",
                ["区教育局"],
                ["区科技局"],
                [],
                [
                    T("人工智能教育基地校", "所", "eq", 10, "建设人工智能教育基地校10所"),
                    T(
                        "开设人工智能课程的中小学比例",
                        "%",
                        "eq",
                        100,
                        "开设人工智能课程的中小学比例达到100%",
                    ),
                ],
            ),
            (
                "推进智慧医疗",
                "推动区属医疗机构应用智能辅助诊断、智能预约分诊和智能慢病管理，建设互联网医院2家，推动检查检验结果互认共享。",
                ["区卫健局"],
                ["区数据局"],
                [],
                [T("互联网医院", "家", "eq", 2, "建设互联网医院2家")],
            ),
            (
                "推进智慧养老",
                "建设智慧养老服务平台，为独居、空巢老人安装智能监测设备3000套，打造智慧养老示范机构4家。",
                ["区民政局"],
                ["区卫健局", "各街道办事处"],
                [],
                [
                    T("智能监测设备", "套", "eq", 3000, "安装智能监测设备3000套"),
                    T("智慧养老示范机构", "家", "eq", 4, "打造智慧养老示范机构4家"),
                ],
            ),
            (
                "推进智慧文旅",
                "推动重点文旅场所建设智能导览和数字展陈，开发数字文创产品20款，举办人工智能主题文旅活动，提升城区文旅消费体验。",
                ["区文旅体育局"],
                ["区委宣传部"],
                [],
                [T("数字文创产品", "款", "eq", 20, "开发数字文创产品20款")],
            ),
        ],
    ),
    (
        "六、",
        "实施创新生态培育行动",
        [
            (
                "建设创新平台",
                "支持企业与高校共建人工智能联合实验室，组织申报省级以上科技项目15项，推动一批科技成果在本地转化应用。",
                ["区科技局"],
                ["区工信局"],
                [],
                [
                    T(
                        "申报省级以上科技项目",
                        "项",
                        "eq",
                        15,
                        "组织申报省级以上科技项目15项",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "集聚人工智能人才",
                "实施人工智能人才引育工程，引进高层次人才和团队10个，对顶尖人才团队给予最高200万元项目资助。",
                ["区委组织部"],
                ["区人社局", "区科技局"],
                [],
                [
                    T(
                        "高层次人才和团队",
                        "个",
                        "eq",
                        10,
                        "引进高层次人才和团队10个",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "强化金融支持",
                "推动设立规模3亿元的科创投资基金，引导银行推出科技信贷产品，支持人工智能企业发展，对获得股权投资的企业按规定给予奖励。",
                [],
                [],
                ["区财政局", "区发改局"],
                [],
            ),
            (
                "营造创新氛围",
                "每年举办人工智能创新创业大赛和产业对接活动不少于4场，加强典型案例宣传推广，营造鼓励创新、宽容失败的良好氛围。",
                ["区科技局"],
                ["区委宣传部", "区工信局", "区商务局", "区人社局", "区教育局", "雨母科创园管委会"],
                [],
                [
                    T(
                        "人工智能创新创业大赛和产业对接活动",
                        "场",
                        "gte",
                        4,
                        "每年举办人工智能创新创业大赛和产业对接活动不少于4场",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "加强政策集成",
        "系统梳理国家、省、市支持人工智能发展的政策措施，加强与我区产业、科技、人才政策的衔接配套，推动各项政策直达快享，提高企业政策获得感。",
    ),
    (
        "加强统筹协调",
        "成立区“人工智能+”行动领导小组，统筹研究重大事项、重大政策和重大项目，领导小组办公室设在区工业和信息化局，负责日常工作。各街道、各部门要按照职责分工，制定年度工作方案，明确时间表、路线图和责任人，形成工作合力。",
    ),
    (
        "加强资金保障",
        "区财政每年安排人工智能发展专项资金1000万元，统筹用于算力补助、场景奖励和人才支持。积极争取国家和省、市各类专项资金支持，引导社会资本加大投入，形成多元化投入格局。",
    ),
    (
        "加强安全治理",
        "健全数据安全和个人信息保护制度，加强生成式人工智能服务监管，防范化解人工智能应用风险。加强人工智能伦理规范宣传，引导企业依法依规开展研发和应用，切实维护群众合法权益。",
    ),
    (
        "加强考核评估",
        "将本行动计划落实情况纳入区直部门和街道年度考核，建立季度通报制度，适时开展第三方评估，评估结果作为政策调整和资金安排的重要依据。加强对本行动计划实施情况的宣传报道，及时总结推广典型经验和成功做法。",
    ),
]
NUMS = "一二三四五六七八九十"


def cn(n):
    return (
        NUMS[n - 1]
        if n <= 10
        else ("十" + NUMS[n - 11] if n < 20 else "二十" + (NUMS[n - 21] if n > 20 else ""))
    )


def _build():
    blocks = [
        ("title", "蒸湘区“人工智能+”行动计划"),
        ("subtitle", "（2026—2027年）"),
        ("body", INTRO),
        ("h1", "一、总体要求"),
        ("h2", "（一）指导思想"),
        ("body", GUIDE),
        ("h2", "（二）基本原则"),
        ("body", PRINCIPLES),
        ("h2", "（三）总体目标"),
        ("body", GOAL),
    ]
    goals = [Goal("到2027年", GOAL, GOAL_TARGETS)]
    sections = []
    n = 0
    for pno, ptitle, rows in PARTS:
        blocks.append(("h1", f"{pno}{ptitle}"))
        tasks = []
        for title, rest, lead, sup, resp, targets in rows:
            n += 1
            tasks.append(
                items(A, blocks, f"（{cn(n)}）", title, rest, lead, sup, resp, targets, goals)
            )
        sections.append(Section(pno.strip("、"), pno, ptitle, "key_task", tasks))
    blocks.append(("h1", "七、保障措施"))
    sg = []
    for title, rest in SAFEGUARDS:
        blocks.append(("item", f"{title}。{rest}"))
        sg.append(Task(None, title, f"{title}。{rest}"))
    blocks.append(
        (
            "body",
            "本行动计划自印发之日起施行，有效期至2027年12月31日。各街道、各部门可结合实际制定具体落实措施，重大事项及时报告区“人工智能+”行动领导小组。",
        )
    )
    sections.append(Section("七", "七、", "保障措施", "safeguard", sg))
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()
EXTRACTION = {
    "zone": {
        "slug": "zhengxiang-district",
        "name": "蒸湘区",
        "name_en": "Zhengxiang District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}
HEADER = """\
# 蒸湘区“人工智能+”行动计划（2026—2027年） (蒸湘区人民政府办公室, no document number printed, 2026-04-08 assumed)
# — SYNTHETIC (synthetic_bs): WRITTEN by the collector (helper blindBS, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py as a WPS-like PDF: every character drawn by itself at its own x
#   (justified lines spread, the title and subtitle centred and spaced wide), a running header "蒸湘区人工智能+行动计划" on every
#   page and "— N —" footers (both left out by the corpus reader). The issue date is not printed (the plan alone, no notice).
# Zone zhengxiang-district (湖南 蒸湘区, an urban district; its city is not named) → district level; period 2026—2027.
# Outline: title + "（2026—2027年）"; an opening paragraph with 2025 baselines (46亿元, 36家, 18个: no targets); 一、总体要求
#   （一）指导思想 （二）基本原则 (one paragraph, no tasks) （三）总体目标 = "到2027年，…" (goal titled 到2027年, 7 targets); five 行动
#   parts 二、–六、 (top-level key_task sections) whose measures （一）–（二十三） are NUMBERED ON across the parts, each one paragraph
#   "（N）标题。正文（牵头单位：区X；配合单位：区Y、区Z）" or "（责任单位：区X、区Y）", annotations broken across lines and (one) across a
#   page end; 七、保障措施 = five unnumbered paragraphs led by their names (safeguard tasks titled by the name, no roles); a closing
#   paragraph (有效期至2027年12月31日: no target).
# Roles: 牵头单位 → lead, 配合单位 → supporting, 责任单位 → responsible. 各街道办事处 one collective (the district's sub-districts);
#   雨母科创园管委会 a park administration; 区委组织部 / 区委宣传部 party bodies.
# Targets: each item holding figures is also a goal titled like it (text = title + body); due 2027. 其中总投资亿元以上项目3个 → part
#   of 招引…项目12个 (parent). Not targets: 30% 补助 and 最高20万元 (a subsidy rate and cap); 面积不低于3万平方米 (a floor area of the
#   楼宇 being built — its count 2栋 is the target); 最高200万元项目资助 (a reward); 设立规模3亿元的科创投资基金 (a fund being set up — the
#   item keeps its task, no goal); 1000万元 in a safeguard (an annual budget). 每年…不少于4场 → per_year flow, gte.
"""

# ruff: noqa: E501  (report text as the government writes it)
"""沧屏区2026年政府工作报告 — INVENTED (synthetic_co). The district portal's page saved as .html: site header, 信息公开 table, the
report (一、2025年和“十四五”时期工作回顾 — seven bold-led paragraphs of PAST figures, a 十四五 paragraph, the problems; 二、“十五五”
时期 — the 纲要（草案）'s 2030 figures; 三、2026年工作安排 — 总体要求, "主要预期目标：…" (GDP, revenue, … and ONE 数字经济 figure), eight
areas （一）–（八） of bold-led paragraphs, ONE of them （三） the AI / 数字经济 part with 2026 figures; 四、政府自身建设), then on the same page
附件 重点工作任务分工 — a <table> of every area's rows with 牵头区领导 / 牵头单位 / 责任单位 / 完成时限: the only place the AI tasks' roles
stand."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "cangping-government-work-report-2026-synthetic"
KIND = "html"

A = {
    "fgj": ("沧屏区发展和改革局", "development_reform", ["区发展改革局"]),
    "gxj": ("沧屏区工业商务和信息化局", "industry_it", ["区工业商务信息化局"]),
    "sjj": ("沧屏区数据局", "big_data", ["区数据局"]),
    "yq": (
        "沧屏数字经济产业园管理委员会",
        "park_administration",
        ["沧屏数字经济产业园管委会"],
    ),
    "tcj": ("沧屏区投资促进局", "commerce", ["区投资促进局"]),
    "kjj": ("沧屏区科学技术局", "science_technology", ["区科技局"]),
    "nyj": ("沧屏区农业农村局", "agriculture", ["区农业农村局"]),
    "wlj": ("沧屏区文化和旅游局", "culture_tourism", ["区文化和旅游局"]),
    "xz": ("沧屏区各乡镇人民政府、街道办事处", "local_government", ["各乡镇（街道）"]),
    "jyj": ("沧屏区教育体育局", "education", ["区教育体育局"]),
    "wjj": ("沧屏区卫生健康局", "health", ["区卫生健康局"]),
    "mzj": ("沧屏区民政局", "civil_affairs", ["区民政局"]),
    "zwj": ("沧屏区政务服务管理局", "government_services", ["区政务服务管理局"]),
    "czj": ("沧屏区财政局", "finance", ["区财政局"]),
    "zzb": ("中共沧屏区委组织部", "party_organisation", ["区委组织部"]),
    "rsj": ("沧屏区人力资源和社会保障局", "human_resources", ["区人力资源社会保障局"]),
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "沧屏区2026年政府工作报告"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Cangping District (Dianlan, Yunnan) government work report 2026: its AI / digital economy part — synthetic",
    "issuer": "沧屏区人民政府",
    "issued_on": "2026-01-08",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.html",
}

OPENING = [
    "各位代表：",
    "现在，我代表沧屏区人民政府，向大会报告政府工作，请予审议，并请区政协委员和其他列席人员提出意见。",
]

REVIEW_INTRO = "2025年是“十四五”规划收官之年。一年来，在市委、市政府和区委的坚强领导下，在区人大及其常委会的监督支持下，区政府团结带领全区各族干部群众，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹推进稳增长、促转型、惠民生、防风险各项工作，经济社会发展取得新的成绩。全区地区生产总值完成312.6亿元、增长6.1%，一般公共预算收入完成21.8亿元、增长5.3%，规模以上工业增加值增长8.2%，固定资产投资增长5.6%，社会消费品零售总额完成118.4亿元、增长6.8%，城乡居民人均可支配收入分别达到46820元和19760元、分别增长5.1%和7.2%，主要经济指标增速位居全市前列。"

REVIEW = [
    (
        "（一）坚持稳中求进，经济运行回升向好。",
        "实施重点项目128个，完成投资156亿元，其中亿元以上项目46个；争取中央预算内投资和超长期特别国债资金9.8亿元，创历年新高。开展促消费活动60余场，新增限额以上商贸企业52户，新增经营主体6800户。沧屏物流园一期、绿色食品加工园标准厂房等一批重大项目建成投用，澜屏古镇保护提升工程加快推进，有效投资对经济增长的支撑作用持续增强。",
    ),
    (
        "（二）坚持创新驱动，产业转型步伐加快。",
        "高原特色农业提质增效，茶叶、咖啡综合产值分别达到28亿元和9.6亿元；新增规模以上工业企业11户，绿色食品加工产值突破60亿元。数字经济加快发展，数字经济核心产业增加值达到24.6亿元、增长14.2%，占地区生产总值比重提高到7.9%；沧屏数字经济产业园入驻企业86家，人工智能企业达到33家，智算中心一期建成投运，智能算力达到60P；累计建成5G基站1860个，行政村5G网络覆盖率达到98%；“沧屏智办”政务服务平台上线运行，可办事项1260项，我区获评全省数字政府建设先进区。科技创新能力稳步提升，新认定高新技术企业9家、科技型中小企业46家，研发经费投入强度达到1.32%。",
    ),
    (
        "（三）坚持改革开放，发展活力不断增强。",
        "完成区属国有企业整合重组，组建区城市发展投资集团。营商环境评价位列全市第二，政务服务事项“一网通办”率达到96%。全年招商引资到位资金186亿元、增长12%，引进亿元以上项目31个。深化农村集体产权制度改革，完成宅基地制度改革试点任务；对外开放步伐加快，茶叶、咖啡出口额增长18%，与老挝、缅甸等周边国家经贸往来日益密切。",
    ),
    (
        "（四）坚持城乡融合，城乡面貌持续改善。",
        "实施城市更新项目24个，改造老旧小区38个、惠及居民6200户；新建改建农村公路86公里，创建省级美丽村庄6个，农村卫生户厕普及率达到92%。完成城市主干道提升改造12公里，新增城市绿地8.6万平方米，城市功能品质持续提升；巩固拓展脱贫攻坚成果，脱贫人口人均纯收入增长12.4%，守住了不发生规模性返贫致贫的底线。",
    ),
    (
        "（五）坚持生态优先，绿色底色更加鲜明。",
        "空气质量优良天数比例达到99.2%，主要河流出境断面水质稳定达标，完成营造林2.3万亩，森林覆盖率达到68.5%。中央和省级生态环境保护督察反馈问题整改有序推进，河湖长制、林长制全面落实，沧屏河流域综合治理项目建成投用。",
    ),
    (
        "（六）坚持人民至上，民生福祉持续增进。",
        "民生支出占一般公共预算支出的79%。城镇新增就业7200人，农村劳动力转移就业8.6万人。新建改扩建学校6所，新增学位3100个；区人民医院创建三级医院通过评审；新增养老床位420张。城乡居民基本医疗保险参保率稳定在95%以上，发放各类救助资金1.8亿元；文化惠民工程深入实施，建成城市书房5个，举办群众性文体活动300余场。",
    ),
    (
        "（七）坚持底线思维，社会大局和谐稳定。",
        "安全生产形势总体平稳，信访事项及时受理率达到100%，成功创建全省平安区。食品药品安全监管持续加强，森林草原防灭火和防汛抗旱工作扎实有效，全年未发生较大以上安全生产事故。",
    ),
]

FIVE_YEARS = "“十四五”时期是沧屏发展极不平凡的五年。五年来，全区地区生产总值年均增长6.4%，一般公共预算收入年均增长5.8%，数字经济核心产业增加值年均增长16.5%，城乡居民收入年均分别增长5.6%和8.1%，“十四五”规划确定的主要目标任务全面完成，为开启“十五五”新征程打下了坚实基础。五年来，我们坚定不移抓产业、强基础，高原特色农业、绿色制造、文化旅游和数字经济齐头并进，三次产业结构调整为14.8∶31.6∶53.6；坚定不移抓改革、优环境，经营主体总量突破4.2万户，是“十四五”初期的1.6倍；坚定不移抓民生、办实事，累计投入民生资金186亿元，一大批群众急难愁盼问题得到有效解决。这些成绩的取得，是习近平新时代中国特色社会主义思想科学指引的结果，是市委、市政府和区委坚强领导的结果，是全区各族干部群众团结奋斗的结果。在此，我代表区人民政府，向全区各族干部群众，向人大代表、政协委员，向各民主党派、工商联、无党派人士、人民团体，向驻区部队、武警官兵和中央、省、市驻区单位，向所有关心支持沧屏发展的各界人士，表示衷心的感谢！"

SHORTCOMINGS = "在肯定成绩的同时，我们也清醒看到，发展中还存在不少困难和问题：经济总量不大、产业结构不优，新兴产业支撑不足，数字经济规模偏小、龙头企业少；科技创新能力不强，人才引育留用仍有短板；民生保障和公共服务还有不少弱项；少数干部担当作为不够。对此，我们将采取有力措施，认真加以解决。我们将始终保持清醒头脑，增强忧患意识，坚持问题导向，以更大力度、更实举措推动各项工作落地见效，决不辜负全区人民的期望和重托。"

FIFTEENTH = [
    "区委二届九次全会审议通过了关于制定全区国民经济和社会发展第十五个五年规划的建议。区政府据此编制了《沧屏区国民经济和社会发展第十五个五年规划纲要（草案）》，提请本次大会审查。《纲要（草案）》提出，到2030年，全区地区生产总值突破420亿元，数字经济核心产业增加值占地区生产总值比重达到12%，人工智能核心产业规模突破50亿元，城乡居民收入增长与经济增长基本同步，高水平建成滇澜市绿色发展和数字经济示范区。",
    "围绕上述目标，“十五五”时期我们将着力构建以高原特色农业、绿色制造、数字经济、文化旅游为支撑的现代化产业体系，着力推进城乡融合和乡村全面振兴，着力提升公共服务和民生保障水平，奋力谱写中国式现代化沧屏实践新篇章。",
    "——着力推动产业转型升级。坚持农业稳区、工业强区、数字兴区、旅游活区，做强茶叶、咖啡两个百亿级产业链，培育绿色食品、新型建材、数字经济等新兴产业集群，推动产业向高端化、智能化、绿色化迈进。",
    "——着力推进城乡融合发展。以城市更新和县城补短板为抓手，统筹城镇和村庄规划建设，推动基础设施向农村延伸、公共服务向农村覆盖，建设宜居宜业和美乡村。",
    "——着力增进民生福祉。健全覆盖全人群、全生命周期的公共服务体系，推动教育、医疗、养老、托育等公共服务优质均衡发展，让发展成果更多更公平惠及全区人民。",
]

GENERAL = "2026年是“十五五”开局之年。做好今年政府工作，要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入贯彻习近平总书记考察云南重要讲话精神，认真落实市委、区委各项决策部署，坚持稳中求进工作总基调，着力扩大有效需求、加快产业转型、深化改革开放、保障改善民生，实现“十五五”良好开局。我们将坚持发展第一要务，把稳增长放在更加突出的位置；坚持创新驱动，把数字经济和人工智能作为培育新质生产力的重要抓手；坚持人民至上，把保障和改善民生贯穿政府工作始终；坚持底线思维，统筹好发展和安全，确保经济社会大局持续稳定。"

EXPECTED_LABEL = "主要预期目标："
EXPECTED = "地区生产总值增长6%左右，一般公共预算收入增长5%，规模以上工业增加值增长8%，固定资产投资增长6%，社会消费品零售总额增长6.5%，数字经济核心产业增加值增长15%以上，城镇调查失业率控制在5.5%以内，城乡居民人均可支配收入分别增长5.5%和7%，单位地区生产总值能耗降低完成市下达任务。"
EXPECTED_TARGETS = [
    T(
        "数字经济核心产业增加值增速",
        "%",
        "gte",
        15,
        "数字经济核心产业增加值增长15%以上",
        kind="related_industry_scale",
    ),
]

# area: (heading, [(bold lead, rest)]) — areas other than （三） are other topics: no task, no target
AREAS_BEFORE = [
    (
        "（一）坚定实施扩大内需战略，推动经济持续向好",
        [
            (
                "扩大有效投资。",
                "坚持项目为王，实施重点项目130个以上、完成投资160亿元，其中新开工亿元以上项目30个。积极争取超长期特别国债、地方政府专项债券支持，谋划储备项目200个、总投资600亿元。",
            ),
            (
                "持续提振消费。",
                "落实消费品以旧换新政策，培育夜间经济集聚区2个，开展促消费活动50场以上，社会消费品零售总额增长6.5%。",
            ),
            (
                "稳定外贸外资。",
                "支持茶叶、咖啡、绿色食品企业开拓国际市场，外贸进出口总额增长8%以上；加强与周边国家产能合作，引进外资项目2个。",
            ),
        ],
    ),
    (
        "（二）加快建设现代化产业体系，夯实高质量发展根基",
        [
            (
                "做优高原特色农业。",
                "新建高标准农田2万亩，建设精品茶园3万亩、咖啡精品庄园10个，培育市级以上农业产业化龙头企业5家，茶叶、咖啡综合产值分别突破30亿元和11亿元。稳定粮食播种面积，抓好生猪、肉牛等畜牧业生产，打响“沧屏茶”“沧屏咖啡”区域公用品牌。",
            ),
            (
                "做强绿色制造业。",
                "围绕绿色食品加工、新型建材等产业，实施工业技改项目25个，新增规模以上工业企业12户，规模以上工业增加值增长8%。推动绿色食品加工园二期建设，引进精深加工企业，延伸产业链条，提高产品附加值。",
            ),
            (
                "做旺文化旅游业。",
                "推进澜屏古镇提升改造，完善智慧旅游服务，新创建国家3A级以上旅游景区1个，全年接待游客突破1200万人次、旅游总收入增长10%。",
            ),
            (
                "提升科技创新能力。",
                "实施高新技术企业培育行动，新认定高新技术企业10家、科技型中小企业50家，研发经费投入强度提高到1.4%，建设省级以上科技创新平台2个。",
            ),
        ],
    ),
]

AI_HEADING = "（三）聚力数字赋能，打造人工智能创新应用先行区"
AI_INTRO = "坚持把数字经济作为转型发展的关键增量，全面实施“人工智能+”行动，全年数字经济核心产业增加值增长15%以上。"

# AI task: (title, rest, annex row: (task wording, leader, lead names, responsible names, 完成时限), lead, responsible, due, targets)
AI_TASKS = [
    (
        "筑牢算力数据底座",
        "加快沧屏数字经济产业园智算中心二期建设，新增智能算力140P、总规模达到200P（2025年为60P）；新建5G基站300个，推动5G网络向自然村和重点产业园区延伸。完善区公共数据资源平台，开放公共数据集30个，建设茶叶、咖啡2个特色产业数据集。",
        (
            "建成产业园智算中心二期，新增智能算力140P、总规模达到200P；新建5G基站300个；开放公共数据集30个，建设特色产业数据集2个",
            "杨晓岚",
            "区发展改革局",
            "区数据局、区工业商务信息化局、沧屏数字经济产业园管委会",
            "2026年12月底前",
        ),
        ["fgj"],
        ["sjj", "gxj", "yq"],
        "2026-12-31",
        [
            T(
                "新增智能算力",
                "P",
                "eq",
                140,
                "新增智能算力140P",
                kind="computing_power",
                aggregation="flow",
            ),
            T("智能算力总规模", "P", "eq", 200, "总规模达到200P", kind="computing_power"),
            T("新建5G基站", "个", "eq", 300, "新建5G基站300个", aggregation="flow"),
            T("开放公共数据集", "个", "eq", 30, "开放公共数据集30个"),
            T("特色产业数据集", "个", "eq", 2, "建设茶叶、咖啡2个特色产业数据集"),
        ],
    ),
    (
        "做强人工智能核心产业",
        "实施人工智能企业引育计划，新引育人工智能企业12家以上、总数达到45家，人工智能核心产业营业收入突破15亿元。推动沧屏数字经济产业园扩区提质，园区入驻企业突破100家，力争引进具有行业影响力的头部企业1家。",
        (
            "新引育人工智能企业12家以上、总数达到45家，核心产业营业收入突破15亿元；产业园入驻企业突破100家，引进头部企业1家",
            "杨晓岚",
            "区工业商务信息化局",
            "区投资促进局、区科技局、沧屏数字经济产业园管委会",
            "2026年12月底前",
        ),
        ["gxj"],
        ["tcj", "kjj", "yq"],
        "2026-12-31",
        [
            T(
                "新引育人工智能企业",
                "家",
                "gte",
                12,
                "新引育人工智能企业12家以上",
                kind="ai_enterprises",
                aggregation="flow",
            ),
            T("人工智能企业总数", "家", "eq", 45, "总数达到45家", kind="ai_enterprises"),
            T(
                "人工智能核心产业营业收入",
                "亿元",
                "gt",
                15,
                "人工智能核心产业营业收入突破15亿元",
                kind="ai_industry_scale",
            ),
            T("沧屏数字经济产业园入驻企业", "家", "gt", 100, "园区入驻企业突破100家"),
            T(
                "引进具有行业影响力的头部企业",
                "家",
                "eq",
                1,
                "力争引进具有行业影响力的头部企业1家",
                aggregation="flow",
            ),
        ],
    ),
    (
        "推进“人工智能+”产业融合",
        "推动人工智能与高原特色农业、绿色制造、文化旅游深度融合，建设智慧茶园、智慧咖啡庄园5个，建成智能工厂2个、数字化车间8个，打造智慧景区3个，培育“人工智能+”典型应用场景20个。",
        (
            "建设智慧茶园、智慧咖啡庄园5个，建成智能工厂2个、数字化车间8个，打造智慧景区3个，培育典型应用场景20个",
            "何建华",
            "区农业农村局、区文化和旅游局",
            "区工业商务信息化局、各乡镇（街道）",
            "2026年11月底前",
        ),
        ["nyj", "wlj"],
        ["gxj", "xz"],
        "2026-11-30",
        [
            T("智慧茶园、智慧咖啡庄园", "个", "eq", 5, "建设智慧茶园、智慧咖啡庄园5个"),
            T("智能工厂", "个", "eq", 2, "建成智能工厂2个"),
            T("数字化车间", "个", "eq", 8, "数字化车间8个"),
            T("智慧景区", "个", "eq", 3, "打造智慧景区3个"),
            T(
                "“人工智能+”典型应用场景",
                "个",
                "eq",
                20,
                "培育“人工智能+”典型应用场景20个",
                kind="application_scenarios",
            ),
        ],
    ),
    (
        "拓展“人工智能+”民生服务",
        "开展人工智能教育试点，建设人工智能教育实验校5所；推广智能辅助诊疗，推动区人民医院建成智慧医院；建设智慧社区10个，为全区65岁以上独居老人安装智能看护设备2000套。",
        (
            "建设人工智能教育实验校5所，区人民医院建成智慧医院，建设智慧社区10个，安装智能看护设备2000套",
            "马丽萍",
            "区教育体育局",
            "区卫生健康局、区民政局、区数据局",
            "2026年12月底前",
        ),
        ["jyj"],
        ["wjj", "mzj", "sjj"],
        "2026-12-31",
        [
            T("人工智能教育实验校", "所", "eq", 5, "建设人工智能教育实验校5所"),
            T("智慧社区", "个", "eq", 10, "建设智慧社区10个"),
            T(
                "65岁以上独居老人智能看护设备",
                "套",
                "eq",
                2000,
                "安装智能看护设备2000套",
                aggregation="flow",
            ),
        ],
    ),
    (
        "提升数字政府效能",
        "上线“沧屏智办”政务大模型，政务服务事项智能办理率达到60%，“高效办成一件事”重点事项拓展到25个，12345热线智能应答率达到85%以上。",
        (
            "上线“沧屏智办”政务大模型，政务服务事项智能办理率达到60%，“高效办成一件事”重点事项拓展到25个",
            "张国栋",
            "区数据局",
            "区政务服务管理局",
            "2026年6月底前",
        ),
        ["sjj"],
        ["zwj"],
        "2026-06-30",
        [
            T("政务服务事项智能办理率", "%", "eq", 60, "政务服务事项智能办理率达到60%"),
            T(
                "“高效办成一件事”重点事项",
                "个",
                "eq",
                25,
                "“高效办成一件事”重点事项拓展到25个",
            ),
            T("12345热线智能应答率", "%", "gte", 85, "12345热线智能应答率达到85%以上"),
        ],
    ),
    (
        "优化数字经济发展生态",
        "出台支持人工智能和数字经济发展若干政策，设立规模2亿元的数字经济产业引导基金；实施数字人才引育工程，引育数字经济领域人才500名；承办全市“人工智能+”应用创新大赛。",
        (
            "出台支持人工智能和数字经济发展若干政策，设立数字经济产业引导基金，引育数字经济领域人才500名",
            "杨晓岚",
            "区发展改革局",
            "区财政局、区委组织部、区人力资源社会保障局",
            "持续推进",
        ),
        ["fgj"],
        ["czj", "zzb", "rsj"],
        None,
        [
            T(
                "引育数字经济领域人才",
                "名",
                "eq",
                500,
                "引育数字经济领域人才500名",
                kind="talent",
                aggregation="flow",
            ),
        ],
    ),
]

AREAS_AFTER = [
    (
        "（四）纵深推进改革开放，持续激发发展活力",
        [
            (
                "深化重点领域改革。",
                "深化国资国企改革，推进区属国有企业市场化转型，完成零基预算改革试点。",
            ),
            (
                "持续优化营商环境。",
                "开展营商环境提升行动，涉企审批事项办理时限压缩30%，全年招商引资到位资金增长10%以上。全面落实市场准入负面清单制度，深化“放管服”改革，常态化开展政企恳谈，依法保护民营企业产权和企业家权益，以更优环境吸引更多企业扎根沧屏。",
            ),
            (
                "扩大高水平对外开放。",
                "主动服务和融入面向南亚东南亚辐射中心建设，深化与周边国家在农业、文旅、物流等领域合作，建设农产品出口基地2个。",
            ),
        ],
    ),
    (
        "（五）统筹新型城镇化和乡村全面振兴，促进城乡融合发展",
        [
            (
                "提升城市品质。",
                "实施城市更新项目20个，改造老旧小区30个，新建城市停车位1500个。加快城区雨污分流改造和背街小巷整治，推进城市绿道和口袋公园建设，持续提升城市精细化管理水平。",
            ),
            (
                "建设宜居宜业和美乡村。",
                "巩固拓展脱贫攻坚成果，创建省级美丽村庄5个，新建改建农村公路60公里。健全防止返贫致贫监测和帮扶机制，发展壮大村级集体经济，深入推进农村人居环境整治提升，持续抓好移风易俗。",
            ),
            (
                "推进以县城为重要载体的城镇化建设。",
                "完善城区供排水、燃气、污水处理等基础设施，推进农业转移人口市民化，常住人口城镇化率提高1个百分点。",
            ),
        ],
    ),
    (
        "（六）持续加强生态文明建设，筑牢绿色发展底色",
        [
            (
                "深入打好污染防治攻坚战。",
                "空气质量优良天数比例保持在98%以上，县级以上集中式饮用水水源地水质达标率保持100%，完成营造林2万亩。巩固提升沧屏河流域治理成效，加强土壤污染源头防控，持续推进农业面源污染治理和农村生活污水治理。",
            ),
            (
                "推动发展方式绿色转型。",
                "推进工业、建筑、交通等领域节能降碳，新增光伏装机容量5万千瓦，创建绿色工厂2家，单位地区生产总值能耗降低完成市下达任务。",
            ),
        ],
    ),
    (
        "（七）用心用情保障改善民生，不断增进人民福祉",
        [
            (
                "促进高质量充分就业。",
                "城镇新增就业7000人以上，农村劳动力转移就业稳定在8.5万人以上。落实稳岗扩岗政策，抓好高校毕业生、退役军人、农民工等重点群体就业，开展职业技能培训5000人次，支持返乡入乡创业。",
            ),
            (
                "办好人民满意的教育。",
                "新建改扩建学校3所，新增学位2400个，推进教育数字化，建设智慧课堂50间。推进学前教育普惠发展和义务教育优质均衡，深化集团化办学，加强师德师风建设，办好职业教育和特殊教育。",
            ),
            (
                "提升医疗卫生和养老服务水平。",
                "推进紧密型县域医共体建设，新增养老床位300张，建成社区嵌入式养老服务中心4个。深化医药卫生体制改革，推进区人民医院提质扩能，加强基层医疗卫生服务能力建设，发展普惠托育服务。",
            ),
            (
                "繁荣发展文化体育事业。",
                "推进公共文化服务体系建设，新建城市书房3个、村级综合文化服务中心10个，举办群众性文体活动200场以上。",
            ),
            (
                "兜牢民生保障底线。",
                "健全分层分类社会救助体系，提高城乡低保标准，做好残疾人、孤困儿童等特殊群体关爱服务，持续办好十件惠民实事。",
            ),
        ],
    ),
    (
        "（八）统筹发展和安全，维护社会大局稳定",
        [
            (
                "守牢安全发展底线。",
                "深化安全生产治本攻坚，防范化解政府债务风险，健全防灾减灾救灾体系，建设更高水平的平安沧屏。",
            ),
            (
                "推进社会治理现代化。",
                "坚持和发展新时代“枫桥经验”，深化网格化服务管理，加强信访工作法治化建设，扎实推进民族团结进步示范创建。",
            ),
        ],
    ),
]

SELF = [
    "坚持政治引领，深入学习贯彻习近平新时代中国特色社会主义思想，坚决贯彻落实党中央决策部署和省委、市委、区委工作要求，不折不扣抓好落实。坚持依法行政，严格执行重大行政决策程序，深化政务公开。坚持廉洁从政，驰而不息纠治“四风”，带头过紧日子，一般性支出压减5%以上。坚持实干为要，健全重点工作清单化、项目化、责任化推进机制，以钉钉子精神抓好各项任务落实。",
    "新征程上，我们将坚持把党的政治建设摆在首位，全面加强政府自身建设，持续推进法治政府、廉洁政府、服务型政府建设，自觉接受区人大及其常委会的法律监督和工作监督，主动接受区政协的民主监督，认真办理人大代表建议和政协委员提案，大力弘扬“马上就办、真抓实干”的作风，以实干实绩取信于民。",
    "各位代表！新的蓝图催人奋进，新的征程任重道远。让我们在市委、市政府和区委的坚强领导下，凝心聚力、开拓奋进，为奋力谱写中国式现代化沧屏实践新篇章而不懈奋斗！",
]

# annex rows of the other areas: (area heading, [(task wording, leader, lead, responsible, 完成时限)])
ANNEX_OTHER_BEFORE = [
    (
        "一、坚定实施扩大内需战略",
        [
            (
                "实施重点项目130个以上、完成投资160亿元",
                "段永川",
                "区发展改革局",
                "各乡镇（街道）、区直有关部门",
                "2026年12月底前",
            ),
            (
                "谋划储备项目200个、总投资600亿元",
                "杨晓岚",
                "区发展改革局",
                "区财政局、区直有关部门",
                "2026年12月底前",
            ),
            (
                "开展促消费活动50场以上，培育夜间经济集聚区2个",
                "何建华",
                "区工业商务信息化局",
                "区文化和旅游局、各乡镇（街道）",
                "2026年12月底前",
            ),
        ],
    ),
    (
        "二、加快建设现代化产业体系",
        [
            (
                "新建高标准农田2万亩，建设精品茶园3万亩、咖啡精品庄园10个",
                "何建华",
                "区农业农村局",
                "各乡镇（街道）",
                "2026年11月底前",
            ),
            (
                "实施工业技改项目25个，新增规模以上工业企业12户",
                "杨晓岚",
                "区工业商务信息化局",
                "区发展改革局",
                "2026年12月底前",
            ),
            (
                "推进澜屏古镇提升改造，新创建国家3A级以上旅游景区1个",
                "何建华",
                "区文化和旅游局",
                "澜屏镇人民政府",
                "2026年10月底前",
            ),
        ],
    ),
]
ANNEX_OTHER_AFTER = [
    (
        "四、纵深推进改革开放",
        [
            (
                "涉企审批事项办理时限压缩30%",
                "张国栋",
                "区政务服务管理局",
                "区直有关部门",
                "2026年9月底前",
            ),
        ],
    ),
    (
        "五、统筹新型城镇化和乡村全面振兴",
        [
            (
                "实施城市更新项目20个，改造老旧小区30个",
                "张国栋",
                "区住房和城乡建设局",
                "各街道办事处",
                "2026年12月底前",
            ),
            (
                "创建省级美丽村庄5个，新建改建农村公路60公里",
                "何建华",
                "区农业农村局",
                "区交通运输局、各乡镇人民政府",
                "2026年12月底前",
            ),
        ],
    ),
    (
        "六、持续加强生态文明建设",
        [
            (
                "空气质量优良天数比例保持在98%以上，完成营造林2万亩",
                "张国栋",
                "市生态环境局沧屏分局",
                "区林业和草原局、各乡镇（街道）",
                "持续推进",
            ),
        ],
    ),
    (
        "七、用心用情保障改善民生",
        [
            (
                "城镇新增就业7000人以上",
                "马丽萍",
                "区人力资源社会保障局",
                "各乡镇（街道）",
                "2026年12月底前",
            ),
            (
                "新建改扩建学校3所，新增学位2400个，建设智慧课堂50间",
                "马丽萍",
                "区教育体育局",
                "区发展改革局、区财政局",
                "2026年8月底前",
            ),
            (
                "新增养老床位300张，建成社区嵌入式养老服务中心4个",
                "马丽萍",
                "区民政局",
                "区卫生健康局、各街道办事处",
                "2026年12月底前",
            ),
        ],
    ),
    (
        "八、统筹发展和安全",
        [
            (
                "深化安全生产治本攻坚，防范化解政府债务风险",
                "段永川",
                "区应急管理局、区财政局",
                "区直有关部门",
                "持续推进",
            ),
        ],
    ),
]


def _build():
    paras = [
        ("center", "政府工作报告"),
        ("center-plain", "——2026年1月8日在沧屏区第二届人民代表大会第六次会议上"),
    ]
    paras.append(("center-plain", "沧屏区人民政府区长　段永川"))
    paras += [("plain", OPENING[0]), ("p", OPENING[1])]
    paras += [("h", "一、2025年和“十四五”时期工作回顾"), ("p", REVIEW_INTRO)]
    paras += [("lead", x) for x in REVIEW]
    paras += [("p", FIVE_YEARS), ("p", SHORTCOMINGS)]
    paras += [("h", "二、“十五五”时期发展目标和主要任务")] + [("p", x) for x in FIFTEENTH]
    paras += [("h", "三、2026年工作安排"), ("p", GENERAL), ("lead", (EXPECTED_LABEL, EXPECTED))]
    paras.append(("p", "重点抓好以下八个方面工作："))
    for t in EXPECTED_TARGETS:
        assert t.phrase in EXPECTED
    goals = [Goal("主要预期目标", EXPECTED, EXPECTED_TARGETS)]
    for heading, leads in AREAS_BEFORE:
        paras.append(("h", heading))
        paras += [("lead", x) for x in leads]
    paras += [("h", AI_HEADING), ("p", AI_INTRO)]
    tasks = []
    for title, rest, _row, lead, resp, due, targets in AI_TASKS:
        paras.append(("lead", (f"{title}。", rest)))
        tasks.append(Task(None, title, f"{title}。{rest}", lead=lead, responsible=resp, due=due))
        for t in targets:
            assert t.phrase in rest, t.phrase
        if targets:
            goals.append(Goal(title, f"{title}。{rest}", targets))
    for heading, leads in AREAS_AFTER:
        paras.append(("h", heading))
        paras += [("lead", x) for x in leads]
    paras += [("h", "四、全面加强政府自身建设")] + [("p", x) for x in SELF]
    ai_rows = [row for _t, _r, row, *_ in AI_TASKS]
    ai_area = ("三、聚力数字赋能，打造人工智能创新应用先行区", ai_rows)
    annex = [*ANNEX_OTHER_BEFORE, ai_area, *ANNEX_OTHER_AFTER]
    sub = Section("三", "（三）", AI_HEADING[3:], "key_task", tasks)
    sections = [Section("三", "三、", "2026年工作安排", "key_task", sections=[sub])]
    return paras, annex, goals, sections


PARAS, ANNEX, GOALS, SECTIONS = _build()


def _article():
    out = []
    for kind, text in PARAS:
        if kind == "center":
            out.append(f'<p style="text-align:center;"><strong>{text}</strong></p>')
        elif kind == "center-plain":
            out.append(f'<p style="text-align:center;">{text}</p>')
        elif kind == "plain":
            out.append(f"<p>{text}</p>")
        elif kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        elif kind == "lead":
            out.append(f'<p style="text-indent:2em;"><strong>{text[0]}</strong>{text[1]}</p>')
        else:
            out.append(f'<p style="text-indent:2em;">{text}</p>')
    return "\n".join(out)


def _annex():
    rows = [
        "<tr><th>序号</th><th>工作任务</th><th>牵头区领导</th><th>牵头单位</th><th>责任单位</th><th>完成时限</th></tr>"
    ]
    n = 0
    for area, items in ANNEX:
        rows.append(f'<tr><td colspan="6"><strong>{area}</strong></td></tr>')
        for task, leader, lead, resp, due in items:
            n += 1
            rows.append(
                f"<tr><td>{n}</td><td>{task}</td><td>{leader}</td><td>{lead}</td><td>{resp}</td><td>{due}</td></tr>"
            )
    return "\n".join(rows)


def _html():
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_政府工作报告_滇澜市沧屏区人民政府</title>
<meta name="SiteName" content="滇澜市沧屏区人民政府">
<meta name="ColumnName" content="政府工作报告">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-01-15 16:30">
<link rel="stylesheet" href="/css/xxgk.css">
<script src="/js/jquery.min.js"></script>
<script>var pageInfo = {{"id": "2026011500031", "column": "zfgzbg"}};</script>
</head>
<body>
<div class="top-bar">欢迎访问滇澜市沧屏区人民政府门户网站　<a href="/wza/">无障碍</a>　<a href="/en/">English</a></div>
<div class="header"><div class="site-name">滇澜市沧屏区人民政府</div><form class="search"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjcp/">走进沧屏</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfgzbg/">政府工作报告</a></div>
<table class="xxgk-meta">
<tr><td>索引号：</td><td>11532611MB0E74103P/2026-00017</td><td>发布机构：</td><td>沧屏区人民政府办公室</td></tr>
<tr><td>主题分类：</td><td>综合政务</td><td>成文日期：</td><td>2026年01月08日</td></tr>
<tr><td>名　　称：</td><td colspan="3">{TITLE}</td></tr>
<tr><td>文　　号：</td><td></td><td>发布日期：</td><td>2026年01月15日</td></tr>
</table>
<h1 class="article-title">{TITLE}</h1>
<div class="article-info">发布时间：2026-01-15 16:30　来源：沧屏区人民政府办公室　浏览次数：<span id="hits">2316</span>　【<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</div>
<div class="article-content" id="zoom">
{_article()}
<p style="text-indent:2em;"><strong>附件</strong></p>
<p style="text-align:center;"><strong>沧屏区2026年政府工作报告重点工作任务分工</strong></p>
<table class="fgb" border="1" cellspacing="0" cellpadding="4">
{_annex()}
</table>
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h3>相关文件</h3><ul><li><a href="/zwgk/zfgzbg/2025/">沧屏区2025年政府工作报告</a></li><li><a href="/zwgk/jd/">图解：一图读懂2026年沧屏区政府工作报告</a></li></ul></div>
<div class="footer">
<p>主办：滇澜市沧屏区人民政府办公室　承办：沧屏区数据局</p>
<p>网站标识码：5326110002　滇ICP备06000000号-1　滇公网安备53260202000000号</p>
</div>
</body>
</html>
"""


TEXT = _html()

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "cangping-yunnan-district",
        "name": "沧屏区",
        "name_en": "Cangping District (Dianlan, Yunnan)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 沧屏区2026年政府工作报告 (沧屏区人民政府, 区长 段永川, 2026-01-08 at the 区人大 session; published 2026-01-15; no 发文字号)
# — SYNTHETIC (synthetic_co): WRITTEN by the collector (helper blindCO, 2026-12-07) before reading or running the importer; no such
#   document is claimed to exist. Built by make_files.py from doc_cangping.py as the portal page saved (.html, UTF-8).
# Zone cangping-yunnan-district (云南, an invented district of the invented city 滇澜市) → district level. Period 2026: the report's
#   plan is its 2026 work; the extraction holds ITS AI / 数字经济 PART only (the plan of the genre inside the report).
# What is NOT extracted (the set's point): 一、 the 2025 and 十四五 review — an opening paragraph and seven bold-led paragraphs
#   （一）–（七） printed exactly as the 2026 areas' tasks are, all PAST (312.6亿元, 增长6.1%, 数字经济核心产业增加值达到24.6亿元、增长
#   14.2%, 人工智能企业达到33家, 智能算力达到60P, 累计建成5G基站1860个, 位列全市第二, 年均增长16.5% …) → no goal, target, task;
#   the problems paragraph → none; 二、 the 十五五 纲要（草案）'s "到2030年，…突破420亿元，…比重达到12%，人工智能核心产业规模突破
#   50亿元" — figures of ANOTHER plan (the 纲要 submitted beside the report) quoted as context → no target and 2030 no milestone
#   (as the set's convention: SYNTHETIC_CO.md), and its "——着力…" lines ("做强茶叶、咖啡两个百亿级产业链") → none; 三、's areas
#   （一）（二）（四）–（八） — other policy areas (investment, consumption, trade, agriculture, manufacturing, tourism, science and
#   technology, reform, towns, ecology, livelihoods, safety): no task and no target, their figures (130个, 2万亩, 1200万人次, 高新
#   技术企业10家, …) and their digital words alike ("完善智慧旅游服务" in tourism, "推进教育数字化，建设智慧课堂50间" in education are
#   those areas' work);
#   四、政府自身建设 and the closing → none. The 主要预期目标 paragraph's other figures (GDP 6%左右, revenue, investment, retail,
#   unemployment, income, energy) are the whole government's, not the AI plan's → no target. The annex's rows of other areas, its
#   牵头区领导 column (people: no agency, no role) and bodies named only there (区住房和城乡建设局, 市生态环境局沧屏分局, 澜屏镇
#   人民政府, 区应急管理局 …) → none. "区直有关部门" generic.
# Goals: "主要预期目标：…" → goal titled 主要预期目标 (text after the label), ONE target: 数字经济核心产业增加值增长15%以上 (gte 15 %,
#   the growth of the AI / digital part's own measure, due 2026). （三）'s lead paragraph "全年数字经济核心产业增加值增长15%以上"
#   restates it → no second target, and it is no task (the part's preamble, no bold lead).
# Tasks: the six bold-led paragraphs of （三） "筑牢算力数据底座。…" → six unnumbered tasks (title = the bold words without 。, text =
#   the paragraph), in section 三、2026年工作安排 → （三）聚力数字赋能，打造人工智能创新应用先行区 (key_task). Every task holding figures
#   is also a goal titled like it (text the paragraph), unnumbered.
# Roles: the body prints none; the annex 重点工作任务分工 table (序号 | 工作任务 | 牵头区领导 | 牵头单位 | 责任单位 | 完成时限) gives them
#   in its group "三、聚力数字赋能…", rows 7–12 one per paragraph in order, each a shortened restatement of its paragraph: the task is
#   recorded once as the body prints it and takes the row's roles — 牵头单位 → lead, 责任单位 → responsible (SOURCES.md: after a
#   牵头单位, 责任单位 is responsible) — and the row's 完成时限 as its due (month end: 2026年12月底前 → 2026-12-31, 11月 → 2026-11-30,
#   6月 → 2026-06-30; "持续推进" → no due). The rows' figures restate the paragraphs' → no second target. 各乡镇（街道） → ONE collective
#   (the district's towns and sub-districts). 沧屏数字经济产业园管委会 a park administration; 区委组织部 a party body.
# Targets (all due 2026): "新增智能算力140P、总规模达到200P（2025年为60P）" → 140 (flow) and 200 (stock), the bracketed 2025 figure a
#   base: none. "建设茶叶、咖啡2个特色产业数据集" → 2 个 (a count of the things named after a verb of making). "新引育…12家以上、总数达到
#   45家" → both (new count and total). "力争引进…头部企业1家" → 1 家. "建设智慧茶园、智慧咖啡庄园5个" → 5 个 (one count over both kinds).
#   "推动区人民医院建成智慧医院" → no count. "拓展到25个" → eq 25. "设立规模2亿元的数字经济产业引导基金" → a fund's size: no target;
#   "承办…大赛" → no count. Flow: 新增 / 新建 / 新引育 / 引进 / 安装 / 引育 counts; stock: levels, rates, 建设 / 建成 / 打造 / 培育 / 开放.
"""

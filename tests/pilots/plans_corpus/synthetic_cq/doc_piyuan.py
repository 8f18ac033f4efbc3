# ruff: noqa: E501  (plan text as the office writes it)
"""淠源县“人工智能+”行动实施方案（2026—2030年） — INVENTED (synthetic_cq). The county portal's page saved as .html: site
header, 信息公开 table (索引号, 发文字号 淠政〔2026〕9号), title, 来源 line; the 实施方案: addressee, preamble, 一、发展基础 (2025
baselines; the city's dated goal quoted as context), 二、总体要求 （一）指导思想 ("一主两特三新") （二）基本原则 （三）主要目标 = two dated
paragraphs "到2027年，…" / "到2030年，…" whose figures are written in unusual words — 较2025年提高3个百分点, 五十家, 超过一半, 三成,
“24小时不打烊”…8个, 全覆盖, 较2025年翻两番, 十余家, 三十亿元, 五千人次以上; 三、重点任务 under the rule "列第一位的为牵头单位",
four groups （一）–（四） of tasks 1.–15. numbered on, each a paragraph "N.标题。正文" and its OWN LINE "责任单位：县X、县Y、…";
四、保障措施 （一）–（四）; signature, date; the portal footer with a phone number."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "piyuan-ai-plus-implementation-plan-2026-synthetic"
KIND = "html"

# printed form → (code, full name, category)
A = {
    "县经信局": ("jxj", "淠源县经济和信息化局", "industry_it"),
    "县发改委": ("fgw", "淠源县发展和改革委员会", "development_reform"),
    "县交通运输局": ("jtj", "淠源县交通运输局", "transport"),
    "各乡镇人民政府": ("xz", "淠源县各乡镇人民政府", "local_government"),
    "县数据资源局": ("sjj", "淠源县数据资源管理局", "big_data"),
    "县农业农村局": ("nyj", "淠源县农业农村局", "agriculture"),
    "县财政局": ("czj", "淠源县财政局", "finance"),
    "县商务局": ("swj", "淠源县商务局", "commerce"),
    "县供销社": ("gxs", "淠源县供销合作社联合社", "other"),
    "县市场监管局": ("scj", "淠源县市场监督管理局", "market_regulation"),
    "县经开区管委会": ("kfq", "淠源经济开发区管理委员会", "park_administration"),
    "县政务服务局": ("zwj", "淠源县政务服务管理局", "government_services"),
    "县卫健委": ("wjw", "淠源县卫生健康委员会", "health"),
    "县人民医院": ("rmyy", "淠源县人民医院", "health"),
    "县教体局": ("jtj2", "淠源县教育体育局", "education"),
    "县文旅体局": ("wlj", "淠源县文化旅游体育局", "culture_tourism"),
    "县应急管理局": ("yjj", "淠源县应急管理局", "emergency"),
    "县公安局": ("gaj", "淠源县公安局", "public_security"),
    "县民政局": ("mzj", "淠源县民政局", "civil_affairs"),
    "县水利局": ("slj", "淠源县水利局", "natural_resources"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def codes(names):
    return [A[n][0] for n in names]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "淠源县“人工智能+”行动实施方案（2026—2030年）"
DOC_NUMBER = "淠政〔2026〕9号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Piyuan County (Anhui) implementation plan for the “AI+” action (2026–2030) — synthetic",
    "issuer": "淠源县人民政府",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-20",
    "period_start": 2026,
    "period_end": 2030,
    "milestone_years": [2027, 2030],
    "source_file": f"{SLUG}.html",
}

NOTICE_TITLE = f"淠源县人民政府关于印发{TITLE}的通知"
ADDRESSEE = "各乡镇人民政府，县经开区管委会，县政府各部门、各直属机构："
NOTICE = f"现将《{TITLE}》印发给你们，请认真贯彻执行。"
PREAMBLE = "为深入贯彻落实国家、省、市关于深入实施“人工智能+”行动的决策部署，推动人工智能与县域经济社会发展深度融合，加快建设数字淠源，结合我县实际，制定本方案。"
BASE = "“十四五”以来，我县数字化发展取得积极成效。2025年，全县数字经济核心产业增加值占地区生产总值比重为6.2%，人工智能相关产业规模约18亿元，人工智能相关企业31家，农业生产信息化率为43%，县域农产品网络零售额12.6亿元；建成5G基站860个，实现乡镇驻地5G网络全覆盖；县人民医院为二级甲等医院，远程医疗服务覆盖全部乡镇卫生院。同时，我县人工智能产业基础薄弱，企业创新能力不强，专业人才短缺，应用场景有待拓展。"
BASE2 = "当前，人工智能技术加速迭代、应用成本持续下降，为县域借助人工智能实现跨越发展提供了难得机遇。市委、市政府明确提出，到2027年全市人工智能相关产业规模突破300亿元、建设100个“人工智能+”典型应用场景，我县必须抢抓机遇、主动作为，在全市发展大局中贡献更多力量。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入贯彻习近平总书记考察安徽重要讲话精神，围绕“一主两特三新”县域产业体系，坚持需求导向、应用牵引、数据赋能、安全可控，以“AI+县域”为主线，推动人工智能在现代农业、绿色制造、公共服务和基层治理等领域深度应用，为加快建设现代化美好淠源提供有力支撑。"

PRINCIPLES = "坚持需求导向。从农业农村、企业发展和群众生活的实际需求出发，以场景应用带动技术落地，让人工智能发展成果更多惠及全县人民。坚持因地制宜。立足县域资源禀赋和产业基础，突出特色、小切口切入，不贪大求全，不搞低水平重复建设。坚持协同推进。强化县乡联动、部门协同和政企合作，充分发挥企业主体作用，形成推进合力。坚持安全可控。统筹发展和安全，加强数据安全和个人信息保护，守牢安全底线。"
G1_TEXT = "到2027年，全县“人工智能+”行动取得明显成效，数字经济核心产业增加值占地区生产总值比重较2025年提高3个百分点，人工智能相关企业达到五十家，农业生产信息化率超过一半，智能农机作业面积占比达到三成，建成“24小时不打烊”政务服务驿站8个，行政村5G网络实现全覆盖。"
G1 = [
    T(
        "数字经济核心产业增加值占地区生产总值比重提高（较2025年）",
        "百分点",
        "eq",
        3,
        "数字经济核心产业增加值占地区生产总值比重较2025年提高3个百分点",
        aggregation="flow",
    ),
    T("人工智能相关企业", "家", "eq", 50, "人工智能相关企业达到五十家", kind="ai_enterprises"),
    T("农业生产信息化率", "%", "gt", 50, "农业生产信息化率超过一半"),
    T("智能农机作业面积占比", "%", "eq", 30, "智能农机作业面积占比达到三成"),
    T(
        "“24小时不打烊”政务服务驿站",
        "个",
        "eq",
        8,
        "建成“24小时不打烊”政务服务驿站8个",
    ),
]
G2_TEXT = "到2030年，全县人工智能发展水平走在全市前列，人工智能相关产业规模较2025年翻两番，培育省级以上专精特新企业十余家，县域农产品网络零售额突破三十亿元，累计培训高素质农民和数字技能人才五千人次以上，建成全省县域“人工智能+”应用示范县。"
G2 = [
    T(
        "人工智能相关产业规模（2025年的倍数）",
        "倍",
        "eq",
        4,
        "人工智能相关产业规模较2025年翻两番",
    ),
    T("省级以上专精特新企业", "家", "gt", 10, "培育省级以上专精特新企业十余家"),
    T("县域农产品网络零售额", "亿元", "gt", 30, "县域农产品网络零售额突破三十亿元"),
    T(
        "累计培训高素质农民和数字技能人才",
        "人次",
        "gte",
        5000,
        "累计培训高素质农民和数字技能人才五千人次以上",
        kind="talent",
        aggregation="flow",
    ),
]

RULE = "各项任务责任单位中，列第一位的为牵头单位。"

# group: (numbering, title, tasks); task: (title, rest, responsible names (first leads), targets)
GROUPS = [
    (
        "（一）",
        "夯实数字基础",
        [
            (
                "完善新型基础设施",
                "加快5G网络向行政村和重点农业园区延伸，2027年前新建5G基站二百个，推进千兆光网进村入户。在县经开区建设边缘计算节点，智能算力规模达到100P。推动农村公路、电网、供水设施数字化改造，提升基础设施智能化水平，为县域人工智能应用提供坚实支撑。",
                ["县经信局", "县发改委", "县交通运输局", "各乡镇人民政府"],
                [
                    T(
                        "新建5G基站",
                        "个",
                        "eq",
                        200,
                        "2027年前新建5G基站二百个",
                        aggregation="flow",
                        deadline=2027,
                    ),
                    T(
                        "智能算力规模",
                        "P",
                        "eq",
                        100,
                        "智能算力规模达到100P",
                        kind="computing_power",
                    ),
                ],
            ),
            (
                "推进数据资源汇聚共享",
                "建设县域数据资源平台，汇聚涉农、政务、企业等数据资源，公共数据按需共享率达到百分之九十五。编制全县公共数据资源目录，开展数据质量治理，推动县级平台与省、市平台互联互通。",
                ["县数据资源局", "县发改委"],
                [T("公共数据按需共享率", "%", "eq", 95, "公共数据按需共享率达到百分之九十五")],
            ),
            (
                "建设智慧水利体系",
                "完善水雨情、墒情和工程安全监测网络，新建水雨情智能监测站点四十个，推动中小型水库、重点堤防实现视频智能监控。建设县级数字孪生流域平台，提升洪水预报、调度和预警的智能化水平。",
                ["县水利局", "县应急管理局", "各乡镇人民政府"],
                [
                    T(
                        "新建水雨情智能监测站点",
                        "个",
                        "eq",
                        40,
                        "新建水雨情智能监测站点四十个",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "（二）",
        "推进“人工智能+”现代农业",
        [
            (
                "建设智慧农业示范基地",
                "围绕稻米、茶叶、水产等特色产业，建设数字农业工厂和智慧农业示范基地十五个，推广物联网监测、水肥一体化、智能温室等技术。实施智能农机装备推广行动，新增北斗终端农机三百台，推动耕种管收全程智能化。",
                ["县农业农村局", "县财政局", "各乡镇人民政府"],
                [
                    T(
                        "数字农业工厂和智慧农业示范基地",
                        "个",
                        "eq",
                        15,
                        "建设数字农业工厂和智慧农业示范基地十五个",
                    ),
                    T(
                        "新增北斗终端农机",
                        "台",
                        "eq",
                        300,
                        "新增北斗终端农机三百台",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "发展农村电子商务",
                "建设县级电商直播基地，培育年网络零售额超千万元的农产品品牌二十个，推动“淠源好物”区域公用品牌线上推广。完善县乡村三级物流配送体系，推动快递服务进村入户。",
                ["县商务局", "县供销社", "县农业农村局"],
                [
                    T(
                        "年网络零售额超千万元的农产品品牌",
                        "个",
                        "eq",
                        20,
                        "培育年网络零售额超千万元的农产品品牌二十个",
                    ),
                ],
            ),
            (
                "强化农产品质量安全智能监管",
                "建设农产品质量安全追溯平台，规模以上农业生产经营主体纳入追溯管理比例达到百分之百。推广快速检测设备和智能巡检应用，推行食用农产品承诺达标合格证电子化，提升农产品质量安全监管效率。",
                ["县农业农村局", "县市场监管局"],
                [
                    T(
                        "规模以上农业生产经营主体纳入追溯管理比例",
                        "%",
                        "eq",
                        100,
                        "规模以上农业生产经营主体纳入追溯管理比例达到百分之百",
                    ),
                ],
            ),
        ],
    ),
    (
        "（三）",
        "推动制造业智能化转型",
        [
            (
                "实施智能化改造提升",
                "聚焦绿色食品加工、纺织服装、新型建材等主导产业，每年实施智能化改造项目三十个以上，到2027年培育省级智能工厂3—5家。推广“AI+质检”“AI+排产”“AI+能耗管理”等应用，推动企业设备联网、数据上云，提升生产效率和产品质量。",
                ["县经信局", "县经开区管委会"],
                [
                    T(
                        "实施智能化改造项目",
                        "个",
                        "gte",
                        30,
                        "每年实施智能化改造项目三十个以上",
                        per_year=True,
                    ),
                    T(
                        "省级智能工厂",
                        "家",
                        "range",
                        3,
                        "到2027年培育省级智能工厂3—5家",
                        value_max=5,
                        deadline=2027,
                    ),
                ],
            ),
            (
                "招引培育人工智能企业",
                "开展产业链精准招商，引进人工智能及关联项目逾二十个，培育省级以上专精特新企业十余家。支持本地企业与高校院所合作，开发农业、食品加工等领域专用模型和智能产品，推动人工智能技术成果在县域转化落地。",
                ["县经开区管委会", "县商务局", "县经信局"],
                [
                    T(
                        "引进人工智能及关联项目",
                        "个",
                        "gt",
                        20,
                        "引进人工智能及关联项目逾二十个",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "加快中小企业数字化转型",
                "引进培育本地数字化转型服务商五家以上，面向规模以上工业企业开展数字化转型免费诊断服务四百家次，推广低成本、轻量化的“小快轻准”数字化解决方案。支持龙头企业建设行业级工业互联网平台，带动产业链上下游企业协同转型。",
                ["县经信局", "县财政局"],
                [
                    T(
                        "本地数字化转型服务商",
                        "家",
                        "gte",
                        5,
                        "引进培育本地数字化转型服务商五家以上",
                    ),
                    T(
                        "数字化转型免费诊断服务",
                        "家次",
                        "eq",
                        400,
                        "开展数字化转型免费诊断服务四百家次",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
    (
        "（四）",
        "提升公共服务智能化水平",
        [
            (
                "推进智慧政务服务",
                "迭代升级“淠源通”政务服务平台，推动政务服务事项“全程网办”，惠企政策兑现时间缩短至5个工作日以内。整合各类政务服务热线，统一归并至12345热线，推动“24小时不打烊”政务服务驿站向村（社区）延伸。",
                ["县政务服务局", "县数据资源局"],
                [T("惠企政策兑现时间", "工作日", "lte", 5, "惠企政策兑现时间缩短至5个工作日以内")],
            ),
            (
                "推进智慧医疗健康",
                "支持县人民医院创建三级医院，建设县域医共体远程影像、远程心电诊断中心，推动人工智能辅助诊断系统在乡镇卫生院应用，县域就诊率提高到百分之九十。",
                ["县卫健委", "县人民医院"],
                [T("县域就诊率", "%", "eq", 90, "县域就诊率提高到百分之九十")],
            ),
            (
                "推进智慧教育",
                "推进中小学智慧课堂建设，全县中小学智慧教室覆盖率达到三分之二以上。开展人工智能教育试点学校创建，支持第一批试点学校开设人工智能课程。",
                ["县教体局"],
                [
                    T(
                        "中小学智慧教室覆盖率",
                        "%",
                        "gte",
                        66.67,
                        "中小学智慧教室覆盖率达到三分之二以上",
                    ),
                ],
            ),
            (
                "发展智慧文旅",
                "推动全县3A级以上旅游景区实现智慧导览全覆盖，建设乡村旅游智慧服务点五十个，推广线上预约、智能导游、客流监测等服务。",
                ["县文旅体局", "各乡镇人民政府"],
                [T("乡村旅游智慧服务点", "个", "eq", 50, "建设乡村旅游智慧服务点五十个")],
            ),
            (
                "推进智慧养老服务",
                "建设县级智慧养老服务平台，整合老年人基本信息、健康档案和服务需求数据，为分散供养特困老年人和高龄独居老年人安装智能监护设备一千套。推动乡镇敬老院智能化改造，提升农村养老服务水平。",
                ["县民政局", "县卫健委", "各乡镇人民政府"],
                [T("智能监护设备", "套", "eq", 1000, "安装智能监护设备一千套")],
            ),
            (
                "提升基层智能治理水平",
                "推进视频监控智能化升级，新增森林防火和防汛智能监测点位一百二十个，道路交通事故起数较2025年下降15%以上。推动网格化管理平台智能化改造，提升矛盾纠纷、安全隐患智能发现和处置能力。",
                ["县应急管理局", "县公安局", "各乡镇人民政府"],
                [
                    T(
                        "新增森林防火和防汛智能监测点位",
                        "个",
                        "eq",
                        120,
                        "新增森林防火和防汛智能监测点位一百二十个",
                        aggregation="flow",
                    ),
                    T(
                        "道路交通事故起数下降幅度（较2025年）",
                        "%",
                        "gte",
                        15,
                        "道路交通事故起数较2025年下降15%以上",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立县“人工智能+”行动工作专班，由县政府分管负责同志任组长，专班办公室设在县经信局，统筹推进全县人工智能发展工作，协调解决重大问题。各乡镇、各有关部门要明确分管负责同志和具体责任人，制定年度工作计划，细化工作措施，确保各项任务落到实处。",
    ),
    (
        "强化资金保障",
        "县财政每年安排1000万元人工智能发展专项资金，重点支持智能化改造、场景应用和人才培训。积极争取上级专项资金和政策性金融支持，引导社会资本参与人工智能项目建设。",
    ),
    (
        "强化人才支撑",
        "深化与省内高校院所合作，柔性引进人工智能领域专家团队，建立县级人工智能专家咨询库。加强领导干部和公务员数字素养培训，将人工智能知识纳入县委党校主体班次教学内容。每年举办县域数字技能大赛，对获得一、二、三等奖的选手给予奖励，营造重视人才、尊重创新的良好氛围。",
    ),
    (
        "强化督查考核",
        "建立工作台账和定期调度机制，每半年通报一次工作进展，将本方案落实情况纳入对各乡镇、各部门的年度目标管理绩效考核。适时开展第三方评估，及时总结推广典型经验做法，对工作推进不力的单位进行督促提醒。",
    ),
]

NUMERALS = "一二三四五六七八九十"


def _check(text, targets):
    for t in targets:
        assert t.phrase in text, t.phrase


def _build():
    paras = [
        ("center", NOTICE_TITLE),
        ("plain", ADDRESSEE),
        ("p", NOTICE),
        ("right", "淠源县人民政府"),
        ("right", "2026年4月20日"),
        ("center", TITLE),
        ("p", PREAMBLE),
        ("h", "一、发展基础"),
        ("p", BASE),
        ("p", BASE2),
        ("h", "二、总体要求"),
        ("h", "（一）指导思想"),
        ("p", GUIDE),
        ("h", "（二）基本原则"),
        ("p", PRINCIPLES),
        ("h", "（三）主要目标"),
        ("p", G1_TEXT),
        ("p", G2_TEXT),
        ("h", "三、重点任务"),
        ("p", RULE),
    ]
    _check(G1_TEXT, G1)
    _check(G2_TEXT, G2)
    for t in G1:
        t.deadline = 2027
    goals = [Goal("到2027年", G1_TEXT, G1), Goal("到2030年", G2_TEXT, G2)]
    subs = []
    n = 0
    for gno, gtitle, items in GROUPS:
        paras.append(("h", f"{gno}{gtitle}"))
        tasks = []
        for title, rest, resp, targets in items:
            n += 1
            no = f"{n}."
            line = f"责任单位：{'、'.join(resp)}"
            paras.append(("p", f"{no}{title}。{rest}"))
            paras.append(("p", line))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{rest}{line}",
                    lead=codes(resp[:1]),
                    responsible=codes(resp[1:]),
                )
            )
            _check(rest, targets)
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=no))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sections = [Section("三", "三、", "重点任务", "key_task", sections=subs)]
    paras.append(("h", "四、保障措施"))
    sg = []
    for i, (title, text) in enumerate(SAFEGUARDS, 1):
        no = f"（{NUMERALS[i - 1]}）"
        paras.append(("p", f"{no}{title}。{text}"))
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("四", "四、", "保障措施", "safeguard", sg))
    paras += [("p", "本方案自印发之日起施行，由县经信局负责解释。")]
    return paras, goals, sections


PARAS, GOALS, SECTIONS = _build()


def _html():
    out = []
    for kind, text in PARAS:
        if kind == "center":
            out.append(f'<p style="text-align:center;"><strong>{text}</strong></p>')
        elif kind == "right":
            out.append(f'<p style="text-align:right;">{text}</p>')
        elif kind == "plain":
            out.append(f"<p>{text}</p>")
        elif kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;">{text}</p>')
    article = "\n".join(out)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{NOTICE_TITLE}_县政府文件_淠源县人民政府</title>
<meta name="SiteName" content="淠源县人民政府">
<meta name="ColumnName" content="县政府文件">
<meta name="ArticleTitle" content="{NOTICE_TITLE}">
<meta name="PubDate" content="2026-04-22 10:30">
<link rel="stylesheet" href="/static/css/xxgk.css">
<script src="/static/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div class="top"><div class="logo"><a href="/">淠源县人民政府</a></div><div class="tools"><a href="/wza/">无障碍</a> | <a href="/old/">长者模式</a> | <a href="/en/">English</a></div></div>
<div class="nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">政民互动</a><a href="/zjpy/">走进淠源</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/zfwj/">县政府文件</a></div>
<div class="xxgk-meta">
<table>
<tr><th>索引号：</th><td>003215467/202604-00021</td><th>信息分类：</th><td>县政府文件</td></tr>
<tr><th>发布机构：</th><td>淠源县人民政府</td><th>生成日期：</th><td>2026-04-20</td></tr>
<tr><th>名　　称：</th><td colspan="3">{NOTICE_TITLE}</td></tr>
<tr><th>文　　号：</th><td>{DOC_NUMBER}</td><th>发布日期：</th><td>2026-04-22</td></tr>
<tr><th>有效性：</th><td>有效</td><th>关键词：</th><td>人工智能</td></tr>
</table>
</div>
<h1 class="art-title">{NOTICE_TITLE}</h1>
<div class="art-info">发布时间：2026-04-22 10:30　来源：淠源县人民政府办公室　浏览次数：1286　【字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
<div class="art-body" id="zoom">
<p style="text-align:center;">{DOC_NUMBER}</p>
{article}
</div>
<div class="art-attach"><a href="/xxgk/jd/">【政策解读】图解：淠源县“人工智能+”行动实施方案（2026—2030年）</a></div>
<div class="share"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="footer">
<p>主办：淠源县人民政府办公室　承办：淠源县数据资源管理局</p>
<p>联系电话：0564-5012345　政务服务热线：12345</p>
<p>网站标识码：3415250001　皖ICP备05012345号-1　皖公网安备34152502000123号</p>
</div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "piyuan-anhui-county",
        "name": "淠源县",
        "name_en": "Piyuan County (Anhui)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2030,
}

HEADER = """\
# 淠源县“人工智能+”行动实施方案（2026—2030年） (淠源县人民政府, 淠政〔2026〕9号, 2026-04-20)
# — SYNTHETIC (synthetic_cq): WRITTEN by the collector (helper blindCQ, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_piyuan.py as the portal page saved (.html, UTF-8).
# Zone piyuan-anhui-county (安徽 淠源县, an invented county) → district level (the schema has no county level; a county is at
#   the level of an urban district, as the seed 綦江区); period 2026–2030, milestones 2027 and 2030.
# Outline: portal header, menu, breadcrumb, 信息公开 table (索引号, 文号, dates: no figures), the notice's title and 发布时间 line
#   (浏览次数：1286: no figure), 文号 again, the notice (title, addressee, one sentence, signature, date), the plan's title,
#   preamble; 一、发展基础 = a 2025 baseline paragraph (6.2%, 18亿元, 31家, 43%, 12.6亿元, 860个; "二级甲等": no targets) and a
#   paragraph quoting the CITY's goal "到2027年全市…突破300亿元、建设100个…场景" (another level's figures as context: no target,
#   SOURCES.md "A vision beyond the plan's period … Figures of another level"); 二、总体要求 （一）指导思想 ("一主两特三新", "AI+县域":
#   no figures) （二）基本原则 (one paragraph of "坚持X。…" sentences: no tasks) （三）主要目标 = two dated paragraphs → goals titled by their date phrases "到2027年" (5 targets, due 2027) and
#   "到2030年" (4, due 2030); 三、重点任务 (a key_task section holding sub-sections) opens on the rule "各项任务责任单位中，列第一位
#   的为牵头单位。" then groups （一）–（四） (key_task sub-sections) of tasks 1.–15. NUMBERED ON across the groups, each a paragraph
#   "N.标题。正文" and its OWN LINE "责任单位：县X、县Y、…"; 四、保障措施 （一）–（四） → safeguard tasks, unannotated; "本方案自印发
#   之日起施行，由县经信局负责解释。" (who interprets: no role); portal footer (联系电话 0564-5012345, 政务服务热线 12345, ICP numbers).
# Tasks: title = the phrase before the first 。 without the number; text = heading + body + the 责任单位 line (an annotation on its
#   own line after the task belongs to it). Every task with figures is also a goal titled like it (text = heading + body).
# Roles: under "列第一位的为牵头单位" the first name of each 责任单位 line → lead, the others → responsible. 各乡镇人民政府 → one
#   collective; 县经开区管委会 (= 淠源经济开发区管理委员会) a park administration; 县供销社 (供销合作社联合社) category other;
#   县人民医院 a body (health), the second of task 11.
# Targets — the set's topic, quantities in unusual words (SYNTHETIC_CQ.md "Conventions this set adds"):
#   "较2025年提高3个百分点" → 3 百分点 eq (flow); 五十家 → 50; 超过一半 → gt 50 %; 三成 → 30 % (a 成 is 10 %); "建成“24小时不打烊”
#   政务服务驿站8个" → 8 个 (24小时 names the service); 行政村5G网络实现全覆盖 and 3A级以上旅游景区…智慧导览全覆盖 → no target (no
#   figure printed), while "纳入追溯管理比例达到百分之百" → eq 100 %; "较2025年翻两番" → 4 倍 eq (two doublings: the multiple it
#   means, metric marked （2025年的倍数）; the 2025 figure 约18亿元 printed in 发展基础 is not multiplied out, as SOURCES.md "A
#   doubling"); 十余家 → gt 10; 三十亿元 (突破) → gt 30; 五千人次以上 → gte 5000 (flow, 累计); 三分之二以上 → gte 66.67 %; 逾二十个 →
#   gt 20; 五家以上 → gte 5; 四百家次 → 400 家次; 一千套 → 1000 套; 3—5家 → range 3–5 (due 2027, its own 到2027年); 缩短至5个工作日以内 → lte 5 工作日; 提高到百分之九十 → eq 90 % (a level
#   reached, not points gained); 下降15%以上 → gte 15 %, metric "…下降幅度" (flow); 2027年前新建5G基站二百个 → due 2027 (年前 read as "by"). Task 8.'s
#   "培育省级以上专精特新企业十余家" prints the 到2030年 goal's figure again (a task figure with no year is due 2030, the plan's end:
#   same thing, value, year) → no second target. Other task figures with no year → due 2030.
#   Numbers that are NOT quantities: 淠政〔2026〕9号, dates, 索引号, the phone number and ICP numbers, 5G (新建5G基站二百个 → 200),
#   "AI+县域" / "AI+质检" / "AI+排产", "一主两特三新", "十四五", 二级甲等 / 三级医院 (grades), 3A级以上 (a grade naming which scenic
#   spots), 县乡村三级物流配送体系 (levels of a system), 第一批试点学校, 12345热线, 一、二、三等奖. Not targets either: the 2025
#   baselines; the city's 2027 goal; 年网络零售额超千万元 (the condition naming which brands count — the target is the 二十个); 县财政
#   每年安排1000万元 (a budget, in a safeguard).
"""

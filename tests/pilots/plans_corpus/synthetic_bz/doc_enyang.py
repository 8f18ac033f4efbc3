# ruff: noqa: E501  (plan text as the office writes it)
"""巴中市恩阳区“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_bz). The district portal's page saved as .html:
site header, 信息公开 table, title, 来源 line; the 实施方案: addressee, preamble with 2025 baselines, 一、总体要求 (a guiding
paragraph, a principles paragraph, two dated goal paragraphs "到2026年底，…" / "到2027年，…"), 二、重点任务 with a line saying how the roles are printed,
groups （一）–（五） of items 1.–22. numbered on, each ONE paragraph that OPENS on its lead in brackets — "【区X牵头】1.标题。正文" or
"〖区X〗1.标题。正文" or two leads "【区X、区Y牵头】" — and closes on "配合：区Y、区Z" on the same line (some without 配合);
三、保障措施 （一）–（四） unannotated; signature, date; the portal footer."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "enyang-ai-plus-implementation-2026-synthetic"
KIND = "html"

# printed form → (code, full name, category)
A = {
    "区发展改革局": ("fgj", "巴中市恩阳区发展和改革局", "development_reform"),
    "区经济科技信息化局": ("jkx", "巴中市恩阳区经济科技信息化局", "industry_it"),
    "区数据局": ("sjj", "巴中市恩阳区数据局", "big_data"),
    "区财政局": ("czj", "巴中市恩阳区财政局", "finance"),
    "区教育局": ("jyj", "巴中市恩阳区教育局", "education"),
    "区卫生健康局": ("wjj", "巴中市恩阳区卫生健康局", "health"),
    "区医疗保障局": ("ybj", "巴中市恩阳区医疗保障局", "health"),
    "区农业农村局": ("nyj", "巴中市恩阳区农业农村局", "agriculture"),
    "区文化广播电视和旅游局": ("wlj", "巴中市恩阳区文化广播电视和旅游局", "culture_tourism"),
    "区交通运输局": ("jtj", "巴中市恩阳区交通运输局", "transport"),
    "区商务局": ("swj", "巴中市恩阳区商务局", "commerce"),
    "区市场监督管理局": ("scj", "巴中市恩阳区市场监督管理局", "market_regulation"),
    "区人力资源和社会保障局": ("rsj", "巴中市恩阳区人力资源和社会保障局", "human_resources"),
    "区住房和城乡建设局": ("zjj", "巴中市恩阳区住房和城乡建设局", "housing_construction"),
    "区综合行政执法局": ("zfj", "巴中市恩阳区综合行政执法局", "housing_construction"),
    "区应急管理局": ("yjj", "巴中市恩阳区应急管理局", "emergency"),
    "区民政局": ("mzj", "巴中市恩阳区民政局", "civil_affairs"),
    "区行政审批局": ("xsj", "巴中市恩阳区行政审批局", "government_services"),
    "区委组织部": ("zzb", "中共巴中市恩阳区委组织部", "party_organisation"),
    "区委网信办": ("wxb", "中共巴中市恩阳区委网络安全和信息化委员会办公室", "publicity"),
    "区公安分局": ("gaj", "巴中市公安局恩阳区分局", "public_security"),
    "恩阳古镇景区管委会": ("gzj", "巴中市恩阳古镇景区管理委员会", "park_administration"),
    "恩阳临空经济区管委会": ("lkq", "巴中市恩阳临空经济区管理委员会", "park_administration"),
    "各乡镇（街道）": ("xz", "巴中市恩阳区各乡镇人民政府、街道办事处", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def codes(names):
    return [A[n][0] for n in names]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "巴中市恩阳区“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "恩府办发〔2026〕8号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Enyang District (Bazhong, Sichuan) “AI+” implementation plan (2026–2027) — synthetic",
    "issuer": "巴中市恩阳区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-05-12",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

PREAMBLE = "为深入贯彻落实国家、省、市关于实施“人工智能+”行动的部署要求，加快推动人工智能与全区经济社会发展深度融合，助力建设川东北临空经济示范区和文旅融合发展区，结合恩阳实际，制定本实施方案。2025年，全区智能算力规模为18P，人工智能相关企业19家，数字经济核心产业增加值占地区生产总值比重为3.1%，人工智能应用总体处于起步阶段。近年来，全区建成区级政务云平台和城市运行监测平台，恩阳古镇、临空经济区等一批数字化应用场景投入使用，但也存在算力基础薄弱、数据资源分散、专业人才短缺、企业应用意愿不强等问题。当前，人工智能技术加速迭代、应用成本持续下降，为我区借助人工智能加快发展提供了难得机遇，必须抢抓机遇、主动作为，以更大力度推动人工智能赋能千行百业。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，立足恩阳临空经济、古镇文旅和特色农业优势，坚持需求导向、场景驱动、企业主体、安全可控，以算力设施和数据资源为基础，以特色产业赋能和民生服务提升为重点，推动人工智能在全区各领域落地见效。"
G1_TEXT = "到2026年底，全区智能算力规模达到50P，人工智能相关企业达到30家，打造“人工智能+”应用场景20个，数字经济核心产业增加值占地区生产总值比重达到4.5%。"
G1 = [
    T("智能算力规模", "P", "eq", 50, "全区智能算力规模达到50P", kind="computing_power"),
    T("人工智能相关企业", "家", "eq", 30, "人工智能相关企业达到30家", kind="ai_enterprises"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        20,
        "打造“人工智能+”应用场景20个",
        kind="application_scenarios",
    ),
    T(
        "数字经济核心产业增加值占地区生产总值比重",
        "%",
        "eq",
        4.5,
        "数字经济核心产业增加值占地区生产总值比重达到4.5%",
    ),
]
G2_TEXT = "到2027年，全区智能算力规模突破120P，人工智能相关企业达到45家，打造“人工智能+”应用场景50个以上，数字经济核心产业增加值占地区生产总值比重达到6%，建成川东北人工智能应用示范区。"
G2 = [
    T("智能算力规模", "P", "gt", 120, "全区智能算力规模突破120P", kind="computing_power"),
    T("人工智能相关企业", "家", "eq", 45, "人工智能相关企业达到45家", kind="ai_enterprises"),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        50,
        "打造“人工智能+”应用场景50个以上",
        kind="application_scenarios",
    ),
    T(
        "数字经济核心产业增加值占地区生产总值比重",
        "%",
        "eq",
        6,
        "数字经济核心产业增加值占地区生产总值比重达到6%",
    ),
]
PRINCIPLES = "推进工作中，坚持场景驱动，聚焦临空经济、古镇文旅、特色农业和民生服务需求，以应用场景开放带动技术落地、以实际成效检验工作成果；坚持集约建设，依托市级算力和数据平台统筹建设区级设施，不搞重复建设和低水平建设；坚持企业主体，充分发挥市场在资源配置中的决定性作用，更好发挥政府引导作用，激发各类经营主体参与人工智能应用的积极性；坚持安全可控，统筹发展和安全，落实数据安全、网络安全和个人信息保护要求，守牢安全底线。"
RULE_LINE = "各项任务前括注的单位为牵头单位，“配合”后所列为配合单位。"

# group: (numbering, title, items); item: (lead form "【…牵头】"/"〖…〗", leads, title, body, supporting, targets)
GROUPS = [
    (
        "（一）",
        "筑牢数字底座",
        [
            (
                "bracket",
                ["区发展改革局"],
                "建设临空智算服务中心",
                "依托恩阳临空经济区，建设临空智算服务中心，2027年底前形成智能算力100P，接入全市算力调度平台，为区内企业和公共机构提供普惠算力服务。对区内中小企业租用算力给予不超过20%的费用补贴。",
                ["区经济科技信息化局", "恩阳临空经济区管委会"],
                [
                    T(
                        "临空智算服务中心智能算力",
                        "P",
                        "eq",
                        100,
                        "2027年底前形成智能算力100P",
                        kind="computing_power",
                        deadline=2027,
                    )
                ],
            ),
            (
                "tortoise",
                ["区数据局"],
                "推进公共数据归集共享",
                "完善区级公共数据资源目录，2026年底前区级部门公共数据归集率达到100%。依托市级公共数据开放平台开放公共数据集30个以上，推动数据在政务服务、城市治理等领域共享应用。",
                ["区行政审批局", "区财政局"],
                [
                    T(
                        "区级部门公共数据归集率",
                        "%",
                        "eq",
                        100,
                        "2026年底前区级部门公共数据归集率达到100%",
                        deadline=2026,
                    ),
                    T("开放公共数据集", "个", "gte", 30, "开放公共数据集30个以上"),
                ],
            ),
            (
                "bracket",
                ["区经济科技信息化局"],
                "完善信息通信网络",
                "新建5G基站260个，行政村5G网络通达率达到100%，推进千兆光网进小区、进园区、进景区，推动物联网感知设施在城区和重点园区布局。",
                ["区住房和城乡建设局", "各乡镇（街道）"],
                [
                    T("新建5G基站", "个", "eq", 260, "新建5G基站260个", aggregation="flow"),
                    T("行政村5G网络通达率", "%", "eq", 100, "行政村5G网络通达率达到100%"),
                ],
            ),
            (
                "bracket",
                ["区数据局", "区经济科技信息化局"],
                "建设数据标注基地",
                "引进培育数据标注服务企业，建设数据标注基地1个，承接文旅、农业等领域数据标注业务，带动本地就业300人以上。",
                ["区人力资源和社会保障局"],
                [
                    T("数据标注基地", "个", "eq", 1, "建设数据标注基地1个"),
                    T("带动本地就业", "人", "gte", 300, "带动本地就业300人以上"),
                ],
            ),
        ],
    ),
    (
        "（二）",
        "赋能特色产业",
        [
            (
                "bracket",
                ["区经济科技信息化局"],
                "推动工业企业智能化改造",
                "实施智能化改造项目40个，推广机器视觉检测、智能仓储等应用，规上工业企业数字化转型诊断实现全覆盖。对完成智能化改造的企业按设备投资额给予最高50万元补助。",
                ["区财政局", "恩阳临空经济区管委会"],
                [T("智能化改造项目", "个", "eq", 40, "实施智能化改造项目40个", aggregation="flow")],
            ),
            (
                "bracket",
                ["区农业农村局"],
                "发展智慧农业",
                "围绕恩阳芦笋、茶叶、生猪等特色产业，建设数字农业示范园区5个，推广无人机植保、智能灌溉等技术，无人机植保服务面积达到10万亩。",
                ["区经济科技信息化局", "各乡镇（街道）"],
                [
                    T("数字农业示范园区", "个", "eq", 5, "建设数字农业示范园区5个"),
                    T("无人机植保服务面积", "亩", "eq", 100000, "无人机植保服务面积达到10万亩"),
                ],
            ),
            (
                "tortoise",
                ["区文化广播电视和旅游局"],
                "打造智慧古镇",
                "推动恩阳古镇智能化升级，建设智能导览、客流监测和智慧停车系统，2026年底前上线“AI恩阳古镇”数字导游。运用数字人、虚拟现实等技术开发沉浸式体验项目，到2027年景区年接待游客突破600万人次。",
                ["恩阳古镇景区管委会", "区商务局"],
                [
                    T(
                        "恩阳古镇景区年接待游客",
                        "人次",
                        "gt",
                        6000000,
                        "到2027年景区年接待游客突破600万人次",
                        deadline=2027,
                    )
                ],
            ),
            (
                "bracket",
                ["区商务局"],
                "发展智慧商贸物流",
                "依托巴中恩阳机场，建设临空智慧物流分拨中心1个，推广智能分拣、无人配送等应用，培育直播电商企业20家。",
                ["区交通运输局", "恩阳临空经济区管委会"],
                [
                    T("临空智慧物流分拨中心", "个", "eq", 1, "建设临空智慧物流分拨中心1个"),
                    T("直播电商企业", "家", "eq", 20, "培育直播电商企业20家"),
                ],
            ),
            (
                "bracket",
                ["区经济科技信息化局"],
                "培育人工智能企业",
                "加大人工智能企业招引培育力度，每年新培育人工智能相关企业10家以上，支持企业申报高新技术企业和专精特新企业。",
                ["区市场监督管理局", "区商务局"],
                [
                    T(
                        "新培育人工智能相关企业",
                        "家",
                        "gte",
                        10,
                        "每年新培育人工智能相关企业10家以上",
                        per_year=True,
                        kind="ai_enterprises",
                    )
                ],
            ),
            (
                "bracket",
                ["恩阳临空经济区管委会"],
                "拓展低空智能应用场景",
                "推动无人机在物流配送、应急救援、农林植保等领域应用，开通低空物流航线10条，建设低空起降点20个。",
                ["区交通运输局", "区应急管理局"],
                [
                    T("低空物流航线", "条", "eq", 10, "开通低空物流航线10条", aggregation="flow"),
                    T("低空起降点", "个", "eq", 20, "建设低空起降点20个"),
                ],
            ),
        ],
    ),
    (
        "（三）",
        "提升民生服务",
        [
            (
                "bracket",
                ["区教育局"],
                "推进智慧教育",
                "建设人工智能教育示范校10所，中小学智慧课堂覆盖率达到80%，推广智能备课、学情分析等应用，促进城乡教育资源均衡。",
                ["区经济科技信息化局"],
                [
                    T("人工智能教育示范校", "所", "eq", 10, "建设人工智能教育示范校10所"),
                    T("中小学智慧课堂覆盖率", "%", "eq", 80, "中小学智慧课堂覆盖率达到80%"),
                ],
            ),
            (
                "bracket",
                ["区卫生健康局"],
                "推进智慧医疗",
                "推广人工智能辅助诊断、智能随访等应用，乡镇卫生院人工智能辅助诊断覆盖率达到100%，推动区域检查检验结果互认共享。",
                ["区医疗保障局", "区数据局"],
                [
                    T(
                        "乡镇卫生院人工智能辅助诊断覆盖率",
                        "%",
                        "eq",
                        100,
                        "乡镇卫生院人工智能辅助诊断覆盖率达到100%",
                    )
                ],
            ),
            (
                "tortoise",
                ["区民政局"],
                "发展智慧养老",
                "建设智慧养老服务站15个，为1000户特殊困难老年人家庭实施适老化智能改造，推广紧急呼叫、健康监测等智能服务。",
                ["区卫生健康局", "各乡镇（街道）"],
                [
                    T("智慧养老服务站", "个", "eq", 15, "建设智慧养老服务站15个"),
                    T(
                        "适老化智能改造",
                        "户",
                        "eq",
                        1000,
                        "为1000户特殊困难老年人家庭实施适老化智能改造",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "bracket",
                ["区人力资源和社会保障局"],
                "推进智慧就业服务",
                "上线智能招聘服务，推动人岗精准匹配，每年开展数字技能培训2000人次以上。",
                ["区教育局"],
                [
                    T(
                        "数字技能培训",
                        "人次",
                        "gte",
                        2000,
                        "每年开展数字技能培训2000人次以上",
                        per_year=True,
                    )
                ],
            ),
            (
                "bracket",
                ["区交通运输局"],
                "发展智慧交通",
                "推进农村客运、校车等重点车辆智能监控，重点营运车辆智能监控覆盖率达到100%，建设城区智慧停车泊位1500个。",
                ["区公安分局"],
                [
                    T(
                        "重点营运车辆智能监控覆盖率",
                        "%",
                        "eq",
                        100,
                        "重点营运车辆智能监控覆盖率达到100%",
                    ),
                    T("城区智慧停车泊位", "个", "eq", 1500, "建设城区智慧停车泊位1500个"),
                ],
            ),
        ],
    ),
    (
        "（四）",
        "优化政务治理",
        [
            (
                "bracket",
                ["区行政审批局"],
                "推进政务服务智能化",
                "上线“恩阳AI政务助手”，高频事项智能导办率达到80%，企业开办时间压缩至0.5个工作日以内。",
                ["区数据局"],
                [
                    T("高频事项智能导办率", "%", "eq", 80, "高频事项智能导办率达到80%"),
                    T("企业开办时间", "个工作日", "lte", 0.5, "企业开办时间压缩至0.5个工作日以内"),
                ],
            ),
            (
                "bracket",
                ["区住房和城乡建设局", "区综合行政执法局"],
                "推进智慧城市管理",
                "运用视频智能分析技术识别城市管理问题，城区视频智能识别覆盖率达到90%，推动城市管理问题自动发现、自动派单。",
                ["区公安分局"],
                [T("城区视频智能识别覆盖率", "%", "eq", 90, "城区视频智能识别覆盖率达到90%")],
            ),
            (
                "tortoise",
                ["区应急管理局"],
                "提升应急智能化水平",
                "建设森林防火、防汛和地质灾害智能监测预警系统，重点林区火情智能监测覆盖率达到95%。",
                ["区公安分局", "各乡镇（街道）"],
                [
                    T(
                        "重点林区火情智能监测覆盖率",
                        "%",
                        "eq",
                        95,
                        "重点林区火情智能监测覆盖率达到95%",
                    )
                ],
            ),
            (
                "bracket",
                ["区市场监督管理局"],
                "推进智慧市场监管",
                "建设食品安全智慧监管平台，餐饮单位“明厨亮灶”智能化覆盖率达到85%。",
                [],
                [
                    T(
                        "餐饮单位“明厨亮灶”智能化覆盖率",
                        "%",
                        "eq",
                        85,
                        "餐饮单位“明厨亮灶”智能化覆盖率达到85%",
                    )
                ],
            ),
        ],
    ),
    (
        "（五）",
        "强化安全和人才支撑",
        [
            (
                "bracket",
                ["区委网信办"],
                "加强网络数据安全",
                "开展人工智能应用安全风险评估，落实数据分类分级保护制度，每年组织网络安全应急演练2次以上。",
                ["区公安分局", "区数据局"],
                [
                    T(
                        "网络安全应急演练",
                        "次",
                        "gte",
                        2,
                        "每年组织网络安全应急演练2次以上",
                        per_year=True,
                    )
                ],
            ),
            (
                "bracket",
                ["区委组织部"],
                "提升干部数字素养",
                "每年举办领导干部人工智能专题培训班3期以上，将人工智能知识纳入干部教育培训内容。",
                ["区人力资源和社会保障局"],
                [
                    T(
                        "领导干部人工智能专题培训班",
                        "期",
                        "gte",
                        3,
                        "每年举办领导干部人工智能专题培训班3期以上",
                        per_year=True,
                    )
                ],
            ),
            (
                "tortoise",
                ["区经济科技信息化局"],
                "引育数字人才",
                "实施“恩阳数智英才”计划，引进人工智能领域专业人才50名，对来恩创业的人工智能团队给予最高30万元启动资金支持。",
                [],
                [
                    T(
                        "人工智能领域专业人才",
                        "名",
                        "eq",
                        50,
                        "引进人工智能领域专业人才50名",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立区“人工智能+”行动推进工作领导小组，由区政府主要领导任组长，统筹推进全区人工智能发展工作，领导小组办公室设在区经济科技信息化局，负责日常工作。各牵头单位要细化年度任务，明确时间表、路线图，每季度末将工作进展情况报送领导小组办公室；各配合单位要主动对接、密切配合，形成工作合力。各乡镇（街道）要结合实际谋划一批应用场景，推动各项任务在基层落地。",
    ),
    (
        "（二）",
        "强化要素保障",
        "区财政每年安排“人工智能+”专项资金不少于800万元，统筹用于算力补贴、场景应用和人才引育。积极争取上级专项资金和地方政府专项债券支持，对重点项目优先保障用地、用能。加强与银行、保险等金融机构合作，探索开展数据资产质押融资，拓宽人工智能企业融资渠道。",
    ),
    (
        "（三）",
        "强化督查考核",
        "将“人工智能+”行动重点任务纳入区政府年度目标绩效考核，实行月调度、季通报、年考核，对工作推进有力、成效明显的单位予以通报表扬，对推进缓慢、落实不力的单位进行督促整改，确保各项目标任务按期完成。",
    ),
    (
        "（四）",
        "营造良好氛围",
        "充分利用恩阳融媒体等平台，宣传人工智能政策措施和典型案例，举办人工智能应用体验活动，提升群众数字素养，营造全社会支持人工智能发展的良好氛围。",
    ),
]


def opener(form, leads):
    if form == "bracket":
        return "【" + "、".join(leads) + "牵头】"
    return "〖" + "、".join(leads) + "〗"


def _check(text, targets):
    for t in targets:
        assert t.phrase in text, t.phrase


def _due(t, year):
    t.deadline = t.deadline or year
    return t


def _build():
    paras = [
        ("center", TITLE),
        ("plain", "各乡镇人民政府、街道办事处，区级各部门："),
        ("p", PREAMBLE),
        ("h", "一、总体要求"),
        ("p", GUIDE),
        ("p", PRINCIPLES),
        ("p", G1_TEXT),
        ("p", G2_TEXT),
        ("h", "二、重点任务"),
        ("p", RULE_LINE),
    ]
    _check(G1_TEXT, G1)
    _check(G2_TEXT, G2)
    goals = [
        Goal("到2026年底", G1_TEXT, [_due(t, 2026) for t in G1]),
        Goal("到2027年", G2_TEXT, G2),
    ]
    sections = []
    n = 0
    for gno, gtitle, items in GROUPS:
        paras.append(("h", f"{gno}{gtitle}"))
        tasks = []
        for form, leads, title, body, sup, targets in items:
            n += 1
            no = f"{n}."
            tail = "配合：" + "、".join(sup) if sup else ""
            paras.append(("p", f"{opener(form, leads)}{no}{title}。{body}{tail}"))
            tasks.append(
                Task(no, title, f"{title}。{body}{tail}", lead=codes(leads), supporting=codes(sup))
            )
            _check(body, targets)
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        sections.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    top = Section("二", "二、", "重点任务", "key_task", sections=sections)
    paras.append(("h", "三、保障措施"))
    sg = []
    for no, name, rest in SAFEGUARDS:
        paras.append(("p", f"{no}{name}。{rest}"))
        sg.append(Task(no, name, f"{name}。{rest}"))
    paras += [
        ("right", "巴中市恩阳区人民政府办公室"),
        ("right", "2026年5月12日"),
    ]
    return paras, goals, [top, Section("三", "三、", "保障措施", "safeguard", sg)]


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
<title>{TITLE}_区政府办文件_巴中市恩阳区人民政府</title>
<meta name="SiteName" content="巴中市恩阳区人民政府">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-05-14 10:30">
<link rel="stylesheet" href="/static/css/article.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><span>欢迎访问巴中市恩阳区人民政府网站</span><a href="/wza/">无障碍</a> <a href="/yhmb/">长者模式</a></div>
<div class="banner"><h1>巴中市恩阳区人民政府</h1></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjey/">走进恩阳</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/qzfbwj/">区政府办文件</a></div>
<table class="xxgk">
<tr><td>索引号：</td><td>008612345/2026-00088</td><td>发布机构：</td><td>巴中市恩阳区人民政府办公室</td></tr>
<tr><td>文　　号：</td><td>{DOC_NUMBER}</td><td>成文日期：</td><td>2026-05-12</td></tr>
<tr><td>名　　称：</td><td colspan="3">{TITLE}</td></tr>
</table>
<div class="content">
<h2 class="title">{TITLE}</h2>
<div class="info">来源：区政府办公室　发布时间：2026-05-14 10:30　浏览次数：<span id="hits">0</span></div>
<div class="article" id="zoom">
<p style="text-align:center;">{DOC_NUMBER}</p>
{article}
</div>
<div class="attach">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="foot">
<p>主办：巴中市恩阳区人民政府办公室　地址：巴中市恩阳区登科街道</p>
<p>网站标识码：5119030001　蜀ICP备00000000号　川公网安备51190302000000号</p>
</div>
</body>
</html>
"""


TEXT = _html()

EXTRACTION = {
    "zone": {
        "slug": "enyang-bazhong-district",
        "name": "恩阳区",
        "name_en": "Enyang District (Bazhong, Sichuan)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 巴中市恩阳区“人工智能+”行动实施方案（2026—2027年） (巴中市恩阳区人民政府办公室, 恩府办发〔2026〕8号, 2026-05-12)
# — SYNTHETIC (synthetic_bz): WRITTEN by the collector (helper blindBZ, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_enyang.py as the portal page saved (.html, UTF-8).
# Zone enyang-bazhong-district (四川 巴中市 恩阳区) → district level; period 2026–2027.
# Outline: portal header, menu, breadcrumb, 信息公开 table, title, 来源 line, 发文字号, title, addressee, preamble ending on 2025
#   baselines (18P, 19家, 3.1%: no targets); 一、总体要求 = a guiding paragraph and a principles paragraph "坚持…；坚持…" (no tasks) and two dated goal paragraphs → goals
#   titled by their date phrases "到2026年底" (4 targets, due 2026) and "到2027年" (4). 二、重点任务 opens on the line "各项任务前括注的
#   单位为牵头单位，“配合”后所列为配合单位。" (the rule, no task), then groups （一）–（五） (sections under 二) of items 1.–22. numbered
#   on, each ONE paragraph "【区X牵头】N.标题。正文配合：区Y、区Z" / "〖区X〗N.…" / "【区X、区Y牵头】N.…". 三、保障措施 （一）–（四）
#   unannotated → safeguard tasks without roles ("领导小组办公室设在区经济科技信息化局，负责日常工作": no role).
# Tasks: title = the phrase after the number up to the first 。; text = from the title to the end of the paragraph (the closing
#   "配合：…" included; the opening bracket before the number left out). A task holding figures is also a goal titled like it
#   (text = title + body, without the 配合 tail), numbered like it.
# Roles: the bracket opening the item → lead, whether it says 牵头 (【…牵头】) or not (〖…〗, read by the rule line); two names in
#   one bracket → both lead (4., 17.); "配合：…" → supporting. 19. (智慧市场监管) and 22. (引育数字人才) have no 配合. 各乡镇（街道） → ONE
#   collective (巴中市恩阳区各乡镇人民政府、街道办事处). 区公安分局 = 巴中市公安局恩阳区分局.
# Targets: 10万亩 → 100000 亩, 600万人次 → 6000000 人次 (年接待游客, an annual figure → stock, due 2027 by its own 到2027年).
#   压缩至0.5个工作日以内 → lte 0.5. 每年… → per-year flow; 新建 / 实施 / 开通 / 引进 counts → flow. Task figures with no year →
#   due 2027 (plan end); "2026年底前…归集率达到100%" → 2026; "2027年底前形成智能算力100P" (the 临空智算服务中心's) → 2027, its own
#   target beside the goals' 全区智能算力规模. Not targets: 2025 baselines; 不超过20%的费用补贴 (a subsidy rate); 最高50万元补助 /
#   最高30万元启动资金 (grants); 每年…专项资金不少于800万元 (a budget, in a safeguard).
"""

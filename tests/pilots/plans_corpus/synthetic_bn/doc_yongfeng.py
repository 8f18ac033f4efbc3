# ruff: noqa: E501  (plan text as the office writes it)
"""永丰县推进“人工智能+”行动实施方案 — INVENTED (synthetic_bn). An old TRS-style county portal page saved as served (GB2312
declared): the page frame in nested layout tables, a 信息公开 table (索引号 / 发布机构 / 成文日期 / 文号), the article inside one
<td> with <br> between lines (full-width spaces for indents, no <p>), a 附件 list of links; the 实施方案's tasks closing on
"（责任单位：X、Y）" under a rule stated once after 二、's heading: the first named leads, the rest support (其余为配合单位)."""

from common import T, agencies, cn
from synthetic_model import Goal, Section, Task

SLUG = "yongfeng-ai-plus-implementation-2026-synthetic"
KIND = "html"
ENCODING = "gb18030"  # declared gb2312, as the portal serves it

A = {
    "gxj": ("永丰县工业和信息化局", "industry_it", ["县工信局"]),
    "fgw": ("永丰县发展和改革委员会", "development_reform", ["县发改委"]),
    "kjj": ("永丰县科学技术局", "science_technology", ["县科技局"]),
    "spj": ("永丰县行政审批局", "government_services", ["县行政审批局"]),
    "jtj": ("永丰县教育体育局", "education", ["县教体局"]),
    "rsj": ("永丰县人力资源和社会保障局", "human_resources", ["县人社局"]),
    "czj": ("永丰县财政局", "finance", ["县财政局"]),
    "nyj": ("永丰县农业农村局", "agriculture", ["县农业农村局"]),
    "swj": ("永丰县商务局", "commerce", ["县商务局"]),
    "wjw": ("永丰县卫生健康委员会", "health", ["县卫健委"]),
    "wlj": ("永丰县文化广电新闻出版旅游局", "culture_tourism", ["县文广新旅局"]),
    "scj": ("永丰县市场监督管理局", "market_regulation", ["县市场监管局"]),
    "lyj": ("永丰县林业局", "natural_resources", ["县林业局"]),
    "yq": ("永丰工业园区管理委员会", "park_administration", ["永丰工业园区管委会"]),
    "xz": ("永丰县各乡镇人民政府", "local_government", ["各乡镇人民政府"]),
    "zzb": ("中共永丰县委组织部", "party_organisation", ["县委组织部"]),
    "dx": ("中国电信股份有限公司永丰分公司", "state_enterprise", ["电信永丰分公司"]),
    "mzj": ("永丰县民政局", "civil_affairs", ["县民政局"]),
    "jtysj": ("永丰县交通运输局", "transport", ["县交通运输局"]),
    "gaj": ("永丰县公安局", "public_security", ["县公安局"]),
    "yjj": ("永丰县应急管理局", "emergency", ["县应急管理局"]),
}

TITLE = "永丰县推进“人工智能+”行动实施方案"
DOC_NUMBER = "永府办字〔2026〕15号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Yongfeng County (Jiangxi) implementation plan for the “AI+” action — synthetic",
    "issuer": "永丰县人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-22",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

PREAMBLE = "为贯彻落实省、市关于加快推进“人工智能+”行动的工作部署，推动人工智能技术在我县产业发展、公共服务和基层治理中的深度应用，加快建设吉安南部重要的新材料产业基地和绿色有机蔬菜强县，结合我县实际，制定本实施方案。当前，人工智能正加速向千行百业渗透，成为推动经济社会发展的重要力量。我县工业基础较好、农业特色鲜明，推动人工智能与实体经济深度融合具有广阔空间。各乡镇、各部门要进一步提高思想认识，抢抓发展机遇，加快推动“人工智能+”行动落地见效。"
BASIS = "近年来，我县深入实施数字经济做优做强“一号发展工程”，信息基础设施不断完善，工业园区企业上云用云、智能化改造稳步推进，数字乡村建设取得积极成效。2025年，全县建成5G基站六百余个，实施智能化改造项目三十余个，但也存在企业数字化基础薄弱、应用场景不多、专业人才缺乏等问题，需要加力推进。同时，我县拥有较好的新材料产业基础、丰富的农林资源和良好的生态环境，省、市支持人工智能发展的政策红利持续释放，为我县推进“人工智能+”行动提供了难得机遇。"
GUIDE = "（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实省委、省政府和市委、市政府关于数字经济发展的决策部署，坚持以应用为导向、以场景为牵引、以企业为主体，推动人工智能技术在新材料、电子信息、现代农业和公共服务等领域广泛应用，加快推进产业数字化和数字产业化，不断提升政府治理和公共服务智能化水平，为奋力打造“工业强县、农业大县、生态美县”注入新动能。"
PRINCIPLES = "（二）基本原则。坚持需求导向，从企业和群众最关心、最迫切的需求出发，推动人工智能技术在实际场景中落地见效；坚持因地制宜，立足我县产业基础和资源禀赋，突出特色、务求实效；坚持协同推进，强化部门联动、县乡协同和政企合作，形成工作合力；坚持安全发展，统筹发展和安全，筑牢数据安全和网络安全防线；坚持开放合作，积极对接省、市人工智能创新资源和龙头企业，借力借智加快发展，推动人工智能技术、人才、资本等要素向我县集聚。"
G1_TEXT = "到2026年底，全县“人工智能+”应用场景建设全面起步，建成开放应用场景二十个，推动规上工业企业智能化改造诊断全覆盖，政务服务事项智能导办率达到60%以上。"
G1 = [
    T("开放应用场景", "个", "eq", 20, "建成开放应用场景二十个", kind="application_scenarios"),
    T("政务服务事项智能导办率", "%", "gte", 60, "政务服务事项智能导办率达到60%以上"),
]
G2_TEXT = "到2027年，人工智能与实体经济融合水平明显提升，带动数字经济相关产业营业收入超过10亿元，累计服务中小企业1.2万家次，培育省级以上智能制造示范企业（车间）5家以上，力争1—2家企业入选省级人工智能场景应用示范，建成数字乡村示范村三十个，人工智能成为推动县域经济高质量发展的新动能。"
G2 = [
    T(
        "数字经济相关产业营业收入",
        "亿元",
        "gt",
        10,
        "带动数字经济相关产业营业收入超过10亿元",
        kind="related_industry_scale",
    ),
    T("服务中小企业", "家次", "eq", 12000, "累计服务中小企业1.2万家次", aggregation="flow"),
    T(
        "省级以上智能制造示范企业（车间）",
        "家",
        "gte",
        5,
        "培育省级以上智能制造示范企业（车间）5家以上",
    ),
    T(
        "入选省级人工智能场景应用示范的企业",
        "家",
        "range",
        1,
        "力争1—2家企业入选省级人工智能场景应用示范",
        value_max=2,
    ),
    T("数字乡村示范村", "个", "eq", 30, "建成数字乡村示范村三十个"),
]

# each task's further sentences (printed after its first ones, before the annotation)
EXTRA = {
    "完善算力网络设施": "统筹推进通信管线、机房等配套设施建设，将5G基站、光缆等纳入国土空间规划和建筑设计规范，推动公共资源向通信基础设施建设开放；引导工业园区企业开展内网改造，提升网络承载能力和安全防护水平。推动乡镇、行政村网络质量持续提升，满足智慧农业、远程医疗等应用需求。",
    "推进数据资源汇聚": "健全公共数据目录管理和质量管理制度，推动数据“一数一源”，探索公共数据授权运营，鼓励企业、合作社参与数据采集和开发利用，推动数据资源向数据资产转化。加强数据安全管理，保障数据依法有序流通。",
    "开放应用场景清单": "建立场景项目库和服务商资源池，对入库场景实行动态管理和跟踪服务，推动场景建设成果在同类企业和领域复制推广。鼓励企业、高校和科研机构围绕场景需求揭榜攻关，对成效明显的场景项目优先推荐申报省、市示范。",
    "推动新材料产业智能化": "围绕碳酸钙粉体、改性材料等重点产品，引导企业建设生产数据采集和质量追溯系统，推动产业链上下游数据贯通；支持龙头企业联合服务商打造行业解决方案，带动中小企业“看样学样”实施改造。推动企业开展能耗在线监测和智能优化，助力节能降碳。鼓励企业应用人工智能开展配方优化和新产品研发，提升产品附加值和市场竞争力。",
    "推动电子信息企业数字化转型": "鼓励企业应用智能排产、智能仓储和供应链协同系统，提升订单交付能力；支持企业申报省级数字化转型示范项目和专精特新企业，壮大园区电子信息产业规模。引导企业加强与省内外高校院所的产学研合作，提升产品研发和技术创新能力。",
    "发展智慧农业": "推动蔬菜产业数字化服务平台建设，为种植户提供气象预警、市场行情、技术指导等服务，支持农业龙头企业、合作社发展电商直播和订单农业，促进产销精准对接，提升“永丰蔬菜”品牌价值。加强基层农技人员数字技能培训，提升新型农业经营主体应用智能装备的能力。",
    "推进智慧林业建设": "推进林业资源“一张图”建设，动态掌握森林资源变化情况，提升林长制智能化管理水平，推动油茶、毛竹等林业特色产业数字化发展。加强林区通信网络覆盖，为护林员配备智能巡护终端，提高巡护效率。",
    "发展智慧文旅和商贸": "推动文旅资源数字化展示，开发线上游览、智能推荐等服务，培育一批网红打卡点；支持商贸流通企业应用智能收银、智能补货等系统，提升经营效率。推动文旅与农业、体育等融合发展，培育乡村旅游新业态。鼓励老字号和特色小店开展数字化经营，激发消费活力。",
    "推进智慧政务": "推动政务服务事项标准化、规范化，完善政务服务知识库，提升智能客服应答准确率；推动“赣服通”永丰分厅服务事项智能化升级，让企业群众办事更便捷。推动更多政务服务事项实现“掌上办”“就近办”“一次办”。建立政务服务“好差评”智能分析机制，及时发现和改进服务短板。",
    "推进智慧教育": "推动城乡学校同步课堂、名师课堂建设，促进优质教育资源共享；在中小学开展人工智能科普教育和编程教育，举办青少年科技创新活动，提升学生科学素养。加强教师人工智能应用能力培训，推动人工智能在教育教学、教育管理中的常态化应用。",
    "推进智慧医疗": "推进县域医共体信息平台建设，推动检查检验结果互认，探索人工智能慢病管理和健康监测服务，提升群众就医便利度和获得感。加强基层医务人员智能化应用培训，推动优质医疗资源下沉。推动电子健康档案向居民个人开放，提升居民自我健康管理能力。",
    "推进数字乡村建设": "推动乡村公共服务、村务管理和平安乡村建设数字化，完善村级综合服务站点功能，提升农村群众数字素养和技能水平，缩小城乡数字鸿沟。鼓励电商企业、快递企业在乡村布局服务网点，带动农民增收。推动乡村振兴与数字乡村建设统筹推进、协同发展。",
    "加强人才培育": "支持县中等专业学校开设人工智能、工业机器人等相关专业，推动校企合作共建实训基地，完善人才激励政策，为人工智能发展提供人才支撑。建立本土数字人才库，组织企业管理人员和技术骨干参加数字化转型专题培训。",
    "加强网络和数据安全防护": "加强网络安全宣传教育和人才培养，提升全社会网络安全意识和防护能力。加强关键信息基础设施安全保护，提升网络安全态势感知能力。",
    "培育数字经济市场主体": "优化营商环境，落实各项惠企政策，为数字经济企业落户发展提供全流程帮办代办服务。对新落户的数字经济企业在办公场地、人才引进等方面给予支持。",
    "推进智慧就业社保服务": "推动社保、就业等业务数据共享，实现更多服务事项“免申即享”。加强对农民工、退役军人等群体的技能培训和就业指导，帮助其提升数字技能、实现稳定就业。",
    "推进园区智慧化管理": "推动园区公共服务平台与企业生产管理系统互联互通，为企业提供融资、人才、技术等一站式服务。推动园区污水处理、固废处置等环保设施智能化监管。",
    "推进智慧交通": "推广交通运输安全智能监管，加强对“两客一危”车辆的动态监控。推动交通运输数据与公安、应急等部门共享，提升综合研判能力。",
    "推进智慧养老": "支持社会力量参与智慧养老服务，培育养老服务新业态。推动养老服务补贴智能审核发放，提高资金使用效益。",
    "发展智能物流": "推动冷链物流设施智能化建设，保障蔬菜等生鲜农产品品质。鼓励邮政、快递企业共建共享末端配送网点，提高农村物流配送效率和服务质量。",
    "推进平安永丰建设": "推动综治中心、网格化服务管理平台智能化升级，提升基层社会治理效能。依法规范视频图像信息采集和使用，保护公民个人信息安全。",
    "推动大模型普及应用": "加强对大模型应用的安全评估和规范管理。组织开展大模型应用培训和交流活动，提升机关干部和企业管理人员的应用能力。",
}

ANNEX = [
    "附件",
    "永丰县“人工智能+”应用场景建设重点方向",
    "1.智能制造：智能配料、在线检测、设备预测性维护、能耗优化控制、智能仓储物流。",
    "2.智慧农业：智能温室、水肥一体化、病虫害智能识别、农产品质量追溯、产销智能对接。",
    "3.智慧林业：森林防火智能监测、林业有害生物智能识别、林业资源动态监管。",
    "4.智慧政务：智能导办、智能预审、智能客服、惠企政策精准推送。",
    "5.智慧民生：智能辅助诊断、智慧养老、智慧课堂、智能就业服务。",
    "6.智慧治理：视频智能分析、应急智能预警、交通智能管理、基层智能治理。",
]

RULE = "各项任务中，责任单位排在第一位的为牵头单位，其余为配合单位，以下不再另行标注。"


def R(*codes):
    """Roles by the rule stated once: the first named leads, the rest support."""
    return [codes[0]], list(codes[1:])


# part (numbering, title, [task (title, body, annotation, (lead, supporting), responsible, targets, due)])
PARTS = [
    (
        "二、",
        "夯实智能发展基础",
        [
            (
                "完善算力网络设施",
                "加快千兆光网和5G网络向工业园区、乡镇延伸，新建5G基站一百二十个，推动县级政务云扩容升级，积极对接市级算力调度平台，为企业提供普惠算力服务。",
                "（责任单位：县工信局、县发改委、电信永丰分公司）",
                R("gxj", "fgw", "dx"),
                [],
                [T("新建5G基站", "个", "eq", 120, "新建5G基站一百二十个", aggregation="flow")],
                None,
            ),
            (
                "推进数据资源汇聚",
                "依托县级政务数据共享交换平台，推动部门数据按需共享，建设蔬菜产业、碳酸钙产业两个特色数据库，提升数据资源支撑能力。",
                "（责任单位：县行政审批局、县农业农村局、县工信局）",
                R("spj", "nyj", "gxj"),
                [],
                [T("特色数据库", "个", "eq", 2, "建设蔬菜产业、碳酸钙产业两个特色数据库")],
                None,
            ),
            (
                "加强网络和数据安全防护",
                "落实网络安全等级保护制度，加强政务云、重要信息系统和工业控制系统安全防护，开展网络安全风险评估和应急演练。建立人工智能应用安全管理制度，对涉及个人信息和重要数据的应用开展安全评估，防范数据泄露和算法滥用风险。",
                "（责任单位：县行政审批局、县公安局、县工信局）",
                R("spj", "gaj", "gxj"),
                [],
                [],
                None,
            ),
            (
                "开放应用场景清单",
                "每年梳理发布一批“人工智能+”场景需求清单和能力清单，组织供需对接活动不少于4场，以场景开放带动企业技术应用。",
                "（责任单位：县工信局、县科技局、县行政审批局）",
                R("gxj", "kjj", "spj"),
                [],
                [T("供需对接活动", "场", "gte", 4, "组织供需对接活动不少于4场", per_year=True)],
                None,
            ),
            (
                "推动大模型普及应用",
                "鼓励党政机关、企事业单位接入省、市统一的政务和行业大模型服务，在公文辅助、政策咨询、生产管理等环节开展应用试点，推动形成一批可复制推广的应用案例。支持本地企业基于通用大模型开发面向新材料、蔬菜等特色产业的智能问答和辅助决策工具，降低中小企业应用门槛。",
                "（责任单位：县工信局、县行政审批局、县科技局）",
                R("gxj", "spj", "kjj"),
                [],
                [],
                None,
            ),
        ],
    ),
    (
        "三、",
        "赋能产业转型升级",
        [
            (
                "推动新材料产业智能化",
                "支持碳酸钙等非金属新材料企业建设智能生产线，推广智能配料、在线检测和能耗优化系统，提升产品质量和生产效率。",
                "（责任单位：县工信局、永丰工业园区管委会）",
                R("gxj", "yq"),
                [],
                [],
                None,
            ),
            (
                "推动电子信息企业数字化转型",
                "引导园区电子信息企业实施设备联网和生产管理系统升级，开展智能化改造诊断服务，推动企业上云用数赋智。",
                "（责任单位：永丰工业园区管委会、县工信局、县科技局）",
                R("yq", "gxj", "kjj"),
                [],
                [],
                None,
            ),
            (
                "发展智能物流",
                "推进县域物流配送中心智能化改造，推广智能分拣、智能调度和无人仓储系统，完善县乡村三级物流体系，推动快递物流与农产品上行、工业品下行深度融合。支持物流企业建设物流信息平台，实现车货智能匹配和运输全程可视化，降低社会物流成本。",
                "（责任单位：县商务局、县交通运输局、县农业农村局）",
                R("swj", "jtysj", "nyj"),
                [],
                [],
                None,
            ),
            (
                "推进园区智慧化管理",
                "推动永丰工业园区建设智慧园区管理平台，整合园区企业能耗、安全、环保、物流等数据，实现园区运行监测、安全生产预警、环境监测和招商服务智能化，提升园区综合管理服务水平和承载能力。",
                "（责任单位：永丰工业园区管委会、县工信局、县应急管理局）",
                R("yq", "gxj", "yjj"),
                [],
                [],
                None,
            ),
            (
                "发展智慧农业",
                "在蔬菜主产区推广智能温室、水肥一体化和病虫害智能监测预警，建设智慧蔬菜基地八个，推动农产品质量安全追溯全覆盖。",
                "（责任单位：县农业农村局、各乡镇人民政府）",
                R("nyj", "xz"),
                [],
                [T("智慧蔬菜基地", "个", "eq", 8, "建设智慧蔬菜基地八个")],
                None,
            ),
            (
                "推进智慧林业建设",
                "应用卫星遥感、无人机巡护和智能视频监控，提升森林防火、林业有害生物监测能力，推动林下经济产品线上销售。",
                "（责任单位：县林业局、各乡镇人民政府）",
                R("lyj", "xz"),
                [],
                [],
                None,
            ),
            (
                "培育数字经济市场主体",
                "加大数字经济领域招商引资力度，重点引进智能装备、行业软件、数据服务等企业，支持本地企业与省内外人工智能企业开展合作。实施市场主体培育计划，推动一批成长性好的企业入规升级，培育一批专精特新中小企业，壮大数字经济发展主体。",
                "（责任单位：县商务局、县工信局、县市场监管局）",
                R("swj", "gxj", "scj"),
                [],
                [],
                None,
            ),
            (
                "发展智慧文旅和商贸",
                "推动重点景区建设智慧导览和客流监测系统，支持商贸企业、电商主体应用数字人直播、智能客服等工具，拓展特色农产品线上销售渠道。",
                "（责任单位：县文广新旅局、县商务局）",
                R("wlj", "swj"),
                [],
                [],
                None,
            ),
        ],
    ),
    (
        "四、",
        "提升公共服务水平",
        [
            (
                "推进智慧政务",
                "在县政务服务中心推广智能导办、智能预审，推动高频事项“免证办”“智能办”，上线政务服务智能客服，年内实现50个高频事项智能预审。",
                "（责任单位：县行政审批局；完成时限：2026年12月底前）",
                R("spj"),
                [],
                [
                    T(
                        "智能预审高频事项",
                        "个",
                        "eq",
                        50,
                        "年内实现50个高频事项智能预审",
                        deadline=2026,
                    )
                ],
                "2026-12-31",
            ),
            (
                "推进智慧教育",
                "推动人工智能进课堂，建设人工智能教育实践基地，开展教师数字素养提升培训，推广智能教学辅助工具。",
                "（责任单位：县教体局）",
                R("jtj"),
                [],
                [],
                None,
            ),
            (
                "推进智慧就业社保服务",
                "推广社保业务智能审核和待遇资格智能认证，推进就业岗位智能匹配，开展线上招聘和直播带岗活动，为企业用工和群众就业提供精准服务，提升人社公共服务智能化水平。",
                "（责任单位：县人社局）",
                R("rsj"),
                [],
                [],
                None,
            ),
            (
                "推进智慧医疗",
                "推动县人民医院应用智能辅助诊断、智能影像系统，推进乡镇卫生院远程诊疗全覆盖，提升基层医疗服务能力。",
                "（责任单位：县卫健委）",
                R("wjw"),
                [],
                [],
                None,
            ),
            (
                "推进智慧养老",
                "建设县级智慧养老服务平台，为居家老年人配备智能呼叫、健康监测等设备，推广“互联网+养老”服务模式，提升养老服务的可及性和便利性。推动敬老院、养老服务中心开展智能化改造，探索人工智能陪护、智能照护等新服务。",
                "（责任单位：县民政局、县卫健委、各乡镇人民政府）",
                R("mzj", "wjw", "xz"),
                [],
                [],
                None,
            ),
            (
                "推进智慧交通",
                "推动县城主要路口交通信号智能控制，建设智慧停车系统，推广公交车辆实时查询和智能调度，提升城区交通运行效率；推进农村公路数字化管理，提高道路养护和安全管理水平。",
                "（责任单位：县交通运输局、县公安局）",
                R("jtysj", "gaj"),
                [],
                [],
                None,
            ),
            (
                "推进数字乡村建设",
                "推广“数字乡村”综合服务平台，推动乡村治理、便民服务等事项线上办理，提升基层治理智能化水平。",
                "（责任单位：县农业农村局、各乡镇人民政府、县行政审批局）",
                R("nyj", "xz", "spj"),
                [],
                [],
                None,
            ),
            (
                "推进平安永丰建设",
                "推进视频监控智能化升级，推广人脸识别、行为分析、智能预警等应用，提升社会治安防控和应急处置能力。推动森林防火、防汛抗旱、道路交通等领域风险智能监测预警，构建精准高效的智能应急指挥体系。",
                "（责任单位：县公安局、县应急管理局、县交通运输局）",
                R("gaj", "yjj", "jtysj"),
                [],
                [],
                None,
            ),
            (
                "加强人才培育",
                "实施数字技能人才培育工程，每年开展人工智能相关技能培训500人次以上，引进一批数字经济领域专业人才。",
                "（责任单位：县人社局、县委组织部）",
                R("rsj", "zzb"),
                [],
                [
                    T(
                        "人工智能相关技能培训",
                        "人次",
                        "gte",
                        500,
                        "每年开展人工智能相关技能培训500人次以上",
                        per_year=True,
                    )
                ],
                None,
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立县推进“人工智能+”行动工作领导小组，由县政府分管领导任组长，领导小组办公室设在县工信局，统筹推进各项工作，协调解决工作中遇到的重大问题。各乡镇、各部门要切实履行职责，主要负责同志亲自抓、分管负责同志具体抓，形成一级抓一级、层层抓落实的工作格局。",
        "",
    ),
    (
        "强化要素保障",
        "统筹用好上级专项资金和县级产业发展资金，对智能化改造、场景应用示范项目给予支持。积极争取省、市专项资金和政策支持，引导金融机构创新金融产品，加大对企业智能化改造的信贷支持力度，鼓励社会资本参与项目建设。",
        "（责任单位：县财政局、县工信局）",
    ),
    (
        "强化安全监管",
        "落实网络安全和数据安全管理责任，加强人工智能应用风险防范。督促企业落实数据安全主体责任，加强对重要数据和个人信息的保护，依法打击利用人工智能实施的违法犯罪行为。加强对人工智能生成内容的管理，防范虚假信息传播，维护良好网络生态。",
        "（责任单位：县市场监管局）",
    ),
    (
        "强化宣传引导",
        "充分利用县融媒体中心、政府网站和政务新媒体等平台，广泛宣传人工智能政策措施和应用成效，组织开展人工智能进企业、进校园、进社区活动，提升干部群众对人工智能的认知和应用能力。及时总结推广各乡镇、各部门推进“人工智能+”行动的好经验、好做法，形成比学赶超的良好局面。",
        "",
    ),
    (
        "强化督导落实",
        "各责任单位要细化工作措施，每季度末将工作进展报送县工信局，县政府将适时开展督导调度，对工作推进有力、成效明显的予以通报表扬，对工作滞后的及时督促整改。要加强政策宣传和典型案例推广，营造全社会关心支持人工智能发展的良好氛围。",
        "",
    ),
]
SG_ROLES = [([], []), (["czj"], ["gxj"]), (["scj"], []), ([], []), ([], [])]


def _build():
    lines = [
        ("c", TITLE),
        ("n", f"{PREAMBLE}"),
        ("n", BASIS),
        ("n", "一、总体要求"),
        ("n", GUIDE),
        ("n", PRINCIPLES),
        ("n", "（三）工作目标"),
        ("n", G1_TEXT),
        ("n", G2_TEXT),
    ]
    for text, targets in ((G1_TEXT, G1), (G2_TEXT, G2)):
        for t in targets:
            assert t.phrase in text, t.phrase
    goals = [
        Goal("到2026年底", G1_TEXT, [_due(t, 2026) for t in G1]),
        Goal("到2027年", G2_TEXT, G2),
    ]
    sections = []
    for p, (pno, ptitle, items) in enumerate(PARTS):
        lines.append(("n", f"{pno}{ptitle}"))
        if p == 0:
            lines.append(("n", RULE))
        tasks = []
        for n, (title, body, ann, (lead, sup), resp, targets, due) in enumerate(items, 1):
            body += EXTRA.get(title, "")
            no = f"（{cn(n)}）"
            lines.append(("n", f"{no}{title}。{body}{ann}"))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}{ann}",
                    lead=lead,
                    supporting=sup,
                    responsible=resp,
                    due=due,
                )
            )
            for t in targets:
                assert t.phrase in body, t.phrase
                if due:
                    t.deadline = 2026
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        sections.append(Section(pno.strip("、"), pno, ptitle, "key_task", tasks))
    lines.append(("n", "五、保障措施"))
    sg = []
    for n, ((title, body, ann), (lead, sup)) in enumerate(
        zip(SAFEGUARDS, SG_ROLES, strict=True), 1
    ):
        no = f"（{cn(n)}）"
        lines.append(("n", f"{no}{title}。{body}{ann}"))
        sg.append(Task(no, title, f"{title}。{body}{ann}", lead=lead, supporting=sup))
    sections.append(Section("五", "五、", "保障措施", "safeguard", sg))
    lines += [("n", x) for x in ANNEX]
    return lines, goals, sections


def _due(t, year):
    t.deadline = t.deadline or year
    return t


LINES, GOALS, SECTIONS = _build()


def _html():
    body = []
    for style, text in LINES:
        if style == "c":
            body.append(f'<div align="center"><font size="4"><b>{text}</b></font></div><br>')
        else:
            body.append(f"　　{text}<br>")
    article = "\n".join(body)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>永丰县人民政府办公室关于印发永丰县推进“人工智能+”行动实施方案的通知</title>
<meta name="ColumnName" content="县政府办文件">
<meta name="ArticleTitle" content="永丰县人民政府办公室关于印发永丰县推进“人工智能+”行动实施方案的通知">
<meta name="PubDate" content="2026-04-24 16:02">
<link href="../../../images/css.css" rel="stylesheet" type="text/css">
<script language="javascript" src="../../../images/common.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="120" background="../../../images/top_bg.jpg"><img src="../../../images/logo.png" alt="永丰县人民政府" width="420" height="90"></td></tr>
  <tr><td height="40" class="nav"><a href="../../../">首　页</a>　|　<a href="../../../zwgk/">政务公开</a>　|　<a href="../../../zwfw/">政务服务</a>　|　<a href="../../../hdjl/">互动交流</a>　|　<a href="../../../zjyf/">走进永丰</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="10">&nbsp;</td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="32" class="dqwz">当前位置：<a href="../../../" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="../" class="CurrChnlCls">县政府办文件</a></td></tr>
        <tr>
          <td>
            <table width="96%" border="1" align="center" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC" style="border-collapse:collapse;font-size:12px;">
              <tr><td width="12%" bgcolor="#F2F2F2">索 引 号：</td><td width="38%">014527906/2026-00318</td><td width="12%" bgcolor="#F2F2F2">分　　类：</td><td width="38%">工业、交通\\信息产业（含电信）；通知</td></tr>
              <tr><td bgcolor="#F2F2F2">发布机构：</td><td>永丰县人民政府办公室</td><td bgcolor="#F2F2F2">成文日期：</td><td>2026-04-22</td></tr>
              <tr><td bgcolor="#F2F2F2">名　　称：</td><td colspan="3">永丰县人民政府办公室关于印发永丰县推进“人工智能+”行动实施方案的通知</td></tr>
              <tr><td bgcolor="#F2F2F2">文　　号：</td><td>{DOC_NUMBER}</td><td bgcolor="#F2F2F2">发布日期：</td><td>2026-04-24</td></tr>
            </table>
          </td>
        </tr>
        <tr><td height="60" align="center" class="title"><b>永丰县人民政府办公室关于印发永丰县推进“人工智能+”行动实施方案的通知</b></td></tr>
        <tr><td align="center" class="info">发布时间：2026-04-24　　浏览次数：<script>document.write(1268)</script>　　【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
        <tr>
          <td class="bt_content" style="line-height:2;font-size:16px;padding:20px 40px;">
<div class="TRS_Editor"><font face="仿宋_GB2312">
<div align="center">{DOC_NUMBER}</div><br>
各乡镇人民政府，县政府各部门：<br>
　　经县政府同意，现将《{TITLE}》印发给你们，请结合实际，认真抓好贯彻落实。各乡镇、各部门要按照职责分工，抓紧制定具体工作措施，明确责任人和时间节点，于每季度末将工作进展情况报县工信局汇总后报县政府。<br>
<div align="right">永丰县人民政府办公室</div>
<div align="right">2026年4月22日</div>
<div>（此件主动公开）</div><br>
{article}
</font></div>
          </td>
        </tr>
        <tr>
          <td style="padding:10px 40px;">
            <table width="100%" border="0" cellspacing="0" cellpadding="2">
              <tr><td class="fj">附件：</td></tr>
              <tr><td><a href="./P020260424583619270115.doc" target="_blank">永丰县推进“人工智能+”行动实施方案.doc</a></td></tr>
              <tr><td><a href="./P020260424583619270116.pdf" target="_blank">永丰县推进“人工智能+”行动实施方案（印发稿）.pdf</a></td></tr>
            </table>
          </td>
        </tr>
        <tr><td style="padding:10px 40px;">相关链接：<a href="../../../zwgk/zcjd/">政策解读</a>　<a href="https://www.jiangxi.gov.cn/">江西省人民政府</a>　<a href="https://www.jian.gov.cn/">吉安市人民政府</a>　<a href="../../../zwgk/zcwj/">县政府文件</a>　<a href="../../../zwgk/gsgg/">公示公告</a></td></tr>
        <tr><td align="right" style="padding:10px 40px;">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
      </table>
    </td>
    <td width="10">&nbsp;</td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td align="center" height="80">主办单位：永丰县人民政府办公室　　承办：永丰县融媒体中心<br>赣ICP备05000318号　　赣公网安备 36082502000118号　　网站标识码：3608250001</td></tr>
</table>
</body>
</html>
"""


TEXT = _html()

AGENCIES = agencies(A)

EXTRACTION = {
    "zone": {
        "slug": "yongfeng-jiangxi-county",
        "name": "永丰县",
        "name_en": "Yongfeng County (Jiangxi)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 永丰县推进“人工智能+”行动实施方案 (永丰县人民政府办公室, 永府办字〔2026〕15号, 2026-04-22)
# — SYNTHETIC (synthetic_bn): WRITTEN by the collector (helper blindBN, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_yongfeng.py as the portal page saved as served
#   (.html declared charset=gb2312, bytes GB18030/GBK).
# Zone yongfeng-jiangxi-county (江西 吉安 永丰县, a county) → district level; period 2026–2027 (the goals reach 2027).
# Page: layout tables (header, nav, breadcrumb), an 信息公开 table (索引号, 分类, 发布机构, 成文日期, 名称, 文号, 发布日期), the
#   notice title, then ONE <td> holding the notice and the plan as lines separated by <br> (full-width spaces as indents, no <p>),
#   a 附件 list (two links: .doc and .pdf of the same plan), print/close links, footer.
# Outline: title; preamble; a 2025 baseline paragraph (no targets); 一、总体要求 with run-in （一）指导思想。 （二）基本原则。 and
#   （三）工作目标 = two dated paragraphs → goals "到2026年底" (2 targets) and "到2027年" (5); parts 二、–四、
#   (key_task sections) of tasks （一）… restarting per part, each one line "（N）标题。正文（责任单位：X、Y）"; 五、保障措施
#   （一）–（五） → safeguard tasks, two annotated; an in-text 附件 of scene directions 1.–6. → no task.
# Roles: the rule stated once on the line after 二、's heading — "责任单位排在第一位的为牵头单位，其余为配合单位，以下不再另行标注" →
#   in every later annotation the first name leads, the others are supporting (配合单位, as the rule words them); a single name →
#   lead. Applied also to the safeguards' annotations (they follow the rule). 各乡镇人民政府 → one collective (the notice's
#   addressee names no role). "完成时限：2026年12月底前" inside one annotation (四.一) → the task's due; its figure → 2026.
# Targets: 二十个 / 三十个 / 一百二十个 / 八个 / 两个 → numbers; 1.2万家次 → 12000 家次 (flow, 累计服务); 1—2家 → range 1–2; 超过 → gt;
#   每年… → per-year flow. Task figures with no year → 2027 (plan end).
"""

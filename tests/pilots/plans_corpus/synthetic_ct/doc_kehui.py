# ruff: noqa: E501  (plan text as the offices write it)
"""珂洄人工智能协同发展走廊建设行动方案（2026—2028年） — INVENTED (synthetic_ct). A JOINT 行动方案 of two neighbouring
provinces (珂川省, 洄岳省) issued together by both 人民政府办公厅 as a Word file: a joint red head (two issuers over 文件),
one 发文字号, both signatures; goals for the corridor as a whole ("到2026年底" / "到2028年"); 二、重点任务 of groups （一）–（五）
with items 1.… restarting per group, each closing on an annotation naming agencies of BOTH provinces with their province
prefixes — "珂川省经济和信息化厅、洄岳省工业和信息化厅按职责分工负责", "两省发展改革委牵头" (one body in each province),
"两省科技厅、教育厅" (a shared collective prefix over two names), "珂川省X牵头，珂川省Y配合；洄岳省X牵头，洄岳省Y配合" per
side, the joint office "走廊联席办" (a short name defined once) leading a few; 三、保障措施 （一）–（四）, two annotated; 抄送 /
印发."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "kehui-ai-corridor-action-plan-2026-synthetic"
KIND = "docx"

# code → (full name, category, printed forms standing for this one body alone)
A = {
    "lxb": (
        "珂洄人工智能协同发展走廊建设联席会议办公室",
        "government",
        ["珂洄人工智能协同发展走廊建设联席会议办公室", "走廊联席办"],
    ),
    "kc-fgw": ("珂川省发展和改革委员会", "development_reform", ["珂川省发展改革委"]),
    "hy-fgw": ("洄岳省发展和改革委员会", "development_reform", ["洄岳省发展改革委"]),
    "kc-jxt": ("珂川省经济和信息化厅", "industry_it", ["珂川省经济和信息化厅"]),
    "hy-gxt": ("洄岳省工业和信息化厅", "industry_it", ["洄岳省工业和信息化厅"]),
    "kc-kjt": ("珂川省科学技术厅", "science_technology", ["珂川省科技厅"]),
    "hy-kjt": ("洄岳省科学技术厅", "science_technology", ["洄岳省科技厅"]),
    "kc-sjj": ("珂川省数据局", "big_data", ["珂川省数据局"]),
    "hy-sjj": ("洄岳省数据局", "big_data", ["洄岳省数据局"]),
    "kc-txj": ("珂川省通信管理局", "industry_it", ["珂川省通信管理局"]),
    "hy-txj": ("洄岳省通信管理局", "industry_it", ["洄岳省通信管理局"]),
    "kc-jyt": ("珂川省教育厅", "education", ["珂川省教育厅"]),
    "hy-jyt": ("洄岳省教育厅", "education", ["洄岳省教育厅"]),
    "kc-rst": ("珂川省人力资源和社会保障厅", "human_resources", ["珂川省人力资源社会保障厅"]),
    "hy-rst": ("洄岳省人力资源和社会保障厅", "human_resources", []),
    "kc-swt": ("珂川省商务厅", "commerce", ["珂川省商务厅"]),
    "hy-swt": ("洄岳省商务厅", "commerce", []),
    "kc-czt": ("珂川省财政厅", "finance", []),
    "hy-czt": ("洄岳省财政厅", "finance", []),
    "kc-jtt": ("珂川省交通运输厅", "transport", ["珂川省交通运输厅"]),
    "hy-jtt": ("洄岳省交通运输厅", "transport", ["洄岳省交通运输厅"]),
    "kc-wjw": ("珂川省卫生健康委员会", "health", ["珂川省卫生健康委"]),
    "hy-wjw": ("洄岳省卫生健康委员会", "health", ["洄岳省卫生健康委"]),
    "yx-sz": (
        "珂川省、洄岳省走廊沿线各市（州）人民政府",
        "local_government",
        ["走廊沿线各市（州）人民政府"],
    ),
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


CORRIDOR = "珂洄人工智能协同发展走廊"
TITLE = f"{CORRIDOR}建设行动方案（2026—2028年）"
NOTICE_TITLE = f"珂川省人民政府办公厅 洄岳省人民政府办公厅关于印发{TITLE}的通知"
DOC_NUMBER = "珂府办发〔2026〕15号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Kechuan–Huiyue AI collaborative development corridor action plan 2026–2028 — synthetic",
    "issuer": "珂川省人民政府办公厅、洄岳省人民政府办公厅",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-24",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"经珂川省人民政府、洄岳省人民政府同意，现将《{TITLE}》印发给你们，请认真组织实施。两省各有关部门要按照“统一谋划、分头推进、协同落实”的要求，加强工作对接，每半年将本部门工作进展情况分别报送珂川省发展改革委、洄岳省发展改革委，由两省发展改革委汇总后报送走廊建设联席会议。"
PREAMBLE = f"为深入贯彻国家关于深入实施“人工智能+”行动和推动区域协调发展的决策部署，落实珂川省人民政府、洄岳省人民政府《关于深化珂洄全面合作的框架协议》，携手建设{CORRIDOR}（以下简称走廊），两省共同设立珂洄人工智能协同发展走廊建设联席会议办公室（以下简称走廊联席办）统筹推进，推动两省人工智能产业链、创新链、数据链、人才链深度融合，打造中西部人工智能协同发展示范区，制定本方案。走廊范围包括珂川省璃阳市、箬溪市、墨台市和洄岳省澄沔市、雁汀市、柘岗市共6市，规划面积约3.2万平方公里。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，坚持“一盘棋”谋划、“一体化”推进，打破行政区划壁垒，推动算力设施互联互通、数据资源共享共用、创新平台共建共享、应用场景互认互通、产业链条协作配套、政策服务同城同标，把走廊建设成为两省人工智能高质量发展的重要引擎和区域协同发展的标志性工程。"
PRINCIPLES = "坚持统筹协同，强化两省顶层设计和规划衔接，凡是涉及走廊整体的重大事项共同研究、共同决策；坚持优势互补，发挥珂川省电子信息、装备制造和洄岳省能源、数据资源优势，错位布局、协作配套；坚持市场主导，充分发挥企业主体作用，破除要素跨省流动的体制机制障碍；坚持共建共享，建设成果由两省企业和群众共同享有，协同发展红利由两省共同分享。"
BASIS = "2025年，走廊人工智能核心产业规模达到920亿元，人工智能企业约860家，智能算力规模约6EFLOPS，两省已在璃阳市、澄沔市布局两个国家级算力枢纽节点集群的配套数据中心，联合建设省级以上创新平台9个，人才、技术、数据等要素跨省流动日益频繁。同时，走廊内算力资源分属两省、调度割裂，数据跨省流通规则尚不统一，场景和政策互认程度不高，产业协作仍以企业自发为主，协同发展的体制机制有待完善。"
G1_TEXT = "到2026年底，走廊算力调度、数据共享、场景互认等协同机制基本建立，跨省算力调度平台上线运行，互认共享的“人工智能+”应用场景达到40个，联合发布行业高质量数据集20个以上，两省人工智能人才职称评审和技能等级认定结果在走廊内互认通用。"
G1 = [
    T(
        "互认共享的“人工智能+”应用场景",
        "个",
        "eq",
        40,
        "互认共享的“人工智能+”应用场景达到40个",
        kind="application_scenarios",
        deadline=2026,
    ),
    T(
        "联合发布行业高质量数据集",
        "个",
        "gte",
        20,
        "联合发布行业高质量数据集20个以上",
        deadline=2026,
    ),
]
G2_TEXT = "到2028年，走廊人工智能协同发展格局全面形成，人工智能核心产业规模突破2000亿元，年均增长25%以上，人工智能企业超过1500家，其中两省共同认定的走廊重点人工智能企业100家；智能算力规模达到20EFLOPS，跨省调度算力占比不低于30%；联合共建省级以上人工智能创新平台30个，打造跨省协同的人工智能产业集群3个，互认共享的“人工智能+”应用场景累计达到150个，培养培训人工智能相关人才10万人次。"
G2 = [
    T(
        "走廊人工智能核心产业规模",
        "亿元",
        "gt",
        2000,
        "人工智能核心产业规模突破2000亿元",
        kind="ai_industry_scale",
    ),
    T("走廊人工智能核心产业规模年均增速", "%", "gte", 25, "年均增长25%以上"),
    T("走廊人工智能企业", "家", "gt", 1500, "人工智能企业超过1500家", kind="ai_enterprises"),
    T(
        "两省共同认定的走廊重点人工智能企业",
        "家",
        "eq",
        100,
        "其中两省共同认定的走廊重点人工智能企业100家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T(
        "走廊智能算力规模",
        "EFLOPS",
        "eq",
        20,
        "智能算力规模达到20EFLOPS",
        kind="computing_power",
    ),
    T("跨省调度算力占比", "%", "gte", 30, "跨省调度算力占比不低于30%"),
    T(
        "联合共建省级以上人工智能创新平台",
        "个",
        "eq",
        30,
        "联合共建省级以上人工智能创新平台30个",
        kind="innovation_platforms",
    ),
    T("跨省协同的人工智能产业集群", "个", "eq", 3, "打造跨省协同的人工智能产业集群3个"),
    T(
        "互认共享的“人工智能+”应用场景",
        "个",
        "eq",
        150,
        "互认共享的“人工智能+”应用场景累计达到150个",
        kind="application_scenarios",
    ),
    T(
        "培养培训人工智能相关人才",
        "人次",
        "eq",
        100000,
        "培养培训人工智能相关人才10万人次",
        kind="talent",
        aggregation="flow",
    ),
]

# group: (numbering, title, items); item: (title, rest, annotation, lead, supporting, responsible, targets)
GROUPS = [
    (
        "（一）",
        "共建一体化算力网络",
        [
            (
                "建设跨省算力调度平台",
                "依托璃阳、澄沔两个算力枢纽配套数据中心集群，共同建设走廊算力调度平台，统一算力资源目录、计量标准和结算规则，推动两省公共算力资源“一网调度、一键调用”，2026年底前平台上线运行，到2028年接入走廊内智能算力资源的80%以上。建立两省算力资源统一监测和运行分析机制，定期发布走廊算力供需报告，引导两省新建算力项目统筹布局、错位发展，避免重复建设和低水平竞争。",
                "（珂川省发展改革委、洄岳省发展改革委牵头，两省数据局、通信管理局配合）",
                ["kc-fgw", "hy-fgw"],
                ["kc-sjj", "hy-sjj", "kc-txj", "hy-txj"],
                [],
                [
                    T(
                        "走廊算力调度平台接入智能算力资源比例",
                        "%",
                        "gte",
                        80,
                        "到2028年接入走廊内智能算力资源的80%以上",
                    )
                ],
            ),
            (
                "建设跨省高速直连网络",
                "推动基础电信企业建设璃阳至澄沔、墨台至柘岗的算力高速直连通道，走廊内数据中心之间网络时延控制在5毫秒以内，新建跨省骨干光缆600公里。推进走廊6市千兆光网和5G网络协同规划、同步建设。探索建立跨省网络资费协商机制，降低企业跨省使用算力的网络成本。",
                "（两省通信管理局牵头，珂川省经济和信息化厅、洄岳省工业和信息化厅配合）",
                ["kc-txj", "hy-txj"],
                ["kc-jxt", "hy-gxt"],
                [],
                [
                    T("走廊数据中心间网络时延", "毫秒", "lte", 5, "网络时延控制在5毫秒以内"),
                    T(
                        "新建跨省骨干光缆",
                        "公里",
                        "eq",
                        600,
                        "新建跨省骨干光缆600公里",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "推行算力券跨省通用",
                "两省分别设立的算力券在走廊内互认通用，企业在对方省份使用算力服务的，由企业注册地省份按本省政策给予补贴，补贴比例不超过合同金额的30%。建立两省算力券使用情况定期对账机制。加强算力券申领、核销全过程监管，防止重复申领和套取补贴。",
                "（两省数据局牵头，两省财政厅配合）",
                ["kc-sjj", "hy-sjj"],
                ["kc-czt", "hy-czt"],
                [],
                [],
            ),
        ],
    ),
    (
        "（二）",
        "推动数据要素跨省流通",
        [
            (
                "统一公共数据共享规则",
                "联合制定走廊公共数据跨省共享目录和技术标准，建设走廊数据共享交换节点，推动市场监管、社保、交通、医疗等领域高频数据跨省共享，共享数据目录达到800项。建立跨省数据共享需求对接、异议处理和安全审计机制，明确数据提供方、使用方安全责任，确保共享数据依法合规使用。",
                "（珂川省数据局牵头，珂川省交通运输厅、卫生健康委配合；洄岳省数据局牵头，洄岳省交通运输厅、卫生健康委配合）",
                ["kc-sjj", "hy-sjj"],
                ["kc-jtt", "kc-wjw", "hy-jtt", "hy-wjw"],
                [],
                [T("走廊跨省共享数据目录", "项", "eq", 800, "共享数据目录达到800项")],
            ),
            (
                "共建行业高质量数据集",
                "围绕装备制造、电子信息、现代农业、文化旅游等走廊优势产业，组织两省龙头企业和科研机构联合建设行业高质量数据集，到2028年累计联合发布60个以上，建立数据集跨省登记、互认和收益分配机制。鼓励两省企业开放生产经营数据，参与数据集共建共享。",
                "（两省数据局、科技厅按职责分工负责）",
                [],
                [],
                ["kc-sjj", "hy-sjj", "kc-kjt", "hy-kjt"],
                [
                    T(
                        "联合发布行业高质量数据集",
                        "个",
                        "gte",
                        60,
                        "到2028年累计联合发布60个以上",
                    )
                ],
            ),
            (
                "培育跨省数据流通市场",
                "支持两省数据交易机构互设服务站点，推动数据产品跨省挂牌、互认交易，培育数据标注、数据经纪等数据服务企业50家，探索建设走廊数据要素流通服务平台。探索数据资产登记、评估和入表跨省互认，推动数据要素市场规则衔接。",
                "（两省数据局牵头，两省发展改革委、商务厅配合）",
                ["kc-sjj", "hy-sjj"],
                ["kc-fgw", "hy-fgw", "kc-swt", "hy-swt"],
                [],
                [T("数据服务企业", "家", "eq", 50, "培育数据标注、数据经纪等数据服务企业50家")],
            ),
        ],
    ),
    (
        "（三）",
        "协同开展创新攻关",
        [
            (
                "共建联合创新平台",
                "支持两省高校、科研院所和龙头企业共建人工智能联合实验室、技术创新中心和中试验证平台，每年联合组织实施关键技术攻关项目10项以上，推动创新平台仪器设备跨省开放共享。支持两省高校在人工智能基础理论、核心算法、智能芯片等方向开展联合培养和协同研究，推动创新平台面向走廊企业提供技术服务。",
                "（珂川省科技厅牵头，珂川省教育厅配合；洄岳省科技厅牵头，洄岳省教育厅配合）",
                ["kc-kjt", "hy-kjt"],
                ["kc-jyt", "hy-jyt"],
                [],
                [
                    T(
                        "联合组织实施关键技术攻关项目",
                        "项",
                        "gte",
                        10,
                        "每年联合组织实施关键技术攻关项目10项以上",
                        per_year=True,
                        kind="research_results",
                    )
                ],
            ),
            (
                "联合研发行业大模型",
                "聚焦装备制造、能源化工、山地农业、文化旅游等领域，支持两省企业组建创新联合体，共同研发行业大模型12个，推动模型在走廊内企业间共享调用。建立走廊行业大模型评测和备案服务协同机制，对在一方完成评测的模型，另一方不再重复评测。",
                "（珂川省经济和信息化厅、洄岳省工业和信息化厅牵头，两省科技厅配合）",
                ["kc-jxt", "hy-gxt"],
                ["kc-kjt", "hy-kjt"],
                [],
                [T("共同研发行业大模型", "个", "eq", 12, "共同研发行业大模型12个")],
            ),
            (
                "促进科技成果跨省转化",
                "建立走廊科技成果库和技术需求库，推行科技创新券跨省通用，每年举办走廊人工智能成果对接活动不少于4场，推动两省技术合同成交额中跨省部分年均增长15%。鼓励两省技术转移机构互设分支机构，联合培养技术经理人。",
                "（两省科技厅按职责分工负责）",
                [],
                [],
                ["kc-kjt", "hy-kjt"],
                [
                    T(
                        "走廊人工智能成果对接活动",
                        "场",
                        "gte",
                        4,
                        "每年举办走廊人工智能成果对接活动不少于4场",
                        per_year=True,
                    ),
                    T(
                        "两省技术合同成交额中跨省部分年均增速",
                        "%",
                        "eq",
                        15,
                        "两省技术合同成交额中跨省部分年均增长15%",
                    ),
                ],
            ),
        ],
    ),
    (
        "（四）",
        "共育协作配套的产业集群",
        [
            (
                "共建跨省产业集群",
                "以璃阳—澄沔智能终端、箬溪—雁汀智能装备、墨台—柘岗智慧农业为重点，打造跨省协同的人工智能产业集群，编制集群产业链图谱和协作配套清单，推动两省企业互为供应商。支持集群内企业联合申报国家级先进制造业集群和中小企业特色产业集群，建立集群跨省协同服务机构，推动集群内企业在研发、采购、物流、市场等环节深度协作。",
                "（珂川省经济和信息化厅、洄岳省工业和信息化厅按职责分工负责）",
                [],
                [],
                ["kc-jxt", "hy-gxt"],
                [],  # 产业集群3个: the goals' figure, not printed here
            ),
            (
                "开展联合招商",
                "建立走廊招商信息共享和项目流转机制，对一方引进但落地条件更适宜另一方的项目，协商推动跨省落地并共享统计指标，每年联合开展专题招商推介活动6次以上。联合编制走廊人工智能产业招商地图，统一对外宣传推介走廊整体形象。",
                "（两省商务厅牵头，走廊沿线各市（州）人民政府按职责分工负责）",
                ["kc-swt", "hy-swt"],
                [],
                ["yx-sz"],
                [
                    T(
                        "联合专题招商推介活动",
                        "次",
                        "gte",
                        6,
                        "每年联合开展专题招商推介活动6次以上",
                        per_year=True,
                    )
                ],
            ),
            (
                "共认走廊重点企业",
                "制定走廊重点人工智能企业共同认定办法，两省对共同认定的企业在评优评先、项目申报、融资对接等方面给予同等支持，认定名单实行动态调整。对走廊重点企业在两省之间迁移、设立分支机构的，简化办理流程，保持政策支持的连续性。",
                "（走廊联席办牵头，两省工业和信息化主管部门配合）",
                ["lxb"],
                ["kc-jxt", "hy-gxt"],
                [],
                [],
            ),
        ],
    ),
    (
        "（五）",
        "推进场景和服务互认互通",
        [
            (
                "建立应用场景互认机制",
                "两省统一“人工智能+”应用场景征集、评审和发布标准，对一方认定的示范场景另一方予以互认，定期联合发布走廊场景机会清单，每年发布场景机会200个以上。优先在智能制造、智慧交通、智慧医疗、智慧文旅等领域开放跨省应用场景，支持两省企业同台竞争、公平参与。",
                "（走廊联席办牵头，两省发展改革委、数据局配合）",
                ["lxb"],
                ["kc-fgw", "hy-fgw", "kc-sjj", "hy-sjj"],
                [],
                [
                    T(
                        "走廊场景机会清单发布场景机会",
                        "个",
                        "gte",
                        200,
                        "每年发布场景机会200个以上",
                        per_year=True,
                        kind="application_scenarios",
                    )
                ],
            ),
            (
                "推进政务服务“跨省通办”",
                "运用人工智能技术建设走廊政务服务智能客服，推动企业登记、社保转移、医保结算等高频事项“跨省通办”，到2026年底“跨省通办”事项达到180项，2028年达到300项。推动两省政务服务大模型知识库共建共享，提高跨省事项智能问答准确率。",
                "（两省数据局牵头，珂川省人力资源社会保障厅配合）",
                ["kc-sjj", "hy-sjj"],
                ["kc-rst"],
                [],
                [
                    T(
                        "走廊“跨省通办”事项",
                        "项",
                        "eq",
                        180,
                        "到2026年底“跨省通办”事项达到180项",
                        deadline=2026,
                    ),
                    T("走廊“跨省通办”事项", "项", "eq", 300, "2028年达到300项"),
                ],
            ),
            (
                "推动交通医疗智能协同",
                "共建走廊智慧交通协同管理平台，推动跨省客货运智能调度和路网运行监测；推动两省医疗机构人工智能辅助诊断结果互认，跨省远程医疗协作医院达到60家。推进走廊内高速公路、国省干线智能化改造，推动两省医学影像、检验检查数据在走廊内调阅共享。",
                "（珂川省交通运输厅、洄岳省交通运输厅牵头，两省卫生健康委配合）",
                ["kc-jtt", "hy-jtt"],
                ["kc-wjw", "hy-wjw"],
                [],
                [T("跨省远程医疗协作医院", "家", "eq", 60, "跨省远程医疗协作医院达到60家")],
            ),
            (
                "推进人才培养和互认",
                "两省互认人工智能领域职称评审和职业技能等级认定结果，共建人工智能产教融合实训基地10个，推行高层次人才服务卡走廊内通用。建立走廊人工智能人才需求目录，定期联合举办人才招聘活动，促进人才在走廊内有序流动。",
                "（两省人力资源社会保障厅牵头，珂川省教育厅、洄岳省教育厅配合）",
                ["kc-rst", "hy-rst"],
                ["kc-jyt", "hy-jyt"],
                [],
                [
                    T(
                        "共建人工智能产教融合实训基地",
                        "个",
                        "eq",
                        10,
                        "共建人工智能产教融合实训基地10个",
                    )
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "健全协同推进机制",
        "在珂洄合作联席会议框架下设立走廊建设联席会议，由两省分管副省长共同召集，每年召开全体会议一次，研究协同发展重大事项。走廊联席办实行两省轮值，负责联席会议日常工作和跨省事项协调。",
        None,
        [],
        [],
        [],
    ),
    (
        "（二）",
        "加大财政金融支持",
        "两省财政按照各自事权安排资金支持走廊重大项目，共同发起设立规模50亿元的走廊人工智能产业投资基金。鼓励金融机构开展跨省联合授信，推广“科技贷”“算力贷”等产品。",
        "（两省财政厅牵头，两省发展改革委配合）",
        ["kc-czt", "hy-czt"],
        ["kc-fgw", "hy-fgw"],
        [],
    ),
    (
        "（三）",
        "统一政策和标准",
        "建立两省人工智能政策协同会商制度，新出台的支持政策同步向对方通报，逐步实现走廊内企业资质、产品认证、检验检测结果互认，联合制定人工智能地方标准。",
        "（走廊联席办牵头，两省有关部门按职责分工负责）",
        ["lxb"],
        [],
        [],
    ),
    (
        "（四）",
        "强化督促评估",
        "走廊联席办每年对本方案落实情况开展联合评估，评估结果报两省人民政府。两省有关部门要将走廊建设任务纳入本部门年度工作计划，加强信息共享和工作对接，确保各项任务落地见效。",
        None,
        [],
        [],
        [],
    ),
]

CC = "抄送：珂川省委办公厅、洄岳省委办公厅，两省人大常委会办公厅、政协办公厅。"
PRINTED = "珂川省人民政府办公厅　　　　　　　　2026年3月24日印发"


def _build():
    blocks = [
        ("head", "珂川省人民政府办公厅"),
        ("head", "洄岳省人民政府办公厅文件"),
        ("docno", DOC_NUMBER),
        ("title", NOTICE_TITLE),
        (
            "addressee",
            "珂川省、洄岳省走廊沿线各市（州）人民政府，两省人民政府各部门、各直属机构：",
        ),
        ("body", NOTICE),
        ("sign", "珂川省人民政府办公厅　　洄岳省人民政府办公厅"),
        ("date", "2026年3月24日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("h1", "一、总体要求"),
        ("h2", "（一）指导思想"),
        ("body", GUIDE),
        ("h2", "（二）基本原则"),
        ("body", PRINCIPLES),
        ("h2", "（三）发展基础"),
        ("body", BASIS),
        ("h2", "（四）主要目标"),
        ("body", G1_TEXT),
        ("body", G2_TEXT),
        ("h1", "二、重点任务"),
    ]
    for text, targets in ((G1_TEXT, G1), (G2_TEXT, G2)):
        for t in targets:
            assert t.phrase in text, t.phrase
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2028年", G2_TEXT, G2)]
    subs = []
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for n, (title, rest, ann, lead, sup, resp, targets) in enumerate(items, 1):
            for code in lead + sup + resp:
                assert code in A, code
            blocks.append(("item", (f"{n}.{title}。", f"{rest}{ann}")))
            tasks.append(Task(f"{n}.", title, f"{title}。{rest}{ann}", lead, resp, sup))
            for t in targets:
                assert t.phrase in rest, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=f"{n}."))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sections = [Section("二", "二、", "重点任务", "key_task", sections=subs)]
    blocks.append(("h1", "三、保障措施"))
    sg = []
    for no, title, text, ann, lead, sup, resp in SAFEGUARDS:
        blocks.append(("item", (f"{no}{title}。", f"{text}{ann or ''}")))
        sg.append(Task(no, title, f"{title}。{text}{ann or ''}", lead, resp, sup))
    sections.append(Section("三", "三、", "保障措施", "safeguard", sg))
    blocks += [("rule", ""), ("addressee", CC), ("addressee", PRINTED)]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()


def _printed_text():
    out = []
    for _, text in BLOCKS:
        out += list(text) if isinstance(text, tuple) else [text]
    return "\n".join(out)


PRINTED_TEXT = _printed_text()
# an alias is a form the document prints: a body named only inside "两省X" or after a shared prefix has none
AGENCIES = [
    Agency(code, name, [a for a in printed if a in PRINTED_TEXT], cat)
    for code, (name, cat, printed) in A.items()
]

EXTRACTION = {
    "zone": {
        "slug": "kehui-ai-corridor",
        "name": CORRIDOR,
        "name_en": "Kechuan–Huiyue AI collaborative development corridor",
        "level": "municipality",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 珂洄人工智能协同发展走廊建设行动方案（2026—2028年） (珂川省人民政府办公厅、洄岳省人民政府办公厅, 珂府办发〔2026〕15号,
#   2026-03-24)
# — SYNTHETIC (synthetic_ct): WRITTEN by the collector (helper blindCT, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_kehui.py as a Word file.
# Zone kehui-ai-corridor: the corridor two invented provinces (珂川省, 洄岳省) build together across their border, its plan issued
#   by both provinces' 人民政府办公厅 → level municipality (the provincial level, as the schema has no province level).
# Outline: a joint red head (two issuers, 文件), one 发文字号 (the first issuer's), the notice (reporting 每半年: no target), both
#   signatures on one line, date, page break, title; a preamble (the corridor's six cities and 3.2万平方公里: context, no target);
#   一、总体要求 （一）指导思想 （二）基本原则 ("坚持…；坚持…": no tasks) （三）发展基础 (2025 baselines: no targets)
#   （四）主要目标 = two dated paragraphs → goals "到2026年底"
#   (2 targets, due 2026) and "到2028年" (10); 二、重点任务 groups （一）–（五） of items 1.… restarting per group, each "N.标题。正文
#   （annotation）" → nested key_task sections; 三、保障措施 （一）–（四） → safeguard tasks, two annotated; 抄送 / 印发.
# Agencies: every body of either province is its own agency, named with its province ("珂川省数据局", "洄岳省数据局"). A
#   COLLECTIVE mention of both provinces' bodies — "两省发展改革委", "两省数据局、通信管理局", "两省科技厅、教育厅", "两省工业和信息化
#   主管部门" — stands for one body in EACH province: it assigns the role to both (the 两省 prefix shared over a list, as "省工信厅、
#   发改委" shares 省); it is no agency of its own and no alias of either (aliases are forms naming the one body). "两省工业和信息化
#   主管部门" = 珂川省经济和信息化厅 + 洄岳省工业和信息化厅 (each province's department in charge of industry and IT). "珂川省交通运输厅、
#   卫生健康委" shares 珂川省. 走廊联席办 = 珂洄人工智能协同发展走廊建设联席会议办公室 (defined once in the preamble "（以下简称
#   走廊联席办）"; it leads two tasks and a safeguard; 保障措施 （一）'s "负责联席会议日常工作" assigns no role). "走廊沿线各市（州）人民政府" one collective (both provinces' corridor cities). "两省有关部门"
#   generic → no agency.
# Roles: "X、Y牵头，Z配合" → lead / supporting; "珂川省X牵头，珂川省Y配合；洄岳省X牵头，洄岳省Y配合" → both X lead, both Y
#   supporting (each side's lead and supporter pooled on the one task: the schema holds no per-side roles); "按职责分工负责" →
#   responsible (after a lead too).
# Targets: corridor-wide figures. Task figures with no year of their own are due 2028 (the plan's end); "到2026年底…180项" due 2026.
#   Not targets: 2025 baselines; the 算力券 rate (不超过合同金额的30%); 设立规模50亿元的…基金 (a fund being set up); the six cities and
#   3.2万平方公里 (context); 每年召开全体会议一次 (a meeting rule in a safeguard). 其中…100家 → parent of 1500家; 年均增长25%以上 beside
#   the level → a target of its own. "到2028年累计联合发布60个以上" is not the 2026 goal's "20个以上" (another year): its own target;
#   "累计达到150个" likewise beside 40个 (2026).
"""

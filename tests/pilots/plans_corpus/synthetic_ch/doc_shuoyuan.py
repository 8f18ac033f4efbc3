# ruff: noqa: E501  (plan text as the office writes it)
"""朔原省“十五五”人工智能产业发展规划 — INVENTED (synthetic_ch). A Word file (.docx): the 办公厅's notice, the plan's
title, a 目录 (chapter lines with tab and page number), 前言, six chapters 第一章…第六章 of sections 第一节/第二节…:
第一章 发展基础与形势 (PAST figures of the 十四五, national figures as context), 第二章 总体要求 (第三节 发展目标: one
paragraph "到2030年，…", a 2035 vision without figures, 表1 主要指标 — 指标 | 单位 | 2025年（基期） | 2030年 | 年均增速/累计 |
属性, "[ ]" five-year sums), 第三章–第五章 of tasks (each 第X节 ONE task, its body one paragraph, NO annotation), a 专栏 box
of 重点工程 after 第三章 and after 第四章, 第六章 保障措施, and 附件 重点任务分工表 (序号 | 重点任务 | 牵头单位 | 参与单位 |
完成时限) — the only place the roles stand."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "shuoyuan-ai-industry-15th-five-year-plan-synthetic"
KIND = "docx"

# printed form → (code, full name, category)
A = {
    "省发展改革委": ("fgw", "朔原省发展和改革委员会", "development_reform"),
    "省工业和信息化厅": ("gxt", "朔原省工业和信息化厅", "industry_it"),
    "省科技厅": ("kjt", "朔原省科学技术厅", "science_technology"),
    "省数据局": ("sjj", "朔原省数据局", "big_data"),
    "省商务厅": ("swt", "朔原省商务厅", "commerce"),
    "省市场监管局": ("scj", "朔原省市场监督管理局", "market_regulation"),
    "各市人民政府": ("gs", "朔原省各市人民政府", "local_government"),
    "省国资委": ("gzw", "朔原省人民政府国有资产监督管理委员会", "other"),
    "省卫生健康委": ("wjw", "朔原省卫生健康委员会", "health"),
    "省教育厅": ("jyt", "朔原省教育厅", "education"),
    "省民政厅": ("mzt", "朔原省民政厅", "civil_affairs"),
    "省人力资源社会保障厅": ("rst", "朔原省人力资源和社会保障厅", "human_resources"),
    "省公安厅": ("gat", "朔原省公安厅", "public_security"),
    "省住房城乡建设厅": ("zjt", "朔原省住房和城乡建设厅", "housing_construction"),
    "省通信管理局": ("txj", "朔原省通信管理局", "industry_it"),
    "省能源局": ("nyj", "朔原省能源局", "development_reform"),
    "省委网信办": ("wxb", "中共朔原省委网络安全和信息化委员会办公室", "publicity"),
    "省农业农村厅": ("nyt", "朔原省农业农村厅", "agriculture"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def codes(names):
    return [A[n][0] for n in names]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "朔原省“十五五”人工智能产业发展规划"
DOC_NUMBER = "朔政办发〔2026〕11号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Shuoyuan Province 15th Five-Year (2026–2030) AI industry development plan — synthetic",
    "issuer": "朔原省人民政府办公厅",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-26",
    "period_start": 2026,
    "period_end": 2030,
    "milestone_years": [2028, 2030],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"《{TITLE}》已经省人民政府同意，现印发给你们，请结合实际认真贯彻执行。各地、各有关部门要加强组织领导，强化协同配合，确保规划确定的目标任务如期完成。规划实施中的重大问题，请及时报告省人民政府。"
TOC = [
    ("前　　言", 1),
    ("第一章　发展基础与形势", 1),
    ("第二章　总体要求", 2),
    ("第三章　构建现代化人工智能产业体系", 4),
    ("第四章　深化“人工智能+”融合应用", 5),
    ("第五章　夯实人工智能发展支撑", 6),
    ("第六章　保障措施", 7),
    ("附件　重点任务分工表", 8),
]
PREFACE = "人工智能是引领新一轮科技革命和产业变革的战略性技术，是发展新质生产力的重要引擎。为抢抓人工智能发展重大机遇，推动全省人工智能产业高质量发展，根据《朔原省国民经济和社会发展第十五个五年规划纲要》和国家关于深入实施“人工智能+”行动的部署要求，编制本规划。规划期为2026—2030年，展望到2035年。"

BASE1 = "“十四五”以来，全省人工智能产业从无到有、由小到大，发展基础不断夯实。产业规模快速壮大，2025年全省人工智能核心产业规模达到420亿元，“十四五”期间年均增长26.8%，人工智能企业达到650家，其中规模以上企业138家。算力设施加快布局，建成智能算力8EFLOPS，朔原数据中心集群纳入全国一体化算力网络布局。创新能力持续增强，累计建成省级以上人工智能创新平台36个，突破关键核心技术42项。融合应用不断深化，打造典型应用场景210个，建成智能工厂86家，“十四五”规划确定的人工智能领域主要目标全面完成。同时也要看到，我省人工智能产业仍存在核心技术供给不足、龙头企业偏少、高端人才短缺、应用场景开放不够等突出问题。"
BASE2 = "当前，人工智能技术加速迭代，大模型、智能体等新技术新应用不断涌现，正深刻改变生产方式和生活方式。2025年，全国人工智能核心产业规模突破9000亿元，智能算力规模超过780EFLOPS；国家有关部署提出，到2030年全国智能算力规模超过2000EFLOPS。周边省份纷纷出台专项政策、加大布局力度，人才、资本、项目等要素竞争日趋激烈。我省能源资源富集、算力基础扎实、产业门类齐全、应用场景丰富，推动人工智能产业跨越发展正当其时，必须增强机遇意识和忧患意识，抢抓窗口期，奋力实现换道超车。"
GUIDE = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，以推动人工智能产业高质量发展为主题，以算力、数据、算法协同创新为支撑，以“人工智能+”融合应用为牵引，加快构建特色鲜明、安全可控的人工智能产业体系，为建设现代化新朔原提供有力支撑。"
PRINCIPLES = "坚持创新引领，把提升自主创新能力摆在突出位置，加快突破关键核心技术；坚持应用牵引，以场景开放带动技术迭代和产业集聚，以应用成效检验发展质量；坚持集群发展，推动要素资源向重点园区集中，避免低水平重复建设；坚持开放合作，深度融入区域协同发展，积极引进国内外优质资源；坚持安全可控，统筹发展和安全，守牢数据安全和算法安全底线。"
GOAL = "到2030年，全省人工智能产业规模和创新能力迈上新台阶，建成全国重要的算力枢纽和人工智能应用创新高地。人工智能核心产业规模突破1200亿元，带动相关产业规模年均增长15%以上；人工智能企业达到1500家，培育年营业收入超百亿元的领军企业3家；智能算力规模达到30EFLOPS，算力中心绿色电力使用比例不低于80%；重点行业人工智能应用渗透率达到70%。"
GOAL_T = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        1200,
        "人工智能核心产业规模突破1200亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能相关产业规模年均增速", "%", "gte", 15, "带动相关产业规模年均增长15%以上"),
    T("人工智能企业", "家", "eq", 1500, "人工智能企业达到1500家", kind="ai_enterprises"),
    T("年营业收入超百亿元的领军企业", "家", "eq", 3, "培育年营业收入超百亿元的领军企业3家"),
    T("智能算力规模", "EFLOPS", "eq", 30, "智能算力规模达到30EFLOPS", kind="computing_power"),
    T("算力中心绿色电力使用比例", "%", "gte", 80, "算力中心绿色电力使用比例不低于80%"),
    T("重点行业人工智能应用渗透率", "%", "eq", 70, "重点行业人工智能应用渗透率达到70%"),
]
VISION = "展望2035年，人工智能全面融入经济社会发展各领域，人工智能产业综合实力跻身全国第一方阵，全面建成人工智能创新发展强省。"

TABLE_CAPTION = "表1　“十五五”时期人工智能产业发展主要指标"
TABLE_TITLE = "“十五五”时期人工智能产业发展主要指标"
# rows; the last element: targets of the row (a row restating the paragraph's figure holds none)
TABLE = [
    (["指标", "单位", "2025年（基期）", "2030年", "年均增速/累计", "属性"], []),
    (
        ["人工智能核心产业规模", "亿元", "420", "1200", "23.4%", "预期性"],
        [
            T(
                "人工智能核心产业规模年均增速",
                "%",
                "eq",
                23.4,
                "人工智能核心产业规模 亿元 420 1200 23.4%",
            )
        ],
    ),
    (["人工智能相关产业规模", "亿元", "2600", "—", "年均增长15%以上", "预期性"], []),
    (
        ["人工智能企业数量", "家", "650", "1500", "18.2%", "预期性"],
        [T("人工智能企业数量年均增速", "%", "eq", 18.2, "人工智能企业数量 家 650 1500 18.2%")],
    ),
    (
        ["其中：规模以上人工智能企业", "家", "138", "300", "16.8%", "预期性"],
        [
            T(
                "规模以上人工智能企业",
                "家",
                "eq",
                300,
                "其中：规模以上人工智能企业 家 138 300",
                kind="ai_enterprises",
                parent="T3",
            ),
            T(
                "规模以上人工智能企业年均增速",
                "%",
                "eq",
                16.8,
                "其中：规模以上人工智能企业 家 138 300 16.8%",
            ),
        ],
    ),
    (
        ["智能算力规模", "EFLOPS", "8", "30", "30.3%", "预期性"],
        [T("智能算力规模年均增速", "%", "eq", 30.3, "智能算力规模 EFLOPS 8 30 30.3%")],
    ),
    (["算力中心绿色电力使用比例", "%", "45", "≥80", "—", "约束性"], []),
    (
        ["省级以上人工智能创新平台", "个", "36", "76", "[40]", "预期性"],
        [
            T(
                "省级以上人工智能创新平台",
                "个",
                "eq",
                76,
                "省级以上人工智能创新平台 个 36 76",
                kind="innovation_platforms",
            ),
            T(
                "省级以上人工智能创新平台（五年累计新增）",
                "个",
                "eq",
                40,
                "省级以上人工智能创新平台 个 36 76 [40]",
                aggregation="flow",
            ),
        ],
    ),
    (
        ["人工智能典型应用场景", "个", "210", "—", "[500]", "预期性"],
        [
            T(
                "人工智能典型应用场景（五年累计）",
                "个",
                "eq",
                500,
                "人工智能典型应用场景 个 210 — [500]",
                kind="application_scenarios",
                aggregation="flow",
            )
        ],
    ),
    (
        ["重点行业人工智能应用渗透率", "%", "35", "70", "[35]", "预期性"],
        [
            T(
                "重点行业人工智能应用渗透率（五年累计提高）",
                "百分点",
                "eq",
                35,
                "重点行业人工智能应用渗透率 % 35 70 [35]",
                aggregation="flow",
            )
        ],
    ),
    (
        ["人工智能领域高技能人才", "万人", "4.2", "10", "18.9%", "预期性"],
        [
            T(
                "人工智能领域高技能人才",
                "人",
                "eq",
                100000,
                "人工智能领域高技能人才 万人 4.2 10",
                kind="talent",
            ),
            T(
                "人工智能领域高技能人才年均增速",
                "%",
                "eq",
                18.9,
                "人工智能领域高技能人才 万人 4.2 10 18.9%",
            ),
        ],
    ),
]
TABLE_NOTE = "注：[ ]内为五年累计数；“≥”表示不低于。"

# chapters of tasks: (chapter no, chapter title, [(节, title, body, targets, annex row)], box)
# annex row: (lead, participating, 完成时限 as printed, due)
CHAPTERS = [
    (
        "第三章",
        "构建现代化人工智能产业体系",
        [
            (
                "第一节",
                "做强大模型和智能软件产业",
                "支持龙头企业联合高校院所研发具有自主知识产权的通用大模型，聚焦能源、化工、装备制造等优势行业开发行业大模型，到2028年培育省级重点行业大模型20个。发展智能体、数据标注、模型评测等新业态，推动工业软件、基础软件智能化升级，软件和信息技术服务业营业收入年均增长12%以上。建设大模型开源社区和语料共享平台，降低中小企业模型开发门槛。",
                [
                    T(
                        "省级重点行业大模型",
                        "个",
                        "eq",
                        20,
                        "到2028年培育省级重点行业大模型20个",
                        deadline=2028,
                    ),
                    T(
                        "软件和信息技术服务业营业收入年均增速",
                        "%",
                        "gte",
                        12,
                        "软件和信息技术服务业营业收入年均增长12%以上",
                    ),
                ],
                (["省工业和信息化厅"], ["省科技厅", "省数据局"], "2030年底前", 2030),
            ),
            (
                "第二节",
                "发展智能终端和智能装备产业",
                "发挥装备制造基础优势，重点发展智能网联汽车、工业机器人、服务机器人、智能家居等产品，打造智能终端和智能装备产业集群2个，智能终端产品产量年均增长20%左右。推动关键零部件本地配套，提升产业链供应链韧性和安全水平。",
                [
                    T(
                        "智能终端和智能装备产业集群",
                        "个",
                        "eq",
                        2,
                        "打造智能终端和智能装备产业集群2个",
                    ),
                    T(
                        "智能终端产品产量年均增速",
                        "%",
                        "approx",
                        20,
                        "智能终端产品产量年均增长20%左右",
                    ),
                ],
                (["省工业和信息化厅"], ["省发展改革委", "省商务厅"], "2030年底前", 2030),
            ),
            (
                "第三节",
                "壮大人工智能企业梯队",
                "实施人工智能企业梯队培育计划，每年新增人工智能科技型中小企业100家以上，推动一批企业成长为专精特新“小巨人”企业。围绕产业链关键环节精准引进头部企业，支持领军企业兼并重组、做大做强。完善企业服务专员制度，为重点企业提供“一企一策”精准服务。",
                [
                    T(
                        "新增人工智能科技型中小企业",
                        "家",
                        "gte",
                        100,
                        "每年新增人工智能科技型中小企业100家以上",
                        kind="ai_enterprises",
                        per_year=True,
                    ),
                ],
                (
                    ["省工业和信息化厅"],
                    ["省科技厅", "省市场监管局", "各市人民政府"],
                    "持续推进",
                    None,
                ),
            ),
            (
                "第四节",
                "推动人工智能产业集聚发展",
                "按照“一核多点”布局，支持省会城市建设全省人工智能产业发展核心区，引导各市依托资源禀赋和产业基础发展特色产业，建设省级人工智能产业示范园区10个。建立全省人工智能重点项目库，实行项目化、清单化管理，推动重大项目早落地、早投产。",
                [T("省级人工智能产业示范园区", "个", "eq", 10, "建设省级人工智能产业示范园区10个")],
                (["省发展改革委"], ["省工业和信息化厅", "各市人民政府"], "2030年底前", 2030),
            ),
        ],
        (
            "专栏1",
            "人工智能产业集聚重点工程",
            [
                (
                    "1.",
                    "朔原智谷建设工程",
                    "在省会城市布局建设人工智能产业园区5个，集聚人工智能企业500家以上，打造全省人工智能产业核心承载区。",
                    [
                        T("人工智能产业园区", "个", "eq", 5, "布局建设人工智能产业园区5个"),
                        T(
                            "朔原智谷集聚人工智能企业",
                            "家",
                            "gte",
                            500,
                            "集聚人工智能企业500家以上",
                        ),
                    ],
                ),
                (
                    "2.",
                    "大模型创新中心建设工程",
                    "建设省级大模型创新中心1个，搭建模型训练、评测和开源服务平台，2027年建成投用。",
                    [
                        T(
                            "省级大模型创新中心",
                            "个",
                            "eq",
                            1,
                            "建设省级大模型创新中心1个",
                            deadline=2027,
                        )
                    ],
                ),
                (
                    "3.",
                    "智能终端倍增工程",
                    "实施智能终端重大项目30个，总投资320亿元，新增智能终端产能3000万台。",
                    [
                        T(
                            "智能终端重大项目",
                            "个",
                            "eq",
                            30,
                            "实施智能终端重大项目30个",
                            aggregation="flow",
                        ),
                        T(
                            "新增智能终端产能",
                            "台",
                            "eq",
                            30000000,
                            "新增智能终端产能3000万台",
                            aggregation="flow",
                        ),
                    ],
                ),
            ],
        ),
    ),
    (
        "第四章",
        "深化“人工智能+”融合应用",
        [
            (
                "第一节",
                "推进“人工智能+”先进制造",
                "推动人工智能在研发设计、生产制造、经营管理、运维服务等环节深度应用，建设智能工厂200家，规模以上工业企业关键工序数控化率达到75%。支持能源、化工企业建设行业工业互联网平台，推广“智能体+生产线”新模式。",
                [
                    T("智能工厂", "家", "eq", 200, "建设智能工厂200家"),
                    T(
                        "规模以上工业企业关键工序数控化率",
                        "%",
                        "eq",
                        75,
                        "规模以上工业企业关键工序数控化率达到75%",
                    ),
                ],
                (["省工业和信息化厅"], ["省国资委"], "2030年底前", 2030),
            ),
            (
                "第二节",
                "推进“人工智能+”民生服务",
                "推进人工智能在教育、医疗、养老、就业等领域普惠应用，二级以上医院智能辅助诊疗应用率达到100%，建设人工智能教育示范学校300所，推广智能养老服务，扩大优质公共服务覆盖面。",
                [
                    T(
                        "二级以上医院智能辅助诊疗应用率",
                        "%",
                        "eq",
                        100,
                        "二级以上医院智能辅助诊疗应用率达到100%",
                    ),
                    T("人工智能教育示范学校", "所", "eq", 300, "建设人工智能教育示范学校300所"),
                ],
                (
                    ["省卫生健康委", "省教育厅"],
                    ["省民政厅", "省人力资源社会保障厅"],
                    "2030年底前",
                    2030,
                ),
            ),
            (
                "第三节",
                "推进“人工智能+”城市治理",
                "深化人工智能在城市运行、应急管理、生态环境监测等领域应用，推动政务服务向“智能办”升级，政务服务事项智能办理比例达到60%，各设区市全面建成城市运行管理智能中枢。",
                [
                    T(
                        "政务服务事项智能办理比例",
                        "%",
                        "eq",
                        60,
                        "政务服务事项智能办理比例达到60%",
                        deadline=2028,
                    ),
                ],
                (
                    ["省数据局"],
                    ["省公安厅", "省住房城乡建设厅", "各市人民政府"],
                    "2028年底前",
                    2028,
                ),
            ),
            (
                "第四节",
                "推进“人工智能+”现代农业",
                "推动人工智能在种植养殖、农机作业、农产品加工流通等环节应用，建设智慧农业示范基地50个，推广智能农机装备和农业生产管理大模型，提升农业生产经营智能化水平。",
                [T("智慧农业示范基地", "个", "eq", 50, "建设智慧农业示范基地50个")],
                (["省农业农村厅"], ["省科技厅"], "2030年底前", 2030),
            ),
        ],
        (
            "专栏2",
            "“人工智能+”示范应用工程",
            [
                (
                    "1.",
                    "智能制造标杆工程",
                    "遴选打造智能制造标杆示范场景100个，形成可复制推广的行业解决方案50个。",
                    [
                        T(
                            "智能制造标杆示范场景",
                            "个",
                            "eq",
                            100,
                            "遴选打造智能制造标杆示范场景100个",
                            kind="application_scenarios",
                        ),
                        T(
                            "可复制推广的行业解决方案",
                            "个",
                            "eq",
                            50,
                            "形成可复制推广的行业解决方案50个",
                        ),
                    ],
                ),
                (
                    "2.",
                    "智慧医疗健康工程",
                    "建设省级医学人工智能平台1个，接入全省三级医院60家以上。",
                    [
                        T("省级医学人工智能平台", "个", "eq", 1, "建设省级医学人工智能平台1个"),
                        T(
                            "接入省级医学人工智能平台的三级医院",
                            "家",
                            "gte",
                            60,
                            "接入全省三级医院60家以上",
                        ),
                    ],
                ),
            ],
        ),
    ),
    (
        "第五章",
        "夯实人工智能发展支撑",
        [
            (
                "第一节",
                "建设全国算力枢纽节点",
                "推进朔原数据中心集群扩容提质，新增智能算力22EFLOPS，建设省级算力调度平台，实现全省算力资源一体化调度。推动算力设施与风电、光伏等新能源协同布局，降低企业用算成本。推进算力网络与省外算力枢纽互联互通，提升算力跨域调度能力。",
                [
                    T(
                        "新增智能算力",
                        "EFLOPS",
                        "eq",
                        22,
                        "新增智能算力22EFLOPS",
                        kind="computing_power",
                        aggregation="flow",
                    ),
                ],
                (["省发展改革委"], ["省数据局", "省通信管理局", "省能源局"], "2030年底前", 2030),
            ),
            (
                "第二节",
                "推动高质量数据集建设",
                "健全公共数据资源开发利用机制，建设行业高质量数据集100个以上，培育数据标注基地3个，推动数据要素与人工智能协同发展。推动公共数据按照“原始数据不出域、数据可用不可见”要求有序开放，探索建立数据产品交易流通机制。",
                [
                    T("行业高质量数据集", "个", "gte", 100, "建设行业高质量数据集100个以上"),
                    T("数据标注基地", "个", "eq", 3, "培育数据标注基地3个"),
                ],
                (["省数据局"], ["省委网信办", "各市人民政府"], "2030年底前", 2030),
            ),
            (
                "第三节",
                "强化人工智能人才支撑",
                "支持高校建设人工智能学院和现代产业学院，每年培训人工智能专业技术人员1万人次，大力引进高端领军人才和创新团队，完善人才评价和激励机制。",
                [
                    T(
                        "培训人工智能专业技术人员",
                        "人次",
                        "eq",
                        10000,
                        "每年培训人工智能专业技术人员1万人次",
                        kind="talent",
                        per_year=True,
                    ),
                ],
                (["省人力资源社会保障厅"], ["省教育厅", "省科技厅"], "持续推进", None),
            ),
        ],
        None,
    ),
]

SAFEGUARDS = [
    (
        "第一节",
        "加强组织实施",
        "建立省人工智能产业发展工作协调机制，统筹推进规划实施，协调解决重大问题。省发展改革委、省工业和信息化厅负责规划实施的日常协调和调度。各市、各有关部门要按照重点任务分工表（见附件）明确责任、细化举措，确保规划各项任务落到实处。",
    ),
    (
        "第二节",
        "加大政策支持",
        "省级财政每年安排人工智能产业发展专项资金不少于10亿元，引导政府投资基金加大对人工智能领域投资力度，落实研发费用加计扣除等税收优惠政策。鼓励金融机构开发“算力贷”“模型贷”等特色金融产品，支持符合条件的人工智能企业上市融资。",
    ),
    (
        "第三节",
        "强化安全治理",
        "健全人工智能安全风险监测预警和应急处置机制，落实算法备案、安全评估等制度，加强数据安全和个人信息保护。建立人工智能伦理审查机制，引导企业规范开展研发和应用活动。",
    ),
    (
        "第四节",
        "加强监测评估",
        "建立规划实施监测评估制度，2028年开展规划实施中期评估，2030年开展总结评估，评估结果按规定向社会公开。",
    ),
    (
        "第五节",
        "营造良好氛围",
        "办好人工智能产业发展大会等品牌活动，加强政策宣传解读和典型案例推广，营造全社会关注、支持、参与人工智能发展的良好氛围。",
    ),
]


def _check(text, targets):
    for t in targets:
        assert t.phrase in text, t.phrase


def _cells(rows):
    return " ".join(c for row in rows for c in row)


def _build():
    blocks = [
        ("head", "朔原省人民政府办公厅文件"),
        ("docno", DOC_NUMBER),
        ("title", f"朔原省人民政府办公厅关于印发{TITLE}的通知"),
        ("addressee", "各市人民政府，省人民政府各委、厅、局，各直属机构："),
        ("body", NOTICE),
        ("sign", "朔原省人民政府办公厅"),
        ("date", "2026年3月26日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("pagebreak", ""),
        ("chapter", "目　　录"),
        *[("toc", f"{line}\t{page}") for line, page in TOC],
        ("pagebreak", ""),
        ("chapter", "前　　言"),
        ("body", PREFACE),
        ("chapter", "第一章　发展基础与形势"),
        ("section", "第一节　发展基础"),
        ("body", BASE1),
        ("section", "第二节　面临形势"),
        ("body", BASE2),
        ("chapter", "第二章　总体要求"),
        ("section", "第一节　指导思想"),
        ("body", GUIDE),
        ("section", "第二节　基本原则"),
        ("body", PRINCIPLES),
        ("section", "第三节　发展目标"),
        ("body", GOAL),
        ("body", VISION),
        ("caption", TABLE_CAPTION),
        ("table", [row for row, _ in TABLE]),
        ("note", TABLE_NOTE),
    ]
    _check(GOAL, GOAL_T)
    table_targets = [t for _, ts in TABLE for t in ts]
    for row, ts in TABLE:
        for t in ts:
            assert t.phrase == " ".join(row[: len(t.phrase.split(" "))]), t.phrase
    goals = [
        Goal("到2030年", GOAL, GOAL_T),
        Goal(TABLE_TITLE, _cells([row for row, _ in TABLE]), table_targets),
    ]
    sections = []
    annex = [["序号", "重点任务", "牵头单位", "参与单位", "完成时限"]]
    for cno, ctitle, items, box in CHAPTERS:
        blocks.append(("chapter", f"{cno}　{ctitle}"))
        tasks = []
        for no, title, body, targets, (lead, part, when, due) in items:
            blocks += [("section", f"{no}　{title}"), ("body", body)]
            annex.append([str(len(annex)), title, "、".join(lead), "、".join(part), when])
            tasks.append(Task(no, title, body, lead=codes(lead), supporting=codes(part), due=due))
            _check(body, targets)
            for t in targets:
                t.deadline = t.deadline or due
            if targets:
                goals.append(Goal(title, body, targets, numbering=no))
        section = Section(cno.strip("第章"), cno, ctitle, "key_task", tasks)
        if box:
            bno, btitle, entries = box
            rows = [f"{bno}　{btitle}"]
            btasks = []
            for no, name, text, targets in entries:
                rows.append(f"{no}{name}。{text}")
                btasks.append(Task(no, name, f"{name}。{text}"))
                _check(text, targets)
                if targets:
                    goals.append(Goal(name, f"{name}。{text}", targets, numbering=no))
            blocks.append(("box", rows))
            section.sections = [Section(bno, bno, btitle, "engineering", btasks)]
        sections.append(section)
    blocks.append(("chapter", "第六章　保障措施"))
    sg = []
    for no, title, text in SAFEGUARDS:
        blocks += [("section", f"{no}　{title}"), ("body", text)]
        sg.append(Task(no, title, text))
    sections.append(Section("六", "第六章", "保障措施", "safeguard", sg))
    blocks += [
        ("pagebreak", ""),
        ("addressee", "附件"),
        ("chapter", "重点任务分工表"),
        ("annex", annex),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "shuoyuan-province",
        "name": "朔原省",
        "name_en": "Shuoyuan Province (invented, 华北)",
        "level": "municipality",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2030,
}

HEADER = """\
# 朔原省“十五五”人工智能产业发展规划 (朔原省人民政府办公厅, 朔政办发〔2026〕11号, 2026-03-26)
# — SYNTHETIC (synthetic_ch): WRITTEN by the collector (helper blindCH, 2026-12-07) before reading or running the importer; no
#   such document or province is claimed to exist. Built by make_files.py from doc_shuoyuan.py as a Word file (.docx).
# Zone shuoyuan-province (an invented 华北 province → the provincial level, `municipality`); period 2026–2030 ("展望到2035年").
# Outline: red head, 发文字号, notice, title page, 目录 (chapter lines "第X章　标题<tab>页码": no sections, no tasks), 前言,
#   第一章 发展基础与形势 (第一节 PAST figures of the 十四五 — 420亿元, 年均增长26.8%, 650家, 138家, 8EFLOPS, 36个, 42项, 210个, 86家;
#   第二节 national figures as context — 突破9000亿元, 超过780EFLOPS, and a NATIONAL dated goal 到2030年全国智能算力规模超过2000EFLOPS:
#   no targets), 第二章 总体要求 (指导思想, 基本原则 "坚持…；坚持…": no tasks; 第三节 发展目标 = one paragraph "到2030年，…" → goal
#   titled 到2030年 (7 targets), a 2035 vision without figures, 表1 主要指标 (指标 | 单位 | 2025年（基期） | 2030年 | 年均增速/累计 |
#   属性) and its 注).
#   第三章–第五章: each 第X节 is ONE task (numbering 第X节, title its heading, text its body paragraph), NO annotation in the body;
#   their roles stand only in 附件 重点任务分工表 (序号 | 重点任务 = the 节's title | 牵头单位 | 参与单位 | 完成时限): 牵头单位 → lead,
#   参与单位 → supporting (as 配合); 完成时限 "2030年底前" / "2028年底前" → due 2030 / 2028 and dates the task's figures with no year of
#   their own; "持续推进" → no due (figures due at the plan's end, 2030). Two leads in one cell (省卫生健康委、省教育厅) → two leads;
#   各市人民政府 → one collective. 专栏1 (after 第三章) and 专栏2 (after 第四章), one-column tables titled by 工程 → engineering sections
#   nested in their chapter, each "N.X工程。…" a task without roles. 第六章 保障措施 第一节–第五节 → safeguard tasks without roles
#   ("省发展改革委、省工业和信息化厅负责规划实施的日常协调和调度" in a safeguard assigns none).
# Goals and targets: 到2030年 (7); the indicator table → a goal titled by its caption without "表1" (11 targets: the figures the
#   paragraph does not print — 其中：规模以上人工智能企业 300 (parent T3, the paragraph's 1500家), 省级以上创新平台 76, 应用场景
#   [500] (a five-year sum by the 注: flow), 高技能人才 10万人 → 100000 人, and every 年均增速 / [累计] cell: 23.4%, 18.2%, 16.8%,
#   30.3%, 18.9% → eq %, stock; [40] → 40 个 flow; [35] in a row of % → 35 百分点 flow). A figure restating the paragraph (1200,
#   年均增长15%以上, 1500, 30, ≥80, 70) is the paragraph's target (kept where first printed, the paragraph's comparator). The
#   2025（基期） column: baselines. CORRECTED 2026-12-07 by helper rCH after measurement 1: written blind, the 年均增速 / [累计]
#   cells beside a 2030 level were read as the arithmetic of base and level, no targets; SOURCES.md's earlier extractions read a
#   growth rate beside its level as a target of its own (SOURCES.md, "A growth rate beside the level it leads to"). A 年均增长
#   standing alone for its thing is one too (相关产业 15%, 软件业 12%, 智能终端产量 20%左右: unit %,
#   metric "X年均增速", not per_year — an average over the period, not a figure each year). Task and 工程 figures: goals titled like
#   them. Not targets: the past and national figures, 超百亿元 (a condition on the enterprises counted), 总投资320亿元, the safeguard's
#   专项资金不少于10亿元 (a budget), 2028年 / 2030年 evaluations (dates, no figure).
"""

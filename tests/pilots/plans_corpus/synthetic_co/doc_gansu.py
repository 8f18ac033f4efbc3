# ruff: noqa: E501  (report text as the department writes it)
"""甘肃省人工智能产业发展三年行动计划（2023—2025年）终期评估报告 — INVENTED (synthetic_co). Built as .docx and printed to PDF
by LibreOffice: a cover (title, department, month), a preamble, 一、评估工作开展情况 (bold-led （一）–（三） of method and scope),
二、主要目标完成情况 (表1: 指标 | 单位 | 2022年基数 | 2025年目标值 | 2024年完成值 | 2025年完成值 | 完成率 | 评估结论 — the EVALUATED
plan's targets and their readings — and four bold-led paragraphs of past figures), 三、重点任务推进情况 (six bold-led paragraphs, one
per 行动 of the old plan, and 表2: the old plan's tasks with their 牵头单位 and 推进情况), 四、存在的主要问题, 五、评估结论 (a score),
六、下一步工作安排（2026—2027年） = the report's own plan: a goals paragraph "到2026年底，…。到2027年，…。" and tasks （一）–（八）
"（X牵头，Y、Z配合）" / "（X、Y按职责分工负责）"; signature and date."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "gansu-ai-three-year-plan-final-evaluation-2026-synthetic"
KIND = "pdf"

A = {
    "fgw": ("甘肃省发展和改革委员会", "development_reform", ["省发展改革委"]),
    "gxt": ("甘肃省工业和信息化厅", "industry_it", ["省工业和信息化厅"]),
    "sjj": ("甘肃省数据局", "big_data", ["省数据局"]),
    "txj": ("甘肃省通信管理局", "industry_it", ["省通信管理局"]),
    "swt": ("甘肃省商务厅", "commerce", ["省商务厅"]),
    "sz": ("甘肃省各市（州）人民政府", "local_government", ["各市（州）人民政府"]),
    "gzw": ("甘肃省人民政府国有资产监督管理委员会", "government", ["省政府国资委"]),
    "kjt": ("甘肃省科学技术厅", "science_technology", ["省科技厅"]),
    "jyt": ("甘肃省教育厅", "education", ["省教育厅"]),
    "rst": ("甘肃省人力资源和社会保障厅", "human_resources", ["省人力资源社会保障厅"]),
    "tjj": ("甘肃省统计局", "statistics", ["省统计局"]),
    "czt": ("甘肃省财政厅", "finance", ["省财政厅"]),
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "甘肃省人工智能产业发展三年行动计划（2023—2025年）终期评估报告"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Gansu Province: final evaluation of the AI industry three-year action plan (2023–2025), with the work for 2026–2027 — synthetic",
    "issuer": "甘肃省工业和信息化厅",
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.pdf",
}

PREAMBLE = "《甘肃省人工智能产业发展三年行动计划（2023—2025年）》（以下简称《行动计划》）印发实施以来，各地各部门认真贯彻落实省委、省政府决策部署，协同推进算力设施建设、数据要素赋能、产业主体培育和融合应用拓展，全省人工智能产业发展取得积极成效。按照省政府工作安排，省工业和信息化厅会同省发展改革委、省科技厅、省数据局，委托第三方评估机构，于2026年1月至3月对《行动计划》实施情况开展了终期评估。现将评估情况报告如下。"

METHOD = [
    (
        "（一）评估范围。",
        "评估对象为《行动计划》确定的12项主要指标和6大行动28项重点任务，评估时段为2023年1月至2025年12月，数据截至2025年12月31日。",
    ),
    (
        "（二）评估方法。",
        "采取数据核验、部门自评、实地调研、问卷调查和专家评议相结合的方式，共收集省直部门自评报告15份，实地调研重点园区和企业56家，回收有效问卷326份，召开专家评议会3场。",
    ),
    (
        "（三）评估组织。",
        "成立由省工业和信息化厅分管负责同志任组长的评估工作组，制定评估工作方案和指标核验口径，各牵头部门按照“谁牵头、谁负责”的原则报送任务完成情况及佐证材料，第三方评估机构对数据进行交叉核验，评估初稿经专家评议后修改完善。",
    ),
    (
        "（四）评定标准。",
        "指标完成率达到100%的评定为“完成”，达到90%（含）至100%的评定为“基本完成”，低于90%的评定为“未完成”；重点任务按“已完成”“基本完成”“进展滞后”三档评定。",
    ),
]

TABLE1_CAPTION = "表1　《行动计划》主要指标完成情况"
TABLE1 = [
    [
        "序号",
        "指标",
        "单位",
        "2022年基数",
        "2025年目标值",
        "2024年完成值",
        "2025年完成值",
        "完成率",
        "评估结论",
    ],
    ["1", "人工智能核心产业规模", "亿元", "186", "500", "392", "468", "93.6%", "基本完成"],
    ["2", "人工智能企业数量", "家", "210", "400", "365", "428", "107.0%", "完成"],
    ["3", "智能算力规模", "P", "2800", "10000", "8600", "12500", "125.0%", "超额完成"],
    ["4", "行业大模型", "个", "2", "20", "14", "23", "115.0%", "完成"],
    ["5", "人工智能典型应用场景", "个", "35", "200", "168", "231", "115.5%", "完成"],
    ["6", "省级以上人工智能创新平台", "个", "18", "50", "41", "47", "94.0%", "基本完成"],
    [
        "7",
        "规上工业企业数字化研发设计工具普及率",
        "%",
        "68.5",
        "80",
        "76.2",
        "79.1",
        "98.9%",
        "基本完成",
    ],
    ["8", "重点行业关键工序数控化率", "%", "52.0", "62", "58.0", "60.3", "97.3%", "基本完成"],
    [
        "9",
        "人工智能领域发明专利授权量（三年累计）",
        "件",
        "—",
        "1500",
        "1120",
        "1680",
        "112.0%",
        "完成",
    ],
    ["10", "人工智能人才培训（三年累计）", "万人次", "—", "10", "6.8", "11.2", "112.0%", "完成"],
    ["11", "高质量数据集", "个", "12", "100", "62", "86", "86.0%", "未完成"],
    ["12", "省级人工智能产业集群", "个", "0", "3", "1", "2", "66.7%", "未完成"],
]
TABLE1_WIDTHS = [0.9, 3.8, 1.1, 1.5, 1.6, 1.6, 1.6, 1.5, 2.0]

TARGETS_INTRO = "《行动计划》确定的12项主要指标中，完成或超额完成6项，基本完成4项，未完成2项，指标平均完成率为103.3%（见表1）。"

TARGETS_REVIEW = [
    (
        "（一）产业规模稳步扩大。",
        "2025年全省人工智能核心产业规模达到468亿元，是2022年的2.5倍，年均增长36.0%，完成目标值的93.6%；人工智能企业达到428家，较2022年增加218家，其中营业收入超10亿元的企业6家。",
    ),
    (
        "（二）算力优势持续巩固。",
        "国家算力枢纽节点甘肃集群建设加快推进，全省智能算力规模达到12500P，2024年已提前完成10000P的目标值，算力规模居西部地区前列；建成省级算力调度平台，接入公共算力资源7800P。全省数据中心平均电能利用效率降至1.25，绿色算力优势进一步显现。",
    ),
    (
        "（三）融合应用加快拓展。",
        "累计打造行业大模型23个、人工智能典型应用场景231个，在新能源、有色冶金、石油化工、现代寒旱农业等领域形成一批可复制推广的应用案例，12个案例入选国家级人工智能应用典型案例；规上工业企业数字化研发设计工具普及率达到79.1%，较2022年提高10.6个百分点。",
    ),
    (
        "（四）部分指标仍有差距。",
        "高质量数据集建成86个，完成目标值的86.0%；省级人工智能产业集群认定2个，完成目标值的66.7%；人工智能核心产业规模、省级以上创新平台等4项指标基本完成但未达到目标值。",
    ),
]

TASKS_INTRO = "《行动计划》部署的6大行动28项重点任务中，已完成22项，基本完成4项，进展滞后2项，任务完成率为78.6%，按完成及基本完成计为92.9%。"

TASKS_REVIEW = [
    (
        "（一）算力基础设施提升行动。",
        "5项任务全部推进，建成智算中心8个，新增数据中心标准机架2.6万架，绿电使用比例达到65%，省级算力调度平台主体功能上线运行。推动算力与新能源协同发展，建成源网荷储一体化绿色算力示范项目3个，面向省外用户提供算力服务的合同金额累计超过40亿元。",
    ),
    (
        "（二）数据要素赋能行动。",
        "5项任务中完成3项，公共数据资源目录和共享交换体系基本建成，开放公共数据集1260个；行业高质量数据集建设进展滞后。公共数据授权运营试点在3个领域启动，数据交易场所累计完成数据产品交易额2.3亿元，但数据集建设因确权难、标注成本高等原因推进缓慢。",
    ),
    (
        "（三）产业主体培育行动。",
        "4项任务中完成3项，引进人工智能企业112家，培育国家级专精特新“小巨人”企业9家；产业集群培育进展滞后。人工智能企业数量由2022年的210家增长到428家，其中营业收入超10亿元的企业6家，但企业规模普遍偏小，集群培育因认定办法出台较晚进展滞后。",
    ),
    (
        "（四）“人工智能+”融合应用行动。",
        "6项任务全部完成，连续三年发布“人工智能+”场景清单，建成省级智能工厂42个、数字化车间186个。在有色冶金、石油化工等行业打造行业大模型23个，在政务服务、医疗健康、文化旅游等领域推广一批智能化应用，“人工智能+”应用的广度和深度持续拓展。",
    ),
    (
        "（五）创新能力提升行动。",
        "4项任务中完成3项，新建省级以上人工智能创新平台29个，支持高校和科研院所承担国家级人工智能科技项目17项，人工智能开源创新平台基本建成。全省人工智能领域发明专利授权量三年累计达到1680件，牵头或参与制定国家和行业标准11项。",
    ),
    (
        "（六）发展环境优化行动。",
        "4项任务中完成3项，出台支持政策文件7个，三年累计培训人工智能人才11.2万人次，职业技能提升工程基本完成。连续三年举办人工智能产业发展大会，累计签约项目186个、金额1320亿元。设立省级人工智能产业发展专项资金，三年累计安排资金8.6亿元，支持项目214个。",
    ),
]

TABLE2_CAPTION = "表2　基本完成及进展滞后的重点任务"
TABLE2 = [
    ["序号", "重点任务", "牵头单位", "推进情况", "主要原因"],
    [
        "1",
        "建设省级人工智能公共算力调度平台",
        "省数据局",
        "基本完成",
        "跨区域调度功能尚在联调测试",
    ],
    [
        "2",
        "建设行业高质量数据集100个",
        "省数据局",
        "进展滞后",
        "数据确权和标注成本高，企业参与积极性不足",
    ],
    [
        "3",
        "培育3个省级人工智能产业集群",
        "省工业和信息化厅",
        "进展滞后",
        "集群认定办法2024年出台，培育周期不足",
    ],
    ["4", "建设人工智能开源创新平台", "省科技厅", "基本完成", "部分模块尚未通过验收"],
    [
        "5",
        "实施“人工智能+”职业技能提升工程",
        "省人力资源社会保障厅",
        "基本完成",
        "高端培训项目覆盖不足",
    ],
    [
        "6",
        "建设省级人工智能产业创新中心",
        "省发展改革委",
        "基本完成",
        "中试验证平台仍在建设",
    ],
]
TABLE2_WIDTHS = [1.0, 5.0, 3.2, 1.8, 4.6]

PROBLEMS = [
    (
        "（一）产业链条不够完整。",
        "全省人工智能产业仍以算力服务和系统集成为主，基础软件、核心算法和智能终端等环节薄弱，本地配套率不足30%。龙头企业数量偏少，营业收入超10亿元的企业仅6家，对产业链上下游的带动作用有限。",
    ),
    (
        "（二）数据供给短板突出。",
        "行业数据开放共享不足，高质量数据集建设滞后于模型训练和场景应用需求，数据标注产业规模偏小。公共数据授权运营尚处于起步阶段，数据要素市场化配置机制有待健全。",
    ),
    (
        "（三）算力利用效率偏低。",
        "算力“重建设、轻运营”问题仍然存在，2025年全省智能算力平均利用率约为55%，面向省外用户的算力服务能力有待提升。",
    ),
    (
        "（四）人才结构性短缺。",
        "高端研发人才和复合型应用人才引进难、留住难，人才培训以普及性培训为主，中高端培训占比不足15%。省内高校人工智能相关专业毕业生留省就业比例不足40%。",
    ),
]

CONCLUSION_EXTRA = "评估同时认为，《行动计划》部分指标设置偏重规模总量，对算力利用效率、数据供给质量、应用成效等方面的考量不足；部分任务牵头部门与配合部门协同机制不够顺畅，跨部门任务推进较慢；各市（州）配套政策和资金投入差异较大，区域发展不够均衡。"
CONCLUSION = "综合评估认为，《行动计划》目标设置总体科学合理，各项任务推进有力，实施成效总体良好，综合评估得分87.6分，评估等次为“良好”。《行动计划》实施期满后，应对标国家“人工智能+”行动部署，聚焦未达标指标和滞后任务，接续做好2026—2027年工作。"

NEXT_INTRO = "2026—2027年，全省将巩固《行动计划》实施成果，补齐短板弱项，推动人工智能产业从规模扩张向质效提升转变，重点抓好以下工作。各牵头部门要会同配合部门细化年度工作计划，明确时间表、路线图，确保各项任务落地见效。"

GOAL_TEXT = "到2026年底，人工智能核心产业规模达到500亿元，高质量数据集达到100个，省级人工智能产业集群达到3个，全面完成《行动计划》未达标指标。到2027年，人工智能核心产业规模突破700亿元，人工智能企业达到600家，智能算力规模达到2万P，打造行业大模型40个、典型应用场景400个，智能算力平均利用率提高到70%以上。"
G2026_TEXT = "到2026年底，人工智能核心产业规模达到500亿元，高质量数据集达到100个，省级人工智能产业集群达到3个，全面完成《行动计划》未达标指标。"
G2027_TEXT = "到2027年，人工智能核心产业规模突破700亿元，人工智能企业达到600家，智能算力规模达到2万P，打造行业大模型40个、典型应用场景400个，智能算力平均利用率提高到70%以上。"
G2026 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        500,
        "人工智能核心产业规模达到500亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    T("高质量数据集", "个", "eq", 100, "高质量数据集达到100个", deadline=2026),
    T("省级人工智能产业集群", "个", "eq", 3, "省级人工智能产业集群达到3个", deadline=2026),
]
G2027 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        700,
        "人工智能核心产业规模突破700亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能企业", "家", "eq", 600, "人工智能企业达到600家", kind="ai_enterprises"),
    T("智能算力规模", "P", "eq", 20000, "智能算力规模达到2万P", kind="computing_power"),
    T("行业大模型", "个", "eq", 40, "打造行业大模型40个"),
    T("典型应用场景", "个", "eq", 400, "典型应用场景400个", kind="application_scenarios"),
    T("智能算力平均利用率", "%", "gte", 70, "智能算力平均利用率提高到70%以上"),
]

# item: (title, rest, annotation, lead, supporting, responsible, targets)
ITEMS = [
    (
        "提升算力供给和调度水平",
        "推进国家算力枢纽节点甘肃集群扩容提质，2026—2027年新增智能算力7500P以上，推动智能算力平均利用率提高到70%以上。完善省级算力调度平台跨区域调度功能，2026年底前实现全省公共算力资源100%接入平台统一调度。继续实施算力券政策，扩大面向中小企业和省外用户的算力服务。推动算力设施与新能源发电协同布局，提高绿电使用比例，打造全国绿色算力高地。",
        "（省发展改革委牵头，省数据局、省工业和信息化厅、省通信管理局配合）",
        ["fgw"],
        ["sjj", "gxt", "txj"],
        [],
        [
            T(
                "新增智能算力",
                "P",
                "gte",
                7500,
                "2026—2027年新增智能算力7500P以上",
                kind="computing_power",
                aggregation="flow",
            ),
            T(
                "全省公共算力资源接入省级算力调度平台比例",
                "%",
                "eq",
                100,
                "2026年底前实现全省公共算力资源100%接入平台统一调度",
                deadline=2026,
            ),
        ],
    ),
    (
        "补齐高质量数据集短板",
        "在已建成86个高质量数据集的基础上，2026年底前新建14个以上，达到100个；到2027年，累计建成高质量数据集150个，覆盖全省主导产业。建设省级数据标注基地，培育数据标注企业20家，探索数据集有偿使用和收益分配机制。推动公共数据授权运营扩面提质，支持数据交易场所开发数据集交易产品，促进数据要素流通。",
        "（省数据局牵头，省工业和信息化厅、省发展改革委配合）",
        ["sjj"],
        ["gxt", "fgw"],
        [],
        [
            T(
                "新建高质量数据集",
                "个",
                "gte",
                14,
                "2026年底前新建14个以上",
                aggregation="flow",
                deadline=2026,
            ),
            T("累计建成高质量数据集", "个", "eq", 150, "累计建成高质量数据集150个"),
            T("数据标注企业", "家", "eq", 20, "培育数据标注企业20家"),
        ],
    ),
    (
        "加快培育人工智能产业集群",
        "完善省级人工智能产业集群认定和培育办法，2026年底前新认定省级人工智能产业集群1个，累计达到3个；到2027年，培育营业收入超50亿元的人工智能龙头企业3家、超10亿元的骨干企业15家。建立集群培育对象库，实行“一集群一方案”，支持集群内龙头企业牵头组建创新联合体，提升产业链本地配套水平。",
        "（省工业和信息化厅牵头，省发展改革委、省商务厅、各市（州）人民政府配合）",
        ["gxt"],
        ["fgw", "swt", "sz"],
        [],
        [
            T(
                "新认定省级人工智能产业集群",
                "个",
                "eq",
                1,
                "2026年底前新认定省级人工智能产业集群1个",
                aggregation="flow",
                deadline=2026,
            ),
            T(
                "营业收入超50亿元的人工智能龙头企业",
                "家",
                "eq",
                3,
                "培育营业收入超50亿元的人工智能龙头企业3家",
                kind="ai_enterprises",
            ),
            T(
                "营业收入超10亿元的人工智能骨干企业",
                "家",
                "eq",
                15,
                "超10亿元的骨干企业15家",
                kind="ai_enterprises",
            ),
        ],
    ),
    (
        "深化“人工智能+”场景应用",
        "继续实施“人工智能+”场景开放行动，每年发布典型应用场景100个以上，推动新能源、有色冶金、现代寒旱农业、文化旅游等领域大模型落地应用，建立场景应用成效评估和推广机制，到2027年，打造行业大模型40个、典型应用场景400个。",
        "（省工业和信息化厅、省数据局牵头，省直有关部门配合）",
        ["gxt", "sjj"],
        [],
        [],
        [
            T(
                "每年发布典型应用场景",
                "个",
                "gte",
                100,
                "每年发布典型应用场景100个以上",
                kind="application_scenarios",
                per_year=True,
            ),
        ],
    ),
    (
        "推进制造业智能化转型",
        "实施制造业“智改数转”提升工程，推动国有企业率先开展大模型应用示范，支持工业互联网平台面向中小企业提供低成本智能化改造解决方案。到2027年，规上工业企业数字化研发设计工具普及率达到85%，重点行业关键工序数控化率达到66%，新建省级智能工厂30个、数字化车间100个。",
        "（省工业和信息化厅牵头，省政府国资委、各市（州）人民政府配合）",
        ["gxt"],
        ["gzw", "sz"],
        [],
        [
            T(
                "规上工业企业数字化研发设计工具普及率",
                "%",
                "eq",
                85,
                "规上工业企业数字化研发设计工具普及率达到85%",
            ),
            T("重点行业关键工序数控化率", "%", "eq", 66, "重点行业关键工序数控化率达到66%"),
            T("新建省级智能工厂", "个", "eq", 30, "新建省级智能工厂30个", aggregation="flow"),
            T("新建数字化车间", "个", "eq", 100, "数字化车间100个", aggregation="flow"),
        ],
    ),
    (
        "强化创新平台和人才支撑",
        "支持高校、科研院所与龙头企业共建人工智能创新平台，到2027年新建省级以上人工智能创新平台8个。实施人工智能人才培育计划，每年培训人工智能人才3万人次以上，提高中高端培训比重。落实高层次人才引进支持政策，鼓励省内高校增设人工智能相关专业，提高毕业生留省就业比例。",
        "（省科技厅牵头，省教育厅、省人力资源社会保障厅配合）",
        ["kjt"],
        ["jyt", "rst"],
        [],
        [
            T(
                "新建省级以上人工智能创新平台",
                "个",
                "eq",
                8,
                "新建省级以上人工智能创新平台8个",
                kind="innovation_platforms",
                aggregation="flow",
            ),
            T(
                "每年培训人工智能人才",
                "人次",
                "gte",
                30000,
                "每年培训人工智能人才3万人次以上",
                kind="talent",
                per_year=True,
            ),
        ],
    ),
    (
        "健全评估监测机制",
        "建立人工智能产业发展年度评估机制，每年3月底前完成上年度评估并向省政府报告；完善人工智能核心产业统计监测制度，按季度发布运行监测报告。",
        "（省工业和信息化厅牵头，省统计局配合）",
        ["gxt"],
        ["tjj"],
        [],
        [],
    ),
    (
        "加强政策和资金保障",
        "统筹省级工业和信息化专项资金，每年安排不少于3亿元支持人工智能产业发展，引导省级产业投资基金设立人工智能子基金，推动金融机构开发算力贷、数据资产质押等产品。",
        "（省财政厅、省工业和信息化厅按职责分工负责）",
        [],
        [],
        ["czt", "gxt"],
        [],
    ),
]

NUMERALS = "一二三四五六七八九十"


def _build():
    blocks = [
        ("cover", TITLE),
        ("coverline", "甘肃省工业和信息化厅"),
        ("coverline", "2026年3月"),
        ("pagebreak", None),
        ("title", TITLE),
        ("p", PREAMBLE),
        ("h1", "一、评估工作开展情况"),
    ]
    blocks += [("item", x) for x in METHOD]
    blocks += [
        ("h1", "二、主要目标完成情况"),
        ("p", TARGETS_INTRO),
        ("caption", TABLE1_CAPTION),
        ("wtable", (TABLE1_WIDTHS, TABLE1)),
    ]
    blocks += [("item", x) for x in TARGETS_REVIEW]
    blocks += [("h1", "三、重点任务推进情况"), ("p", TASKS_INTRO)]
    blocks += [("item", x) for x in TASKS_REVIEW]
    blocks += [("caption", TABLE2_CAPTION), ("wtable", (TABLE2_WIDTHS, TABLE2))]
    blocks += [("h1", "四、存在的主要问题")]
    blocks += [("item", x) for x in PROBLEMS]
    blocks += [("h1", "五、评估结论"), ("p", CONCLUSION), ("p", CONCLUSION_EXTRA)]
    blocks += [("h1", "六、下一步工作安排（2026—2027年）"), ("p", NEXT_INTRO), ("p", GOAL_TEXT)]
    assert G2026_TEXT + G2027_TEXT == GOAL_TEXT
    for text, targets in ((G2026_TEXT, G2026), (G2027_TEXT, G2027)):
        for t in targets:
            assert t.phrase in text, t.phrase
    goals = [Goal("到2026年底", G2026_TEXT, G2026), Goal("到2027年", G2027_TEXT, G2027)]
    tasks = []
    for i, (title, rest, ann, lead, sup, resp, targets) in enumerate(ITEMS, 1):
        no = f"（{NUMERALS[i - 1]}）"
        blocks.append(("item", (f"{no}{title}。", f"{rest}{ann}")))
        tasks.append(
            Task(no, title, f"{title}。{rest}{ann}", lead=lead, supporting=sup, responsible=resp)
        )
        for t in targets:
            assert t.phrase in rest, t.phrase
        if targets:
            goals.append(Goal(title, f"{title}。{rest}", targets, numbering=no))
    blocks += [("sign", "甘肃省工业和信息化厅"), ("date", "2026年3月20日")]
    sections = [Section("六", "六、", "下一步工作安排（2026—2027年）", "key_task", tasks)]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "gansu-province",
        "name": "甘肃省",
        "name_en": "Gansu Province",
        "level": "municipality",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 甘肃省人工智能产业发展三年行动计划（2023—2025年）终期评估报告 (甘肃省工业和信息化厅, 2026-03-20; no 发文字号)
# — SYNTHETIC (synthetic_co): WRITTEN by the collector (helper blindCO, 2026-12-07) before reading or running the importer; no such
#   document is claimed to exist (the province is real, the report, its plan, figures and findings are invented). Built by
#   make_files.py from doc_gansu.py as .docx, printed to PDF by LibreOffice.
# Zone gansu-province (a province → municipality level, SOURCES.md). WHAT A READER DRAFTS FROM AN EVALUATION REPORT (the set's
#   convention, SYNTHETIC_CO.md): the report's OWN plan — what it says will be done from now on, here 六、下一步工作安排（2026—2027年）
#   — and nothing of the plan it evaluates. Period 2026–2027 (the part's own span), milestones 2026 and 2027; the old plan's 2025
#   is no milestone of it.
# What is NOT extracted: 表1 (指标 | 单位 | 2022年基数 | 2025年目标值 | 2024年完成值 | 2025年完成值 | 完成率 | 评估结论) — the
#   EVALUATED plan's targets (2025年目标值: another plan's commitments, due before this report was written) and their readings, bases
#   and completion rates → no target, no goal, whatever the column says; 表2 — the old plan's tasks (建设行业高质量数据集100个, 培育3个
#   省级人工智能产业集群 …) with their 牵头单位 and 推进情况 → no task, no target, no agency, no role; 一、's （一）–（三） (scope, method,
#   the grading rule "完成率达到100%的评定为…"), 二、's and 三、's bold-led paragraphs of past figures (达到468亿元, 是2022年的2.5倍,
#   年均增长36.0%, 完成目标值的93.6%, 2024年已提前完成10000P的目标值, 建成智算中心8个 …), 四、存在的主要问题 and 五、评估结论
#   (87.6分, "接续做好2026—2027年工作") → none. The preamble's "会同省发展改革委…委托第三方评估机构" is past → no role.
# Goals: ONE paragraph of two dated sentences → two goals titled by their date phrases, each the sentence: "到2026年底" (3 targets,
#   due 2026: 500亿元, 100个, 3个 — the same VALUES as the old plan's 2025年目标值 in 表1, now the report's own commitments dated 2026:
#   targets here, none in the table) and "到2027年" (6 targets, due 2027; 2万P → 20000 P; 提高到70%以上 → gte). "全面完成《行动计划》
#   未达标指标" → no figure of its own (the three figures before it say what it means).
# Tasks: 六、's （一）–（八）, each ONE paragraph "（N）标题。正文（annotation）" (bold heading) → one key_task section 六、; title = the
#   heading, text = heading + body + annotation. Every item holding figures is also a goal titled like it (text without number and
#   annotation), numbered like it.
# Roles: "（X牵头，Y、Z配合）" → lead / supporting; "（X、Y牵头，省直有关部门配合）" → two leads, the generic words no agency;
#   "（X、Y按职责分工负责）" → responsible. 各市（州）人民政府 → one collective. Full names by the 甘肃省 prefix; the alias is the form printed.
# Targets of the items: dated "2026年底前…" → 2026; "到2027年" / "2026—2027年" / no year → 2027 (the part's end). Restated, so no
#   second target: (一) 智能算力平均利用率提高到70%以上, (二) 达到100个, (三) 累计达到3个, (四) 打造行业大模型40个、典型应用场景400个 (the
#   goals' figures, same year). New counts beside them ARE targets: (二) 2026年底前新建14个以上 (flow, 86 built is the base: none),
#   (三) 新认定…集群1个 (flow). (二) 累计建成高质量数据集150个 (2027) is not the goals' 100 (2026): its own. (一) "2026—2027年新增智能算力
#   7500P以上" (flow, 2027) is not the goals' 2万P level. (一) 100%接入 → eq 100 %. Per year: (四) 每年发布典型应用场景100个以上, (六)
#   每年培训人工智能人才3万人次以上 → 30000 人次 (flow, per_year, due 2027). None: (七) "每年3月底前" (a date), (八) 每年安排不少于3亿元
#   (a budget), a 子基金 to be set up. Flow: 新增 / 新建 / 新认定 / 发布 / 培训; stock: levels, rates, 建成 (累计) / 培育 / 打造 counts.
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""衢州市推进“人工智能+”行动三年行动计划（2026—2028年） — INVENTED (synthetic_aw), a .docx printed to PDF by
LibreOffice. 一、总体要求 holds （一）总体思路 and （二）主要目标 = two dated paragraphs (到2026年，… / 到2028年，…);
二、重点任务 = six named 行动 （一）–（六）, each of items "1.标题。正文" restarting in every 行动 and carrying NO
annotation in the body; the roles stand only in the annex 重点任务分工表 (序号 1–18 numbered on across the
行动, columns 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限); 三、保障措施 （一）–（四） unannotated; 抄送 / 印发 lines."""

from synthetic_model import Agency, Goal, Section, Target, Task, safeguard_items

SLUG = "quzhou-ai-plus-three-year-2026-synthetic"
KIND = "pdf"

A = [
    ("sjj", "衢州市数据局", "市数据局", "big_data"),
    ("fgw", "衢州市发展和改革委员会", "市发展改革委", "development_reform"),
    ("jxj", "衢州市经济和信息化局", "市经信局", "industry_it"),
    ("kjj", "衢州市科学技术局", "市科技局", "science_technology"),
    ("czj", "衢州市财政局", "市财政局", "finance"),
    ("jyj", "衢州市教育局", "市教育局", "education"),
    ("rsj", "衢州市人力资源和社会保障局", "市人力社保局", "human_resources"),
    ("wjw", "衢州市卫生健康委员会", "市卫生健康委", "health"),
    ("wgl", "衢州市文化广电旅游局", "市文化广电旅游局", "culture_tourism"),
    ("jtj", "衢州市交通运输局", "市交通运输局", "transport"),
    ("scj", "衢州市市场监督管理局", "市市场监管局", "market_regulation"),
    ("yjj", "衢州市应急管理局", "市应急管理局", "emergency"),
    ("gaj", "衢州市公安局", "市公安局", "public_security"),
    ("swj", "衢州市商务局", "市商务局", "commerce"),
    ("wxb", "中共衢州市委网络安全和信息化委员会办公室", "市委网信办", "publicity"),
    ("zzxc", "衢州智造新城管理委员会", "衢州智造新城管委会", "park_administration"),
    ("qzxy", "衢州学院", "衢州学院", "other"),
    ("xsq", "衢州市各县（市、区）人民政府", "各县（市、区）人民政府", "local_government"),
]
AGENCIES = [Agency(c, n, [a] if a != n else [], cat) for c, n, a, cat in A]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "衢州市推进“人工智能+”行动三年行动计划（2026—2028年）"
DOC_NUMBER = "衢政办发〔2026〕8号"
ISSUER = "衢州市人民政府办公室"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Quzhou three-year action plan for advancing the “AI+” action (2026–2028) — synthetic",
    "issuer": ISSUER,
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-20",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2027, 2028],
    "source_file": f"{SLUG}.pdf",
}

PREAMBLE = "为深入贯彻落实国务院关于深入实施“人工智能+”行动的意见和省委、省政府关于加快人工智能创新发展的决策部署，抢抓人工智能发展重大机遇，推动人工智能与我市经济社会各领域深度融合，加快建设四省边际中心城市，结合我市实际，制定本行动计划。"
BASIS = "近年来，我市数字经济发展势头良好，算力设施、数据资源和应用场景加快积累。2025年，全市人工智能核心产业营业收入达到41亿元，智能算力规模达到600P，建成省级“未来工厂”2家、智能工厂（数字化车间）86家，数字经济核心产业增加值增速连续三年位居全省前列。但也要看到，我市人工智能产业规模总体偏小，龙头企业和高端人才不足，行业数据开发利用不够充分，赋能应用深度和广度仍需拓展。"
IDEA = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实“八八战略”，以推动人工智能与实体经济深度融合为主线，以算力、数据、模型、场景为关键要素，坚持应用牵引、产业为本、生态为基、安全为要，实施算力筑基、数据赋能、智造升级、智惠民生、智治提效、生态培育六大行动，加快形成以智能化为特征的新质生产力，为高质量发展建设四省边际共同富裕示范区提供有力支撑。"
GOAL_2026 = "到2026年，人工智能赋能效应初步显现，全市人工智能核心产业营业收入达到60亿元，智能算力规模达到1500P，打造“人工智能+”典型应用场景50个以上，培育省级人工智能应用标杆企业5家。"
GOAL_2028 = "到2028年，人工智能赋能经济社会发展的格局基本形成，全市人工智能核心产业营业收入突破150亿元，年均增长30%以上；智能算力规模力争达到5000P，算力资源利用率不低于70%；累计打造“人工智能+”典型应用场景200个以上，其中标杆场景二十个；规模以上工业企业数字化改造覆盖率达到95%；培育人工智能企业150家以上，引育人工智能领域高层次人才1000人；建成行业高质量数据集30个、行业大模型3—5个。"
GOALS_HEAD = [
    Goal(
        "到2026年",
        GOAL_2026,
        [
            Target(
                "人工智能核心产业营业收入",
                "亿元",
                "eq",
                60,
                "全市人工智能核心产业营业收入达到60亿元",
                deadline=2026,
                kind="ai_industry_scale",
            ),
            Target(
                "智能算力规模",
                "P",
                "eq",
                1500,
                "智能算力规模达到1500P",
                deadline=2026,
                kind="computing_power",
            ),
            Target(
                "“人工智能+”典型应用场景",
                "个",
                "gte",
                50,
                "打造“人工智能+”典型应用场景50个以上",
                deadline=2026,
                kind="application_scenarios",
            ),
            Target(
                "省级人工智能应用标杆企业",
                "家",
                "eq",
                5,
                "培育省级人工智能应用标杆企业5家",
                deadline=2026,
                kind="ai_enterprises",
            ),
        ],
    ),
    Goal(
        "到2028年",
        GOAL_2028,
        [
            Target(
                "人工智能核心产业营业收入",
                "亿元",
                "gt",
                150,
                "全市人工智能核心产业营业收入突破150亿元",
                kind="ai_industry_scale",
            ),
            Target(
                "人工智能核心产业营业收入年均增长率",
                "%",
                "gte",
                30,
                "年均增长30%以上",
            ),
            Target(
                "智能算力规模",
                "P",
                "eq",
                5000,
                "智能算力规模力争达到5000P",
                kind="computing_power",
            ),
            Target("算力资源利用率", "%", "gte", 70, "算力资源利用率不低于70%"),
            Target(
                "“人工智能+”典型应用场景",
                "个",
                "gte",
                200,
                "累计打造“人工智能+”典型应用场景200个以上",
                kind="application_scenarios",
                aggregation="flow",
            ),
            Target(
                "标杆场景",
                "个",
                "eq",
                20,
                "其中标杆场景二十个",
                kind="application_scenarios",
                aggregation="flow",
                parent="PREV",
            ),
            Target(
                "规模以上工业企业数字化改造覆盖率",
                "%",
                "eq",
                95,
                "规模以上工业企业数字化改造覆盖率达到95%",
            ),
            Target(
                "人工智能企业",
                "家",
                "gte",
                150,
                "培育人工智能企业150家以上",
                kind="ai_enterprises",
            ),
            Target(
                "人工智能领域高层次人才",
                "人",
                "eq",
                1000,
                "引育人工智能领域高层次人才1000人",
                kind="talent",
                aggregation="flow",
            ),
            Target("行业高质量数据集", "个", "eq", 30, "建成行业高质量数据集30个"),
            Target("行业大模型", "个", "range", 3, "行业大模型3—5个", value_max=5),
        ],
    ),
]

# (行动 numbering, title, lead paragraph, [(item no, title, body, [targets])])
# annex rows: (序号, 重点任务, 牵头单位, 配合单位, 完成时限) in the same order as the items
ACTIONS = [
    (
        "（一）",
        "算力筑基行动",
        "统筹算力、网络和能源布局，构建多元供给、高效调度、绿色低碳的算力基础设施体系。",
        [
            (
                "1.",
                "建设四省边际智算中心",
                "依托衢州智造新城数据中心集聚区，按照“统一规划、分期建设”原则推进四省边际智算中心建设，新建智算服务器机柜3000架，推动国产算力芯片规模化部署。推动智算中心接入全省算力调度平台，面向浙闽赣皖四省边际地区提供算力服务。",
                [
                    Target(
                        "新建智算服务器机柜",
                        "架",
                        "eq",
                        3000,
                        "新建智算服务器机柜3000架",
                        deadline=2027,
                        aggregation="flow",
                    )
                ],
            ),
            (
                "2.",
                "推广普惠算力服务",
                "建立全市算力资源统筹调度机制，推动政务云、行业云和智算资源统一纳管、按需调度。每年发放“算力券”不超过2000万元，支持中小企业、科研机构使用本地算力开展模型训练和推理。",
                [],
            ),
            (
                "3.",
                "夯实网络和能源保障",
                "推进5G-A、千兆光网和算力专线建设，实现重点园区万兆接入全覆盖。统筹算力设施用电需求，支持数据中心开展绿电直供和余热利用，新建数据中心电能利用效率（PUE）控制在1.25以下。",
                [
                    Target(
                        "新建数据中心电能利用效率（PUE）",
                        "PUE",
                        "lte",
                        1.25,
                        "新建数据中心电能利用效率（PUE）控制在1.25以下",
                    )
                ],
            ),
        ],
    ),
    (
        "（二）",
        "数据赋能行动",
        "以数据要素市场化配置改革为牵引，加快建设高质量数据集，为人工智能训练和应用提供优质“数据燃料”。",
        [
            (
                "1.",
                "建设行业高质量数据集",
                "聚焦氟硅新材料、特种纸、高端装备、文旅、医疗健康等领域，组织企业、高校和科研院所联合开展数据采集、清洗、标注，形成一批可供模型训练的行业数据集。建设数据标注基地1个，带动数据标注从业人员2000人以上。",
                [
                    Target("数据标注基地", "个", "eq", 1, "建设数据标注基地1个"),
                    Target(
                        "数据标注从业人员",
                        "人",
                        "gte",
                        2000,
                        "带动数据标注从业人员2000人以上",
                    ),
                ],
            ),
            (
                "2.",
                "深化公共数据授权运营",
                "完善公共数据授权运营管理制度，推动交通、医疗、气象、文旅等领域公共数据有序开放，每年新增开放高价值公共数据集50个以上，支持经营主体开发数据产品和服务。",
                [
                    Target(
                        "新增开放高价值公共数据集",
                        "个",
                        "gte",
                        50,
                        "每年新增开放高价值公共数据集50个以上",
                        per_year=True,
                    )
                ],
            ),
            (
                "3.",
                "培育数据要素市场主体",
                "支持数据商、数据经纪、数据合规评估等第三方专业服务机构在衢落地，引导企业开展数据资产入表，推动数据产品进入省级数据交易场所挂牌交易。",
                [],
            ),
        ],
    ),
    (
        "（三）",
        "智造升级行动",
        "聚焦“4+3+N”产业体系，推动人工智能技术在研发设计、生产制造、经营管理、售后服务等环节深度应用。",
        [
            (
                "1.",
                "推进制造业智能化改造",
                "以氟硅钴锂新材料、高端装备、特种纸等主导产业为重点，实施智能化改造项目300项，新增省级智能工厂（数字化车间）30家、“未来工厂”3家。推广工业质检、设备预测性维护、能耗智能管控等成熟应用。",
                [
                    Target(
                        "智能化改造项目",
                        "项",
                        "eq",
                        300,
                        "实施智能化改造项目300项",
                        aggregation="flow",
                    ),
                    Target(
                        "新增省级智能工厂（数字化车间）",
                        "家",
                        "eq",
                        30,
                        "新增省级智能工厂（数字化车间）30家",
                        aggregation="flow",
                    ),
                    Target(
                        "新增“未来工厂”",
                        "家",
                        "eq",
                        3,
                        "“未来工厂”3家",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "2.",
                "发展行业大模型",
                "支持龙头企业联合高校院所研发新材料配方设计、工艺参数优化等垂直领域大模型，推动大模型在产业链上下游推广应用，每个重点产业链至少形成1个标志性应用。",
                [],
            ),
            (
                "3.",
                "培育智能产品和装备",
                "支持企业研发智能传感器、智能检测装备、工业机器人等产品，推动智能网联汽车零部件、智能家居等终端产品迭代升级，新增首台（套）智能装备10项以上。",
                [
                    Target(
                        "新增首台（套）智能装备",
                        "项",
                        "gte",
                        10,
                        "新增首台（套）智能装备10项以上",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "（四）",
        "智惠民生行动",
        "围绕群众急难愁盼，推动人工智能在教育、医疗、养老、文旅等民生领域普惠应用。",
        [
            (
                "1.",
                "推进“人工智能+教育”",
                "建设全市教育人工智能应用平台，推广智能备课、个性化学习、智能作业批改等应用，培育人工智能教育特色学校40所，实现中小学人工智能通识教育全覆盖。",
                [
                    Target(
                        "人工智能教育特色学校",
                        "所",
                        "eq",
                        40,
                        "培育人工智能教育特色学校40所",
                    )
                ],
            ),
            (
                "2.",
                "推进“人工智能+医疗健康”",
                "推动人工智能辅助诊断、智能影像、智能随访等应用在各级医疗机构落地，二级以上公立医院人工智能辅助诊断应用率达到100%。建设基层智能健康服务站，提升山区县医疗服务能力。",
                [
                    Target(
                        "二级以上公立医院人工智能辅助诊断应用率",
                        "%",
                        "eq",
                        100,
                        "二级以上公立医院人工智能辅助诊断应用率达到100%",
                    )
                ],
            ),
            (
                "3.",
                "推进“人工智能+文旅”",
                "依托南孔文化、钱江源国家公园等资源，开发数字人导游、智能行程规划、沉浸式体验等产品，打造智慧景区15个，推动“游衢州”平台智能化升级。",
                [Target("智慧景区", "个", "eq", 15, "打造智慧景区15个")],
            ),
        ],
    ),
    (
        "（五）",
        "智治提效行动",
        "推动人工智能在政务服务、城市治理、应急管理等领域创新应用，提升治理体系和治理能力现代化水平。",
        [
            (
                "1.",
                "建设政务大模型应用体系",
                "依托省级公共数据平台，部署政务大模型，推动智能问答、智能审批、智能公文等场景应用，高频政务服务事项智能办理率达到80%。",
                [
                    Target(
                        "高频政务服务事项智能办理率",
                        "%",
                        "eq",
                        80,
                        "高频政务服务事项智能办理率达到80%",
                    )
                ],
            ),
            (
                "2.",
                "提升城市智能治理水平",
                "推进城市运行管理服务平台智能化升级，在交通信号优化、违法停车识别、市容环境监测等领域推广智能感知和自动分拨，城区主要路口信号灯智能控制覆盖率达到90%。",
                [
                    Target(
                        "城区主要路口信号灯智能控制覆盖率",
                        "%",
                        "eq",
                        90,
                        "城区主要路口信号灯智能控制覆盖率达到90%",
                    )
                ],
            ),
            (
                "3.",
                "强化智能安全应急",
                "推广人工智能在森林防火、地质灾害、危化品监管等领域的风险识别和预警应用，建设全市应急指挥智能辅助决策系统。",
                [],
            ),
        ],
    ),
    (
        "（六）",
        "生态培育行动",
        "强化企业、人才、平台和资本支撑，营造开放包容、充满活力的人工智能产业生态。",
        [
            (
                "1.",
                "招引培育人工智能企业",
                "围绕智能终端、数据服务、行业应用等方向开展精准招商，每年招引人工智能领域亿元以上项目10个以上。支持本地企业向人工智能解决方案服务商转型，培育国家级专精特新“小巨人”企业3家。",
                [
                    Target(
                        "人工智能领域亿元以上项目",
                        "个",
                        "gte",
                        10,
                        "每年招引人工智能领域亿元以上项目10个以上",
                        per_year=True,
                    ),
                    Target(
                        "国家级专精特新“小巨人”企业",
                        "家",
                        "eq",
                        3,
                        "培育国家级专精特新“小巨人”企业3家",
                    ),
                ],
            ),
            (
                "2.",
                "建设创新平台载体",
                "支持衢州学院与国内高校、龙头企业共建人工智能联合实验室，建设人工智能产业园2个，新增省级以上人工智能创新平台5个。",
                [
                    Target("人工智能产业园", "个", "eq", 2, "建设人工智能产业园2个"),
                    Target(
                        "新增省级以上人工智能创新平台",
                        "个",
                        "eq",
                        5,
                        "新增省级以上人工智能创新平台5个",
                        kind="innovation_platforms",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "3.",
                "加强人工智能人才培养",
                "实施“人工智能+”技能提升工程，每年开展人工智能应用培训5000人次。支持职业院校开设人工智能相关专业，推动产教融合实训基地建设。",
                [
                    Target(
                        "人工智能应用培训",
                        "人次",
                        "eq",
                        5000,
                        "每年开展人工智能应用培训5000人次",
                        per_year=True,
                        kind="talent",
                    )
                ],
            ),
        ],
    ),
]

# annex 重点任务分工表, one row per item in order: (牵头单位, 配合单位, 完成时限)
ANNEX = [
    ("市数据局、衢州智造新城管委会", "市发展改革委、市经信局", "2027年底前"),
    ("市数据局", "市财政局、市经信局、市科技局", "持续推进"),
    ("市经信局", "市发展改革委、市数据局，各县（市、区）人民政府", "2028年底前"),
    ("市数据局", "市经信局、市科技局、衢州学院", "2028年底前"),
    ("市数据局", "市交通运输局、市卫生健康委、市文化广电旅游局", "持续推进"),
    ("市数据局", "市市场监管局、市财政局", "2028年底前"),
    ("市经信局", "市科技局，各县（市、区）人民政府", "2028年底前"),
    ("市经信局、市科技局", "衢州学院、衢州智造新城管委会", "2028年底前"),
    ("市经信局", "市科技局、市市场监管局", "2028年底前"),
    ("市教育局", "市数据局、市财政局", "2027年底前"),
    ("市卫生健康委", "市数据局，各县（市、区）人民政府", "2026年底前"),
    ("市文化广电旅游局", "市数据局、市商务局", "2028年底前"),
    ("市数据局", "市委网信办，各县（市、区）人民政府", "2026年底前"),
    ("市数据局、市公安局", "市交通运输局、市应急管理局", "2027年底前"),
    ("市应急管理局", "市数据局、市公安局", "2028年底前"),
    ("市商务局", "市经信局、市发展改革委，各县（市、区）人民政府", "2028年底前"),
    ("市科技局", "衢州学院、衢州智造新城管委会、市经信局", "2028年底前"),
    ("市人力社保局", "市教育局、市经信局", "持续推进"),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "依托市数字经济发展领导小组，统筹推进“人工智能+”行动，研究解决重大问题。市数据局负责日常协调，会同各牵头单位建立任务清单和工作台账，每半年报送一次工作进展。各县（市、区）要结合实际制定具体落实举措。",
    ),
    (
        "（二）",
        "加大政策支持",
        "统筹用好市级产业发展专项资金，对符合条件的算力设施、数据集建设、场景应用和人才引育项目给予支持。发挥市产业投资基金引导作用，吸引社会资本投向人工智能领域。积极争取国家和省级专项资金、试点示范项目落地衢州。",
    ),
    (
        "（三）",
        "强化安全保障",
        "落实网络安全、数据安全和个人信息保护要求，健全人工智能安全风险评估和监测预警机制，加强生成式人工智能服务备案和内容安全管理，守住安全底线。",
    ),
    (
        "（四）",
        "营造良好氛围",
        "加强政策宣传解读，定期发布“人工智能+”典型案例和场景清单，组织开展人工智能创新应用大赛、成果展示对接等活动，营造全社会关注、支持、参与人工智能发展的良好氛围。",
    ),
]

ANNEX_TITLE = "衢州市推进“人工智能+”行动三年行动计划重点任务分工表"


def _year(deadline):
    return int(deadline[:4]) if deadline[0] == "2" else None


def _names(cell):
    out = []
    for part in cell.split("，"):
        out += [part] if part == "各县（市、区）人民政府" else part.split("、")
    return [ALIAS[n] for n in out]


def _build():
    blocks = [
        ("head", "衢州市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"衢州市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各县（市、区）人民政府，市政府各部门、直属各单位："),
        ("body", f"《{TITLE}》已经市政府同意，现印发给你们，请结合实际认真组织实施。"),
        ("sign", ISSUER),
        ("sign", "2026年3月20日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("body", BASIS),
        ("h1", "一、总体要求"),
        ("h2", "（一）总体思路"),
        ("body", IDEA),
        ("h2", "（二）主要目标"),
        ("body", GOAL_2026),
        ("body", GOAL_2028),
        ("h1", "二、重点任务"),
    ]
    goals = list(GOALS_HEAD)
    groups = []
    rows = [["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]]
    serial = 0
    for gno, gtitle, glead, items in ACTIONS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        blocks.append(("body", glead))
        tasks = []
        for no, title, body, targets in items:
            lead_cell, sup_cell, when = ANNEX[serial]
            serial += 1
            rows.append([str(serial), title, lead_cell, sup_cell, when])
            year = _year(when)
            blocks.append(("item", (f"{no}{title}。", body)))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}",
                    lead=_names(lead_cell),
                    supporting=_names(sup_cell),
                    due=year,
                )
            )
            if targets:
                for t in targets:
                    if t.deadline is None and year:
                        t.deadline = year
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        groups.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    safeguards = safeguard_items(blocks, "三、保障措施", SAFEGUARDS)
    blocks += [
        ("body", f"附件：{ANNEX_TITLE}"),
        ("pagebreak", ""),
        ("annexno", "附件"),
        ("caption", ANNEX_TITLE),
        ("table", rows),
        ("pagebreak", ""),
        (
            "rule",
            "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院。",
        ),
        ("rule", f"{ISSUER}                    2026年3月20日印发"),
    ]
    sections = [
        Section("二", "二、", "重点任务", "key_task", sections=groups),
        Section("三", "三、", "保障措施", "safeguard", safeguards),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {"slug": "quzhou-city", "name": "衢州市", "name_en": "Quzhou", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 衢州市推进“人工智能+”行动三年行动计划（2026—2028年） (衢州市人民政府办公室, 衢政办发〔2026〕8号, 2026-03-20) — SYNTHETIC
# (synthetic_aw): WRITTEN by the collector (helper blindAW, 2026-12-05) before reading or running the importer; no such
#   document is claimed to exist. Built by make_files.py from doc_quzhou.py as a .docx printed to PDF by LibreOffice.
# Zone quzhou-city (浙江; prefecture city → city level); period 2026–2028; milestones 2026, 2027 (annex 完成时限), 2028.
# Outline: notice (addressee, one sentence, signature and date, 此件公开发布), page break, title, preamble, a paragraph of 2025
#   figures (41亿元, 600P, 2家, 86家: baselines, no target), 一、总体要求 = （一）总体思路 (no figure) and （二）主要目标 = two
#   paragraphs "到2026年，…" (→ goal 到2026年, four targets due 2026) and "到2028年，…" (→ goal 到2028年, eleven targets).
#   二、重点任务 = six named 行动 （一）–（六） (sub-sections; each opens on a lead paragraph of no figure, no task) of items
#   "1.标题。正文" restarting at 1. in each 行动 — 18 tasks; 三、保障措施 （一）–（四） unannotated → safeguard tasks, no roles.
#   Then the 附件 line, the annex 重点任务分工表, 抄送 and 印发 lines (no task, no target).
# Roles: the body items carry no annotation; the annex table (序号 1–18 numbered ON across the 行动 while the body restarts,
#   重点任务 = the item's bold heading word for word) gives 牵头单位 → lead (two names → two leads) and 配合单位 → supporting,
#   and its 完成时限 "20XX年底前" → the task's due year ("持续推进" → no due). 各县（市、区）人民政府 is one collective agency;
#   衢州学院 (a university) and 衢州智造新城管委会 are agencies as the annex names them. 市委网信办 → publicity.
# Targets: a task's figure with no year of its own is due at its annex row's 完成时限 (2027 / 2028 here; SOURCES.md, settled
#   2026-12-05). The goals paragraphs' figures are not restated in the tasks. 其中标杆场景二十个 → part of the 200 scenes (parent),
#   Chinese numeral 二十 → 20; 累计打造… and 引育…人才 → flow; 行业大模型3—5个 → range; 年均增长30%以上 → gte 30 %;
#   力争达到 → eq; 不低于 → gte; PUE 控制在1.25以下 → lte 1.25 (unit PUE). 每年… → per_year flow; 新建 / 新增 / 实施…项目 → flow.
#   Not targets: the 2025 figures, the 算力券 budget (每年发放“算力券”不超过2000万元: an instrument's budget), "每个重点产业链至少
#   形成1个标志性应用" (a per-chain rule, no total), "全覆盖" with no figure, names (“4+3+N”, 5G-A, 四省边际).
"""

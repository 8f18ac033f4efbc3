# ruff: noqa: E501  (plan text as the office writes it)
"""静海区推动“人工智能+”行动2026年工作要点 — INVENTED (synthetic_ar). A 天津 district's one-year 工作要点
as its portal page is saved (.html): 一、工作目标 of one "2026年，" paragraph whose figures are written in
Chinese numerals; 二、重点工作 of five groups （一）–（五） whose items 1.–20. are numbered on across the
groups, each "1.标题。正文。" closing on an annotation after its last full stop, in three forms:
"（X牵头，Y、Z配合）", "（X牵头，Y、Z按职责分工负责）", "（X负责）"; group （四）'s heading carries
"（区政务服务办牵头）" over items naming only their 配合 bodies; a 天津市 body written "市数据局" beside the
区 bodies; 三、保障措施 unannotated."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "jinghai-ai-plus-work-points-2026-synthetic"
KIND = "html"

A = [
    ("gxj", "天津市静海区工业和信息化局", "区工业和信息化局", "industry_it"),
    ("kjj", "天津市静海区科学技术局", "区科技局", "science_technology"),
    ("fgw", "天津市静海区发展和改革委员会", "区发展改革委", "development_reform"),
    ("sjj", "天津市静海区数据局", "区数据局", "big_data"),
    ("swj", "天津市静海区商务局", "区商务局", "commerce"),
    ("jyj", "天津市静海区教育局", "区教育局", "education"),
    ("wjw", "天津市静海区卫生健康委员会", "区卫生健康委", "health"),
    ("rsj", "天津市静海区人力资源和社会保障局", "区人社局", "human_resources"),
    ("czj", "天津市静海区财政局", "区财政局", "finance"),
    ("nyw", "天津市静海区农业农村委员会", "区农业农村委", "agriculture"),
    ("zwb", "天津市静海区政务服务办公室", "区政务服务办", "government_services"),
    ("wxb", "中共天津市静海区委网络安全和信息化委员会办公室", "区委网信办", "publicity"),
    ("gafj", "天津市公安局静海分局", "静海公安分局", "public_security"),
    ("zykfq", "天津子牙经济技术开发区管理委员会", "子牙经开区管委会", "park_administration"),
    ("jhkfq", "天津静海经济开发区管理委员会", "静海经济开发区管委会", "park_administration"),
    ("zj", "天津市静海区各镇人民政府、街道办事处", "各镇人民政府、街道办事处", "local_government"),
    ("ssjj", "天津市数据局", "市数据局", "big_data"),
    ("mzj", "天津市静海区民政局", "区民政局", "civil_affairs"),
    ("zjw", "天津市静海区住房和建设委员会", "区住房建设委", "housing_construction"),
    ("tbxc", "天津团泊新城管理委员会", "团泊新城管委会", "park_administration"),
]
AGENCIES = [Agency(code, name, [alias], cat) for code, name, alias, cat in A]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "静海区推动“人工智能+”行动2026年工作要点"
DOC_NUMBER = "静海政办发〔2026〕4号"
ISSUER = "天津市静海区人民政府办公室"

GOAL_TEXT = "2026年，全区人工智能赋能实体经济取得明显成效，人工智能核心产业规模达到二十亿元，新增人工智能相关企业十五家以上，打造“人工智能+”典型应用场景三十个，规模以上工业企业数字化改造覆盖率达到75%，建成智能工厂和数字化车间二十个以上，其中市级智能工厂不少于五个，为建设天津南部产业强区提供有力支撑。"
GOAL_TARGETS = [
    Target(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        20,
        "人工智能核心产业规模达到二十亿元",
        kind="ai_industry_scale",
    ),
    Target(
        "新增人工智能相关企业",
        "家",
        "gte",
        15,
        "新增人工智能相关企业十五家以上",
        aggregation="flow",
    ),
    Target(
        "“人工智能+”典型应用场景",
        "个",
        "eq",
        30,
        "打造“人工智能+”典型应用场景三十个",
        kind="application_scenarios",
        aggregation="flow",
    ),
    Target(
        "规模以上工业企业数字化改造覆盖率", "%", "eq", 75, "规模以上工业企业数字化改造覆盖率达到75%"
    ),
    Target(
        "智能工厂和数字化车间",
        "个",
        "gte",
        20,
        "建成智能工厂和数字化车间二十个以上",
        aggregation="flow",
    ),
    Target(
        "市级智能工厂",
        "个",
        "gte",
        5,
        "其中市级智能工厂不少于五个",
        aggregation="flow",
        parent="PREV",
    ),
]

# (group numbering, group title, heading annotation or None,
#  [(no, title, rest, annotation or None, lead, responsible, supporting, targets)])
GROUPS = [
    (
        "（一）",
        "夯实算力数据基础",
        None,
        [
            (
                "1.",
                "推进智能算力设施建设",
                "依托子牙经开区数据中心集群，推动建设面向循环经济和智能制造的智能算力中心，年内新增智能算力300P，推动算力资源接入天津市算力调度平台，为中小企业提供普惠算力服务。探索发放“算力券”，降低企业模型训练和推理成本。支持企业利用闲置厂房改造建设边缘计算节点，满足工业质检、视频分析等低时延算力需求。",
                "子牙经开区管委会牵头，区工业和信息化局、区发展改革委配合",
                ["子牙经开区管委会"],
                [],
                ["区工业和信息化局", "区发展改革委"],
                [
                    Target(
                        "新增智能算力",
                        "P",
                        "eq",
                        300,
                        "年内新增智能算力300P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "2.",
                "推动公共数据开发利用",
                "完善区级公共数据资源目录，推动政务、交通、医疗、农业等领域公共数据有序开放，全年新增开放公共数据集五十个。配合推进公共数据授权运营，培育数据标注、数据治理等数据服务企业，建设行业高质量数据集三个以上。加强公共数据分类分级管理，落实数据安全保护责任。",
                "区数据局牵头，市数据局、区政务服务办配合",
                ["区数据局"],
                [],
                ["市数据局", "区政务服务办"],
                [
                    Target(
                        "新增开放公共数据集",
                        "个",
                        "eq",
                        50,
                        "全年新增开放公共数据集五十个",
                        aggregation="flow",
                    ),
                    Target(
                        "行业高质量数据集",
                        "个",
                        "gte",
                        3,
                        "建设行业高质量数据集三个以上",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "3.",
                "加强网络基础设施支撑",
                "加快千兆光网和5G网络向园区、镇村延伸，在重点工业园区开展5G专网建设，推动工业互联网标识解析在重点行业应用。统筹推进通信管线、基站站址与市政设施共建共享。推动重点企业开展内网改造，提升工业网络安全防护能力。",
                "区工业和信息化局负责",
                [],
                ["区工业和信息化局"],
                [],
                [],
            ),
        ],
    ),
    (
        "（二）",
        "推进“人工智能+制造”",
        None,
        [
            (
                "4.",
                "推动重点产业智能化改造",
                "聚焦自行车电动车、健康食品、五金制品等优势产业，组织开展智能化改造诊断服务，全年完成企业诊断一百家次，推动一批企业应用机器视觉质检、智能排产、预测性维护等技术。支持静海经济开发区建设数字化转型促进中心。组织智能化改造服务商与企业开展供需对接，推广一批可复制的解决方案。",
                "区工业和信息化局牵头，静海经济开发区管委会、子牙经开区管委会、各镇人民政府、街道办事处按职责分工负责",
                ["区工业和信息化局"],
                ["静海经济开发区管委会", "子牙经开区管委会", "各镇人民政府、街道办事处"],
                [],
                [
                    Target(
                        "智能化改造诊断服务企业",
                        "家次",
                        "eq",
                        100,
                        "全年完成企业诊断一百家次",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "5.",
                "培育人工智能企业",
                "建立人工智能企业培育库，实施梯度培育，全年新认定人工智能领域科技型中小企业二十家，推动人工智能企业申报国家高新技术企业。积极对接京津冀人工智能创新资源，引进人工智能产业化项目八个以上。对新落地的重点项目实行专班服务、全程代办。",
                "区科技局牵头，区商务局、区工业和信息化局按职责分工负责",
                ["区科技局"],
                ["区商务局", "区工业和信息化局"],
                [],
                [
                    Target(
                        "认定人工智能领域科技型中小企业",
                        "家",
                        "eq",
                        20,
                        "全年新认定人工智能领域科技型中小企业二十家",
                        aggregation="flow",
                    ),
                    Target(
                        "引进人工智能产业化项目",
                        "个",
                        "gte",
                        8,
                        "引进人工智能产业化项目八个以上",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "6.",
                "发展智能绿色循环经济",
                "推动子牙经开区再生资源企业应用人工智能分拣、智能拆解等技术，建设智能分拣示范线五条，提升再生资源综合利用效率。推动园区能源管理智能化，开展碳排放智能监测。支持园区企业建设数字化管理平台，实现再生资源来源可查、去向可追。",
                "子牙经开区管委会负责",
                [],
                ["子牙经开区管委会"],
                [],
                [
                    Target(
                        "智能分拣示范线",
                        "条",
                        "eq",
                        5,
                        "建设智能分拣示范线五条",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "7.",
                "建设人工智能产业载体",
                "依托团泊新城建设人工智能产业园，完善研发办公、中试验证、人才公寓等配套，新增人工智能产业载体面积3万平方米，吸引京津人工智能企业设立研发中心和区域总部。对入驻企业在场地租金、算力使用等方面给予阶段性支持。完善园区公共技术服务平台，为入驻企业提供检验检测、知识产权等专业服务。",
                "团泊新城管委会牵头，区住房建设委、区商务局配合",
                ["团泊新城管委会"],
                [],
                ["区住房建设委", "区商务局"],
                [
                    Target(
                        "新增人工智能产业载体面积",
                        "平方米",
                        "eq",
                        30000,
                        "新增人工智能产业载体面积3万平方米",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "（三）",
        "拓展“人工智能+”民生应用",
        None,
        [
            (
                "8.",
                "推进智慧医疗健康",
                "依托团泊健康产业园，推动医疗机构应用人工智能辅助诊断、智能导诊和慢病管理，推动区属二级以上公立医院普遍应用人工智能辅助诊断。推进基层医疗卫生机构智能辅助诊疗系统部署。推动区域医疗数据互联互通，探索健康医疗大数据在慢病防控中的应用。",
                "区卫生健康委负责",
                [],
                ["区卫生健康委"],
                [],
                [],
            ),
            (
                "9.",
                "推进人工智能教育",
                "在中小学开展人工智能通识教育，建设人工智能教育特色学校十所，全年开展教师人工智能应用培训1.2万人次。支持职业院校开设人工智能相关专业和课程。鼓励学校开展人工智能社团活动和科技竞赛，提升学生数字素养。",
                "区教育局牵头，区人社局配合",
                ["区教育局"],
                [],
                ["区人社局"],
                [
                    Target(
                        "人工智能教育特色学校",
                        "所",
                        "eq",
                        10,
                        "建设人工智能教育特色学校十所",
                        aggregation="flow",
                    ),
                    Target(
                        "教师人工智能应用培训",
                        "人次",
                        "eq",
                        12000,
                        "全年开展教师人工智能应用培训1.2万人次",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "10.",
                "推进智慧农业",
                "在设施农业、畜牧养殖等领域推广环境智能监测、精准饲喂、病虫害智能识别等应用，建设智慧农业示范基地六个。推动农产品质量安全追溯和电商直播智能化。",
                "区农业农村委牵头，区商务局、各镇人民政府、街道办事处配合",
                ["区农业农村委"],
                [],
                ["区商务局", "各镇人民政府、街道办事处"],
                [
                    Target(
                        "智慧农业示范基地",
                        "个",
                        "eq",
                        6,
                        "建设智慧农业示范基地六个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "11.",
                "推进智慧商贸物流",
                "推动商贸物流企业应用智能仓储、智能分拣和路径优化，支持电商企业运用数字人直播、智能客服等工具拓展销售渠道，培育智慧商贸物流示范企业十家。推动大型商超和农贸市场开展智能化改造。支持物流企业建设智能调度平台，降低社会物流成本。",
                "区商务局牵头，静海经济开发区管委会、各镇人民政府、街道办事处配合",
                ["区商务局"],
                [],
                ["静海经济开发区管委会", "各镇人民政府、街道办事处"],
                [
                    Target(
                        "智慧商贸物流示范企业",
                        "家",
                        "eq",
                        10,
                        "培育智慧商贸物流示范企业十家",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "12.",
                "推进智慧养老",
                "推广智能监测、紧急呼叫、智能陪护等居家养老服务，在社区养老服务中心部署智能服务终端。鼓励养老机构与企业合作开展智能养老产品应用试点。加强对智能养老产品适老化改造的指导，帮助老年人跨越“数字鸿沟”。",
                "区民政局负责",
                [],
                ["区民政局"],
                [],
                [],
            ),
            (
                "13.",
                "推进就业服务智能化",
                "建设智能就业服务平台，运用人工智能开展岗位智能匹配、职业能力测评和政策精准推送，为高校毕业生、农村劳动力等重点群体提供个性化就业服务。推动就业、社保等服务事项线上智能办理，提高服务效率。",
                "区人社局负责",
                [],
                ["区人社局"],
                [],
                [],
            ),
        ],
    ),
    (
        "（四）",
        "提升“人工智能+”政务服务和治理水平",
        "区政务服务办牵头",
        [
            (
                "14.",
                "推进政务服务智能化",
                "推动政务大模型在“津心办”静海服务专区应用，上线智能问答、智能预审、智能填表等服务，高频政务服务事项智能办理覆盖率达到60%。推动“高效办成一件事”与人工智能应用深度融合。完善政务服务“好差评”智能分析，推动服务持续改进。",
                "区数据局配合",
                ["区政务服务办"],
                [],
                ["区数据局"],
                [
                    Target(
                        "高频政务服务事项智能办理覆盖率",
                        "%",
                        "eq",
                        60,
                        "高频政务服务事项智能办理覆盖率达到60%",
                    )
                ],
            ),
            (
                "15.",
                "推进城市治理智能化",
                "推动网格化管理、城市运行、应急管理等领域应用视频智能分析和事件智能分拨，提升基层治理精准化水平。推动公共安全视频资源整合共享和智能应用。健全事件处置闭环机制，提升问题发现和处置效率。",
                "静海公安分局、区数据局配合",
                ["区政务服务办"],
                [],
                ["静海公安分局", "区数据局"],
                [],
            ),
            (
                "16.",
                "加强人工智能安全监管",
                "落实生成式人工智能服务管理有关规定，加强人工智能应用数据安全、算法安全和网络安全监测，开展人工智能安全宣传教育。督促相关企业落实算法备案、安全评估等要求。",
                "区委网信办、静海公安分局配合",
                ["区政务服务办"],
                [],
                ["区委网信办", "静海公安分局"],
                [],
            ),
            (
                "17.",
                "推进基层治理减负增效",
                "在镇街推广公文智能起草、报表智能填报和民情智能分析等应用，减少基层重复填报，推动基层工作人员从事务性工作中解脱出来，更好服务群众。加强基层智能应用培训，提高基层干部运用人工智能工具的能力。",
                "各镇人民政府、街道办事处配合",
                ["区政务服务办"],
                [],
                ["各镇人民政府、街道办事处"],
                [],
            ),
        ],
    ),
    (
        "（五）",
        "优化人工智能发展生态",
        None,
        [
            (
                "18.",
                "加强人工智能人才引育",
                "围绕人工智能产业和应用需求，引进培育一批算法研发、数据标注、智能运维等领域人才，全年引育人工智能领域人才二百人以上。支持企业与职业院校共建产业学院和实训基地。落实人才住房、子女入学、医疗保障等服务措施，营造拴心留人的良好环境。",
                "区人社局牵头，区教育局、区科技局配合",
                ["区人社局"],
                [],
                ["区教育局", "区科技局"],
                [
                    Target(
                        "引育人工智能领域人才",
                        "人",
                        "gte",
                        200,
                        "全年引育人工智能领域人才二百人以上",
                        kind="talent",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "19.",
                "强化金融资本支持",
                "发挥区级政府引导基金作用，设立规模5亿元的人工智能产业发展子基金，重点投向人工智能应用和智能制造项目。推动银行机构开发科技信贷产品，支持人工智能企业融资。鼓励保险机构开发人工智能相关保险产品，分担企业创新风险。",
                "区财政局牵头，区发展改革委、区科技局配合",
                ["区财政局"],
                [],
                ["区发展改革委", "区科技局"],
                [],
            ),
            (
                "20.",
                "营造良好发展氛围",
                "组织人工智能应用场景供需对接活动四场以上，推动本地企业与人工智能企业精准对接，及时宣传推广典型案例和经验做法。鼓励企业、高校参加各类人工智能创新创业大赛。",
                "区工业和信息化局负责",
                [],
                ["区工业和信息化局"],
                [],
                [
                    Target(
                        "人工智能应用场景供需对接活动",
                        "场",
                        "gte",
                        4,
                        "组织人工智能应用场景供需对接活动四场以上",
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
        "加强统筹协调",
        "发挥区推动“人工智能+”行动工作专班作用，专班办公室设在区工业和信息化局，建立工作台账，按季度调度工作进展，协调解决重大问题。各牵头单位要细化工作措施，明确时间节点。",
    ),
    (
        "（二）",
        "强化政策支持",
        "统筹用好各级产业发展专项资金，落实天津市支持人工智能产业发展若干政策，对符合条件的智能化改造项目、应用场景项目给予支持。区财政局会同有关部门做好资金保障。",
    ),
    (
        "（三）",
        "加强人才保障",
        "落实“海河英才”行动计划，加大人工智能领域高层次人才和技能人才引进培育力度，组织开展人工智能技能培训和职业技能竞赛。",
    ),
    (
        "（四）",
        "强化安全保障",
        "坚持发展和安全并重，落实网络安全、数据安全和个人信息保护责任，建立人工智能应用安全评估机制，防范化解人工智能应用可能带来的风险。",
    ),
    (
        "（五）",
        "营造良好氛围",
        "及时总结推广“人工智能+”典型案例，通过多种形式加强宣传，组织企业参加世界智能产业博览会等活动，营造全社会关注、支持人工智能发展的良好氛围。",
    ),
]

NOTICE_TITLE = "天津市静海区人民政府办公室关于印发静海区推动“人工智能+”行动2026年工作要点的通知"
REVIEW = "2026年是“十五五”规划开局之年。2025年，全区规模以上工业企业数字化改造覆盖率达到62%，建成市级智能工厂和数字化车间12个，人工智能相关企业达到46家，子牙经开区数据中心一期建成投用，为推动“人工智能+”行动打下了良好基础。"
PREAMBLE = "为深入贯彻落实国家和天津市关于深入实施“人工智能+”行动的决策部署，推动人工智能与我区产业发展、民生服务和社会治理深度融合，加快培育新质生产力，制定本工作要点。"


def _build():
    blocks = [
        ("portal", "首页 > 政务公开 > 政策文件 > 区政府办文件"),
        ("title", NOTICE_TITLE),
        ("meta", f"发布机构：{ISSUER}　　文号：{DOC_NUMBER}　　发布日期：2026-03-20"),
        ("addressee", "各镇人民政府、街道办事处，区政府各委、办、局，各有关单位："),
        ("p", f"经区人民政府同意，现将《{TITLE}》印发给你们，请结合实际，认真抓好落实。"),
        ("sign", ISSUER),
        ("date", "2026年3月20日"),
        ("p", "（此件主动公开）"),
        ("title", TITLE),
        ("p", PREAMBLE),
        ("p", REVIEW),
        ("h1", "一、工作目标"),
        ("p", GOAL_TEXT),
        ("h1", "二、重点工作"),
    ]
    goals = [Goal("2026年", GOAL_TEXT, GOAL_TARGETS)]
    subs = []
    serial = 0
    for gno, gtitle, gnote, items in GROUPS:
        heading = f"{gno}{gtitle}" + (f"（{gnote}）" if gnote else "")
        blocks.append(("h2", heading))
        tasks = []
        for _no, title, rest, note, lead, resp, sup, targets in items:
            serial += 1
            no = f"{serial}."
            body = f"{title}。{rest}"
            text = f"{no}{body}（{note}）"
            blocks.append(("p", text))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{body}（{note}）",
                    lead=[ALIAS[n] for n in lead],
                    responsible=[ALIAS[n] for n in resp],
                    supporting=[ALIAS[n] for n in sup],
                )
            )
            if targets:
                goals.append(Goal(title, body, targets, numbering=no))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    sections = [Section("二", "二、", "重点工作", "key_task", sections=subs)]
    blocks.append(("h1", "三、保障措施"))
    safe = []
    for no, title, rest in SAFEGUARDS:
        blocks.append(("p", f"{no}{title}。{rest}"))
        safe.append(Task(no, title, f"{title}。{rest}"))
    sections.append(Section("三", "三、", "保障措施", "safeguard", safe))
    blocks.append(("portal", "【打印本页】　【关闭窗口】"))
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "jinghai-district",
        "name": "静海区",
        "name_en": "Jinghai District, Tianjin",
        "level": "district",
    },
    "plan": {
        "code": SLUG,
        "title": TITLE,
        "title_en": "Jinghai District 2026 work points for the “AI+” action — synthetic",
        "issuer": ISSUER,
        "doc_number": DOC_NUMBER,
        "issued_on": "2026-03-20",
        "period_start": 2026,
        "period_end": 2026,
        "milestone_years": [2026],
        "source_file": f"{SLUG}.html",
    },
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """# 静海区推动“人工智能+”行动2026年工作要点 (天津市静海区人民政府办公室, 静海政办发〔2026〕4号, 2026-03-20) — SYNTHETIC (synthetic_ar):
# WRITTEN by the collector (helper blindAR, 2026-12-05) before reading or running the importer; no such document is claimed to exist.
# Built by make_files.py from doc_jinghai.py as the district portal's page saved by a browser (.html: breadcrumb, notice, plan).
# Zone jinghai-district (天津 is a municipality: 区 bodies are the district's, "市数据局" is 天津市数据局); a one-year plan: period 2026–2026.
# Outline: notice (addressee, one paragraph, signature), title, preamble; 一、工作目标 = one "2026年，" paragraph (→ goal titled 2026年, due 2026);
#   二、重点工作 = five groups （一）–（五） (sub-sections) of items "N.标题。正文。（annotation）" numbered on 1.–20. across the groups (task codes keep
#   the printed number: 二.二.4 …); 三、保障措施 （一）–（五） "（一）标题。正文。" unannotated → safeguard tasks without roles.
#   A review paragraph after the preamble ("2026年是…开局之年。2025年，…62%…12个…46家") holds baselines only: no goal, no target.
# Roles as worded: （X牵头，Y、Z配合） → lead + supporting; （X牵头，Y、Z按职责分工负责） → lead + responsible (SOURCES.md); （X负责） → responsible.
#   Group （四）'s heading carries "（区政务服务办牵头）" and each of its items names only "（Y配合）" → each item takes the heading's lead beside its own
#   supporting bodies (SOURCES.md, 德清: every item annotated itself, the heading's role they name none of is added).
#   "各镇人民政府、街道办事处" is ONE collective agency (SOURCES.md); 静海公安分局 = 天津市公安局静海分局; 市数据局 = 天津市数据局 (a city body).
# Targets: the goal paragraph's six figures in Chinese numerals (二十亿元 → 20 亿元, 十五家 → 15 …) with "其中市级智能工厂不少于五个" the part (parent) of
#   the figure before it; every item holding figures is also a goal titled like the item (text without the annotation), due 2026.
#   3万平方米 → 30000 平方米 (the 万 multiplied out, as the other sets' extractions do). "设立规模5亿元的人工智能产业发展子基金" is the size of a
#   fund being set up: no target (SOURCES.md). 全年引育人工智能领域人才二百人以上 → kind talent.
#   A one-year plan: counts of things done within the year (新增, 打造, 建成, 全年, 引进, 认定, 诊断, 培训, 培育, 组织…活动) are flow; the core industry scale and the two
#   coverage rates are stock. 1.2万人次 → 12000 人次. Not targets: 5G, "一件事", the safeguards (no figure).
"""

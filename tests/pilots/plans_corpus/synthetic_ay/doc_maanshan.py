# ruff: noqa: E501  (plan text as the office writes it)
"""马鞍山经济技术开发区“人工智能+”产业发展工作方案（2026年） — INVENTED (synthetic_ay). A .docx printed to
PDF by LibreOffice: 一、工作目标 of one "2026年，…" paragraph and a 主要指标 table repeating it, a rule stated once
("…列第一位的为牵头单位，其他单位按职责分工负责"), then chapters 二、–五、 whose items 1.–14. are numbered on across
the chapters, each followed by its own line "责任单位：X、Y" and, for some, "完成时限：2026年X月底前"; 六、保障措施
（一）–（三） unannotated; 抄送 / 印发 lines at the end."""

from synthetic_model import Agency, Goal, Section, Target, Task, safeguard_items

SLUG = "maanshan-etdz-ai-plus-work-plan-2026-synthetic"
KIND = "pdf"

A = [
    ("jfj", "马鞍山经济技术开发区经济发展局", "经开区经济发展局", "development_reform"),
    ("kcj", "马鞍山经济技术开发区科技创新局", "经开区科技创新局", "science_technology"),
    ("czj", "马鞍山经济技术开发区财政局", "经开区财政局", "finance"),
    ("zsj", "马鞍山经济技术开发区招商局", "经开区招商局", "commerce"),
    ("sys", "马鞍山经济技术开发区社会事业局", "经开区社会事业局", "other"),
    ("jsj", "马鞍山经济技术开发区建设管理局", "经开区建设管理局", "housing_construction"),
    ("zzb", "马鞍山经济技术开发区党工委组织人事部", "经开区组织人事部", "party_organisation"),
    ("ajj", "马鞍山经济技术开发区安全生产监督管理局", "经开区安监局", "emergency"),
    ("zwz", "马鞍山经济技术开发区政务服务中心", "经开区政务服务中心", "government_services"),
    ("dzb", "马鞍山经济技术开发区党政办公室", "经开区党政办", "government"),
    ("sjj", "马鞍山市数据资源管理局", "市数据资源局", "big_data"),
    ("cfjt", "马鞍山经济技术开发区城市发展投资集团有限公司", "经开区城发集团", "state_enterprise"),
    ("jd", "马鞍山经济技术开发区各街道办事处", "各街道办事处", "local_government"),
]
AGENCIES = [Agency(c, n, [a] if a != n else [], cat) for c, n, a, cat in A]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "马鞍山经济技术开发区“人工智能+”产业发展工作方案（2026年）"
DOC_NUMBER = "马经开管〔2026〕11号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Ma'anshan Economic and Technological Development Zone work plan for “AI+” industry (2026) — synthetic",
    "issuer": "马鞍山经济技术开发区管理委员会",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-26",
    "period_start": 2026,
    "period_end": 2026,
    "milestone_years": [2026],
    "source_file": f"{SLUG}.pdf",
}

GOAL_TEXT = "2026年，全区人工智能相关企业达到60家以上，人工智能核心产业营业收入突破30亿元，新增智能算力500P，打造“人工智能+”应用场景20个，培育省级以上人工智能创新平台3个，规模以上工业企业关键工序数控化率达到75%，人工智能产业集聚区建设取得实质性进展。"
GOAL_TARGETS = [
    Target(
        "人工智能相关企业", "家", "gte", 60, "人工智能相关企业达到60家以上", kind="ai_enterprises"
    ),
    Target(
        "人工智能核心产业营业收入",
        "亿元",
        "gt",
        30,
        "人工智能核心产业营业收入突破30亿元",
        kind="ai_industry_scale",
    ),
    Target(
        "新增智能算力",
        "P",
        "eq",
        500,
        "新增智能算力500P",
        kind="computing_power",
        aggregation="flow",
    ),
    Target(
        "“人工智能+”应用场景",
        "个",
        "eq",
        20,
        "打造“人工智能+”应用场景20个",
        kind="application_scenarios",
    ),
    Target(
        "省级以上人工智能创新平台",
        "个",
        "eq",
        3,
        "培育省级以上人工智能创新平台3个",
        kind="innovation_platforms",
    ),
    Target(
        "规模以上工业企业关键工序数控化率", "%", "eq", 75, "规模以上工业企业关键工序数控化率达到75%"
    ),
]
INDICATORS = [
    ["序号", "指标名称", "2025年基数", "2026年目标"],
    ["1", "人工智能相关企业（家）", "43", "60以上"],
    ["2", "人工智能核心产业营业收入（亿元）", "21", "突破30"],
    ["3", "新增智能算力（P）", "—", "500"],
    ["4", "“人工智能+”应用场景（个）", "8", "20"],
    ["5", "省级以上人工智能创新平台（个）", "1", "3"],
    ["6", "规模以上工业企业关键工序数控化率（%）", "71", "75"],
]
RULE = "以下各项任务的责任单位中，列第一位的为牵头单位，其他单位按职责分工负责。"

# (chapter no, title, [(no, title, rest, [agencies, first leads], due or None, targets)])
CHAPTERS = [
    (
        "二、",
        "强化算力和数据支撑",
        [
            (
                "1.",
                "建设智算中心二期",
                "加快推进经开区智算中心二期项目建设，新增智能算力500P，推动算力资源向园区企业普惠开放，对园区中小企业使用智算中心算力服务实行优惠价格。探索与长三角算力调度平台互联互通，提升算力资源配置效率。",
                ["经开区城发集团", "经开区经济发展局", "市数据资源局"],
                "2026-12-31",
                [],
            ),
            (
                "2.",
                "推进园区数据资源汇聚",
                "建设园区企业数据资源库，汇聚企业用能、用工、物流、排放等数据，开发企业画像、运行监测等数据产品5个以上。推动企业数据合规流通，探索建立园区数据资产登记服务机制。",
                ["经开区经济发展局", "市数据资源局"],
                None,
                [
                    Target(
                        "园区数据产品",
                        "个",
                        "gte",
                        5,
                        "开发企业画像、运行监测等数据产品5个以上",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "3.",
                "完善新型网络基础设施",
                "新建5G基站120个，实现重点园区、重点楼宇5G网络深度覆盖，推动千兆光网进企业、进车间，支持企业建设工业互联网内网。",
                ["经开区建设管理局", "经开区经济发展局", "各街道办事处"],
                "2026-09-30",
                [Target("新建5G基站", "个", "eq", 120, "新建5G基站120个", aggregation="flow")],
            ),
        ],
    ),
    (
        "三、",
        "培育壮大人工智能产业",
        [
            (
                "4.",
                "实施人工智能企业倍增计划",
                "建立人工智能企业培育库，新增入库企业15家，对入库企业实行“一企一策”精准服务。推动规模以上工业企业与人工智能企业开展供需对接，培育智能装备、工业软件等领域骨干企业。",
                ["经开区经济发展局", "经开区科技创新局"],
                None,
                [
                    Target(
                        "新增人工智能企业培育库入库企业",
                        "家",
                        "eq",
                        15,
                        "新增入库企业15家",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "5.",
                "开展精准招商",
                "聚焦智能网联汽车零部件、智能装备、智能传感器等方向，全年引进人工智能产业项目12个以上，其中10亿元以上项目不少于2个。建立重点项目专班推进机制，推动签约项目早落地、早投产。",
                ["经开区招商局", "经开区经济发展局"],
                None,
                [
                    Target(
                        "引进人工智能产业项目",
                        "个",
                        "gte",
                        12,
                        "全年引进人工智能产业项目12个以上",
                        aggregation="flow",
                    ),
                    Target(
                        "引进10亿元以上人工智能产业项目",
                        "个",
                        "gte",
                        2,
                        "其中10亿元以上项目不少于2个",
                        aggregation="flow",
                        parent="PREV",
                    ),
                ],
            ),
            (
                "6.",
                "建设人工智能产业园",
                "依托智能装备产业园建设人工智能产业园，新增载体面积5万平方米，完善研发、中试、展示等功能配套，打造人工智能企业集聚区。",
                ["经开区建设管理局", "经开区城发集团", "经开区招商局"],
                "2026-10-31",
                [
                    Target(
                        "人工智能产业园新增载体面积",
                        "平方米",
                        "eq",
                        50000,
                        "新增载体面积5万平方米",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "7.",
                "打造创新平台",
                "支持龙头企业联合安徽工业大学等高校院所建设人工智能新型研发机构，争创省级以上人工智能创新平台3个，组织实施关键核心技术攻关项目10项。",
                ["经开区科技创新局", "经开区经济发展局"],
                None,
                [
                    Target(
                        "人工智能关键核心技术攻关项目",
                        "项",
                        "eq",
                        10,
                        "组织实施关键核心技术攻关项目10项",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
    (
        "四、",
        "深化“人工智能+”融合应用",
        [
            (
                "8.",
                "推进智能制造",
                "围绕汽车零部件、高端装备、新材料等主导产业，推动人工智能在质量检测、工艺优化、预测性维护等环节应用，新建数字化车间和智能工厂10个，实施智能化改造项目50个以上。",
                ["经开区经济发展局", "经开区科技创新局"],
                None,
                [
                    Target(
                        "新建数字化车间和智能工厂",
                        "个",
                        "eq",
                        10,
                        "新建数字化车间和智能工厂10个",
                        aggregation="flow",
                    ),
                    Target(
                        "智能化改造项目",
                        "个",
                        "gte",
                        50,
                        "实施智能化改造项目50个以上",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "9.",
                "推进智慧园区建设",
                "建设经开区智慧园区运行管理平台，整合安全生产、环境监测、能耗管理、交通管理等系统，实现园区运行“一屏统览、一网统管”。",
                ["经开区党政办", "经开区安监局", "经开区建设管理局", "市数据资源局"],
                "2026-06-30",
                [],
            ),
            (
                "10.",
                "推进智能政务服务",
                "推广“AI+政务服务”应用，上线智能问答、智能预审等服务，企业高频事项智能预审覆盖率达到80%，推动涉企政策“免申即享”。",
                ["经开区政务服务中心", "经开区经济发展局"],
                None,
                [
                    Target(
                        "企业高频事项智能预审覆盖率",
                        "%",
                        "eq",
                        80,
                        "企业高频事项智能预审覆盖率达到80%",
                    )
                ],
            ),
            (
                "11.",
                "推进智慧社区和民生应用",
                "在辖区社区推广智能养老、智能安防、智能导诊等应用，建成智慧社区8个，提升基层治理和公共服务智能化水平。",
                ["经开区社会事业局", "各街道办事处"],
                None,
                [Target("智慧社区", "个", "eq", 8, "建成智慧社区8个")],
            ),
        ],
    ),
    (
        "五、",
        "优化人工智能发展生态",
        [
            (
                "12.",
                "加强人才引育",
                "落实市级人才政策，引进人工智能领域高层次人才和急需紧缺人才100名以上，联合职业院校开展人工智能技能培训2000人次。",
                ["经开区组织人事部", "经开区社会事业局", "经开区科技创新局"],
                None,
                [
                    Target(
                        "引进人工智能领域高层次人才和急需紧缺人才",
                        "名",
                        "gte",
                        100,
                        "引进人工智能领域高层次人才和急需紧缺人才100名以上",
                        aggregation="flow",
                        kind="talent",
                    ),
                    Target(
                        "人工智能技能培训",
                        "人次",
                        "eq",
                        2000,
                        "开展人工智能技能培训2000人次",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "13.",
                "强化金融支持",
                "用好经开区产业引导基金，支持人工智能企业股权融资，推广“人工智能贷”等科技金融产品，全年举办投融资对接活动4场以上。",
                ["经开区财政局", "经开区经济发展局"],
                None,
                [
                    Target(
                        "投融资对接活动",
                        "场",
                        "gte",
                        4,
                        "全年举办投融资对接活动4场以上",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "14.",
                "开放应用场景",
                "分两批发布经开区“人工智能+”场景机会清单，组织场景供需对接活动，推动园区企业、城发集团率先开放应用场景，支持本地人工智能产品首购首用。",
                ["经开区经济发展局", "经开区城发集团", "经开区科技创新局"],
                "2026-11-30",
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强统筹调度",
        "成立经开区“人工智能+”产业发展工作专班，由管委会分管负责同志任组长，专班办公室设在经开区经济发展局，实行任务清单化管理，每月调度、每季通报。",
    ),
    (
        "（二）",
        "强化要素保障",
        "对纳入年度计划的人工智能重点项目，在用地、用能、资金等方面优先保障，落实市级支持政策，确保政策兑现及时到位。统筹用好经开区产业发展专项资金，对人工智能企业研发投入、场景建设、平台建设等按规定给予支持，推动政策直达快享。",
    ),
    (
        "（三）",
        "加强安全监管",
        "落实网络安全、数据安全主体责任，加强人工智能应用安全评估和风险监测，督促企业规范开展算法备案和生成式人工智能服务备案工作，防范数据泄露和算法滥用风险。",
    ),
    (
        "（四）",
        "严格督查考核",
        "将工作方案落实情况纳入经开区年度综合考核，对工作推进不力、任务进度滞后的单位进行督办，确保各项任务按期完成。各责任单位要于每季度末向专班办公室报送工作进展情况，年底形成工作总结。",
    ),
]

NOTICE = [
    ("addressee", "各街道办事处，管委会各部门、各直属单位："),
    (
        "body",
        "《马鞍山经济技术开发区“人工智能+”产业发展工作方案（2026年）》已经管委会主任办公会议研究同意，现印发给你们，请结合实际认真贯彻落实。",
    ),
    ("sign", "马鞍山经济技术开发区管理委员会"),
    ("date", "2026年2月26日"),
]
PREAMBLE = "为抢抓人工智能发展机遇，加快推动人工智能与实体经济深度融合，培育壮大经开区新质生产力，根据《马鞍山市“人工智能+”行动实施方案》有关要求，结合经开区实际，制定本工作方案。"
CC = "抄送：马鞍山市人民政府办公室，市发展改革委，市经济和信息化局，市数据资源局。"
PRINTED = "马鞍山经济技术开发区党政办公室　　　　　　2026年2月27日印发"


MORE = {
    "建设智算中心二期": "建立算力服务需求清单，定期组织算力供需对接。",
    "推进园区数据资源汇聚": "推动企业首席数据官制度试点，提升企业数据管理能力。加强园区数据安全防护，落实数据分类分级保护要求。",
    "完善新型网络基础设施": "推进IPv6规模部署和应用，提升园区网络承载能力和安全防护水平。",
    "实施人工智能企业倍增计划": "对首次纳入规模以上统计的人工智能企业，按规定给予奖励。支持企业申报高新技术企业和专精特新企业。",
    "开展精准招商": "围绕长三角人工智能产业布局，开展驻点招商和以商招商，提高招商精准度。",
    "建设人工智能产业园": "探索“园区+基金+平台”运营模式，为入驻企业提供投融资、知识产权、人才招聘等服务。",
    "打造创新平台": "推动创新平台与企业共建联合实验室，加快科技成果在区内转化落地。",
    "推进智能制造": "组织开展智能制造诊断服务，为中小企业提供免费诊断评估，推广一批可复制的改造方案。",
    "推进智慧园区建设": "推动园区企业安全生产、危化品运输等数据接入平台，提升风险智能识别和处置能力。",
    "推进智能政务服务": "推动企业开办、工程建设项目审批等事项智能化办理，优化营商环境。",
    "推进智慧社区和民生应用": "鼓励企业面向社区开发智能化服务产品，拓展居家养老、社区医疗等服务。",
    "加强人才引育": "支持企业与高校共建实训基地，探索“订单式”人才培养模式。",
    "强化金融支持": "鼓励银行机构为人工智能企业开辟绿色通道，提高信用贷款比重。",
    "开放应用场景": "建立场景建设项目库，对示范效果好的场景项目优先推荐申报省市示范。",
}
MORE2 = {
    "建设智算中心二期": "加强智算中心能耗管理，推广液冷等节能技术，提升算力设施绿色化水平。",
    "推进园区数据资源汇聚": "支持企业参与数据要素市场建设，探索数据产品交易和收益分配机制。",
    "完善新型网络基础设施": "推动重点企业建设5G全连接工厂，打造工业互联网标识解析应用场景。",
    "实施人工智能企业倍增计划": "建立企业服务专员制度，及时协调解决企业在用地、融资、用工等方面的困难和问题。",
    "开展精准招商": "完善招商引资项目评价机制，注重项目的技术水平、投入产出和带动效应。",
    "建设人工智能产业园": "优化产业园交通、餐饮、人才公寓等配套设施，提升园区综合服务功能。",
    "打造创新平台": "鼓励企业加大研发投入，按规定落实研发费用加计扣除等政策。",
    "推进智能制造": "支持企业开展设备上云、业务系统上云，推动生产数据贯通和协同应用。",
    "推进智慧园区建设": "完善园区环境质量自动监测网络，实现重点排污企业在线监控全覆盖。",
    "推进智能政务服务": "加强政务服务智能化应用评估，持续优化智能问答知识库。",
    "推进智慧社区和民生应用": "推动社区网格化管理与智能感知设备融合，提升基层治理精细化水平。",
    "加强人才引育": "举办人工智能主题人才招聘活动，搭建企业与人才对接平台。",
    "强化金融支持": "推动符合条件的人工智能企业对接多层次资本市场，支持企业挂牌上市。",
    "开放应用场景": "加强典型场景案例总结推广，扩大经开区人工智能应用品牌影响力。",
}
BASE = "近年来，经开区坚持把数字经济作为转型升级的重要引擎，智能装备、汽车零部件、新材料等主导产业加快数字化转型，2025年全区人工智能相关企业达到43家，人工智能核心产业营业收入21亿元，建成经开区智算中心一期，为推进“人工智能+”产业发展奠定了良好基础。同时，全区人工智能产业规模总体偏小、龙头企业带动作用不强、应用场景开放不足、高端人才相对短缺等问题仍较突出，亟需加快补齐短板、培育优势。"


def _due_text(due):
    return {
        "2026-06-30": "2026年6月底前",
        "2026-09-30": "2026年9月底前",
        "2026-10-31": "2026年10月底前",
        "2026-11-30": "2026年11月底前",
        "2026-12-31": "2026年12月底前",
    }[due]


def _build():
    blocks = [
        ("head", "马鞍山经济技术开发区管理委员会文件"),
        ("docno", DOC_NUMBER),
        ("title", f"关于印发{TITLE}的通知"),
        *NOTICE,
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("body", BASE),
        ("h1", "一、工作目标"),
        ("body", GOAL_TEXT),
        ("caption", "经开区“人工智能+”产业发展主要指标"),
        ("table", INDICATORS),
        ("body", RULE),
    ]
    goals = [Goal("2026年", GOAL_TEXT, GOAL_TARGETS)]
    sections = []
    for cno, ctitle, items in CHAPTERS:
        blocks.append(("h1", f"{cno}{ctitle}"))
        tasks = []
        for no, title, rest, agencies, due, targets in items:
            rest += MORE.get(title, "") + MORE2.get(title, "")
            body = f"{title}。{rest}"
            resp = "责任单位：" + "、".join(agencies)
            blocks += [("item", (f"{no}{title}。", rest)), ("body", resp)]
            text = body + resp
            if due:
                when = "完成时限：" + _due_text(due)
                blocks.append(("body", when))
                text += when
            codes = [ALIAS[n] for n in agencies]
            tasks.append(Task(no, title, text, lead=codes[:1], responsible=codes[1:], due=due))
            if targets:
                for t in targets:
                    if due:
                        t.deadline = int(due[:4])
                goals.append(Goal(title, body, targets, numbering=no))
        sections.append(Section(cno.strip("、"), cno, ctitle, "key_task", tasks))
    safeguards = safeguard_items(blocks, "六、保障措施", SAFEGUARDS)
    sections.append(Section("六", "六、", "保障措施", "safeguard", safeguards))
    blocks += [("rule", ""), ("addressee", CC), ("addressee", PRINTED)]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "maanshan-etdz",
        "name": "马鞍山经济技术开发区",
        "name_en": "Ma'anshan Economic and Technological Development Zone",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """\
# 马鞍山经济技术开发区“人工智能+”产业发展工作方案（2026年） (马鞍山经济技术开发区管理委员会, 马经开管〔2026〕11号, 2026-02-26)
# — SYNTHETIC (synthetic_ay): WRITTEN by the collector (helper blindAY, 2026-12-05) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_maanshan.py as a .docx printed to PDF by LibreOffice.
# Zone maanshan-etdz (安徽 马鞍山市; a national-level 经济技术开发区 → district level); period 2026 (a one-year 工作方案).
# Outline: red head, 发文字号, notice title, addressee, notice, signature, date, page break, title, preamble, a 2025 baseline paragraph (43家, 21亿元: no target), 一、工作目标 = one
#   untitled paragraph "2026年，…" (→ goal titled 2026年, due 2026) and a 主要指标 table (2025年基数 | 2026年目标) repeating the
#   paragraph's six figures (one target each, kept in the paragraph; the 2025 baselines are no targets). Then the rule
#   "以下各项任务的责任单位中，列第一位的为牵头单位，其他单位按职责分工负责。" and chapters 二、–五、 (top-level key_task sections)
#   whose items 1.–14. are numbered ON across the chapters, each followed by its own line "责任单位：X、Y、Z" and, for six
#   items, a line "完成时限：2026年X月底前"; 六、保障措施 （一）–（四） unannotated → safeguard tasks without roles. At the end a
#   rule line, 抄送 and 印发 lines.
# Tasks: title = the heading phrase before the first 。; text = heading + body + the own lines after it (own-line annotation
#   belongs to its task), without the number. due = the 完成时限's month end.
# Roles: the rule stated once → the first body under 责任单位 leads, the others responsible. 各街道办事处 one collective;
#   经开区城发集团 a state enterprise; 市数据资源局 a city body named in the zone's annotations.
# Targets: the goals paragraph's six (新增智能算力500P → flow). Item 1.'s 新增智能算力500P restates the goal (same value, unit,
#   year) → no second target. Every item holding figures is also a goal titled like the item (text without number and
#   annotation lines); a figure in an item with 完成时限 is due that year (2026 in every case). 全年举办…4场以上 → gte flow;
#   5万平方米 → 50000 平方米; 全年引进… / 其中…
#   → flow with parent. Not targets: the 2025年基数 column, 10亿元 as a project size, 分两批 (a way of publishing).
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""迁安市“人工智能+钢铁”三年行动计划（2026—2028年） — INVENTED (synthetic_av), a Word file (python-docx).
A county-level city of 河北 (唐山). 二、行动目标 of two dated paragraphs (到2026年 / 到2028年) that an annex
主要指标表 repeats; 三、重点任务 of five 行动 （一）–（五） whose items 1. 2. … restart in each 行动 and close on
"（牵头单位：X；配合单位：Y、Z）" or "（牵头单位：X；责任单位：Y）", some adding "；完成时限：2026年底前";
四、保障措施 （一）–（四） unannotated; 附件 list after the signature-less plan, the table after a page break."""

from synthetic_model import Agency, Goal, Section, Target, Task, safeguard_items

SLUG = "qianan-ai-steel-three-year-2026-synthetic"
KIND = "docx"

A = [
    ("gxj", "迁安市工业和信息化局", "市工业和信息化局", "industry_it"),
    ("fgj", "迁安市发展和改革局", "市发展和改革局", "development_reform"),
    ("kjj", "迁安市科学技术局", "市科学技术局", "science_technology"),
    ("sjj", "迁安市数据和政务服务局", "市数据和政务服务局", "big_data"),
    ("rsj", "迁安市人力资源和社会保障局", "市人力资源和社会保障局", "human_resources"),
    ("jyj", "迁安市教育局", "市教育局", "education"),
    ("sthj", "唐山市生态环境局迁安市分局", "市生态环境分局", "ecology_environment"),
    ("yjj", "迁安市应急管理局", "市应急管理局", "emergency"),
    ("jtj", "迁安市交通运输局", "市交通运输局", "transport"),
    ("swj", "迁安市商务局", "市商务局", "commerce"),
    ("kfq", "迁安经济开发区管理委员会", "迁安经济开发区管委会", "park_administration"),
    ("sg", "首钢股份公司迁安钢铁公司", "首钢迁钢公司", "state_enterprise"),
    ("xz", "迁安市各乡镇人民政府、街道办事处", "各乡镇（街道）", "local_government"),
]
AGENCIES = [Agency(c, n, [a] if a != n else [], cat) for c, n, a, cat in A]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "迁安市“人工智能+钢铁”三年行动计划（2026—2028年）"
DOC_NUMBER = "迁政办字〔2026〕11号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Qian'an three-year action plan of “AI + steel” (2026–2028) — synthetic",
    "issuer": "迁安市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-25",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.docx",
}

NOTICE = [
    ("addressee", "各乡镇人民政府、街道办事处，迁安经济开发区管委会，市政府各部门："),
    ("body", f"现将《{TITLE}》印发给你们，请结合实际，认真组织实施。"),
    ("sign", "迁安市人民政府办公室"),
    ("date", "2026年3月25日"),
    ("body", "（此件主动公开）"),
]
PREAMBLE = "为深入贯彻落实国家、省、唐山市关于深入实施“人工智能+”行动的部署要求，抢抓钢铁行业智能化、绿色化、融合化发展机遇，推动人工智能技术与钢铁及下游精深加工产业深度融合，加快建设全国精品钢铁基地和现代化中等城市，结合我市实际，制定本行动计划。"
BASE = "我市是全国重要的钢铁生产基地，钢铁产业是全市第一支柱产业。2025年，全市规模以上工业企业达到236家，其中钢铁及精深加工企业98家；建成省级智能工厂（数字化车间）6家，钢铁行业关键工序数控化率达到72%，首钢迁钢公司等龙头企业在智能炼钢、无人天车、智能质检等领域形成了一批典型应用。但也存在中小企业智能化改造意愿不强、数据资源开发利用不足、专业人才短缺等问题，需要加快补齐短板。"
GENERAL = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，以钢铁产业智能化改造为主线，以应用场景建设为牵引，以数据资源开发利用为基础，坚持龙头带动、链式推进、分类施策、安全可控，推动人工智能在钢铁研发设计、生产制造、经营管理、节能降碳、安全生产等环节全面应用，促进钢铁产业高端化、智能化、绿色化发展，为建设经济强市、美丽迁安提供有力支撑。"

PRINCIPLES = [
    "——坚持龙头带动。发挥首钢迁钢公司等龙头企业示范引领作用，带动产业链上下游企业协同推进智能化改造。",
    "——坚持场景牵引。聚焦生产制造关键环节和企业实际需求，以场景建设带动技术应用和产业发展。",
    "——坚持分类施策。根据企业规模和发展水平，分类制定改造路径，推动大中小企业梯次推进、整体提升。",
    "——坚持安全可控。统筹发展和安全，强化工业数据安全和网络安全保障，确保智能化改造安全有序推进。",
]
GOAL_2026 = "到2026年，全市规模以上工业企业数字化转型覆盖率达到70%，钢铁行业关键工序数控化率达到80%，培育“人工智能+钢铁”应用场景30个，建成市级智能工厂（数字化车间）15家。"
T_2026 = [
    Target(
        "规模以上工业企业数字化转型覆盖率",
        "%",
        "eq",
        70,
        "全市规模以上工业企业数字化转型覆盖率达到70%",
        deadline=2026,
    ),
    Target(
        "钢铁行业关键工序数控化率", "%", "eq", 80, "钢铁行业关键工序数控化率达到80%", deadline=2026
    ),
    Target(
        "“人工智能+钢铁”应用场景",
        "个",
        "eq",
        30,
        "培育“人工智能+钢铁”应用场景30个",
        kind="application_scenarios",
        deadline=2026,
    ),
    Target(
        "市级智能工厂（数字化车间）",
        "家",
        "eq",
        15,
        "建成市级智能工厂（数字化车间）15家",
        deadline=2026,
    ),
]
GOAL_2028 = "到2028年，全市规模以上工业企业数字化转型实现全覆盖，钢铁行业关键工序数控化率达到90%以上，累计培育“人工智能+钢铁”应用场景100个，建成省级以上智能工厂（数字化车间）10家、市级智能工厂（数字化车间）40家，人工智能相关企业达到50家，吨钢综合能耗较2025年下降3%，钢铁产业智能化水平走在全省前列。"
T_2028 = [
    Target("钢铁行业关键工序数控化率", "%", "gte", 90, "钢铁行业关键工序数控化率达到90%以上"),
    Target(
        "“人工智能+钢铁”应用场景",
        "个",
        "eq",
        100,
        "累计培育“人工智能+钢铁”应用场景100个",
        kind="application_scenarios",
    ),
    Target(
        "省级以上智能工厂（数字化车间）", "家", "eq", 10, "建成省级以上智能工厂（数字化车间）10家"
    ),
    Target("市级智能工厂（数字化车间）", "家", "eq", 40, "市级智能工厂（数字化车间）40家"),
    Target("人工智能相关企业", "家", "eq", 50, "人工智能相关企业达到50家", kind="ai_enterprises"),
    Target("吨钢综合能耗较2025年下降", "%", "eq", 3, "吨钢综合能耗较2025年下降3%"),
]

# (行动 numbering, title, [(no, title, body, lead, responsible, supporting, 完成时限 text, due, targets)])
GROUPS = [
    (
        "（一）",
        "智能化改造提升行动",
        [
            (
                "1.",
                "推进炼铁炼钢环节智能化",
                "支持首钢迁钢公司等龙头企业在高炉、转炉、连铸等关键工序推广智能炼铁专家系统、转炉一键炼钢、连铸智能控制等应用，实现工艺参数自动寻优和生产过程智能管控。推动年产百万吨以上钢铁企业全部建成智能生产管控中心。鼓励企业开展全流程数字孪生建设，打通生产、设备、质量、能源等系统数据，实现由单点智能向全流程智能转变。",
                ["市工业和信息化局"],
                [],
                ["首钢迁钢公司", "迁安经济开发区管委会"],
                None,
                None,
                [],
            ),
            (
                "2.",
                "推进轧钢及精深加工环节智能化",
                "围绕冷轧、镀锌、硅钢、精密带钢等产品，推广机器视觉表面质检、智能排产、智能仓储等应用，建设钢材精深加工智能示范产线20条，推动产品质量稳定性和一致性持续提升。支持企业建设产品全生命周期质量追溯系统，提升高端汽车板、电工钢等产品市场竞争力。",
                ["市工业和信息化局"],
                [],
                ["迁安经济开发区管委会", "各乡镇（街道）"],
                None,
                None,
                [
                    Target(
                        "钢材精深加工智能示范产线",
                        "条",
                        "eq",
                        20,
                        "建设钢材精深加工智能示范产线20条",
                    )
                ],
            ),
            (
                "3.",
                "开展中小企业智能化诊断",
                "组织专业服务机构为中小钢铁及加工企业开展智能化改造诊断服务，每年诊断企业不少于40家，形成“一企一策”改造方案，推广低成本、轻量化的智能化解决方案。对完成诊断的企业跟踪服务，推动诊断成果转化为改造项目。",
                ["市工业和信息化局"],
                ["各乡镇（街道）"],
                [],
                None,
                None,
                [
                    Target(
                        "智能化改造诊断企业",
                        "家",
                        "gte",
                        40,
                        "每年诊断企业不少于40家",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
    (
        "（二）",
        "数据资源赋能行动",
        [
            (
                "4.",
                "建设钢铁行业数据资源平台",
                "依托首钢迁钢公司工业互联网平台，建设钢铁行业数据资源平台，汇聚生产工艺、设备运行、能源消耗、产品质量等数据，建设钢铁行业高质量数据集10个以上。",
                ["市数据和政务服务局"],
                [],
                ["市工业和信息化局", "首钢迁钢公司"],
                "2027年底前",
                "2027-12-31",
                [
                    Target(
                        "钢铁行业高质量数据集",
                        "个",
                        "gte",
                        10,
                        "建设钢铁行业高质量数据集10个以上",
                        deadline=2027,
                    )
                ],
            ),
            (
                "5.",
                "推动工业数据安全流通",
                "推进钢铁企业数据分类分级管理，建设行业可信数据空间，探索上下游企业间数据共享和协同应用模式，支持企业开展数据资产登记和数据产品交易。加强工业数据安全防护，指导企业落实数据安全管理制度，提升数据安全风险监测和应急处置能力。",
                ["市数据和政务服务局"],
                [],
                ["市工业和信息化局"],
                None,
                None,
                [],
            ),
            (
                "6.",
                "建设算力服务设施",
                "支持迁安经济开发区建设面向钢铁行业的边缘计算节点和智能算力服务平台，对接唐山市算力调度平台，为企业提供模型训练和推理服务。推动企业上云上平台，降低中小企业使用算力和模型服务的门槛。",
                ["市发展和改革局"],
                [],
                ["迁安经济开发区管委会", "市数据和政务服务局"],
                "2026年底前",
                "2026-12-31",
                [],
            ),
        ],
    ),
    (
        "（三）",
        "模型应用突破行动",
        [
            (
                "7.",
                "推广钢铁行业大模型应用",
                "支持龙头企业联合高校院所和模型企业，在炼铁配料优化、设备故障诊断、质量缺陷分析、能源调度等场景开展行业大模型应用，打造钢铁行业大模型应用标杆3个。鼓励企业将成熟的模型应用向同行业企业推广，形成可复制的行业解决方案。",
                ["市科学技术局"],
                [],
                ["市工业和信息化局", "首钢迁钢公司"],
                None,
                None,
                [Target("钢铁行业大模型应用标杆", "个", "eq", 3, "打造钢铁行业大模型应用标杆3个")],
            ),
            (
                "8.",
                "推进智能装备应用",
                "推广巡检机器人、无人天车、智能加渣机器人、智能取样测温机器人等装备，在高温、高危、重体力岗位实施“机器换人”，累计推广应用工业机器人500台（套）以上。",
                ["市工业和信息化局"],
                ["市应急管理局"],
                [],
                None,
                None,
                [
                    Target(
                        "推广应用工业机器人",
                        "台（套）",
                        "gte",
                        500,
                        "累计推广应用工业机器人500台（套）以上",
                    )
                ],
            ),
            (
                "9.",
                "推进人工智能赋能节能降碳和安全生产",
                "建设钢铁企业能源管控智能平台，推动能耗在线监测、余热余能智能调度。推动重点企业建设安全生产风险智能监测预警系统，实现重大危险源实时监测全覆盖。推动钢铁企业超低排放在线监测数据与生态环境部门监管平台联网，提升环境监管智能化水平。",
                ["市发展和改革局"],
                ["市生态环境分局", "市应急管理局"],
                [],
                None,
                None,
                [],
            ),
        ],
    ),
    (
        "（四）",
        "产业生态培育行动",
        [
            (
                "10.",
                "引育智能化服务商",
                "围绕钢铁行业智能化改造需求，引进培育一批系统集成、工业软件、智能装备服务商，建立智能化服务商资源池，组织开展供需对接活动每年不少于4场。支持本地服务商参与钢铁企业智能化改造项目，培育壮大本地智能制造服务产业。",
                ["市工业和信息化局"],
                [],
                ["市商务局", "迁安经济开发区管委会"],
                None,
                None,
                [
                    Target(
                        "智能化改造供需对接活动",
                        "场",
                        "gte",
                        4,
                        "组织开展供需对接活动每年不少于4场",
                        per_year=True,
                    )
                ],
            ),
            (
                "11.",
                "发展智慧物流",
                "推动钢铁企业与物流企业共建智慧物流平台，推广无人驾驶运输车辆、智能调度和网络货运，推进厂内外物流一体化智能管控。推动大宗物料运输“公转铁”和新能源重卡智能调度，降低物流成本和碳排放。",
                ["市交通运输局"],
                [],
                ["市工业和信息化局", "首钢迁钢公司"],
                "2027年6月底前",
                "2027-06-30",
                [],
            ),
        ],
    ),
    (
        "（五）",
        "人才支撑强化行动",
        [
            (
                "12.",
                "培养智能制造技能人才",
                "支持企业与职业院校共建智能制造实训基地，开展“人工智能+钢铁”技能培训，每年培训技能人才2000人次以上。完善技能人才评价机制，推动企业开展智能制造相关职业技能等级认定。",
                ["市人力资源和社会保障局"],
                ["市教育局", "首钢迁钢公司"],
                [],
                None,
                None,
                [
                    Target(
                        "“人工智能+钢铁”技能人才培训",
                        "人次",
                        "gte",
                        2000,
                        "每年培训技能人才2000人次以上",
                        per_year=True,
                        kind="talent",
                    )
                ],
            ),
            (
                "13.",
                "引进高层次人才",
                "落实高层次人才引进政策，面向钢铁行业智能化方向引进高层次人才和创新团队，为引进人才提供住房、子女入学等服务保障。支持企业设立首席数据官，开展企业经营管理人员数字化转型培训。",
                ["市科学技术局"],
                ["市人力资源和社会保障局"],
                [],
                None,
                None,
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立由市政府主要领导任组长的“人工智能+钢铁”行动领导小组，领导小组办公室设在市工业和信息化局，统筹协调行动推进中的重大问题。各乡镇（街道）、各有关部门要明确责任分工，细化工作措施，确保各项任务落到实处。建立工作台账和定期调度机制，每半年对行动推进情况进行评估，评估结果报市政府。",
    ),
    (
        "（二）",
        "加大政策支持",
        "统筹用好市级工业转型升级资金，对智能化改造、应用场景建设、数据集建设等项目给予支持。积极争取国家、省、唐山市专项资金支持。鼓励金融机构开发智能化改造专项信贷产品。对符合条件的智能化改造项目，积极争取纳入唐山市、河北省重点项目支持范围。",
    ),
    (
        "（三）",
        "强化项目带动",
        "建立“人工智能+钢铁”重点项目库，实行动态管理，对重点项目实行包联服务，协调解决项目建设中的用地、用能等问题，推动项目早开工、早投产、早见效。",
    ),
    (
        "（四）",
        "做好宣传推广",
        "及时总结推广智能化改造典型案例和经验做法，组织企业参加各类智能制造展会和交流活动，营造全社会共同推进“人工智能+钢铁”的良好氛围。",
    ),
]
ANNEX_TITLE = "附件"
ANNEX_CAPTION = "迁安市“人工智能+钢铁”三年行动主要指标表"
ANNEX = [
    ["序号", "指标名称", "单位", "2026年", "2028年"],
    ["1", "规模以上工业企业数字化转型覆盖率", "%", "70", "全覆盖"],
    ["2", "钢铁行业关键工序数控化率", "%", "80", "90以上"],
    ["3", "“人工智能+钢铁”应用场景（累计）", "个", "30", "100"],
    ["4", "省级以上智能工厂（数字化车间）", "家", "—", "10"],
    ["5", "市级智能工厂（数字化车间）", "家", "15", "40"],
    ["6", "人工智能相关企业", "家", "—", "50"],
]


def _build():
    blocks = [
        ("head", "迁安市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"迁安市人民政府办公室关于印发{TITLE}的通知"),
        *NOTICE,
        ("pagebreak", ""),
        ("title", TITLE),
        ("body", PREAMBLE),
        ("body", BASE),
        ("h1", "一、总体要求"),
        ("body", GENERAL),
        *[("body", line) for line in PRINCIPLES],
        ("h1", "二、行动目标"),
        ("body", GOAL_2026),
        ("body", GOAL_2028),
        ("body", "主要指标见附件。"),
        ("h1", "三、重点任务"),
    ]
    goals = [Goal("到2026年", GOAL_2026, T_2026), Goal("到2028年", GOAL_2028, T_2028)]
    subs = []
    for gno, gtitle, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        tasks = []
        for no, title, body, lead, resp, sup, when, due, targets in items:
            parts = [f"牵头单位：{'、'.join(lead)}"]
            if resp:
                parts.append(f"责任单位：{'、'.join(resp)}")
            if sup:
                parts.append(f"配合单位：{'、'.join(sup)}")
            if when:
                parts.append(f"完成时限：{when}")
            note = "（" + "；".join(parts) + "）"
            blocks.append(("item", (f"{no}{title}。", f"{body}{note}")))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}{note}",
                    lead=[ALIAS[n] for n in lead],
                    responsible=[ALIAS[n] for n in resp],
                    supporting=[ALIAS[n] for n in sup],
                    due=due,
                )
            )
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    safeguards = safeguard_items(blocks, "四、保障措施", SAFEGUARDS)
    blocks += [
        ("body", f"附件：{ANNEX_CAPTION}"),
        ("pagebreak", ""),
        ("addressee", ANNEX_TITLE),
        ("caption", ANNEX_CAPTION),
        ("table", ANNEX),
    ]
    sections = [
        Section("三", "三、", "重点任务", "key_task", sections=subs),
        Section("四", "四、", "保障措施", "safeguard", safeguards),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {"slug": "qianan-city", "name": "迁安市", "name_en": "Qian'an", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 迁安市“人工智能+钢铁”三年行动计划（2026—2028年） (迁安市人民政府办公室, 迁政办字〔2026〕11号, 2026-03-25) — SYNTHETIC
# (synthetic_av): WRITTEN by the collector (helper blindAV, 2026-12-05) before reading or running the importer; no such
#   document is claimed to exist. Built by make_files.py from doc_qianan.py as a Word file (python-docx, 公文 fonts).
# Zone qianan-city (河北 唐山; a county-level city → city level); period 2026–2028, milestones 2026 and 2028.
# Outline: red head, 发文字号, notice, signature, "（此件主动公开）", page break, title, preamble, a paragraph of 2025 figures
#   (236家, 98家, 6家, 72%: baselines, no target), 一、总体要求 (a paragraph and four "——坚持…。" principle lines; no figure, no task),
#   二、行动目标 = two untitled paragraphs "到2026年，…" /
#   "到2028年，…" → goals titled by their date phrase, then "主要指标见附件。". 三、重点任务 = five 行动 （一）–（五） (sub-sections)
#   of items "N.标题。正文（牵头单位：…；…）" restarting at 1. in each 行动; 四、保障措施 （一）–（四） unannotated → safeguard
#   tasks without roles. "附件：…" line, a page break, the annex 主要指标表 (a table repeating the goal paragraphs' figures: one
#   target each, kept where first printed; "全覆盖" and "—" are no figure; no task).
# Tasks: title = heading before the first 。; text = heading + body + annotation, without the number.
# Roles as worded: 牵头单位 → lead; 责任单位 → responsible; 配合单位 → supporting. 各乡镇（街道） is one collective agency (the
#   towns and sub-districts); 首钢迁钢公司 an enterprise; 市生态环境分局 is 唐山市生态环境局迁安市分局.
# Due: the annotation's 完成时限 — "2026年底前" → 2026-12-31, "2027年底前" → 2027-12-31, "2027年6月底前" → 2027-06-30.
# Targets: the goal paragraphs' four (2026) and six (2028) figures ("实现全覆盖" and "走在全省前列" have none; 吨钢综合能耗较2025年
#   下降3% → eq 3 %); every task holding figures is also a goal titled like the task (text without the annotation), due 2028, or
#   its 完成时限's year when it has one (item 4 → 2027). 每年诊断… / 每年不少于4场 / 每年培训… → per_year flow; 累计… → stock.
#   Not targets: "年产百万吨以上" (a condition), 2025 figures.
"""

# ruff: noqa: E501  (plan text as the office writes it)
"""岚州省“人工智能+制造”行动方案（2026—2028年） — INVENTED (synthetic_cb). A province DEPARTMENT's 行动方案 (岚州省工业和
信息化厅) drawn by reportlab: notice, 一、总体要求, 二、主要目标 (two dated paragraphs), 三、重点任务 = six 行动 （一）–（六）
of items 1.–24. numbered on, printed WITHOUT annotations; 四、保障措施 （一）–（四）; then 附件 重点任务分工表 drawn TURNED 90°
(a landscape table on portrait pages, its header row repeated) with 序号|任务|牵头单位|配合单位|时限: the rows name the
items by their numbers and titles, and the roles and deadlines are printed only there."""

from common import T, agencies, item_goal, task_of
from synthetic_model import Goal, Section, Task

SLUG = "lanzhou-province-ai-manufacturing-action-2026-synthetic"
KIND = "pdf"

A = {
    "规划与产业政策处": ("ghc", "岚州省工业和信息化厅规划与产业政策处", "industry_it"),
    "数字化推进处": ("szh", "岚州省工业和信息化厅数字化推进处", "industry_it"),
    "装备工业处": ("zbc", "岚州省工业和信息化厅装备工业处", "industry_it"),
    "电子信息处": ("dzc", "岚州省工业和信息化厅电子信息处", "industry_it"),
    "科技处": ("kjc", "岚州省工业和信息化厅科技处", "industry_it"),
    "中小企业处": ("zxc", "岚州省工业和信息化厅中小企业处", "industry_it"),
    "原材料工业处": ("ycl", "岚州省工业和信息化厅原材料工业处", "industry_it"),
    "消费品工业处": ("xfp", "岚州省工业和信息化厅消费品工业处", "industry_it"),
    "节能与综合利用处": ("jnc", "岚州省工业和信息化厅节能与综合利用处", "industry_it"),
    "人事教育处": ("rjc", "岚州省工业和信息化厅人事教育处", "industry_it"),
    "省发展改革委": ("fgw", "岚州省发展和改革委员会", "development_reform"),
    "省科技厅": ("kjt", "岚州省科学技术厅", "science_technology"),
    "省财政厅": ("czt", "岚州省财政厅", "finance"),
    "省数据局": ("sjj", "岚州省数据局", "big_data"),
    "省教育厅": ("jyt", "岚州省教育厅", "education"),
    "省人力资源社会保障厅": ("rst", "岚州省人力资源和社会保障厅", "human_resources"),
    "省市场监管局": ("scj", "岚州省市场监督管理局", "market_regulation"),
    "省通信管理局": ("txj", "岚州省通信管理局", "industry_it"),
    "省地方金融管理局": ("jrj", "岚州省地方金融管理局", "financial_regulation"),
    "各市（州）工业和信息化主管部门": (
        "szgx",
        "岚州省各市（州）工业和信息化主管部门",
        "industry_it",
    ),
}
AGENCIES = agencies(A)

TITLE = "岚州省“人工智能+制造”行动方案（2026—2028年）"
DOC_NUMBER = "岚工信发〔2026〕21号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Lanzhou Province “AI + manufacturing” action plan (2026–2028) — synthetic",
    "issuer": "岚州省工业和信息化厅",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-16",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.pdf",
}

NOTICE_HEAD = "岚州省工业和信息化厅关于印发《岚州省“人工智能+制造”行动方案（2026—2028年）》的通知"
ADDRESSEE = "各市（州）工业和信息化主管部门，厅机关各处室、直属各单位："
NOTICE = "现将《岚州省“人工智能+制造”行动方案（2026—2028年）》印发给你们，请结合实际认真抓好落实。各牵头处室要按照附件分工细化年度工作计划，每半年向厅规划与产业政策处报送一次进展情况。"
SIGN = "岚州省工业和信息化厅　　2026年3月16日"
GENERAL = "为贯彻落实国家关于深入实施“人工智能+”行动的部署要求，加快推动人工智能与制造业深度融合，促进全省制造业高端化、智能化、绿色化发展，制定本行动方案。2025年，全省规上工业企业关键工序数控化率达到61%，数字化研发设计工具普及率达到79%，建成国家级智能制造示范工厂6家、省级智能工厂120家，人工智能核心产业规模达到310亿元，但工业大模型应用仍处于起步阶段，工业数据汇聚利用不充分，中小企业转型能力偏弱。行动期内，坚持需求牵引、场景驱动、分业施策、梯次推进，以工业大模型和工业智能体为突破口，推动人工智能全面赋能研发设计、生产制造、经营管理和运维服务各环节，加快形成以智能制造为主攻方向、以工业大模型为新引擎、以数据要素为关键支撑的制造业发展新格局，为建设制造强省提供有力支撑。"
PRINCIPLES = "坚持需求牵引、场景驱动，聚焦制造业研发设计、生产制造、经营管理和运维服务中的痛点难点，以场景开放带动技术突破和产品推广；坚持分业施策、梯次推进，针对不同行业、不同规模企业的发展基础，分类制定智能化升级路径；坚持企业主体、政府引导，强化龙头企业示范带动作用，加大对中小企业的公共服务供给；坚持开放合作、安全可控，加强与国内外领先企业和机构合作，统筹发展与安全。"
PARTS_LINE = (
    "围绕上述目标，组织实施六大行动22项重点任务，各项任务的牵头单位、配合单位和完成时限见附件。"
)
GOAL1 = "到2026年底，全省培育工业大模型10个以上，建设“人工智能+制造”典型应用场景100个，新建省级智能工厂40家。"
GOAL1_T = [
    T("工业大模型", "个", "gte", 10, "全省培育工业大模型10个以上", deadline=2026),
    T(
        "“人工智能+制造”典型应用场景",
        "个",
        "eq",
        100,
        "建设“人工智能+制造”典型应用场景100个",
        kind="application_scenarios",
        deadline=2026,
    ),
    T(
        "新建省级智能工厂",
        "家",
        "eq",
        40,
        "新建省级智能工厂40家",
        deadline=2026,
        aggregation="flow",
    ),
]
GOAL2 = "到2028年，全省人工智能核心产业规模突破600亿元，规上工业企业关键工序数控化率达到70%，数字化研发设计工具普及率达到88%，累计建成省级以上智能工厂300家，培育人工智能赋能制造业解决方案服务商150家，工业互联网标识解析注册量超过80亿个。"
GOAL2_T = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        600,
        "全省人工智能核心产业规模突破600亿元",
        kind="ai_industry_scale",
    ),
    T("规上工业企业关键工序数控化率", "%", "eq", 70, "规上工业企业关键工序数控化率达到70%"),
    T("数字化研发设计工具普及率", "%", "eq", 88, "数字化研发设计工具普及率达到88%"),
    T("累计建成省级以上智能工厂", "家", "eq", 300, "累计建成省级以上智能工厂300家"),
    T(
        "人工智能赋能制造业解决方案服务商",
        "家",
        "eq",
        150,
        "培育人工智能赋能制造业解决方案服务商150家",
        kind="ai_enterprises",
    ),
    T("工业互联网标识解析注册量", "个", "gt", 8000000000, "工业互联网标识解析注册量超过80亿个"),
]

L, S = "lead", "supporting"
# 行动: (numbering, title, items); item: (title, rest, lead, supporting, 时限, targets)
ACTIONS = [
    (
        "（一）",
        "工业智能底座夯实行动",
        [
            (
                "建设工业智能算力设施",
                "统筹全省算力布局，推动重点工业城市建设面向制造业的智能算力中心，新增工业智能算力2000P，支持企业通过算力券购买算力服务，算力券补贴比例不超过30%",
                ["数字化推进处"],
                ["省发展改革委", "省数据局", "省通信管理局"],
                "2028年12月底前",
                [
                    T(
                        "新增工业智能算力",
                        "P",
                        "eq",
                        2000,
                        "新增工业智能算力2000P",
                        kind="computing_power",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "建设工业高质量数据集",
                "围绕装备、电子、原材料、消费品等行业，组织链主企业建设行业高质量数据集50个，建立工业数据集目录和共享机制，探索工业数据资产登记、评估和交易，推动数据要素在产业链上下游有序流通",
                ["数字化推进处"],
                ["省数据局", "装备工业处", "原材料工业处"],
                "2027年12月底前",
                [
                    T("行业高质量数据集", "个", "eq", 50, "组织链主企业建设行业高质量数据集50个"),
                ],
            ),
            (
                "完善工业互联网平台体系",
                "培育跨行业跨领域工业互联网平台3个、特色专业型平台30个，推动平台集成人工智能能力，服务企业上云上平台，推动平台向中小企业开放研发设计、生产管控、供应链协同等通用能力",
                ["数字化推进处"],
                ["省通信管理局"],
                "2028年12月底前",
                [
                    T(
                        "跨行业跨领域工业互联网平台",
                        "个",
                        "eq",
                        3,
                        "培育跨行业跨领域工业互联网平台3个",
                    ),
                    T("特色专业型平台", "个", "eq", 30, "特色专业型平台30个"),
                ],
            ),
            (
                "推进工业网络升级改造",
                "推进5G工厂、工业光网和时间敏感网络建设，建成5G工厂200家",
                ["电子信息处"],
                ["省通信管理局", "各市（州）工业和信息化主管部门"],
                "2027年12月底前",
                [
                    T("5G工厂", "家", "eq", 200, "建成5G工厂200家"),
                ],
            ),
        ],
    ),
    (
        "（二）",
        "工业大模型攻关行动",
        [
            (
                "研发行业大模型",
                "支持龙头企业联合高校院所研发装备制造、新材料、食品饮料等行业大模型，对入选国家级人工智能创新任务的项目给予最高500万元支持",
                ["科技处"],
                ["省科技厅", "省财政厅"],
                "2028年12月底前",
                [],
            ),
            (
                "培育工业智能体",
                "面向研发设计、工艺优化、质量检测、设备运维等环节，培育工业智能体产品100个",
                ["科技处"],
                ["电子信息处"],
                "2027年12月底前",
                [
                    T("工业智能体产品", "个", "eq", 100, "培育工业智能体产品100个"),
                ],
            ),
            (
                "建设中试验证平台",
                "建设人工智能赋能制造业中试验证平台5个，为大模型和智能装备提供测试验证和迭代优化服务，推动成果从实验室走向生产线，缩短产品迭代周期",
                ["科技处"],
                ["省科技厅"],
                "2028年6月底前",
                [
                    T(
                        "人工智能赋能制造业中试验证平台",
                        "个",
                        "eq",
                        5,
                        "建设人工智能赋能制造业中试验证平台5个",
                        kind="innovation_platforms",
                    ),
                ],
            ),
            (
                "加强标准研制",
                "组织企业和行业组织参与人工智能工业应用标准研制，主导或参与制定国家和行业标准20项",
                ["科技处"],
                ["省市场监管局"],
                "2028年12月底前",
                [
                    T(
                        "主导或参与制定国家和行业标准",
                        "项",
                        "eq",
                        20,
                        "主导或参与制定国家和行业标准20项",
                        kind="patents_standards",
                    ),
                ],
            ),
        ],
    ),
    (
        "（三）",
        "重点行业智能化升级行动",
        [
            (
                "推进装备制造智能化",
                "推广智能设计、数字孪生和预测性维护，在工程机械、轨道交通装备、新能源汽车零部件等领域建设智能工厂60家",
                ["装备工业处"],
                ["各市（州）工业和信息化主管部门"],
                "2028年12月底前",
                [
                    T(
                        "装备制造领域智能工厂",
                        "家",
                        "eq",
                        60,
                        "在工程机械、轨道交通装备、新能源汽车零部件等领域建设智能工厂60家",
                    ),
                ],
            ),
            (
                "推进原材料工业智能化",
                "在钢铁、有色、化工、建材行业推广智能配料、智能巡检和能效优化系统，打造智能化标杆企业30家",
                ["原材料工业处"],
                ["节能与综合利用处"],
                "2028年12月底前",
                [
                    T("原材料工业智能化标杆企业", "家", "eq", 30, "打造智能化标杆企业30家"),
                ],
            ),
            (
                "推进消费品工业智能化",
                "推动食品、纺织、家居等行业应用智能排产、柔性生产和个性化定制，培育智能制造示范车间80个",
                ["消费品工业处"],
                ["各市（州）工业和信息化主管部门"],
                "2027年12月底前",
                [
                    T("消费品工业智能制造示范车间", "个", "eq", 80, "培育智能制造示范车间80个"),
                ],
            ),
            (
                "推进电子信息产业智能化",
                "推动电子元器件、智能终端企业部署视觉检测和智能仓储，支持企业建设柔性化、数字化生产线，电子信息制造业营业收入年均增长10%以上",
                ["电子信息处"],
                ["省发展改革委"],
                "持续推进",
                [
                    T(
                        "电子信息制造业营业收入年均增长",
                        "%",
                        "gte",
                        10,
                        "电子信息制造业营业收入年均增长10%以上",
                    ),
                ],
            ),
        ],
    ),
    (
        "（四）",
        "中小企业智改数转行动",
        [
            (
                "开展免费诊断服务",
                "组织服务商为中小企业提供智能化改造数字化转型免费诊断，形成诊断报告和改造方案，引导企业分步实施改造，每年诊断企业2000家",
                ["中小企业处"],
                ["省财政厅", "各市（州）工业和信息化主管部门"],
                "持续推进",
                [
                    T(
                        "为中小企业提供免费诊断",
                        "家",
                        "eq",
                        2000,
                        "每年诊断企业2000家",
                        per_year=True,
                    ),
                ],
            ),
            (
                "推广轻量化应用",
                "遴选一批“小快轻准”人工智能产品和解决方案，推动中小企业上云用模，新增上云企业1万家",
                ["中小企业处"],
                ["数字化推进处"],
                "2026年12月底前",
                [
                    T("新增上云企业", "家", "eq", 10000, "新增上云企业1万家", aggregation="flow"),
                ],
            ),
            (
                "建设转型促进中心",
                "在重点产业集群建设中小企业数字化转型促进中心15个，提供咨询、培训和对接服务",
                ["中小企业处"],
                ["规划与产业政策处"],
                "2027年12月底前",
                [
                    T(
                        "中小企业数字化转型促进中心",
                        "个",
                        "eq",
                        15,
                        "在重点产业集群建设中小企业数字化转型促进中心15个",
                    ),
                ],
            ),
            (
                "培育解决方案服务商",
                "建立人工智能赋能制造业解决方案服务商资源池，每年发布优秀解决方案50个",
                ["数字化推进处"],
                ["中小企业处"],
                "持续推进",
                [
                    T(
                        "发布优秀解决方案",
                        "个",
                        "eq",
                        50,
                        "每年发布优秀解决方案50个",
                        per_year=True,
                    ),
                ],
            ),
        ],
    ),
    (
        "（五）",
        "绿色智能融合行动",
        [
            (
                "建设能碳管理平台",
                "推动重点用能企业接入省工业能耗在线监测平台，接入企业达到1500家",
                ["节能与综合利用处"],
                ["省数据局"],
                "2027年12月底前",
                [
                    T("接入省工业能耗在线监测平台的企业", "家", "eq", 1500, "接入企业达到1500家"),
                ],
            ),
            (
                "打造绿色智能工厂",
                "推动智能化改造与绿色化改造协同，推广能源管理智能优化、工业余热余压智能调度和资源循环利用技术，创建绿色智能工厂50家",
                ["节能与综合利用处"],
                ["装备工业处"],
                "2028年12月底前",
                [
                    T("绿色智能工厂", "家", "eq", 50, "创建绿色智能工厂50家"),
                ],
            ),
        ],
    ),
    (
        "（六）",
        "人才与生态培育行动",
        [
            (
                "培养复合型人才",
                "实施“岚州智造工程师”培养计划，每年培训人工智能与制造融合复合型人才3000人次",
                ["人事教育处"],
                ["省人力资源社会保障厅", "省教育厅"],
                "持续推进",
                [
                    T(
                        "培训人工智能与制造融合复合型人才",
                        "人次",
                        "eq",
                        3000,
                        "每年培训人工智能与制造融合复合型人才3000人次",
                        kind="talent",
                        per_year=True,
                    ),
                ],
            ),
            (
                "强化金融服务",
                "推动设立人工智能制造业转型基金，基金规模20亿元，开展产融对接活动20场",
                ["规划与产业政策处"],
                ["省地方金融管理局", "省财政厅"],
                "2026年12月底前",
                [
                    T("产融对接活动", "场", "eq", 20, "开展产融对接活动20场", aggregation="flow"),
                ],
            ),
            (
                "举办供需对接活动",
                "举办岚州“人工智能+制造”供需对接大会，发布场景需求清单和能力供给清单，促进制造企业与人工智能企业精准对接、联合攻关",
                ["规划与产业政策处"],
                ["各市（州）工业和信息化主管部门"],
                "2026年9月底前",
                [],
            ),
            (
                "加强监测评估",
                "建立人工智能赋能制造业发展水平评价指标体系，开展年度监测评估并发布评估报告",
                ["规划与产业政策处"],
                ["省数据局"],
                "持续推进",
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强统筹协调",
        "厅成立“人工智能+制造”行动推进工作组，由厅主要负责同志任组长，工作组办公室设在规划与产业政策处，统筹推进各项任务落实。",
    ),
    (
        "（二）",
        "加大政策支持",
        "统筹省级制造业高质量发展专项资金，每年安排不少于3亿元支持智能化改造、工业大模型和公共服务平台建设。",
    ),
    (
        "（三）",
        "强化安全保障",
        "落实工业数据分类分级保护制度，加强工业控制系统和人工智能应用安全防护，防范化解安全风险。",
    ),
    (
        "（四）",
        "加强人才支撑",
        "依托省内高校和职业院校加强人工智能、智能制造相关学科专业建设，支持企业与院校共建现代产业学院和实训基地，完善人才评价激励机制。",
    ),
    (
        "（五）",
        "强化督促落实",
        "各市（州）工业和信息化主管部门要结合实际制定具体推进措施，建立工作台账，每半年报送工作进展，厅将适时开展督促检查和评估。",
    ),
    (
        "（六）",
        "营造良好氛围",
        "总结推广典型案例和经验做法，组织开展现场观摩和宣传报道，营造全社会共同推进“人工智能+制造”的良好氛围。",
    ),
]

MONTH_END = {
    "2026年9月底前": "2026-09-30",
    "2026年12月底前": "2026-12-31",
    "2027年12月底前": "2027-12-31",
    "2028年6月底前": "2028-06-30",
    "2028年12月底前": "2028-12-31",
}
HEAD = ["序号", "任务", "牵头单位", "配合单位", "时限"]
WIDTHS = [30, 280, 90, 240, 80]


def _build():
    blocks = [
        ("red", "岚州省工业和信息化厅文件"),
        ("docno", DOC_NUMBER),
        ("blank", ""),
        ("title", NOTICE_HEAD),
        ("plain", ADDRESSEE),
        ("body", NOTICE),
        ("plain", "附件：重点任务分工表"),
        ("sign", SIGN),
        ("page", ""),
        ("title", TITLE),
        ("blank", ""),
        ("h1", "一、总体要求"),
        ("body", GENERAL),
        ("body", PRINCIPLES),
        ("h1", "二、主要目标"),
        ("body", GOAL1),
        ("body", GOAL2),
        ("h1", "三、重点任务"),
        ("body", PARTS_LINE),
    ]
    for g, ts in ((GOAL1, GOAL1_T), (GOAL2, GOAL2_T)):
        for t in ts:
            assert t.phrase in g, t.phrase
    goals = [Goal("到2026年底", GOAL1, GOAL1_T), Goal("到2028年", GOAL2, GOAL2_T)]
    subs, rows, n = [], [], 0
    for anum, atitle, items in ACTIONS:
        blocks.append(("h1", f"{anum}{atitle}"))
        tasks = []
        for title, rest, lead, sup, when, targets in items:
            n += 1
            num = f"{n}."
            blocks.append(("body", f"{num}{title}。{rest}。"))
            tasks.append(
                task_of(A, num, title, rest + "。", {L: lead, S: sup}, due=MONTH_END.get(when))
            )
            rows.append([str(n), title, "、".join(lead), "、".join(sup), when])
            if targets:
                year = int(when[:4]) if when[0] == "2" else None
                for t in targets:
                    if year and t.deadline is None and not t.per_year:
                        t.deadline = year
                goals.append(item_goal(num, title, rest, targets))
        subs.append(Section(anum.strip("（）"), anum, atitle, "key_task", tasks))
    sections = [Section("三", "三、", "重点任务", "key_task", sections=subs)]
    blocks.append(("h1", "四、保障措施"))
    sg = []
    for num, title, text in SAFEGUARDS:
        blocks.append(("body", f"{num}{title}。{text}"))
        sg.append(Task(num, title, f"{title}。{text}"))
    sections.append(Section("四", "四、", "保障措施", "safeguard", sg))
    return blocks, goals, sections, rows


BLOCKS, GOALS, SECTIONS, ROWS = _build()

EXTRACTION = {
    "zone": {
        "slug": "lanzhou-province",
        "name": "岚州省",
        "name_en": "Lanzhou Province",
        "level": "municipality",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}
HEADER = """\
# 岚州省“人工智能+制造”行动方案（2026—2028年） (岚州省工业和信息化厅, 岚工信发〔2026〕21号, 2026-03-16)
# — SYNTHETIC (synthetic_cb): WRITTEN by the collector (helper blindCB, 2026-12-07) before reading or running the importer; no
#   such document or province is claimed to exist (岚州省 is invented; not 兰州). Built by make_files.py, drawn by reportlab.
# Zone lanzhou-province → municipality (the schema's provincial level); period 2026–2028.
# Outline: red head, 发文字号, notice (addressee, 附件 line, signature), page break, title; 一、总体要求 (2025 baselines 61%, 79%,
#   6家, 120家, 310亿元: no targets; a principles paragraph: no task); 二、主要目标 = "到2026年底，…" (3 targets, due 2026) and
#   "到2028年，…" (6); 三、重点任务 = a line counting the plan's own parts ("六大行动22项重点任务": no target) and six 行动
#   （一）–（六） (sub-sections) of items 1.–22. numbered on, one paragraph each "N.标题。正文。" WITHOUT annotation; 四、保障措施
#   （一）–（六） (safeguards, no roles); then 附件 重点任务分工表 drawn TURNED 90° clockwise on portrait pages (a landscape table;
#   header row repeated on its second page) 序号|任务|牵头单位|配合单位|时限, one row per item, 序号 = the item's number, 任务 =
#   its title. The roles and deadlines are printed ONLY there.
# Tasks = the body's items (the annex rows are the same tasks, not tasks of their own); each takes its row's 牵头单位 → lead,
#   配合单位 → supporting, 时限 → due (month end; 持续推进 → none). Lead units are 厅 处室 (named without the 厅's name; full name
#   岚州省工业和信息化厅X处); 各市（州）工业和信息化主管部门 one collective.
# Targets: the goal paragraphs; every item holding figures is also a goal titled like the item, its figures due at the year of the
#   row's 时限 (2026 / 2027 / 2028), per-year figures (每年诊断2000家, 每年发布50个, 每年培训3000人次) per_year flows, 持续推进 rows'
#   others at 2028. 1万家 → 10000; 80亿个 → 8000000000. Not targets: 算力券补贴比例不超过30%, 最高500万元支持, 基金规模20亿元 (a fund
#   being set up), 每年安排不少于3亿元 (a budget), the baselines, "六大行动22项".
"""

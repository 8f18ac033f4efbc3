# ruff: noqa: E501  (plan text as the office writes it)
"""汾岚市推进“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_cj). A Word file (.docx): red head, notice, the
plan in four parts (一、总体要求; 二、主要目标 = two dated paragraphs; 三、重点任务 = one paragraph pointing to the annex; 四、保障
措施 （一）–（四）), then on LANDSCAPE pages 附件 重点任务分解表: 序号 | 重点任务 | 具体措施 | 责任领导 | 牵头单位 | 配合单位 |
督办单位 | 完成时限, the 重点任务 cell merged vertically over its rows, 责任领导 merged over the rows of four of the six 重点任务
(per row in the other two), 督办单位 "市政府督查室" merged over the whole table, several measures in one cell numbered ①②③,
完成时限 "2026年6月底前" / "2026年12月底前" / "2027年底" / "长期坚持"."""

from synthetic_model import Agency, Clause, Goal, Section, Target, Task

SLUG = "fenlan-ai-plus-implementation-2026-synthetic"
KIND = "docx"

# printed form → (code, full name, category); a printed form absent here is generic words (市直各有关部门)
A = {
    "市发改委": ("fgw", "汾岚市发展和改革委员会", "development_reform"),
    "市工信局": ("gxj", "汾岚市工业和信息化局", "industry_it"),
    "市科技局": ("kjj", "汾岚市科学技术局", "science_technology"),
    "市数据局": ("sjj", "汾岚市数据局", "big_data"),
    "市财政局": ("czj", "汾岚市财政局", "finance"),
    "市人社局": ("rsj", "汾岚市人力资源和社会保障局", "human_resources"),
    "市教育局": ("jyj", "汾岚市教育局", "education"),
    "市卫健委": ("wjw", "汾岚市卫生健康委员会", "health"),
    "市医保局": ("ybj", "汾岚市医疗保障局", "health"),
    "市交通运输局": ("jtj", "汾岚市交通运输局", "transport"),
    "市农业农村局": ("nyj", "汾岚市农业农村局", "agriculture"),
    "市文旅局": ("wlj", "汾岚市文化和旅游局", "culture_tourism"),
    "市住建局": ("zjj", "汾岚市住房和城乡建设局", "housing_construction"),
    "市城管局": ("cgj", "汾岚市城市管理局", "housing_construction"),
    "市公安局": ("gaj", "汾岚市公安局", "public_security"),
    "市应急局": ("yjj", "汾岚市应急管理局", "emergency"),
    "市能源局": ("nyu", "汾岚市能源局", "development_reform"),
    "市商务局": ("swj", "汾岚市商务局", "commerce"),
    "市行政审批局": ("spj", "汾岚市行政审批服务管理局", "government_services"),
    "市委网信办": ("wxb", "中共汾岚市委网络安全和信息化委员会办公室", "publicity"),
    "市委组织部": ("zzb", "中共汾岚市委组织部", "party_organisation"),
    "市金融办": ("jrb", "汾岚市人民政府金融工作办公室", "financial_regulation"),
    "汾岚经开区管委会": ("jkq", "汾岚经济技术开发区管理委员会", "park_administration"),
    "国网汾岚供电公司": ("gdg", "国网山西省电力公司汾岚供电公司", "state_enterprise"),
    "各县（市、区）人民政府": ("gx", "汾岚市各县（市、区）人民政府", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def codes(names):
    return [A[n][0] for n in names if n in A]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "汾岚市推进“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "汾政办发〔2026〕9号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Fenlan City implementation plan for the “AI+” action (2026–2027) — synthetic",
    "issuer": "汾岚市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-16",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"《{TITLE}》已经市人民政府同意，现印发给你们，请认真组织实施。各牵头单位要按照重点任务分解表逐项细化工作举措，于每月25日前将上月工作进展报送市政府督查室和市工业和信息化局。"

GUIDING = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实国家和省关于深入实施“人工智能+”行动的决策部署，立足汾岚资源型城市转型发展实际，以智能算力和数据资源为基础，以煤机装备、特钢材料、文旅康养等优势产业智能化改造为主攻方向，以场景开放为牵引，以重点任务清单化、项目化、责任化推进为抓手，推动人工智能与经济社会各领域深度融合，加快培育新质生产力，为全方位推动高质量发展提供有力支撑。"

GOAL_2026 = "到2026年底，全市智能算力规模达到800P，人工智能核心产业规模达到60亿元，培育人工智能企业80家以上，打造“人工智能+”典型应用场景50个，人工智能赋能传统产业转型取得初步成效。"
GOAL_2027 = "到2027年底，全市智能算力规模突破1500P，人工智能核心产业规模达到100亿元，人工智能企业达到150家，规上工业企业数字化转型覆盖率达到85%，建成行业高质量数据集20个以上，形成一批具有汾岚特色的“人工智能+”标杆应用，人工智能成为推动全市资源型经济转型的重要引擎。"
GOALS_TOP = [
    Goal(
        "到2026年底",
        GOAL_2026,
        [
            T(
                "智能算力规模",
                "P",
                "eq",
                800,
                "全市智能算力规模达到800P",
                kind="computing_power",
                deadline=2026,
            ),
            T(
                "人工智能核心产业规模",
                "亿元",
                "eq",
                60,
                "人工智能核心产业规模达到60亿元",
                kind="ai_industry_scale",
                deadline=2026,
            ),
            T(
                "人工智能企业",
                "家",
                "gte",
                80,
                "培育人工智能企业80家以上",
                kind="ai_enterprises",
                deadline=2026,
            ),
            T(
                "“人工智能+”典型应用场景",
                "个",
                "eq",
                50,
                "打造“人工智能+”典型应用场景50个",
                kind="application_scenarios",
                deadline=2026,
            ),
        ],
    ),
    Goal(
        "到2027年底",
        GOAL_2027,
        [
            T(
                "智能算力规模",
                "P",
                "gt",
                1500,
                "全市智能算力规模突破1500P",
                kind="computing_power",
                deadline=2027,
            ),
            T(
                "人工智能核心产业规模",
                "亿元",
                "eq",
                100,
                "人工智能核心产业规模达到100亿元",
                kind="ai_industry_scale",
                deadline=2027,
            ),
            T(
                "人工智能企业",
                "家",
                "eq",
                150,
                "人工智能企业达到150家",
                kind="ai_enterprises",
                deadline=2027,
            ),
            T(
                "规上工业企业数字化转型覆盖率",
                "%",
                "eq",
                85,
                "规上工业企业数字化转型覆盖率达到85%",
                deadline=2027,
            ),
            T("行业高质量数据集", "个", "gte", 20, "建成行业高质量数据集20个以上", deadline=2027),
        ],
    ),
]

TASKS_PARA = "围绕上述目标，聚焦算力底座、数据资源、制造业智能化、场景应用、人才引育和产业生态六个方面，确定重点任务6项、具体措施20项，逐项明确责任领导、牵头单位、配合单位、督办单位和完成时限，详见附件《汾岚市推进“人工智能+”行动重点任务分解表》。各牵头单位要会同配合单位制定具体工作计划，倒排工期、挂图作战，确保各项任务按期完成。"

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "市推进“人工智能+”行动工作领导小组统筹推进全市“人工智能+”行动，研究解决重大问题，领导小组办公室设在市工业和信息化局，承担日常协调工作。各县（市、区）人民政府要建立相应工作机制，结合实际抓好落实。各责任领导要定期听取分管领域任务推进情况汇报，协调解决困难问题。",
    ),
    (
        "（二）",
        "强化督查督办",
        "市政府督查室要将重点任务分解表纳入年度督查计划，实行“月调度、季通报、年考核”，对进展滞后的任务及时下发督办通知，督办结果纳入年度目标责任考核。各牵头单位要建立工作台账，对标对表推进，确保任务不落空、责任不悬空。",
    ),
    (
        "（三）",
        "加大要素保障",
        "市财政每年统筹安排人工智能发展专项资金不少于3000万元，重点支持算力设施、数据资源、场景应用和人才引育。优先保障人工智能重点项目用地、用能需求，鼓励金融机构开发适合人工智能企业特点的信贷产品。加强人工智能领域政策宣传解读，推动各项支持政策直达快享。",
    ),
    (
        "（四）",
        "营造良好氛围",
        "充分利用各类媒体平台，广泛宣传全市“人工智能+”行动的政策举措、进展成效和典型案例，组织开展人工智能科普进机关、进企业、进社区、进校园活动，提升全民数字素养与技能，营造全社会关注、支持、参与人工智能发展的良好氛围。",
    ),
]

# 重点任务: (title, 责任领导 for the whole group or None (then per row), rows)
# row: (具体措施, 责任领导 or None, 牵头单位, 配合单位 (printed), 完成时限, targets)
GROUPS = [
    (
        "夯实智能算力底座",
        "市政府分管副市长",
        [
            (
                "加快建设汾岚城市智算中心，推动一期工程建成并投入运营，新增智能算力300P，接入全省算力调度平台，面向中小企业提供普惠算力服务。",
                None,
                "市发改委",
                ["市数据局", "市工信局", "国网汾岚供电公司"],
                "2026年6月底前",
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        300,
                        "新增智能算力300P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "①落实算力券政策，对企业购买智能算力服务给予不超过合同金额20%的补贴，单个企业每年最高30万元；②建立算力资源供需对接清单，定期发布算力服务目录；③推动智算中心绿色电力使用比例达到60%以上。",
                None,
                "市工信局",
                ["市财政局", "市发改委", "市能源局"],
                "长期坚持",
                [
                    T(
                        "智算中心绿色电力使用比例",
                        "%",
                        "gte",
                        60,
                        "智算中心绿色电力使用比例达到60%以上",
                    )
                ],
            ),
            (
                "统筹推进政务云扩容和边缘计算节点建设，新建边缘计算节点10个，实现县（市、区）全覆盖。",
                None,
                "市数据局",
                ["各县（市、区）人民政府"],
                "2026年12月底前",
                [T("新建边缘计算节点", "个", "eq", 10, "新建边缘计算节点10个", aggregation="flow")],
            ),
        ],
    ),
    (
        "推进数据资源开发利用",
        "市政府分管副市长",
        [
            (
                "完善全市一体化公共数据平台，归集公共数据目录3500项，开放公共数据集100个以上，推动高频数据按需共享。",
                None,
                "市数据局",
                ["市直各有关部门"],
                "2026年12月底前",
                [
                    T("归集公共数据目录", "项", "eq", 3500, "归集公共数据目录3500项"),
                    T("开放公共数据集", "个", "gte", 100, "开放公共数据集100个以上"),
                ],
            ),
            (
                "①围绕煤机装备、特钢材料、文旅康养等领域建设行业高质量数据集；②培育数据标注、数据清洗等数据服务企业10家；③探索公共数据授权运营，上线数据产品15个。",
                None,
                "市数据局",
                ["市工信局", "市科技局"],
                "2027年底",
                [
                    T("数据服务企业", "家", "eq", 10, "数据服务企业10家"),
                    T("上线数据产品", "个", "eq", 15, "上线数据产品15个"),
                ],
            ),
            (
                "建立数据安全分类分级保护制度，常态化开展数据安全检查，每年组织数据安全应急演练不少于2次。",
                None,
                "市委网信办",
                ["市公安局", "市数据局"],
                "长期坚持",
                [
                    T(
                        "数据安全应急演练",
                        "次",
                        "gte",
                        2,
                        "每年组织数据安全应急演练不少于2次",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
    (
        "推动制造业智能化改造",
        "市政府常务副市长",
        [
            (
                "实施智能化改造数字化转型“百企示范”行动，2026年实施智能化改造项目120个，推动规上工业企业数字化转型诊断全覆盖。",
                None,
                "市工信局",
                ["市财政局", "各县（市、区）人民政府"],
                "2026年12月底前",
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        120,
                        "2026年实施智能化改造项目120个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "①推动煤炭、焦化、特钢等传统产业企业建设智能工厂，新增省级智能工厂5家、智能制造示范车间20个；②推广井下智能巡检、设备预测性维护等应用，建成智能化煤矿12座；③支持龙头企业联合高校院所开发煤机装备行业大模型。",
                None,
                "市工信局",
                ["市能源局", "市应急局", "市科技局"],
                "2027年底",
                [
                    T("新增省级智能工厂", "家", "eq", 5, "新增省级智能工厂5家", aggregation="flow"),
                    T(
                        "新增智能制造示范车间",
                        "个",
                        "eq",
                        20,
                        "智能制造示范车间20个",
                        aggregation="flow",
                    ),
                    T("智能化煤矿", "座", "eq", 12, "建成智能化煤矿12座"),
                ],
            ),
            (
                "支持汾岚经济技术开发区建设人工智能产业园，引进人工智能企业30家，园区人工智能企业营业收入突破20亿元。",
                None,
                "汾岚经开区管委会",
                ["市商务局", "市科技局"],
                "2027年底",
                [
                    T(
                        "引进人工智能企业",
                        "家",
                        "eq",
                        30,
                        "引进人工智能企业30家",
                        aggregation="flow",
                    ),
                    T(
                        "园区人工智能企业营业收入",
                        "亿元",
                        "gt",
                        20,
                        "园区人工智能企业营业收入突破20亿元",
                    ),
                ],
            ),
            (
                "推动中小企业“上云用数赋智”，培育市级工业互联网平台3个，新增上云企业500家。",
                None,
                "市工信局",
                ["市数据局"],
                "2026年12月底前",
                [
                    T("市级工业互联网平台", "个", "eq", 3, "培育市级工业互联网平台3个"),
                    T("新增上云企业", "家", "eq", 500, "新增上云企业500家", aggregation="flow"),
                ],
            ),
        ],
    ),
    (
        "拓展“人工智能+”场景应用",
        None,
        [
            (
                "上线“汾岚政务智能助手”，政务服务事项智能导办覆盖率达到90%，打造“免申即享”“秒批秒办”事项50项。",
                "市政府分管副市长",
                "市行政审批局",
                ["市数据局"],
                "2026年6月底前",
                [
                    T(
                        "政务服务事项智能导办覆盖率",
                        "%",
                        "eq",
                        90,
                        "政务服务事项智能导办覆盖率达到90%",
                    ),
                    T(
                        "“免申即享”“秒批秒办”事项",
                        "项",
                        "eq",
                        50,
                        "打造“免申即享”“秒批秒办”事项50项",
                    ),
                ],
            ),
            (
                "①推广智能辅助诊断系统，覆盖全市二级以上公立医院；②建设“AI+家庭医生”服务平台，智能随访服务达到20万人次；③推进医保智能审核全覆盖。",
                "市政府分管副市长",
                "市卫健委",
                ["市医保局", "市数据局"],
                "2027年底",
                [
                    T(
                        "智能随访服务",
                        "人次",
                        "eq",
                        200000,
                        "智能随访服务达到20万人次",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "建设全市智慧教育平台，打造人工智能教育特色学校30所，推动中小学人工智能课程全覆盖。",
                "市政府分管副市长",
                "市教育局",
                ["市科技局"],
                "2027年底",
                [T("人工智能教育特色学校", "所", "eq", 30, "打造人工智能教育特色学校30所")],
            ),
            (
                "建设城市运行管理“一网统管”平台，接入视频感知设备2万路，打造城市治理智能应用场景15个。",
                "市政府常务副市长",
                "市城管局",
                ["市公安局", "市住建局", "市数据局"],
                "2026年12月底前",
                [
                    T("接入视频感知设备", "路", "eq", 20000, "接入视频感知设备2万路"),
                    T("城市治理智能应用场景", "个", "eq", 15, "打造城市治理智能应用场景15个"),
                ],
            ),
            (
                "推进文旅、农业、交通等领域场景开放，定期发布场景机会清单，打造“人工智能+”典型应用场景50个。",
                "市政府常务副市长",
                "市发改委",
                ["市文旅局", "市农业农村局", "市交通运输局"],
                "2026年12月底前",
                [],  # 50个, due 2026: the goals' figure printed again — no second target
            ),
        ],
    ),
    (
        "加强人才引育",
        "市政府分管副市长",
        [
            (
                "实施“汾岚英才”人工智能专项，引进培育人工智能领域高层次人才200名，柔性引进专家团队10个。",
                None,
                "市委组织部",
                ["市人社局", "市科技局"],
                "2027年底",
                [
                    T(
                        "引进培育人工智能领域高层次人才",
                        "名",
                        "eq",
                        200,
                        "引进培育人工智能领域高层次人才200名",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T(
                        "柔性引进专家团队",
                        "个",
                        "eq",
                        10,
                        "柔性引进专家团队10个",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "①支持驻市高校开设人工智能相关专业；②联合企业共建人工智能实训基地5个；③每年开展数字技能培训5000人次。",
                None,
                "市人社局",
                ["市教育局"],
                "长期坚持",
                [
                    T("人工智能实训基地", "个", "eq", 5, "共建人工智能实训基地5个"),
                    T(
                        "数字技能培训",
                        "人次",
                        "eq",
                        5000,
                        "每年开展数字技能培训5000人次",
                        per_year=True,
                    ),
                ],
            ),
        ],
    ),
    (
        "优化产业发展生态",
        None,
        [
            (
                "设立规模10亿元的人工智能产业发展基金，引导社会资本投向人工智能领域，对新获评省级智能工厂的企业给予最高100万元奖励。",
                "市政府常务副市长",
                "市财政局",
                ["市金融办", "市工信局"],
                "2026年12月底前",
                [],  # a fund being set up, a reward — no target
            ),
            (
                "举办“汾岚智造”人工智能创新应用大赛，每年组织人工智能供需对接活动不少于10场。",
                "市政府分管副市长",
                "市科技局",
                ["市工信局"],
                "长期坚持",
                [
                    T(
                        "人工智能供需对接活动",
                        "场",
                        "gte",
                        10,
                        "每年组织人工智能供需对接活动不少于10场",
                        per_year=True,
                    )
                ],
            ),
            (
                "落实生成式人工智能服务备案要求，开展人工智能安全风险排查，加强人工智能伦理规范宣传引导。",
                "市政府分管副市长",
                "市委网信办",
                ["市公安局"],
                "长期坚持",
                [],
            ),
        ],
    ),
]

DUE = {
    "2026年6月底前": "2026-06-30",
    "2026年12月底前": "2026-12-31",
    "2027年底": "2027-12-31",
    "长期坚持": None,
}
HEADER_ROW = [
    "序号",
    "重点任务",
    "具体措施",
    "责任领导",
    "牵头单位",
    "配合单位",
    "督办单位",
    "完成时限",
]
SUPERVISOR = "市政府督查室"


def _build():
    blocks = [
        ("head", "汾岚市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"汾岚市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各县（市、区）人民政府，市人民政府各委、办、局，各有关单位："),
        ("body", NOTICE),
        ("sign", "汾岚市人民政府办公室"),
        ("date", "2026年3月16日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        (
            "body",
            "为深入贯彻落实国家和省关于深入实施“人工智能+”行动的决策部署，加快推动人工智能与全市经济社会发展深度融合，结合我市实际，制定本方案。",
        ),
        ("h1", "一、总体要求"),
        ("body", GUIDING),
        ("h1", "二、主要目标"),
        ("body", GOAL_2026),
        ("body", GOAL_2027),
        ("h1", "三、重点任务"),
        ("body", TASKS_PARA),
        ("h1", "四、保障措施"),
    ]
    for g in GOALS_TOP:
        for t in g.targets:
            assert t.phrase in g.text, t.phrase
    sg = []
    for numbering, title, rest in SAFEGUARDS:
        blocks.append(("item", (f"{numbering}{title}。", rest)))
        sg.append(Task(numbering, title, f"{title}。{rest}"))
    blocks += [
        ("body", "附件：汾岚市推进“人工智能+”行动重点任务分解表"),
        ("landscape", ""),
        ("plain", "附件"),
        ("title", "汾岚市推进“人工智能+”行动重点任务分解表"),
    ]
    rows, merges = [HEADER_ROW], []
    goals = list(GOALS_TOP)
    # Corrected after measurement 1 (helper rCJ, 2026-12-07): the merged 重点任务 cell is the TASK and its 具体措施 rows
    # are its CLAUSES, each with its row's roles — the corpus's reading of this very form (synthetic_m's 南宁, whose
    # 序号 also counts the rows; synthetic_u's 绵阳, synthetic_j's 潍坊, synthetic_z's 渭滨), which the body's own
    # count "确定重点任务6项、具体措施20项" confirms. The blind extraction made each row a task and each 重点任务 a section.
    key_tasks = []
    n = 0
    for gtitle, leader, items in GROUPS:
        first = len(rows)
        clauses, dues = [], []
        for ri, (measure, own_leader, lead, sup, when, targets) in enumerate(items):
            n += 1
            rows.append(
                [
                    str(n),
                    gtitle if ri == 0 else None,
                    measure,
                    (leader if ri == 0 else None) if leader else own_leader,
                    lead,
                    "、".join(sup),
                    SUPERVISOR if n == 1 else None,
                    when,
                ]
            )
            clauses.append(Clause(measure, lead=codes([lead]), supporting=codes(sup)))
            dues.append(DUE[when])
            for t in targets:
                assert t.phrase in measure, t.phrase
                if t.deadline is None:
                    t.deadline = int(DUE[when][:4]) if DUE[when] else 2027
            if targets:
                goals.append(Goal(gtitle, measure, targets))
        last = len(rows) - 1
        merges.append((first, 1, last, 1))
        if leader:
            merges.append((first, 3, last, 3))
        due = max(filter(None, dues), default=None)  # the latest of its rows' 完成时限
        key_tasks.append(Task(None, gtitle, gtitle, due=due, clauses=clauses))
    sections = [
        Section("三", "三、", "重点任务", "key_task", key_tasks),
        Section("四", "四、", "保障措施", "safeguard", sg),
    ]
    merges.append((1, 6, len(rows) - 1, 6))
    blocks.append(
        (
            "grid",
            {
                "rows": rows,
                "header": 1,
                "widths": [1.1, 2.8, 8.8, 2.5, 2.5, 3.6, 1.8, 2.2],
                "size": 10.5,
                "merges": merges,
                "centre": {0, 1, 3, 4, 6, 7},
            },
        )
    )
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "fenlan-shanxi-city",
        "name": "汾岚市",
        "name_en": "Fenlan City (Shanxi)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 汾岚市推进“人工智能+”行动实施方案（2026—2027年） (汾岚市人民政府办公室, 汾政办发〔2026〕9号, 2026-03-16)
# — SYNTHETIC (synthetic_cj): WRITTEN by the collector (helper blindCJ, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_fenlan.py as a Word file (.docx).
# Zone fenlan-shanxi-city (山西 汾岚市, invented; a prefecture-level city with 县（市、区） under it) → city level; period 2026–2027.
# Outline: red head, 发文字号, notice (每月25日前: a reporting date, no target), "（此件公开发布）", page break, title, one
#   preamble sentence; 一、总体要求 (a guiding paragraph, no figure); 二、主要目标 = two paragraphs opening "到2026年底，…" and
#   "到2027年底，…" (→ two goals titled by their date phrase; 4 + 5 targets); 三、重点任务 = ONE paragraph pointing to the annex
#   ("确定重点任务6项、具体措施20项": a count of the document's own parts, no target; no task); 四、保障措施 （一）–（四）, bold-led
#   "（N）标题。正文" → safeguard tasks without roles. Then 附件 on landscape pages: 重点任务分解表, one table, columns 序号 | 重点
#   任务 | 具体措施 | 责任领导 | 牵头单位 | 配合单位 | 督办单位 | 完成时限.
# What a task is (CORRECTED after measurement 1 by helper rCJ, 2026-12-07, to the corpus's reading of this form — synthetic_m's
#   南宁, whose 序号 too counts the rows, synthetic_u's 绵阳, synthetic_j's 潍坊, synthetic_z's 渭滨 — and to the body's own count
#   "确定重点任务6项、具体措施20项"; the blind extraction had each row a task, each 重点任务 a section): the 重点任务 cell merged
#   vertically over its rows is ONE task (6), title = text = the cell, no numbering (the 序号 counts the rows), under 三、重点任务
#   which points to the annex (as 绵阳's and 潍坊's); each 具体措施 row is one of its CLAUSES, text = the cell, with the row's
#   roles. Measures numbered ①②③ in one cell are points of ONE clause (one row, one annotation). Task due = the latest of its
#   rows' 完成时限 (长期坚持 dates nothing).
# Roles: 牵头单位 → lead; 配合单位 → supporting. 责任领导 (市政府分管副市长 / 市政府常务副市长: posts, merged over the rows of four
#   groups) and 督办单位 (市政府督查室, merged over the whole table) → no agency, no role. "市直各有关部门" (row 4) generic → no
#   agency: that row has its lead alone. 各县（市、区）人民政府 one collective; 汾岚经开区管委会 the park's administration;
#   国网汾岚供电公司 a state enterprise; 市委网信办 / 市委组织部 party bodies.
# Due (of a row): 完成时限 2026年6月底前 → 2026-06-30; 2026年12月底前 → 2026-12-31; 2027年底 → 2027-12-31; 长期坚持 → none.
# Targets: each row holding figures is also a goal titled like its task (the 重点任务 cell), text = the 具体措施 cell; its figures
#   due at the row's 完成时限 year; a 长期坚持 row's figures at the plan's end (2027). 每年… → per-year flow. Restated, so no second
#   target: row 15's 打造“人工智能+”典型应用场景50个 (the 2026 goal, due 2026). Counting another thing: row 1's 新增智能算力300P
#   (new) beside 智能算力规模达到800P (total). 2万路 → 20000; 20万人次 → 200000. Not targets: 算力券 不超过合同金额20%、单个企业每年
#   最高30万元 (a subsidy rate and cap); 设立规模10亿元的…基金 (a fund being set up); 最高100万元奖励 (a reward); 每年…专项资金不少于
#   3000万元 (a budget, in a safeguard); "百企示范" (a programme's name); 二级以上公立医院 (a grade); 实现…全覆盖 (no figure); 序号,
#   dates, 每月25日前.
"""

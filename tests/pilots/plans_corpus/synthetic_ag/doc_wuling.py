# ruff: noqa: E501  (plan text as the offices write it)
"""武陵区推进“人工智能+”行动实施方案（2026—2028年） — INVENTED (synthetic_ag): a district's Word file
(python-docx). Goals: one paragraph and a 主要指标 table (2025年基数 | 2026年 | 2028年); tasks in groups
（一）–（四）, items 1．… restarting in each group, each followed by its own lines "牵头单位：…" and
"配合单位：…" (or a single "责任单位：…")."""

from model import Agency, Goal, Item, Section, Target

SLUG = "wuling-ai-plus-2026-synthetic"
TITLE = "武陵区推进“人工智能+”行动实施方案（2026—2028年）"
NOTICE_TITLE = f"常德市武陵区人民政府办公室关于印发《{TITLE}》的通知"
DOC_NUMBER = "武政办发〔2026〕3号"
ISSUED = "2026-04-08"

AGENCIES = [
    Agency("gxj", "常德市武陵区工业和信息化局", ["区工信局"], "industry_it"),
    Agency("fgj", "常德市武陵区发展和改革局", ["区发改局"], "development_reform"),
    Agency("kjj", "常德市武陵区科学技术局", ["区科技局"], "science_technology"),
    Agency("sjj", "常德市武陵区数据局", ["区数据局"], "big_data"),
    Agency("czj", "常德市武陵区财政局", ["区财政局"], "finance"),
    Agency("jyj", "常德市武陵区教育局", ["区教育局"], "education"),
    Agency("wjj", "常德市武陵区卫生健康局", ["区卫健局"], "health"),
    Agency("swj", "常德市武陵区商务局", ["区商务局"], "commerce"),
    Agency("rsj", "常德市武陵区人力资源和社会保障局", ["区人社局"], "human_resources"),
    Agency("mzj", "常德市武陵区民政局", ["区民政局"], "civil_affairs"),
    Agency("scj", "常德市武陵区市场监督管理局", ["区市场监管局"], "market_regulation"),
    Agency("wlj", "常德市武陵区文化旅游广电体育局", ["区文旅广体局"], "culture_tourism"),
    Agency("cgj", "常德市武陵区城市管理和综合执法局", ["区城管执法局"], "housing_construction"),
    Agency("zwzx", "常德市武陵区政务服务中心", ["区政务服务中心"], "government_services"),
    Agency("yjj", "常德市武陵区应急管理局", ["区应急管理局"], "emergency"),
    Agency("jd", "常德市武陵区各街道办事处", ["各街道办事处"], "local_government"),
]
PRINTED = {a.code: a.aliases[0] for a in AGENCIES}


MORE = {
    "建设城区算力服务节点": "鼓励企业通过租用方式获取算力资源，减少重复建设，提升算力资源利用效率。",
    "推进数据资源开发利用": "加强数据质量治理，建立数据共享责任清单，推动数据在商贸、医疗、社区治理等领域开发应用。",
    "加快企业智能化改造": "组织服务商开展“一对一”智能化诊断，对实施智能化改造的企业在项目申报、融资对接等方面给予支持。",
    "培育人工智能企业": "建立人工智能企业培育库，推动入库企业与本地应用场景精准对接。",
    "发展“人工智能+商贸”": "引导批发市场发展智能仓配和供应链数字化管理，提升商贸流通效率。",
    "发展“人工智能+文旅”": "推动文旅场所票务、停车、导览等服务智能化，提升游客体验。",
    "推进“人工智能+教育”": "开展教师人工智能应用能力培训，推动人工智能助教进课堂。",
    "推进“人工智能+健康”": "推动居民电子健康档案与智能健康管理服务衔接，方便群众获取个性化健康服务。",
    "推进“人工智能+养老”": "推动养老服务机构应用智能照护系统，提升养老服务质量和效率。",
    "推进“人工智能+就业”": "面向高校毕业生、退役军人等群体开展精准就业服务，促进人岗高效匹配。",
    "推进“人工智能+政务服务”": "推动政务服务知识库建设，提升智能客服答复准确率。",
    "推进“人工智能+城市管理”": "推动城市管理问题智能发现、自动派单、及时处置，形成管理闭环。",
    "开放应用场景": "对成效明显的场景项目进行宣传推广，形成示范效应。",
    "加强精准招商": "建立招商项目库，实行专班跟踪服务。",
    "推进“人工智能+基层治理”": "推动基层报表智能生成和数据共享，切实为基层减负。",
}


def item(n, title, rest, lead=(), supporting=(), responsible=(), targets=(), extra_support=""):
    """Own lines under the item: 牵头单位 / 配合单位, or 责任单位 alone."""
    rest = rest + MORE.get(title, "")
    if responsible:
        note = "责任单位：" + "、".join(PRINTED[c] for c in responsible)
    else:
        note = "牵头单位：" + "、".join(PRINTED[c] for c in lead)
        if supporting or extra_support:
            names = [PRINTED[c] for c in supporting] + ([extra_support] if extra_support else [])
            note += "\n配合单位：" + "、".join(names)
    return Item(
        f"{n}．",
        title,
        rest,
        note,
        list(lead),
        list(responsible),
        list(supporting),
        list(targets),
        own_line=True,
    )


NOTICE = [
    "各街道办事处，区直各单位：",
    f"《{TITLE}》已经区人民政府同意，现印发给你们，请结合实际认真贯彻落实。",
    "各牵头单位要会同配合单位制定年度工作计划，明确时间节点和工作措施，于每年6月底和12月底前将工作进展情况报区工信局汇总。",
]
SIGNATURE = ["常德市武陵区人民政府办公室", "2026年4月8日"]

PREAMBLE = [
    "近年来，武陵区积极推进数字经济发展，数字基础设施不断完善，千兆光网和5G网络实现城区全覆盖，智慧商圈、智慧社区等应用加快落地，为实施“人工智能+”行动奠定了较好基础。",
    "为抢抓人工智能发展机遇，深入实施“人工智能+”行动，推动人工智能赋能全区经济社会高质量发展，根据省、市关于推进“人工智能+”行动的工作部署，结合武陵区实际，制定本方案。",
]
GUIDING = "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大和二十届历次全会精神，全面落实省委、省政府和市委、市政府关于发展人工智能的部署要求，立足武陵区作为常德市中心城区的功能定位，以场景开放为牵引，以企业应用为重点，推动人工智能与商贸服务、先进制造、民生服务和城市治理深度融合，打造“人工智能+”中心城区样板。"

PRINCIPLES = "坚持需求导向，从企业和群众需求出发谋划应用场景；坚持政府引导，发挥政策和资金的撬动作用；坚持开放合作，积极引进外部优质资源；坚持安全可控，守住数据安全和算法安全底线。"
GOAL_TEXT = "到2028年，全区人工智能应用场景更加丰富，产业生态持续优化，智能化治理水平明显提升，“人工智能+”行动取得显著成效。主要指标如下："
TABLE_CAPTION = "武陵区“人工智能+”行动主要指标"
TABLE_HEADER = ["序号", "指标名称", "单位", "2025年基数", "2026年目标", "2028年目标"]
# (metric cell, unit, base, 2026, 2028, kind, aggregation)
TABLE_ROWS = [
    ("人工智能及相关企业数量", "家", "42", 60, 100, "ai_enterprises", "stock"),
    ("人工智能相关产业营业收入", "亿元", "12", 20, 40, "related_industry_scale", "stock"),
    ("“人工智能+”应用场景", "个", "15", 30, 60, "application_scenarios", "stock"),
    ("规上工业企业智能化改造覆盖率", "%", "35", 50, 70, None, "stock"),
    ("政务服务事项智能辅助办理比例", "%", "10", 40, 80, None, "stock"),
    ("人工智能领域从业人员", "人", "600", 1000, 2000, "talent", "stock"),
]


def table_targets():
    out = []
    for metric, unit, _base, v26, v28, kind, agg in TABLE_ROWS:
        for value, year in ((v26, 2026), (v28, 2028)):
            out.append(
                Target(metric, unit, "eq", value, metric, kind=kind, deadline=year, aggregation=agg)
            )
    return out


GOAL = Goal("工作目标", GOAL_TEXT, table_targets(), numbering="二、")

GROUPS = [
    (
        "（一）",
        "夯实智能发展基础",
        [
            item(
                1,
                "建设城区算力服务节点",
                "依托市级智算中心和电信运营商资源，在武陵区布局算力服务节点，搭建面向中小企业的算力调度服务平台，为企业提供普惠算力服务。",
                ["sjj"],
                ["fgj", "gxj"],
            ),
            item(
                2,
                "推进数据资源开发利用",
                "完善区级公共数据资源目录，推动政务数据按需共享，开展公共数据授权运营试点，到2028年开放公共数据集50个以上。",
                ["sjj"],
                ["zwzx"],
                extra_support="区直有关单位",
                targets=[
                    Target("开放公共数据集", "个", "gte", 50, "到2028年开放公共数据集50个以上")
                ],
            ),
            item(
                3,
                "完善智能感知设施",
                "推进5G网络、物联网感知设备在重点区域、重点场所部署，推动城市视频监控资源整合共享，为人工智能应用提供数据支撑。",
                ["sjj"],
                ["cgj", "jd"],
            ),
        ],
    ),
    (
        "（二）",
        "推动“人工智能+”产业升级",
        [
            item(
                1,
                "加快企业智能化改造",
                "聚焦烟草配套、生物医药、电子信息等产业，每年推动20家以上规上工业企业实施智能化改造，推广机器视觉质检、智能仓储和生产过程智能优化。",
                ["gxj"],
                ["fgj", "czj", "jd"],
                targets=[
                    Target(
                        "实施智能化改造的规上工业企业",
                        "家",
                        "gte",
                        20,
                        "每年推动20家以上规上工业企业实施智能化改造",
                        per_year=True,
                    )
                ],
            ),
            item(
                2,
                "培育人工智能企业",
                "支持本地软件和信息服务企业开发人工智能应用产品，引进一批人工智能应用服务企业，对新落户的人工智能企业在场地、人才等方面给予支持。",
                ["gxj", "kjj"],
                ["scj", "czj"],
            ),
            item(
                3,
                "发展“人工智能+商贸”",
                "推动步行街、商圈和大型商超开展智慧化改造，推广智能导购、无人零售和智能营销，支持电商企业应用数字人直播，打造智慧商圈3个。",
                ["swj"],
                ["gxj", "sjj"],
                targets=[Target("智慧商圈", "个", "eq", 3, "打造智慧商圈3个", deadline=2028)],
            ),
            item(
                4,
                "发展“人工智能+文旅”",
                "围绕常德河街、老西门等街区，推广智能导览、沉浸式体验和客流智能分析，开发一批文旅数字产品。",
                ["wlj"],
                ["swj"],
            ),
            item(
                5,
                "发展“人工智能+金融服务”",
                "支持区内金融机构应用智能风控、智能投顾和智能客服，推动“信易贷”等平台开展企业信用智能评估，提升普惠金融服务效率，缓解中小微企业融资难题。",
                ["fgj"],
                ["czj", "scj"],
            ),
            item(
                6,
                "发展“人工智能+物流”",
                "支持物流企业应用智能分拣、无人配送和路径智能规划，推动快递物流园区智能化改造，降低社会物流成本。",
                ["swj"],
                ["gxj"],
            ),
        ],
    ),
    (
        "（三）",
        "拓展“人工智能+”民生服务",
        [
            item(
                1,
                "推进“人工智能+教育”",
                "推进智慧校园建设，推广智能教学助手和学情分析系统，在全区中小学普及人工智能教育，建设人工智能教育实验室20个。",
                ["jyj"],
                ["sjj"],
                targets=[
                    Target("人工智能教育实验室", "个", "eq", 20, "建设人工智能教育实验室20个")
                ],
            ),
            item(
                2,
                "推进“人工智能+健康”",
                "推动区属医疗机构应用智能导诊、辅助诊断和智能随访，提升社区卫生服务中心慢病智能管理能力。",
                ["wjj"],
                ["sjj"],
            ),
            item(
                3,
                "推进“人工智能+养老”",
                "推广智能手环、跌倒监测等智能养老设备，建设社区智慧养老服务站，为独居老人提供智能监护服务。",
                ["mzj"],
                ["wjj", "jd"],
            ),
            item(
                4,
                "推进“人工智能+就业”",
                "建设智能就业服务平台，推广岗位智能匹配，开展人工智能技能培训，每年培训1000人次以上。",
                ["rsj"],
                ["jyj"],
                targets=[
                    Target(
                        "人工智能技能培训",
                        "人次",
                        "gte",
                        1000,
                        "每年培训1000人次以上",
                        per_year=True,
                        kind="talent",
                    )
                ],
            ),
            item(
                5,
                "推进“人工智能+社区服务”",
                "在社区推广智能问答、智能预约和便民服务一体机，为居民提供办事指引、政策咨询、生活缴费等一站式智能服务。",
                ["mzj"],
                ["sjj", "jd"],
            ),
        ],
    ),
    (
        "（四）",
        "提升“人工智能+”治理能力",
        [
            item(
                1,
                "推进“人工智能+政务服务”",
                "在区政务服务大厅推广智能导办、智能填表和材料智能预审，推动高频事项“AI+”辅助办理，实现企业群众办事“少跑腿”。",
                ["zwzx"],
                ["sjj"],
            ),
            item(
                2,
                "推进“人工智能+城市管理”",
                "推广视频智能识别在占道经营、渣土运输、违规停车等场景应用，提升城市精细化管理水平。",
                ["cgj"],
                ["jd"],
            ),
            item(
                3,
                "推进“人工智能+应急管理”",
                "推动消防、防汛、安全生产等领域视频和物联感知数据汇聚，应用人工智能开展风险隐患智能识别和预警，提升突发事件快速响应和处置能力。",
                ["yjj"],
                ["cgj", "jd"],
            ),
            item(
                4,
                "推进“人工智能+基层治理”",
                "推动网格化管理平台智能化升级，推广智能巡查和矛盾纠纷智能预警，提升社区治理和服务效能。",
                responsible=["jd"],
            ),
        ],
    ),
    (
        "（五）",
        "优化“人工智能+”发展生态",
        [
            item(
                1,
                "开放应用场景",
                "梳理全区政务服务、城市管理、商贸流通、民生服务等领域的应用需求，每年发布“人工智能+”应用场景清单，推出场景10个以上，支持企业揭榜攻关。",
                ["gxj"],
                ["sjj", "zwzx"],
                targets=[
                    Target(
                        "“人工智能+”应用场景清单推出场景",
                        "个",
                        "gte",
                        10,
                        "推出场景10个以上",
                        per_year=True,
                        kind="application_scenarios",
                    )
                ],
            ),
            item(
                2,
                "加强精准招商",
                "围绕人工智能应用服务、智能终端等领域开展产业链招商，引进人工智能相关项目15个以上，推动项目早落地、早投产。",
                ["swj"],
                ["gxj", "fgj"],
                targets=[
                    Target(
                        "人工智能相关项目",
                        "个",
                        "gte",
                        15,
                        "引进人工智能相关项目15个以上",
                        aggregation="flow",
                    )
                ],
            ),
            item(
                3,
                "深化产学研合作",
                "支持区内企业与湖南文理学院等高校开展合作，共建研发中心和实训基地，推动科技成果在区内转化应用。",
                ["kjj"],
                ["jyj", "rsj"],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立由区政府主要负责同志任组长的区推进“人工智能+”行动工作领导小组，领导小组办公室设在区工信局，统筹协调重大事项，定期调度工作进展。",
    ),
    (
        "（二）",
        "强化资金保障",
        "区财政每年安排人工智能发展专项资金不少于500万元，重点支持应用场景建设和企业智能化改造。积极争取中央、省、市各类专项资金支持，引导社会资本投向人工智能领域。",
    ),
    (
        "（三）",
        "加强人才引育",
        "落实市、区人才政策，建立人工智能人才需求目录，引进人工智能领域高层次人才和团队，支持企业与高校共建实训基地。对引进的急需紧缺人才，在住房保障、子女入学等方面给予优先支持。",
    ),
    (
        "（四）",
        "营造良好氛围",
        "加强政策宣传和典型案例推广，利用区融媒体中心等平台宣传“人工智能+”行动成效，组织开展人工智能应用展示、供需对接和专题培训活动，提高企业和群众对人工智能的认知和应用能力。",
    ),
    (
        "（五）",
        "抓好督促落实",
        "各牵头单位要制定具体工作措施，每季度末向领导小组办公室报送工作进展，确保各项任务按期完成。",
    ),
]


def sections():
    out = [
        Section(
            "三",
            "三、",
            "重点任务",
            "key_task",
            sections=[
                Section(n.strip("（）"), n, title, "key_task", tasks=[i.task() for i in items])
                for n, title, items in GROUPS
            ],
        )
    ]
    out.append(
        Section(
            "四",
            "四、",
            "保障措施",
            "safeguard",
            tasks=[Item(n, t, r).task() for n, t, r in SAFEGUARDS],
        )
    )
    return out


def goals():
    return [GOAL] + [i.goal() for _n, _t, items in GROUPS for i in items if i.goal()]


EXTRACTION = dict(
    zone={
        "slug": "wuling-district",
        "name": "武陵区",
        "name_en": "Wuling District",
        "level": "district",
        "parent": "changde-city",
    },
    plan={
        "code": SLUG,
        "title": TITLE,
        "title_en": "Wuling District “AI+” action implementation plan (2026–2028) — synthetic",
        "issuer": "常德市武陵区人民政府办公室",
        "doc_number": DOC_NUMBER,
        "issued_on": ISSUED,
        "period_start": 2026,
        "period_end": 2028,
        "milestone_years": [2026, 2028],
        "source_file": f"{SLUG}.docx",
    },
    agencies=AGENCIES,
    goals=goals(),
    sections=sections(),
    deadline=2028,
)

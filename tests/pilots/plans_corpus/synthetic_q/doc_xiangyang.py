# ruff: noqa: E501
"""襄阳市“人工智能+”行动方案（2026—2027年） — INVENTED (synthetic_q); delivered as the .txt a user gets by selecting all
in a PDF viewer showing the city's 政府公报 and pasting: a hard line break at every printed line end, the running head and
the page number "— N —" where the pages turned, the indicator table one cell a line."""

SLUG = "xiangyang-ai-plus-2026-synthetic"
HEAD = "襄阳市人民政府公报　2026年第4期"
FIRST_PAGE = 5
LINES_PER_PAGE = 24

R = "（责任单位："
AG = {
    "fgw": ("襄阳市发展和改革委员会", ["市发展改革委"], "development_reform"),
    "sjj": ("襄阳市数据局", ["市数据局"], "big_data"),
    "gxq": ("襄阳高新技术产业开发区管理委员会", ["襄阳高新区管委会"], "park_administration"),
    "gzw": ("襄阳市人民政府国有资产监督管理委员会", ["市政府国资委"], "state_enterprise"),
    "xq": ("各县（市、区）人民政府", ["各县（市、区）人民政府"], "local_government"),
    "kjj": ("襄阳市科学技术局", ["市科技局"], "science_technology"),
    "wlxy": ("湖北文理学院", ["湖北文理学院"], "education"),
    "jxj": ("襄阳市经济和信息化局", ["市经信局"], "industry_it"),
    "nyj": ("襄阳市农业农村局", ["市农业农村局"], "agriculture"),
    "swj": ("襄阳市商务局", ["市商务局"], "commerce"),
    "jtj": ("襄阳市交通运输局", ["市交通运输局"], "transport"),
    "wjw": ("襄阳市卫生健康委员会", ["市卫健委"], "health"),
    "jyj": ("襄阳市教育局", ["市教育局"], "education"),
    "wlj": ("襄阳市文化和旅游局", ["市文旅局"], "culture_tourism"),
    "scj": ("襄阳市市场监督管理局", ["市市场监管局"], "market_regulation"),
    "jrb": ("中共襄阳市委金融委员会办公室", ["市委金融办"], "financial_regulation"),
    "rsj": ("襄阳市人力资源和社会保障局", ["市人社局"], "human_resources"),
    "gaj": ("襄阳市公安局", ["市公安局"], "public_security"),
    "mzj": ("襄阳市民政局", ["市民政局"], "civil_affairs"),
}

NOTICE = [
    ("center", "襄阳市人民政府办公室关于印发襄阳市“人工智能+”行动方案（2026—2027年）的通知"),
    ("center", "襄政办发〔2026〕7号"),
    (
        "flush",
        "各县（市、区）人民政府，襄阳高新区、襄阳经开区、东津新区（襄阳临空经济区）管委会，市政府各部门：",
    ),
    (
        "para",
        "《襄阳市“人工智能+”行动方案（2026—2027年）》已经市人民政府同意，现印发给你们，请认真组织实施。",
    ),
    ("right", "襄阳市人民政府办公室"),
    ("right", "2026年3月20日"),
    ("flush", "（此件公开发布）"),
    ("center", "襄阳市“人工智能+”行动方案"),
    ("center", "（2026—2027年）"),
    (
        "para",
        "为深入贯彻落实国家和省关于深入实施“人工智能+”行动的决策部署，推动人工智能与全市经济社会各行业各领域广泛深度融合，加快建设汉江流域人工智能创新应用先行区，结合我市实际，制定本方案。",
    ),
    ("heading", "一、总体要求"),
    (
        "para",
        "坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，坚持应用牵引、场景驱动、企业主体、开放合作，以汽车、装备制造、现代农业等优势产业为主战场，推动人工智能技术创新、产业发展和场景应用一体推进，为建设汉江流域中心城市提供有力支撑。",
    ),
    (
        "para",
        "“十四五”以来，我市数字经济加快发展，2025年人工智能核心产业规模达到160亿元，建成智能算力1200PFLOPS，培育人工智能相关企业110家，汽车、装备制造等领域智能化改造取得积极进展，但也存在创新能力不强、应用场景开放不足、人才支撑偏弱等问题。",
    ),
    (
        "para",
        "坚持应用导向，以场景开放带动技术迭代和产业集聚；坚持企业主体，发挥龙头企业带动作用，支持中小企业融通发展；坚持开放合作，主动融入全省人工智能产业布局，加强与武汉等地协同；坚持安全可控，统筹发展和安全，推动人工智能健康有序发展。",
    ),
]

GOAL_TEXT = "到2027年，全市人工智能核心产业规模突破300亿元，人工智能相关企业达到200家以上，打造“人工智能+”典型应用场景100个以上，建成行业大模型10个左右，培育省级以上人工智能创新平台15个，人工智能成为推动全市高质量发展的重要引擎。主要指标如下表。"

G1 = [
    dict(
        metric="人工智能核心产业规模",
        unit="亿元",
        comparator="gt",
        value=300,
        deadline=2027,
        aggregation="stock",
        kind="ai_industry_scale",
        source_phrase="人工智能核心产业规模突破300亿元",
    ),
    dict(
        metric="人工智能相关企业",
        unit="家",
        comparator="gte",
        value=200,
        deadline=2027,
        aggregation="stock",
        kind="ai_enterprises",
        source_phrase="人工智能相关企业达到200家以上",
    ),
    dict(
        metric="“人工智能+”典型应用场景",
        unit="个",
        comparator="gte",
        value=100,
        deadline=2027,
        aggregation="stock",
        kind="application_scenarios",
        source_phrase="打造“人工智能+”典型应用场景100个以上",
    ),
    dict(
        metric="行业大模型",
        unit="个",
        comparator="approx",
        value=10,
        deadline=2027,
        aggregation="stock",
        source_phrase="建成行业大模型10个左右",
    ),
    dict(
        metric="省级以上人工智能创新平台",
        unit="个",
        comparator="eq",
        value=15,
        deadline=2027,
        aggregation="stock",
        kind="innovation_platforms",
        source_phrase="培育省级以上人工智能创新平台15个",
    ),
]

TABLE_CAPTION = "表1　襄阳市“人工智能+”行动主要指标"
TABLE_HEADER = ["序号", "指标名称", "单位", "2025年", "2027年", "指标属性"]
# (name as printed in its narrow column: the parts it wraps into), unit, base, target, attribute
TABLE_ROWS = [
    (["规模以上工业企业数字化研发设计工", "具普及率"], "%", "78.5", "88", "预期性"),
    (["重点行业关键工序数控化率"], "%", "63", "70", "预期性"),
    (["智能网联汽车开放测试道路里程"], "公里", "120", "500", "预期性"),
    (["中小学人工智能教育覆盖率"], "%", "55", "100", "约束性"),
    (["政务服务事项“智能办”比例"], "%", "30", "60", "预期性"),
]
TABLE_NOTE = "注：2025年数据为基期值。"


def table_targets():
    out = []
    for parts, unit, _base, target, _attr in TABLE_ROWS:
        name = "".join(parts)
        out.append(
            dict(
                metric=name,
                unit=unit,
                comparator="eq",
                value=float(target) if "." in target else int(target),
                deadline=2027,
                aggregation="stock",
                source_phrase="\n".join([name, unit, _base, target]),
            )
        )
    return out


def T(n, title, body, note, due=None, targets=None, **roles):
    t = dict(n=n, numbering=f"{n}.", title=title, body=body, note=note)
    t.update(roles)
    if targets:
        t["targets"] = targets
    return t


PARTS = [
    dict(
        code="三",
        numbering="三、",
        title="重点任务",
        kind="key_task",
        chapters=[
            dict(
                code="(一)",
                numbering="（一）",
                title="夯实智能基础底座",
                tasks=[
                    T(
                        1,
                        "建设智能算力设施",
                        "加快襄阳人工智能计算中心二期建设，推动存量数据中心智能化改造，构建通用算力、智能算力协同发展的算力体系，到2027年全市智能算力规模达到3000PFLOPS。建设全市算力调度服务平台，推动中国电信、中国移动等基础电信企业在襄布局智算资源，对中小企业使用公共算力给予支持，降低企业用算成本。推动算力设施与电力、网络协同规划，鼓励企业利用绿电建设智算设施，提升算力设施能效水平。",
                        R + "市发展改革委、市数据局，襄阳高新区管委会）",
                        responsible=["fgw", "sjj", "gxq"],
                        targets=[
                            dict(
                                metric="智能算力规模",
                                unit="PFLOPS",
                                comparator="eq",
                                value=3000,
                                deadline=2027,
                                aggregation="stock",
                                kind="computing_power",
                                source_phrase="到2027年全市智能算力规模达到3000PFLOPS",
                            )
                        ],
                    ),
                    T(
                        2,
                        "推进数据资源开发利用",
                        "完善公共数据资源目录，推动交通、医疗、农业等领域公共数据有序开放，每年新增开放高质量公共数据集100个以上。支持国有企业开展数据资源授权运营，培育数据标注、数据清洗等数据服务企业，建设汽车行业高质量数据集。建立数据资源开发利用项目库，组织开展数据要素应用场景征集，推动数据产品进场交易，探索数据资产入表。加快汉江流域数据资源汇聚，支持建设区域性数据标注基地，带动就业和数据服务业发展。",
                        "（牵头单位：市数据局；配合单位：市政府国资委、各县（市、区）人民政府）",
                        lead=["sjj"],
                        supporting=["gzw", "xq"],
                        targets=[
                            dict(
                                metric="开放高质量公共数据集",
                                unit="个",
                                comparator="gte",
                                value=100,
                                deadline=2027,
                                per_year=True,
                                aggregation="flow",
                                source_phrase="每年新增开放高质量公共数据集100个以上",
                            )
                        ],
                    ),
                    T(
                        3,
                        "加强关键技术攻关",
                        "围绕智能驾驶、工业视觉、智能传感等方向，实施市级科技重大专项，支持企业联合高校院所组建创新联合体，推动一批关键技术在本地转化应用。建立企业出题、院所答题的攻关机制，每年发布技术需求榜单，对揭榜攻关成功的项目按规定给予支持。",
                        "（市科技局牵头，湖北文理学院、襄阳高新区管委会配合）",
                        lead=["kjj"],
                        supporting=["wlxy", "gxq"],
                    ),
                    T(
                        0,
                        "建设行业大模型",
                        "支持龙头企业联合人工智能企业建设汽车、装备制造、农业等行业大模型，推动通用大模型在本地适配和行业精调，建立行业模型评测和推广机制，形成一批可复制推广的行业解决方案。鼓励企业将模型能力向产业链上下游开放，降低中小企业应用门槛。",
                        "（市经信局牵头，市科技局、市数据局配合）",
                        lead=["jxj"],
                        supporting=["kjj", "sjj"],
                    ),
                ],
            ),
            dict(
                code="(二)",
                numbering="（二）",
                title="推动产业智能化升级",
                tasks=[
                    T(
                        4,
                        "推进“人工智能+汽车”",
                        "发挥汽车产业基础优势，推动整车企业与人工智能企业合作开发智能座舱、辅助驾驶系统，建设智能网联汽车测试示范区，培育智能网联汽车零部件企业30家以上。支持商用车智能化改造和无人配送车辆在园区、港口示范运行。推动车路云一体化建设，在主城区重点路段部署智能路侧设备，拓展自动驾驶公交、智能泊车等应用。支持整车企业建设汽车行业大模型，推动研发设计、生产制造、售后服务全链条智能化。",
                        R + "市经信局、市科技局，襄阳高新区管委会）",
                        responsible=["jxj", "kjj", "gxq"],
                        targets=[
                            dict(
                                metric="智能网联汽车零部件企业",
                                unit="家",
                                comparator="gte",
                                value=30,
                                deadline=2027,
                                aggregation="stock",
                                source_phrase="培育智能网联汽车零部件企业30家以上",
                            )
                        ],
                    ),
                    T(
                        5,
                        "推进“人工智能+装备制造”",
                        "推动轴承、纺织、化工等行业企业应用机器视觉质检、设备预测性维护等技术，建设一批智能工厂和数字化车间，支持国有企业开放制造场景，带动产业链上下游企业协同转型。培育一批智能制造系统解决方案服务商，对企业实施智能化改造项目给予设备投资补助。",
                        "（市经信局牵头，市政府国资委配合）",
                        lead=["jxj"],
                        supporting=["gzw"],
                    ),
                    T(
                        6,
                        "推进“人工智能+现代农业”",
                        "推广农情监测、智能灌溉、病虫害识别等应用，建设粮食生产智慧农场，推动农业生产经营数据汇聚共享，支持农业龙头企业开发农业智能体。在枣阳、宜城等地建设数字农业示范基地，推广无人机植保、智能农机作业，提高农业生产效率。",
                        "（牵头单位：市农业农村局；配合单位：市科技局、市数据局）",
                        lead=["nyj"],
                        supporting=["kjj", "sjj"],
                    ),
                    T(
                        7,
                        "推进“人工智能+商贸物流”",
                        "支持商贸企业发展智能导购、直播电商等新模式，推动物流园区应用智能分拣、无人仓储，提升多式联运智能调度水平。支持小河港区建设智慧港口，推动港口、铁路、公路物流信息互联共享，降低社会物流成本。发展智能供应链服务，支持企业建设跨境电商智能服务平台，拓展农产品网络销售渠道。",
                        R + "市商务局、市交通运输局）",
                        responsible=["swj", "jtj"],
                    ),
                    T(
                        0,
                        "推进“人工智能+能源化工”",
                        "推动电网、燃气、化工企业应用智能巡检、负荷预测和安全生产智能监测，建设化工园区智慧安全管理平台，提升能源安全保障和安全生产水平。支持企业开展工艺参数智能优化，降低能耗和排放。",
                        R + "市发展改革委、市经信局，各县（市、区）人民政府）",
                        responsible=["fgw", "jxj", "xq"],
                    ),
                ],
            ),
            dict(
                code="(三)",
                numbering="（三）",
                title="拓展民生服务场景",
                tasks=[
                    T(
                        8,
                        "推进“人工智能+医疗健康”",
                        "推动医学影像辅助诊断、智能导诊在二级以上医院普及应用，建设全市医疗健康大数据平台，支持县域医共体应用人工智能辅助诊疗系统。推进电子病历、检查检验结果互认共享，发展智能随访、慢病管理等服务，提升基层医疗服务能力。",
                        "（市卫健委牵头，市数据局配合）",
                        lead=["wjw"],
                        supporting=["sjj"],
                    ),
                    T(
                        9,
                        "推进“人工智能+教育”",
                        "在中小学开设人工智能课程，建设人工智能教育实验室，开展教师人工智能素养培训，支持高校建设人工智能相关专业。推动人工智能技术在课堂教学、作业批改、学情分析等环节应用，探索个性化学习新模式。",
                        "（牵头单位：市教育局；配合单位：湖北文理学院）",
                        lead=["jyj"],
                        supporting=["wlxy"],
                    ),
                    T(
                        10,
                        "推进“人工智能+文旅”",
                        "围绕古隆中、襄阳古城等景区开发智能导览、沉浸式体验等产品，建设智慧文旅服务平台，提升游客服务智能化水平。支持文博单位利用人工智能开展文物数字化保护和展示，打造一批文旅数字消费新场景。推出智能文旅线路和数字藏品，提升“襄阳好风日”文旅品牌影响力。",
                        R + "市文旅局）",
                        responsible=["wlj"],
                    ),
                    T(
                        11,
                        "推进“人工智能+政务服务”",
                        "推动政务服务大模型在咨询、审批、监管等环节应用，实现高频事项智能预审、智能填报，推进基层治理事项一网统管。建设城市运行管理智能中枢，推动应急、城管、交通等领域事件智能发现、智能派单和闭环处置。探索人工智能辅助决策在经济运行监测、生态环境保护等领域的应用。",
                        R + "市数据局，各县（市、区）人民政府）",
                        responsible=["sjj", "xq"],
                    ),
                    T(
                        0,
                        "推进“人工智能+养老服务”",
                        "推广智能看护、健康监测、紧急呼叫等智能产品，建设社区智慧养老服务站，支持养老机构开展智能化改造，提升居家和社区养老服务水平。",
                        "（牵头单位：市民政局；配合单位：市卫健委）",
                        lead=["mzj"],
                        supporting=["wjw"],
                    ),
                ],
            ),
            dict(
                code="(四)",
                numbering="（四）",
                title="培育产业发展生态",
                tasks=[
                    T(
                        12,
                        "培育壮大市场主体",
                        "实施人工智能企业梯度培育计划，支持企业申报专精特新企业，引导金融机构开发科技信贷产品，对符合条件的人工智能企业给予融资担保支持。建立重点企业服务清单，实行一企一策精准服务，支持企业参加国内外重要展会和对接活动。",
                        "（市经信局牵头，市市场监管局、市委金融办配合）",
                        lead=["jxj"],
                        supporting=["scj", "jrb"],
                    ),
                    T(
                        13,
                        "加强人才引育",
                        "实施人工智能人才专项计划，支持企业与高校共建实训基地，每年培训人工智能应用人才3000人次以上，对引进的高层次人才按规定落实支持政策。举办人工智能创新创业大赛，发现和培育优秀创新团队，完善人才住房、子女入学等服务保障。",
                        "（牵头单位：市人社局；配合单位：市教育局、市科技局）",
                        lead=["rsj"],
                        supporting=["jyj", "kjj"],
                        targets=[
                            dict(
                                metric="培训人工智能应用人才",
                                unit="人次",
                                comparator="gte",
                                value=3000,
                                deadline=2027,
                                per_year=True,
                                aggregation="flow",
                                kind="talent",
                                source_phrase="每年培训人工智能应用人才3000人次以上",
                            )
                        ],
                    ),
                    T(
                        14,
                        "强化安全治理",
                        "落实生成式人工智能服务管理要求，加强算法备案、数据安全和个人信息保护监督检查，提升人工智能安全风险监测预警能力。加强对重点行业人工智能应用的风险评估，引导企业落实安全主体责任，防范技术滥用风险。",
                        R + "市公安局、市数据局、市市场监管局）",
                        responsible=["gaj", "sjj", "scj"],
                    ),
                    T(
                        0,
                        "推动开放合作",
                        "加强与武汉、长沙、西安等城市人工智能领域合作，支持企业参与国家和省级人工智能标准制定，引进一批人工智能研发机构和重大项目。积极承办全国性人工智能赛事和论坛，提升城市影响力。",
                        R + "市商务局、市科技局）",
                        responsible=["swj", "kjj"],
                    ),
                ],
            ),
        ],
    ),
    dict(
        code="四",
        numbering="四、",
        title="保障措施",
        kind="safeguard",
        tasks=[
            dict(
                n=1,
                numbering="（一）",
                title="加强组织领导",
                body="建立全市“人工智能+”行动工作专班，统筹推进重大事项，专班办公室设在市经信局，负责日常调度。各地各部门要明确责任分工，细化工作举措，确保各项任务落到实处。",
            ),
            dict(
                n=2,
                numbering="（二）",
                title="加大政策支持",
                body="统筹用好市级产业发展基金和科技创新专项资金，支持人工智能重大项目、公共服务平台和应用场景建设，引导社会资本加大投入。",
            ),
            dict(
                n=3,
                numbering="（三）",
                title="强化监测评估",
                body="建立人工智能发展监测指标体系，定期开展评估，及时总结推广典型经验和做法，营造全社会关注支持人工智能发展的良好氛围。",
            ),
            dict(
                n=4,
                numbering="（四）",
                title="优化发展环境",
                body="深化“高效办成一件事”改革，为人工智能企业落户、项目审批提供全流程服务。加强知识产权保护，依法打击侵权行为，营造公平竞争的市场环境。",
            ),
            dict(
                n=5,
                numbering="（五）",
                title="加强宣传推广",
                body="通过政府网站、新闻媒体等多种渠道宣传政策措施和典型案例，举办人工智能产业发展大会、场景发布会等活动，提升襄阳人工智能产业影响力。",
            ),
        ],
    ),
]


def blocks():
    """The document as printed blocks: (kind, text) paragraphs and the table."""
    out = list(NOTICE)
    out.append(("heading", "二、主要目标"))
    out.append(("para", GOAL_TEXT))
    out.append(("table", None))
    out.append(("flush", TABLE_NOTE))
    for part in PARTS:
        out.append(("heading", part["numbering"] + part["title"]))
        for ch in part.get("chapters", []):
            out.append(("heading", ch["numbering"] + ch["title"]))
            out.extend(
                ("para", t["numbering"] + t["title"] + "。" + t["body"] + t["note"])
                for t in ch["tasks"]
            )
        out.extend(
            ("para", t["numbering"] + t["title"] + "。" + t["body"]) for t in part.get("tasks", [])
        )
    return out


def _renumber():
    n = 0
    for part in PARTS:
        for ch in part.get("chapters", []):
            for t in ch["tasks"]:
                n += 1
                t["n"], t["numbering"] = n, f"{n}."


_renumber()

# ruff: noqa: E501  (plan text as the office writes it)
"""蘅川市推进“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_cv). A Word file (.docx): red head, 发文字号,
notice; the plan's 一、总体要求, 二、主要目标 (two dated paragraphs), 三、重点任务 of four groups （一）–（四） each with a line
"责任领导：姓名（副市长）" under its heading and items 1. 2. … restarting per group closing on "（主办单位：市X；协办单位：市Y、
市Z）" — some with "；完成时限：…", one "（承办单位：X；协办单位：Y）", one "（第一责任单位：X；责任单位：Y、Z）" —; 四、保障措施
（一）–（四）, two annotated; a 联系人 / 联系电话 line, 抄送, 印发."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "hengchuan-hubei-ai-plus-implementation-2026-synthetic"
KIND = "docx"

# printed form → (code, full name, category)
A = {
    "市发改委": ("fgw", "蘅川市发展和改革委员会", "development_reform"),
    "市经信局": ("jxj", "蘅川市经济和信息化局", "industry_it"),
    "市科技局": ("kjj", "蘅川市科学技术局", "science_technology"),
    "市数据局": ("sjj", "蘅川市数据局", "big_data"),
    "市财政局": ("czj", "蘅川市财政局", "finance"),
    "市教育局": ("jyj", "蘅川市教育局", "education"),
    "市卫健委": ("wjw", "蘅川市卫生健康委员会", "health"),
    "市医保局": ("ybj", "蘅川市医疗保障局", "health"),
    "市人社局": ("rsj", "蘅川市人力资源和社会保障局", "human_resources"),
    "市文旅局": ("wlj", "蘅川市文化和旅游局", "culture_tourism"),
    "市交通运输局": ("jtj", "蘅川市交通运输局", "transport"),
    "市公安局": ("gaj", "蘅川市公安局", "public_security"),
    "市城管执法委": ("cgw", "蘅川市城市管理执法委员会", "housing_construction"),
    "市住建局": ("zjj", "蘅川市住房和城乡建设局", "housing_construction"),
    "市商务局": ("swj", "蘅川市商务局", "commerce"),
    "市市场监管局": ("scj", "蘅川市市场监督管理局", "market_regulation"),
    "市委网信办": ("wxb", "中共蘅川市委网络安全和信息化委员会办公室", "publicity"),
    "市委组织部": ("zzb", "中共蘅川市委组织部", "party_organisation"),
    "蘅川高新区管委会": ("gxq", "蘅川高新技术产业开发区管理委员会", "park_administration"),
    "各县（市、区）人民政府": ("gx", "蘅川市各县（市、区）人民政府", "local_government"),
}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]
C = {p: v[0] for p, v in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "蘅川市推进“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "蘅政办发〔2026〕8号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Hengchuan City (Hubei) implementation plan for the “AI+” action 2026–2027 — synthetic",
    "issuer": "蘅川市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-10",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.docx",
}

NOTICE = f"《{TITLE}》已经市人民政府同意，现印发给你们，请认真组织实施。各主办单位要会同协办单位制定工作推进清单，每季度末将进展情况报市发改委。"
GUIDE = "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实国家和省关于深入实施“人工智能+”行动的部署，立足我市汽车零部件、光电子信息、生物医药等产业基础，坚持应用牵引、数据赋能、生态培育、安全可控，推动人工智能与经济社会各领域深度融合，为加快建设鄂西北区域性先进制造业中心提供有力支撑。"
BASIS = "2025年，全市人工智能核心产业规模达到86亿元，智能算力规模达到420P，人工智能相关企业172家，建成省级智能工厂9家。"
G1_TEXT = "到2026年底，全市人工智能核心产业规模达到120亿元，智能算力规模突破800P，人工智能相关企业达到260家，打造“人工智能+”应用场景80个以上。"
G1 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        120,
        "全市人工智能核心产业规模达到120亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    T(
        "智能算力规模",
        "P",
        "gt",
        800,
        "智能算力规模突破800P",
        kind="computing_power",
        deadline=2026,
    ),
    T(
        "人工智能相关企业",
        "家",
        "eq",
        260,
        "人工智能相关企业达到260家",
        kind="ai_enterprises",
        deadline=2026,
    ),
    T(
        "“人工智能+”应用场景",
        "个",
        "gte",
        80,
        "打造“人工智能+”应用场景80个以上",
        kind="application_scenarios",
        deadline=2026,
    ),
]
G2_TEXT = "到2027年，全市人工智能核心产业规模达到200亿元，年均增长30%左右；智能算力规模达到1500P；人工智能相关企业超过400家，培育省级以上专精特新“小巨人”人工智能企业15家；建成行业高质量数据集50个；规模以上工业企业数字化转型覆盖率达到85%，人工智能成为全市经济高质量发展的重要引擎。"
G2 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        200,
        "全市人工智能核心产业规模达到200亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能核心产业规模年均增速", "%", "approx", 30, "年均增长30%左右"),
    T("智能算力规模", "P", "eq", 1500, "智能算力规模达到1500P", kind="computing_power"),
    T("人工智能相关企业", "家", "gt", 400, "人工智能相关企业超过400家", kind="ai_enterprises"),
    T(
        "省级以上专精特新“小巨人”人工智能企业",
        "家",
        "eq",
        15,
        "培育省级以上专精特新“小巨人”人工智能企业15家",
        kind="ai_enterprises",
    ),
    T("行业高质量数据集", "个", "eq", 50, "建成行业高质量数据集50个"),
    T("规模以上工业企业数字化转型覆盖率", "%", "eq", 85, "规模以上工业企业数字化转型覆盖率达到85%"),
]


def ann(lead=(), sup=(), resp=(), due=None, form="主办", due_label="完成时限"):
    """The printed annotation and its roles."""
    if form == "主办":
        parts = [f"主办单位：{'、'.join(lead)}"]
        if sup:
            parts.append(f"协办单位：{'、'.join(sup)}")
    elif form == "承办":
        parts = [f"承办单位：{'、'.join(resp)}", f"协办单位：{'、'.join(sup)}"]
    else:  # 第一责任单位
        parts = [f"第一责任单位：{'、'.join(lead)}", f"责任单位：{'、'.join(resp)}"]
    if due:
        parts.append(f"{due_label}：{due}")
    return "（" + "；".join(parts) + "）"


# groups: (numeral, heading, 责任领导 line, items)
# item: (title, body, annotation kwargs, due (ISO) or None, targets)
GROUPS = [
    (
        "（一）",
        "夯实算力和数据基础",
        "责任领导：周明远（副市长）",
        [
            (
                "建设城市智算中心",
                "依托蘅川高新区数据产业园，建成城市智算中心一期，新增智能算力500P，接入全省算力调度平台，面向中小企业、科研机构提供普惠算力服务。实施“算力券”政策，对中小企业使用智能算力服务给予不超过服务费用30%的补贴，单个企业每年最高30万元。",
                dict(lead=["市发改委"], sup=["市数据局", "蘅川高新区管委会"], due="2026年12月底前"),
                "2026-12-31",
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        500,
                        "新增智能算力500P",
                        kind="computing_power",
                        aggregation="flow",
                        deadline=2026,
                    )
                ],
            ),
            (
                "推进公共数据授权运营",
                "建立公共数据授权运营管理制度，在交通出行、医疗健康、企业信用等领域开展授权运营试点，上线公共数据产品30个，推动公共数据资源向经营主体有序开放。完善数据共享供需对接机制，提升数据质量和可用性。",
                dict(lead=["市数据局"], sup=["市财政局", "市市场监管局"]),
                None,
                [T("上线公共数据产品", "个", "eq", 30, "上线公共数据产品30个")],
            ),
            (
                "建设行业高质量数据集",
                "围绕汽车零部件、光电子信息、生物医药等重点产业，组织龙头企业联合高校院所建设行业高质量数据集，到2027年建成行业高质量数据集50个，培育数据标注基地2个，支持企业开展数据采集、清洗、标注和合成服务。",
                dict(lead=["市数据局", "市经信局"], sup=["市科技局"]),
                None,
                [
                    T("数据标注基地", "个", "eq", 2, "培育数据标注基地2个")
                ],  # 50个: the goals' figure again
            ),
        ],
    ),
    (
        "（二）",
        "推动制造业智能化升级",
        "责任领导：李卫东（副市长）",
        [
            (
                "实施智能化改造",
                "深入推进规模以上工业企业智能化改造数字化转型，每年实施智能化改造项目200个以上，推广“诊断+改造+评估”服务模式，分行业打造可复制推广的改造样板。对智能化改造项目按设备投资额的10%给予补助，最高不超过200万元。",
                dict(lead=["市经信局"], sup=["市财政局", "各县（市、区）人民政府"]),
                None,
                [
                    T(
                        "实施智能化改造项目",
                        "个",
                        "gte",
                        200,
                        "每年实施智能化改造项目200个以上",
                        per_year=True,
                    )
                ],
            ),
            (
                "培育智能工厂和数字化车间",
                "实施智能工厂梯度培育行动，遴选一批基础条件好的企业开展对标提升，到2027年，建成省级智能工厂20家、数字化车间100个，带动产业链上下游企业协同改造。",
                dict(lead=["市经信局"]),
                None,
                [
                    T("省级智能工厂", "家", "eq", 20, "建成省级智能工厂20家"),
                    T("数字化车间", "个", "eq", 100, "数字化车间100个"),
                ],
            ),
            (
                "发展智能网联汽车产业",
                "支持整车及零部件企业开展智能驾驶、车路协同技术研发和测试验证，开放智能网联汽车测试道路100公里，建设车联网先导应用示范区，推动智能网联汽车零部件产业集聚发展。",
                dict(resp=["蘅川高新区管委会"], sup=["市交通运输局", "市公安局"], form="承办"),
                None,
                [T("智能网联汽车测试道路", "公里", "eq", 100, "开放智能网联汽车测试道路100公里")],
            ),
        ],
    ),
    (
        "（三）",
        "拓展“人工智能+”应用场景",
        "责任领导：张慧琳（副市长）",
        [
            (
                "推进“人工智能+政务服务”",
                "建设全市统一的政务大模型应用平台，上线政务服务智能客服和智能审批助手，政务服务智能客服问题解决率达到90%以上，推出“高效办成一件事”智能办事项40项。",
                dict(lead=["市数据局"], sup=["市直各有关部门"], due="2026年9月底前"),
                "2026-09-30",
                [
                    T(
                        "政务服务智能客服问题解决率",
                        "%",
                        "gte",
                        90,
                        "政务服务智能客服问题解决率达到90%以上",
                        deadline=2026,
                    ),
                    T(
                        "“高效办成一件事”智能办事项",
                        "项",
                        "eq",
                        40,
                        "推出“高效办成一件事”智能办事项40项",
                        deadline=2026,
                    ),
                ],
            ),
            (
                "推进“人工智能+医疗健康”",
                "推动智能辅助诊断、智能影像识别、智能病历质控等应用在医疗机构落地，二级以上公立医院智能辅助诊断覆盖率达到80%，推进医保基金智能监管，建设全市互联网医院服务平台。",
                dict(lead=["市卫健委"], sup=["市医保局", "市数据局"]),
                None,
                [
                    T(
                        "二级以上公立医院智能辅助诊断覆盖率",
                        "%",
                        "eq",
                        80,
                        "二级以上公立医院智能辅助诊断覆盖率达到80%",
                    )
                ],
            ),
            (
                "推进“人工智能+教育”",
                "建设人工智能教育基地学校30所，在中小学开设人工智能通识课程，开展教师人工智能素养提升培训3000人次，推广智能学情分析和作业批改应用。",
                dict(lead=["市教育局"], sup=["市科技局"]),
                None,
                [
                    T("人工智能教育基地学校", "所", "eq", 30, "建设人工智能教育基地学校30所"),
                    T(
                        "教师人工智能素养提升培训",
                        "人次",
                        "eq",
                        3000,
                        "开展教师人工智能素养提升培训3000人次",
                        kind="talent",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "推进“人工智能+文旅”",
                "推出“游蘅川”智能导览服务，推动A级景区开展智能票务、客流监测和沉浸式体验应用，打造智慧景区10个，培育数字文旅消费新场景。",
                dict(
                    lead=["市文旅局"], resp=["市商务局", "各县（市、区）人民政府"], form="第一责任"
                ),
                None,
                [T("智慧景区", "个", "eq", 10, "打造智慧景区10个")],
            ),
            (
                "推进“人工智能+城市治理”",
                "建设城市运行管理智能中枢，接入视频监控和物联感知设备2万路，推动占道经营、违规停车、垃圾堆放等问题智能识别、自动派单、闭环处置。",
                dict(lead=["市城管执法委"], sup=["市住建局", "市数据局"]),
                None,
                [
                    T(
                        "接入视频监控和物联感知设备",
                        "路",
                        "eq",
                        20000,
                        "接入视频监控和物联感知设备2万路",
                    )
                ],
            ),
        ],
    ),
    (
        "（四）",
        "壮大人工智能产业生态",
        "责任领导：周明远（副市长）",
        [
            (
                "招引培育人工智能企业",
                "编制人工智能产业招商图谱，开展精准招商和以商招商，每年引进人工智能企业30家，建立人工智能企业梯度培育库，支持企业申报专精特新“小巨人”企业。",
                dict(lead=["市商务局", "蘅川高新区管委会"], sup=["市发改委"]),
                None,
                [
                    T(
                        "引进人工智能企业",
                        "家",
                        "eq",
                        30,
                        "每年引进人工智能企业30家",
                        kind="ai_enterprises",
                        per_year=True,
                    )
                ],
            ),
            (
                "建设创新平台",
                "支持高校、科研院所和龙头企业共建人工智能新型研发机构和重点实验室，新建省级以上人工智能创新平台5个，开展关键技术攻关和成果转化。",
                dict(
                    lead=["市科技局"], sup=["市经信局"], due="2027年6月底前", due_label="时间节点"
                ),
                "2027-06-30",
                [
                    T(
                        "新建省级以上人工智能创新平台",
                        "个",
                        "eq",
                        5,
                        "新建省级以上人工智能创新平台5个",
                        kind="innovation_platforms",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "集聚人工智能人才",
                "实施“蘅川英才”计划，引进人工智能领域高层次人才团队10个，开展数字技能人才培训2万人次，支持本地高校和职业院校设置人工智能相关专业。",
                dict(lead=["市委组织部", "市人社局"], sup=["市教育局"]),
                None,
                [
                    T(
                        "引进人工智能领域高层次人才团队",
                        "个",
                        "eq",
                        10,
                        "引进人工智能领域高层次人才团队10个",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T(
                        "数字技能人才培训",
                        "人次",
                        "eq",
                        20000,
                        "开展数字技能人才培训2万人次",
                        kind="talent",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
]

# a closing sentence of each item's body (no figure, no body named)
MORE = {
    "建设城市智算中心": "推动算力设施绿色低碳发展，新建算力设施优先使用绿色电力。",
    "推进公共数据授权运营": "探索建立数据产品定价和收益分配机制，规范授权运营行为。",
    "建设行业高质量数据集": "探索数据集登记、评估和流通交易机制，促进数据集共享复用。",
    "实施智能化改造": "组织服务商与企业开展“一对一”对接，推动改造一个、见效一个。",
    "培育智能工厂和数字化车间": "组织开展现场观摩和典型案例推广，发挥标杆企业示范带动作用。",
    "发展智能网联汽车产业": "支持零部件企业进入智能网联汽车供应链体系，提升本地配套水平。",
    "推进“人工智能+政务服务”": "健全政务知识库动态更新机制，持续提升智能问答准确率。",
    "推进“人工智能+医疗健康”": "推动检查检验结果智能比对和互认共享，减少群众重复检查负担。",
    "推进“人工智能+教育”": "探索运用人工智能开展教育质量监测和综合素质评价。",
    "推进“人工智能+文旅”": "加强文旅数据资源整合，提升游客服务和行业监管的智能化水平。",
    "推进“人工智能+城市治理”": "完善问题发现、处置、评价闭环机制，提升城市精细化管理水平。",
    "招引培育人工智能企业": "落实“一企一策”服务，帮助企业解决发展中的困难和问题。",
    "建设创新平台": "鼓励创新平台向中小企业开放科研设施和技术服务。",
    "集聚人工智能人才": "完善人才住房、子女入学、医疗保障等服务，营造拴心留人的良好环境。",
}

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "成立由市政府主要负责同志任组长的市推进“人工智能+”行动领导小组，领导小组办公室设在市发改委，负责统筹协调和日常工作。各项重点任务实行“责任领导+主办单位”推进机制，责任领导定期调度，主办单位牵头抓落实，协办单位积极配合。",
        None,
    ),
    (
        "（二）",
        "强化政策支持",
        "统筹用好各级财政资金，市级财政每年安排人工智能产业发展专项资金，支持算力设施、场景开放、人才引进等。设立人工智能产业投资基金，规模不低于10亿元。",
        dict(lead=["市财政局"], sup=["市发改委", "市经信局"]),
    ),
    (
        "（三）",
        "强化安全保障",
        "落实网络安全和数据安全责任制，开展生成式人工智能服务备案和安全评估，加强个人信息保护和人工智能伦理治理，防范化解人工智能应用风险。",
        dict(lead=["市委网信办"], sup=["市数据局"]),
    ),
    (
        "（四）",
        "加强督促考核",
        "将“人工智能+”行动推进情况纳入市直部门和各县（市、区）年度目标考核，市政府督查室对重点任务实行清单化督办，每半年通报一次进展情况。",
        None,
    ),
]

CONTACT = "联系人：市发改委高技术产业科　刘晓峰；联系电话：0710-3216688。"
CC = "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市中级法院，市检察院，蘅川军分区。"
PRINTED = "蘅川市人民政府办公室　　　　　　　　2026年3月10日印发"


def _codes(names):
    return [C[n] for n in names if n in C]


def _build():
    blocks = [
        ("head", "蘅川市人民政府办公室文件"),
        ("docno", DOC_NUMBER),
        ("title", f"市人民政府办公室关于印发{TITLE}的通知"),
        ("addressee", "各县、市、区人民政府，蘅川高新区管委会，市政府各部门："),
        ("body", NOTICE),
        ("sign", "蘅川市人民政府办公室"),
        ("date", "2026年3月10日"),
        ("body", "（此件公开发布）"),
        ("pagebreak", ""),
        ("title", TITLE),
        (
            "body",
            "为深入实施“人工智能+”行动，加快推动人工智能赋能千行百业，结合我市实际，制定本方案。",
        ),
        ("h1", "一、总体要求"),
        ("body", GUIDE),
        ("h1", "二、主要目标"),
        ("body", BASIS + "在此基础上，力争实现以下目标。"),
        ("body", G1_TEXT),
        ("body", G2_TEXT),
        ("h1", "三、重点任务"),
    ]
    for t in G1:
        assert t.phrase in G1_TEXT, t.phrase
    for t in G2:
        assert t.phrase in G2_TEXT, t.phrase
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2027年", G2_TEXT, G2)]
    groups = []
    for gno, gtitle, leader, items in GROUPS:
        blocks.append(("h2", f"{gno}{gtitle}"))
        blocks.append(("plain", leader))
        tasks = []
        for i, (title, body, kw, due, targets) in enumerate(items, 1):
            no = f"{i}."
            body = body + MORE[title]
            annotation = ann(**kw)
            blocks.append(("item", (f"{no}{title}。", body + annotation)))
            tasks.append(
                Task(
                    no,
                    title,
                    f"{title}。{body}{annotation}",
                    lead=_codes(kw.get("lead", [])),
                    supporting=_codes(kw.get("sup", [])),
                    responsible=_codes(kw.get("resp", [])),
                    due=due,
                )
            )
            for t in targets:
                assert t.phrase in body, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        groups.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    blocks.append(("h1", "四、保障措施"))
    sg = []
    for no, title, body, kw in SAFEGUARDS:
        annotation = ann(**kw) if kw else ""
        blocks.append(("item", (f"{no}{title}。", body + annotation)))
        kw = kw or {}
        sg.append(
            Task(
                no,
                title,
                f"{title}。{body}{annotation}",
                lead=_codes(kw.get("lead", [])),
                supporting=_codes(kw.get("sup", [])),
            )
        )
    blocks += [
        ("plain", CONTACT),
        ("rule", ""),
        ("addressee", CC),
        ("addressee", PRINTED),
    ]
    sections = [
        Section("三", "三、", "重点任务", "key_task", sections=groups),
        Section("四", "四、", "保障措施", "safeguard", sg),
    ]
    return blocks, goals, sections


BLOCKS, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "hengchuan-hubei-city",
        "name": "蘅川市",
        "name_en": "Hengchuan City (Hubei)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 蘅川市推进“人工智能+”行动实施方案（2026—2027年） (蘅川市人民政府办公室, 蘅政办发〔2026〕8号, 2026-03-10)
# — SYNTHETIC (synthetic_cv): WRITTEN by helper blindCV (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_hengchuan.py as a Word file (.docx).
# Zone hengchuan-hubei-city (湖北, an invented prefecture-level city) → city level; period 2026–2027, milestones 2026 and 2027.
# Outline: red head, 发文字号, notice ("各主办单位要会同协办单位…": no role), "（此件公开发布）", page break, title, a lead sentence;
#   一、总体要求 (no task); 二、主要目标 = a paragraph of 2025 baselines (86亿元, 420P, 172家, 9家: no targets) and two dated paragraphs →
#   goals "到2026年底" (4 targets) and "到2027年" (7; "年均增长30%左右" beside the level is its own target). 三、重点任务 = groups
#   （一）–（四） (key_task sub-sections), each heading followed by a line "责任领导：姓名（副市长）" (a person: no agency, no role, no
#   task), items 1. … restarting per group, "N.标题。正文（annotation）": title the words before 。, text title + body + annotation.
#   四、保障措施 （一）–（四） → safeguard tasks, （二） and （三） annotated. A 联系人 / 联系电话 line (no agency, no role), 抄送, 印发.
# Roles (SYNTHETIC_CV.md, "Conventions this set adds"): 主办单位 → lead (two names → two leads); 协办单位 → supporting; 承办单位 →
#   responsible (三（二）3., with 协办单位 supporting); "（第一责任单位：X；责任单位：Y、Z）" → X lead, Y Z responsible (三（三）4.).
#   "市直各有关部门" under 协办单位 is generic: no agency (三（三）1. keeps its lead alone). 各县（市、区）人民政府 one collective.
#   The 责任领导 lines, the 联系人 line, "领导小组办公室设在市发改委", "市政府督查室…督办" assign nothing.
# due: an annotation's 完成时限 (2026年12月底前 → 2026-12-31, 2026年9月底前 → 2026-09-30) or 时间节点 (三（四）2.: 2027年6月底前 →
#   2027-06-30, read as a 完成时限), which also dates the item's figures;
#   the other items' figures fall due at the plan's end (2027). Every item holding figures is also a goal titled like it (text =
#   title + body, no annotation). Restated: 三（一）3.'s 建成行业高质量数据集50个 (the goals' 2027 figure) → no second target.
#   新增智能算力500P (a task, 2026) is not the goals' 规模 800P / 1500P. 每年…200个以上 / 每年引进…30家 → per-year flow. 2万路 /
#   2万人次 → 20000. Not targets: 算力券 30% / 30万元, the 10% / 200万元 补助, the fund's size (规模不低于10亿元), 每半年.
"""

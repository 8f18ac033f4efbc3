# ruff: noqa: E501  (plan text as the offices write it)
"""江阴市加快“人工智能+”产业创新发展的若干政策措施 (INVENTED, synthetic_ao): a county-level city's
若干政策措施 as a Word file — a 力争到2028年 goal paragraph, then articles 第一条–第十二条 numbered on
across parts 一、–四、, each closing on "（牵头单位：X；责任单位：Y）", money figures (万元, 亿元) beside
每年 / 累计 / 新增 commitments, unnumbered closing paragraphs."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "jiangyin-ai-plus-measures-2026-synthetic"
KIND = "docx"

AGENCIES = [
    Agency("kjj", "江阴市科学技术局", ["市科技局"], "science_technology"),
    Agency("czj", "江阴市财政局", ["市财政局"], "finance"),
    Agency("fgw", "江阴市发展和改革委员会", ["市发改委"], "development_reform"),
    Agency("gxq", "江阴高新技术产业开发区管理委员会", ["江阴高新区管委会"], "park_administration"),
    Agency("sjj", "江阴市数据局", ["市数据局", "数据局"], "big_data"),
    Agency("gxj", "江阴市工业和信息化局", ["市工信局"], "industry_it"),
    Agency("swj", "江阴市商务局", ["市商务局"], "commerce"),
    Agency("zj", "江阴市各镇人民政府（街道办事处）", ["各镇（街道）"], "local_government"),
    Agency("jyj", "江阴市教育局", ["市教育局"], "education"),
    Agency("wjw", "江阴市卫生健康委员会", ["市卫健委"], "health"),
    Agency("zzb", "中共江阴市委组织部", ["市委组织部（市委人才办）"], "party_organisation"),
    Agency("rsj", "江阴市人力资源和社会保障局", ["市人社局"], "human_resources"),
    Agency("spj", "江阴市行政审批局", ["市行政审批局"], "government_services"),
    Agency("scj", "江阴市市场监督管理局", ["市市场监管局"], "market_regulation"),
    Agency("zrj", "江阴市自然资源和规划局", ["市自然资源和规划局"], "natural_resources"),
    Agency("gaj", "江阴市公安局", ["市公安局"], "public_security"),
    Agency("jtj", "江阴市交通运输局", ["市交通运输局"], "transport"),
]

ZONE = {"slug": "jiangyin-city", "name": "江阴市", "name_en": "Jiangyin", "level": "city"}
PLAN = {
    "code": SLUG,
    "title": "江阴市加快“人工智能+”产业创新发展的若干政策措施",
    "title_en": "Jiangyin policy measures to speed up “AI+” industrial innovation — synthetic",
    "issuer": "江阴市人民政府",
    "doc_number": "澄政发〔2026〕11号",
    "issued_on": "2026-03-26",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2028],
    "source_file": f"{SLUG}.docx",
}

# (kind, runs): kind in docno, title, addressee, body, h1, article, sign, date
BLOCKS: list[tuple[str, object]] = []
GOALS: list[Goal] = []


def block(kind, text):
    BLOCKS.append((kind, text))


def article(numbering, title, body, annotation, goal_targets=None, **roles):
    text = f"{title}。{body}{annotation}"
    block("article", [(numbering + "　", True), (f"{title}。", True), (body + annotation, False)])
    if goal_targets:
        GOALS.append(
            Goal(title=title, text=f"{title}。{body}", targets=goal_targets, numbering=numbering)
        )
    return Task(numbering=numbering, title=title, text=text, **roles)


block("docno", "澄政发〔2026〕11号")
block("title", "江阴市人民政府关于印发江阴市加快“人工智能+”产业创新发展的若干政策措施的通知")
block("addressee", "各镇人民政府，各街道办事处，市各委办局，市各直属单位：")
block(
    "body",
    "现将《江阴市加快“人工智能+”产业创新发展的若干政策措施》印发给你们，请结合实际，认真贯彻执行。各镇（街道）、各部门要加强协同配合，细化工作举措，确保政策措施落地见效，为我市打造具有国际竞争力的现代产业高地提供有力支撑。",
)
block("sign", "江阴市人民政府")
block("date", "2026年3月26日")
block("body", "（此件公开发布）")
block("title", "江阴市加快“人工智能+”产业创新发展的若干政策措施")
block(
    "body",
    "为深入实施“人工智能+”行动，推动人工智能与先进制造业深度融合，加快建设具有江阴特色的人工智能产业创新集群，结合我市实际，制定以下政策措施。",
)
block(
    "body",
    "近年来，我市依托雄厚的制造业基础，在智能装备、新材料、集成电路等领域形成了较好的人工智能应用基础，但仍存在创新资源不足、头部企业偏少、应用深度不够等短板。必须坚持以应用牵引创新、以场景带动产业，加快推动人工智能全方位赋能产业转型升级。",
)
G_TEXT = "力争到2028年，全市人工智能核心产业规模突破300亿元，人工智能相关企业超过400家，累计培育省级以上专精特新中小企业50家，新增人工智能领域上市企业3家，打造“人工智能+”标杆场景100个，智能算力规模达到2000P。"
block("body", G_TEXT)
GOALS.append(
    Goal(
        title="力争到2028年",
        text=G_TEXT,
        targets=[
            Target(
                "人工智能核心产业规模",
                "亿元",
                "gt",
                300,
                "全市人工智能核心产业规模突破300亿元",
                kind="ai_industry_scale",
            ),
            Target(
                "人工智能相关企业",
                "家",
                "gt",
                400,
                "人工智能相关企业超过400家",
                kind="ai_enterprises",
            ),
            Target(
                "省级以上专精特新中小企业", "家", "eq", 50, "累计培育省级以上专精特新中小企业50家"
            ),
            Target(
                "人工智能领域上市企业",
                "家",
                "eq",
                3,
                "新增人工智能领域上市企业3家",
                aggregation="flow",
            ),
            Target(
                "“人工智能+”标杆场景",
                "个",
                "eq",
                100,
                "打造“人工智能+”标杆场景100个",
                kind="application_scenarios",
            ),
            Target(
                "智能算力规模", "P", "eq", 2000, "智能算力规模达到2000P", kind="computing_power"
            ),
        ],
    )
)

block(
    "body",
    "本政策措施适用于在江阴市注册登记、具有独立法人资格，从事人工智能技术研发、产品制造、应用服务的企业及相关机构。",
)
block("h1", "一、强化创新策源")
PART1 = [
    article(
        "第一条",
        "支持关键核心技术攻关",
        "对企业牵头承担国家、省级人工智能重大科技项目的，按国家、省拨付资金的30%给予最高500万元配套支持。每年组织实施市级人工智能关键核心技术攻关项目10项以上，单个项目给予最高200万元资助。支持企业联合高校院所组建创新联合体，围绕工业大模型、机器视觉、智能控制等方向开展联合攻关，对绩效评价优秀的创新联合体给予滚动支持。鼓励企业加大研发投入，对研发费用增长较快的人工智能企业，按照市级科技创新政策给予奖励。",
        "（牵头单位：市科技局；责任单位：市财政局）",
        [
            Target(
                "市级人工智能关键核心技术攻关项目",
                "项",
                "gte",
                10,
                "每年组织实施市级人工智能关键核心技术攻关项目10项以上",
                per_year=True,
            )
        ],
        lead=["kjj"],
        responsible=["czj"],
    ),
    article(
        "第二条",
        "支持创新平台建设",
        "对新认定的国家级、省级人工智能创新平台，分别给予最高1000万元、300万元奖励。到2028年，累计建成省级以上人工智能创新平台20个。鼓励龙头企业建设人工智能中试验证平台，对面向社会开放服务的，按年度服务收入的10%给予最高100万元运营补助。支持高校院所在我市设立人工智能新型研发机构，经认定后按照“一事一议”给予支持。",
        "（牵头单位：市科技局、市发改委；责任单位：江阴高新区管委会）",
        [
            Target(
                "省级以上人工智能创新平台",
                "个",
                "eq",
                20,
                "累计建成省级以上人工智能创新平台20个",
                kind="innovation_platforms",
            )
        ],
        lead=["kjj", "fgw"],
        responsible=["gxq"],
    ),
    article(
        "第三条",
        "降低算力使用成本",
        "每年发放总额2000万元“澄智算力券”，对企业租用智能算力的费用按30%给予补贴，单个企业每年最高100万元。统筹布局公共算力设施，新增智能算力不少于1500P。支持企业利用自有或租用算力开展模型训练，对符合条件的算力设施项目优先保障用地、用能指标。推动算力资源向中小企业和科研机构倾斜，建立算力供需对接机制。",
        "（牵头单位：市数据局；责任单位：市财政局、市工信局）",
        [
            Target(
                "新增智能算力",
                "P",
                "gte",
                1500,
                "新增智能算力不少于1500P",
                aggregation="flow",
                kind="computing_power",
            )
        ],
        lead=["sjj"],
        responsible=["czj", "gxj"],
    ),
]
block("h1", "二、加快产业集聚")
PART2 = [
    article(
        "第四条",
        "招引培育人工智能企业",
        "对新落户的人工智能企业，按实际到位投资额的5%给予最高2000万元奖励。每年新招引人工智能企业50家以上，其中投资亿元以上项目不少于10个。对重大人工智能项目实行“一事一议”，在用地、用房、人才等方面给予综合支持。建立人工智能重点企业培育库，对入库企业实行“一企一专员”服务。",
        "（牵头单位：市商务局；责任单位：各镇（街道）、江阴高新区管委会）",
        [
            Target(
                "新招引人工智能企业",
                "家",
                "gte",
                50,
                "每年新招引人工智能企业50家以上",
                per_year=True,
            ),
            Target(
                "新招引投资亿元以上人工智能项目",
                "个",
                "gte",
                10,
                "其中投资亿元以上项目不少于10个",
                per_year=True,
                parent="PREV",
            ),
        ],
        lead=["swj"],
        responsible=["zj", "gxq"],
    ),
    article(
        "第五条",
        "支持企业做大做强",
        "对年营业收入首次突破1亿元、5亿元、10亿元的人工智能企业，分别给予50万元、100万元、200万元奖励。对首次入选国家级专精特新“小巨人”的人工智能企业，给予一次性奖励100万元。支持人工智能企业兼并重组和上市挂牌，对成功上市的企业按照我市相关政策给予奖励。建立人工智能“瞪羚”“独角兽”企业培育库，对入库企业在用地、融资、人才等方面给予重点支持。",
        "（牵头单位：市工信局；责任单位：市财政局）",
        lead=["gxj"],
        responsible=["czj"],
    ),
    article(
        "第六条",
        "发挥产业基金作用",
        "设立规模20亿元的人工智能产业投资基金，重点投向大模型、智能装备、智能网联汽车等领域。对市外基金投资我市人工智能企业的，按实际投资额的1%给予基金管理机构最高200万元奖励。引导国有资本、社会资本共同参与，形成覆盖天使、创投、并购各阶段的基金体系。鼓励基金采取“投贷联动”等方式，为初创期人工智能企业提供融资服务。",
        "（牵头单位：市财政局；责任单位：市工信局、市科技局）",
        lead=["czj"],
        responsible=["gxj", "kjj"],
    ),
]
block("h1", "三、深化场景应用")
PART3 = [
    article(
        "第七条",
        "开放“人工智能+”应用场景",
        "每年发布“人工智能+”应用场景机会清单不少于50个，对入选省级以上典型应用场景的项目给予最高100万元奖励。建立场景供需对接机制，定期举办场景发布和对接活动，推动本地企业产品在政务、交通、医疗等领域率先应用。对首次采购本市企业人工智能创新产品的单位，按照政府采购相关规定给予支持。",
        "（牵头单位：市数据局；责任单位：市直有关部门、各镇（街道））",
        [
            Target(
                "“人工智能+”应用场景机会清单",
                "个",
                "gte",
                50,
                "每年发布“人工智能+”应用场景机会清单不少于50个",
                per_year=True,
            )
        ],
        lead=["sjj"],
        responsible=["zj"],
    ),
    article(
        "第八条",
        "推进制造业智能化改造",
        "支持规上工业企业开展“智改数转网联”，对设备投入500万元以上的项目按12%给予最高500万元补助。到2028年，累计建成省级以上智能工厂30家，规模以上工业企业智能化改造数字化转型实现全覆盖。鼓励企业建设工业互联网平台和行业大模型，推动研发设计、生产制造、经营管理等环节智能化升级。组织开展智能制造诊断服务，对服务机构按照服务企业数量给予奖励。",
        "（牵头单位：市工信局；责任单位：各镇（街道）、江阴高新区管委会）",
        [Target("省级以上智能工厂", "家", "eq", 30, "累计建成省级以上智能工厂30家")],
        lead=["gxj"],
        responsible=["zj", "gxq"],
    ),
    article(
        "第九条",
        "推广民生领域智能应用",
        "支持医疗、教育、养老等领域应用人工智能，建设人工智能教育实验学校20所、智慧医院5家，对验收合格的项目按投资额的20%给予最高50万元补助。推动人工智能在社区治理、智慧养老、文化旅游等场景应用，提升公共服务智能化水平。鼓励医疗机构、学校与本地企业联合开展应用研发，形成一批可复制推广的典型案例。",
        "（牵头单位：市教育局、市卫健委；责任单位：市财政局、数据局）",
        [
            Target("人工智能教育实验学校", "所", "eq", 20, "建设人工智能教育实验学校20所"),
            Target("智慧医院", "家", "eq", 5, "智慧医院5家"),
        ],
        lead=["jyj", "wjw"],
        responsible=["czj", "sjj"],
    ),
]
block("h1", "四、优化发展环境")
PART4 = [
    article(
        "第十条",
        "引育人工智能人才",
        "对引进的人工智能领域顶尖人才团队给予最高1亿元项目资助。每年组织企业家和技术骨干参加人工智能专题培训2000人次以上。支持企业与高校、职业院校共建人工智能产业学院和实训基地，对新认定的市级人工智能实训基地给予最高50万元补助。对企业引进的人工智能领域急需紧缺人才，在购房、子女入学、医疗保障等方面给予优先保障。",
        "（牵头单位：市委组织部（市委人才办）；责任单位：市人社局、市工信局）",
        [
            Target(
                "人工智能专题培训",
                "人次",
                "gte",
                2000,
                "每年组织企业家和技术骨干参加人工智能专题培训2000人次以上",
                per_year=True,
                kind="talent",
            )
        ],
        lead=["zzb"],
        responsible=["rsj", "gxj"],
    ),
    article(
        "第十一条",
        "强化金融支持",
        "对人工智能企业获得银行贷款的，按贷款市场报价利率的50%给予贴息，单个企业每年最高200万元；对人工智能企业发生的知识产权质押融资担保费用给予全额补贴。鼓励银行机构开发“人工智能贷”等专属产品，对合作银行发放的人工智能企业贷款产生的损失给予一定比例风险补偿。推动设立人工智能科技支行，建立人工智能企业融资需求清单和银企对接机制。",
        "（牵头单位：市财政局；责任单位：市工信局）",
        lead=["czj"],
        responsible=["gxj"],
    ),
    article(
        "第十二条",
        "优化政务服务",
        "推行人工智能项目审批“一件事”集成服务，政务服务事项智能审批比例达到50%以上。对人工智能重大项目实行专班服务、全程代办，推动涉企服务事项“免申即享”。推行涉企政策“一站式”查询和智能匹配，实现惠企政策精准推送。",
        "（牵头单位：市行政审批局；责任单位：市数据局）",
        [Target("政务服务事项智能审批比例", "%", "gte", 50, "政务服务事项智能审批比例达到50%以上")],
        lead=["spj"],
        responsible=["sjj"],
    ),
    article(
        "第十三条",
        "支持标准和知识产权建设",
        "对主导制定国际标准、国家标准、行业标准的人工智能企业，分别给予最高100万元、50万元、20万元奖励。支持企业开展人工智能领域高价值专利培育，建设人工智能产业知识产权运营服务平台。对获得中国专利奖的人工智能企业，按照市级知识产权政策给予配套奖励。",
        "（牵头单位：市市场监管局；责任单位：市科技局）",
        lead=["scj"],
        responsible=["kjj"],
    ),
    article(
        "第十四条",
        "营造产业发展生态",
        "每年举办人工智能产业发展大会、创新创业大赛等品牌活动3场以上，对在我市举办的全国性人工智能行业活动，按实际支出的50%给予最高50万元补助。支持行业协会、产业联盟开展供需对接、技术交流等活动，营造良好创新创业氛围。",
        "（牵头单位：市工信局；责任单位：市科技局、市商务局、江阴高新区管委会）",
        [
            Target(
                "人工智能品牌活动",
                "场",
                "gte",
                3,
                "每年举办人工智能产业发展大会、创新创业大赛等品牌活动3场以上",
                per_year=True,
            )
        ],
        lead=["gxj"],
        responsible=["kjj", "swj", "gxq"],
    ),
    article(
        "第十五条",
        "保障土地和能耗要素",
        "对列入省、无锡市重大项目的人工智能项目，优先安排用地计划指标；对人工智能企业租用标准厂房、办公用房的，三年内按实际租金的50%给予最高100万元补贴。支持智算中心项目参与电力市场化交易，降低用电成本。",
        "（牵头单位：市发改委；责任单位：市自然资源和规划局、市工信局、各镇（街道））",
        lead=["fgw"],
        responsible=["zrj", "gxj", "zj"],
    ),
    article(
        "第十六条",
        "强化统筹推进",
        "建立全市人工智能产业发展联席会议制度，统筹研究政策兑现、重大项目推进等事项。建立政策兑现“一网通办”机制，实现政策申报、审核、拨付全流程线上办理，进一步压缩兑现周期。",
        "（牵头单位：市工信局；责任单位：市财政局、市数据局）",
        lead=["gxj"],
        responsible=["czj", "sjj"],
    ),
]
block("h1", "五、拓展新兴领域")
PART5 = [
    article(
        "第十七条",
        "发展智能网联汽车和低空经济",
        "支持企业开展智能网联汽车道路测试和示范应用，在临港经济开发区、江阴高新区等区域开放测试道路，到2028年累计开放测试道路里程100公里。支持无人机物流配送、低空巡检等场景应用，对新开通的低空物流航线每条给予最高20万元补助。",
        "（牵头单位：市工信局；责任单位：市公安局、市交通运输局、江阴高新区管委会）",
        [Target("智能网联汽车测试道路里程", "公里", "eq", 100, "累计开放测试道路里程100公里")],
        lead=["gxj"],
        responsible=["gaj", "jtj", "gxq"],
    ),
    article(
        "第十八条",
        "推动具身智能和智能机器人发展",
        "支持企业研发工业机器人、服务机器人和人形机器人整机及关键零部件，对首次销售的智能机器人首台（套）产品按售价的20%给予最高200万元奖励。支持建设具身智能训练场和数据采集基地，每年推广智能机器人应用1000台（套）以上。",
        "（牵头单位：市工信局；责任单位：市科技局、各镇（街道））",
        [
            Target(
                "智能机器人应用",
                "台（套）",
                "gte",
                1000,
                "每年推广智能机器人应用1000台（套）以上",
                per_year=True,
            )
        ],
        lead=["gxj"],
        responsible=["kjj", "zj"],
    ),
]
block(
    "body",
    "本政策措施与本市其他同类政策有重叠的，按照“从优、就高、不重复”的原则执行。所需资金由市、镇（街道）两级财政按现行财政体制分担。",
)
block(
    "body",
    "各镇（街道）、各部门要按照职责分工，抓紧制定具体实施细则和申报指南，加强政策宣传解读，确保各项政策措施落地见效。",
)
block(
    "body",
    "本政策措施自2026年4月1日起施行，有效期至2028年12月31日，由市工信局会同市财政局负责解释。",
)

SECTIONS = [
    Section("一", "一、", "强化创新策源", "key_task", tasks=PART1),
    Section("二", "二、", "加快产业集聚", "key_task", tasks=PART2),
    Section("三", "三、", "深化场景应用", "key_task", tasks=PART3),
    Section("四", "四、", "优化发展环境", "key_task", tasks=PART4),
    Section("五", "五、", "拓展新兴领域", "key_task", tasks=PART5),
]

EXTRACTION = {
    "zone": ZONE,
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """# 江阴市加快“人工智能+”产业创新发展的若干政策措施 (江阴市人民政府, 澄政发〔2026〕11号, 2026-03-26) — SYNTHETIC (synthetic_ao): WRITTEN by the
# collector (helper blindAO, 2026-12-05) before reading the importer; no such document is claimed to exist (number, date, figures, "澄智算力券" made up).
# Built by make_files.py from doc_jiangyin.py as a Word file (python-docx, 公文 fonts, footer "— N —").
# Zone jiangyin-city (江苏; a county-level city → city level); period 2026–2028 (valid to 2028-12-31; goals 力争到2028年): every target due 2028.
# Outline: document number, notice, plan title, preamble (two paragraphs), one "力争到2028年，" goal paragraph (→ goal titled 力争到2028年), a scope
#   paragraph, parts 一、–五、 (sections) of articles 第一条–第十八条 NUMBERED ON across the parts, each one paragraph "第N条　标题。正文（牵头单位：X；
#   责任单位：Y）" (第N条 and the title bold); three unnumbered closing paragraphs (overlap rule, implementation, validity) → no section, no task.
# Every article is a task, the subsidy-only ones too (第五条, 第六条, 第十一条, 第十三条, 第十五条, 第十六条: no target). Roles as worded: 牵头单位 → lead (two in 第二条 and 第九条),
#   责任单位 → responsible. 第九条 "市财政局、数据局" shares the 市 prefix → 江阴市数据局 (alias 数据局 as printed). 第七条 "市直有关部门" is generic (no
#   agency); 各镇（街道） is one collective agency (江阴市各镇人民政府（街道办事处））; 市委组织部（市委人才办） one body printed with two names.
# Targets: the goal paragraph's six (力争 changes no comparator; 新增…上市企业 → flow); an article holding commitments is also a goal titled like the
#   article (text without the annotation). 每年… → per_year flow (第一条, 第四条, 第七条, 第十条, 第十四条, 第十八条 "1000台（套）以上", unit 台（套）);
#   其中投资亿元以上项目 → parent, per year; 新增智能算力不少于1500P → flow gte; 累计建成 / 累计开放测试道路里程100公里 → stock.
#   Not targets: subsidy rates and caps (30%, 500万元, 1000万元, 300万元, 2000万元, 5%, 12% …), the 算力券 yearly total (2000万元), the fund's size
#   (20亿元), the revenue thresholds of 第五条 (1亿元, 5亿元, 10亿元), the 1亿元 talent grant, rent subsidies (三年内, 50%, 100万元), the 20万元 per
#   低空物流航线 and the 20% / 200万元 首台（套） award, the dates of the closing paragraph.
"""

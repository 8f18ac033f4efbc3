# ruff: noqa: E501  (plan text as the offices write it)
"""中共栖梧市委办公室 栖梧市人民政府办公室关于印发《栖梧市“人工智能+”行动实施方案（2026—2027年）》的通知 — INVENTED
(synthetic_bu). A plan issued JOINTLY by the two general offices (栖委办发〔2026〕7号) as the city portal's page (.html): the
notice, the plan's preamble, 一、总体要求 (guiding paragraph, goal paragraphs "到2026年底，…" / "到2027年，…"), 二、重点任务 of
groups （一）–（六） holding tasks 1.–24. numbered on: in （一）–（三） each task closes on "（责任单位：X、Y，各区县（市）党委和政府；
列第一位的为牵头单位）"; group （四） opens on the rule stated once "（本部分各项任务责任单位中列第一位的为牵头单位，下同）" and its
tasks and those after close on "（责任单位：X、Y）"; 市直 and 市委 departments and state enterprises (市城投集团, 市数产集团) as
responsible units; 三、保障措施 （一）–（四）; the portal footer."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "qiwu-ai-plus-implementation-2026-synthetic"
KIND = "html"

A = {
    "wxb": ("中共栖梧市委网络安全和信息化委员会办公室", "publicity", ["市委网信办"]),
    "fgw": ("栖梧市发展和改革委员会", "development_reform", ["市发展改革委"]),
    "sjj": ("栖梧市数据局", "big_data", ["市数据局"]),
    "gxj": ("栖梧市工业和信息化局", "industry_it", ["市工信局"]),
    "kjj": ("栖梧市科学技术局", "science_technology", ["市科技局"]),
    "jyj": ("栖梧市教育局", "education", ["市教育局"]),
    "wjw": ("栖梧市卫生健康委员会", "health", ["市卫健委"]),
    "rsj": ("栖梧市人力资源和社会保障局", "human_resources", ["市人社局"]),
    "czj": ("栖梧市财政局", "finance", ["市财政局"]),
    "swj": ("栖梧市商务局", "commerce", ["市商务局"]),
    "wlj": ("栖梧市文化广电旅游局", "culture_tourism", ["市文广旅局"]),
    "jtj": ("栖梧市交通运输局", "transport", ["市交通运输局"]),
    "nyj": ("栖梧市农业农村局", "agriculture", ["市农业农村局"]),
    "gaj": ("栖梧市公安局", "public_security", ["市公安局"]),
    "yjj": ("栖梧市应急管理局", "emergency", ["市应急管理局"]),
    "cgj": ("栖梧市城市管理局", "housing_construction", ["市城管局"]),
    "scj": ("栖梧市市场监督管理局", "market_regulation", ["市市场监管局"]),
    "zwb": ("栖梧市政务服务管理办公室", "government_services", ["市政务服务办"]),
    "xcb": ("中共栖梧市委宣传部", "publicity", ["市委宣传部"]),
    "zzb": ("中共栖梧市委组织部", "party_organisation", ["市委组织部"]),
    "rcb": ("中共栖梧市委人才工作领导小组办公室", "party_organisation", ["市委人才办"]),
    "bb": ("中共栖梧市委机构编制委员会办公室", "party_organisation", ["市委编办"]),
    "jrb": ("中共栖梧市委金融委员会办公室", "financial_regulation", ["市委金融办"]),
    "gzw": ("栖梧市人民政府国有资产监督管理委员会", "state_enterprise", ["市国资委"]),
    "ctjt": ("栖梧城市发展投资集团有限公司", "state_enterprise", ["市城投集团"]),
    "scjt": ("栖梧数字产业集团有限公司", "state_enterprise", ["市数产集团"]),
    "gx": ("栖梧高新技术产业开发区管委会", "park_administration", ["栖梧高新区管委会"]),
    "qx": ("栖梧市各区县（市）党委和政府", "local_government", ["各区县（市）党委和政府"]),
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


PLAN_TITLE = "栖梧市“人工智能+”行动实施方案（2026—2027年）"
TITLE = f"中共栖梧市委办公室 栖梧市人民政府办公室关于印发《{PLAN_TITLE}》的通知"
DOC_NUMBER = "栖委办发〔2026〕7号"
RULE = "列第一位的为牵头单位"

GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，认真落实党中央、国务院和省委、省政府关于“人工智能+”行动的部署，立足我市电子信息、现代物流、茶旅文化等产业基础，以算力为基、数据为要、场景为牵引，推动人工智能与千行百业深度融合。2025年，全市智能算力规模为450P，人工智能相关企业186家。"
PRINCIPLES = "坚持场景牵引、应用为王，以开放场景吸引企业、以应用落地带动产业；坚持政府引导、市场主导，发挥国有企业在算力、数据等基础设施建设中的带动作用；坚持统筹集约、共建共享，推动算力、数据、模型等资源统一规划、集约建设；坚持安全可控、审慎包容，同步推进发展和安全。"
G1_TEXT = (
    "到2026年底，全市智能算力规模达到900P，开放高价值应用场景50个，人工智能相关企业达到240家。"
)
G1 = [
    T("全市智能算力规模", "P", "eq", 900, "全市智能算力规模达到900P", deadline=2026),
    T("开放高价值应用场景", "个", "eq", 50, "开放高价值应用场景50个", deadline=2026),
    T("人工智能相关企业", "家", "eq", 240, "人工智能相关企业达到240家", deadline=2026),
]
G2_TEXT = "到2027年，全市智能算力规模突破1500P，人工智能核心产业规模达到120亿元，人工智能相关企业超过300家，打造市级标杆应用场景100个，培育行业大模型8个，形成一批具有栖梧特色的人工智能应用品牌。"
G2 = [
    T("全市智能算力规模", "P", "gt", 1500, "全市智能算力规模突破1500P"),
    T("人工智能核心产业规模", "亿元", "eq", 120, "人工智能核心产业规模达到120亿元"),
    T("人工智能相关企业", "家", "gt", 300, "人工智能相关企业超过300家"),
    T("打造市级标杆应用场景", "个", "eq", 100, "打造市级标杆应用场景100个"),
    T("培育行业大模型", "个", "eq", 8, "培育行业大模型8个"),
]


def full(names):
    return f"（责任单位：{names}；{RULE}）"


def short(names):
    return f"（责任单位：{names}）"


# (group title, rule line or None, [(title, rest, annotation, lead, responsible, targets)])
GROUPS = [
    (
        "（一）筑牢智能算力和数据底座",
        None,
        [
            (
                "建设城市智算中心",
                "由市数产集团建设运营“栖梧智算中心”二期，新增智能算力600P，2026年底前投入运营，推动政务、产业算力统一调度。建立算力资源监测和供需对接机制，提高算力资源利用效率。",
                full("市数据局、市发展改革委、市数产集团"),
                ["sjj"],
                ["fgw", "scjt"],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        600,
                        "新增智能算力600P",
                        aggregation="flow",
                        deadline=2026,
                    )
                ],
            ),
            (
                "推进公共数据开放利用",
                "完善公共数据开放平台，新增开放公共数据集300个，开展公共数据授权运营试点。探索数据资产登记、评估和入表，推动公共数据与社会数据融合开发利用，培育数据要素市场主体。",
                full("市数据局、市委网信办，各区县（市）党委和政府"),
                ["sjj"],
                ["wxb", "qx"],
                [
                    T(
                        "新增开放公共数据集",
                        "个",
                        "eq",
                        300,
                        "新增开放公共数据集300个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "建设行业高质量数据集",
                "聚焦电子信息、物流、文旅、医疗等领域，建设行业高质量数据集30个，建设数据标注基地1个。",
                full("市数据局、市工信局、市卫健委、市文广旅局"),
                ["sjj"],
                ["gxj", "wjw", "wlj"],
                [
                    T("建设行业高质量数据集", "个", "eq", 30, "建设行业高质量数据集30个"),
                    T("建设数据标注基地", "个", "eq", 1, "建设数据标注基地1个"),
                ],
            ),
            (
                "完善算力网络设施",
                "推进千兆光网和5G网络深度覆盖，新建5G基站1200个，实现重点园区算力网络直连。",
                full("市工信局、市城投集团"),
                ["gxj"],
                ["ctjt"],
                [T("新建5G基站", "个", "eq", 1200, "新建5G基站1200个", aggregation="flow")],
            ),
        ],
    ),
    (
        "（二）加快人工智能产业发展",
        None,
        [
            (
                "培育人工智能企业",
                "实施人工智能企业培育计划，新引进人工智能企业40家，培育国家级专精特新“小巨人”企业5家。",
                full("市工信局、市商务局、市科技局，各区县（市）党委和政府"),
                ["gxj"],
                ["swj", "kjj", "qx"],
                [
                    T(
                        "新引进人工智能企业",
                        "家",
                        "eq",
                        40,
                        "新引进人工智能企业40家",
                        aggregation="flow",
                    ),
                    T(
                        "培育国家级专精特新“小巨人”企业",
                        "家",
                        "eq",
                        5,
                        "培育国家级专精特新“小巨人”企业5家",
                    ),
                ],
            ),
            (
                "建设人工智能产业园",
                "依托栖梧高新区建设人工智能产业园，园区入驻企业100家以上，总投资18亿元。",
                full("栖梧高新区管委会、市发展改革委、市城投集团"),
                ["gx"],
                ["fgw", "ctjt"],
                [T("园区入驻企业", "家", "gte", 100, "园区入驻企业100家以上")],
            ),
            (
                "发展行业大模型",
                "支持企业联合高校院所研发物流调度、茶产业等行业大模型，对通过备案的大模型给予一次性奖励100万元。",
                full("市科技局、市委网信办、市工信局"),
                ["kjj"],
                ["wxb", "gxj"],
                [],
            ),
            (
                "推动智能终端发展",
                "发展智能穿戴、智能家居、服务机器人等终端产品，智能终端产业产值达到60亿元。",
                full("市工信局、市发展改革委"),
                ["gxj"],
                ["fgw"],
                [T("智能终端产业产值", "亿元", "eq", 60, "智能终端产业产值达到60亿元")],
            ),
        ],
    ),
    (
        "（三）推进“人工智能+”产业融合",
        None,
        [
            (
                "人工智能+制造",
                "推动电子信息、装备制造企业智能化改造，建成智能工厂15家、数字化车间60个。",
                full("市工信局、市科技局，各区县（市）党委和政府"),
                ["gxj"],
                ["kjj", "qx"],
                [
                    T("建成智能工厂", "家", "eq", 15, "建成智能工厂15家"),
                    T("建成数字化车间", "个", "eq", 60, "数字化车间60个"),
                ],
            ),
            (
                "人工智能+物流",
                "推广智能分拣、无人配送和智慧仓储，推动物流枢纽、港站、园区设施智能化改造，建设智慧物流园区4个，重点物流企业运输成本降低10%。",
                full("市商务局、市交通运输局、市城投集团"),
                ["swj"],
                ["jtj", "ctjt"],
                [
                    T("建设智慧物流园区", "个", "eq", 4, "建设智慧物流园区4个"),
                    T("重点物流企业运输成本降低", "%", "eq", 10, "重点物流企业运输成本降低10%"),
                ],
            ),
            (
                "人工智能+文旅",
                "建设“游栖梧”智能导览平台，打造智慧景区12个，推出人工智能数字人导游。推动文物、非遗等文化资源数字化保护和智能化展示，开发一批人工智能文创产品。",
                full("市文广旅局、市委宣传部、市数产集团"),
                ["wlj"],
                ["xcb", "scjt"],
                [T("打造智慧景区", "个", "eq", 12, "打造智慧景区12个")],
            ),
            (
                "人工智能+农业",
                "推进茶园智能管护和农产品智能溯源，建设数字茶园示范基地10个。",
                full("市农业农村局、市科技局，各区县（市）党委和政府"),
                ["nyj"],
                ["kjj", "qx"],
                [T("建设数字茶园示范基地", "个", "eq", 10, "建设数字茶园示范基地10个")],
            ),
        ],
    ),
    (
        "（四）推进“人工智能+”民生服务",
        "（本部分各项任务责任单位中列第一位的为牵头单位，下同）",
        [
            (
                "人工智能+教育",
                "建设智慧教育平台，人工智能课程覆盖全市中小学，培育人工智能教育特色学校50所。",
                short("市教育局、市数据局"),
                ["jyj"],
                ["sjj"],
                [T("培育人工智能教育特色学校", "所", "eq", 50, "培育人工智能教育特色学校50所")],
            ),
            (
                "人工智能+医疗",
                "推广智能导诊、辅助诊断和智能随访，二级以上医院智能导诊覆盖率达到100%。",
                short("市卫健委、市数据局"),
                ["wjw"],
                ["sjj"],
                [
                    T(
                        "二级以上医院智能导诊覆盖率",
                        "%",
                        "eq",
                        100,
                        "二级以上医院智能导诊覆盖率达到100%",
                    )
                ],
            ),
            (
                "人工智能+就业",
                "建设智能就业服务平台，开展人工智能职业技能培训1.2万人次。推动人岗智能匹配，提升公共就业服务精准化水平。",
                short("市人社局、市教育局"),
                ["rsj"],
                ["jyj"],
                [
                    T(
                        "开展人工智能职业技能培训",
                        "人次",
                        "eq",
                        12000,
                        "开展人工智能职业技能培训1.2万人次",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "人工智能+养老",
                "推广智能看护设备和智慧养老服务平台，建设智慧养老服务站20个。",
                short("市卫健委，各区县（市）党委和政府"),
                ["wjw"],
                ["qx"],
                [T("建设智慧养老服务站", "个", "eq", 20, "建设智慧养老服务站20个")],
            ),
        ],
    ),
    (
        "（五）推进“人工智能+”城市治理",
        None,
        [
            (
                "人工智能+应急管理",
                "建设应急指挥智能辅助决策系统，推广森林防火、城市内涝等智能监测预警，建设智能感知监测点位2000个。",
                short("市应急管理局、市城管局、市公安局"),
                ["yjj"],
                ["cgj", "gaj"],
                [T("建设智能感知监测点位", "个", "eq", 2000, "建设智能感知监测点位2000个")],
            ),
            (
                "人工智能+政务服务",
                "推动政务大模型在“栖梧通”平台应用，上线智能客服和智能审批，高频政务服务事项智能办比例达到60%。",
                short("市政务服务办、市数据局、市委编办"),
                ["zwb"],
                ["sjj", "bb"],
                [
                    T(
                        "高频政务服务事项智能办比例",
                        "%",
                        "eq",
                        60,
                        "高频政务服务事项智能办比例达到60%",
                    )
                ],
            ),
            (
                "人工智能+城市管理",
                "建设城市运行智能中枢，推广智能识别巡查，城市管理问题智能发现率达到80%。",
                short("市城管局、市数据局、市城投集团"),
                ["cgj"],
                ["sjj", "ctjt"],
                [T("城市管理问题智能发现率", "%", "eq", 80, "城市管理问题智能发现率达到80%")],
            ),
            (
                "人工智能+公共安全",
                "推进智慧警务和智能交通管理，建设智能交通路口200个。",
                short("市公安局、市交通运输局"),
                ["gaj"],
                ["jtj"],
                [T("建设智能交通路口", "个", "eq", 200, "建设智能交通路口200个")],
            ),
            (
                "人工智能+市场监管",
                "推进智慧监管和信用监管，建设食品安全智能监测点150个。",
                short("市市场监管局、市数据局"),
                ["scj"],
                ["sjj"],
                [T("建设食品安全智能监测点", "个", "eq", 150, "建设食品安全智能监测点150个")],
            ),
        ],
    ),
    (
        "（六）强化人才、资金和安全保障",
        None,
        [
            (
                "集聚人工智能人才",
                "实施“栖梧智汇”人才计划，引进人工智能高层次人才团队10个，对顶尖团队最高给予1000万元资助。",
                short("市委人才办、市委组织部、市人社局、市科技局"),
                ["rcb"],
                ["zzb", "rsj", "kjj"],
                [
                    T(
                        "引进人工智能高层次人才团队",
                        "个",
                        "eq",
                        10,
                        "引进人工智能高层次人才团队10个",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "加大金融支持",
                "设立规模10亿元的人工智能产业基金，由市国资委指导市城投集团出资运作，推广科技信贷产品。引导银行机构开发“智算贷”“模型贷”等专属产品，支持人工智能企业通过知识产权质押融资。",
                short("市委金融办、市财政局、市国资委、市城投集团"),
                ["jrb"],
                ["czj", "gzw", "ctjt"],
                [],
            ),
            (
                "强化人工智能安全",
                "建立人工智能安全风险监测和应急处置机制，开展生成式人工智能服务安全检查，加强网络舆情引导。落实生成式人工智能服务备案和生成内容标识制度，开展人工智能伦理安全宣传教育，提升全社会风险防范意识。",
                short("市委网信办、市公安局、市委宣传部"),
                ["wxb"],
                ["gaj", "xcb"],
                [],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立由市委、市政府主要领导任组长的“人工智能+”行动工作领导小组，领导小组办公室设在市数据局，统筹推进各项工作。各区县（市）要建立相应工作机制，主要负责同志亲自抓、负总责。",
    ),
    (
        "强化政策保障",
        "每年安排市级人工智能发展专项资金不少于1亿元，统筹用好各类政策资金，支持重点项目和场景建设。落实国家和省有关税收优惠政策，在用地、用能等方面对人工智能重大项目予以优先保障。",
    ),
    (
        "营造良好氛围",
        "举办“栖梧人工智能应用大会”，加强政策宣传和典型案例推广，及时发布场景需求清单和能力清单，营造全社会支持人工智能发展的良好氛围。",
    ),
    (
        "加强督促考核",
        "将“人工智能+”行动纳入市委、市政府督查事项和年度目标考核，定期通报工作进展，对真抓实干、成效明显的单位按规定予以表扬激励。",
    ),
]

CN = "一二三四五六七八九十"


def _build():
    paras = [
        ("center", TITLE),
        ("plain", "各区县（市）党委和人民政府，市委各部委，市直各单位，各人民团体，市属国有企业："),
        ("p", f"《{PLAN_TITLE}》已经市委、市政府同意，现印发给你们，请结合实际认真贯彻落实。"),
        ("right", "中共栖梧市委办公室　　栖梧市人民政府办公室"),
        ("right", "2026年2月26日"),
        ("center", PLAN_TITLE),
        (
            "p",
            "为深入贯彻落实国家、省关于深入实施“人工智能+”行动的决策部署，抢抓人工智能发展机遇，加快培育新质生产力，推动我市经济社会高质量发展，加快建设区域人工智能创新应用高地，制定本方案。",
        ),
        ("h", "一、总体要求"),
        ("p", GUIDE),
        ("p", PRINCIPLES),
        ("p", G1_TEXT),
        ("p", G2_TEXT),
        ("h", "二、重点任务"),
    ]
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2027年", G2_TEXT, G2)]
    groups = []
    n = 0
    for gtitle, rule, items in GROUPS:
        paras.append(("h", gtitle))
        if rule:
            paras.append(("p", rule))
        tasks = []
        for title, rest, ann, lead, resp, targets in items:
            n += 1
            no = f"{n}."
            paras.append(("p", f"{no}{title}。{rest}{ann}"))
            tasks.append(Task(no, title, f"{title}。{rest}{ann}", lead=lead, responsible=resp))
            for t in targets:
                assert t.phrase in rest, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{rest}", targets, numbering=no))
        gno = gtitle[:3]
        groups.append(Section(str(CN.index(gno[1]) + 1), gno, gtitle[3:], "key_task", tasks))
    sections = [Section("二", "二、", "重点任务", "key_task", sections=groups)]
    paras.append(("h", "三、保障措施"))
    sg = []
    for i, (title, text) in enumerate(SAFEGUARDS, 1):
        no = f"（{CN[i - 1]}）"
        paras.append(("p", f"{no}{title}。{text}"))
        sg.append(Task(no, title, f"{title}。{text}"))
    sections.append(Section("三", "三、", "保障措施", "safeguard", sg))
    return paras, goals, sections


PARAS, GOALS, SECTIONS = _build()


def _html():
    out = []
    for kind, text in PARAS:
        if kind == "center":
            out.append(f'<p style="text-align:center;"><strong>{text}</strong></p>')
        elif kind == "right":
            out.append(f'<p style="text-align:right;">{text}</p>')
        elif kind == "plain":
            out.append(f"<p>{text}</p>")
        elif kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{text}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;">{text}</p>')
    article = "\n".join(out)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{TITLE}_市委市政府文件_栖梧市人民政府门户网站</title>
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-03-02 10:30">
<link rel="stylesheet" href="/css/article.css">
</head>
<body>
<div class="top"><a href="/">栖梧市人民政府门户网站</a> <a href="/wza/">无障碍</a> <a href="/en/">English</a></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/bsfw/">办事服务</a> <a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/swszfwj/">市委市政府文件</a></div>
<table class="meta">
<tr><td>索引号：</td><td>QW-0012-2026-000031</td><td>发布机构：</td><td>中共栖梧市委办公室、栖梧市人民政府办公室</td></tr>
<tr><td>发文字号：</td><td>{DOC_NUMBER}</td><td>成文日期：</td><td>2026-02-26</td></tr>
<tr><td>名　　称：</td><td colspan="3">{TITLE}</td></tr>
</table>
<h1 class="art-title">{TITLE}</h1>
<div class="art-info">发布日期：2026-03-02　　信息来源：市政府办公室　　浏览次数：<span id="hits"></span></div>
<div class="art-content">
<p style="text-align:center;">{DOC_NUMBER}</p>
{article}
</div>
<div class="attach">附件：无</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>　<a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="foot"><p>主办单位：栖梧市人民政府办公室　技术支持：栖梧市大数据中心</p><p>网站标识码：9900000001　ICP备案号：00000000号</p></div>
</body>
</html>
"""


TEXT = _html()

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Qiwu City notice of the party committee and government general offices issuing the “AI+” implementation plan 2026–2027 — synthetic",
    "issuer": "中共栖梧市委办公室、栖梧市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-02-26",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "qiwu-city",
        "name": "栖梧市",
        "name_en": "Qiwu City (invented)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 中共栖梧市委办公室 栖梧市人民政府办公室关于印发《栖梧市“人工智能+”行动实施方案（2026—2027年）》的通知 (栖委办发〔2026〕7号,
#   2026-02-26)
# — SYNTHETIC (synthetic_bu): WRITTEN by the collector (helper blindBU, 2026-12-07) before reading or running the importer; the
#   city 栖梧市 is INVENTED. Built by make_files.py from doc_qiwu.py as the portal page saved (.html, UTF-8).
# Zone qiwu-city → city level; period 2026–2027.
# Outline: portal header, 信息公开 table, title, number; the notice (addressee, one paragraph, the two offices' signature, date);
#   the plan: preamble; 一、总体要求 = guiding paragraph with 2025 baselines (450P, 186家: no targets) and two goal paragraphs →
#   goals 到2026年底 (3, due 2026) / 到2027年 (5); 二、重点任务 of groups （一）–（六） (sections nested under 二) holding tasks
#   1.–24. NUMBERED ON, one paragraph each "N.标题。正文（annotation）"; 三、保障措施 （一）–（四） unannotated (safeguards).
# Roles: （一）–（三）: "（责任单位：X、Y，各区县（市）党委和政府；列第一位的为牵头单位）" → X lead, the others responsible. Group
#   （四） opens on "（本部分各项任务责任单位中列第一位的为牵头单位，下同）" → applied to （四） and every group after it (下同):
#   "（责任单位：X、Y）" → X lead, Y responsible. 各区县（市）党委和政府 → ONE collective; state enterprises (市城投集团, 市数产集团)
#   and 市委 bodies are responsible units like the 市直 ones; 栖梧高新区管委会 leads task 6. In the body "由市数产集团建设运营" (task
#   1) and "由市国资委指导市城投集团出资运作" (task 23) stand beside an annotation, which alone gives the roles.
# Targets: task figures with no year → due 2027 (plan end); task 1's 600P "2026年底前投入运营" → 2026. Every task holding figures
#   is also a goal titled like the task. Not targets: baselines, 总投资18亿元, the reward 100万元, the team grant cap 1000万元, the
#   fund's size 10亿元, the annual budget 不少于1亿元. 1.2万人次 → 12000. 新增智能算力600P (new) beside the goals' 规模 (total).
"""

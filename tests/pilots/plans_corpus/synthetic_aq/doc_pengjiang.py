# ruff: noqa: E501  (plan text as the office writes it)
"""江门市蓬江区推进“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_aq). The district portal's
page saved by a browser (.html, UTF-8, navigation, breadcrumbs, metadata and footer around the article):
二、工作目标 of two dated paragraphs (到2026年底 / 到2027年, a range 3—5个); 三、重点任务 of tasks
（一）–（十一） directly under the part, each followed by its own <p> "牵头单位：X；配合单位：Y" (one of them
"责任单位：X" alone), one task holding three clauses each closing on "（X负责）", the towns named
"各镇（街）"; 四、保障措施 （一）–（四） unannotated."""

import html

from synthetic_model import Agency, Clause, Goal, Section, Target, Task

SLUG = "pengjiang-ai-plus-2026-synthetic"
KIND = "html"

A = [
    ("kgs", "江门市蓬江区科工商务局", "区科工商务局", "industry_it"),
    ("fgj", "江门市蓬江区发展和改革局", "区发展改革局", "development_reform"),
    ("czj", "江门市蓬江区财政局", "区财政局", "finance"),
    ("zsj", "江门市蓬江区政务服务和数据管理局", "区政务服务和数据管理局", "big_data"),
    ("jyj", "江门市蓬江区教育局", "区教育局", "education"),
    ("wjj", "江门市蓬江区卫生健康局", "区卫生健康局", "health"),
    ("mzj", "江门市蓬江区民政局", "区民政局", "civil_affairs"),
    ("rsj", "江门市蓬江区人力资源和社会保障局", "区人力资源社会保障局", "human_resources"),
    ("zrj", "江门市自然资源局蓬江分局", "市自然资源局蓬江分局", "natural_resources"),
    ("gaj", "江门市公安局蓬江分局", "市公安局蓬江分局", "public_security"),
    ("tcz", "江门市蓬江区投资促进中心", "区投资促进中心", "commerce"),
    ("scj", "江门市蓬江区市场监督管理局", "区市场监管局", "market_regulation"),
    ("wxb", "中共江门市蓬江区委网络安全和信息化委员会办公室", "区委网信办", "publicity"),
    ("zj", "江门市蓬江区各镇人民政府、街道办事处", "各镇（街）", "local_government"),
]
AGENCIES = [
    Agency(code, name, [alias] if alias != name else [], cat) for code, name, alias, cat in A
]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "江门市蓬江区推进“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "蓬府办〔2026〕5号"
ISSUER = "江门市蓬江区人民政府办公室"

PREAMBLE = "为贯彻落实国家、省、市关于深入实施“人工智能+”行动的决策部署，抢抓粤港澳大湾区建设机遇，推动人工智能与我区智能家电、摩托车及零部件、新材料等产业深度融合，加快建设江门中心城区人工智能创新应用高地，结合我区实际，制定本方案。"
GENERAL = "坚持场景牵引、应用为先，以真实需求带动技术落地和产品迭代；坚持企业主体、政府引导，充分发挥市场在资源配置中的决定性作用，更好发挥政府作用；坚持区镇联动、协同推进，形成上下贯通、部门协同的工作合力；坚持统筹发展和安全，守住数据安全和伦理底线。统筹算力、数据、模型和应用场景建设，推动人工智能赋能制造业转型升级和城市高质量发展。"
GUIDE = "以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届历次全会精神，全面落实省委“1310”具体部署和市委工作要求，以推动人工智能与实体经济深度融合为主线，以场景开放为牵引，以企业培育为重点，以要素保障为支撑，推动人工智能全方位赋能千行百业，为蓬江打造江门高质量发展核心引擎提供有力支撑。"
GOAL_2026 = "到2026年底，全区人工智能核心产业规模达到30亿元，培育人工智能相关企业50家，打造“人工智能+”应用场景30个，智能算力规模达到200P。"
GOAL_2026_TARGETS = [
    Target(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        30,
        "人工智能核心产业规模达到30亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    Target(
        "人工智能相关企业",
        "家",
        "eq",
        50,
        "培育人工智能相关企业50家",
        kind="ai_enterprises",
        deadline=2026,
    ),
    Target(
        "“人工智能+”应用场景",
        "个",
        "eq",
        30,
        "打造“人工智能+”应用场景30个",
        kind="application_scenarios",
        deadline=2026,
    ),
    Target(
        "智能算力规模",
        "P",
        "eq",
        200,
        "智能算力规模达到200P",
        kind="computing_power",
        deadline=2026,
    ),
]
GOAL_2027 = "到2027年，全区人工智能核心产业规模突破50亿元，人工智能相关企业超过80家，其中国家级专精特新“小巨人”企业5家以上，打造“人工智能+”应用场景60个以上，建成省级以上人工智能创新平台3—5个，形成要素集聚、生态完善的人工智能产业发展格局。"
GOAL_2027_TARGETS = [
    Target(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        50,
        "人工智能核心产业规模突破50亿元",
        kind="ai_industry_scale",
    ),
    Target("人工智能相关企业", "家", "gt", 80, "人工智能相关企业超过80家", kind="ai_enterprises"),
    Target(
        "国家级专精特新“小巨人”人工智能企业",
        "家",
        "gte",
        5,
        "其中国家级专精特新“小巨人”企业5家以上",
        parent="PREV",
    ),
    Target(
        "“人工智能+”应用场景",
        "个",
        "gte",
        60,
        "打造“人工智能+”应用场景60个以上",
        kind="application_scenarios",
    ),
    Target(
        "省级以上人工智能创新平台",
        "个",
        "range",
        3,
        "建成省级以上人工智能创新平台3—5个",
        value_max=5,
        kind="innovation_platforms",
    ),
]

BASE = "近年来，我区深入实施制造业数字化转型，2025年全区规模以上工业企业数字化转型覆盖率达到68%，人工智能相关企业达到36家，智能家电、摩托车等行业建成一批智能工厂和数字化车间，人工智能应用场景不断丰富。但也要看到，我区人工智能产业仍存在龙头企业偏少、算力供给不足、高端人才短缺等问题，人工智能与实体经济融合的广度和深度有待进一步拓展，需要加快补齐短板、锻造长板。"
EXTRA = {
    "（一）": "鼓励企业建设边缘计算节点，推动算力资源与工业互联网平台协同，提高算力使用效率。探索建立算力资源统筹调度机制，推动政务云与智算资源协同服务。",
    "（二）": "建立数据资源目录和数据质量评估机制，推动政务数据与企业数据融合应用，依法保护个人信息和商业秘密。支持企业参与数据要素市场建设，探索数据产品流通交易和收益分配机制。",
    "（三）": "支持龙头企业建设行业大模型和工业互联网平台，带动产业链上下游中小企业“链式”转型。推动企业“上云用数赋智”，打造一批可复制推广的智能制造解决方案。鼓励企业围绕研发设计、生产制造、经营管理、运维服务等环节开展全链条智能化改造，推动“机器换人”“设备换芯”“生产换线”。",
    "（四）": "建立“一企一策”服务机制，帮助企业解决用地、融资、人才等方面的困难和问题。支持企业申报国家和省级人工智能试点示范项目，提升企业品牌影响力。对首次入选的企业按照有关政策给予奖励。",
    "（五）": "建立重点项目全流程跟踪服务机制，推动签约项目早落地、早投产、早见效。加强与粤港澳大湾区人工智能优势企业和机构对接，开展以商招商、产业链招商。",
    "（七）": "推动各类感知数据统一汇聚、共享共用，实现城市运行问题智能发现、快速处置、闭环管理。推动城市运行数据与城市信息模型平台融合，提升城市精细化管理水平。",
    "（八）": "鼓励区内企业与五邑大学等高校开展联合培养，建立人工智能技能人才评价激励机制。对引进的高层次人才在住房保障、子女入学等方面给予支持。",
    "（九）": "鼓励大型商贸企业建设数字化供应链平台，提升流通效率和消费体验。推动线上线下融合发展，培育即时零售、直播电商等新业态。",
    "（十）": "对入选省、市典型应用场景的项目，按照有关政策给予支持。建立场景建设项目跟踪评估机制，及时总结推广典型案例。",
    "（十一）": "建立人工智能安全风险监测评估机制，引导企业落实数据安全和算法安全主体责任。加强人工智能伦理规范宣传教育，推动人工智能向上向善发展。",
}

# (no, title, rest, annotation line, lead, responsible, supporting, targets, clauses)
TASKS = [
    (
        "（一）",
        "提升算力供给能力",
        "推动江门市人工智能算力中心蓬江节点建设，新增智能算力120P以上，发放“蓬江算力券”，降低中小企业用算成本。",
        "牵头单位：区发展改革局；配合单位：区科工商务局、区财政局",
        ["区发展改革局"],
        [],
        ["区科工商务局", "区财政局"],
        [
            Target(
                "新增智能算力",
                "P",
                "gte",
                120,
                "新增智能算力120P以上",
                aggregation="flow",
                kind="computing_power",
            )
        ],
        [],
    ),
    (
        "（二）",
        "推进数据要素开发利用",
        "推动公共数据授权运营，建设智能家电、摩托车等行业高质量数据集10个，支持企业开展数据资产登记和入表。",
        "牵头单位：区政务服务和数据管理局；配合单位：区科工商务局",
        ["区政务服务和数据管理局"],
        [],
        ["区科工商务局"],
        [Target("行业高质量数据集", "个", "eq", 10, "建设智能家电、摩托车等行业高质量数据集10个")],
        [],
    ),
    (
        "（三）",
        "实施“人工智能+制造”行动",
        "支持智能家电、摩托车及零部件企业应用智能设计、智能质检、柔性生产等技术，每年推动100家以上规模以上工业企业开展智能化改造，培育省级智能制造示范工厂5家。",
        "牵头单位：区科工商务局；配合单位：区发展改革局、各镇（街）",
        ["区科工商务局"],
        [],
        ["区发展改革局", "各镇（街）"],
        [
            Target(
                "开展智能化改造的规模以上工业企业",
                "家",
                "gte",
                100,
                "每年推动100家以上规模以上工业企业开展智能化改造",
                per_year=True,
            ),
            Target("省级智能制造示范工厂", "家", "eq", 5, "培育省级智能制造示范工厂5家"),
        ],
        [],
    ),
    (
        "（四）",
        "培育人工智能企业",
        "实施人工智能企业梯度培育计划，建立重点企业培育库，对入库企业在场景开放、融资对接、人才引进等方面给予支持，推动企业申报专精特新和高新技术企业。",
        "牵头单位：区科工商务局；配合单位：区市场监管局、区财政局",
        ["区科工商务局"],
        [],
        ["区市场监管局", "区财政局"],
        [],
        [],
    ),
    (
        "（五）",
        "开展精准招商",
        "围绕行业大模型、智能终端、机器人等领域开展产业链招商，引进人工智能项目20个，其中投资超亿元项目不少于5个。",
        "牵头单位：区投资促进中心；配合单位：区科工商务局、各镇（街）",
        ["区投资促进中心"],
        [],
        ["区科工商务局", "各镇（街）"],
        [
            Target("引进人工智能项目", "个", "eq", 20, "引进人工智能项目20个", aggregation="flow"),
            Target(
                "引进投资超亿元人工智能项目",
                "个",
                "gte",
                5,
                "其中投资超亿元项目不少于5个",
                aggregation="flow",
                parent="PREV",
            ),
        ],
        [],
    ),
    (
        "（六）",
        "推进“人工智能+民生服务”",
        None,
        None,
        [],
        [],
        [],
        [
            Target(
                "区属公立医院人工智能辅助诊断应用覆盖率",
                "%",
                "eq",
                100,
                "区属公立医院人工智能辅助诊断应用覆盖率达到100%",
            ),
            Target("人工智能教育实验学校", "所", "eq", 10, "建设人工智能教育实验学校10所"),
            Target("智慧康养社区", "个", "eq", 5, "建设智慧康养社区5个"),
        ],
        [
            (
                "推广人工智能辅助诊断、智能随访等应用，区属公立医院人工智能辅助诊断应用覆盖率达到100%",
                "区卫生健康局负责",
            ),
            ("建设人工智能教育实验学校10所，开展中小学人工智能通识教育", "区教育局负责"),
            ("推进智慧养老服务，建设智慧康养社区5个", "区民政局负责"),
        ],
    ),
    (
        "（七）",
        "推进城市治理智能化",
        "推动“数字蓬江”城市运行管理平台接入人工智能算法，在城市管理、自然资源监管、社会治安等领域开展智能巡查和预警，建设智能感知点位300个。",
        "牵头单位：区政务服务和数据管理局；配合单位：市自然资源局蓬江分局、市公安局蓬江分局、各镇（街）",
        ["区政务服务和数据管理局"],
        [],
        ["市自然资源局蓬江分局", "市公安局蓬江分局", "各镇（街）"],
        [Target("智能感知点位", "个", "eq", 300, "建设智能感知点位300个")],
        [],
    ),
    (
        "（八）",
        "加强人才引育",
        "实施人工智能人才专项，每年引进培育人工智能领域高层次人才和技能人才300人以上，支持企业与高校共建实训基地。",
        "责任单位：区人力资源社会保障局",
        [],
        ["区人力资源社会保障局"],
        [],
        [
            Target(
                "引进培育人工智能领域高层次人才和技能人才",
                "人",
                "gte",
                300,
                "每年引进培育人工智能领域高层次人才和技能人才300人以上",
                per_year=True,
                kind="talent",
            )
        ],
        [],
    ),
    (
        "（九）",
        "推进“人工智能+商贸物流”",
        "支持商贸流通企业应用智能选品、智能客服和无人配送，建设智慧商圈2个、智能仓储物流示范项目5个，推动跨境电商企业运用人工智能开展多语种营销。",
        "牵头单位：区科工商务局；配合单位：区市场监管局、各镇（街）",
        ["区科工商务局"],
        [],
        ["区市场监管局", "各镇（街）"],
        [
            Target("智慧商圈", "个", "eq", 2, "建设智慧商圈2个"),
            Target("智能仓储物流示范项目", "个", "eq", 5, "智能仓储物流示范项目5个"),
        ],
        [],
    ),
    (
        "（十）",
        "开放应用场景",
        "定期发布“人工智能+”应用场景机会清单和能力清单，每年组织场景供需对接活动不少于4场，推动政府部门、国有企业率先开放应用场景。",
        "牵头单位：区科工商务局；配合单位：区政务服务和数据管理局、区发展改革局",
        ["区科工商务局"],
        [],
        ["区政务服务和数据管理局", "区发展改革局"],
        [
            Target(
                "场景供需对接活动",
                "场",
                "gte",
                4,
                "每年组织场景供需对接活动不少于4场",
                per_year=True,
            )
        ],
        [],
    ),
    (
        "（十一）",
        "强化安全保障",
        "落实生成式人工智能服务备案和安全评估要求，加强数据安全和个人信息保护，防范人工智能技术滥用风险。",
        "牵头单位：区委网信办；配合单位：市公安局蓬江分局、区政务服务和数据管理局",
        ["区委网信办"],
        [],
        ["市公安局蓬江分局", "区政务服务和数据管理局"],
        [],
        [],
    ),
]

SAFEGUARDS = [
    (
        "（一）",
        "加强组织领导",
        "由区“人工智能+”行动工作专班统筹推进实施，专班办公室设在区科工商务局，定期调度任务进展，协调解决重大问题。各牵头单位要制定具体工作计划，明确时间表和路线图，各镇（街）要结合实际抓好落实。",
    ),
    (
        "（二）",
        "强化资金保障",
        "区财政每年安排1000万元专项资金，支持算力券发放、场景建设和企业培育，积极争取省、市专项资金支持。发挥区产业引导基金作用，吸引社会资本参与人工智能项目建设，鼓励金融机构加大对人工智能企业的信贷支持力度。",
    ),
    (
        "（三）",
        "加强宣传引导",
        "通过政务新媒体、新闻媒体等渠道，加强“人工智能+”政策解读和典型案例宣传，组织人工智能进企业、进校园、进社区活动，营造全社会关心支持人工智能发展的良好氛围。",
    ),
    (
        "（四）",
        "加强督促评估",
        "建立任务清单和工作台账，每半年开展一次评估，评估结果纳入各单位年度绩效考核。对推进有力、成效明显的单位予以通报表扬，对工作滞后的单位进行督促提醒，确保各项任务按期完成。",
    ),
]


CLOSING = "本方案自印发之日起实施，有效期至2027年12月31日。实施期间如遇国家、省、市政策调整，按照上级最新规定执行。本方案由区科工商务局负责解释，各牵头单位可根据本方案制定具体实施细则。"


def _build():
    paras = [
        ("h1", "一、总体要求"),
        ("p", BASE),
        ("p", f"（一）指导思想。{GUIDE}"),
        ("p", f"（二）基本原则。{GENERAL}"),
        ("h1", "二、工作目标"),
        ("p", GOAL_2026),
        ("p", GOAL_2027),
        ("h1", "三、重点任务"),
    ]
    goals = [
        Goal("到2026年底", GOAL_2026, GOAL_2026_TARGETS),
        Goal("到2027年", GOAL_2027, GOAL_2027_TARGETS),
    ]
    tasks = []
    for no, title, rest, note, lead, resp, sup, targets, clauses in TASKS:
        if clauses:
            rest = "；".join(f"{c}（{n}）" for c, n in clauses) + "。"
        body = f"{title}。{rest}{EXTRA.get(no, '')}"
        paras.append(("p", f"{no}{body}"))
        text = body
        if note:
            paras.append(("p", note))
            text = f"{body}\n{note}"
        tasks.append(
            Task(
                no,
                title,
                text,
                lead=[ALIAS[n] for n in lead],
                responsible=[ALIAS[n] for n in resp],
                supporting=[ALIAS[n] for n in sup],
                clauses=[
                    Clause(f"{c}（{n}）", responsible=[ALIAS[n.removesuffix("负责")]])
                    for c, n in clauses
                ],
            )
        )
        if targets:
            goals.append(Goal(title, body, targets, numbering=no))
    paras.append(("h1", "四、保障措施"))
    safeguard_tasks = []
    for no, title, rest in SAFEGUARDS:
        paras.append(("p", f"{no}{title}。{rest}"))
        safeguard_tasks.append(Task(no, title, f"{title}。{rest}"))
    paras.append(("p", CLOSING))
    sections = [
        Section("三", "三、", "重点任务", "key_task", tasks),
        Section("四", "四、", "保障措施", "safeguard", safeguard_tasks),
    ]
    return paras, goals, sections


PARAS, GOALS, SECTIONS = _build()


def _page():
    body = []
    for kind, text in PARAS:
        t = html.escape(text, quote=False)
        if kind == "h1":
            body.append(f'<p style="text-indent:2em;"><strong>{t}</strong></p>')
        else:
            body.append(f'<p style="text-indent:2em;">{t}</p>')
    article = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>江门市蓬江区人民政府办公室关于印发《{html.escape(TITLE)}》的通知_政策文件_江门市蓬江区人民政府门户网站</title>
<meta name="ArticleTitle" content="江门市蓬江区人民政府办公室关于印发《{html.escape(TITLE)}》的通知">
<meta name="PubDate" content="2026-04-20 10:32">
<link rel="stylesheet" href="/css/common.css">
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top-bar"><a href="/">首页</a> | <a href="/wza">无障碍</a> | <a href="/yhb">长者模式</a></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a></div>
<table class="info-table">
<tr><td>索引号：</td><td>11440703MB2C41275X/2026-00041</td><td>分类：</td><td>科技、工业、信息化</td></tr>
<tr><td>发布机构：</td><td>{ISSUER}</td><td>成文日期：</td><td>2026-04-15</td></tr>
<tr><td>文号：</td><td>{DOC_NUMBER}</td><td>发布日期：</td><td>2026-04-20</td></tr>
</table>
<div class="article">
<h1 class="title">江门市蓬江区人民政府办公室关于印发《{html.escape(TITLE)}》的通知</h1>
<p>各镇人民政府、街道办事处，区直各单位：</p>
<p style="text-indent:2em;">《{html.escape(TITLE)}》已经区人民政府同意，现印发给你们，请认真组织实施。各单位要按照职责分工，细化工作措施，明确时间节点，确保各项任务落到实处。实施过程中遇到的问题，请径向区科工商务局反映。</p>
<p style="text-align:right;">{ISSUER}</p>
<p style="text-align:right;">2026年4月15日</p>
<p style="text-align:center;"><strong>{html.escape(TITLE)}</strong></p>
<p style="text-indent:2em;">{html.escape(PREAMBLE, quote=False)}</p>
{article}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> 【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="footer"><p>主办单位：江门市蓬江区人民政府办公室　　网站标识码：4407030001</p><p>粤ICP备05020468号　　粤公网安备 44070302000123号</p></div>
</body>
</html>
"""


TEXT = _page()

PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Pengjiang District implementation plan for advancing the “AI+” action (2026–2027) — synthetic",
    "issuer": ISSUER,
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-15",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2026, 2027],
    "source_file": f"{SLUG}.html",
}

EXTRACTION = {
    "zone": {
        "slug": "pengjiang-district",
        "name": "蓬江区",
        "name_en": "Pengjiang District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 江门市蓬江区推进“人工智能+”行动实施方案（2026—2027年） (江门市蓬江区人民政府办公室, 蓬府办〔2026〕5号, 2026-04-15) — SYNTHETIC
# (synthetic_aq): WRITTEN by the collector (helper blindAQ, 2026-12-05) before reading or running the importer; no such document is
# claimed to exist. Built by make_files.py from doc_pengjiang.py as the district portal's page saved by a browser (.html, UTF-8: top bar,
# navigation, breadcrumbs, an 索引号/文号 table, share links and footer around the article; published 2026-04-20, issued 2026-04-15).
# Zone pengjiang-district (广东 江门市, district level); period 2026–2027, milestones 2026 and 2027.
# Outline: notice, title, preamble, 一、总体要求 = a paragraph of 2025 figures (68%, 36家: baselines, no target),
#   then （一）指导思想。… and （二）基本原则。… (numbered items of the 总体要求 part, no figure → no task, no section), 二、工作目标 = two paragraphs "到2026年底，…" and "到2027年，…" → two goals
#   titled by their date phrase (到2026年底: figures due 2026; 到2027年: due 2027). 三、重点任务 = tasks （一）–（十一） directly under the part
#   (no groups), each "（N）标题。正文。" with its annotation on its own <p> after it (the task text includes it, after a line break);
#   四、保障措施 （一）–（四） unannotated → safeguard tasks; a closing paragraph (validity, 有效期至2027年12月31日) → no task.
# Roles as worded: "牵头单位：X；配合单位：Y" → X lead, Y supporting; task （八）'s "责任单位：X" alone → responsible. Task （六） has no
#   annotation line: three clauses each closing on "（X负责）" → clauses with X responsible, the heading phrase not in the first clause,
#   no task-level roles (SOURCES.md, Hefei). "各镇（街）" → ONE collective agency (the district's towns and sub-districts, named in full
#   江门市蓬江区各镇人民政府、街道办事处). 市自然资源局蓬江分局 / 市公安局蓬江分局 are the city bureaus' district branches, named as printed.
# Targets: 2026 paragraph four, 2027 paragraph five (3—5个 → range 3–5; 其中…“小巨人”企业 → parent of the one before). Items holding
#   figures are also goals titled like the item (text without the annotation line), due 2027. 新增智能算力120P以上 → an increment, a
#   target of its own (flow); 每年 → per_year flow; 引进项目 → flow. Not targets: 保障措施（二）'s yearly 1000万元, the 索引号, the
#   page's ICP numbers, the “蓬江算力券” (an instrument, no figure).
"""

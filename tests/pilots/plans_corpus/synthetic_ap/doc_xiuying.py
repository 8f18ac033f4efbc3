# ruff: noqa: E501  (plan text as the office writes it)
"""秀英区2026年“人工智能+”工作要点 — INVENTED (synthetic_ap). The district portal's page saved by a browser
(.html): 一、工作目标 of an opening sentence and three "——X。…" goal lines; 二、重点任务 of three groups
（一）–（三） whose items 1. 2. … restart in each group, each followed by two own lines
"责任单位：X（牵头）、Y、Z" and "完成时限：2026年N月底前"; 三、工作要求 （一）–（四）."""

import html

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "xiuying-ai-plus-work-points-2026-synthetic"
KIND = "html"

A = [
    ("kgx", "海口市秀英区科学技术和工业信息化局", "区科工信局", "industry_it"),
    ("fgw", "海口市秀英区发展和改革委员会", "区发改委", "development_reform"),
    ("sp", "海口市秀英区行政审批服务局", "区行政审批服务局", "government_services"),
    ("czj", "海口市秀英区财政局", "区财政局", "finance"),
    ("swj", "海口市秀英区商务局", "区商务局", "commerce"),
    ("jtj", "海口市秀英区交通运输局", "区交通运输局", "transport"),
    ("lwj", "海口市秀英区旅游和文化广电体育局", "区旅文局", "culture_tourism"),
    ("nyj", "海口市秀英区农业农村局", "区农业农村局", "agriculture"),
    ("wjw", "海口市秀英区卫生健康委员会", "区卫健委", "health"),
    ("jyj", "海口市秀英区教育局", "区教育局", "education"),
    ("wxb", "中共海口市秀英区委网络安全和信息化委员会办公室", "区委网信办", "publicity"),
    ("scj", "海口市秀英区市场监督管理局", "区市场监管局", "market_regulation"),
    ("zf", "海口市秀英区综合行政执法局", "区综合行政执法局", "housing_construction"),
    ("mzj", "海口市秀英区民政局", "区民政局", "civil_affairs"),
    ("rsj", "海口市秀英区人力资源和社会保障局", "区人力资源和社会保障局", "human_resources"),
    ("zj", "海口市秀英区各镇人民政府、街道办事处", "各镇人民政府、街道办事处", "local_government"),
]
AGENCIES = [Agency(c, n, [a] if a != n else [], cat) for c, n, a, cat in A]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "秀英区2026年“人工智能+”工作要点"
DOC_NUMBER = "秀府办〔2026〕6号"
PLAN = {"title": TITLE}

PREAMBLE = "2025年，我区人工智能相关企业达到26家，建成5G基站1800个，港航物流、文化旅游等领域人工智能应用初见成效，但产业规模偏小、龙头企业缺乏、应用场景开放不足等问题仍较突出。为贯彻落实国家、省和市关于实施“人工智能+”行动的部署要求，抢抓海南自由贸易港建设机遇，发挥我区港口枢纽、火山文化和热带农业资源优势，加快推动人工智能与我区经济社会发展深度融合，结合我区实际，制定本工作要点。"
GOAL_INTRO = "2026年，全区“人工智能+”行动取得阶段性成效，人工智能与港航物流、文化旅游、热带农业和民生服务加快融合，产业生态持续优化，发展环境明显改善，为建设“人工智能+”创新发展示范区打下坚实基础，重点实现以下目标："
GOAL_LINES = [
    (
        "产业规模稳步扩大",
        "人工智能相关企业新增10家以上，人工智能核心产业营业收入达到5亿元。",
        [
            Target(
                "新增人工智能相关企业",
                "家",
                "gte",
                10,
                "人工智能相关企业新增10家以上",
                kind="ai_enterprises",
                aggregation="flow",
            ),
            Target(
                "人工智能核心产业营业收入",
                "亿元",
                "eq",
                5,
                "人工智能核心产业营业收入达到5亿元",
                kind="ai_industry_scale",
            ),
        ],
    ),
    (
        "应用场景加快落地",
        "全年发布“人工智能+”应用场景清单2批，打造典型应用场景15个。",
        [
            Target(
                "发布“人工智能+”应用场景清单",
                "批",
                "eq",
                2,
                "全年发布“人工智能+”应用场景清单2批",
                aggregation="flow",
            ),
            Target(
                "典型应用场景",
                "个",
                "eq",
                15,
                "打造典型应用场景15个",
                kind="application_scenarios",
                aggregation="flow",
            ),
        ],
    ),
    (
        "民生服务更加便捷",
        "高频政务服务事项智能办理率达到60%，打造智慧社区示范点10个。",
        [
            Target(
                "高频政务服务事项智能办理率", "%", "eq", 60, "高频政务服务事项智能办理率达到60%"
            ),
            Target("智慧社区示范点", "个", "eq", 10, "打造智慧社区示范点10个", aggregation="flow"),
        ],
    ),
    (
        "基础支撑不断夯实",
        "建成区级人工智能公共服务平台1个，培训各类人工智能应用人才1000人次以上。",
        [
            Target(
                "区级人工智能公共服务平台",
                "个",
                "eq",
                1,
                "建成区级人工智能公共服务平台1个",
                kind="innovation_platforms",
            ),
            Target(
                "培训人工智能应用人才",
                "人次",
                "gte",
                1000,
                "培训各类人工智能应用人才1000人次以上",
                kind="talent",
                aggregation="flow",
            ),
        ],
    ),
]

# (group no, title, [(no, title, rest, responsible line, lead, responsible, due line, due, targets)])
GROUPS = [
    (
        "（一）",
        "夯实人工智能发展基础",
        [
            (
                "1.",
                "建设人工智能公共服务平台",
                "依托秀英区科技产业园区建设区级人工智能公共服务平台，为企业提供算力调度、模型训练、数据标注等服务，全年服务企业50家以上。",
                "区科工信局（牵头）、区发改委、区财政局",
                ["区科工信局"],
                ["区发改委", "区财政局"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "人工智能公共服务平台服务企业",
                        "家",
                        "gte",
                        50,
                        "全年服务企业50家以上",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "2.",
                "推进公共数据开发利用",
                "推动交通、文旅、医疗等领域公共数据汇聚治理，依托省数据产品超市上架数据产品20个，探索公共数据授权运营。",
                "区行政审批服务局（牵头）、区科工信局",
                ["区行政审批服务局"],
                ["区科工信局"],
                "2026年9月底前",
                "2026-09-30",
                [
                    Target(
                        "上架数据产品",
                        "个",
                        "eq",
                        20,
                        "依托省数据产品超市上架数据产品20个",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "3.",
                "发布应用场景清单",
                "梳理港航物流、文化旅游、城市治理等领域场景需求，全年发布“人工智能+”应用场景清单2批，组织供需对接。",
                "区发改委（牵头）、区科工信局、区商务局",
                ["区发改委"],
                ["区科工信局", "区商务局"],
                "2026年11月底前",
                "2026-11-30",
                [],
            ),
            (
                "4.",
                "推动算力设施建设",
                "支持企业在秀英区科技产业园区布局边缘计算节点，新增智能算力规模50P，推动算力资源向中小企业开放共享。",
                "区发改委（牵头）、区科工信局",
                ["区发改委"],
                ["区科工信局"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "新增智能算力规模",
                        "P",
                        "eq",
                        50,
                        "新增智能算力规模50P",
                        kind="computing_power",
                        aggregation="flow",
                    ),
                ],
            ),
        ],
    ),
    (
        "（二）",
        "深化重点领域融合应用",
        [
            (
                "1.",
                "推进“人工智能+港航物流”",
                "依托新海港、马村港推广智能调度、智能安检和车辆智能引导，建设智慧物流示范项目3个，提升琼州海峡客货滚装运输效率。",
                "区交通运输局（牵头）、区商务局",
                ["区交通运输局"],
                ["区商务局"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "智慧物流示范项目",
                        "个",
                        "eq",
                        3,
                        "建设智慧物流示范项目3个",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "2.",
                "推进“人工智能+文旅”",
                "在火山口世界地质公园等景区推广智能导览、客流预测和多语种智能服务，建成智慧景区2个。",
                "区旅文局（牵头）、各镇人民政府、街道办事处",
                ["区旅文局"],
                ["各镇人民政府、街道办事处"],
                "2026年10月底前",
                "2026-10-31",
                [
                    Target("智慧景区", "个", "eq", 2, "建成智慧景区2个", aggregation="flow"),
                ],
            ),
            (
                "3.",
                "推进“人工智能+热带农业”",
                "依托石山互联网农业小镇推广智能灌溉、病虫害智能识别和农产品溯源，建设智慧农业示范基地5个。",
                "区农业农村局（牵头）、各镇人民政府、街道办事处",
                ["区农业农村局"],
                ["各镇人民政府、街道办事处"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "智慧农业示范基地",
                        "个",
                        "eq",
                        5,
                        "建设智慧农业示范基地5个",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "4.",
                "推进智慧医疗",
                "推广基层智能辅助诊断和慢病智能随访，基层医疗卫生机构智能辅助诊断系统覆盖率达到100%。",
                "区卫健委",
                [],
                ["区卫健委"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "基层医疗卫生机构智能辅助诊断系统覆盖率",
                        "%",
                        "eq",
                        100,
                        "基层医疗卫生机构智能辅助诊断系统覆盖率达到100%",
                    ),
                ],
            ),
            (
                "5.",
                "推进智慧教育",
                "开展中小学人工智能通识教育，遴选人工智能教育示范校5所，组织师生参加人工智能创新竞赛。",
                "区教育局",
                [],
                ["区教育局"],
                "2026年8月底前",
                "2026-08-31",
                [
                    Target(
                        "人工智能教育示范校",
                        "所",
                        "eq",
                        5,
                        "遴选人工智能教育示范校5所",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "6.",
                "推进“人工智能+城市治理”",
                "推广城市部件智能识别、违章建筑智能巡查和交通态势智能研判，在长流、海秀等片区建设城市治理智能感知点位200个。",
                "区综合行政执法局（牵头）、区交通运输局、各镇人民政府、街道办事处",
                ["区综合行政执法局"],
                ["区交通运输局", "各镇人民政府、街道办事处"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "城市治理智能感知点位",
                        "个",
                        "eq",
                        200,
                        "建设城市治理智能感知点位200个",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "7.",
                "推进“人工智能+政务服务”",
                "推广智能导办、智能预审和“免申即享”，高频政务服务事项智能办理率达到60%，推动“高效办成一件事”提质增效。",
                "区行政审批服务局",
                [],
                ["区行政审批服务局"],
                "2026年12月底前",
                "2026-12-31",
                [],
            ),
            (
                "8.",
                "推进“人工智能+社区服务”",
                "在海秀、长流等街道推广社区智能服务终端和居家养老智能监护设备，打造智慧社区示范点10个，为独居老人提供智能呼叫和健康监测服务。",
                "区民政局（牵头）、各镇人民政府、街道办事处",
                ["区民政局"],
                ["各镇人民政府、街道办事处"],
                "2026年12月底前",
                "2026-12-31",
                [],
            ),
        ],
    ),
    (
        "（三）",
        "优化产业发展环境",
        [
            (
                "1.",
                "引育人工智能企业",
                "围绕智能网联、数据服务、跨境数字贸易等领域开展精准招商，人工智能相关企业新增10家以上，举办人工智能产业招商推介活动4场。",
                "区商务局（牵头）、区科工信局",
                ["区商务局"],
                ["区科工信局"],
                "2026年12月底前",
                "2026-12-31",
                [
                    Target(
                        "人工智能产业招商推介活动",
                        "场",
                        "eq",
                        4,
                        "举办人工智能产业招商推介活动4场",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "2.",
                "用好自贸港政策",
                "落实海南自由贸易港鼓励类产业企业所得税优惠、加工增值货物内销免征关税等政策，支持人工智能企业开展国际合作和数据跨境服务。",
                "区商务局（牵头）、区财政局、区科工信局",
                ["区商务局"],
                ["区财政局", "区科工信局"],
                "持续推进",
                None,
                [],
            ),
            (
                "3.",
                "加强人才引育",
                "落实海口市人才引进政策，开展人工智能应用技能培训，组织企业参加人工智能专场招聘会，支持企业与海南大学等高校共建实训基地。",
                "区人力资源和社会保障局（牵头）、区科工信局、区教育局",
                ["区人力资源和社会保障局"],
                ["区科工信局", "区教育局"],
                "2026年12月底前",
                "2026-12-31",
                [],
            ),
            (
                "4.",
                "加强人工智能安全治理",
                "落实生成式人工智能服务管理要求，开展算法备案、数据安全和个人信息保护检查，依法查处利用人工智能实施的虚假宣传等违法行为。",
                "区委网信办（牵头）、区市场监管局",
                ["区委网信办"],
                ["区市场监管局"],
                "持续推进",
                None,
                [],
            ),
        ],
    ),
]

# sentences with no figure printed after each item's first ones
EXTRA = {
    "建设人工智能公共服务平台": "鼓励平台汇聚开源模型、开发工具和行业知识库，降低中小企业人工智能应用门槛。推动平台与省、市人工智能公共服务平台互联互通，实现资源共享。",
    "推进公共数据开发利用": "建立数据资源目录动态更新机制，依法保护个人信息、商业秘密和重要数据。探索建立数据资源开发利用收益分配机制，激发数据要素价值。",
    "发布应用场景清单": "对入选清单的场景建设项目优先给予要素保障，推动一批场景项目落地见效。建立场景项目跟踪服务机制，及时协调解决项目建设中的困难和问题。",
    "推进“人工智能+港航物流”": "推动港口、码头、物流园区数据互联互通，探索人工智能在船舶调度、冷链物流中的应用。支持物流企业应用智能仓储、无人配送等技术，降低物流成本。",
    "推进“人工智能+文旅”": "推动景区门票预约、停车引导、游客服务数据互联互通，打造火山文化智慧旅游品牌。鼓励文旅企业运用生成式人工智能开发火山文化创意产品。",
    "推进“人工智能+热带农业”": "支持农业企业和合作社应用智能农机和无人机植保，推动热带特色农产品品牌化、标准化发展。推动农产品电商直播和智能营销，拓宽热带特色农产品销售渠道。",
    "推进智慧医疗": "推动区属医疗机构与省、市医院远程会诊和影像共享，提升基层医疗服务能力。探索人工智能在慢病管理、健康体检等领域的应用。",
    "推进智慧教育": "推动优质数字教育资源向镇村学校倾斜，开展教师人工智能素养提升培训。鼓励学校开设人工智能兴趣课程，提升学生创新实践能力。",
    "推进“人工智能+城市治理”": "推动城市管理、应急、公安等部门视频资源共享，提升城市精细化治理水平。推动城市治理事件智能发现、自动派单和闭环处置。",
    "推动算力设施建设": "探索“算力券”等普惠服务模式，降低中小企业用算成本。加强算力设施能耗监测，推广液冷等先进节能技术。",
    "推进“人工智能+政务服务”": "推动镇街便民服务中心智能终端全覆盖，提升企业和群众办事体验。推动更多政务服务事项“免申即享”“直达快享”。",
    "加强人才引育": "对引进的人工智能领域高层次人才，在住房保障、子女入学等方面给予支持。鼓励企业设立人工智能岗位，拓宽青年人才就业渠道。",
    "推进“人工智能+社区服务”": "推动社区服务数据与政务服务、医疗健康数据有序共享，提升基层治理和服务水平。",
    "引育人工智能企业": "对引进的重点项目实行专班服务、全程代办，推动签约项目早落地、早投产。支持本地企业与省内外人工智能龙头企业开展合作，联合开发行业解决方案。",
    "用好自贸港政策": "积极争取跨境数据流动试点政策，推动人工智能企业开展离岸数据服务。加强政策宣传解读，帮助企业用足用好各项优惠政策。",
    "加强人工智能安全治理": "加强人工智能安全风险监测预警，引导企业落实安全主体责任。加强人工智能伦理审查，防范算法歧视和数据滥用风险。",
}

REQUIREMENTS = [
    (
        "（一）",
        "加强统筹协调",
        "区“人工智能+”行动工作专班要加强统筹调度，各牵头单位要细化工作措施，明确责任人和时间节点，确保各项任务按期完成。各镇人民政府、街道办事处要结合辖区实际，主动谋划一批“人工智能+”应用场景。区直各相关部门要加强协作配合，形成工作合力。",
    ),
    (
        "（二）",
        "强化督促落实",
        "区科工信局每季度汇总工作进展，年底前形成全年工作总结报区政府，对工作推进不力的单位予以通报。各责任单位要于每季度末将工作进展情况报区科工信局。",
    ),
    (
        "（三）",
        "营造良好氛围",
        "加强“人工智能+”政策宣传解读，及时总结推广典型案例和经验做法，组织开展人工智能进企业、进校园、进社区活动，营造全社会关注支持人工智能发展的良好氛围。",
    ),
    (
        "（四）",
        "强化要素保障",
        "统筹用好省、市各类专项资金和区级产业扶持资金，对入选应用场景清单的项目优先给予支持，鼓励金融机构开发科技信贷产品，保障重点项目用地、用能需求。积极争取省、市在算力、数据、场景等方面对我区给予更多支持。",
    ),
]


def _build():
    lines = [
        ("title", TITLE),
        ("p", PREAMBLE),
        ("h", "一、工作目标"),
        ("p", GOAL_INTRO),
    ]
    goals = []
    for title, rest, targets in GOAL_LINES:
        line = f"——{title}。{rest}"
        lines.append(("p", line))
        goals.append(Goal(title, f"{title}。{rest}", targets))
    lines.append(("h", "二、重点任务"))
    subs = []
    for gno, gtitle, items in GROUPS:
        lines.append(("h", f"{gno}{gtitle}"))
        tasks = []
        for no, title, rest, resp_line, lead, resp, due_line, due, targets in items:
            body = f"{title}。{rest}{EXTRA[title]}"
            lines += [
                ("p", f"{no}{body}"),
                ("p", f"责任单位：{resp_line}"),
                ("p", f"完成时限：{due_line}"),
            ]
            tasks.append(
                Task(
                    no,
                    title,
                    f"{body}\n责任单位：{resp_line}\n完成时限：{due_line}",
                    lead=[ALIAS[n] for n in lead],
                    responsible=[ALIAS[n] for n in resp],
                    due=due,
                )
            )
            if targets:
                goals.append(Goal(title, body, targets, numbering=no))
        subs.append(Section(gno.strip("（）"), gno, gtitle, "key_task", tasks))
    lines.append(("h", "三、工作要求"))
    for no, title, rest in REQUIREMENTS:
        lines.append(("p", f"{no}{title}。{rest}"))
    sections = [
        Section("二", "二、", "重点任务", "key_task", sections=subs),
        Section(
            "三",
            "三、",
            "工作要求",
            "safeguard",
            [Task(no, t, f"{t}。{r}") for no, t, r in REQUIREMENTS],
        ),
    ]
    return lines, goals, sections


LINES, GOALS, SECTIONS = _build()


def _page():
    body = []
    for kind, text in LINES:
        t = html.escape(text, quote=False)
        if kind == "title":
            continue
        if kind == "h":
            body.append(f'<p style="text-indent:2em;"><strong>{t}</strong></p>')
        else:
            body.append(f'<p style="text-indent:2em;">{t}</p>')
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_政策文件_海口市秀英区人民政府</title>
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-03-27 16:30">
<meta name="ContentSource" content="秀英区人民政府办公室">
<link rel="stylesheet" href="/static/css/common.css">
<script src="/static/js/jquery.min.js"></script>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top">海口市秀英区人民政府　　无障碍　长者模式　　登录</div>
<div class="nav"><a href="/">首页</a> <a href="/xxgk/">政务公开</a> <a href="/zwfw/">政务服务</a> <a href="/hdjl/">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; <a href="/xxgk/zcwj/">政策文件</a></div>
<table class="xxgk-info">
<tr><td>索引号：</td><td>XY00107-0302-2026-00012</td><td>主题分类：</td><td>科技、教育</td></tr>
<tr><td>发布机构：</td><td>秀英区人民政府办公室</td><td>发文日期：</td><td>2026年03月25日</td></tr>
<tr><td>文号：</td><td>{DOC_NUMBER}</td><td>有效性：</td><td>有效</td></tr>
</table>
<div class="article">
<h1 class="article-title">{TITLE}</h1>
<div class="article-info">发布时间：2026-03-27 16:30　来源：秀英区人民政府办公室　【字体：大 中 小】　打印</div>
<div class="article-content" id="zoom">
{content}
<p style="text-align:right;">海口市秀英区人民政府办公室</p>
<p style="text-align:right;">2026年3月25日</p>
</div>
</div>
<div class="related">相关链接：<a href="/xxgk/zcjd/">政策解读</a></div>
<div class="footer">主办：海口市秀英区人民政府办公室　琼ICP备00000000号　网站标识码：4601050000</div>
</body>
</html>
"""


TEXT = _page()

EXTRACTION = {
    "zone": {
        "slug": "xiuying-district",
        "name": "秀英区",
        "name_en": "Xiuying District, Haikou",
        "level": "district",
    },
    "plan": {
        "code": SLUG,
        "title": TITLE,
        "title_en": "Xiuying District 2026 work points of the “AI+” action — synthetic",
        "issuer": "海口市秀英区人民政府办公室",
        "doc_number": DOC_NUMBER,
        "issued_on": "2026-03-25",
        "period_start": 2026,
        "period_end": 2026,
        "milestone_years": [2026],
        "source_file": f"{SLUG}.html",
    },
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2026,
}

HEADER = """# 秀英区2026年“人工智能+”工作要点 (海口市秀英区人民政府办公室, 秀府办〔2026〕6号, 2026-03-25) — SYNTHETIC
# (synthetic_ap): WRITTEN by the collector (helper blindAP, 2026-12-05) before reading or running the importer; no such document is claimed to exist.
# Built by make_files.py from doc_xiuying.py as the district portal's page saved by a browser (.html: navigation, an 信息公开 table of 索引号 / 文号,
#   the article, footer). Zone xiuying-district (海南 海口市 秀英区 → district); a one-year plan: period 2026–2026, every target due 2026.
# Outline: title, preamble (no notice: the portal prints the 文号 in its info table), 一、工作目标 = an opening sentence (no figure, no goal) and three
#   lines "——X。…" → three goals titled X (text without the dash). 二、重点任务 = three groups （一）–（三） (sub-sections) of items 1. 2. … restarting
#   in each group; 三、工作要求 （一）–（四） → safeguard tasks, no roles.
# Roles: each item is followed by two own lines "责任单位：X（牵头）、Y、Z" and "完成时限：…" (the task text includes both lines): X lead, the others
#   responsible (责任单位 → responsible); an item naming one body with no （牵头） → that body responsible. "各镇人民政府、街道办事处" written together is
#   ONE collective agency (SOURCES.md). 完成时限 "2026年N月底前" → due the month's last day; "持续推进" → no due.
# Targets: every item with a NEW figure is also a goal titled like the item (text without the own lines). A one-year plan: things done in the year
#   (新增, 全年发布/服务, 打造, 建设/建成 projects, 遴选, 举办, 培训) are flow; the revenue (营业收入), the platform count and coverage rates stock.
#   Restated once, one target where first printed: item （一）3. 全年发布…清单2批 and item （三）1. 人工智能相关企业新增10家以上 repeat the goal lines →
#   no target of their own (（一）3. has no other figure: no goal); （三）1.'s 推介活动4场 is new. Likewise （二）7. and （二）8. restate the
#   "——民生服务更加便捷" line (智能办理率达到60%, 智慧社区示范点10个) and have no figure of their own: no target, no goal.
# Not targets: the preamble's 2025 figures (26家, 1800个: baselines).
"""

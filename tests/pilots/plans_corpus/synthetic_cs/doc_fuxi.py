# ruff: noqa: E501  (plan text as the office writes it)
"""滏溪县“人工智能+”行动实施方案（2026—2028年） — INVENTED (synthetic_cs). The county portal's page saved as .html, its
CMS having wrapped the pasted article in a LAYOUT table: one column, every paragraph a <tr><td>; part headings <h3>,
group headings <p><strong>, tasks numbered <p> "1．" (some with a <strong> title, some plain), and a real 重点工程 table
(序号 | 工程名称 | 建设内容和目标 | 牵头单位 | 配合单位 | 完成时限) nested inside one of the layout cells."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "fuxi-hebei-ai-plus-three-year-2026-synthetic"
KIND = "html"

A = {
    "gxj": ("滏溪县工业和信息化局", "industry_it", ["县工信局"]),
    "fgj": ("滏溪县发展和改革局", "development_reform", ["县发改局"]),
    "sjj": ("滏溪县数据和政务服务局", "big_data", ["县数据和政务服务局"]),
    "kjj": ("滏溪县科学技术局", "science_technology", ["县科技局"]),
    "nyj": ("滏溪县农业农村局", "agriculture", ["县农业农村局"]),
    "swj": ("滏溪县商务局", "commerce", ["县商务局"]),
    "wlj": ("滏溪县文化广电和旅游局", "culture_tourism", ["县文广旅局"]),
    "jyj": ("滏溪县教育和体育局", "education", ["县教体局"]),
    "wjj": ("滏溪县卫生健康局", "health", ["县卫健局"]),
    "yjj": ("滏溪县应急管理局", "emergency", ["县应急管理局"]),
    "sthj": ("滏溪县生态环境分局", "ecology_environment", ["县生态环境分局"]),
    "rsj": ("滏溪县人力资源和社会保障局", "human_resources", ["县人社局"]),
    "zzb": ("中共滏溪县委组织部", "party_organisation", ["县委组织部"]),
    "xz": ("滏溪县各乡镇人民政府", "local_government", ["各乡镇人民政府"]),
    "yq": ("滏溪经济开发区管理委员会", "park_administration", ["滏溪经济开发区管委会"]),
    "dl": ("国网滏溪县供电公司", "state_enterprise", ["国网滏溪县供电公司"]),
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "滏溪县“人工智能+”行动实施方案（2026—2028年）"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Fuxi County (Hebei) implementation plan for the “AI+” action 2026–2028 — synthetic",
    "issuer": "滏溪县人民政府",
    "doc_number": "滏政字〔2026〕11号",
    "issued_on": "2026-04-15",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2028],
    "source_file": f"{SLUG}.html",
}

BASIS = "近年来，我县数字基础设施不断完善，产业数字化转型步伐加快。截至2025年底，全县建成5G基站860个，规模以上工业企业关键工序数控化率达到52%，人工智能相关企业12家，建成省级数字化车间8个，为推进“人工智能+”行动奠定了基础。同时，我县人工智能产业规模小、创新能力弱、人才储备不足、应用场景开放不够等问题依然突出。"
GUIDE = "以习近平新时代中国特色社会主义思想为指导，认真落实省、市关于推进“人工智能+”行动的部署要求，立足我县装备制造、特色农业和生态康养产业基础，坚持需求导向、应用牵引、融合发展、安全可控，推动人工智能与县域经济社会发展深度融合，加快培育新质生产力，为建设冀南现代化经济强县注入新动能。"
G1_TEXT = "到2026年底，全县建成县级人工智能公共服务平台，人工智能相关企业达到25家，打造“人工智能+”应用场景15个。"
G1 = [
    T(
        "人工智能相关企业",
        "家",
        "eq",
        25,
        "人工智能相关企业达到25家",
        kind="ai_enterprises",
        deadline=2026,
    ),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        15,
        "打造“人工智能+”应用场景15个",
        kind="application_scenarios",
        deadline=2026,
    ),
]
G2_TEXT = "到2028年，全县人工智能核心产业规模突破10亿元，人工智能相关企业达到60家以上，规模以上工业企业智能化改造覆盖率达到70%，累计打造“人工智能+”应用场景50个，县域数字经济核心产业增加值占地区生产总值比重达到8%左右。"
G2 = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        10,
        "全县人工智能核心产业规模突破10亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能相关企业", "家", "gte", 60, "人工智能相关企业达到60家以上", kind="ai_enterprises"),
    T("规模以上工业企业智能化改造覆盖率", "%", "eq", 70, "规模以上工业企业智能化改造覆盖率达到70%"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        50,
        "累计打造“人工智能+”应用场景50个",
        kind="application_scenarios",
    ),
    T(
        "数字经济核心产业增加值占地区生产总值比重",
        "%",
        "approx",
        8,
        "县域数字经济核心产业增加值占地区生产总值比重达到8%左右",
    ),
]

# groups: (numeral, heading, items (title, body, annotation, lead, supporting, responsible, targets, bold title?))
GROUPS = [
    (
        "（一）",
        "夯实数字基础",
        [
            (
                "完善算力网络设施",
                "推进5G网络和千兆光网向行政村、重点园区和重点景区延伸，建设县级边缘计算节点，新增智能算力20P，实现算力资源统一调度。推动数据中心绿色化改造，优先保障算力设施用电需求，探索“算力+电力”协同发展模式。",
                "（县工信局牵头，县发改局、国网滏溪县供电公司按职责分工负责）",
                ["gxj"],
                [],
                ["fgj", "dl"],
                [
                    T(
                        "新增智能算力",
                        "P",
                        "eq",
                        20,
                        "新增智能算力20P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
                True,
            ),
            (
                "推动数据汇聚共享",
                "建设县级数据共享交换平台，归集政务、农业、医疗、交通等领域数据，建立数据资源目录和质量管理制度，推动公共数据依法有序开放，2027年底前公共数据开放目录覆盖县直部门100%。",
                "（责任单位：县数据和政务服务局）",
                [],
                [],
                ["sjj"],
                [
                    T(
                        "公共数据开放目录县直部门覆盖率",
                        "%",
                        "eq",
                        100,
                        "2027年底前公共数据开放目录覆盖县直部门100%",
                        deadline=2027,
                    )
                ],
                False,
            ),
        ],
    ),
    (
        "（二）",
        "赋能实体经济",
        [
            (
                "推进装备制造智能化",
                "支持轴承、紧固件等骨干企业开展智能化改造，推广机器视觉检测、设备远程运维、能耗智能管控等应用，鼓励企业上云用数赋智，到2028年建成省级智能工厂5家、数字化车间30个。",
                "（县工信局牵头，滏溪经济开发区管委会、县科技局按职责分工负责）",
                ["gxj"],
                [],
                ["yq", "kjj"],
                [
                    T("省级智能工厂", "家", "eq", 5, "建成省级智能工厂5家"),
                    T("数字化车间", "个", "eq", 30, "数字化车间30个"),
                ],
                True,
            ),
            (
                "发展智慧农业",
                "在小麦、谷子主产区推广智能农机和遥感监测，推动农产品生产、加工、流通全链条数字化，建设智慧农场10个，培育农业社会化服务组织20家。",
                "（责任单位：县农业农村局、各乡镇人民政府）",
                [],
                [],
                ["nyj", "xz"],
                [
                    T("智慧农场", "个", "eq", 10, "建设智慧农场10个"),
                    T("农业社会化服务组织", "家", "eq", 20, "培育农业社会化服务组织20家"),
                ],
                False,
            ),
            (
                "培育人工智能企业",
                "实施企业梯度培育，建立人工智能企业培育库，引进人工智能和数字化服务企业，鼓励企业参与京津冀人工智能产业协作，支持本地企业与高校院所合作开发行业应用，对首次认定的国家高新技术企业给予奖励，打造一批县域人工智能优质企业。",
                "（县科技局牵头，县工信局、县发改局按职责分工负责）",
                ["kjj"],
                [],
                ["gxj", "fgj"],
                [],
                False,
            ),
        ],
    ),
    (
        "（三）",
        "提升治理服务水平",
        [
            (
                "推进智慧政务",
                "上线政务服务智能客服，推动高频事项“智能预审、一次办好”，推广“掌上办”“就近办”服务，2026年底前实现县乡村三级政务服务智能导办全覆盖。",
                "（责任单位：县数据和政务服务局、各乡镇人民政府）",
                [],
                [],
                ["sjj", "xz"],
                [],
                True,
            ),
            (
                "推进智慧教育医疗",
                "在全县中小学开设人工智能课程，开展教师数字素养培训，建设智慧课堂100间；推动县医院、中医院应用影像辅助诊断、智能病历质控和智能导诊，建设县域医共体信息平台，远程医疗服务覆盖全部乡镇卫生院。",
                "（县教体局、县卫健局按职责分工负责）",
                [],
                [],
                ["jyj", "wjj"],
                [
                    T("智慧课堂", "间", "eq", 100, "建设智慧课堂100间"),
                ],
                False,
            ),
            (
                "推进智慧应急和生态监管",
                "建设森林防火、地质灾害、安全生产和大气污染智能监测预警系统，提升风险早发现、早预警、早处置能力，布设感知设备500个以上。",
                "（县应急管理局牵头，县生态环境分局按职责分工负责）",
                ["yjj"],
                [],
                ["sthj"],
                [T("智能监测感知设备", "个", "gte", 500, "布设感知设备500个以上")],
                True,
            ),
        ],
    ),
    (
        "（四）",
        "拓展民生消费场景",
        [
            (
                "发展智慧文旅",
                "推动滏溪河湿地公园等景区建设智能导览、客流监测和智慧停车系统，开发县域文旅小程序，推出数字文创产品，到2028年全县3A级以上景区智慧化服务全覆盖。",
                "（县文广旅局牵头，县商务局、各乡镇人民政府按职责分工负责）",
                ["wlj"],
                [],
                ["swj", "xz"],
                [],
                True,
            ),
            (
                "培育智能消费",
                "支持商贸企业建设智慧门店和直播电商基地，推广智能家居、智能穿戴、智能家电等产品，开展数字消费促进活动，培育县域电商直播基地3个，带动农特产品网络零售额年均增长15%以上。",
                "（责任单位：县商务局）",
                [],
                [],
                ["swj"],
                [
                    T("县域电商直播基地", "个", "eq", 3, "培育县域电商直播基地3个"),
                    T(
                        "农特产品网络零售额年均增速",
                        "%",
                        "gte",
                        15,
                        "农特产品网络零售额年均增长15%以上",
                    ),
                ],
                False,
            ),
        ],
    ),
    (
        "（五）",
        "强化创新支撑",
        [
            (
                "建设创新平台",
                "支持骨干企业建设企业技术中心和工程研究中心，与河北省内高校共建人工智能联合实验室，到2028年新增市级以上创新平台8家，推动一批技术成果在县内转化应用。",
                "（县科技局牵头，县工信局、县发改局按职责分工负责）",
                ["kjj"],
                [],
                ["gxj", "fgj"],
                [
                    T(
                        "新增市级以上创新平台",
                        "家",
                        "eq",
                        8,
                        "到2028年新增市级以上创新平台8家",
                        kind="innovation_platforms",
                        aggregation="flow",
                    )
                ],
                True,
            ),
            (
                "开放应用场景",
                "每年发布“人工智能+”应用场景需求清单，组织供需对接和“揭榜挂帅”活动，对成效突出的场景项目优先推荐申报省级示范。",
                "（县数据和政务服务局牵头，县直有关部门按职责分工负责）",
                ["sjj"],
                [],
                [],
                [],
                False,
            ),
        ],
    ),
]
# engineering rows: (name, content, lead, supporting, 完成时限 printed, due year, targets)
WORKS = [
    (
        "县级人工智能公共服务平台",
        "依托县大数据中心，建设集算力调度、模型训练、场景展示、供需对接于一体的公共服务平台，为中小企业提供低成本算力和技术咨询，服务企业100家以上。",
        ["sjj"],
        ["gxj", "kjj"],
        "2026年12月",
        2026,
        [T("县级人工智能公共服务平台服务企业", "家", "gte", 100, "服务企业100家以上")],
    ),
    (
        "滏溪智能装备产业园",
        "在滏溪经济开发区规划建设智能装备产业园，配套建设检测认证和中试平台，改造标准厂房5万平方米，引进智能装备企业15家。",
        ["yq"],
        ["gxj", "fgj"],
        "2027年12月",
        2027,
        [
            T("改造标准厂房", "平方米", "eq", 50000, "改造标准厂房5万平方米"),
            T("引进智能装备企业", "家", "eq", 15, "引进智能装备企业15家", aggregation="flow"),
        ],
    ),
    (
        "数字乡村示范工程",
        "推进益农信息社和村级综合服务站点数字化升级，在每个乡镇建设1个以上数字乡村服务站，建成数字乡村示范村30个。",
        ["nyj"],
        ["xz", "sjj"],
        "2028年12月",
        2028,
        [
            T("每个乡镇数字乡村服务站", "个", "gte", 1, "在每个乡镇建设1个以上数字乡村服务站"),
            T("数字乡村示范村", "个", "eq", 30, "建成数字乡村示范村30个"),
        ],
    ),
    (
        "人工智能人才培育工程",
        "联合县职教中心和周边高校，与职业院校共建实训基地2个，面向企业职工、返乡青年和新型职业农民，每年开展数字技能培训1000人次。",
        ["rsj"],
        ["jyj", "zzb"],
        "2028年12月",
        2028,
        [
            T("人工智能实训基地", "个", "eq", 2, "共建实训基地2个", kind="talent"),
            T(
                "数字技能培训",
                "人次",
                "eq",
                1000,
                "每年开展数字技能培训1000人次",
                per_year=True,
                kind="talent",
            ),
        ],
    ),
    (
        "智慧文旅提升工程",
        "建设全域旅游智慧服务平台，整合景区、酒店、交通等信息资源，完成重点景区智能化改造6处。",
        ["wlj"],
        ["sjj"],
        "2027年6月",
        2027,
        [T("重点景区智能化改造", "处", "eq", 6, "完成重点景区智能化改造6处")],
    ),
]
SAFEGUARDS = [
    (
        "加强组织领导",
        "成立由县政府主要负责同志任组长的“人工智能+”行动领导小组，领导小组办公室设在县工信局，负责统筹协调、调度推进和督导考核。各乡镇、各部门要明确分管领导和工作人员，细化年度工作任务，建立工作台账，每季度报送推进情况。",
    ),
    (
        "加大资金支持",
        "县财政统筹上级专项资金和县级资金，对重点工程、示范场景给予支持，落实首台（套）装备、研发费用加计扣除等政策，鼓励金融机构开发科技信贷产品，引导社会资本参与人工智能项目建设。",
    ),
    (
        "强化人才支撑",
        "实施“滏溪英才”计划，引进和培养一批懂技术、懂产业的复合型人才，为高层次人才在住房、子女入学、医疗保障等方面提供便利，营造识才爱才敬才用才的良好环境。",
    ),
    (
        "强化督导考核",
        "将“人工智能+”行动落实情况纳入县直部门和乡镇年度目标考核，建立季调度、半年通报、年终评估机制，确保各项任务按期完成。",
    ),
    (
        "守牢安全底线",
        "落实网络安全责任制，加强数据分类分级保护和个人信息保护，防范人工智能应用风险，确保安全可控。加强人工智能伦理规范宣传，引导企业依法合规开展人工智能研发和应用。",
    ),
]
N = {code: printed[0] for code, (_, _, printed) in A.items()}
TD = '<td style="padding:4px 0;line-height:2;font-size:16px;">'


def row(inner):
    return f"<tr>{TD}{inner}</td></tr>"


def p(text):
    return f'<p style="text-indent:2em;margin:0;">{text}</p>'


def _build():
    rows = [
        row(p("各乡镇人民政府，县政府各部门：")),
        row(p(f"现将《{TITLE}》印发给你们，请结合实际，认真组织实施。")),
        row(
            '<p style="text-align:right;">滏溪县人民政府</p><p style="text-align:right;">2026年4月15日</p>'
        ),
        row(f'<h2 style="text-align:center;">{TITLE}</h2>'),
        row("<h3>一、总体要求</h3>"),
        row(p(BASIS)),
        row(p(GUIDE)),
        row("<h3>二、发展目标</h3>"),
        row(p(G1_TEXT)),
        row(p(G2_TEXT)),
        row("<h3>三、重点任务</h3>"),
    ]
    for g in (G1, G2):
        for t in g:
            assert t.phrase in G1_TEXT + G2_TEXT, t.phrase
    goals = [Goal("到2026年底", G1_TEXT, G1), Goal("到2028年", G2_TEXT, G2)]
    groups = []
    for gi, (gno, gwords, items) in enumerate(GROUPS):
        rows.append(row(f'<p style="text-indent:2em;margin:0;"><strong>{gno}{gwords}</strong></p>'))
        tasks = []
        for i, (title, body, ann, lead, sup, resp, targets, bold) in enumerate(items, 1):
            no = f"{i}．"
            head = f"<strong>{title}。</strong>" if bold else f"{title}。"
            rows.append(row(p(f"{no}{head}{body}{ann}")))
            tasks.append(
                Task(
                    no, title, f"{title}。{body}{ann}", lead=lead, supporting=sup, responsible=resp
                )
            )
            for t in targets:
                assert t.phrase in body, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        groups.append(Section(str(gi + 1), gno, gwords, "key_task", tasks))
    rows.append(row("<h3>四、重点工程</h3>"))
    rows.append(row(p("围绕上述重点任务，组织实施五项重点工程，具体安排如下：")))
    trs = [
        "<tr><th>序号</th><th>工程名称</th><th>建设内容和目标</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>"
    ]
    works = []
    for i, (name, content, lead, sup, limit, year, targets) in enumerate(WORKS, 1):
        trs.append(
            f"<tr><td>{i}</td><td>{name}</td><td>{content}</td><td>{'、'.join(N[c] for c in lead)}</td><td>{'、'.join(N[c] for c in sup)}</td><td>{limit}</td></tr>"
        )
        due = "2027-06-30" if limit == "2027年6月" else f"{year}-12-31"
        works.append(Task(str(i), name, content, lead=lead, supporting=sup, due=due))
        for t in targets:
            assert t.phrase in content, t.phrase
            t.deadline = year
        goals.append(Goal(name, content, targets, numbering=str(i)))
    rows.append(
        row(
            '<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;font-size:14px;">'
            + "".join(trs)
            + "</table>"
        )
    )
    rows.append(row("<h3>五、保障措施</h3>"))
    sg = []
    for i, (title, body) in enumerate(SAFEGUARDS):
        no = f"（{'一二三四五'[i]}）"
        rows.append(row(f'<p style="text-indent:2em;margin:0;"><strong>{no}{title}</strong></p>'))
        rows.append(row(p(body)))
        sg.append(Task(no, title, body))
    sections = [
        Section("三", "三、", "重点任务", "key_task", sections=groups),
        Section("四", "四、", "重点工程", "engineering", works),
        Section("五", "五、", "保障措施", "safeguard", sg),
    ]
    return rows, goals, sections


ROWS, GOALS, SECTIONS = _build()


def _html():
    article = "\n".join(ROWS)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{TITLE}-滏溪县人民政府</title>
<meta name="SiteName" content="滏溪县人民政府">
<meta name="ColumnName" content="县政府文件">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2026-04-17 10:05">
<link rel="stylesheet" href="/templates/fxxzf/css/article.css">
<script src="/templates/fxxzf/js/jquery.js"></script>
</head>
<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0" class="top"><tr><td><a href="/">滏溪县人民政府</a></td><td align="right"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwfw/">政务服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/zjfx/">走进滏溪</a></td></tr></table>
<table width="1000" align="center" class="weizhi"><tr><td>当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xzfwj/">县政府文件</a></td></tr></table>
<table width="1000" align="center" class="main"><tr><td>
<div class="title">{TITLE}</div>
<div class="info">发布时间：2026-04-17　　发布机构：滏溪县人民政府办公室　　文号：滏政字〔2026〕11号　　【字号：<a href="javascript:setSize(18)">大</a> <a href="javascript:setSize(16)">中</a> <a href="javascript:setSize(14)">小</a>】</div>
<div class="content" id="zoom">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="MsoNormalTable">
<tbody>
{article}
</tbody>
</table>
</div>
<div class="fenxiang">分享：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a>　<a href="javascript:window.print()">打印</a>　<a href="javascript:window.close()">关闭</a></div>
<div class="xgwz"><h4>相关链接</h4><ul><li><a href="/zwgk/zcjd/">图文解读《{TITLE}》</a></li></ul></div>
</td></tr></table>
<table width="1000" align="center" class="foot"><tr><td>主办：滏溪县人民政府办公室　承办：滏溪县数据和政务服务局<br>冀ICP备00000000号　冀公网安备13040000000000号　网站标识码：1304000077</td></tr></table>
</body>
</html>
"""


TEXT = _html()

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "fuxi-hebei-county",
        "name": "滏溪县",
        "name_en": "Fuxi County (Hebei)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 滏溪县“人工智能+”行动实施方案（2026—2028年） (滏溪县人民政府, 滏政字〔2026〕11号, 2026-04-15)
# — SYNTHETIC (synthetic_cs): WRITTEN by helper blindCS (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_fuxi.py as the portal page saved (.html, UTF-8).
# Zone fuxi-hebei-county (河北, an invented county) → district level (a county, as other extractions place counties); period
#   2026–2028, milestones 2026 and 2028.
# The hard part is the markup: the portal lays the page out in tables and its CMS wrapped the whole article in a ONE-COLUMN
#   layout table, every paragraph a <tr><td> of its own; part headings 一、… are <h3>, group headings （一）… a <p><strong>,
#   tasks numbered <p> "1．" (full-width dot), some with their title in <strong>, some plain; the 重点工程 table is a REAL
#   table (border=1, six columns) nested inside one layout cell. The layout table is no task table.
# Outline: the issuing lines (addressee, one sentence, signature and date: no task) above the plan's title; 一、总体要求 (no task); 二、发展目标 = two dated paragraphs → goals "到2026年底" (2 targets, due 2026) and "到2028年"
#   (5). 三、重点任务 → a section over groups （一）–（五） of tasks 1．… restarting per group; title = the words before 。, text =
#   title + body + annotation. 四、重点工程: a lead sentence (no task; "五项" no target) and the nested table → an engineering section,
#   each row ONE task (numbering 序号, title 工程名称, text 建设内容和目标, roles from 牵头单位 / 配合单位, due its 完成时限 "YYYY年12月"
#   → YYYY-12-31, "2027年6月" → 2027-06-30) and a goal titled by its name, its figures due that year. 五、保障措施 （一）–（五）: each heading a <strong> row and its
#   body the next row → safeguard task, title the heading words, text the body (the heading not repeated).
# Roles: "（X牵头，Y、Z按职责分工负责）" → X lead, Y Z responsible (SOURCES.md); "县直有关部门" generic (（五）2． keeps its lead alone); "（X、Y按职责分工负责）" and "（责任单位：X、Y）" →
#   responsible; 各乡镇人民政府 → one collective; 县生态环境分局 (the city bureau's branch; the city is never named)
#   = 滏溪县生态环境分局; 国网滏溪县供电公司 a state enterprise. "领导小组办公室设在县工信局" in a safeguard assigns no role.
# Targets: 2027年底前 / 2026年底前 inside a task date its figure (2027 / 2026); other task figures due 2028 (plan end). "覆盖县直部门
#   100%" → 100 %; "全覆盖" and "覆盖全部乡镇卫生院" (no figure) → no target (corrected 2026-12-07 by helper rCS: the corpus reads 全覆盖 / 全部 with no figure as no target — SYNTHETIC_E's 云南, SYNTHETIC_F, SYNTHETIC_BK, SYNTHETIC_BM); 1 个 per 乡镇 is a quota (metric names the unit); 5万平方米 → 50000; "每年开展…
#   1000人次" per-year flow due 2028; the first-year 25家 and the 2028 60家以上 are two targets (different years); 累计…50个 and the
#   2026 15个 likewise. "年均增长15%以上" (a rate with no level beside it) is a target of its own (gte 15 %, due 2028); the 2025 baselines (860个, 52%, 12家, 8个) no targets. Not targets: 首台（套） (a policy), "五项重点工程" (a count of the table's rows).
"""

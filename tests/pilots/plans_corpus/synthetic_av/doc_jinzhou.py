# ruff: noqa: E501  (plan text as the office writes it)
"""锦州市加快推进“人工智能+”行动若干措施 — INVENTED (synthetic_av), the city portal's page saved (.html).
A 若干措施: a "力争到2027年，…" goal paragraph after the preamble, five groups 一、–五、 of measures 1.–18.
numbered on across the groups, each closing on "（责任单位：X、Y、Z）"; the rule "责任单位排在第一位的为牵头单位，
其他单位为配合单位" is printed once, in the closing paragraph after the last measure. Subsidy rates, caps and
yearly voucher budgets stand beside the commitments."""

import html

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "jinzhou-ai-plus-measures-2026-synthetic"
KIND = "html"

A = [
    ("fgw", "锦州市发展和改革委员会", "市发展改革委", "development_reform"),
    ("sjj", "锦州市数据局", "市数据局", "big_data"),
    ("czj", "锦州市财政局", "市财政局", "finance"),
    ("gxj", "锦州市工业和信息化局", "市工业和信息化局", "industry_it"),
    ("kjj", "锦州市科学技术局", "市科技局", "science_technology"),
    ("jyj", "锦州市教育局", "市教育局", "education"),
    ("swj", "锦州市商务局", "市商务局", "commerce"),
    ("jtj", "锦州市交通运输局", "市交通运输局", "transport"),
    ("nyj", "锦州市农业农村局", "市农业农村局", "agriculture"),
    ("yjj", "锦州市应急管理局", "市应急管理局", "emergency"),
    ("yshj", "锦州市营商环境建设局", "市营商环境建设局", "government_services"),
    ("wjw", "锦州市卫生健康委员会", "市卫生健康委", "health"),
    ("rsj", "锦州市人力资源和社会保障局", "市人力资源社会保障局", "human_resources"),
    ("zzb", "中共锦州市委组织部", "市委组织部", "party_organisation"),
    ("jrb", "中共锦州市委金融委员会办公室", "市委金融办", "financial_regulation"),
    ("wxb", "中共锦州市委网络安全和信息化委员会办公室", "市委网信办", "publicity"),
    ("gaj", "锦州市公安局", "市公安局", "public_security"),
    ("kfq", "锦州经济技术开发区管理委员会", "锦州经济技术开发区管委会", "park_administration"),
    ("jzg", "锦州港股份有限公司", "锦州港股份有限公司", "state_enterprise"),
    ("xq", "锦州市各县（市）区人民政府", "各县（市）区政府", "local_government"),
]
AGENCIES = [Agency(c, n, [a] if a != n else [], cat) for c, n, a, cat in A]
ALIAS = {a[2]: a[0] for a in A}

TITLE = "锦州市加快推进“人工智能+”行动若干措施"
DOC_NUMBER = "锦政办发〔2026〕7号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Jinzhou measures to speed up the “AI+” action — synthetic",
    "issuer": "锦州市人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-02",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2027],
    "source_file": f"{SLUG}.html",
}

PREAMBLE = "为深入贯彻落实国家和省关于深入实施“人工智能+”行动的决策部署，加快推动人工智能与我市石化、汽车及零部件、光伏新能源、港航物流、现代农业等产业深度融合，以人工智能赋能辽西融合发展和全面振兴新突破，结合我市实际，制定如下措施。"
REVIEW = "近年来，我市加快推进数字锦州建设，数字经济规模持续扩大。截至2025年底，全市建成5G基站6200个，智能算力规模达到260P，人工智能相关企业达到52家，石化、汽车零部件、港口等领域建成一批智能工厂和智慧场景，“人工智能+”发展具备一定基础，但仍存在产业规模偏小、创新能力不强、应用场景开放不足等问题。"
GOAL_TEXT = "力争到2027年，全市人工智能相关企业突破100家，人工智能核心产业规模达到30亿元，打造“人工智能+”应用场景100个以上，培育市级以上人工智能创新平台15个，人工智能赋能实体经济取得明显成效。"
GOAL_TARGETS = [
    Target(
        "人工智能相关企业", "家", "gt", 100, "全市人工智能相关企业突破100家", kind="ai_enterprises"
    ),
    Target(
        "人工智能核心产业规模",
        "亿元",
        "eq",
        30,
        "人工智能核心产业规模达到30亿元",
        kind="ai_industry_scale",
    ),
    Target(
        "“人工智能+”应用场景",
        "个",
        "gte",
        100,
        "打造“人工智能+”应用场景100个以上",
        kind="application_scenarios",
    ),
    Target(
        "市级以上人工智能创新平台",
        "个",
        "eq",
        15,
        "培育市级以上人工智能创新平台15个",
        kind="innovation_platforms",
    ),
]

# (group numbering, title, [(no, title, body, [responsible units], targets)])
GROUPS = [
    (
        "一、",
        "夯实发展基础",
        [
            (
                "1.",
                "支持算力基础设施建设",
                "统筹全市算力需求，支持企业新建、改造智能算力中心，对符合条件的项目按照设备投资额的10%给予补助，单个项目最高不超过500万元。到2027年，全市智能算力规模达到1000P，算力资源向重点行业和中小企业开放共享。建设市级算力调度服务平台，推动政务、医疗、教育等领域算力需求统一调度、集约使用，避免重复建设和资源闲置。",
                ["市发展改革委", "市数据局", "市财政局"],
                [
                    Target(
                        "智能算力规模",
                        "P",
                        "eq",
                        1000,
                        "全市智能算力规模达到1000P",
                        kind="computing_power",
                    )
                ],
            ),
            (
                "2.",
                "发放“算力券”",
                "面向中小企业、科研机构和创业团队发放“算力券”，用于购买模型训练、推理等算力服务，按照实际费用的30%给予补贴，单个主体每年最高不超过50万元，每年安排“算力券”额度不超过1000万元。“算力券”申领、核销实行线上办理，具体实施细则由市数据局会同市财政局另行制定。优先支持使用本地算力资源开展模型训练和推理应用的项目。",
                ["市数据局", "市财政局"],
                [],
            ),
            (
                "3.",
                "推动数据资源开发利用",
                "推进公共数据资源授权运营，支持企业围绕石化、汽车零部件、港航物流等领域建设高质量行业数据集20个以上。对纳入国家级、省级高质量数据集目录的项目，分别给予30万元、10万元一次性奖励。探索建立数据资产登记和价值评估机制，支持企业依法依规开展数据交易，培育数据标注、数据清洗等数据服务企业。",
                ["市数据局", "市工业和信息化局"],
                [Target("高质量行业数据集", "个", "gte", 20, "建设高质量行业数据集20个以上")],
            ),
        ],
    ),
    (
        "二、",
        "推动产业智能化升级",
        [
            (
                "4.",
                "支持企业实施智能化改造",
                "每年推动50家以上规模以上工业企业实施智能化改造，对智能化改造项目按照设备和软件投资额的8%给予补助，单个项目最高不超过300万元。组织开展智能制造诊断服务，为企业提供“一企一策”改造方案。支持工业互联网平台企业面向中小企业推广轻量化、低成本的智能化解决方案，推动中小企业“上云用数赋智”。支持汽车零部件、光伏等领域企业应用机器视觉质检、智能排产等技术，提升生产效率和产品质量。",
                ["市工业和信息化局", "市财政局"],
                [
                    Target(
                        "实施智能化改造的规模以上工业企业",
                        "家",
                        "gte",
                        50,
                        "每年推动50家以上规模以上工业企业实施智能化改造",
                        per_year=True,
                    )
                ],
            ),
            (
                "5.",
                "推动石化产业智能升级",
                "支持石化企业建设工艺优化、设备预测性维护、安全风险智能监测等系统，打造石化行业智能工厂5个，提升本质安全水平。对新认定的省级智能工厂给予100万元奖励。推动化工园区建设智慧安全监管平台，实现重大危险源在线监测和风险智能预警。",
                ["市工业和信息化局", "锦州经济技术开发区管委会", "市应急管理局"],
                [Target("石化行业智能工厂", "个", "eq", 5, "打造石化行业智能工厂5个")],
            ),
            (
                "6.",
                "推动“人工智能+”港航物流",
                "支持锦州港建设智慧港口，推广集装箱智能理货、无人集卡、智能调度等应用，推动港口与铁路、公路物流信息互联互通，提升港口作业效率和服务水平。支持物流企业应用智能仓储、路径优化等技术，发展智慧物流，降低全社会物流成本。依托锦州港、锦州北站等枢纽，建设多式联运智能调度平台，推动港口、铁路、公路运输数据共享和业务协同，服务辽西地区和蒙东地区货物集散。",
                ["市交通运输局", "市商务局", "锦州港股份有限公司"],
                [],
            ),
            (
                "7.",
                "推动“人工智能+”现代农业",
                "在北镇葡萄、黑山花生、凌海设施蔬菜等特色产业推广病虫害智能识别、智能灌溉、农产品质量溯源等应用，建设智慧农业示范基地10个。支持农业经营主体应用植保无人机、农机北斗导航等智能装备，提升农业生产智能化水平。",
                ["市农业农村局", "各县（市）区政府"],
                [Target("智慧农业示范基地", "个", "eq", 10, "建设智慧农业示范基地10个")],
            ),
        ],
    ),
    (
        "三、",
        "培育壮大创新主体",
        [
            (
                "8.",
                "引育人工智能企业",
                "对新落户我市的人工智能企业，年营业收入首次突破1000万元、5000万元的，分别给予20万元、50万元奖励。建立人工智能重点企业培育库，实行动态管理、精准服务。对招引落地的人工智能重大项目，按照“一事一议”方式给予支持。",
                ["市工业和信息化局", "市商务局", "市科技局"],
                [],
            ),
            (
                "9.",
                "支持创新平台建设",
                "支持企业、高校和科研院所建设人工智能重点实验室、技术创新中心、中试基地等创新平台，对新认定的国家级、省级平台分别给予200万元、50万元奖励。鼓励创新平台向中小企业开放仪器设备、模型工具和测试环境，提供研发设计、检验检测等公共服务。支持龙头企业牵头组建人工智能产业创新联合体，围绕工业视觉、智能控制、行业模型等方向开展联合攻关，加快突破一批关键共性技术。",
                ["市科技局", "市工业和信息化局"],
                [],
            ),
            (
                "10.",
                "深化产学研合作",
                "支持渤海大学、辽宁工业大学、锦州医科大学等高校与企业共建人工智能联合实验室和实训基地，每年组织校企对接活动不少于4场，推动科技成果在锦转化。支持企业承担国家和省级人工智能科技项目，按规定给予配套支持。鼓励高校科研人员到企业兼职或离岗创业，支持高校毕业生在锦从事人工智能相关领域创业就业，按规定落实创业担保贷款、社会保险补贴等政策。",
                ["市科技局", "市教育局"],
                [
                    Target(
                        "校企对接活动",
                        "场",
                        "gte",
                        4,
                        "每年组织校企对接活动不少于4场",
                        per_year=True,
                    )
                ],
            ),
        ],
    ),
    (
        "四、",
        "拓展应用场景",
        [
            (
                "11.",
                "开放“人工智能+”应用场景",
                "每年发布“人工智能+”场景需求清单和能力清单，遴选市级“人工智能+”示范场景20个，对入选的示范场景项目给予最高50万元支持。组织场景供需对接活动，推动优秀解决方案在全市复制推广。鼓励国有企业、医院、学校等单位率先开放应用场景，支持本地企业参与场景建设，形成“以场景换产业”的发展格局。",
                ["市工业和信息化局", "市数据局"],
                [
                    Target(
                        "市级“人工智能+”示范场景",
                        "个",
                        "eq",
                        20,
                        "遴选市级“人工智能+”示范场景20个",
                        per_year=True,
                        kind="application_scenarios",
                    )
                ],
            ),
            (
                "12.",
                "推进“人工智能+”政务服务",
                "在政务服务大厅和“辽事通”锦州专区推广智能问答、智能导办、智能审批等服务，政务服务智能问答准确率达到90%以上。推动12345政务服务便民热线智能化升级。推进城市运行管理服务平台建设，提升城市治理精细化、智能化水平。",
                ["市营商环境建设局", "市数据局"],
                [
                    Target(
                        "政务服务智能问答准确率",
                        "%",
                        "gte",
                        90,
                        "政务服务智能问答准确率达到90%以上",
                    )
                ],
            ),
            (
                "13.",
                "推进“人工智能+”医疗和教育",
                "支持医疗机构应用医学影像辅助诊断、智能导诊等系统，推动人工智能辅助教学、智能学情分析在中小学校应用，打造一批智慧医院和智慧校园。探索人工智能在养老服务、社区服务中的应用，提升公共服务均等化水平。推进市域医疗影像云平台建设，推动检查结果互认共享。组织开展中小学人工智能教育试点，推动人工智能通识课程进课堂，提升师生人工智能素养。",
                ["市卫生健康委", "市教育局"],
                [],
            ),
        ],
    ),
    (
        "五、",
        "强化要素保障",
        [
            (
                "14.",
                "加强人才引育",
                "将人工智能领域高层次人才纳入“锦州英才”计划支持范围，按规定落实安家补贴、子女入学等待遇。每年培训人工智能技能人才3000人次以上。支持高校、职业院校开设人工智能相关专业和课程，深化产教融合、校企合作。",
                ["市委组织部", "市人力资源社会保障局"],
                [
                    Target(
                        "人工智能技能人才培训",
                        "人次",
                        "gte",
                        3000,
                        "每年培训人工智能技能人才3000人次以上",
                        per_year=True,
                        kind="talent",
                    )
                ],
            ),
            (
                "15.",
                "加大金融支持",
                "发挥市级产业引导基金作用，引导社会资本投资人工智能项目。鼓励银行机构开发“科技贷”“数据贷”等产品，对人工智能企业贷款按照贷款市场报价利率的50%给予贴息。支持符合条件的人工智能企业在多层次资本市场上市挂牌融资。建立人工智能企业融资需求清单，定期组织银企对接活动，引导保险机构开发首台（套）装备、首版次软件保险产品。",
                ["市委金融办", "市财政局"],
                [],
            ),
            (
                "16.",
                "强化安全保障",
                "加强人工智能应用安全评估和监测预警，落实生成式人工智能服务备案要求，依法打击利用人工智能实施的违法犯罪行为。加强个人信息保护和数据安全监管，引导企业落实安全主体责任，守住安全底线。",
                ["市委网信办", "市公安局"],
                [],
            ),
            (
                "17.",
                "优化项目建设服务",
                "对人工智能重大项目实行“专班+专员”服务，开辟审批绿色通道，推行容缺受理、并联审批，保障项目用地、用能、用水等要素需求。对使用绿电的智能算力中心，积极争取纳入省级绿电交易支持范围，降低企业用能成本。对人工智能企业办理登记注册、资质认定等事项，提供“一网通办”和帮办代办服务。",
                ["市发展改革委", "市营商环境建设局", "各县（市）区政府"],
                [],
            ),
            (
                "18.",
                "加强统筹调度",
                "建立“人工智能+”行动工作专班，由市政府分管领导任召集人，专班办公室设在市工业和信息化局，负责统筹推进各项措施落实。建立重点项目、重点企业、重点场景工作台账，每季度调度一次工作进展，年底对各地区、各部门落实情况进行评估，评估结果纳入年度绩效考核。",
                ["市工业和信息化局", "市发展改革委", "市数据局"],
                [],
            ),
        ],
    ),
]
CLOSING = [
    "以上措施中，责任单位排在第一位的为牵头单位，其他单位为配合单位。各县（市）区政府要结合实际制定配套措施，抓好贯彻落实。",
    "本措施与我市其他同类政策有重叠的，按照“就高、不重复”原则执行。所需资金由市、县两级财政按照现行财政体制分担。",
    "本措施自印发之日起施行，有效期至2027年12月31日，由市工业和信息化局会同有关部门负责解释。",
]


def _esc(text):
    return html.escape(text, quote=False)


def _build():
    goals = [Goal("力争到2027年", GOAL_TEXT, GOAL_TARGETS)]
    sections = []
    parts = []
    for gno, gtitle, items in GROUPS:
        parts.append(f"<p><strong>{gno}{_esc(gtitle)}</strong></p>")
        tasks = []
        for no, title, body, names, targets in items:
            note = f"（责任单位：{'、'.join(names)}）"
            parts.append(f"<p>{no}{_esc(title)}。{_esc(body)}{_esc(note)}</p>")
            codes = [ALIAS[n] for n in names]
            tasks.append(
                Task(no, title, f"{title}。{body}{note}", lead=codes[:1], supporting=codes[1:])
            )
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        sections.append(Section(gno.rstrip("、"), gno, gtitle, "key_task", tasks))
    closing = "\n".join(f"<p>{_esc(line)}</p>" for line in CLOSING)
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>锦州市人民政府办公室关于印发{_esc(TITLE)}的通知-锦州市人民政府</title>
<meta name="ArticleTitle" content="锦州市人民政府办公室关于印发{_esc(TITLE)}的通知">
<meta name="PubDate" content="2026-04-03 09:30">
<meta name="ContentSource" content="锦州市人民政府办公室">
<style>.info td,.info th{{border:1px solid #ccc;padding:3px 8px}}.article p{{text-indent:2em;line-height:2}}</style>
<script>var _hmt = _hmt || [];</script>
</head>
<body>
<div class="top">锦州市人民政府　　无障碍浏览　长者模式　繁體</div>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfwj/">政府文件</a> &gt; <a href="/zwgk/zfwj/szfbgswj/">市政府办公室文件</a></div>
<div class="article">
<table class="info">
<tr><th>索引号：</th><td>JZ0001-0200-2026-00035</td><th>发布机构：</th><td>锦州市人民政府办公室</td></tr>
<tr><th>发文字号：</th><td>{DOC_NUMBER}</td><th>发布日期：</th><td>2026-04-03</td></tr>
<tr><th>主题分类：</th><td>科技、教育</td><th>有效性：</th><td>有效</td></tr>
</table>
<h1>锦州市人民政府办公室关于印发{_esc(TITLE)}的通知</h1>
<p class="docno">{DOC_NUMBER}</p>
<p>各县（市）区人民政府，锦州经济技术开发区、锦州高新技术产业开发区管委会，市政府各部门、各直属机构：</p>
<p>《{_esc(TITLE)}》已经市政府同意，现印发给你们，请认真贯彻执行。</p>
<p style="text-align:right">锦州市人民政府办公室</p>
<p style="text-align:right">2026年4月2日</p>
<p>（此件公开发布）</p>
<h2 style="text-align:center">{_esc(TITLE)}</h2>
<p>{_esc(PREAMBLE)}</p>
<p>{_esc(REVIEW)}</p>
<p>{_esc(GOAL_TEXT)}</p>
{body}
{closing}
<div class="attach">相关附件：无</div>
<div class="share">【字体：大 中 小】　【打印本页】　【关闭窗口】</div>
</div>
<div class="footer">
<p>主办单位：锦州市人民政府办公室　　承办单位：锦州市数据局</p>
<p>网站标识码：2107000001　　辽ICP备05001234号　　辽公网安备 21070202000123号</p>
</div>
</body>
</html>
"""
    return goals, sections, page


GOALS, SECTIONS, TEXT = _build()

EXTRACTION = {
    "zone": {"slug": "jinzhou-city", "name": "锦州市", "name_en": "Jinzhou", "level": "city"},
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 锦州市加快推进“人工智能+”行动若干措施 (锦州市人民政府办公室, 锦政办发〔2026〕7号, 2026-04-02) — SYNTHETIC
# (synthetic_av): WRITTEN by the collector (helper blindAV, 2026-12-05) before reading or running the importer; no such
#   document is claimed to exist. Built by make_files.py from doc_jinzhou.py as the city portal's page saved (.html, with the
#   portal's top bar, breadcrumb, info table, share line and footer).
# Zone jinzhou-city (辽宁; prefecture city → city level); period 2026–2027 (the goal's year and the measures' 有效期), milestone 2027.
# Outline: info table, notice, signature, "（此件公开发布）", title, preamble, a 2025 review paragraph (6200个, 260P, 52家: baselines,
#   no target), an untitled goal paragraph "力争到2027年，…" → goal
#   titled 力争到2027年 (four targets); five groups 一、–五、 (sections, all key_task) of measures 1.–18. numbered ON across the
#   groups, each "N.标题。正文（责任单位：X、Y、Z）"; three closing paragraphs (no task).
# Tasks: title = heading before the first 。; text = heading + body + annotation, without the number.
# Roles: the closing paragraph says once "责任单位排在第一位的为牵头单位，其他单位为配合单位" → each measure's first 责任单位 is
#   lead, the others supporting. 各县（市）区政府 is one collective agency; 锦州港股份有限公司 an enterprise named as a unit.
# Targets: the goal paragraph's four, due 2027; every measure holding a figure is also a goal titled like the measure (text without
#   the annotation), due 2027 (the plan's end; measure 1's 到2027年 the same). 每年推动50家以上… / 每年组织…不少于4场 / 每年…遴选…20个
#   (the 每年 of the sentence's start governs the 遴选) / 每年培训…3000人次以上 → per_year flow.
#   Not targets (若干措施 terms): subsidy rates and caps (10%, 500万元, 30%, 50万元, 8%, 300万元, 100万元, 20万元, 50万元, 200万元, 贴息50%),
#   the yearly 算力券 budget (不超过1000万元), award thresholds (1000万元, 5000万元), 12345, the page's 索引号 / 标识码 / ICP numbers.
"""

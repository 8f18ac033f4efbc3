# ruff: noqa: E501  (plan text as the office writes it)
"""霞屿市“人工智能+”行动计划（2026—2028年） — INVENTED (synthetic_ce). Carried by the city's news portal 霞屿网 and saved
(.html): breadcrumbs, the news headline, a 来源 / 作者 line, share buttons, "原标题：霞屿市人民政府关于印发…的通知", a short
intro with figures, a picture "图解：…" with its caption, "全文如下：", the notice and the plan, "（责任编辑：…）", and a sidebar of
"相关新闻" and "热点排行" lists with figures.

The plan: 一、总体要求 = （一）指导思想 (a paragraph) and （二）主要目标 ("到2028年，…", 6 targets, one 其中); 二、–五、 four 行动
of items 1.… (restarting in each 行动), each closing on "（责任单位：市X、市Y）" — the first annotation adds "列第一位的为牵头单位，下同";
六、保障措施 = four unnumbered paragraphs led by their names in bold."""

from synthetic_model import Agency, Goal, Section, Target, Task

SLUG = "xiayu-ai-plus-action-plan-news-portal-2026-synthetic"
KIND = "html"

# printed form → (code, full name, category)
A = {
    "市发改委": ("fgw", "霞屿市发展和改革委员会", "development_reform"),
    "市工信局": ("gxj", "霞屿市工业和信息化局", "industry_it"),
    "市数据管理局": ("sjj", "霞屿市数据管理局", "big_data"),
    "市财政局": ("czj", "霞屿市财政局", "finance"),
    "市科技局": ("kjj", "霞屿市科学技术局", "science_technology"),
    "市商务局": ("swj", "霞屿市商务局", "commerce"),
    "霞屿高新区管委会": ("gxq", "霞屿高新技术产业开发区管理委员会", "park_administration"),
    "市海洋与渔业局": ("hyj", "霞屿市海洋与渔业局", "agriculture"),
    "市农业农村局": ("nyj", "霞屿市农业农村局", "agriculture"),
    "市文旅局": ("wlj", "霞屿市文化和旅游局", "culture_tourism"),
    "市交通运输局": ("jtj", "霞屿市交通运输局", "transport"),
    "霞屿港口发展集团": ("gkj", "霞屿港口发展集团有限公司", "state_enterprise"),
    "市卫健委": ("wjw", "霞屿市卫生健康委员会", "health"),
    "市教育局": ("jyj", "霞屿市教育局", "education"),
    "市应急局": ("yjj", "霞屿市应急管理局", "emergency"),
    "市气象局": ("qxj", "霞屿市气象局", "other"),
    "市住建局": ("zjj", "霞屿市住房和城乡建设局", "housing_construction"),
    "各县（区）人民政府": ("xq", "霞屿市各县（区）人民政府", "local_government"),
    "市委人才办": ("rcb", "中共霞屿市委人才工作领导小组办公室", "party_organisation"),
    "市人社局": ("rsj", "霞屿市人力资源和社会保障局", "human_resources"),
    "市市场监管局": ("scj", "霞屿市市场监督管理局", "market_regulation"),
    "市委网信办": ("wxb", "中共霞屿市委网络安全和信息化委员会办公室", "publicity"),
    "市公安局": ("gaj", "霞屿市公安局", "public_security"),
}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


NOTICE_TITLE = "霞屿市人民政府关于印发霞屿市“人工智能+”行动计划（2026—2028年）的通知"
TITLE = "霞屿市“人工智能+”行动计划（2026—2028年）"
DOC_NUMBER = "霞政〔2026〕7号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Xiayu City (Fujian) “AI+” action plan 2026–2028, as carried by the city news portal — synthetic",
    "issuer": "霞屿市人民政府",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-03-13",
    "period_start": 2026,
    "period_end": 2028,
    "source_file": f"{SLUG}.html",
}

NOTICE = [
    ("plain", "各县（区）人民政府，霞屿高新区管委会，市直各单位："),
    ("p", "现将《霞屿市“人工智能+”行动计划（2026—2028年）》印发给你们，请认真组织实施。"),
    ("right", "霞屿市人民政府"),
    ("right", "2026年3月13日"),
    ("p", "（此件主动公开）"),
]
PREAMBLE = "为抢抓人工智能发展机遇，深入实施“人工智能+”行动，推动人工智能与海洋经济、临港产业、文化旅游和城市治理深度融合，加快建设海峡西岸人工智能应用创新城市，制定本行动计划。"
GUIDE = "坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，坚持需求导向、场景牵引、开放合作、安全有序，发挥港口、海洋和侨乡优势，以算力、数据、模型为基础支撑，以重点行业应用为突破口，推动人工智能全方位赋能经济社会发展。"
GOAL_TEXT = "到2028年，全市人工智能核心产业规模突破200亿元，带动相关产业规模超过1000亿元；智能算力规模达到1000P以上，其中公共算力平台算力不低于300P；建成“霞智云”城市人工智能公共服务平台，培育人工智能领军企业10家，打造“人工智能+”标杆应用场景60个，人工智能在海洋渔业、临港制造、文化旅游等领域的应用水平走在全省前列。"
GOAL = [
    T(
        "人工智能核心产业规模",
        "亿元",
        "gt",
        200,
        "人工智能核心产业规模突破200亿元",
        kind="ai_industry_scale",
    ),
    T(
        "人工智能相关产业规模",
        "亿元",
        "gt",
        1000,
        "带动相关产业规模超过1000亿元",
        kind="related_industry_scale",
    ),
    T("智能算力规模", "P", "gte", 1000, "智能算力规模达到1000P以上", kind="computing_power"),
    T(
        "公共算力平台算力",
        "P",
        "gte",
        300,
        "其中公共算力平台算力不低于300P",
        kind="computing_power",
        parent="PREV",
    ),
    T("人工智能领军企业", "家", "eq", 10, "培育人工智能领军企业10家", kind="ai_enterprises"),
    T(
        "“人工智能+”标杆应用场景",
        "个",
        "eq",
        60,
        "打造“人工智能+”标杆应用场景60个",
        kind="application_scenarios",
    ),
]

RULE = "，列第一位的为牵头单位，下同"

# action: (numbering, title, items); item: (title, body, names, targets); the first item's annotation carries RULE
ACTIONS = [
    (
        "二、",
        "实施智能底座夯实行动",
        [
            (
                "建设“霞智云”公共服务平台",
                "整合全市政务云和社会算力资源，建设“霞智云”城市人工智能公共服务平台，2026年底前上线运行，提供算力调度、模型服务、数据开发等一站式服务。新建智能算力500P，对使用公共算力平台的中小企业给予算力券支持，每家企业每年最高50万元。",
                ["市数据管理局", "市发改委", "市财政局"],
                [
                    T(
                        "新建智能算力",
                        "P",
                        "eq",
                        500,
                        "新建智能算力500P",
                        kind="computing_power",
                        aggregation="flow",
                    )
                ],
            ),
            (
                "推进数据资源开发利用",
                "推动海洋、港航、文旅、医疗等领域数据汇聚治理，建设高质量行业数据集20个，培育数据服务企业30家，探索公共数据授权运营。",
                ["市数据管理局", "市工信局"],
                [
                    T("高质量行业数据集", "个", "eq", 20, "建设高质量行业数据集20个"),
                    T("数据服务企业", "家", "eq", 30, "培育数据服务企业30家"),
                ],
            ),
            (
                "打造创新平台载体",
                "支持霞屿高新区建设人工智能产业园，引进培育人工智能企业100家。推动高校院所与企业共建人工智能联合实验室和新型研发机构8个。",
                ["霞屿高新区管委会", "市科技局", "市商务局"],
                [
                    T(
                        "人工智能企业",
                        "家",
                        "eq",
                        100,
                        "引进培育人工智能企业100家",
                        kind="ai_enterprises",
                    ),
                    T(
                        "人工智能联合实验室和新型研发机构",
                        "个",
                        "eq",
                        8,
                        "共建人工智能联合实验室和新型研发机构8个",
                        kind="innovation_platforms",
                    ),
                ],
            ),
        ],
    ),
    (
        "三、",
        "实施产业智能升级行动",
        [
            (
                "推进“人工智能+”海洋渔业",
                "推广智能网箱、水下机器人、渔船智能监管等应用，建设智慧渔业示范基地10个，推动远洋渔业智能化管理。",
                ["市海洋与渔业局", "市农业农村局"],
                [T("智慧渔业示范基地", "个", "eq", 10, "建设智慧渔业示范基地10个")],
            ),
            (
                "推进“人工智能+”临港制造",
                "聚焦石化、冶金、食品加工等临港产业，实施智能化改造项目150个，打造省级智能制造示范工厂12家，规上工业企业数字化转型覆盖率达到90%。",
                ["市工信局", "各县（区）人民政府"],
                [
                    T(
                        "智能化改造项目",
                        "个",
                        "eq",
                        150,
                        "实施智能化改造项目150个",
                        aggregation="flow",
                    ),
                    T("省级智能制造示范工厂", "家", "eq", 12, "打造省级智能制造示范工厂12家"),
                    T(
                        "规上工业企业数字化转型覆盖率",
                        "%",
                        "eq",
                        90,
                        "规上工业企业数字化转型覆盖率达到90%",
                    ),
                ],
            ),
            (
                "推进“人工智能+”港航物流",
                "推进霞屿港智慧港口建设，推广智能理货、无人集卡、智能闸口等应用，港口集装箱作业自动化率达到50%。",
                ["市交通运输局", "霞屿港口发展集团"],
                [T("港口集装箱作业自动化率", "%", "eq", 50, "港口集装箱作业自动化率达到50%")],
            ),
            (
                "推进“人工智能+”文化旅游",
                "建设全域智慧旅游平台，推出数字人导游、AI行程规划等服务，建成智慧景区20个，推动侨乡文化资源数字化保护和展示。",
                ["市文旅局"],
                [T("智慧景区", "个", "eq", 20, "建成智慧景区20个")],
            ),
        ],
    ),
    (
        "四、",
        "实施民生服务提质行动",
        [
            (
                "推进“人工智能+”医疗和教育",
                "推动全市二级以上医院普及智能预问诊、辅助诊断等应用，建设智慧医院8家。建设人工智能教育基地学校30所，开展中小学生人工智能素养提升活动。",
                ["市卫健委", "市教育局"],
                [
                    T("智慧医院", "家", "eq", 8, "建设智慧医院8家"),
                    T("人工智能教育基地学校", "所", "eq", 30, "建设人工智能教育基地学校30所"),
                ],
            ),
            (
                "推进“人工智能+”城市治理",
                "建设城市运行智能中枢，推动防台防汛、海洋灾害、城市内涝等风险智能监测预警，打造城市治理智能应用场景20个。",
                ["市应急局", "市住建局", "市气象局"],
                [
                    T(
                        "城市治理智能应用场景",
                        "个",
                        "eq",
                        20,
                        "打造城市治理智能应用场景20个",
                        kind="application_scenarios",
                    )
                ],
            ),
        ],
    ),
    (
        "五、",
        "实施发展生态优化行动",
        [
            (
                "加强人才引育",
                "实施“霞屿英才”人工智能专项，三年引进人工智能高层次人才200名，每年培养人工智能应用型人才2000名。",
                ["市委人才办", "市人社局", "市教育局"],
                [
                    T(
                        "引进人工智能高层次人才",
                        "名",
                        "eq",
                        200,
                        "三年引进人工智能高层次人才200名",
                        kind="talent",
                        aggregation="flow",
                    ),
                    T(
                        "培养人工智能应用型人才",
                        "名",
                        "eq",
                        2000,
                        "每年培养人工智能应用型人才2000名",
                        kind="talent",
                        per_year=True,
                    ),
                ],
            ),
            (
                "扩大场景开放",
                "每年发布“人工智能+”场景机会清单2批次，举办供需对接活动10场以上，推动优秀解决方案复制推广。",
                ["市发改委", "市工信局", "市数据管理局"],
                [
                    T(
                        "“人工智能+”场景机会清单发布",
                        "批次",
                        "eq",
                        2,
                        "每年发布“人工智能+”场景机会清单2批次",
                        per_year=True,
                    ),
                    T(
                        "供需对接活动",
                        "场",
                        "gte",
                        10,
                        "举办供需对接活动10场以上",
                        aggregation="flow",
                    ),
                ],
            ),
            (
                "强化标准和安全治理",
                "支持企业参与人工智能国家标准、行业标准制定，制定团体标准10项。落实生成式人工智能服务备案和安全评估制度，防范数据泄露、深度伪造等风险。",
                ["市市场监管局", "市委网信办", "市公安局"],
                [
                    T(
                        "人工智能团体标准",
                        "项",
                        "eq",
                        10,
                        "制定团体标准10项",
                        kind="patents_standards",
                        aggregation="flow",
                    )
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "加强组织领导",
        "成立市“人工智能+”行动领导小组，由市政府主要领导任组长，领导小组办公室设在市发改委，统筹推进重大事项。",
    ),
    (
        "强化资金保障",
        "市财政每年安排人工智能发展专项资金不少于1.5亿元，设立规模30亿元的人工智能产业投资基金，撬动社会资本投入。",
    ),
    (
        "强化要素保障",
        "将人工智能重大项目纳入市级重点项目管理，优先保障用地、用能、用海等要素需求。",
    ),
    (
        "加强监测评估",
        "建立任务清单和进度台账，实行季度调度、年度评估，评估结果纳入相关部门年度绩效考核。",
    ),
]


def _build():
    paras = [
        ("center", TITLE),
        ("p", PREAMBLE),
        ("h", "一、总体要求"),
        ("h2", "（一）指导思想"),
        ("p", GUIDE),
        ("h2", "（二）主要目标"),
        ("p", GOAL_TEXT),
    ]
    for t in GOAL:
        assert t.phrase in GOAL_TEXT, t.phrase
    goals = [Goal("到2028年", GOAL_TEXT, GOAL)]
    sections, first = [], True
    for ano, atitle, items in ACTIONS:
        paras.append(("h", f"{ano}{atitle}"))
        tasks = []
        for n, (title, body, names, targets) in enumerate(items, 1):
            no = f"{n}."
            ann = f"（责任单位：{'、'.join(names)}{RULE if first else ''}）"
            first = False
            paras.append(("item", (no, title, f"{body}{ann}")))
            codes = [A[x][0] for x in names]
            tasks.append(
                Task(no, title, f"{title}。{body}{ann}", lead=codes[:1], responsible=codes[1:])
            )
            for t in targets:
                assert t.phrase in body, t.phrase
            if targets:
                goals.append(Goal(title, f"{title}。{body}", targets, numbering=no))
        sections.append(Section(ano.strip("、"), ano, atitle, "key_task", tasks))
    paras.append(("h", "六、保障措施"))
    sg = []
    for title, body in SAFEGUARDS:
        paras.append(("item", ("", title, body)))
        sg.append(Task(None, title, f"{title}。{body}"))
    sections.append(Section("六", "六、", "保障措施", "safeguard", sg))
    return paras, goals, sections


PARAS, GOALS, SECTIONS = _build()


def _article():
    out = []
    for kind, text in NOTICE + PARAS:
        if kind == "center":
            out.append(f'<p style="text-align: center;"><strong>{text}</strong></p>')
        elif kind == "right":
            out.append(f'<p style="text-align: right;">{text}</p>')
        elif kind == "plain":
            out.append(f"<p>{text}</p>")
        elif kind == "h":
            out.append(f'<p style="text-indent: 2em;"><strong>{text}</strong></p>')
        elif kind == "h2":
            out.append(
                f'<p style="text-indent: 2em;"><span style="font-family: 楷体;">{text}</span></p>'
            )
        elif kind == "item":
            no, title, rest = text
            out.append(f'<p style="text-indent: 2em;"><strong>{no}{title}。</strong>{rest}</p>')
        else:
            out.append(f'<p style="text-indent: 2em;">{text}</p>')
    return "\n".join(out)


RELATED = [
    "霞屿高新区：42家AI企业落户，去年营收增长35%",
    "“霞智云”上线首月调用量突破1.2亿次",
    "我市出台数据要素市场化配置改革方案 到2027年数据交易额达20亿元",
    "霞屿港集装箱吞吐量突破300万标箱",
]
HOT = [
    ("1", "今年霞屿将新建改建学校15所 新增学位2.1万个"),
    ("2", "霞屿至福州高铁预计年底通车 全程仅需58分钟"),
    ("3", "3月起 市区新增公交线路6条"),
    ("4", "霞屿渔港经济区入选国家级试点"),
    ("5", "全市一季度GDP同比增长5.8%"),
]


def _html():
    related = "\n".join(
        f'<li><a href="/xw/xyyw/202603/t20260318_{i:04d}.html">{t}</a></li>'
        for i, t in enumerate(RELATED, 6601)
    )
    hot = "\n".join(
        f'<li><em class="num">{n}</em><a href="/xw/rd/t2026031{n}.html">{t}</a></li>'
        for n, t in HOT
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>霞屿出台“人工智能+”三年行动计划_霞屿要闻_霞屿网</title>
<meta name="keywords" content="人工智能,行动计划,霞智云">
<meta name="description" content="到2028年，全市人工智能核心产业规模突破200亿元，智能算力规模达到1000P以上。">
<link rel="stylesheet" href="/static/css/article.css">
<script src="/static/js/jquery.min.js"></script>
<script>var _hmt = _hmt || [];(function(){{var hm = document.createElement("script");hm.src = "https://hm.baidu.com/hm.js?5c0f9a1e";document.head.appendChild(hm);}})();</script>
</head>
<body>
<div class="topbar"><a href="/">霞屿网</a> | <a href="/epaper/">霞屿日报数字报</a> | <a href="/app/">下载霞屿新闻客户端</a></div>
<div class="nav"><a href="/">首页</a><a href="/xw/">新闻</a><a href="/zw/">政务</a><a href="/jj/">经济</a><a href="/sh/">社会</a><a href="/wl/">文旅</a><a href="/sp/">视频</a></div>
<div class="main">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/xw/">新闻中心</a> &gt; <a href="/xw/xyyw/">霞屿要闻</a> &gt; 正文</div>
<div class="article">
<h1>霞屿出台“人工智能+”三年行动计划</h1>
<div class="info"><span>2026-03-18 09:12</span><span>来源：霞屿日报</span><span>作者：记者 陈屿帆</span><span>点击：<em id="hits">3582</em></span></div>
<div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qz" href="javascript:;">QQ空间</a><a class="copy" href="javascript:;">复制链接</a></div>
<div class="content" id="content">
<p style="text-indent: 2em;">原标题：{NOTICE_TITLE}</p>
<p style="text-indent: 2em;">近日，市政府印发《{TITLE}》，提出到2028年全市人工智能核心产业规模突破200亿元，打造标杆应用场景60个，并部署实施智能底座夯实、产业智能升级、民生服务提质、发展生态优化四大行动。</p>
<p style="text-align: center;"><img src="/xw/xyyw/202603/W020260318345601.jpg" alt="一图读懂霞屿“人工智能+”行动计划"></p>
<p class="pic-caption" style="text-align: center;">图解：一图读懂霞屿“人工智能+”行动计划——到2028年智能算力规模达到1000P以上（制图：郑海宁）</p>
<p style="text-indent: 2em;">全文如下：</p>
<p style="text-align: center;"><strong>{NOTICE_TITLE}</strong></p>
<p style="text-align: center;">{DOC_NUMBER}</p>
{_article()}
<p class="editor" style="text-align: right;">（责任编辑：林晓滢）</p>
</div>
<div class="share bottom">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qz" href="javascript:;">QQ空间</a></div>
<div class="prevnext"><p>上一篇：<a href="/xw/xyyw/202603/t20260317_6588.html">市政府召开第41次常务会议</a></p><p>下一篇：<a href="/xw/xyyw/202603/t20260318_6605.html">霞屿高新区一季度新签约项目23个 总投资186亿元</a></p></div>
</div>
<div class="sidebar">
<div class="box"><h3>相关新闻</h3><ul>
{related}
</ul></div>
<div class="box"><h3>热点排行</h3><ol>
{hot}
</ol></div>
</div>
</div>
<div class="footer"><p>霞屿日报社主办　版权所有</p><p>互联网新闻信息服务许可证：35120260018　闽ICP备26000018号</p><p>违法和不良信息举报电话：0590-12345678</p></div>
<div id="share-pop" style="display: none;"><p>微信扫一扫，分享到朋友圈</p><img src="/static/img/qrcode.png" alt="二维码"></div>
</body>
</html>
"""


TEXT = _html()

AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "xiayu-fujian-city",
        "name": "霞屿市",
        "name_en": "Xiayu City (Fujian, invented)",
        "level": "city",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 霞屿市“人工智能+”行动计划（2026—2028年） (霞屿市人民政府, 霞政〔2026〕7号, 2026-03-13) as carried by the city news portal 霞屿网
#   on 2026-03-18 under its news headline (a page saved as .html)
# — SYNTHETIC (synthetic_ce): WRITTEN by the collector (helper blindCE, 2026-12-07) before reading or running the importer; the
#   place, the portal, the document and its figures are invented. Built by make_files.py from doc_xiayu.py (.html, UTF-8).
# Zone xiayu-fujian-city (an invented prefecture-level city of 福建) → city level; period 2026–2028.
# WHAT IS THE PLAN: what stands after "全文如下：" up to "（责任编辑：…）" — the notice (title, 发文字号, addressee, one sentence,
#   signature, date, 此件主动公开: no task, no goal) and the plan. Left out: the portal's head and scripts, top bar, nav,
#   breadcrumbs, the news headline, 来源 / 作者 / 点击 line, share buttons, "原标题：…", the reporter's intro (its 200亿元 / 60个
#   restate the goals; "四大行动" names the set), the picture and its caption "图解：…" (its 1000P restates a goal), 责任编辑,
#   上一篇 / 下一篇 (other articles, 23个 / 186亿元), the sidebar 相关新闻 / 热点排行 (other articles' figures), the footer, the
#   hidden share pop-up.
# Outline: 一、总体要求 = （一）指导思想 (no task) and （二）主要目标 "到2028年，…" → goal titled by its date phrase (6 targets, one 其中);
#   二、–五、 the four 行动 (key_task sections) of items 1.… restarting in each (tasks); 六、保障措施 = four unnumbered paragraphs led
#   by their bold names (safeguard tasks, titled by the name, no numbering).
# Tasks: title = the bold phrase before the first 。; text = title + body + annotation, without the number. Every item holding
#   figures is also a goal titled like it (text = title + body), numbered like it.
# Roles: every annotation is "（责任单位：X、Y、Z）"; the first adds "列第一位的为牵头单位，下同" → on every item the first name leads
#   and the others are responsible (a single name, 市文旅局 on 三、4., is the first listed → lead alone). 各县（区）人民政府 → ONE
#   collective; 霞屿港口发展集团 a state enterprise; 霞屿高新区管委会 a park administration.
# Targets: due 2028 (the plan end; no task figure has a year of its own). 其中公共算力平台算力不低于300P → part of 智能算力规模达到
#   1000P以上 (parent). 新建 / 实施 / 引进 / 制定 / 举办 counts → flow; 三年引进…200名 flow over the plan; 每年… → per-year flow;
#   "引进培育人工智能企业100家" read as a stock (the enterprises the plan brings and grows, a count of firms present). "建成“霞智云”…
#   平台" and "2026年底前上线运行" carry no figure. Not targets: 每家企业每年最高50万元 (a voucher cap), 不少于1.5亿元 (an annual
#   budget), 规模30亿元的…基金 (a fund being set up).
"""

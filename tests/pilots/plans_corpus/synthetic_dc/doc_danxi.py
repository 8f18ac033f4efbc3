# ruff: noqa: E501  (plan text as the office writes it)
"""澹溪区“人工智能+”行动实施方案（2026—2028年） — INVENTED (synthetic_dc). A district's 实施方案 as its portal page
(.html) whose outline has NO NUMBERS: parts in 【】 ("【发展目标】", "【重点任务】"), groups "■ X", tasks "● 标题。…" with
sub-points "——…" on lines of their own, safeguards "▲ 标题。…"."""

import html

from dc_parts import Item, T, goal, tasks_and_goals
from synthetic_model import Agency, Section, Task

SLUG = "danxi-ai-plus-implementation-2026-synthetic"
KIND = "html"

A = {
    "区发改局": ("fgj", "岚渚市澹溪区发展和改革局", "development_reform"),
    "区工信局": ("gxj", "岚渚市澹溪区工业和信息化局", "industry_it"),
    "区科技局": ("kjj", "岚渚市澹溪区科学技术局", "science_technology"),
    "区数据中心": ("sjz", "岚渚市澹溪区大数据服务中心", "big_data"),
    "区财政局": ("czj", "岚渚市澹溪区财政局", "finance"),
    "区教育局": ("jyj", "岚渚市澹溪区教育局", "education"),
    "区人社局": ("rsj", "岚渚市澹溪区人力资源和社会保障局", "human_resources"),
    "区卫健局": ("wjj", "岚渚市澹溪区卫生健康局", "health"),
    "区商务局": ("swj", "岚渚市澹溪区商务局", "commerce"),
    "区民政局": ("mzj", "岚渚市澹溪区民政局", "civil_affairs"),
    "区住建局": ("zjj", "岚渚市澹溪区住房和城乡建设局", "housing_construction"),
    "区城管局": ("cgj", "岚渚市澹溪区城市管理局", "housing_construction"),
    "区应急局": ("yjj", "岚渚市澹溪区应急管理局", "emergency"),
    "区投资促进中心": ("tcz", "岚渚市澹溪区投资促进服务中心", "commerce"),
    "澹溪软件园管委会": ("rjy", "澹溪软件园管理委员会", "park_administration"),
    "各街道办事处": ("jd", "澹溪区各街道办事处", "local_government"),
}
CODE = {p: v[0] for p, v in A.items()}
AGENCIES = [Agency(code, name, [printed], cat) for printed, (code, name, cat) in A.items()]


def item(title, body, lead=(), sup=(), resp=(), targets=()):
    if resp:
        annot = "（责任单位：" + "、".join(resp) + "）"
    else:
        annot = (
            "（" + "、".join(lead) + "牵头" + ("，" + "、".join(sup) + "配合" if sup else "") + "）"
        )
    return Item(title, body, annot, list(lead), list(sup), list(resp), list(targets))


TITLE = "澹溪区“人工智能+”行动实施方案（2026—2028年）"
DOC_NUMBER = "澹政办〔2026〕7号"
PLAN = {
    "code": SLUG,
    "title": TITLE,
    "title_en": "Danxi District “AI+” implementation plan (2026–2028) — synthetic",
    "issuer": "岚渚市澹溪区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-08",
    "period_start": 2026,
    "period_end": 2028,
    "milestone_years": [2026, 2027, 2028],
    "source_file": f"{SLUG}.html",
}

GOAL = "到2028年，全区人工智能产业营收突破100亿元，集聚人工智能企业120家以上，其中营收超亿元企业10家；建成行业可信数据空间3个，打造“人工智能+”应用场景80个，澹溪软件园人工智能企业入驻率达到60%，培育人工智能领域高新技术企业40家。2026年，人工智能产业营收达到50亿元，新增应用场景20个。"
GT = [
    T(
        "人工智能产业营收",
        "亿元",
        "gt",
        100,
        "全区人工智能产业营收突破100亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能企业", "家", "gte", 120, "集聚人工智能企业120家以上", kind="ai_enterprises"),
    T("营收超亿元人工智能企业", "家", "eq", 10, "其中营收超亿元企业10家", parent="PREV"),
    T("行业可信数据空间", "个", "eq", 3, "建成行业可信数据空间3个"),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        80,
        "打造“人工智能+”应用场景80个",
        kind="application_scenarios",
    ),
    T("澹溪软件园人工智能企业入驻率", "%", "eq", 60, "澹溪软件园人工智能企业入驻率达到60%"),
    T(
        "人工智能领域高新技术企业",
        "家",
        "eq",
        40,
        "培育人工智能领域高新技术企业40家",
        kind="ai_enterprises",
    ),
    T(
        "人工智能产业营收",
        "亿元",
        "eq",
        50,
        "人工智能产业营收达到50亿元",
        kind="ai_industry_scale",
        deadline=2026,
    ),
    T(
        "新增应用场景",
        "个",
        "eq",
        20,
        "新增应用场景20个",
        kind="application_scenarios",
        deadline=2026,
        aggregation="flow",
    ),
]

GROUPS = [
    (
        "筑牢智能底座",
        [
            item(
                "建设区级算力服务平台",
                "依托区政务云扩容建设智算资源池，\n——2026年底前形成智能算力200P；\n——面向园区企业提供普惠算力服务，服务企业100家以上",
                ["区数据中心"],
                ["区工信局"],
                targets=[
                    T(
                        "区级智能算力",
                        "P",
                        "eq",
                        200,
                        "2026年底前形成智能算力200P",
                        kind="computing_power",
                        deadline=2026,
                    ),
                    T("普惠算力服务企业", "家", "gte", 100, "服务企业100家以上"),
                ],
            ),
            item(
                "推进公共数据授权运营",
                "制定公共数据授权运营管理办法，\n——开放城市管理、社区服务、文化旅游等领域数据集100个；\n——培育数据服务企业10家",
                ["区数据中心"],
                ["区财政局"],
                targets=[
                    T(
                        "开放数据集",
                        "个",
                        "eq",
                        100,
                        "开放城市管理、社区服务、文化旅游等领域数据集100个",
                    ),
                    T("数据服务企业", "家", "eq", 10, "培育数据服务企业10家"),
                ],
            ),
            item(
                "建设人工智能孵化载体",
                "推动澹溪软件园建设人工智能专业孵化器，新增孵化面积5万平方米，引进培育初创企业50家。",
                ["澹溪软件园管委会"],
                ["区科技局", "区投资促进中心"],
                targets=[
                    T("人工智能孵化器新增孵化面积", "平方米", "eq", 50000, "新增孵化面积5万平方米"),
                    T("引进培育人工智能初创企业", "家", "eq", 50, "引进培育初创企业50家"),
                ],
            ),
        ],
    ),
    (
        "壮大产业集群",
        [
            item(
                "招引龙头企业",
                "聚焦大模型、智能软件、智能终端等方向，绘制产业链招商图谱，实行重点项目“一事一议”，开展产业链精准招商，每年引进人工智能重点项目10个以上。",
                ["区投资促进中心"],
                ["区发改局", "区工信局", "区商务局"],
                targets=[
                    T(
                        "引进人工智能重点项目",
                        "个",
                        "gte",
                        10,
                        "每年引进人工智能重点项目10个以上",
                        per_year=True,
                    )
                ],
            ),
            item(
                "培育专精特新企业",
                "建立人工智能企业梯度培育库，实行“一企一专员”服务，对入库企业在政策申报、融资对接和场景开放等方面给予优先支持，推动一批企业成长为专精特新企业。",
                ["区工信局"],
                ["区科技局"],
            ),
            item(
                "推动企业上云用模",
                "引导中小企业使用大模型和智能体产品，\n——推动中小企业上云用模500家；\n——对使用本地大模型服务的企业按合同金额的20%给予补助",
                ["区工信局"],
                ["区财政局", "区数据中心"],
                targets=[T("中小企业上云用模", "家", "eq", 500, "推动中小企业上云用模500家")],
            ),
        ],
    ),
    (
        "拓展应用场景",
        [
            item(
                "智慧社区",
                "推进社区智能安防、智能养老和“一键呼叫”服务，推广社区治理数字驾驶舱，建成智慧社区30个。",
                resp=["区民政局", "各街道办事处"],
                targets=[T("智慧社区", "个", "eq", 30, "建成智慧社区30个")],
            ),
            item(
                "智慧医疗",
                "在区属医院推广人工智能辅助诊疗和智能导诊，区域影像人工智能辅助诊断率达到90%。",
                ["区卫健局"],
                targets=[
                    T(
                        "区域影像人工智能辅助诊断率",
                        "%",
                        "eq",
                        90,
                        "区域影像人工智能辅助诊断率达到90%",
                    )
                ],
            ),
            item(
                "智慧教育",
                "建设人工智能教育示范校，\n——2027年建成示范校15所；\n——中小学人工智能课程开课率达到100%",
                ["区教育局"],
                targets=[
                    T("人工智能教育示范校", "所", "eq", 15, "2027年建成示范校15所", deadline=2027),
                    T(
                        "中小学人工智能课程开课率",
                        "%",
                        "eq",
                        100,
                        "中小学人工智能课程开课率达到100%",
                    ),
                ],
            ),
            item(
                "智慧城管",
                "推广城市管理问题智能发现、智能派单，\n——部署智能感知终端3000个；\n——推动问题智能发现率提升至80%",
                ["区城管局"],
                ["区住建局", "各街道办事处"],
                targets=[
                    T("城市管理智能感知终端", "个", "eq", 3000, "部署智能感知终端3000个"),
                    T("城市管理问题智能发现率", "%", "eq", 80, "推动问题智能发现率提升至80%"),
                ],
            ),
            item(
                "智慧商圈",
                "推动澹溪商圈建设智能导购、无感支付和客流分析系统，培育数字消费新场景，打造智慧商圈2个。",
                ["区商务局"],
                ["各街道办事处"],
                targets=[T("智慧商圈", "个", "eq", 2, "打造智慧商圈2个")],
            ),
            item(
                "智慧应急",
                "建设安全生产风险智能监测预警系统，推广危险化学品、建筑施工等领域智能巡检和隐患识别，接入重点企业200家。",
                ["区应急局"],
                ["区数据中心"],
                targets=[
                    T(
                        "接入安全生产风险智能监测预警系统重点企业",
                        "家",
                        "eq",
                        200,
                        "接入重点企业200家",
                    )
                ],
            ),
        ],
    ),
    (
        "强化人才支撑",
        [
            item(
                "引育高端人才",
                "落实区人才新政，面向人工智能领域引进领军人才和创新团队，给予安家补贴和项目资助，在人才公寓、子女入学、医疗保障等方面提供“一站式”服务。",
                ["区人社局"],
                ["区科技局"],
            ),
            item(
                "开展全民数字技能提升",
                "联合高校和企业开展人工智能应用技能培训，每年培训2000人次。",
                ["区人社局"],
                ["区教育局", "区工信局"],
                targets=[
                    T(
                        "人工智能应用技能培训",
                        "人次",
                        "eq",
                        2000,
                        "每年培训2000人次",
                        per_year=True,
                        kind="talent",
                    )
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "健全工作机制",
        "成立区“人工智能+”行动领导小组，由区政府主要领导任组长，领导小组办公室设在区工信局，建立“月调度、季通报”工作制度，及时协调解决重大问题。",
    ),
    (
        "加大政策支持",
        "区财政每年安排人工智能产业发展资金不少于3000万元，统筹用于算力补贴、场景示范和人才奖励。",
    ),
    (
        "强化安全保障",
        "落实人工智能安全管理责任，加强数据分类分级保护和算法备案管理，定期开展网络安全检查和应急演练。",
    ),
    (
        "营造良好氛围",
        "举办人工智能应用大赛和场景发布会，通过区融媒体中心和政务新媒体宣传推广典型案例，营造全社会关注、支持和参与人工智能发展的良好氛围。",
    ),
]


def p(text, cls=None):
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{html.escape(text, quote=False)}</p>"


def _build():
    body = [
        p(
            "为加快推进“人工智能+”行动，推动人工智能与经济社会各领域深度融合，根据《岚渚市推进“人工智能+”行动方案（2026—2027年）》，结合我区实际，制定本方案。"
        ),
        p("【总体思路】", "part"),
        p(
            "坚持以习近平新时代中国特色社会主义思想为指导，坚持应用牵引、企业主体、园区承载、安全可控，以澹溪软件园为核心载体，以场景开放促进技术迭代和产业集聚，推动人工智能全方位赋能产业发展、城市治理和民生服务，打造全市人工智能产业发展先行区和应用示范区。"
        ),
        p("【发展目标】", "part"),
        p(GOAL),
        p("【重点任务】", "part"),
    ]
    goals = [goal("到2028年", GOAL, GT)]
    sections = []
    for i, (heading, items) in enumerate(GROUPS, 1):
        body.append(p(f"■ {heading}", "group"))
        for it in items:
            lines = (it.title + "。" + it.body + it.annot).split("\n")
            body.append(p("● " + lines[0]))
            body += [p(x, "sub") for x in lines[1:]]
        sections.append(
            Section(f"S{i}", "", heading, "key_task", tasks_and_goals(items, CODE, goals))
        )
    body.append(p("【保障措施】", "part"))
    sg = []
    for title, text in SAFEGUARDS:
        body.append(p(f"▲ {title}。{text}"))
        sg.append(Task(None, title, f"{title}。{text}"))
    sections.append(Section(f"S{len(GROUPS) + 1}", "", "保障措施", "safeguard", sg))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_澹溪区人民政府</title>
<style>.part{{font-weight:bold}} .group{{font-weight:bold;color:#0b4a8b}} .sub{{text-indent:4em}}</style>
</head>
<body>
<div class="header"><a href="/">澹溪区人民政府</a>
<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>政民互动</li><li>走进澹溪</li></ul></div>
<div class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 区政府办文件</div>
<table class="meta"><tr><td>索引号：DX-00127-0300-2026-00031</td><td>发布机构：澹溪区人民政府办公室</td></tr>
<tr><td>文号：{DOC_NUMBER}</td><td>发布时间：2026-04-08</td></tr></table>
<div class="article">
<h1>{TITLE}</h1>
{chr(10).join(body)}
</div>
<div class="tools">【字体：大 中 小】【打印】【关闭】</div>
<div class="footer"><p>主办单位：岚渚市澹溪区人民政府办公室　　网站标识码：3502990017</p>
<p>闽ICP备20260321号-1　　闽公网安备35029902000127号</p></div>
</body>
</html>
"""
    return page, goals, sections


TEXT, GOALS, SECTIONS = _build()

EXTRACTION = {
    "zone": {
        "slug": "danxi-district",
        "name": "澹溪区",
        "name_en": "Danxi District",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2028,
}

HEADER = """\
# 澹溪区“人工智能+”行动实施方案（2026—2028年） (岚渚市澹溪区人民政府办公室, 澹政办〔2026〕7号, 2026-04-08)
# — SYNTHETIC (synthetic_dc): WRITTEN by helper blindDC (2026-12-07) before reading or running the importer; no such document is
#   claimed to exist. Built by make_files.py from doc_danxi.py as the district portal's page (.html, UTF-8).
# Zone danxi-district (an invented district of the invented 岚渚市, 福建) → district; period 2026—2028.
# Outline WITHOUT NUMBERS: portal chrome (nav, 位置, 索引号 / 发布机构 / 文号 / 发布时间, 字体 / 打印, footer); parts in 【】:
#   【总体思路】 (no target), 【发展目标】 (one paragraph "到2028年，…。2026年，…" → ONE goal titled 到2028年, its 2026 figures due
#   2026), 【重点任务】 of four groups "■ X" (each a section, key_task, no numbering), tasks "● 标题。…" (title the words before
#   the first 。, no numbering — a bullet is no number), sub-points "——…；" on lines of their own belong to the ● above (in its
#   text, no task, no clause: ONE annotation after the last covers the task); 【保障措施】 "▲ 标题。…" → safeguard tasks.
#   A ● whose heading is only a noun phrase ("● 智慧社区。…") is titled by it.
# Roles: "（X牵头，Y、Z配合）" → lead / supporting; "（X牵头）" → lead; "（责任单位：X、Y）" → responsible; 各街道办事处 one collective.
# Targets: the goal's 9 ("其中营收超亿元企业10家" parent the 120家); each ● with figures also a goal titled like it, due 2028
#   unless its text dates it (2026年底前 → 2026; 2027年 → 2027). 5万平方米 → 50000 平方米; "每年…" → per-year flow. 开课率
#   100% is printed: a target. Not targets: the 20% subsidy, 不少于3000万元 (a budget), 月调度 / 季通报.
"""

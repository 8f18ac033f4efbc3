# ruff: noqa: E501  (plan text as the office writes it)
"""澄岭区“人工智能+”行动实施方案（2026—2027年） — INVENTED (synthetic_dg). A district of the invented 蓼州市, its portal page as
an old 大汉 (Hanweb) template publishes it (UTF-8): nested layout tables, 当前位置, 信息公开 table, the article in
<div id="zoom"> with <font face="仿宋_GB2312"> lines separated by <br>, and the tasks as a TABLE 序号 | 重点任务 | 具体举措 |
牵头单位 | 配合单位 | 完成时限 whose 序号 and 重点任务 cells are merged down (rowspan) over their 具体举措 rows and whose
group rows span all columns (colspan)."""

from dg_page import FW, IND, info_table, lines_p, page, split_b
from synthetic_model import Agency, Clause, Goal, Section, Target, Task

SLUG = "chengling-ai-plus-implementation-2026-synthetic"
KIND = "html"
ENCODING = "utf-8"

A = {
    "fgj": ("蓼州市澄岭区发展和改革局", "development_reform", ["区发改局"]),
    "kgj": ("蓼州市澄岭区科技和工业信息化局", "industry_it", ["区科工局"]),
    "sjj": ("蓼州市澄岭区数据局", "big_data", ["区数据局"]),
    "czj": ("蓼州市澄岭区财政局", "finance", ["区财政局"]),
    "jtj": ("蓼州市澄岭区教育体育局", "education", ["区教体局"]),
    "wjj": ("蓼州市澄岭区卫生健康委员会", "health", ["区卫健委"]),
    "swj": ("蓼州市澄岭区商务局", "commerce", ["区商务局"]),
    "wlj": ("蓼州市澄岭区文化广电旅游体育局", "culture_tourism", ["区文广旅体局"]),
    "zjj": ("蓼州市澄岭区住房和城乡建设局", "housing_construction", ["区住建局"]),
    "mzj": ("蓼州市澄岭区民政局", "civil_affairs", ["区民政局"]),
    "yjj": ("蓼州市澄岭区应急管理局", "emergency", ["区应急局"]),
    "rsj": ("蓼州市澄岭区人力资源和社会保障局", "human_resources", ["区人社局"]),
    "zwb": ("蓼州市澄岭区政务服务管理办公室", "government_services", ["区政务服务办"]),
    "ygw": ("蓼州澄岭高新技术产业园区管理委员会", "park_administration", ["澄岭高新区管委会"]),
    "jz": ("蓼州市澄岭区各街道办事处", "local_government", ["各街道办事处"]),
}
N = {code: printed[0] for code, (_, _, printed) in A.items()}


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


TITLE = "澄岭区人民政府办公室关于印发《澄岭区“人工智能+”行动实施方案（2026—2027年）》的通知"
PLAN_TITLE = "澄岭区“人工智能+”行动实施方案（2026—2027年）"
DOC_NUMBER = "澄府办字〔2026〕14号"
PLAN = {
    "code": SLUG,
    "title": PLAN_TITLE,
    "title_en": "Chengling District (Liaozhou, Jiangxi) implementation plan for the “AI+” action (2026–2027) — synthetic",
    "issuer": "澄岭区人民政府办公室",
    "doc_number": DOC_NUMBER,
    "issued_on": "2026-04-02",
    "period_start": 2026,
    "period_end": 2027,
    "milestone_years": [2027],
    "source_file": f"{SLUG}.html",
}

G_TEXT = "到2027年，全区人工智能核心产业营业收入突破60亿元，集聚人工智能企业60家以上，其中高新技术企业25家，建成区级以上人工智能创新平台6个，打造“人工智能+”应用场景80个，澄岭高新区智能算力规模达到500P，重点工业企业关键工序数控化率达到75%，建成全市人工智能产业发展先行区。"
G = [
    T(
        "人工智能核心产业营业收入",
        "亿元",
        "gt",
        60,
        "全区人工智能核心产业营业收入突破60亿元",
        kind="ai_industry_scale",
    ),
    T("人工智能企业", "家", "gte", 60, "集聚人工智能企业60家以上", kind="ai_enterprises"),
    T(
        "人工智能高新技术企业",
        "家",
        "eq",
        25,
        "其中高新技术企业25家",
        kind="ai_enterprises",
        parent="PREV",
    ),
    T(
        "区级以上人工智能创新平台",
        "个",
        "eq",
        6,
        "建成区级以上人工智能创新平台6个",
        kind="innovation_platforms",
    ),
    T(
        "“人工智能+”应用场景",
        "个",
        "eq",
        80,
        "打造“人工智能+”应用场景80个",
        kind="application_scenarios",
    ),
    T(
        "澄岭高新区智能算力规模",
        "P",
        "eq",
        500,
        "澄岭高新区智能算力规模达到500P",
        kind="computing_power",
    ),
    T("重点工业企业关键工序数控化率", "%", "eq", 75, "重点工业企业关键工序数控化率达到75%"),
]

# group: (numbering, title, tasks); task: (cell, rows); row: (measure, lead, supporting, due text, year, targets)
GROUPS = [
    (
        "（一）",
        "筑牢智能发展底座",
        [
            (
                "提升算力供给能力",
                [
                    (
                        "推动澄岭高新区智算中心扩容，2026年底前新增智能算力200P，接入市级算力调度平台。",
                        ["ygw"],
                        ["fgj", "sjj"],
                        "2026年12月底前",
                        2026,
                        [
                            T(
                                "澄岭高新区新增智能算力",
                                "P",
                                "eq",
                                200,
                                "2026年底前新增智能算力200P",
                                kind="computing_power",
                                aggregation="flow",
                            )
                        ],
                    ),
                    (
                        "落实市级算力券政策，组织区内中小企业申领使用，服务企业30家以上。",
                        ["kgj"],
                        ["czj"],
                        "2027年12月底前",
                        2027,
                        [
                            T(
                                "算力券服务企业",
                                "家",
                                "gte",
                                30,
                                "服务企业30家以上",
                                aggregation="flow",
                            )
                        ],
                    ),
                ],
            ),
            (
                "推进数据汇聚治理",
                [
                    (
                        "建设区级公共数据资源平台，归集政务数据5000万条以上，编制公共数据开放目录。",
                        ["sjj"],
                        ["zwb"],
                        "2026年12月底前",
                        2026,
                        [T("归集政务数据", "条", "gte", 50000000, "归集政务数据5000万条以上")],
                    ),
                    (
                        "围绕智能制造、社区治理建设高质量数据集5个。",
                        ["sjj"],
                        ["kgj", "mzj"],
                        "2027年6月底前",
                        2027,
                        [T("高质量数据集", "个", "eq", 5, "建设高质量数据集5个")],
                    ),
                ],
            ),
        ],
    ),
    (
        "（二）",
        "推动产业智能升级",
        [
            (
                "实施制造业智能化改造",
                [
                    (
                        "每年实施智能化改造项目30个以上，推广工业视觉质检、设备预测性维护等应用。",
                        ["kgj"],
                        ["fgj"],
                        "长期坚持",
                        2027,
                        [
                            T(
                                "智能化改造项目",
                                "个",
                                "gte",
                                30,
                                "每年实施智能化改造项目30个以上",
                                per_year=True,
                            )
                        ],
                    ),
                    (
                        "培育省级智能工厂5家、数字化车间20个。",
                        ["kgj"],
                        ["ygw"],
                        "2027年12月底前",
                        2027,
                        [
                            T("省级智能工厂", "家", "eq", 5, "培育省级智能工厂5家"),
                            T("数字化车间", "个", "eq", 20, "数字化车间20个"),
                        ],
                    ),
                ],
            ),
            (
                "培育人工智能企业",
                [
                    (
                        "开展人工智能专题招商，每年引进人工智能企业15家以上。",
                        ["swj"],
                        ["ygw", "kgj"],
                        "长期坚持",
                        2027,
                        [
                            T(
                                "引进人工智能企业",
                                "家",
                                "gte",
                                15,
                                "每年引进人工智能企业15家以上",
                                per_year=True,
                                kind="ai_enterprises",
                            )
                        ],
                    ),
                    (
                        "建立人工智能企业梯度培育库，入库企业动态保持40家以上。",
                        ["kgj"],
                        ["fgj"],
                        "2026年9月底前",
                        2026,
                        [
                            T(
                                "人工智能企业梯度培育库入库企业",
                                "家",
                                "gte",
                                40,
                                "入库企业动态保持40家以上",
                                kind="ai_enterprises",
                            )
                        ],
                    ),
                ],
            ),
            (
                "发展智能消费和文旅",
                [
                    (
                        "建设智慧商圈1个，推广智能导购、数字人直播等新业态。",
                        ["swj"],
                        ["jz"],
                        "2026年12月底前",
                        2026,
                        [T("智慧商圈", "个", "eq", 1, "建设智慧商圈1个")],
                    ),
                    (
                        "推进岭湖景区智能导览、客流监测建设，开发沉浸式文旅体验项目3个。",
                        ["wlj"],
                        ["sjj"],
                        "2027年12月底前",
                        2027,
                        [T("沉浸式文旅体验项目", "个", "eq", 3, "开发沉浸式文旅体验项目3个")],
                    ),
                ],
            ),
        ],
    ),
    (
        "（三）",
        "深化民生和治理应用",
        [
            (
                "推进智慧教育和医疗",
                [
                    (
                        "建设人工智能实验室中小学校12所，开展师生人工智能素养培训。",
                        ["jtj"],
                        ["kgj"],
                        "2027年8月底前",
                        2027,
                        [
                            T(
                                "人工智能实验室中小学校",
                                "所",
                                "eq",
                                12,
                                "建设人工智能实验室中小学校12所",
                            )
                        ],
                    ),
                    (
                        "在社区卫生服务中心推广人工智能辅助诊断，覆盖率达到100%。",
                        ["wjj"],
                        ["jz"],
                        "2026年12月底前",
                        2026,
                        [
                            T(
                                "社区卫生服务中心人工智能辅助诊断覆盖率",
                                "%",
                                "eq",
                                100,
                                "覆盖率达到100%",
                            )
                        ],
                    ),
                ],
            ),
            (
                "提升城市智能治理水平",
                [
                    (
                        "建设城市运行“一网统管”智能中枢，接入物联感知设备2万个。",
                        ["sjj"],
                        ["zjj", "yjj"],
                        "2027年12月底前",
                        2027,
                        [T("接入物联感知设备", "个", "eq", 20000, "接入物联感知设备2万个")],
                    ),
                    (
                        "推动政务服务智能问答、智能预审，“免申即享”事项达到50项。",
                        ["zwb"],
                        ["sjj"],
                        "2026年12月底前",
                        2026,
                        [T("“免申即享”事项", "项", "eq", 50, "“免申即享”事项达到50项")],
                    ),
                    (
                        "打造智慧社区示范点10个，推广智能养老服务。",
                        ["mzj"],
                        ["jz", "zjj"],
                        "2027年12月底前",
                        2027,
                        [T("智慧社区示范点", "个", "eq", 10, "打造智慧社区示范点10个")],
                    ),
                ],
            ),
            (
                "强化数字人才支撑",
                [
                    (
                        "开展人工智能职业技能培训，每年培训3000人次。",
                        ["rsj"],
                        ["jtj"],
                        "长期坚持",
                        2027,
                        [
                            T(
                                "人工智能职业技能培训",
                                "人次",
                                "eq",
                                3000,
                                "每年培训3000人次",
                                per_year=True,
                                kind="talent",
                            )
                        ],
                    ),
                ],
            ),
        ],
    ),
]

SAFEGUARDS = [
    (
        "加强统筹协调",
        "区推进“人工智能+”行动领导小组统筹推进实施方案落实，研究解决重大问题，领导小组办公室设在区科工局，负责日常调度。各牵头单位要制定具体工作计划，每季度末向领导小组办公室报送工作进展。",
    ),
    (
        "加大政策支持",
        "统筹区级科技和产业发展资金，对人工智能项目和应用场景建设给予支持，优先保障重点项目用地用能。",
    ),
    (
        "强化考核评估",
        "将各项任务落实情况纳入全区高质量发展综合考核，每半年通报一次进展，对成效突出的单位予以通报表扬，对工作滞后的单位进行约谈督办。适时组织第三方机构开展实施成效评估，根据评估结果动态调整任务举措。",
    ),
]


def _date(due_text):
    """完成时限 as a date: "2026年9月底前" → 2026-09-30; 长期坚持 → the plan's end."""
    import calendar
    import re

    m = re.match(r"(\d{4})年(\d{1,2})月底前", due_text)
    if not m:
        return "2027-12-31"
    y, mo = int(m.group(1)), int(m.group(2))
    return f"{y}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"


def _table():
    head = '<tr bgcolor="#D9E5F3" align="center"><td width="6%"><b>序号</b></td><td width="14%"><b>重点任务</b></td><td width="42%"><b>具体举措</b></td><td width="12%"><b>牵头单位</b></td><td width="14%"><b>配合单位</b></td><td width="12%"><b>完成时限</b></td></tr>'
    rows = [head]
    sections, goals = [], []
    n = 0
    for gno, gtitle, tasks in GROUPS:
        rows.append(f'<tr><td colspan="6" style="font-weight:bold;">{gno}{gtitle}</td></tr>')
        stasks = []
        for cell, items in tasks:
            n += 1
            clauses, targets = [], []
            for i, (measure, lead, sup, due_text, year, ts) in enumerate(items):
                first = ""
                if i == 0:
                    span = f' rowspan="{len(items)}"' if len(items) > 1 else ""
                    first = f'<td align="center"{span}>{n}</td><td{span}>{cell}</td>'
                rows.append(
                    f'<tr>{first}<td><font face="仿宋_GB2312">{measure}</font></td><td align="center">{"、".join(N[c] for c in lead)}</td>'
                    f'<td align="center">{"<br>".join(N[c] for c in sup)}</td><td align="center">{due_text}</td></tr>'
                )
                clauses.append(Clause(measure, lead=list(lead), supporting=list(sup)))
                for t in ts:
                    assert t.phrase in measure, t.phrase
                    t.deadline = year
                    targets.append(t)
            due = max(_date(due_text) for _, _, _, due_text, _, _ in items)
            stasks.append(Task(None, cell, cell, due=due, clauses=clauses))
            if targets:
                goals.append(Goal(cell, cell, targets))
        sections.append(Section(gno.strip("（）"), gno, gtitle, "key_task", stasks))
    table = (
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:14px;">\n'
        + "\n".join(rows)
        + "\n</table>"
    )
    return table, sections, goals


def _build():
    for t in G:
        assert t.phrase in G_TEXT, t.phrase
    table, task_sections, task_goals = _table()
    goals = [Goal("到2027年", G_TEXT, list(G)), *task_goals]
    sg_lines = [f"{IND}{split_b('三、保障措施', 3)}"]
    sg = []
    for n, (title, text) in enumerate(SAFEGUARDS, 1):
        no = f"（{'一二三'[n - 1]}）"
        sg_lines.append(f"{FW}<b>{no}{title}。</b>{text}")
        sg.append(Task(no, title, f"{title}。{text}"))
    sections = [
        Section("二", "二、", "重点任务", "key_task", sections=task_sections),
        Section("三", "三、", "保障措施", "safeguard", sg),
    ]
    article = "\n".join(
        [
            lines_p(
                [
                    "各街道办事处，区政府各部门，澄岭高新区管委会：",
                    f"{FW}经区政府同意，现将《{PLAN_TITLE}》印发给你们，请结合实际认真贯彻落实。",
                    f"{FW}{FW}{FW}{FW}澄岭区人民政府办公室",
                    f"{FW}{FW}{FW}{FW}2026年4月2日",
                ]
            ),
            f'<p align="center"><b><font face="方正小标宋简体" size="5">{split_b(PLAN_TITLE, 5)}</font></b></p>',
            lines_p(
                [
                    f"{FW}为抢抓人工智能发展机遇，落实《蓼州市推进“人工智能+”行动方案（2026—2028年）》，推动人工智能赋能全区经济社会高质量发展，制定本实施方案。",
                    f"{IND}{split_b('一、总体要求', 2)}",
                    f"{FW}<b>（一）指导思想</b>",
                    f"{FW}以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入落实省委、市委关于发展新质生产力的部署，立足澄岭区作为蓼州中心城区和高新技术产业集聚区的定位，坚持需求牵引、应用为先、产业为本、安全可控，以澄岭高新区为主阵地，以智能算力和数据资源为支撑，以场景开放为抓手，推动人工智能与制造业、服务业和城市治理深度融合，加快形成以人工智能为引领的现代化产业体系。",
                    f"{FW}<b>（二）基本原则</b>",
                    f"{FW}坚持统筹推进，区级统筹、部门协同、街道落实，形成上下联动工作格局；坚持开放合作，积极对接国内头部企业和高校院所，引进优质项目和创新资源；坚持安全发展，守牢数据安全和网络安全底线。",
                    f"{FW}<b>（三）工作</b><b>目标</b>",
                    f"{FW}{G_TEXT}",
                    f"{IND}{split_b('二、重点任务', 4)}",
                ]
            ),
            table,
            lines_p(sg_lines),
        ]
    )
    return article, goals, sections


ARTICLE, GOALS, SECTIONS = _build()

INFO = info_table(
    [
        ("索&nbsp;引&nbsp;号：", "11360802MB0E21764K/2026-00126", "主题分类：", "科技"),
        ("发布机构：", "澄岭区人民政府办公室", "发文日期：", "2026年04月02日"),
        ("文&nbsp;&nbsp;&nbsp;&nbsp;号：", DOC_NUMBER, "有&nbsp;效&nbsp;性：", "有效"),
    ],
    TITLE,
)

TEXT = page(
    charset="utf-8",
    site="蓼州市澄岭区人民政府",
    title=TITLE,
    nav=["网站首页", "澄岭概况", "政府信息公开", "网上办事", "政民互动"],
    crumbs=["网站首页", "政府信息公开", "法定主动公开内容", "政府文件"],
    info=INFO,
    article=ARTICLE,
    footer=[
        "蓼州市澄岭区人民政府主办&nbsp;&nbsp;澄岭区数据局承办",
        "赣ICP备05002468号-1&nbsp;&nbsp;网站标识码：3608020002",
    ],
)

AGENCIES = [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in A.items()]

EXTRACTION = {
    "zone": {
        "slug": "chengling-liaozhou-district",
        "name": "澄岭区",
        "name_en": "Chengling District (Liaozhou, Jiangxi)",
        "level": "district",
    },
    "plan": PLAN,
    "agencies": AGENCIES,
    "goals": GOALS,
    "sections": SECTIONS,
    "deadline": 2027,
}

HEADER = """\
# 澄岭区“人工智能+”行动实施方案（2026—2027年） (澄岭区人民政府办公室, 澄府办字〔2026〕14号, 2026-04-02)
# — SYNTHETIC (synthetic_dg): WRITTEN by the collector (helper blindDG, 2026-12-07) before reading or running the importer; no
#   such document is claimed to exist. Built by make_files.py from doc_chengling.py as an old 大汉 (Hanweb) portal page (UTF-8).
# Zone chengling-liaozhou-district (澄岭区 of the invented 蓼州市, 江西) → district; period 2026–2027 (the title's years).
# Page: nested layout tables, 当前位置, 信息公开 table, <div id="zoom"> holding the covering notice (no task), the title split over
#   <b> fragments, one <p> of <br> lines (preamble; 一、总体要求 with （一）指导思想 and （二）基本原则
#   (run-in 坚持…: no tasks) and （三）工作目标 over its goal line; the heading 二、重点任务), then the TASK TABLE,
#   then 三、保障措施 as one <p> of <br> lines.
# Goals: the one goal line → goal "到2027年" (7 targets; "其中高新技术企业25家" part of the 60家, parent the one before).
# Task table 序号 | 重点任务 | 具体举措 | 牵头单位 | 配合单位 | 完成时限: the rows spanning all six columns ("（一）筑牢智能发展
#   底座", colspan="6") are the groups → sections （一）–（三） under 二、重点任务; each 重点任务 cell merged down (rowspan) over its
#   具体举措 rows is ONE task (title = text = the cell, no numbering — the merged 序号 1–9 counts the tasks but the convention
#   gives the merged cell none), its rows its clauses with their own roles (牵头单位 → lead, 配合单位 → supporting; a cell
#   of several bodies on <br> lines → each one); the one task of a single row (9 强化数字人才支撑) is read the same way (its row
#   a clause). The task is due at the latest 完成时限 of its rows (year); 长期坚持 → the plan's end, 2027.
# Targets: a task whose rows hold figures is also a goal titled like the task cell (text = the cell: the rows' words are the
#   clauses'), each figure due its row's 完成时限 year (2026年12月底前 → 2026; 2026年9月底前 → 2026; 长期坚持 → 2027). 5000万条 →
#   50000000 条; 2万个 → 20000. "覆盖率达到100%" prints its figure → a target. "2026年底前新增智能算力200P" (new power in the
#   park) is not the goal's 500P (its own, flow). 每年… → per-year. Not targets: the 保障措施 rhythm (每半年通报一次).
# Agencies: the cells' names (区X) with full names 蓼州市澄岭区…; 澄岭高新区管委会 a park administration; 各街道办事处 one collective.
#   The safeguards carry no annotation; "领导小组办公室设在区科工局，负责日常调度" assigns no role (a safeguard's).
"""

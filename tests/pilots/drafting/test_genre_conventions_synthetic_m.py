"""Conventions of the genre that the synthetic_m set (SYNTHETIC_M.md, measurement 1) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from pilots.drafting.inputs import document_from_bytes
from tests.pilots.drafting.conftest import docx_bytes
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks


def _targets(data: dict) -> list[tuple]:
    return [
        (t["value"], t["unit"], t.get("per_year", False))
        for g in data["goals"]
        for t in g["targets"]
    ]


# 1. A work table whose 工作任务 cell is merged down over the rows of its 具体举措, each row
#    numbered and annotated on its own
#    (序号 | 工作任务 | 具体举措 | 牵头单位 | 配合单位 | 完成时限):
#    the merged cell is the task, its rows are its measures, each with its own roles. A column of
#    merged cells over a column of 重点任务 stays a category (test_annex_tasks).

_HEADER = ["序号", "工作任务", "具体举措", "牵头单位", "配合单位", "完成时限"]
_ROWS = [
    ["1", "夯实算力底座", "建设城市智算中心。", "市发展改革委", "市数据局", "2026年12月底"],
    ["2", "夯实算力底座", "建设算力调度平台。", "市数据局", "市发展改革委", "2026年9月底"],
    ["3", "推动数据开放", "开放公共数据集。", "市数据局", "市财政局", "2026年10月底"],
    ["4", "推动数据开放", "建设行业语料库。", "市数据局", "市教育局、市商务局", "2026年12月底"],
    ["5", "推动数据开放", "培育数据标注企业。", "市数据局", "市工信局", "全年"],
    ["6", "拓展智能应用", "建设智慧医院。", "市卫健委", "市数据局", "2026年12月底"],
    ["7", "拓展智能应用", "推广智能信号配时。", "市公安局", "市交通运输局", "2026年11月底"],
]
_LINES = [
    "某市2026年“人工智能+”行动工作要点",
    "一、工作目标",
    "2026年，全市人工智能核心产业营收突破100亿元。",
    "二、重点任务",
]


def test_a_task_cell_merged_over_its_numbered_measures_is_one_task_of_clauses():
    merged = [(1, 1, 2), (1, 3, 5), (1, 6, 7), (3, 3, 5)]  # 工作任务 cells, and one 牵头单位
    content = docx_bytes(_LINES, [_HEADER, *_ROWS], merged_down=merged)
    data = _draft(document_from_bytes("plan.docx", content).text)
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == ["夯实算力底座", "推动数据开放", "拓展智能应用"]
    assert _roles(data, tasks[0]) == {
        "lead": ["市发展改革委", "市数据局"],
        "supporting": ["市数据局", "市发展改革委"],
    }
    assert [c["text"].split("（")[0] for c in tasks[1]["clauses"]][1:] == [
        "建设行业语料库。",
        "培育数据标注企业。",
    ]
    assert _roles(data, tasks[2]) == {
        "lead": ["市卫健委", "市公安局"],
        "supporting": ["市数据局", "市交通运输局"],
    }


def test_a_task_column_after_the_measures_makes_the_rows_the_tasks():
    """Control: 重点任务 | 主要举措 | 具体任务 — a column naming tasks again after the measures
    makes each row a task, the merged 重点任务 its category (heldout16's 浙江 task list)."""
    header = ["序号", "重点任务", "主要举措", "具体任务", "牵头单位", "配合单位", "完成时限"]
    rows = [[r[0], r[1], "统筹推进。", *r[2:]] for r in _ROWS]
    content = docx_bytes(_LINES, [header, *rows], merged_down=[(1, 1, 2), (1, 3, 5), (1, 6, 7)])
    data = _draft(document_from_bytes("plan.docx", content).text)
    tasks = _tasks(data)
    assert len(tasks) == 7
    assert "建设城市智算中心" in tasks[0]["text"] and "建设算力调度平台" in tasks[1]["text"]


# 2. An actor named once as the subject of every task ("各市（州）人民政府为各项任务的责任主体，以下
#    不再列出", written in the first task's annotation) is responsible for that task and every one
#    after it.

_SUBJECT_OF_EVERY_TASK = (
    "某省关于深入实施“人工智能+”行动的实施意见\n"
    "一、夯实发展基础\n"
    "（一）建设算力设施。统筹建设智算中心。（省发展改革委、省数据局按职责分工负责。各市（州）人民政府"
    "为各项任务的责任主体，以下不再列出）\n"
    "（二）推动数据开放。开放公共数据。（省数据局负责）\n"
    "二、赋能千行百业\n"
    "（一）推进智能制造。建设智能工厂。（省经济和信息化厅牵头，省科技厅配合）\n"
)


def test_an_actor_named_the_subject_of_every_task_is_responsible_for_each():
    data = _draft(_SUBJECT_OF_EVERY_TASK)
    wide = str.maketrans("()", "（）")  # the draft prints a name's brackets half width
    roles = [
        {role: [n.translate(wide) for n in names] for role, names in _roles(data, t).items()}
        for t in _tasks(data)
    ]
    assert roles == [
        {"responsible": ["省发展改革委", "省数据局", "各市（州）人民政府"]},
        {"responsible": ["省数据局", "各市（州）人民政府"]},
        {
            "lead": ["省经济和信息化厅"],
            "supporting": ["省科技厅"],
            "responsible": ["各市（州）人民政府"],
        },
    ]


# 3. An item's yearly figure (每年引进企业10家以上) restates no goal: the goals' 10家以上 of a
#    total (其中规模以上企业10家以上) is a level at the deadline, not a number each year.

_YEARLY_BESIDE_A_LEVEL = (
    "某县“人工智能+”行动计划（2026—2028年）\n"
    "一、发展目标\n"
    "到2028年，集聚人工智能企业30家，其中规模以上企业10家以上。\n"
    "二、重点工程\n"
    "（一）实施产业强链工程。招引培育人工智能企业。\n"
    "①招引头部企业。每年引进人工智能企业10家以上。\n"
    "责任单位：县工信局（牵头）、县商务局\n"
)


def test_a_yearly_figure_of_an_item_is_no_restatement_of_a_goal_level():
    assert _targets(_draft(_YEARLY_BESIDE_A_LEVEL)) == [
        (30, "家", False),
        (10, "家", False),
        (10, "家", True),
    ]


def test_an_item_restating_a_goal_figure_is_still_left_out():
    """Control: the item's 10家以上 with no 每年 is the goal's figure said again."""
    text = _YEARLY_BESIDE_A_LEVEL.replace(
        "每年引进人工智能企业10家以上", "培育规模以上企业10家以上"
    )
    assert _targets(_draft(text)) == [(30, "家", False), (10, "家", False)]


# 4. Money a budget sets aside each year (每年安排不少于2000万元支持…) is a term of support, as a
#    treasury's 专项资金 is, not a target. A fund to be set up at a stated size
#    (设立规模5亿元的…基金) stays none either (the corpus's reading: a budget, SOURCES.md); a
#    per-year count beside them is a target.

_FUND_AND_BUDGET = (
    "某县“人工智能+”行动计划（2026—2028年）\n"
    "一、重点工程\n"
    "（一）实施生态优化工程。完善发展生态。\n"
    "①设立产业基金。联合社会资本设立规模5亿元的人工智能产业投资基金。\n"
    "②举办赛事活动。每年举办人工智能大赛不少于4场。\n"
    "责任单位：县财政局（牵头）、县科技局\n"
    "二、保障措施\n"
    "（一）强化要素保障。统筹县级产业发展资金，每年安排不少于二千万元支持人工智能项目建设。\n"
)


def test_a_yearly_budget_set_aside_is_no_target():
    assert _targets(_draft(_FUND_AND_BUDGET)) == [(4, "场", True)]


# 5. A count each unit below the plan's level must reach (各县区每年至少谋划储备2个重点项目) is a
#    quota for each of them, no figure of the plan's own (synthetic_j's 洛阳 reading).

_QUOTA_OF_EACH = (
    "某市“人工智能+”行动方案（2026—2027年）\n"
    "一、重点任务\n"
    "（一）加强县区协同联动。各县区要明确发展重点，各县区每年至少谋划储备2个人工智能重点项目。"
    "全市每年谋划储备人工智能重点项目20个以上。（责任单位：市发展改革委）\n"
)


def test_a_quota_of_each_county_is_no_target_of_the_plan():
    assert _targets(_draft(_QUOTA_OF_EACH)) == [(20, "个", True)]


# 6. A task of several clauses, each with its own annotation (a work table's measures, or a text
#    task annotated after each part): the figures of every clause are the task's, not only those
#    before its first annotation.

_FIGURES_IN_EVERY_CLAUSE = (
    "某市2026年人工智能工作要点\n"
    "一、重点任务\n"
    "1.夯实算力底座。新增智能算力100P。（牵头单位：市发展改革委）"
    "开放公共数据集50个。（牵头单位：市数据局）建设智慧医院5家。（牵头单位：市卫健委）\n"
)


def test_the_figures_of_every_clause_of_a_task_are_its_targets():
    assert _targets(_draft(_FIGURES_IN_EVERY_CLAUSE)) == [
        (100, "P", False),
        (50, "个", False),
        (5, "家", False),
    ]


# 7. A task of several clauses, each with its own time, is due when its last clause is; in a
#    year's work points a time of "全年" (or 年内) is the year's end.

_CLAUSE_TIMES = (
    "某市2026年人工智能工作要点\n"
    "一、重点任务\n"
    "1.夯实算力底座。建设智算中心。（牵头单位：市发展改革委；完成时限：2026年6月底）"
    "建设调度平台。（牵头单位：市数据局；完成时限：2026年9月底）\n"
    "2.办好合作论坛。举办论坛。（牵头单位：市商务局；完成时限：2026年9月底）"
    "引进合作项目。（牵头单位：市投资促进局；完成时限：全年）"
    "推动企业走出去。（牵头单位：市商务局；完成时限：持续推进）\n"
)


def test_a_task_of_dated_clauses_is_due_when_its_last_clause_is():
    assert [t.get("due") for t in _tasks(_draft(_CLAUSE_TIMES))] == ["2026-09-30", "2026-12-31"]


def test_a_goal_set_for_each_county_in_the_goals_stays_a_target():
    """Control: a goals paragraph setting each county's level (各县区不少于5个) states a goal
    (heldout15's 连云港)."""
    text = (
        "某市“人工智能+”政务服务专项行动方案\n"
        "一、总体目标\n"
        "到2025年底，在市级政务服务领域培育典型应用场景不少于40个，各县区不少于5个。\n"
        "二、重点任务\n"
        "（一）建设政务大模型。推动政务大模型应用。（责任单位：市数据局）\n"
    )
    assert _targets(_draft(text)) == [(40, "个", False), (5, "个", False)]


def test_work_going_on_all_year_has_no_due_date():
    """Control: "全年持续推进" is ongoing work (synthetic_d's 西安 reading), no date."""
    text = _CLAUSE_TIMES.replace("完成时限：全年）", "完成时限：全年持续推进）")
    assert [t.get("due") for t in _tasks(_draft(text))] == ["2026-09-30", "2026-09-30"]

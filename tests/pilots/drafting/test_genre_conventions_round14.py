"""Conventions of the genre the fourteenth held-out collection (HELDOUT14.md, measurement 1) left
open: each a short text written to test the form (not a copy of a real plan), drafted end to end
through ``plan_draft``. Each failed on the importer of de44d37 unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

DISTRICT = {"slug": "d", "name": "某市某区", "level": "district"}


def _targets(data: dict) -> list[dict]:
    return [t for g in data["goals"] for t in g["targets"]]


# 1. A division of the year's work report (任务分工) opens with its numbered targets, each
#    assigned to a bureau: "1.地区生产总值增长7%以上。（责任领导：张三；牵头单位：区发改局）".
#    Each such item is a goal AND a task carrying its assignment, as the unnumbered annotated
#    paragraphs of a goals part already are.

_DIVISION = (
    "2024年区《政府工作报告》重点工作任务责任分解方案\n"
    "一、2024年全区经济社会发展主要预期目标\n"
    "1.地区生产总值增长7%以上。（责任领导：张三；牵头单位：区发改局）\n"
    "2.规上工业增加值增长9%以上。（责任领导：李四；牵头单位：区经信局、区统计局）\n"
    "3.居民收入增长与经济增长基本同步。（责任领导：张三；牵头单位：区人社局）\n"
    "二、2024年主要工作安排\n"
    "（一）做强产业支撑\n"
    "4.推进工业园区扩区。加快园区道路建设。（牵头单位：区住建局；责任单位：区财政局）\n"
)


def test_numbered_targets_assigned_to_bureaus_are_also_tasks():
    data = _draft(_DIVISION, DISTRICT)
    tasks = {t["title"]: t for t in _tasks(data)}
    expected = [
        "地区生产总值增长7%以上",
        "规上工业增加值增长9%以上",
        "居民收入增长与经济增长基本同步",
    ]
    assert set(expected) <= set(tasks)
    assert _roles(data, tasks["规上工业增加值增长9%以上"]) == {"lead": ["区经信局", "区统计局"]}
    assert sorted(t["value"] for t in _targets(data)) == [7, 9]


def test_numbered_goal_items_without_annotation_stay_goals_only():
    """Control: unannotated numbered goal items are no tasks."""
    data = _draft(
        "某区数字经济行动方案(2024-2026年)\n一、主要目标\n"
        "1.数字经济核心产业增加值增长10%以上。\n2.新增上云企业500家。\n"
        "二、重点任务\n（一）培育数字产业。建设产业园。（牵头单位：区发改局）\n",
        DISTRICT,
    )
    assert [t["title"] for t in _tasks(data)] == ["培育数字产业"]
    assert sorted(t["value"] for t in _targets(data)) == [10, 500]


# 2. A numbered goal printed as a heading line of its own, its figure in the heading, its
#    annotation on the next line ("（一）地区生产总值增长7%以上" / "责任单位：区发改局"): the
#    heading is the goal's sentence, so its figure is a target.


def test_a_figure_in_a_goal_heading_line_is_a_target():
    data = _draft(
        "2024年区《政府工作报告》主要目标任务责任分解方案\n"
        "一、2024年全区经济社会发展的主要预期目标\n"
        "（一）地区生产总值增长7%以上\n责任单位：区发改局\n"
        "（二）固定资产投资增长10%以上\n责任单位：区发改局\n"
        "二、重点工作\n（一）推进园区建设。加快道路建设。（牵头单位：区住建局）\n",
        DISTRICT,
    )
    assert sorted((t["value"], t["comparator"]) for t in _targets(data)) == [
        (7, "gte"),
        (10, "gte"),
    ]


def test_a_goal_heading_without_figure_still_heads_its_paragraph():
    """Control: a heading line with no figure ("（二）发展目标") keeps heading the paragraph."""
    data = _draft(
        "某区数字经济行动方案(2024-2026年)\n一、总体要求\n（一）指导思想\n坚持创新驱动。\n"
        "（二）发展目标\n到2026年，数字经济核心产业增加值达到100亿元。\n"
        "二、重点任务\n（一）培育数字产业。建设产业园。（牵头单位：区发改局）\n",
        DISTRICT,
    )
    assert [(t["value"], t["unit"]) for t in _targets(data)] == [(100, "亿元")]


# 3. A division table copied from a page one cell a line: each cell closed by " |" (the page's
#    rule), or the cells apart by blank lines with a header spelled out in spaced letters
#    ("目  标  任  务") and a 责任人 column. Each row is a task with its bureaus, as when the
#    cells sit on one line.


def _table_tasks(text: str) -> dict[str, dict]:
    data = _draft(text, DISTRICT)
    return {t["title"]: _roles(data, t) for t in _tasks(data)}


def test_a_table_one_cell_a_line_closed_by_rules_is_read():
    text = (
        "2024年重点工作目标任务分解表\n序号 |\n目标与任务 |\n分管县领导 |\n牵头责任单位 |\n"
        "责任单位 |\n12 |\n加快普惠托育建设,新增托位300个以上。 |\n王 五 |\n"
        "县卫健委 |\n县财政局 |\n"
        "13 |\n推进学校扩容,新建小学2所。 |\n赵 六 |\n县教育局 |\n县财政局 |\n"
    )
    assert _table_tasks(text) == {
        "加快普惠托育建设": {"lead": ["县卫健委"], "responsible": ["县财政局"]},
        "推进学校扩容": {"lead": ["县教育局"], "responsible": ["县财政局"]},
    }


def test_a_table_one_cell_a_line_apart_by_blank_lines_is_read():
    text = (
        "2024年区政府工作目标任务落实责任分解表\n\n序号\n\n目  标  任  务\n\n牵头单位\n\n"
        "责任单位\n\n责任人\n\n一、主要经济指标\n\n1\n\n地区生产总值增长8%。\n\n区发改局\n\n"
        "区统计局\n\n张三\n\n2\n\n规上工业增加值增长10%。\n\n区经信局\n\n区统计局\n\n李四\n"
    )
    assert _table_tasks(text) == {
        "地区生产总值增长8%": {"lead": ["区发改局"], "responsible": ["区统计局"]},
        "规上工业增加值增长10%": {"lead": ["区经信局"], "responsible": ["区统计局"]},
    }


def test_a_table_one_cell_a_line_without_rules_is_still_read():
    """Control: the form the importer read already (one cell a line, no rules, no blanks)."""
    text = (
        "2024年重点工作任务分解表\n序号\n重点任务\n牵头单位\n配合单位\n"
        "1\n推进学校扩容,新建小学2所。\n县教育局\n县财政局\n"
        "2\n推进医院建设,新建医院1所。\n县卫健委\n县财政局\n"
    )
    assert _table_tasks(text) == {
        "推进学校扩容": {"lead": ["县教育局"], "supporting": ["县财政局"]},
        "推进医院建设": {"lead": ["县卫健委"], "supporting": ["县财政局"]},
    }


# 4. A notice whose annex is the division table, the copy cut after the table's first row: the
#    body prints no task of its own, so the one annotated row is the table's, a task.


_NOTICE = (
    "某区人民政府关于分解落实2024年区政府工作目标任务的通知\n"
    "各乡镇人民政府，区政府各部门：\n现将2024年区政府工作目标任务分解下达给你们，请认真组织落实。\n"
    "附件：2024年区政府工作目标任务落实责任分解表\n2024年1月30日\n附件\n"
    "2024年区政府工作目标任务落实责任分解表\n序号 | 目标任务 | 牵头单位 | 责任单位 |\n"
)


def test_the_one_row_of_a_cut_division_table_is_a_task():
    data = _draft(_NOTICE + "1 | 地区生产总值增长8%。 | 区发改局 |\n", DISTRICT)
    assert {t["title"]: _roles(data, t) for t in _tasks(data)} == {
        "地区生产总值增长8%": {"lead": ["区发改局"]}
    }


def test_a_one_row_annex_beside_the_body_s_own_tasks_is_no_task_table():
    """Control: a plan with tasks of its own keeps them; one annotated annex row adds nothing."""
    data = _draft(
        "某区数字经济行动方案\n一、重点任务\n（一）培育数字产业。建设产业园。（牵头单位：区发改局）\n"
        "（二）推进数据开放。建设开放平台。（牵头单位：区数据局）\n"
        "附件：重点任务分工表\n序号 | 重点任务 | 牵头单位 |\n1 | 建设算力中心。 | 区经信局 |\n",
        DISTRICT,
    )
    assert [t["title"] for t in _tasks(data)] == ["培育数字产业", "推进数据开放"]


# 5. An air-quality plan bounds a concentration: "PM2.5年均浓度控制在30微克/立方米以下" — a
#    target (lte) in the unit as printed (微克/立方米, or written out 微克每立方米).


def test_a_concentration_bound_is_a_target():
    data = _draft(
        "某市空气质量持续改善行动方案\n一、主要目标\n"
        "到2025年，全市细颗粒物(PM2.5)年均浓度控制在30微克/立方米以下，"
        "臭氧浓度控制在160微克每立方米以内，空气质量优良天数比率达到85%以上。\n"
        "二、重点任务\n（一）优化产业结构。淘汰落后产能。（牵头单位：市工信局）\n"
    )
    assert sorted((t["value"], t["unit"], t["comparator"]) for t in _targets(data)) == [
        (30, "微克/立方米", "lte"),
        (85, "%", "gte"),
        (160, "微克每立方米", "lte"),
    ]


# 6. A lead verb with the lead's duty after it (X、Y牵头督导 / 牵头推进 / 牵头组织): the names
#    before it lead, as before 牵头; also where the copy ends inside the annotation (the names
#    after the lead then read as with 牵头: supporting, the importer's reading of a cut list).


def test_a_lead_verb_with_its_duty_after_it_names_leads():
    data = _draft(
        "某市蓝天保卫战实施方案\n一、工作任务\n"
        "1.整治散乱污企业。完成整治任务。(市生态环境局、市发展改革局牵头督导,市公安局配合)\n"
        "2.推进锅炉改造。完成改造。(市工信局牵头推进,市财政局参与)\n"
        "3.整治工业炉窑。完成整治。(市生态环境局、市工信局牵头督导,市公安局、市自然资源局、"
    )
    assert {t["title"]: _roles(data, t) for t in _tasks(data)} == {
        "整治散乱污企业": {"lead": ["市生态环境局", "市发展改革局"], "supporting": ["市公安局"]},
        "推进锅炉改造": {"lead": ["市工信局"], "supporting": ["市财政局"]},
        "整治工业炉窑": {
            "lead": ["市生态环境局", "市工信局"],
            "supporting": ["市公安局", "市自然资源局"],
        },
    }


# 7. The townships concerned, named as one group (相关乡镇办, 有关镇街, 相关乡镇(街道)), are the
#    collective actor the annotation makes responsible, as 相关设区市 is; 相关部门 stays generic.


def test_the_townships_concerned_are_a_collective_agency():
    data = _draft(
        "某区政府工作报告重点工作任务责任分解方案\n一、重点工作\n"
        "1.修建道路。启动南环路建设。(牵头单位:区交通运输局;责任单位:区发改局,相关乡镇办)\n"
        "2.整治河道。推进河道治理。(牵头单位:区水利局;责任单位:有关镇街,相关部门)\n",
        DISTRICT,
    )
    assert {t["title"]: _roles(data, t) for t in _tasks(data)} == {
        "修建道路": {"lead": ["区交通运输局"], "responsible": ["区发改局", "相关乡镇办"]},
        "整治河道": {"lead": ["区水利局"], "responsible": ["有关镇街"]},
    }

# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_bb set (SYNTHETIC_BB.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft`` or read by the goal grammar. Each failed on the importer before its
rule unless marked as a control."""

from pilots.drafting.goal_targets import targets_of
from tests.pilots.drafting.test_genre_conventions import _draft, _labels, _roles, _tasks

COUNTY = {"slug": "some-county", "name": "某某县", "level": "district"}
BANNER = {"slug": "some-banner", "name": "某某旗", "level": "district"}


def _goals(data: dict) -> dict[str, list[tuple]]:
    return {
        g["title"]: [
            (t["metric"], t["comparator"], t["value"], t["unit"], t.get("deadline"))
            + ((True,) if t.get("per_year") else ())
            for t in g["targets"]
        ]
        for g in data["goals"]
    }


# 1. A named 行动 of the tasks part opening on an intro and a labelled line of its own goals
#    ("具体目标：到2027年，…；到2028年，…") before its numbered items: the line is a goal titled by the
#    行动's heading, with only the figures the plan's goals part does not state already (SOURCES.md:
#    a figure printed twice is one target, where first printed). Before, the line was the section's
#    text and none of its figures was drafted.

_OPENING = (
    "某市“人工智能+”行动方案（2026—2028年）\n"
    "一、总体要求\n"
    "（一）指导思想\n"
    "以习近平新时代中国特色社会主义思想为指导，推动人工智能与实体经济深度融合。\n"
)
_GOALS_PART = (
    "（二）行动目标\n"
    "到2027年，全市智能算力规模达到200P，人工智能相关企业达到60家。"
    "到2028年，人工智能核心产业规模突破30亿元，智能工厂累计达到40个。\n"
)
_ACTIONS = (
    "二、重点行动\n"
    "（一）数据赋能行动\n"
    "推动数据资源高效流通，夯实发展底座。\n"
    "具体目标：到2027年，全市智能算力规模达到200P；到2028年，建成行业数据集15个以上，开放公共数据集1500个。\n"
    "1.建设行业数据集。组织企业联合建设行业数据集。\n"
    "牵头：市数据局　配合：市工业和信息化局\n"
    "2.推进公共数据开放。分批推动公共数据有序开放。\n"
    "牵头：市数据局\n"
    "（二）场景培育行动\n"
    "以场景带应用，推动人工智能广泛应用。\n"
    "具体目标：每年发布场景清单不少于3批次，到2028年智能工厂累计达到40个。\n"
    "3.开放应用场景。定期征集发布场景需求。\n"
    "牵头：市工业和信息化局　配合：市数据局\n"
    "三、保障措施\n"
    "（一）加强组织领导。建立工作专班，统筹推进各项工作。\n"
)
_ACTIONS_WITH_LABELLED_GOALS = _OPENING + _GOALS_PART + _ACTIONS


def test_a_labelled_goals_line_of_an_action_is_a_goal_of_its_new_figures():
    goals = _goals(_draft(_ACTIONS_WITH_LABELLED_GOALS))
    assert goals["数据赋能行动"] == [
        ("行业数据集", "gte", 15, "个", 2028),
        ("公共数据集", "eq", 1500, "个", 2028),
    ]
    assert goals["场景培育行动"] == [("场景清单", "gte", 3, "批次", 2028, True)]


def test_control_a_labelled_goals_line_restating_the_goals_adds_no_second_target():
    """Control (passed before, when the line was not read): its restated figures stay one target
    each."""
    targets = [t for g in _draft(_ACTIONS_WITH_LABELLED_GOALS)["goals"] for t in g["targets"]]
    assert [t["value"] for t in targets].count(200) == 1  # 200P: in 行动目标 and in 具体目标
    assert [t["value"] for t in targets].count(40) == 1  # 智能工厂累计达到40个 in both


def test_control_the_labelled_line_is_no_task_and_the_items_keep_their_roles():
    """Control (passed before): the intro and the 具体目标 line are no tasks; each item's own line
    "牵头：X　配合：Y" gives its roles."""
    data = _draft(_ACTIONS_WITH_LABELLED_GOALS)
    tasks = _tasks(data)
    assert [t["title"] for t in tasks][:3] == ["建设行业数据集", "推进公共数据开放", "开放应用场景"]
    assert _roles(data, tasks[0]) == {"lead": ["市数据局"], "supporting": ["市工业和信息化局"]}


def test_control_without_a_goals_part_the_labelled_figures_are_drafted_once():
    """Control (passed before): with no goals part the parts' opening text is read as goals
    already (``undated_goal_regions``); the labelled line adds no second goal."""
    text = _OPENING + _ACTIONS
    targets = [t for g in _draft(text)["goals"] for t in g["targets"]]
    assert [t["value"] for t in targets].count(1500) == 1


# 2. A word of total after the thing counted (典型应用场景累计达到100个, 示范基地总计达到20个) is no part of
#    the metric's name: the thing is the same one an indicator table's row counts, whose row then
#    restates the goal (one target). Before, the metric kept 累计 and the row was drafted again.


def test_a_total_word_after_the_thing_counted_is_no_part_of_its_name():
    found, _ = targets_of(
        "到2028年，全县益农信息社累计达到300个，示范基地总计达到20个。", None, 2028
    )
    assert [item.target["metric"] for item in found] == ["益农信息社", "示范基地"]


def test_a_table_row_restating_a_total_of_the_goals_adds_no_target():
    text = (
        "某某县数字乡村行动方案（2026—2028年）\n"
        "一、发展目标\n"
        "到2028年，全县益农信息社累计达到300个，数字农业示范基地总计达到20个。\n"
        "某某县数字乡村主要指标\n"
        "序号|指标名称|单位|2025年|2028年|\n"
        "1|“数商兴农”益农信息社|个|180|300|\n"
        "2|数字农业示范基地|个|8|20|\n"
        "二、重点任务\n"
        "（一）建设益农信息社。推动信息进村入户，完善村级服务站点。（县农业农村局负责）\n"
    )
    assert _goals(_draft(text, COUNTY)) == {
        "发展目标": [
            ("益农信息社", "eq", 300, "个", 2028),
            ("数字农业示范基地", "eq", 20, "个", 2028),
        ]
    }


# 3. A 对-clause putting the body's own way of serving those it names in place (对入库企业实行
#    “一企一策”服务) states no condition, as one of service (对…提供…) does not: the figure after it
#    (全年新增入库企业八家以上) is the body's commitment. Before, 实行 read as a condition's and the
#    figure as its term.

_BANNER_POINTS = (
    "某某旗2026年数字经济工作要点\n"
    "一、主要目标\n"
    "到2026年底，全旗数字经济核心产业营收达到12亿元。\n"
    "二、重点任务\n"
    "1.培育数字企业。建立数字企业培育库，对入库企业实行“一企一策”服务，全年新增入库企业八家以上。"
    "（旗工业和信息化局牵头，旗直各部门配合）\n"
    "2.推进政务服务。推广智能客服应用。（旗政务服务局牵头，旗直有关部门、各苏木乡镇人民政府配合）\n"
    "3.建设数据平台。建设旗级数据平台。（旗数据局负责，盟直相关单位配合）\n"
)


def test_a_clause_putting_a_way_of_service_in_place_leaves_the_figure_after_it():
    assert _goals(_draft(_BANNER_POINTS, BANNER))["培育数字企业"] == [
        ("入库企业", "gte", 8, "家", 2026)
    ]


# 4. A banner's (旗) and a league's (盟) departments named together (旗直各部门, 旗直有关部门,
#    盟直相关单位) name nobody, as 市直各部门 does: no agency, no assignment. Before, each was drafted
#    as an agency, and "（旗数据局负责，盟直相关单位配合）" gave the task no roles at all.


def test_a_banner_s_or_league_s_departments_together_are_no_agency():
    data = _draft(_BANNER_POINTS, BANNER)
    names = set(_labels(data).values())
    assert not names & {"旗直各部门", "旗直有关部门", "盟直相关单位"}
    tasks = _tasks(data)
    assert _roles(data, tasks[0]) == {"lead": ["旗工业和信息化局"]}
    assert _roles(data, tasks[2]) == {"responsible": ["旗数据局"]}


def test_control_the_banner_s_towns_stay_one_collective():
    """Control (passed before): 各苏木乡镇人民政府 names the banner's towns, one collective."""
    data = _draft(_BANNER_POINTS, BANNER)
    assert "各苏木乡镇人民政府" in _roles(data, _tasks(data)[1])["supporting"]

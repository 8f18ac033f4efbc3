# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_bc set (SYNTHETIC_BC.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft`` or read by the goal grammar. Each failed on the importer before its
rule unless marked as a control."""

from pilots.drafting.goal_targets import targets_of
from tests.pilots.drafting.test_genre_conventions import CITY, _draft, _labels, _tasks

PREFECTURE = {"slug": "some-prefecture", "name": "某某彝族自治州", "level": "city"}

# 1. An autonomous prefecture (自治州) writes its bodies after 州 (州数据局, 州发展改革委) as a city
#    writes 市: a list that opens on a 州 name and drops the 州 after it (州数据局牵头，州发展改革委、
#    工业和信息化局配合) names the prefecture's 工业和信息化局, the body it prints elsewhere as
#    州工业和信息化局 — one agency, its full name the prefecture's. Before, 州 was no place prefix:
#    the bare 工业和信息化局 was an agency of its own and no 州 body got a full name.

_PREFECTURE_PLAN = (
    "某某州推进数字乡村建设行动方案（2026—2027年）\n"
    "一、重点任务\n"
    "（一）建设乡村数据平台。汇聚农业生产、农村治理数据，推动数据共享应用。（州数据局牵头，州发展改革委、工业和信息化局配合）\n"
    "（二）发展智能农机。推广智能灌溉和植保无人机，提升农业生产效率。（州工业和信息化局、州农业农村局按职责分工负责）\n"
)


def test_a_name_after_a_prefecture_name_in_its_list_is_the_prefecture_body():
    data = _draft(_PREFECTURE_PLAN, PREFECTURE)
    names = {a["name"] for a in data["agencies"]}
    assert "工业和信息化局" not in names
    assert names == {
        "某某彝族自治州数据局",
        "某某彝族自治州发展和改革委员会",
        "某某彝族自治州工业和信息化局",
        "某某彝族自治州农业农村局",
    }
    first, second = _tasks(data)
    assert len(first["supporting"]) == 2
    assert first["supporting"][1] == second["responsible"][0]  # 工业和信息化局 is 州工业和信息化局


# 2. An item with a heading and text of its own, then points （1）（2） with no heading of their
#    own, each closing on its own annotation: the points are the item's clauses — one task, one
#    clause per point with its roles, the clause's text the point's words without its number
#    (SOURCES.md: several annotations inside one task → clauses). Before, the item was drafted as a
#    section and each point as a task of its own.

_ITEM_OF_POINTS = (
    "某某区推进智能制造实施方案（2026—2027年）\n"
    "一、重点任务\n"
    "（一）夯实数字底座\n"
    "1.建设区域算力平台。坚持统筹布局、集约建设，构建普惠算力服务体系。\n"
    "（1）推进算力平台一期建设，为辖区企业提供模型训练服务，降低中小企业用算成本。〔牵头单位：区经济发展局；责任单位：区国资公司〕\n"
    "（2）建立算力调度机制，推动与周边数据中心互联互通，提升算力资源利用效率。〔牵头单位：区数据局；责任单位：区经济发展局〕\n"
    "2.推进工业数据应用。引导企业开展数据治理，培育工业数据应用场景。〔牵头单位：区经济发展局；责任单位：区数据局〕\n"
)


def test_unheaded_points_each_annotated_are_the_clauses_of_their_item():
    data = _draft(_ITEM_OF_POINTS)
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == ["建设区域算力平台", "推进工业数据应用"]
    labels = _labels(data)
    clauses = tasks[0]["clauses"]
    assert [
        ([labels[c] for c in k["lead"]], [labels[c] for c in k["responsible"]]) for k in clauses
    ] == [
        (["区经济发展局"], ["区国资公司"]),
        (["区数据局"], ["区经济发展局"]),
    ]
    assert clauses[1]["text"].startswith("建立算力调度机制，")
    assert "lead" not in tasks[0]


def test_control_points_under_a_body_named_as_heading_stay_its_tasks():
    """Control (passed before): a heading naming a body (1.区教育局) over points each carrying
    its own annotation is a unit's list of work: each point a task."""
    text = (
        "某某区2026年人工智能重点工作分工\n"
        "一、重点工作\n"
        "1.区教育局\n"
        "（1）推进人工智能进课堂，在中小学开设人工智能课程。（责任单位：区教育局）\n"
        "（2）建设人工智能教育实验室，开展教师应用能力培训。（责任单位：区教育局）\n"
    )
    tasks = _tasks(_draft(text))
    assert [t["title"][:5] for t in tasks] == ["推进人工智", "建设人工智"]
    assert not any("clauses" in t for t in tasks)


def test_control_headed_points_each_annotated_stay_tasks():
    """Control (passed before): points opening on a heading phrase of their own
    (（1）建设X。…〔…〕) are tasks under the item."""
    text = _ITEM_OF_POINTS.replace(
        "（1）推进算力平台一期建设，", "（1）建设算力平台一期。面向企业开放，"
    ).replace("（2）建立算力调度机制，", "（2）建立算力调度机制。推动")
    titles = [t["title"] for t in _tasks(_draft(text))]
    assert "建设算力平台一期" in titles and "建立算力调度机制" in titles


def test_control_points_printed_as_heading_lines_over_their_text_stay_tasks():
    """Control: points each a heading line of their own ((1)建设算力平台) over a paragraph that
    closes on its annotation are headed, so tasks — as their items numbered 1. 2. would be."""
    text = (
        "某某区推进智能制造实施方案（2026—2027年）\n"
        "一、重点任务\n"
        "（一）夯实数字底座，构建普惠算力服务体系。\n"
        "（1）建设区域算力平台\n"
        "推进算力平台一期建设，为辖区企业提供模型训练服务。（牵头单位：区经济发展局）\n"
        "（2）建立算力调度机制\n"
        "推动与周边数据中心互联互通，提升算力资源利用效率。（牵头单位：区数据局）\n"
    )
    titles = [t["title"] for t in _tasks(_draft(text))]
    assert titles == ["建设区域算力平台", "建立算力调度机制"]


# 3. A plan with no goals part (工作要点) whose dated goals paragraph is followed by an indicator
#    table under a caption of its own (2026年全县…主要指标): the table repeats the paragraph's figures,
#    so they are one target each, kept where first printed (SOURCES.md, "A figure printed twice").
#    Before, the table was a dated paragraph of its own and each row a second target.

_POINTS_WITH_TABLE = (
    "某某县2026年数字经济工作要点\n"
    "2025年，全县数字经济核心产业增加值达到8亿元。\n"
    "主要目标：2026年，全县数字经济核心产业增加值达到10亿元，新增上云企业50家，建成智慧农业基地6个。\n"
    "2026年全县数字经济主要指标\n"
    "序号|指标名称|2025年完成值|2026年目标值|\n"
    "1|数字经济核心产业增加值（亿元）|8|10|\n"
    "2|新增上云企业（家）|35|50|\n"
    "3|智慧农业基地（个）|3|6|\n"
    "一、夯实数字基础\n"
    "1.推进企业上云，组织服务商上门对接。（责任单位：县工信局，完成时限：2026年12月底前）\n"
)


def _goal_targets(data: dict) -> list[tuple]:
    return [
        (t["metric"], t["comparator"], t["value"], t["unit"], t.get("deadline"))
        for g in data["goals"]
        for t in g["targets"]
    ]


def test_a_captioned_table_after_a_dated_goals_paragraph_adds_no_target():
    assert _goal_targets(_draft(_POINTS_WITH_TABLE)) == [
        ("数字经济核心产业增加值", "eq", 10, "亿元", 2026),
        ("上云企业", "eq", 50, "家", 2026),
        ("智慧农业基地", "eq", 6, "个", 2026),
    ]


def test_control_a_row_the_paragraph_does_not_state_stays_a_target():
    """Control: a row the paragraph does not state is a target of the table still."""
    text = _POINTS_WITH_TABLE.replace(
        "3|智慧农业基地（个）|3|6|\n", "3|智慧农业基地（个）|3|6|\n4|数字化车间（个）|5|9|\n"
    )
    assert ("数字化车间", "eq", 9, "个", 2026) in _goal_targets(_draft(text))


# 4. A count the text points at as its own parts (全年重点抓好以下五个方面十八项工作, 确保上述4项指标
#    全部完成): how the document is laid out, no figure to reach — the count right after the
#    pointing word, and one after such a count. Before, each was read as a target (5 个, 18 项).


def _figures(text: str) -> list[tuple]:
    found, _ = targets_of(text, 2026, 2026)
    return [(item.target["metric"], item.target["value"], item.target["unit"]) for item in found]


def test_a_count_of_the_texts_own_parts_is_no_target():
    assert _figures("围绕上述目标，全年重点抓好以下五个方面十八项工作。") == []
    assert _figures("各单位要确保上述4项指标全部完成。") == []


def test_control_a_figure_after_a_limit_below_stays_a_target():
    """Control (passed before): 以下 closing a figure (35岁以下) points at no part of the text."""
    found = _figures("引进35岁以下青年人才200名，培育数字化转型服务商5家。")
    assert [(value, unit) for _, value, unit in found] == [(200, "名"), (5, "家")]


def test_control_city_lists_keep_their_prefix():
    """Control (passed before): a city's list drops 市 after its first name as before."""
    text = (
        "某市推进人工智能发展行动方案（2026—2027年）\n"
        "一、重点任务\n"
        "（一）建设算力平台。统筹布局算力设施。（市数据局牵头，市发展改革委、工业和信息化局配合）\n"
    )
    data = _draft(text, CITY)
    assert "工业和信息化局" not in {a["name"] for a in data["agencies"]}

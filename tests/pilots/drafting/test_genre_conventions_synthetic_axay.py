# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_ax and synthetic_ay sets (SYNTHETIC_AX.md,
SYNTHETIC_AY.md, measured unseen, then SEEN) left open: each a short text written to test the form
(not a copy of any plan), drafted end to end through ``plan_draft`` or read by the goal grammar.
Each failed on the importer before its rule unless marked as a control."""

from pilots.drafting.goal_targets import targets_of
from tests.pilots.drafting.test_genre_conventions import _draft

# 1. An indicator table right under the goals paragraph, its caption a line of its own that names
#    the table without a table number ("某某县数字乡村建设主要指标", no 表1 before it), with a base-year
#    column (2025年 / 2025年基数) and a target column repeating the paragraph's figures: the rows
#    restate the goals — one target each, kept where first printed (SOURCES.md, "A figure printed
#    twice"); the base column is no target either. Before, only a caption "表N …" was known, and
#    each row was drafted again as a change "从A提高到B".

_GOALS_AND_UNNUMBERED_CAPTION = (
    "某某县数字乡村建设行动方案（2026—2028年）\n"
    "一、发展目标\n"
    "到2028年，全县益农信息社达到300个，农村电商交易额突破40亿元，"
    "培育数字农业示范基地15个以上，行政村千兆光网覆盖率达到90%。\n"
    "某某县数字乡村建设主要指标\n"
    "序号|指标名称|单位|2025年|2028年|\n"
    "1|益农信息社|个|180|300|\n"
    "2|农村电商交易额|亿元|22|突破40|\n"
    "3|数字农业示范基地|个|6|15以上|\n"
    "4|行政村千兆光网覆盖率|%|65|90|\n"
    "二、重点任务\n"
    "（一）建设益农信息社。推动信息进村入户，完善村级服务站点。（县农业农村局负责）\n"
)


def _goal_targets(data: dict) -> list[tuple]:
    return [
        (t["metric"], t["comparator"], t["value"], t["unit"], t.get("deadline"))
        for g in data["goals"]
        for t in g["targets"]
    ]


def test_a_table_under_a_caption_with_no_number_repeating_the_goals_adds_no_target():
    assert _goal_targets(_draft(_GOALS_AND_UNNUMBERED_CAPTION)) == [
        ("益农信息社", "eq", 300, "个", 2028),
        ("农村电商交易额", "gt", 40, "亿元", 2028),
        ("数字农业示范基地", "gte", 15, "个", 2028),
        ("行政村千兆光网覆盖率", "eq", 90, "%", 2028),
    ]


def test_a_base_column_named_jishu_under_an_unnumbered_caption_adds_no_target():
    """The same with one target column and a 基数 column (2025年基数 | 2026年目标), units in the
    name cell: a one-year plan's table."""
    text = (
        "某某高新区智能制造工作方案（2026年）\n"
        "一、工作目标\n"
        "2026年，全区智能工厂达到12家，工业机器人装机量突破800台，上云企业达到260家以上。\n"
        "高新区智能制造主要指标\n"
        "序号|指标名称|2025年基数|2026年目标|\n"
        "1|智能工厂（家）|7|12|\n"
        "2|工业机器人装机量（台）|530|突破800|\n"
        "3|上云企业（家）|190|260以上|\n"
        "二、重点任务\n"
        "1.建设智能工厂。推动企业开展智能化改造。（区经发局负责）\n"
    )
    assert _goal_targets(_draft(text)) == [
        ("智能工厂", "eq", 12, "家", 2026),
        ("工业机器人装机量", "gt", 800, "台", 2026),
        ("上云企业", "gte", 260, "家", 2026),
    ]


def test_control_a_row_the_paragraph_does_not_state_stays_a_target():
    """Control (passed before): a row with a figure the paragraph does not state is a target."""
    text = _GOALS_AND_UNNUMBERED_CAPTION.replace(
        "4|行政村千兆光网覆盖率|%|65|90|\n",
        "4|行政村千兆光网覆盖率|%|65|90|\n5|农村网络零售额|亿元|9|15|\n",
    )
    assert ("农村网络零售额", "eq", 15, "亿元", 2028) in _goal_targets(_draft(text))


# 2. "一次" in Chinese numerals right before the step of a service (材料一次提交, 诉求一次受理,
#    事项一次办结), or after 跑 (最多跑一次): how the service is done — at one go — no count of one
#    to reach. Before, each was drafted as a target of 1 次.


def _figures(text: str) -> list[tuple]:
    found, _ = targets_of(text, 2027, 2027)
    return [(item.target["metric"], item.target["value"], item.target["unit"]) for item in found]


def test_a_service_done_at_one_go_is_no_count():
    assert (
        _figures(
            "推动服务窗口与热线平台联动，做到群众诉求一次受理、一次办结，办事材料一次提交，群众办事最多跑一次。"
        )
        == []
    )


def test_control_a_count_of_times_in_digits_and_a_rate_stay_targets():
    """Control (passed before): 1次 in digits is a count; a rate's figure after 一次办结率 is read."""
    assert _figures("开展应急演练2次，政务服务事项一次办结率达到95%。") == [
        ("应急演练", 2, "次"),
        ("政务服务事项一次办结率", 95, "%"),
    ]

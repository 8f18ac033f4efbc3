"""Forms that the full-length plans of synthetic_a print (SYNTHETIC_A.md, measurement 1), and two
known misses of the same kind: each a short text written to test the form (not a copy of a plan),
drafted end to end through ``plan_draft``. Each failed on the importer of 4fe46cb unless marked as
a control."""

import pytest

from tests.pilots.drafting.test_genre_conventions import _draft, _tasks
from tests.pilots.drafting.test_target_forms_round19 import _goals_part, _targets


def _read(data: dict, *keys: str) -> list[tuple]:
    return sorted(tuple(t.get(k) for k in keys) for t in _targets(data))


# 1. 从 or 由 starts the range of a figure only when a figure follows it
#    (规模从100亿元提高到300亿元): in 从业人员 it is part of the thing counted, and
#    "人工智能从业人员达到3万人" counts 从业人员.


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("人工智能相关从业人员达到3万人", "人工智能相关从业人员"),
        ("数据标注从业人员超过1万人", "数据标注从业人员"),
    ],
)
def test_a_thing_counted_containing_cong_is_kept_whole(sentence, metric):
    data = _draft(_goals_part(f"到2027年，{sentence}。"))
    assert _read(data, "metric") == [(metric,)]


def test_a_range_from_a_figure_still_starts_after_cong():
    """Control: 从 before the starting figure still leaves the start out of the metric."""
    data = _draft(_goals_part("到2027年，人工智能核心产业规模从100亿元提高到300亿元。"))
    assert _read(data, "metric", "value") == [("人工智能核心产业规模", 300)]


# 2. 研发 (R&D) opening an indicator's name (研发人员与管理人员比例, 研发投入强度) is a noun, part
#    of the name, not a leading verb to trim as in 研发智能终端产品50个.


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("研发人员与管理人员比例不低于1:2", "研发人员与管理人员比例"),
        ("研发投入强度达到3%", "研发投入强度"),
    ],
)
def test_an_indicator_name_opening_with_a_verb_keeps_it(sentence, metric):
    data = _draft(_goals_part(f"到2027年，{sentence}。"))
    assert _read(data, "metric") == [(metric,)]


def test_a_leading_verb_before_a_thing_counted_is_still_trimmed():
    """Control: 研发 before a thing counted (研发智能产品50个) is a verb, not part of the name."""
    data = _draft(_goals_part("到2027年，培育人工智能领军企业5家，研发智能终端产品50个。"))
    assert _read(data, "metric") == [("人工智能领军企业",), ("智能终端产品",)]


# 3. The base a goal starts from written after the thing (人工智能产业规模在2024年1200亿元的基础上
#    实现翻一番，达到2400亿元): its figure is the baseline, not a target, as when the clause opens
#    with 在; and a level after a doubling with no base year (X实现翻一番，达到600亿元) measures the
#    thing that doubles, not "达到600亿元".


def test_a_base_after_the_thing_is_a_baseline_and_the_doubled_thing_the_metric():
    data = _draft(
        _goals_part("到2027年，人工智能产业规模在2024年1200亿元的基础上实现翻一番，达到2400亿元。")
    )
    assert _read(data, "metric", "value", "unit", "baseline") == [
        ("人工智能产业规模", 2400, "亿元", 1200)
    ]


def test_a_level_after_a_doubling_measures_the_thing_that_doubles():
    data = _draft(_goals_part("到2027年，人工智能相关产业营业收入实现翻一番，达到600亿元。"))
    assert _read(data, "metric", "value", "unit") == [("人工智能相关产业营业收入", 600, "亿元")]


def test_a_base_naming_no_figure_leaves_the_goal_in_its_clause():
    """在现有基础上 names no base figure: the figure after it in the clause is the goal."""
    data = _draft(_goals_part("到2027年，在现有基础上新增智能工厂100家。"))
    assert _read(data, "value", "unit") == [(100, "家")]


def test_a_base_opening_the_sentence_is_unchanged():
    """Control: the base in a clause of its own, before the thing."""
    data = _draft(
        _goals_part("到2027年，在2024年120亿元的基础上，人工智能核心产业规模达到300亿元。")
    )
    assert _read(data, "metric", "value", "baseline") == [("人工智能核心产业规模", 300, 120)]


# 4. A density written as a unit over a population (工业机器人密度突破500台/万人): one target in
#    that unit, not 500 台 and a second figure of 万人.


def test_a_density_per_ten_thousand_people_is_one_target_in_its_unit():
    data = _draft(_goals_part("到2027年，工业机器人密度突破500台/万人。"))
    assert _read(data, "metric", "value", "unit", "comparator") == [
        ("工业机器人密度", 500, "台/万人", "gt")
    ]


# 5. One body printed both with a second name in brackets and without it (财政局（金融办）beside
#    财政局, in one list-sharing document): one agency, as 市发改委（数据管理局）is one.


def test_a_body_printed_with_and_without_its_bracketed_second_name_is_one_agency():
    data = _draft(
        "某市行动计划\n一、重点任务\n（一）推进改造。支持企业改造。〔责任单位：市工业和信息化局、财政局〕\n"
        "（二）开展诊断。开展诊断服务。〔责任单位：市工业和信息化局、财政局（金融办）〕\n"
    )
    tasks = _tasks(data)
    assert tasks[0]["responsible"] == tasks[1]["responsible"]
    assert len(data["agencies"]) == 2

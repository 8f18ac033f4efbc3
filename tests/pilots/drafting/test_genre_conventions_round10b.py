"""Conventions of the genre the ninth and tenth held-out collections (HELDOUT9.md, HELDOUT10.md,
measurement 1) left open, besides the text-printed tables: each a short text written to test the
form (not a copy of a real plan), drafted end to end through ``plan_draft``. Each failed on the
importer of 1a631a7."""

import pytest

from tests.pilots.drafting.test_genre_conventions import (
    _draft,
    _draft_of,
    _named_targets,
    _tasks,
)


def _targets(data: dict) -> list[dict]:
    return [t for g in data["goals"] for t in g["targets"]]


def _goal_draft(year: int, sentence: str) -> dict:
    """A city plan whose goals part holds one dated sentence, then one task."""
    return _draft(
        f"某市行动计划\n一、发展目标\n到{year}年，{sentence}。\n二、重点任务\n（一）推进改造。实施改造。"
    )


# 1. Items under an approach or principle part are no tasks.


@pytest.mark.parametrize("approach", ["工作思路", "基本思路", "推进思路", "总体思路和原则"])
def test_numbered_items_under_an_approach_part_are_no_tasks(approach):
    data = _draft(
        "某区“人工智能+教育”行动方案\n一、指导思想\n以新时代思想为指导，推动教育数字化。\n"
        f"二、{approach}\n1.融合发展。推动技术与教学融合。\n2.应用牵引。以应用带动平台建设。\n"
        "三、重点任务\n（一）建设智慧校园。推进校园网络升级。\n（二）培养数字教师。开展教师培训。"
    )
    assert [t["title"] for t in _tasks(data)] == ["建设智慧校园", "培养数字教师"]


def test_a_copy_cut_inside_its_approach_part_drafts_no_task():
    data = _draft(
        "某区智慧教育行动方案\n一、指导思想\n以新时代思想为指导。\n"
        "二、基本思路\n1.双向赋能。统筹推进平台升级与课堂变革，一方面依托"
    )
    assert _tasks(data) == []


def test_an_approach_part_that_names_its_tasks_keeps_them():
    data = _draft(
        "某市人工智能实施方案\n一、总体思路与重点任务\n（一）夯实算力底座。建设智算中心。\n"
        "（二）拓展应用场景。开放应用场景。"
    )
    assert [t["title"] for t in _tasks(data)] == ["夯实算力底座", "拓展应用场景"]


# 2. A figure whose counted thing runs into the end of a cut copy.


@pytest.mark.usefixtures("english_notes")
def test_a_figure_whose_thing_runs_into_the_cut_end_is_a_doubt_not_a_target():
    draft = _draft_of(
        "某市人工智能发展行动计划\n一、发展目标\n到2026年，人工智能产业规模超过80亿元，"
        "组建2个人工智能创新联盟、打造1个人工智能开"
    )
    assert _named_targets(draft.data) == [
        ("人工智能产业规模", "gt", 80, "亿元", 2026),
        ("人工智能创新联盟", "eq", 2, "个", 2026),
    ]
    assert "打造1个人工智能开: the copy ends inside what is counted" in draft.to_yaml()


@pytest.mark.usefixtures("english_notes")
def test_a_counted_kind_the_unit_names_survives_the_cut_end_with_a_doubt():
    # 家 names firms: the count survives though the last characters of their name are cut
    draft = _draft_of(
        "某省人工智能行动方案\n一、总体要求\n到2027年，培育200家以上人工智能企业、8家以上行业领军企"
    )
    assert _named_targets(draft.data)[-1][1:] == ("gte", 8, "家", 2027)
    assert "ends inside what is counted" in draft.to_yaml()


def test_a_whole_name_of_a_counted_thing_at_the_cut_end_keeps_its_figure():
    data = _draft(
        "某省人工智能教育方案\n一、工作目标\n到2027年，建设50门精品课程、8个虚拟仿真实验室和实训基地"
    )
    assert _named_targets(data)[-1] == ("虚拟仿真实验室和实训基地", "eq", 8, "个", 2027)


def test_a_complete_last_sentence_without_a_full_stop_keeps_its_figure():
    data = _draft("某市行动方案\n一、发展目标\n到2026年，建成智能工厂30个")
    assert _named_targets(data) == [("智能工厂", "eq", 30, "个", 2026)]


# 3. A size class is no figure.


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("力争培育5—8个百亿企业", [("百亿企业", "range", 5, "个", 2027)]),
        ("打造3个十亿元以上重大项目", [("十亿元以上重大项目", "eq", 3, "个", 2027)]),
        ("培育形成4个超千亿元产业集群", [("超千亿元产业集群", "eq", 4, "个", 2027)]),
        (
            "培育一批百亿企业，人工智能产业规模超过五百亿",
            [("人工智能产业规模", "gt", 500, "亿元", 2027)],
        ),
    ],
)
def test_a_size_class_qualifies_what_is_counted_and_is_no_figure(sentence, expected):
    data = _goal_draft(2027, sentence)
    assert _named_targets(data) == expected


# 4. A count closing a list of named things.


@pytest.mark.parametrize(
    "sentence",
    [
        "依托“东湖算力中心”、“西岭数据港”、“南溪智算园”三个算力项目，推动算力互联互通",
        "立足甲科技园、乙创新港两大载体和丙、丁两个基地，加快集聚企业",
        "围绕智能网联汽车、工业机器人和智能终端三个领域，推动产业链协同",
    ],
)
def test_a_count_closing_a_list_of_named_things_is_no_target(sentence):
    data = _draft(
        f"某区数据工作要点\n1.建设算力设施。{sentence}。\n2.推动数据流通。建设数据交易专区。"
    )
    assert _named_targets(data) == []
    assert all(not t.get("targets") for t in _tasks(data))


def test_a_dated_goal_to_build_listed_things_keeps_its_count():
    # a goal verb and a deadline make the count the plan's figure: three named parks to build
    data = _draft(
        "某市数字经济行动方案\n一、发展目标\n到2026年，建成甲园、乙园、丙园三个数字经济产业园。\n"
        "二、重点任务\n（一）建设园区。推进园区建设。"
    )
    assert _named_targets(data) == [("数字经济产业园", "eq", 3, "个", 2026)]


# 5. Flows, yearly rates and trimmed metrics.


@pytest.mark.parametrize(
    ("phrase", "aggregation"),
    [
        ("新培育省级智能工厂60家", "flow"),
        ("新增人工智能企业100家以上", "flow"),
        ("新建5G基站2000个", "flow"),
        ("新增设备联网比例达到70%", "stock"),  # a share of what is new: a level
        ("培育省级智能工厂60家", "stock"),
    ],
)
def test_newly_made_things_are_a_flow_over_the_period(phrase, aggregation):
    data = _goal_draft(2027, phrase)
    (target,) = _targets(data)
    assert (target["aggregation"], target.get("per_year", False)) == (aggregation, False)


@pytest.mark.parametrize(
    "phrase",
    [
        "单位地区生产总值能耗年均下降4%",
        "数字经济核心产业增加值年均增长12%以上",
        "软件业务收入年均增速10%左右",
    ],
)
def test_a_yearly_rate_of_change_is_a_level_to_hold_not_a_flow(phrase):
    data = _goal_draft(2025, phrase)
    (target,) = _targets(data)
    assert (target["unit"], target["aggregation"], target.get("per_year", False)) == (
        "%",
        "stock",
        False,
    )
    assert "年均" in target["metric"]


def test_a_count_made_each_year_stays_per_year():
    data = _goal_draft(2025, "每年新增智能车间20个")
    (target,) = _targets(data)
    assert (target["aggregation"], target.get("per_year")) == ("flow", True)


@pytest.mark.parametrize(
    ("phrase", "metric"),
    [
        ("全市五大产业集群总量超过三千亿规模", "五大产业集群总量"),
        ("全市制造业突破2000亿元规模", "制造业规模"),
        ("实现100亿元产值", "产值"),
    ],
)
def test_a_measure_word_after_the_figure_takes_the_thing_measured_before_it(phrase, metric):
    data = _goal_draft(2025, phrase)
    assert [t["metric"] for t in _targets(data)] == [metric]

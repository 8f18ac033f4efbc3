"""Conventions of the genre the eleventh held-out collection (HELDOUT11.md, measurement 1) left
open: each a short text written to test the form (not a copy of a real plan), drafted end to end
through ``plan_draft``. Each failed on the importer of 8923287."""

import pytest

from pilots.drafting import plan_draft
from tests.pilots.drafting.test_genre_conventions import _draft


def _targets(data: dict) -> list[dict]:
    return [t for g in data["goals"] for t in g["targets"]]


# 1. A span of years counted from a start year (2020年起3年内, 从2024年起用5年时间) dates the
#    figures after it and the plan, as 到2022年 would.


@pytest.mark.parametrize(
    ("span", "start", "end"),
    [
        ("2020年起3年内", 2020, 2022),
        ("2020年起5年内", 2020, 2024),
        ("从2024年起，用5年时间", 2024, 2028),
        ("自2023年开始，用三年时间", 2023, 2025),
    ],
)
def test_a_span_from_a_start_year_dates_the_figures_and_the_plan(span, start, end):
    data = _draft(
        "关于推进人才引育工程的实施意见\n一、总体目标\n"
        f"1.目标。{span}，实施人才引育计划，引进高层次人才达到500名左右，人才贡献率达到30%。\n"
        "二、重点任务\n（一）人才引进计划。\n2.青年人才项目。开展青年人才培养。"
    )
    assert {(t["value"], t["deadline"]) for t in _targets(data)} == {(500, end), (30, end)}
    assert (data["plan"]["period_start"], data["plan"]["period_end"]) == (start, end)


def test_a_year_without_a_span_is_no_span():
    """2020年起 alone (a start, no length) and 3年内 alone (no start year) date nothing new."""
    data = _draft(
        "某市人才发展行动计划\n一、发展目标\n到2025年，自2020年起实施的人才计划引进人才500名，"
        "3年内新建平台10个。\n二、重点任务\n（一）人才引进。开展引进。"
    )
    assert {(t["value"], t["deadline"]) for t in _targets(data)} == {(500, 2025), (10, 2025)}


# 2. A count of aspects that closes a list of them (研发、制造和应用三个环节, A、B、C等三个方面)
#    counts what the sentence has just named, even when the items are verbs made nouns (培育,
#    构建): no figure to reach.


@pytest.mark.parametrize(
    "sentence",
    [
        "围绕研发、制造和产业培育三个环节，建成创新平台10个",
        "在算力等基础设施建设、模型等产业生态构建、场景等示范应用等三个方面率先突破，建成创新平台10个",
        "从技术攻关、成果转化、应用推广、人才培养四个层面发力，建成创新平台10个",
    ],
)
def test_a_count_of_aspects_closing_a_list_is_no_target(sentence):
    data = _draft(
        f"某市人工智能行动计划\n一、发展目标\n到2027年，{sentence}。\n二、重点任务\n（一）建设平台。推进建设。"
    )
    assert [(t["value"], t["unit"]) for t in _targets(data)] == [(10, "个")]


def test_aspects_that_name_what_is_made_stay_a_target():
    """打造8个方面的应用场景: the count of areas of scenarios to build, after no list."""
    data = _draft(
        "某市人工智能行动计划\n一、发展目标\n到2027年，打造8个方面人工智能典型应用场景。\n"
        "二、重点任务\n（一）建设平台。推进建设。"
    )
    assert [t["value"] for t in _targets(data)] == [8]


# 3. A title that opens with 关于 names no place: the zone is the place the text names.


def test_a_title_opening_with_guanyu_names_no_zone():
    text = (
        "关于推进人才集聚工程的实施意见\n"
        "为落实《中共青山市委、青山市人民政府关于全面推进新型城市化发展的决定》，提出以下实施意见。\n"
        "一、总体目标\n1.目标。到2026年，引进人才2000名，把青山建设成为人才高地。\n"
        "二、重点任务\n2.县级市人才项目。市、区（县级市）两级开展培训。（牵头单位：市人社局，配合单位：各区、县级市）"
    )
    draft = plan_draft(text, zone_slug="qingshan", source_file="x.txt")
    assert draft.data["zone"]["name"] == "青山市"
    assert draft.data["agencies"][0]["name"].startswith("青山市")


# 4. Short forms of bodies common in city annotations: 市经贸委 (经济贸易委员会), 市工商联
#    (工商业联合会, the federation of industry and commerce).


def test_trade_commission_and_federation_of_commerce_are_expanded():
    data = _draft(
        "某市民营企业家培养行动计划\n一、重点任务\n"
        "1.企业家轮训项目。开展骨干企业高层管理人员轮训。（牵头单位：市经贸委，配合单位：市工商联）"
    )
    names = {a["aliases"][0]: (a["name"], a["category"]) for a in data["agencies"]}
    assert names["市经贸委"] == ("某市经济贸易委员会", "commerce")
    assert names["市工商联"][0] == "某市工商业联合会"

"""Conventions of the genre the thirteenth held-out collection (HELDOUT13.md, measurement 1) left
open: each a short text written to test the form (not a copy of a real plan), drafted end to end
through ``plan_draft``. Each failed on the importer of 989c0af unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import PROVINCE, _draft


def _targets(data: dict) -> list[dict]:
    return [t for g in data["goals"] for t in g["targets"]]


# 1. A figure right after 前 is a rank among other places (跃居全省前30位, 达到全市前5水平), as one
#    after 第 is an ordinal: no target. The other figures of the sentence stay targets.


def test_a_rank_among_other_places_is_no_target():
    data = _draft(
        "某区科技创新实施方案(2023-2027年)\n一、总体要求\n"
        "到2027年，全区研发经费支出占地区生产总值比重达到3.5%以上，科技进步综合评价跃居全省前30位。\n"
        "——创新平台加快完善。建成市级重点实验室2家，每万人研发人员达到全市前5水平。\n"
        "二、重点任务\n（一）培育创新主体。实施企业培育工程。\n"
    )
    assert sorted(t["value"] for t in _targets(data)) == [2, 3.5]


def test_a_count_after_a_place_word_is_still_a_target():
    """Control: 前 only as the word right before the figure; 2027年前 dates the sentence."""
    data = _draft(
        "某区科技创新实施方案(2023-2027年)\n一、总体要求\n"
        "到2027年，全区高新技术企业达到60家以上，2027年前建成新型研发机构3家。\n"
        "二、重点任务\n（一）培育创新主体。实施企业培育工程。\n"
    )
    assert sorted(t["value"] for t in _targets(data)) == [3, 60]


# 2. A part that reviews where things stand (第一章 发展基础, 一、发展现状, 现实基础) holds no
#    goals: its dated figures (截至2020年底，全省累计建成充换电站4200座) are baselines.


def test_the_figures_of_a_review_part_are_no_goals():
    data = _draft(
        "某省充电基础设施“十四五”发展规划\n规划期限为2021年-2025年。\n"
        "总体发展目标，到2025年，全省充换电站保有量达到9000座以上，充电桩达到20万台以上。\n"
        "第一章 发展基础\n一、发展现状\n"
        "一是电动汽车快速增长。截至2020年底，全省电动汽车保有量达到45.2万辆，占比70.5%。\n"
        "二是充电设施加快布局。截至2020年底，全省累计建成充换电站4200座，其中公共充电站3000座。\n",
        PROVINCE,
    )
    assert sorted((t["value"], t["deadline"]) for t in _targets(data)) == [
        (9000, 2025),
        (200000, 2025),
    ]


def test_a_dated_paragraph_of_a_general_part_is_still_a_goal():
    """Control: a context part not reviewing the present (总体要求) keeps its dated figures."""
    data = _draft(
        "某省充电基础设施发展规划\n一、总体要求\n坚持统筹推进。\n"
        "到2025年，全省充换电站达到9000座以上。\n"
        "二、重点任务\n（一）加快站点布局。建设公共充电站。\n",
        PROVINCE,
    )
    assert [(t["value"], t["deadline"]) for t in _targets(data)] == [(9000, 2025)]

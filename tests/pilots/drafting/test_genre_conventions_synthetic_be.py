# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_be set (SYNTHETIC_BE.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft``. Each failed on the importer before its rule unless marked as a
control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _named_targets

COUNTY = {"slug": "some-county", "name": "某某县", "level": "district"}


def _plan(*items: str, goals: str = "到2028年，全县数字经济核心产业营业收入突破30亿元。") -> str:
    return "\n".join(
        [
            "某某县推进数字经济发展实施方案（2026—2028年）",
            "一、主要目标",
            goals,
            "二、重点任务",
            *items,
        ]
    )


# 1. A clause stating what exists already after the place it speaks of (全县现有…, 基地目前…) —
#    not only one opening on 现有 / 目前 — tells where the item starts from: no target. Before, only
#    a clause opening on those words was read so.


def test_what_a_place_has_already_is_no_target():
    data = _draft(
        _plan(
            "（一）建设电商产业园。在县城东片区建设电商产业园，全县现有电商企业120家，到2027年建成标准厂房5万平方米。（县商务局牵头，县发展改革委配合）"
        ),
        COUNTY,
    )
    assert [t for t in _named_targets(data) if t[4] != 2028 or t[3] != "亿元"] == [
        ("标准厂房", "eq", 50000, "平方米", 2027)
    ]


def test_control_a_place_reaching_a_figure_of_what_it_has_stays_a_target():
    """Control (passed before): 现有 naming the things whose level the clause reaches (全县现有规上
    企业上云率达到90%) is a goal, not a status."""
    data = _draft(
        _plan(
            "（一）推进企业上云。全县现有规上企业上云率达到90%，推动中小企业用云。（县工信局牵头）"
        ),
        COUNTY,
    )
    assert ("现有规上企业上云率", "eq", 90, "%", 2028) in _named_targets(data)


# 2. An item's project closed by its year before the figure describing it (…建设数据中心，2027年
#    建成投用，机架数量不少于300个): the figure is the size of what is finished then, due that year —
#    as a completion year printed after the figure dates it. Before, it fell due at the plan's end.


def test_a_completion_year_before_the_projects_size_dates_it():
    data = _draft(
        _plan(
            "（一）建设县级数据中心。依托县政务云机房建设县级数据中心，2027年建成投用，机架数量不少于300个，为部门提供统一存储服务。（县数据局牵头）"
        ),
        COUNTY,
    )
    assert ("机架数量", "gte", 300, "个", 2027) in _named_targets(data)


def test_control_a_completion_in_an_earlier_sentence_dates_nothing_after_it():
    """Control (passed before): the completion dates its own sentence's figures only."""
    data = _draft(
        _plan(
            "（一）建设县级数据中心。依托县政务云机房建设县级数据中心，2027年建成投用。推动各部门迁移业务系统，上云系统不少于80个。（县数据局牵头）"
        ),
        COUNTY,
    )
    assert ("上云系统", "gte", 80, "个", 2028) in _named_targets(data)


# 3. An item restating a goal's figure where the goal names the thing with a bracketed aside
#    (专精特新（“小巨人”）企业20家 in the goals, 专精特新企业20家 in an item): the same figure, one
#    target where first printed (SOURCES.md, "A figure printed twice"). Before, the aside kept the
#    two metrics apart and the item's figure was a second target.


def test_a_restated_figure_is_one_target_whatever_aside_the_goal_prints():
    data = _draft(
        _plan(
            "（一）培育优质企业。建立梯度培育库，培育专精特新企业20家。（县工信局牵头）",
            goals="到2028年，全县培育专精特新（“小巨人”）企业20家，数字经济核心产业营业收入突破30亿元。",
        ),
        COUNTY,
    )
    assert [t for t in _named_targets(data) if t[3] == "家"] == [
        ("专精特新（“小巨人”）企业", "eq", 20, "家", 2028)
    ]


def test_control_an_aside_does_not_join_two_things():
    """Control (passed before): dropping the aside leaves two things apart (数据标注（清洗）企业 in
    the goals, 算力服务企业 in an item): two targets."""
    data = _draft(
        _plan(
            "（一）培育算力服务企业。培育算力服务企业20家。（县工信局牵头）",
            goals="到2028年，全县培育数据标注（清洗）企业20家，数字经济核心产业营业收入突破30亿元。",
        ),
        COUNTY,
    )
    assert [t[0] for t in _named_targets(data) if t[3] == "家"] == [
        "数据标注（清洗）企业",
        "算力服务企业",
    ]

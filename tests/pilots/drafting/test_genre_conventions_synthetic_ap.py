# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_ap set (SYNTHETIC_AP.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft``. Each failed on the importer before its rule unless marked as a
control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _labels, _tasks

# 1. Levels listed after 各 that share the body after them, the first with a level of its own in
#    brackets (各县（市）、区人民政府: each county's, county-level city's and district's government):
#    one collective, never split on its 、 (SOURCES.md's conventions), as 各区、县(市)政府 and
#    各县、市、区人民政府 are. Before, the bracket kept the list from being read as levels: 各县（市）
#    and 区人民政府 were two agencies.

_PLAN = (
    "某市推进智能制造行动方案（2026—2027年）\n"
    "一、重点任务\n"
    "（一）推广智能工厂。分行业制定智能化改造指南，推动规上企业智能化改造。（牵头单位：市工信局；配合单位：市财政局、各县（市）、区人民政府）\n"
    "（二）建设工业互联网平台。培育行业级工业互联网平台，推动中小企业上平台用平台。（牵头单位：各县（市）、区人民政府；配合单位：市工信局）\n"
)


def test_levels_after_each_one_bracketed_are_one_collective():
    # the draft prints brackets half-width
    data = _draft(_PLAN)
    labels = _labels(data)
    assert sorted(labels.values()) == ["各县(市)、区人民政府", "市工信局", "市财政局"]
    first, second = _tasks(data)
    assert [labels[c] for c in first["supporting"]] == ["市财政局", "各县(市)、区人民政府"]
    assert [labels[c] for c in second["lead"]] == ["各县(市)、区人民政府"]


def test_control_a_level_its_brackets_hold_opens_a_body_of_its_own():
    """Control (passed before): after 各县（市） a name opening on 市 again (市财政局) is the city's
    own body, no level of the list."""
    text = _PLAN.replace("市财政局、各县（市）、区人民政府", "各县（市）、市财政局")
    data = _draft(text)
    first = _tasks(data)[0]
    assert [_labels(data)[c] for c in first["supporting"]] == ["各县(市)", "市财政局"]

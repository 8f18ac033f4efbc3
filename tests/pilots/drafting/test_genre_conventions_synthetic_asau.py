# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_as and synthetic_au sets (SYNTHETIC_AS.md,
SYNTHETIC_AU.md, measured unseen, then SEEN) left open: each a short text written to test the form
(not a copy of any plan), drafted end to end through ``plan_draft``. Each failed on the importer
before its rule."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

# 1. A rule stated once at the end of the first key task's annotation, naming the tasks as 重点任务
#    ("以下重点任务均需各县区政府、园区管委会落实，不再列出"): both collectives are responsible for
#    every later task, beside the first task's own bodies. Before, "重点" before 任务 hid the rule:
#    the later tasks lost the collectives. A rule of the 重点任务 covers no safeguard after them.

_RULE_IN_FIRST_ANNOTATION = (
    "某某市智能制造行动方案\n"
    "一、重点任务\n"
    "1.推进装备智能化。推广智能装备。（市工信局牵头，市发展改革委、市应急局配合；"
    "各县区政府、市属园区管委会负责落实。以下重点任务均需各县区政府、市属园区管委会落实，不再列出）\n"
    "2.建设智能工厂。支持企业建设工厂。（市工信局负责）\n"
    "3.培育服务商。引进服务商。（市科技局牵头，市商务局配合）\n"
    "二、保障措施\n"
    "（一）加强组织领导。建立推进机制。\n"
)


def test_a_rule_of_the_key_tasks_stated_in_the_first_annotation_covers_every_later_task():
    data = _draft(_RULE_IN_FIRST_ANNOTATION)
    collective = ["各县区政府", "市属园区管委会"]
    assert [_roles(data, t) for t in _tasks(data)] == [
        {
            "lead": ["市工信局"],
            "supporting": ["市发展改革委", "市应急局"],
            "responsible": collective,
        },
        {"responsible": ["市工信局", *collective]},
        {"lead": ["市科技局"], "supporting": ["市商务局"], "responsible": collective},
        {},
    ]


# 3. A state enterprise named by its short name, its oil field's or grid's (某某油田, 南方电网), among
#    the bodies of an annotation: a body like the others. Before, the name looked like no body's and
#    the whole annotation was read as a remark: the task lost every role.

_ENTERPRISE_IN_ANNOTATION = (
    "某某市智能制造行动方案\n"
    "一、重点任务\n"
    "1.打造行业模型。支持企业开发行业模型。（市科技局牵头，市工信局、某某油田配合）\n"
    "2.建设智能电网。推进电网智能化。（市发展改革委牵头，南方电网配合）\n"
)


def test_an_enterprise_named_by_its_field_or_grid_is_a_body_of_the_annotation():
    data = _draft(_ENTERPRISE_IN_ANNOTATION)
    assert [_roles(data, t) for t in _tasks(data)] == [
        {"lead": ["市科技局"], "supporting": ["市工信局", "某某油田"]},
        {"lead": ["市发展改革委"], "supporting": ["南方电网"]},
    ]


# 2. An annex printed after the plan under "附件：X建设方向" (or 应用场景), its items numbered 一、 二、
#    again: a list of directions, not the plan's tasks. Before, its items were drafted as tasks.

_ANNEX_OF_DIRECTIONS = (
    "某某区人工智能+实施方案\n"
    "一、重点任务\n"
    "（一）培育企业\n"
    "1.引育龙头企业。引进龙头企业。\n牵头部门：区经委\n"
    "2.建设产业园区。建设园区。\n牵头部门：区科委\n"
    "二、保障措施\n"
    "（一）加强组织领导。建立工作机制。\n"
    "附件：某某区人工智能重点场景建设方向\n"
    "一、智能制造：质量检测、设备运维等场景。\n"
    "二、智慧医疗：辅助诊断、智能导诊等场景。\n"
    "三、智慧交通：信号控制、智慧停车等场景。\n"
)


def test_an_annex_of_directions_after_the_plan_holds_no_tasks():
    data = _draft(_ANNEX_OF_DIRECTIONS)
    assert [t["title"] for t in _tasks(data)] == ["引育龙头企业", "建设产业园区", "加强组织领导"]

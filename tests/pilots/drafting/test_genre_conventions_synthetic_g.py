"""Conventions of the genre that the synthetic_g set (SYNTHETIC_G.md, measurement 1) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

# 1. An annotation line may name, beside the bodies, the leader answerable for the task
#    ("责任领导：分管副市长", "分管领导：…"): a post or a person, no agency and no role.

_LEADER_LINES = (
    "某市人工智能产业发展行动方案（2026—2028年）\n"
    "一、重点任务\n"
    "1．建设智能工厂。推动龙头企业建设智能工厂。\n"
    "主责单位：市工信局；配合部门：市科技局、市财政局；责任领导：分管工业副市长\n"
    "2．建设算力中心。统筹建设城市智能算力中心。\n"
    "主责单位：市数据局；分管领导：市委常委、常务副市长；配合部门：市发改局\n"
)


def test_a_leader_named_beside_the_bodies_is_no_agency():
    tasks = _tasks(data := _draft(_LEADER_LINES))
    assert _roles(data, tasks[0]) == {"lead": ["市工信局"], "supporting": ["市科技局", "市财政局"]}
    assert _roles(data, tasks[1]) == {"lead": ["市数据局"], "supporting": ["市发改局"]}
    assert not [a for a in data["agencies"] if "市长" in a["name"] or "常委" in a["name"]]


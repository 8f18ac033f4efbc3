"""Conventions of the genre that the synthetic_e set (SYNTHETIC_E.md, measurement 1) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

# 1. Items numbered with the parenthesised-digit characters ⑴⑵⑶ (one character each, U+2474…, what
#    a word processor's "(1)" list prints) are the items (1)(2)(3): under a chapter with no "1."
#    level they are its tasks.

_PAREN_DIGIT_CHARS = (
    "某县“人工智能+”行动实施方案\n二、重点任务\n（一）算力筑基行动\n"
    "⑴建设县域算力中心。建设面向人工智能训练的算力中心。（责任单位：县数据局、县经信局）\n"
    "⑵推进数据开放。完善公共数据资源目录。（责任单位：县数据局）\n"
    "（二）场景拓展行动\n"
    "⑴推广政务大模型。推动高频事项智能办理。（责任单位：县行政服务中心）\n"
)


def test_items_numbered_with_parenthesised_digit_characters_are_tasks():
    tasks = _tasks(data := _draft(_PAREN_DIGIT_CHARS))
    assert [t["title"] for t in tasks] == ["建设县域算力中心", "推进数据开放", "推广政务大模型"]
    assert _roles(data, tasks[0]) == {"responsible": ["县数据局", "县经信局"]}

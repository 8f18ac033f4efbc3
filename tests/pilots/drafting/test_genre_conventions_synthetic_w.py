"""Conventions of the genre that the synthetic_w set (SYNTHETIC_W.md) left open after its rules:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import PROVINCE, _draft


def _figures(data: dict) -> set[tuple]:
    return {
        (t["metric"], t["value"], t["unit"], t["comparator"], bool(t.get("per_year")))
        for goal in data["goals"]
        for t in goal["targets"]
    }


# 1. 节 counts lessons where the words right before the figure name lessons or teaching
#    (遴选优秀课例200节, 录制微课500节): a target in 节; after other words it is no unit (a
#    battery's 节, a train's 节 are no work of the genre), as 路 counts video channels only after
#    视频 / 监控.


def test_lessons_counted_in_jie_are_a_target():
    text = (
        "某自治区人工智能教育行动方案\n"
        "一、重点任务\n"
        "（一）推进课堂教学改革。编写人工智能通识教材，每年遴选优秀人工智能教学课例150节以上，"
        "建设人工智能教育基地30个。（自治区教育厅牵头）\n"
    )
    figures = _figures(_draft(text, PROVINCE))
    assert ("优秀人工智能教学课例", 150, "节", "gte", True) in figures
    assert ("人工智能教育基地", 30, "个", "eq", False) in figures

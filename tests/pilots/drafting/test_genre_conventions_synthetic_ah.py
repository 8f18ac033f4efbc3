"""Conventions of the genre that the synthetic_ah set (SYNTHETIC_AH.md, measurement 2) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions_synthetic_z import _draft, _figures, _tasks

CITY = {"slug": "some-city", "name": "某市", "level": "city"}
ZONE = {"slug": "some-zone", "name": "某高新技术产业开发区", "level": "district"}


# 1. A requirements part (工作要求 / 有关要求 / 实施要求) after the safeguard part addresses the
#    departments carrying the plan out (各部门要…, 各牵头部门要…): how to work, not work items of
#    its own — no section, no task. Alone, with no safeguard part before it, such a part is the
#    plan's safeguards (组织领导, 跟踪调度 …) and keeps its tasks (a control).

def _plan(closing: str) -> str:
    return (
        "某市推进数字乡村建设行动方案\n"
        "一、重点任务\n"
        "（一）建设乡村信息基础设施。推进光纤网络进村入户。（牵头单位：市通信发展办）\n"
        "（二）发展农村电子商务。培育农村电商带头人。（牵头单位：市商务局）\n"
        + closing
    )


REQUIREMENTS_AFTER_SAFEGUARDS = (
    "二、保障措施\n"
    "（一）加强统筹协调。建立市级工作协调机制，定期研究解决重大问题。\n"
    "（二）强化资金保障。统筹各级涉农资金支持数字乡村项目。\n"
    "三、{title}\n"
    "（一）统一思想认识。各部门要把数字乡村建设摆上重要议事日程，主要负责同志亲自过问。\n"
    "（二）狠抓工作落实。各牵头部门要会同配合部门细化工作举措，按季度报送进展情况。\n"
)


def test_a_requirements_part_after_the_safeguards_drafts_no_task():
    for title in ("工作要求", "有关要求", "实施要求"):
        data = _draft(_plan(REQUIREMENTS_AFTER_SAFEGUARDS.format(title=title)), CITY)
        titles = [t["title"] for t in _tasks(data["sections"])]
        assert titles == [
            "建设乡村信息基础设施",
            "发展农村电子商务",
            "加强统筹协调",
            "强化资金保障",
        ], title
        assert [s["title"] for s in data["sections"]] == ["重点任务", "保障措施"], title


def test_a_requirements_part_alone_holds_the_safeguards():
    """Control: 二、工作要求 with no 保障措施 before it is the plan's safeguard part."""
    closing = (
        "二、工作要求\n"
        "（一）加强组织领导。成立工作专班，统筹推进各项任务。\n"
        "（二）强化跟踪调度。各牵头单位每季度报送工作进展。\n"
    )
    data = _draft(_plan(closing), CITY)
    safeguards = [s for s in data["sections"] if s["kind"] == "safeguard"]
    assert [t["title"] for s in safeguards for t in s["tasks"]] == ["加强组织领导", "强化跟踪调度"]

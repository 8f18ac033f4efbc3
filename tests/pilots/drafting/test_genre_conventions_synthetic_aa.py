"""Conventions of the genre that the synthetic_aa set (SYNTHETIC_AA.md, read after measurement)
left open: each a short text written to test the form (not a copy of any plan), drafted end to end
through ``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _tasks

CITY = {"slug": "some-city", "name": "某市", "level": "city"}

WORK_POINTS = (
    "某市2026年数字经济工作要点\n"
    "一、工作目标\n"
    "　　2026年，全市数字经济核心产业增加值增长10%以上。\n"
    "二、重点任务\n"
    "　　（一）强化数字基础\n"
    "　　1．建设城市算力平台。推进算力平台二期建设，年内建成投用。\n"
    "　　责任单位：市发改局、市数据局（排在第一位的为牵头单位，下同）\n"
    "　　2．发展智慧农业。推广智能灌溉、农产品追溯等应用，培育一批智慧农场。\n"
    "　　责任单位：市农业农村局、市商务局\n"
)


def _figures(data: dict) -> dict[str, set[tuple]]:
    """goal title → its targets' (value, unit, comparator)."""
    return {
        goal["title"]: {(t["value"], t["unit"], t["comparator"]) for t in goal["targets"]}
        for goal in data["goals"]
    }


# 1. A box (专栏 2026年X清单) printed after a task whose roles stand on a line of their own
#    ("责任单位：X、Y" under it): the box is still a goal titled by its heading, its lines' figures
#    targets — not text of the task, lost after its annotation.


def test_a_box_after_a_task_annotated_on_its_own_line_is_a_goal_of_its_own():
    text = WORK_POINTS + (
        "　　专栏　2026年数字乡村重点项目清单\n"
        "　　◇智慧农场：建设数字农业示范基地6个、智慧牧场4家。\n"
        "　　◇农村电商：培育农产品直播基地二十个。\n"
        "　　◇数字治理：村级事务管理平台实现全覆盖。\n"
        "　　（二）优化发展环境\n"
        "　　3．加强人才培养。开展数字技能培训，全年培训3000人次以上。\n"
        "　　责任单位：市人力社保局\n"
    )
    data = _draft(text)
    figures = _figures(data)
    assert figures["2026年数字乡村重点项目清单"] == {
        (6, "个", "eq"),
        (4, "家", "eq"),
        (20, "个", "eq"),
    }
    farm = next(t for t in _tasks(data) if t["title"] == "发展智慧农业")
    assert "专栏" not in farm["text"].split("责任单位")[0]
    assert len(_tasks(data)) == 3


def test_a_box_after_a_task_annotated_on_its_own_line_is_no_task_of_its_own():
    """Control: the box's lines were never tasks (they stay the task's text)."""
    text = WORK_POINTS + (
        "　　专栏　2026年数字乡村重点项目清单\n　　◇智慧农场：建设数字农业示范基地6个。\n"
    )
    assert [t["title"] for t in _tasks(_draft(text))] == ["建设城市算力平台", "发展智慧农业"]


# 2. A closing part of requirements (三、工作要求) whose unnumbered paragraphs open with no heading
#    phrase but with the units they address ("各责任单位要…", "市X办公室要…", "各镇（街道）、各有关
#    部门要…"): requirements on the units, no tasks — and a body they report to
#    ("报送市经信局（市X办公室）") no role.

REQUIREMENTS = (
    "三、工作要求\n"
    "　　各镇（街道）、各有关部门要把数字经济工作摆上重要位置，"
    "主要负责同志亲自研究部署，确保各项任务落到实处。\n"
    "　　各责任单位要对照本要点细化工作举措，明确时间节点，"
    "于每季度末将进展情况报送市经信局（市数字经济工作专班办公室）。\n"
    "　　市数字经济工作专班办公室要加强统筹协调和跟踪督导，定期通报工作进展。\n"
)


def test_closing_requirements_addressed_to_the_units_are_no_tasks():
    data = _draft(WORK_POINTS + REQUIREMENTS)
    assert [t["title"] for t in _tasks(data)] == ["建设城市算力平台", "发展智慧农业"]
    assert not any(s["numbering"].startswith("三") for s in data["sections"])
    names = {a["name"] for a in data["agencies"]} | {
        alias for a in data["agencies"] for alias in a.get("aliases", [])
    }
    assert not any("专班办公室" in name for name in names)


def test_headed_unnumbered_safeguards_are_still_tasks():
    """保障措施 of unnumbered paragraphs each opening with a heading phrase ("加强组织领导。…")
    are tasks (as before), and a closing requirement after them is none (new)."""
    text = WORK_POINTS + (
        "三、保障措施\n"
        "　　加强组织领导。建立数字经济工作推进机制，统筹推进重大事项。\n"
        "　　强化资金保障。统筹用好各级专项资金，支持重点项目建设。\n"
        "　　各有关部门要按照职责分工抓好落实，重大情况及时报告。\n"
    )
    titles = [t["title"] for t in _tasks(_draft(text))]
    assert titles == ["建设城市算力平台", "发展智慧农业", "加强组织领导", "强化资金保障"]

# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_aq and synthetic_ar sets (SYNTHETIC_AQ.md,
SYNTHETIC_AR.md, measured unseen, then SEEN) left open: each a short text written to test the form
(not a copy of any plan), drafted end to end through ``plan_draft`` or read by the goal grammar.
Each failed on the importer before its rule unless marked as a control."""

import pytest

from pilots.drafting.goal_targets import targets_of
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

COUNTY = {"slug": "z", "name": "某某县", "level": "district"}

# 1. An indicator table printed in the goals part, right after the goals paragraph, whose every
#    figure repeats the paragraph's (a 表1 主要指标 of 基期 and 目标 columns): one target each, kept
#    where first printed (SOURCES.md, "A figure printed twice") — though the paragraph words the
#    comparator otherwise (突破50亿元, 200家以上) than the table's bare figure. Before, every row
#    was drafted again as a target of its own.

_GOALS_AND_TABLE = (
    "某某市数字经济提速行动方案（2026—2028年）\n"
    "一、发展目标\n"
    "到2028年，全市数字经济核心产业规模突破50亿元，培育数字经济企业200家以上，"
    "建成工业互联网平台12个，数字化车间覆盖率达到60%。\n"
    "表1 某某市数字经济提速行动主要指标\n"
    "序号|指标名称|单位|2025年（基期）|2028年（目标）|指标属性|\n"
    "1|数字经济核心产业规模|亿元|21|50|预期性|\n"
    "2|数字经济企业|家|90|200|预期性|\n"
    "3|工业互联网平台|个|4|12|预期性|\n"
    "4|数字化车间覆盖率|%|35|60|约束性|\n"
    "二、重点任务\n"
    "（一）建设工业互联网平台。支持龙头企业建设行业平台，带动中小企业上平台。（市工信局负责）\n"
)


def _goal_targets(data: dict) -> list[tuple]:
    return [
        (t["metric"], t["comparator"], t["value"], t["unit"], t.get("deadline"))
        for g in data["goals"]
        for t in g["targets"]
    ]


def test_an_indicator_table_repeating_the_goals_paragraph_adds_no_target():
    assert _goal_targets(_draft(_GOALS_AND_TABLE)) == [
        ("数字经济核心产业规模", "gt", 50, "亿元", 2028),
        ("数字经济企业", "gte", 200, "家", 2028),
        ("工业互联网平台", "eq", 12, "个", 2028),
        ("数字化车间覆盖率", "eq", 60, "%", 2028),
    ]


def test_a_table_row_the_paragraph_does_not_state_stays_a_target():
    """A row of the table with a figure the paragraph does not state is a target, also one
    counting another thing with a figure the paragraph gives something else (200家)."""
    text = _GOALS_AND_TABLE.replace(
        "4|数字化车间覆盖率|%|35|60|约束性|\n",
        "4|数字化车间覆盖率|%|35|60|约束性|\n5|上云企业|家|120|200|预期性|\n"
        "6|数据交易额|亿元|2|5|预期性|\n",
    )
    assert _goal_targets(_draft(text))[4:] == [
        ("上云企业", "eq", 200, "家", 2028),
        ("数据交易额", "eq", 5, "亿元", 2028),
    ]


# 2. A collective stated once at the head of the tasks as the subject of its duty, its verb
#    worded "负责抓好…落实" ("各镇人民政府、街道办事处负责抓好辖区内各项任务落实，以下不再一一列出"):
#    the towns and sub-districts are one collective, responsible for every task after it. Before,
#    "抓好" between 负责 and the place kept the sentence from being read as a rule.

_DUTY_STATED_ONCE = (
    "某某县2026年智慧城市工作要点\n"
    "一、重点任务\n"
    "各项任务责任单位中排在首位的为牵头单位。各镇人民政府、街道办事处负责抓好辖区内各项任务落实，以下不再一一列出。\n"
    "1.建设城市运行平台。整合视频和物联感知资源，建设城市运行管理平台。\n"
    "责任单位：县城管局、县数据局；完成时限：2026年10月底前\n"
    "2.推广智能客服。在便民服务中心上线智能客服。\n"
    "责任单位：县政务服务中心；完成时限：2026年6月底前\n"
)


def test_a_duty_stated_once_with_zhuahao_makes_the_collective_responsible_for_every_task():
    data = _draft(_DUTY_STATED_ONCE, COUNTY)
    roles = {t["title"]: _roles(data, t) for t in _tasks(data)}
    towns = "各镇人民政府、街道办事处"
    assert roles["建设城市运行平台"] == {
        "lead": ["县城管局"],
        "responsible": ["县数据局", towns],
    }
    assert roles["推广智能客服"] == {"lead": ["县政务服务中心"], "responsible": [towns]}


# 3. One body named to answer for a piece of work beside one person ("每个重点项目明确一名市级领导和
#    一个责任部门"): who answers for it, no count to reach — as one person named for a post is
#    none. Before, "一个责任部门" was a target of 1 个.


def _read(sentence: str) -> list[tuple]:
    found, _ = targets_of(sentence, 2027, 2027, commitments_only=True)
    return [(f.target["metric"], f.target["value"], f.target["unit"]) for f in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "建立重点项目包抓机制，每个重点项目明确一名县级领导和一个责任部门，全程跟踪服务。",
        "每个园区确定一个牵头单位，统筹推进建设。",
    ],
)
def test_one_body_designated_to_answer_for_the_work_is_no_target(sentence):
    assert _read(sentence) == []


def test_one_platform_built_stays_a_target():
    """Control: one thing built (一个…平台) is a count."""
    assert _read("建成一个市级数据共享平台。") == [("市级数据共享平台", 1, "个")]


# 4. A round figure in Chinese numerals with no unit after its scale, inside a name listed before
#    等 ("推动王家大院、刘百万故居等景区应用智能导览"): part of the place's name, no count. Before,
#    "百万" was read as 100 万 of the 景区.


def test_a_numeral_inside_a_listed_place_name_is_no_target():
    assert _read("推动王家大院、刘百万故居等景区应用智能导览，建成智慧景区3个。") == [
        ("智慧景区", 3, "个")
    ]


def test_a_round_figure_of_people_stays_a_target():
    """Control: 培育百万数字人才 counts people (a verb opens the list's first item)."""
    assert [m for m, _, _ in _read("培育百万数字人才、十万工程师等专业队伍。")][:1] == ["数字人才"]

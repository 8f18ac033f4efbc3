# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_bo set (SYNTHETIC_BO.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft`` or read by the goal grammar. Each failed on the importer before its
rule unless marked as a control."""

from pilots.drafting.goal_targets import targets_of
from tests.pilots.drafting.test_genre_conventions import PROVINCE, _draft, _roles, _tasks


def _figures(text: str, plan_end: int = 2028) -> list[tuple]:
    found, _ = targets_of(text, None, plan_end, period_start=2026)
    return [
        (f.target["value"], f.target["unit"], f.target["comparator"], f.target.get("deadline"))
        for f in found
    ]


def _goal_figures(data: dict) -> list[tuple]:
    return [(t["value"], t["unit"]) for goal in data["goals"] for t in goal.get("targets", [])]


# 1. Power and energy are counted in 千瓦 / 兆瓦 / 千瓦时, 万 multiplied out as for any count not of
#    money (可调节能力达到200万千瓦 → 2000000 千瓦); satellites and chips in 颗 after their names
#    (接入在轨卫星二百颗以上). Before, 200万千瓦 was read as 200 "万" and 二百颗 as nothing.


def test_power_and_energy_are_counted_in_their_units():
    assert _figures("到2027年，全区储能调节能力达到60万千瓦，分布式光伏装机突破80兆瓦。") == [
        (600000, "千瓦", "eq", 2027),
        (80, "兆瓦", "gt", 2027),
    ]
    assert _figures("到2028年，园区绿色电力消纳量达到2.5亿千瓦时。") == [
        (250000000, "千瓦时", "eq", 2028)
    ]


def test_satellites_and_chips_are_counted_by_the_piece():
    assert _figures("到2028年，遥感服务平台接入商业卫星一百二十颗以上。") == [
        (120, "颗", "gte", 2028)
    ]
    assert _figures("到2027年，国产人工智能芯片出货量达到50万颗。") == [(500000, "颗", "eq", 2027)]


def test_control_a_figure_of_speech_in_ke_counts_nothing():
    """Control: 颗 after no satellite or chip is a figure of speech, no count."""
    assert _figures("到2028年，把开发区建设成为区域发展的一颗璀璨明珠。") == []


# 2. A network's latency is a time like a service's: a target only as a bound (时延控制在5毫秒
#    以内); a quoted reach named by it ("1毫秒城市算力圈", as "15分钟生活圈") is no figure.
#    Before, "打造“1毫秒城市算力圈”" gave a target of 1 毫秒.


def test_a_reach_named_by_a_latency_is_no_target():
    assert _figures("到2027年，打造“2毫秒区域算力圈”，建成智算中心3个。") == [(3, "个", "eq", 2027)]


def test_control_a_latency_bound_stays_a_target():
    """Control: a latency to stay within is a target."""
    assert _figures("到2027年，枢纽节点间网络时延控制在3毫秒以内。") == [(3, "毫秒", "lte", 2027)]


# 3. A labelled annotation whose last clause names bodies with a duty of their own
#    (（牵头单位：X；配合单位：Y、Z；各市人民政府负责落实）): those bodies are responsible, not the
#    label's. Before, "各市人民政府负责" became a supporting body of that name.

_LABELLED = (
    "某省推进智慧交通发展行动方案\n"
    "一、发展目标\n"
    "到2027年，全省智慧公路里程达到800公里。\n"
    "二、重点任务\n"
    "（一）建设智慧公路。推进高速公路数字化改造，建设车路协同示范路段。（牵头单位：省交通运输厅；配合单位：省公安厅、省工业和信息化厅；{tail}）\n"
    "（二）发展智能航运。推进港口智能化改造，建设智慧航道。（牵头单位：省交通运输厅；配合单位：省数据局）\n"
)


def test_a_last_clause_with_its_own_duty_is_responsible():
    data = _draft(_LABELLED.format(tail="各市人民政府负责落实"), PROVINCE)
    task = next(t for t in _tasks(data) if t["title"] == "建设智慧公路")
    assert _roles(data, task) == {
        "lead": ["省交通运输厅"],
        "supporting": ["省公安厅", "省工业和信息化厅"],
        "responsible": ["各市人民政府"],
    }
    names = [a["name"] for a in data["agencies"]]
    assert not any(name.endswith("负责") for name in names)


def test_control_a_name_listed_under_the_label_keeps_the_labels_role():
    """Control: a name in the label's list with no duty word of its own is the label's."""
    data = _draft(_LABELLED.format(tail="各市人民政府"), PROVINCE)
    task = next(t for t in _tasks(data) if t["title"] == "建设智慧公路")
    assert _roles(data, task) == {
        "lead": ["省交通运输厅"],
        "supporting": ["省公安厅", "省工业和信息化厅", "各市人民政府"],
    }


# 4. A task restating a goal's figure for one of the examples the goal names before 等 (goals:
#    智能网联汽车等重点产品年产量达到50万辆; task: 智能网联汽车产品年产量达到50万辆, due alike) is the same
#    figure printed twice: one target, where first printed (SOURCES.md, "A figure printed twice").
#    Before, the task's was a second target.

_EXAMPLES = (
    "某省智能制造行动方案\n"
    "一、发展目标\n"
    "到2027年，智能网联汽车等重点产品年产量达到50万辆，建成智能工厂100家。\n"
    "二、重点任务\n"
    "（一）壮大智能网联汽车产业。推动整车企业智能化升级，完善零部件配套。到2027年，{thing}产品年产量达到50万辆。（省工业和信息化厅负责）\n"
    "（二）建设智能工厂。推动企业开展智能化改造。（省工业和信息化厅负责）\n"
)


def test_a_task_restating_the_figure_of_a_goals_example_is_no_second_target():
    data = _draft(_EXAMPLES.format(thing="智能网联汽车"), PROVINCE)
    assert _goal_figures(data).count((500000, "辆")) == 1


def test_control_a_like_figure_of_another_thing_is_its_own_target():
    """Control: the same figure of a thing the goal does not name is a target of its own."""
    data = _draft(_EXAMPLES.format(thing="新能源商用车"), PROVINCE)
    assert _goal_figures(data).count((500000, "辆")) == 2

# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of plans issued by one department that the synthetic_bt set (SYNTHETIC_BT.md,
measured unseen, then SEEN) left open: each a short text written to test the form (not a copy of
any plan), drafted end to end through ``plan_draft``. Each failed on the importer before its rule
unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

COUNTY = {"slug": "c", "name": "某县", "level": "district"}


def _figures(data: dict) -> list[tuple]:
    """(value, unit, comparator) of every target the draft's goals hold."""
    return [(t["value"], t["unit"], t["comparator"]) for g in data["goals"] for t in g["targets"]]


def _plan(*items: str) -> str:
    """A department's work plan: a goals paragraph, then the given items as its tasks."""
    numbered = "".join(f"{n}.{item}\n" for n, item in enumerate(items, 1))
    return (
        "某市交通运输局推进智慧交通建设工作方案\n"
        "一、工作目标\n"
        "到2027年底，建成智慧交通综合平台1个，智能信号控制路口占比达到60%。\n"
        "二、重点任务\n" + numbered
    )


# 1. A department's plan names its own units and, beside them, all its other units: 市局各有关
#    部门 (the city bureau's — 市局 — relevant units), 厅机关各处室. Like 市直有关部门 these name
#    nobody: no agency, no assignment. Before, 市局各有关部门 was drafted as an agency.

_OWN_UNITS = _plan(
    "建设数据平台。汇聚交通数据。（牵头：科技信息科；配合：运输服务科、市局各有关部门）",
    "推进智能监管。建设监管系统。（牵头：执法支队；配合：市局指挥中心）",
)


def test_a_departments_other_units_named_together_name_nobody():
    data = _draft(_OWN_UNITS)
    assert _roles(data, _tasks(data)[0]) == {
        "lead": ["科技信息科"],
        "supporting": ["运输服务科"],
    }


def test_control_a_named_unit_of_the_department_is_an_agency():
    data = _draft(_OWN_UNITS)
    assert _roles(data, _tasks(data)[1]) == {"lead": ["执法支队"], "supporting": ["市局指挥中心"]}


# 2. 路 counts video channels also after 点位 and 解析 (新增智能解析点位500路: points of video
#    analysis), not only after 视频 / 监控 in the same clause. Before, the figure had no unit.


def test_video_analysis_points_are_counted_in_channels():
    data = _draft(_plan("升级监控系统。对道路监控实施智能化改造，新增智能解析点位500路。"))
    assert (500, "路", "eq") in _figures(data)


def test_control_a_bus_line_is_no_count():
    data = _draft(_plan("优化公交服务。开通旅游专线3路，方便游客出行。"))
    assert (3, "路", "eq") not in _figures(data)


# 3. A clause opening with 对 whose verb is the work done to what 对 names (对桥梁、隧道等重点设施
#    自动预警, 对…开展智能巡查) is no condition: the figures after it are the item's commitments, as
#    after 对…实施 / 开展. Before, 预警 was not read as such a verb and the rate after it was lost.


def test_work_done_to_what_dui_names_is_no_condition():
    data = _draft(_plan("推进智能巡检。对桥梁、隧道等重点设施自动预警，隐患处置率达到95%。"))
    assert (95, "%", "eq") in _figures(data)


def test_control_a_condition_with_de_keeps_its_figures_terms():
    data = _draft(_plan("强化激励。对预警处置到位的单位，奖励5万元。"))
    assert (5, "万元", "eq") not in _figures(data)


# 4. In a clause opening with 对, a count right after 全县 / 全市 … (对全县12个重点景区实施智慧化改造)
#    names the whole set that exists, the extent of the work — no figure to reach, as a count after
#    等 there is none. Before, 12 个 was a target.


def test_a_count_of_all_there_are_after_dui_is_no_target():
    data = _draft(_plan("推进景区改造。对全县12个重点景区实施智慧化改造。"), COUNTY)
    assert (12, "个", "eq") not in _figures(data)


def test_control_a_count_made_stays_a_target():
    data = _draft(_plan("推进景区改造。对重点景区实施智慧化改造，新建智慧景区12个。"), COUNTY)
    assert (12, "个", "eq") in _figures(data)


# 5. A round Chinese numeral inside a place's name that a list names as its first item after a
#    verb of reach (覆盖大坪千户侗寨、石门古镇等景点) is part of the name, as 康百万庄园 in a list is.
#    Before, 千户 was read as 1000 户.


def test_a_numeral_in_a_listed_places_name_after_a_verb_is_no_count():
    data = _draft(
        _plan("上线导览服务。提供语音讲解，覆盖大坪千户侗寨、石门古镇等主要景点。"), COUNTY
    )
    assert (1000, "户", "eq") not in _figures(data)


def test_control_a_round_numeral_after_a_verb_counts():
    data = _draft(_plan("发展乡村旅游。带动千户农户增收。"), COUNTY)
    assert (1000, "户", "eq") in _figures(data)


# 6. A time inside the name of a rate (群众来电2小时内回复率达到98%) counts nothing: the rate is the
#    figure. Before, 2 小时 was drafted as a second target, a limit (lte).


def test_a_time_inside_a_rates_name_is_no_target():
    data = _draft(_plan("提升服务效能。建设热线平台，群众来电2小时内回复率达到98%。"))
    assert _figures(data).count((2, "小时", "lte")) == 0
    assert (98, "%", "eq") in _figures(data)


def test_control_a_time_limit_beside_a_rate_is_a_target():
    data = _draft(_plan("提升服务效能。群众来电回复时间压缩至2小时以内，回复率达到98%。"))
    assert (2, "小时", "lte") in _figures(data)


# 7. Hours of programmes made (年录制非遗影像节目不少于50小时) are a volume, a figure with a floor to
#    reach, not a time a service must finish within. Before, every hour with a floor was dropped
#    as a service's hours.


def test_hours_of_programmes_made_are_a_target():
    data = _draft(_plan("推进节目制作。运用智能工具辅助剪辑，年录制非遗影像节目不少于50小时。"))
    assert (50, "小时", "gte") in _figures(data)


def test_control_a_services_opening_hours_are_no_target():
    data = _draft(_plan("优化服务。服务大厅每日开放不少于8小时。"))
    assert (8, "小时", "gte") not in _figures(data)


# 8. After a clause equipping things (为村级服务点配备智能终端), how many each gets (每点不少于2台,
#    每 before the head of what was equipped) is the standard of the equipping, no figure of the
#    plan's own — unlike a quota for each unit below the plan's level (在每个乡镇建设1个以上服务站,
#    SOURCES.md), which stays a target naming the unit.


def test_a_standard_of_equipping_each_is_no_target():
    data = _draft(_plan("推进终端覆盖。为村级服务点配备智能终端，每点不少于2台。"), COUNTY)
    assert (2, "台", "gte") not in _figures(data)


def test_control_a_quota_for_each_township_stays_a_target():
    data = _draft(_plan("推进站点建设。在每个乡镇建设1个以上智能服务站。"), COUNTY)
    assert (1, "个", "gte") in _figures(data)

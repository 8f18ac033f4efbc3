# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_bw set (SYNTHETIC_BW.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft``. Each failed on the importer before its rule unless marked as a
control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _targets, _tasks

COUNTY = {"slug": "c", "name": "某县", "level": "district"}


# 1. A task table typed as text (cells apart by runs of spaces) with its time column in quarters
#    (一季度 … 四季度) or 全年: the cell is the row's time, not a body. Before, a quarter was taken
#    for a name, the role cells shifted: the 配合单位 were read as leads and 全年 became an agency.

_QUARTERS = (
    "某县2026年数字经济工作要点\n"
    "一、主要目标\n"
    "2026年，全县数字经济规模稳步增长。\n"
    "二、重点任务\n"
    "任务清单\n"
    "序号  工作任务                              牵头单位          配合单位                  完成时间\n"
    "1     建设县级数据中心，新增存储能力2PB     县发展改革局      县财政局、县供电公司      三季度\n"
    "2     推广智慧农机服务                      县农业农村局      各乡（镇）人民政府        全年\n"
    "3     开展网络安全检查                      县委网信办        县公安局                  持续推进\n"
    "\n"
    "三、保障措施\n"
    "（一）加强组织领导。县数字经济工作专班统筹推进全县工作，办公室设在县发展改革局。\n"
    "（二）强化督导考核。将任务完成情况纳入年度目标考核，实行季度通报。\n"
)


def test_a_typed_tables_quarter_and_whole_year_cells_are_its_time():
    data = _draft(_QUARTERS, COUNTY)
    tasks = _tasks(data)
    assert _roles(data, tasks[0]) == {
        "lead": ["县发展改革局"],
        "supporting": ["县财政局", "县供电公司"],
    }
    assert _roles(data, tasks[1]) == {
        "lead": ["县农业农村局"],
        "supporting": ["各乡(镇)人民政府"],
    }
    assert "全年" not in [a["name"] for a in data["agencies"]]


def test_control_a_typed_tables_continuing_time_cell_was_read_before():
    """Control: 持续推进 was a time cell already; its row's roles are right before and after."""
    data = _draft(_QUARTERS, COUNTY)
    assert _roles(data, _tasks(data)[2]) == {"lead": ["县委网信办"], "supporting": ["县公安局"]}


# 2. The part after a typed task table (三、保障措施 after the table under 二、重点任务): a line
#    numbered as the parts are, with a number the table's own categories could not start on, is
#    the next part of the document, not a category row of the table. Before, the table went on
#    over the part and its items: the safeguards were lost and the last row's task with them.


def test_the_part_after_a_typed_table_is_no_category_of_it():
    data = _draft(_QUARTERS, COUNTY)
    titles = [t["title"] for t in _tasks(data)]
    assert "开展网络安全检查" in titles
    safeguard = next(s for s in data["sections"] if s["kind"] == "safeguard")
    assert [t["title"] for t in safeguard["tasks"]] == ["加强组织领导", "强化督导考核"]


_CATEGORIES = (
    "某县2026年数字经济工作要点\n"
    "一、重点任务\n"
    "序号  工作任务                              牵头单位          配合单位                  完成时间\n"
    "一、夯实数字底座\n"
    "1     建设县级数据中心                      县发展改革局      县财政局                  持续推进\n"
    "二、深化智能应用\n"
    "2     推广智慧农机服务                      县农业农村局      县财政局                  持续推进\n"
)


def test_control_a_typed_tables_own_categories_stay_its_rows():
    """Control: category rows 一、 / 二、 inside the table stay the table's (tasks under them)."""
    data = _draft(_CATEGORIES, COUNTY)
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == ["建设县级数据中心", "推广智慧农机服务"]
    assert _roles(data, tasks[1]) == {"lead": ["县农业农村局"], "supporting": ["县财政局"]}


# 3. Units and comparators of a town's milestones: 架次 counts sorties (开展无人机巡查300架次以上);
#    路 counts the channels of sensing devices as of video (接入…等感知设备3000路); 至少 before a
#    verb governs the figure after the verb's object too (每个村至少培养“信息员”3名: at least 3).

_TOWN = (
    "某镇数字乡村建设工作方案\n"
    "一、重点任务\n"
    "1.无人机巡查。时间节点：2026年10月底前开展无人机巡查300架次以上。\n"
    "2.感知网络。建设镇综合管理平台，接入水位监测、消防栓等感知设备3000路。\n"
    "3.队伍建设。每个村至少培养“信息员”3名。\n"
    "4.无人机配置。配备无人机4架。\n"
)


def test_sorties_are_counted_in_jiaci():
    assert (300, "架次", "gte", 2026) in _targets(_draft(_TOWN, COUNTY))


def test_sensing_devices_are_counted_in_lu():
    assert any(t[:3] == (3000, "路", "eq") for t in _targets(_draft(_TOWN, COUNTY)))


def test_a_floor_before_the_verb_governs_the_figure_after_its_object():
    assert any(t[:3] == (3, "名", "gte") for t in _targets(_draft(_TOWN, COUNTY)))


def test_control_aircraft_counted_in_jia_stay_so():
    """Control: 配备无人机4架 stays 4 架."""
    data = _draft(_TOWN, COUNTY)
    assert any(t[:3] == (4, "架", "eq") for t in _targets(data))


# 4. The count of a town's villages (全镇12个村, 实现12个村（社区）…全覆盖): how many there are, the
#    reach of what the plan does — no count to reach, as after 全县 / 全市 (全县12个乡镇). Before,
#    both were drafted as a target of 12 villages.

_VILLAGES = (
    "某镇数字乡村建设工作方案\n"
    "一、工作目标\n"
    "到2026年底，全镇9个村智能安防覆盖率达到100%，建成镇级指挥中心1个。\n"
    "二、重点任务\n"
    "1.村务公开。时间节点：2026年12月底前实现9个村（社区）村务线上公开全覆盖。\n"
    "2.服务站点。2026年12月底前建成村级服务站9个。\n"
)


def test_a_towns_count_of_its_villages_is_no_target():
    data = _draft(_VILLAGES, COUNTY)
    nines = [t["source_phrase"] for g in data["goals"] for t in g["targets"] if t["value"] == 9]
    assert nines and all("服务站" in phrase for phrase in nines)
    assert (100, "%", "eq", 2026) in _targets(data)


def test_control_villages_built_are_counted():
    """Control: 建成村级服务站9个 (things made) is a target of 9."""
    data = _draft(_VILLAGES, COUNTY)
    phrases = [t["source_phrase"] for g in data["goals"] for t in g["targets"] if t["value"] == 9]
    assert any("服务站9个" in phrase for phrase in phrases)


# 5. 一次 right before the noun of an act (开展一次全面评估, 召开一次推进会) is its article — "an
#    assessment" — no count of one; a count of acts stands after the act (举办竞赛一次) or in figures
#    (开展演练2次). Before, the milestone was drafted as a target of 1 次.

_ONCE = (
    "某镇数字乡村建设工作方案\n"
    "一、重点任务\n"
    "1.安全管理。时间节点：2026年11月底前开展一次全面评估。\n"
    "2.应急演练。时间节点：2026年10月底前开展应急演练2次，举办技能竞赛一次。\n"
)


def test_yi_ci_before_the_acts_noun_is_its_article():
    data = _draft(_ONCE, COUNTY)
    phrases = [t["source_phrase"] for g in data["goals"] for t in g["targets"]]
    assert not any("全面评估" in phrase for phrase in phrases)


def test_control_a_count_of_acts_after_the_act_or_in_figures_is_read():
    """Control: 开展应急演练2次 and 举办技能竞赛一次 stay targets."""
    data = _draft(_ONCE, COUNTY)
    found = _targets(data)
    assert (2, "次", "eq", 2026) in found
    assert (1, "次", "eq", 2026) in found


# 6. A town's task followed by a line of its own giving its milestones (时间节点：2026年4月底前完成…；
#    2026年10月底前…。) and then a line of its roles: the task is due when its last milestone is (the
#    month's end). Before, the line dated nothing: only a time inside an annotation did.

_MILESTONES = (
    "某镇数字乡村建设工作方案\n"
    "一、重点任务\n"
    "1.建设指挥平台。整合镇村视频和网格数据，建设镇级指挥平台。\n"
    "时间节点：2026年4月底前完成方案编制；2026年10月底前上线运行。\n"
    "牵头单位：镇党政办公室　责任单位：镇综治中心\n"
    "2.推进数据共享。推动镇村数据共享。\n"
    "时间节点：持续推进。\n"
    "牵头单位：镇综治中心\n"
)


def test_a_milestone_line_dates_the_task_by_its_last_milestone():
    data = _draft(_MILESTONES, COUNTY)
    assert _tasks(data)[0].get("due") == "2026-10-31"


def test_control_an_ongoing_milestone_line_dates_nothing():
    """Control: 时间节点：持续推进 names no date, before and after."""
    data = _draft(_MILESTONES, COUNTY)
    task = _tasks(data)[1]
    assert task.get("due") is None
    assert _roles(data, task) == {"lead": ["镇综治中心"]}

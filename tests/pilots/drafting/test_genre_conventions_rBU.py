"""Conventions of whole plans that the synthetic_bu set (SYNTHETIC_BU.md, measured unseen, then
SEEN) left open — joint documents of several bodies: each a short text written to test the form
(not a copy of any plan), drafted end to end through ``plan_draft``. Each failed on the importer
before its rule unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import (
    PROVINCE,
    _draft,
    _named_targets,
    _roles,
    _tasks,
)

# 1. A joint document of the party committee and the government holds the places below it
#    responsible in the same two bodies: "各县区党委和政府", "各地市党委、政府" — each place's
#    committee and government together, ONE collective (as 各乡镇人民政府、街道办事处 is). Before,
#    the 和 / 、 split it into 各县区党委 and a body named "政府".

_COMMITTEES = (
    "中共某省委 某省人民政府关于推进人工智能发展的实施意见\n"
    "一、重点任务\n"
    "（一）建设算力设施。统筹布局智算中心。（省发展改革委、各地市党委和政府按职责分工负责）\n"
    "（二）推广智能应用。开展应用试点。（省数据局，各地市党委、政府按职责分工负责）\n"
    "（三）培育骨干企业。支持企业做大做强。（省工业和信息化厅和各地市人民政府按职责分工负责）\n"
)


def test_a_collective_and_its_government_joined_by_he_are_one_collective():
    data = _draft(_COMMITTEES, PROVINCE)
    assert _roles(data, _tasks(data)[0]) == {"responsible": ["省发展改革委", "各地市党委和政府"]}


def test_a_collective_and_its_government_joined_by_a_dun_are_one_collective():
    data = _draft(_COMMITTEES, PROVINCE)
    assert _roles(data, _tasks(data)[1]) == {"responsible": ["省数据局", "各地市党委、政府"]}


def test_control_a_bureau_and_a_collective_joined_by_he_stay_two():
    """Control: 和 between a province bureau and the cities' governments joins two actors."""
    data = _draft(_COMMITTEES, PROVINCE)
    assert _roles(data, _tasks(data)[2]) == {"responsible": ["省工业和信息化厅", "各地市人民政府"]}


# 2. An annex 分工表 may name each task by a short title of its own, sharing few words with the
#    task's ("绿色融合" for 推动绿色化与智能化协同). Where the body numbers its tasks on and every
#    row whose title names a task carries that task's number, the numbers line up: a row no title
#    names is the task's with its 序号. Before, such a task had no roles.

_NUMBERED_ANNEX = (
    "某省“人工智能+制造”行动方案\n"
    "一、重点任务\n"
    "（一）夯实基础\n"
    "1.建设工业智算中心。统筹布局算力设施。\n"
    "2.开放工业数据资源。推动数据共享。\n"
    "（二）推动转型\n"
    "3.推动绿色化与智能化协同。推广能耗管控应用。\n"
    "4.培育系统解决方案供应商。遴选推荐目录。\n"
    "二、保障措施\n"
    "（一）加强组织领导。建立协调机制。\n"
    "附件\n"
    "重点任务分工表\n"
    "1.工业智算中心。（牵头单位：省发展改革委；参与单位：省工业和信息化厅）\n"
    "2.工业数据资源。（牵头单位：省数据局；参与单位：省工业和信息化厅）\n"
    "3.绿色融合。（牵头单位：省工业和信息化厅；参与单位：省生态环境厅）\n"
    "4.解决方案供应商。（牵头单位：省工业和信息化厅；参与单位：省商务厅）\n"
)


def test_an_annex_row_named_by_a_short_title_goes_to_the_task_of_its_number():
    data = _draft(_NUMBERED_ANNEX, PROVINCE)
    tasks = _tasks(data)
    assert [t["title"] for t in tasks][:4] == [
        "建设工业智算中心",
        "开放工业数据资源",
        "推动绿色化与智能化协同",
        "培育系统解决方案供应商",
    ]
    assert _roles(data, tasks[2]) == {
        "lead": ["省工业和信息化厅"],
        "supporting": ["省生态环境厅"],
    }
    assert _roles(data, tasks[3]) == {"lead": ["省工业和信息化厅"], "supporting": ["省商务厅"]}


def test_control_numbers_that_do_not_line_up_give_no_row_by_number():
    """Control: where a row named by title carries another task's number (the annex numbered
    otherwise), numbers tell nothing: the short-titled row gives no roles."""
    data = _draft(_NUMBERED_ANNEX.replace("1.工业智算中心", "5.工业智算中心"), PROVINCE)
    tasks = _tasks(data)
    assert _roles(data, tasks[0]) == {
        "lead": ["省发展改革委"],
        "supporting": ["省工业和信息化厅"],
    }
    assert _roles(data, tasks[2]) == {}


# 3. N部门 / N部委 with no classifier name the bodies acting together ("由X牵头、五部门参与的协调
#    机制", "十部委联合印发"): who does the work, no figure to reach. Before, it was a target of
#    5 部 ("门参与的协调机制").

_DEPARTMENTS = (
    "某省“人工智能+制造”行动方案\n"
    "一、重点任务\n"
    "（一）加强统筹。建立由省工业和信息化厅牵头、五部门参与的工作协调机制。（省工业和信息化厅负责）\n"
    "（二）加强宣传。出版人工智能科普读物5部。（省委宣传部负责）\n"
)


def test_a_count_of_departments_acting_together_is_no_target():
    data = _draft(_DEPARTMENTS, PROVINCE)
    assert [t[2:4] for t in _named_targets(data)] == [(5, "部")]


def test_control_a_count_of_works_in_bu_is_a_target():
    """Control: 部 counting works made (读物5部) stays a target, with its metric."""
    works = "\n".join(line for line in _DEPARTMENTS.split("\n") if "五部门" not in line)
    targets = _named_targets(_draft(works, PROVINCE))
    assert [(t[0], t[2], t[3]) for t in targets] == [("出版人工智能科普读物", 5, "部")]


# 4. A quota for each enterprise counted in 户 or 家 ("每户省属企业至少打造1个标杆场景") is the same
#    quota as 每个乡镇…1个以上 (SOURCES.md, 2026-12-07): its metric names the unit. Before, only
#    每个 was read so and the metric said 标杆场景, one scene for the whole province.

_ENTERPRISES = (
    "某省“人工智能+制造”行动方案\n"
    "一、重点任务\n"
    "（一）发挥国有企业示范作用。每户省属企业至少打造1个标杆场景。（省国资委负责）\n"
    "（二）推进中小企业转型。打造中小企业转型标杆场景50个。（省工业和信息化厅负责）\n"
    "（三）支持企业上云。对每家上云企业给予最高10万元补助。（省财政厅负责）\n"
)


def test_a_quota_for_each_enterprise_counted_in_hu_names_the_unit():
    targets = {t[0]: t[1:3] for t in _named_targets(_draft(_ENTERPRISES, PROVINCE))}
    assert targets["每户省属企业标杆场景"] == ("gte", 1)


def test_control_a_provinces_total_and_a_subsidy_per_enterprise_name_no_unit():
    """Control: 标杆场景50个 counts the province's total (no 每); a cap per enterprise is no
    target at all."""
    targets = {t[0]: t[1:3] for t in _named_targets(_draft(_ENTERPRISES, PROVINCE))}
    assert targets["中小企业转型标杆场景"] == ("eq", 50)
    assert len(targets) == 2

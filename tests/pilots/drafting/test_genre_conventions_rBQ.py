# ruff: noqa: E501  (plan text as the offices write it)
"""Plans issued by DEPARTMENTS (synthetic_bq, measured unseen, then SEEN): a bureau names its own
科室 / 股 / 处室 and units where a government names departments, under role labels of the same
family (牵头科室, 责任科室, 配合科室, 责任处室（单位） …), in annotations and as a task table's column
headers. Each a short plan written for the test, not a copy of any plan. Each failed on the importer
before its rule unless marked as a control."""

from pilots.drafting import document_read
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

# 1. The labels of a department's divisions read as the labels of units: 牵头科室 / 牵头处室 as
#    牵头单位, 责任科室 / 责任处室 as 责任单位, 配合科室 / 配合处室 / 配合科室（单位） as 配合单位.
#    Before, the annotation named nobody.

_DIVISIONS = (
    "某市教育局推进智慧教育行动计划\n"
    "一、行动目标\n"
    "到2027年，全市智慧校园达到60所。\n"
    "二、重点任务\n"
    "1.建设教育数据中台。汇聚学籍、教学和装备数据，建成统一数据中台。（责任科室：信息化科；配合科室：计划财务科、市教育信息中心）\n"
    "2.推广智能教学助手。在试点学校推广应用智能备课和作业批改工具。（牵头科室：基础教育科；配合科室（单位）：教师工作科、各中小学校）\n"
    "3.开展教师数字素养培训。每年培训教师2000人次。（牵头处室：人事处；配合处室：职业教育处）\n"
)


def test_division_labels_name_the_tasks_bodies():
    data = _draft(_DIVISIONS)
    tasks = {t["title"]: t for t in _tasks(data)}
    assert _roles(data, tasks["建设教育数据中台"]) == {
        "responsible": ["信息化科"],
        "supporting": ["计划财务科", "市教育信息中心"],
    }
    assert _roles(data, tasks["推广智能教学助手"]) == {
        "lead": ["基础教育科"],
        "supporting": ["教师工作科", "各中小学校"],
    }
    assert _roles(data, tasks["开展教师数字素养培训"]) == {
        "lead": ["人事处"],
        "supporting": ["职业教育处"],
    }


def test_control_unit_labels_read_as_before():
    """Control: the labels of units keep their roles."""
    data = _draft(
        _DIVISIONS.replace("科室（单位）", "单位").replace("科室", "单位").replace("处室", "单位")
    )
    tasks = {t["title"]: t for t in _tasks(data)}
    assert _roles(data, tasks["推广智能教学助手"]) == {
        "lead": ["基础教育科"],
        "supporting": ["教师工作科", "各中小学校"],
    }


def test_control_a_division_word_in_a_task_is_no_label():
    """Control: 科室 said of the work (建设标准化科室) opens no list of bodies."""
    data = _draft(
        "某市卫生健康委员会行动方案\n二、重点任务\n"
        "1.建设智慧病房。各医院建设标准化科室，推广智能护理。（责任单位：市第一人民医院）\n"
    )
    (task,) = _tasks(data)
    assert _roles(data, task) == {"responsible": ["市第一人民医院"]}


# 2. A task table whose role column is headed 责任处室（单位） (a bureau's list of tasks), the rule
#    "排在第一位的为牵头处室（单位）" stated once before it: each row a task, its first body the lead
#    and the rest supporting. Before, the table's rows were no tasks and named nobody.

_TABLE_PLAN = """<html><body>
<p>某市交通运输局推进智慧交通工作方案</p>
<p>一、工作目标</p>
<p>到2027年，全市智慧公交线路达到30条。</p>
<p>二、重点任务</p>
<p>任务清单中责任处室（单位）排在第一位的为牵头处室（单位），其余为配合处室（单位）。</p>
<table>
<tr><td>序号</td><td>工作任务</td><td>具体内容</td><td>责任处室（单位）</td><td>完成时限</td></tr>
<tr><td>1</td><td>建设交通数据中心</td><td>整合公路、运输和港航数据，建成统一的交通数据中心。</td><td>综合规划股、市交通信息中心</td><td>2026年12月底前</td></tr>
<tr><td>2</td><td>上线智能公交调度系统</td><td>在城区公交线路应用智能排班和实时调度。</td><td>运输管理股、市公交公司、市交通信息中心</td><td>2027年6月底前</td></tr>
<tr><td>3</td><td>开展公路智能巡检</td><td>在国省干线推广无人机和车载智能巡检。</td><td>建设管理股</td><td>长期坚持</td></tr>
</table>
<p>三、保障措施</p>
<p>（一）加强组织领导。成立工作专班，统筹推进各项任务。</p>
</body></html>"""


def test_a_division_column_header_names_each_rows_bodies(tmp_path):
    path = tmp_path / "plan.html"
    path.write_text(_TABLE_PLAN, encoding="utf-8")
    data = _draft(document_read(path).text)
    tasks = {t["title"]: t for t in _tasks(data)}
    assert {"建设交通数据中心", "上线智能公交调度系统", "开展公路智能巡检"} <= set(tasks)
    assert _roles(data, tasks["上线智能公交调度系统"]) == {
        "lead": ["运输管理股"],
        "supporting": ["市公交公司", "市交通信息中心"],
    }
    assert _roles(data, tasks["开展公路智能巡检"]) == {"lead": ["建设管理股"]}


# 3. A department's divisions named before role words with no label (（规划发展与信息化科牵头，
#    医政医管科配合）, （老龄健康科、基层卫生健康科按职责分工负责）) are bodies: a 科 / 股 after the
#    name of a field. Before, only a division standing beside a body the tables knew was read, and
#    none whose name holds 与.

_UNLABELLED = (
    "某市卫生健康委员会推进智慧医疗实施方案\n"
    "一、工作目标\n"
    "到2027年，全市智慧医院达到10家。\n"
    "二、重点任务\n"
    "1.建设区域影像云。推进检查结果互认。（规划发展与信息化科牵头，医政医管科、市第一人民医院配合）\n"
    "2.推进智能监督执法。建设非现场监管系统。（综合监督与职业健康科牵头，市卫生健康综合监督执法支队配合）\n"
    "3.发展智慧养老服务。推广智能照护设备。（老龄健康科、基层卫生健康科按职责分工负责；市民政局配合）\n"
    "4.推进农村智慧客运。推广预约响应服务。（运输管理股负责，综合规划股配合）\n"
)


def test_divisions_before_role_words_are_bodies():
    data = _draft(_UNLABELLED)
    tasks = {t["title"]: t for t in _tasks(data)}
    assert _roles(data, tasks["建设区域影像云"]) == {
        "lead": ["规划发展与信息化科"],
        "supporting": ["医政医管科", "市第一人民医院"],
    }
    assert _roles(data, tasks["推进智能监督执法"]) == {
        "lead": ["综合监督与职业健康科"],
        "supporting": ["市卫生健康综合监督执法支队"],
    }
    assert _roles(data, tasks["发展智慧养老服务"]) == {
        "supporting": ["市民政局"],
        "responsible": ["老龄健康科", "基层卫生健康科"],
    }
    assert _roles(data, tasks["推进农村智慧客运"]) == {
        "supporting": ["综合规划股"],
        "responsible": ["运输管理股"],
    }


def test_control_fields_of_study_and_holdings_are_no_divisions():
    """Control: 学科, 新工科, 儿科 and 控股 close no body's name: the prose names nobody."""
    data = _draft(
        "某市推进人工智能人才培养实施方案\n二、重点任务\n"
        "1.建设新工科。支持高校人工智能学科牵头组建创新联合体。\n"
        "2.发展智慧儿科。推动医院儿科配合开展远程会诊，引导国有控股参与建设。\n"
    )
    for task in _tasks(data):
        assert _roles(data, task) == {}


# 4. A clause naming bodies that 负责组织实施 after a label's list (（牵头科室：X；配合科室：Y；各县（市、区）
#    卫生健康局负责组织实施）): they carry the task out, responsible. Before, "各县（市、区）卫生健康局负责组织"
#    became a supporting body of that name.


def test_bodies_that_organise_the_work_are_responsible():
    data = _draft(
        "某市卫生健康委员会行动方案\n二、重点任务\n"
        "1.推广家庭医生智能助手。在基层医疗卫生机构推广签约服务助手。（牵头科室：基层卫生健康科；配合科室：医政医管科；各县（市、区）卫生健康局负责组织实施）\n"
    )
    (task,) = _tasks(data)
    assert _roles(data, task) == {
        "lead": ["基层卫生健康科"],
        "supporting": ["医政医管科"],
        "responsible": ["各县(市、区)卫生健康局"],
    }


# 5. A goal paragraph going year by year with each year as a label (分年度推进：2026年：…；2027年：…；
#    2028年：…): the figures after a label are due in its year, the first too, though the label
#    stands after the lead-in's colon. Before, the first year's figures took the sentence before's
#    到2028年.


def _figures(text: str, plan_end: int = 2028) -> list[tuple]:
    from pilots.drafting.goal_targets import targets_of

    found, _ = targets_of(text, None, plan_end, period_start=2026)
    return [
        (f.target["value"], f.target["unit"], f.target["comparator"], f.target.get("deadline"))
        for f in found
    ]


def test_a_year_label_dates_its_clauses():
    assert _figures(
        "到2028年，基本建成智慧交通体系。按照“一年打基础、三年成体系”的思路，分年度推进："
        "2026年：建成数据中心，接入车辆不少于1200辆；2027年：应用场景达到12个；2028年：应用场景突破20个。"
    ) == [(1200, "辆", "gte", 2026), (12, "个", "eq", 2027), (20, "个", "gt", 2028)]


def test_control_a_year_after_a_label_is_no_label():
    """Control: a year printed after a colon (完成时限：2027年) labels nothing after it."""
    assert _figures("到2028年，应用场景达到20个，完成时限：2027年。") == [(20, "个", "eq", 2028)]


# 6. Units of department plans: 块 for signs and screens (公交电子站牌达到80块), 课时 / 学时 for lessons
#    (每学年实践教学不少于8课时), 例 for cases (年均辅助阅片量达到50万例以上, 万 multiplied out).
#    Before, none was a unit: no target, or 50 "万".


def test_signs_lessons_and_cases_are_counted():
    assert _figures("到2026年，公交电子站牌达到80块，每学年实践教学不少于8课时。") == [
        (80, "块", "eq", 2026),
        (8, "课时", "gte", 2026),
    ]
    assert _figures("到2028年，年均辅助阅片量达到50万例以上。") == [(500000, "例", "gte", 2028)]


def test_control_a_piece_of_rhetoric_counts_no_block():
    """Control: 块 after no sign or screen (一块金字招牌) counts nothing."""
    assert _figures("到2027年，培育龙头企业3个，擦亮一块金字招牌。") == [(3, "个", "eq", 2027)]


# 7. 打造一支…队伍 forms a team, no count of one; a place named with a numeral (八所港, a port
#    in the gazetteer of numeral names as 五指山) is no count of 8 所. Before, both were targets.


def test_a_team_to_form_and_a_numeral_place_count_nothing():
    assert _figures("到2028年，打造一支懂业务、懂技术的复合型人才队伍，培养骨干200人。") == [
        (200, "人", "eq", 2028)
    ]
    assert _figures("到2028年，支持八所港区码头推进智能理货，在八所港区推广电子巡航。") == []


def test_control_teams_counted_with_a_figure_stay_targets():
    """Control: a number of teams (组建专业运维队伍5支) is counted."""
    assert _figures("到2027年，组建专业运维队伍5支。") == [(5, "支", "eq", 2027)]


# 8. An item restating a goal's figure with the goal's words shortened, its opening verb and head
#    kept (接入重点营运车辆动态监控数据的车辆不少于1200辆 in the goals, 接入车辆不少于1200辆 in an item
#    due the same year): one target, the goal's. Before, the item's was a second target.

_SHORTENED = (
    "某市交通运输局智慧交通工作方案\n"
    "一、工作目标\n"
    "到2026年，接入重点营运车辆动态监控数据的车辆不少于1200辆。\n"
    "二、重点任务\n"
    "1.推进动态监控数据接入。推动重点营运车辆数据接入数据中心，2026年底前接入车辆不少于1200辆。（责任单位：市交通运输局）\n"
    "2.推广智能公交。2026年底前新增智能公交{line}。（责任单位：市公交公司）\n"
)


def _all_figures(data: dict) -> list[tuple]:
    found = [t for goal in data["goals"] for t in goal.get("targets", [])]
    return sorted((t["value"], t["unit"], t["metric"]) for t in found)


def test_a_shortened_restatement_is_the_goals_figure():
    data = _draft(_SHORTENED.format(line="线路10条"))
    assert _all_figures(data) == [
        (10, "条", "智能公交线路"),
        (1200, "辆", "接入重点营运车辆动态监控数据的车辆"),
    ]


def test_control_another_thing_of_the_same_head_is_its_own_target():
    """Control: the same figure of another thing (接入出租车辆 is no shortening of the goal's
    words) stays a target."""
    data = _draft(
        _SHORTENED.replace("接入车辆不少于", "接入出租车辆不少于").format(line="线路10条")
    )
    assert [v for v, _, _ in _all_figures(data)].count(1200) == 2

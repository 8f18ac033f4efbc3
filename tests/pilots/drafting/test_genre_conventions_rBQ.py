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

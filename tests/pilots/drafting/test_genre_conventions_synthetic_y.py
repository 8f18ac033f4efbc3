"""Conventions of whole plans that the synthetic_y set (SYNTHETIC_Y.md, measurement 2) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _targets, _tasks

COUNTY = {"slug": "c", "name": "某县", "level": "city"}

# 1. A box titled by one year's projects (专栏　2027年数字经济重点项目, 专栏2 2027年…重点项目) lists
#    what that year builds — projects with their investment and what they are to make — not the
#    plan's programmes (专栏1 X重点工程, whose items are tasks: synthetic_c's rule 2). Its items
#    stay text of the task before it; its figures are a goal titled by the box's heading and fall
#    due in the year the title names, not at the plan's end. A year right after 专栏 is the
#    title's, never the box's number.


def _year_box(label: str) -> str:
    return (
        "某县推进数字经济发展实施方案（2026—2029年）\n"
        "一、发展目标\n到2029年，全县数字经济核心产业营收突破80亿元。\n"
        "二、重点任务\n（一）夯实数字底座\n"
        "1.建设算力设施。推进县级数据中心扩容。（责任单位：县发改局）\n"
        "2.推进工业互联网。每年新增上云企业40家。（责任单位：县工信局）\n"
        f"{label}2027年数字经济重点项目\n"
        "1.县域数据中心二期：新增机架600个，年内建成。\n"
        "2.纺织产业互联网平台：接入纺织企业120家以上。\n"
        "3.推进智慧农业。建设数字农业基地3个。（责任单位：县农业农村局）\n"
        "三、保障措施\n（一）加强组织领导。建立工作专班。\n"
    )


def test_a_box_of_one_years_projects_is_no_task_and_dates_its_figures_by_that_year():
    data = _draft(_year_box("专栏　"), COUNTY)
    assert [t["title"] for t in _tasks(data)] == [
        "建设算力设施", "推进工业互联网", "推进智慧农业", "加强组织领导",
    ]  # fmt: skip
    assert "县域数据中心二期" in _tasks(data)[1]["text"]
    targets = _targets(data)
    assert (600, "个", "eq", 2027) in targets
    assert (120, "家", "gte", 2027) in targets
    assert (3, "个", "eq", 2029) in targets  # the task after the box: the plan's end
    box = next(g for g in data["goals"] if g["title"] == "2027年数字经济重点项目")
    assert [t["value"] for t in box["targets"]] == [600, 120]
    assert "2027年数字经济重点项目" not in box["text"]


def test_a_numbered_box_of_one_years_projects_is_read_the_same():
    data = _draft(_year_box("专栏2　"), COUNTY)
    assert "县域数据中心二期" not in [t["title"] for t in _tasks(data)]
    assert (600, "个", "eq", 2027) in _targets(data)


def test_control_a_box_of_engineering_with_no_year_still_holds_tasks():
    text = _year_box("专栏2　").replace("2027年数字经济重点项目", "数字经济重点工程")
    data = _draft(text, COUNTY)
    assert "县域数据中心二期" in [t["title"] for t in _tasks(data)]
    assert (600, "个", "eq", 2029) in _targets(data)


# 2. A clause opening with a project's size (总投资约8亿元, 首期建筑面积3万平方米, 占地面积120亩) in
#    a line naming the project describes it: no target, as 项目总投资25亿元 was not (synthetic_c).
#    After a clause counting projects (实施重点项目30个，总投资超过200亿元) it is their total to
#    reach: a target.


def _projects(line: str) -> str:
    return (
        "某县推进数字经济发展实施方案（2026—2029年）\n"
        "一、发展目标\n到2029年，全县数字经济核心产业营收突破80亿元。\n"
        "二、重点任务\n"
        f"1.建设数字产业园。{line}（责任单位：县发改局）\n"
        "三、保障措施\n（一）加强组织领导。建立工作专班。\n"
    )


def test_a_projects_investment_and_floor_area_are_no_targets():
    data = _draft(
        _projects(
            "县数字产业园：总投资约8亿元，首期建筑面积3万平方米，占地面积120亩，入驻企业50家。"
        ),
        COUNTY,
    )
    assert _targets(data) == [(80, "亿元", "gt", 2029), (50, "家", "eq", 2029)]


def test_an_investment_after_the_thing_built_is_no_target():
    data = _draft(_projects("建设智能仓储线6条，总投资约3.5亿元。"), COUNTY)
    assert (3.5, "亿元", "approx", 2029) not in _targets(data)
    assert (6, "条", "eq", 2029) in _targets(data)


def test_control_the_total_investment_of_projects_counted_is_a_target():
    data = _draft(_projects("实施数字经济重点项目30个，总投资超过200亿元。"), COUNTY)
    assert (200, "亿元", "gt", 2029) in _targets(data)
    assert (30, "个", "eq", 2029) in _targets(data)


# 3. A year opening the clause of the figure and standing right before its verb (推动事项智能预
#    审，2027年实现80个事项“秒批”) dates that figure, even as the sentence's only year: the clause
#    is the dated commitment itself, not a year told in passing (根据测算，2024年全区…约30亿元,
#    test_goal_years_unpunctuated's control).


def test_a_year_opening_the_figures_own_clause_dates_it():
    data = _draft(
        _projects("推动政务事项智能预审，2027年实现80个事项“秒批”。").replace(
            "建设数字产业园", "推进智能审批"
        ),
        COUNTY,
    )
    assert (80, "个", "eq", 2027) in _targets(data)
    assert 2027 in data["plan"]["milestone_years"]

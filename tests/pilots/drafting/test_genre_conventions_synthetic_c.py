"""Conventions of whole plans that the synthetic_c set (SYNTHETIC_C.md, measurement 1) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _targets, _tasks

PROVINCE = {"slug": "p", "name": "某省", "level": "municipality"}

# 1. A part whose title says it BUILDS a foundation (二、夯实人工智能发展基础) holds tasks: its
#    words match those of a part reviewing the present (一、发展基础), but its numbered items
#    carry agency annotations, which no review of the present does.

_FOUNDATION = (
    "某省深入实施“人工智能+”行动方案\n"
    "一、总体要求\n"
    "　　到2027年，全省人工智能核心产业规模突破1000亿元。\n"
    "二、夯实人工智能发展基础\n"
    "（一）提升算力供给能力\n"
    "1.优化算力布局。建设智算中心。（责任单位：省发展改革委牵头，省数据局配合）\n"
    "2.推进算力普惠。实施算力券。（省数据局牵头，省直有关部门按职责分工负责）\n"
    "三、推进“人工智能+”产业赋能\n"
    "（一）人工智能+制造\n"
    "1.推动智能化改造。建设智能工厂。（责任单位：省工业和信息化厅牵头，省科技厅配合）\n"
)


def test_a_part_building_a_foundation_holds_its_annotated_tasks():
    tasks = _tasks(data := _draft(_FOUNDATION, PROVINCE))
    assert [t["title"] for t in tasks] == ["优化算力布局", "推进算力普惠", "推动智能化改造"]
    assert _roles(data, tasks[0]) == {"lead": ["省发展改革委"], "supporting": ["省数据局"]}


def test_control_a_review_of_the_present_holds_no_task():
    text = (
        "某市人工智能发展规划\n一、发展基础\n"
        "1.产业规模持续壮大。2025年，全市人工智能核心产业规模达到120亿元。\n"
        "2.创新能力不断提升。建成省级以上创新平台30个。\n"
        "二、重点任务\n1.建设算力中心。建设智算中心。（责任单位：市数据局）\n"
    )
    tasks = _tasks(data := _draft(text))
    assert [t["title"] for t in tasks] == ["建设算力中心"]
    assert _targets(data) == []


# 2. A box among the tasks whose title names engineering or projects (专栏1 “人工智能+制造”重点
#    工程) lists the plan's named 工程 and 项目: its items are tasks of a section of their own, and
#    their figures are targets; the task numbering goes on after it. A box of directions or
#    scenes (重点方向) stays text of the task before it (round 4's rule).

_ENGINEERING_BOX = (
    "某区推进“人工智能+”行动计划（2026—2028年）\n"
    "一、主要目标\n到2028年，全区人工智能核心产业规模达到300亿元。\n"
    "二、重点任务\n（一）实施“人工智能+制造”行动\n"
    "1.推进智能化改造。开展诊断服务。（牵头单位：区工业和信息化局）\n"
    "2.打造行业大模型。支持龙头企业建设行业大模型。（牵头单位：区科技局）\n"
    "专栏1　“人工智能+制造”重点工程\n"
    "1.智能工厂培育工程：到2028年，新增省级以上智能工厂20家。\n"
    "2.机器人产业基地项目：项目总投资25亿元，2027年底前建成投产。\n"
    "3.发展智能机器人。推动核心零部件攻关。（牵头单位：区工业和信息化局）\n"
    "（二）拓展应用场景\n1.推进智慧政务。推广智能客服。（牵头单位：区政务服务数据管理局）\n"
    "专栏2　应用场景建设工程\n1.智慧社区工程：到2027年，建成智慧社区示范点30个。\n"
    "三、保障措施\n（一）加强组织领导。建立工作专班。\n"
)


def test_the_items_of_an_engineering_box_are_tasks_with_targets():
    data = _draft(_ENGINEERING_BOX, {"slug": "d", "name": "某区", "level": "district"})
    assert [t["title"] for t in _tasks(data)] == [
        "推进智能化改造", "打造行业大模型", "发展智能机器人",  # the section the box follows
        "智能工厂培育工程", "机器人产业基地项目",  # the box, a section of its own after it
        "推进智慧政务", "智慧社区工程", "加强组织领导",
    ]  # fmt: skip
    assert (20, "家", "eq", 2028) in _targets(data)
    assert (30, "个", "eq", 2027) in _targets(data)
    assert (25, "亿元", "eq", 2028) not in _targets(data)  # a project's investment
    box = next(s for s in data["sections"] if "重点工程" in s["title"])
    assert "专栏1" in box["code"]
    assert box["kind"] == "engineering"


def test_control_a_box_of_directions_stays_text_of_the_task_before_it():
    text = _ENGINEERING_BOX.replace("制造”重点工程", "制造”重点方向")
    data = _draft(text, {"slug": "d", "name": "某区", "level": "district"})
    titles = [t["title"] for t in _tasks(data)]
    assert "智能工厂培育工程" not in titles and "发展智能机器人" in titles
    assert "智能工厂培育工程" in _tasks(data)[1]["text"]


# 3. A count of releases in 批次 (每年发布场景机会清单2批次以上): a unit of its own, as 场次 and
#    人次 are.


def test_a_count_in_batches_is_a_target():
    text = (
        "某市“人工智能+”行动计划（2026—2027年）\n一、总体目标\n到2027年，建成应用场景100个。\n"
        "二、重点任务\n1.开放应用场景。每年发布场景机会清单2批次以上，推动供需对接。"
        "（责任单位：市发展改革委）\n"
    )
    assert (2, "批次", "gte", 2027) in _targets(_draft(text))


# 4. A total's cost named as the thing measured (社会物流总费用与地区生产总值的比率降至13.5%): 费用
#    after 总 names a total to bring down, not a grant's expenses; 降至 a level at most reached.

_ITEM_GOALS = (
    "某市“人工智能+”行动计划（2026—2027年）\n一、总体目标\n"
    "到2027年，全市人工智能核心产业规模提高到500亿元，较2025年实现翻番，带动相关产业规模突破"
    "3000亿元。\n二、重点任务\n"
    "1.推进智慧物流。建设多式联运智能调度平台。到2027年，全市社会物流总费用与地区生产总值的"
    "比率降至13.5%。（牵头单位：市交通运输局）\n"
    "2.加大资金支持。对购买算力服务的企业，按实际费用的30%给予补贴。（牵头单位：市财政局）\n"
)


def test_a_total_cost_to_bring_down_is_a_target_and_a_share_of_expenses_is_not():
    targets = _targets(_draft(_ITEM_GOALS))
    assert (13.5, "%", "lte", 2027) in targets
    assert (30, "%", "eq", 2027) not in targets  # control: the terms of a subsidy


# 5. "提高到500亿元，较2025年实现翻番": the doubling, a clause naming nothing but its base year,
#    restates the level just before it — one target, not a second one of 2 倍.


def test_a_doubling_restating_the_level_before_it_is_no_second_target():
    targets = _targets(_draft(_ITEM_GOALS))
    assert (500, "亿元", "eq", 2027) in targets and (3000, "亿元", "gt", 2027) in targets
    assert not [t for t in targets if t[1] == "倍"]


def test_control_a_doubling_of_a_thing_named_before_it_stays_a_target():
    text = _ITEM_GOALS.replace("提高到500亿元，较2025年实现翻番", "持续壮大，较2025年实现翻番")
    assert (2, "倍", "eq", 2027) in _targets(_draft(text))


def test_an_engineering_box_among_tasks_printed_straight_under_their_part():
    text = (
        "某区推进“人工智能+”行动计划（2026—2028年）\n一、主要目标\n到2028年，全区人工智能核心产业"
        "规模达到300亿元。\n二、重点任务\n1.推进智能化改造。开展诊断。（牵头单位：区工业和信息化局）\n"
        "2.打造大模型。建设大模型。（牵头单位：区科技局）\n专栏1　“人工智能+制造”重点工程\n"
        "1.智能工厂培育工程：到2028年，新增智能工厂20家。\n2.数字车间工程：到2027年，建成数字化车间"
        "50个。\n3.发展机器人。攻关零部件。（牵头单位：区工业和信息化局）\n三、保障措施\n"
        "（一）加强组织领导。建立专班。\n"
    )
    data = _draft(text, {"slug": "d", "name": "某区", "level": "district"})
    titles = [t["title"] for t in _tasks(data)]
    assert titles == [
        "推进智能化改造", "打造大模型", "发展机器人",  # the part's tasks
        "智能工厂培育工程", "数字车间工程",  # the box, a part of its own after them
        "加强组织领导",
    ]  # fmt: skip
    assert {(20, "家", "eq", 2028), (50, "个", "eq", 2027)} <= set(_targets(data))

"""Conventions of whole plans that the synthetic_ad set (SYNTHETIC_AD.md, SEEN after measurement 2)
left open: each a short text written to test the form (not a copy of any plan), drafted end to end
through ``plan_draft``. Each failed on the importer before its rule unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _labels, _roles, _targets, _tasks

COUNTY = {"slug": "c", "name": "某县", "level": "city"}

# 1. The first-is-lead rule worded "排第一位的为牵头单位" (no 在 between 排 and 第一), closing an
#    annotation's list after a comma: a rule, never a name; the first unit leads in every
#    annotation from there on.


def _first_leads(rule: str) -> str:
    return (
        "某市“人工智能+”行动实施方案（2026—2027年）\n"
        "一、总体要求\n坚持创新引领。\n二、重点任务\n"
        f"（一）建设算力设施。推进数据中心扩容。（责任单位：市数据局、市财政局，{rule}，下同）\n"
        "（二）推进智能制造。推广工业大模型。（责任单位：市工信局、市科技局）\n"
    )


def test_a_first_is_lead_rule_worded_pai_di_yi_wei_is_no_agency():
    data = _draft(_first_leads("排第一位的为牵头单位"))
    assert "排第一位的为牵头单位" not in _labels(data).values()
    assert [_roles(data, t) for t in _tasks(data)] == [
        {"lead": ["市数据局"], "responsible": ["市财政局"]},
        {"lead": ["市工信局"], "responsible": ["市科技局"]},
    ]


def test_a_first_is_lead_rule_worded_pai_shou_wei_is_read_the_same():
    data = _draft(_first_leads("排首位的为牵头单位"))
    assert "排首位的为牵头单位" not in _labels(data).values()
    assert _roles(data, _tasks(data)[1]) == {"lead": ["市工信局"], "responsible": ["市科技局"]}


def test_control_the_rule_worded_lie_di_yi_wei_is_still_read():
    data = _draft(_first_leads("列第一位的为牵头单位"))
    assert _roles(data, _tasks(data)[0]) == {"lead": ["市数据局"], "responsible": ["市财政局"]}


# 2. A year opening a clause later in a task's sentence, its verb followed by the thing counted
#    before the figure (…建设智算中心，2026年新增智能算力200P，推动…): the clause is the dated
#    commitment, due in that year, as "…，2026年新增200P" already is.


def _clause_year(clause: str) -> str:
    return (
        "某市“人工智能+”行动实施方案（2026—2028年）\n"
        "一、发展目标\n到2028年，全市人工智能核心产业规模突破150亿元。\n"
        "二、重点任务\n"
        f"（一）建设智算中心。依托数据产业园建设智算中心，{clause}，推动算力开放共享。"
        "（责任单位：市数据局）\n"
        "三、保障措施\n（一）加强组织领导。建立工作专班。\n"
    )


def test_a_clause_year_before_a_verb_and_the_thing_counted_dates_its_figure():
    assert (200, "P", "eq", 2026) in _targets(_draft(_clause_year("2026年新增智能算力200P")))


def test_a_clause_year_before_building_so_many_things_dates_its_figure():
    targets = _targets(_draft(_clause_year("2027年建成行业数据集15个")))
    assert (15, "个", "eq", 2027) in targets


def test_control_a_clause_year_after_a_base_word_dates_nothing():
    targets = _targets(_draft(_clause_year("较2025年新增智能算力200P")))
    assert (200, "P", "eq", 2028) in targets


# 3. A box whose title names projects and no engineering (专栏1　算力重点项目, 专栏2 重大项目)
#    lists projects, each with its investment and building period, under the tasks before it:
#    its items are no tasks but text of the task before the box (the numbering going on after
#    it), unlike a box of 重点工程 (the plan's named programmes, synthetic_c's rule 2).


def _project_box(title: str) -> str:
    return (
        "某县“人工智能+”行动实施方案（2026—2028年）\n"
        "一、主要目标\n到2028年，全县人工智能相关产业规模达到50亿元。\n"
        "二、重点任务\n（一）夯实算力和数据底座\n"
        "1.建设县域算力节点。推进智能算力节点建设。（牵头单位：县工信局）\n"
        "2.推进数据开发利用。建设公共数据平台。（牵头单位：县数据局）\n"
        f"专栏1　{title}\n"
        "1.县智能算力中心项目。建设算力节点及配套设施，总投资1.8亿元，建设期2026—2027年。\n"
        "2.公共数据运营平台项目。建设数据治理和运营平台，总投资2000万元，建设期2026年。\n"
        "3.推进智能制造。推广工业大模型，建成智能工厂5家。（牵头单位：县工信局）\n"
        "（二）拓展应用场景\n4.推进智慧政务。推广智能客服。（牵头单位：县数据局）\n"
        "三、保障措施\n（一）加强组织领导。建立工作专班。\n"
    )


def test_the_items_of_a_box_of_projects_are_no_tasks():
    data = _draft(_project_box("算力和数据重点项目"), COUNTY)
    assert [t["title"] for t in _tasks(data)] == [
        "建设县域算力节点", "推进数据开发利用", "推进智能制造", "推进智慧政务", "加强组织领导",
    ]  # fmt: skip
    assert "县智能算力中心项目" in _tasks(data)[1]["text"]
    targets = _targets(data)
    assert (5, "家", "eq", 2028) in targets
    assert not [t for t in targets if t[1] in ("亿元", "万元") and t[0] in (1.8, 2000)]


def test_a_box_of_major_projects_is_read_the_same():
    data = _draft(_project_box("重大项目"), COUNTY)
    assert "公共数据运营平台项目" not in [t["title"] for t in _tasks(data)]


def test_control_a_box_of_engineering_still_holds_tasks():
    data = _draft(_project_box("算力和数据重点工程"), COUNTY)
    assert "县智能算力中心项目" in [t["title"] for t in _tasks(data)]


def test_control_a_box_of_engineering_and_projects_still_holds_tasks():
    data = _draft(_project_box("重大工程和重点项目"), COUNTY)
    assert "县智能算力中心项目" in [t["title"] for t in _tasks(data)]

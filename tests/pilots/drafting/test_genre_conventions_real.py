"""Conventions of the genre the real plan corpus (dev/ and heldout4–18, all seen) still missed:
each a short text written to test the form (not a copy of a real plan), drafted end to end
through ``plan_draft``. Each failed on the importer of 117327c unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _targets, _tasks

PROVINCE = {"slug": "someprov", "name": "某省", "level": "municipality"}


# 1. A division of work names a city of the province by its place alone in one row (配合单位：
#    省科技厅、甲市) and by its government in another (甲市政府): the place stands for its
#    government, one body — not two agencies.

_PLACE_AND_GOVERNMENT = (
    "序号 | 重点任务 | 具体任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
    "1 | 夯实算力底座 | 建设智算中心，扩大智能算力规模。 | 省发展改革委 | 省科技厅、甲市 "
    "| 2026年6月 |\n"
    "2 | 夯实算力底座 | 推动算力互联互通，降低用算成本。 | 甲市政府 | 省通信管理局 | 2026年9月 |\n"
    "3 | 培育模型产业 | 支持企业研发行业模型，开展示范应用。 | 省经信厅 | 甲市政府、省科技厅 "
    "| 2026年12月 |\n"
)


def test_a_place_named_alone_is_the_government_the_text_also_names():
    data = _draft(_PLACE_AND_GOVERNMENT, PROVINCE)
    governments = [a for a in data["agencies"] if "甲市" in a["name"]]
    assert len(governments) == 1
    assert set(governments[0].get("aliases", [])) | {governments[0]["name"]} >= {"甲市", "甲市政府"}
    tasks = _tasks(data)
    assert len(tasks) == 3
    assert governments[0]["code"] in tasks[0]["supporting"]
    assert tasks[1]["lead"] == [governments[0]["code"]]


def test_a_place_named_alone_without_its_government_stays_as_written():
    """Control: no government of the place printed, nothing to join."""
    text = _PLACE_AND_GOVERNMENT.replace("甲市政府", "省数据局")
    data = _draft(text, PROVINCE)
    assert [a["name"] for a in data["agencies"] if "甲市" in a["name"]] == ["甲市"]


# 2. A list that prints the place prefix once (市公安局、自然资源局、水务局): every bureau after
#    it is the place's own, the water bureau (水务局) as the others.


def test_a_water_bureau_in_a_list_shares_the_place_prefix():
    text = (
        "为推动发展，制定以下措施。\n一、重点任务\n"
        "1.整治河道。开展河道综合整治。（市生态环境局牵头，市公安局、水务局、农业农村局参与）\n"
    )
    data = _draft(text)
    (task,) = _tasks(data)
    assert [a["name"] for a in data["agencies"]] == [
        "某市生态环境局",
        "某市公安局",
        "某市水务局",
        "某市农业农村局",
    ]
    assert len(task["supporting"]) == 3


# 3. A copy cut inside an annotation after the lead and 会同 ("〔市发改委牵头，会同市科技局、市"):
#    the names printed in full after 会同 share the lead's duty ("X牵头，会同Y、Z负责"), so they are
#    responsible — not the lead's partners (supporting) that a bare list after the lead gives.

_CUT = (
    "为推动发展，制定以下措施。\n一、重点任务\n"
    "1.建设创新平台。支持建设一批平台。〔市科技局牵头，市财政局配合〕\n"
    "2.推进园区建设。打造特色园区。〔市发改委牵头，会同市经信局、市商务局、市"
)


def test_names_after_hui_tong_in_a_cut_annotation_are_responsible():
    data = _draft(_CUT)
    tasks = _tasks(data)
    assert _roles(data, tasks[1]) == {
        "lead": ["市发改委"],
        "responsible": ["市经信局", "市商务局"],
    }


def test_names_after_the_lead_in_a_cut_annotation_stay_supporting():
    """Control: no 会同, the settled reading (the lead's partners)."""
    data = _draft(_CUT.replace("会同", ""))
    tasks = _tasks(data)
    assert _roles(data, tasks[1]) == {
        "lead": ["市发改委"],
        "supporting": ["市经信局", "市商务局"],
    }


# 4. A division of duties whose item opens with its actor (职责分工: "市数据局负责…") may name that
#    actor by a defined term in quotes with its short form in brackets, and call it by its role in
#    the scheme (服务方, 运营方): "“某某数据交易平台”（以下简称交易平台）运营方负责…". The
#    actor is the name without the quotes and the definition; the scheme's operator carries the
#    item out.

_DUTIES = (
    "某市数据券管理办法\n一、职责分工\n"
    "1、市数据局负责受理数据券申请，组织评审。\n"
    "2、“某某数据交易平台”（以下简称交易平台）运营方负责平台日常运营，并配合市数据局做好数据券核销。\n"
)


def test_an_operator_named_by_a_defined_term_is_the_subject_of_its_duty():
    data = _draft(_DUTIES)
    tasks = _tasks(data)
    assert _roles(data, tasks[1]) == {"responsible": ["某某数据交易平台运营方"]}


def test_a_defined_term_naming_no_body_gives_no_actor():
    """Control: the defined term's holders (申领企业) are no body of the scheme."""
    text = _DUTIES.replace(
        "“某某数据交易平台”（以下简称交易平台）运营方", "“某某数据券”（以下简称数据券）申领企业"
    )
    tasks = _tasks(data := _draft(text))
    assert "responsible" not in _roles(data, tasks[1])


# 5. A count of the things a clause says all reach a standard ("四项主要指标均达到国家一级标准",
#    "全市3个化工园区均通过认定") is the set the clause is about; its goal is the standard each of
#    them reaches, no count to reach.

_ALL_REACH = (
    "某市水环境治理实施方案\n一、工作目标\n"
    "到2026年，全市地表水优良水体比例达到90%以上，四项主要水质指标均达到国家标准，"
    "建成污水处理厂5座。\n二、重点任务\n（一）整治河道。开展河道整治。\n"
)


def test_the_count_of_things_that_all_reach_a_standard_is_no_target():
    data = _draft(_ALL_REACH)
    phrases = [t["source_phrase"] for g in data["goals"] for t in g["targets"]]
    assert len(phrases) == 2
    assert not [p for p in phrases if "指标" in p]


def test_a_count_built_then_said_to_reach_a_standard_stays_a_target():
    """Control: the plants are built (a count to reach); 均 opens the next clause."""
    data = _draft(_ALL_REACH.replace("建成污水处理厂5座。", "建成污水处理厂5座，均达到一级标准。"))
    assert [t["value"] for g in data["goals"] for t in g["targets"]] == [90, 5]


# 6. A standard's class written with a numeral ("达到国家三类标准", "三类水质") names the standard;
#    it counts no kinds of anything.


def test_a_standards_class_is_no_count():
    text = _ALL_REACH.replace("四项主要水质指标均达到国家标准", "主要河流断面水质达到三类标准")
    data = _draft(text)
    assert [t["value"] for g in data["goals"] for t in g["targets"]] == [90, 5]


# 7. A goals part written as slogan paragraphs each assigned by its annotation ("加快“X”，…。
#    （甲牵头，乙参与）"), the copy cut inside the next paragraph of the series before its
#    annotation: the cut paragraph is one of the series too, a task with the text that survives
#    (SOURCES.md: a task cut off mid-paragraph keeps its text) and no role.

_SLOGAN_SERIES = (
    "某省数字农业行动方案\n"
    "一、总体要求\n"
    "力争到2026年，全省农业数字化水平明显提升。\n"
    "夯实“新底座”，农业数据资源更加完善。建成农业数据平台3个。（省农业农村厅牵头，省大数据局参与）\n"
    "激活“新场景”，智慧农场加快普及。建设智慧农场100家以上。（省农业农村厅牵头）\n"
    "壮大“新主体”，涉农企业数字化转型成效明显。支持龙头企业建设数字化车"
)


def test_a_cut_paragraph_of_an_assigned_slogan_series_is_a_task_too():
    titles = [t["title"] for t in _tasks(_draft(_SLOGAN_SERIES, PROVINCE))]
    assert titles == ["夯实“新底座”", "激活“新场景”", "壮大“新主体”"]


def test_a_whole_unannotated_paragraph_after_the_series_stays_a_goal_only():
    """Control: a paragraph that ends its sentence carries no annotation because it has none."""
    text = _SLOGAN_SERIES + "间。\n"
    titles = [t["title"] for t in _tasks(_draft(text, PROVINCE))]
    assert titles == ["夯实“新底座”", "激活“新场景”"]


# 8. A goals part that names its numeral scheme ("实现“1123”发展目标") and spells it out item
#    by item, each heading counting one of its parts ("（一）建设一个创新中心", "（三）培育两个
#    产业集群"): the heading's count names the part, no target; the figures the item's
#    paragraph dates stay targets.

_SCHEME_SPELLED_OUT = (
    "某市智能网联汽车产业发展行动方案\n"
    "一、发展目标\n"
    "到2027年，围绕研发、制造、应用等环节，实现“1123”发展目标。\n"
    "（一）建设一个创新中心\n"
    "建成智能网联汽车创新中心，到2027年集聚研发机构20家以上。\n"
    "（二）打造一个产业园区\n"
    "到2027年，园区入驻企业达到80家。\n"
    "（三）培育两个产业集群\n"
    "到2027年，整车及零部件产业规模突破300亿元。\n"
    "二、重点任务\n"
    "（一）建设测试道路。开放测试道路100公里。（市交通局牵头）\n"
)


def test_a_heading_spelling_out_a_part_of_the_numeral_scheme_is_no_target():
    assert _targets(_draft(_SCHEME_SPELLED_OUT)) == [
        (20, "家", "gte", 2027),
        (80, "家", "eq", 2027),
        (300, "亿元", "gt", 2027),
        (100, "公里", "eq", 2027),  # a task's figure: no heading of the scheme
    ]


def test_a_heading_counting_with_no_numeral_scheme_named_stays_a_target():
    """Control: with no scheme named, a heading's count is the item's own figure."""
    text = _SCHEME_SPELLED_OUT.replace("，实现“1123”发展目标", "，加快发展")
    assert (2, "个", "eq", 2027) in _targets(_draft(text))

"""Conventions of the genre met in real plans (the development corpus), each as a synthetic
snippet of the same form, drafted end to end through ``plan_draft``. Each failed on the importer
of eb557c6."""

from pilots.drafting import plan_draft
from pilots.plan_fixtures import plan_document_parse

CITY = {"slug": "x", "name": "某市", "level": "city"}
PROVINCE = {"slug": "p", "name": "某省", "level": "municipality"}


def _draft_of(text: str, zone: dict = CITY):
    """The draft of a snippet, with its review notes; a fixture that passes the checks."""
    draft = plan_draft(text, zone_slug=zone["slug"], source_file="x.txt", zone=zone)
    plan_document_parse(name="x.txt", text=draft.to_yaml())
    return draft


def _draft(text: str, zone: dict = CITY) -> dict:
    return _draft_of(text, zone).data


def _tasks(data: dict) -> list[dict]:
    found = []
    for section in data["sections"]:
        found += section.get("tasks", []) + _tasks({"sections": section.get("sections", [])})
    return found


def _labels(data: dict) -> dict[str, str]:
    """agency code → the form the text prints (its first alias, else its name)."""
    return {a["code"]: (a.get("aliases") or [a["name"]])[0] for a in data["agencies"]}


def _roles(data: dict, task: dict) -> dict[str, list[str]]:
    labels = _labels(data)
    roles: dict[str, list[str]] = {}
    for holder in [task, *task.get("clauses", [])]:
        for role in ("lead", "supporting", "responsible"):
            roles.setdefault(role, []).extend(labels[c] for c in holder.get(role, []))
    return {role: names for role, names in roles.items() if names}


def test_a_one_line_document_drafts_its_tasks_and_assignments():
    text = (
        "若干措施 为推动发展,制定如下措施。 一、加强创新 (一)支持研究。开展研究。"
        "(责任单位:市科技局) (二)支持平台。建设平台。(责任单位:市发改委、市财政局)"
    )
    data = _draft(text)
    assert [(t["title"], _roles(data, t)) for t in _tasks(data)] == [
        ("支持研究", {"responsible": ["市科技局"]}),
        ("支持平台", {"responsible": ["市发改委", "市财政局"]}),
    ]


def test_an_actor_named_once_is_responsible_for_every_later_task_even_one_cut_before_its_list():
    text = (
        "为推动发展，制定以下措施。\n一、丰富供给\n1.发放算力券。给予支持。\n"
        "牵头单位:市发改委;责任单位:市工信局、财政局,各县(区)人民政府、开发区管委会。"
        "以下均需各县(区)人民政府、开发区管委会按职责分工落实,不再列出\n"
        "2.发放模型券。给予支持。\n牵头单位:市发改委;责任单位:市工信局\n"
        "3.住房保障。为人工智能领域人员提供免租"
    )
    data = _draft(text)
    collective = ["各县(区)人民政府", "开发区管委会"]
    assert [_roles(data, t) for t in _tasks(data)] == [
        {"lead": ["市发改委"], "responsible": ["市工信局", "财政局", *collective]},
        {"lead": ["市发改委"], "responsible": ["市工信局", *collective]},
        {"responsible": collective},
    ]


def test_a_rule_stated_inside_the_first_annotation_governs_the_document():
    text = (
        "一、总体要求\n（一）指导思想。坚持创新。\n二、重点任务\n"
        "（一）强化研究。加强研究。（责任单位：省科技厅、省发展改革委。列第一位的为牵头单位，下同）\n"
        "（二）推进应用。推广应用。（责任单位：省经信厅、省科技厅）"
    )
    data = _draft(text, PROVINCE)
    assert [_roles(data, t) for t in _tasks(data)] == [
        {"lead": ["省科技厅"], "responsible": ["省发展改革委"]},
        {"lead": ["省经信厅"], "responsible": ["省科技厅"]},
    ]


def test_a_star_before_the_name_marks_the_lead():
    text = (
        "到2027年，打造标杆企业20个。\n一、推动应用\n（一）推进工业。支持应用。"
        "（责任单位：☆经信局、科技局。标☆的为牵头单位，下同。）\n"
        "（二）推进农业。支持农业。（责任单位：科技局、☆农业农村局）"
    )
    data = _draft(text)
    assert [_roles(data, t) for t in _tasks(data)] == [
        {"lead": ["经信局"], "responsible": ["科技局"]},
        {"lead": ["农业农村局"], "responsible": ["科技局"]},
    ]


def test_an_annotation_cut_by_the_end_of_the_copy_keeps_the_names_printed_in_full():
    text = (
        "一、夯实基础\n（一）强化规划。编制规划。（牵头单位:市发改委;责任单位:市科技局）\n"
        "（二）强化政策。制定政策。（牵头单位:市科技局;责任单位:市发改委、市税务局、市财"
    )
    data = _draft(text)
    assert _roles(data, _tasks(data)[1]) == {
        "lead": ["市科技局"],
        "responsible": ["市发改委", "市税务局"],
    }


def test_a_list_with_no_lead_named_is_responsible():
    text = (
        "二、重点任务\n（一）工业行动。推进应用。（省工业和信息化厅、省发展改革委等按职责分工负责）"
    )
    data = _draft(text, PROVINCE)
    assert _roles(data, _tasks(data)[0]) == {"responsible": ["省工业和信息化厅", "省发展改革委"]}


def test_a_body_printed_with_two_names_is_one_agency_and_a_place_list_one_collective():
    text = (
        "一、优化供给\n鼓励算力普惠供给。(责任单位:市经信局市新经济委)\n"
        "二、鼓励使用\n鼓励使用模型。(责任单位:市经信局市新经济委,各区〔县〕、新区数据管理部门)"
    )
    data = _draft(text)
    assert sorted(_labels(data).values()) == ["各区〔县〕、新区数据管理部门", "市经信局市新经济委"]


def _targets(data: dict) -> list[tuple]:
    return [
        (t["value"], t["unit"], t["comparator"], t["deadline"])
        for g in data["goals"]
        for t in g["targets"]
    ]


def _named_targets(data: dict) -> list[tuple]:
    return [
        (t["metric"], t["comparator"], t["value"], t["unit"], t["deadline"])
        for g in data["goals"]
        for t in g["targets"]
    ]


def test_goals_stated_in_the_opening_paragraph():
    text = (
        "为加快发展，力争到2027年，打造标杆企业20个，选树应用场景20个，推广“优品”20项，"
        "带动产业营收规模突破300亿元，制定本方案。\n"
        "一、推动应用\n（一）推进工业。支持应用。（责任单位：市经信局）"
    )
    data = _draft(text)
    assert _targets(data) == [
        (20, "个", "eq", 2027), (20, "个", "eq", 2027), (20, "项", "eq", 2027),
        (300, "亿元", "gt", 2027),
    ]  # fmt: skip
    assert data["goals"][0]["title"] == "力争到2027年"


def test_work_points_with_no_goals_part_hold_their_figures_in_their_items():
    text = (
        "数智某省建设2026年工作要点\n为推进建设，制定本工作要点。\n"
        "1.发展算力产业。组织开展供需对接。集聚生态企业累计达到150家。（责任单位：省大数据局）\n"
        "2.发展数据产业。全省从事数据标注人员达到2万人以上。（责任单位：省大数据局）\n"
        "3.发展应用。培育10个以上行业标杆，单个项目最高支持200万元。（责任单位：省科技厅）"
    )
    data = _draft(text, PROVINCE)
    assert _targets(data) == [(150, "家", "eq", 2026), (20000, "人", "gte", 2026),
                              (10, "个", "gte", 2026)]  # fmt: skip
    assert [g["title"] for g in data["goals"]] == ["发展算力产业", "发展数据产业", "发展应用"]


def test_measures_whose_figures_are_the_terms_of_support_have_no_targets():
    text = (
        "某市支持人工智能发展若干措施\n为推动发展，制定如下措施。\n一、加强供给\n"
        "1.强化算力供给。鼓励建设算力中心，提供二期服务。（责任单位：市科技局）\n"
        "2.提高使用效率。对企业给予不超过合同额20%的补助，每年不超过100万元。（责任单位：市工信局）\n"
        "3.发放券。每年发放最高5亿元“训力券”，对新建100P以上的项目给予贴息。（责任单位：市财政局）"
    )
    assert _draft(text)["goals"] == []


def test_an_item_cut_right_after_its_number_is_no_task():
    text = "一、加大支持\n（一）强化攻关。支持攻关。（责任单位：科技厅）\n（二）强"
    assert [t["title"] for t in _tasks(_draft(text, PROVINCE))] == ["强化攻关"]

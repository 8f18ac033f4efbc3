"""Conventions of whole plans that the synthetic_bh set (SYNTHETIC_BH.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft``. Each failed on the importer before its rule unless marked as a
control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _targets, _tasks

DISTRICT = {"slug": "d", "name": "某某区", "level": "district"}

# 1. A box printed with no number: "专栏　某某区“人工智能+”重点项目" on a line of its own (its space
#    kept or lost by a copy), the whole line a title naming what the box lists. It is a box as
#    专栏1 … is: a box of projects after a measure annotated on its own line lists projects with
#    their investment — no task, no target (SOURCES.md, 专栏 boxes), the measure before it keeping
#    its roles. Before, 专栏 with no number opened nothing: the projects 1.–3. were drafted as the
#    measure's sub-items, each a task carrying the measure's roles, the measure itself a section.


def _project_box(title_line: str) -> str:
    return (
        "某某区“人工智能+”行动方案（2026—2027年）\n"
        "第一章　总体要求\n到2027年，全区人工智能核心产业营业收入达到20亿元。\n"
        "第二章　培育产业生态\n"
        "（一）建设智能算力平台。推动区级算力调度平台建设，打造普惠算力服务体系，降低企业用算成本。\n"
        "牵头单位：区数据局　配合单位：区财政局\n"
        "（二）发展数字内容产业。支持企业运用人工智能开展动漫、影视等内容创作，培育数字内容企业集群。\n"
        "牵头单位：区文化和旅游局　配合单位：区科技局\n"
        f"{title_line}\n"
        "1.数字内容产业园项目。改造存量厂房，建设数字内容孵化载体，总投资约3亿元。\n"
        "2.智能算力调度中心项目。建设区级算力调度和运营中心，总投资约9000万元。\n"
        "3.智慧街区改造项目。建设街区智能感知和导览系统，总投资约5000万元。\n"
        "第三章　拓展应用场景\n"
        "（三）推进智慧养老。建设智慧养老服务平台，打造智慧养老院3家。\n"
        "牵头单位：区民政局\n"
        "第四章　保障措施\n（四）加强组织领导。建立工作推进机制，统筹推进重点工作。\n"
    )


def _project_box_read(title_line: str) -> None:
    data = _draft(_project_box(title_line), DISTRICT)
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == [
        "建设智能算力平台", "发展数字内容产业", "推进智慧养老", "加强组织领导",
    ]  # fmt: skip
    assert _roles(data, tasks[1]) == {"lead": ["区文化和旅游局"], "supporting": ["区科技局"]}
    targets = _targets(data)
    assert not [t for t in targets if t[1] in ("亿元", "万元") and t[0] in (3, 9000, 5000)]
    assert (3, "家", "eq", 2027) in targets


def test_a_box_of_projects_printed_with_no_number_lists_no_task():
    _project_box_read("专栏　某某区“人工智能+”重点项目")


def test_a_box_with_no_number_whose_space_a_copy_lost_is_read_the_same():
    _project_box_read("专栏某某区“人工智能+”重点项目")


def test_control_a_numbered_box_of_projects_is_still_read():
    _project_box_read("专栏1　某某区“人工智能+”重点项目")


# 2. The same unnumbered form titling a box of engineering (专栏 “人工智能+”重点工程) after a group
#    whose items 1.–3. restart in each group: the plan's named programmes, a section of kind
#    engineering beside the group, each item a task of it (SOURCES.md, 专栏 boxes). Before, the
#    box's items 1.–3. were drafted as the group's items a second time (numbers printed twice).


def _engineering_box(title_line: str) -> str:
    return (
        "某市“人工智能+”行动实施方案（2026—2028年）\n"
        "一、主要目标\n到2028年，全市人工智能核心产业规模达到60亿元。\n"
        "二、重点任务\n（一）夯实发展基础\n"
        "1.建设算力设施。推动智算中心扩容升级，提升算力供给能力。（市发展改革委牵头，市数据局配合）\n"
        "2.推进数据开放。建设公共数据开放平台，推动数据有序流通。（市数据局负责）\n"
        "（二）拓展应用场景\n"
        "1.推进智能制造。推广工业大模型应用，推动企业智能化改造。（市工业和信息化局牵头）\n"
        "2.发展智慧农业。推广智能农机和农业遥感监测。（市农业农村局负责）\n"
        f"{title_line}\n"
        "1.算力提升工程。建设城市智算中心，2027年底前建成投用，形成智能算力300P。\n"
        "2.人才集聚工程。到2028年引进培养人工智能领域专业人才800名。\n"
        "三、保障措施\n（一）加强组织领导。建立工作推进机制。\n"
    )


def test_a_box_of_engineering_printed_with_no_number_is_a_section_of_its_projects():
    data = _draft(_engineering_box("专栏 “人工智能+”重点工程"))
    boxes = [s for s in data["sections"] if s["kind"] == "engineering"]
    assert [[t["title"] for t in s["tasks"]] for s in boxes] == [["算力提升工程", "人才集聚工程"]]
    titles = [t["title"] for t in _tasks(data)]
    assert titles.count("算力提升工程") == 1
    assert (300, "P", "eq", 2027) in _targets(data)


def test_control_a_numbered_box_of_engineering_is_still_a_section():
    data = _draft(_engineering_box("专栏1 “人工智能+”重点工程"))
    boxes = [s for s in data["sections"] if s["kind"] == "engineering"]
    assert [[t["title"] for t in s["tasks"]] for s in boxes] == [["算力提升工程", "人才集聚工程"]]


def test_control_an_unnumbered_box_of_engineering_of_named_lines_holds_no_task():
    """Lines "X工程：…" with no number under an unnumbered 工程 title read as the box's text, as
    they did before the title was read for a box's (the seen sets' extractions read them so)."""
    text = _engineering_box("专栏 “人工智能+”重点工程")
    for number, name in (("1.", "算力提升工程"), ("2.", "人才集聚工程")):
        text = text.replace(f"{number}{name}。", f"{name}：")
    data = _draft(text)
    assert not [s for s in data["sections"] if s["kind"] == "engineering"]
    assert [t["title"] for t in _tasks(data)] == [
        "建设算力设施", "推进数据开放", "推进智能制造", "发展智慧农业", "加强组织领导",
    ]  # fmt: skip


# Controls: a line that opens on 专栏 but is a sentence (开设专栏 wrapped onto it, a comma in it)
# or names nothing a box lists is text, never a box — the measures after it stay tasks.


def _line_after_item(line: str) -> str:
    return (
        "某某区“人工智能+”行动方案（2026—2027年）\n"
        "第一章　重点任务\n"
        "（一）加强宣传引导。在区融媒体中心开设人工智能\n"
        f"{line}\n"
        "牵头单位：区委宣传部\n"
        "（二）推进智慧养老。建设智慧养老服务平台。\n"
        "牵头单位：区民政局\n"
    )


def test_control_a_sentence_opening_on_zhuanlan_is_no_box():
    data = _draft(_line_after_item("专栏，宣传推广典型案例和先进经验。"), DISTRICT)
    assert [t["title"] for t in _tasks(data)] == ["加强宣传引导", "推进智慧养老"]


def test_control_a_short_line_opening_on_zhuanlan_naming_no_list_is_no_box():
    data = _draft(_line_after_item("专栏宣传报道典型经验"), DISTRICT)
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == ["加强宣传引导", "推进智慧养老"]
    assert _roles(data, tasks[0]) == {"lead": ["区委宣传部"]}

"""The review marks where a task's agencies come from when a table prints them: the role cells
(牵头单位 | 配合单位 columns) of the task's own row, or of the annex row naming it. Only bracketed
annotations were marked, so a plan whose tasks are a table's rows showed "0 处责任单位标注"."""

from pilots.drafting.importer import plan_draft
from pilots.drafting.passages import passages_locate

HEAD = "某市推进“人工智能+”行动方案\n一、总体要求\n到2027年，培育人工智能企业100家。\n"
SAFEGUARDS = "三、保障措施\n（一）加强组织领导。建立工作机制。\n"
TABLE = [
    "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |",
    "1 | 建设智能算力中心，新增智能算力30P。 | 市发展改革委 | 市数据局 | 2026年底 |",
    "2 | 推进公共数据开放，开放数据集50个。 | 市数据局 | 市财政局、各区县政府 | 2027年 |",
    "3 | 培育人工智能骨干企业。 | 市工信局 |  | 持续推进 |",
]


def _marked(text: str) -> list[tuple[str, str]]:
    data = plan_draft(text, zone_slug="demo", source_file="demo").data
    return [
        (p.path, text[p.start : p.end])
        for p in passages_locate(text, data)
        if p.kind == "annotation"
    ]


def test_a_task_tables_role_cells_are_the_rows_annotations():
    text = HEAD + "二、重点任务\n" + "\n".join(TABLE) + "\n" + SAFEGUARDS
    assert [cell for _, cell in _marked(text)] == [
        "市发展改革委", "市数据局",
        "市数据局", "市财政局、各区县政府",
        "市工信局",
    ]  # fmt: skip


def test_a_division_annexs_role_cells_annotate_the_task_the_row_names():
    text = (
        HEAD + "二、重点任务\n（一）夯实算力基础\n1.建设智能算力中心。统筹建设算力中心。\n"
        "2.推进公共数据开放。开放公共数据。\n（二）推动产业发展\n3.培育人工智能骨干企业。支持企业做大做强。\n"
        + SAFEGUARDS
        + "附件：重点任务分工表\n"
        + "\n".join(TABLE).replace("，新增智能算力30P。", "").replace("，开放数据集50个。", "")
    )
    marked = _marked(text)
    assert [(path.split(".annotations")[0], cell) for path, cell in marked] == [
        ("sections[0].tasks[0]", "市发展改革委"), ("sections[0].tasks[0]", "市数据局"),
        ("sections[0].tasks[1]", "市数据局"), ("sections[0].tasks[1]", "市财政局、各区县政府"),
        ("sections[1].tasks[0]", "市工信局"),
    ]  # fmt: skip


def test_a_bracketed_annotation_is_marked_as_before_and_a_table_without_roles_marks_nothing():
    text = (
        HEAD
        + "二、重点任务\n1.建设算力中心。（牵头单位：市发展改革委；配合单位：市数据局）\n"
        + "序号 | 项目 | 投资 |\n1 | 算力中心 | 5亿元 |\n"
        + SAFEGUARDS
    )
    assert [cell for _, cell in _marked(text)] == ["（牵头单位：市发展改革委；配合单位：市数据局）"]

"""Plans whose tasks sit only in an annex table (附件：重点任务分工表): the body gives headings or
general text, the rows of the annex are the tasks. Each plan here is a short text written to test
the form (not a real plan), read as text, from a Word table and from a web page."""

import pytest

from pilots.drafting import document_read, plan_draft
from pilots.drafting.tables import table_lines
from pilots.drafting.text_tables import text_tables_as_lines
from tests.pilots.drafting.conftest import docx_bytes, pdf_bytes
from tests.pilots.drafting.test_genre_conventions import CITY, _roles, _tasks

# the checks below read the annex's review note in English
pytestmark = pytest.mark.usefixtures("english_notes")


def _draft(text: str):
    return plan_draft(text, zone_slug=CITY["slug"], source_file="x.txt", zone=CITY)


def _reviews(draft) -> str:
    return "\n".join(note for notes in draft.reviews.values() for note in notes)


BODY = (
    "某市推进“人工智能+”行动实施方案\n一、总体要求\n到2027年，培育人工智能企业100家。\n"
    "二、重点任务\n围绕算力、数据和应用，组织实施以下重点任务，具体分工见附件。\n"
    "三、保障措施\n（一）加强组织领导。建立工作推进机制。\n附件：重点任务分工表\n"
)
HEADER = ["序号", "类别", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
ROWS = [
    ["1", "夯实算力基础", "建设智能算力中心", "统筹建设城市智算中心。", "市发展改革委", "市数据局",
     "2026年底"],
    ["2", "", "推进公共数据开放", "开放高质量数据集。", "市数据局", "市财政局", "2027年"],
    ["3", "推动产业发展", "培育骨干企业", "支持企业做大做强。", "市工信局", "市科技局", "持续推进"],
    ["4", "", "建设应用场景", "发布应用场景清单。", "", "各区县政府", "2027年"],
]  # fmt: skip
EXPECTED_TITLES = [
    "建设智能算力中心", "推进公共数据开放", "培育骨干企业", "建设应用场景", "加强组织领导",
]  # fmt: skip
EXPECTED_ROLES = [
    {"lead": ["市发展改革委"], "supporting": ["市数据局"]},
    {"lead": ["市数据局"], "supporting": ["市财政局"]},
    {"lead": ["市工信局"], "supporting": ["市科技局"]},
    {"lead": ["市工信局"], "supporting": ["各区县政府"]},  # a blank merged cell: the value above
    {},
]


def _section_titles(data: dict) -> list[str]:
    return [s["title"] for s in data["sections"]]


def _check(draft) -> None:
    data = draft.data
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == EXPECTED_TITLES
    assert [_roles(data, t) for t in tasks] == EXPECTED_ROLES
    assert "统筹建设城市智算中心" in tasks[0]["text"]
    assert "2026年底" not in tasks[0]["text"]
    assert _section_titles(data)[:2] == ["夯实算力基础", "推动产业发展"]
    assert "read from the annex" in _reviews(draft)


def test_tasks_only_in_an_annex_text_table_are_read_from_its_rows():
    table = "\n".join(" | ".join(row) + " |" for row in [HEADER, *ROWS])
    _check(_draft(BODY + table))


def test_category_rows_a_repeated_header_and_a_row_going_on_with_a_merged_task_are_no_tasks():
    header = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["一、夯实算力基础", "", "", "", "", ""],
        ["1", "建设智能算力中心", "统筹建设城市智算中心。", "市发展改革委", "市数据局", "2026年底"],
        ["", "", "推动算力券发放。", "", "", "2026年"],  # the merged task's second measure
        ["2", "推进公共数据开放", "开放高质量数据集。", "市数据局", "市财政局", "2027年"],
        header,  # printed again at the top of the next page
        ["二、推动产业发展", "", "", "", "", ""],
        ["3", "培育骨干企业", "支持企业做大做强。", "市工信局", "市科技局", "持续推进"],
        ["4", "建设应用场景", "发布应用场景清单。", "", "各区县政府", "2027年"],
    ]  # fmt: skip
    table = "\n".join(" | ".join(row) + " |" for row in [header, *rows])
    assert "具体措施。" not in text_tables_as_lines(table)  # the header printed again is no row
    draft = _draft(BODY + table)
    _check(draft)
    assert "推动算力券发放" in _tasks(draft.data)[0]["text"]


def test_a_body_of_bare_headings_takes_its_tasks_from_the_annex():
    body = BODY.replace(
        "围绕算力、数据和应用，组织实施以下重点任务，具体分工见附件。",
        "（一）夯实算力基础\n（二）推动产业发展",
    )
    table = "\n".join(" | ".join(row) + " |" for row in [HEADER, *ROWS])
    draft = _draft(body + table)
    assert [t["title"] for t in _tasks(draft.data)] == EXPECTED_TITLES


def test_tasks_only_in_an_annex_word_table_with_merged_cells(tmp_path):
    # 类别 and a lead merged down: Word repeats the cell in each row
    merged = [(1, 1, 2), (1, 3, 4), (4, 3, 4)]
    path = tmp_path / "plan.docx"
    path.write_bytes(docx_bytes(BODY.splitlines(), [HEADER, *ROWS], merged_down=merged))
    _check(_draft(document_read(path).text))


def test_tasks_only_in_an_annex_html_table_with_rowspans(tmp_path):
    cells = "".join(f"<th>{c}</th>" for c in HEADER)
    body_rows = [f"<tr>{cells}</tr>"]
    for row in ROWS:
        tds = []
        for c, value in enumerate(row):
            if not value:
                continue  # covered by the rowspan of the cell above
            span = ' rowspan="2"' if (c == 1 or (c == 4 and row[0] == "3")) else ""
            tds.append(f"<td{span}>{value}</td>")
        body_rows.append("<tr>" + "".join(tds) + "</tr>")
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY.splitlines())
    page = (
        "<html><head><meta charset='utf-8'></head><body><div class='article'>"
        f"{paragraphs}<table>{''.join(body_rows)}</table></div></body></html>"
    )
    path = tmp_path / "plan.html"
    path.write_text(page, encoding="utf-8")
    _check(_draft(document_read(path).text))


def test_tasks_only_in_an_annex_ruled_pdf_table(tmp_path, chromium):
    lines = [*BODY.splitlines(), "抄送：市委各部门。"]
    path = tmp_path / "plan.pdf"
    path.write_bytes(
        pdf_bytes(chromium, lines, "某市人民政府文件", {len(lines) - 1: [HEADER, *ROWS]})
    )
    _check(_draft(document_read(path).text))


def _table(rows: list[list[str]]) -> str:
    return "\n".join(" | ".join(row) + " |" for row in rows)


def test_an_annex_longer_than_the_body_opened_by_its_number_and_a_title_line():
    body = BODY.replace("附件：重点任务分工表\n", "附件1\n某市推进“人工智能+”行动重点任务清单\n")
    more = [
        [str(n), "", f"推进应用{n}", "推广应用。", "市工信局", "", "2027年"] for n in range(5, 30)
    ]
    draft = _draft(body + _table([HEADER, *ROWS, *more]))
    titles = [t["title"] for t in _tasks(draft.data)]
    assert titles[:4] == EXPECTED_TITLES[:4]
    assert len(titles) == 4 + 25 + 1


def test_a_header_of_two_rows_names_the_role_columns_in_its_second():
    """A blank cell of the first row is one merged with the cell before it (a page, a PDF)."""
    header = [
        ["序号", "重点任务", "责任单位", "责任单位", "完成时限"],  # Word repeats the merged cells
        ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"],
    ]
    rows = [
        ["1", "建设智能算力中心", "市发展改革委", "市数据局", "2026年底"],
        ["2", "推进公共数据开放", "市数据局", "市财政局", "2027年"],
        ["3", "培育骨干企业", "市工信局", "市科技局", "持续推进"],
    ]
    title = ["某市重点任务分工表"] * 5  # a title row across the table
    assert table_lines([title, header[1], *rows])[0] == (
        "1.建设智能算力中心。（牵头单位：市发展改革委；配合单位：市数据局；完成时限：2026年底）"
    )  # as Word gives it; the time column becomes the task's due date
    for first in (header[0], ["序号", "重点任务", "责任单位", "", "完成时限"], title):
        data = _draft(BODY + _table([first, header[1], *rows])).data
        tasks = _tasks(data)
        assert [t["title"] for t in tasks] == [*EXPECTED_TITLES[:3], "加强组织领导"]
        assert [_roles(data, t) for t in tasks[:3]] == EXPECTED_ROLES[:3]


def test_a_column_of_merged_cells_before_the_task_column_is_a_category_whatever_its_name():
    header = ["序号", "专项行动", "重点任务", "牵头单位", "配合单位"]
    rows = [[row[0], row[1], f"{row[2]}。{row[3]}", row[4], row[5]] for row in ROWS]
    data = _draft(BODY + _table([header, *rows])).data
    assert [t["title"] for t in _tasks(data)] == EXPECTED_TITLES
    assert _section_titles(data)[:2] == ["夯实算力基础", "推动产业发展"]


def test_columns_of_leaders_timing_and_remarks_are_no_part_of_the_task():
    header = ["序号", "重点任务", "责任领导", "牵头单位", "配合单位", "完成时间节点", "备注"]
    rows = [
        [r[0], f"{r[2]}。{r[3]}", "张副市长", r[4], r[5], "2026年12月底前", "按季度报送"]
        for r in ROWS
    ]
    tasks = _tasks(_draft(BODY + _table([header, *rows])).data)
    assert [t["title"] for t in tasks] == EXPECTED_TITLES
    assert not any(word in tasks[0]["text"] for word in ("张副市长", "12月底前", "按季度报送"))


def test_a_body_with_its_own_annotated_tasks_keeps_them_beside_a_longer_project_list():
    body = BODY.replace(
        "围绕算力、数据和应用，组织实施以下重点任务，具体分工见附件。",
        "（一）夯实算力基础。建设算力中心。（责任单位：市发展改革委）\n"
        "（二）推动产业发展。培育骨干企业。（责任单位：市工信局）",
    ).replace("重点任务分工表", "重点项目清单")
    header = ["序号", "项目名称", "建设内容", "责任单位", "建设期限"]
    rows = [[str(n), f"智算项目{n}", "建设智算设施。", "某公司", "2026年"] for n in range(1, 11)]
    tasks = _tasks(_draft(body + _table([header, *rows])).data)
    assert [t["title"] for t in tasks] == ["夯实算力基础", "推动产业发展", "加强组织领导"]


def test_a_task_cell_printing_its_own_number_and_a_word_cell_merged_over_two_measures(tmp_path):
    rows = [
        ["1", "（一）建设智能算力中心", "统筹建设城市智算中心。", "市发展改革委", "市数据局"],
        ["", "", "推动算力券发放。", "", ""],
        ["2", "（二）推进公共数据开放", "开放高质量数据集。", "市数据局", "市财政局"],
        ["3", "（三）培育骨干企业", "支持企业做大做强。", "市工信局", "市科技局"],
    ]
    header = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位"]
    # 序号, 重点任务 and the units merged down over the two measures
    merged = [(c, 1, 2) for c in (0, 1, 3, 4)]
    path = tmp_path / "plan.docx"
    path.write_bytes(docx_bytes(BODY.splitlines(), [header, *rows], merged_down=merged))
    data = _draft(document_read(path).text).data
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == [*EXPECTED_TITLES[:3], "加强组织领导"]
    assert "推动算力券发放" in tasks[0]["text"]
    assert [_roles(data, t) for t in tasks[:3]] == EXPECTED_ROLES[:3]


def test_a_body_of_paragraphs_without_numbers_takes_its_tasks_from_the_annex():
    body = (
        "某市推进“人工智能+”行动实施方案\n为加快人工智能赋能千行百业，制定本方案。"
        "到2027年，培育人工智能企业100家。\n各部门要按照附件分工抓好落实。\n附件：重点任务分工表\n"
    )
    draft = _draft(body + _table([HEADER, *ROWS]))
    assert [t["title"] for t in _tasks(draft.data)] == EXPECTED_TITLES[:4]
    assert _section_titles(draft.data) == ["夯实算力基础", "推动产业发展"]
    assert "read from the annex" in _reviews(draft)


def test_an_annex_holding_one_part_s_tasks_beside_an_engineering_part_of_the_body():
    """The key-task part prints its section headings (the table's categories) and the tasks are
    the annex's rows; an engineering part prints its own unannotated items, more than the rows.
    The rows are the key-task part's tasks; the engineering part keeps its items, and takes no
    agencies from rows whose titles resemble them."""
    items = [f"（{n}）{name}工程。推进{name}建设。" for n, name in
             zip("一二三四五六七", ["算力", "数据", "模型", "场景", "人才", "园区", "生态"],
                 strict=True)]  # fmt: skip
    text = (
        "某市人工智能产业发展规划\n一、发展目标\n到2027年，培育人工智能企业100家。\n"
        "二、主要任务\n（一）夯实算力基础\n统筹算力和数据资源。\n（二）推动产业发展\n"
        "培育产业集群。\n三、重点工程\n" + "\n".join(items) + "\n"
        "四、保障措施\n（一）加强组织领导。建立工作推进机制。\n附件：重点任务分工表\n"
        + "\n".join(" | ".join(row) + " |" for row in [HEADER, *ROWS])
    )
    data = _draft(text).data
    titles = [t["title"] for t in _tasks(data)]
    assert titles[:4] == EXPECTED_TITLES[:4]
    assert [f"{name}工程" for name in ["算力", "数据", "模型"]] == titles[4:7]
    assert len(titles) == 4 + 7 + 1
    assert all(not _roles(data, t) for t in _tasks(data)[4:])


# A body whose tasks carry their own annotations, and an annex listing the year's tasks of its own
# (2026年重点任务清单): rows no body task names, under a title naming a list of tasks.
OWN_BODY = (
    "某区推进“人工智能+”行动实施方案\n一、发展目标\n到2027年，培育人工智能企业100家。\n"
    "二、重点任务\n（一）夯实算力基础。建设算力中心。（牵头单位：区发改局；责任单位：区数据局）\n"
    "（二）推动产业发展。培育骨干企业。（牵头单位：区经信局；责任单位：区科技局）\n"
    "三、保障措施\n（一）加强组织领导。建立工作推进机制。\n"
    "附件\n某区“人工智能+”行动2026年重点任务清单\n"
)
OWN_HEADER = ["序号", "任务名称", "工作内容", "牵头单位", "配合单位", "完成时限"]
OWN_ROWS = [
    ["1", "编制产业地图", "梳理企业，编制产业地图。", "区经信局", "区商务局", "2026年6月底前"],
    ["2", "开放首批场景", "推动20个以上场景落地。", "区数据局", "区经信局", "2026年9月底前"],
    ["3", "举办创新大赛", "举办区级人工智能创新创业大赛。", "区科技局", "区财政局", "2026年10月底"],
]  # fmt: skip


def test_an_annex_list_of_the_year_s_own_tasks_stands_beside_the_body_s_annotated_tasks():
    draft = _draft(OWN_BODY + _table([OWN_HEADER, *OWN_ROWS]))
    data = draft.data
    tasks = _tasks(data)
    body = ["夯实算力基础", "推动产业发展", "加强组织领导"]
    assert [t["title"] for t in tasks] == [*body, "编制产业地图", "开放首批场景", "举办创新大赛"]
    assert _roles(data, tasks[0]) == {"lead": ["区发改局"], "responsible": ["区数据局"]}
    assert _roles(data, tasks[3]) == {"lead": ["区经信局"], "supporting": ["区商务局"]}
    assert tasks[4]["due"] == "2026-09-30"
    assert "listed beside the body's tasks" in _reviews(draft)


def test_an_annex_list_of_projects_or_a_division_of_the_body_s_tasks_adds_no_task():
    for title, rows in (
        ("某区“人工智能+”行动2026年重点项目清单", OWN_ROWS),
        ("某区“人工智能+”行动重点任务分工表", OWN_ROWS),
        (  # the rows name the body's tasks: they divide them, they are no tasks of their own
            "某区“人工智能+”行动2026年重点任务清单",
            [["1", "夯实算力基础", "建设算力中心。", "区发改局", "区数据局", "2026年底前"],
             ["2", "推动产业发展", "培育骨干企业。", "区经信局", "区科技局", "2026年底前"]],
        ),
    ):  # fmt: skip
        body = OWN_BODY.replace("某区“人工智能+”行动2026年重点任务清单", title)
        tasks = _tasks(_draft(body + _table([OWN_HEADER, *rows])).data)
        assert [t["title"] for t in tasks] == ["夯实算力基础", "推动产业发展", "加强组织领导"]


def test_a_role_cell_holding_two_names_one_under_the_other_names_both(tmp_path):
    """A 牵头单位 cell of two names on lines of their own, no 、 between them (an office's hand in
    a city's 重点任务清单): both lead; a name wrapped over two lines of its cell stays one."""
    rows = [
        ["1", "建设智能算力中心", "统筹建设城市智算中心。", "市人社局\n市教体局", "市数据局"],
        ["2", "推进公共数据开放", "开放高质量数据集。", "市数据局", "市发展和改革\n委员会"],
        ["3", "培育骨干企业", "支持企业做大做强。", "市工信局", "市科技局"],
    ]
    header = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位"]
    path = tmp_path / "plan.docx"
    path.write_bytes(docx_bytes(BODY.splitlines(), [header, *rows]))
    data = _draft(document_read(path).text).data
    tasks = _tasks(data)
    assert [t["title"] for t in tasks][:3] == EXPECTED_TITLES[:3]
    assert _roles(data, tasks[0]) == {"lead": ["市人社局", "市教体局"], "supporting": ["市数据局"]}
    assert _roles(data, tasks[1])["supporting"] == ["市发展和改革委员会"]


def test_the_annexs_categories_are_the_body_headings_they_title_with_their_numbers():
    """那曲's form: the body prints 二、重点任务 with its headings （一）（二）, the annex's 类别
    cells title them. The categories were sections 附件1, 附件2 of the table's own part; they are
    the body's 二、(一), 二、(二) of part 重点任务, as a body's sections are drafted, and their
    rows' codes follow."""
    body = BODY.replace(
        "围绕算力、数据和应用，组织实施以下重点任务，具体分工见附件。",
        "（一）夯实算力基础\n（二）推动产业发展",
    )
    table = "\n".join(" | ".join(row) + " |" for row in [HEADER, *ROWS])
    sections = _draft(body + table).data["sections"][:2]
    assert [(s["code"], s["numbering"], s["part"], s["title"]) for s in sections] == [
        ("二.(一)", "二、(一)", "重点任务", "夯实算力基础"),
        ("二.(二)", "二、(二)", "重点任务", "推动产业发展"),
    ]
    codes = [[t["code"] for t in s["tasks"]] for s in sections]
    assert codes == [["二.(一).1", "二.(一).2"], ["二.(二).3", "二.(二).4"]]


def test_control_categories_the_body_does_not_print_stay_the_tables_sections():
    table = "\n".join(" | ".join(row) + " |" for row in [HEADER, *ROWS])
    sections = _draft(BODY + table).data["sections"]
    assert [(s["numbering"], s["title"]) for s in sections[:2]] == [
        ("附件1", "夯实算力基础"),
        ("附件2", "推动产业发展"),
    ]

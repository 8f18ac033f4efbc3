"""Plans as the .docx files government offices issue them (``issued_word``): the issuing frame
(红头, 文号, notice, signature, 版记), Word's list numbering linked to heading styles, the annex's
division-of-work table on a landscape section, tracked changes, comments and footnotes. Each
drafts as its plain text does."""

import io
import re
from pathlib import Path

from pilots.drafting import plan_draft
from pilots.drafting.inputs import document_from_bytes
from pilots.plan_fixtures import plan_document_parse
from pilots.plan_sections import tasks_in_print_order
from tests.pilots.drafting.conftest import _corpus_draft
from tests.pilots.drafting.issued_word import Frame, Options, issued_docx

CORPUS = Path(__file__).resolve().parents[1] / "plans_corpus"

PLAN = """青山市人工智能产业发展行动方案（2025—2027年）
为加快人工智能产业发展，制定本方案。
一、主要任务
（一）建设智算中心。到2027年，建成智算中心3个，智能算力规模达到5000PFlops。（牵头单位：市发展改革委；配合单位：市数据局、市经济信息委）
（二）培育骨干企业。实施企业梯度培育计划，到2027年，培育人工智能企业100家。（牵头单位：市经济信息委；配合单位：市科技局）
（三）开放应用场景。每年发布应用场景清单，打造典型应用场景50个。（牵头单位：市经济信息委；配合单位：市数据局）
二、保障措施
（一）加强组织领导。建立联席会议制度，统筹推进各项工作。（牵头单位：市科技局）
（二）加大资金支持。统筹用好各类专项资金，支持重大项目建设。（牵头单位：市财政局；配合单位：市发展改革委）"""


def _drafted(text: str) -> dict:
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan")
    return plan_document_parse(name="draft", text=draft.to_yaml()).data


def _tasks(data: dict) -> list[tuple[str, str, dict]]:
    codes = {agency["code"]: agency["name"] for agency in data["agencies"]}
    roles = ("lead", "responsible", "supporting")
    return [
        (task["title"], task["text"], {r: [codes[c] for c in task.get(r, [])] for r in roles})
        for _, task in tasks_in_print_order(data["sections"])
    ]


def _word(options: Options, text: str = PLAN) -> dict:
    return _drafted(document_from_bytes("plan.docx", issued_docx(text, options)).text)


def test_the_record_of_an_issued_file_is_no_part_of_its_last_task():
    """The 版记 closing an issued file (抄送：市委各部门，… and "青山市人民政府办公厅 2025年3月1日
    印发", GB/T 9704's last lines) went into the text of the plan's last task."""
    issued = _word(Options(frame=Frame(), word_numbers=False))
    assert _tasks(issued) == _tasks(_drafted(PLAN))
    assert not any("抄送" in text or "印发" in text for _, text, _ in _tasks(issued))
    record = "抄送：市委各部门，市人大常委会办公厅。\n青山市人民政府办公厅  2025年3月1日印发"
    assert _tasks(_drafted(f"{PLAN}\n{record}")) == _tasks(_drafted(PLAN))


def test_an_issued_file_numbered_by_word_with_revisions_comments_and_footnotes_drafts_as_its_text():
    """Headings in Heading 1 / Heading 2 numbered by the list linked to those styles (Word omits
    level 0 in the style's numPr), tracked changes left in, reviewers' comments and footnotes:
    the same tasks, texts and units as the plain text."""
    options = Options(revisions=True, comments=True, footnotes=True)
    assert _tasks(_word(options)) == _tasks(_drafted(PLAN))


def test_an_annex_division_table_assigns_units_to_the_body_s_unannotated_tasks_once():
    """附件：重点任务分工表 on a landscape section (a row of one merged cell per part, a lead unit
    merged down over consecutive rows) beside a body whose tasks carry no annotation: each task
    once, with the units its row names, as the annotated text has them."""
    tasks = _tasks(_word(Options(division=True)))
    assert [(title, units) for title, _, units in tasks] == [
        (title, units) for title, _, units in _tasks(_drafted(PLAN))
    ]
    assert not any("牵头单位" in text for _, text, _ in tasks)


def test_the_rows_of_a_division_table_are_annotations_of_tasks_not_stray_ones():
    """The draft's header said "原文有 5 处单位标注，其中 0 处在任务文本内：其余不属于任何任务",
    the reviewer told that the table's rows, which assigned every task, belonged to none."""
    text = document_from_bytes("plan.docx", issued_docx(PLAN, Options(division=True))).text
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan")
    assert not [line for line in draft.header if "处单位标注" in line]


def test_the_stray_annotations_note_never_counts_more_in_tasks_than_in_the_source():
    """The draft of a PDF whose annex task list gives its rows' units said "原文有 13 处单位标注，
    其中 31 处在任务文本内：其余不属于任何任务" (seen on the review page): the rows' units count
    as carried, beyond the source's bracketed annotations, and nothing was stray."""
    yinzhou = CORPUS / "synthetic_i" / "yinzhou-ai-plus-2026-synthetic.yaml"
    _expected, draft = _corpus_draft(yinzhou)
    notes = [line for line in draft.header if "处单位标注" in line]
    for note in notes:
        found, carried = map(int, re.findall(r"(\d+) 处", note))
        assert carried < found, note


def test_tasks_only_in_the_annex_division_table_are_its_rows():
    """The same table where the body lists no task (its parts only): the rows are the tasks,
    each with its units; the safeguards' rows as well."""
    tasks = _tasks(_word(Options(division_only=True)))
    assert [(title, units) for title, _, units in tasks] == [
        (title, units) for title, _, units in _tasks(_drafted(PLAN))
    ]


DIVISION = """青山市人工智能产业发展行动方案
一、主要任务
（一）建设智算中心。到2027年，建成智算中心3个。
（二）培育骨干企业。实施企业梯度培育计划，到2027年，培育人工智能企业100家。
（三）开展人工智能培训。面向干部和企业员工开展人工智能专题培训。
附件
重点任务分工表
| 序号 | 重点任务 | 具体举措 | 牵头单位 | 配合单位 |
| 1 | 建设智算中心 | 建成智算中心3个 | 市发展改革委 | 市数据局 |
| 2 | 培育骨干企业 | 支持企业建设智算中心，开展人工智能培训 | 市经济信息委 | 市科技局 |"""


def test_a_division_row_goes_to_the_task_its_task_cell_names_not_to_those_its_measures_mention():
    """A row's 具体举措 mentioning other tasks' titles (建设智算中心, 开展人工智能培训): the
    first task took the second row's units (two rows naming it alike, the later won by the order
    of their annotations' text) and the third, which no row names, took them too."""
    drafted = _drafted(document_from_bytes("plan.docx", issued_docx(DIVISION, Options())).text)
    units = {title: units for title, _, units in _tasks(drafted)}
    assert units["建设智算中心"]["lead"] == ["青山市发展和改革委员会"]
    assert units["培育骨干企业"]["lead"] == ["青山市经济和信息化委员会"]
    assert units["开展人工智能培训"] == {"lead": [], "responsible": [], "supporting": []}


def test_an_item_titled_by_words_of_a_task_s_row_does_not_take_that_row_too():
    """建设创新载体或新型研发机构 has its row; an item titled 新型研发机构 is held in that row's
    title, and took the row's units too: the row is the task's alone."""
    text = """青山市人工智能产业发展行动方案
一、主要任务
（一）建设创新载体或新型研发机构。建设一批重点实验室。
（二）强化基础研究。
1.新型研发机构。依托高校建设新型研发机构。
附件
重点任务分工表
| 序号 | 重点任务 | 具体举措 | 牵头单位 | 配合单位 |
| 1 | 建设创新载体或新型研发机构 | 建设一批重点实验室 | 市科技局 | 市教育局 |"""
    units = {title: units for title, _, units in _tasks(_drafted(text))}
    assert units["建设创新载体或新型研发机构"]["lead"] == ["青山市科学技术局"]
    assert units["新型研发机构"] == {"lead": [], "responsible": [], "supporting": []}


def _targets(text: str) -> list[tuple]:
    data = plan_draft(text, zone_slug="qingshan", source_file="plan").data
    return [
        (t["metric"], t.get("unit"), t.get("comparator"), t.get("value"), t.get("baseline"),
         t.get("deadline"))
        for goal in data["goals"] for t in goal["targets"]
    ]  # fmt: skip


def test_an_indicator_table_with_a_header_of_two_rows_reads_as_with_one():
    """指标名称 | 单位 | 发展目标 (merged across 2024年 | 2027年 in the row under it), 类别 merged
    down: read as its first row, the header gave targets "指标名称达到2024年" and each base figure
    as a target of its own (人工智能核心产业规模 300 and 800); the same table with a header of
    one row gives 800 from 300 by 2027."""
    from docx import Document

    lines = ["青山市人工智能产业发展行动方案（2025—2027年）", "一、发展目标",
             "到2027年，全市人工智能产业发展水平显著提升，主要指标如下。"]  # fmt: skip
    rows = [
        ["类别", "指标名称", "单位", "发展目标", "发展目标", "指标属性"],
        ["类别", "指标名称", "单位", "2024年", "2027年", "指标属性"],
        ["产业发展", "人工智能核心产业规模", "亿元", "300", "800", "预期性"],
        ["产业发展", "人工智能企业数量", "家", "120", "300", "预期性"],
        ["基础设施", "智能算力规模", "PFlops", "1000", "≥5000", "约束性"],
    ]
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    grid.cell(0, 3).merge(grid.cell(0, 4)).text = "发展目标"
    for c in (0, 1, 2, 5):
        grid.cell(0, c).merge(grid.cell(1, c)).text = rows[0][c]
    grid.cell(2, 0).merge(grid.cell(3, 0)).text = "产业发展"
    buffer = io.BytesIO()
    document.save(buffer)
    text = document_from_bytes("plan.docx", buffer.getvalue()).text
    one_row = "\n".join(lines + [" | ".join(r) + " |" for r in [rows[1], *rows[2:]]])
    assert _targets(text) == _targets(one_row)
    assert ("人工智能核心产业规模", "亿元", "eq", 800, 300, 2027) in _targets(text)


BOXED = [
    "青山市人工智能产业发展行动方案（2025—2027年）",
    "一、主要任务",
    "（一）建设智算中心。到2027年，建成智算中心3个。（牵头单位：市发展改革委）",
    "专栏1 人工智能重点工程",
    "1.智算中心工程。建设城市智算中心，到2027年智能算力达到5000PFlops。",
    "2.数据要素工程。建设公共数据开放平台，开放数据集200个。",
    "（二）培育骨干企业。到2027年，培育人工智能企业100家。（牵头单位：市经济信息委）",
]


def test_a_box_set_as_a_table_of_one_column_reads_as_its_lines():
    """A 专栏 in a bordered frame — a table of one cell holding its title and items — was read
    as a table whose first row is its header: the whole box was lost (its items and the targets
    they set, 智能算力5000PFlops), and a box of two rows lost its title."""
    from docx import Document

    for split in (False, True):
        document = Document()
        for line in BOXED[:3]:
            document.add_paragraph(line)
        box = document.add_table(rows=2 if split else 1, cols=1)
        box.style = "Table Grid"
        box.cell(0, 0).text = BOXED[3]
        cell = box.cell(1, 0) if split else box.cell(0, 0)
        for line in BOXED[4:6]:
            cell.add_paragraph(line)
        document.add_paragraph(BOXED[6])
        buffer = io.BytesIO()
        document.save(buffer)
        text = document_from_bytes("plan.docx", buffer.getvalue()).text
        assert _tasks(_drafted(text)) == _tasks(_drafted("\n".join(BOXED)))
        assert _targets(text) == _targets("\n".join(BOXED))


def test_the_review_page_marks_each_division_row_as_its_task_s_units():
    """A plan whose units all come from its division table: the source text beside the draft
    marked no 责任单位标注 (原文中标出 0 处), the table's rows plain text. Each row's annotation
    is now marked, as the task whose row it is."""
    from pilots.drafting.cleaning import source_text_prepare
    from pilots.drafting.passages import passages_locate

    text = document_from_bytes("plan.docx", issued_docx(PLAN, Options(division=True))).text
    data = plan_draft(text, zone_slug="qingshan", source_file="plan").data
    cleaned = source_text_prepare(text).text
    marked = [p for p in passages_locate(cleaned, data) if p.kind == "annotation"]
    titles = {
        f"sections[{i}].tasks[{j}]": task["title"]
        for i, section in enumerate(data["sections"])
        for j, task in enumerate(section.get("tasks", []))
    }
    rows = {titles[p.path.rsplit(".", 1)[0]]: cleaned[p.start : p.end] for p in marked}
    assert len(marked) == 5 and "牵头单位：市发展改革委" in rows["建设智算中心"]
    assert "牵头单位：市财政局" in rows["加大资金支持"]
    assert all(p.start > cleaned.index("重点任务分工表") for p in marked)


def test_a_heading_style_linked_to_a_list_level_is_numbered_at_that_level():
    """Heading 2 linked to the second level of the headings' list (the level's w:pStyle names
    it) by a numPr of the list alone, no w:ilvl: its paragraphs were numbered at the first level
    (二、建设智算中心 after 一、主要任务) and the plan's tasks became parts. The level linked to
    the style is the one (ECMA-376 §17.9.23: a style's own ilvl is ignored)."""
    from docx import Document
    from docx.oxml.ns import qn

    document = Document(io.BytesIO(issued_docx(PLAN, Options(frame=None))))
    num_pr = document.styles["Heading 2"].element.pPr.find(qn("w:numPr"))
    num_pr.remove(num_pr.find(qn("w:ilvl")))
    buffer = io.BytesIO()
    document.save(buffer)
    text = document_from_bytes("plan.docx", buffer.getvalue()).text
    assert "（一） 建设智算中心" in text  # the gap of the level's w:suff, a tab
    assert _tasks(_drafted(text)) == _tasks(_drafted(PLAN))

"""Task lists and indicator tables circulated as Excel workbooks (.xlsx): read as a reader sees
the sheets and drafted like the same tables in a Word file; the spreadsheet files the importer
cannot read get a message saying what to do."""

import datetime as dt
import io
import re
import time
import zipfile

import openpyxl
import pytest

from pilots.drafting import DocumentUnreadable, plan_draft
from pilots.drafting.inputs import document_from_bytes
from pilots.drafting.xlsx_text import date_display, number_display
from pilots.plan_fixtures import plan_document_parse
from pilots.plan_sections import tasks_in_print_order
from tests.pilots.drafting.conftest import DOCUMENTS

MONTH = 'yyyy"年"m"月"'


def _bytes(book) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def task_workbook() -> bytes:
    """A 分解表 as offices send it: a 说明 sheet of the plan's goals, the task sheet under a
    title merged across, 重点任务 merged over its 具体举措 rows, dates as date cells, a hidden
    联系人 column and a hidden sheet of agency names for a dropdown."""
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "说明"
    notes.append(["青山市推进“人工智能+”行动重点任务分解表"])
    notes.append(["一、工作目标"])
    notes.append(["到2026年底，全市建成智能算力中心3个，培育人工智能企业50家。"])
    notes.append(["二、重点任务"])
    tasks = book.create_sheet("重点任务")
    tasks.append(["青山市2026年“人工智能+”行动重点任务分解表"])
    tasks.merge_cells("A1:F1")
    tasks.append(["序号", "重点任务", "具体举措", "牵头单位", "配合单位", "完成时限", "联系人"])
    rows = [
        [1, "建设城市算力网", "建成智能算力中心3个", "市发改委", "市数据局", dt.date(2026, 12, 31)],
        [2, "", "推动算力调度平台上线", "市数据局", "市通信管理局", dt.date(2026, 6, 30)],
        [
            3,
            "开放应用场景",
            "发布应用场景清单100项",
            "市工信局",
            "市科技局、市商务局",
            dt.date(2026, 9, 30),
        ],
    ]
    for row in rows:
        tasks.append([*row, "张三 13800000000"])
    tasks.merge_cells("B3:B4")
    for cell in tasks["F"][2:]:
        cell.number_format = MONTH
    tasks.column_dimensions["G"].hidden = True
    options = book.create_sheet("选项")
    options.append(["市委宣传部"])
    options.sheet_state = "hidden"
    return _bytes(book)


def _tasks(text: str) -> list[dict]:
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan.xlsx")
    data = plan_document_parse(name="draft", text=draft.to_yaml()).data
    return [task for _, task in tasks_in_print_order(data["sections"])]


def test_a_task_workbook_reads_as_its_sheets_show_and_drafts_its_tasks_with_their_roles():
    document = document_from_bytes("分解表.xlsx", task_workbook())
    assert document.kind == "xlsx"
    lines = document.text.splitlines()
    assert lines[:3] == [
        "青山市推进“人工智能+”行动重点任务分解表",
        "一、工作目标",
        "到2026年底，全市建成智能算力中心3个，培育人工智能企业50家。",
    ]
    assert "2026年12月" in document.text and "2026-12-31" not in document.text
    for hidden in ("张三", "13800000000", "市委宣传部"):
        assert hidden not in document.text
    tasks = _tasks(document.text)
    assert [t["title"] for t in tasks] == ["建设城市算力网", "开放应用场景"]
    measures = [t["clauses"][0] for t in tasks[:1]] + [t["clauses"][1] for t in tasks[:1]]
    assert [(m["lead"], m["supporting"]) for m in measures] == [
        (["development-reform"], ["data-bureau"]),
        (["data-bureau"], ["communications"]),
    ]  # 建设城市算力网 merged over its two 具体举措 rows: one task, each row a clause
    assert (tasks[1]["lead"], tasks[1]["supporting"]) == (
        ["industry-it"],
        ["science-tech", "commerce"],
    )
    assert [t["due"] for t in tasks] == ["2026-12-31", "2026-09-30"]


def test_an_indicator_sheet_of_numeric_cells_gives_its_targets():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "主要指标"
    sheet.append(["青山市人工智能发展主要指标"])
    sheet.append(["序号", "指标", "单位", "2025年基数", "2026年目标"])
    sheet.append([1, "人工智能核心产业规模", "亿元", 180, 1200.0])
    sheet.append([2, "规上工业企业智能化改造覆盖率", "%", 0.6, 0.85])
    sheet.append([3, "人工智能企业数量", "家", 320, 1500])
    for row in (3, 4, 5):
        sheet.cell(row, 5).number_format = "#,##0"
    for column in (4, 5):
        sheet.cell(4, column).number_format = "0%"
    text = document_from_bytes("指标.xlsx", _bytes(book)).text
    assert "1,200" in text and "85%" in text and "0.85" not in text
    draft = plan_draft(text, zone_slug="qingshan", source_file="指标.xlsx")
    goals = plan_document_parse(name="d", text=draft.to_yaml()).data["goals"]
    values = {(t["value"], t["unit"], t["deadline"]) for g in goals for t in g["targets"]}
    assert {(1200, "亿元", 2026), (85, "%", 2026), (1500, "家", 2026)} <= values


@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (1234.5, "#,##0.0", "1,234.5"),
        (0.855, "0.0%", "85.5%"),
        (12, '0"家"', "12家"),
        (3.0, "General", "3"),
        (0.25, "General", "0.25"),
        (-5, "0;[Red]-0", "-5"),
    ],
)
def test_a_number_shows_as_its_format_displays_it(value, number_format, shown):
    assert number_display(value, number_format) == shown


@pytest.mark.parametrize(
    ("number_format", "shown"),
    [
        (MONTH, "2026年6月"),
        ("mm-dd-yy", "2026/6/30"),  # Excel's built-in short date, as a Chinese system shows it
        ("yyyy\\年m\\月d\\日", "2026年6月30日"),
        ("yyyy-mm-dd hh:mm", "2026-06-30"),
        ("General", "2026年6月30日"),
        ("[$-x-sysdate]dddd, mmmm dd, yyyy", ", 6月 30, 2026"),
    ],
)
def test_a_date_shows_as_its_format_displays_it(number_format, shown):
    assert date_display(dt.datetime(2026, 6, 30, 9, 5), number_format).strip() == shown.strip()


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("plan.xls", (DOCUMENTS / "qingshan_tasks.xls").read_bytes(), "另存为 .xlsx"),
        ("plan.xlsx", (DOCUMENTS / "qingshan_tasks.xls").read_bytes(), "另存为 .xlsx"),
        ("plan.et", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "另存为 .xlsx"),
        ("plan.ods", b"PK\x03\x04", "另存为 .xlsx"),
        ("plan.xlsx", b"PK\x03\x04 truncated", "不是有效的 Excel"),
        ("plan.xlsx", _zip({"xl/workbook.xml": b"<workbook/>"}), "不是有效的 Excel"),
        ("plan.xlsx", _zip({"xl/worksheets/sheet1.xml": b" " * (11 * 1024 * 1024)}), "解压后过大"),
    ],
)
def test_spreadsheets_the_importer_cannot_read_get_a_message(name, content, message):
    with pytest.raises(DocumentUnreadable) as refused:
        document_from_bytes(name, content)
    assert message in refused.value.message


def test_a_site_export_named_xls_that_is_a_web_page_reads_as_the_page():
    page = (
        "<html><head><meta charset='utf-8'></head><body><table>"
        "<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>"
        "<tr><td>1</td><td>建设城市算力网</td><td>市发改委</td><td>市数据局</td></tr>"
        "</table></body></html>"
    )
    document = document_from_bytes("导出.xls", page.encode())
    assert document.kind == "html"
    assert "建设城市算力网" in document.text


def _one_sheet(sheet_xml: str) -> bytes:
    """A workbook whose one sheet is ``sheet_xml``'s <sheetData> and after, as Excel writes it."""
    book = openpyxl.Workbook()
    book.active["A1"] = "青山市重点任务表"
    package = io.BytesIO(_bytes(book))
    out = io.BytesIO()
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(out, "w") as target:
        for member in source.namelist():
            data = source.read(member)
            if member == "xl/worksheets/sheet1.xml":
                data = re.sub(rb"<sheetData>.*</sheetData>|<sheetData/>", sheet_xml.encode(), data)
            target.writestr(member, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "sheet_xml",
    [
        # one merged range over the whole sheet: openpyxl would make 17 billion cells
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>青山</t></is></c></row></sheetData>'
        '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        # a stray cell at the sheet's far corner: its rows would be read to there
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>青山</t></is></c></row>'
        '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>',
    ],
)
def test_a_workbook_spanning_the_whole_sheet_is_refused_at_once(sheet_xml):
    started = time.process_time()
    with pytest.raises(DocumentUnreadable, match="表格范围过大"):
        document_from_bytes("plan.xlsx", _one_sheet(sheet_xml))
    assert time.process_time() - started < 10


def test_a_part_heading_is_marked_at_its_number_not_in_the_title_that_holds_its_words():
    """The review page marked 二、重点任务 inside the title line "……重点任务分解表" above it."""
    from pilots.drafting.passages import passages_locate

    text = document_from_bytes("分解表.xlsx", task_workbook()).text
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan.xlsx")
    data = plan_document_parse(name="draft", text=draft.to_yaml()).data
    sections = [p for p in passages_locate(text, data) if p.kind == "section"]
    assert [text[p.start : p.end] for p in sections] == ["二、重点任务"]

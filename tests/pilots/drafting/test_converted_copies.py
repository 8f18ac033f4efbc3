"""Plan texts that went through a conversion or a copy before they were uploaded: a "PDF 转 Word"
converter's .docx (a table cut in two where the page ended), a portal's page selected and pasted
(an annex list whose multi-line cells break their rows)."""

import io

import pytest

from pilots.drafting import document_read, plan_draft

PLAN = [
    "某区人工智能产业发展行动计划（2025—2027年）",
    "一、发展目标",
    "到2027年，基本建成人工智能创新高地。主要指标如下：",
]
TASKS = ["二、重点任务", "（一）夯实算力基础。建设智算中心。（责任单位：区发改委）"]
HEADER = ["序号", "指标", "单位", "2024年", "2027年"]
ROWS = [
    ["1", "人工智能核心产业规模", "亿元", "60", "150"],
    ["2", "智能工厂数量", "家", "8", "20"],
    ["3", "公共数据开放数据集", "个", "200", "500"],
    ["4", "人工智能特色学校", "所", "10", "30"],
]


def _converted_docx(first: list[list[str]], second: list[list[str]]) -> bytes:
    """Paragraphs, a table, the page's number as a paragraph and a page break, the table's
    second part as a table of its own, then the tasks: as a converter rebuilds a PDF page by
    page."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    for line in PLAN:
        document.add_paragraph(line)
    for rows in (first, second):
        grid = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
        if rows is first:
            document.add_paragraph("— 2 —").add_run().add_break(WD_BREAK.PAGE)
    for line in TASKS:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "second",
    [ROWS[2:], [HEADER, *ROWS[2:]]],
    ids=["without-header", "header-repeated"],
)
def test_a_table_cut_at_the_page_end_by_a_converter_is_one_table(tmp_path, second):
    """The rows after the page's number go on the table above: the first of them was read as a
    header (and lost), the others as a line of figures ("4 人工智能特色学校 所 10 30")."""
    path = tmp_path / "plan.docx"
    path.write_bytes(_converted_docx([HEADER, *ROWS[:2]], second))
    data = plan_draft(document_read(path).text, zone_slug="demo", source_file="plan.docx").data
    targets = [(t["metric"], t["value"], t["unit"]) for g in data["goals"] for t in g["targets"]]
    assert targets == [
        ("人工智能核心产业规模", 150, "亿元"),
        ("智能工厂数量", 20, "家"),
        ("公共数据开放数据集", 500, "个"),
        ("人工智能特色学校", 30, "所"),
    ]


def test_two_tables_apart_by_a_page_number_each_with_its_own_rows_stay_two(tmp_path):
    """A second table numbered from 1 again is a table of its own, not the first one's rest."""
    other = [["序号", "重点任务", "牵头单位"], ["1", "建设智算中心", "区发改委"]]
    path = tmp_path / "plan.docx"
    path.write_bytes(_converted_docx([HEADER, *ROWS[:2]], other))
    text = document_read(path).text
    assert "1.建设智算中心。（牵头单位：区发改委）" in text.replace(" ", "")


# A portal's page selected and pasted: the annex list's cells apart by tabs, its rows by line
# breaks, and a cell holding one body a line (<br> in the page) broken over several lines.
PASTED_BODY = [
    "某省数字经济发展行动方案",
    "一、重点任务",
    "（一）建设智算中心。统筹全省算力布局。",
    "（二）开放公共数据。推进数据有序开放。",
    "（三）培育骨干企业。支持企业做大做强。",
    "附件",
    "重点任务清单",
    "序号\t重点任务\t牵头单位\t配合单位\t完成时限",
]
PASTED_ROWS = [
    "1\t建设智算中心\t省发展改革委\t省通信管理局",
    "省财政厅",
    "各市县人民政府\t2027年12月",
    "2\t开放公共数据\t省数据局\t省公安厅\t持续推进",
    "3\t培育骨干企业\t省工信厅\t省科技厅",
    "省商务厅\t2028年6月",
]


def _roles(text: str) -> list[tuple[str, list[str], list[str], str | None]]:
    data = plan_draft(text, zone_slug="demo", source_file="demo").data
    printed = {a["code"]: (a.get("aliases") or [a["name"]])[0] for a in data["agencies"]}
    return [
        (
            t["title"],
            [printed[code] for code in t.get("lead", [])],
            [printed[code] for code in t.get("supporting", [])],
            t.get("due"),
        )
        for s in data["sections"]
        for t in s.get("tasks", [])
    ]


def test_an_annex_list_pasted_from_a_page_with_its_cells_broken_over_lines():
    """Every line of a broken 配合单位 cell names a supporting body: the lines before the row's
    last were read as more leads."""
    assert _roles("\n".join(PASTED_BODY + PASTED_ROWS)) == [
        ("建设智算中心", ["省发展改革委"], ["省通信管理局", "省财政厅", "各市县人民政府"],
         "2027-12-31"),
        ("开放公共数据", ["省数据局"], ["省公安厅"], None),
        ("培育骨干企业", ["省工信厅"], ["省科技厅", "省商务厅"], "2028-06-30"),
    ]  # fmt: skip

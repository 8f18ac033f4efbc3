"""Task-division tables (重点工作任务分解表, 任务清单, 责任分工) that are the document itself, read
from every form they arrive in: a page's table copied as text (cells apart by runs of spaces, by
tabs, or one cell a line), a Word table, a PDF's ruled table and a page's <table>. And the year of a
year's work document from its title or issue line when no goal sentence dates it.

The district and its table are made up, written in the genre's words to test the form."""

import pytest

from pilots.drafting import plan_draft
from pilots.drafting.inputs import document_from_bytes
from pilots.drafting.spaced_tables import spaced_tables
from tests.pilots.drafting.conftest import docx_bytes, pdf_bytes
from tests.pilots.drafting.test_genre_conventions import _roles, _tasks

DISTRICT = {"slug": "d", "name": "某市某区", "level": "district"}
CHROME = [
    "当前位置：首页 > 政务公开 > 年度重点工作",
    "发布时间：2025-02-18 09:30 信息来源：区政府办公室",
]
TITLE = "某区2025年数字经济重点工作任务分解表"
HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
CATEGORIES = ["一、夯实数字基础设施", "二、壮大数字产业"]
# (number, task cell, lead names, supporting cell, time), the category before rows 1 and 3
ROWS = [
    ("1", "加快建设5G网络，新建5G基站300个以上。", ["区工信局"], "区住建局、区城管局", "2025年12月底"),  # noqa: E501
    ("2", "推进算力设施建设，建成区级智算中心。", ["区发改委", "区数据局"], "区财政局", "2025年6月底"),  # noqa: E501
    ("3", "培育数字经济核心企业，新增规上数字企业20家。", ["区科技局"], "区市场监管局、各街道办事处", "2025年12月底"),  # noqa: E501
    ("4", "开展数字化转型诊断服务。", ["区工信局"], "区商务局", "持续推进"),
]  # fmt: skip
TITLES = [
    "加快建设5G网络",
    "推进算力设施建设",
    "培育数字经济核心企业",
    "开展数字化转型诊断服务",
]
ROLES = [
    {"lead": ["区工信局"], "supporting": ["区住建局", "区城管局"]},
    {"lead": ["区发改委", "区数据局"], "supporting": ["区财政局"]},
    {"lead": ["区科技局"], "supporting": ["区市场监管局", "各街道办事处"]},
    {"lead": ["区工信局"], "supporting": ["区商务局"]},
]
DUES = ["2025-12-31", "2025-06-30", "2025-12-31", None]


def _draft(text: str):
    return plan_draft(text, zone_slug=DISTRICT["slug"], source_file="x", zone=DISTRICT).data


def _check(data: dict, *, sections: bool = True) -> None:
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == TITLES
    assert [_roles(data, t) for t in tasks] == ROLES
    assert "新建5G基站300个以上" in tasks[0]["text"]
    assert [t.get("due") for t in tasks] == DUES
    assert "2025年12月底" not in tasks[0]["text"]
    assert not any(t["title"][0].isdigit() for t in tasks)  # the row's number is no text
    targets = [t for g in data["goals"] for t in g["targets"]]
    assert sorted((t["value"], t["unit"], t["deadline"]) for t in targets) == [
        (20, "家", 2025),
        (300, "个", 2025),
    ]
    assert (data["plan"]["period_start"], data["plan"]["period_end"]) == (2025, 2025)
    if sections:
        titles = [s["title"] for s in data["sections"]]
        assert titles == [c[2:] for c in CATEGORIES]


def _spaced(gap: str = "  ") -> str:
    """The page's table copied as text: cells apart by ``gap``; the second row's two leads on
    lines of their own, the third row's task cell wrapped and the table broken over a page, its
    header printed again under the page number."""
    lines = [*CHROME, TITLE, gap.join(HEADER), CATEGORIES[0]]
    number, task, leads, supporting, time = ROWS[0]
    lines.append(gap.join([number, task, leads[0], supporting, time]))
    number, task, leads, supporting, time = ROWS[1]
    lines += [gap.join([number, task, leads[0]]), leads[1], gap.join([supporting, time])]
    lines += ["— 1 —", gap.join(HEADER), CATEGORIES[1]]
    number, task, leads, supporting, time = ROWS[2]
    lines += [gap.join([number, task[:10]]), gap.join([task[10:], leads[0], supporting, time])]
    number, task, leads, supporting, time = ROWS[3]
    lines.append(gap.join([number, task, leads[0], supporting, time]))
    return "\n".join(lines) + "\n"


def test_a_table_copied_with_runs_of_spaces_between_its_cells_is_read_as_tasks():
    """Before: the rows were read as goals, "1加快建设5G网络" with the row number glued on, and
    no agency at all."""
    _check(_draft(_spaced("  ")))


def test_a_table_copied_with_tabs_between_its_cells_is_read_as_tasks():
    _check(_draft(_spaced("\t")))


def test_a_table_copied_one_cell_a_line_is_read_as_tasks():
    lines = [*CHROME, TITLE, *HEADER, CATEGORIES[0]]
    for index, (number, task, leads, supporting, time) in enumerate(ROWS):
        if index == 2:
            lines.append(CATEGORIES[1])
        lines += [number, task, *leads, supporting, time]
    _check(_draft("\n".join(lines)))


def test_a_table_whose_header_a_pdf_font_prints_in_radicals_is_read_as_tasks():
    """A PDF's one cell a line table, its font mapping 工 to the radical ⼯ (重点⼯作任务): the
    header was no header until the cleaning read the radicals, after the tables were looked
    for, and every task was lost (nanling-work-report-2024 printed by Chromium)."""
    header = ["序号", "重点⼯作任务", *HEADER[2:]]
    lines = [*CHROME, TITLE, *header, CATEGORIES[0]]
    for index, (number, task, leads, supporting, time) in enumerate(ROWS):
        if index == 2:
            lines.append(CATEGORIES[1])
        lines += [number, task, "、".join(leads), supporting, time]
    _check(_draft("\n".join(lines[:3] + [f"{line} |" for line in lines[3:]])))


def test_the_spaced_rows_are_written_as_the_ruled_form():
    ruled = spaced_tables(_spaced()).splitlines()
    assert ruled[3] == "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |"
    assert ruled[6] == (
        "2 | 推进算力设施建设，建成区级智算中心。 | 区发改委、区数据局 | 区财政局 | 2025年6月底 |"
    )
    assert "— 1 —" not in ruled


def test_main_and_supporting_columns_of_a_work_report_division_take_their_roles():
    """主要责任单位 → responsible and 协同配合单位 → supporting (SOURCES.md conventions); rows
    not numbered; a list cut by the end of the copy drops the name it cuts."""
    text = "\n".join(
        [
            CHROME[0],
            "某区2024年政府工作报告重点工作任务分解表",
            "重点工作任务  主要责任单位  协同配合单位",
            "全年新增市场主体3000户以上。  区市场监管局  区商务局、区税务局",
            "开展营商环境提升行动。  区发改委  区政府有关部门，区数据局，区行政审",
        ]
    )
    data = _draft(text)
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == ["全年新增市场主体3000户以上", "开展营商环境提升行动"]
    assert [_roles(data, t) for t in tasks] == [
        {"responsible": ["区市场监管局"], "supporting": ["区商务局", "区税务局"]},
        {"responsible": ["区发改委"], "supporting": ["区数据局"]},
    ]
    assert data["plan"]["period_start"] == data["plan"]["period_end"] == 2024


def test_a_line_of_column_words_with_no_rows_under_it_is_left_as_printed():
    text = "序号  重点任务  牵头单位  配合单位\n一、总体要求\n到2027年，培育企业100家。"
    assert spaced_tables(text) == text


def _table_rows() -> list[list[str]]:
    rows = [HEADER, [CATEGORIES[0]] * 5]  # Word repeats a cell merged across the row
    for index, (number, task, leads, supporting, time) in enumerate(ROWS):
        if index == 2:
            rows.append([CATEGORIES[1]] * 5)
        rows.append([number, task, "、".join(leads), supporting, time])
    return rows


def test_a_word_table_that_is_the_document_is_read_as_tasks():
    content = docx_bytes([*CHROME, TITLE], _table_rows())
    _check(_draft(document_from_bytes("table.docx", content).text))


def test_a_page_table_that_is_the_document_is_read_as_tasks():
    cells = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in dict.fromkeys(row)) + "</tr>"
        if len(set(row)) == 1
        else "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
        for row in _table_rows()
    )
    page = (
        "<html><head><meta charset='utf-8'></head><body><div class='article'>"
        + "".join(f"<p>{line}</p>" for line in [*CHROME, TITLE])
        + f"<table>{cells}</table></div></body></html>"
    )
    _check(_draft(document_from_bytes("table.html", page.encode()).text))


def test_a_pdf_table_that_is_the_document_is_read_as_tasks(chromium):
    lines = [TITLE, "抄送：区委各部门。"]
    content = pdf_bytes(chromium, lines, "某区人民政府办公室", {len(lines) - 1: _table_rows()})
    _check(_draft(document_from_bytes("table.pdf", content).text))


# The plan's year from its title or issue line.

WORK_POINTS = "\n".join(
    [
        CHROME[0],
        "某区2025年数据工作要点",
        "发布时间：2025-03-01 信息来源：某区数据局",
        "一、夯实数据基础",
        "1.建设公共数据平台。全年归集公共数据1000万条以上。（牵头单位：区数据局）",
        "2.培育数据企业。新增数据企业20家。（牵头单位：区科技局）",
    ]
)


def test_a_years_work_points_take_their_year_from_the_title_not_2000():
    data = _draft(WORK_POINTS)
    assert data["plan"]["title"] == "某区2025年数据工作要点"
    assert (data["plan"]["period_start"], data["plan"]["period_end"]) == (2025, 2025)
    deadlines = {t["deadline"] for g in data["goals"] for t in g["targets"]}
    assert deadlines == {2025}


def test_a_page_dated_only_by_its_issue_line_takes_that_year():
    text = WORK_POINTS.replace("某区2025年数据工作要点", "某区数据工作要点")
    data = _draft(text)
    assert (data["plan"]["period_start"], data["plan"]["period_end"]) == (2025, 2025)


@pytest.mark.parametrize("dash", ["—", "-", "－－", "至"])
def test_a_period_in_the_title_without_brackets_is_the_plans_period(dash):
    text = (
        f"某市2023{dash}2025年数字经济发展行动方案\n一、发展目标\n"
        "到2025年，数字经济核心产业增加值达到500亿元。\n二、重点任务\n"
        "（一）建设数字基础设施。（牵头单位：市工信局）"
    )
    data = _draft(text)
    assert (data["plan"]["period_start"], data["plan"]["period_end"]) == (2023, 2025)


# The time a task is due (完成时限 column, or the time group of its annotation).


def test_the_time_column_of_an_annex_table_is_each_tasks_due_date_not_its_text():
    from tests.pilots.drafting.test_annex_tasks import BODY, HEADER, ROWS

    table = "\n".join(" | ".join(row) + " |" for row in [HEADER, *ROWS])
    tasks = _tasks(_draft(BODY + table))
    assert [t.get("due") for t in tasks] == ["2026-12-31", "2027-12-31", None, "2027-12-31", None]
    assert not any("完成时限" in t["text"] for t in tasks)


def test_the_time_group_of_an_annotation_is_the_tasks_due_date():
    text = (
        "某区人工智能产业发展行动方案\n一、重点任务\n"
        "（一）建设算力平台。建成智算中心。（牵头单位：区数据局；完成时限：2026年6月底前）\n"
        "（二）培育企业。引进企业。（牵头单位：区科技局；完成时限：长期坚持）"
    )
    tasks = _tasks(_draft(text))
    assert [t.get("due") for t in tasks] == ["2026-06-30", None]
    assert [_roles(_draft(text), t) for t in tasks] == [
        {"lead": ["区数据局"]},
        {"lead": ["区科技局"]},
    ]


def _long_rows() -> list[list[str]]:
    rows = [HEADER, [CATEGORIES[0]] * 5]
    for n in range(1, 31):
        lead = "区工信局" if n % 2 else "区发改委"
        task = f"推进第{n}项重点工作，完善配套政策措施，加快项目建设进度。"
        rows.append([str(n), task, lead, "区财政局、区数据局", "2025年12月底"])
    return rows


def _check_long(data: dict) -> None:
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == [f"推进第{n}项重点工作" for n in range(1, 31)]
    assert _roles(data, tasks[-1]) == {"lead": ["区发改委"], "supporting": ["区财政局", "区数据局"]}
    assert {t["due"] for t in tasks} == {"2025-12-31"}


def test_a_pdf_table_running_over_two_pages_is_one_table(chromium):
    content = pdf_bytes(
        chromium, [TITLE, "抄送：区委各部门。"], "某区人民政府办公室", {1: _long_rows()}
    )
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(content)) as pdf:
        assert len(pdf.pages) >= 2
    _check_long(_draft(document_from_bytes("long.pdf", content).text))


def test_a_word_table_printing_its_header_again_after_a_page_break_is_one_table():
    rows = _long_rows()
    content = docx_bytes([TITLE], [*rows[:18], HEADER, *rows[18:]])
    _check_long(_draft(document_from_bytes("long.docx", content).text))

# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_db documents end to end (SYNTHETIC_DB.md): three 2026 "人工智能+" plans invented
by a collector whose PDFs carry TEXT THE PAGE LAYOUT PUTS INTO THE TEXT LAYER — 沅陂市's 行动计划 (a
running header, "第 X 页 共 Y 页" and a "内部资料" watermark on every page), 棠溆区's 实施方案 (Word
footnotes ①–⑤, their notes at the page foot in the middle of a task table, continued by hand with
"续表" and its header again) and 濑川县's 工作方案 (a landscape annex 指标表, annotations cut by the
page end). Each is read from its committed file, drafted and scored against its hand-made
extraction. Measured unseen once (main e0386880); then SEEN: the misses read by helper rDB on
2026-12-08.

Below them, the rules the misses asked for, each on a short PDF (or text) written to test the
form (not a copy of the set), drafted end to end through ``plan_draft``: each failed on the
importer before its rule, unless marked as a control (a near form the rule must leave alone).

What the set still misses (measurement 2): two readings the conventions do not settle (below)."""

import html

import pytest

from pilots.drafting.inputs import document_from_bytes
from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

SYNTHETIC_DB = sorted((CORPUS_DEV.parent / "synthetic_db").glob("*.yaml"))

DISAGREEMENTS: dict[str, set[str]] = {
    # 棠溆's goals paragraph "到2027年，…；建成“算力券①”服务平台，累计发放算力券3000万元；…": the
    # collector reads the vouchers issued as a budget (the set's convention 6); SOURCES.md's
    # budget convention makes a fund's size set up no target but "a fund level to reach by a date
    # as a goal (a goals paragraph's 产业基金规模突破50亿元)" one, and the importer reads a dated sum
    # in a goals paragraph so. Which of the two a voucher total is, no convention says: left.
    "tangxu-ai-plus-implementation-2026-synthetic": {"extra target 累计发放算力券3000万元"},
    # 沅陂's item 2 "完善公共数据资源目录，2026年底前开放公共数据集80个，培育数据服务企业15家。": the
    # collector dates the year to its own clause (数据服务企业 due at the plan's end, 2028); the
    # importer reads a year opening a clause as dating the figures after it in the sentence (as
    # synthetic_cw's 渚阳 item 2, left there for the same reason): no convention settles how far
    # such a year reaches. Left.
    "yuanbei-ai-plus-action-plan-2026-synthetic": {
        "target T11 培育数据服务企业15家",
        "extra target 培育数据服务企业15家",
    },
}


@pytest.mark.parametrize("expected_path", SYNTHETIC_DB, ids=lambda p: p.stem)
def test_each_synthetic_db_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_DB, ids=lambda p: p.stem)
def test_each_synthetic_db_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == set()


COUNTY = {"slug": "c", "name": "某县", "level": "district"}
PAGE_CSS = (
    "@page{size:A4;margin:25mm 26mm 25mm 28mm;"
    "@bottom-center{content:'— ' counter(page) ' —';font-size:14pt}}"
    "body{font-family:'Noto Serif CJK SC',serif;font-size:16pt;line-height:1.6}"
    "p{text-indent:2em;margin:0;text-align:justify}"
)


def _pdf(body: str, css: str = "") -> bytes:
    from weasyprint import HTML

    page = f"<html><head><meta charset='utf-8'><style>{PAGE_CSS}{css}</style></head>"
    return HTML(string=f"{page}<body>{body}</body></html>").write_pdf()


def _paragraphs(*lines: str) -> str:
    return "".join(f"<p>{html.escape(line)}</p>" for line in lines)


def _table(rows: list[list[str]], style: str = "") -> str:
    cells = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table style='{style}'>{cells}</table>"


def _text(content: bytes) -> str:
    return document_from_bytes("plan.pdf", content).text


def _task_roles(text: str) -> list[tuple[str, dict]]:
    data = _draft(text)
    return [(t["title"], _roles(data, t)) for t in _tasks(data)]


# 1. Footnotes. A word processor prints each note at the foot of the page its mark stands on,
#    smaller than the body ("①①数字券：…", the mark and the note's copy of it) — here below the
#    part of a task table on the first page, the table going on on the next. Before: the notes
#    were read as lines between the table's rows, the rows after them no longer the table's (棠溆
#    lost five of its sixteen tasks so). Now a line opening with a circled mark the body prints
#    after a word, set smaller, with no body line below it on its page, is taken off with its
#    following lines of the same size; the marks stay in the body.
NOTES_CSS = (
    ".page{height:245mm;position:relative;page-break-after:always}"
    ".notes{position:absolute;bottom:0;left:0;right:0;font-size:10.5pt;line-height:1.4}"
    ".notes p{text-indent:0}table{border-collapse:collapse;width:100%;table-layout:fixed;"
    "font-size:10.5pt}td{border:1px solid black;vertical-align:top;padding:0 2px}"
    "td:nth-child(1){width:2.5em}td:nth-child(3),td:nth-child(4){width:7em}"
)
TASK_HEAD = ["序号", "重点任务", "牵头单位", "配合单位"]


def _page(body: str, notes: tuple[str, ...] = ()) -> str:
    return f"<div class='page'>{body}<div class='notes'>{_paragraphs(*notes)}</div></div>"


def _noted_plan(notes: tuple[str, ...]) -> bytes:
    first = _paragraphs(
        "某市数字经济发展实施方案",
        "一、发展目标",
        "到2027年，建成“数据港②”平台，数字经济核心产业增加值达到500亿元。",
        "二、重点任务",
    ) + _table([
        TASK_HEAD,
        ["1", "建设数据平台，汇聚数据资源", "市数据局", "市财政局"],
        ["2", "推广数字券①，支持中小企业上云", "市工信局", "市财政局"],
    ])  # fmt: skip
    second = _table([
        ["3", "发展智慧医疗，推广辅助诊断", "市卫健委", "市数据局"],
        ["4", "发展智慧教育，建设智慧课堂", "市教育局", "市科技局"],
    ]) + _paragraphs("三、保障措施", "（一）加强组织领导。建立工作机制。")  # fmt: skip
    return _pdf(_page(first, notes) + _page(second), NOTES_CSS)


NOTES = (
    "①①数字券：向中小企业发放、用于购买云服务的电子凭证，每张面值不超过10万元。",
    "②②数据港：汇聚全市公共数据的平台。",
)


def test_footnotes_at_a_page_foot_inside_a_task_table_are_no_part_of_the_plan():
    text = _text(_noted_plan(NOTES))
    assert "数字券：" not in text and "数据港：" not in text
    assert "建成“数据港②”平台" in text  # the mark stays where the body prints it
    assert _task_roles(text)[:4] == [
        ("建设数据平台，汇聚数据资源", {"lead": ["市数据局"], "supporting": ["市财政局"]}),
        ("推广数字券①，支持中小企业上云", {"lead": ["市工信局"], "supporting": ["市财政局"]}),
        ("发展智慧医疗，推广辅助诊断", {"lead": ["市卫健委"], "supporting": ["市数据局"]}),
        ("发展智慧教育，建设智慧课堂", {"lead": ["市教育局"], "supporting": ["市科技局"]}),
    ]


def test_control_a_note_stating_roles_at_the_page_foot_is_kept():
    """synthetic_bz's form: a task's roles set as its footnote. The note is the task's roles,
    not a definition: it stays in the text."""
    text = _text(_noted_plan(("①①牵头单位：市工信局；配合单位：市财政局。",)))
    assert "①①牵头单位：市工信局；配合单位：市财政局。" in text


def test_control_points_numbered_with_circled_marks_in_the_body_s_size_stay():
    """Points ①②, in the body's size at the foot of the page, marks the body also prints after
    words: the plan's own text."""
    body = _paragraphs(
        "某市数字经济发展实施方案",
        "一、发展目标",
        "到2027年，建成数据平台①和算力平台②。",
        "①数据平台汇聚全市公共数据。",
        "②算力平台服务中小企业。",
    )
    assert _text(_pdf(body)).splitlines()[-2:] == [
        "①数据平台汇聚全市公共数据。",
        "②算力平台服务中小企业。",
    ]


# 2. A watermark ("内部资料") is a text box in the page's header: every page prints it in the same
#    place, large and pale, between or over the body's lines. Before: it was read as a line of
#    the text, inside the item it fell into ("…市财政局）内部资料"), after the last one. Now a short
#    line standing in the same place, in the same words and size, on at least three pages and
#    half of them, is dropped with the running heads and page numbers.
def test_a_watermark_in_the_same_place_on_every_page_is_no_part_of_the_plan():
    departments = ["工信局", "卫健委", "教育局", "交通运输局", "农业农村局", "文旅局", "城管局",
                   "应急管理局", "民政局", "水利局", "生态环境局", "商务局", "科技局", "人社局",
                   "自然资源局", "住建局"]  # fmt: skip
    items = [
        f"{i}.建设{d[:2]}数据平台。围绕行业领域推进平台建设，完善数据汇聚、共享和开放机制，推动应用"
        f"落地见效。（牵头单位：市{d}；配合单位：市数据局、市财政局）"
        for i, d in enumerate(departments, 1)
    ]
    body = "<div class='mark'>内部资料</div>" + _paragraphs(
        "某市推进数字经济发展行动计划", "一、行动目标", "到2027年，全市数字经济核心产业增加值达到500亿元。",
        "二、重点任务", *items, "三、保障措施", "（一）加强组织领导。建立工作机制。",
    )  # fmt: skip
    content = _pdf(body, ".mark{position:fixed;top:120mm;left:60mm;font-size:30pt;color:#ccc}")
    data = _draft(_text(content))
    assert [t for t in _tasks(data) if "内部资料" in t["text"]] == []
    assert [_roles(data, t)["lead"] for t in _tasks(data)[:-1]] == [[f"市{d}"] for d in departments]


def test_control_lines_repeated_in_the_same_place_in_the_body_s_size_or_on_two_pages_stay():
    """A watermark is set large (or small) over the body: a line in the body's size repeated in
    the same place on most pages is the body's (a heading opening each page); one of another size
    on two pages of five is not on most."""
    from pilots.drafting.pdf_running import running_lines_dropped

    def page(n: int, *texts: str, size: float = 16.0) -> list[dict]:
        return [
            {"text": t, "top": 0.3 + 0.04 * i, "bottom": 0.32 + 0.04 * i, "x0": 80.0,
             "size": size if i == 0 else 16.0}
            for i, t in enumerate([*texts, f"正文第{n}页"])
        ]  # fmt: skip

    for pages in (
        [page(n, "加强组织领导") for n in range(5)],
        [page(n, "内部资料", size=30.0) if n in (1, 3) else page(n) for n in range(5)],
    ):
        kept = running_lines_dropped(pages, [])
        assert [[line["text"] for line in p] for p in kept] == [
            [line["text"] for line in p] for p in pages
        ]


# 3. A task table broken by the page: the last row of a page and the numbered row opening the
#    next were joined cell by cell where the task cell "ran to the foot of its cell" and the two
#    pieces made a name ("…新增规模以上软件企业20家" + "建设软件产业园": 产业园, a body's ending) —
#    棠溆's rows 4 and 5 both read "培育…15家建设人工智能产业园…". A cell ending in a figure and its
#    unit ends a clause: no name is cut after a count.
DIVISION_CSS = (
    "@page{size:A4;margin:20mm}body{font-family:'Noto Sans CJK SC',sans-serif;font-size:12pt}"
    "table{border-collapse:collapse;width:100%;table-layout:fixed}"
    "td{border:1px solid black;vertical-align:top;padding:0 2px}"
    "td:nth-child(1){width:3em}td:nth-child(2){width:12em}"
)


def test_a_task_cell_ending_in_a_count_at_a_page_foot_is_not_joined_to_the_next_row():
    from weasyprint import HTML

    first = _table([
        TASK_HEAD,
        ["1", "建设数据平台，汇聚数据资源", "市数据局", "市财政局"],
        ["2", "培育软件企业，新增规模以上软件企业20家", "市工信局", "市科技局、市商务局"],
    ])  # fmt: skip
    second = _table([
        ["3", "建设软件产业园，引进软件项目10个", "市商务局", "市发展改革委"],
        ["4", "发展智慧医疗，推广辅助诊断", "市卫健委", "市数据局"],
    ], "page-break-before:always")  # fmt: skip
    page = (
        f"<html><head><meta charset='utf-8'><style>{DIVISION_CSS}</style></head><body>"
        f"<p>二、重点任务</p>{first}{second}<p>三、保障措施</p></body></html>"
    )
    lines = _text(HTML(string=page).write_pdf()).splitlines()
    assert lines[3:5] == [
        "2|培育软件企业，新增规模以上软件企业20家|市工信局|市科技局、市商务局|",
        "3|建设软件产业园，引进软件项目10个|市商务局|市发展改革委|",
    ]
    # the control, a name cut at the foot ("省卫生健" / "康委") still read whole:
    # test_pdf_producers.test_cells_merged_over_a_page_break_beside_a_numbered_row_are_read_whole_in_both


# 4. An annex indicator table's cell restating a figure of the goals paragraph is no second
#    target — but only where it counts the same thing. Before: any cell of the same value, unit
#    and year was taken for a restatement (濑川's table lost 开放公共数据集 50个 in 2027 to the goals'
#    应用场景50个). SOURCES.md "A figure printed twice": counting another thing, a target of its own.
ANNEXED = (
    "某县推进数字经济发展工作方案\n一、工作目标\n"
    "到2027年，全县建成智能工厂30个，数字经济核心产业产值达到20亿元，主要指标见附件。\n"
    "二、重点任务\n1.推进企业智能化改造。支持企业开展智能改造。（牵头单位：县工信局）\n"
    "2.建设数据平台。汇聚全县公共数据。（牵头单位：县数据局）\n三、保障措施\n"
    "（一）加强组织领导。建立工作机制。\n附件：某县数字经济发展主要指标表\n某县数字经济发展主要指标表\n"
    "序号|指标名称|单位|2025年（基期）|2026年|2027年|\n1|智能工厂|个|10|20|30|\n"
    "2|开放公共数据集|个|12|20|30|\n3|数字经济核心产业产值|亿元|10|15|20|\n"
)


def test_an_indicator_cell_of_a_stated_figure_counting_another_thing_is_a_target():
    data = _draft(ANNEXED, COUNTY)
    targets = [
        (t["metric"], t["value"], t["unit"], t["deadline"])
        for g in data["goals"]
        for t in g["targets"]
    ]
    assert ("公共数据集", 30, "个", 2027) in targets
    # the control: the cells restating 智能工厂30个 and 产值20亿元 are no second targets
    assert targets == [
        ("智能工厂", 30, "个", 2027),
        ("数字经济核心产业产值", 20, "亿元", 2027),
        ("智能工厂", 20, "个", 2026),
        ("公共数据集", 20, "个", 2026),
        ("公共数据集", 30, "个", 2027),
        ("数字经济核心产业产值", 15, "亿元", 2026),
    ]

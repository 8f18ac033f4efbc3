"""Plans as a government gazette (政府公报) prints them: pages in two columns with a narrow gap
between them, sometimes framed by rules, a running head over both. Each a short text written for
the test (not a copy of a plan), printed by headless Chromium and drafted end to end. Each failed
on main (blindBM c90f2671) unless marked as a control."""

import html

from pilots.drafting.cleaning import ideographs_restored
from pilots.drafting.inputs import document_from_bytes
from tests.pilots.drafting.conftest import chromium_pdf
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _targets, _tasks

GAZETTE_CSS = """
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
body { font-family: 'Noto Serif CJK SC', serif; font-size: 10.5pt; line-height: 18pt; margin: 0; }
.head { text-align: center; font-size: 10pt; border-bottom: 1pt solid #000; margin-bottom: 4mm; }
.columns { column-count: 2; column-gap: 5mm; }
p { margin: 0; text-indent: 2em; text-align: justify; }
h2 { font-size: 10.5pt; font-weight: normal; margin: 0; text-indent: 2em; }
table.frame { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.frame td { vertical-align: top; padding: 0 2.5mm; border: 0.8pt solid #000; }
"""
TASKS = [
    ("建设智能算力中心", "市发展改革委", "市工业和信息化局"),
    ("推动公共数据开放", "市数据局", "市直有关单位"),
    ("实施制造业智能化改造", "市工业和信息化局", "市科技局"),
    ("发展智慧农业", "市农业农村局", "市商务局"),
    ("推广智慧教育", "市教育局", "市数据局"),
    ("提升城市智能治理水平", "市住房城乡建设局", "市公安局"),
    ("培育人工智能企业", "市商务局", "市科技局"),
    ("加强人才引育", "市委人才办", "市人力资源社会保障局"),
]
BODY = (
    "围绕重点领域推进应用场景建设，完善配套政策和服务体系，"
    "推动项目早落地、早见效，形成一批可复制可推广的经验做法"
)
NUMBERS = "一二三四五六七八"


def _plan_paragraphs() -> list[str]:
    lines = ["某市推进人工智能产业发展实施方案", "一、重点任务"]
    for number, (title, lead, support) in zip(NUMBERS, TASKS, strict=True):
        lines.append(
            f"（{number}）{title}。{BODY}。{BODY}。（牵头单位：{lead}；配合单位：{support}）"
        )
    return lines


def _html(paragraphs: list[str]) -> str:
    return "".join(
        f"<h2>{html.escape(p)}</h2>" if len(p) < 20 else f"<p>{html.escape(p)}</p>"
        for p in paragraphs
    )


def _printed(chromium: str, body: str) -> str:
    page_html = (
        "<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'>"
        f"<style>{GAZETTE_CSS}</style></head><body>{body}</body></html>"
    )
    content = chromium_pdf(chromium, page_html, right="18mm")
    return ideographs_restored(document_from_bytes("gazette.pdf", content).text)


def _task_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("（") and BODY[:8] in line]


def _drafted_tasks(text: str) -> list[tuple[str, dict]]:
    data = _draft(text)
    return [(task["title"], _roles(data, task)) for task in _tasks(data)]


EXPECTED = [
    (title, {"lead": [lead], "supporting": [support]} if support != "市直有关单位" else None)
    for title, lead, support in TASKS
]


def _assert_read_whole(text: str) -> None:
    lines = _task_lines(text)
    assert [line[1] for line in lines] == list(NUMBERS)
    assert all(line.endswith("）") and "牵头单位" in line for line in lines)
    drafted = _drafted_tasks(text)
    assert [title for title, _ in drafted] == [title for title, _, _ in TASKS]
    assert [roles["lead"] for _, roles in drafted] == [[lead] for _, lead, _ in TASKS]


def test_two_columns_with_a_narrow_gap_are_read_column_by_column(chromium):
    """A gazette's columns a character and a half apart (5 mm at 10.5 pt), no rule between them:
    read across the page, the lines of both columns ran together and no task was whole."""
    body = "<div class='head'>某市人民政府公报</div><div class='columns'>"
    body += _html(_plan_paragraphs()) + "</div>"
    _assert_read_whole(_printed(chromium, body))


def test_two_columns_framed_by_rules_are_no_table(chromium):
    """The same columns framed by rules over, under and between them, as some gazettes print:
    the frame was read as a table of one row, the whole page two cells joined by |."""
    paragraphs = _plan_paragraphs()
    left, right = paragraphs[:6], paragraphs[6:]
    body = (
        "<div class='head'>某市人民政府公报</div><table class='frame'><tr>"
        f"<td class='l'>{_html(left)}</td><td class='r'>{_html(right)}</td></tr></table>"
    )
    text = _printed(chromium, body)
    assert "|" not in text
    _assert_read_whole(text)


def test_a_ruled_table_of_one_row_and_two_short_cells_stays_a_table(chromium):
    """Control (a table on main too): a ruled row of two cells of a few words is a table."""
    body = (
        "<div class='head'>某市人民政府公报</div>"
        + _html(_plan_paragraphs()[:3])
        + "<table class='frame'><tr><td class='l'>牵头单位</td><td class='r'>市发展改革委</td>"
        "</tr></table>" + _html(_plan_paragraphs()[3:])
    )
    text = _printed(chromium, body)
    assert "牵头单位|市发展改革委|" in text


def test_a_page_of_one_column_is_read_across(chromium):
    """Control: a page set in one column, its lines across the page, is read line by line as
    before (no gutter: every line crosses the middle)."""
    body = "<div class='head'>某市人民政府公报</div>" + _html(_plan_paragraphs())
    _assert_read_whole(_printed(chromium, body))


# A task table over pages, each page's part opened by a "续表" line and the header printed again;
# a row's 工作内容 cut by the page end goes on in a row whose other cells are empty.

TABLE_HEADER = ["序号", "任务名称", "工作内容", "牵头单位", "配合单位", "完成时限"]
TABLE_BODY = [
    "某县推进“人工智能+”行动实施方案",
    "一、主要目标",
    "到2027年底，培育人工智能企业10家。",
    "二、重点任务",
    "重点任务清单如下。",
]
CUT = (
    "推动公共数据分类分级有序开放，完善数据共享交换平台，",
    "开放高质量公共数据集，实行动态更新。",
)
FIRST_PART = [
    ["1", "建设智能算力中心", "统筹建设县域智算中心，接入全区算力调度平台。", "县发展改革委",
     "县数据局", "2026年12月底前"],
    ["2", "推进公共数据开放", CUT[0], "县数据局", "县财政局", "2027年6月底前"],
]  # fmt: skip
NEXT_PART = [
    ["", "", CUT[1], "", "", ""],
    ["3", "培育骨干企业", "支持企业做大做强，落实研发费用加计扣除政策。", "县工信局", "县科技局",
     "长期坚持"],
]  # fmt: skip


def _ruled(rows: list[list[str]]) -> str:
    cells = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table style='border-collapse:collapse;width:100%' border='1'>{cells}</table>"


def _table_over_pages(chromium: str, mark: str) -> str:
    body = "<div class='head'>某县人民政府文件</div>" + _html(TABLE_BODY)
    body += _ruled([TABLE_HEADER, *FIRST_PART])
    body += f"<div style='break-before:page'><p style='text-indent:0'>{mark}</p></div>"
    body += _ruled([TABLE_HEADER, *NEXT_PART])
    return _printed(chromium, body)


def _table_tasks(text: str) -> list[tuple[str, str]]:
    return [(task["title"], task["text"]) for task in _tasks(_draft(text))]


def test_a_row_cut_by_the_page_end_goes_on_after_the_continued_mark(chromium):
    """The part of the cut row after "续表" and the repeated header was drafted as a task of its
    own: the mark and the header are the table's going on, the row is joined to the one above."""
    tasks = _table_tasks(_table_over_pages(chromium, "续表"))
    assert [title for title, _ in tasks] == ["建设智能算力中心", "推进公共数据开放", "培育骨干企业"]
    assert CUT[0] + CUT[1] in tasks[1][1]


def test_a_line_of_text_over_the_next_page_s_table_part_keeps_the_rows_apart(chromium):
    """Control: a sentence (no 续表 mark) over the table's part on the next page is text: the
    rows after it are read as before."""
    text = _table_over_pages(chromium, "各单位要按照分工抓好落实。")
    assert "各单位要按照分工抓好落实。" in text
    assert CUT[0] + CUT[1] not in text


# A figure of 1 once a period (每半年…开展一次调度评估) is a cadence, whatever the verb before 一次:
# 进行 and 开展 alike.

_SUPERVISED = (
    "某市推进人工智能发展实施方案\n"
    "一、重点任务\n"
    "（一）强化督促落实。市人工智能工作专班每半年对重点任务推进情况开展一次调度评估。"
    "（牵头单位：市工信局）\n"
    "（二）建设应用场景。到2027年建设典型应用场景20个以上。（牵头单位：市数据局）\n"
)


def test_a_cadence_with_kaizhan_is_no_target():
    assert _targets(_draft(_SUPERVISED)) == [(20, "个", "gte", 2027)]


def test_a_count_after_kaizhan_each_half_year_stays_a_target():
    """Control: a count after 开展 that is no single time (开展诊断服务30家) is the plan's."""
    text = _SUPERVISED.replace("对重点任务推进情况开展一次调度评估", "对重点企业开展诊断服务30家")
    assert sorted(_targets(_draft(text))) == [(20, "个", "gte", 2027), (30, "家", "eq", 2027)]

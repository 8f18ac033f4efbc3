"""PDFs of plans as other producers and layouts print them, read back as the text they were set
from (the defects ``evaluate_drafts --render pdf`` and browsers' prints of the texts showed)."""

import html

import pytest

from pilots.drafting import plan_draft
from pilots.drafting.cleaning import radical_ideographs
from pilots.drafting.inputs import document_from_bytes
from pilots.plan_fixtures import plan_document_parse
from tests.pilots.drafting.test_pdf_layout import PER_LINE, _typeset


def _read(content: bytes) -> str:
    """The PDF's text, its font's radicals read as ideographs as the drafting reads them."""
    text = document_from_bytes("plan.pdf", content).text
    for radical, ideograph in radical_ideographs(text).items():
        text = text.replace(radical, ideograph)
    return text


FILL = "推动人工智能技术在重点行业深度应用形成示范效应建设创新平台培育龙头企业完善产业生态体系"


TITLE = "青山市人工智能产业发展行动方案"
# The title as the running head of every page but the first, in small print.
RUNNING_HEAD_CSS = (
    f"@page{{@top-center{{content:'{TITLE}';font-size:10pt}}}}"
    "@page:first{@top-center{content:none}}"
)


def _paragraphs(count: int) -> str:
    return "".join(
        f"<p style='text-indent:2em'>{html.escape(_filling(n, 150))}</p>" for n in range(count)
    )


def _filling(n: int, chars: int) -> str:
    """A paragraph of ``chars`` characters ending in 。, different for each ``n``."""
    text = (FILL[n:] + FILL[:n]) * 6
    return text[: chars - 1] + "。"


def test_indented_paragraphs_mostly_one_full_line_each_are_read_apart(chromium):
    """Paragraphs indented two characters that mostly fill one line exactly (a text with its
    lines broken by hand, typed one line a paragraph): the most common start is the indent, and
    the few lines at the margin are the ones that run on. Each indented line starts a paragraph;
    they were joined, the indent taken for the margin."""
    paragraphs = [_filling(n, PER_LINE - 2) for n in range(8)]
    paragraphs[2:2] = [_filling(20, PER_LINE + 6)]
    paragraphs[5:5] = [_filling(21, PER_LINE + 10)]
    paragraphs[8:8] = [_filling(22, PER_LINE + 3)]
    body = "".join(f"<p style='text-indent:2em'>{html.escape(line)}</p>" for line in paragraphs)
    assert _read(_typeset(chromium, body)).splitlines() == paragraphs


def _pages_pdf(pages: int) -> bytes:
    """A PDF of ``pages`` dense A4 pages of indented paragraphs, printed by WeasyPrint."""
    from weasyprint import HTML

    paragraph = f"<p>{_filling(0, 150)}</p>"
    css = (
        "@page{size:A4;margin:20mm}body{font-family:'Noto Sans CJK SC',sans-serif;"
        "font-size:12pt}p{text-indent:2em;margin:0}"
    )
    page = f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"
    return HTML(string=page + paragraph * (9 * pages) + "</body></html>").write_pdf()


def test_reading_a_long_pdf_holds_one_page_parsed_at_a_time():
    """The draft job reads PDFs of up to 300 pages: each page's parsed characters and shapes
    are let go once its lines are read, not when the garbage collector gets to them. They were
    all kept to the end, 2.3 MB a page of these (300 pages: over 700 MB for one job); now the
    memory grows by the lines kept (0.02 MB a page)."""
    import tracemalloc

    peaks = {}
    for pages in (2, 5):
        content = _pages_pdf(pages)
        tracemalloc.start()
        try:
            assert document_from_bytes("plan.pdf", content).text
            peaks[pages] = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    per_page = (peaks[5] - peaks[2]) / 3
    assert per_page < 0.5e6, f"{per_page / 1e6:.2f} MB a page"


def test_a_title_line_in_a_large_font_nearly_filling_the_measure_goes_on(chromium):
    """A title in 22 pt over two centred lines above 16 pt text, its second line 17 characters
    of a 30-character measure (WeasyPrint's print of a 公文): the line starts 2.4 of its own
    characters in, further in than a paragraph's indent (two characters of the text) — the
    title goes on there. It was cut in two, the line taken for a paragraph of its own."""
    title = ["青山市人民政府办公厅关于印发", "青山市人工智能产业发展三年行动方案"]
    head = "".join(f"<p style='text-align:center;font-size:22pt'>{line}</p>" for line in title)
    body = "".join(
        f"<p style='text-indent:2em'>{html.escape(_filling(n, 70))}</p>" for n in range(6)
    )
    text = _read(_typeset(chromium, head + "<p>一、总体要求</p>" + body))
    assert text.splitlines()[0] == "".join(title)


@pytest.mark.parametrize(
    "preamble", ["", "来源：青山市人民政府网站。导读：方案提出到2027年的目标。"]
)
def test_a_running_head_repeating_the_title_on_the_second_of_two_pages_is_dropped(
    chromium, preamble
):
    """A two-page plan whose title, set at the top of the first page, is printed small as the
    running head of the second (Word's and WeasyPrint's "different first page"): once is no
    repetition, yet a line at a later page's edge that is the document's title is its running
    head (below a site's preamble too); the title at the top of the first page, in a larger
    size, is no running head. The head was read as a paragraph breaking the text, or both were
    dropped."""
    title, css = TITLE, RUNNING_HEAD_CSS
    body = _paragraphs(7)
    head = f"<p>{preamble}</p>" if preamble else ""
    content = _typeset(chromium, f"{head}<p style='text-align:center'>{title}</p>{body}", css=css)
    text = _read(content)
    assert text.count(title) == 1, text[:200]
    assert text.splitlines()[1 if preamble else 0] == title


def test_the_titles_running_head_is_dropped_below_a_long_preamble(chromium):
    """A site's article printed from the browser: a summary of ten lines above the title, set
    large, which heads the second page in small print. The head was looked for among the first
    page's top eight lines only, and read as a paragraph cutting the text (shanghai-embodied-ai-
    2025 printed by WeasyPrint: four targets lost)."""
    title, css = TITLE, RUNNING_HEAD_CSS
    preamble = _paragraphs(2)
    body = _paragraphs(7)
    heading = f"<p style='text-align:center;font-size:22pt'>{title}</p>"
    text = _read(_typeset(chromium, preamble + heading + body, css=css))
    assert text.count(title) == 1, text
    assert text.splitlines()[2] == title


def test_the_titles_running_head_is_dropped_when_a_notice_puts_the_title_on_a_later_page(
    chromium,
):
    """A notice longer than a page before the plan: the title, set large, is on the second
    page, under its running head. The title was looked for on the first page only, and its head
    read as a line of the notice (dev xuhui-genai-measures printed by WeasyPrint: the notice's
    numbered lines became a part of the plan, a task lost)."""
    title, css = TITLE, RUNNING_HEAD_CSS
    notice = _paragraphs(7)
    heading = f"<p style='text-align:center;font-size:22pt'>{title}</p>"
    content = _typeset(chromium, notice + heading + _paragraphs(1), css=css)
    import io

    import pdfplumber

    pages = [page.extract_text() for page in pdfplumber.open(io.BytesIO(content)).pages]
    assert len(pages) == 2 and pages[0].count("\n") > 20  # the title on the second page
    text = _read(content)
    assert text.count(title) == 1, text
    assert text.splitlines()[7] == title


def test_a_header_note_quoting_text_broken_over_lines_leaves_the_draft_loadable():
    """A note of the draft's header quoting the text (the plan it implements, named in a
    reference a PDF broke over two lines: "…（黔府办发" / "〔2022〕25号）") stays a comment:
    its second line was written as YAML, and the draft failed the fixture checks."""
    text = (
        "青山市新型基础设施建设三年行动方案（2022—2024年）\n"
        "为落实《省人民政府办公厅关于印发省新型基础设施建设三年行动方案（2022—2024年）的通知》"
        "（黔府办发\n〔2022〕25号），制定本方案。\n"
        "一、主要目标\n到2024年，建成5G基站2000个。\n"
        "二、重点任务\n（一）建设信息基础设施。加快5G网络建设。（责任单位：市工业和信息化局）\n"
    )
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan.pdf")
    plan_document_parse(name="draft", text=draft.to_yaml())


AGENCIES = ("省发展改革委", "省经信厅", "省科技厅", "省卫生健康委", "杭州市政府", "省财政厅")
LONG_TASK = "推动人工智能与实体经济深度融合，支持重点企业开展关键技术攻关，建设一批示范场景，" * 3


def _division_rows() -> list[list[str]]:
    return [
        [str(n), LONG_TASK, AGENCIES[n % 6], f"{AGENCIES[(n + 1) % 6]}、{AGENCIES[(n + 2) % 6]}",
         "2026年12月"]
        for n in range(1, 15)
    ]  # fmt: skip


def test_a_ruled_task_table_row_broken_across_a_page_stays_one_row():
    """A division of tasks in a ruled table whose 13th row WeasyPrint breaks over two pages (its
    cells open at the bottom of the first page, closed at the top of the next): each part was
    no table at all ("13推动…省财政厅省商务厅、2026…"), the names and deadline cut in two. Now the
    part on the next page, with no number of its own, goes on with the row before it."""
    from weasyprint import HTML

    head = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    rows = _division_rows()
    cells = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in [head, *rows]
    )
    css = (
        "@page{size:A4;margin:20mm}body{font-family:'Noto Sans CJK SC',sans-serif;font-size:12pt}"
        "table{border-collapse:collapse;width:100%}td{border:1px solid black;vertical-align:top}"
        "td:nth-child(3),td:nth-child(4){width:5em}"
    )
    page = (
        f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><p>附件</p>"
        f"<table>{cells}</table></body></html>"
    )
    content = HTML(string=page).write_pdf()
    lines = _read(content).splitlines()
    assert lines[1:] == ["|".join([*row, ""]) for row in [head, *rows]]


def test_a_cell_merged_over_rows_is_read_in_each_of_them():
    """A 配合单位 cell merged over two rows (as a Word file merges a value repeated down a
    column) was read in the first row only: the second task lost its supporting agencies."""
    from weasyprint import HTML

    css = (
        "@page{size:A4;margin:20mm}body{font-family:'Noto Sans CJK SC',sans-serif;font-size:12pt}"
        "table{border-collapse:collapse;width:100%}td{border:1px solid black}"
    )
    page = (
        f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><table>"
        "<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>"
        "<tr><td>1</td><td>建设算力中心</td><td>省经信厅</td>"
        "<td rowspan='2'>省科技厅、省卫生健康委</td></tr>"
        "<tr><td>2</td><td>培育龙头企业</td><td>省发展改革委</td></tr>"
        "</table></body></html>"
    )
    assert _read(HTML(string=page).write_pdf()).splitlines() == [
        "序号|重点任务|牵头单位|配合单位|",
        "1|建设算力中心|省经信厅|省科技厅、省卫生健康委|",
        "2|培育龙头企业|省发展改革委|省科技厅、省卫生健康委|",
    ]


def _two_pages(css: str, last: str, opening: str) -> str:
    """A division table broken after its first row, the 配合单位 cell ``last`` at the foot of the
    first page and ``opening`` beside the numbered row opening the next."""
    return (
        f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><table>"
        "<tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>"
        f"<tr><td>1</td><td>建设算力中心</td><td>省经信厅</td><td>{last}</td></tr></table>"
        "<table style='page-break-before:always'>"
        f"<tr><td>2</td><td>培育龙头企业</td><td rowspan='2'></td><td>{opening}</td></tr>"
        "<tr><td>3</td><td>完善产业生态</td><td>省商务厅</td></tr></table></body></html>"
    )


MERGED_CSS = (
    "@page{size:A4;margin:20mm}body{font-family:'Noto Sans CJK SC',sans-serif;font-size:12pt}"
    "table{border-collapse:collapse;width:100%;table-layout:fixed}"
    "td{border:1px solid black;vertical-align:top;padding:0 2px}"
    "td:nth-child(1){width:3em}td:nth-child(3){width:7em}td:nth-child(4){width:4em}"
)


def test_cells_merged_over_a_page_break_beside_a_numbered_row_are_read_whole_in_both():
    """LibreOffice's print of a Word division table whose 牵头单位 and 配合单位 cells are merged
    over rows 1–3, the page breaking after row 1: on the next page row 2 opens with its own
    number beside the merged cells' remains, the 牵头单位 one blank (its text all before the
    break), the 配合单位 one holding the end of a name cut at the foot ("省卫生健" / "康委、…").
    Row 2 lost its lead and read "康委" as a body; now each cell is read whole in each row."""
    from weasyprint import HTML

    cut = "省科技厅、省财政厅、省商务厅、省卫生健"
    page = _two_pages(MERGED_CSS, cut, "康委、省应急管理厅")
    whole = cut + "康委、省应急管理厅"
    assert _read(HTML(string=page).write_pdf()).splitlines() == [
        "序号|重点任务|牵头单位|配合单位|",
        f"1|建设算力中心|省经信厅|{whole}|",
        f"2|培育龙头企业|省经信厅|{whole}|",
        "3|完善产业生态|省经信厅|省商务厅|",
    ]


@pytest.mark.parametrize("last", ["无", "\u2f46", "各设区市"])  # 无 as a font's radical ⽆ too
def test_a_whole_cell_at_the_foot_of_a_page_is_not_joined_to_the_name_opening_the_next(last):
    """A cell naming nobody (无) or places (各设区市) at the foot of a page is no name cut in
    two: the name beside the next page's numbered row is that row's own ("无省经信厅" was read
    as a body in Chromium's print of zhejiang-ai-task-list-2026)."""
    from weasyprint import HTML

    lines = _read(HTML(string=_two_pages(MERGED_CSS, last, "省经信厅")).write_pdf()).splitlines()
    last = last.replace("\u2f46", "无")  # as the drafting reads it
    assert lines[1:3] == [f"1|建设算力中心|省经信厅|{last}|", "2|培育龙头企业|省经信厅|省经信厅|"]


def test_a_table_s_numbers_set_one_cell_a_paragraph_mid_page_are_no_page_numbers():
    """An indicator table whose web copy gives one cell a line, typed by an office as one
    paragraph a cell (deqing-ai-plus-2026-synthetic printed by LibreOffice: targets R 36.4%):
    the cells that are bare numbers (序号 1, 62, 120) in the middle of the page were dropped as
    page numbers. A bare number is a page number only as the first or last line of its page."""
    from weasyprint import HTML

    cells = ["序号", "指标名称", "单位", "2025年", "2027年", "1", "人工智能核心产业营业收入",
             "亿元", "62", "120", "2", "人工智能企业数", "家", "145", "260"]  # fmt: skip
    lines = ["一、主要目标", *cells, "二、重点任务", _filling(3, 90)]
    css = (
        "@page{size:A4;margin:25mm 26mm 30mm 28mm;@bottom-right{content:counter(page)}}"
        "body{font-family:'Noto Serif CJK SC',serif;font-size:16pt}p{text-indent:2em;margin:0}"
    )
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    page = f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body>"
    text = _read(HTML(string=page + "</html>").write_pdf())
    assert text.splitlines() == lines  # the page number at the foot dropped


def test_a_bare_number_opening_a_page_is_a_cell_unless_it_counts_the_pages():
    """A table's cell opening a page ("120" at the top of page 3) was dropped as a page number,
    as was one ending a page; a bare number is one when it counts the pages (the page's own
    number, or its number less one after an unnumbered cover, on every page)."""
    from pilots.drafting.pdf_running import running_lines_dropped

    def page(*texts, foot=None):
        lines = [{"text": t, "top": 0.13 + 0.04 * i, "size": 16.0} for i, t in enumerate(texts)]
        lines += [{"text": foot, "top": 0.885, "size": 14.0}] if foot else []
        return [{**line, "bottom": line["top"] + 0.02} for line in lines]

    def kept(pages):
        return [[line["text"] for line in p] for p in running_lines_dropped(pages, [])]

    cells = [page("一、主要目标", "人工智能企业数"), page("62"), page("120", "二、重点任务")]
    assert kept(cells) == [["一、主要目标", "人工智能企业数"], ["62"], ["120", "二、重点任务"]]
    for first in (1, 0):  # numbered from the first page, or after a cover
        numbered = [page("正文", foot=str(n + first)) if n else page("封面") for n in range(4)]
        assert kept(numbered) == [["封面"], ["正文"], ["正文"], ["正文"]]


def test_a_libreoffice_pdf_line_stopping_short_before_a_mark_and_a_figure_goes_on():
    """documents/qingshan_measures_libreoffice.pdf: the .txt beside it typeset with Word's defaults
    and printed by LibreOffice 7.4 (``rendering.office_pdf(office_docx(text, "plain"))``; CI has no
    LibreOffice, so the print is committed). LibreOffice breaks no line between a mark and the
    figure after it: "…一次性奖励50万" stops 2.9 characters short, "元、20" too wide for the
    rest. The paragraph was cut there, "元、20万元。…" a paragraph of its own whose figures made
    an extra target (nanchang-ai-measures-2026-synthetic, evaluate_drafts --render pdf-plain)."""
    from tests.pilots.drafting.conftest import DOCUMENTS

    source = (DOCUMENTS / "qingshan_measures_libreoffice.txt").read_text(encoding="utf-8")
    text = _read((DOCUMENTS / "qingshan_measures_libreoffice.pdf").read_bytes())
    paragraphs = source.replace("　", " ").splitlines()
    assert text.splitlines()[-len(paragraphs) + 1 :] == paragraphs[1:]

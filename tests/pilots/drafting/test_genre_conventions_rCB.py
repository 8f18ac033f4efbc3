"""Conventions of whole plans that the synthetic_cb set (SYNTHETIC_CB.md, measured unseen, then
SEEN) left open: marks a PDF prints on every page that are not the plan, and a note a draft prints
after itself. Each a short text or page written to test the form (not a copy of any plan). Each
failed on the importer before its rule unless marked as a control."""

from pilots.drafting.pdf_line_numbers import margin_numbers_dropped
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

# 1. A draft for comment set on numbered paper (稿纸) prints a small line number 1, 2, 3 … left
#    of every grid line; pdfplumber reads each as a line of its own between the text's lines, and
#    each became an item. Dropped when they stand left of all the page's text, in smaller print,
#    counting on.


def _line(text: str, top: float, x0: float, size: float) -> dict:
    return {"text": text, "top": top, "bottom": top + 0.01, "x0": x0, "x1": x0 + 7 * len(text),
            "size": size, "page": 1}  # fmt: skip


def _page(number_size: float, number_x0: float) -> list[dict]:
    body = ["1.建设算力平台。统筹布局算力设施，", "服务企业100家次。（区数据局负责）",
            "2.推广智能应用。开展应用试点，", "打造场景10个。（区工信局负责）",
            "3.培育人才队伍。引进高层次人才，", "每年培训5000人次。（区人社局负责）"]  # fmt: skip
    lines = []
    for index, text in enumerate(body):
        lines.append(_line(str(index + 1), 0.1 + index * 0.06, number_x0, number_size))
        lines.append(_line(text, 0.13 + index * 0.06, 72.0, 12.0))
    return lines


def test_small_line_numbers_counting_on_in_the_left_margin_are_dropped():
    kept = margin_numbers_dropped(_page(7.0, 56.0))
    assert [line["text"] for line in kept if line["text"].isdigit()] == []
    assert len(kept) == 6


def test_control_a_number_column_in_the_texts_size_stays():
    """Control: 序号 cells printed in the text's size, a table's column, are not line numbers."""
    assert len(margin_numbers_dropped(_page(12.0, 56.0))) == 12


def test_control_small_numbers_that_do_not_count_on_stay():
    """Control: small bare numbers that do not run 1, 2, 3 … (values of a figure) stay."""
    page = _page(7.0, 56.0)
    page[2]["text"] = "9"
    assert len(margin_numbers_dropped(page)) == 12


# 2. A draft for comment may print after itself the note on how it was changed (关于《…（征求意见
#    稿）》的修改说明): its 一是/二是 points and the figures it changed are no tasks nor targets.

_CHANGED = (
    "某区智能制造推进工作方案\n"
    "（征求意见稿）\n"
    "一、工作目标\n"
    "到2027年，建成智能工厂12家。\n"
    "二、重点任务\n"
    "1.建设智能工厂。支持企业开展智能化改造，建成智能工厂12家。（区工信局负责）\n"
    "2.培育服务机构。引进智能制造系统解决方案供应商5家。（区商务局负责）\n"
    "3.加强人才培养。每年培训技能人才3000人次。（区人社局负责）\n"
    "三、保障措施\n"
    "加强组织领导。建立工作推进机制，定期调度进展。\n"
    "关于《某区智能制造推进工作方案（征求意见稿）》的修改说明\n"
    "区工信局将方案初稿征求各部门意见，共收到意见15条，采纳12条。\n"
    "一是根据区财政局意见，将智能工厂数量由10家调整为12家；二是根据区商务局意见，增加服务机构引进任务。\n"
)


def test_a_drafts_note_on_its_changes_after_the_plan_is_not_the_plan():
    tasks = _tasks(_draft(_CHANGED))
    assert len(tasks) == 4  # items 1.–3. and the safeguard
    assert not any("根据" in (t.get("title", "") + t.get("text", "")) for t in tasks)


def test_control_a_task_naming_a_note_stays_a_task():
    """Control: an item asking for a note on a standard's changes is a task of the plan."""
    text = _CHANGED.split("关于《")[0].replace(
        "三、保障措施",
        "4.编制标准修改说明。组织编写《智能工厂评价规范》修改说明。（区市场监管局负责）\n三、保障措施",
    )
    assert len(_tasks(_draft(text))) == 5


# 3. An annex table drawn turned 90° on a portrait page is read turned upright (pdf_turned); the
#    page's own number, printed upright below it for the portrait page ("— 6 —"), then runs
#    sideways down the turned page's side, one letter a line among the table's rows, and cut the
#    table in two. Dropped: letters still sideways in a side margin of a turned page.


def _turned_pdf(with_number: bool) -> bytes:
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    width, height = 595.27, 841.89
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(width, height), invariant=1)
    c.saveState()
    c.translate(0, height)
    c.rotate(-90)  # x runs down the page, y from the left edge to the right
    c.setFont("STSong-Light", 10)
    rows = ["序号 任务 牵头单位", "1 建设算力平台 市数据局", "2 推广智能应用 市工信局",
            "3 培育人才队伍 市人社局", "4 优化营商环境 市商务局"]  # fmt: skip
    for index, row in enumerate(rows):
        c.drawString(120, width - 80 - index * 22, row)
    c.restoreState()
    if with_number:
        c.setFont("STSong-Light", 12)
        c.drawCentredString(width / 2, 40, "— 6 —")
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_turned_pages_own_page_number_is_no_line_among_its_rows():
    from pilots.drafting.pdf_text import pdf_document_text

    text, *_ = pdf_document_text("x.pdf", _turned_pdf(True))
    assert [line for line in text.splitlines() if line.strip() in {"—", "6"}] == []
    assert "4 优化营商环境 市商务局" in text


def test_control_a_turned_page_without_marks_reads_the_same():
    """Control: with no page number the turned page's rows read as before."""
    from pilots.drafting.pdf_text import pdf_document_text

    text, *_ = pdf_document_text("x.pdf", _turned_pdf(False))
    assert "1 建设算力平台 市数据局" in text and "4 优化营商环境 市商务局" in text


# 4. A table's part on the next page opens under its title printed again with （续） after it
#    (附件 重点任务分工表（续）), as under a bare 续表: the rows go on.


def test_a_tables_title_printed_again_with_xu_continues_the_table():
    from pilots.drafting.pdf_tables import _continued_mark

    assert _continued_mark({"text": "附件 重点任务分工表（续）"})
    assert _continued_mark({"text": "表2 主要指标（续表）"})


def test_control_a_sentence_or_a_heading_naming_xu_is_no_continuation():
    """Control: lines that only name 续 (a sentence, a heading of the plan) stay."""
    from pilots.drafting.pdf_tables import _continued_mark

    assert _continued_mark({"text": "续表"})  # as before
    assert not _continued_mark({"text": "（三）持续推进数字化转型"})
    assert not _continued_mark({"text": "各单位要按照分工表，持续推进（续）"})


# 5. A notice names its one attachment before the signature (附件：重点任务分工表) and the annex is
#    printed after the plan under the same title (附件 重点任务分工表). The notice's line is its
#    list of attachments, not the annex: before, everything after it — the whole plan — was read
#    as the annex, and the table's rows replaced the plan's items.

_NOTICE = (
    "某省工业和信息化厅关于印发某省智能制造行动方案的通知\n"
    "各市工业和信息化主管部门：\n"
    "现将《某省智能制造行动方案》印发给你们，请认真抓好落实。\n"
    "附件：重点任务分工表\n"
    "某省工业和信息化厅 2026年3月1日\n"
    "某省智能制造行动方案\n"
    "一、重点任务\n"
    "1.建设智能工厂。支持企业开展智能化改造，建成智能工厂40家。\n"
    "2.培育工业软件。支持企业研发工业软件，培育工业软件产品50个。\n"
    "3.推广工业互联网。推动企业上云用数，新增上云企业2000家。\n"
    "二、保障措施\n"
    "加强组织领导。建立工作推进机制。\n"
    "{annex}\n"
    "序号|任务|牵头单位|配合单位|时限|\n"
    "1|建设智能工厂|装备工业处|省财政厅|2027年12月底前|\n"
    "2|培育工业软件|电子信息处|省科技厅|2028年12月底前|\n"
    "3|推广工业互联网|数字化推进处|省通信管理局|持续推进|\n"
)


def test_a_notices_line_naming_its_one_attachment_printed_later_is_no_annex():
    data = _draft(_NOTICE.format(annex="附件 重点任务分工表"))
    tasks = _tasks(data)
    assert len(tasks) == 4  # the body's items 1.–3. and the safeguard
    assert "建成智能工厂40家" in tasks[0]["text"]
    assert _roles(data, tasks[0])["lead"] == ["装备工业处"]


def test_control_an_attachment_line_not_printed_again_stays_the_annex():
    """Control: with the annex printed under another title, the notice's line is read as before."""
    before = _tasks(_draft(_NOTICE.format(annex="附件 任务清单")))
    assert len(before) == 3 and "建成智能工厂40家" not in before[0]["text"]

"""Files whose name does not say what they hold, as government sites post them: Word's 单个文件网页
(a web archive, .mht) saved or served as .doc, a .docx named .doc."""

import base64
import html
import quopri

import pytest

from pilots.drafting import DocumentUnreadable, plan_draft
from pilots.drafting.inputs import document_from_bytes
from pilots.plan_fixtures import plan_document_parse
from pilots.plan_sections import tasks_in_print_order
from pilots.source_documents import source_kind
from tests.pilots.drafting.conftest import DOCUMENTS, docx_bytes

PLAN = (DOCUMENTS / "qingshan_city_conventions.txt").read_text(encoding="utf-8")
LINES = [line for line in PLAN.splitlines() if line.strip()]
BOUNDARY = "----=_NextPart_01DB2C1A.6E3F5A40"


def _word_web_archive(lines: list[str], encoding: str = "quoted-printable") -> bytes:
    """The plan as Word saves it as 单个文件网页: a MIME message whose page is quoted-printable
    in GB 2312 (lines broken at 76 characters with a soft "="), after Word's notice to readers
    that cannot open it."""
    paragraphs = "\n".join(
        f"<p class=MsoNormal style='text-indent:32.0pt'><span lang=ZH-CN>{html.escape(line)}"
        "</span></p>"
        for line in lines
    )
    page = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv=Content-Type content="text/html; charset=gb2312">\n'
        "<title>青山市人工智能行动方案</title>\n</head>\n<body lang=ZH-CN>\n"
        f"<div class=WordSection1>\n{paragraphs}\n</div>\n</body>\n</html>\n"
    )
    head = (
        "MIME-Version: 1.0\n"
        f'Content-Type: multipart/related; boundary="{BOUNDARY}"\n\n'
        "此文档为“单个文件网页”，也称为“Web 档案”文件。如果您看到此消息，但是您的浏览器或编辑器"
        "不支持“Web 档案”文件，请下载支持“Web 档案”的浏览器。\n\n"
        f"--{BOUNDARY}\n"
        "Content-Location: file:///C:/7A2B/plan.htm\n"
        f"Content-Transfer-Encoding: {encoding}\n"
        'Content-Type: text/html; charset="gb2312"\n\n'
    )
    raw = page.encode("gb18030")  # Word declares gb2312, writes GBK
    body = quopri.encodestring(raw) if encoding != "base64" else base64.encodebytes(raw)
    return head.encode("gb2312") + body + f"\n--{BOUNDARY}--\n".encode()


def _task_titles(text: str) -> list[str]:
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan")
    data = plan_document_parse(name="draft", text=draft.to_yaml()).data
    return [task["title"] for _, task in tasks_in_print_order(data["sections"])]


@pytest.mark.parametrize(
    ("name", "encoding"), [("plan.mht", "quoted-printable"), ("plan.mhtml", "base64")]
)
def test_a_word_web_archive_reads_as_the_page_it_holds(name, encoding):
    """Read as a page, its text was the page's codes ("=D2=BB") and Word's notice the only
    Chinese in it: a draft of nothing. The kind found from its content is a page's too (a page
    in base64 was taken for text)."""
    archive = _word_web_archive(LINES, encoding)
    assert "人工智能".encode("gb18030") not in archive  # encoded, not the page's text
    assert source_kind(archive) == "html"
    for file_name in ("plan.html", name):
        text = document_from_bytes(file_name, archive).text
        assert "单个文件网页" not in text and "=3D" not in text
        assert _task_titles(text) == _task_titles(PLAN)


def test_word_files_named_as_another_kind_of_word_file_are_read_as_what_they_hold():
    """Sites serve Word's web archive and .docx files as .doc, a .doc as .docx, and WPS writes
    .docx content under .wps: read by their names they were refused as damaged Word files."""
    word_97 = (DOCUMENTS / "qingshan_city_conventions.doc").read_bytes()
    docx = docx_bytes(LINES)
    for name, content in (("plan.doc", _word_web_archive(LINES)), ("plan.doc", docx),
                          ("plan.wps", docx), ("plan.docx", word_97)):  # fmt: skip
        assert _task_titles(document_from_bytes(name, content).text) == _task_titles(PLAN), name


def test_an_rtf_file_named_doc_gets_the_advice_an_rtf_file_gets():
    with pytest.raises(DocumentUnreadable) as refused:
        document_from_bytes("plan.doc", b"{\\rtf1\\ansi\\ansicpg936 \\f0 plan}")
    assert "另存为 .docx 或 PDF" in refused.value.message

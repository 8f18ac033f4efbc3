"""Files and texts meant to break the importer: each gets a draft or a clear message, never a
traceback, and no text makes drafting take more than linear time."""

import io
import time
import zipfile
from datetime import timedelta

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, given, settings, strategies as st

from pilots.drafting import DocumentUnreadable, inputs as drafting_inputs, plan_draft
from pilots.drafting.inputs import document_from_bytes
from pilots.management.commands.benchmark_drafting import SHAPES
from pilots.plan_fixtures import plan_document_parse
from tests.pilots.drafting.conftest import DOCUMENTS, docx_bytes

PLAN = (DOCUMENTS / "qingshan_city_conventions.txt").read_text(encoding="utf-8")


def encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_with(part: str, content: str | bytes) -> bytes:
    """A real .docx with one of its parts replaced."""
    source = zipfile.ZipFile(io.BytesIO(docx_bytes(["一、总体要求"])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            archive.writestr(item, content if item.filename == part else source.read(item))
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("plan.pdf", encrypted_pdf(), "设有密码"),  # the cause was left empty
        ("plan.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 20, "文件已损坏或不是 PDF"),
        ("plan.docx", bytes(range(256)) * 20, "不是有效的 Word"),
        # a package python-docx cannot read raised AttributeError, not a message
        ("plan.docx", docx_with("[Content_Types].xml", "<Types/>"), "不是有效的 Word"),
    ],
)
def test_damaged_or_locked_files_are_refused_with_a_message(name, content, message):
    with pytest.raises(DocumentUnreadable) as refused:
        document_from_bytes(name, content)
    assert message in refused.value.message


def test_a_docx_that_unpacks_to_more_than_a_plan_is_refused_before_it_is_read(monkeypatch):
    monkeypatch.setattr(drafting_inputs, "DOCX_UNPACKED_MAX", 1024 * 1024)
    bomb = docx_with("word/document.xml", b"<" + b"a" * (2 * 1024 * 1024) + b">")
    assert len(bomb) < 100_000  # 2 MB of XML in a small file
    with pytest.raises(DocumentUnreadable, match="解压后过大"):
        document_from_bytes("plan.docx", bomb)


def test_a_pdf_with_more_pages_than_any_plan_is_refused_before_it_is_read(monkeypatch):
    from pypdf import PdfWriter

    from pilots.drafting import pdf_text

    monkeypatch.setattr(pdf_text, "MAX_PAGES", 5)
    writer = PdfWriter()
    for _ in range(6):
        writer.add_blank_page(595, 842)
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(DocumentUnreadable, match="有 6 页，上限 5 页"):
        document_from_bytes("plan.pdf", out.getvalue())


def test_a_text_longer_than_any_plan_is_refused_with_its_length():
    huge = ("一、建设平台。" * 80_000).encode("utf-8")
    with pytest.raises(DocumentUnreadable) as refused:
        document_from_bytes("plan.txt", huge)
    assert "过长" in refused.value.message and "560000" in refused.value.message


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("plan.txt", PLAN.encode("gbk")),
        ("plan.txt", PLAN.encode("utf-16")),  # Notepad's "Unicode": read as no Chinese text
        ("plan.txt", b"\xfe\xff" + PLAN.encode("utf-16-be")),
        ("plan.html", f"<html><body><p>{PLAN}</p></body></html>".encode("gbk")),
        # a GBK page whose meta says utf-8 (it happens): was garbled by trusting the meta
        (
            "plan.html",
            f"<html><head><meta charset='utf-8'></head><body><p>{PLAN}</p></body></html>".encode(
                "gbk"
            ),
        ),
    ],
)
def test_text_in_the_encodings_plans_come_in_is_read(name, content):
    text = document_from_bytes(name, content).text
    assert all(line in text for line in PLAN.splitlines()[:5])


# Catastrophic backtracking and quadratic loops: shapes of text that took minutes before (a lazy
# (.*?)(牵头|…) over a list of names, a $-anchored search per number, a list search per
# agency and per code). Each is well beyond a plan's size and drafts in a few seconds now;
# `manage.py benchmark_drafting` measures how their time grows.
PATHOLOGICAL = {name: shape(20_000) for name, shape in SHAPES.items()}


@pytest.mark.parametrize("shape", PATHOLOGICAL, ids=list(PATHOLOGICAL))
def test_pathological_text_drafts_in_bounded_time(shape):
    started = time.process_time()
    draft = plan_draft(PATHOLOGICAL[shape], zone_slug="any", source_file="any.txt")
    # A guard against a hang: each took over a minute of CPU. This process's CPU time, not the
    # wall clock, which a loaded machine stretched past the bound (58–75 s at load 11 on 2 CPUs).
    assert time.process_time() - started < 60
    assert draft.data["plan"]


def test_a_page_nested_thousands_deep_is_read_in_bounded_time():
    """bs4's tag.decomposed searches the subtree: asked of every tag it was quadratic (6,000
    nested blocks took 50 s, 12,000 minutes)."""
    page = "<html><body>" + "".join(f"<div>建设平台{i}" for i in range(12000)) + "</div>" * 12000
    started = time.process_time()
    text = document_from_bytes("plan.html", page.encode()).text
    assert time.process_time() - started < 30  # a hang guard, as above
    assert "建设平台11999" in text


OUTLINE_ALPHABET = (
    "一二三四五六七八九十（）()、。，；：:0123456789%.—-〔〕【】“”第章条年个家亿万以上超过不少于"
    "牵头单位责任配合市省局委到其中每年累计新增\n"
)


@settings(
    max_examples=60,
    deadline=timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.one_of(st.text(max_size=3000), st.text(OUTLINE_ALPHABET, max_size=20000)))
def test_any_text_or_outline_like_text_drafts_without_an_error(text):
    draft = plan_draft(text, zone_slug="any", source_file="any.txt")
    assert plan_document_parse(name="any", text=draft.to_yaml()).data == draft.data


def test_the_drafting_benchmark_runs(seeds_dir):
    out = io.StringIO()
    call_command("benchmark_drafting", n=40, runs=1, stdout=out)
    assert "baseline 001_efab891e5f9082f7.txt" in out.getvalue()
    assert all(name in out.getvalue() for name in SHAPES)


def _without_unicode_maps(pdf: bytes) -> bytes:
    """The PDF with its fonts' ToUnicode maps taken out, as some typesetters write CID fonts:
    the glyphs print, but the text layer gives glyph numbers, not characters."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if "/ToUnicode" in font:
                del font[NameObject("/ToUnicode")]
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_whose_fonts_map_no_characters_is_refused_with_the_reason(chromium):
    """A text layer of CID glyph numbers read as "(cid:129)…": it was refused as having no
    Chinese text, which sends the reader looking for the wrong fault."""
    from tests.pilots.drafting.conftest import chromium_pdf

    lines = "".join(f"<p>{line}</p>" for line in PLAN.splitlines()[:20])
    page = f"<html><meta charset='utf-8'><body style='font-family:serif'>{lines}</body></html>"
    pdf = _without_unicode_maps(chromium_pdf(chromium, page, right="26mm"))
    with pytest.raises(DocumentUnreadable) as refused:
        document_from_bytes("plan.pdf", pdf)
    assert "没有字符映射" in refused.value.message


def test_a_wps_file_in_word_97_format_is_read_and_other_word_processor_files_get_advice():
    """WPS 文字 saves .wps / .wpt in Word 97's binary format: read as the .doc it is (it was
    refused as an unsupported type). .rtf / .odt are asked for as .docx or PDF, by name."""
    word_97 = (DOCUMENTS / "qingshan_city_conventions.doc").read_bytes()
    for name in ("plan.wps", "plan.wpt"):
        assert document_from_bytes(name, word_97).text.startswith(PLAN.strip())
    with pytest.raises(DocumentUnreadable) as refused:
        document_from_bytes("plan.wps", b"WPS\x00" + bytes(range(256)) * 4)
    assert "另存为 .docx" in refused.value.message
    for name in ("plan.rtf", "plan.odt"):
        with pytest.raises(DocumentUnreadable) as refused:
            document_from_bytes(name, b"{\\rtf1 text}")
        assert "另存为 .docx 或 PDF" in refused.value.message


def _docx_part(part: str) -> str:
    return zipfile.ZipFile(io.BytesIO(docx_bytes(["一、总体要求"]))).read(part).decode()


def _document_xml_with(dtd: str, entity: str) -> bytes:
    """A .docx whose document.xml declares ``dtd`` and uses ``entity`` in its text."""
    head, body = _docx_part("word/document.xml").split("?>", 1)
    body = body.replace("总体要求", f"总体要求{entity}", 1)
    return docx_with("word/document.xml", f"{head}?>{dtd}{body}")


def _pdf_whose_trailer_is_its_own_previous() -> bytes:
    body = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[2 0 R]/Count 1>>endobj\n"
    )
    at = len(body)
    xref = b"xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000055 00000 n \n"
    trailer = b"trailer<</Size 3/Root 1 0 R/Prev %d>>\nstartxref\n%d\n%%%%EOF\n" % (at, at)
    return body + xref + trailer


XXE = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
BOMB = (
    '<!DOCTYPE w:document [<!ENTITY a0 "哈哈哈哈哈">'
    + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    + "]>"
)
EXTERNAL = (
    '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/attachedTemplate" Target="http://127.0.0.1:9/t.dotm" TargetMode="External"/>'
)


def _docx_linking_outside() -> bytes:
    rels = _docx_part("word/_rels/document.xml.rels")
    return docx_with(
        "word/_rels/document.xml.rels",
        rels.replace("</Relationships>", EXTERNAL + "</Relationships>"),
    )


@pytest.mark.parametrize(
    ("name", "make", "refused"),
    [
        ("external entity", lambda: _document_xml_with(XXE, "&x;"), None),
        ("entity bomb", lambda: _document_xml_with(BOMB, "&a9;"), "不是有效的 Word"),
        ("external relationship", _docx_linking_outside, None),
        ("pdf xref loop", _pdf_whose_trailer_is_its_own_previous, "文件已损坏或不是 PDF"),
        ("truncated docx", lambda: docx_bytes(["一、总体要求"] * 50)[:2000], "不是有效的 Word"),
    ],
)
def test_files_that_reach_outside_or_loop_are_read_without_it_or_refused(name, make, refused):
    """An external entity is not resolved, a relationship outside the package not fetched, an
    entity bomb or a PDF whose cross-references loop refused at once."""
    started = time.monotonic()
    file_name = "plan.pdf" if "pdf" in name else "plan.docx"
    if refused:
        with pytest.raises(DocumentUnreadable) as said:
            document_from_bytes(file_name, make())
        assert refused in said.value.message
    else:
        text = document_from_bytes(file_name, make()).text
        assert text.startswith("一、总体要求") and "root:" not in text
    assert time.monotonic() - started < 5

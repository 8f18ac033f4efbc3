# ruff: noqa: E501  (plan text as the offices write it)
"""A 征求意见稿 circulated as a Word 97–2003 .doc with its revisions tracked, and a drafter's hidden
note: Word prints neither the struck text nor the hidden one, so neither is drafted — the .doc
reader leaves out characters whose properties set sprmCFRMarkDel or sprmCFVanish (doc_runs.py), as
the .docx reader leaves out w:del and w:vanish. Each failed on the old reader unless marked as a
control. A short plan written for the test, not a copy of any plan.

The .doc (documents/tracked_revisions_and_hidden_note.doc) is the .docx ``revisions_docx`` writes
(w:del / w:ins with w:author and w:date, a run with w:vanish), saved as Word 97–2003 by LibreOffice:
``python -m tests.pilots.drafting.test_doc_revisions`` (needs soffice) writes it again. LibreOffice
keeps the marks as character properties: the struck runs carry sprmCFRMarkDel (0x0800) = 1, the
inserted ones sprmCFRMarkIns (0x0801) = 1, the note sprmCFVanish (0x083C) = 1 — the first test
reads them from the file, so a rewritten .doc that lost them fails there. (LibreOffice does not
carry the struck paragraph's mark over as deleted: Word would print an empty paragraph there.)
"""

import contextlib
import io
import random
import struct
from pathlib import Path

import olefile
import pytest

from pilots.drafting import document_read
from pilots.drafting.doc_rows import sprms
from pilots.drafting.inputs import DocumentUnreadable, document_from_bytes
from tests.pilots.drafting.conftest import DOCUMENTS, doc_written_by_libreoffice
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

REVISIONS_DOC = DOCUMENTS / "tracked_revisions_and_hidden_note.doc"
_STAMP = 'w:author="审核人" w:date="2025-03-01T00:00:00Z"'


def _run(text: str, hidden: bool = False) -> str:
    properties = "<w:rPr><w:vanish/></w:rPr>" if hidden else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _inserted(text: str, n: int) -> str:
    return f'<w:ins w:id="{n}" {_STAMP}>{_run(text)}</w:ins>'


def _deleted(text: str, n: int) -> str:
    return f'<w:del w:id="{n}" {_STAMP}><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'


STRUCK_TASK = "2.建设数据工厂。建成数据工厂1个。（牵头单位：县财政局）"
HIDDEN_NOTE = "【起草人注：县统计局意见未回复，拟增加统计数据集5个】"
PARAGRAPHS = [  # (the paragraph mark deleted, its runs)
    (False, _run("某县“人工智能+”行动方案（征求意见稿）")),
    (False, _run("一、主要目标")),
    (False, _run("到2027年，全县人工智能核心产业规模达到") + _deleted("20", 1) + _inserted("30", 2) + _run("亿元。")),
    (False, _run("二、重点任务")),
    (False, _run("1.建设智算中心。建成智能算力规模50P。（牵头单位：县发改局") + _deleted("；配合单位：县工信局", 3) + _run("）")),
    (True, _deleted(STRUCK_TASK, 4)),
    (False, _run("2.开放公共数据。每年开放数据集20个。") + _run(HIDDEN_NOTE, hidden=True) + _run("（牵头单位：县数据局）")),
    (False, _run("3.培育骨干企业。") + _inserted("培育企业10家。", 6) + _run("（牵头单位：县工信局）")),
    (False, _run("三、保障措施")),
    (False, _run("加强组织领导，统筹推进各项任务。")),
]  # fmt: skip


def revisions_docx() -> bytes:
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = Document()
    body = document.element.body
    for mark_deleted, runs in PARAGRAPHS:
        mark = f'<w:pPr><w:rPr><w:del w:id="5" {_STAMP}/></w:rPr></w:pPr>' if mark_deleted else ""
        body.insert(len(body) - 1, parse_xml(f"<w:p {nsdecls('w')}>{mark}{runs}</w:p>"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _marked_runs(path: Path) -> dict[str, set[int]]:
    """The text of each character run whose properties set a revision mark or hidden, and which."""
    with olefile.OleFileIO(str(path)) as ole:
        document = ole.openstream("WordDocument").read()
        flags = struct.unpack_from("<H", document, 0x0A)[0]
        table = ole.openstream("1Table" if flags & 0x0200 else "0Table").read()
    fc, lcb = struct.unpack_from("<II", document, 0x00FA)
    count = (lcb - 4) // 8
    found: dict[str, set[int]] = {}
    for pn in struct.unpack_from(f"<{count}I", table, fc + 4 * (count + 1)):
        page = document[pn * 512 : (pn + 1) * 512]
        crun = page[511]
        bounds = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for run in range(crun):
            at = 2 * page[4 * (crun + 1) + run]
            marks = {s for s, v in sprms(page[at + 1 : at + 1 + page[at]]) if v == b"\x01"}
            if at and marks & {0x0800, 0x0801, 0x083C}:
                text = document[bounds[run] : bounds[run + 1]].decode("utf-16-le")
                found.setdefault(text, set()).update(marks & {0x0800, 0x0801, 0x083C})
    return found


def test_the_doc_holds_the_revision_marks_and_the_hidden_property():
    """Control: the committed file carries what the tests are about (see the docstring)."""
    marked = _marked_runs(REVISIONS_DOC)
    assert marked["20"] == {0x0800} and marked["30"] == {0x0801}
    assert marked["；配合单位：县工信局"] == {0x0800}
    assert "".join(t for t, m in marked.items() if m == {0x0800}).endswith("（牵头单位：县财政局）")
    assert "".join(t for t, m in marked.items() if m == {0x083C}) == HIDDEN_NOTE


def _text() -> str:
    return document_read(REVISIONS_DOC).text


def _targets(data: dict) -> list[tuple]:
    return [(t["value"], t["unit"]) for goal in data["goals"] for t in goal["targets"]]


def test_a_figure_struck_and_replaced_reads_as_the_new_one():
    assert "到2027年，全县人工智能核心产业规模达到30亿元。" in _text().splitlines()
    assert [t for t in _targets(_draft(_text())) if t[1] == "亿元"] == [(30, "亿元")]  # not 2030


def test_a_struck_task_paragraph_is_not_drafted():
    assert "建设数据工厂" not in _text()
    titles = [t["title"] for t in _tasks(_draft(_text()))]
    assert titles[:3] == ["建设智算中心", "开放公共数据", "培育骨干企业"]


def test_an_agency_struck_from_an_annotation_is_not_assigned():
    data = _draft(_text())
    task = next(t for t in _tasks(data) if t["title"] == "建设智算中心")
    assert _roles(data, task) == {"lead": ["县发改局"]}


def test_a_hidden_note_is_not_read():
    text = _text()
    assert "起草人注" not in text and "县统计局" not in text
    assert "2.开放公共数据。每年开放数据集20个。（牵头单位：县数据局）" in text.splitlines()


def test_control_inserted_text_is_read():
    """Control (passes before the rule): text inserted with revision marking is the plan's."""
    assert "3.培育骨干企业。培育企业10家。（牵头单位：县工信局）" in _text().splitlines()


def _damaged(change, tmp: Path) -> bytes:
    """REVISIONS_DOC with ``change(document, table, chpx_page)`` made to its streams in place
    (the sizes kept, as olefile writes them): the offset of its one CHPX FKP page is passed."""
    path = tmp / "damaged.doc"
    path.write_bytes(REVISIONS_DOC.read_bytes())
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        document = bytearray(ole.openstream("WordDocument").read())
        name = "1Table" if struct.unpack_from("<H", document, 0x0A)[0] & 0x0200 else "0Table"
        table = bytearray(ole.openstream(name).read())
        fc, lcb = struct.unpack_from("<II", document, 0x00FA)
        page = 512 * struct.unpack_from("<I", table, fc + lcb - 4)[0]
        change(document, table, page)
        ole.write_stream("WordDocument", bytes(document))
        ole.write_stream(name, bytes(table))
    return path.read_bytes()


def _chpx_beyond_the_table(document: bytearray, table: bytearray, page: int) -> None:
    struct.pack_into("<II", document, 0x00FA, 0xFFFFFF00, 12)


def _page_beyond_the_document(document: bytearray, table: bytearray, page: int) -> None:
    fc, lcb = struct.unpack_from("<II", document, 0x00FA)
    struct.pack_into("<I", table, fc + lcb - 4, 0x3FFFFF)


def _too_many_runs(document: bytearray, table: bytearray, page: int) -> None:
    document[page + 511] = 255


@pytest.mark.parametrize(
    "change", [_chpx_beyond_the_table, _page_beyond_the_document, _too_many_runs]
)
def test_character_properties_that_cannot_be_read_leave_the_text_whole(tmp_path, change):
    """Which words are struck cannot be told: the plan is still read, every word of it (struck
    ones too), as before revisions were read — not refused, nor anything else raised."""
    text = document_from_bytes("plan.doc", _damaged(change, tmp_path)).text
    assert "建设数据工厂" in text  # the struck task
    assert "县工信局" in text


def test_a_scrambled_chpx_page_is_read_or_refused_never_anything_else(tmp_path):
    """Random bytes in the CHPX FKP page (run bounds, offsets, properties): each read ends, in
    text or in DocumentUnreadable."""
    noise = random.Random(511)

    def scramble(document: bytearray, table: bytearray, page: int) -> None:
        for _ in range(noise.randrange(1, 60)):
            document[page + noise.randrange(512)] = noise.randrange(256)

    for _ in range(40):
        with contextlib.suppress(DocumentUnreadable):
            document_from_bytes("plan.doc", _damaged(scramble, tmp_path))


def write_revisions_doc(path: Path = REVISIONS_DOC) -> None:
    doc_written_by_libreoffice(revisions_docx(), path)


if __name__ == "__main__":
    write_revisions_doc()

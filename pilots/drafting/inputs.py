"""Reading a plan document's text from the file it arrives in: .txt, .docx, .doc, .pdf or .html.

- .txt: UTF-8, UTF-16 or UTF-32 with a BOM, UTF-16 without one, else GB 18030 (the superset of
  GBK most government files use); .html the same, its meta charset tried when not UTF-8.
- .docx: paragraphs and tables in document order as Word shows them (revisions accepted, text
  boxes and content controls read, a title in the first page's header first: ``docx_text``),
  with the numbers Word's list numbering prints (``docx_numbering``); a task table whose header
  names 牵头单位 / 责任单位 … columns becomes one line per row with the annotation the genre
  prints; a table of main indicators (指标 | 2024年 | 2027年) the goal sentences it stands for.
- .doc (Word 97–2003, olefile): the main document's text from its piece table, tables as rows
  of cells between | (``doc_text``); so are WPS 文字's .wps / .wpt, written in that format.
  .rtf, .odt and other word-processor files get a message asking for a .docx or PDF.
- .xlsx / .xlsm (openpyxl): every visible sheet as a reader sees it, its tables read as a Word
  file's are (``xlsx_text``); an .xls, WPS 表格's .et or an .ods gets a message asking for .xlsx.
- .pdf with a text layer (pdfplumber): lines joined into paragraphs by indent and line end,
  running headers, footers and page numbers dropped, spaces between CJK characters removed. A
  scanned PDF (images only) is refused with a message saying so.
- .html saved from a government site (BeautifulSoup): scripts, navigation and page chrome
  dropped, the element holding most of the text kept as the article, one line per block; a
  web archive (.mht, .mhtml: Word's 单个文件网页) as the page it holds.
Anything else, an empty file or an unreadable one raises ``DocumentUnreadable`` with a message
for the person who gave the file, never a traceback.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from pilots.archives import zip_members_too_many

SUPPORTED = (".txt", ".docx", ".doc", ".pdf", ".html", ".htm", ".mht", ".mhtml", ".wps", ".wpt",
             ".xlsx", ".xlsm")  # fmt: skip
# Word-processor files read only once saved as one of the SUPPORTED kinds.
SAVE_AS = (".rtf", ".odt", ".ott", ".fodt", ".docm", ".dotx", ".dot", ".pages", ".ofd", ".ceb")
# Spreadsheets read only once saved as .xlsx.
SHEET_SAVE_AS = (".xls", ".xlsb", ".et", ".ett", ".ods", ".fods", ".numbers")
# A MIME message's headers, as a web archive opens: MIME-Version and a multipart Content-Type.
WEB_ARCHIVE = re.compile(
    rb"\s*(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?content-type:\s*multipart/related", re.I
)
# A web page's opening tags, looked for in a file's first 4 KB.
WEB_PAGE_TAG = re.compile(rb"<\s*(!doctype\s+html|html|head|body|meta|div|p|title)\b", re.I)
WORD_SUFFIXES = (".doc", ".docx", ".wps", ".wpt")
SHEET_SUFFIXES = (".xls", ".xlsx", ".xlsm", ".et")
# The compound file of Word 97–2003 and WPS (and of .xls and .ppt).
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Ten times the longest plan of the genre: more is not a plan, and drafting it would take minutes.
TEXT_MAX_CHARS = 500_000
# What a .docx may unpack to: a zip bomb is refused before it is read.
DOCX_UNPACKED_MAX = 100 * 1024 * 1024
# A workbook is read whole into memory (merged ranges need it): a task list's is well under 1 MB.
XLSX_UNPACKED_MAX = 10 * 1024 * 1024


class DocumentUnreadable(Exception):
    """A file the importer cannot take, with a message for the person who gave it."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


@dataclass
class SourceDocument:
    text: str
    kind: str  # txt, docx, pdf, html
    notes: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)  # what the reviewer must check in the file

    def reading_notes(self) -> list[str]:
        """The draft header's lines on what reading the file did, its doubts as review notes."""
        return [
            _("读取 %(kind)s 文件：%(note)s。") % {"kind": self.kind.upper(), "note": note}
            for note in self.notes
        ] + [f"review: {doubt}" for doubt in self.doubts]


def document_read(path: str | Path) -> SourceDocument:
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise DocumentUnreadable(_("无法读取文件 %(name)s：%(error)s") % {
            "name": path.name, "error": exc.strerror or exc}) from exc  # fmt: skip
    return document_from_bytes(path.name, content)


def document_from_bytes(
    name: str,
    content: bytes,
    page_read: Callable[[int, int], None] | None = None,
    *,
    kind: str | None = None,
) -> SourceDocument:
    """The text of a document given as its file name and bytes (a path or an upload);
    ``page_read(n, pages)`` after each page of a PDF is read. ``kind`` (txt, html, pdf …: the
    type its content was found to be) chooses the reader instead of the name's suffix, and the
    messages still name the file as the person called it (a .mht is read as html)."""
    suffix = f".{kind}" if kind else _suffix_of_content(Path(name).suffix.lower(), content)
    if suffix in SAVE_AS:
        raise DocumentUnreadable(
            _(
                "“%(suffix)s”文件不能直接读取：请在 Word、WPS 或 LibreOffice 中"
                "另存为 .docx 或 PDF 后再上传。"
            )
            % {"suffix": suffix}
        )
    if suffix in SHEET_SAVE_AS:
        raise DocumentUnreadable(
            _(
                "“%(suffix)s”表格不能直接读取：请在 Excel、WPS 或 LibreOffice 中"
                "另存为 .xlsx 后再上传。"
            )
            % {"suffix": suffix}
        )
    if suffix not in SUPPORTED:
        raise DocumentUnreadable(
            _("不支持的文件类型“%(suffix)s”：请上传 .txt、.docx、.doc、.pdf、.html 或 .xlsx 文件。")
            % {"suffix": suffix or name}
        )
    if not content.strip():
        raise DocumentUnreadable(_("文件 %(name)s 是空的。") % {"name": name})
    readers = {".txt": _txt, ".docx": _docx, ".doc": _doc, ".pdf": _pdf, ".html": _html,
               ".htm": _html, ".mht": _html, ".mhtml": _html, ".wps": _wps,
               ".wpt": _wps, ".xlsx": _xlsx, ".xlsm": _xlsx}  # fmt: skip
    reader = readers[suffix]
    document = _pdf(name, content, page_read) if suffix == ".pdf" else reader(name, content)
    if not re.search(r"[\u4e00-\u9fff]", document.text):
        raise DocumentUnreadable(_("文件 %(name)s 中没有中文正文。") % {"name": name})
    if len(document.text) > TEXT_MAX_CHARS:
        raise DocumentUnreadable(
            _("文件 %(name)s 的文字过长（%(n)d 字，上限 %(limit)d 字）：请只上传规划正文。")
            % {"name": name, "n": len(document.text), "limit": TEXT_MAX_CHARS}
        )
    return document


def _suffix_of_content(suffix: str, content: bytes) -> str:
    """The suffix of what a Word or Excel file holds when its name says otherwise: sites serve a
    .docx, a web page, Word's web archive (单个文件网页) or an RTF file as .doc, a .doc as .docx,
    WPS saves .docx content under .wps, and a site's "导出 Excel" is often a web page's table
    named .xls."""
    if suffix in SHEET_SUFFIXES:
        if content.startswith(OLE):
            return ".xls"
        if content.startswith(b"PK\x03\x04"):
            return ".xlsm" if suffix == ".xlsm" else ".xlsx"
        return ".html" if web_page(content[:4096].lstrip()) else suffix
    if suffix not in WORD_SUFFIXES:
        return suffix
    if content.startswith(OLE):
        return ".doc" if suffix == ".docx" else suffix
    head = content[:4096].lstrip()
    if content.startswith(b"PK\x03\x04"):
        return ".docx"
    if head.startswith(b"{\\rtf"):
        return ".rtf"
    if web_page(head):
        return ".html"
    return suffix


def web_page(head: bytes) -> bool:
    """Whether a file's first bytes are a web page's, or a web archive's (.mht) holding one."""
    return bool(WEB_PAGE_TAG.search(head[:4096]) or WEB_ARCHIVE.match(head[:4096]))


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip


def unicode_bom(content: bytes) -> str | None:
    """The encoding a byte-order mark names (Notepad's "Unicode" is UTF-16 with one)."""
    return next((encoding for bom, encoding in _BOMS if content.startswith(bom)), None)


# What a text's characters are: CJK ideographs (with extensions and compatibility forms) and
# punctuation, full-width forms, general punctuation and symbols (—, ①, ●, ★), Latin letters
# and line breaks. Bytes that are no UTF-16 text decode mostly to other characters.
_TEXT_CHARS = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0003ffff"
                         r"\u3000-\u303f\ufe30-\ufe4f\uff00-\uffef\u2000-\u2bff"
                         r"\u00a0-\u00ff\x20-\x7e\t\n\r\f]")  # fmt: skip


def utf16_unmarked(content: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark (a converter's or an editor's "Unicode, no
    BOM"): the line breaks, digits and Latin letters are byte pairs with a NUL on one side
    (the second byte: little-endian, the first: big-endian). Believed only when the whole file
    decodes and the first 4,000 characters are nearly all a text's (no NUL, few controls)."""
    head = content[:8192]
    if len(content) % 2 or len(head) < 4:
        return None
    first, second = head[0::2].count(0), head[1::2].count(0)
    if max(first, second) < 2 or first == second:
        return None
    encoding = "utf-16-le" if second > first else "utf-16-be"
    try:
        text = content.decode(encoding)
    except UnicodeDecodeError:
        return None
    sample = text[:4000]
    if "\x00" in sample or len(_TEXT_CHARS.findall(sample)) < 0.95 * len(sample):
        return None
    return encoding


def unicode_encoding(content: bytes) -> str | None:
    """The UTF-16/32 encoding the file's byte-order mark names, or UTF-16 without one."""
    return unicode_bom(content) or utf16_unmarked(content)


def text_decode(content: bytes, declared: str | None = None) -> str:
    """A byte-order mark's encoding, else UTF-8, else the encoding the file declares (a page's
    meta charset, which may be wrong: it is only believed when the bytes decode), else GB 18030
    (the superset of GBK most government files use)."""
    for encoding in filter(None, (unicode_encoding(content), "utf-8", declared, "gb18030")):
        try:
            return content.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return content.decode("utf-8", errors="replace")


def _txt(name: str, content: bytes) -> SourceDocument:
    return SourceDocument(text_decode(content), "txt")


def _docx(name: str, content: bytes) -> SourceDocument:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    not_word = _("文件 %(name)s 不是有效的 Word（.docx）文档。") % {"name": name}
    unpacked = _zip_unpacked(content, not_word)
    if unpacked > DOCX_UNPACKED_MAX:
        raise DocumentUnreadable(
            _("文件 %(name)s 解压后过大（%(mb)d MB）：不像一份 Word 规划文件。")
            % {"name": name, "mb": unpacked // (1024 * 1024)}
        )
    try:
        document = Document(io.BytesIO(content))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentUnreadable(not_word) from exc
    except Exception as exc:  # python-docx on a damaged package: lxml and attribute errors
        raise DocumentUnreadable(not_word) from exc
    from pilots.drafting.docx_numbering import ListNumbers
    from pilots.drafting.docx_text import docx_lines
    from pilots.drafting.unread_images import docx_pictures

    try:
        lines = docx_lines(document, ListNumbers(document))  # 一、 printed by list numbering
    except (KeyError, ValueError, AttributeError, TypeError) as exc:  # a damaged part
        raise DocumentUnreadable(not_word) from exc
    pictures = docx_pictures(document.element.body)
    return SourceDocument("\n".join(lines), "docx", doubts=[pictures] if pictures else [])


def _zip_unpacked(content: bytes, not_valid: str) -> int:
    """What an Office file's zip package declares it unpacks to (those sizes bound what zipfile
    will inflate, so a zip bomb is refused before it is read); ``not_valid`` raised for a package
    that is no zip or holds too many members."""
    if zip_members_too_many(content):
        raise DocumentUnreadable(not_valid)
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise DocumentUnreadable(not_valid) from exc


def _xlsx(name: str, content: bytes) -> SourceDocument:
    import openpyxl

    from pilots.drafting.xlsx_text import (
        CELLS_MAX,
        WorkbookTooLarge,
        merged_cells_declared,
        workbook_lines,
    )

    not_excel = _("文件 %(name)s 不是有效的 Excel（.xlsx）表格。") % {"name": name}
    unpacked = _zip_unpacked(content, not_excel)
    if unpacked > XLSX_UNPACKED_MAX:
        raise DocumentUnreadable(
            _("文件 %(name)s 解压后过大（%(mb)d MB）：不像一份规划的任务表或指标表。")
            % {"name": name, "mb": unpacked // (1024 * 1024)}
        )
    too_large = _(
        "文件 %(name)s 的表格范围过大（超过 %(cells)d 个单元格）：不像一份规划的任务表。"
    ) % {"name": name, "cells": CELLS_MAX}
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            if merged_cells_declared(archive) > CELLS_MAX:
                raise DocumentUnreadable(too_large)
        book = openpyxl.load_workbook(io.BytesIO(content), data_only=True)
    except DocumentUnreadable:
        raise
    except Exception as exc:  # openpyxl on a damaged package: zip, XML, key and value errors
        raise DocumentUnreadable(not_excel) from exc
    try:
        return SourceDocument("\n".join(workbook_lines(book)), "xlsx")
    except WorkbookTooLarge as exc:
        raise DocumentUnreadable(too_large) from exc
    finally:
        book.close()


def _doc(name: str, content: bytes) -> SourceDocument:
    from pilots.drafting.doc_text import doc_document_text

    return SourceDocument(doc_document_text(name, content), "doc")


def _wps(name: str, content: bytes) -> SourceDocument:
    """A WPS 文字 file (.wps, template .wpt): WPS Office writes them in Word 97's binary format."""
    from pilots.drafting.doc_text import doc_document_text

    try:
        return SourceDocument(doc_document_text(name, content), "doc")
    except DocumentUnreadable as exc:
        if "加密" in exc.message:
            raise
        raise DocumentUnreadable(
            _(
                "WPS 文件 %(name)s 不是 Word 97–2003 兼容格式："
                "请在 WPS 中另存为 .docx 或 PDF 后再上传。"
            )
            % {"name": name}
        ) from exc


def _pdf(name: str, content: bytes, page_read=None) -> SourceDocument:
    from pilots.drafting.pdf_text import pdf_document_text

    text, notes, doubts = pdf_document_text(name, content, page_read)
    return SourceDocument(text, "pdf", notes, doubts)


def _html(name: str, content: bytes) -> SourceDocument:
    from pilots.drafting.html_text import html_document_text

    text, notes = html_document_text(content)
    return SourceDocument(text, "html", notes)

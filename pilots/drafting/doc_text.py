"""The text of a Word 97–2003 (.doc) file, as government sites still post many plans.

A .doc is an OLE2 compound file (read with olefile). Its text lies in the WordDocument stream in
pieces that the piece table (the Clx, in the 0Table or 1Table stream) lists, each either UTF-16 or
a "compressed" 8-bit code page; the main document is the first ``ccpText`` characters ([MS-DOC]
2.4.1, retrieving text). Paragraphs end in CR; a table's cells end in 0x07 and its rows in a
0x07 of its own, which the paragraph properties mark (doc_rows.py): each row becomes a line of its
cells between |, the form a table printed as text takes and the drafting reads. Field codes
(\x13 code \x14 result \x15) keep their result only. A paragraph numbered by Word's list numbering
gets the number Word prints before it (doc_numbering.py). Text Word does not print — deleted with
revision marking, or hidden — is left out (doc_runs.py).
"""

from __future__ import annotations

import io
import re
import struct

from django.utils.translation import gettext as _

from pilots.drafting.doc_numbering import DocListNumbers
from pilots.drafting.doc_rows import FcRanges, row_ends
from pilots.drafting.doc_runs import unprinted_text
from pilots.drafting.inputs import DocumentUnreadable

_FLAGS, _CCP_TEXT, _FC_CLX = 0x000A, 0x004C, 0x01A2  # offsets in the FIB
_WHICH_TABLE, _ENCRYPTED = 0x0200, 0x0100
_ROW_END = "\x1d"  # stands for a 0x07 that ends a table row
# Bytes of the compressed code page that [MS-DOC] maps to other characters than cp1252 does.
_COMPRESSED = {0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ",
               0x89: "‰", 0x8A: "Š", 0x8B: "‹", 0x8C: "Œ", 0x91: "‘", 0x92: "’", 0x93: "“",
               0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9A: "š",
               0x9B: "›", 0x9C: "œ", 0x9F: "Ÿ"}  # fmt: skip


def doc_document_text(name: str, content: bytes) -> str:
    import olefile

    not_word = _("文件 %(name)s 不是有效的 Word（.doc）文档。") % {"name": name}
    try:
        with olefile.OleFileIO(io.BytesIO(content)) as ole:
            document = ole.openstream("WordDocument").read()
            flags = struct.unpack_from("<H", document, _FLAGS)[0]
            if flags & _ENCRYPTED:
                raise DocumentUnreadable(
                    _("Word 文件 %(name)s 设有密码（已加密）：请解除密码保护后再上传。")
                    % {"name": name}
                )
            table = ole.openstream("1Table" if flags & _WHICH_TABLE else "0Table").read()
    except DocumentUnreadable:
        raise
    except Exception as exc:  # olefile: OSError, struct.error, missing streams
        raise DocumentUnreadable(not_word) from exc
    try:
        text = _main_text(document, table)
    except (struct.error, ValueError, IndexError) as exc:
        raise DocumentUnreadable(not_word) from exc
    return _lines(text)


def _main_text(document: bytes, table: bytes) -> str:
    length = struct.unpack_from("<I", document, _CCP_TEXT)[0]
    fc_clx, lcb_clx = struct.unpack_from("<II", document, _FC_CLX)
    clx = table[fc_clx : fc_clx + lcb_clx]
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: formatting, skipped
        at += 3 + struct.unpack_from("<h", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 0x02:
        raise ValueError("no piece table")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5 : at + 5 + size]
    pieces = (size - 4) // 12
    cps = struct.unpack_from(f"<{pieces + 1}I", plc, 0)
    rows = row_ends(document, table)
    try:
        unprinted = unprinted_text(document, table)
    except (struct.error, IndexError, ValueError):
        # A plan whose character properties are damaged is still read, all its words with it:
        # refusing it would lose the whole plan for what only a document with revisions holds.
        unprinted = FcRanges([])
    kept, marks, total = [], [], 0  # marks: (place in kept, fc) of each paragraph's end
    for index in range(pieces):
        fc = struct.unpack_from("<I", plc, 4 * (pieces + 1) + 8 * index + 2)[0]
        count = min(cps[index + 1] - cps[index], length - total)
        if fc & 0x40000000:  # compressed: one byte a character at fc / 2
            start, width = (fc & 0x3FFFFFFF) // 2, 1
            raw = document[start : start + count]
            part = "".join(_COMPRESSED.get(b) or bytes([b]).decode("cp1252", "replace")
                           for b in raw)  # fmt: skip
        else:
            start, width = fc, 2
            part = document[fc : fc + 2 * count].decode("utf-16-le", "replace")
        for i, c in enumerate(part):
            at = start + width * i
            # a cell's mark stays even when struck: a deleted row's cells are left empty
            if c != "\x07" and unprinted and unprinted.holds(at):
                continue
            if c in "\r\x07":
                marks.append((len(kept), at))
                if c == "\x07" and rows and rows.holds(at):
                    c = _ROW_END
            kept.append(c)
        total += count
        if total >= length:
            break
    return _numbered("".join(kept), marks, DocListNumbers(document, table))


def _numbered(text: str, marks: list[tuple[int, int]], numbers: DocListNumbers) -> str:
    """The text with the number Word's list numbering prints put before each paragraph."""
    pieces, start = [], 0
    for cp, fc in marks:
        if cp >= len(text):
            break
        pieces += [numbers.label(fc), text[start : cp + 1]]
        start = cp + 1
    return "".join(pieces) + text[start:]


def _lines(text: str) -> str:
    text = re.sub(r"\x13[^\x13\x14\x15]*\x14([^\x13\x15]*)\x15", r"\1", text)  # field results
    text = re.sub(r"\x13[^\x13\x15]*\x15", "", text)  # fields without a result
    text = text.translate({0x0B: "\n", 0x0C: "\n", 0x0E: "\n", 0xA0: " ", 0x1E: "-", 0x1F: None,
                           0x01: None, 0x08: None, 0x05: None, 0x02: None})  # fmt: skip
    lines = []
    for paragraph in text.split("\r"):
        if "\x07" not in paragraph and _ROW_END not in paragraph:
            lines.append(paragraph)
            continue
        if _ROW_END in paragraph:
            rows = [row.removesuffix("\x07") for row in paragraph.split(_ROW_END)]
        else:  # no row marks read: a cell ends in 0x07, a row in another
            rows = paragraph.split("\x07\x07")
        for row in rows:
            cells = [cell.strip() for cell in row.split("\x07")]
            if any(cells):
                lines.append(" | ".join(cells) + " |")
    return "\n".join(line.rstrip() for line in lines)

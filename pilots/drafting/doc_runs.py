"""Which characters of a Word 97–2003 (.doc) text Word does not print: those deleted with
revision marking (a 征求意见稿's struck figures, tasks and agencies) and hidden ones (a drafter's
note), as the .docx reader leaves out w:del and w:vanish runs.

Both are character properties ([MS-DOC] 2.6.1): sprmCFRMarkDel and sprmCFVanish, toggles whose
operand is 0 (off), 1 (on), 0x80 (as the style) or 0x81 (the opposite of the style). The styles'
character properties are not read: 0x80 counts as off and 0x81 as on, as for a style that neither
deletes nor hides, which is how Word's built-in styles and those LibreOffice writes are. Inserted
text (sprmCFRMarkIns) is printed, so it stays. The properties lie in CHPX FKP pages that the
PlcBteChpx (in the table stream) lists (2.9.33 ChpxFkp), each page giving the byte ranges (FCs) of
the WordDocument stream its runs of text take and each run's properties (a grpprl of sprms).
"""

from __future__ import annotations

import struct

from pilots.drafting.doc_rows import FcRanges, sprms

_PLCF_BTE_CHPX = 0x00FA  # fcPlcfBteChpx and lcbPlcfBteChpx in the FIB
_DELETED, _HIDDEN = 0x0800, 0x083C  # sprmCFRMarkDel, sprmCFVanish
_PAGE = 512


def unprinted_text(document: bytes, table: bytes) -> FcRanges:
    """The deleted and hidden runs of the document. A PlcBteChpx or a page that cannot be read
    raises struct.error, IndexError or ValueError (the caller then reads every character)."""
    fc, lcb = struct.unpack_from("<II", document, _PLCF_BTE_CHPX)
    count = (lcb - 4) // 8
    if count <= 0:
        return FcRanges([])
    if fc + lcb > len(table):
        raise ValueError("PlcBteChpx beyond the table stream")
    pages = struct.unpack_from(f"<{count}I", table, fc + 4 * (count + 1))
    ranges = []
    for pn in dict.fromkeys(pn & 0x3FFFFF for pn in pages):  # each page once, however often named
        ranges += _unprinted_runs(document[pn * _PAGE : (pn + 1) * _PAGE])
    return FcRanges(ranges)


def _unprinted_runs(page: bytes) -> list[tuple[int, int]]:
    """The FC ranges of a ChpxFkp's runs that are deleted or hidden."""
    if len(page) < _PAGE:
        raise ValueError("ChpxFkp beyond the WordDocument stream")
    crun = page[_PAGE - 1]
    bounds = struct.unpack_from(f"<{crun + 1}I", page, 0)
    offsets = page[4 * (crun + 1) : 4 * (crun + 1) + crun]
    if len(offsets) < crun:
        raise ValueError("ChpxFkp runs beyond its page")
    runs = []
    for run, offset in enumerate(offsets):
        if not offset:
            continue  # no properties of its own
        at = 2 * offset
        grpprl = page[at + 1 : at + 1 + page[at]]
        if _unprinted(grpprl) and bounds[run] < bounds[run + 1]:
            runs.append((bounds[run], bounds[run + 1]))
    return runs


def _unprinted(grpprl: bytes) -> bool:
    marks = {}  # a later sprm of the same kind overrides an earlier one
    for sprm, operand in sprms(grpprl):
        if sprm in (_DELETED, _HIDDEN):
            marks[sprm] = operand[:1] in (b"\x01", b"\x81")
    return any(marks.values())

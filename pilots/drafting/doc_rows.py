"""Which 0x07 marks of a Word 97–2003 (.doc) text end a table row.

A cell ends in 0x07 and so does a row, in a paragraph of its own; an empty cell is also a paragraph
that holds nothing but its 0x07, so the text alone cannot tell "a cell, then an empty cell" from
"a cell, then the row's end". The paragraph properties can: a row's end mark is a paragraph whose
PAPX sets sprmPFTtp (sprmPFInnerTtp in a nested table) ([MS-DOC] 2.4.3, 2.6.2). The PAPXs lie in
FKP pages that the PlcBtePapx (in the table stream) lists, each page giving the byte ranges (FCs)
of the WordDocument stream its paragraphs' text takes.
"""

from __future__ import annotations

import bisect
import struct

_PLCF_BTE_PAPX = 0x0102  # fcPlcfBtePapx and lcbPlcfBtePapx in the FIB
_TTP, _INNER_TTP = 0x2417, 0x244B
_TABLE_DEFINITION, _CHANGE_TABS = 0xD608, 0xC615  # their operands' sizes are written otherwise
_OPERAND_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by the sprm's spra bits


class RowEnds:
    """The FC ranges of the paragraphs that end a table row."""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.ranges = sorted(ranges)
        self.starts = [start for start, _ in self.ranges]

    def __bool__(self) -> bool:
        return bool(self.ranges)

    def holds(self, fc: int) -> bool:
        at = bisect.bisect_right(self.starts, fc) - 1
        return at >= 0 and fc < self.ranges[at][1]


def row_ends(document: bytes, table: bytes) -> RowEnds:
    """The row-end paragraphs of the document; none when its properties cannot be read (the
    caller then falls back on the text alone)."""
    try:
        return RowEnds(list(_row_end_ranges(document, table)))
    except (struct.error, IndexError, ValueError):
        return RowEnds([])


def _row_end_ranges(document: bytes, table: bytes):
    fc, lcb = struct.unpack_from("<II", document, _PLCF_BTE_PAPX)
    count = (lcb - 4) // 8
    if count <= 0:
        return
    for pn in struct.unpack_from(f"<{count}I", table, fc + 4 * (count + 1)):
        page = document[(pn & 0x3FFFFF) * 512 :][:512]
        runs = page[511]
        bounds = struct.unpack_from(f"<{runs + 1}I", page, 0)
        for run in range(runs):
            offset = page[4 * (runs + 1) + 13 * run]
            if offset and _sets_ttp(_grpprl(page, 2 * offset)):
                yield bounds[run], bounds[run + 1]


def _grpprl(page: bytes, at: int) -> bytes:
    """A PapxInFkp's properties, after its style index."""
    size = page[at]
    if size:
        start, length = at + 1, 2 * size - 1
    else:
        start, length = at + 2, 2 * page[at + 1]
    return page[start + 2 : start + length]


def _sets_ttp(grpprl: bytes) -> bool:
    at = 0
    while at + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, at)[0]
        at += 2
        if sprm in (_TTP, _INNER_TTP):
            return grpprl[at] != 0
        spra = sprm >> 13
        if spra != 6:
            at += _OPERAND_SIZE[spra]
        elif sprm == _TABLE_DEFINITION:
            at += 1 + struct.unpack_from("<H", grpprl, at)[0]
        elif sprm == _CHANGE_TABS and grpprl[at] == 255:
            return False  # a rare long form; the paragraph is read as no row's end
        else:
            at += 1 + grpprl[at]
    return False

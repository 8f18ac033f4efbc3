"""Which 0x07 marks of a Word 97–2003 (.doc) text end a table row, and the paragraph properties
(PAPXs) that tell it.

A cell ends in 0x07 and so does a row, in a paragraph of its own; an empty cell is also a paragraph
that holds nothing but its 0x07, so the text alone cannot tell "a cell, then an empty cell" from
"a cell, then the row's end". The paragraph properties can: a row's end mark is a paragraph whose
PAPX sets sprmPFTtp (sprmPFInnerTtp in a nested table) ([MS-DOC] 2.4.3, 2.6.2). The PAPXs lie in
FKP pages that the PlcBtePapx (in the table stream) lists, each page giving the byte ranges (FCs)
of the WordDocument stream its paragraphs' text takes, the paragraph's style (istd) and its
properties (a grpprl: sprms, each an operation code and its operand).
"""

from __future__ import annotations

import bisect
import struct
from dataclasses import dataclass

_PLCF_BTE_PAPX = 0x0102  # fcPlcfBtePapx and lcbPlcfBtePapx in the FIB
_TTP, _INNER_TTP = 0x2417, 0x244B
_TABLE_DEFINITION, _CHANGE_TABS = 0xD608, 0xC615  # their operands' sizes are written otherwise
_OPERAND_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by the sprm's spra bits


@dataclass(frozen=True)
class ParagraphRun:
    """One PAPX: the FC range of the paragraph(s) it formats, their style and properties."""

    start: int
    end: int
    style: int  # istd
    grpprl: bytes


class FcRanges:
    """Ranges of FCs (byte places in the WordDocument stream): the paragraphs that end a table row;
    the characters Word does not print (doc_runs.py)."""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.ranges = sorted(ranges)
        self.starts = [start for start, _ in self.ranges]

    def __bool__(self) -> bool:
        return bool(self.ranges)

    def holds(self, fc: int) -> bool:
        at = bisect.bisect_right(self.starts, fc) - 1
        return at >= 0 and fc < self.ranges[at][1]


def row_ends(document: bytes, table: bytes) -> FcRanges:
    """The row-end paragraphs of the document; none when its properties cannot be read (the
    caller then falls back on the text alone)."""
    try:
        runs = paragraph_runs(document, table)
        return FcRanges([(run.start, run.end) for run in runs if _sets_ttp(run.grpprl)])
    except (struct.error, IndexError, ValueError, KeyError):
        return FcRanges([])


def paragraph_runs(document: bytes, table: bytes) -> list[ParagraphRun]:
    fc, lcb = struct.unpack_from("<II", document, _PLCF_BTE_PAPX)
    count = (lcb - 4) // 8
    if count <= 0:
        return []
    runs = []
    for pn in struct.unpack_from(f"<{count}I", table, fc + 4 * (count + 1)):
        page = document[(pn & 0x3FFFFF) * 512 :][:512]
        number = page[511]
        bounds = struct.unpack_from(f"<{number + 1}I", page, 0)
        for run in range(number):
            offset = page[4 * (number + 1) + 13 * run]
            if offset:
                style, grpprl = _papx(page, 2 * offset)
                runs.append(ParagraphRun(bounds[run], bounds[run + 1], style, grpprl))
    return runs


def _papx(page: bytes, at: int) -> tuple[int, bytes]:
    """A PapxInFkp's style index and properties."""
    size = page[at]
    if size:
        start, length = at + 1, 2 * size - 1
    else:
        start, length = at + 2, 2 * page[at + 1]
    return struct.unpack_from("<H", page, start)[0], page[start + 2 : start + length]


def sprms(grpprl: bytes):
    """(sprm, operand) of each property of a grpprl, up to one whose size cannot be read."""
    at = 0
    while at + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, at)[0]
        at += 2
        spra = sprm >> 13
        if spra != 6:
            size = _OPERAND_SIZE[spra]
        elif sprm == _TABLE_DEFINITION:
            at, size = at + 2, struct.unpack_from("<H", grpprl, at)[0] - 1
        elif sprm == _CHANGE_TABS and grpprl[at] == 255:
            return  # a rare long form: the properties after it are not read
        else:
            at, size = at + 1, grpprl[at]
        yield sprm, grpprl[at : at + size]
        at += size


def _sets_ttp(grpprl: bytes) -> bool:
    for sprm, operand in sprms(grpprl):
        if sprm in (_TTP, _INNER_TTP):
            return operand[:1] not in (b"", b"\x00")
    return False

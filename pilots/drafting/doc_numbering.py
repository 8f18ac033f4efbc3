"""The numbers Word prints before automatically numbered paragraphs of a Word 97–2003 (.doc) file.

As in a .docx (docx_numbering.py), a heading numbered by Word's list numbering has no number in
its text: "总体要求" for "二、总体要求". A .doc keeps its lists in the table stream ([MS-DOC]
2.9.147 PlfLst: each list's LSTF, then its levels' LVLs — the number's format, its text with a
character 0–8 standing for the count of that level, the gap after it; 2.9.132 PlfLfo: the list
instances a paragraph points to, with their restarts). A paragraph is numbered by its own
properties or its style's (and the style's bases'): sprmPIlfo names the instance (0: none, which a
paragraph sets to undo its style's list), sprmPIlvl the level; a level linked to the style (the
LSTF's rgistdPara) takes the style's paragraphs. The counting is the .docx one
(docx_numbering.counted_label).
"""

from __future__ import annotations

import bisect
import struct
from dataclasses import dataclass, field

from pilots.drafting.doc_rows import ParagraphRun, paragraph_runs, sprms
from pilots.drafting.docx_numbering import ListLevel, counted_label

_ILVL, _ILFO = 0x260A, 0x460B  # sprmPIlvl, sprmPIlfo
_NO_STYLE = 0x0FFF
_STSHF, _PLF_LST, _PLF_LFO = 1, 73, 74  # their pairs' places among them
# MSONFC ([MS-OSHARED] 2.2.1.3) → the format names of a .docx's w:numFmt (ECMA-376 §17.18.59).
_FORMATS = {0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter",
            10: "ideographDigital", 11: "japaneseCounting", 16: "japaneseLegal",
            17: "japaneseDigitalTenThousand", 18: "decimalEnclosedCircle",
            28: "decimalEnclosedCircleChinese", 29: "ideographEnclosedCircle",
            30: "ideographTraditional", 33: "taiwaneseCounting", 34: "ideographLegalTraditional",
            35: "taiwaneseCountingThousand", 36: "taiwaneseDigital", 37: "chineseCounting",
            38: "chineseLegalSimplified", 39: "chineseCountingThousand", 23: "bullet",
            255: "none"}  # fmt: skip
_FOLLOW = {0: " ", 1: " ", 2: ""}  # ixchFollow: a tab, a space, nothing (as docx_numbering)


_List = tuple[dict[int, ListLevel], tuple[int, ...]]


@dataclass
class _Instance:
    """A list instance (LFO): the list it numbers with, levels it formats anew, restarts."""

    list_id: int
    levels: dict[int, ListLevel] = field(default_factory=dict)
    restarts: dict[int, int] = field(default_factory=dict)


class DocListNumbers:
    def __init__(self, document: bytes, table: bytes):
        self.lists: dict[int, _List] = {}  # lsid → its levels, the style linked to each
        self.instances: list[_Instance] = []
        self.styles: dict[int, tuple[int, bytes]] = {}  # istd → (base istd, paragraph grpprl)
        self.runs: list[ParagraphRun] = []
        self.counts: dict[int, dict[int, int]] = {}  # lsid → level → count
        try:
            self._read(document, table)
        except (struct.error, IndexError, ValueError, KeyError, UnicodeDecodeError):
            self.instances = []  # a damaged definition: numbers unknown
        self.starts = [run.start for run in self.runs]

    def _read(self, document: bytes, table: bytes) -> None:
        blob = _fc_lcb_blob(document)
        if struct.unpack_from("<H", document, blob - 2)[0] <= _PLF_LFO:
            return  # a FIB too short to name the lists: none
        pair = lambda index: struct.unpack_from("<II", document, blob + 8 * index)  # noqa: E731
        fc_lst, lcb_lst = pair(_PLF_LST)
        fc_lfo, lcb_lfo = pair(_PLF_LFO)
        if not lcb_lst or not lcb_lfo:
            return
        self.lists = _lists(table, fc_lst)
        self.instances = _instances(table, fc_lfo)
        self.styles = _styles(table, *pair(_STSHF))
        self.runs = paragraph_runs(document, table)

    def label(self, fc: int) -> str:
        """The number Word prints before the paragraph whose mark lies at byte `fc` of the
        WordDocument stream, and the gap after it ("" if none), counting it."""
        if not self.instances:
            return ""
        at = bisect.bisect_right(self.starts, fc) - 1
        if at < 0 or fc >= self.runs[at].end:
            return ""
        try:
            return self._label(self.runs[at])
        except (struct.error, IndexError, ValueError, KeyError):
            return ""

    def _label(self, run: ParagraphRun) -> str:
        found = self._numbering(run)
        if found is None:
            return ""
        instance, level = found
        levels, _ = self.lists[instance.list_id]
        counts = self.counts.setdefault(instance.list_id, {})
        return counted_label(counts, {**levels, **instance.levels}, level, instance.restarts)

    def _numbering(self, run: ParagraphRun) -> tuple[_Instance, int] | None:
        """The paragraph's list instance and level: each read from the paragraph's properties,
        else from its style's and their bases'."""
        ilfo, ilvl = _list_properties(run.grpprl)
        source, style, seen = None, run.style, set()
        while (ilfo is None or ilvl is None) and style in self.styles and style not in seen:
            seen.add(style)
            base, grpprl = self.styles[style]
            style_lfo, style_lvl = _list_properties(grpprl)
            if ilfo is None and style_lfo is not None:
                ilfo, source = style_lfo, style
            ilvl = style_lvl if ilvl is None else ilvl
            style = base
        if not ilfo or not 0 < ilfo <= len(self.instances):  # 0: none; negative: Word 6 lists
            return None
        instance = self.instances[ilfo - 1]
        if instance.list_id not in self.lists:
            return None
        linked = self.lists[instance.list_id][1]
        if source is not None and source in linked:
            return instance, linked.index(source)
        return instance, ilvl or 0


def _fc_lcb_blob(document: bytes) -> int:
    """Where the FIB's fc/lcb pairs begin: after its base, fibRgW and fibRgLw, each counted."""
    words = struct.unpack_from("<H", document, 32)[0]
    longs = struct.unpack_from("<H", document, 34 + 2 * words)[0]
    return 36 + 2 * words + 4 * longs + 2


def _list_properties(grpprl: bytes) -> tuple[int | None, int | None]:
    ilfo = ilvl = None
    for sprm, operand in sprms(grpprl):
        if sprm == _ILFO and len(operand) == 2:
            ilfo = struct.unpack("<h", operand)[0]
        elif sprm == _ILVL and operand:
            ilvl = operand[0]
    return ilfo, ilvl


def _lists(table: bytes, fc: int) -> dict[int, _List]:
    """lsid → its levels and the style (istd) each level is linked to: the PlfLst's LSTFs, then
    the LVLs of each in their order (one for a simple list, nine otherwise)."""
    count = struct.unpack_from("<h", table, fc)[0]
    headers = []
    for index in range(count):
        at = fc + 2 + 28 * index
        lsid = struct.unpack_from("<i", table, at)[0]
        styles = struct.unpack_from("<9H", table, at + 8)
        headers.append((lsid, styles, 1 if table[at + 26] & 0x01 else 9))
    at, lists = fc + 2 + 28 * count, {}
    for lsid, styles, number in headers:
        levels = {}
        for level in range(number):
            levels[level], at = _level(table, at)
        lists[lsid] = (levels, styles)
    return lists


def _level(table: bytes, at: int) -> tuple[ListLevel, int]:
    """An LVL at `at` and where the next one begins: its LVLF (start, format, gap after the
    number, the sizes of its properties), the properties, then the number's text."""
    start, nfc = struct.unpack_from("<iB", table, at)
    follow, chpx, papx = table[at + 15], table[at + 24], table[at + 25]
    at += 28 + papx + chpx
    length = struct.unpack_from("<H", table, at)[0]
    raw = table[at + 2 : at + 2 + 2 * length].decode("utf-16-le")
    text = "".join(f"%{ord(c) + 1}" if ord(c) < 9 else c for c in raw)
    level = ListLevel(_FORMATS.get(nfc, "decimal"), text, start, None, _FOLLOW.get(follow, " "))
    return level, at + 2 + 2 * length


def _instances(table: bytes, fc: int) -> list[_Instance]:
    """The PlfLfo's LFOs (lsid, how many levels it overrides), then each one's LFOData: its
    LFOLVLs, a restart (fStartAt) and, with fFormatting, a level of its own (an LVL)."""
    count = struct.unpack_from("<I", table, fc)[0]
    instances, overrides = [], []
    for index in range(count):
        at = fc + 4 + 16 * index
        instances.append(_Instance(struct.unpack_from("<i", table, at)[0]))
        overrides.append(table[at + 12])
    at = fc + 4 + 16 * count
    for instance, number in zip(instances, overrides, strict=True):
        at += 4  # cp
        for _ in range(number):
            start, flags = struct.unpack_from("<iI", table, at)
            at += 8
            level = flags & 0x0F
            if flags & 0x20:  # fFormatting: the level's LVL follows
                instance.levels[level], at = _level(table, at)
            if flags & 0x10:  # fStartAt
                instance.restarts[level] = start
    return instances


def _styles(table: bytes, fc: int, lcb: int) -> dict[int, tuple[int, bytes]]:
    """istd → (its base style, its paragraph properties) of each paragraph style of the STSH."""
    if not lcb:
        return {}
    size = struct.unpack_from("<H", table, fc)[0]
    count, base_size = struct.unpack_from("<HH", table, fc + 2)
    at, styles = fc + 2 + size, {}
    for istd in range(count):
        length = struct.unpack_from("<H", table, at)[0]
        std = table[at + 2 : at + 2 + length]
        at += 2 + length
        if length < base_size or struct.unpack_from("<H", std, 2)[0] & 0x0F != 1:
            continue  # empty, or not a paragraph style
        base = struct.unpack_from("<H", std, 2)[0] >> 4
        name = struct.unpack_from("<H", std, base_size)[0]
        upx = base_size + 2 + 2 * name + 2
        papx = struct.unpack_from("<H", std, upx)[0] if upx + 2 <= len(std) else 0
        styles[istd] = (base if base != _NO_STYLE else -1, std[upx + 4 : upx + 2 + papx])
    return styles

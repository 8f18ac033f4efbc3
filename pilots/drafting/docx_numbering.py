"""The numbers Word prints before automatically numbered paragraphs of a .docx.

A heading typed as "一、总体要求" keeps its number in the text; one numbered by Word's list
numbering (the paragraph's or its style's w:numPr, defined in numbering.xml) does not:
python-docx gives "总体要求", and the outline would lose its levels. ``ListNumbers`` counts the
lists as Word does (one counter per level of each abstract list, a level restarting the levels
under it, a list instance with a w:startOverride — Word's "restart at 1" — starting that level
again the first time it numbers a paragraph) and writes each paragraph's number in its level's
format and text (%1、, （%2）, %3.), then the gap its w:suff puts after the number (a tab, Word's
default, or a space: a space; nothing: none), so "1." stays apart from "5G…". A paragraph
numbered through its style (Heading 2 linked to a level of a multilevel list) is at the level
whose w:pStyle names that style, whatever level the style's own numPr gives or leaves out
(ECMA-376 §17.9.23). A list made from a list style (its w:abstractNum only a w:numStyleLink)
has the levels, and counts, of the list the style's numPr names (§17.9.21).
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn

from pilots.drafting.lexicon import table
from pilots.drafting.numerals import chinese_numeral

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# w:suff (ECMA-376 §17.9.29): a tab or a space after the number is a gap, printed as a space (a
# tab would part the line into a table's cells, tab_cells); nothing runs it into the text.
_SUFFIXES = {"tab": " ", "space": " ", "nothing": ""}


@dataclass(frozen=True)
class ListLevel:
    format: str  # numFmt: decimal, chineseCounting, …
    text: str  # lvlText: %1、
    start: int
    style: str | None = None  # pStyle: the paragraph style this level is linked to
    suffix: str = " "  # suff: the gap Word prints after the number (a tab unless said)


class ListNumbers:
    def __init__(self, document):
        self.lists: dict[str, tuple[str, dict[int, ListLevel]]] = {}  # numId → abstract, levels
        self.counts: dict[str, dict[int, int]] = {}  # abstract id → level → count
        self.restarts: dict[str, dict[int, int]] = {}  # numId → level → start it restarts at
        self.linked: dict[str, str] = {}  # abstract id of a list style's use → the style's list
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):  # no numbering part: nothing is numbered
            return
        try:
            self._read(numbering, document.styles.element)
        except (TypeError, ValueError, AttributeError):  # a damaged definition: numbers unknown
            self.lists = {}

    def _read(self, numbering, styles) -> None:
        abstracts = {
            a.get(qn("w:abstractNumId")): _levels(a) for a in numbering.findall(qn("w:abstractNum"))
        }
        instances = {
            num.get(qn("w:numId")): _val(num.find(qn("w:abstractNumId")))
            for num in numbering.findall(qn("w:num"))
        }
        for abstract in numbering.findall(qn("w:abstractNum")):
            key = abstract.get(qn("w:abstractNumId"))
            linked = _style_list(styles, _val(abstract.find(qn("w:numStyleLink"))), instances)
            if not abstracts[key] and linked in abstracts:  # a list made from a list style
                abstracts[key] = abstracts[linked]
                self.linked[key] = linked  # which counts its paragraphs with the style's list
        for num in numbering.findall(qn("w:num")):
            key = instances[num.get(qn("w:numId"))]
            if key in abstracts:
                self.lists[num.get(qn("w:numId"))] = (self.linked.get(key, key), abstracts[key])
                self.restarts[num.get(qn("w:numId"))] = _start_overrides(num)

    def label(self, paragraph) -> str:
        """The number Word prints before the paragraph and the gap after it ("" if none),
        counting it."""
        try:
            return self._label(paragraph)
        except (TypeError, ValueError, AttributeError):  # a damaged w:numPr: no number
            return ""

    def _label(self, paragraph) -> str:
        found = self._num_pr(paragraph)
        if found is None or found[0] not in self.lists:
            return ""
        abstract, levels = self.lists[found[0]]
        counts = self.counts.setdefault(abstract, {})
        return counted_label(counts, levels, found[1], self.restarts.setdefault(found[0], {}))

    def _num_pr(self, paragraph) -> tuple[str, int] | None:
        """(numId, level) of the paragraph's numbering, or of its style's (and its bases'): a
        style's at the level linked to that style, if one is."""
        candidates = [(paragraph._p.pPr, None)]
        style = paragraph.style
        while style is not None:
            candidates.append((style.element.pPr, style.style_id))
            style = style.base_style
        for ppr, style_id in candidates:
            num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
            if num_pr is None:
                continue
            num_id, level = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
            if num_id is None:
                continue
            num = num_id.get(qn("w:val"))
            levels = self.lists[num][1] if style_id and num in self.lists else {}
            linked = [k for k, lvl in levels.items() if lvl.style == style_id]
            if linked:
                return num, linked[0]
            return num, int(level.get(qn("w:val"))) if level is not None else 0
        return None


def counted_label(
    counts: dict[int, int], levels: dict[int, ListLevel], level: int, restarts: dict[int, int]
) -> str:
    """Counts a paragraph at `level` of a list (counts: its count at each level; restarts: the
    level → start of its instance's overrides not used yet) and gives the number printed."""
    if level not in levels or levels[level].format in ("bullet", "none"):
        return ""
    restart = restarts.pop(level, None)
    if restart is not None:  # this instance's first paragraph at the level
        counts[level] = restart - 1
    counts[level] = counts.get(level, levels[level].start - 1) + 1
    for deeper in [k for k in counts if k > level]:
        del counts[deeper]  # a level restarts the levels under it
    text = levels[level].text
    for k in range(level, -1, -1):
        if f"%{k + 1}" in text and k in levels:
            count = counts.get(k, levels[k].start)
            text = text.replace(f"%{k + 1}", _formatted(count, levels[k].format))
    return text + levels[level].suffix if text else ""


def _val(element) -> str | None:
    return element.get(qn("w:val")) if element is not None else None


def _style_list(styles, style_id: str | None, instances: dict) -> str | None:
    """The abstract list a numbering style (w:numStyleLink's) numbers with, through its numPr."""
    if style_id is None:
        return None
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:styleId")) == style_id:
            num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
            return instances.get(_val(num_id))
    return None


def _start_overrides(num) -> dict[int, int]:
    """level → start of each w:lvlOverride/w:startOverride of a list instance (w:num)."""
    overrides = {}
    for override in num.findall(qn("w:lvlOverride")):
        start = override.find(qn("w:startOverride"))
        if start is not None:
            overrides[int(override.get(qn("w:ilvl")))] = int(start.get(qn("w:val")))
    return overrides


def _levels(abstract) -> dict[int, ListLevel]:
    levels = {}
    for lvl in abstract.findall(qn("w:lvl")):
        fmt, text, start, style, suff = (
            lvl.find(qn(f"w:{name}")) for name in ("numFmt", "lvlText", "start", "pStyle", "suff")
        )
        levels[int(lvl.get(qn("w:ilvl")))] = ListLevel(
            fmt.get(qn("w:val")) if fmt is not None else "decimal",
            text.get(qn("w:val")) if text is not None else "",
            int(start.get(qn("w:val"))) if start is not None else 1,
            style.get(qn("w:val")) if style is not None else None,
            _SUFFIXES.get(_val(suff), " "),
        )
    return levels


def _formatted(count: int, fmt: str) -> str:
    stems = table("outline")["stems"]
    if fmt == "ideographTraditional" and 0 < count <= len(stems):  # 甲, 乙, 丙…
        return stems[count - 1]
    if fmt.startswith(("chinese", "japanese", "ideograph", "taiwanese")):
        return chinese_numeral(count)
    if fmt.startswith("decimalEnclosedCircle") and 0 < count <= len(_CIRCLED):
        return _CIRCLED[count - 1]
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (count - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    return str(count)

# ruff: noqa: E501  (plan text as the offices write it)
"""What the three synthetic_ci documents share: the paper's text written ONCE with its OCR misreadings
marked in it, the paper's page laid out line by line, and the quotes the expected extraction takes
from the text as the OCR reads it.

Markup in a document's text:
- ``{paper|ocr}`` — what the paper prints and what the OCR read there ("到{2027|2O27}年", "{已|己}经");
- ``~`` — a space the OCR put between two characters (the paper has none).

paper(s) gives the paper's words, ocr(s) the words as read. A Layout breaks the OCR's paragraphs into
the paper's printed lines (28 character widths a line, 22 lines a page, 公文 避头尾: a closing mark
never starts a line, an opening mark never ends one), puts the page's furniture (page number, running header) between the pages, and
answers quotes: the OCR's words of a span of a paragraph with every whitespace left out (the corpus
test drops whitespace and folds full / half widths, tests/pilots/test_plans_corpus.py normalise()),
WITH the furniture lines that stand inside the span where the page ended there."""

import re

MARK = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")
OPENING = set("“‘（《〔【「『(")
CLOSING = set("，。、；：？！）》”’〕】」』,.;:?!)")


def paper(s: str) -> str:
    return MARK.sub(lambda m: m.group(1), s).replace("~", "")


def ocr(s: str) -> str:
    return MARK.sub(lambda m: m.group(2), s).replace("~", " ")


def squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def width(ch: str) -> float:
    if ch.isspace():
        return 0
    return 0.5 if ord(ch) < 0x2000 else 1


class Layout:
    """kind of block: 'head' / 'title' / 'right' / 'plain' (one printed line each, or the lines a
    '\\n' in it gives), 'stray' (a line the OCR made of no printed line: a seal's words), 'p' (a
    paragraph, first line indented two characters)."""

    def __init__(self, blocks, *, columns=28, rows=22, furniture, line_quirk=None, last=None):
        self.columns, self.rows = columns, rows
        self.furniture, self.line_quirk = furniture, line_quirk or (lambda i, s: s)
        self.lines = []  # (text, block index or None)
        self.breaks = {}  # block index -> [(offset in the squeezed OCR text, furniture lines)]
        self.texts = []  # block index -> its OCR text, squeezed
        self.page, self.on_page = 1, 0
        self.kinds = [kind for kind, _ in blocks]
        for b, (kind, markup) in enumerate(blocks):
            text = ocr(markup)
            self.texts.append(squeeze(text))
            self.breaks[b] = []
            if kind == "p":  # a '\n' starts a line of its own (an annotation under the task)
                for segment in text.split("\n"):
                    for line in self._wrap(segment):
                        self._emit(b, line)
            else:
                for line in text.split("\n"):
                    self._emit(b, line, counted=kind != "stray")
        self.pages = self.page
        self.lines.append(("\n".join((last or furniture)(self.page)), None))

    def _wrap(self, text):
        out, line, room = [], "", self.columns - 2
        for ch in text:
            w = width(ch)
            if w and room - w < 0 and ch not in CLOSING and line.strip():
                carried = ""
                if line[-1] in OPENING:  # 避尾: an opening mark never ends a line
                    line, carried = line[:-1], line[-1]
                out.append(line)
                line, room = carried, self.columns - sum(map(width, carried))
            line += ch
            room -= w
        if line:
            out.append(line)
        return out

    def _emit(self, b, line, counted=True):
        if counted and self.on_page == self.rows:
            furniture = self.furniture(self.page)
            self.lines.append(("\n".join(furniture), None))
            done = sum(len(squeeze(t)) for t, owner in self.lines if owner == b)
            if done:
                self.breaks[b].append((done, furniture))
            self.page, self.on_page = self.page + 1, 0
        self.lines.append((line, b))
        if counted:
            self.on_page += 1

    def text(self) -> str:
        out = []
        for i, (line, owner) in enumerate(self.lines):
            out.append(line if owner is None else self.line_quirk(i, line))
        return "\n".join(out) + "\n"

    def printed_lines(self):
        """(line as read, block index or None) after the per-line quirks."""
        return [
            (line if owner is None else self.line_quirk(i, line), owner)
            for i, (line, owner) in enumerate(self.lines)
        ]

    def span(self, b: int, a: int, z: int, *, furniture=True, clean=False) -> str:
        """Block b's OCR words between squeezed offsets a and z, with the furniture lines that fall
        inside (furniture=False: without them, for a reader that drops them — the corpus test drops
        page numbers in a PDF); clean=True: the span must not cross a page end (a title, a phrase)."""
        full = self.texts[b]
        out, at = [], a
        for offset, lines in self.breaks[b]:
            if a < offset < z:
                assert not (clean and furniture), (b, full[a:z])
                out.append(full[at:offset])
                if furniture:
                    out.append(squeeze("".join(lines)))
                at = offset
        out.append(full[at:z])
        return "".join(out)

    def find(self, b: int, phrase: str, *, furniture=True) -> str:
        """A target's phrase (markup) as read: it must stand in block b, on one page where the
        furniture is read."""
        full, p = self.texts[b], squeeze(ocr(phrase))
        a = full.index(p)
        return self.span(b, a, a + len(p), furniture=furniture, clean=True)

    def pieces(self, b: int, pieces, i: int, j: int, *, furniture=True, clean=False) -> str:
        """Block b printed as the concatenation of pieces (markup): the words of pieces[i:j]."""
        lens = [len(squeeze(ocr(p))) for p in pieces]
        assert "".join(squeeze(ocr(p)) for p in pieces) == self.texts[b], b
        return self.span(b, sum(lens[:i]), sum(lens[:j]), furniture=furniture, clean=clean)

    def paragraphs(self):
        """The OCR's text rebuilt into paragraphs, as a "PDF 转 Word" / OCR editor does: the printed
        lines of one block joined, a block cut where the paper's page ended, the furniture between
        as paragraphs of their own. [(block kind or 'furniture', text)]"""
        out, last = [], object()
        for line, owner in self.printed_lines():
            if owner is None:
                out.extend(("furniture", f) for f in line.split("\n"))
                last = None
            elif owner == last:
                out[-1] = (out[-1][0], out[-1][1] + line)
            else:
                out.append((self.kinds[owner], line))
                last = owner
        return out


class Builder:
    """Collects a document's blocks (kind, markup) and, beside them, what the extraction says of
    them; resolve(layout) turns the latter into synthetic_model objects quoting the OCR's words."""

    def __init__(self):
        self.blocks, self.goals, self.sections = [], [], []

    def add(self, kind, markup) -> int:
        self.blocks.append((kind, markup))
        return len(self.blocks) - 1

    def section(self, code, numbering, num_ocr, title, kind="key_task", block="h1", parent=None):
        b = self.add(block, num_ocr + title)
        s = {"code": code, "numbering": numbering, "kind": kind, "b": b, "parts": [num_ocr, title]}
        s["tasks"], s["sections"] = [], []
        (parent["sections"] if parent else self.sections).append(s)
        return s

    def task(
        self,
        section,
        numbering,
        num_ocr,
        title,
        rest,
        ann="",
        *,
        sep="。",
        targets=(),
        due=None,
        **roles,
    ):
        pieces = [num_ocr, title, sep, rest, ann]
        b = self.add("p", "".join(pieces))
        t = {"numbering": numbering, "b": b, "pieces": pieces, "roles": roles, "due": due}
        section["tasks"].append(t)
        if targets:
            self.goals.append(
                {
                    "kind": "task",
                    "numbering": numbering,
                    "b": b,
                    "pieces": pieces,
                    "targets": targets,
                }
            )
        return t

    def goal_paragraph(self, markup, date_phrase, targets, deadline=None):
        """A dated goal paragraph; deadline: its year where it is not the plan's end."""
        b = self.add("p", markup)
        if deadline:
            targets = [(p, a, {"deadline": deadline, **kw}) for p, a, kw in targets]
        self.goals.append({"kind": "dated", "b": b, "date": date_phrase, "targets": targets})
        return b

    def resolve(self, layout, *, furniture=True):
        from synthetic_model import Goal, Section, Target, Task

        def targets(b, items):
            out = []
            for phrase, args, kw in items:
                assert squeeze(ocr(phrase)) in layout.texts[b], phrase
                out.append(Target(*args, layout.find(b, phrase, furniture=furniture), **kw))
            return out

        goals = []
        for g in self.goals:
            b = g["b"]
            if g["kind"] == "dated":
                title = layout.find(b, g["date"], furniture=furniture)
                text = layout.span(b, 0, len(layout.texts[b]), furniture=furniture)
                goals.append(Goal(title, text, targets(b, g["targets"])))
            else:
                p = g["pieces"]
                title = layout.pieces(b, p, 1, 2, furniture=furniture, clean=True)
                text = layout.pieces(b, p, 1, 4, furniture=furniture)
                goals.append(Goal(title, text, targets(b, g["targets"]), numbering=g["numbering"]))

        def section(s):
            title = layout.pieces(s["b"], s["parts"], 1, 2, furniture=furniture, clean=True)
            tasks = []
            for t in s["tasks"]:
                p = t["pieces"]
                tasks.append(
                    Task(
                        t["numbering"],
                        layout.pieces(t["b"], p, 1, 2, furniture=furniture, clean=True),
                        layout.pieces(t["b"], p, 1, 5, furniture=furniture),
                        due=t["due"],
                        **{k: list(v) for k, v in t["roles"].items()},
                    )
                )
            return Section(
                s["code"],
                s["numbering"],
                title,
                s["kind"],
                tasks,
                [section(x) for x in s["sections"]],
            )

        return goals, [section(s) for s in self.sections]

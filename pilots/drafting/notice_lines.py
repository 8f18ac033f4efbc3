"""The covering notice before a plan it issues (a 公文: its text, the list of its annexes, the
issuer's signature and date, then the plan). Numbered lines of the notice — its reply channels
"1、电子邮件…", its list of annexes "附件：1．X方案" / "2．X分工表" — are the notice's text, not
the plan's outline; so are those of a revision note printed between the notice and the re-issued
plan (修订说明: "1.将“A”调整为“B”", "删去原第（五）项"), which describes the changes and commits to
nothing: the plan prints its new figures, items and leads again. A table's title after the
signature (任务清单, 分工表: a workbook's next sheet, the plan's annex) is the plan's own list, no
plan a notice issues: the text above is the plan."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, TypeVar

from pilots.drafting.lexicon import compiled, table
from pilots.drafting.table_opening import table_title


class _Line(Protocol):
    raw: str
    style: str | None


L = TypeVar("L", bound=_Line)


def notice_unnumbered(lines: list[L]) -> list[L]:
    """The lines with the numbered lines of a covering notice made paragraphs: those before its
    signature and date, where the plan's title follows — after a bracketed note (（此件公开发布）)
    and the annex's label (附件1) if the notice prints them."""
    date_line, issuer = compiled("documents", "date_line"), table("documents")["issuer_end"]
    for index, line in enumerate(lines[1:-2], start=1):
        signed = date_line.match(line.raw) and re.search(rf"{issuer}$", lines[index - 1].raw)
        if not signed:
            continue
        note = _title_after_signature(lines, index + 1)
        at = _revision_note_passed(lines, note)
        title = lines[at] if at < len(lines) else None
        titled = (
            title
            and title.style is None
            and re.search(table("documents")["plan_words"], title.raw)
            and not table_title(title)
        )
        if titled and any(later.style for later in lines[at + 1 :]):
            notice = _unnumbered(lines[:index]) + lines[index:note]
            return notice + _unnumbered(lines[note:at]) + lines[at:]
    return lines


def _unnumbered(lines: list[L]) -> list[L]:
    return [replace(n, style=None, number="", body=n.raw) for n in lines]


def _revision_note_passed(lines: list[L], at: int) -> int:
    """Where the plan's title stands after a revision note opening at ``at`` (修订说明, then its
    numbered changes): the first unnumbered line after it that ends as a plan's title does; ``at``
    itself when no note opens there or no title follows it."""
    if at >= len(lines) or not compiled("documents", "revision_note").match(lines[at].raw.strip()):
        return at
    title = compiled("documents", "reissued_title")
    for later in range(at + 1, min(len(lines), at + table("documents")["revision_note_max"])):
        if lines[later].style is None and title.search(lines[later].raw.strip()):
            return later
    return at


def _title_after_signature(lines: list[L], at: int) -> int:
    """Where the plan's title stands after the date: past the note and the annex's label."""
    note, label = compiled("documents", "signature_note"), compiled("documents", "annex_label")
    while (
        at < len(lines)
        and lines[at].style is None
        and (note.match(lines[at].raw) or label.match(lines[at].raw))
    ):
        at += 1
    return at

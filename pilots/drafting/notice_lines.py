"""The covering notice before a plan it issues (a 公文: its text, the list of its annexes, the
issuer's signature and date, then the plan). Numbered lines of the notice — its reply channels
"1、电子邮件…", its list of annexes "附件：1．X方案" / "2．X分工表" — are the notice's text, not
the plan's outline. A table's title after the signature (任务清单, 分工表: a workbook's next sheet,
the plan's annex) is the plan's own list, no plan a notice issues: the text above is the plan."""

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
        at = _title_after_signature(lines, index + 1)
        title = lines[at] if at < len(lines) else None
        titled = (
            title
            and title.style is None
            and re.search(table("documents")["plan_words"], title.raw)
            and not table_title(title)
        )
        if titled and any(later.style for later in lines[at + 1 :]):
            notice = [replace(n, style=None, number="", body=n.raw) for n in lines[:index]]
            return notice + lines[index:]
    return lines


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

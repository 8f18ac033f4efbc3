"""The signature closing an issued document (GB/T 9704): the issuer's name on a line, the date
under it (2026年1月28日, or 2026年2月26日印发), a note in brackets after them (（此件公开发布）).
Printed after the plan's last item, it is none of the plan's text: no task, no task's text; nor is
the line naming an attachment that the page ends with after it (附件：X清单（2026—2027年）)."""

from __future__ import annotations

import re
from typing import Protocol

from pilots.drafting.lexicon import compiled, table


class _Line(Protocol):
    raw: str
    style: str | None


def signature_start(lines: list[_Line]) -> int | None:
    """Where the signature ending these lines starts: a date line with the issuer's line before
    it or a bracketed note after it, all unnumbered; None when the lines end otherwise."""
    at = len(lines)
    note, date = compiled("documents", "signature_note"), compiled("documents", "signature_date")
    annex = compiled("documents", "signature_annex")
    while at and lines[at - 1].style is None and annex.match(lines[at - 1].raw):
        at -= 1  # the attachment it names is not printed here
    annexed = at
    while at and lines[at - 1].style is None and note.match(lines[at - 1].raw):
        at -= 1
    noted = at < annexed
    if not (at and lines[at - 1].style is None and date.match(lines[at - 1].raw)):
        return None
    at -= 1
    if at and lines[at - 1].style is None and _issuer(lines[at - 1].raw):
        return at - 1
    return at if noted else None


def _issuer(line: str) -> bool:
    """A line naming the issuing body alone (某省人民政府, 某市人民政府办公室)."""
    return (
        len(line) <= table("documents")["issuer_max"]
        and not re.search(r"[。，,、；;：:]", line)
        and bool(re.search(rf"{table('documents')['issuer_end']}$", line))
    )


def annex_signature(annex: list[str]) -> list[str]:
    """The signature opening the annex lines, where the notice names its attachment (附件：X表)
    before signing: the issuer's line and the date under it, which date the document."""
    date = compiled("documents", "signature_date")
    lines = [raw.strip() for raw in annex[:2]]
    if lines and date.match(lines[0]):
        return lines[:1]
    if len(lines) == 2 and _issuer(lines[0]) and date.match(lines[1]):
        return lines
    return []

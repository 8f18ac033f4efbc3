"""Footnotes of a PDF's pages (``pdf_text``): a word processor prints each note at the foot of
the page its mark stands on ("①算力券：区财政向中小企业发放…的电子凭证。"), smaller than the
body, below the page's last body line — in the middle of a table that runs on over the page, or
between an item's halves. The notes define terms: no part of the plan's text, and read where they
stand they cut the table or paragraph they fall into. Taken off here; the marks stay where the body
prints them ("建成“算力券①”服务平台"). A note stating roles ("①牵头单位：市X；…", synthetic_bz's
roles set as footnotes) is kept: its roles are the task's."""

from __future__ import annotations

from statistics import median

from pilots.drafting.lexicon import compiled

SMALLER = 1.0  # points a note is set smaller than the body at the least


def footnotes_dropped(pages: list[list[dict]]) -> list[list[dict]]:
    """Pages without their footnotes: a line opening with a note mark (① …) that the body
    prints after a word somewhere, set smaller than the body, with no body line below it on its
    page; and the lines of the same size after it (a note's second line)."""
    body_lines = [line for page in pages for line in page if not line.get("row")]
    if not body_lines:
        return pages
    body = median(line["size"] for line in body_lines)
    text = "\n".join(  # the body's lines and tables, where the marks stand after words
        line["text"]
        for page in pages
        for line in page
        if line.get("row") or line["size"] > body - SMALLER
    )
    kept_pages = []
    for page in pages:
        foot = _foot_notes(page, body, text)
        kept_pages.append([line for line in page if id(line) not in foot])
    return kept_pages


def _foot_notes(page: list[dict], body: float, text: str) -> set[int]:
    mark = compiled("documents", "footnote_note")
    roles = compiled("documents", "footnote_roles")
    found: set[int] = set()
    note_size = None
    for index, line in enumerate(page):
        small = not line.get("row") and line["size"] <= body - SMALLER
        opened = mark.match(line["text"]) if small else None
        if opened and _marked_in_body(opened.group("mark"), text) and _at_foot(page, index, body):
            if roles.search(line["text"]):
                note_size = None
                continue
            found.add(id(line))
            note_size = line["size"]
        elif note_size is not None and small and abs(line["size"] - note_size) < 0.5:
            found.add(id(line))  # the note goes on
        else:
            note_size = None
    return found


def _marked_in_body(mark: str, text: str) -> bool:
    """The mark stands after a word in some line (数据赋能④), not only at lines' starts."""
    return any(c == mark and at > 0 and not text[at - 1].isspace() for at, c in enumerate(text))


def _at_foot(page: list[dict], index: int, body: float) -> bool:
    """No line in the body's size below it on its page."""
    return not any(
        not line.get("row") and line["size"] > body - SMALLER for line in page[index + 1 :]
    )

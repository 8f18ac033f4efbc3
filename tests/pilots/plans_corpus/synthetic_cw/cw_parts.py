"""What the three synthetic_cw documents share: an annotated stretch of a task (its words, the
annotation printed after or before them, the roles it names) and the task made of such stretches —
one stretch, the task's own roles; several, each a clause with its own (SOURCES.md: "Several
annotations inside one task, each covering the text before it → clauses")."""

from dataclasses import dataclass, field

from synthetic_model import Clause, Task

LEADING = "，；、。 "


@dataclass
class Seg:
    text: str  # the words the annotation covers, as printed
    annot: str = ""  # the annotation as printed ("" when a later one covers these words too)
    lead: list = field(default_factory=list)
    sup: list = field(default_factory=list)
    resp: list = field(default_factory=list)


def clause_text(text: str) -> str:
    """A clause's words without the punctuation left at its start by the annotation before it."""
    return text.lstrip(LEADING)


def task_of(numbering, title, text, segs, code, due=None) -> Task:
    """segs: the task's annotated stretches (several → clauses, no task-level roles)."""
    c = lambda names: [code[n] for n in names]  # noqa: E731
    if len(segs) == 1:
        s = segs[0]
        return Task(numbering, title, text, c(s.lead), c(s.resp), c(s.sup), due=due)
    clauses = [Clause(clause_text(s.text), c(s.lead), c(s.resp), c(s.sup)) for s in segs]
    return Task(numbering, title, text, due=due, clauses=clauses)

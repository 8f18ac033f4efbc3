"""Small helpers the three synthetic_bl documents share (SYNTHETIC_BL.md): agencies by their printed
forms, targets checked against the text that prints them, and a task that is also a goal where it
holds figures. The documents' text, roles and figures live in doc_*.py."""

import re
import unicodedata

from synthetic_model import Agency, Goal, Target, Task


def norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


class Agencies:
    """printed form → (code, full name, category); every printed form of a body is an alias
    unless it is the full name."""

    def __init__(self, table: dict):
        self.table = table
        seen = {}
        for printed, (code, name, cat) in table.items():
            agency = seen.setdefault(code, Agency(code, name, [], cat))
            if printed != name and printed not in agency.aliases:
                agency.aliases.append(printed)
        self.list = list(seen.values())

    def codes(self, names):
        out = []
        for n in names:
            code = self.table[n][0]
            if code not in out:
                out.append(code)
        return out


def T(phrase, metric, unit, comp, value, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def check(text, targets):
    for t in targets:
        assert norm(t.phrase) in norm(text), (t.phrase, text[:40])


def task(reg, goals, no, title, text, goal_text, lead=(), resp=(), supp=(), targets=()):
    """A Task (roles from printed names); where it holds figures also a Goal titled like it."""
    check(goal_text, targets)
    assert norm(goal_text) in norm(text)
    if targets:
        goals.append(Goal(title, goal_text, list(targets), numbering=no))
    return Task(
        no,
        title,
        text,
        lead=reg.codes(lead),
        responsible=reg.codes(resp),
        supporting=reg.codes(supp),
    )

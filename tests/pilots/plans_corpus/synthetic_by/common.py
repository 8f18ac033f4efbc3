"""Helpers the three synthetic_by documents share: the agency table, the annotation, targets."""

from synthetic_model import Agency, Target


def agencies(table):
    """table: printed form → (code, full name, category)."""
    return [Agency(c, n, [p] if p != n else [], cat) for p, (c, n, cat) in table.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def check(text, targets):
    for t in targets:
        assert t.phrase in text, t.phrase

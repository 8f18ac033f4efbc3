"""The plan model the synthetic_db documents are built from: a task list of (title, body, roles,
targets) per group, turned into synthetic_model Tasks, Goals and Sections."""

from synthetic_model import Agency, Target


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def agencies(table):
    """{printed: (code, full name, category)} → (Agency list, printed → code)."""
    return (
        [Agency(code, name, [printed], cat) for printed, (code, name, cat) in table.items()],
        {p: v[0] for p, v in table.items()},
    )


def check(targets, text):
    for t in targets:
        assert t.phrase in text, t.phrase

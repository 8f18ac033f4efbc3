"""Small helpers the three synthetic_bo documents share: a task with its roles and figures
becomes a Task (and, when it holds figures, a Goal titled like it), every quoted phrase
checked against the printed text."""

from synthetic_model import Agency, Goal, Target, Task


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def agencies(table):
    return [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in table.items()]


def task(goals, numbering, title, text, targets=(), goal_text=None, **roles):
    """A Task; if it holds figures, a Goal titled like it (text = goal_text or the task's text)."""
    gtext = goal_text or text
    for t in targets:
        assert t.phrase in gtext, (title, t.phrase)
    if targets:
        goals.append(Goal(title, gtext, list(targets), numbering=numbering))
    return Task(numbering, title, text, **{k: list(v) for k, v in roles.items()})


def check_agencies(table, printed_text):
    for code, (_, _, aliases) in table.items():
        for a in aliases:
            assert a in printed_text, (code, a)

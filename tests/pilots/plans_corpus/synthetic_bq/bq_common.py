"""Small helpers the three synthetic_bq documents share (SYNTHETIC_BQ.md)."""

from synthetic_model import Agency, Goal, Target, Task


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def agencies(table):
    """table: code → (full name, category, [printed forms])."""
    return [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in table.items()]


def item_task(numbering, title, body, annotation, roles, targets, goals, due=None, extra=()):
    """An item "N.标题。正文（annotation）": its task (text without the number) and, when it holds
    figures, a goal titled like it (text = title + body, without the annotation)."""
    lead, sup, resp = roles
    text = f"{title}。{body}{annotation}"
    for t in targets:
        assert t.phrase in body, t.phrase
    if targets:
        goals.append(Goal(title, f"{title}。{body}", targets, numbering=numbering))
    return Task(
        numbering,
        title,
        text,
        lead=list(lead),
        supporting=list(sup),
        responsible=list(resp) + [x for x in extra if x not in resp],
        due=due,
    )

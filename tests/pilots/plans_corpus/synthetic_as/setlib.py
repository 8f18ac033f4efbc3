"""Small helpers shared by the synthetic_as document modules: agencies from (code, name, aliases,
category) rows, and task items that become a Task and, when they hold figures, a Goal as well."""

from synthetic_model import Agency, Goal, Target, Task


def agencies(rows):
    made = [
        Agency(code, name, [a for a in aliases if a != name], cat)
        for code, name, aliases, cat in rows
    ]
    alias = {a: code for code, _name, aliases, _cat in rows for a in aliases}
    alias.update({name: code for code, name, _aliases, _cat in rows})
    return made, alias


def T(metric, unit, comparator, value, phrase, **kw):
    return Target(metric, unit, comparator, value, phrase, **kw)


def item(alias, goals, no, title, body, note, lead=(), resp=(), sup=(), targets=(), sep=""):
    """One task: "标题。正文" followed by its annotation `note` (joined by `sep`: "" inline, "\n"
    on its own line). Its figures also make a goal titled like it (text without the note)."""
    text = f"{title}。{body}"
    if targets:
        goals.append(Goal(title, text, list(targets), numbering=no))
    full = f"{text}{sep}{note}" if note else text
    return Task(
        no,
        title,
        full,
        lead=[alias[n] for n in lead],
        responsible=[alias[n] for n in resp],
        supporting=[alias[n] for n in sup],
    )

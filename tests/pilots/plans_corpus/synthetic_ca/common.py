# ruff: noqa: E501
"""Small helpers the three synthetic_ca documents share: agencies from a table, a task with its goal."""

from synthetic_model import Agency, Goal, Target, Task


def agencies(table):
    return [Agency(code, name, list(printed), cat) for code, (name, cat, printed) in table.items()]


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


def item(numbering, title, body, ann="", lead=(), resp=(), sup=(), targets=(), goals=None):
    """A task printed "标题。正文annotation"; with targets, also a goal titled like the task (its text
    without the annotation), appended to goals."""
    text = f"{title}。{body}{ann}"
    task = Task(numbering, title, text, list(lead), list(resp), list(sup))
    if targets:
        goals.append(Goal(title, f"{title}。{body}", list(targets), numbering))
    return task, text

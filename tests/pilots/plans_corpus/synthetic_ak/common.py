"""Helpers the three synthetic_ak document modules share: a task is written once as its numbering,
title, body and annotation, and both the printed file and the expected extraction are made from it.

A document is a list of blocks, printed in order by make_files.py:
("notice", lines) the covering notice; ("title", text); ("p", text) a plain paragraph;
("h1", text) a part heading; ("h2", text) a group heading; ("goal", Goal) a goal paragraph;
("task", Task) a task (its annotation inline, or on its own line when task.own_line);
("box", (caption, lines)) a 专栏 box; ("table", (caption, rows)) an indicator table;
("sign", lines) the issuer and date under the notice."""

from synthetic_model import Goal, Target, Task


def task(numbering, title, body, note="", *, own_line=False, **roles):
    """A task "numbering title。body" closed by its annotation `note` (own_line: the next line)."""
    t = Task(numbering=numbering, title=title, text=f"{title}。{body}{note}", **roles)
    t.head = f"{title}。{body}"
    t.note = note
    t.own_line = own_line
    return t


def goal_of(t: Task, *targets: Target) -> Goal:
    """An item holding figures is also a goal titled like the item, its text without the
    annotation."""
    return Goal(title=t.title, text=t.head, targets=list(targets), numbering=t.numbering)

"""Helpers shared by the synthetic_al document modules: a task is written once as its heading, its
body and its annotation, and gives both the printed paragraph and the extraction's task (and, when
it holds figures, its goal titled like the task, without the annotation)."""

from synthetic_model import Goal, Task


def task(numbering, title, body, annotation="", joiner="", **roles):
    """joiner: "" when the annotation closes the paragraph, "\\n" when it stands on its own line."""
    made = Task(
        numbering=numbering,
        title=title,
        text=f"{title}。{body}{joiner}{annotation}",
        **roles,
    )
    made.head = f"{numbering}{title}。"
    made.body = body
    made.annotation = annotation
    made.plain = f"{title}。{body}"
    return made


def goal_of(made, *targets):
    return Goal(title=made.title, text=made.plain, targets=list(targets), numbering=made.numbering)

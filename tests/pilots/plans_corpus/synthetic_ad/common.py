"""Shared helpers of the synthetic_ad document modules: a task written once gives the printed
paragraph, the extraction's task and, when it holds figures, its goal."""

from synthetic_model import Goal, Task


def task(
    numbering, title, body, ann="", *, lead=(), resp=(), sup=(), targets=(), due=None, sep="。"
):
    """(paragraph as printed, Task, Goal or None). The task's text is its title and body with the
    annotation; the goal's text leaves the annotation out."""
    text = f"{title}{sep}{body}"
    t = Task(numbering, title, text + ann, list(lead), list(resp), list(sup), due)
    g = Goal(title, text, list(targets), numbering) if targets else None
    return f"{numbering}{text}{ann}", t, g

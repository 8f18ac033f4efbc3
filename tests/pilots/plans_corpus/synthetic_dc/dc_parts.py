# ruff: noqa: E501  (plan text as the offices write it)
"""What the three synthetic_dc documents share: an item (a task as the extraction holds it, printed
each document's own way) and the tasks and goals made from a part's items."""

from dataclasses import dataclass, field

from synthetic_model import Goal, Target, Task


def T(metric, unit, comp, value, phrase, **kw):
    return Target(metric, unit, comp, value, phrase, **kw)


@dataclass
class Item:
    title: str
    body: str  # the text after the title (the docx's bold lead / the html bullet's heading)
    annot: str = ""
    lead: list = field(default_factory=list)
    sup: list = field(default_factory=list)
    resp: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    sep: str = (
        "。"  # what closes the title in the text: "。" (a lead sentence) or "，" (a first phrase)
    )

    @property
    def text(self):
        return f"{self.title}{self.sep}{self.body}{self.annot}"


def tasks_and_goals(items, code, goals):
    """The part's tasks; an item holding figures is also a goal titled like it (appended to goals)."""
    tasks = []
    for it in items:
        flat = it.text.replace("\n", "")
        for t in it.targets:
            assert t.phrase in flat, t.phrase
        tasks.append(
            Task(
                None,
                it.title,
                flat,
                lead=[code[x] for x in it.lead],
                supporting=[code[x] for x in it.sup],
                responsible=[code[x] for x in it.resp],
            )
        )
        if it.targets:
            goals.append(Goal(it.title, flat, list(it.targets)))
    return tasks


def goal(title, text, targets):
    for t in targets:
        assert t.phrase in text, t.phrase
    return Goal(title, text, targets)

"""What the three synthetic_am document modules share: a Builder that records each printed block
(for make_files.py) and, from the same call, the task or goal the expected extraction holds."""

from synthetic_model import Goal, Section, Target, Task


def T(metric, unit, comparator, value, phrase, **kw) -> Target:
    return Target(metric, unit, comparator, value, phrase, **kw)


class Builder:
    def __init__(self):
        self.blocks: list[tuple] = []
        self.goals: list[Goal] = []
        self.sections: list[Section] = []

    def add(self, kind, *payload):
        self.blocks.append((kind, *payload))

    def goal(self, kind, title, text, targets, numbering=None, prefix=""):
        """A goal paragraph printed after `prefix` (a "——" the goal's text leaves out)."""
        self.add(kind, prefix + text)
        self.goals.append(Goal(title, text, list(targets), numbering))
        check(text, targets)

    def task(
        self,
        section,
        numbering,
        title,
        body,
        ann="",
        *,
        sep="。",
        targets=(),
        style="run",
        lead=(),
        responsible=(),
        supporting=(),
        due=None,
    ):
        """style "run": "numbering title sep body ann" in one paragraph, the task's text from
        the title on; style "head": the numbered heading on its own line, the body paragraph
        (with its annotation) as the task's text."""
        if style == "run":
            text = f"{title}{sep}{body}{ann}"
            goal_text = f"{title}{sep}{body}"
            self.add("task", numbering, f"{title}{sep}", f"{body}{ann}")
        else:
            text = f"{body}{ann}"
            goal_text = body
            self.add("h3", f"{numbering}{title}")
            self.add("p", text)
        section.tasks.append(
            Task(numbering, title, text, list(lead), list(responsible), list(supporting), due)
        )
        if targets:
            self.goals.append(Goal(title, goal_text, list(targets), numbering))
            check(goal_text, targets)


def check(text, targets):
    for t in targets:
        assert t.phrase in text, (t.phrase, text)

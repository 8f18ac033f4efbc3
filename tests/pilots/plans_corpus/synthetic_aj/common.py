"""What the three synthetic_aj document modules share: a document is a list of blocks (style, text,
bold prefix) that make_files.py prints as a file, and the goals and tasks it holds are made from the
very strings the blocks carry."""

from model import Goal, Task


class Doc:
    def __init__(self, deadline: int):
        self.deadline = deadline
        self.blocks: list[tuple] = []
        self.goals: list[Goal] = []

    def add(self, style: str, text, bold: str = "") -> None:
        self.blocks.append((style, text, bold))

    def goal(self, title: str, text: str, targets: list, numbering: str | None = None) -> None:
        """A goal paragraph printed as it is; each target's phrase must stand in it."""
        for t in targets:
            assert t.phrase in text, t.phrase
        self.add("para", text)
        self.goals.append(Goal(title=title, text=text, targets=targets, numbering=numbering))

    def item(
        self,
        numbering: str,
        title: str,
        body: str,
        ann: str = "",
        *,
        lead=(),
        responsible=(),
        supporting=(),
        targets=(),
        lines=(),
        due=None,
        sep: str = "。",
    ) -> Task:
        """A task "N.标题。正文（annotation）", its own-line annotations after it; an item holding
        figures is also a goal titled like the item, its text without the annotation."""
        for t in targets:
            assert t.phrase in body, t.phrase
        self.add("item", f"{numbering}{title}{sep}{body}{ann}", bold=f"{numbering}{title}{sep}")
        for line in lines:
            self.add("para", line)
        if targets:
            self.goals.append(
                Goal(
                    title=title,
                    text=f"{title}{sep}{body}",
                    targets=list(targets),
                    numbering=numbering,
                )
            )
        return Task(
            numbering=numbering,
            title=title,
            text="\n".join([f"{title}{sep}{body}{ann}", *lines]),
            lead=list(lead),
            responsible=list(responsible),
            supporting=list(supporting),
            due=due,
        )

"""The small model the three synthetic_ab documents are written in (after synthetic_z's): each
document module lists its agencies, goals and sections once, and make_files.py prints the file and
the expected extraction from the same lists, so the two cannot drift apart. A task holding figures
carries them itself (``targets``): the extraction makes it a goal too, titled like the task, its
text the task's words without the annotation (``body``), after the plan's own goals."""

from dataclasses import dataclass, field


@dataclass
class Agency:
    code: str
    name: str
    aliases: list
    category: str


@dataclass
class Target:
    metric: str
    unit: str
    comparator: str
    value: float
    phrase: str
    value_max: float | None = None
    kind: str | None = None
    per_year: bool = False
    deadline: int | None = None
    parent: str | None = None
    aggregation: str | None = None


@dataclass
class Goal:
    title: str
    text: str
    targets: list
    numbering: str | None = None


@dataclass
class Task:
    numbering: str
    title: str
    body: str
    note: str = ""  # the annotation as printed, appended to the text ("" = none)
    lead: list = field(default_factory=list)
    responsible: list = field(default_factory=list)
    supporting: list = field(default_factory=list)
    due: str | None = None
    targets: list = field(default_factory=list)
    joiner: str = ""  # between body and note: "" run on, "\n" an own line

    @property
    def text(self) -> str:
        return f"{self.body}{self.joiner}{self.note}" if self.note else self.body


@dataclass
class Section:
    code: str
    numbering: str
    title: str
    kind: str
    tasks: list = field(default_factory=list)
    sections: list = field(default_factory=list)


def target_dict(code: str, t: Target, deadline: int, parents: dict) -> dict:
    out = {
        "code": code,
        "metric": t.metric,
        "unit": t.unit,
        "comparator": t.comparator,
        "value": t.value,
    }
    if t.value_max is not None:
        out["value_max"] = t.value_max
    out["deadline"] = t.deadline or deadline
    if t.per_year:
        out["per_year"] = True
    out["aggregation"] = t.aggregation or ("flow" if t.per_year else "stock")
    if t.kind:
        out["kind"] = t.kind
    if t.parent:
        out["parent"] = parents[t.parent]
    out["source_phrase"] = t.phrase
    return out


def roles(holder, out: dict) -> dict:
    for role in ("lead", "supporting", "responsible"):
        if getattr(holder, role):
            out[role] = list(getattr(holder, role))
    return out


def task_code(t: Task) -> str:
    return t.numbering.strip("（）、．.()第条 ")


def task_dict(code: str, t: Task) -> dict:
    out = {"code": code, "numbering": t.numbering, "title": t.title, "text": t.text}
    if t.due:
        out["due"] = t.due
    return roles(t, out)


def section_dict(s: Section, prefix: str = "") -> dict:
    code = f"{prefix}{s.code}"
    out = {"code": code, "numbering": s.numbering, "title": s.title, "kind": s.kind}
    if not s.numbering:
        del out["numbering"]
    if s.tasks:
        out["tasks"] = [task_dict(f"{code}.{task_code(t)}", t) for t in s.tasks]
    if s.sections:
        out["sections"] = [section_dict(sub, f"{code}.") for sub in s.sections]
    return out


def all_tasks(sections: list):
    for s in sections:
        yield from s.tasks
        yield from all_tasks(s.sections)


def extraction(
    *, zone: dict, plan: dict, agencies: list, goals: list, sections: list, deadline: int
) -> dict:
    task_goals = [
        Goal(t.title, t.body, t.targets, t.numbering) for t in all_tasks(sections) if t.targets
    ]
    counter, parents, goal_dicts = 0, {}, []
    for i, g in enumerate([*goals, *task_goals], 1):
        assert g.text, g.title
        targets = []
        for t in g.targets:
            assert t.phrase in g.text, t.phrase
            counter += 1
            parents[t.phrase] = f"T{counter}"
            targets.append(target_dict(f"T{counter}", t, deadline, parents))
        gd = {"code": f"G{i}"}
        if g.numbering:
            gd["numbering"] = g.numbering
        gd.update({"title": g.title, "text": g.text, "targets": targets})
        goal_dicts.append(gd)
    codes = {a.code for a in agencies}
    for t in all_tasks(sections):
        for who in (*t.lead, *t.responsible, *t.supporting):
            assert who in codes, who
    return {
        "format": 1,
        "zone": zone,
        "plan": plan,
        "agencies": [
            {"code": a.code, "name": a.name, "aliases": list(a.aliases), "category": a.category}
            for a in agencies
        ],
        "goals": goal_dicts,
        "sections": [section_dict(s) for s in sections],
    }

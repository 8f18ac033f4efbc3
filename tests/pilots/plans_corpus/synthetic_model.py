"""The small model the synthetic sets' documents are written in (synthetic_ac onwards): each
document module lists its agencies, goals and sections once, and the set's make_files.py prints
the file and the expected extraction from the same lists, so the two cannot drift apart."""

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
class Clause:
    text: str
    lead: list = field(default_factory=list)
    responsible: list = field(default_factory=list)
    supporting: list = field(default_factory=list)


@dataclass
class Task:
    numbering: str
    title: str
    text: str
    lead: list = field(default_factory=list)
    responsible: list = field(default_factory=list)
    supporting: list = field(default_factory=list)
    due: str | None = None
    clauses: list = field(default_factory=list)


@dataclass
class Section:
    code: str
    numbering: str
    title: str
    kind: str
    tasks: list = field(default_factory=list)
    sections: list = field(default_factory=list)


def target_dict(code: str, t: Target, deadline: int) -> dict:
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
        out["parent"] = t.parent
    out["source_phrase"] = t.phrase
    return out


def roles(holder, out: dict) -> dict:
    for role in ("lead", "supporting", "responsible"):
        if getattr(holder, role):
            out[role] = list(getattr(holder, role))
    return out


def task_dict(code: str, t: Task) -> dict:
    out = {"code": code, "numbering": t.numbering, "title": t.title, "text": t.text}
    if t.numbering is None:  # an unnumbered item (a safeguard paragraph "加强X。…"): no numbering
        del out["numbering"]
    if t.due:
        out["due"] = t.due
    roles(t, out)
    if t.clauses:
        out["clauses"] = [roles(c, {"text": c.text}) for c in t.clauses]
    return out


def section_dict(s: Section, prefix: str = "") -> dict:
    code = f"{prefix}{s.code}"
    out = {"code": code, "numbering": s.numbering, "title": s.title, "kind": s.kind}
    if not s.numbering:
        del out["numbering"]
    if s.tasks:
        out["tasks"] = [
            task_dict(f"{code}.{t.numbering.strip('（）、．.()第条') if t.numbering else i}", t)
            for i, t in enumerate(s.tasks, 1)
        ]
    if s.sections:
        out["sections"] = [section_dict(sub, f"{code}.") for sub in s.sections]
    return out


def extraction(
    *, zone: dict, plan: dict, agencies: list, goals: list, sections: list, deadline: int
) -> dict:
    counter = 0
    goal_dicts = []
    for i, g in enumerate(goals, 1):
        targets = []
        for t in g.targets:
            counter += 1
            made = target_dict(f"T{counter}", t, deadline)
            if made.get("parent") == "PREV":  # 其中…: part of the target just before it
                made["parent"] = f"T{counter - 1}"
            targets.append(made)
        gd = {"code": f"G{i}"}
        if g.numbering:
            gd["numbering"] = g.numbering
        gd.update({"title": g.title, "text": g.text, "targets": targets})
        goal_dicts.append(gd)
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


def safeguard_items(blocks: list, heading: str, items) -> list[Task]:
    """A 保障措施 part printed as its heading and bold-headed items (numbering, title, rest):
    appends the printed blocks and returns the part's tasks."""
    blocks.append(("h1", heading))
    tasks = []
    for numbering, title, rest in items:
        blocks.append(("item", (f"{numbering}{title}。", rest)))
        tasks.append(Task(numbering, title, f"{title}。{rest}"))
    return tasks

"""The small model the three synthetic_x documents are written in: each doc_*.py lists its agencies,
goals and sections once; make_files.py prints the file and the expected extraction from the same
lists, so the two cannot drift apart."""

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
    deadline: int
    value_max: float | None = None
    kind: str | None = None
    per_year: bool = False
    parent: str | None = None
    aggregation: str = "stock"
    owner: str | None = None
    key: str | None = None  # a name for parent references inside the module


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
    text: str
    lead: list = field(default_factory=list)
    responsible: list = field(default_factory=list)
    supporting: list = field(default_factory=list)
    due: str | None = None


@dataclass
class Section:
    code: str
    numbering: str
    title: str
    kind: str
    tasks: list = field(default_factory=list)
    sections: list = field(default_factory=list)


def extraction(*, zone: dict, plan: dict, agencies: list, goals: list, sections: list) -> dict:
    counter, keys, goal_dicts = 0, {}, []
    for i, g in enumerate(goals, 1):
        targets = []
        for t in g.targets:
            counter += 1
            code = f"T{counter}"
            if t.key:
                keys[t.key] = code
            out = {
                "code": code,
                "metric": t.metric,
                "unit": t.unit,
                "comparator": t.comparator,
                "value": t.value,
            }
            if t.value_max is not None:
                out["value_max"] = t.value_max
            out["deadline"] = t.deadline
            if t.per_year:
                out["per_year"] = True
            out["aggregation"] = "flow" if t.per_year else t.aggregation
            if t.kind:
                out["kind"] = t.kind
            if t.parent:
                out["parent"] = keys[t.parent]
            if t.owner:
                out["owner"] = t.owner
            out["source_phrase"] = t.phrase
            targets.append(out)
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
            {"code": a.code, "name": a.name, "aliases": a.aliases, "category": a.category}
            if a.aliases
            else {"code": a.code, "name": a.name, "category": a.category}
            for a in agencies
        ],
        "goals": goal_dicts,
        "sections": [section_dict(s) for s in sections],
    }


def task_dict(code: str, t: Task) -> dict:
    out = {"code": code, "numbering": t.numbering, "title": t.title, "text": t.text}
    if t.due:
        out["due"] = t.due
    for role in ("lead", "supporting", "responsible"):
        if getattr(t, role):
            out[role] = list(getattr(t, role))
    return out


def section_dict(s: Section, prefix: str = "") -> dict:
    code = f"{prefix}{s.code}"
    out = {"code": code, "numbering": s.numbering, "title": s.title, "kind": s.kind}
    if s.tasks:
        out["tasks"] = [task_dict(f"{code}.{t.numbering.strip('（）、．.()')}", t) for t in s.tasks]
    if s.sections:
        out["sections"] = [section_dict(sub, f"{code}.") for sub in s.sections]
    return out

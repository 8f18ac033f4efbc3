"""The plan as data, written once: each document's file is rendered from it and its expected
extraction (.yaml) is built from it, so that what the extraction quotes is what the file prints.
The judgement calls (which item is a task, which figure a target, which role a name takes) are
the collector's, made by hand in the doc_*.py modules (SYNTHETIC_O.md)."""

from dataclasses import dataclass, field


@dataclass
class Tgt:
    metric: str
    unit: str
    comparator: str
    value: float
    phrase: str
    deadline: int | None = None
    value_max: float | None = None
    aggregation: str = "stock"
    kind: str | None = None
    per_year: bool = False
    parent: str | None = None  # the metric of the target this one is part of (其中…)


@dataclass
class Task:
    numbering: str
    title: str
    head: str  # the task's first paragraph (or heading) after its numbering
    paras: list[str] = field(default_factory=list)  # the paragraphs that follow it
    lead: list[str] = field(default_factory=list)
    responsible: list[str] = field(default_factory=list)
    supporting: list[str] = field(default_factory=list)
    targets: list[Tgt] = field(default_factory=list)
    due: int | str | None = None

    @property
    def text(self) -> str:
        return self.head + "".join(self.paras)


@dataclass
class Sec:
    code: str
    numbering: str
    title: str
    kind: str
    tasks: list[Task] = field(default_factory=list)
    sections: list["Sec"] = field(default_factory=list)
    box_title: str | None = None  # a 专栏's heading line as printed


@dataclass
class Goal:
    title: str
    text: str
    targets: list[Tgt]


def _target(code: str, t: Tgt, deadline: int, codes: dict) -> dict:
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
    out["aggregation"] = t.aggregation
    if t.kind:
        out["kind"] = t.kind
    if t.parent:
        out["parent"] = codes[t.parent]
    out["source_phrase"] = t.phrase
    codes[t.metric] = code
    return out


def extraction(doc) -> dict:
    """The expected extraction of a doc module as a plan fixture."""
    codes: dict[str, str] = {}
    counter = iter(range(1, 1000))
    goals = []
    for goal in doc.GOALS:
        goals.append(
            {
                "code": f"G{len(goals) + 1}",
                "title": goal.title,
                "text": goal.text,
                "targets": [
                    _target(f"T{next(counter)}", t, doc.PLAN["period_end"], codes)
                    for t in goal.targets
                ],
            }
        )

    def section(sec: Sec, parent: str = "") -> dict:
        code = f"{parent}.{sec.code}" if parent else sec.code
        out = {"code": code, "numbering": sec.numbering, "title": sec.title, "kind": sec.kind}
        if not sec.numbering:
            del out["numbering"]
        if sec.tasks:
            out["tasks"] = [task(t, code, i) for i, t in enumerate(sec.tasks, 1)]
        if sec.sections:
            out["sections"] = [section(s, code) for s in sec.sections]
        return out

    def task(t: Task, parent: str, index: int) -> dict:
        number = t.numbering.strip(".．、（）()①②③④⑤⑥⑦⑧⑨") or str(index)
        if t.numbering and t.numbering[0] in "①②③④⑤⑥⑦⑧⑨":
            number = str("①②③④⑤⑥⑦⑧⑨".index(t.numbering[0]) + 1)
        out = {"code": f"{parent}.{number}"}
        if t.numbering:
            out["numbering"] = t.numbering
        out["title"] = t.title
        out["text"] = t.text
        if t.due:
            out["due"] = t.due
        for role in ("lead", "responsible", "supporting"):
            if getattr(t, role):
                out[role] = getattr(t, role)
        if t.targets:
            goals.append(
                {
                    "code": f"G{len(goals) + 1}",
                    "numbering": t.numbering,
                    "title": t.title,
                    "text": t.text,
                    "targets": [
                        _target(f"T{next(counter)}", x, doc.PLAN["period_end"], codes)
                        for x in t.targets
                    ],
                }
            )
            if not t.numbering:
                del goals[-1]["numbering"]
        return out

    sections = [section(s) for s in doc.SECTIONS]
    agencies = [
        {"code": c, "name": n, "aliases": list(a), "category": cat} for c, n, a, cat in doc.AGENCIES
    ]
    used = {
        code
        for t in tasks_of(doc.SECTIONS)
        for role in (t.lead, t.responsible, t.supporting)
        for code in role
    }
    known = {a["code"] for a in agencies}
    assert used <= known, used - known
    assert known <= used, known - used
    return {
        "format": 1,
        "zone": doc.ZONE,
        "plan": doc.PLAN,
        "agencies": agencies,
        "goals": goals,
        "sections": sections,
    }


def tasks_of(sections):
    for sec in sections:
        yield from sec.tasks
        yield from tasks_of(sec.sections)


def quoted(doc) -> list[str]:
    """Every text the extraction quotes, to be checked against the rendered file."""
    out = [g.title for g in doc.GOALS] + [g.text for g in doc.GOALS]
    out += [t.phrase for g in doc.GOALS for t in g.targets]
    for t in tasks_of(doc.SECTIONS):
        out += [t.title, t.text] + [x.phrase for x in t.targets]
    out += [a for _, _, aliases, _ in doc.AGENCIES for a in aliases]
    return out

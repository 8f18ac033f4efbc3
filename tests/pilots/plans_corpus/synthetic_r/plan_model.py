"""The small model the synthetic_r documents are written in: each document module lists its lines in
order (notice, goals, sections, tasks) once, and both the printed text and the expected extraction
are made from that one list, so what the extraction quotes is what the document prints."""

GOALS: list = []


class Line:
    def __init__(self, text: str):
        self.text = text

    def printed(self) -> list[str]:
        return [self.text]


class Section:
    def __init__(self, code, numbering, title, kind="key_task", printed=None):
        self.code, self.numbering, self.title, self.kind = code, numbering, title.rstrip("。"), kind
        self._printed = printed if printed is not None else f"{numbering}{title}"

    def printed(self):
        return [self._printed]


def target(
    metric,
    unit,
    comparator,
    value,
    deadline,
    phrase,
    aggregation="stock",
    per_year=False,
    kind=None,
    value_max=None,
):
    t = {"metric": metric, "unit": unit, "comparator": comparator, "value": value}
    if value_max is not None:
        t["value_max"] = value_max
    t["deadline"] = deadline
    if per_year:
        t["per_year"] = True
    t["aggregation"] = aggregation
    if kind:
        t["kind"] = kind
    t["source_phrase"] = phrase
    return t


class Goal:
    """A goal paragraph printed as it stands (its text), titled by its date phrase or its label."""

    def __init__(self, title, text, targets, numbering=None, printed=None):
        self.title, self.targets, self.numbering = title, targets, numbering
        self._printed = printed if printed is not None else text
        self.text = text[len(numbering) :] if numbering and text.startswith(numbering) else text

    def printed(self):
        return [self._printed]


class Task:
    """numbering + title + "。" + body + annotation, on one line; or (heading=True) the numbered
    title on its own line and the body paragraph under it. clauses: [(text, roles)] when the task
    carries several annotations; its text is the title then the clauses."""

    def __init__(
        self,
        code,
        numbering,
        title,
        body="",
        lead=(),
        supporting=(),
        responsible=(),
        clauses=None,
        targets=None,
        heading=False,
        sep="。",
        due=None,
    ):
        self.code, self.numbering, self.title = code, numbering, title
        self.roles = {
            "lead": list(lead),
            "supporting": list(supporting),
            "responsible": list(responsible),
        }
        if clauses and len(clauses) == 1:  # one annotation: the task's own roles
            body, roles = clauses[0]
            self.roles.update(roles)
            clauses = None
        self.clauses = clauses
        self.heading = heading
        self.due = due
        if self.clauses:
            body = "".join(text for text, _ in clauses)
        self.body = body
        self.text = body if heading else f"{title}{sep}{body}"
        self.targets = targets or []

    def printed(self):
        if self.heading:
            return [f"{self.numbering}{self.title}", self.body]
        return [f"{self.numbering}{self.text}"]


def document_lines(items) -> list[str]:
    return [line for item in items for line in item.printed()]


def extraction(meta: dict, agencies, items) -> dict:
    goals, sections, stack = [], [], []
    for item in items:
        if isinstance(item, Goal):
            goals.append(_goal(item, len(goals) + 1))
        elif isinstance(item, Section):
            depth = item.code.count(".")
            stack = stack[:depth]
            section = {
                "code": item.code,
                "numbering": item.numbering,
                "title": item.title,
                "kind": item.kind,
            }
            (stack[-1].setdefault("sections", []) if stack else sections).append(section)
            stack.append(section)
        elif isinstance(item, Task):
            task = {
                "code": item.code,
                "numbering": item.numbering,
                "title": item.title,
                "text": item.text,
            }
            if not item.numbering:
                del task["numbering"]
            if item.due is not None:
                task["due"] = item.due
            if item.clauses:
                task["clauses"] = [
                    {"text": text, **{k: v for k, v in roles.items() if v}}
                    for text, roles in item.clauses
                ]
            else:
                task.update({k: v for k, v in item.roles.items() if v})
            stack[-1].setdefault("tasks", []).append(task)
            if item.targets:
                goals.append(
                    _goal(Goal(item.title, item.text, item.targets, item.numbering), len(goals) + 1)
                )
    codes = iter(range(1, 1000))
    for goal in goals:
        for t in goal["targets"]:
            t["code"] = f"T{next(codes)}"
            t.update({k: t.pop(k) for k in list(t) if k != "code"})
    return {
        "format": 1,
        **meta,
        "agencies": [
            {"code": c, "name": n, "aliases": a, "category": cat} for c, n, a, cat in agencies
        ],
        "goals": goals,
        "sections": sections,
    }


def _goal(goal: Goal, number: int) -> dict:
    out = {"code": f"G{number}"}
    if goal.numbering:
        out["numbering"] = goal.numbering
    out.update({"title": goal.title, "text": goal.text, "targets": [dict(t) for t in goal.targets]})
    return out


def lengthen(
    items, more: dict[str, str], marks=("（牵头单位", "（责任单位", "(责任单位", "〔责任单位")
):
    """Adds sentences to tasks before their last annotation (to a clause task: its last clause)."""
    for item in items:
        if not isinstance(item, Task) or item.code not in more:
            continue
        extra = more[item.code]

        def put(text: str, extra: str = extra) -> str:
            at = max(text.rfind(m) for m in marks)
            return text + extra if at < 0 else text[:at] + extra + text[at:]

        if item.clauses:
            last_text, roles = item.clauses[-1]
            item.clauses[-1] = (put(last_text), roles)
            item.body = "".join(text for text, _ in item.clauses)
        else:
            item.body = put(item.body)
        item.text = item.body if item.heading else f"{item.title}。{item.body}"

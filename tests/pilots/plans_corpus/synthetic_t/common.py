"""Helpers shared by the synthetic_t documents: a task written once gives both the paragraph(s) the
document prints and the expected extraction's task (and goal, where the task holds figures)."""

import yaml


def tgt(
    metric,
    unit,
    comparator,
    value,
    deadline,
    phrase,
    *,
    value_max=None,
    per_year=False,
    flow=None,
    kind=None,
    parent=None,
    baseline=None,
    baseline_year=None,
):
    if unit.startswith("万") and unit != "万元":
        # 1.2万件 → 12000 件, as every extraction of the corpus writes 万 (万亿元 → 10000 亿元)
        unit, value = unit[1:], round(value * 10000)
        if baseline is not None:
            baseline = round(baseline * 10000)
    out = {"metric": metric, "unit": unit, "comparator": comparator, "value": value}
    if value_max is not None:
        out["value_max"] = value_max
    out["deadline"] = deadline
    if per_year:
        out["per_year"] = True
    out["aggregation"] = "flow" if (per_year or flow) else "stock"
    if kind:
        out["kind"] = kind
    if baseline is not None:
        out["baseline"] = baseline
        out["baseline_year"] = baseline_year
    if parent:
        out["parent"] = parent
    out["source_phrase"] = phrase
    return out


class Task:
    """numbering + title + 。 + body (+ annotation); body lines after the first are paragraphs of
    their own (sub-items, an annotation on its own line)."""

    def __init__(
        self,
        numbering,
        title,
        body,
        *,
        lead=(),
        supporting=(),
        responsible=(),
        targets=(),
        sep="。",
        text_from_title=True,
    ):
        self.numbering, self.title, self.body, self.sep = numbering, title, body, sep
        self.lead, self.supporting, self.responsible = lead, supporting, responsible
        self.targets = list(targets)

    def paragraphs(self):
        lines = self.body.split("\n")
        return [f"{self.numbering}{self.title}{self.sep}{lines[0]}", *lines[1:]]

    def text(self):
        return f"{self.title}{self.sep}" + "\n".join(self.body.split("\n"))

    def fixture(self, code):
        task = {"code": code, "numbering": self.numbering, "title": self.title, "text": self.text()}
        for role in ("lead", "supporting", "responsible"):
            if getattr(self, role):
                task[role] = list(getattr(self, role))
        return task


def number_targets(goals):
    n, for_parent = 0, {}
    for goal in goals:
        for target in goal["targets"]:
            n += 1
            code = f"T{n}"
            parent = target.pop("parent", None)
            for_parent[id(target)] = code
            ordered = {"code": code, **target}
            if parent is not None:
                ordered["parent"] = for_parent[id(parent)] if isinstance(parent, dict) else parent
                ordered = {k: ordered[k] for k in ordered if k != "source_phrase"} | {
                    "source_phrase": target["source_phrase"]
                }
            target.clear()
            target.update(ordered)
    for i, goal in enumerate(goals, 1):
        goal_code = {"code": f"G{i}"}
        rest = {k: v for k, v in goal.items() if k != "code"}
        goal.clear()
        goal.update(goal_code | rest)
    return goals


def write_yaml(path, header, data):
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10000)
    path.write_text(header + body, encoding="utf-8")


def agencies(rows):
    return [{"code": c, "name": n, "aliases": list(a), "category": k} for c, n, a, k in rows]

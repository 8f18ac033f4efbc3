"""Helpers shared by the synthetic_m document modules: a task, a goal and a target written once
and emitted both into the document's text and into its expected extraction."""


def first_sentence(text: str) -> str:
    return text.split("。", 1)[0]


def agency(code, name, aliases, category):
    return {"code": code, "name": name, "aliases": list(aliases), "category": category}


def target(code, metric, unit, comparator, value, deadline, aggregation, phrase, **extra):
    t = {
        "code": code,
        "metric": metric,
        "unit": unit,
        "comparator": comparator,
        "value": value,
    }
    if "value_max" in extra:
        t["value_max"] = extra.pop("value_max")
    t["deadline"] = deadline
    if extra.pop("per_year", False):
        t["per_year"] = True
    t["aggregation"] = aggregation
    for key in ("kind", "parent"):
        if key in extra:
            t[key] = extra.pop(key)
    assert not extra, extra
    t["source_phrase"] = phrase
    return t


def roles(task: dict, lead=(), responsible=(), supporting=()):
    for key, codes in (("lead", lead), ("supporting", supporting), ("responsible", responsible)):
        if codes:
            task[key] = list(codes)
    return task


def check(text: str, data: dict) -> None:
    """Every quoted phrase of the extraction stands in the text (whitespace folded)."""
    flat = "".join(text.split())

    def inside(s):
        assert "".join(s.split()) in flat, s[:60]

    for a in data["agencies"]:
        for alias in a["aliases"]:
            inside(alias)
    for g in data["goals"]:
        inside(g["title"])
        if g.get("text"):
            inside(g["text"])
        for t in g["targets"]:
            inside(t["source_phrase"])

    def walk(sections):
        for s in sections:
            inside(s["title"])
            for t in s.get("tasks", []):
                inside(t["title"])
                inside(t["text"])
                for c in t.get("clauses", []):
                    inside(c["text"])
            walk(s.get("sections", []))

    walk(data["sections"])

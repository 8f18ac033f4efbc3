# ruff: noqa: E501
"""The small model the synthetic_u documents are written in: each doc_*.py lists its agencies, goals and
tasks once, and both the built file and the expected extraction (.yaml) are made from those lists, so
what the extraction quotes is what the file prints."""

import yaml


def t(
    metric,
    unit,
    comparator,
    value,
    phrase,
    deadline,
    value_max=None,
    per_year=False,
    parent=None,
    flow=False,
):
    """A target as the corpus writes it (comparators and aggregation by SOURCES.md's conventions)."""
    out = {"metric": metric, "unit": unit, "comparator": comparator, "value": value}
    if value_max is not None:
        out["value_max"] = value_max
    out["deadline"] = deadline
    if per_year:
        out["per_year"] = True
    out["aggregation"] = "flow" if per_year or flow else "stock"
    if parent is not None:
        out["parent"] = parent
    out["source_phrase"] = phrase
    return out


def agency(code, name, aliases, category):
    return {"code": code, "name": name, "aliases": aliases, "category": category}


def numbered(goals):
    """Codes G1.., T1.. in order; a target's parent given as its index in the same goal becomes a code."""
    n = 0
    for g_i, goal in enumerate(goals, 1):
        goal["code"] = f"G{g_i}"
        codes = []
        for target in goal["targets"]:
            n += 1
            codes.append(f"T{n}")
            if "parent" in target:
                target["parent"] = codes[target["parent"]]
        goal["targets"] = [{"code": c, **tg} for c, tg in zip(codes, goal["targets"], strict=True)]
        goal["targets"] = [
            {k: tg[k] for k in ("code", *[k for k in tg if k != "code"])} for tg in goal["targets"]
        ]
    return [{"code": g["code"], **{k: v for k, v in g.items() if k != "code"}} for g in goals]


def write(path, header, document):
    text = "".join(f"# {line}\n" if line else "#\n" for line in header.strip("\n").split("\n"))
    text += yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100000)
    path.write_text(text, encoding="utf-8")

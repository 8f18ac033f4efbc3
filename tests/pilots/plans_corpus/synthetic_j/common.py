"""Shared pieces of the synthetic_j builders: an extraction written as YAML with its header."""

from pathlib import Path

import yaml

HERE = Path(__file__).parent


def agency(code, name, category, *aliases):
    found = {"code": code, "name": name}
    if aliases:
        found["aliases"] = list(aliases)
    found["category"] = category
    return found


def target(code, metric, unit, comparator, value, deadline, phrase, aggregation="stock", **more):
    found = {
        "code": code,
        "metric": metric,
        "unit": unit,
        "comparator": comparator,
        "value": value,
        "deadline": deadline,
    }
    if "per_year" in more:
        found["per_year"] = more.pop("per_year")
    found["aggregation"] = aggregation
    found.update({k: v for k, v in more.items() if k == "kind"})
    found["source_phrase"] = phrase
    return found


def task(code, numbering, title, text, lead=(), supporting=(), responsible=(), clauses=None):
    found = {"code": code}
    if numbering:
        found["numbering"] = numbering
    found["title"] = title
    found["text"] = text
    for role, codes in (("lead", lead), ("supporting", supporting), ("responsible", responsible)):
        if codes:
            found[role] = list(codes)
    if clauses:
        found["clauses"] = clauses
    return found


def clause(text, lead=(), supporting=(), responsible=()):
    found = {"text": text}
    for role, codes in (("lead", lead), ("supporting", supporting), ("responsible", responsible)):
        if codes:
            found[role] = list(codes)
    return found


def extraction_write(slug: str, header: str, data: dict) -> None:
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10000)
    lines = "".join(f"# {line}\n" if line else "#\n" for line in header.strip().splitlines())
    (HERE / f"{slug}.yaml").write_text(lines + body, encoding="utf-8")

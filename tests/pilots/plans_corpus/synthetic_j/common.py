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


# The corpus writes a 万-unit in its base unit (2万人次 → 20000 人次, 20万平方米 → 200000
# 平方米) and 个百分点 as 百分点; the first version of this set wrote them as printed
# (corrected after measurement 1, SYNTHETIC_J.md).
BASE_UNITS = {"万人次": ("人次", 10000), "万卡": ("卡", 10000), "万平方米": ("平方米", 10000)}
UNIT_NAMES = {"个百分点": "百分点"}


def target(code, metric, unit, comparator, value, deadline, phrase, aggregation="stock", **more):
    if unit in BASE_UNITS:
        unit, times = BASE_UNITS[unit]
        value = round(value * times)
    unit = UNIT_NAMES.get(unit, unit)
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

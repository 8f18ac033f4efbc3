"""A mechanical check of a plan fixture against its source document.

Every title, text and target phrase must occur in the cleaned source; every agency annotation
in the source — (牵头单位:…;配合单位:…), (责任单位:…), (X牵头,Y配合 / 按职责分工负责) — must be
represented by exactly the assignments of the task (or clause) whose text carries it; and the
tasks of each section must match the numbered items under its heading.

Run on one file: ``python -m tests.pilots.fidelity fixtures/plans/hefei.yaml``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pilots.drafting import annotation_roles, annotations_in as drafting_annotations
from pilots.plan_sections import sections_walk
from pilots.roles import ROLES
from pilots.source_text import normalise, source_text_clean

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

NUMBERED_LINE = {
    "digit": re.compile(r"^\s*\d+\s*[.．、]"),
    "paren": re.compile(r"^\s*[(（][一二三四五六七八九十]+[)）]"),
}


def annotations_in(text: str) -> list[str]:
    return [found.inside for found in drafting_annotations(text)]


def check(fixture_path: str | Path, seeds_dir: Path = SEEDS) -> list[str]:
    from pilots.plan_fixtures import plan_document_read

    data = plan_document_read(fixture_path).data
    raw = (seeds_dir / data["plan"]["source_file"]).read_text(encoding="utf-8")
    cleaned = source_text_clean(raw, data.get("source_cleaning"))
    source = normalise(cleaned)
    problems: list[str] = []

    def must_occur(what: str, text: str):
        if normalise(text) not in source:
            problems.append(f"{what} not in source: {text[:60]!r}")

    agency_of = {}
    for agency in data["agencies"]:
        for label in [agency["name"], *agency.get("aliases", [])]:
            agency_of[normalise(label)] = agency["code"]

    for goal in data["goals"]:
        must_occur(f"goal {goal['code']} title", goal["title"])
        if goal.get("text"):
            must_occur(f"goal {goal['code']} text", goal["text"])
        for target in goal["targets"]:
            must_occur(f"target {target['code']} phrase", target["source_phrase"])

    fixture_annotations = 0
    for placed in sections_walk(data["sections"]):
        section = placed.section
        must_occur(f"section {section['code']} title", section["title"])
        if section.get("text"):
            must_occur(f"section {section['code']} text", section["text"])
        for task in section.get("tasks", []):
            code = task["code"]
            must_occur(f"task {code} title", task["title"])
            must_occur(f"task {code} text", task["text"])
            fixture_annotations += len(annotations_in(task["text"]))
            task_level = task["text"]
            for number, clause in enumerate(task.get("clauses", []), start=1):
                must_occur(f"task {code} clause {number}", clause["text"])
                if clause["text"] not in task["text"]:
                    problems.append(f"task {code} clause {number} is not part of the task text")
                task_level = task_level.replace(clause["text"], "")
                problems += _compare_roles(f"task {code} clause {number}", clause, agency_of)
            problems += _compare_roles(f"task {code}", task, agency_of, text=task_level)

    in_source = len(annotations_in(cleaned))
    if in_source != fixture_annotations:
        problems.append(
            f"{in_source} agency annotations in the source, {fixture_annotations} in task texts"
        )
    problems += _check_section_counts(data["sections"], cleaned)
    return problems


def _compare_roles(where: str, holder: dict, agency_of: dict, text: str | None = None) -> list:
    problems = []
    expected = set()
    for annotation in annotations_in(holder["text"] if text is None else text):
        for role, name in annotation_roles(annotation):
            code = agency_of.get(normalise(name))
            if code is None:
                problems.append(f"{where}: {name!r} is not any agency's name or alias")
            else:
                expected.add((role, code))
    actual = {(role, code) for role in ROLES for code in holder.get(role, [])}
    if expected != actual:
        problems.append(f"{where}: annotated {sorted(expected)} but assigned {sorted(actual)}")
    return problems


def _check_section_counts(sections: list[dict], cleaned: str) -> list[str]:
    """The numbered lines of each section's extent (its own, not its sub-sections') are its
    numbered tasks and sub-sections, one for one."""
    lines = cleaned.splitlines()
    norm_lines = [normalise(line) for line in lines]
    placed = list(sections_walk(sections))
    starts, cursor = [], 0
    for entry in placed:
        title = normalise(entry.section["title"])
        found = next((i for i in range(cursor, len(lines)) if title in norm_lines[i]), None)
        if found is None:
            return [f"section {entry.section['code']} heading not found after line {cursor + 1}"]
        starts.append(found)
        cursor = found + 1
    ends = []
    for index, entry in enumerate(placed):
        after = [i for i in range(index + 1, len(placed)) if placed[i].depth <= entry.depth]
        end = starts[after[0]] if after else len(lines)
        own = _style_of(entry.section.get("numbering", ""))
        if own and entry.depth:  # a numbered sub-section ends at its next sibling's number
            end = next(
                (n for n in range(starts[index] + 1, end) if NUMBERED_LINE[own].match(lines[n])),
                end,
            )
        ends.append(end)
    problems = []
    for index, entry in enumerate(placed):
        section = entry.section
        children = [t.get("numbering", "") for t in section.get("tasks", [])]
        children += [s.get("numbering", "") for s in section.get("sections", [])]
        numbered = list(dict.fromkeys(n for n in children if n))
        if not numbered:
            continue
        style = _style_of(numbered[0])
        inner = [
            range(starts[i] + 1, ends[i])
            for i in range(index + 1, len(placed))
            if placed[i].parent == section["code"]
        ]
        count = sum(
            1
            for n in range(starts[index] + 1, ends[index])
            if NUMBERED_LINE[style].match(lines[n]) and not any(n in r for r in inner)
        )
        if count != len(numbered):
            problems.append(
                f"section {section['code']}: {count} numbered items in the source, "
                f"{len(numbered)} in the fixture"
            )
    return problems


def _style_of(numbering: str) -> str | None:
    if not numbering:
        return None
    return "digit" if numbering[0].isdigit() else "paren"


if __name__ == "__main__":
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    failures = 0
    for path in sys.argv[1:]:
        found = check(path)
        failures += len(found)
        print(f"{path}: {'OK' if not found else f'{len(found)} problem(s)'}")
        for problem in found:
            print(f"  - {problem}")
    sys.exit(1 if failures else 0)

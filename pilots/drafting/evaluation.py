"""Measuring drafts against hand-made extractions: precision and recall, per document and in all.

Four measures: tasks (matched by title, else by text overlap), targets (value, unit, comparator
and deadline right), agency names (an agency counts when one of its names or aliases is one of
the expected agency's) and assignments (task, agency and role all right); and a fifth, owners:
(matched target, owner agency) pairs — a target counted right above whose owner is the expected
target's owner agency — counted only for documents whose expected extraction records at least
one owner (elsewhere it is 0 of 0, and pools nothing); and the particulars, right or not
(``evaluation_particulars``). A corpus is the five
seeds with their curated fixtures, or a folder of source documents (.txt, .docx, .pdf, .html)
each beside its expected <name>.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pilots.drafting.evaluation_particulars import particulars_compared
from pilots.plan_sections import tasks_in_print_order
from pilots.roles import ROLES
from pilots.source_text import normalise

MEASURES = {"tasks": "tasks", "targets": "targets", "agencies": "agency names",
            "assignments": "assignments + role", "owners": "target owners"}  # fmt: skip


@dataclass
class Score:
    matched_draft: int = 0
    drafted: int = 0
    matched_curated: int = 0
    curated: int = 0

    @property
    def precision(self) -> float:
        return self.matched_draft / self.drafted if self.drafted else 1.0

    @property
    def recall(self) -> float:
        return self.matched_curated / self.curated if self.curated else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.matched_draft + other.matched_draft,
            self.drafted + other.drafted,
            self.matched_curated + other.matched_curated,
            self.curated + other.curated,
        )

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "drafted": self.drafted,
            "expected": self.curated,
            "matched_drafted": self.matched_draft,
            "matched_expected": self.matched_curated,
        }


@dataclass
class DraftEvaluation:
    name: str
    tasks: Score
    assignments: Score
    targets: Score
    agencies: Score = field(default_factory=Score)
    owners: Score = field(default_factory=Score)  # only where the extraction records owners
    misses: list[str] = field(default_factory=list)
    error: str | None = None  # the document did not draft
    particulars: dict[str, dict] = field(default_factory=dict)

    def as_dict(self) -> dict:
        scores = {measure: getattr(self, measure).as_dict() for measure in MEASURES}
        more = {"error": self.error, "misses": self.misses, "particulars": self.particulars}
        return {"name": self.name, **scores, **more}


def _bigrams(text: str) -> set[str]:
    text = normalise(text)
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def all_tasks(data: dict) -> list[dict]:
    return [task for _, task in tasks_in_print_order(data["sections"])]


def _best_pairs(pairs: list[tuple[float, int, int]]) -> dict[int, int]:
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _score, ci, di in sorted(pairs, reverse=True):
        if ci not in matched and di not in used:
            matched[ci] = di
            used.add(di)
    return matched


def tasks_match(draft_tasks: list[dict], curated_tasks: list[dict]) -> dict[int, int]:
    """Curated task index → draft task index: same normalised title, else the most text overlap."""
    pairs: list[tuple[float, int, int]] = []
    draft_grams = [_bigrams(t["text"]) for t in draft_tasks]
    for ci, curated in enumerate(curated_tasks):
        curated_grams = _bigrams(curated["text"])
        for di, drafted in enumerate(draft_tasks):
            score = _overlap(draft_grams[di], curated_grams)
            if normalise(drafted["title"]) == normalise(curated["title"]):
                score += 2.0
            if score >= 0.7:
                pairs.append((score, ci, di))
    return _best_pairs(pairs)


def _label_patterns(agency: dict) -> list[re.Pattern]:
    labels = [agency["name"], *agency.get("aliases", [])]
    return [
        re.compile("".join(".+?" if c == "*" else re.escape(c) for c in normalise(label)))
        for label in labels
    ]


def _labels(agency: dict) -> list[str]:
    return [normalise(label) for label in [agency["name"], *agency.get("aliases", [])]]


def same_agency(draft_agency: dict, curated_agency: dict) -> bool:
    curated_labels = _labels(curated_agency)
    return any(
        p.fullmatch(label) for p in _label_patterns(draft_agency) for label in curated_labels
    )


def _assignments(task: dict) -> list[tuple[str, str]]:
    pairs = []
    for holder in [task, *task.get("clauses", [])]:
        for role in ROLES:
            pairs += [(role, code) for code in holder.get(role, [])]
    return list(dict.fromkeys(pairs))


def draft_evaluate(name: str, draft: dict, curated: dict) -> DraftEvaluation:
    """Precision and recall of a draft's tasks, targets, agency names and assignments."""
    misses: list[str] = []
    draft_tasks, curated_tasks = all_tasks(draft), all_tasks(curated)
    matched = tasks_match(draft_tasks, curated_tasks)
    tasks = Score(len(matched), len(draft_tasks), len(matched), len(curated_tasks))
    misses += [
        f"task {t['code']} {t['title']}" for i, t in enumerate(curated_tasks) if i not in matched
    ]
    inverse = {di: ci for ci, di in matched.items()}
    misses += [
        f"extra task {t['code']} {t['title']}"
        for i, t in enumerate(draft_tasks)
        if i not in inverse
    ]
    agencies = _agencies_score(draft, curated, misses)
    assignments = _assignments_score(draft, curated, draft_tasks, curated_tasks, matched, misses)
    draft_targets, curated_targets, right = _targets_right(draft, curated)
    targets = _targets_score(draft_targets, curated_targets, right, misses)
    owners = _owners_score(draft, curated, draft_targets, curated_targets, right, misses)
    particulars = particulars_compared(draft, curated)
    scores = (tasks, assignments, targets, agencies, owners)
    return DraftEvaluation(name, *scores, misses, None, particulars)


def _agencies_score(draft: dict, curated: dict, misses: list[str]) -> Score:
    drafted, expected = draft["agencies"], curated["agencies"]
    pairs = [
        (1.0, ci, di)
        for ci, c in enumerate(expected)
        for di, d in enumerate(drafted)
        if same_agency(d, c)
    ]
    matched = _best_pairs(pairs)
    misses += [f"agency {a['name']}" for i, a in enumerate(expected) if i not in matched]
    used = set(matched.values())
    misses += [f"extra agency {a['name']}" for i, a in enumerate(drafted) if i not in used]
    return Score(len(matched), len(drafted), len(matched), len(expected))


def _assignments_score(draft, curated, draft_tasks, curated_tasks, matched, misses) -> Score:
    drafted = {a["code"]: a for a in draft["agencies"]}
    expected = {a["code"]: a for a in curated["agencies"]}
    inverse = {di: ci for ci, di in matched.items()}
    matched_curated, curated_count = _assignments_held(
        curated_tasks, draft_tasks, matched,
        lambda code, other: same_agency(drafted[other], expected[code]), "assignment", misses,
    )  # fmt: skip
    matched_draft, drafted_count = _assignments_held(
        draft_tasks, curated_tasks, inverse,
        lambda code, other: same_agency(drafted[code], expected[other]), "extra assignment", misses,
    )  # fmt: skip
    return Score(matched_draft, drafted_count, matched_curated, curated_count)


def _assignments_held(tasks, others, paired, same, miss: str, misses) -> tuple[int, int]:
    """(how many assignments of ``tasks`` the task paired with each in ``others`` also makes —
    the same role, ``same`` agency —, how many they make); each one not made is a miss."""
    held = count = 0
    for index, task in enumerate(tasks):
        own = _assignments(task)
        theirs = _assignments(others[paired[index]]) if index in paired else []
        for role, code in own:
            if any(r == role and same(code, c) for r, c in theirs):
                held += 1
            else:
                misses.append(f"{miss} {task['code']} {role} {code}")
        count += len(own)
    return held, count


def _targets_right(draft: dict, curated: dict) -> tuple[list[dict], list[dict], dict[int, int]]:
    """The draft's targets, the expected ones, and each expected target's index → the index of
    the drafted target matched with it and right."""
    draft_targets = [t for g in draft["goals"] for t in g["targets"]]
    curated_targets = [t for g in curated["goals"] for t in g["targets"]]
    pairs = targets_match(draft_targets, curated_targets)
    right = {
        ci: di for ci, di in pairs.items() if target_right(draft_targets[di], curated_targets[ci])
    }
    return draft_targets, curated_targets, right


def _targets_score(draft_targets, curated_targets, right, misses: list[str]) -> Score:
    for ci, target in enumerate(curated_targets):
        if ci not in right:
            misses.append(f"target {target['code']} {target['source_phrase']}")
    used = set(right.values())
    misses += [
        f"extra target {t['source_phrase']}" for i, t in enumerate(draft_targets) if i not in used
    ]
    return Score(len(right), len(draft_targets), len(right), len(curated_targets))


def _owners_score(draft, curated, draft_targets, curated_targets, right, misses) -> Score:
    """(matched target, owner agency) pairs: of the drafted targets with an owner, those matched
    with an expected target owned by the same agency; of the expected targets with an owner,
    those so matched. 0 of 0 for an extraction recording no owner (its document says nothing of
    who owns what, or the extraction was made before owners were read)."""
    expected_owned = [i for i, t in enumerate(curated_targets) if t.get("owner")]
    if not expected_owned:
        return Score()
    drafted = {a["code"]: a for a in draft["agencies"]}
    expected = {a["code"]: a for a in curated["agencies"]}
    held = 0
    for ci in expected_owned:
        target, owner = curated_targets[ci], curated_targets[ci]["owner"]
        mine = draft_targets[right[ci]].get("owner") if ci in right else None
        if mine in drafted and owner in expected and same_agency(drafted[mine], expected[owner]):
            held += 1
        else:
            misses.append(f"owner {target['code']} {owner} (drafted {mine})")
    owned = sum(1 for t in draft_targets if t.get("owner"))
    paired = {right[ci] for ci in expected_owned if ci in right}
    misses += [
        f"extra owner {t['owner']} {t['source_phrase']}"
        for i, t in enumerate(draft_targets)
        if t.get("owner") and i not in paired
    ]
    return Score(held, owned, held, len(expected_owned))


def target_right(drafted: dict, curated: dict) -> bool:
    keys = ["value", "unit", "comparator", "deadline"]
    if curated["comparator"] == "range":
        keys.append("value_max")
    return all(drafted.get(key) == curated.get(key) for key in keys)


def targets_match(draft_targets: list[dict], curated_targets: list[dict]) -> dict[int, int]:
    """Curated target index → draft target index, by source-phrase overlap or value and unit."""
    pairs: list[tuple[float, int, int]] = []
    for ci, curated in enumerate(curated_targets):
        curated_phrase = normalise(curated["source_phrase"])
        for di, drafted in enumerate(draft_targets):
            phrase = normalise(drafted["source_phrase"])
            same_number = (
                drafted["value"] == curated["value"] and drafted["unit"] == curated["unit"]
            )
            score = 0.0
            if phrase in curated_phrase or curated_phrase in phrase:
                score = 2.0
            elif same_number:
                score = 1.0 + _overlap(_bigrams(phrase), _bigrams(curated_phrase))
            if score and target_right(drafted, curated):
                score += 1.0
            if score:
                pairs.append((score, ci, di))
    return _best_pairs(pairs)


# ---------------------------------------------------------------------------------------------
# Corpora


def seeds_evaluate(
    fixtures_dir: Path, seeds_dir: Path, render: str | None = None
) -> list[DraftEvaluation]:
    """Draft every curated fixture's source document and compare the draft with the fixture;
    with ``render``, the document typeset first (``corpus_evaluate``)."""
    from pilots.drafting.importer import plan_draft
    from pilots.drafting.inputs import document_from_bytes, document_read
    from pilots.drafting.rendering import rendered

    evaluations = []
    for path in sorted(Path(fixtures_dir).glob("*.yaml")):
        curated = yaml.safe_load(path.read_text(encoding="utf-8"))
        source_file = curated["plan"]["source_file"]
        raw = document_read(Path(seeds_dir) / source_file).text
        if render:
            raw = document_from_bytes(*rendered(render, source_file, raw)).text
        draft = plan_draft(
            raw,
            zone_slug=curated["zone"]["slug"],
            source_file=source_file,
            plan_code=curated["plan"]["code"],
            zone=curated["zone"],
        )
        evaluations.append(draft_evaluate(path.stem, draft.data, curated))
    return evaluations


def corpus_evaluate(folder: Path, render: str | None = None) -> list[DraftEvaluation]:
    """Every (source document, expected <name>.yaml) pair of a folder, drafted and compared; a
    document that does not draft is scored as finding nothing, with its error. With ``render``
    (docx, pdf) each document's text is first typeset as an office's file of that kind
    (``rendering``) and read back from it."""
    from pilots.drafting.importer import plan_draft
    from pilots.drafting.inputs import (
        SUPPORTED,
        DocumentUnreadable,
        document_from_bytes,
        document_read,
    )
    from pilots.drafting.rendering import rendered
    from pilots.plan_fixtures import PlanFixtureInvalid, plan_document_parse

    evaluations = []
    for expected_path in sorted(Path(folder).glob("*.yaml")):
        sources = [expected_path.with_suffix(ext) for ext in SUPPORTED]
        source = next((s for s in sources if s.exists()), None)
        if source is None:
            continue
        expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
        try:
            text = document_read(source).text
            if render:
                text = document_from_bytes(*rendered(render, source.name, text)).text
            zone = {
                k: expected["zone"][k] for k in ("slug", "name", "level") if k in expected["zone"]
            }
            drafted = plan_draft(text, zone_slug=zone["slug"], source_file=source.name, zone=zone)
            draft = drafted.data
        except (DocumentUnreadable, Exception) as exc:  # scored, never raised: one bad file
            draft = {"agencies": [], "goals": [], "sections": []}
            evaluation = draft_evaluate(expected_path.stem, draft, expected)
            evaluation.error = f"{type(exc).__name__}: {exc}"
            evaluations.append(evaluation)
            continue
        evaluation = draft_evaluate(expected_path.stem, draft, expected)
        try:  # a draft that cannot be loaded as it is failed too, though scored as drafted
            plan_document_parse(name=source.name, text=drafted.to_yaml())
        except PlanFixtureInvalid as exc:
            evaluation.error = f"the draft does not pass the fixture checks: {exc}"
        evaluations.append(evaluation)
    return evaluations

"""Printing the scores of drafts measured against their extractions (evaluation.py): a table per
document with an overall row, the runs of one corpus in several forms compared, and JSON."""

from __future__ import annotations

import json

from pilots.drafting.evaluation import MEASURES, DraftEvaluation, Score
from pilots.drafting.evaluation_particulars import particulars_totals


def evaluation_table(evaluations: list[DraftEvaluation]) -> str:
    """One row per document and an overall row (pooled counts): precision and recall."""
    width = max([11, *(len(e.name) + 1 for e in evaluations)])
    lines = [
        f"{'':<{width}}" + "".join(f" | {label:<27}" for label in MEASURES.values()),
        f"{'plan':<{width}}" + f" | {'P':>6} {'R':>6} {'draft':>6} {'fixt.':>6}" * len(MEASURES),
    ]
    rule = "-" * len(lines[0])
    lines.append(rule)
    total = _totals(evaluations)
    for evaluation in evaluations:
        row = f"{evaluation.name:<{width}}"
        row += "".join(_score_cells(getattr(evaluation, measure)) for measure in MEASURES)
        lines.append(row + (f"  FAILED: {evaluation.error}" if evaluation.error else ""))
    lines.append(rule)
    lines.append(f"{'overall':<{width}}" + "".join(_score_cells(total[m]) for m in MEASURES))
    lines += [
        "P precision, R recall; draft / fixt.: items in the draft / in the expected extraction.",
        "Tasks match by title or text; a target counts with its value, unit, comparator and",
        "deadline right; an agency by any of its names; an assignment with the right task, role",
        "and agency; an owner with its target matched and right and the expected owner agency",
        "(counted only where the expected extraction records owners).",
    ]
    return "\n".join(lines)


def _totals(evaluations: list[DraftEvaluation]) -> dict[str, Score]:
    total = {measure: Score() for measure in MEASURES}
    for evaluation in evaluations:
        for measure in MEASURES:
            total[measure] = total[measure] + getattr(evaluation, measure)
    return total


def comparison_table(runs: dict[str, list[DraftEvaluation]]) -> str:
    """The overall precision / recall of each run (the same documents as text, Word, PDF)."""
    width = max(len(kind) for kind in runs)
    lines = [f"{'as':<{width}}" + "".join(f" | {label:<18}" for label in MEASURES.values())]
    for kind, evaluations in runs.items():
        total = _totals(evaluations)
        failed = sum(1 for e in evaluations if e.error)
        lines.append(
            f"{kind:<{width}}"
            + "".join(f" | {total[m].precision:>7.1%} {total[m].recall:>7.1%}  " for m in MEASURES)
            + (f"  {failed} failed" if failed else "")
        )
    return "\n".join(lines)


def evaluation_json(evaluations: list[DraftEvaluation]) -> str:
    overall = {measure: score.as_dict() for measure, score in _totals(evaluations).items()}
    documents, particulars = [e.as_dict() for e in evaluations], particulars_totals(evaluations)
    report = {"documents": documents, "overall": overall, "particulars": particulars}
    return json.dumps(report, ensure_ascii=False, indent=2)


def _score_cells(score: Score) -> str:
    return f" | {score.precision:>6.1%} {score.recall:>6.1%} {score.drafted:>6} {score.curated:>6}"

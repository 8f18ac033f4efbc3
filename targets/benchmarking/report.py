"""The report: for every figure at every scale its median, p95, query count and its ratio to
the floor measured in the same run, plus its growth from the smallest scale to the largest;
as Markdown (for people) and JSON (for comparing commits)."""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from pathlib import Path

from targets.benchmarking.goals import goals_markdown, growth

# (key, label, floor key): the floor is measured at the same scale, with as many clients.
FIGURES = [
    ("floor_c1", "trivial view (floor), 1 client", None),
    ("floor_c8", "trivial view (floor), 8 clients", None),
    ("dashboard_all_c1", "all-zones dashboard, 1 client", "floor_c1"),
    ("dashboard_all_c8", "all-zones dashboard, 8 clients", "floor_c8"),
    ("dashboard_zone_first_c1", "one-zone dashboard, first view, 1 client", "floor_c1"),
    ("dashboard_zone_c1", "one-zone dashboard, repeat view, 1 client", "floor_c1"),
    ("dashboard_zone_c8", "one-zone dashboard, repeat view, 8 clients", "floor_c8"),
    ("dashboard_agency_c1", "one-agency dashboard, 1 client", "floor_c1"),
    ("dashboard_agency_c8", "one-agency dashboard, 8 clients", "floor_c8"),
    ("my_tasks_c1", "My tasks, 1 client", "floor_c1"),
    ("my_tasks_c8", "My tasks, 8 clients", "floor_c8"),
    ("task_c1", "task page, 1 client", "floor_c1"),
    ("task_c8", "task page, 8 clients", "floor_c8"),
    ("status_post_c1", "status-update POST, 1 client", "floor_c1"),
    ("status_post_c8", "status-update POST, 8 clients", "floor_c8"),
    ("rollup_full_floor", "full rollup: SQL floor", None),
    ("rollup_full", "full rollup (`manage.py rollup`)", "rollup_full_floor"),
    ("rollup_plan_floor", "incremental rollup of one plan: SQL floor", None),
    ("rollup_plan", "incremental rollup of one plan", "rollup_plan_floor"),
]
YEAR_FIGURES = [
    ("year_floor_c1", "trivial view (floor), 1 client, after a year of nights", None),
    ("year_floor_c8", "trivial view (floor), 8 clients, after a year of nights", None),
    ("year_dashboard_all_c1", "all-zones dashboard after a year of nights, 1 client",
     "year_floor_c1"),
    ("year_dashboard_all_c8", "all-zones dashboard after a year of nights, 8 clients",
     "year_floor_c8"),
]  # fmt: skip


def _growth_cell(first: dict | None, last: dict | None) -> str:
    if not first or not last:
        return "—"
    raw = last["median_ms"] / first["median_ms"]
    if first.get("scales_interleaved") and first.get("vs_floor") and last.get("vs_floor"):
        return f"{raw:.2f}× ({last['vs_floor'] / first['vs_floor']:.2f}× of the ratio to the floor)"
    return f"{growth(first, last):.2f}× ({raw:.2f}× ms)" if first.get("vs_floor") else f"{raw:.2f}×"


def p95(samples: list[float]) -> float:
    if len(samples) < 2:
        return samples[0]
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def summarised(raw: dict) -> dict:
    """A figure's samples reduced to n, median and p95 (the samples kept for later analysis)."""
    samples = raw["samples"]
    return {
        **raw,
        "n": len(samples),
        "median_ms": round(statistics.median(samples), 2),
        "p95_ms": round(p95(samples), 2),
        "samples": [round(s, 2) for s in samples],
    }


def with_ratios(figures: dict) -> dict:
    """Each figure's ratio to its floor (measured in the same run): the median of its pairs'
    ratios where it was measured in pairs with its floor (the rollups: ``pair_ratios``, with
    their p95), else its median over its floor's median."""
    known = {key: floor for key, _label, floor in FIGURES + YEAR_FIGURES}
    for key, figure in figures.items():
        floor = known.get(key)
        if floor and floor in figures:
            figure["floor"] = floor
            of_medians = round(figure["median_ms"] / figures[floor]["median_ms"], 2)
            figure["vs_floor"] = of_medians
            if ratios := figure.get("pair_ratios"):
                figure["pair_ratios"] = [round(r, 3) for r in ratios]
                figure["vs_floor"] = round(statistics.median(ratios), 2)
                figure["vs_floor_p95"] = round(p95(ratios), 2)
                figure["vs_floor_of_medians"] = of_medians
    return figures


@dataclass
class Report:
    meta: dict
    scales: dict  # "10" → {"database", "counts", "build_seconds", "figures", ...}

    def json_write(self, path: Path) -> None:
        path.write_text(
            json.dumps({"meta": self.meta, "scales": self.scales}, indent=1, default=str)
        )

    def markdown(self) -> str:
        scales = sorted(self.scales, key=int)
        lines = [
            f"# Benchmark {self.meta.get('commit', '')[:12]} — {self.meta.get('started', '')}",
            "",
            f"Pages: medians of {self.meta.get('runs')} rounds of {self.meta.get('clients')} "
            "clients, or as many requests of one client (p95 in brackets), every scale's pages "
            "and floor requested in turns, round by round; "
            "'vs floor' is the median over its floor's median at the same scale, in the same run."
            " Machine: " + self.meta.get("machine", ""),
            "",
            "| scale | plans | tasks | status updates | figures | snapshots | build s |",
            "|---|---|---|---|---|---|---|",
        ]
        for scale in scales:
            c = self.scales[scale]["counts"]
            lines.append(
                f"| {scale}× | {c['plans']:,} | {c['tasks']:,} | {c['status_updates']:,} | "
                f"{c['figures']:,} | {c['snapshots']:,} | {self.scales[scale]['build_seconds']} |"
            )
        lines += ["", self._figure_table(scales, FIGURES + YEAR_FIGURES)]
        lines += self._notes(scales)
        goals = goals_markdown(self.scales)
        if goals:
            lines += ["", "Goals of issue #14 (ratios measured in this run):", "", goals]
        return "\n".join(lines) + "\n"

    def _figure_table(self, scales: list[str], catalogue) -> str:
        head = "| figure | " + " | ".join(
            f"{s}× median ms (p95) | {s}× vs floor | {s}× queries" for s in scales
        )
        if len(scales) > 1:
            head += (
                f" | growth {scales[0]}×→{scales[-1]}× (pages measured in the same rounds at"
                " every scale: of the medians; others: of the ratio to the floor)"
            )
        rows = [head + " |", "|---" * (1 + 3 * len(scales) + (len(scales) > 1)) + "|"]
        for key, label, _floor in catalogue:
            got = [self.scales[s]["figures"].get(key) for s in scales]
            if not any(got):
                continue
            cells = []
            for figure in got:
                if figure is None:
                    cells += ["—", "—", "—"]
                    continue
                cells.append(f"{figure['median_ms']:,.1f} ({figure['p95_ms']:,.1f})")
                cells.append(f"{figure['vs_floor']}×" if "vs_floor" in figure else "")
                cells.append(f"{figure['queries']:,}" if figure.get("queries") is not None else "")
            if len(scales) > 1:
                cells.append(_growth_cell(got[0], got[-1]))
            rows.append(f"| {label} | " + " | ".join(cells) + " |")
        return "\n".join(rows)

    def _notes(self, scales: list[str]) -> list[str]:
        lines = [""]
        for scale in scales:
            data = self.scales[scale]
            rows = data["figures"].get("rollup_plan", {}).get("rows_written_unchanged")
            extra = data.get("storage", {})
            parts = [f"{scale}×: an incremental rollup with nothing changed wrote {rows} rows"]
            for key, value in extra.items():
                words = key.replace("_bytes", "").replace("_", " ")
                parts.append(f"{words} {value / 2**20:,.1f} MB" if key.endswith("bytes")
                             else f"{words} {value}")  # fmt: skip
            lines.append("- " + "; ".join(parts))
            for key, label in (("rollup_full", "full rollup"),
                               ("rollup_plan", "incremental rollup")):  # fmt: skip
                lines += _pairs_note(scale, label, data["figures"].get(key))
        return lines


def _pairs_note(scale: str, label: str, figure: dict | None) -> list[str]:
    """How a rollup's ratio to its floor was measured, and whether the floor computes its rows."""
    if not figure or "pair_ratios" not in figure or "vs_floor_p95" not in figure:
        return []
    note = (
        f"- {scale}×: {label} vs floor measured in {len(figure['pair_ratios'])} pairs"
        + (f" after {figure['warm_rounds']} warm-up pairs" if figure.get("warm_rounds") else "")
        + f": median of the pairs' ratios {figure['vs_floor']}× (p95 {figure['vs_floor_p95']}×),"
        f" ratio of the medians {figure['vs_floor_of_medians']}×"
    )
    rows = figure.get("rows_vs_floor")
    if rows:
        counts = ", ".join(f"{n} {scope}" for scope, n in rows["rollup"].items())
        note += (
            f"; the floor computes the same rows ({counts})" if rows["same"]
            else f"; the floor's rows DIFFER: only the rollup's {rows['only_rollup']}, only the"
            f" floor's {rows['only_floor']} (rollup {rows['rollup']}, floor {rows['floor']})"
        )  # fmt: skip
    return [note]


def figure_keys(*, year: bool) -> list[str]:
    return [key for key, _l, _f in FIGURES + (YEAR_FIGURES if year else [])]


def comparison_markdown(before: dict, after: dict) -> str:
    """Two runs (JSON documents) side by side: each figure's ratio to its floor, before and
    after, at every scale both measured."""
    scales = sorted(set(before["scales"]) & set(after["scales"]), key=int)
    head = "| figure | " + " | ".join(f"{s}× vs floor before → after" for s in scales) + " |"
    rows = [head, "|---" * (1 + len(scales)) + "|"]
    for key, label, floor in FIGURES + YEAR_FIGURES:
        if not floor:
            continue
        cells = []
        for scale in scales:
            old = before["scales"][scale]["figures"].get(key, {}).get("vs_floor")
            new = after["scales"][scale]["figures"].get(key, {}).get("vs_floor")
            cells.append(f"{old}× → {new}×" if old and new else "—")
        if any(c != "—" for c in cells):
            rows.append(f"| {label} | " + " | ".join(cells) + " |")
    commits = f"{before['meta'].get('commit', '')[:12]} → {after['meta'].get('commit', '')[:12]}"
    return f"Before → after ({commits}):\n\n" + "\n".join(rows) + "\n"


def report_read(path: Path) -> Report:
    document = json.loads(path.read_text())
    return Report(meta=document["meta"], scales=document["scales"])

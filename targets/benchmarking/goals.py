"""The goals of issue #14, checked against a report: each met or not, with the figures that
decide it. Ratios only (measured in one run), so a loaded machine moves them little."""

from __future__ import annotations

PAGES = {
    "dashboard_all": "all-zones dashboard",
    "dashboard_zone": "one-zone dashboard (repeat view)",
    "dashboard_zone_first": "one-zone dashboard (first view)",
    "dashboard_agency": "one-agency dashboard",
    "my_tasks": "My tasks",
    "task": "task page",
}
FLAT = 1.3  # at 100× within 1.3× of 1×
PAGE_FLOOR = 10  # within 10× of the trivial view
YEAR_GROWTH = 2
FULL_ROLLUP_FLOOR = 3
PLAN_ROLLUP_FLOOR = 2
STORAGE_BYTES = 2**30


def growth(first: dict, last: dict) -> float:
    """How much a figure grew between two scales. A page measured in the same rounds at every
    scale (``scales_interleaved``): of its medians, whose samples come from the same minutes;
    dividing each by its own scale's floor as well added that floor's noise (a trivial view's
    median between a loaded and an idle machine's): in three runs of the same code at 1× and
    10×, the pages' growth spread by 0.17–0.39 in milliseconds and by 0.35–1.32 in ratios to
    the floor. Other figures (the rollups, measured one scale after another; reports of runs
    before pages were interleaved): of the ratio to the floor where it has one (so a machine
    busier during one scale than the other moves it less), else of the median."""
    if first.get("scales_interleaved") and last.get("scales_interleaved"):
        return last["median_ms"] / first["median_ms"]
    if first.get("vs_floor") and last.get("vs_floor"):
        return last["vs_floor"] / first["vs_floor"]
    return last["median_ms"] / first["median_ms"]


def _verdict(ok: bool | None) -> str:
    return "—" if ok is None else ("met" if ok else "NOT met")


def goals_markdown(scales: dict) -> str:
    """Growth as ``growth`` measures it."""
    if len(scales) < 2:
        return ""
    small, large = sorted(scales, key=int)[0], sorted(scales, key=int)[-1]
    a, b = scales[small]["figures"], scales[large]["figures"]
    rows = ["| goal | figures | verdict |", "|---|---|---|"]
    for key, label in PAGES.items():
        for clients in ("c1", "c8"):
            one, big = a.get(f"{key}_{clients}"), b.get(f"{key}_{clients}")
            if not one or not big:
                continue
            grew = growth(one, big)
            ok = (
                grew <= FLAT
                and big["vs_floor"] <= PAGE_FLOOR
                and big.get("queries") == one.get("queries")
            )
            rows.append(
                f"| {label}, {clients[1:]} client(s): {large}× within {FLAT}× of {small}×, "
                f"≤ {PAGE_FLOOR}× floor, same queries | {grew:.2f}× growth; "
                f"{big['vs_floor']}× floor; queries {one.get('queries')} → {big.get('queries')}"
                f" | {_verdict(ok)} |"
            )
    rows += _year_rows(a, b, small, large)
    rows += _rollup_rows(a, b, small, large)
    rows += _storage_rows(scales[large], large)
    return "\n".join(rows)


def _year_rows(a, b, small, large) -> list[str]:
    one, big = a.get("year_dashboard_all_c1"), b.get("year_dashboard_all_c1")
    if not one or not big:
        return []
    grew = growth(one, big)
    return [
        f"| all-zones dashboard after a year of nights: {large}× within {YEAR_GROWTH}× of "
        f"{small}× | {one['median_ms']:.0f} → {big['median_ms']:.0f} ms; {grew:.2f}× growth"
        f" | {_verdict(grew <= YEAR_GROWTH)} |"
    ]


def _rollup_rows(a, b, small, large) -> list[str]:
    rows = []
    full = b.get("rollup_full")
    if full:
        rows.append(
            f"| full rollup at {large}× ≤ {FULL_ROLLUP_FLOOR}× the SQL floor | "
            f"{full['median_ms']:,.0f} ms, {full['vs_floor']}× floor, {full['queries']:,} queries"
            f" | {_verdict(full['vs_floor'] <= FULL_ROLLUP_FLOOR)} |"
        )
    one, big = a.get("rollup_plan"), b.get("rollup_plan")
    if one and big:
        grew = growth(one, big)
        # A floor that computes fewer (or other) rows than the rollup is no floor of it.
        fair = all(s.get("rows_vs_floor", {}).get("same", True) for s in (one, big))
        ok = big["vs_floor"] <= PLAN_ROLLUP_FLOOR and grew <= FLAT and fair
        rows.append(
            f"| incremental rollup of one plan ≤ {PLAN_ROLLUP_FLOOR}× floor, flat "
            f"{small}×→{large}× | {big['median_ms']:.0f} ms, {big['vs_floor']}× floor, "
            f"{grew:.2f}× growth, {big['queries']} queries"
            + ("" if fair else "; the floor computes other rows than the rollup")
            + f" | {_verdict(ok)} |"
        )
        written = big.get("rows_written_unchanged")
        rows.append(
            f"| a rollup with nothing changed writes no rows | {written} rows written at "
            f"{large}× | {_verdict(written == 0)} |"
        )
    return rows


def _storage_rows(scale: dict, large) -> list[str]:
    storage = scale.get("storage", {})
    kept = storage.get(
        "snapshots_a_year_after_retention_bytes", storage.get("snapshots_a_year_kept_whole_bytes")
    )
    if kept is None:
        return []
    how = "after retention" if "dates_kept_by_retention" in storage else "no retention"
    return [
        f"| snapshots after a year of nights at {large}× under 1 GB | {kept / 2**20:,.0f} MB "
        f"({how}) | {_verdict(kept < STORAGE_BYTES)} |"
    ]

"""A bounded load test: ~50 staff saving and ~10 leaders reading dashboards for 60 s against
gunicorn + a Celery worker + beat (locust, headless). It asserts correctness, not speed: no
response of 500 or more, no acknowledged update lost or doubled, snapshots caught up after.
Throughput and latency are printed (run with -s to see them)."""

import csv
import json
import subprocess
import sys
import time

import pytest

from tests.stack import ROOT, app_today, history_notes, snapshot_drift, wait_for, world_build

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]
STAFF, LEADERS, PLANS, SECONDS = 50, 10, 5, 60


def _aggregated(stats_csv) -> dict:
    with open(stats_csv, newline="") as f:
        return next(row for row in csv.DictReader(f) if row["Name"] == "Aggregated")


def test_fifty_staff_and_ten_leaders_for_a_minute(stack, tmp_path):
    world = world_build(staff=STAFF, leaders=LEADERS, plans=PLANS)
    (tmp_path / "world.json").write_text(json.dumps(world))
    stack.web_workers = 4
    # Production's rollup pacing: a plan's burst of saves waits 5 s and is rolled up once.
    stack.env.update(ROLLUP_DELAY_SECONDS="5", ROLLUP_SWEEP_SECONDS="60")
    stack.start_worker()
    stack.start_beat()
    stack.start_web()

    out = tmp_path / "load.json"
    env = {
        **stack.env,
        "LOAD_WORLD": str(tmp_path / "world.json"),
        "LOAD_OUT": str(out),
        "LOAD_TODAY": app_today().isoformat(),
    }
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "locust", "-f", str(ROOT / "tests/reliability/locustfile.py"),
         "--headless", "--users", str(STAFF + LEADERS), "--spawn-rate", "30",
         "--run-time", f"{SECONDS}s", "--stop-timeout", "10", "--host", stack.url,
         "--csv", str(tmp_path / "load"), "--only-summary", "--loglevel", "WARNING"],
        cwd=ROOT, env=env, timeout=SECONDS + 90, check=False, capture_output=True,
    )  # fmt: skip
    ended = time.monotonic()
    result = json.loads(out.read_text())
    stats = _aggregated(tmp_path / "load_stats.csv")
    assert "WORKER TIMEOUT" not in stack.log("web")

    assert result["server_errors"] == [], result["server_errors"][:10]
    assert result["transport_errors"] == [], result["transport_errors"][:10]
    history = history_notes(list(world["tasks"].values()))
    counts = {note: history.count(note) for note in set(history)}
    lost = [n for n in result["acknowledged"] if counts.get(n) != 1]
    assert lost == [], f"{len(lost)} acknowledged updates lost or doubled: {lost[:10]}"
    assert all(n == 1 for n in counts.values())
    assert len(result["acknowledged"]) > STAFF  # every clerk saved, most several times

    converged = wait_for(lambda: not snapshot_drift(world["plans"]), timeout=90)
    assert converged, (snapshot_drift(world["plans"]), stack.log("worker")[-2000:])
    print(
        f"\nload: {STAFF} staff + {LEADERS} leaders, {ended - started:.0f} s: "
        f"{stats['Request Count']} requests, {float(stats['Requests/s']):.1f} req/s, "
        f"p50 {stats['50%']} ms, p95 {stats['95%']} ms, 0 responses >= 500; "
        f"{len(result['acknowledged'])} saves acknowledged and in the history exactly once, "
        f"{len(result['refused'])} refused as stale; snapshots caught up "
        f"{time.monotonic() - ended:.1f} s after the run"
    )
    for name in ("save report", "task page", "dashboard: zone", "dashboard: all zones"):
        with open(tmp_path / "load_stats.csv", newline="") as f:
            row = next((r for r in csv.DictReader(f) if r["Name"] == name), None)
        if row:
            print(f"  {name}: {row['Request Count']} requests, p50 {row['50%']} ms, "
                  f"p95 {row['95%']} ms")  # fmt: skip

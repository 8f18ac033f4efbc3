"""The benchmark (targets/benchmarking): CI runs it at 1× as a smoke check — every figure is in
the report, with its floor and query count — never as a timed assertion."""

import datetime
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import psycopg2
import pytest
import redis
from django.conf import settings
from django.core.management import CommandError
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django_redis import get_redis_connection

from config.celery import app as celery_app
from pilots.models import Plan
from targets.benchmarking import runner
from targets.benchmarking.data import data_replicate, judgement_days_keep, statistics_update
from targets.benchmarking.floor_sql import floor_rollup, floor_rows
from targets.benchmarking.goals import goals_markdown
from targets.benchmarking.pages import WORKERS
from targets.benchmarking.report import FIGURES, Report, figure_keys, with_ratios
from targets.benchmarking.rollups import (
    WRITTEN_TABLES,
    interleaved,
    pair_ratios,
    rows_compared,
    tables_cleaned,
)
from targets.jobs import rollup_plan
from targets.management.commands.benchmark import scales_parse
from targets.models import Snapshot
from targets.rollup import plan_rollup
from tasks.models import StatusUpdate, Task
from tests.conftest import celery_eager, unavailable

ROOT = Path(__file__).resolve().parents[2]


def _postgres_required():
    if connection.vendor != "postgresql":
        unavailable("the benchmark needs PostgreSQL (DATABASE_URL)")


def _databases_named(prefix: str) -> list[str]:
    params = settings.DATABASES["default"]
    conn = psycopg2.connect(
        dbname="postgres", user=params["USER"] or None, password=params["PASSWORD"] or None,
        host=params["HOST"] or None, port=params["PORT"] or None,
    )  # fmt: skip
    with conn, conn.cursor() as cursor:
        cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [prefix + "%"])
        names = [row[0] for row in cursor.fetchall()]
    conn.close()
    return names


def _queue_lengths(client) -> dict[str, int]:
    """Every list in the broker's database (kombu's queues) and its length."""
    return {
        key.decode(): client.llen(key) for key in client.scan_iter() if client.type(key) == b"list"
    }


def test_the_benchmark_at_1x_reports_every_figure_with_its_floor(db, tmp_path):
    _postgres_required()
    prefix = f"{settings.DATABASES['default']['NAME']}_smoke{os.getpid()}"
    broker = None
    if settings.REDIS_URL:  # someone else's job waits in the queue the benchmark's Redis holds
        broker = redis.Redis.from_url(settings.REDIS_URL)
        celery_app.control.purge()
        celery_eager(False)
        with celery_app.connection_for_write() as connection_:
            rollup_plan.apply_async(args=[987654], countdown=3600, connection=connection_)
        celery_eager(True)
        assert _queue_lengths(broker) == {"celery": 1}
    result = subprocess.run(
        [sys.executable, "manage.py", "benchmark", "--scales", "1", "--runs", "2",
         "--output", str(tmp_path), "--database-prefix", prefix],
        cwd=ROOT, env=os.environ.copy(), capture_output=True, text=True, timeout=1500,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads((tmp_path / "benchmark.json").read_text())
    scale = report["scales"]["1"]
    assert scale["counts"]["plans"] == 5 and scale["counts"]["tasks"] > 100
    figures = scale["figures"]
    assert set(figure_keys(year=False)) <= set(figures)
    for key, _label, floor in FIGURES:
        figure = figures[key]
        assert figure["n"] >= 2 and 0 < figure["median_ms"] <= figure["p95_ms"], key
        assert figure["queries"] >= 1, key
        if floor:
            assert figure["floor"] == floor and figure["vs_floor"] > 0, key
    assert figures["rollup_plan"]["rows_written_unchanged"] >= 0
    # Measured in pairs with its floor, which computes the same rows.
    plan = figures["rollup_plan"]
    assert plan["n"] == len(plan["pair_ratios"]) == figures["rollup_plan_floor"]["n"] >= 40
    assert plan["rows_vs_floor"]["same"], plan["rows_vs_floor"]
    assert 0 < plan["vs_floor"] <= plan["vs_floor_p95"]
    # Every worker warmed before a page is measured, uncounted, kept beside it.
    assert figures["dashboard_all_warm_c1"]["n"] == 2 * WORKERS
    markdown = (tmp_path / "benchmark.md").read_text()
    for _key, label, _floor in FIGURES:
        assert label in markdown
    assert _databases_named(prefix) == []  # the scale databases are dropped afterwards
    if settings.REDIS_URL:  # and each server's cache emptied (its keys are named after them)
        cache = get_redis_connection("default")
        assert list(cache.scan_iter(f"{prefix}_*")) == []
    if broker is not None:
        # The jobs its saves asked for went to a queue of its own, dropped at the end: the queue
        # the workers take from holds exactly what it held (it purged that queue whole).
        try:
            assert _queue_lengths(broker) == {"celery": 1}
        finally:
            celery_app.control.purge()


def test_a_copy_of_the_data_differs_only_in_ids_and_unique_names(world):
    _postgres_required()
    StatusUpdate.objects.create(
        task=world.task, status="in_progress", percent=10, reported_on="2024-01-01"
    )
    tasks, updates = Task.objects.count(), StatusUpdate.objects.count()
    zones = set(world.task.plan.zone.__class__.objects.values_list("slug", flat=True))
    data_replicate(2)
    assert Task.objects.count() == 3 * tasks
    assert StatusUpdate.objects.count() == 3 * updates
    copies = Task.objects.filter(code=world.task.code).exclude(pk=world.task.pk)
    assert copies.count() == 2
    for copy in copies:
        assert copy.plan_id != world.task.plan_id and copy.plan.zone.slug not in zones
        assert copy.updates.count() == world.task.updates.count()
    new = Task.objects.create(
        plan=world.task.plan, section=world.task.section, code="after-copy", title="t", text="t"
    )
    assert new.pk > max(c.pk for c in copies)  # sequences moved past the copies


def test_the_floor_page_exists_only_under_the_benchmark_settings(client, world):
    with override_settings(ROOT_URLCONF="config.urls_benchmark"):
        anonymous = client.get(reverse("benchmark-floor"))
        assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
        client.force_login(world.users["lead_staff"])
        assert client.get(reverse("benchmark-floor")).content == b"ok"
    with pytest.raises(NoReverseMatch):
        reverse("benchmark-floor")
    assert client.get("/benchmark/floor/").status_code == 404  # not in production


def test_every_worker_is_warmed_before_a_page_is_measured_and_not_counted():
    served, lock = [], threading.Lock()

    def page(client):
        with lock:
            served.append(client)
        return 10.0

    samples = runner._interleaved({1: {"floor": lambda client: 1.0, "page": page}}, runs=3)[1]
    # As many samples at one client as at eight.
    assert len(samples["page_c1"]) == len(samples["page_c8"]) == 3 * runner.CLIENTS
    # As many clients at once as there are workers, twice, before each measurement.
    assert len(samples["page_warm_c1"]) == len(samples["page_warm_c8"]) == 2 * WORKERS
    assert sorted(served[: 2 * WORKERS]) == sorted(list(range(WORKERS)) * 2)
    assert len(served) == 2 * (2 * WORKERS) + 2 * 3 * runner.CLIENTS


def test_the_rounds_take_every_page_of_every_scale_in_turns_each_round_starting_later():
    """A page's samples at every scale, and the floor's, come from the same minutes: each
    round requests every page at every scale once (at 8 clients, 8 at once), and each round
    starts one turn later than the one before, so no page or scale always goes first."""
    served, lock = [], threading.Lock()

    def page(scale, key):
        def request(client):
            with lock:
                served.append((scale, key))
            return float(scale)

        return request

    scales, keys = (1, 10, 100), ("floor", "dashboard_all", "task")
    pages = {scale: {key: page(scale, key) for key in keys} for scale in scales}
    samples = runner._interleaved(pages, runs=2)
    turns = [(scale, key) for key in keys for scale in scales]
    warmed = len(turns) * 2 * WORKERS
    rounds_c1 = 2 * runner.CLIENTS
    one = served[warmed : warmed + rounds_c1 * len(turns)]
    rounds = [one[i * len(turns) : (i + 1) * len(turns)] for i in range(rounds_c1)]
    for number, round_ in enumerate(rounds):
        assert round_ == runner._rotated(turns, number)
        assert sorted(round_) == sorted(turns)
    assert {round_[0] for round_ in rounds[: len(turns)]} == set(turns)
    eight = served[2 * warmed + rounds_c1 * len(turns) :]
    assert len(eight) == 2 * len(turns) * runner.CLIENTS
    for number in range(2):
        round_ = eight[number * len(turns) * runner.CLIENTS :][: len(turns) * runner.CLIENTS]
        assert round_[:: runner.CLIENTS] == runner._rotated(turns, number)
        assert all(
            len(set(round_[i : i + runner.CLIENTS])) == 1
            for i in range(0, len(round_), runner.CLIENTS)
        )
    for scale in scales:  # each scale's samples are its own
        for key in keys:
            assert samples[scale][f"{key}_c1"] == [float(scale)] * rounds_c1
            assert samples[scale][f"{key}_c8"] == [float(scale)] * 2 * runner.CLIENTS


def test_a_rollup_and_its_floor_are_sampled_in_turns_each_from_cleaned_tables():
    done = []
    samples = interleaved(
        {"rollup": lambda: done.append("rollup"), "floor": lambda: done.append("floor")},
        4, lambda: done.append("cleaned"),
    )  # fmt: skip
    assert {name: len(values) for name, values in samples.items()} == {"rollup": 4, "floor": 4}
    assert done == ["cleaned", "rollup", "cleaned", "floor", "cleaned", "floor", "cleaned",
                    "rollup"] * 2  # fmt: skip


def test_warm_up_rounds_run_in_turns_and_are_not_kept():
    done = []
    clock = iter(range(100))
    samples = interleaved(
        {"rollup": lambda: done.append(next(clock)), "floor": lambda: done.append(next(clock))},
        2, lambda: None, warm=3,
    )  # fmt: skip
    assert len(done) == 10  # 3 warm rounds and 2 kept, a sample of each per round
    assert {name: len(values) for name, values in samples.items()} == {"rollup": 2, "floor": 2}
    assert pair_ratios([10.0, 30.0], [5.0, 10.0]) == [2.0, 3.0]


def test_a_rollup_measured_in_pairs_is_judged_by_the_median_of_its_pairs_ratios():
    """The machine busy during the last two pairs (both samples slowed) and during the third
    pair's rollup alone: the ratio of the medians reads 4×, the median of the pairs' ratios
    reads the 2× of every quiet pair."""
    rollup = [20.0, 20.0, 40.0, 40.0, 40.0]
    floor = [10.0, 10.0, 10.0, 20.0, 20.0]
    figures = with_ratios({
        "rollup_plan": {"median_ms": 40.0, "pair_ratios": pair_ratios(rollup, floor)},
        "rollup_plan_floor": {"median_ms": 10.0},
        "rollup_full": {"median_ms": 100.0},  # measured without pairs: of the medians
        "rollup_full_floor": {"median_ms": 40.0},
    })  # fmt: skip
    plan = figures["rollup_plan"]
    assert (plan["vs_floor"], plan["vs_floor_of_medians"], plan["vs_floor_p95"]) == (2, 4, 3.6)
    assert figures["rollup_full"]["vs_floor"] == 2.5
    assert "vs_floor_p95" not in figures["rollup_full"]


@pytest.mark.django_db(transaction=True)
def test_the_floor_computes_the_rows_the_incremental_rollup_computes():
    """Same plan, same date, same rows (tasks, sections, targets, agencies, plan, zone): a
    floor of fewer rows would flatter the rollup it is compared with."""
    _postgres_required()
    from tests.world import World

    world = World()
    plan = world.task.plan
    today = datetime.date.today()
    compared = rows_compared(plan.pk, today)
    assert compared["same"], compared
    assert {"task", "plan", "zone"} <= set(compared["rollup"])
    assert sum(compared["floor"].values()) == floor_rollup(plan_ids=[plan.pk], as_of=today)
    assert len(floor_rows(plan_ids=[plan.pk], as_of=today)) == sum(compared["rollup"].values())


def _line_pointers(cursor, table: str) -> dict[int, int]:
    """The table's heap line pointers by state (1: a row, 3: dead, kept for index entries)."""
    cursor.execute(
        "SELECT i.lp_flags, count(*) FROM generate_series(0,"
        " pg_relation_size(%s::regclass) / current_setting('block_size')::int - 1) AS b,"
        " heap_page_items(get_raw_page(%s, b::int)) AS i GROUP BY i.lp_flags",
        [table, table],
    )
    return dict(cursor.fetchall())


@pytest.mark.django_db(transaction=True)
def test_the_floor_leaves_no_dead_rows_or_index_entries_for_the_next_sample():
    """The floor's upsert is rolled back: its rows, dead, and their index entries stayed, and
    each next sample's probes walked more of them (the floor drifted from run to run). The
    tables are cleaned before every sample: no dead row, no line pointer kept for an index
    entry, as many rows on the pages as the table holds."""
    _postgres_required()
    from tests.world import World

    world = World()
    with connection.cursor() as cursor:
        try:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pageinspect")
        except Exception as exc:
            unavailable(f"pageinspect: {exc}")
    plan = world.task.plan
    today = datetime.date.today()
    plan_rollup(plan=plan, as_of=today)
    assert floor_rollup(plan_ids=[plan.pk], as_of=today) > 0
    tables_cleaned()
    with connection.cursor() as cursor:
        for table in WRITTEN_TABLES:
            cursor.execute(f"SELECT count(*) FROM {table}")
            (rows,) = cursor.fetchone()
            pointers = _line_pointers(cursor, table)
            assert pointers.get(3, 0) == 0, (table, pointers)
            assert pointers.get(1, 0) == rows, (table, pointers)


@pytest.mark.django_db(transaction=True)
def test_the_generated_data_is_vacuumed_and_analysed_before_it_is_measured():
    """As autovacuum would leave it (this server's may be off): visibility and hint bits set,
    statistics gathered."""
    _postgres_required()
    statistics_update()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT last_vacuum IS NOT NULL, last_analyze IS NOT NULL FROM pg_stat_user_tables"
            " WHERE relname = 'targets_snapshot'"
        )
        assert cursor.fetchone() == (True, True)


@pytest.mark.parametrize("text", ["", "0", "1,x", "2000", "-1"])
def test_scales_outside_the_limits_are_refused(text):
    with pytest.raises(CommandError):
        scales_parse(text)


def test_scales_are_read_in_order():
    assert scales_parse("1,10,100") == [1, 10, 100]


def _figure(median, vs_floor=None, queries=5, **extra):
    return {
        "median_ms": median,
        "p95_ms": median,
        "vs_floor": vs_floor,
        "queries": queries,
        **extra,
    }


def test_the_goals_are_judged_from_the_ratios_of_one_run():
    small = {
        "dashboard_all_c1": _figure(100, 4),
        "rollup_full": _figure(1000, 2, 100),
        "rollup_plan": _figure(50, 1.5, 15, rows_written_unchanged=0),
    }
    large = {
        "dashboard_all_c1": _figure(120, 5),  # flat, near the floor, same queries
        "rollup_full": _figure(90_000, 4, 7000),  # 4× its floor: over the 3× goal
        "rollup_plan": _figure(80, 2.4, 15, rows_written_unchanged=12),  # over 2×; wrote rows
    }
    table = goals_markdown(
        {
            "1": {"figures": small},
            "100": {"figures": large, "storage": {"snapshots_a_year_kept_whole_bytes": 2**31}},
        }
    )
    lines = {
        line.split(" | ")[0].strip("| "): line.rsplit(" | ", 1)[-1] for line in table.split("\n")
    }
    assert (
        lines["all-zones dashboard, 1 client(s): 100× within 1.3× of 1×, ≤ 10× floor, same queries"]
        == "met |"
    )
    assert lines["full rollup at 100× ≤ 3× the SQL floor"] == "NOT met |"
    assert lines["incremental rollup of one plan ≤ 2× floor, flat 1×→100×"] == "NOT met |"
    assert lines["a rollup with nothing changed writes no rows"] == "NOT met |"
    assert lines["snapshots after a year of nights at 100× under 1 GB"] == "NOT met |"


def test_a_rollup_against_a_floor_of_other_rows_does_not_meet_its_goal():
    same = {"same": True, "rollup": {"task": 3}, "floor": {"task": 3}}
    fewer = {"same": False, "rollup": {"task": 3, "section": 1}, "floor": {"task": 3}}
    small = {"rollup_plan": _figure(20, 1.5, 6, rows_written_unchanged=0, rows_vs_floor=same)}
    for rows, verdict in ((same, "met |"), (fewer, "NOT met |")):
        large = {"rollup_plan": _figure(21, 1.6, 6, rows_written_unchanged=0, rows_vs_floor=rows)}
        table = goals_markdown({"1": {"figures": small}, "100": {"figures": large}})
        (line,) = [row for row in table.split("\n") if "incremental rollup" in row]
        assert line.endswith(verdict), line
        assert ("other rows" in line) == (not rows["same"])


def test_a_page_measured_in_the_same_rounds_at_every_scale_grows_by_its_medians():
    """Its samples at both scales come from the same minutes: the floors' own noise (here a
    floor twice as fast at 100×) no longer moves its growth. Rollups, measured one scale after
    another, still grow by their ratio to the floor."""
    small = {
        "dashboard_all_c1": _figure(100, 4, scales_interleaved=True),
        "rollup_plan": _figure(50, 1.5, 15, rows_written_unchanged=0),
    }
    large = {
        "dashboard_all_c1": _figure(120, 8, scales_interleaved=True),
        "rollup_plan": _figure(50, 3, 15, rows_written_unchanged=0),
    }
    table = goals_markdown({"1": {"figures": small}, "100": {"figures": large}})
    assert "| 1.20× growth; 8× floor; queries 5 → 5 | met |" in table
    assert "2.00× growth" in table  # the rollup
    report = Report(meta={}, scales={"1": {"figures": small}, "100": {"figures": large}})
    assert "| 1.20× (2.00× of the ratio to the floor) |" in report._figure_table(
        ["1", "100"], FIGURES
    )


def test_the_data_keeps_ended_plans_judgement_days_as_the_nightly_backfill_does(world):
    """A server that has run a night since a plan ended keeps the plan's rows of the day it is
    judged on; the benchmark's data did not, and every rollup of the plan judged it again (a
    dry run of the whole plan as of that day: 10 queries, not 7, at every scale)."""
    later = datetime.date(2026, 6, 1)  # the world's plan ended with 2025
    ended = Plan.objects.filter(period_end__lt=later.year)
    assert judgement_days_keep(later) == ended.count() >= 1
    for plan in ended:
        day = datetime.date(plan.period_end + 1, 1, 1)
        assert Snapshot.objects.filter(scope="plan", object_id=plan.pk, as_of=day).exists()
    with CaptureQueriesContext(connection) as read:
        plan_rollup(plan=world.plan, as_of=later)
    tasks_reads = [q for q in read.captured_queries if 'FROM "tasks_task"' in q["sql"]]
    assert len(tasks_reads) == 1  # its zone's totals read the kept judgement day

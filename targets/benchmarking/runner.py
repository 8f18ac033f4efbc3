"""One benchmark run: the base data once, then for each scale its database, its data, its
rollups and its pages, each figure with its floor; the report at the end."""

from __future__ import annotations

import datetime
import io
import os
import platform
import subprocess
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command, get_commands
from django.db import connection
from django.db.models import Count
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from tqdm import tqdm

from config.celery import app as celery_app
from config.urls_benchmark import FLOOR_PATH
from pilots.models import Membership, Plan
from targets.benchmarking import data, databases
from targets.benchmarking.pages import WORKERS, Server, Session, gunicorn_running, latencies
from targets.benchmarking.report import Report, summarised, with_ratios
from targets.benchmarking.rollups import full_rollup, rollup_figures
from targets.benchmarking.storage import year_storage
from targets.models import Snapshot
from tasks.models import Task, TaskAssignment, TaskStatus
from tasks.permissions import REPORTING_ROLES

LEADER = "leader"  # the demo's leadership of all zones
STAFF = "bench-staff"  # made by the benchmark: staff of the zone's busiest agency
ZONE = "chongqing"
CLIENTS = 8  # concurrent clients besides the single one


@dataclass
class Options:
    scales: list[int]
    runs: int = 10
    prefix: str = ""
    output: Path = Path("benchmark-results")
    keep: bool = False
    year: bool = False
    history_months: int = 12


def benchmark_run(options: Options, say: Callable[[str], None] = print) -> Report:
    databases.server_check()
    prefix = options.prefix or databases.default_prefix()
    options.output.mkdir(parents=True, exist_ok=True)
    meta = _meta(options)
    base = f"{prefix}_base"
    say(f"base data (five plans and their demo history) in {base}…")
    started = time.monotonic()
    databases.database_create(base)
    with databases.using_database(base):
        data.base_data_create()
    base_seconds = time.monotonic() - started
    scales = {}
    try:
        for scale in options.scales:
            scales[str(scale)] = _scale_run(scale, base, prefix, options, say)
            scales[str(scale)]["build_seconds"] = round(
                scales[str(scale)]["build_seconds"] + base_seconds, 1
            )
            report = Report(meta=meta, scales=scales)
            report.json_write(options.output / "benchmark.json")
            (options.output / "benchmark.md").write_text(report.markdown())
    finally:
        if not options.keep:
            databases.database_drop(base)
        celery_app.control.purge()  # rollup jobs the POSTs asked for; no worker ran them
    return Report(meta=meta, scales=scales)


def _meta(options: Options) -> dict:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            capture_output=True, text=True, cwd=settings.BASE_DIR, check=True,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        commit = ""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return {
        "commit": commit,
        "started": timezone.now().isoformat(timespec="seconds"),
        "runs": options.runs,
        "clients": CLIENTS,
        "machine": f"{platform.node()}, {os.cpu_count()} cores, load {load} at the start",
    }


def _scale_run(scale: int, base: str, prefix: str, options: Options, say) -> dict:
    name = f"{prefix}_{scale}x"
    started = time.monotonic()
    databases.database_create(name, template=base)
    try:
        with databases.using_database(name):
            cache.clear()  # chart caches are keyed by snapshot ids: another database's
            today = timezone.localdate()
            _replicate(scale, say)
            data.statistics_update()
            say(f"{scale}×: first rollup of every plan…")
            full_rollup()
            data.snapshot_history_copy(
                today=today, dates=data.month_ends_before(today, options.history_months)
            )
            data.statistics_update()
            build = round(time.monotonic() - started, 1)
            result = {"database": name, "counts": data.data_counts(), "build_seconds": build}
            say(f"{scale}×: {result['counts']} in {build} s; measuring rollups…")
            plan = Plan.objects.filter(zone__slug=ZONE).order_by("pk").first()
            figures = rollup_figures(
                plan_id=plan.pk, today=today, runs=options.runs, full_runs=min(options.runs, 3)
            )
            say(f"{scale}×: measuring pages…")
            figures |= _pages_measure(name, options, say)
            result["storage"] = _storage()
            if options.year:
                figures |= _year_measure(name, today, options, result, say)
            result["figures"] = with_ratios({k: summarised(v) for k, v in figures.items()})
            return result
    finally:
        if not options.keep:
            databases.database_drop(name)


def _replicate(scale: int, say) -> None:
    copies = scale - 1
    if not copies:
        return
    with tqdm(total=data.rows_to_copy(copies), unit="rows", unit_scale=True,
              desc=f"{scale}×: copying", mininterval=2) as bar:  # fmt: skip
        data.data_replicate(copies, progress=bar.update)


def _storage() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_total_relation_size('targets_snapshot')")
        return {"snapshot_table_bytes": cursor.fetchone()[0]}


@dataclass
class Cast:
    """Who and what the pages are measured with."""

    leader: Session
    staff: Session
    zone_url: str
    agency_url: str
    task_url: str
    report_tasks: list[Task]

    @classmethod
    def chosen(cls, clients: int) -> Cast:
        """The leader, and a staff member of the zone's agency that answers for the most
        tasks (``clients`` of them get a status update each, so no two clients collide)."""
        users = get_user_model().objects
        reporting = TaskAssignment.objects.filter(
            task__plan__zone__slug=ZONE,
            role__in=REPORTING_ROLES,
            archived_at__isnull=True,
            task__archived_at__isnull=True,
        )
        busiest = (
            reporting.values("agency_id").annotate(n=Count("id")).order_by("-n", "agency_id")[0]
        )
        if busiest["n"] < clients:
            raise RuntimeError(f"no agency answers for {clients} tasks in {ZONE}")
        staff, _ = users.get_or_create(username=STAFF)
        Membership.objects.get_or_create(
            user=staff, role=Membership.Role.STAFF, agency_id=busiest["agency_id"]
        )
        task_ids = reporting.filter(agency_id=busiest["agency_id"]).order_by("task_id")
        tasks = list(Task.objects.filter(pk__in=task_ids.values("task_id")).order_by("pk"))
        return cls(
            leader=Session.of(users.get(username=LEADER)),
            staff=Session.of(staff),
            zone_url=reverse("dashboard-zone", args=[ZONE]),
            agency_url=reverse("dashboard-agency", args=[busiest["agency_id"]]),
            task_url=reverse("task-detail", args=[tasks[0].pk]),
            report_tasks=tasks[:clients],
        )


def _pages_measure(database: str, options: Options, say) -> dict:
    cast = Cast.chosen(CLIENTS)
    figures = _page_queries(cast)
    with gunicorn_running(database, log=options.output / f"gunicorn-{database}.log") as server:
        pages = _page_requests(server, cast)
        floor = pages.pop("floor")
        for key, samples in _interleaved(floor, pages, runs=options.runs).items():
            figures.setdefault(key, {})["samples"] = samples
        figures["dashboard_zone_first_c1"]["samples"] = [
            _first_view(server, cast) for _ in range(options.runs)
        ]
    return figures


def _interleaved(floor, pages: dict, *, runs: int, prefix: str = "") -> dict[str, list[float]]:
    """Each page at 1 and at 8 clients, round by round, each round of a page followed by a
    round of the floor page at as many clients: the floor sees the same moments of a shared
    machine as the pages it is the floor of. ``runs`` rounds at 8 clients; one client makes as
    many rounds as the 8 make requests, so both medians are of as many samples (one client's
    of ten moved its growth 1×→100× by a fifth from one run to the next)."""
    samples: dict[str, list[float]] = {}
    for key, request in pages.items():
        for clients in (1, CLIENTS):
            samples[f"{prefix}{key}_warm_c{clients}"] = _warm(request)
            for _ in range(runs * CLIENTS // clients):
                for name, action in ((key, request), ("floor", floor)):
                    samples.setdefault(f"{prefix}{name}_c{clients}", []).extend(
                        latencies(action, clients=clients, runs=1)
                    )
    return samples


def _warm(request) -> list[float]:
    """Requests of the page on every gunicorn worker (as many clients at once as there are
    workers, twice) before it is measured: each worker's first chart build, its database
    connection. One request warmed one worker only, and the other's first request of the page
    was one sample in ten at one client (the p95). Not counted in the page's figure; kept in
    the JSON as ``<page>_warm_c<clients>`` (the first page after the server started shows what a
    worker's first request costs)."""
    return latencies(request, clients=WORKERS, runs=2)


def _first_view(server: Server, cast: Cast) -> float:
    cache.clear()  # as after a rollup: the zone's charts not built yet
    return server.request(cast.leader, cast.zone_url)


def _page_requests(server: Server, cast: Cast) -> dict:
    versions = {
        t.pk: t.version for t in Task.objects.filter(pk__in=[t.pk for t in cast.report_tasks])
    }
    today = timezone.localdate().isoformat()

    def status_post(client: int) -> float:
        task = cast.report_tasks[client]
        form = {
            "status": TaskStatus.IN_PROGRESS,
            "percent": 40 + versions[task.pk] % 50,
            "reported_on": today,
            "note": "基准测试",
            "version": versions[task.pk],
        }
        ms = server.request(cast.staff, reverse("task-report", args=[task.pk]), form=form,
                            expect=302)  # fmt: skip
        versions[task.pk] += 1
        return ms

    def get(session, path):
        return lambda client: server.request(session, path)

    return {
        "floor": get(cast.leader, "/" + FLOOR_PATH),
        "dashboard_all": get(cast.leader, reverse("dashboard")),
        "dashboard_zone": get(cast.leader, cast.zone_url),
        "dashboard_agency": get(cast.leader, cast.agency_url),
        "my_tasks": get(cast.staff, reverse("my-tasks")),
        "task": get(cast.staff, cast.task_url),
        "status_post": status_post,
    }


@override_settings(
    ALLOWED_HOSTS=["testserver"],
    SECURE_SSL_REDIRECT=False,
    ROOT_URLCONF="config.urls_benchmark",
    STORAGES={
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    },
)
def _page_queries(cast: Cast) -> dict:
    """Each page's SQL queries, in this process (the same code path as gunicorn's)."""
    warnings.filterwarnings("ignore", "No directory at", UserWarning)
    users = get_user_model().objects
    leader, staff = Client(), Client()
    leader.force_login(users.get(username=LEADER))
    staff.force_login(users.get(username=STAFF))
    task = Task.objects.get(pk=cast.report_tasks[-1].pk)
    pages = {
        "floor": lambda: leader.get("/" + FLOOR_PATH),
        "dashboard_all": lambda: leader.get(reverse("dashboard")),
        "dashboard_zone": lambda: leader.get(cast.zone_url),
        "dashboard_agency": lambda: leader.get(cast.agency_url),
        "my_tasks": lambda: staff.get(reverse("my-tasks")),
        "task": lambda: staff.get(cast.task_url),
    }
    figures = {}
    for key, page in pages.items():
        page()
        with CaptureQueriesContext(connection) as captured:
            assert page().status_code == 200, key
        for clients in ("c1", "c8"):
            figures[f"{key}_{clients}"] = {"queries": len(captured)}
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        leader.get(cast.zone_url)
    figures["dashboard_zone_first_c1"] = {"queries": len(captured)}
    form = {"status": TaskStatus.IN_PROGRESS, "percent": 33, "note": "基准测试",
            "reported_on": timezone.localdate().isoformat(), "version": task.version}  # fmt: skip
    with CaptureQueriesContext(connection) as captured:
        response = staff.post(reverse("task-report", args=[task.pk]), form)
    assert response.status_code == 302, response.status_code
    for clients in ("c1", "c8"):
        figures[f"status_post_{clients}"] = {"queries": len(captured)}
    return figures


def _year_measure(database: str, today: datetime.date, options: Options, result, say) -> dict:
    """A year of nightly rollups: the all-zones dashboard over a year of zone and plan rows, and
    the snapshot table a year would take: every scope's rows of every night kept whole (full
    copies, for comparison), and as the app keeps them after the retention (storage.py)."""
    say(f"{database}: simulating a year of nightly snapshots…")
    per_date = _storage()["snapshot_table_bytes"] / (options.history_months + 1)
    nights = data.nights_before(today, 365)
    data.snapshot_history_copy(
        today=today, dates=nights, scopes=[Snapshot.Scope.ZONE, Snapshot.Scope.PLAN]
    )
    data.statistics_update()
    cast = Cast.chosen(CLIENTS)
    with gunicorn_running(database, log=options.output / f"gunicorn-{database}.log") as server:
        pages = _page_requests(server, cast)
        samples = _interleaved(
            pages["floor"], {"dashboard_all": pages["dashboard_all"]}, runs=options.runs,
            prefix="year_",
        )  # fmt: skip
    storage = {"snapshots_a_year_kept_whole_bytes": round(per_date * (len(nights) + 1))}
    kept = _dates_kept_by_retention()
    if kept is not None:
        say(f"{database}: measuring the snapshots a year keeps…")
        storage["full_copies_a_year_after_retention_bytes"] = round(per_date * kept)
        storage["dates_kept_by_retention"] = kept
        storage |= year_storage(nights=len(nights))
    result["storage"] |= storage
    return {key: {"samples": values, "queries": None} for key, values in samples.items()}


def _dates_kept_by_retention() -> int | None:
    """Run the app's retention (if it has one) over the year; the dates one plan keeps."""
    if "prune_snapshots" not in get_commands():
        return None
    call_command("prune_snapshots", stdout=io.StringIO())
    plan = Plan.objects.filter(zone__slug=ZONE).order_by("pk").first()
    return (
        Snapshot.objects.filter(scope=Snapshot.Scope.PLAN, object_id=plan.pk)
        .values("as_of")
        .distinct()
        .count()
    )

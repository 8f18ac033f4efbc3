"""One benchmark run: the base data once, then for each scale its database, its data and its
rollups; then the pages of every scale at once (a gunicorn per scale, requested in turns), each
figure with its floor; the report at the end."""

from __future__ import annotations

import contextlib
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

from config.urls_benchmark import FLOOR_PATH
from pilots.models import Membership, Plan
from targets.benchmarking import data, databases
from targets.benchmarking.jobs_queue import jobs_queued_apart
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


@jobs_queued_apart()  # the rollups its saves ask for: never run, never beside others' jobs
def benchmark_run(options: Options, say: Callable[[str], None] = print) -> Report:
    """Every scale's database built (and its rollups measured) one after another; then the
    pages of every scale measured at once, in turns (see ``_interleaved``)."""
    databases.server_check()
    prefix = options.prefix or databases.default_prefix()
    options.output.mkdir(parents=True, exist_ok=True)
    meta = _meta(options)
    base = f"{prefix}_base"
    say(f"base data (five plans and their demo history) in {base}…")
    started = time.monotonic()
    databases.database_create(base)
    built = [base]
    with databases.using_database(base):
        data.base_data_create()
    base_seconds = time.monotonic() - started
    results, figures, casts = {}, {}, {}
    try:
        for scale in options.scales:
            name = f"{prefix}_{scale}x"
            built.append(name)
            results[scale], figures[scale], casts[scale] = _scale_build(
                scale, base, name, options, say
            )
            results[scale]["build_seconds"] = round(
                results[scale]["build_seconds"] + base_seconds, 1
            )
        say(f"pages: {len(options.scales)} scale(s) served at once, measured in turns…")
        for scale, samples in _pages_measure(results, casts, options).items():
            for key, values in samples.items():
                figures[scale].setdefault(key, {}).update(samples=values, scales_interleaved=True)
        if options.year:
            for scale, samples in _year_measure(results, options, say).items():
                figures[scale] |= samples
        scales = {}
        for scale in options.scales:
            results[scale]["figures"] = with_ratios(
                {k: summarised(v) for k, v in figures[scale].items()}
            )
            scales[str(scale)] = results[scale]
        report = Report(meta=meta, scales=scales)
        report.json_write(options.output / "benchmark.json")
        (options.output / "benchmark.md").write_text(report.markdown())
    finally:
        if not options.keep:
            for name in built:
                databases.database_drop(name)
    return report


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


def _scale_build(
    scale: int, base: str, name: str, options: Options, say
) -> tuple[dict, dict, Cast]:
    """The scale's database, its rollups measured, its pages' query counts and the cast its
    pages will be requested by; the figures raw (samples, not yet summarised)."""
    started = time.monotonic()
    databases.database_create(name, template=base)
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
        say(f"{scale}×: ended plans on their judgement days, as the nightly backfill keeps them…")
        data.judgement_days_keep(today)
        data.statistics_update()
        build = round(time.monotonic() - started, 1)
        result = {"database": name, "counts": data.data_counts(), "build_seconds": build}
        say(f"{scale}×: {result['counts']} in {build} s; measuring rollups…")
        plan = Plan.objects.filter(zone__slug=ZONE).order_by("pk").first()
        figures = rollup_figures(
            plan_id=plan.pk, today=today, runs=options.runs, full_runs=min(options.runs, 3)
        )
        cast = Cast.chosen(CLIENTS)
        figures |= _page_queries(cast)
        result["storage"] = _storage()
    return result, figures, cast


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


@contextlib.contextmanager
def _servers(results: dict[int, dict], options: Options):
    """One gunicorn per scale, all running at once, each with its own cache."""
    with contextlib.ExitStack() as stack:
        servers = {}
        for scale, result in results.items():
            database = result["database"]
            servers[scale] = stack.enter_context(
                gunicorn_running(
                    database,
                    log=options.output / f"gunicorn-{database}.log",
                    cache_prefix=f"{database}-{os.getpid()}",
                )
            )
        yield servers


def _pages_measure(
    results: dict[int, dict], casts: dict[int, Cast], options: Options
) -> dict[int, dict[str, list[float]]]:
    """Every scale's pages, each scale served by its own gunicorn, all at once."""
    with _servers(results, options) as servers:
        pages = {}
        for scale, server in servers.items():
            with databases.using_database(results[scale]["database"]):
                pages[scale] = _page_requests(server, casts[scale])
        samples = _interleaved(pages, runs=options.runs)
        for scale, first_views in _first_views(servers, casts, runs=options.runs).items():
            samples[scale]["dashboard_zone_first_c1"] = first_views
    return samples


def _rotated(turns: list, by: int) -> list:
    by %= len(turns)
    return turns[by:] + turns[:by]


def _interleaved(
    pages: dict[int, dict[str, Callable[[int], float]]], *, runs: int, prefix: str = ""
) -> dict[int, dict[str, list[float]]]:
    """Every page of every scale (the floor page among them) in turns, round after round,
    each round starting one turn later than the one before: a page's samples at 1× and at
    100× and the floor's at each are taken in the same minutes of a shared machine, so its
    ratios (to the floor, from scale to scale) compare like with like. Measured one scale
    after another, the machine's load in one scale's minutes moved a growth 1×→100× by up to
    0.3 from run to run. ``runs`` rounds at 8 clients; one client makes as many rounds as the
    8 make requests, so both medians are of as many samples. Every page of every scale is
    warmed before the rounds at each number of clients (see ``_warm``)."""
    turns = [(scale, key) for key in next(iter(pages.values())) for scale in pages]
    samples: dict[int, dict[str, list[float]]] = {scale: {} for scale in pages}
    for clients in (1, CLIENTS):
        for scale, key in turns:
            samples[scale][f"{prefix}{key}_warm_c{clients}"] = _warm(pages[scale][key])
        for round_ in range(runs * CLIENTS // clients):
            for scale, key in _rotated(turns, round_):
                samples[scale].setdefault(f"{prefix}{key}_c{clients}", []).extend(
                    latencies(pages[scale][key], clients=clients, runs=1)
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


def _first_views(
    servers: dict[int, Server], casts: dict[int, Cast], *, runs: int
) -> dict[int, list[float]]:
    """The zone page with its server's cache emptied (as after a rollup: the zone's charts
    not built yet), every scale in turn, round after round."""
    samples: dict[int, list[float]] = {scale: [] for scale in servers}
    for round_ in range(runs):
        for scale in _rotated(list(servers), round_):
            servers[scale].cache_clear()
            samples[scale].append(
                servers[scale].request(casts[scale].leader, casts[scale].zone_url)
            )
    return samples


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


def _year_measure(results: dict[int, dict], options: Options, say) -> dict[int, dict]:
    """A year of nightly rollups at every scale: the all-zones dashboard over a year of zone
    and plan rows (every scale served at once, in turns with its floor, as the pages), and the
    snapshot table a year would take: every scope's rows of every night kept whole (full
    copies, for comparison), and as the app keeps them after the retention (storage.py)."""
    today = timezone.localdate()
    nights = data.nights_before(today, 365)
    per_date, casts = {}, {}
    for scale, result in results.items():
        say(f"{scale}×: simulating a year of nightly snapshots…")
        with databases.using_database(result["database"]):
            per_date[scale] = _storage()["snapshot_table_bytes"] / (options.history_months + 1)
            data.snapshot_history_copy(
                today=today, dates=nights, scopes=[Snapshot.Scope.ZONE, Snapshot.Scope.PLAN]
            )
            data.statistics_update()
            casts[scale] = Cast.chosen(CLIENTS)
    with _servers(results, options) as servers:
        pages = {}
        for scale, server in servers.items():
            with databases.using_database(results[scale]["database"]):
                every = _page_requests(server, casts[scale])
            pages[scale] = {"floor": every["floor"], "dashboard_all": every["dashboard_all"]}
        samples = _interleaved(pages, runs=options.runs, prefix="year_")
    for scale, result in results.items():
        storage = {"snapshots_a_year_kept_whole_bytes": round(per_date[scale] * (len(nights) + 1))}
        with databases.using_database(result["database"]):
            kept = _dates_kept_by_retention()
            if kept is not None:
                say(f"{scale}×: measuring the snapshots a year keeps…")
                storage["full_copies_a_year_after_retention_bytes"] = round(per_date[scale] * kept)
                storage["dates_kept_by_retention"] = kept
                storage |= year_storage(nights=len(nights))
        result["storage"] |= storage
    return {
        scale: {
            key: {"samples": values, "queries": None, "scales_interleaved": True}
            for key, values in by_key.items()
        }
        for scale, by_key in samples.items()
    }


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

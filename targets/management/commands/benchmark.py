"""Rerunnable benchmarks: does the cost of a rollup and of a dashboard stay flat as history
piles up? Everything runs in one transaction that is rolled back: the database is untouched."""

import datetime
import glob
import statistics
import time
import warnings

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from pilots.models import Agency, Membership, PilotZone, Plan
from pilots.plan_fixtures import plan_document_read
from pilots.plan_loading import plans_load
from targets.first_view_benchmark import BenchmarkUnavailable, first_view_benchmark
from targets.models import Goal, Observation, Target
from targets.rollup import plan_rollup
from tasks.models import Section, StatusUpdate, Task, TaskAssignment

FIXTURES = "fixtures/plans/*.yaml"


def median_ms(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def synthetic_plan(slug: str, *, tasks: int, updates: int, observations: int) -> Plan:
    zone = PilotZone.objects.create(slug=slug, name=f"基准{slug}", level="city")
    plan = Plan.objects.create(zone=zone, code=slug, title=slug, period_start=2000, period_end=2030)
    agencies = [
        Agency.objects.create(zone=zone, code=f"a{i}", name=f"{slug}局{i}") for i in range(5)
    ]
    sections = [
        Section.objects.create(plan=plan, code=f"S{i}", title=f"S{i}", kind="key_task", order=i)
        for i in range(5)
    ]
    created = Task.objects.bulk_create(
        Task(plan=plan, section=sections[i % 5], code=f"T{i}", title=f"任务{i}", text="…", order=i)
        for i in range(tasks)
    )
    TaskAssignment.objects.bulk_create(
        TaskAssignment(task=t, agency=agencies[i % 5], role="lead") for i, t in enumerate(created)
    )
    first = datetime.date(2001, 1, 1)
    StatusUpdate.objects.bulk_create(
        StatusUpdate(
            task=t,
            status="in_progress",
            percent=min(j, 99),
            reported_on=first + datetime.timedelta(days=j),
        )
        for t in created
        for j in range(updates)
    )
    goal = Goal.objects.create(plan=plan, code="G", title="G")
    for k in range(10):
        target = Target.objects.create(
            plan=plan, goal=goal, code=f"M{k}", metric=f"指标{k}", unit="家", comparator="gte",
            value=1000, deadline_year=2030, source_phrase="…", owner=agencies[k % 5],
        )  # fmt: skip
        Observation.objects.bulk_create(
            Observation(target=target, as_of=first + datetime.timedelta(days=30 * n), value=n)
            for n in range(observations)
        )
    return plan


class Command(BaseCommand):
    help = "Benchmark rollups, dashboards and plan loading (medians; ratios to a baseline)."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=7)
        parser.add_argument(
            "--first-view",
            action="store_true",
            help="only the first view of each zone dashboard, served by gunicorn from the current"
            " database (e.g. the demo), against /healthz in the same run",
        )

    @override_settings(
        ALLOWED_HOSTS=["testserver"],
        SECURE_SSL_REDIRECT=False,
        # Pages are rendered in-process: static URLs without a collectstatic manifest.
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
    )
    def handle(self, *args, runs=7, **options):
        if options["first_view"]:
            return self.first_view(runs)
        warnings.filterwarnings("ignore", "No directory at", UserWarning)  # no collectstatic here
        rows = []
        with transaction.atomic():
            today = timezone.localdate()
            small = synthetic_plan("bench-small", tasks=100, updates=1, observations=2)
            large = synthetic_plan("bench-large", tasks=100, updates=100, observations=200)
            for plan in (small, large):
                plan_rollup(plan=plan, as_of=today)
            rows.append(self._pair(
                "rollup of a 100-task plan: 100 vs 10,000 updates, 20 vs 2,000 figures",
                lambda: plan_rollup(plan=small, as_of=today),
                lambda: plan_rollup(plan=large, as_of=today),
                runs,
            ))  # fmt: skip

            user = get_user_model().objects.create(username="bench-leader")
            Membership.objects.create(user=user, role=Membership.Role.LEADERSHIP)
            client = Client()
            client.force_login(user)
            urls = [reverse("dashboard-zone", args=[p.zone.slug]) for p in (small, large)]
            queries = []
            for url in urls:
                with CaptureQueriesContext(connection) as captured:
                    assert client.get(url).status_code == 200
                queries.append(len(captured))

            def first_view(url):
                cache.clear()  # charts not built yet, as after a rollup
                client.get(url)

            rows.append(self._pair(
                f"zone dashboard, first view after a rollup (SQL queries {queries[0]} vs "
                f"{queries[1]})",
                lambda: first_view(urls[0]),
                lambda: first_view(urls[1]),
                runs,
            ))  # fmt: skip
            rows.append(self._pair(
                "zone dashboard, repeat view (charts cached until the next rollup)",
                lambda: client.get(urls[0]),
                lambda: client.get(urls[1]),
                runs,
            ))  # fmt: skip

            documents = [plan_document_read(p) for p in sorted(glob.glob(FIXTURES))]
            first = median_ms(lambda: self._load_rolled_back(documents), runs)
            plans_load(documents)
            reload = median_ms(lambda: plans_load(documents), runs)
            rows.append(("load_plans, 5 plans: first load vs a no-op reload", first, reload))
            transaction.set_rollback(True)

        self.stdout.write(f"{'benchmark':<75} {'baseline ms':>12} {'measured ms':>12} {'ratio':>7}")
        for name, base, measured in rows:
            self.stdout.write(f"{name:<75} {base:>12.1f} {measured:>12.1f} {measured / base:>7.2f}")
        self.stdout.write(f"(medians of {runs} runs; nothing was written)")

    def first_view(self, runs: int) -> None:
        try:
            report = first_view_benchmark(runs=runs)
        except BenchmarkUnavailable as exc:
            raise CommandError(str(exc)) from exc
        trivial = report.trivial_median
        self.stdout.write(
            f"zones: {', '.join(report.zones)}; {runs} runs each; server time (gunicorn %(D)s)"
        )
        self.stdout.write(f"{'view':<52} {'median ms':>10} {'ratio to /healthz':>18}")
        for name, median in [
            ("/healthz (trivial view)", trivial),
            ("zone dashboard, first view (chart cache empty)", report.first_median),
            ("zone dashboard, repeat view", report.repeat_median),
        ]:
            self.stdout.write(f"{name:<52} {median:>10.1f} {median / trivial:>18.1f}")

    @staticmethod
    def _pair(name, baseline, measured, runs):
        return name, median_ms(baseline, runs), median_ms(measured, runs)

    @staticmethod
    def _load_rolled_back(documents):
        with transaction.atomic():
            plans_load(documents)
            transaction.set_rollback(True)

"""Snapshot retention: daily rows for the window, month-ends for good, deadlines and decided
verdicts for good; the job and the command delete the same; history still answers."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from pilots.models import Membership
from targets.jobs import prune_snapshots
from targets.models import Snapshot
from targets.retention import snapshots_prune
from targets.rollup import plan_rollup
from tasks.models import Milestone
from tests.factories import (
    AssignmentFactory,
    PlanFactory,
    SectionFactory,
    TargetFactory,
    TaskFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2025, 6, 15)


def days(first: datetime.date, last: datetime.date) -> list[datetime.date]:
    return [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]


@pytest.fixture
def plan():
    """A plan rolled up every night from 1 Jan 2025, plus a few older dates."""
    plan = PlanFactory(period_start=2020, period_end=2027, milestone_years=[2024])
    section = SectionFactory(plan=plan)
    task = TaskFactory(section=section)
    AssignmentFactory(task=task)
    Milestone.objects.create(task=task, title="节点", due_on=datetime.date(2025, 2, 10))
    target = TargetFactory(goal__plan=plan, deadline_year=2024)
    target.final_verdict = {"verdict": "missed", "decided_on": "2025-01-20"}
    target.save()
    history = [datetime.date(2024, 12, 31), datetime.date(2024, 11, 3), *days(
        datetime.date(2025, 1, 1), TODAY)]  # fmt: skip
    snapshot = plan_rollup(plan=plan, as_of=TODAY).snapshots
    Snapshot.objects.bulk_create(
        Snapshot(scope=s.scope, object_id=s.object_id, plan=plan, zone_id=plan.zone_id,
                 as_of=day, light=s.light, figures=s.figures, computed_at=s.computed_at)
        for day in history[:-1]
        for s in snapshot
    )  # fmt: skip
    return plan


def dates_of(plan) -> set[datetime.date]:
    return set(Snapshot.objects.filter(plan=plan).values_list("as_of", flat=True))


def test_the_window_month_ends_deadlines_and_decided_verdicts_are_kept(plan):
    per_date = Snapshot.objects.filter(plan=plan, as_of=TODAY).count()
    report = snapshots_prune(today=TODAY, keep_days=30)
    cutoff = TODAY - datetime.timedelta(days=30)
    expected = {
        *days(cutoff, TODAY),  # the window
        datetime.date(2024, 11, 3),  # November's last date (its month-end row)
        datetime.date(2024, 12, 31),  # month-end, and the milestone year's deadline
        datetime.date(2025, 1, 31), datetime.date(2025, 2, 28), datetime.date(2025, 3, 31),
        datetime.date(2025, 4, 30),  # month-ends
        datetime.date(2025, 1, 20),  # the day the target's final verdict was decided
        datetime.date(2025, 2, 10),  # a milestone's due date
    }  # fmt: skip
    assert dates_of(plan) == expected
    before = 2 + len(days(datetime.date(2025, 1, 1), TODAY))
    assert report.dates_deleted == before - len(expected)
    assert report.rows_deleted == report.dates_deleted * per_date
    # Idempotent: a second run deletes nothing more.
    assert snapshots_prune(today=TODAY, keep_days=30).rows_deleted == 0


def test_a_dry_run_counts_and_deletes_nothing(plan):
    total = Snapshot.objects.count()
    out = StringIO()
    call_command("prune_snapshots", "--dry-run", "--keep-days", "30", "--as-of", "2025-06-15",
                 stdout=out)  # fmt: skip
    assert Snapshot.objects.count() == total
    dry = snapshots_prune(today=TODAY, keep_days=30, dry_run=True)
    assert f"would delete {dry.rows_deleted} snapshot(s)" in out.getvalue()
    assert f"{dry.dates_deleted} would delete" in out.getvalue()
    real = snapshots_prune(today=TODAY, keep_days=30)
    assert (real.rows_deleted, real.dates_deleted) == (dry.rows_deleted, dry.dates_deleted) > (0, 0)


def test_the_nightly_job_uses_the_setting(plan, settings):
    settings.SNAPSHOT_RETENTION_DAYS = 100_000
    assert prune_snapshots() == 0
    settings.SNAPSHOT_RETENTION_DAYS = 0
    assert prune_snapshots() > 0
    assert "snapshots-prune-nightly" in settings.CELERY_BEAT_SCHEDULE


def test_the_command_refuses_what_it_cannot_use(plan):
    with pytest.raises(Exception, match="keep-days"):
        call_command("prune_snapshots", "--keep-days", "-1")
    with pytest.raises(Exception, match="unknown plan"):
        call_command("prune_snapshots", "--plan", "no-such-plan")


def test_history_still_answers_from_a_kept_date(plan, client):
    snapshots_prune(today=TODAY, keep_days=30)
    user = UserFactory()
    Membership.objects.create(user=user, role="leadership")
    client.force_login(user)
    page = client.get(reverse("dashboard-zone", args=[plan.zone.slug]), {"as_of": "2025-03-15"})
    assert page.status_code == 200
    assert page.context["day"] == datetime.date(2025, 2, 28)
    assert "显示 2025-02-28 的汇总" in page.content.decode()

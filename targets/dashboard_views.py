import datetime

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from pilots.models import Agency, PilotZone
from pilots.permissions import Access
from targets import dashboards
from targets.briefings.briefing import Period
from targets.briefings.changes import Changes, plan_changes, zones_changes
from targets.dashboards.freshness import Freshness, freshness, overview_freshness
from targets.dashboards.task_lists import task_lists
from targets.figures import verdict_labels
from targets.forms import OverviewFilter
from targets.models import Snapshot
from targets.rollup import SCORE_WEIGHTS


def _as_of(request) -> datetime.date:
    """?as_of=YYYY-MM-DD shows a dashboard as it stood then (from that day's snapshots)."""
    try:
        return datetime.date.fromisoformat(request.GET.get("as_of", ""))
    except ValueError:
        return timezone.localdate()


def _since(request, as_of: datetime.date) -> datetime.date:
    """?since=YYYY-MM-DD: what changed from that day on; by default since the start of the latest
    monthly briefing's period (the last month that ended before as_of)."""
    try:
        return min(datetime.date.fromisoformat(request.GET.get("since", "")), as_of)
    except ValueError:
        return Period.month_before(as_of).start


def _eve(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=1) if day > datetime.date.min else day


def _freshness(scope: str, data: dict, object_ids) -> Freshness | None:
    """When the page's figures were computed and whether a change is still being rolled up."""
    plan, day = data.get("plan"), data.get("day")
    if plan is None or day is None:
        return None
    return freshness(scope=scope, object_ids=object_ids(plan), day=day, plan_ids=[plan.id])


def _changes(plan, since: datetime.date, as_of: datetime.date) -> Changes | None:
    if plan is None:
        return None
    return plan_changes(plan=plan, since=_eve(since), until=as_of)


@require_GET
def overview(request):
    as_of = _as_of(request)
    form = OverviewFilter(request.GET or None)
    data = dashboards.overview(
        as_of=as_of, zone_ids=Access.of(request.user).visible_zone_ids(), **form.filters()
    )
    since = _since(request, as_of)
    changes = zones_changes(
        zones=[row["zone"] for row in data["rows"]],
        since=_eve(since),
        until=as_of,
    )
    return render(
        request,
        "targets/dashboard_overview.html",
        {"as_of": as_of, "form": form, "verdict_labels": verdict_labels(), "since": since,
         "zone_changes": changes, "freshness": overview_freshness(data["rows"]), **data},
    )  # fmt: skip


@require_GET
def zone(request, slug):
    zone = get_object_or_404(PilotZone, slug=slug)
    if not Access.of(request.user).can_view_zone(zone.id):
        raise Http404
    as_of = _as_of(request)
    data = dashboards.zone_page(zone=zone, as_of=as_of) or {}
    since = _since(request, as_of)
    return render(
        request,
        "targets/dashboard_zone.html",
        {"zone": zone, "as_of": as_of, "verdict_labels": verdict_labels(), "since": since,
         "changes": _changes(data.get("plan"), since, as_of),
         "freshness": _freshness(Snapshot.Scope.PLAN, data, lambda plan: [plan.id]),
         "task_lists": task_lists(figures=data["figures"], query=request.GET)
         if data.get("figures") else {},
         **data},
    )  # fmt: skip


@require_GET
def agency(request, pk):
    agency = get_object_or_404(Agency.objects.select_related("zone"), pk=pk)
    if not Access.of(request.user).can_view_zone(agency.zone_id):
        raise Http404
    as_of = _as_of(request)
    data = dashboards.agency_page(agency=agency, as_of=as_of) or {}
    since = _since(request, as_of)
    changes = _changes(data.get("plan"), since, as_of)
    return render(
        request,
        "targets/dashboard_agency.html",
        {"agency": agency, "as_of": as_of, "verdict_labels": verdict_labels(),
         "weights": {k: int(v * 100) for k, v in SCORE_WEIGHTS.items()}, "since": since,
         "changes": changes.for_agency(agency.id) if changes else None,
         "freshness": _freshness(Snapshot.Scope.AGENCY, data, lambda _plan: [agency.id]),
         **data},
    )  # fmt: skip

import dataclasses
import datetime
import re

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_GET

from pilots.fragments import parts_prefetched
from pilots.models import Agency, PilotZone
from pilots.permissions import Access
from pilots.selectors import plan_told_apart
from targets import dashboards
from targets.briefings.briefing import Period, plan_briefing_period
from targets.briefings.changes import plan_changes_cached, zones_changes_cached
from targets.dashboards.fragments import fragment_key
from targets.dashboards.freshness import Freshness, overview_freshness, plan_freshness
from targets.dashboards.task_lists import task_lists
from targets.dashboards.zone import zone_total_since
from targets.figures import verdict_labels
from targets.forms import OverviewFilter
from targets.kinds import TargetKind
from targets.plan_dates import judged_on
from targets.rollup import SCORE_WEIGHTS
from tasks.instructions import late_by_agency

EARLIEST = datetime.date(2000, 1, 1)
PLAN_CODE = re.compile(r"[-a-zA-Z0-9_]{1,60}")


def _as_of(request) -> datetime.date:
    """?as_of=YYYY-MM-DD shows a dashboard as it stood then (from that day's snapshots; computed
    then if there are none). Not a date, or out of range: today."""
    today = timezone.localdate()
    try:
        day = datetime.date.fromisoformat(request.GET.get("as_of", "")[:10])
    except ValueError:
        return today
    return day if EARLIEST <= day <= today else today


def _as_of_asked(request, as_of: datetime.date) -> datetime.date | None:
    """The date ?as_of= asked for when it could not be shown (after today, before 2000) and the
    page shows ``as_of`` instead: the page says so rather than changing the date unannounced."""
    try:
        asked = datetime.date.fromisoformat(request.GET.get("as_of", "")[:10])
    except ValueError:
        return None
    return asked if asked != as_of else None


def _plan_code(request) -> str | None:
    """?plan=CODE picks one of the zone's plans; a code no plan can have is not found."""
    code = request.GET.get("plan") or None
    if code is not None and not PLAN_CODE.fullmatch(code):
        raise Http404
    return code


def _since(request, as_of: datetime.date, plan=None) -> datetime.date:
    """?since=YYYY-MM-DD: what changed from that day on; by default since the start of the latest
    monthly briefing's period (the last month that ended before as_of) — for a plan that has
    ended, its last month, since nothing changes after it is judged."""
    try:
        return min(datetime.date.fromisoformat(request.GET.get("since", "")), as_of)
    except ValueError:
        return Period.month_before(judged_on(plan, as_of) if plan else as_of).start


def _plan_page(request, zone_id: int, page, **whose) -> tuple[datetime.date, dict, datetime.date]:
    """(as_of, the data of ``page`` — the zone's or an agency's page of one plan —, since) for a
    reader of the zone; a plan asked for (?plan=) that the zone does not have is not found."""
    if not Access.of(request.user).can_view_zone(zone_id):
        raise Http404
    as_of = _as_of(request)
    data = page(as_of=as_of, plan_code=_plan_code(request), **whose)
    if request.GET.get("plan") and not data.get("plan"):
        raise Http404
    return as_of, data, _since(request, as_of, data.get("plan"))


def _eve(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=1) if day > datetime.date.min else day


def _freshness(data: dict) -> Freshness | None:
    """When the page's figures were computed and whether a change is still being rolled up."""
    plan, day = data.get("plan"), data.get("day")
    if plan is None or day is None:
        return None
    fresh = plan_freshness(computed_at=data["computed_at"], day=day, plan=plan)
    # An ended plan is judged on one day: its snapshot of that day is the plan's current one.
    return dataclasses.replace(fresh, current=True) if data.get("ended_on") else fresh


def _changes(data: dict, since: datetime.date, as_of: datetime.date, agency=None) -> dict:
    """What changed since the date, read only when its cached part is out of date."""
    plan = data.get("plan")
    if plan is None:
        return {"changes": None, "changes_fragment": None}
    key, changes = plan_changes_cached(
        plan=plan, since=_eve(since), until=as_of, read_on=data.get("read_on")
    )
    shown = changes if agency is None else SimpleLazyObject(lambda: changes.for_agency(agency.id))
    # A zone of several plans: the heading names the plan compared.
    plans = data.get("plans", [])
    named = (plan.title, plan.title_en, plan_told_apart(plan, plans)) if len(plans) > 1 else None
    fragment = fragment_key(key, since, as_of, agency and agency.id, named)
    return {"changes": shown, "changes_fragment": fragment}


def _task_lists(data: dict, query) -> dict:
    """The zone page's lists of tasks, sorted as asked: made only when their part is rendered."""
    if "figures" not in data:
        return {}
    ended_on = data.get("ended_on")
    return SimpleLazyObject(
        lambda: task_lists(figures=data["figures"], query=query, ended_on=ended_on)
    )


@require_GET
def overview(request):
    as_of = _as_of(request)
    zone_ids = Access.of(request.user).visible_zone_ids()
    form = OverviewFilter(request.GET or None)
    data = dashboards.overview(as_of=as_of, zone_ids=zone_ids, **form.filters())
    since = _since(request, as_of)
    changes_fragment, changes = zones_changes_cached(
        zones=[row["zone"] for row in data["rows"]], since=_eve(since), until=as_of
    )
    kind = request.GET.get("kind")
    if kind not in TargetKind.values:
        kind = TargetKind.AI_INDUSTRY_SCALE
    compare = dashboards.kind_comparison(
        kind=kind, as_of=as_of, zones=[row["zone"] for row in data["rows"]]
    )
    filters_fragment = fragment_key("overview-filters", as_of, request.GET.urlencode())
    parts = parts_prefetched(
        ("overview-filters", filters_fragment),
        ("overview-rows", data["fragment"], request.GET.get("as_of", "")),
        ("overview-changes", changes_fragment, as_of, since),
        ("overview-charts", data["fragment"]),
        ("kind-compare", compare["fragment"]),
    )
    return render(
        request,
        "targets/dashboard_overview.html",
        {"as_of": as_of, "as_of_asked": _as_of_asked(request, as_of), "form": form,
         "verdict_labels": verdict_labels(), "since": since,
         # The filters as the query filled them in (a bound form's values and errors).
         "filters_fragment": filters_fragment, **parts,
         "zone_changes": changes, "changes_fragment": changes_fragment,
         "freshness": overview_freshness(data["rows"]),
         "kinds": TargetKind.choices, "compare": compare, **data},
    )  # fmt: skip


@require_GET
def zone(request, slug):
    zone = get_object_or_404(PilotZone, slug=slug)
    as_of, data, since = _plan_page(request, zone.id, dashboards.zone_page, zone=zone)
    changes = _changes(data, since, as_of)
    total = data.get("zone_snapshot")
    parts = parts_prefetched(
        ("zone-figures", data.get("fragment")),
        ("changes", changes["changes_fragment"]),
        ("zone-lists", data.get("fragment"), request.GET.urlencode()),
    )
    return render(
        request,
        "targets/dashboard_zone.html",
        {"zone": zone, "as_of": as_of, "as_of_asked": _as_of_asked(request, as_of),
         "verdict_labels": verdict_labels(), "since": since,
         **changes, **parts,
         "late_instructions": late_by_agency(zone_ids=[zone.id], as_of=as_of),
         "zone_since": total and zone_total_since(
             zone=zone, total=total, since=_eve(since), plans=data["plans"]),
         "briefing_period": data.get("plan") and plan_briefing_period(data["plan"], as_of),
         "freshness": _freshness(data),
         "task_lists": _task_lists(data, request.GET),
         **data},
    )  # fmt: skip


@require_GET
def agency(request, pk):
    agency = get_object_or_404(Agency.objects.select_related("zone"), pk=pk)
    as_of, data, since = _plan_page(request, agency.zone_id, dashboards.agency_page, agency=agency)
    changes = _changes(data, since, as_of, agency=agency)
    parts = parts_prefetched(
        ("agency-figures", data.get("fragment")), ("changes", changes["changes_fragment"])
    )
    return render(
        request,
        "targets/dashboard_agency.html",
        {"agency": agency, "as_of": as_of, "as_of_asked": _as_of_asked(request, as_of),
         "verdict_labels": verdict_labels(),
         "weights": {k: int(v * 100) for k, v in SCORE_WEIGHTS.items()}, "since": since,
         **changes, **parts,
         "freshness": _freshness(data),
         **data},
    )  # fmt: skip

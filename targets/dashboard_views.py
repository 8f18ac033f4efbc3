import datetime

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from pilots.models import Agency, PilotZone
from pilots.permissions import Access
from targets import dashboards
from targets.figures import verdict_labels
from targets.forms import OverviewFilter
from targets.rollup import SCORE_WEIGHTS


def _as_of(request) -> datetime.date:
    """?as_of=YYYY-MM-DD shows a dashboard as it stood then (from that day's snapshots)."""
    try:
        return datetime.date.fromisoformat(request.GET.get("as_of", ""))
    except ValueError:
        return timezone.localdate()


@require_GET
def overview(request):
    as_of = _as_of(request)
    form = OverviewFilter(request.GET or None)
    data = dashboards.overview(
        as_of=as_of, zone_ids=Access.of(request.user).visible_zone_ids(), **form.filters()
    )
    return render(
        request,
        "targets/dashboard_overview.html",
        {"as_of": as_of, "form": form, "verdict_labels": verdict_labels(), **data},
    )


@require_GET
def zone(request, slug):
    zone = get_object_or_404(PilotZone, slug=slug)
    if not Access.of(request.user).can_view_zone(zone.id):
        raise Http404
    as_of = _as_of(request)
    data = dashboards.zone_page(zone=zone, as_of=as_of) or {}
    return render(
        request,
        "targets/dashboard_zone.html",
        {"zone": zone, "as_of": as_of, "verdict_labels": verdict_labels(), **data},
    )


@require_GET
def agency(request, pk):
    agency = get_object_or_404(Agency.objects.select_related("zone"), pk=pk)
    if not Access.of(request.user).can_view_zone(agency.zone_id):
        raise Http404
    as_of = _as_of(request)
    data = dashboards.agency_page(agency=agency, as_of=as_of) or {}
    return render(
        request,
        "targets/dashboard_agency.html",
        {"agency": agency, "as_of": as_of, "verdict_labels": verdict_labels(),
         "weights": {k: int(v * 100) for k, v in SCORE_WEIGHTS.items()}, **data},
    )  # fmt: skip

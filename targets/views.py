from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from pilots.models import Agency
from pilots.permissions import Access
from targets.forms import ObservationForm
from targets.models import Observation, ObservationCorrection, Target
from targets.permissions import can_report_value
from targets.services import CorrectionNeedsReason, observation_record

CORRECTIONS = ObservationCorrection.objects.select_related(
    "corrected_by", "previous_reporter"
).order_by("corrected_at")


@require_GET
def my_targets(request):
    access = Access.of(request.user)
    targets = (
        Target.objects.filter(owner_id__in=access.agency_ids, archived_at__isnull=True)
        .select_related("plan__zone", "owner", "goal")
        .prefetch_related(
            Prefetch(
                "observations",
                queryset=Observation.objects.order_by("-as_of").prefetch_related(
                    Prefetch("corrections", queryset=CORRECTIONS)
                ),
            )
        )
        .order_by("plan__code", "order")
    )
    return render(request, "targets/my_targets.html", {"targets": targets})


@require_http_methods(["GET", "POST"])
def target_report(request, pk):
    target = get_object_or_404(Target.objects.select_related("plan__zone", "owner"), pk=pk)
    access = Access.of(request.user)
    if not access.can_view_zone(target.plan.zone_id):
        raise Http404
    if not can_report_value(access, target):
        raise PermissionDenied(access.agency_act_refusal())
    form = ObservationForm(request.POST or None, target=target)
    if request.method == "POST" and form.is_valid():
        try:
            _figure_save(request, target, form.cleaned_data)
        except CorrectionNeedsReason as exc:  # another report of the date landed meanwhile
            form.add_error("reason", str(exc))
        else:
            messages.success(request, _("指标数值已保存。"))
            return redirect("my-targets")
    observations = (
        target.observations.select_related("reporter")
        .prefetch_related(Prefetch("corrections", queryset=CORRECTIONS))
        .order_by("-as_of")
    )
    return render(
        request,
        "targets/target_report.html",
        {"target": target, "form": form, "observations": observations},
        status=400 if form.is_bound else 200,
    )


def _figure_save(request, target: Target, data: dict) -> None:
    observation_record(
        target=target,
        as_of=data["as_of"],
        value=data["value"],
        reporter=request.user,
        agency=Agency.objects.get(pk=target.owner_id),
        source=data["source"],
        note=data["note"],
        reason=data["reason"],
    )

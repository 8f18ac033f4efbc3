from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from pilots.models import Agency
from pilots.permissions import Access
from targets.forms import ObservationForm
from targets.models import Observation, ObservationCorrection, Target
from targets.permissions import can_report_value
from targets.services import CorrectionNeedsReason, observation_record
from tasks import permissions as task_rules
from tasks.comments import CommentSubject, comment_add, comments_on
from tasks.forms import CommentForm
from tasks.instruction_views import instruction_issue_page
from tasks.instructions import Subject

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


def _visible_target(request, pk) -> tuple[Target, Access]:
    """The target, if the user may see its zone (else 404, as if it did not exist)."""
    target = get_object_or_404(Target.objects.select_related("plan__zone", "owner"), pk=pk)
    access = Access.of(request.user)
    if not access.can_view_zone(target.plan.zone_id):
        raise Http404
    return target, access


@require_http_methods(["GET", "POST"])
def target_report(request, pk):
    target, access = _visible_target(request, pk)
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


@require_http_methods(["GET", "POST"])
def target_comments(request, pk):
    """A target's comments between leaders and agencies (and whom they mention)."""
    target, access = _visible_target(request, pk)
    form = CommentForm(request.POST or None)
    if request.method == "POST":
        if not task_rules.can_comment(access, target.plan.zone_id):
            raise PermissionDenied
        if form.is_valid():
            subject = CommentSubject(
                zone_id=target.plan.zone_id, title=target.metric, target_id=target.pk,
                path=reverse("target-comments", args=[target.pk]),
            )  # fmt: skip
            comment_add(subject=subject, text=form.cleaned_data["text"], by=request.user)
            messages.success(request, _("留言已发表。"))
            return redirect("target-comments", pk=target.pk)
    context = {
        "target": target,
        "comments": comments_on(target_id=target.pk),
        "comment_form": form if task_rules.can_comment(access, target.plan.zone_id) else None,
        "comment_action": reverse("target-comments", args=[target.pk]),
        "can_instruct": task_rules.can_issue_instruction(access, target.plan.zone_id),
    }
    return render(
        request, "targets/target_comments.html", context, status=400 if form.errors else 200
    )


@require_http_methods(["GET", "POST"])
def target_instruction_new(request, pk):
    """A leader's instruction (督办) on a target, to its owner agency first."""
    target = Target.objects.select_related("plan").filter(pk=pk, archived_at__isnull=True).first()
    if target is None or not Access.of(request.user).can_view_zone(target.plan.zone_id):
        raise Http404
    page = reverse("target-comments", args=[target.pk])
    subject = Subject.of_target(
        target_id=target.pk,
        zone_id=target.plan.zone_id,
        title=target.metric,
        path=page,
        plan=target.plan,
    )
    owners = [target.owner_id] if target.owner_id else []
    return instruction_issue_page(request, subject, owners, page)

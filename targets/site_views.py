"""The site's whole-plan pages, at the site's root: home (zones, plans, task and target counts),
a plan (goals and sections), the help page (verdicts and lights), exports, and the zone admin's
target-owner tab. They live here because they read targets' data as well as the apps below."""

import re
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from pilots.models import Plan
from pilots.permissions import Access
from pilots.zone_admin import administered_zone, zone_admin_tabs
from targets import export_jobs, exports, rollup, selectors, services, verdicts
from targets.forms import TargetOwnerForm
from targets.kept_jobs import job_stalled

PLAN_CODE = re.compile(r"[-a-zA-Z0-9_]{1,60}")


@require_GET
def home(request):
    access = Access.of(request.user)
    zones = selectors.zones_with_plans()
    visible = access.visible_zone_ids()
    if visible is not None:
        zones = zones.filter(id__in=visible)
    return render(request, "targets/home.html", {"zones": zones})


@require_GET
def plan_detail(request, code):
    plan = get_object_or_404(Plan.objects.select_related("zone", "implements"), code=code)
    access = Access.of(request.user)
    if not access.can_view_zone(plan.zone_id):
        raise Http404
    # The plan it implements may be of a zone the user does not see (a district's admin, the
    # city's plan): its title, without a link to a page that would answer 404.
    implements_shown = bool(plan.implements) and access.can_view_zone(plan.implements.zone_id)
    return render(
        request,
        "targets/plan_detail.html",
        {"plan": plan, "implements_linked": implements_shown, **selectors.plan_outline(plan=plan)},
    )


@require_GET
def help_page(request):
    return render(
        request,
        "targets/help.html",
        {"verdicts": verdicts, "rollup": rollup},
    )


def _render_owners(request, zone, status=200, owner_form=None):
    context = {
        "zone": zone,
        "tabs": zone_admin_tabs(zone=zone, current="zone-admin-targets"),
        "targets": selectors.targets_of_zone(zone=zone),
        "owner_form": owner_form or TargetOwnerForm(zone=zone),
    }
    return render(request, "targets/zone_admin_targets.html", context, status=status)


@require_GET
def zone_admin_targets(request, slug):
    return _render_owners(request, administered_zone(request, slug))


@require_POST
def target_owner(request, slug):
    zone = administered_zone(request, slug)
    form = TargetOwnerForm(request.POST, zone=zone)
    if form.is_valid():
        try:
            services.target_owner_set(**form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
    if not form.is_valid():
        return _render_owners(request, zone, status=400, owner_form=form)
    messages.success(request, _("指标责任单位已设定。"))
    return redirect("zone-admin-targets", slug=slug)


@require_GET
def export(request):
    """Spreadsheets of a plan (or of every plan the user may see)."""
    access = Access.of(request.user)
    plan_code = request.GET.get("plan") or None
    if plan_code:
        if not PLAN_CODE.fullmatch(plan_code):  # e.g. a NUL byte: no plan has such a code
            raise Http404
        plan = get_object_or_404(Plan, code=plan_code)
        if not access.can_view_zone(plan.zone_id):
            raise Http404
    elif not access.sees_every_zone:
        raise PermissionDenied(_("导出全部规划须有查看全部试验区的权限。"))
    fmt, table = request.GET.get("format", "xlsx"), request.GET.get("table", "tasks")
    if fmt not in ("xlsx", "csv") or table not in exports.TABLES:
        return HttpResponse(_("未知的格式或表格。"), status=400)
    if plan_code is None and request.GET.get("inline") != "1":
        token = export_jobs.export_job_start(user_id=request.user.id, fmt=fmt, table=table)
        if token:
            return redirect("export-job", token=token)
    return _export_response(*exports.export_file(plan_code=plan_code, fmt=fmt, table=table))


def _export_response(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{name}"
    return response


def _export_job_state(request, token: str) -> dict | None:
    """The job, for the user who asked for it only (and while they still see every zone);
    None when it is gone (expired, or never this user's)."""
    if not Access.of(request.user).sees_every_zone:
        raise Http404
    return export_jobs.export_job_state(token, user_id=request.user.id)


def _export_gone(request) -> HttpResponse:
    """A job or file no longer kept (or never this user's): not found, but saying so, with the
    way to build it again."""
    again = reverse("export") + "?" + urlencode({"format": "xlsx"})
    return render(request, "targets/export_job.html", {"gone": True, "again_url": again},
                  status=404)  # fmt: skip


@require_GET
def export_job(request, token):
    """An export's progress (the page refreshes itself until the file is ready)."""
    state = _export_job_state(request, token)
    if state is None:
        return _export_gone(request)
    asked = {"format": state["fmt"], "table": state["table"]}
    return render(
        request,
        "targets/export_job.html",
        {"state": state, "stages": export_jobs.stages(state["fmt"]), "token": token,
         "label": export_jobs.step_label(state["step"]), "stalled": job_stalled(state),
         "inline_url": reverse("export") + "?" + urlencode({**asked, "inline": 1}),
         "again_url": reverse("export") + "?" + urlencode(asked)},
    )  # fmt: skip


@require_GET
def export_job_file(request, token):
    state = _export_job_state(request, token)
    if state is None:
        return _export_gone(request)
    if not state["done"]:
        return redirect("export-job", token=token)
    built = export_jobs.export_job_file(token, user_id=request.user.id)
    if built is None:
        return _export_gone(request)
    return _export_response(*built)

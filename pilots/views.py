import re

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from pilots import exports, selectors, services
from pilots.forms import AgencyForm, MembershipForm, TargetOwnerForm
from pilots.models import Membership, PilotZone, Plan
from pilots.permissions import Access
from targets import rollup, verdicts

PLAN_CODE = re.compile(r"[-a-zA-Z0-9_]{1,60}")


@require_GET
def home(request):
    access = Access.of(request.user)
    zones = selectors.zones_with_plans()
    visible = access.visible_zone_ids()
    if visible is not None:
        zones = zones.filter(id__in=visible)
    return render(request, "pilots/home.html", {"zones": zones})


@require_GET
def plan_detail(request, code):
    plan = get_object_or_404(Plan.objects.select_related("zone", "implements"), code=code)
    if not Access.of(request.user).can_view_zone(plan.zone_id):
        raise Http404
    return render(
        request, "pilots/plan_detail.html", {"plan": plan, **selectors.plan_outline(plan=plan)}
    )


@require_GET
def help_page(request):
    return render(
        request,
        "pilots/help.html",
        {"verdicts": verdicts, "rollup": rollup},
    )


def _administered_zone(request, slug) -> PilotZone:
    zone = get_object_or_404(PilotZone, slug=slug)
    if not Access.of(request.user).can_administer_zone(zone.id):
        raise PermissionDenied(_("只有本试验区的管理员可以办理。"))
    return zone


@require_GET
def zone_admin_index(request):
    access = Access.of(request.user)
    zones = PilotZone.objects.order_by("slug")
    if not access.is_superuser:
        if not access.admin_zone_ids:
            raise PermissionDenied(_("只有试验区管理员可以进入试验区管理。"))
        zones = zones.filter(id__in=access.admin_zone_ids)
    if len(zones) == 1:
        return redirect("zone-admin", slug=zones[0].slug)
    return render(request, "pilots/zone_admin_index.html", {"zones": zones})


def _render_zone_admin(request, zone, status=200, **bound):
    forms = {
        "agency_form": AgencyForm(zone=zone),
        "membership_form": MembershipForm(zone=zone),
        "owner_form": TargetOwnerForm(zone=zone),
        **bound,
    }
    return render(
        request,
        "pilots/zone_admin.html",
        {"zone": zone, **selectors.zone_administration(zone=zone), **forms},
        status=status,
    )


@require_GET
def zone_admin(request, slug):
    return _render_zone_admin(request, _administered_zone(request, slug))


def _zone_form_post(request, slug, form_class, form_name, save, done: str):
    """The zone-admin forms: validate, save through a service, or show the page with errors."""
    zone = _administered_zone(request, slug)
    form = form_class(request.POST, zone=zone)
    if form.is_valid():
        try:
            save(zone, form.cleaned_data)
        except ValidationError as exc:  # the service's own rules, e.g. an account elsewhere
            form.add_error(None, exc)
    if not form.is_valid():
        return _render_zone_admin(request, zone, status=400, **{form_name: form})
    messages.success(request, done)
    return redirect("zone-admin", slug=slug)


@require_POST
def agency_create(request, slug):
    return _zone_form_post(
        request, slug, AgencyForm, "agency_form",
        lambda zone, data: services.agency_create(zone=zone, **data), _("单位已添加。"),
    )  # fmt: skip


@require_POST
def membership_add(request, slug):
    return _zone_form_post(
        request, slug, MembershipForm, "membership_form",
        lambda zone, data: services.membership_add(**data), _("成员已添加。"),
    )  # fmt: skip


@require_POST
def target_owner(request, slug):
    return _zone_form_post(
        request, slug, TargetOwnerForm, "owner_form",
        lambda zone, data: services.target_owner_set(**data), _("指标责任单位已设定。"),
    )  # fmt: skip


@require_POST
def membership_remove(request, slug, membership_id):
    zone = _administered_zone(request, slug)
    membership = get_object_or_404(Membership, pk=membership_id, agency__zone=zone)
    services.membership_remove(membership=membership)
    messages.success(request, _("成员已移除。"))
    return redirect("zone-admin", slug=slug)


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
    content, content_type, name = exports.export_file(plan_code=plan_code, fmt=fmt, table=table)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f"attachment; filename*=UTF-8''{name}"
    return response

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from pilots import selectors, services
from pilots.forms import AgencyForm, MembershipForm
from pilots.models import Membership, PilotZone
from pilots.permissions import Access
from pilots.zone_admin import administered_zone, zone_admin_tabs


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
        **bound,
    }
    context = {
        "zone": zone,
        "tabs": zone_admin_tabs(zone=zone, current="zone-admin"),
        **selectors.zone_administration(zone=zone),
        **forms,
    }
    return render(request, "pilots/zone_admin.html", context, status=status)


@require_GET
def zone_admin(request, slug):
    return _render_zone_admin(request, administered_zone(request, slug))


def _zone_form_post(request, slug, form_class, form_name, save, done: str):
    """The zone-admin forms: validate, save through a service, or show the page with errors."""
    zone = administered_zone(request, slug)
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
def membership_remove(request, slug, membership_id):
    zone = administered_zone(request, slug)
    membership = get_object_or_404(Membership, pk=membership_id, agency__zone=zone)
    services.membership_remove(membership=membership)
    messages.success(request, _("成员已移除。"))
    return redirect("zone-admin", slug=slug)

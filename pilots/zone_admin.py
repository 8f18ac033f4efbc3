"""The zone-admin area: one page per app, under one tab bar.

pilots owns the first tab (agencies and members, at ``/zone-admin/<slug>/``); the apps above add
theirs in ``AppConfig.ready`` (``zone_admin_tab_add``), so pilots never names their pages.
Every tab's view starts with ``administered_zone``: only the zone's admins (and superusers).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext as _, gettext_lazy

from pilots.models import PilotZone
from pilots.permissions import Access


@dataclass(frozen=True)
class ZoneAdminTab:
    url_name: str  # a route taking the zone's slug
    label: str | Promise
    order: int


_tabs: list[ZoneAdminTab] = [
    ZoneAdminTab("zone-admin", gettext_lazy("单位与成员"), 0),
    ZoneAdminTab("plan-drafts", gettext_lazy("新规划起草"), 90),
]


def zone_admin_tab_add(*, url_name: str, label: str | Promise, order: int) -> None:
    """Register a tab (idempotent: ``ready`` may run more than once in tests)."""
    if all(tab.url_name != url_name for tab in _tabs):
        _tabs.append(ZoneAdminTab(url_name, label, order))
        _tabs.sort(key=lambda tab: tab.order)


def zone_admin_tabs(*, zone: PilotZone, current: str) -> list[dict]:
    """The tab bar's links for one zone, the current one marked."""
    return [
        {
            "url": reverse(tab.url_name, args=[zone.slug]),
            "label": tab.label,
            "current": tab.url_name == current,
        }
        for tab in _tabs
    ]


def administered_zone(request, slug: str) -> PilotZone:
    zone = get_object_or_404(PilotZone, slug=slug)
    if not Access.of(request.user).can_administer_zone(zone.id):
        raise PermissionDenied(_("只有本试验区的管理员可以办理。"))
    return zone

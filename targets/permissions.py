"""Who may report a target's figures: the staff of the agency that owns the target.

A superuser or zone admin is no agency (see ``pilots.permissions``): reporting a figure needs a
membership of the owning agency.
"""

from __future__ import annotations

from pilots.permissions import Access
from targets.models import Target


def can_report_value(access: Access, target: Target) -> bool:
    return target.owner_id is not None and target.owner_id in access.agency_ids


def can_read_briefing(access: Access, zone_id: int) -> bool:
    """Briefings and final evaluations (pages and their DOCX / PDF) are for the zone's leaders
    and members: whoever sees the zone's dashboard (its agencies' staff, its admins, its own and
    all-zones leadership, superusers). Another zone's staff get nothing."""
    return access.can_view_zone(zone_id)

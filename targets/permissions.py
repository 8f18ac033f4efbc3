"""Who may report a target's figures: the staff of the agency that owns the target.

A superuser or zone admin is no agency (see ``pilots.permissions``): reporting a figure needs a
membership of the owning agency.
"""

from __future__ import annotations

from pilots.permissions import Access
from targets.models import Target


def can_report_value(access: Access, target: Target) -> bool:
    return target.owner_id is not None and target.owner_id in access.agency_ids

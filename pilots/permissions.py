"""Who may do what. One place, computed once per request from the user's memberships.

- Agency staff and managers see every task and target of their zone; they act only on the tasks
  their agency is assigned to: lead and responsible agencies report status and percent and keep
  milestones; supporting agencies file their own part (notes, evidence). They report values only
  for targets their agency owns.
- Leadership (of a zone, or of all zones) reads everything in scope and changes nothing.
- Zone admins (the supervising office) assign agencies to tasks, manage their zone's agencies,
  memberships and target owners (only accounts that belong to their zone), and verify or return
  completed tasks — never a completion they reported themselves (segregation of duties, enforced
  in tasks.services.task_verify).
- Superusers administer every zone (everything a zone admin may do, everywhere, plus the Django
  admin) but are not an agency: reporting status, feedback, milestones and target figures are
  acts of an agency's staff and need an agency membership, which a superuser may also hold.

``Access`` holds the membership facts (zones seen, agencies, zones administered, leadership);
the rules about a task's roles are in ``tasks/permissions.py``, the rule about reporting a
target's figures in ``targets/permissions.py`` (pilots knows neither tasks nor targets).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from pilots.models import Membership
from pilots.prepared import Prepared


@dataclass(frozen=True)
class Access:
    is_superuser: bool
    agency_ids: frozenset[int]
    agency_zone_ids: frozenset[int]
    admin_zone_ids: frozenset[int]
    leadership_zone_ids: frozenset[int]
    leadership_everywhere: bool

    @classmethod
    def of(cls, user) -> Access:
        cached = getattr(user, "_pilot_access", None)
        if cached is not None:
            return cached
        rows = _memberships_of(user.pk) if user.is_authenticated else []
        staff = {Membership.Role.STAFF, Membership.Role.MANAGER}
        access = cls(
            is_superuser=user.is_authenticated and user.is_superuser,
            agency_ids=frozenset(a for role, _, a in rows if role in staff),
            agency_zone_ids=frozenset(z for role, z, _ in rows if role in staff),
            admin_zone_ids=frozenset(
                z for role, z, _ in rows if role == Membership.Role.ZONE_ADMIN
            ),
            leadership_zone_ids=frozenset(
                z for role, z, _ in rows if role == Membership.Role.LEADERSHIP and z
            ),
            leadership_everywhere=any(
                role == Membership.Role.LEADERSHIP and z is None for role, z, _ in rows
            ),
        )
        user._pilot_access = access
        return access

    # Reading
    @property
    def sees_every_zone(self) -> bool:
        return self.is_superuser or self.leadership_everywhere

    def visible_zone_ids(self) -> frozenset[int] | None:
        """None means every zone."""
        if self.sees_every_zone:
            return None
        return self.agency_zone_ids | self.admin_zone_ids | self.leadership_zone_ids

    def can_view_zone(self, zone_id: int) -> bool:
        visible = self.visible_zone_ids()
        return visible is None or zone_id in visible

    def agency_act_refusal(self) -> str:
        """Why an agency's act (report, feedback, milestone, figure) is refused to this user."""
        if self.is_superuser or self.admin_zone_ids:
            return _(
                "管理员不代表任何单位：填报进展、反馈、里程碑和指标数值须由承担此项工作的单位的"
                "工作人员办理。"
            )
        return _("只有承担此项工作的单位的工作人员可以办理。")

    # Supervising
    def can_administer_zone(self, zone_id: int) -> bool:
        return self.is_superuser or zone_id in self.admin_zone_ids


@Prepared
def _memberships_of(user_id: int) -> QuerySet:
    """Every request asks (``Access.of``): a prepared read."""
    return Membership.objects.filter(user_id=user_id).values_list("role", "zone_id", "agency_id")

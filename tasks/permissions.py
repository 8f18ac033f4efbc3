"""Who may act on a task: the task-role rules on top of ``pilots.permissions.Access``.

``Access`` knows a user's memberships (agencies, zones administered, leadership); what those
memberships allow on a task lives here, beside the tasks it is about:
- lead and responsible agencies report status and percent and keep milestones;
- supporting agencies file their own part (notes, evidence); they cannot change the status;
- zone admins (and superusers, who administer every zone) set a task's deadline where the plan
  words none, assign agencies and verify or return
  completions — never a completion they reported themselves (segregation of duties, enforced in
  ``tasks.services.task_verify``);
- a superuser is no agency: reporting, feedback and milestones need an agency membership.
"""

from __future__ import annotations

from pilots.permissions import Access
from tasks.models import DueSource, Task, TaskAssignment

REPORTING_ROLES = {TaskAssignment.Role.LEAD, TaskAssignment.Role.RESPONSIBLE}
ROLE_STRENGTH = [
    TaskAssignment.Role.LEAD,
    TaskAssignment.Role.RESPONSIBLE,
    TaskAssignment.Role.SUPPORTING,
]


def roles_on(access: Access, task: Task) -> set[str]:
    return {
        a.role
        for a in task.assignments.all()
        if a.agency_id in access.agency_ids and a.archived_at is None
    }


def acting_agency_id(access: Access, task: Task) -> int | None:
    """The user's agency that answers for the task (the strongest role if several)."""
    mine = [
        a
        for a in task.assignments.all()
        if a.agency_id in access.agency_ids and a.archived_at is None
    ]
    mine.sort(key=lambda a: ROLE_STRENGTH.index(a.role))
    return mine[0].agency_id if mine else None


def can_report_status(access: Access, task: Task) -> bool:
    return bool(roles_on(access, task) & REPORTING_ROLES)


def can_give_feedback(access: Access, task: Task) -> bool:
    return bool(roles_on(access, task))


def can_keep_milestones(access: Access, task: Task) -> bool:
    return can_report_status(access, task)


def can_assign(access: Access, task: Task) -> bool:
    return access.can_administer_zone(task.plan.zone_id)


def can_set_due(access: Access, task: Task) -> bool:
    """The zone admin sets a deadline the plan does not word itself."""
    return access.can_administer_zone(task.plan.zone_id) and task.due_source != DueSource.PLAN


def can_verify(access: Access, task: Task) -> bool:
    return access.can_administer_zone(task.plan.zone_id)

"""The tasks app's export tables: tasks with their agencies, and the status history."""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _

from pilots.exports import Table, dataset, labels, local_time, of_plan
from tasks.models import Section, StatusUpdate, Task, TaskAssignment


def tasks_table(plan_code: str | None) -> Table:
    """Three reads whatever the number of plans: the sections (their headings worked out once
    each), the agencies of every task, then the tasks themselves as a stream of values."""
    sections = _sections(plan_code)
    agencies = _agencies(plan_code)
    tasks = of_plan(
        Task.objects.filter(archived_at__isnull=True).order_by("plan__code", "order"), plan_code
    ).values_list(
        "pk", "plan__code", "plan__zone__name", "section_id", "numbering", "code", "title",
        "status", "percent", "last_reported_on", "verified_at",
    )  # fmt: skip
    headers = [_("规划代码"), _("试验区"), _("章节"), _("原文位置"), _("任务代码"), _("任务"),
               _("状态"), _("完成百分比"), _("牵头单位"), _("责任单位"), _("配合单位"),
               _("最近更新"), _("核验办结")]  # fmt: skip
    statuses, zone = labels(Task, "status"), timezone.get_current_timezone()

    def row(pk, plan, zone_name, section_id, numbering, code, title, status, percent,
            last_reported_on, verified_at):  # fmt: skip
        section, heading = sections[section_id]
        named = agencies.get(pk, {})
        return [
            plan, zone_name, heading, section.location_of(numbering), code, title,
            statuses.get(status, status), percent,
            *("、".join(named.get(role, ())) for role in ROLES),
            last_reported_on.isoformat() if last_reported_on else "",
            local_time(verified_at, zone),
        ]  # fmt: skip

    return dataset(_("任务"), headers, (row(*t) for t in tasks.iterator(chunk_size=5000)))


ROLES = (TaskAssignment.Role.LEAD, TaskAssignment.Role.RESPONSIBLE, TaskAssignment.Role.SUPPORTING)


def _sections(plan_code: str | None) -> dict[int, tuple[Section, str]]:
    """Every section by id with its heading, each linked to its parent read in the same query
    (a heading names the sections above it)."""
    sections = {
        s.pk: s
        for s in of_plan(Section.objects.order_by(), plan_code).only(
            "parent_id", "numbering", "title"
        )
    }
    for section in sections.values():
        if section.parent_id in sections:
            section.parent = sections[section.parent_id]
    return {pk: (section, section.heading) for pk, section in sections.items()}


def _agencies(plan_code: str | None) -> dict[int, dict[str, list[str]]]:
    """Each task's agencies by role, in the assignments' own order, each named once."""
    assignments = (
        of_plan(
            TaskAssignment.objects.filter(archived_at__isnull=True, task__archived_at__isnull=True),
            plan_code,
            "task__plan__code",
        )
        .order_by(*TaskAssignment._meta.ordering, "pk")
        .values_list("task_id", "role", "agency__name")
    )
    named: dict[int, dict[str, dict[str, None]]] = {}
    for task_id, role, agency in assignments.iterator(chunk_size=5000):
        named.setdefault(task_id, {}).setdefault(role, {})[agency] = None
    return {
        task_id: {role: list(names) for role, names in roles.items()}
        for task_id, roles in named.items()
    }


def history_table(plan_code: str | None) -> Table:
    updates = of_plan(
        StatusUpdate.objects.order_by("task__plan__code", "task__order", "created_at"),
        plan_code,
        "task__plan__code",
    ).values_list(
        "task__plan__code", "task__code", "task__title", "kind", "status", "percent",
        "part_percent", "agency__name", "author__username", "reported_on", "created_at", "note",
        "evidence_doc_number", "evidence_url", "is_demo",
    )  # fmt: skip
    headers = [_("规划代码"), _("任务代码"), _("任务"), _("类型"), _("状态"), _("完成百分比"),
               _("本单位部分完成百分比"), _("单位"), _("填报人"), _("进展日期"), _("保存时间"),
               _("进展说明"), _("佐证文号"), _("佐证链接"), _("演示数据")]  # fmt: skip
    kinds, statuses, demo = labels(StatusUpdate, "kind"), labels(StatusUpdate, "status"), _("是")
    zone = timezone.get_current_timezone()

    def row(plan, code, title, kind, status, percent, part_percent, agency, author, reported_on,
            created_at, note, doc_number, url, is_demo):  # fmt: skip
        return [
            plan, code, title, kinds.get(kind, kind), statuses.get(status, status), percent,
            part_percent, agency or "", author or "", reported_on.isoformat(),
            local_time(created_at, zone), note, doc_number, url, demo if is_demo else "",
        ]  # fmt: skip

    rows = (row(*update) for update in updates.iterator(chunk_size=5000))
    return dataset(_("进展记录"), headers, rows)

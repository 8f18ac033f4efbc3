"""The tasks app's export tables: tasks with their agencies, and the status history."""

from __future__ import annotations

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from pilots.exports import Table, dataset, labels, local_time, of_plan
from tasks.models import StatusUpdate, Task, TaskAssignment


def tasks_table(plan_code: str | None) -> Table:
    assignments = TaskAssignment.objects.filter(archived_at__isnull=True).select_related("agency")
    tasks = of_plan(
        Task.objects.filter(archived_at__isnull=True)
        .select_related("plan__zone", "section")
        .prefetch_related(Prefetch("assignments", queryset=assignments))
        .order_by("plan__code", "order"),
        plan_code,
    )

    def agencies(task, role):
        return "、".join(
            dict.fromkeys(a.agency.name for a in task.assignments.all() if a.role == role)
        )

    headers = [_("规划代码"), _("试验区"), _("章节"), _("原文位置"), _("任务代码"), _("任务"),
               _("状态"), _("完成百分比"), _("牵头单位"), _("责任单位"), _("配合单位"),
               _("最近更新"), _("核验办结")]  # fmt: skip
    rows = (
        [
            t.plan.code,
            t.plan.zone.name,
            str(t.section),
            t.location,
            t.code,
            t.title,
            t.get_status_display(),
            t.percent,
            agencies(t, "lead"),
            agencies(t, "responsible"),
            agencies(t, "supporting"),
            t.last_reported_on.isoformat() if t.last_reported_on else "",
            local_time(t.verified_at),
        ]
        for t in tasks
    )
    return dataset(_("任务"), headers, rows)


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

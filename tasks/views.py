from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from pilots.selectors import assignments_by_role
from tasks.models import Task, TaskAssignment


def task_detail(request, pk):
    assignments = TaskAssignment.objects.filter(archived_at__isnull=True).select_related(
        "agency", "clause"
    )
    task = get_object_or_404(
        Task.objects.select_related("plan__zone", "section").prefetch_related(
            Prefetch("assignments", queryset=assignments), "clauses", "milestones"
        ),
        pk=pk,
    )
    updates = task.updates.select_related("author", "agency")
    return render(
        request,
        "tasks/task_detail.html",
        {"task": task, "by_role": assignments_by_role(task), "updates": updates},
    )

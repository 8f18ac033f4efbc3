"""Rollups read a task's verification from its dated history (the latest decision by the date
being a verification), no longer from ``Task.verified_at``. A task verified without its
verification in the history gets it, dated by ``verified_at``; every plan with a verification
is owed a recomputation from its first one (days a later report withdrew it were read as
never verified)."""

from django.db import migrations
from django.db.models import F, Min, Value
from django.db.models.functions import Coalesce, Least
from django.utils import timezone

VERIFIED = "verified"


def verifications_into_history(apps, schema_editor):
    Task = apps.get_model("tasks", "Task")
    StatusUpdate = apps.get_model("tasks", "StatusUpdate")
    Plan = apps.get_model("pilots", "Plan")
    missing = Task.objects.filter(verified_at__isnull=False).exclude(updates__kind=VERIFIED)
    for task in missing.iterator():
        update = StatusUpdate.objects.create(
            task=task, kind=VERIFIED, status="completed", percent=100,
            reported_on=timezone.localtime(task.verified_at).date(),
        )  # fmt: skip
        StatusUpdate.objects.filter(pk=update.pk).update(created_at=task.verified_at)
    first = (
        StatusUpdate.objects.filter(kind=VERIFIED)
        .values("task__plan_id")
        .annotate(day=Min("reported_on"))
        .values_list("task__plan_id", "day")
    )
    for plan_id, day in first:
        Plan.objects.filter(pk=plan_id).update(
            change_seq=F("change_seq") + 1,
            changes_from=Least(Coalesce("changes_from", Value(day)), Value(day)),
        )


class Migration(migrations.Migration):
    dependencies = [
        ("tasks", "0008_assignments_no_clause_last"),
        ("pilots", "0006_plan_source_doc_kind"),
    ]

    operations = [migrations.RunPython(verifications_into_history, migrations.RunPython.noop)]

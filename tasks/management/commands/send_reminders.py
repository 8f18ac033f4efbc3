from django.core.management.base import BaseCommand

from pilots.management.commands._options import add_job_arguments, parse_as_of, selected_plans
from tasks.reminders import plans_not_reminded, reminders_due, reminders_send


class Command(BaseCommand):
    help = "Send today's reminders (the twin of the daily Celery job tasks.send_reminders)."

    def add_arguments(self, parser):
        add_job_arguments(parser)

    def handle(self, *args, plan=None, as_of=None, dry_run=False, **options):
        day = parse_as_of(as_of)
        codes = [p.code for p in selected_plans(plan)] if plan else None
        for code, why in plans_not_reminded(as_of=day, plan_codes=codes):
            self.stdout.write(f"plan {code}: {why}")
        if dry_run:
            for r in reminders_due(as_of=day, plan_codes=codes):
                self.stdout.write(f"user {r.user_id} · {r.kind} · {r.message}")
            return
        count = reminders_send(as_of=day, plan_codes=codes)
        self.stdout.write(self.style.SUCCESS(f"{count} reminder(s) sent for {day}."))

from django.core.management.base import BaseCommand, CommandError

from pilots.management.commands._options import parse_as_of, selected_plans
from targets.retention import snapshots_prune


class Command(BaseCommand):
    help = (
        "Delete snapshots past the retention window, keeping month-ends, deadlines and decided"
        " verdicts (the twin of the nightly Celery job targets.prune_snapshots)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--plan", action="append", help="plan code (repeatable); default all")
        parser.add_argument("--as-of", help="count the window back from this date; default today")
        parser.add_argument(
            "--keep-days", type=int, help="daily rows kept for so many days (default: setting)"
        )
        parser.add_argument("--dry-run", action="store_true", help="count, delete nothing")

    def handle(self, *args, plan=None, as_of=None, keep_days=None, dry_run=False, **options):
        if keep_days is not None and not 0 <= keep_days <= 36_500:
            raise CommandError("--keep-days: a number of days from 0 to 36500")
        report = snapshots_prune(
            plans=list(selected_plans(plan)),
            today=parse_as_of(as_of),
            keep_days=keep_days,
            dry_run=dry_run,
        )
        verb = "would delete" if dry_run else "deleted"
        for code, rows in sorted(report.by_plan.items()):
            self.stdout.write(f"{code}: {verb} {rows} snapshot(s)")
        self.stdout.write(
            f"{report.plans} plan(s), dates before {report.cutoff}: {report.dates_kept} kept"
            f" (month-ends, deadlines, decided verdicts), {report.dates_deleted} {verb}"
            f" ({report.rows_deleted} snapshot rows)"
        )

from django.core.management.base import BaseCommand

from pilots.management.commands._options import add_job_arguments, parse_as_of, selected_plans
from targets.rollup import plan_rollup


class Command(BaseCommand):
    help = (
        "Roll progress up into snapshots (the twin of the nightly Celery job targets.rollup_all)."
    )

    def add_arguments(self, parser):
        add_job_arguments(parser)

    def handle(self, *args, plan=None, as_of=None, dry_run=False, **options):
        day = parse_as_of(as_of)
        for p in selected_plans(plan):
            result = plan_rollup(plan=p, as_of=day, dry_run=dry_run)
            (figures,) = [s.figures for s in result.of("plan")]
            verdicts = ", ".join(
                f"{k} {v}" for k, v in sorted(figures["targets_by_verdict"].items())
            )
            self.stdout.write(
                f"{p.code} @ {day}: progress {figures['progress']}% of {figures['tasks']} tasks, "
                f"{len(figures['red_tasks'])} red, {figures['stale']} stale, "
                f"{figures['unassigned']} unassigned; targets: {verdicts or 'none'}"
                f" ({len(result.snapshots)} snapshots{' not written: dry run' if dry_run else ''})"
            )

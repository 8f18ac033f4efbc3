from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from config.celery import broker_reachable
from pilots.management.commands._options import add_job_arguments, parse_as_of, selected_plans
from targets.figures import figures_of
from targets.history import history_backfill
from targets.models import Snapshot
from targets.rollup.plan import collector_paused, plans_rollup
from targets.watermarks import plans_change_seq, rollups_sweep

# Plans rolled up together: their rows read at once and written in one transaction.
BATCH_PLANS = 50


class Command(BaseCommand):
    help = (
        "Roll progress up into snapshots (the twin of the nightly Celery job targets.rollup_all);"
        " with --sweep, the twin of targets.sweep_rollups: only the plans behind their changes."
    )

    def add_arguments(self, parser):
        add_job_arguments(parser)
        parser.add_argument(
            "--sweep",
            action="store_true",
            help="enqueue a rollup of every plan behind its changes (run them here if the broker"
            " is away)",
        )
        parser.add_argument(
            "--in-process", action="store_true", help="with --sweep: run here, enqueue nothing"
        )
        parser.add_argument(
            "--backfill",
            action="store_true",
            help="roll each plan's history up month by month (the twin of the job"
            " targets.backfill_history): month ends without snapshots, and those a backdated"
            " change made stale; rerunning computes nothing new",
        )
        parser.add_argument(
            "--from", dest="start", help="with --backfill: recompute every month end from this date"
        )

    def handle(self, *args, plan=None, as_of=None, dry_run=False, **options):
        if options["sweep"]:
            if plan or as_of or dry_run:
                raise CommandError("--sweep takes no --plan, --as-of or --dry-run")
            return self.sweep(in_process=options["in_process"])
        if options["backfill"]:
            if as_of or dry_run:
                raise CommandError("--backfill takes no --as-of or --dry-run (use --from)")
            return self.backfill(plan, options["start"])
        if options["start"]:
            raise CommandError("--from goes with --backfill")
        day = parse_as_of(as_of)
        plans = list(selected_plans(plan))
        # Paused for the whole run, not batch by batch: resumed between batches, the collector
        # walked every object still alive, again and again (a fifth of the run at 100×).
        with collector_paused():
            for start in range(0, len(plans), BATCH_PLANS):
                batch = plans[start : start + BATCH_PLANS]
                # Today's run moves each plan's watermark: its counter is read before any data.
                current = day == timezone.localdate() and not dry_run
                seqs = plans_change_seq(plan_ids=[p.pk for p in batch]) if current else None
                for result in plans_rollup(plans=batch, as_of=day, dry_run=dry_run, seqs=seqs):
                    self.stdout.write(self.summary(result.plan, day, result, dry_run))

    def sweep(self, *, in_process: bool) -> None:
        if not in_process and not broker_reachable():
            self.stderr.write("the broker is not reachable: rolling up here instead")
            in_process = True
        report = rollups_sweep(in_process=in_process)
        done = report.rolled_up if in_process else report.enqueued
        verb = "rolled up" if in_process else "enqueued"
        self.stdout.write(
            f"{len(report.behind)} plan(s) behind; {verb} {len(done)}"
            + (f" (ids {', '.join(map(str, done))})" if done else "")
            + (f"; paused, given up: {', '.join(map(str, report.paused))}" if report.paused else "")
        )

    def backfill(self, codes, start) -> None:
        start = parse_as_of(start) if start else None

        def progress(report, day):
            done = len(report.computed)
            if done % 12 == 1 or day == report.dates[-1]:
                self.stdout.write(f"  {report.plan.code}: {day} ({done} computed)")

        for p in selected_plans(codes):
            report = history_backfill(p, start=start, progress=progress)
            settled = "; backdated changes settled" if report.settled else ""
            self.stdout.write(
                f"{p.code}: {len(report.computed)} of {len(report.dates)} month ends computed"
                f" ({len(report.dates) - len(report.computed)} already there){settled}"
            )

    @staticmethod
    def summary(p, day, result, dry_run) -> str:
        (figures,) = [figures_of(s) for s in result.of(Snapshot.Scope.PLAN)]
        verdicts = ", ".join(f"{k} {v}" for k, v in sorted(figures.targets_by_verdict.items()))
        return (
            f"{p.code} @ {day}: progress {figures.progress}% of {figures.tasks} tasks, "
            f"{len(figures.red_tasks)} red, {figures.stale} stale, "
            f"{figures.unassigned} unassigned; targets: {verdicts or 'none'}"
            f" ({len(result.snapshots)} snapshots{' not written: dry run' if dry_run else ''})"
        )

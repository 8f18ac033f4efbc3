"""How long one briefing (or final evaluation) takes to build, by step, against the zone
dashboard as of the same date measured in the same run (median of several runs; reads only)."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from pilots.models import PilotZone, Plan
from pilots.timing import median_ms
from targets import dashboards
from targets.briefings.briefing import Period, PeriodError
from targets.briefings.builds import DocumentSpec, document_of, document_render


class Command(BaseCommand):
    help = "Median time to build one briefing's DOCX and PDF, with the dashboard as baseline."

    def add_arguments(self, parser):
        parser.add_argument("--zone", default="qijiang")
        parser.add_argument("--period", default="", help="2025-11 or 2025-Q4 (default: last month)")
        parser.add_argument("--evaluation", action="store_true", help="the final evaluation")
        parser.add_argument("--runs", type=int, default=5)
        parser.add_argument("--lang", default="zh-hans", choices=["zh-hans", "en"])

    def handle(self, *args, zone, period, evaluation, runs, lang, **options):
        zone_obj = PilotZone.objects.filter(slug=zone).first()
        plan = Plan.objects.filter(zone=zone_obj).order_by("code").first() if zone_obj else None
        if plan is None:
            raise CommandError(f"no plan for zone {zone!r}")
        today = timezone.localdate()
        try:
            chosen = Period.parse(period) if period else Period.month_before(today)
        except PeriodError as error:
            raise CommandError(str(error)) from error
        kind = "evaluation" if evaluation else "briefing"
        as_of = datetime.date(plan.period_end, 12, 31) if evaluation else min(chosen.end, today)
        spec = {"kind": kind, "plan_id": plan.id, "language": lang, "today": today.isoformat(),
                "period": "" if evaluation else chosen.code}  # fmt: skip
        docx, pdf = DocumentSpec(fmt="docx", **spec), DocumentSpec(fmt="pdf", **spec)
        document = document_of(pdf)

        def dashboard():
            dashboards.zone_page(zone=zone_obj, as_of=as_of)

        rows = [
            ("dashboard (baseline)", median_ms(dashboard, runs)),
            ("snapshots + charts", median_ms(lambda: document_of(pdf), runs)),
            ("DOCX layout", median_ms(lambda: document_render(docx, document), runs)),
            ("PDF layout", median_ms(lambda: document_render(pdf, document), runs)),
        ]  # fmt: skip
        rows.append(("DOCX in all", rows[1][1] + rows[2][1]))
        rows.append(("PDF in all", rows[1][1] + rows[3][1]))
        base = rows[0][1]
        self.stdout.write(f"{kind} of {zone} ({pdf.period or plan.code}), {lang}, median of {runs}")
        for name, ms in rows:
            self.stdout.write(f"  {name:<22} {ms:9.1f} ms   ×{ms / base:6.1f} of the dashboard")

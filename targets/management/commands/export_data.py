from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from pilots.models import Plan
from targets.exports import TABLES, export_file


class Command(BaseCommand):
    help = "Export tasks, status history, targets and target figures as XLSX (all) or CSV (one)."

    def add_arguments(self, parser):
        parser.add_argument("--plan", help="plan code; default every plan")
        parser.add_argument("--format", choices=["xlsx", "csv"], default="xlsx")
        parser.add_argument("--table", choices=TABLES, default="tasks", help="for CSV")
        parser.add_argument("--lang", default="zh-hans", help="header language (zh-hans, en)")
        parser.add_argument("--output", help="file to write; default a dated name here")

    def handle(self, *args, plan=None, format="xlsx", table="tasks", lang="zh-hans", output=None,
               **options):  # fmt: skip
        if plan and not Plan.objects.filter(code=plan).exists():
            raise CommandError(f"unknown plan {plan!r}")
        with translation.override(lang):
            content, _type, name = export_file(plan_code=plan, fmt=format, table=table)
        path = Path(output or name)
        path.write_bytes(content)
        self.stdout.write(self.style.SUCCESS(f"Wrote {path} ({len(content)} bytes)."))

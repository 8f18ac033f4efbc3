from django.core.management.base import BaseCommand, CommandError

from pilots.plan_fixtures import PlanFixtureInvalid, plan_document_read
from pilots.plan_loading import plans_load


class Command(BaseCommand):
    help = (
        "Load plan fixtures (YAML) into the database. Every file is validated before anything "
        "is written; the load is one transaction; reloading is idempotent; rows a revised file "
        "removes are archived, never deleted."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="+", help="plan fixture files, e.g. fixtures/plans/*.yaml"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="show what would change, write nothing"
        )
        parser.add_argument(
            "--details", action="store_true", help="list every change, not only the counts"
        )

    def handle(self, *args, paths, dry_run=False, details=False, **options):
        documents, errors = [], []
        for path in paths:
            try:
                documents.append(plan_document_read(path))
            except PlanFixtureInvalid as exc:
                errors.extend(exc.errors)
        if not errors:
            try:
                report = plans_load(documents, dry_run=dry_run)
            except PlanFixtureInvalid as exc:
                errors.extend(exc.errors)
        if errors:
            for error in errors:
                self.stderr.write(str(error))
            raise CommandError(f"{len(errors)} problem(s) found; nothing was loaded.")

        for doc in documents:
            by_kind: dict[str, dict[str, int]] = {}
            for change in report.changes:
                if change.plan == doc.plan_code:
                    by_kind.setdefault(change.kind, {}).setdefault(change.action, 0)
                    by_kind[change.kind][change.action] += 1
            parts = [
                f"{kind} " + "/".join(f"{n} {action}" for action, n in sorted(actions.items()))
                for kind, actions in by_kind.items()
            ]
            self.stdout.write(f"{doc.name}: {'; '.join(parts) if parts else 'no changes'}")
            if details:
                for change in report.changes:
                    if change.plan == doc.plan_code:
                        fields = f" ({', '.join(change.fields)})" if change.fields else ""
                        self.stdout.write(f"  {change.action} {change.kind} {change.key}{fields}")
        prefix = "Dry run, nothing written — would be: " if dry_run else "Loaded: "
        self.stdout.write(self.style.SUCCESS(prefix + report.summary()))

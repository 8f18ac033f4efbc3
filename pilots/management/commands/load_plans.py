from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from pilots.plan_fixtures import PlanFixtureInvalid, plan_document_read
from pilots.plan_loading import plans_load
from pilots.plan_sections import tasks_in_print_order
from pilots.plan_sources import SourceMissing, fixture_source_text, plan_source_attach


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
        parser.add_argument(
            "--sources",
            metavar="DIR",
            help="folder of the source documents named by each fixture's plan.source_file: "
            "each is kept with its plan and its tasks' passages located (the 原文 view)",
        )
        parser.add_argument(
            "--uploaded-by",
            metavar="USERNAME",
            help="the user recorded as uploading the sources (default: the first superuser)",
        )

    def handle(self, *args, paths, dry_run=False, details=False, sources=None, **options):
        documents, errors = [], []
        for path in paths:
            try:
                documents.append(plan_document_read(path))
            except PlanFixtureInvalid as exc:
                errors.extend(exc.errors)
        source_paths, uploader = {}, None
        if sources and not errors:
            uploader = self._uploader(options.get("uploaded_by"))
            source_paths, missing = self._sources(Path(sources), documents)
            errors.extend(missing)
        if not errors:
            try:
                with transaction.atomic():
                    report = plans_load(documents, dry_run=dry_run)
                    for doc in [] if dry_run else documents:
                        if doc.plan_code in source_paths:
                            self._attach(doc, source_paths[doc.plan_code], uploader)
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

    def _attach(self, doc, path: Path, uploader) -> None:
        source, located = plan_source_attach(
            plan_code=doc.plan_code, data=doc.data, path=path, user=uploader
        )
        tasks = len(list(tasks_in_print_order(doc.data["sections"])))
        self.stdout.write(
            f"{doc.name}: source {source.file_name} kept, "
            f"{located} of {tasks} task passages located"
        )

    def _uploader(self, username: str | None):
        users = get_user_model().objects
        user = (
            users.filter(username=username).first()
            if username
            else users.filter(is_superuser=True, is_active=True).order_by("pk").first()
        )
        if user is None:
            raise CommandError(
                f"no user {username!r}" if username else "no superuser: pass --uploaded-by"
            )
        return user

    def _sources(self, folder: Path, documents) -> tuple[dict[str, Path], list[str]]:
        """Each fixture's source document, read and cleaned before anything is loaded."""
        found, errors = {}, []
        for doc in documents:
            path = folder / doc.data["plan"]["source_file"]
            try:
                fixture_source_text(path, doc.data.get("source_cleaning"))
            except SourceMissing as exc:
                errors.append(f"{doc.name}: source document: {exc}")
            else:
                found[doc.plan_code] = path
        return found, errors

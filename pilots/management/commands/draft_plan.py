from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from pilots.drafting import DocumentUnreadable, document_read, plan_draft, zone_known
from pilots.plan_fixtures import PlanFixtureInvalid, plan_document_parse


class Command(BaseCommand):
    help = (
        "Draft a plan fixture (YAML, format 1) from a plan document: .txt, .docx, a PDF with a "
        "text layer, or .html saved from a government site. The draft passes the fixture checks; "
        "every guess carries a '# review:' comment to check before loading."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="the plan document (.txt, .docx, .pdf, .html)")
        parser.add_argument("--zone", required=True, help="zone slug, e.g. hefei")
        parser.add_argument("--output", help="write the draft here instead of to stdout")
        parser.add_argument("--plan-code", help="plan code; default ZONE-ai")
        parser.add_argument(
            "--language",
            choices=[code for code, _ in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
            help="language of the review notes; default %(default)s",
        )

    def handle(self, *args, source, zone, output=None, plan_code=None, language=None, **options):
        with translation.override(language or settings.LANGUAGE_CODE):
            self._draft(Path(source), zone, output, plan_code)

    def _draft(self, path: Path, zone: str, output: str | None, plan_code: str | None) -> None:
        try:
            document = document_read(path)
        except DocumentUnreadable as exc:
            raise CommandError(exc.message) from exc
        draft = plan_draft(
            document.text,
            zone_slug=zone,
            source_file=path.name,
            plan_code=plan_code,
            zone=zone_known(zone, settings.BASE_DIR / "fixtures" / "plans"),
        )
        draft.header += document.reading_notes()
        text = draft.to_yaml()
        try:
            plan_document_parse(name=output or "draft", text=text)
        except PlanFixtureInvalid as exc:
            raise CommandError(f"the draft does not pass the fixture checks:\n{exc}") from exc
        summary = draft.header[3] if len(draft.header) > 3 else ""
        if output:
            Path(output).write_text(text, encoding="utf-8")
            self.stderr.write(f"{output}: {summary}")
        else:
            self.stdout.write(text, ending="")

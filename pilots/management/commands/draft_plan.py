from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pilots.drafting import plan_draft, zone_known
from pilots.plan_fixtures import PlanFixtureInvalid, plan_document_parse


class Command(BaseCommand):
    help = (
        "Draft a plan fixture (YAML, format 1) from a plan document's text. The draft passes "
        "the fixture checks; every guess carries a '# review:' comment to check before loading."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="the plan document, UTF-8 text")
        parser.add_argument("--zone", required=True, help="zone slug, e.g. hefei")
        parser.add_argument("--output", help="write the draft here instead of to stdout")
        parser.add_argument("--plan-code", help="plan code; default ZONE-ai")

    def handle(self, *args, source, zone, output=None, plan_code=None, **options):
        path = Path(source)
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read {source}: {exc}") from exc
        draft = plan_draft(
            raw,
            zone_slug=zone,
            source_file=path.name,
            plan_code=plan_code,
            zone=zone_known(zone, settings.BASE_DIR / "fixtures" / "plans"),
        )
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

from django.core.management.base import BaseCommand

from pilots.management.commands._options import parse_as_of
from tasks.instructions import instruction_reminders_send, late_parts, part_light


class Command(BaseCommand):
    help = (
        "Remind the agencies whose answers to instructions (督办) are late: the twin of the daily "
        "Celery job tasks.remind_instructions."
    )

    def add_arguments(self, parser):
        parser.add_argument("--as-of", help="the day to remind for (YYYY-MM-DD); today if omitted")
        parser.add_argument("--dry-run", action="store_true", help="list, write and send nothing")

    def handle(self, *args, as_of=None, dry_run=False, **options):
        day = parse_as_of(as_of)
        if dry_run:
            for part in late_parts(as_of=day):
                light = part_light(reply_by=part.instruction.reply_by, state=part.state, today=day)
                self.stdout.write(
                    f"{light} · {part.agency.name} · {part.instruction.subject_title} "
                    f"(reply by {part.instruction.reply_by})"
                )
        count = instruction_reminders_send(as_of=day, dry_run=dry_run)
        verb = "would be reminded" if dry_run else "reminded"
        self.stdout.write(self.style.SUCCESS(f"{count} late answer(s) {verb} for {day}."))

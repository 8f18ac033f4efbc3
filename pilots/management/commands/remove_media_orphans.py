from django.core.management.base import BaseCommand, CommandError

from config.media_orphans import ORPHAN_MIN_AGE_SECONDS, media_orphans_remove


class Command(BaseCommand):
    help = (
        "Remove the uploaded files no row points to (a worker killed before its save committed),"
        " older than an hour; never the exports folder (the twin of the hourly Celery job"
        " pilots.remove_media_orphans)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="list them, remove nothing")
        parser.add_argument(
            "--min-age", type=int, default=ORPHAN_MIN_AGE_SECONDS,
            help=f"only files older than so many seconds (default {ORPHAN_MIN_AGE_SECONDS})",
        )  # fmt: skip

    def handle(self, *args, dry_run=False, min_age=ORPHAN_MIN_AGE_SECONDS, **options):
        if min_age < ORPHAN_MIN_AGE_SECONDS // 6:
            # a younger file may belong to a save still committing
            raise CommandError(f"--min-age: at least {ORPHAN_MIN_AGE_SECONDS // 6} seconds")
        names = media_orphans_remove(dry_run=dry_run, min_age=min_age)
        for name in names:
            self.stdout.write(name)
        verb = "would remove" if dry_run else "removed"
        self.stdout.write(f"{verb} {len(names)} file(s) no row points to")

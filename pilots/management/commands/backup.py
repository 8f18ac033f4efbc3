from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pilots.backups import BackupError, backup_create


class Command(BaseCommand):
    help = (
        "Back up the PostgreSQL database (pg_dump) and the uploaded files into a new folder"
        " (restore with `manage.py restore FOLDER`)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            required=True,
            help="folder to create, e.g. /var/backups/pilot-tracker/$(date +%%F-%%H%%M)",
        )

    def handle(self, *args, output, **options):
        folder = Path(output)
        try:
            manifest = backup_create(folder=folder)
        except (BackupError, FileExistsError) as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"backed up database {manifest['database']} and "
            f"{len(manifest['media_files'])} media file(s) into {folder}"
        )

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pilots.backups import BackupError, backup_check, backup_restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup`: REPLACES the contents of the configured"
        " database (pg_restore, one transaction) and writes the media files back."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="a folder written by `manage.py backup`")
        parser.add_argument("--no-input", action="store_true", help="do not ask for confirmation")

    def handle(self, *args, folder, no_input=False, **options):
        folder = Path(folder)
        target = settings.DATABASES["default"]["NAME"]
        try:
            manifest = backup_check(folder=folder)
            if not no_input:
                answer = input(
                    f"Replace database {target!r} and the files in {settings.MEDIA_ROOT} with "
                    f"the backup of {manifest['database']!r} from {manifest['created_at']}?"
                    " Type 'yes': "
                )
                if answer.strip() != "yes":
                    raise CommandError("restore cancelled")
            backup_restore(folder=folder)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"restored database {target} and {len(manifest['media_files'])} media file(s)"
            f" from {folder}"
        )

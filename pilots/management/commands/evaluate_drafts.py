from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pilots.drafting import evaluation_table, seeds_evaluate


class Command(BaseCommand):
    help = (
        "Draft each curated plan fixture's source document with the importer and compare the "
        "draft with the fixture: precision and recall of tasks, assignments and targets."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--fixtures",
            default=str(settings.BASE_DIR / "fixtures" / "plans"),
            help="folder of curated plan fixtures (default fixtures/plans)",
        )
        parser.add_argument(
            "--seeds",
            default=str(settings.BASE_DIR.parent / "shared" / "seeds"),
            help="folder of the source documents named by plan.source_file",
        )
        parser.add_argument("--misses", action="store_true", help="list what each draft missed")

    def handle(self, *args, fixtures, seeds, misses=False, **options):
        if not Path(seeds).is_dir():
            raise CommandError(f"no source documents at {seeds}")
        evaluations = seeds_evaluate(Path(fixtures), Path(seeds))
        if not evaluations:
            raise CommandError(f"no plan fixtures in {fixtures}")
        self.stdout.write(evaluation_table(evaluations))
        if misses:
            for evaluation in evaluations:
                for miss in evaluation.misses:
                    self.stdout.write(f"{evaluation.name}: missed {miss}")

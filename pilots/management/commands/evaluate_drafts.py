from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pilots.drafting import corpus_evaluate, evaluation_json, evaluation_table, seeds_evaluate
from pilots.drafting.evaluation_particulars import particulars_misses, particulars_table
from pilots.drafting.evaluation_report import comparison_table
from pilots.drafting.rendering import RENDERINGS, program_missing


class Command(BaseCommand):
    help = (
        "Draft plan documents with the importer and compare each draft with its hand-made "
        "extraction: precision and recall of tasks, targets, agency names and assignments with "
        "their role, per document and in total; and of target owners ((matched target, owner "
        "agency) pairs), counted only for documents whose extraction records at least one "
        "owner. By default the five seeds against their curated "
        "fixtures; with --corpus, a folder of source documents (.txt, .docx, .pdf, .html), each "
        "beside its expected <name>.yaml. With --particulars, also how many documents have each "
        "particular the extraction records (title, doc number, issuer, issue date, period, zone "
        "name) right."
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
        parser.add_argument(
            "--corpus", action="append", help="a folder of (document, expected .yaml) pairs"
        )
        parser.add_argument(
            "--render",
            action="append",
            choices=RENDERINGS,
            help="also score each document typeset as an office's .docx (GB/T 9704 layout; "
            "-numbered: Word's list numbering, -plain: Word's defaults) or the .pdf LibreOffice "
            "prints from it, and compare the runs",
        )
        parser.add_argument("--json", action="store_true", help="print the scores as JSON")
        parser.add_argument("--misses", action="store_true", help="list what each draft missed")
        parser.add_argument(
            "--particulars",
            action="store_true",
            help="also print, per particular (title, doc_number, issuer, issued_on, period, zone "
            "name), how many documents have it right of how many record it; with --misses, each "
            "wrong one (--json always holds them)",
        )

    def handle(
        self,
        *args,
        fixtures,
        seeds,
        corpus=None,
        render=None,
        json=False,
        misses=False,
        particulars=False,
        **options,
    ):
        for folder in corpus or [seeds]:
            if not Path(folder).is_dir():
                raise CommandError(f"no folder at {folder}")
        for kind in render or []:
            if missing := program_missing(kind):
                raise CommandError(f"--render {kind} needs {missing}, not installed here")
        runs = {}
        for kind in [None, *(render or [])]:
            if corpus:
                runs[kind or "as is"] = [
                    e for folder in corpus for e in corpus_evaluate(Path(folder), render=kind)
                ]
            else:
                runs[kind or "as is"] = seeds_evaluate(Path(fixtures), Path(seeds), render=kind)
        if not runs["as is"]:
            raise CommandError("no documents with an expected extraction found")
        for kind, evaluations in runs.items():
            self._print(kind if render else None, evaluations, json, misses, particulars)
        if render:
            self.stdout.write(comparison_table(runs))

    def _print(self, kind, evaluations, json, misses, particulars):
        if kind:
            self.stdout.write(f"== {kind}")
        self.stdout.write(evaluation_json(evaluations) if json else evaluation_table(evaluations))
        if misses and not json:
            for evaluation in evaluations:
                for miss in evaluation.misses:
                    self.stdout.write(f"{evaluation.name}: missed {miss}")
        if particulars and not json:
            self.stdout.write(particulars_table(evaluations))
            for evaluation in evaluations if misses else []:
                for miss in particulars_misses(evaluation):
                    self.stdout.write(miss)

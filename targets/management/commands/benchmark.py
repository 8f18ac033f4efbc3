"""``manage.py benchmark --scales 1,10,100``: pages and rollups at named scales of data, each
figure against its floor measured in the same run (see targets/benchmarking/)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from targets.benchmarking.report import Report, comparison_markdown, report_read
from targets.benchmarking.runner import Options, benchmark_run
from targets.first_view_benchmark import BenchmarkUnavailable, first_view_benchmark

MAX_SCALE = 1000


def scales_parse(text: str) -> list[int]:
    try:
        scales = [int(part) for part in text.split(",") if part.strip()]
    except ValueError as exc:
        raise CommandError(f"--scales takes numbers separated by commas, not {text!r}") from exc
    if not scales or any(not 1 <= s <= MAX_SCALE for s in scales):
        raise CommandError(f"--scales: each between 1 and {MAX_SCALE}")
    return scales


class Command(BaseCommand):
    help = (
        "Benchmark pages (gunicorn, 2 workers, 1 and 8 clients) and rollups at scales of the five "
        "plans, each in its own PostgreSQL database, against floors measured in the same run; "
        "writes benchmark.md and benchmark.json."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scales", default="1,10", help="e.g. 1,10,100 (× the five plans)")
        parser.add_argument(
            "--runs",
            type=int,
            default=10,
            help="rounds of each page at 8 clients (one client makes 8× as many requests)",
        )
        parser.add_argument(
            "--output", default="benchmark-results", help="folder for the report and logs"
        )
        parser.add_argument(
            "--database-prefix",
            default="",
            help="name the scale databases <prefix>_1x …; default <configured name>_bench",
        )
        parser.add_argument("--keep", action="store_true", help="keep the scale databases")
        parser.add_argument(
            "--first-view",
            action="store_true",
            help="instead: the first view of each zone dashboard, served by gunicorn from the"
            " current database (e.g. the demo's history), server time against /healthz",
        )
        parser.add_argument(
            "--compare", help="a benchmark.json of an earlier run: add a before → after table"
        )
        parser.add_argument(
            "--render", help="print the report of a stored benchmark.json and stop (no run)"
        )
        parser.add_argument(
            "--year",
            action="store_true",
            help="also simulate a year of nightly snapshots: the all-zones dashboard and storage",
        )

    def handle(self, *args, **options):
        if options["render"]:
            report = self._read(options["render"])
            self.stdout.write(report.markdown())
            if options["compare"]:
                self._compare(options["compare"], report)
            return
        if not 1 <= options["runs"] <= 1000:
            raise CommandError("--runs: between 1 and 1000")
        if options["first_view"]:
            return self.first_view(options["runs"])
        run = Options(
            scales=scales_parse(options["scales"]),
            runs=options["runs"],
            prefix=options["database_prefix"],
            output=Path(options["output"]),
            keep=options["keep"],
            year=options["year"],
        )
        report = benchmark_run(run, say=lambda text: self.stderr.write(text))
        self.stdout.write(report.markdown())
        if options["compare"]:
            self._compare(options["compare"], report, output=run.output)
        self.stdout.write(f"written: {run.output}/benchmark.md and benchmark.json")

    @staticmethod
    def _read(path: str) -> Report:
        try:
            return report_read(Path(path))
        except (OSError, ValueError, KeyError) as exc:
            raise CommandError(f"{path}: not a benchmark report ({exc})") from exc

    def _compare(self, path: str, report: Report, output: Path | None = None) -> None:
        before = self._read(path)
        text = comparison_markdown(
            {"meta": before.meta, "scales": before.scales},
            {"meta": report.meta, "scales": report.scales},
        )
        self.stdout.write(text)
        if output:
            (output / "comparison.md").write_text(text)

    def first_view(self, runs: int) -> None:
        try:
            report = first_view_benchmark(runs=runs)
        except BenchmarkUnavailable as exc:
            raise CommandError(str(exc)) from exc
        trivial = report.trivial_median
        self.stdout.write(
            f"zones: {', '.join(report.zones)}; {runs} runs each; server time (gunicorn %(D)s)"
        )
        self.stdout.write(f"{'view':<52} {'median ms':>10} {'ratio to /healthz':>18}")
        for name, median in [
            ("/healthz (trivial view)", trivial),
            ("zone dashboard, first view (chart cache empty)", report.first_median),
            ("zone dashboard, repeat view", report.repeat_median),
        ]:
            self.stdout.write(f"{name:<52} {median:>10.1f} {median / trivial:>18.1f}")

"""How drafting time grows on texts shaped to break it, against a real plan drafted in the same
run: each shape at n and 2n (growth 2 is linear, 4 quadratic), medians of several runs."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pilots.drafting import plan_draft
from pilots.timing import median_ms

# Texts that once made drafting quadratic or backtrack (tests/pilots/drafting/test_hostile_inputs).
SHAPES = {
    "unclosed annotations": lambda n: "\n".join(
        f"（{i}）建设平台{i}个、（牵头单位：市{i}局、" for i in range(n // 4)
    ),
    "one annotation, many names": lambda n: (
        "一、重点任务\n（一）甲。乙。（责任单位："
        + "、".join(f"市第{i}局" for i in range(n))
        + "）"
    ),
    "repeated numbering": lambda n: "\n".join(
        f"{'一二三四五六七八九'[i % 9]}、重点任务{i}" for i in range(n)
    ),
    "one goal sentence": lambda n: (
        "二、发展目标\n" + "，".join(f"建成平台{i}个" for i in range(n)) + "。"
    ),
    "a list of figures": lambda n: (
        "二、发展目标\n" + "、".join(f"平台{i}个" for i in range(n)) + "。"
    ),
    "、（ and digits": lambda n: "、（1" * (n * 7),
    "annotated paragraphs": lambda n: (
        "二、重点任务\n（一）推进应用\n"
        + "\n".join(f"推进第{i}项应用建设。（责任单位：市科技局）" for i in range(n // 2))
    ),
}


class Command(BaseCommand):
    help = "Median drafting time of pathological texts at n and 2n, against a real plan."

    def add_arguments(self, parser):
        parser.add_argument("--n", type=int, default=5000, help="size of each shape (default 5000)")
        parser.add_argument("--runs", type=int, default=3)
        parser.add_argument(
            "--baseline",
            default=str(settings.BASE_DIR.parent / "shared" / "seeds" / "001_efab891e5f9082f7.txt"),
            help="a real plan's text, drafted as the baseline (default: the Hefei seed)",
        )

    def handle(self, *args, n, runs, baseline, **options):
        path = Path(baseline)
        if not path.is_file():
            raise CommandError(f"no baseline plan at {path}")
        plan = path.read_text(encoding="utf-8")

        def draft(text):
            return lambda: plan_draft(text, zone_slug="any", source_file="any.txt")

        draft(plan)()  # the rule tables are read once, on the first draft
        base = median_ms(draft(plan), runs)
        self.stdout.write(f"baseline {path.name}: {len(plan)} characters, {base:.0f} ms")
        self.stdout.write(f"{'shape':<28}{'chars(n)':>10}{'ms(n)':>9}{'ms(2n)':>9}{'2n/n':>7}"
                          f"{'n/plan':>8}")  # fmt: skip
        for name, shape in SHAPES.items():
            small, large = shape(n), shape(2 * n)
            at_n, at_2n = median_ms(draft(small), runs), median_ms(draft(large), runs)
            self.stdout.write(
                f"{name:<28}{len(small):>10}{at_n:>9.0f}{at_2n:>9.0f}{at_2n / at_n:>7.2f}"
                f"{at_n / base:>8.1f}"
            )

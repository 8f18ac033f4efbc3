"""Damaged copies of real plans through the importer: does every one still draft a plan file the
checks take? Each case is a document of the folders given with its lines dropped, repeated,
moved, cut, split, joined or spliced from another document, as copies off the web come; a case
that fails is shrunk to the fewest lines that still fail and written out to rerun."""

import random
import time
import traceback
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pilots.drafting import plan_draft
from pilots.drafting.inputs import SUPPORTED, DocumentUnreadable, document_read
from pilots.fixture_errors import PlanFixtureInvalid
from pilots.plan_fixtures import plan_document_parse


def draft_failure(lines: list[str]) -> str | None:
    """Why the text of ``lines`` does not draft a plan file the checks take, or None."""
    try:
        draft = plan_draft("\n".join(lines), zone_slug="any", source_file="any.txt")
        plan_document_parse(name="any", text=draft.to_yaml())
    except PlanFixtureInvalid as exc:
        return f"{type(exc).__name__}: {exc.errors[0].path}: {exc.errors[0].message}"
    except Exception as exc:  # any error is what this looks for
        return "".join(traceback.format_exception_only(exc)).strip()
    return None


def damaged(documents: list[list[str]], rng: random.Random) -> list[str]:
    lines = list(rng.choice(documents))
    for _ in range(rng.randint(1, 6)):
        if not lines:
            break
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        cut = rng.randrange(len(lines[i]) + 1)
        change = rng.randrange(8)
        if change == 0:  # a line lost
            del lines[i]
        elif change == 1:  # a line printed twice
            lines.insert(i, lines[j])
        elif change == 2:  # two lines moved
            lines[i], lines[j] = lines[j], lines[i]
        elif change == 3:  # lines of another document pasted in
            other = rng.choice(documents)
            start = rng.randrange(len(other)) if other else 0
            lines[i:i] = other[start : start + rng.randint(1, 30)]
        elif change == 4:  # a line cut short
            lines[i] = lines[i][:cut]
        elif change == 5:  # a line broken in two
            lines[i : i + 1] = [lines[i][:cut], lines[i][cut:]]
        elif change == 6 and i + 1 < len(lines):  # two lines run together
            lines[i : i + 2] = [lines[i] + lines[i + 1]]
        elif change == 7:  # the copy starts late or stops early
            lines = lines[:i] if rng.random() < 0.5 else lines[i:]
    return lines


def shrunk(lines: list[str]) -> list[str]:
    """The fewest lines (removed in ever smaller runs) that still fail to draft."""
    run = max(1, len(lines) // 2)
    while True:
        i, removed = 0, False
        while i < len(lines):
            fewer = lines[:i] + lines[i + run :]
            if fewer and draft_failure(fewer):
                lines, removed = fewer, True
            else:
                i += run
        if run == 1 and not removed:
            return lines
        run = max(1, run // 2) if not removed else run


class Command(BaseCommand):
    help = (
        "Draft damaged copies of the plans in the folders given (lines dropped, repeated, moved, "
        "cut, split, joined, pasted from another plan) and report each copy that does not draft "
        "a plan file the checks take, shrunk to the fewest lines that fail."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "folders",
            nargs="*",
            default=[str(settings.BASE_DIR.parent / "shared" / "seeds")],
            help="folders of plan documents (default: the seeds)",
        )
        parser.add_argument("--cases", type=int, default=500)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--out", default="fuzz-failures", help="where failing texts go")

    def handle(self, *args, folders, cases, seed, out, **options):
        documents = []
        for folder in map(Path, folders):
            if not folder.is_dir():
                raise CommandError(f"no folder at {folder}")
            for path in sorted(folder.iterdir()):
                if path.suffix.lower() in SUPPORTED:
                    try:
                        documents.append(document_read(path).text.splitlines())
                    except DocumentUnreadable:
                        continue
        if not documents:
            raise CommandError("no readable plan document in the folders given")
        rng, failures, started = random.Random(seed), {}, time.perf_counter()
        for case in range(cases):
            lines = damaged(documents, rng)
            reason = draft_failure(lines)
            if reason:
                small = shrunk(lines)
                reason = draft_failure(small) or reason  # the shrunk copy's, as it is written out
                kind = reason.split(":")[0]
                path = Path(out) / f"seed{seed}-case{case}.txt"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text("\n".join(small) + "\n", encoding="utf-8")
                failures.setdefault(kind, []).append(path)
                self.stdout.write(f"case {case}: {reason} → {path}")
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"{cases} damaged copies of {len(documents)} documents in {seconds:.0f} s: "
            f"{sum(map(len, failures.values()))} failed to draft"
        )
        for kind, paths in sorted(failures.items()):
            self.stdout.write(f"  {kind}: {len(paths)}")
        if failures:
            raise CommandError("some damaged copies failed to draft (texts written above)")

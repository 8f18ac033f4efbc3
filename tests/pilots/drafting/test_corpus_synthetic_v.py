"""The synthetic_v documents end to end (SYNTHETIC_V.md): three 2026 "人工智能+"
plans of the genre proper invented by a collector as a tester downloads them:
遵义's 公文 printed to PDF by LibreOffice with the plan as 附件, 台州's Word file
whose 一、/（一）/1. are Word's automatic list numbering on heading styles, and
新疆's page on the regional portal (departments bare after the first, the
collective 各地（州、市）人民政府（行署）, the first-unit rule stated once,
targets in Chinese numerals, 万 and ranges). Each is read from its committed
file (no LibreOffice needed), drafted and scored against its hand extraction.
HELD BACK: measured unseen twice (importer 7e4f9ab; main bd8911f at 18:40 UTC),
the same both times; its misses were read by its collector only, after
measurement 2, to list them here. After that, one rule came from it (the vision
sentence closing a goal paragraph)."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_V = sorted((CORPUS_DEV.parent / "synthetic_v").glob("*.yaml"))

# 新疆's figured goals 到2027年 end in one sentence without a figure, "到2030年，人工智能全面
# 融入…". The draft took 2030 as the plan's end and dated the eleven figures of task items
# 2030, where the hand extraction dates them 2027; after measurement 2 the lead made the
# reading generic (a figure-less dated sentence closing the figured paragraph is a vision,
# as such a paragraph after it already was): nothing is missed now.
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_V, ids=lambda p: p.stem)
def test_each_synthetic_v_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_V, ids=lambda p: p.stem)
def test_each_synthetic_v_task_is_due_when_the_extraction_says(expected_path):
    """No document of the set gives a task its own due date: none is due, drafted or by hand."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_v_set_is_there_as_the_files_a_tester_downloads():
    sources = {
        s.suffix
        for p in SYNTHETIC_V
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_V) == 3
    assert sources == {".pdf", ".docx", ".html"}

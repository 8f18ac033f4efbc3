"""The synthetic_bm documents end to end (SYNTHETIC_BM.md): three 2026 documents invented by a
collector for places no folder held (福鼎市's plan inside a two-column government gazette issue,
凉城县's plan whose tasks stand only in a 重点任务清单 table over pages, 凉州区's 公文 with
letter-spaced headings), all PDFs printed by headless Chromium, each read from its committed file,
drafted and scored against its hand-made extraction. Measured unseen (at the blind commit with
main 613127d9); then SEEN: the misses read by helper rBM from 2026-12-07 01:31 UTC."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_BM = sorted((CORPUS_DEV.parent / "synthetic_bm").glob("*.yaml"))

# Drafted right since the set was SEEN (rules on invented text in
# test_genre_conventions_rBM.py; SYNTHETIC_BM.md, "Measurement 2 (after SEEN)") but for two
# figures, left:
# The two left at measurement 2 were the extraction's, settled by the conventions on 2026-12-07
# (SOURCES.md: "A quota for each unit", "A count of the things just named"; SYNTHETIC_BM.md,
# measurement 3): both figures are targets now, and no miss is left.
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_BM, ids=lambda p: p.stem)
def test_each_synthetic_bm_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_BM, ids=lambda p: p.stem)
def test_each_synthetic_bm_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())

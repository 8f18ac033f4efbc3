# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_bj documents end to end (SYNTHETIC_BJ.md): three 2026 documents invented by a
collector for places no folder held (同仁市 as a Word file, 姜堰区 as a LibreOffice PDF, 伊春市 as its
portal page), each read from its committed file, drafted and scored against its hand-made
extraction. HELD BACK: measured unseen (at the blind commit with main c93ef620); then SEEN: the
misses read by helper rBJ from 2026-12-06 22:35 UTC."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_BJ = sorted((CORPUS_DEV.parent / "synthetic_bj").glob("*.yaml"))

# Drafted right since the set was SEEN (rules on invented text in
# test_genre_conventions_synthetic_bj.py; SYNTHETIC_BJ.md, "Measurement 2 (after SEEN)") but for
# three figures of 同仁's, each the importer's and left (no rule yet):
# The restatements and the floor area left at measurement 2 are drafted as the extraction says
# since 2026-12-07 (goals._restates: a figure printed twice is one target, between goals and
# between tasks too; project_size_clause: 展陈面积): no miss is left.
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_BJ, ids=lambda p: p.stem)
def test_each_synthetic_bj_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_BJ, ids=lambda p: p.stem)
def test_each_synthetic_bj_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())

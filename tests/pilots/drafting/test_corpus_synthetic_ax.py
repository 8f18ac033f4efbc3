# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_ax documents end to end (SYNTHETIC_AX.md): three 2026 documents invented by a
collector for places no folder held, each read from its committed file, drafted and scored against
its hand-made extraction. HELD BACK: measured unseen (at the blind commit with main 717a5502, and at the set
time with main 2ec3d3f7); then SEEN: the misses read by helper rAXY from 2026-12-05 18:38 UTC; 毕节's four unnumbered 保障措施
paragraphs added to its extraction as safeguard tasks (SOURCES.md, as 云南 and 集美)."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_AX = sorted((CORPUS_DEV.parent / "synthetic_ax").glob("*.yaml"))

# Drafted right since the set was SEEN (rules on invented text in
# test_genre_conventions_synthetic_axay.py; SYNTHETIC_AX.md, "Measurement 2").
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_AX, ids=lambda p: p.stem)
def test_each_synthetic_ax_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_AX, ids=lambda p: p.stem)
def test_each_synthetic_ax_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())

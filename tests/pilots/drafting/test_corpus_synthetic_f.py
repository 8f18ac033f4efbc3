"""The synthetic_f documents end to end (SYNTHETIC_F.md): three neighbours of the genre invented
by a collector (福州's "人工智能+医疗卫生" sector plan of six bodies, 崂山区's 实施细则 with a task
list of text table rows, 辽宁's 2026 work points with bare lists under a rule stated once), each
drafted and scored against its hand-made extraction. Seen data since measurement 1: the misses
allowed are listed with their reasons, as test_corpus's are. The evaluation does not score due
dates; a test here does."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_F = sorted((CORPUS_DEV.parent / "synthetic_f").glob("*.yaml"))

# Measurement 1's misses, each a form the importer did not read, are all read by the rules that
# followed (SYNTHETIC_F.md, measurement 2); a miss found later is listed here with its reason.
DISAGREEMENTS: dict[str, set[str]] = {}

# Tasks whose due date the importer does not read, by document (none since measurement 2).
DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_F, ids=lambda p: p.stem)
def test_each_synthetic_f_document_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_F, ids=lambda p: p.stem)
def test_each_synthetic_f_task_is_due_when_the_extraction_says(expected_path):
    """A time in an annotation or in a task list's time cell: the task's due date (a month → its
    last day, 上半年 → 30 June, 三季度 → 30 September, 年底前 → 31 December; 长期坚持 → none)."""
    wrong = corpus_due_misses(expected_path)
    assert wrong == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_f_set_is_there():
    assert len(SYNTHETIC_F) == 3

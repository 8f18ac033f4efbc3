"""The synthetic_s documents end to end (SYNTHETIC_S.md): three "人工智能+" plans invented by a
collector as the successors of the seed zones' plans (綦江区, 长春市) and as their
province's (吉林省), in the offices' habits and in the files a tester uploads — 綦江's Word
file whose body names no agency and whose annex 重点任务分工表 gives each task its roles and
完成时限, 长春's 实施意见 printed to PDF by LibreOffice, 吉林's page on the provincial portal.
Each is read from its committed file (no LibreOffice needed), drafted and scored against its
hand-made extraction. Seen data since measurement 1."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_S = sorted((CORPUS_DEV.parent / "synthetic_s").glob("*.yaml"))

DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_S, ids=lambda p: p.stem)
def test_each_synthetic_s_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_S, ids=lambda p: p.stem)
def test_each_synthetic_s_task_is_due_when_the_extraction_says(expected_path):
    """綦江's 分工表 gives each body task its 完成时限 (2027年6月 → 30 June, 持续推进 → none)."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_s_set_is_there_as_the_files_a_tester_uploads():
    sources = {
        s.suffix
        for p in SYNTHETIC_S
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_S) == 3
    assert sources == {".docx", ".pdf", ".html"}

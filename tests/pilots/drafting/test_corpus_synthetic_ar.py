# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_ar documents end to end (SYNTHETIC_AR.md): three 2026 "人工智能+" plans invented by
a collector for places no folder held — 天津市静海区's 工作要点 as its portal page saved (figures in
Chinese numerals, "（X牵头，Y、Z配合）" after each item's last full stop), 娄底市's 实施方案 printed by
LibreOffice (goals paragraphs and a 表1 主要指标 repeating their figures, "列第一位的为牵头单位"
stated once) and 天长市's 行动方案 as a Word file (no annotation in the text; an annex 重点任务分工表
gives each task its roles and 完成时限). Each is read from its committed file, drafted and scored
against its hand-made extraction. HELD BACK: measured unseen twice (main 19a2cbd, at the blind
commit and at the set time, identical); then SEEN: the misses read by helper rAQR."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_AR = sorted((CORPUS_DEV.parent / "synthetic_ar").glob("*.yaml"))

# Drafted right since the set was SEEN (rules on invented text in
# test_genre_conventions_synthetic_aqar.py): 娄底's 表1 主要指标 repeated five of the goals
# paragraphs' figures as targets of their own (one target, where first printed, now:
# goals._table_restates).
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_AR, ids=lambda p: p.stem)
def test_each_synthetic_ar_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_AR, ids=lambda p: p.stem)
def test_each_synthetic_ar_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_ar_set_is_there_as_a_docx_a_pdf_and_a_page():
    sources = {
        s.suffix
        for p in SYNTHETIC_AR
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_AR) == 3
    assert sources == {".docx", ".pdf", ".html"}

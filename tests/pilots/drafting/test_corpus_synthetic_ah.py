# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_ah documents end to end (SYNTHETIC_AH.md): three 2026 "人工智能+" documents invented
by a collector for places no folder held — 日照市's 三年行动方案 as a Word file (tasks 1.–17.
numbered on under group headings, "（牵头单位：X；配合单位：Y）"), 宁国市's 实施方案 printed by
LibreOffice (goal items 1.–4., tasks （一）–（十六） under "列第一位的为牵头单位，下同", 完成时限
dues) and 牡丹江经开区's portal page (an indicator table with a 备注 column, part headings carrying
"（牵头部门：X）", a 工作要求 part after the 保障措施).
Each is read from its committed file, drafted and scored against its hand-made extraction. HELD
BACK: measured unseen twice (importer 1cb25cb; main 9ee6c34 at the set time, identical); then
SEEN: the misses read by helper rAH and listed here with their reasons."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_AH = sorted((CORPUS_DEV.parent / "synthetic_ah").glob("*.yaml"))

# A figure a task restates from the goals (or the indicator table), due in the same year, is one
# target, where first printed: the importer (goal_regions.figure_restated) and, since the
# conventions were settled (SOURCES.md), the extractions agree.
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_AH, ids=lambda p: p.stem)
def test_each_synthetic_ah_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_AH, ids=lambda p: p.stem)
def test_each_synthetic_ah_task_is_due_when_the_extraction_says(expected_path):
    """宁国's tasks are due by their 完成时限 (2026年12月底前; 长期坚持 no date)."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_ah_set_is_there_as_a_docx_a_pdf_and_a_page():
    sources = {
        s.suffix
        for p in SYNTHETIC_AH
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_AH) == 3
    assert sources == {".docx", ".pdf", ".html"}

# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_aa documents end to end (SYNTHETIC_AA.md): three 2026 "人工智能+" plans of 江苏, 辽宁
and 浙江 places, invented by a collector for places no folder held — 淮安's 行动方案 as a Word file
whose 一、/（一）/1． are Word's AUTOMATIC list numbering (none of it in the paragraph text; tasks
"标题。正文〔牵头单位：X；配合单位：Y〕", two 专栏 boxes drawn as one-cell tables), 鞍山's 三年行动计划
printed to PDF by LibreOffice (a running header and "第 N 页 共 M 页" on every page, 17 tasks with no
annotation, their roles in an annex 重点任务分工表 whose 牵头单位 cells are merged down over several
rows), and 诸暨's 2026 工作要点 as a text (each task followed by a line "责任单位：X、Y" under
"排在第一位的为牵头单位，下同", a 专栏 of ◇ lines after a chapter, a closing 三、工作要求 of four
unnumbered paragraphs that are no tasks).
Each is read from its committed file, drafted and scored against its hand-made extraction. HELD
BACK: measured unseen (measurement 1 on importer 9359df3; measurement 2 at the set time, by the
lead), the misses read only after that and listed here with their reasons; then SEEN: the rules
written from them (helper rAA) draft all but one judgement call right."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_AA = sorted((CORPUS_DEV.parent / "synthetic_aa").glob("*.yaml"))

# Since read, 诸暨 drafts right (rules on invented text in test_genre_conventions_synthetic_aa.py):
# its closing 三、工作要求 paragraphs "各责任单位要…" are requirements on the units, no tasks (nor
# "报送市经信局（…办公室）" a role; outline.yaml requirement_paragraph), and its 专栏 of ◇ lines after
# task 17's own "责任单位：" line is a goal titled by the box (goal_regions).
# "设立人工智能产业投资子基金，规模不低于5亿元" (a safeguard task) is no target, the size of a fund
# the sentence sets up (SOURCES.md's convention settled 2026-12-05, helper conv; the importer's
# quantities.yaml fund_set_up): drafted right since.
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_AA, ids=lambda p: p.stem)
def test_each_synthetic_aa_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_AA, ids=lambda p: p.stem)
def test_each_synthetic_aa_task_is_due_when_the_extraction_says(expected_path):
    """鞍山's annex gives each task its 完成时限 (2027年6月底前 → 30 June 2027, 持续推进 → none)."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_aa_set_is_there_as_a_docx_a_pdf_and_a_text():
    sources = {
        s.suffix
        for p in SYNTHETIC_AA
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_AA) == 3
    assert sources == {".docx", ".pdf", ".txt"}
    text = (
        CORPUS_DEV.parent / "synthetic_aa" / "zhuji-ai-plus-work-points-2026-synthetic.txt"
    ).read_text(encoding="utf-8")
    assert "（排在第一位的为牵头单位，下同）" in text
    assert "◇智慧教育：建设人工智能教育实验室三十个。" in text

"""The synthetic_l documents end to end (SYNTHETIC_L.md): three "人工智能+" plans invented by a
collector and delivered by file producers no earlier set used — 丹阳's county-level plan as a
Word 97–2003 .doc saved by LibreOffice (unannotated body items whose roles and dues stand in a
landscape annex 重点任务清单 with empty cells), 宁夏's province-level plan printed by
LibreOffice (footer "第 X 页 共 Y 页", a 主要指标 table with 基期 and 属性 columns, tasks only
in a landscape annex whose rows split across pages) and 宜宾's city plan drawn by ReportLab like
Word's "另存为 PDF" (a text run a line, justified lines, two fonts, a footnote, "— N —"). Each is
read from its committed file (no LibreOffice or ReportLab needed), drafted and scored against its
hand-made extraction. Seen data since measurement 1."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_L = sorted((CORPUS_DEV.parent / "synthetic_l").glob("*.yaml"))

DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_L, ids=lambda p: p.stem)
def test_each_synthetic_l_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_L, ids=lambda p: p.stem)
def test_each_synthetic_l_task_is_due_when_the_extraction_says(expected_path):
    """丹阳's annex gives each body item its 完成时限 (2027年12月底 → 31 December, 持续推进 → none);
    宁夏's annex rows carry their own (2027年底前 → the year)."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_l_set_is_there_as_a_doc_and_two_pdfs():
    sources = sorted(
        s.suffix
        for p in SYNTHETIC_L
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".doc", ".pdf", ".html")
    )
    assert sources == [".doc", ".pdf", ".pdf"]


def _lines(name: str) -> list[str]:
    from pilots.drafting import document_read

    return document_read(CORPUS_DEV.parent / "synthetic_l" / name).text.splitlines()


def test_a_doc_annex_row_with_an_empty_cell_keeps_its_columns():
    """丹阳's 配合单位 is empty in rows 7 and 8: each row stays one line of six cells."""
    lines = [line.replace(" ", "") for line in _lines("danyang-ai-plus-2026-synthetic.doc")]
    assert (
        "7|推进“人工智能+政务服务”|部署智能客服、智能预审和智能审批。|市政务办、市数据局||2026年12月底|"
        in lines
    )
    assert (
        "9|推进“人工智能+基层治理”|推广智能巡查、智能看护等基层治理应用。|各镇（街道）|市公安局、市数据局|持续推进|"
        in lines
    )

"""The synthetic_p documents end to end (SYNTHETIC_P.md): three "人工智能+" plans invented by a
collector and delivered as the messy files offices send — 襄阳's Word draft carrying its editing
history (tracked insertions and deletions, comments, a footnote, the goals paragraph in a text box
written twice as Word writes it), 盐城's 公文 printed to PDF by LibreOffice issuing the plan and its
重点任务分工表 as two attachments, and 江宁区's Word file whose whole document sits in a one-column
table with its 2026 task list nested in the same cell. Each is read from its committed file (no
LibreOffice needed), drafted and scored against its hand-made extraction. Unseen in measurements
1 and 2; seen (development data) since, rules written from its misses (SYNTHETIC_P.md, measurement
3)."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_P = sorted((CORPUS_DEV.parent / "synthetic_p").glob("*.yaml"))

# What the draft still misses against the hand extraction, with the reason. Measurements 1 and 2
# (main bc65bf1 and e1e862d, unseen) listed 17 misses; the set is seen since, and measurement 3
# (after the rules of test_genre_conventions_synthetic_p.py) finds none: the notice's list of
# annexes ("2．X分工表") is notice text, not the plan's first part (so 一、总体要求 is no part of
# tasks and the basis paragraph's 2025 figure no goal), the 分工表's time column 时间安排 is no
# body, and a roles cell opening with a committee marked （牵头） is the row's roles cell.
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_P, ids=lambda p: p.stem)
def test_each_synthetic_p_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_P, ids=lambda p: p.stem)
def test_each_synthetic_p_task_is_due_when_the_extraction_says(expected_path):
    """盐城's 分工表 gives each body task its 时间安排 ("2027年6月底前" → 30 June, "长期坚持" →
    none); 江宁's nested list gives each row its 完成时限 ("2026年6月" → 30 June)."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_p_set_is_there_as_office_files():
    sources = {
        s.suffix
        for p in SYNTHETIC_P
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_P) == 3
    assert sources == {".docx", ".pdf"}


def _text(stem: str, suffix: str) -> str:
    from pilots.drafting import document_read

    return document_read(CORPUS_DEV.parent / "synthetic_p" / f"{stem}{suffix}").text


def test_a_word_draft_reads_with_its_tracked_changes_accepted():
    """Deleted runs (w:del) are not text, inserted runs (w:ins) are; a comment's words and a
    footnote's are not plan text; the text box's paragraph is read once, not twice."""
    text = _text("xiangyang-ai-plus-2026-synthetic", ".docx")
    assert "智能算力规模达到2000P，人工智能核心产业规模突破200亿元" in text
    assert "15002000" not in text and "1500" not in text
    assert "（牵头单位：市数据局；责任单位：市发展改革委、市经信局、国网襄阳供电公司）" in text
    assert "力争建成全省首个城市级大模型" not in text
    assert "建议增加市政务服务中心为责任单位" not in text
    assert "FP16" not in text
    assert text.count("到2028年，全市人工智能与实体经济融合水平明显提升") == 1


def test_a_document_laid_out_in_a_one_column_table_reads_as_its_paragraphs():
    """The body cell's paragraphs are the plan; the table nested in it gives its rows."""
    text = _text("jiangning-ai-plus-2026-synthetic", ".docx")
    assert "1．扩大智能算力供给。推进江宁开发区智算中心" in text
    assert "〔责任单位：区数据局（牵头）、区工信局、江宁开发区管委会、江宁高新区管委会〕" in text
    assert "建设公共算力平台二期" in text

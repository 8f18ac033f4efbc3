"""The synthetic_p documents end to end (SYNTHETIC_P.md): three "人工智能+" plans invented by a
collector and delivered as the messy files offices send — 襄阳's Word draft carrying its editing
history (tracked insertions and deletions, comments, a footnote, the goals paragraph in a text box
written twice as Word writes it), 盐城's 公文 printed to PDF by LibreOffice issuing the plan and its
重点任务分工表 as two attachments, and 江宁区's Word file whose whole document sits in a one-column
table with its 2026 task list nested in the same cell. Each is read from its committed file (no
LibreOffice needed), drafted and scored against its hand-made extraction. The set measures the
importer at the end of the session: no rule was written from it (SYNTHETIC_P.md)."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_P = sorted((CORPUS_DEV.parent / "synthetic_p").glob("*.yaml"))

# What the draft still misses against the hand extraction, with the reason (measurements 1 and 2,
# main bc65bf1 and e1e862d: the same). Nobody writes rules from this set in this session: it
# stays unseen by rule writers.
DISAGREEMENTS: dict[str, set[str]] = {
    # The nested list's row 3 has the roles cell "江宁高新区管委会（牵头）、区数据局": the draft
    # does not take it for the roles cell — it is glued to the 工作内容 — and the row gets the
    # roles of the row above (区工信局 lead, 区数据局 responsible).
    "jiangning-ai-plus-2026-synthetic": {
        "assignment 附件.3 lead gxq",
        "extra assignment A1.3 lead industry-it",
    },
    "yancheng-ai-plus-2026-synthetic": {
        # 一、总体要求's headings （一）指导思想 （二）基本原则 （三）行动目标 are drafted as tasks.
        "extra task 2.一.(一) 指导思想",
        "extra task 2.一.(二) 基本原则",
        "extra task 2.一.(三) 行动目标",
        # The 分工表's last column header 时间安排 is read as a body's name: an extra agency made
        # supporting on every row's task (the column's cells still give the due dates).
        "extra agency 时间安排",
        "extra assignment 2.二.(一) supporting agency-1",
        "extra assignment 2.二.(二) supporting agency-1",
        "extra assignment 2.二.(三) supporting agency-1",
        "extra assignment 2.二.(四) supporting agency-1",
        "extra assignment 2.二.(五) supporting agency-1",
        "extra assignment 2.二.(六) supporting agency-1",
        "extra assignment 2.二.(七) supporting agency-1",
        "extra assignment 2.二.(八) supporting agency-1",
        "extra assignment 2.二.(九) supporting agency-1",
        "extra assignment 2.二.(十) supporting agency-1",
        # The basis paragraph's 2025 figure (约150亿元, a baseline) is drafted as a target, in a
        # goal titled by the annex table's title.
        "extra target 2025年全市人工智能相关产业规模约150亿元",
    },
}

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

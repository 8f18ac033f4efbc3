"""The synthetic_w documents end to end (SYNTHETIC_W.md): three 2026 sector and district
"人工智能+" plans invented by a collector as the files a tester uploads — 新疆's "人工智能+教育"
行动方案 of the 教育厅 and five departments as a Word file (run-on "（一）标题。正文（X牵头，Y、
各地（州、市）教育局按职责分工负责）" tasks, a 专栏 box of figures as a one-cell table), 浑南区's
实施方案 as Windows Notepad saves it (GBK, CRLF; 1． tasks with （1） items and an own-line
"责任单位：区X局（牵头）、Y局" sharing the 区 prefix; 工作进度安排 phases that are no tasks), and
石家庄市's 实施方案 printed to PDF by LibreOffice, whose unannotated body tasks take their roles
and dues from a two-level annex 重点任务分工 table with a row split across pages.
Each is read from its committed file, drafted and scored against its hand-made extraction. HELD
BACK: measured unseen twice (importer 7e4f9ab; main bd8911f at the set time), the misses read
only after measurement 2 and listed here with their reasons; after that the lead wrote one
rule from them (a box's number run into its title counts nothing), and synthetic_x's rule that
批 counts batches drafted its 1—2批; then (helper rW) a bare 1． heading over （1）（2）（3） points
closed by one own-line 责任单位 is one task, as 浑南's extraction reads it."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_W = sorted((CORPUS_DEV.parent / "synthetic_w").glob("*.yaml"))

# 新疆's per-year count of lessons "每年遴选人工智能教育优秀课例200节以上" is drafted since 节
# counts lessons after 课例 (quantities.yaml context_units; test_genre_conventions_synthetic_w).
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_W, ids=lambda p: p.stem)
def test_each_synthetic_w_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_W, ids=lambda p: p.stem)
def test_each_synthetic_w_task_is_due_when_the_extraction_says(expected_path):
    """石家庄's annex gives each body task its 时间节点 (2027年6月底前 → 30 June, 持续推进 →
    none)."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_w_set_is_there_as_a_docx_a_gbk_text_and_a_pdf():
    sources = {
        s.suffix
        for p in SYNTHETIC_W
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_W) == 3
    assert sources == {".docx", ".pdf", ".txt"}
    raw = (CORPUS_DEV.parent / "synthetic_w" / "hunnan-ai-plus-2026-synthetic.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert raw.count(b"\r\n") == raw.count(b"\n")
    assert "责任单位：区数据局（牵头）、工信局、科技局、营商局" in raw.decode("gbk")

"""The synthetic_m documents end to end (SYNTHETIC_M.md): three "人工智能+" documents invented by a
collector in forms of the genre's text — 四川's 实施意见 saved as a GB18030 .txt (（一）… paragraphs
titled by their first sentence, （）/〔〕 annotations with a shared 省 prefix, a rule stated once
"各市（州）人民政府为各项任务的责任主体，以下不再列出"), 南宁's 2026 工作要点 as a Word table whose
工作任务 cell is merged over its 具体举措 rows, and 南昌县's plan with figures in Chinese
numerals and named 工程 of ①②③ items. Each is read from its committed file, drafted and
scored against its hand-made extraction. Seen data since measurement 1."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_M = sorted((CORPUS_DEV.parent / "synthetic_m").glob("*.yaml"))

DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_M, ids=lambda p: p.stem)
def test_each_synthetic_m_document_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_M, ids=lambda p: p.stem)
def test_each_synthetic_m_task_is_due_when_the_extraction_says(expected_path):
    """南宁's table gives each measure its 完成时限; a task is due when its last dated measure
    is."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_m_set_is_a_gb18030_text_a_word_file_and_a_utf8_text():
    sources = {p.stem: next(p.parent.glob(f"{p.stem}.[td]*[tx]")) for p in SYNTHETIC_M}
    raw = {stem: path.read_bytes() for stem, path in sources.items()}
    assert len(SYNTHETIC_M) == 3
    assert sorted(p.suffix for p in sources.values()) == [".docx", ".txt", ".txt"]
    sichuan = raw["sichuan-ai-plus-opinions-2026-synthetic"]
    with pytest.raises(UnicodeDecodeError):
        sichuan.decode("utf-8")
    assert "各市（州）人民政府为各项任务的责任主体" in sichuan.decode("gb18030")
    assert "两千卡" in raw["nanchang-county-ai-plus-2026-synthetic"].decode("utf-8")

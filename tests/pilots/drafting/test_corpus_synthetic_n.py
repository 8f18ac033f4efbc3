"""The synthetic_n documents end to end (SYNTHETIC_N.md): three "人工智能+" plans invented by a
collector in the forms a plan text takes from the web and from copying — 蚌埠's portal page saved
by a browser (an old CMS of nested tables, text cut by <span>/<font> tags inside words and numbers,
GBK bytes under a gb2312 label, roles and dues only in an annex table whose cells span rows),
集美区's plan as a WeChat public account reposts it, copied to text ("01" chapter marks, 【】
headings, emoji, the account's furniture) and 内蒙古's Word "save as web page" HTML (mso-list
numbers in conditional comments, lines wrapped inside words, an annotation in its own paragraph).
Each is read from its committed file, drafted and scored against its hand-made extraction. Seen
data since measurement 1."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

FOLDER = CORPUS_DEV.parent / "synthetic_n"
SYNTHETIC_N = sorted(FOLDER.glob("*.yaml"))

DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_N, ids=lambda p: p.stem)
def test_each_synthetic_n_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_N, ids=lambda p: p.stem)
def test_each_synthetic_n_task_is_due_when_the_extraction_says(expected_path):
    """蚌埠's annex gives each body item its 完成时限 (2027年12月 → 31 December; 持续推进:
    none)."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_n_set_is_there_as_web_and_copied_files():
    sources = {
        s.name
        for p in SYNTHETIC_N
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert sources == {
        "bengbu-ai-plus-2026-synthetic.html",
        "jimei-ai-plus-2026-synthetic.txt",
        "inner-mongolia-ai-plus-2026-synthetic.html",
    }


def _text(name: str) -> str:
    from pilots.drafting import document_read

    return document_read(FOLDER / name).text


def test_a_gbk_page_under_a_gb2312_label_reads_whole():
    """The page declares gb2312 and holds 昇 (昇腾), which only GBK has: read as browsers read the
    label, the words cut by <span> and <font> tags come out whole."""
    assert (FOLDER / "bengbu-ai-plus-2026-synthetic.html").read_bytes().find(b"charset=gb2312") > 0
    text = _text("bengbu-ai-plus-2026-synthetic.html")
    assert "支持昇腾人工智能生态创新中心扩容" in text
    assert "全市智能算力规模达到5000P" in text


def test_word_s_list_numbers_and_wrapped_lines_read_as_printed():
    """Word writes an item's number in a conditional comment (mso-list:Ignore) and wraps its HTML
    lines inside words: the items read with their numbers, the words whole."""
    lines = [
        line.strip() for line in _text("inner-mongolia-ai-plus-2026-synthetic.html").splitlines()
    ]
    assert any(line.startswith("1.") and "建设全区一体化算力网" in line for line in lines)
    assert any(line.startswith("（一）") and "夯实智能基础设施" in line for line in lines)
    assert any("提升医保基金使用效率" in line for line in lines)

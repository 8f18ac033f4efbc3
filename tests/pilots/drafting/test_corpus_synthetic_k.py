"""The synthetic_k documents end to end (SYNTHETIC_K.md): three "人工智能+" plans invented by a
collector and delivered as PDFs from producers other than LibreOffice printing a .docx — 湛江's
portal page printed by headless Chromium (its own header and footer on every page, CJK radical
code points in the text layer), 黑龙江's 公文 laid out by WeasyPrint (红头, 文号, a two-column
主要指标 table, page numbers "- N -", 抄送/印发) and 潍坊高新区's .html printed by LibreOffice (an
annex 分工表 with no ruling lines whose wrapped time cells are centred on their rows). Each is
read from its committed file (no Chromium or LibreOffice needed), drafted and scored against its
hand-made extraction. Seen data since measurement 1."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_K = sorted((CORPUS_DEV.parent / "synthetic_k").glob("*.yaml"))

DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_K, ids=lambda p: p.stem)
def test_each_synthetic_k_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_K, ids=lambda p: p.stem)
def test_each_synthetic_k_task_is_due_when_the_extraction_says(expected_path):
    """潍坊's ruleless 分工表 gives each body task its 完成时限 (2026年12月 → 31 December)."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_k_set_is_there_as_pdf_files():
    sources = {
        s.suffix
        for p in SYNTHETIC_K
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_K) == 3
    assert sources == {".pdf"}


def _lines(stem: str) -> list[str]:
    from pilots.drafting import document_read

    return document_read(CORPUS_DEV.parent / "synthetic_k" / f"{stem}.pdf").text.splitlines()


def test_a_ruleless_table_s_wrapped_cell_centred_on_its_row_is_read_with_that_row():
    """LibreOffice centres a row's cells vertically: a time cell wrapped over two lines stands
    half above the row's line ("2026年12") and half below it ("月"). The half above is the row's
    below it, not the row before; and a header whose first two column names stand less than an
    em apart ("序号 重点任务") is read as two columns."""
    lines = [line.replace(" ", "") for line in _lines("weifang-hitech-ai-plus-2026-synthetic")]
    assert "序号|重点任务|牵头部门|配合部门|完成时限|" in lines
    assert "1|建设智算公共服务平台|高新控股集团|经济发展局、财政金融局|2026年12月|" in lines
    assert "2|推进数据资源开发利用|行政审批服务局|经济发展局|2027年6月|" in lines
    assert "10|推进“人工智能+安全生产”|综合执法局|经济发展局、各街道办事处|2026年12月|" in lines
    assert "11|推进“人工智能+城市建设”|建设局|综合执法局|2027年6月|" in lines


def test_a_kangxi_radical_in_a_simplified_text_layer_reads_as_the_simplified_ideograph():
    """Chromium's text layer gives 户 of a Simplified font as the Kangxi radical ⼾, whose
    compatibility form is the Traditional 戶: read in a plan, it is 户 (落户, 门户)."""
    from pilots.drafting.cleaning import ideographs_restored

    assert ideographs_restored("对新落⼾的⼈⼯智能企业") == "对新落户的人工智能企业"


def test_a_share_bar_closes_a_printed_web_page_s_document():
    """A portal page printed to PDF ends with its share bar ("分享到：微信 微博 …【打印本⻚】") and
    footer ("主办：X 承办：Y"): furniture, whose 主办 and 承办 are no roles of the last task."""
    text = "\n".join(_lines("zhanjiang-ai-plus-2026-synthetic"))
    from pilots.drafting.cleaning import junk_cut

    marker, position, kind = junk_cut(text)
    assert (marker, kind) == ("分享到：", "junk")
    assert "承办" not in text[:position]

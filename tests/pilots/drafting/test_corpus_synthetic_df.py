"""The synthetic_df documents end to end (SYNTHETIC_DF.md): three 2026 "人工智能+" drafts invented
by a collector as Word files circulate while a plan is drafted — tracked changes, reviewers'
comments, hidden text (w:vanish), content controls, fields, 专栏 in text boxes. Measured unseen
once (main e0386880: above the bar), then read by the lead: one hidden task and a hidden earlier
wording were drafted, and a computing centre's size (建成智能算力500P的智算中心) was no target.

Below, the two rules on short invented documents, each failing on the importer before its rule,
with controls."""

import io

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from pilots.drafting.inputs import document_from_bytes
from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses
from tests.pilots.drafting.test_genre_conventions import _draft, _targets, _tasks

SYNTHETIC_DF = sorted((CORPUS_DEV.parent / "synthetic_df").glob("*.yaml"))


@pytest.mark.parametrize("expected_path", SYNTHETIC_DF, ids=lambda p: p.stem)
def test_each_synthetic_df_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == set()


@pytest.mark.parametrize("expected_path", SYNTHETIC_DF, ids=lambda p: p.stem)
def test_each_synthetic_df_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == set()


def _word_file(paragraphs: list[list[tuple[str, str | None]]]) -> str:
    """The text a .docx of these paragraphs reads as; each run (text, vanish) — vanish None for
    a plain run, else the w:val of its w:vanish ("" for the bare element)."""
    document = Document()
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for text, vanish in runs:
            run = paragraph.add_run(text)
            if vanish is not None:
                mark = OxmlElement("w:vanish")
                if vanish:
                    mark.set(qn("w:val"), vanish)
                run._r.get_or_add_rPr().append(mark)
    buffer = io.BytesIO()
    document.save(buffer)
    return document_from_bytes("x.docx", buffer.getvalue()).text


def test_hidden_text_of_a_word_file_is_not_read():
    text = _word_file(
        [
            [("某市推进人工智能发展工作方案", None)],
            [("二、重点任务", None)],
            [("1．建设智算中心。建成算力中心1个。", None), ("（原稿：建成算力中心2个）", "")],
            [("2．建设物流园区。建成分拨中心1个。（县商务局负责）", "true")],
            [("2．培育智能企业。新增人工智能企业10家。（县工信局负责）", None)],
        ]
    )
    assert "原稿" not in text
    assert "物流园区" not in text
    data = _draft(text)
    assert [t["title"] for t in _tasks(data)] == ["建设智算中心", "培育智能企业"]
    assert sorted(v for v, *_ in _targets(data)) == [1, 10]


def test_a_run_whose_vanish_is_switched_off_is_read():
    """Control: w:vanish w:val="0" (a style's hiding undone on the run) shows the run."""
    text = _word_file([[("某市推进人工智能发展工作方案", None)], [("建成算力中心1个。", "0")]])
    assert "建成算力中心1个" in text


def test_the_size_of_a_computing_centre_to_build_is_a_target():
    data = _draft(
        "某市人工智能发展行动方案\n一、重点任务\n"
        "（一）建设智算中心。2026年底前建成智能算力500P的智算中心，对外提供算力服务。（牵头单位：市数据局）\n"
    )
    assert (500, "P", "eq", 2026) in _targets(data)


def test_a_computing_centre_a_measure_supports_stays_a_qualifier():
    """Control: 支持建设100P以上的智算中心 names which centres a grant is for."""
    data = _draft(
        "某市人工智能发展行动方案\n一、重点任务\n"
        "（一）建设智算中心。支持企业建设100P以上的智算中心，按投资额给予补助。（牵头单位：市数据局）\n"
    )
    assert _targets(data) == []


def test_a_contents_heading_centred_under_the_title_is_no_part_of_it():
    """璟川's 征求意见稿: the title, its draft mark and 目  录 each a centred line of one size (the
    contents field after them); the title went on into 目录. A title over two centred lines is
    still one (test_docx_text's control)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    for line in (
        "某市推进“人工智能+”行动方案（2026—2028年）",
        "（征求意见稿）",
        "目  录",
        "一、总体要求",
    ):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if line != "一、总体要求" else None
        paragraph.add_run(line).font.size = Pt(22)
    buffer = io.BytesIO()
    document.save(buffer)
    lines = document_from_bytes("x.docx", buffer.getvalue()).text.splitlines()
    assert "目  录" in lines
    assert not any("目" in line and "征求意见稿" in line for line in lines)

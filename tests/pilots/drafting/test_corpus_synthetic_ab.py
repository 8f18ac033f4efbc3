# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_ab documents end to end (SYNTHETIC_AB.md): three 2026 "人工智能+" plans invented by a
collector for western and southern places no folder held — 钦州市's 行动方案 as the city portal's saved
page (nav, breadcrumbs, index box, tasks （一）–（十二） under the rule stated once "第一个单位为牵头单位",
a shared 市 prefix, a 重点应用场景建设清单 as an HTML table of 牵头单位 / 配合单位 / 完成时限, share links and
footer), 观山湖区's 三年行动计划 as a Word file (typed numbering, two untitled dated goal paragraphs with
Chinese numerals, run-on tasks "（N）标题。正文" closing on "（X牵头，Y、Z配合）" / "（X负责）" or on nothing),
and 张掖市's 实施方案 printed to PDF by LibreOffice (tasks "1.标题。正文" under （一） chapters, each with its
own line "责任单位：X、Y", a chapter opening on the rule stated once "本部分以下各项任务均由市数据局牵头，不再
列出。", a 第X条 支持措施 part). Each is read from its committed file, drafted and scored against its
hand-made extraction. HELD BACK: measured unseen (importer 9359df3), and again by the lead at the set
time; the misses read only after that (helper rAB), and the set SEEN since: the one rule written from
them drafts all of them right."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_AB = sorted((CORPUS_DEV.parent / "synthetic_ab").glob("*.yaml"))

# Every miss of the set-time measurement is drafted right since the set was SEEN (rule on invented
# text in test_genre_conventions_synthetic_ab.py): 张掖's chapter （四） opens with "本部分以下各项
# 任务均由市数据局牵头，不再列出。", read before as the rule for every task of the document with
# "市数据局牵头" one responsible body's name (an extra agency, 23 extra assignments, the chapter's
# three leads missed); the rule said of its own part (本部分, 本章…) now covers the tasks after it in
# that part alone, and its 牵头 makes the body their lead (annotations.yaml implied_actor_rule,
# task_roles.implied_span). 钦州 and 观山湖区 drafted as extracted by hand at the set time (钦州's
# target missed at measurement 1 was found before it).
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_AB, ids=lambda p: p.stem)
def test_each_synthetic_ab_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_AB, ids=lambda p: p.stem)
def test_each_synthetic_ab_task_is_due_when_the_extraction_says(expected_path):
    """钦州's 场景 table gives each row its 完成时限 (2027年6月底前 → 30 June 2027)."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_ab_set_is_there_as_an_html_a_docx_and_a_pdf():
    sources = {
        s.suffix
        for p in SYNTHETIC_AB
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_AB) == 3
    assert sources == {".docx", ".html", ".pdf"}
    page = (CORPUS_DEV.parent / "synthetic_ab" / "qinzhou-ai-plus-2026-synthetic.html").read_text(
        encoding="utf-8"
    )
    assert "第一个单位为牵头单位" in page

# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_al documents end to end (SYNTHETIC_AL.md): three 2026 "人工智能+" plans invented by
a collector for places no folder held — 遂宁市's 实施方案 as a Word file (thematic chapters, tasks
"（N）标题。正文（annotation）" restarting in every part, a 专栏 box), 安顺经济技术开发区's 工作要点
printed by LibreOffice (items 1.–19. numbered on, own-line "责任单位：X、Y" under "排在第一位的为牵头
单位") and 乌拉特前旗's portal page saved to text (goals in Chinese numerals, "本部分各项任务由各苏木镇
人民政府…负责在本辖区组织落实，不再逐项列出").
Each is read from its committed file, drafted and scored against its hand-made extraction. HELD
BACK: measured unseen twice (importer 020d3fc6; main d6b36e75 at the set time); then SEEN: the misses
read by helper rALAN and listed here with their reasons."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_AL = sorted((CORPUS_DEV.parent / "synthetic_al").glob("*.yaml"))

# Drafted right since the set was SEEN (rules on invented text in
# test_genre_conventions_synthetic_alan.py): 乌拉特前旗's collective stated once for its part with
# its duty worded out ("本部分各项任务由各苏木镇人民政府按照属地管理原则负责在本辖区组织落实，不再
# 逐项列出") was not read (11 assignments missed); it is responsible for the part's tasks now
# (annotations.yaml implied_actor_rule). Its list sharing the banner's prefix ("旗工业和信息化局、
# 农牧局") made a bare 农牧局 apart; 旗 is a place prefix now. 安顺's "分两批发布…清单" was a target of
# 2 批; the batches a thing is done in are none now.
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_AL, ids=lambda p: p.stem)
def test_each_synthetic_al_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_AL, ids=lambda p: p.stem)
def test_each_synthetic_al_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_al_set_is_there_as_a_docx_a_pdf_and_a_text():
    sources = {
        s.suffix
        for p in SYNTHETIC_AL
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_AL) == 3
    assert sources == {".docx", ".pdf", ".txt"}

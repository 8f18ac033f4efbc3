# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_aq documents end to end (SYNTHETIC_AQ.md): three 2026 "人工智能+" plans invented by
a collector for places no folder held — 汉中市's 行动方案 printed by LibreOffice (a goals paragraph
and a 表1 主要指标 repeating its figures, "（牵头单位：X；责任单位：Y）"), 巩义市's 工作要点 as a Word
file (a rule stated once making 各镇人民政府、街道办事处 responsible for every task, own-paragraph
"责任单位：X、Y；完成时限：…" after each item, an annex 主要指标分解表) and 江门市蓬江区's 实施方案 as
its portal page saved. Each is read from its committed file, drafted and scored against its
hand-made extraction. HELD BACK: measured unseen twice (main 19a2cbd, at the blind commit and at
the set time, identical); then SEEN: the misses read by helper rAQR."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_AQ = sorted((CORPUS_DEV.parent / "synthetic_aq").glob("*.yaml"))

# Drafted right since the set was SEEN (rules on invented text in
# test_genre_conventions_synthetic_aqar.py): 汉中's 表1 主要指标 repeated the goals paragraph's six
# figures as targets of their own (one target, where first printed, now: goals._table_restates);
# its safeguard "每个重点项目明确一名市级领导和一个责任部门" was a target of 1 个 (a body designated
# to answer for the work is none: quantities.yaml designated_body). 巩义's "各镇人民政府、街道办事处
# 负责抓好辖区内各项任务落实，以下不再一一列出" was not read (1 agency, 15 assignments missed; the
# 抓好 before the place is allowed now: annotations.yaml implied_actor_duty), and "康百万庄园等景区"
# gave a target of 100 万 (a round numeral inside a name listed before 等 is part of the name:
# quantities.yaml listed_name_before / listed_name_after).
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_AQ, ids=lambda p: p.stem)
def test_each_synthetic_aq_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_AQ, ids=lambda p: p.stem)
def test_each_synthetic_aq_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_aq_set_is_there_as_a_docx_a_pdf_and_a_page():
    sources = {
        s.suffix
        for p in SYNTHETIC_AQ
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_AQ) == 3
    assert sources == {".docx", ".pdf", ".html"}

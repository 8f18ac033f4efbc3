# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_bx documents end to end (SYNTHETIC_BX.md): three 2026 documents invented by a
collector as a reader meets them in other scripts and languages (開平市 reposted in traditional
characters by a Hong Kong news site, .html; 景洪市's bilingual Chinese–English .docx; 香洲區's
traditional-character PDF copied to a .txt with full-width digits), each read from its committed
file, drafted and scored against its hand-made extraction. Measured unseen once (at the blind
commit 9cf1d734 with main 477d8278); then SEEN: the misses read by helper rBX on 2026-12-07."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_BX = sorted((CORPUS_DEV.parent / "synthetic_bx").glob("*.yaml"))

# Drafted right since the set was SEEN (rules on invented text in test_genre_conventions_rBX.py;
# SYNTHETIC_BX.md, "Measurement 2 (after SEEN)"); the 開平 and 香洲 extractions were brought to the
# corpus convention (source_cleaning opencc t2s, simplified text) and 香洲's 三类公共服务平台 made a
# target. One judgement call is left:
DISAGREEMENTS: dict[str, set[str]] = {
    "xiangzhou-ai-plus-implementation-2026-synthetic": {
        # A task's 新增产业载体面积10万平方米: the collector read a floor area as no target (as a
        # 工程's floor area in a box is none); in a task's body it is the work committed to (space
        # added in the period), and the importer drafts it as a flow of 100000 平方米. Either reading
        # is defensible; the extraction keeps the collector's.
        "extra target 新增产业载体面积10万平方米",
    },
}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_BX, ids=lambda p: p.stem)
def test_each_synthetic_bx_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_BX, ids=lambda p: p.stem)
def test_each_synthetic_bx_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())

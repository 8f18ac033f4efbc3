# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_bj documents end to end (SYNTHETIC_BJ.md): three 2026 documents invented by a
collector for places no folder held (同仁市 as a Word file, 姜堰区 as a LibreOffice PDF, 伊春市 as its
portal page), each read from its committed file, drafted and scored against its hand-made
extraction. HELD BACK: measured unseen (at the blind commit with main c93ef620); then SEEN: the
misses read by helper rBJ from 2026-12-06 22:35 UTC."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_BJ = sorted((CORPUS_DEV.parent / "synthetic_bj").glob("*.yaml"))

# Drafted right since the set was SEEN (rules on invented text in
# test_genre_conventions_synthetic_bj.py; SYNTHETIC_BJ.md, "Measurement 2 (after SEEN)") but for
# three figures of 同仁's, each the importer's and left (no rule yet):
DISAGREEMENTS: dict[str, set[str]] = {
    "tongren-qinghai-ai-plus-three-year-2026-synthetic": {
        # goal sub-item 4 prints the dated paragraph's 8亿元 again (same value, unit and year):
        # one target by SOURCES.md ("A figure printed twice"); the importer checks a restatement
        # against the goals only for tasks, not for a goal restating the goal before it
        "extra target 人工智能核心产业及相关产业规模达到8亿元",
        # a 专栏's 工程 restating the task's 打造智慧景区6个: likewise, a task restating a task
        "extra target 建成智慧景区6个",
        # the floor area of the hall a 工程 builds: a property of the project, no figure to reach
        "extra target 展陈面积3000平方米",
    },
}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_BJ, ids=lambda p: p.stem)
def test_each_synthetic_bj_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_BJ, ids=lambda p: p.stem)
def test_each_synthetic_bj_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())

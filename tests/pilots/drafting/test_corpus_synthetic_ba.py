# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_ba documents end to end (SYNTHETIC_BA.md): three 2026 documents invented by a
collector for places no folder held, each read from its committed file, drafted and scored against
its hand-made extraction. HELD BACK: measured unseen (at the blind commit with main f8e54403); then
SEEN: the misses read by helper rBA from 2026-12-06 03:00 UTC."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_BA = sorted((CORPUS_DEV.parent / "synthetic_ba").glob("*.yaml"))

# Rules on invented text in test_genre_conventions_synthetic_ba.py (SYNTHETIC_BA.md, "Measurement 2").
# What stays missed:
DISAGREEMENTS: dict[str, set[str]] = {
    "qingtongxia-ai-plus-opinions-2026-synthetic": {
        # task （十）'s points 一是…（责任单位：…）；二是…（责任单位：…）, each annotated, are
        # clauses of one task by the extraction, tasks by the draft: the run-on 一是…二是… form is not
        # read by item_kinds' clause rule, which takes points printed on lines of their own.
        "extra task 三.(十).1 推动青铜峡黄河大峡谷、一百零八塔等景区应用智能导览、客流预测和智能安防",
        "extra task 三.(十).2 推动文旅数据与交通、气象数据融合",
        "assignment 三.十 supporting sjj",
        "extra assignment 三.(十).1 lead radio-television",
        "extra assignment 三.(十).2 lead radio-television",
        "extra assignment 三.(十).2 supporting data-bureau",
        # 建设A、B、C三个行业数据集 in an undated item: the importer reads a count of the things it
        # has just named as no figure to reach unless dated (goal_readings.listed_count); the
        # extraction keeps it — a convention question.
        "target T15 建设铝基新材料、葡萄酒、优质粮食三个行业数据集",
    },
}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_BA, ids=lambda p: p.stem)
def test_each_synthetic_ba_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_BA, ids=lambda p: p.stem)
def test_each_synthetic_ba_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())

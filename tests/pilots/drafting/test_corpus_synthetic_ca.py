# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_ca documents end to end (SYNTHETIC_CA.md): three 2026 web pages invented by a
collector whose STRUCTURE carries the outline (塔城市's page numbered by HTML list numbering,
独山子区's saved page whose article is only inside a script, 靖宇县's 政务公开 page with its 政策解读),
each read from its committed file, drafted and scored against its hand-made extraction. Measured
unseen once (main 20efc388); then SEEN: the misses read by helper rCA on 2026-12-07."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_CA = sorted((CORPUS_DEV.parent / "synthetic_ca").glob("*.yaml"))

# Rules on invented pages in test_genre_conventions_rCA.py (SYNTHETIC_CA.md, "Measurement 2 (after
# SEEN)"). Left, not fixed by the deadline (importer defects, not judgement calls):
DISAGREEMENTS: dict[str, set[str]] = {
    # "，2026年开放数据集不少于40个": the clause's own year is not read when its verb opens on 开
    # (clause_year's lookahead keeps 开 out for 2026年开始…), so the figure is due at the plan's end.
    "dushanzi-ai-plus-work-plan-2026-synthetic": {
        "target T16 2026年开放数据集不少于40个",
        "extra target 2026年开放数据集不少于40个",
    },
    # "建设…基地3个，面积达到5000亩": a subject-less clause measuring the thing just counted; the
    # importer drafts no metric for a bare 面积.
    "jingyu-ai-plus-action-plan-2026-synthetic": {"target T15 面积达到5000亩"},
}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_CA, ids=lambda p: p.stem)
def test_each_synthetic_ca_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_CA, ids=lambda p: p.stem)
def test_each_synthetic_ca_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())

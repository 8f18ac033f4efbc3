# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_bq documents end to end (SYNTHETIC_BQ.md): three 2026 sector plans issued by
DEPARTMENTS, invented by a collector (昭通市's joint 卫健委 实施方案 as a Word file, 东方市交通运输局's
工作方案 with a 任务清单 table as a LibreOffice PDF, 河东区教育局's 行动计划 as its portal page), each
read from its committed file, drafted and scored against its hand-made extraction. Measured unseen
(at the blind commit on main 5b438f99); then SEEN: the misses read by helper rBQ from 2026-12-07
02:26 UTC."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_BQ = sorted((CORPUS_DEV.parent / "synthetic_bq").glob("*.yaml"))

# Drafted right since the set was SEEN (rules on invented text in
# test_genre_conventions_rBQ.py; SYNTHETIC_BQ.md, "Measurement 2 (after SEEN)") but for one
# figure of 河东's, the importer's and left (no rule yet):
# The restatements and the floor area left at measurement 2 are drafted as the extraction says
# since 2026-12-07 (goals._restates: a figure printed twice is one target, between goals and
# between tasks too; project_size_clause: 展陈面积): no miss is left.
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_BQ, ids=lambda p: p.stem)
def test_each_synthetic_bq_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_BQ, ids=lambda p: p.stem)
def test_each_synthetic_bq_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())

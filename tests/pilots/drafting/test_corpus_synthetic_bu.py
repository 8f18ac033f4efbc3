# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_bu documents end to end (SYNTHETIC_BU.md): three 2026 JOINT documents invented by
a collector for invented places, each issued by several bodies at once (湄江省's 实施意见 of the
party committee and the government as a LibreOffice PDF, six 岫川省 departments' notice as a Word
file with an annex 重点任务分工表, 栖梧市's 两办 实施方案 as its portal page), each read from its
committed file, drafted and scored against its hand-made extraction. Measured unseen once (at the
blind commit e685cb82 with main 5048f583); then SEEN: the misses read by helper rBU on 2026-12-07."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_BU = sorted((CORPUS_DEV.parent / "synthetic_bu").glob("*.yaml"))

# Drafted right since the set was SEEN (rules on invented text in
# test_genre_conventions_rBU.py; SYNTHETIC_BU.md, "Measurement 2 (after SEEN)"): no miss is left,
# none a judgement. Two extractions were corrected (湄江's 到2027年 targets due 2027; 岫川's
# per-enterprise quota kept as a target under SOURCES.md's quota convention).
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_BU, ids=lambda p: p.stem)
def test_each_synthetic_bu_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_BU, ids=lambda p: p.stem)
def test_each_synthetic_bu_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())

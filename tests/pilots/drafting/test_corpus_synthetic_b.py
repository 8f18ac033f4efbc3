"""The synthetic_b documents end to end (SYNTHETIC_B.md): three full-length plans invented by a
collector in the genre's forms, each drafted and scored against its hand-made extraction, so that
CI keeps measuring the later parts of whole plans (whole task parts, engineering items, indicator
tables, safeguard parts) that the corpus's page beginnings never reach. Seen data since
measurement 1: the misses allowed are listed with their reasons, as test_corpus's are."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_misses

SYNTHETIC_B = sorted((CORPUS_DEV.parent / "synthetic_b").glob("*.yaml"))

DISAGREEMENTS: dict[str, set[str]] = {}

# What the importer does not read yet (not a judgement).
NOT_YET_READ = {
    # 省政数局 is the short form of 省政务服务和数字化建设管理局 (Jilin); 广东 writes 政数局 for its
    # 政务服务和数据管理局: the short form's full name depends on the province, so the tables do not
    # expand it and the two forms stay two agencies.
    "jilin-ai-plus-measures-2025-synthetic": {"extra agency 省政务服务和数字化建设管理局"},
}


@pytest.mark.parametrize("expected_path", SYNTHETIC_B, ids=lambda p: p.stem)
def test_each_synthetic_b_document_finds_what_was_extracted_by_hand(expected_path):
    name = expected_path.stem
    allowed = DISAGREEMENTS.get(name, set()) | NOT_YET_READ.get(name, set())
    assert corpus_misses(expected_path) == allowed


def test_the_synthetic_b_set_is_there():
    assert len(SYNTHETIC_B) == 3

"""The synthetic_b documents end to end (SYNTHETIC_B.md): three full-length plans invented by a
collector in the genre's forms, each drafted and scored against its hand-made extraction, so that
CI keeps measuring the later parts of whole plans (whole task parts, engineering items, indicator
tables, safeguard parts) that the corpus's page beginnings never reach. Seen data since
measurement 1: the misses allowed are listed with their reasons, as test_corpus's are."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_misses

SYNTHETIC_B = sorted((CORPUS_DEV.parent / "synthetic_b").glob("*.yaml"))

DISAGREEMENTS: dict[str, set[str]] = {}

# What the importer does not read yet (not a judgement): nothing left.
NOT_YET_READ: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_B, ids=lambda p: p.stem)
def test_each_synthetic_b_document_finds_what_was_extracted_by_hand(expected_path):
    name = expected_path.stem
    allowed = DISAGREEMENTS.get(name, set()) | NOT_YET_READ.get(name, set())
    assert corpus_misses(expected_path) == allowed


def test_the_synthetic_b_set_is_there():
    assert len(SYNTHETIC_B) == 3

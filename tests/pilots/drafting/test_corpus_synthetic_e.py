"""The synthetic_e documents end to end (SYNTHETIC_E.md): three full-length "人工智能+" plans
invented by a collector in forms sets A-D lack (云南省 实施意见 of unnumbered task paragraphs with
〔〕 annotations, 德清县 plan whose leads stand on group headings over items ⑴⑵ and whose
indicator table is printed one cell a line, 宜昌市 工作方案 with tasks numbered 第一，第二), each
drafted and scored against its hand-made extraction. Seen data since measurement 1: the misses
allowed are listed with their reasons, as test_corpus's are."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_misses

SYNTHETIC_E = sorted((CORPUS_DEV.parent / "synthetic_e").glob("*.yaml"))

# What measurement 1 (unseen) missed and no rule of test_genre_conventions_synthetic_e has read yet:
# nothing since its rules 1-7 and the one correction of the extraction (SYNTHETIC_E.md).
DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_E, ids=lambda p: p.stem)
def test_each_synthetic_e_document_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_e_set_is_there():
    assert len(SYNTHETIC_E) == 3

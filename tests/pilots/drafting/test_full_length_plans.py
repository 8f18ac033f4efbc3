"""Forms that the full-length plans of synthetic_a print (SYNTHETIC_A.md, measurement 1), and two
known misses of the same kind: each a short text written to test the form (not a copy of a plan),
drafted end to end through ``plan_draft``. Each failed on the importer of 4fe46cb unless marked as
a control."""

import pytest

from tests.pilots.drafting.test_genre_conventions import _draft
from tests.pilots.drafting.test_target_forms_round19 import _goals_part, _targets


def _read(data: dict, *keys: str) -> list[tuple]:
    return sorted(tuple(t.get(k) for k in keys) for t in _targets(data))


# 1. 从 or 由 starts the range of a figure only when a figure follows it
#    (规模从100亿元提高到300亿元): in 从业人员 it is part of the thing counted, and
#    "人工智能从业人员达到3万人" counts 从业人员.


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("人工智能相关从业人员达到3万人", "人工智能相关从业人员"),
        ("数据标注从业人员超过1万人", "数据标注从业人员"),
    ],
)
def test_a_thing_counted_containing_cong_is_kept_whole(sentence, metric):
    data = _draft(_goals_part(f"到2027年，{sentence}。"))
    assert _read(data, "metric") == [(metric,)]


def test_a_range_from_a_figure_still_starts_after_cong():
    """Control: 从 before the starting figure still leaves the start out of the metric."""
    data = _draft(_goals_part("到2027年，人工智能核心产业规模从100亿元提高到300亿元。"))
    assert _read(data, "metric", "value") == [("人工智能核心产业规模", 300)]


# 2. 研发 (R&D) opening an indicator's name (研发人员与管理人员比例, 研发投入强度) is a noun, part
#    of the name, not a leading verb to trim as in 研发智能终端产品50个.


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("研发人员与管理人员比例不低于1:2", "研发人员与管理人员比例"),
        ("研发投入强度达到3%", "研发投入强度"),
    ],
)
def test_an_indicator_name_opening_with_a_verb_keeps_it(sentence, metric):
    data = _draft(_goals_part(f"到2027年，{sentence}。"))
    assert _read(data, "metric") == [(metric,)]


def test_a_leading_verb_before_a_thing_counted_is_still_trimmed():
    """Control: 研发 before a thing counted (研发智能产品50个) is a verb, not part of the name."""
    data = _draft(_goals_part("到2027年，培育人工智能领军企业5家，研发智能终端产品50个。"))
    assert _read(data, "metric") == [("人工智能领军企业",), ("智能终端产品",)]

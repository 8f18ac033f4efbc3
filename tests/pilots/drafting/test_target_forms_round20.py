"""Forms of numeric goal sentences the importer did not read (issue 16, target recall on plans
never seen): each a short text written to test the form (not a copy of a real plan), drafted end
to end through ``plan_draft``. Each failed on the importer of cd42de0 unless marked as a
control."""

import pytest

from tests.pilots.drafting.test_genre_conventions import _draft
from tests.pilots.drafting.test_target_forms_round19 import _goals_part, _targets


def _read(data: dict, *keys: str) -> list[tuple]:
    return sorted(tuple(t.get(k) for k in keys) for t in _targets(data))


# 1. A ratio written as two figures joined by a colon or 比 ("比例达到1:3", "1∶3", "1比3"): one
#    target, the second term per one of the first (3), in the unit of a ratio, not no target.


@pytest.mark.parametrize("written", ["1:3", "1：3", "1∶3", "1比3", "2:6"])
def test_a_ratio_is_one_target_of_its_second_term_per_one_of_the_first(written):
    data = _draft(_goals_part(f"到2027年，全市中小学专职与兼职科技辅导员比例达到{written}。"))
    assert _read(data, "value", "unit", "comparator") == [(3, "比", "eq")]
    assert _read(data, "metric") == [("中小学专职与兼职科技辅导员比例",)]


def test_a_ratio_with_a_comparator_after_it():
    data = _draft(_goals_part("到2026年，园区研发人员与生产人员之比提高到1:4以上。"))
    assert _read(data, "value", "unit", "comparator") == [(4, "比", "gte")]


def test_a_time_of_day_or_a_score_is_no_ratio():
    """Control: a clock time or two counts joined by a colon without a word of ratio before them
    are not read as a ratio."""
    data = _draft(_goals_part("到2027年，建成12个创新中心，每日8:30开放服务大厅。"))
    assert _read(data, "value", "unit") == [(12, "个")]


# 2. Levels listed before 各 with one figure ("国家级、省级创新平台各5个"): one target per level
#    named, each counting the thing after the levels, not one target for the list.


def test_levels_listed_before_each_give_one_target_per_level():
    data = _draft(_goals_part("到2027年，新建国家级、省级企业技术中心各5个。"))
    assert _read(data, "metric", "value", "unit", "comparator") == [
        ("国家级企业技术中心", 5, "个", "eq"),
        ("省级企业技术中心", 5, "个", "eq"),
    ]
    data = _draft(_goals_part("到2026年，培育省级和市级工业设计中心各10家以上。"))
    assert _read(data, "metric", "value", "comparator") == [
        ("市级工业设计中心", 10, "gte"),
        ("省级工业设计中心", 10, "gte"),
    ]


def test_each_after_a_single_thing_keeps_one_target():
    """各 after one thing named is one target, and 各 is no part of its metric."""
    data = _draft(_goals_part("到2027年，全市新建众创空间各3家。"))
    assert _read(data, "metric", "value", "unit") == [("众创空间", 3, "家")]


# 3. A range whose second figure carries a scale word ("1—2百家", "3至5千人"): the scale is the
#    range's, so both figures are scaled (100–200), drafted as a "1—2个" range is.


def test_a_scale_after_the_second_figure_of_a_range_scales_both():
    data = _draft(_goals_part("到2027年，培育专精特新中小企业1—2百家。"))
    assert _read(data, "value", "value_max", "unit", "comparator") == [(100, 200, "家", "range")]
    data = _draft(_goals_part("到2027年，每年培训数字技能人才3至5千人。"))
    assert _read(data, "value", "value_max", "unit", "comparator") == [(3000, 5000, "人", "range")]


def test_a_range_with_a_scale_on_both_figures_is_read_as_written():
    """Control: "1百—2百家" and "100—200家" are 100–200 already; "50—2百家" is not rescaled."""
    for written in ("1百—2百家", "100—200家"):
        data = _draft(_goals_part(f"到2027年，培育专精特新中小企业{written}。"))
        assert _read(data, "value", "value_max") == [(100, 200)]
    data = _draft(_goals_part("到2027年，培育专精特新中小企业50—2百家。"))
    assert _read(data, "value", "value_max") == [(50, 200)]

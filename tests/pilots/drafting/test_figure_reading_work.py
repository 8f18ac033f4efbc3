"""How much reading the goals take per figure: a question with a yes or no answer (does this line
state a figure?) reads up to the first figure, not through a line of a thousand, and says what
reading them all would say. Texts invented."""

import pytest

from pilots.drafting import quantities
from pilots.drafting.goal_regions import goal_regions
from pilots.drafting.goals import region_deadlines
from pilots.drafting.outline import outline_read
from pilots.drafting.parts import parts_of
from pilots.drafting.quantities import quantities_in, states_a_figure


@pytest.fixture
def figures_read(monkeypatch):
    """How many numbers quantities.py has read a figure at."""
    read = []
    real = quantities._quantity_at
    monkeypatch.setattr(quantities, "_quantity_at", lambda *args: read.append(1) or real(*args))
    return read


def test_whether_a_long_line_states_a_figure_is_read_at_its_first(figures_read):
    line = "、".join(f"建成示范园区{i}个" for i in range(1, 400))
    assert states_a_figure(line)
    assert len(figures_read) <= 2  # the first, and the next that could make it a qualifier


def test_the_years_of_a_goal_region_read_no_line_of_figures_through(figures_read):
    text = (
        "二、发展目标\n到2028年，"
        + "，".join(f"新建算力中心{i}个" for i in range(1, 300))
        + "。\n到2035年，全面建成智慧城区。"
    )
    (region,) = goal_regions(*reversed(parts_of(outline_read(text))))
    assert region_deadlines(region) == [2028]  # the closing figure-less year is a vision
    assert len(figures_read) < 10  # a few years and first figures, not the 299 of the line


@pytest.mark.parametrize(
    "clause",
    [
        "",
        "全面提升服务能力",
        "培育营收超十亿元的企业10家",  # the first figure qualifies what the second counts
        "营收超百亿元企业5家",
        "打造3个以上的标杆产品",  # a count before 的 with another figure after it
        "引进年薪50万元以上的人才",  # a lone figure before 的
        "建成4个超千亿元产业集群",  # a size class after a count
        "算力规模较2024年翻一番，达到500PFLOPS",  # a doubling beside a figure
        "新建基站2000个、数据中心3个",
    ],
)
def test_whether_a_clause_states_a_figure_is_what_reading_all_its_figures_says(clause):
    assert states_a_figure(clause) == bool(quantities_in(clause))

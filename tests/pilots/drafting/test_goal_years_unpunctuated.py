"""The year a goal sentence is stated for, written without 到 and without a comma after it: at the
sentence's head (2026年全区新增…), after the place it speaks of (全区2026年新增…), opening a later
clause (…，2027年新增…; …，其中2026年达到…) or right before a figure's verb (规模2025年约…). A year
in the plan's period dates its figures; one before it makes them a base (as 58ba3d2 reads
"2025年，…"). Invented texts; each failed on the importer of cd88bba unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import _draft

_TASKS = "二、重点任务\n（一）建设算力底座。建设公共算力平台。\n"


def _plan(goals: str) -> dict:
    return _draft(f"某区数字经济发展行动方案（2026—2027年）\n一、发展目标\n{goals}\n{_TASKS}")


def _targets(data: dict) -> list[tuple]:
    return [
        (t["metric"], t["value"], t["unit"], t["deadline"], t.get("baseline"))
        for g in data["goals"]
        for t in g["targets"]
    ]


def test_a_year_before_the_period_with_no_comma_makes_a_base():
    data = _plan("2025年全区数字经济核心产业营收约60亿元，到2027年突破120亿元。")
    assert _targets(data) == [("数字经济核心产业营收", 120, "亿元", 2027, 60)]


def test_a_year_before_the_period_with_a_comma_lends_its_metric_to_the_target():
    data = _plan("2025年，全区数字经济核心产业营收约60亿元，到2027年突破120亿元。")
    assert _targets(data) == [("数字经济核心产业营收", 120, "亿元", 2027, 60)]


def test_a_year_in_the_period_with_no_comma_dates_its_figure():
    data = _plan("2026年全区新增数字经济企业20家。到2027年，全区数字经济企业达到80家。")
    assert _targets(data)[0] == ("数字经济企业", 20, "家", 2026, None)


def test_a_year_with_its_end_and_no_comma_dates_its_figure():
    data = _plan("2026年底全区数字经济核心产业营收达到90亿元。到2027年，突破120亿元。")
    assert [t[3] for t in _targets(data)] == [2026, 2027]


def test_a_year_after_the_place_the_sentence_speaks_of_dates_its_figure():
    data = _plan("全区2026年新增数字经济企业20家。到2027年，全区数字经济企业达到80家。")
    assert _targets(data)[0] == ("数字经济企业", 20, "家", 2026, None)


def test_a_year_opening_a_later_clause_dates_the_figures_after_it():
    data = _plan("2026年全区新增数字经济企业20家，2027年新增30家。")
    assert _targets(data) == [
        ("数字经济企业", 20, "家", 2026, None),
        ("数字经济企业", 30, "家", 2027, None),
    ]


def test_a_year_after_qizhong_in_the_sentence_dates_the_part_of_the_period():
    data = _plan("到2027年，全区数字经济核心产业营收突破120亿元，其中2026年达到90亿元。")
    assert _targets(data) == [
        ("数字经济核心产业营收", 120, "亿元", 2027, None),
        ("数字经济核心产业营收", 90, "亿元", 2026, None),
    ]


def test_a_year_right_before_a_figures_verb_dates_it():
    data = _plan("全区数字经济核心产业营收2025年约60亿元，2027年突破120亿元。")
    assert _targets(data) == [("数字经济核心产业营收", 120, "亿元", 2027, 60)]


def test_a_year_opening_a_sentence_with_a_goal_striven_for():
    """Control: 力争 before the year is a deadline already."""
    data = _plan("力争2027年全区数字经济核心产业营收突破120亿元。")
    assert _targets(data) == [("数字经济核心产业营收", 120, "亿元", 2027, None)]


def test_control_a_year_compared_to_is_no_date():
    data = _plan("到2027年，全区数字经济企业达到80家，较2024年增长60%。")
    assert [t[3] for t in _targets(data)] == [2027, 2027]


def test_control_a_reporting_period_opening_a_sentence_is_no_goal_year():
    data = _plan("2023年以来全区新增数字经济企业35家。到2027年，全区数字经济企业达到80家。")
    assert 2023 not in [t[3] for t in _targets(data)]
    assert data["plan"]["milestone_years"] == [2027]


def test_years_listed_at_the_head_date_the_figures_given_respectively():
    data = _plan("2026年、2027年全区数字经济企业分别达到50家、80家。")
    assert _targets(data) == [
        ("数字经济企业", 50, "家", 2026, None),
        ("数字经济企业", 80, "家", 2027, None),
    ]


def test_a_year_with_nei_dates_its_figure_and_a_bare_verb_borrows_the_thing():
    data = _plan("2026年内建成区级数据中心1个，到2027年建成3个。")
    assert _targets(data) == [
        ("区级数据中心", 1, "个", 2026, None),
        ("区级数据中心", 3, "个", 2027, None),
    ]


def test_control_a_past_year_told_in_passing_dates_no_goal():
    """A plan with no goals part and no date of its own: a year told in passing in its opening
    (根据测算，2024年…约30亿元) is no milestone, so the period is not read as starting then."""
    data = _draft(
        "某区数字经济发展规划\n为加快数字经济发展，制定本规划。\n"
        "数字经济初具规模。根据测算，2024年全区数字经济核心产业营收约30亿元，发展水平位居全市前列。\n"
        "到2027年，全区数字经济核心产业营收突破120亿元。\n" + _TASKS
    )
    assert _targets(data) == [("数字经济核心产业营收", 120, "亿元", 2027, None)]
    assert data["plan"]["milestone_years"] == [2027]

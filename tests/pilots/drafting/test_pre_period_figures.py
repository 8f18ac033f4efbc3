"""A figure dated before the plan's period, in a goals paragraph, states where the plan starts
from (2025年，全市…约80亿元 in a 2026—2027 plan): a baseline, no target. Invented texts; each
failed on the importer of 1b4ddd2 unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft


def _targets(data: dict) -> list[tuple]:
    return [
        (t["value"], t["unit"], t["deadline"], t.get("baseline"))
        for g in data["goals"]
        for t in g["targets"]
    ]


_TASKS = "二、重点任务\n（一）强化技术攻关。组织开展关键技术攻关。\n"


def test_a_figure_dated_before_the_titled_period_is_no_target():
    data = _draft(
        "某市智能网联汽车产业发展行动方案（2026—2027年）\n一、发展目标\n"
        "2025年，全市智能网联汽车产业规模约60亿元。到2027年，全市智能网联汽车产业规模"
        "突破150亿元，培育链主企业12家。\n" + _TASKS
    )
    assert _targets(data) == [(150, "亿元", 2027, None), (12, "家", 2027, None)]
    assert data["plan"]["milestone_years"] == [2027]


def test_a_pre_period_figure_is_the_baseline_of_its_sentences_target():
    data = _draft(
        "某市智能网联汽车产业发展行动方案（2026—2027年）\n一、发展目标\n"
        "2025年，全市智能网联汽车产业规模约60亿元，到2027年突破150亿元。\n" + _TASKS
    )
    assert _targets(data) == [(150, "亿元", 2027, 60)]


def test_the_issue_date_starts_the_period_without_a_titled_one():
    data = _draft(
        "某市智能网联汽车产业发展行动方案\n一、发展目标\n"
        "2025年，全市智能网联汽车产业规模约60亿元。到2027年，全市智能网联汽车产业规模"
        "突破150亿元。\n" + _TASKS + "某市人民政府办公室\n2026年3月2日\n"
    )
    assert _targets(data) == [(150, "亿元", 2027, None)]


def test_an_undated_goal_after_a_pre_period_one_is_not_dated_by_it():
    data = _draft(
        "某市智能网联汽车产业发展行动方案（2026—2027年）\n一、发展目标\n"
        "（一）产业规模。2025年，全市智能网联汽车产业规模约60亿元。\n"
        "（二）企业培育。培育链主企业12家。\n" + _TASKS
    )
    assert _targets(data) == [(12, "家", 2027, None)]


def test_control_a_figure_due_in_the_periods_first_year_is_a_target():
    data = _draft(
        "某市智能网联汽车产业发展行动方案（2026—2027年）\n一、发展目标\n"
        "2026年，全市智能网联汽车产业规模达到100亿元。到2027年，突破150亿元。\n" + _TASKS
    )
    assert [t[:3] for t in _targets(data)] == [(100, "亿元", 2026), (150, "亿元", 2027)]

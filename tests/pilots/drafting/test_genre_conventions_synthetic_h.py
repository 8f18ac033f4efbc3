"""Conventions of the genre that the synthetic_h set (SYNTHETIC_H.md, measurement 1) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _tasks

# 1. A goal may give, in brackets right after a figure, the step due in an earlier year
#    ("突破300亿元（2026年达到220亿元）"): that step is a target of its own, due in the bracket's
#    year, counting what the figure before it counts; the figure's phrase stops at the bracket.

_INTERIM_IN_BRACKETS = (
    "某区“人工智能+”行动实施方案（2026—2027年）\n"
    "一、总体要求\n"
    "到2027年，全区人工智能核心产业营业收入突破300亿元（2026年达到220亿元），集聚人工智能企业"
    "800家以上（2026年底前突破600家），建成人工智能创新平台30个。\n"
    "二、重点任务\n"
    "1.建设算力中心。统筹建设智能算力中心。（牵头单位：区发改局）\n"
)


def _read(data: dict) -> list[tuple]:
    return [
        (t["metric"], t["comparator"], t["value"], t["unit"], t["deadline"], t["source_phrase"])
        for g in data["goals"]
        for t in g["targets"]
    ]


def test_an_earlier_year_s_step_in_brackets_after_a_figure_is_a_target_of_that_year():
    whole = "全区人工智能核心产业营业收入突破300亿元"
    assert _read(_draft(_INTERIM_IN_BRACKETS)) == [
        ("人工智能核心产业营业收入", "gt", 300, "亿元", 2027, whole),
        ("人工智能核心产业营业收入", "eq", 220, "亿元", 2026, "2026年达到220亿元"),
        ("人工智能企业", "gte", 800, "家", 2027, "集聚人工智能企业800家以上"),
        ("人工智能企业", "gt", 600, "家", 2026, "2026年底前突破600家"),
        ("人工智能创新平台", "eq", 30, "个", 2027, "建成人工智能创新平台30个"),
    ]


def test_a_base_year_s_level_in_brackets_is_the_baseline_of_the_figure_before_it():
    """A bracket stating where a figure stood (（2025年为150亿元）) is its base, no step."""
    text = _INTERIM_IN_BRACKETS.replace("（2026年达到220亿元）", "（2025年为150亿元）")
    targets = [t for g in _draft(text)["goals"] for t in g["targets"]]
    assert [t["value"] for t in targets] == [300, 800, 600, 30]
    assert targets[0]["baseline"] == 150


# 2. After a measure's support for whom it names ("对…人才和团队给予安居、子女入学等支持"), a
#    clause opening with 每年 commits the item to a yearly figure of its own (每年举办…不少于4场),
#    as one opening with 力争 does; the support's own terms stay no targets.

_YEARLY_AFTER_SUPPORT = (
    "某区“人工智能+”行动实施方案（2026—2027年）\n"
    "一、重点任务\n"
    "1.建设算力中心。统筹建设智能算力中心。（牵头单位：区发改局）\n"
    "二、保障措施\n"
    "（一）加强人才支撑。落实人才新政，对人工智能领域高层次人才和团队给予安居、子女入学等支持，"
    "每年举办人工智能人才对接活动不少于4场。（牵头单位：区委组织部；协办单位：区人社局）\n"
    "（二）加大资金支持。对首次认定的企业给予奖励，每家奖励50万元。\n"
)


def test_a_yearly_figure_after_a_measure_s_support_is_the_item_s_own():
    data = _draft(_YEARLY_AFTER_SUPPORT)
    targets = [t for g in data["goals"] for t in g["targets"]]
    assert [(t["value"], t["unit"], t["comparator"], t.get("per_year")) for t in targets] == [
        (4, "场", "gte", True)
    ]
    assert [t["title"] for t in _tasks(data)][-2:] == ["加强人才支撑", "加大资金支持"]

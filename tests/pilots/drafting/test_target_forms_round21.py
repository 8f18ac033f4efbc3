"""Target and assignment forms the importer misread (round 21, left open by synthetic_e): each a
short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from pilots.drafting.quantities import quantities_in
from tests.pilots.drafting.test_genre_conventions import _draft, _named_targets, _roles, _tasks

# 1. A goal line opened by its year in brackets ("（2028年）全市…达到500亿元"): its figures fall due
#    in that year, as after "2028年，" or under "（一）2028年目标。", not at the plan's end.

_BRACKETED_YEARS = (
    "某市推进“人工智能+”行动实施方案（2026—2030年）\n一、主要目标\n"
    "（2028年）全市人工智能核心产业规模达到500亿元，培育人工智能企业100家以上。\n"
    "（2030年）全市人工智能核心产业规模达到1000亿元。\n"
    "二、重点任务\n（一）建设算力。建设算力中心。（责任单位：市数据局）\n"
)


def test_a_goal_line_opened_by_a_bracketed_year_is_due_that_year():
    assert _named_targets(_draft(_BRACKETED_YEARS)) == [
        ("人工智能核心产业规模", "eq", 500, "亿元", 2028),
        ("人工智能企业", "gte", 100, "家", 2028),
        ("人工智能核心产业规模", "eq", 1000, "亿元", 2030),
    ]


def test_a_year_goal_heading_dates_its_figures_control():
    text = _BRACKETED_YEARS.replace("（2028年）", "（一）2028年目标。").replace(
        "（2030年）", "（二）2030年目标。"
    )
    assert [t[-1] for t in _named_targets(_draft(text))] == [2028, 2028, 2030]


# 2. A share written as a fraction (三分之一, 二分之一) or as 一半 is a percentage when it is
#    what the clause reaches (占比超过三分之一, 达到一半以上), kept to the four decimals a
#    target's value holds, its comparator from the words around it, as a share in tenths
#    (三成, 五成以上) is read already (control). Before a noun the fraction counts the things
#    that must meet a figure (力争三分之一县…保持在25微克/立方米以下, heldout14's judgement):
#    no figure of its own (control).

_SHARES_IN_WORDS = (
    "某市推进“人工智能+”行动实施方案（2026—2028年）\n一、主要目标\n"
    "到2028年，人工智能企业营收占数字经济比重超过三分之一，"
    "规上工业企业数字化改造覆盖面达到一半以上，智能网联汽车渗透率超过二分之一，智能制造装备占比达到三成，重点企业上云率五成以上。"
    "力争三分之一县（市、区）PM2.5年均浓度保持在25微克/立方米以下。\n"
    "二、重点任务\n（一）建设算力。建设算力中心。（责任单位：市数据局）\n"
)


def test_a_share_written_as_a_fraction_or_a_half_is_a_percentage():
    assert [t[1:] for t in _named_targets(_draft(_SHARES_IN_WORDS))] == [
        ("gt", 33.3333, "%", 2028),
        ("gte", 50, "%", 2028),
        ("gt", 50, "%", 2028),
        ("eq", 30, "%", 2028),
        ("gte", 50, "%", 2028),
        ("lte", 25, "微克/立方米", 2028),
    ]
    # the review note names the words read, not the numerator alone
    assert "中文数字“三分之一”读作 33.3333" in quantities_in("占比超过三分之一")[0].notes
    assert "中文数字“一半”读作 50" in quantities_in("覆盖面达到一半以上")[0].notes


# 3. A group heading's annotation over items that each carry one of their own is meant for them all
#    (rule 3 of synthetic_e: otherwise it would cover none): each item takes the heading's roles it
#    names none of itself, beside its own. A role the item names itself is its own alone, as an
#    item naming its own lead keeps only its own: a heading naming 责任单位 over items naming
#    theirs adds nobody (the heading's list is the group's, each item's the item's).

_RESPONSIBLE_ON_THE_GROUP = (
    "某市推进“人工智能+”行动实施方案\n二、重点任务\n"
    "（一）智能算力提升行动（责任单位：市发改委、市数据局）\n"
    "1.建设智算中心。建设面向大模型训练的智算中心。（责任单位：市数据局）\n"
    "2.推广算力券。降低企业用算成本。（责任单位：市经信局）\n"
)


def test_a_group_headings_responsible_units_leave_items_naming_theirs_their_own():
    tasks = _tasks(data := _draft(_RESPONSIBLE_ON_THE_GROUP))
    assert [t["title"] for t in tasks] == ["建设智算中心", "推广算力券"]
    assert _roles(data, tasks[0]) == {"responsible": ["市数据局"]}
    assert _roles(data, tasks[1]) == {"responsible": ["市经信局"]}


def test_a_group_headings_responsible_units_join_items_naming_only_a_lead():
    text = _RESPONSIBLE_ON_THE_GROUP.replace(
        "（责任单位：市数据局）\n", "（牵头单位：市数据局）\n"
    ).replace("（责任单位：市经信局）", "（牵头单位：市经信局；配合单位：市科技局）")
    tasks = _tasks(data := _draft(text))
    assert _roles(data, tasks[0]) == {"lead": ["市数据局"], "responsible": ["市发改委"]}
    assert _roles(data, tasks[1]) == {
        "lead": ["市经信局"],
        "supporting": ["市科技局"],
        "responsible": ["市发改委", "市数据局"],
    }


def test_a_group_headings_supporting_units_join_its_lead_over_items_naming_units():
    text = _RESPONSIBLE_ON_THE_GROUP.replace(
        "（责任单位：市发改委、市数据局）", "（牵头单位：市发改委；配合单位：市财政局）"
    )
    tasks = _tasks(data := _draft(text))
    assert _roles(data, tasks[0]) == {
        "lead": ["市发改委"],
        "supporting": ["市财政局"],
        "responsible": ["市数据局"],
    }

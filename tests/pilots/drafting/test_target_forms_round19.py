"""Forms of numeric goal sentences the pooled corpus (dev + heldout4–18) showed the importer not
reading (issue 16, target recall): each a short text written to test the form (not a copy of a
real plan), drafted end to end through ``plan_draft``. Each failed on the importer of 942de79
unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft


def _targets(data: dict) -> list[dict]:
    return [t for g in data["goals"] for t in g["targets"]]


def _figures(data: dict) -> list[tuple]:
    return sorted((t["value"], t["unit"], t["comparator"]) for t in _targets(data))


def _goals_part(sentence: str) -> str:
    return (
        "某市数字经济发展行动方案(2025-2027年)\n一、主要目标\n"
        f"{sentence}\n二、重点任务\n（一）强化技术攻关。开展攻关。\n"
    )


def _work_points(*items: str) -> str:
    """A plan with no goals part (工作要点): its items' figures are its targets."""
    body = "".join(f"{i}.{item}（责任单位：市科技局）\n" for i, item in enumerate(items, 1))
    return f"2026年某市科技创新工作要点\n一、提升创新能力\n{body}"


# 1. Figures listed after 分别 with one comparator word written after the last of them
#    ("分别增长6.5%、9%左右", "分别达到20家、30家以上"): the word covers every figure of the list,
#    as a comparator written once before the first does.


def test_a_comparator_after_the_last_figure_of_a_respectively_list_covers_all():
    data = _draft(_goals_part("到2027年，全市规上工业、服务业营业收入分别增长6.5%、9%左右。"))
    assert _figures(data) == [(6.5, "%", "approx"), (9, "%", "approx")]
    data = _draft(_goals_part("到2027年，省级、市级孵化器分别达到20家、30家以上。"))
    assert _figures(data) == [(20, "家", "gte"), (30, "家", "gte")]


def test_a_respectively_list_with_a_comparator_of_its_own_per_figure():
    """Control: each figure with its own word keeps it ("分别达到20家以上、超过30家")."""
    data = _draft(_goals_part("到2027年，省级、市级孵化器分别达到20家以上、超过30家。"))
    assert _figures(data) == [(20, "家", "gte"), (30, "家", "gt")]


# 2. In a plan with no goals part, a word of support that is the head of the metric itself, right
#    before a comparator of reaching ("企业研发经费突破20亿元", "对青年人才的支持比例不低于30%"),
#    names the quantity the plan commits to, not the terms of a grant: the figure is a target.


def test_a_support_word_heading_the_metric_before_a_comparator_is_a_target():
    data = _draft(
        _work_points(
            "引导企业加大研发投入，全市企业研发经费突破20亿元。",
            "加大青年人才激励，市级人才计划对青年科技人才支持比例不低于30%。",
        )
    )
    assert _figures(data) == [(20, "亿元", "gt"), (30, "%", "gte")]


def test_a_support_word_beside_the_metric_still_makes_terms():
    """Control: with a word of support of its own in the clause (补贴比例, 给予), or a cap, the
    figure stays a term of the support."""
    data = _draft(
        _work_points(
            "支持企业购置设备，设备补贴比例不低于20%。",
            "完善孵化器扶持政策，运营奖励资金达到50万元。",
            "企业技改费用不超过500万元的部分予以补助。",
        )
    )
    assert _figures(data) == []


# 3. A condition clause (对…的, 凡…) governs the rest of its sentence: the figures of an item's
#    sentence before the condition are still the figures the item commits to.


def test_figures_before_a_condition_clause_are_targets():
    data = _draft(
        _work_points(
            "实施场景应用行动，打造20个应用场景，培育50家数字化服务商，对符合条件的项目，"
            "按不超过投资额20%的标准给予补助。"
        )
    )
    assert _figures(data) == [(20, "个", "eq"), (50, "家", "eq")]


def test_figures_in_a_condition_or_after_it_stay_terms():
    """Control: the figure in the condition (对年营收首次突破10亿元的企业) and those after it
    (对…的机构，按其研发投入的10%，…；…，由市、区各承担50%) are terms of the support."""
    data = _draft(
        _work_points(
            "支持企业做大做强，对年营收首次突破10亿元的企业，一次性给予奖励。",
            "鼓励研发投入，对新认定的研发机构，按其研发投入的10%，给予补助。",
            "支持企业上市，对在境内上市的企业一次性奖励300万元，由市、区各承担50%。",
        )
    )
    assert _figures(data) == []


# 4. A figure joined by 且 / 或 to another attribute before 的 and a noun ("年收入80万元以上且从事
#    研发3年以上的技术骨干，可直接认定…") is one of the criteria of whom a measure names, not a
#    figure to reach.


def test_a_figure_among_the_criteria_before_de_is_no_target():
    data = _draft(
        _work_points(
            "完善人才评价，年收入80万元以上且从事研发工作3年以上的技术骨干，可直接认定为高层次人才。",
            "引育技术人才，每年引进30名以上技术骨干。",
        )
    )
    assert _figures(data) == [(30, "名", "gte")]


# 5. A level written as a milestone passed ("产业规模突破千亿大关", "迈上5000亿元台阶",
#    "跨上万亿元新台阶"): 大关 / 台阶 name no thing counted (台 is no unit there, 千亿 no size
#    class); the figure is the level of the metric before it, in yuan when that is a sum of
#    money, and 迈上 / 跨上 a floor (at least that level).


def test_a_level_written_as_a_milestone_passed_is_a_target():
    data = _draft(_goals_part("到2027年，数字经济规模突破千亿大关，软件业务收入迈上500亿元台阶。"))
    assert _figures(data) == [(500, "亿元", "gte"), (1000, "亿元", "gt")]
    assert [t["metric"] for t in _targets(data)] == ["数字经济规模", "软件业务收入"]


def test_a_count_in_tai_is_still_a_count():
    """Control: 台 counting machines (机器人1000台, 台（套）) is a count; 台（套）, a unit with its
    alternative, is kept as printed, as the extractions write it."""
    data = _draft(_goals_part("到2027年，工业机器人装机量达到1000台，新增智能装备500台（套）。"))
    assert _figures(data) == [(500, "台（套）", "eq"), (1000, "台", "eq")]


# 6. "营业收入达到2000亿元、年均增长10%": a per-year word after the figure, in the same clause,
#    makes the rate after it yearly, not the level before it.


def test_a_yearly_rate_after_a_level_leaves_the_level_a_level():
    data = _draft(_goals_part("到2027年，电子信息制造业营业收入达到2000亿元、年均增长10%。"))
    level, rate = _targets(data)
    assert (level["value"], level.get("per_year", False), level["aggregation"]) == (
        2000,
        False,
        "stock",
    )
    assert (rate["value"], rate.get("per_year", False)) == (10, False)


def test_a_per_year_word_opening_a_sentence_still_governs_its_clauses():
    """Control: 每年 in the first clause governs the figures after it (每年新增企业100家，…50家)."""
    data = _draft(_goals_part("每年新增规上企业100家以上，高新技术企业50家。"))
    assert [t.get("per_year", False) for t in _targets(data)] == [True, True]


# 7. A table of main indicators copied as text with its cells apart by spaces (a page's table as
#    its text reaches a copy), as the goals part prints it: "指标名称 单位 2024年 2027年" then one
#    row a line. Read as the table with | or tabs between its cells is.

_SPACED_TABLE = (
    "某市人工智能发展规划（2025—2027年）\n一、发展目标\n主要指标如下：\n"
    "序号  指标名称  单位  2024年  2027年\n"
    "1  人工智能核心产业规模  亿元  120  300\n"
    "2  人工智能企业数量  家  60  {last}\n"
    "二、重点任务\n（一）强化算力支撑。建设智算中心。\n"
)


def test_an_indicator_table_with_cells_apart_by_spaces_is_read():
    data = _draft(_SPACED_TABLE.format(last="150"))
    assert sorted((t["value"], t["unit"], t["comparator"], t["deadline"], t.get("baseline"))
                  for t in _targets(data)) == [(150, "家", "eq", 2027, 60),
                                               (300, "亿元", "eq", 2027, 120)]  # fmt: skip
    single = _SPACED_TABLE.format(last="150").replace("  ", " ")
    assert len(_targets(_draft(single))) == 2


def test_a_line_of_words_apart_by_spaces_is_no_indicator_table():
    """Control: a sentence with spaces that names 指标 and a year is no header row."""
    data = _draft(
        "某市人工智能发展规划（2025—2027年）\n一、发展目标\n"
        "到2027年 主要指标 全面完成\n人工智能企业数量达到150家。\n"
        "二、重点任务\n（一）强化算力支撑。建设智算中心。\n"
    )
    assert _figures(data) == [(150, "家", "eq")]


# 8. A short quoted name made of figures ("实现“5个100”目标", "构建“1个中心+3个基地”格局",
#    "“3个1000亿”"): the plan's numeral scheme, as a quoted slogan in Chinese numerals is; its
#    figures are no targets (the figures that spell it out after 即 are).


def test_figures_of_a_short_quoted_numeral_scheme_are_no_targets():
    data = _draft(
        _goals_part(
            "到2027年，实现“5个100”目标，即培育100家企业、建设100个场景；"
            "构建“1个中心+3个基地”的产业格局，产业规模实现“3个1000亿”。"
        )
    )
    assert _figures(data) == [(100, "个", "eq"), (100, "家", "eq")]


def test_a_quoted_goal_sentence_and_a_quoted_lone_figure_are_read():
    """Control: a long quoted goal with its comparators (实现“…达到200家左右…”的目标) and a lone
    figure in quotes with a limit (“1”分钟内响应) are targets."""
    data = _draft(
        _goals_part(
            "到2027年，实现“培育企业达到200家左右、产业规模达到100亿元”的发展目标，"
            "线上帮办“1”分钟内首次响应。"
        )
    )
    assert _figures(data) == [(1, "分钟", "lte"), (100, "亿元", "eq"), (200, "家", "approx")]


# 9. In a plan with no goals part, an item's limit to stay within (城镇调查失业率控制在5.5%以内,
#    审批时限压缩至3个工作日) is a figure it commits to — a cap of support reads 不超过 / 最高;
#    a part of a total in brackets ((其中国家级5家)) is one too, as in a goals part; and a metric
#    headed by 经费 / 资金 growing (研发经费投入增长15%) is the growth committed to.


def test_an_items_limit_part_in_brackets_and_growth_of_funds_are_targets():
    data = _draft(
        _work_points(
            "稳定就业，城镇调查失业率控制在5.5%以内。",
            "优化审批服务，企业开办时间压缩至2个工作日。",
            "培育市级以上专精特新企业30家（其中国家级5家）。",
            "强化投入保障，全社会研发经费投入增长15%。",
        )
    )
    assert _figures(data) == [
        (2, "个工作日", "lte"),
        (5, "家", "eq"),
        (5.5, "%", "lte"),
        (15, "%", "eq"),
        (30, "家", "eq"),
    ]


def test_an_items_cap_and_a_bracketed_condition_stay_terms():
    """Control: a cap (每个项目补助不超过100万元, 贴息比例不高于50%) and a figure in a bracket that
    is no part of a total ((单个项目投资2000万元以上)) are no targets."""
    data = _draft(
        _work_points(
            "支持技术改造项目（单个项目投资2000万元以上），每个项目补助不超过100万元。",
            "降低融资成本，对贷款给予贴息，贴息比例不高于50%。",
        )
    )
    assert _figures(data) == []


# 10. An Arabic figure with a Chinese power before the unit ("科技型企业5千家", "3百个场景"): the
#     power scales the figure (5000 家), as it does before 万 / 亿 (1.2千亿元); the power alone was
#     read as the figure (千家 → 1000).


def test_an_arabic_figure_with_a_chinese_power_before_the_unit_is_scaled():
    data = _draft(
        _goals_part("到2027年，培育科技型企业5千家，打造3百个应用场景，规模达到1.2千亿元。")
    )
    assert _figures(data) == [(300, "个", "eq"), (1200, "亿元", "eq"), (5000, "家", "eq")]


def test_a_figure_before_a_power_that_starts_a_word_is_unchanged():
    """Control: 220千伏 (kilovolts) counts no thing; the substations are counted."""
    data = _draft(_goals_part("到2027年，新建220千伏变电站3座。"))
    assert _figures(data) == [(3, "座", "eq")]


# 11. A floor word before the verb of the figure ("每个区县至少建成1个数字化园区", "至少培育10家"):
#     至少 governs the figure after the verb, as it does right before it (至少10家).


def test_a_floor_word_before_the_verb_of_the_figure_makes_it_a_floor():
    data = _draft(
        _goals_part("到2027年，每个区县至少建成1个数字化园区，全市至少培育10家链主企业。")
    )
    assert _figures(data) == [(1, "个", "gte"), (10, "家", "gte")]

"""Goals and targets: deadlines from the sentence or its section, 其中, 每年, 累计, metrics."""

import pytest

from pilots.drafting import plan_draft
from pilots.drafting.deadlines import deadlines_in
from pilots.drafting.goal_regions import goal_regions
from pilots.drafting.goal_targets import targets_of
from pilots.drafting.outline import outline_read
from pilots.drafting.parts import parts_of


def _targets(text: str, deadline=None) -> list[tuple]:
    found, _ = targets_of(text, deadline, 2030)
    return [
        (t.target["metric"], t.target["comparator"], t.target["value"], t.target["unit"],
         t.target["deadline"], t.target.get("per_year", False))
        for t in found
    ]  # fmt: skip


def test_every_goal_sentence_form():
    text = (
        "到2027年底，建成人工智能创新平台20个；人工智能核心产业规模超700亿元；"
        "培育人工智能企业500家以上，其中高新技术企业不少于200家。"
    )
    assert _targets(text) == [
        ("人工智能创新平台", "eq", 20, "个", 2027, False),
        ("人工智能核心产业规模", "gt", 700, "亿元", 2027, False),
        ("人工智能企业", "gte", 500, "家", 2027, False),
        ("高新技术企业", "gte", 200, "家", 2027, False),
    ]
    assert _targets("力争打造10个以上行业大模型，算力规模突破10EFLOPS。", 2026) == [
        ("行业大模型", "gte", 10, "个", 2026, False),
        ("算力规模", "gt", 10, "EFLOPS", 2026, False),
    ]
    assert _targets("到2026年，每年新增1—2个国家级平台，累计培育独角兽企业3家。") == [
        ("国家级平台", "range", 1, "个", 2026, True),
        ("独角兽企业", "eq", 3, "家", 2026, False),  # 累计: a stock, not per year
    ]
    # 累计 ends the reach of the first clause's 每年: the clauses after it count totals too.
    assert _targets(
        "到2028年，每年举办对接活动，累计发布场景需求500项以上，建成示范项目40个左右。"
    ) == [
        ("场景需求", "gte", 500, "项", 2028, False),
        ("示范项目", "approx", 40, "个", 2028, False),
    ]
    # A clause of its own 每年 after the 累计 one is yearly still.
    assert _targets("到2028年，累计建成工厂60个，每年培训人才800人以上。")[1][5] is True


def test_deadlines_from_the_sentence_or_the_text_before():
    assert [y for _, y in deadlines_in("到2025年底，…。2026年，…。2027年前完成…")] == [
        2025, 2026, 2027,
    ]  # fmt: skip
    # Two milestones in one paragraph: each number takes the 到YYYY年 before it.
    text = "\n".join(["到2026年，普及率超过70%。到2027年，普及率超过80%，规模达到100亿元。"])
    assert [t[4] for t in _targets(text)] == [2026, 2027, 2027]
    # No year in the goal itself: the one carried from the goal before it.
    assert _targets("建成平台10个。", deadline=2025)[0][4] == 2025
    # The end of a five-year plan period; the period named without 末 is no deadline.
    assert [y for _, y in deadlines_in("到“十五五”末，建成平台10个。")] == [2030]
    assert deadlines_in("实现“十五五”良好开局。") == []


def test_a_year_opening_a_sentence_or_a_bullet_is_its_deadline():
    assert [t[4] for t in _targets("2025年：培育企业100家；2026年：培育企业200家。")] == [
        2025, 2026,
    ]  # fmt: skip
    assert _targets("——2026年，培育企业300家。")[0][4] == 2026
    assert _targets("2025年6月底前，建成智算中心2个。")[0][4] == 2025


def test_years_listed_for_figures_given_respectively_date_one_each():
    assert [(t[2], t[4]) for t in _targets("到2025年、2027年，企业数量分别达到100家、200家。")] == [
        (100, 2025), (200, 2027),
    ]  # fmt: skip
    assert [y for _, y in deadlines_in("到2025年、2027年，…")] == [2025, 2027]  # milestones


def test_metrics_borrowed_or_trimmed_where_the_clause_names_no_thing():
    metrics = [t[0] for t in _targets("新增人工智能应用场景100个，累计达到500个。")]
    assert metrics == ["人工智能应用场景", "人工智能应用场景"]
    assert [t[0] for t in _targets("智能算力占比达到60%以上，到2027年达到80%。")] == [
        "智能算力占比", "智能算力占比",
    ]  # fmt: skip
    assert _targets("人工智能产业规模力争突破千亿元。")[0][0] == "人工智能产业规模"
    # 年均 kept: the period's average rate of growth (round 10b)
    assert _targets("人工智能专利授权量年均增长15%。")[0][0] == "人工智能专利授权量年均增长"
    assert _targets("打造孵化器10个。")[0][0] == "孵化器"
    assert _targets("企业数量较2024年增长50%以上。")[0][0] == "企业数量增长"
    assert _targets("算力规模超过1EFLOPS（每秒百亿亿次浮点运算）。")[0][0] == "算力规模"


def test_a_clause_dated_on_its_own_is_a_level_not_the_growth_before_it():
    assert _targets("人工智能企业营业收入年均增长20%以上，到2027年超过1000亿元。") == [
        ("人工智能企业营业收入年均增长", "gte", 20, "%", 2030, False),  # a rate: a level
        ("人工智能企业营业收入", "gt", 1000, "亿元", 2027, False),
    ]


def test_each_year_in_the_first_clause_after_a_date_governs_the_sentence():
    """到2023年，每年形成…2项以上，授权发明专利50项以上: the date is no clause of its own; 每年
    after it governs the figures that follow, as it does without the date."""
    dated = _targets("到2023年，每年形成重大科技成果2项以上，授权发明专利50项以上。")
    undated = _targets("每年形成重大科技成果2项以上，授权发明专利50项以上。", 2023)
    assert dated == undated
    assert [t[-1] for t in dated] == [True, True]


def test_metrics_are_trimmed_to_the_thing_counted():
    metrics = [
        t[0] for t in _targets("到2027年，全市培育形成人工智能领军企业5家、专精特新企业50家。")
    ]
    assert metrics == ["人工智能领军企业", "专精特新企业"]
    assert _targets("到2027年，引进培育高层次人才团队30个以上。")[0][0] == "高层次人才团队"


def test_goals_found_in_a_goals_part_a_goals_heading_or_dated_paragraphs():
    part = "一、总体目标\n到2027年，建成平台20个。\n二、重点任务\n（一）甲"
    heading = "一、总体要求\n（一）指导思想\n坚持创新。\n（二）发展目标。到2027年，建成平台20个。"
    dated = "一、总体要求\n坚持创新驱动。到2027年，建成平台20个。\n二、重点任务\n1.甲"
    for text in (part, heading, dated):
        regions = goal_regions(*reversed(parts_of(outline_read(text))))
        assert len(regions) == 1
        assert any("建成平台20个" in line.raw for line in regions[0].lines)


@pytest.mark.parametrize(
    "text",
    [
        # a part named for goals and tasks that holds only its goal paragraph: no task of it
        "一、目标任务\n到2027年，建成平台20个。\n二、重点工作\n（一）甲。乙。（责任单位：市科技局）",
        # articles (第X条): a dated article of the general part states the goals
        "第一章 总体要求\n第一条 到2027年，建成平台20个。\n第二章 重点任务\n第二条 甲。乙。",
    ],
)
def test_goals_stated_in_a_goals_and_tasks_part_or_an_article(text):
    _assert_one_goal_and_one_task(text)


@pytest.mark.parametrize(
    "text",
    [
        # the opening paragraph gives the date, its bullets the figures
        "为加快发展，制定本方案。\n到2027年，全市产业实现跨越发展：\n——建成平台20个。\n"
        "一、重点任务\n（一）甲。乙。（责任单位：市科技局）",
        # a dated paragraph of the general part, its numbered items the figures
        "一、总体要求\n坚持创新。到2027年，主要目标如下：\n1.建成平台20个。\n"
        "二、重点任务\n（一）甲。乙。（责任单位：市科技局）",
    ],
)
def test_figures_printed_after_a_dated_paragraph_take_its_date(text):
    _assert_one_goal_and_one_task(text)


def _assert_one_goal_and_one_task(text):
    from pilots.drafting import plan_draft

    data = plan_draft(text, zone_slug="demo", source_file="demo.txt").data
    targets = [(t["value"], t["deadline"]) for g in data["goals"] for t in g["targets"]]
    assert targets == [(20, 2027)]
    tasks = [t["title"] for s in data["sections"] for t in s["tasks"]]
    assert len(tasks) == 1 and "平台" not in tasks[0]


def test_a_deadline_in_the_goals_heading_governs_its_goals():
    from pilots.drafting import plan_draft

    text = "\n".join(
        [
            "一、总体要求",
            "（一）指导思想",
            "坚持创新。",
            "（二）到2027年发展目标",
            "建成平台20个，培育企业100家。",
        ]
    )
    data = plan_draft(text, zone_slug="demo", source_file="demo.txt").data
    targets = [t for g in data["goals"] for t in g["targets"]]
    assert [(t["value"], t["deadline"]) for t in targets] == [(20, 2027), (100, 2027)]
    assert data["plan"]["milestone_years"] == [2027]


@pytest.mark.parametrize(
    ("goals_part", "deadlines"),
    [
        ("二、2026年发展目标\n建成平台20个，培育企业100家。", [2026, 2026]),
        (
            "二、发展目标\n（一）近期目标（2025年）\n建成平台20个。\n"
            "（二）远期目标（2027年）\n建成平台40个。",
            [2025, 2027],
        ),
        (
            "二、发展目标\n（一）2025年目标：建成平台20个。\n（二）2027年目标：建成平台40个。",
            [2025, 2027],
        ),
    ],
)
def test_a_year_in_a_goals_heading_is_the_deadline_of_its_goals(goals_part, deadlines):
    from pilots.drafting import plan_draft

    opening = "某市人工智能发展行动计划\n一、总体要求\n坚持创新。"
    text = f"{opening}\n{goals_part}\n三、重点任务\n（一）甲。乙。"
    data = plan_draft(text, zone_slug="demo", source_file="demo.txt").data
    assert [t["deadline"] for g in data["goals"] for t in g["targets"]] == deadlines
    assert data["plan"]["period_end"] == deadlines[-1]


def test_goals_in_the_opening_paragraph_are_titled_by_their_date_phrase():
    text = (
        "为抢抓机遇，力争到2027年，突破一批关键技术，打造8个方面应用场景，支持建设5家以上平台，"
        "推动产业产值突破100亿元，制定本方案。\n一、实施基础行动\n（一）强化规划。编制规划。"
    )
    regions = goal_regions(*reversed(parts_of(outline_read(text))))
    assert [(r.title, r.own_title) for r in regions] == [("力争到2027年", True)]
    # A notice paragraph with a year but no figure after it is no goal.
    assert (
        goal_regions([], outline_read("《某方案(2025—2027年)》已经同意，到2027年实施。").items)
        == []
    )


def _goal_titles(goals_part: str) -> list[str]:
    text = (
        "某区“人工智能+”实施方案\n" + goals_part + "\n二、重点任务\n（一）建设算力中心。"
        "推进智算中心建设。（牵头单位：区发改局）\n"
    )
    zone = {"slug": "x", "name": "某区", "level": "district"}
    data = plan_draft(text, zone_slug="x", source_file="x.txt", zone=zone).data
    return [goal["title"] for goal in data["goals"]]


def test_dated_goal_paragraphs_under_one_heading_are_each_titled_by_their_date():
    """一、总体要求 holding "到2026年底，…" and "到2027年，…": two goals a leader tells apart by
    their dates, not two goals both titled 总体要求."""
    part = (
        "一、总体要求\n坚持需求牵引、应用带动。\n到2026年底，全区人工智能企业达到30家。\n"
        "到2027年，全区人工智能企业达到45家，应用场景50个以上。"
    )
    assert _goal_titles(part) == ["到2026年底", "到2027年"]
    # one dated paragraph keeps its heading's title
    assert _goal_titles("一、发展目标\n到2027年，全区人工智能企业达到45家。") == ["发展目标"]


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        ("集聚生态企业累计达到150家。", [150]),
        ("每年布局150项以上基础研究项目。", [150]),
        ("每年遴选确定10项左右重大攻关项目，按规定给予一定资金支持。", [10]),  # its own clause
        ("单个项目最高支持2000万元。", []),  # a cap of support
        ("每年发放不超过1亿元算力券。", []),
        ("按不超过合同金额的50%，给予最高200万元支持。", []),
        ("对新建100P以上的智算中心项目，给予贴息。", []),  # a condition
        ("年度购买服务总额30万元(含)以上的，按规定享受补助。", []),
        ("10万元(含)至30万元(不含)的，按照服务费第一年50%，第二年40%给予补助。", []),
        ("对项目(总投资规模不低于5000万元)给予贴息。", []),
        ("按照不超过场景建设实际投入的30%，给予奖励。", []),
    ],
)
def test_an_item_of_a_plan_with_no_goals_part_commits_to_figures_not_to_subsidy_terms(
    sentence, targets
):
    found, _ = targets_of(sentence, None, 2026, commitments_only=True)
    assert [f.target["value"] for f in found] == targets

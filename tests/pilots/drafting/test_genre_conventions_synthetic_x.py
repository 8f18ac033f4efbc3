"""Conventions of the genre that the synthetic_x set (SYNTHETIC_X.md, measurement 1) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import _draft

CITY = {"slug": "some-city", "name": "某市", "level": "city"}
PROVINCE = {"slug": "some-province", "name": "某省", "level": "municipality"}


def _figures(data: dict) -> set[tuple]:
    return {
        (t["value"], t["unit"], t["comparator"], t["deadline"])
        for goal in data["goals"]
        for t in goal["targets"]
    }


def _tasks(sections: list[dict]) -> list[dict]:
    found = []
    for section in sections:
        found += section.get("tasks", []) + _tasks(section.get("sections", []))
    return found


# 1. A goals sentence opened by its year and then straight by the place it speaks of, with no
#    comma ("2026年全市数字经济核心产业增加值约120亿元，…。到2027年，…"): the year dates the
#    sentence's figures, as "2026年，全市…" does.


def test_a_year_opening_a_sentence_before_the_place_with_no_comma_dates_its_figures():
    text = (
        "某市推进数字经济发展行动方案（2026—2027年）\n"
        "一、发展目标\n"
        "2026年全市数字经济核心产业增加值约120亿元，培育数据企业60家以上。"
        "到2027年，全市数字经济核心产业增加值突破150亿元，数据企业超过八十家。\n"
        "二、重点任务\n"
        "1.建设数据平台。完善城市数据平台。（市数据局牵头）\n"
    )
    figures = _figures(_draft(text, CITY))
    assert {(120, "亿元", "approx", 2026), (60, "家", "gte", 2026)} <= figures
    assert {(150, "亿元", "gt", 2027), (80, "家", "gt", 2027)} <= figures


def test_a_past_year_opening_a_sentence_before_the_place_is_a_base():
    """The same form for the year before the plan's (2025年全市…为95亿元) states where it starts
    from: no target (failed too: dated 2027 before the rule)."""
    text = (
        "某市推进数字经济发展行动方案（2026—2027年）\n"
        "一、发展目标\n"
        "2025年全市数字经济核心产业增加值为95亿元。"
        "到2027年，全市数字经济核心产业增加值突破150亿元。\n"
    )
    figures = _figures(_draft(text, CITY))
    assert (150, "亿元", "gt", 2027) in figures
    assert not {f for f in figures if f[0] == 95}


# 2. The date a plan carries in brackets on its own line under its title ("（2026年5月12日）",
#    as a plan printed without its notice dates itself) is its issue date: the plan starts
#    that year, and a figure dated before it ("截至2025年底，…已建成…，…2.4万架") is a base.


def test_a_bracketed_date_under_the_title_is_the_issue_date():
    text = (
        "某省推动数据要素发展实施方案\n"
        "（2026年5月12日）\n"
        "一、总体要求\n"
        "截至2025年底，全省已建成5G基站3.1万个，数据中心标准机架2.4万架。"
        "到2027年，全省数据产业规模突破80亿元。\n"
        "二、重点任务\n"
        "（一）建设数据平台。完善省级数据平台。（牵头单位：省数据局）\n"
    )
    data = _draft(text, PROVINCE)
    assert data["plan"]["issued_on"] == "2026-05-12"
    assert data["plan"]["period_start"] == 2026
    figures = _figures(data)
    assert (80, "亿元", "gt", 2027) in figures
    assert not {f for f in figures if f[1] in ("架", "个")}


# 3. A 工作安排 part of a work plan whose items are phases ("（一）部署启动阶段（2026年3月底前）。
#    …"): the schedule of the work, no tasks — as a 工作进度安排 part is read.


def test_the_phases_of_a_work_arrangement_part_are_no_tasks():
    text = (
        "某市2026年推进数字经济发展工作方案\n"
        "一、工作目标\n"
        "2026年，全市新增数据企业30家。\n"
        "二、重点任务\n"
        "1．建设数据平台。完善城市数据平台。\n"
        "责任单位：市数据局\n"
        "三、工作安排\n"
        "（一）部署启动阶段（2026年3月底前）。各责任单位细化工作举措，建立工作台账。\n"
        "（二）全面推进阶段（2026年4月—10月）。各责任单位按时间节点推进各项任务。\n"
        "（三）总结评估阶段（2026年11月—12月）。全面总结年度工作成效。\n"
        "四、保障措施\n"
        "（一）加强组织领导。建立工作专班，统筹推进各项工作。\n"
    )
    titles = {t["title"] for t in _tasks(_draft(text, CITY)["sections"])}
    assert "建设数据平台" in titles
    assert not {t for t in titles if "阶段" in t}


# 4. A count in a unit written in Latin letters after its scale ("语料规模达到100亿Tokens"): the
#    letters are the unit, the scale multiplies the count (10000000000 Tokens) — no sum of money.


def test_a_latin_unit_after_a_scale_is_the_unit_of_a_count():
    text = (
        "某省推动数据要素发展实施方案（2026—2027年）\n"
        "一、总体目标\n"
        "到2027年，全省高质量中文语料规模达到300亿Tokens，数据产业规模突破80亿元。\n"
    )
    figures = _figures(_draft(text, PROVINCE))
    assert (30000000000, "Tokens", "eq", 2027) in figures
    assert (80, "亿元", "gt", 2027) in figures
    assert not {f for f in figures if f[0] == 300}


# 5. A count whose unit is named before its figure, the figure then written with its scale
#    alone ("接待体验人次突破20万", "服务人次达到150万"): the figure counts that unit, scaled
#    (200000 人次), not 20 万.


def test_a_count_named_before_a_bare_scale_is_counted_in_that_unit():
    text = (
        "某市2026年推进数字文旅发展工作方案\n"
        "一、工作目标\n"
        "2026年，全市智慧景区年内接待游客人次突破20万，数字文旅服务人次达到150万。\n"
    )
    figures = _figures(_draft(text, CITY))
    assert {(200000, "人次", "gt", 2026), (1500000, "人次", "eq", 2026)} <= figures
    assert not {f for f in figures if f[1] == "万"}


def test_a_sum_of_money_before_a_bare_scale_stays_money():
    """Control: a sum named before a bare scale (产业规模突破500亿) is still read as yuan."""
    text = (
        "某市推进数字经济发展行动方案（2026—2027年）\n"
        "一、发展目标\n"
        "到2027年，全市数字经济核心产业规模突破500亿，数据企业超过80家。\n"
    )
    figures = _figures(_draft(text, CITY))
    assert (500, "亿元", "gt", 2027) in figures


# 6. Batches of a list issued (发布场景机会清单2批, 分1—2批遴选): 批 counts them, as 批次 does; an
#    ordinal batch (第二批, 第3批) stays no count.


def test_batches_of_a_list_are_counted_and_an_ordinal_batch_is_not():
    text = (
        "某市2026年推进人工智能发展工作方案\n"
        "一、工作目标\n"
        "2026年，全市发布“人工智能+”场景机会清单2批，入选第三批省级人工智能应用先导区，"
        "打造标杆应用场景20个以上。\n"
    )
    figures = _figures(_draft(text, CITY))
    assert {(2, "批", "eq", 2026), (20, "个", "gte", 2026)} <= figures
    assert not {f for f in figures if f[0] == 3}


# 7. A clause opening with 对 that marks the object of the work ("对占道经营等12类问题实现智能
#    识别"), with no 的 and no word of support in it, is no condition: the figures after it in the
#    item ("智能发现事件占比达到50%以上") are the item's own. A condition (对符合条件的项目给予补助)
#    still makes the figures after it terms.


def test_an_object_marked_by_dui_is_no_condition_over_the_items_figures():
    text = (
        "某市2026年推进城市治理数字化工作方案\n"
        "一、工作目标\n"
        "2026年，全市城市治理数字化水平明显提升。\n"
        "二、重点任务\n"
        "1．推进“人工智能+城市管理”。部署视频智能分析功能，对占道经营、违规停车等15类城市管理"
        "问题实现智能识别，智能发现事件占比达到60%以上。\n"
        "责任单位：市城管局\n"
        "2．支持企业创新。对符合条件的项目给予补助，补助比例不超过30%，单个项目最高50万元。\n"
        "责任单位：市财政局\n"
        "3．鼓励技术改造。对技改人工智能项目设备投资在800万元以上，按投资额的10%给予奖励。\n"
        "责任单位：市经信局\n"
    )
    figures = _figures(_draft(text, CITY))
    assert (60, "%", "gte", 2026) in figures
    assert not {f for f in figures if f[0] in (30, 50, 800, 10)}


def test_yi_pi_a_number_of_things_is_no_batch():
    """Control: 一批 ("培育一批企业", "建设一批场景") says "a number of", no count of one batch."""
    text = (
        "某市2026年推进人工智能发展工作方案\n"
        "一、工作目标\n"
        "2026年，全市培育一批人工智能骨干企业，建成一批具有特色的应用场景，"
        "发布场景机会清单3批。\n"
    )
    figures = _figures(_draft(text, CITY))
    assert (3, "批", "eq", 2026) in figures
    assert not {f for f in figures if f[0] == 1}


# 8. In a clause opening with 对 that marks the object of the work, a count right after 等 closing
#    a list of examples ("对违章搭建、乱堆乱放等9类问题开展智能巡查") is the size of the set the
#    examples stand for — the extent of the work, no figure to reach. A count after 等 that the
#    plan makes (建成甲、乙等4个产业集群) stays a target.


def test_the_count_after_examples_in_the_object_of_the_work_is_no_target():
    text = (
        "某市2026年推进城市治理数字化工作方案\n"
        "一、工作目标\n"
        "2026年，全市城市治理数字化水平明显提升。\n"
        "二、重点任务\n"
        "1．推进智能巡查。对违章搭建、乱堆乱放等9类问题开展智能巡查，问题处置率达到90%以上。\n"
        "责任单位：市城管局\n"
        "2．壮大产业集群。到2026年，建成智能终端、软件服务等4个产业集群。\n"
        "责任单位：市工信局\n"
    )
    figures = _figures(_draft(text, CITY))
    assert (90, "%", "gte", 2026) in figures
    assert (4, "个", "eq", 2026) in figures
    assert not {f for f in figures if f[0] == 9}

"""Conventions of the genre the seventh held-out collection (HELDOUT7.md, measurement 1) left
open, each as a short text written to test the form (not a copy of a real plan), drafted end to
end through ``plan_draft``. Each failed on the importer of a04524b."""

import pytest

from tests.pilots.drafting.test_genre_conventions import (
    PROVINCE,
    _draft,
    _named_targets,
    _roles,
    _tasks,
)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("平均办理时长原则上不超过30分钟", (30, "分钟")),
        ("热线“3”分钟内接通", (3, "分钟")),
        ("企业开办时间压缩至2个工作日以内", (2, "个工作日")),
        ("投诉办结时限控制在5天以内", (5, "天")),
        ("一般事项审批时间缩短至3个工作日", (3, "个工作日")),
    ],
)
def test_an_upper_bound_on_a_service_time_is_an_lte_target(phrase, expected):
    data = _draft(
        f"某市优化政务服务实施方案\n一、工作目标\n到2026年，政务服务事项网办率达到90%，{phrase}。\n"
        "二、重点任务\n（一）推进智能预填。实施数据共享。",
        PROVINCE,
    )
    value, unit = expected
    found = [t[1:] for t in _named_targets(data) if t[3] == unit]
    assert found == [("lte", value, unit, 2026)]


def test_a_service_s_hours_and_a_quoted_scheme_figure_are_no_targets():
    # “2”条渠道 names a part of the “021” service scheme; 24小时 describes when it is open
    data = _draft(
        "某市优化政务服务实施方案\n一、工作目标\n到2026年，网办率达到90%，提供“021”帮办服务"
        "（线上和线下“2”条渠道），建设24小时不打烊网上大厅，提供7×24小时咨询服务。\n"
        "二、重点任务\n（一）推进智能预填。实施数据共享。",
        PROVINCE,
    )
    assert [(t[1], t[2], t[3]) for t in _named_targets(data)] == [("eq", 90, "%")]


@pytest.mark.parametrize(
    "heading",
    ["一、发展愿景", "一、行动愿景", "一、工作要求", "一、重点工作"],
)
def test_a_part_holding_the_dated_goal_figures_is_the_goals_whatever_its_title(heading):
    data = _draft(
        f"某市人工智能产业发展行动方案\n{heading}\n"
        "坚持以习近平新时代中国特色社会主义思想为指导，推动人工智能产业高质量发展。\n"
        "2027年，全市人工智能产业规模突破500亿元，培育规模以上企业超200家。\n"
        "二、重点任务\n（一）强化技术创新。支持企业开展攻关。（责任单位：市科技局）",
    )
    assert [t["title"] for t in _tasks(data)] == ["强化技术创新"]
    assert [(t[1], t[2], t[3], t[4]) for t in _named_targets(data)] == [
        ("gt", 500, "亿元", 2027),
        ("gt", 200, "家", 2027),
    ]


def test_a_part_holding_only_the_guiding_formula_is_no_task():
    data = _draft(
        "某市数据产业发展实施方案\n一、工作要求\n"
        "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，推动数据产业发展。\n"
        "二、重点任务\n（一）培育数据企业。支持企业发展。（责任单位：市数据局）\n"
        "三、工作要求\n（一）加强组织领导。建立工作专班。\n（二）强化资金保障。统筹资金支持。",
    )
    assert [t["title"] for t in _tasks(data)] == ["培育数据企业", "加强组织领导", "强化资金保障"]


@pytest.mark.parametrize(
    ("opening", "first", "second", "others"),
    [
        (  # a news page quoting the plan's goals and two of its items
            "新华网消息，某省印发《某省“人工智能+”行动实施方案》。\n《方案》中提到：\n"
            "到2027年，全省人工智能产业规模突破1000亿元。\n其中：\n",
            "“人工智能+”医疗健康。推广智能辅助诊断，建设智慧医院。"
            "（省卫生健康委牵头，省医保局、省药监局等按职责分工负责）",
            "“人工智能+”文化旅游。发展智能导览，培育沉浸式体验",
            "responsible",
        ),
        (  # a copy that dropped the items' numbering
            "某省推进人工智能产业发展实施方案\n为加快发展，制定本方案。\n",
            "智能网联汽车。开展车路协同试点。（省卫生健康委牵头，省医保局、省药监局配合）",
            "智慧物流。推广无人配送。（省商务厅）",
            "supporting",
        ),
    ],
)
def test_unnumbered_items_carrying_an_annotation_are_tasks(opening, first, second, others):
    data = _draft(opening + first + "\n" + second, PROVINCE)
    titles = [t["title"] for t in _tasks(data)]
    assert titles == [first.split("。")[0], second.split("。")[0]]
    roles = _roles(data, _tasks(data)[0])
    assert roles["lead"] == ["省卫生健康委"]
    assert roles[others] == [
        "省医保局",
        "省药监局",
    ]  # 按职责分工负责: responsible; 配合: supporting


def test_unnumbered_named_paragraphs_without_an_annotation_are_no_tasks():
    data = _draft(
        "某省印发方案。\n其中：\n“人工智能+”医疗健康。推广智能辅助诊断。\n"
        "“人工智能+”文化旅游。发展智能导览。",
        PROVINCE,
    )
    assert _tasks(data) == []


@pytest.mark.parametrize("dash", ["--", "——", "：", "、"])
def test_the_parts_of_a_numeral_scheme_are_no_targets(dash):
    # the scheme stands under the goals heading, its figures undated; the dated goal is a target
    data = _draft(
        "某市数据产业发展实施方案\n一、发展目标\n按照“123”的发展思路，推进数据产业发展。\n"
        f"“1”{dash}1个产业链，即打造1条数据产业全链条；\n“2”{dash}2条路径，即聚焦算力和数据2条路径；\n"
        "到2026年，全市数据产业规模突破200亿元。\n"
        "二、重点任务\n（一）建设平台。建设数据平台。（责任单位：市数据局）",
    )
    assert [(t[1], t[2], t[3], t[4]) for t in _named_targets(data)] == [("gt", 200, "亿元", 2026)]


@pytest.mark.parametrize("cut", ["培育10个以上省级以上", "认定5家国家级"])
def test_a_count_whose_counted_thing_the_copy_cuts_off_is_no_target(cut):
    data = _draft(
        f"某市数据要素市场培育实施方案\n一、主要目标\n到2025年，数据产业规模达100亿元左右，{cut}",
    )
    assert [(t[1], t[2], t[3], t[4]) for t in _named_targets(data)] == [
        ("approx", 100, "亿元", 2025)
    ]


def test_a_count_cut_inside_its_counted_thing_is_still_a_target():
    data = _draft("某市数据要素市场培育实施方案\n一、主要目标\n到2025年，培育10个以上省级数据企")
    assert [(t[1], t[2], t[3], t[4]) for t in _named_targets(data)] == [("gte", 10, "个", 2025)]

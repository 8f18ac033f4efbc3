"""Conventions of the genre the eighth held-out collection (HELDOUT8.md, measurement 1) left
open, each as a short text written to test the form (not a copy of a real plan), drafted end to
end through ``plan_draft``. Each failed on the importer of 65bf151."""

import pytest

from tests.pilots.drafting.test_genre_conventions import (
    PROVINCE,
    _draft,
    _named_targets,
    _roles,
    _tasks,
)


@pytest.mark.parametrize(
    "grant",
    [
        "按设备购置总价的20%，一次性给予最高不超过800万元补助",
        "按照实际投资额的10%，一次性给予最高300万元的奖励",
        "一次性给予不超过50万元的资金支持",
    ],
)
def test_a_one_off_grant_s_cap_is_no_target(grant):
    # 一次性 (one-off) counts nothing: no "一次" target; the cap is a term of the support
    data = _draft(
        "某市支持人工智能发展若干政策\n为推动人工智能发展，制定本政策。\n"
        f"一、支持创新平台建设。支持企业建设研发平台，经评审通过的平台项目，{grant}。"
        "（责任单位：市科技局）\n二、支持人才引进。支持企业引进高端人才。（责任单位：市人社局）",
    )
    assert _named_targets(data) == []


def test_a_service_time_limit_beside_a_one_off_grant_stays_a_target():
    data = _draft(
        "某市优化政务服务实施方案\n一、工作目标\n到2026年，企业开办时间原则上不超过2个工作日，"
        "对首次办理的企业一次性给予最高5000元补贴。\n二、重点任务\n（一）推进智能预填。实施数据共享。",
        PROVINCE,
    )
    assert [t[1:] for t in _named_targets(data)] == [("lte", 2, "个工作日", 2026)]


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        (
            "（责任单位：市经信局、市发改委和各区、县（市）政府）",
            ["市经信局", "市发改委", "各区、县（市）政府"],
        ),
        ("（责任单位：市科技局和各县（市、区）人民政府）", ["市科技局", "各县（市、区）人民政府"]),
        (
            "（责任单位：市工业和信息化局及市人力资源和社会保障局）",
            ["市工业和信息化局", "市人力资源和社会保障局"],
        ),
    ],
)
def test_and_between_agencies_separates_them_and_a_collective_keeps_its_inner_list(
    annotation, expected
):
    data = _draft(
        "某市推进人工智能发展实施意见\n一、重点任务\n（一）建设创新平台。支持企业建设研发平台。"
        f"{annotation}\n（二）培育应用场景。开放一批应用场景。（责任单位：市数据局）",
    )
    printed = [
        name.replace("（", "(").replace("）", ")") for name in expected
    ]  # as aliases keep them
    assert [_roles(data, t) for t in _tasks(data)] == [
        {"responsible": printed},
        {"responsible": ["市数据局"]},
    ]


@pytest.mark.parametrize(
    "pairing",
    ["实现一户（本市户籍家庭）一档、一企一码", "推行一村一品、一园一策", "建立一人一档"],
)
def test_a_distributive_one_per_each_is_no_count(pairing):
    # 一户一档 is "one file per household": nothing to count beside the real figure
    data = _draft(
        f"某市数字政府建设工作要点\n一、工作目标\n到2026年，{pairing}，上线政务服务事项300项。\n"
        "二、重点任务\n（一）推进数据共享。实施数据共享。",
        PROVINCE,
    )
    assert [t[1:] for t in _named_targets(data)] == [("eq", 300, "项", 2026)]


def test_one_hundred_and_ten_is_still_a_count():
    data = _draft(
        "某市数字政府建设工作要点\n一、工作目标\n到2026年，建成一百一十个应用场景。\n"
        "二、重点任务\n（一）推进数据共享。实施数据共享。",
        PROVINCE,
    )
    assert [t[1:] for t in _named_targets(data)] == [("eq", 110, "个", 2026)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("城域网出口带宽达到20太比特每秒（Tbps）以上", ("gte", 20, "Tbps")),
        ("数据存储能力超过300拍字节（PB）", ("gt", 300, "PB")),
        ("家庭宽带接入速率达到1000兆比特每秒(Mbps)", ("eq", 1000, "Mbps")),
    ],
)
def test_a_unit_in_words_before_its_bracketed_symbol_is_that_unit(phrase, expected):
    data = _draft(
        f"某省数字经济发展工作要点\n一、主要目标\n到2026年，建成5G基站2万个，{phrase}。\n"
        "二、重点任务\n（一）推进数据共享。实施数据共享。",
        PROVINCE,
    )
    assert [t[1:] for t in _named_targets(data)] == [
        ("eq", 20000, "个", 2026),
        (*expected, 2026),
    ]


def test_a_dated_figure_inside_a_task_item_is_also_a_goal_beside_the_goals_part():
    # SOURCES.md: where numbers sit inside task items, the item is also a goal with its title;
    # the figure's own year is its deadline, not the goals part's
    data = _draft(
        "某市推进数字经济发展的实施意见\n一、工作目标\n到2027年，数字经济成为经济增长新动力。\n"
        "二、重点任务\n1.发展众创空间。建设创新创业平台。力争到2025年，全市认定50家以上市级众创空间。"
        "（责任单位：市科技局）\n2.推进数据共享。2025年底前完成平台建设，给予最高200万元补助。"
        "（责任单位：市数据局）",
    )
    assert [
        (g["title"], [t[1:] for t in _named_targets({"goals": [g]})]) for g in data["goals"]
    ] == [("工作目标", []), ("发展众创空间", [("gte", 50, "家", 2025)])]

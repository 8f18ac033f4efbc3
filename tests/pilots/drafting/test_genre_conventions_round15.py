"""Conventions of the genre the fifteenth held-out collection (HELDOUT15.md, measurement 1) left
open: each a short text written to test the form (not a copy of a real plan), drafted end to end
through ``plan_draft``. Each failed on the importer of 210f32a unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft


def _targets(data: dict) -> list[dict]:
    return [t for g in data["goals"] for t in g["targets"]]


def _figures(data: dict) -> list[tuple]:
    return sorted((t["value"], t["unit"], t["comparator"]) for t in _targets(data))


# 1. "打造3个以上的量产机器人产品、5个以上的服务机器人产品": a count in a general classifier (个)
#    followed by 以上的 and the thing counted is the count of that thing, not a figure qualifying
#    another (as "营收超10亿元的企业" is).


def test_a_count_in_a_general_classifier_before_de_is_the_count():
    data = _draft(
        "某市智能机器人产业行动方案(2025-2027年)\n一、主要目标\n"
        "到2027年底，打造3个以上的量产机器人产品、5个以上的服务机器人产品，产业规模达到80亿元。\n"
        "二、重点任务\n（一）强化技术攻关。开展攻关。\n"
    )
    assert _figures(data) == [(3, "个", "gte"), (5, "个", "gte"), (80, "亿元", "eq")]


def test_an_amount_before_de_still_qualifies_the_count_after_it():
    """Control: "营收超10亿元的企业5家" counts firms; 10亿元 only says which."""
    data = _draft(
        "某市人工智能产业行动方案(2025-2027年)\n一、主要目标\n"
        "到2027年，培育营收超10亿元的企业5家，核心产业规模达到80亿元。\n"
        "二、重点任务\n（一）强化技术攻关。开展攻关。\n"
    )
    assert _figures(data) == [(5, "家", "eq"), (80, "亿元", "eq")]


# 2. "形成一个产品矩阵", "做强一个产业集群": a lone Chinese 一 before a classifier, with no
#    comparator, is the article ("a matrix", "a cluster"); plans print a count of one as 1个.


def test_a_lone_chinese_one_is_an_article_not_a_count():
    data = _draft(
        "某市智能机器人产业行动方案(2025-2027年)\n一、主要目标\n"
        "到2027年，形成一个产品矩阵，做强一个产业集群，产业规模达到80亿元。\n"
        "二、重点任务\n（一）强化技术攻关。开展攻关。\n"
    )
    assert _figures(data) == [(80, "亿元", "eq")]


def test_a_count_of_one_in_digits_or_with_a_comparator_stays():
    """Control: 建成1个创新中心, 一个以上 and 十一个 are counts."""
    data = _draft(
        "某市智能机器人产业行动方案(2025-2027年)\n一、主要目标\n"
        "到2027年，建成1个创新中心，打造一个以上标杆园区，培育十一个应用场景。\n"
        "二、重点任务\n（一）强化技术攻关。开展攻关。\n"
    )
    assert _figures(data) == [(1, "个", "eq"), (1, "个", "gte"), (11, "个", "eq")]

"""Conventions of the genre the fifteenth held-out collection (HELDOUT15.md, measurement 1) left
open: each a short text written to test the form (not a copy of a real plan), drafted end to end
through ``plan_draft``. Each failed on the importer of 210f32a unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _tasks


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


# 3. A plan's explainer (政策解读: 一、起草背景 二、主要内容 三、…) numbers its own account of
#    the plan: its parts are no part of tasks; the goals it quotes are still the plan's goals.

_EXPLAINER = (
    "《某市人工智能创新发展行动方案》政策解读\n"
    "一、起草背景\n为落实国家部署，市科技局牵头起草了《行动方案》。\n"
    "二、主要内容\n《行动方案》明确了总体目标。到2027年，建成10个创新平台，"
    "核心产业规模超过300亿元。\n关于重点任务，方案提出加强算力建设、拓展应用场景等举措。\n"
    "三、保障措施\n方案提出加强组织领导，统筹推进实施。\n"
)


def test_an_explainers_parts_are_not_tasks_but_its_goals_are_read():
    data = _draft(_EXPLAINER)
    assert _tasks(data) == []
    assert _figures(data) == [(10, "个", "eq"), (300, "亿元", "gt")]


def test_a_plan_part_titled_main_content_still_holds_tasks():
    """Control: a plan (no explainer heading) whose part of tasks is titled 主要内容."""
    data = _draft(
        "某市人工智能创新发展行动方案\n一、总体目标\n到2027年，建成10个创新平台。\n"
        "二、主要内容\n（一）建设算力中心。建设智算中心。\n（二）拓展应用场景。开放场景。\n"
    )
    assert [t["title"] for t in _tasks(data)] == ["建设算力中心", "拓展应用场景"]

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


# 2. A plan's explainer (政策解读: 一、起草背景 二、主要内容 三、…) numbers its own account of
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


# 3. "实施8个专项行动", "即推进10个领域重点工作": a count of the plan's own actions or works is how
#    the plan describes itself, not a figure it commits to reach.


def test_a_count_of_the_plans_own_actions_is_not_a_target():
    data = _draft(
        "某市人工智能产业行动方案(2025-2027年)\n一、主要目标\n"
        "到2027年，实施8个专项行动，推进10个领域重点工作，建成20个创新平台。\n"
        "二、重点任务\n（一）强化技术攻关。开展攻关。\n"
    )
    assert _figures(data) == [(20, "个", "eq")]


def test_counts_of_projects_and_plans_to_write_stay_targets():
    """Control: 实施100个重点项目 and 制定5个行业行动方案 are figures to reach."""
    data = _draft(
        "某市人工智能产业行动方案(2025-2027年)\n一、主要目标\n"
        "到2027年，实施100个重点项目，制定5个行业行动方案。\n"
        "二、重点任务\n（一）强化技术攻关。开展攻关。\n"
    )
    assert _figures(data) == [(5, "个", "eq"), (100, "个", "eq")]


# 4. "2025年前三季度，全省人工智能企业实现营收800亿元": 年前 opens a reporting period (the first
#    three quarters of 2025), not a deadline ("2025年前" = before 2025); the paragraph reports
#    figures reached, no goal.

_REPORT = (
    "某省印发人工智能行动方案\n"
    "记者从新闻发布会上获悉，《某省人工智能行动方案》已正式印发。\n"
    "近年来，我省人工智能产业较快发展，全省人工智能企业达500家，2025年前三季度，"
    "全省人工智能企业实现营收800亿元。\n"
    "《行动方案》明确目标：到2027年，全省人工智能应用落地突破5000个。\n"
)


def test_a_reporting_period_is_no_deadline():
    assert _figures(_draft(_REPORT)) == [(5000, "个", "gt")]


def test_a_year_then_qian_is_still_a_deadline():
    """Control: "2026年前，建成10个创新平台" falls due before 2026."""
    data = _draft(
        "某市人工智能产业行动方案\n一、主要目标\n2026年前，建成10个创新平台。\n"
        "二、重点任务\n（一）强化技术攻关。开展攻关。\n"
    )
    assert [(t["value"], t["deadline"]) for t in _targets(data)] == [(10, 2026)]


# 5. "二、诊断重点" (建设重点, 支持重点 …) over one paragraph of what is to be done, before the
#    part of tasks: a part naming the plan's key points holds a task, as 工作重点 already does.

_KEY_POINTS = (
    "某省人工智能应用诊断工作方案\n一、总体要求\n坚持问题导向。到2027年底，基本实现诊断全覆盖。\n"
    "二、诊断重点\n面向全省工业企业，针对研发设计、生产制造等环节开展诊断。\n"
    "三、诊断方式\n（一）线下诊断。\n组织专业团队开展现场调研。\n"
)


def test_a_part_naming_key_points_holds_a_task():
    assert [t["title"] for t in _tasks(_draft(_KEY_POINTS))] == ["诊断重点", "线下诊断"]


def test_a_part_of_principles_before_the_tasks_holds_none():
    """Control: 二、基本原则 over one paragraph stays context."""
    data = _draft(_KEY_POINTS.replace("二、诊断重点", "二、基本原则"))
    assert [t["title"] for t in _tasks(data)] == ["线下诊断"]

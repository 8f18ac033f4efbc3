"""A 对-clause is read as a condition (对…的，给予…: its figures and those after it are terms
of a measure) only when it is one: a 对-clause stating the body's own act of service
(对入驻的…团队提供场地和导师服务) governs nothing, and 对接 / 对标 open no condition at
all. Invented texts; each failed on the importer of cd88bba unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import _draft

COUNTY = {"slug": "some-county", "name": "某县", "level": "district"}


def _item_figures(item: str) -> list[tuple]:
    data = _draft(
        "某县2026年数字经济工作要点\n一、主要目标\n到2026年底，全县数字经济核心产业营收达到40亿元。\n"
        f"二、重点任务\n1．支持双创发展。{item}（县科技局牵头）\n"
        "2．建设数据平台。建设县级数据平台。（县数据局负责）\n",
        COUNTY,
    )
    return [
        (t["metric"], t["value"], t["unit"])
        for g in data["goals"]
        for t in g["targets"]
        if t["unit"] != "亿元"
    ]


def test_a_clause_of_service_to_those_named_leaves_the_commitment_after_it():
    item = (
        "依托创业园建设数字创业基地，对入驻的青年创业团队提供场地、数据和导师服务，"
        "孵化数字初创企业12家。"
    )
    # the metric keeps the act it counts (孵化: firms incubated), as the extractions name it
    assert _item_figures(item) == [("孵化数字初创企业", 12, "家")]


def test_a_clause_meeting_firms_is_no_condition():
    item = "组织产需对接活动，对接重点数字企业25家。"
    assert [f[1:] for f in _item_figures(item)] == [(25, "家")]


def test_control_a_condition_with_its_grant_keeps_its_figures_terms():
    item = "对新认定的数字创业基地，给予最高30万元奖励。"
    assert _item_figures(item) == []


def test_control_a_clause_of_support_to_those_named_is_a_condition():
    item = "对入驻企业提供房租减免，每家最高20万元。"
    assert _item_figures(item) == []


def test_a_grant_to_those_named_governs_no_commitment_after_it():
    """对X给予补助 (no 的: 对 names whom the grant is for) is the grant itself, no condition on
    the clauses after it: the body's own undertaking there is a target (synthetic_j's leftover)."""
    item = "支持创业园改造升级，对园区公共实验室建设给予补助，新建标准厂房3万平方米。"
    assert _item_figures(item) == [("标准厂房", 30000, "平方米")]


def test_control_a_grant_s_money_after_it_stays_its_term():
    item = "对园区公共实验室建设给予补助，单个项目20万元。"
    assert _item_figures(item) == []

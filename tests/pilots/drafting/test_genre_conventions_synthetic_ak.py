"""Conventions of whole plans that the synthetic_ak set (SYNTHETIC_AK.md, measured at its set time)
left open: each a short text written to test the form (not a copy of any plan), drafted end to end
through ``plan_draft``. Each failed on the importer before its rule unless marked as a control."""

import pytest

from pilots.drafting.annotation_roles import rules_stated
from pilots.roles import AgencyRole
from tests.pilots.drafting.test_genre_conventions import _draft, _draft_of, _roles, _tasks

ZONE = {"slug": "z", "name": "某某经济技术开发区", "level": "district"}

# 1. A body stated once as the SUPPORTING body of every task that follows: "以下各项任务均需X
#    配合落实，不再一一列出" at the head of the key-task part. The role is the verb's (配合 →
#    supporting), added to each task's own annotation; 配合 is no part of X's name. Before, X (with
#    配合 in its name) was made responsible for every task.

_SUPPORTED = (
    "某某经济技术开发区数字化转型行动方案\n"
    "一、主要任务\n"
    "以下各项任务均需经开区财政金融局配合落实，不再一一列出。\n"
    "（一）建设算力平台。面向园区企业建设公共算力平台，提供模型训练服务。"
    "〔牵头单位：经开区产业发展局；责任单位：经开区招商服务局〕\n"
    "（二）培育数据企业。引进数据服务企业，建设数据标注基地。"
    "〔牵头单位：经开区招商服务局〕\n"
    "（三）推广智能工厂。支持企业建设智能车间，推广工业视觉检测。"
    "〔牵头单位：经开区产业发展局；责任单位：经开区财政金融局〕\n"
    "二、保障措施\n"
    "（一）加强组织领导。建立推进机制，定期调度进展。\n"
)


def test_a_body_stated_once_as_supporting_supports_every_later_task():
    data = _draft(_SUPPORTED, ZONE)
    roles = {t["title"]: _roles(data, t) for t in _tasks(data)}
    assert roles["建设算力平台"] == {
        "lead": ["经开区产业发展局"],
        "responsible": ["经开区招商服务局"],
        "supporting": ["经开区财政金融局"],
    }
    assert roles["培育数据企业"] == {
        "lead": ["经开区招商服务局"],
        "supporting": ["经开区财政金融局"],
    }
    # a task naming the body itself keeps its own role for it
    assert roles["推广智能工厂"] == {
        "lead": ["经开区产业发展局"],
        "responsible": ["经开区财政金融局"],
    }
    # the rule covers the tasks that follow it, the safeguards too (SOURCES.md's convention)
    assert roles["加强组织领导"] == {"supporting": ["经开区财政金融局"]}
    names = [a["name"] for a in data["agencies"]] + [
        alias for a in data["agencies"] for alias in a.get("aliases", [])
    ]
    assert not [n for n in names if "配合" in n]


def test_the_supporting_rule_is_said_in_a_review_note(english_notes):
    notes = _draft_of(_SUPPORTED, ZONE).to_yaml()
    assert "经开区财政金融局 named once: supports every task from there on" in notes


@pytest.mark.parametrize(
    ("sentence", "actors", "role"),
    [
        ("以下各项任务均需区财政局配合落实，不再一一列出。", ["区财政局"], "supporting"),
        ("以下任务均需市财政局、市数据局配合，不再列出。", ["市财政局", "市数据局"], "supporting"),
        ("以下各项工作均需市审计局协同配合，不再单独列出。", ["市审计局"], "supporting"),
        ("以下各项措施均需县财政局协助落实，不再重复。", ["县财政局"], "supporting"),
        # controls: the verbs read before
        ("以下任务均由市数据局牵头，不再列出。", ["市数据局"], "lead"),
        ("以下各项工作均需各镇人民政府负责落实，不再列出。", ["各镇人民政府"], "responsible"),
        ("以下各项任务均需各县区人民政府落实，不再列出。", ["各县区人民政府"], "responsible"),
    ],
)
def test_the_role_of_a_body_stated_once_is_its_verbs(sentence, actors, role):
    rules = rules_stated(sentence)
    assert rules.implied_actors == actors
    assert rules.implied_role == AgencyRole(role).value


# 2. The same rule said without "不再列出", as a sentence of its own at the head of the tasks:
#    "各项任务均需X、Y配合。" The bodies must be named ones (各部门, 各有关单位 name nobody), and
#    the sentence must end on the role word: "各项任务均需各部门密切配合" or "…均需市财政局给予
#    资金保障" states no role.

_SAID_PLAIN = _SUPPORTED.replace(
    "以下各项任务均需经开区财政金融局配合落实，不再一一列出。",
    "各项任务均需经开区财政金融局、经开区审计局配合。",
)


def test_a_body_stated_once_without_not_listed_again_supports_every_later_task():
    data = _draft(_SAID_PLAIN, ZONE)
    roles = {t["title"]: _roles(data, t) for t in _tasks(data)}
    assert roles["培育数据企业"] == {
        "lead": ["经开区招商服务局"],
        "supporting": ["经开区财政金融局", "经开区审计局"],
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "各项任务均需各部门密切配合。",
        "各项任务均需各有关单位配合落实。",
        "各项任务均需经开区财政金融局给予资金保障。",
        "各部门要加强协调，以下任务均需按期完成。",
    ],
)
def test_a_plain_sentence_naming_nobody_or_no_role_states_no_rule(sentence):
    """Controls: no named body, or no role word ending the sentence."""
    assert rules_stated(sentence).implied_actors == []
    data = _draft(
        _SUPPORTED.replace("以下各项任务均需经开区财政金融局配合落实，不再一一列出。", sentence),
        ZONE,
    )
    roles = {t["title"]: _roles(data, t) for t in _tasks(data)}
    assert roles["培育数据企业"] == {"lead": ["经开区招商服务局"]}


# 3. A zone's plan writes its own bodies with the zone's short name (经开区财政金融局) and now and
#    then bare (财政金融局): the bare form is that body, when exactly one body the text names is the
#    bare form after a short name of the zone (its characters in order in the zone's name, 区 last).


def test_a_zone_body_written_bare_once_is_the_zone_body():
    text = _SUPPORTED.replace("〔牵头单位：经开区招商服务局〕", "〔牵头单位：招商服务局〕")
    data = _draft(text, ZONE)
    names = sorted(a["name"] for a in data["agencies"])
    assert names == ["经开区产业发展局", "经开区招商服务局", "经开区财政金融局"]
    tasks = {t["title"]: t for t in _tasks(data)}
    assert tasks["培育数据企业"]["lead"] == tasks["建设算力平台"]["responsible"]


def test_a_city_plan_keeps_a_bare_body_apart_from_a_zone_body():
    """Control: in a city's plan 高新区招商服务局 is the zone's, a bare 招商服务局 not (高新区 is no
    short name of the city)."""
    city = {"slug": "x", "name": "某市", "level": "city"}
    text = (
        _SUPPORTED.replace("经开区", "高新区")
        .replace("某某经济技术开发区", "某市")
        .replace("〔牵头单位：高新区招商服务局〕", "〔牵头单位：招商服务局〕")
    )
    data = _draft(text, city)
    names = sorted(a["name"] for a in data["agencies"])
    assert "招商服务局" in names and "高新区招商服务局" in names

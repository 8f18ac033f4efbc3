"""Conventions of whole plans that the synthetic_ab set (SYNTHETIC_AB.md, measured at its set time)
left open: each a short text written to test the form (not a copy of any plan), drafted end to end
through ``plan_draft``. Each failed on the importer before its rule unless marked as a control."""

from pilots.drafting.annotation_roles import rules_stated
from pilots.roles import AgencyRole
from tests.pilots.drafting.test_genre_conventions import _draft, _draft_of, _roles, _tasks

# 1. A rule stated once at the head of one chapter, for that chapter alone and naming its lead:
#    "本部分以下各项任务均由X牵头，不再列出" — X leads each task of the chapter beside the units the
#    task names itself; the tasks before the chapter and the parts after it do not take X.

_CHAPTER_LEAD = (
    "某市推进“人工智能+”行动实施方案\n"
    "一、重点任务\n"
    "（一）筑牢算力基础\n"
    "1.建设智能算力中心。统筹建设城市智能算力中心，服务本地企业。\n"
    "责任单位：市发展改革委、市工信局\n"
    "2.推进公共数据开放。编制公共数据开放目录，推动数据有序开放。\n"
    "责任单位：市大数据中心\n"
    "（二）推进智慧民生\n"
    "本部分以下各项任务均由市政务服务管理局牵头，不再列出。\n"
    "1.建设智慧校园。推动中小学建设智慧校园，开展人工智能课程。\n"
    "责任单位：市教育局\n"
    "2.推广辅助诊疗。推动二级以上医院应用辅助诊疗系统。\n"
    "责任单位：市卫生健康委、市医保局\n"
    "二、保障措施\n"
    "（一）加强组织领导。建立工作推进机制，定期调度任务进展。\n"
    "（二）强化资金保障。统筹用好各类专项资金。\n"
)


def test_a_lead_stated_once_for_one_chapter_leads_its_tasks_alone():
    data = _draft(_CHAPTER_LEAD)
    roles = {t["title"]: _roles(data, t) for t in _tasks(data)}
    assert roles["建设智能算力中心"] == {"responsible": ["市发展改革委", "市工信局"]}
    assert roles["推进公共数据开放"] == {"responsible": ["市大数据中心"]}
    assert roles["建设智慧校园"] == {"lead": ["市政务服务管理局"], "responsible": ["市教育局"]}
    assert roles["推广辅助诊疗"] == {
        "lead": ["市政务服务管理局"],
        "responsible": ["市卫生健康委", "市医保局"],
    }
    assert roles["加强组织领导"] == roles["强化资金保障"] == {}
    names = [a["name"] for a in data["agencies"]]
    assert not [n for n in names if n.endswith("牵头")]


def test_the_chapter_rule_is_said_in_a_review_note(english_notes):
    notes = _draft_of(_CHAPTER_LEAD).to_yaml()
    assert "市政务服务管理局 leads every later task of its part" in notes


def test_the_chapter_rule_read_with_its_role_and_scope():
    rules = rules_stated("本章以下各项工作均由区数据资源局牵头负责，不再一一列出。")
    assert rules.implied_actors == ["区数据资源局"]
    assert (rules.implied_role, rules.implied_in_part) == (AgencyRole.LEAD.value, True)
    # control: the rule for the rest of the document, its actors responsible
    rules = rules_stated("以下各项任务均需各县区人民政府落实，不再列出。")
    assert rules.implied_actors == ["各县区人民政府"]
    assert (rules.implied_role, rules.implied_in_part) == (AgencyRole.RESPONSIBLE.value, False)


# 2. The same rule for the rest of the document, stated at the head of a later chapter: it covers
#    the tasks after it, not the chapters before ("以下各项任务…" is what follows).


def test_a_rule_stated_at_a_later_chapters_head_covers_the_tasks_after_it():
    text = _CHAPTER_LEAD.replace(
        "本部分以下各项任务均由市政务服务管理局牵头，不再列出。",
        "以下各项任务均需各县区人民政府落实，不再列出。",
    )
    data = _draft(text)
    roles = {t["title"]: _roles(data, t) for t in _tasks(data)}
    assert roles["建设智能算力中心"] == {"responsible": ["市发展改革委", "市工信局"]}
    assert roles["建设智慧校园"] == {"responsible": ["市教育局", "各县区人民政府"]}
    assert roles["加强组织领导"] == {"responsible": ["各县区人民政府"]}

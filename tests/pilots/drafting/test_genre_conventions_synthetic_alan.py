# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_al and synthetic_an sets (SYNTHETIC_AL.md,
SYNTHETIC_AN.md, measured at their set time) left open: each a short text written to test the form
(not a copy of any plan), drafted end to end through ``plan_draft``. Each failed on the importer
before its rule unless marked as a control."""

import pytest

from pilots.drafting.annotation_roles import rules_stated
from pilots.roles import AgencyRole
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

COUNTY = {"slug": "z", "name": "某某县", "level": "district"}

# 1. A collective stated once as RESPONSIBLE for the tasks of a part, its duty worded out after its
#    name: "本部分各项任务由各乡镇人民政府按照属地管理原则负责在本辖区组织落实，不再逐项列出" —
#    the manner (按照…原则) and the place (在本辖区, 本辖区相关任务) are no part of the name, and
#    "不再逐项列出" says "not listed again" as "不再一一列出" does. Before, the rule was not read and
#    the collective carried no task.

_IN_PART = (
    "某某县数字乡村建设工作方案\n"
    "一、重点任务\n"
    "本部分各项任务由各乡镇人民政府按照属地管理原则负责在本辖区组织落实，不再逐项列出。\n"
    "（一）建设智慧农场。推广智能灌溉和精准施肥，建设示范农场。"
    "（牵头单位：县农业农村局；配合单位：县数据中心）\n"
    "（二）推广智能客服。在便民服务中心上线智能客服，提供咨询服务。"
    "（牵头单位：县政务服务中心）\n"
    "二、保障措施\n"
    "（一）加强组织领导。建立推进机制，定期调度进展。\n"
)


def test_a_collective_stated_once_for_a_part_is_responsible_for_its_tasks():
    data = _draft(_IN_PART, COUNTY)
    roles = {t["title"]: _roles(data, t) for t in _tasks(data)}
    assert roles["建设智慧农场"] == {
        "lead": ["县农业农村局"],
        "supporting": ["县数据中心"],
        "responsible": ["各乡镇人民政府"],
    }
    assert roles["推广智能客服"] == {
        "lead": ["县政务服务中心"],
        "responsible": ["各乡镇人民政府"],
    }
    # 本部分: the safeguards after the part are not its
    assert roles["加强组织领导"] == {}


# 2. The same rule with the collective as the subject of the sentence: "各县区人民政府、某某高新区
#    管委会负责本辖区相关任务落实，以下不再列出" at the head of the key tasks — both collectives are
#    responsible for every task after it (the safeguards too, SOURCES.md's convention). Before, the
#    sentence was not read as a rule.

_SUBJECT = (
    "某某市数字经济发展实施方案\n"
    "一、重点任务\n"
    "各县区人民政府、某某高新区管委会负责本辖区相关任务落实，以下不再列出。\n"
    "（一）建设算力中心。建设绿色算力中心，承接算力需求。（市发展改革委牵头，市数据局配合）\n"
    "（二）开放应用场景。发布场景清单，组织供需对接。（市工信局负责）\n"
    "二、保障措施\n"
    "（一）加强组织领导。建立推进机制，定期调度进展。\n"
)


def test_a_collective_as_the_subject_of_a_rule_stated_once_is_responsible_for_every_later_task():
    data = _draft(_SUBJECT)
    roles = {t["title"]: _roles(data, t) for t in _tasks(data)}
    both = ["各县区人民政府", "某某高新区管委会"]
    assert roles["建设算力中心"] == {
        "lead": ["市发展改革委"],
        "supporting": ["市数据局"],
        "responsible": both,
    }
    assert roles["开放应用场景"] == {"responsible": ["市工信局", *both]}
    assert roles["加强组织领导"] == {"responsible": both}


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        (
            "本部分各项任务由各乡镇人民政府按照属地管理原则负责在本辖区组织落实，不再逐项列出。",
            ["各乡镇人民政府"],
        ),
        ("以下各项任务均由各街道办事处负责在辖区内组织实施，不再逐一列出。", ["各街道办事处"]),
        ("各区人民政府负责本辖区相关任务落实，以下不再列出。", ["各区人民政府"]),
        (
            "各县（市、区）人民政府负责本地区各项任务的组织实施，以下不再一一列出。",
            ["各县（市、区）人民政府"],
        ),
        # control: the form read before
        ("以下各项任务均需各县区人民政府落实，不再列出。", ["各县区人民政府"]),
    ],
)
def test_a_collective_stated_once_is_read_with_its_duty_worded_out(sentence, actors):
    rules = rules_stated(sentence)
    assert rules.implied_actors == actors
    assert rules.implied_role == AgencyRole.RESPONSIBLE.value


def test_a_body_that_is_responsible_in_one_task_states_no_rule():
    # control: a task's own sentence naming a body's duty, with no "不再列出", is no rule
    rules = rules_stated("（三）建设数据平台。市数据局负责本辖区相关数据汇聚。（市数据局负责）")
    assert rules.implied_actors == []


# 3. A notice listing its attachments ("附件：1.X主要指标" / "2.Y清单") before the plan: the list names
#    the annexes, printed after the plan under their own headings (附件1, 附件2); the plan's parts
#    are read in full, its safeguards too. Before, the list was taken for the annex itself: the
#    plan's text became the annex's and the part after the tasks was lost.

_LISTED = (
    "某某市人民政府办公室关于印发某某市数字经济发展实施方案的通知\n"
    "各县区人民政府，市政府各部门：\n"
    "现将《某某市数字经济发展实施方案》印发给你们，请认真抓好落实。\n"
    "附件：1.某某市数字经济发展主要指标\n"
    "2.某某市数字经济重点场景清单\n"
    "某某市人民政府办公室\n"
    "2026年3月2日\n"
    "某某市数字经济发展实施方案\n"
    "一、重点任务\n"
    "（一）建设算力中心。建设绿色算力中心，承接算力需求。（市发展改革委牵头，市数据局配合）\n"
    "（二）开放应用场景。发布场景清单，组织供需对接。（市工信局负责）\n"
    "（三）培育数据企业。引进数据服务企业，建设标注基地。（市数据局负责）\n"
    "二、保障措施\n"
    "（一）加强组织领导。建立推进机制，定期调度进展。\n"
    "（二）强化资金保障。统筹资金支持重点项目建设。\n"
    "附件1\n"
    "某某市数字经济发展主要指标\n"
    "序号|指标名称|单位|2026年|2028年|\n"
    "1|智能算力规模|P|500|1000|\n"
    "附件2\n"
    "某某市数字经济重点场景清单\n"
    "序号|场景名称|应用领域|\n"
    "1|智能巡检|制造业|\n"
)


def test_a_notice_listing_its_attachments_keeps_the_plan_whole():
    data = _draft(_LISTED)
    titles = [t["title"] for t in _tasks(data)]
    assert titles == [
        "建设算力中心",
        "开放应用场景",
        "培育数据企业",
        "加强组织领导",
        "强化资金保障",
    ]
    roles = {t["title"]: _roles(data, t) for t in _tasks(data)}
    assert roles["建设算力中心"] == {"lead": ["市发展改革委"], "supporting": ["市数据局"]}


# 4. A banner (旗) writes its own bodies after 旗 as a county writes 县 (旗科技局), and a list shares
#    that prefix as any other ("旗发展和改革委员会、农牧局" → the banner's 农牧局, 农牧 a bureau's
#    function as 农业 is). Before, the bare 农牧局 was an agency apart.

BANNER = {"slug": "b", "name": "某某右旗", "level": "district"}

_BANNER = (
    "某某右旗数字牧区建设工作方案\n"
    "一、重点任务\n"
    "（一）建设智慧牧场。推广智能养殖，建设示范牧场。（牵头单位：旗农牧局；配合单位：旗数据中心）\n"
    "（二）培育数字人才。开展技能培训。（牵头单位：旗人社局；配合单位：旗发展和改革委员会、农牧局）\n"
)


def test_a_banner_list_shares_its_prefix():
    data = _draft(_BANNER, BANNER)
    forms = [{a["name"], *a.get("aliases", [])} for a in data["agencies"]]
    assert [f for f in forms if "农牧局" in f or "旗农牧局" in f] == [
        next(f for f in forms if "旗农牧局" in f)
    ]  # one agency, written both ways
    assert len(forms) == 4
    herding = next(c for c, a in _codes(data) if "旗农牧局" in a)
    tasks = _tasks(data)
    assert tasks[0]["lead"] == [herding]
    assert herding in tasks[1]["supporting"] and len(tasks[1]["supporting"]) == 2


def _codes(data: dict) -> list[tuple[str, set[str]]]:
    return [(a["code"], {a["name"], *a.get("aliases", [])}) for a in data["agencies"]]


# 5. A part of requirements (三、工作要求) after the tasks: unnumbered paragraphs addressed to the
#    units ("各牵头单位要建立工作台账，明确…，每季度报送…。市财政局要…") are requirements, no task —
#    also when the first sentence is short enough to pass for a heading. Before, such a paragraph
#    was a task titled by its whole first sentence.

_REQUIREMENTS = (
    "某某市2026年数字经济工作要点\n"
    "一、重点任务\n"
    "1.建设算力中心。建设绿色算力中心，承接算力需求。（牵头单位：市发展改革委；配合单位：市数据局）\n"
    "2.开放应用场景。发布场景清单，组织供需对接。（牵头单位：市工信局）\n"
    "二、工作要求\n"
    "各区县、各有关部门要提高认识，加强组织领导，确保各项任务按时完成。\n"
    "各牵头单位要细化工作台账，明确时间节点，每月底将进展报送市数据局。市财政局要做好资金保障。\n"
)


def test_a_requirement_on_the_units_is_no_task_though_its_sentence_is_short():
    data = _draft(_REQUIREMENTS)
    assert [t["title"] for t in _tasks(data)] == ["建设算力中心", "开放应用场景"]


def test_a_headed_paragraph_of_safeguards_stays_a_task():
    # control: a heading phrase before the units' duty is a safeguard task
    text = _REQUIREMENTS.replace("二、工作要求", "二、保障措施").replace(
        "各牵头单位要细化", "强化督促落实。各牵头单位要细化"
    )
    assert [t["title"] for t in _tasks(_draft(text))][-1] == "强化督促落实"


# 6. The number of batches or phases a thing is done in (分两批发布清单, 分三期建设, 分3步推进) says
#    how it is done, no count the plan commits to: no target (the count beside it stays one).
#    Before, "分两批发布…清单" was a target of 2 批.

_BATCHES = (
    "某某区2026年数字经济工作要点\n"
    "一、重点工作\n"
    "1.发布场景清单。分两批发布应用场景清单，举办对接活动5场以上。（责任单位：区工信局）\n"
    "2.建设数据中心。分三期建设区域数据中心，新增机架300个。（责任单位：区数据局）\n"
)


def test_the_batches_a_thing_is_done_in_are_no_target():
    data = _draft(_BATCHES, COUNTY)
    phrases = [t["source_phrase"] for g in data["goals"] for t in g["targets"]]
    assert not [p for p in phrases if "分两批" in p or "分三期" in p]
    assert len(phrases) == 2


# 7. A time limit dating the first step alone ("完成时限：2026年9月底前发布首批", 第一批, 第一阶段) is
#    no due of the task; with the date of the whole beside it, that date is. Before, the first
#    batch's date was the task's due.

_FIRST_STEP = (
    "某某区2026年数字经济工作要点\n"
    "一、重点工作\n"
    "1.发布场景清单。分批发布应用场景清单，组织供需对接。（责任单位：区工信局；完成时限：2026年9月底前发布首批）\n"
    "2.建设数据中心。建设区域数据中心，提供算力服务。（责任单位：区数据局；完成时限：2026年6月底前完成第一阶段，2026年11月底前全部完成）\n"
    "3.培育数据企业。引进数据服务企业。（责任单位：区数据局；完成时限：2026年10月底前）\n"
)


def test_the_date_of_a_first_step_is_no_due_of_the_task():
    dues = {t["title"]: t.get("due") for t in _tasks(_draft(_FIRST_STEP, COUNTY))}
    assert dues == {
        "发布场景清单": None,
        "建设数据中心": "2026-11-30",
        "培育数据企业": "2026-10-31",
    }

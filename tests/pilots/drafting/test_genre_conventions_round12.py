"""Conventions of the genre the twelfth held-out collection (HELDOUT12.md, measurement 1) left
open: each a short text written to test the form (not a copy of a real plan), drafted end to end
through ``plan_draft``. Each failed on the importer of d559512 unless marked as a control."""

import pytest

from tests.pilots.drafting.test_genre_conventions import PROVINCE, _draft, _labels, _roles, _tasks


def _targets(data: dict) -> list[dict]:
    return [t for g in data["goals"] for t in g["targets"]]


# 1. A scope written in angle brackets after a name (各区<含开发区、功能区,下同>: the list's
#    parentheses are already open) belongs to that name: its separators split nothing, and the
#    scope is no part of the name.


@pytest.mark.parametrize(
    "scope", ["<含开发区、功能区,下同>", "〈含开发区、功能区〉", "＜含开发区、功能区＞"]
)
def test_a_scope_in_angle_brackets_belongs_to_the_name_before_it(scope):
    data = _draft(
        "某市区块链发展实施方案\n一、培育市场主体\n"
        f"(一)培育企业梯队。支持企业发展。(责任单位:市经济和信息化局、市地方金融工作局、各区{scope})\n"
    )
    (task,) = _tasks(data)
    assert _roles(data, task) == {"responsible": ["市经济和信息化局", "市地方金融工作局", "各区"]}


# 2. A collective an annotation makes the implementer (各地级以上市人民政府结合实际落实) is
#    responsible, and "下同" after it gives it every later task; the lists before it keep their
#    roles (按职责分工负责 with no lead named: responsible).


def test_implementers_named_once_with_xiatong_carry_every_later_task():
    data = _draft(
        "某省数字化建设2025年工作要点\n一、培育发展引擎\n(一)打造创新高地\n"
        "1.实施技术攻关。建设中试平台。(省发展改革委、科技厅按职责分工负责;"
        "各地级以上市人民政府结合实际落实,下同)\n"
        "2.推进协同创新。建设创新中心。(省工业和信息化厅牵头)\n",
        PROVINCE,
    )
    first, second = _tasks(data)
    assert _roles(data, first) == {
        "responsible": ["省发展改革委", "科技厅", "各地级以上市人民政府"]
    }
    assert _roles(data, second) == {
        "lead": ["省工业和信息化厅"],
        "responsible": ["各地级以上市人民政府"],
    }


def test_xiatong_after_a_lead_list_adds_no_actor_to_later_tasks():
    """Control: "列第一位的为牵头单位，下同" is a rule about roles, not an actor."""
    data = _draft(
        "某市数字化建设2025年工作要点\n一、培育发展引擎\n"
        "1.实施技术攻关。建设中试平台。(责任单位:市科技局、市工信局,列第一位的为牵头单位,下同)\n"
        "2.推进协同创新。建设创新中心。(责任单位:市工信局)\n"
    )
    _, second = _tasks(data)
    assert _labels(data) and _roles(data, second) == {"lead": ["市工信局"]}


# 3. The paragraphs printed after a dated goal paragraph of the goals part, each opened by a
#    short heading phrase (加快“新基建”，…) and stating figures, carry its date — as "——" bullets
#    do — whether or not an annotation follows them.


def test_paragraphs_after_a_dated_goal_carry_its_date():
    data = _draft(
        "某省制造业数字化转型行动方案(2022-2025年)\n一、总体要求\n"
        "坚持创新驱动。力争到2025年，全省两化融合发展指数达到120。\n"
        "加快“新基建”，数字基础设施显著增强。开通5G基站20万个，建设边缘级中心300个以上。"
        "（省工业和信息化厅、省通信管理局牵头，省大数据局参与）\n"
        "催生“新动能”，企业转型成效凸显。培育100家以上智能制造标杆企业。\n"
        "二、重点任务\n（一）推进企业转型。开展诊断服务。\n",
        PROVINCE,
    )
    assert sorted((t["value"], t["deadline"]) for t in _targets(data)) == [
        (100, 2025),
        (120, 2025),
        (300, 2025),
        (200000, 2025),
    ]


def test_a_paragraph_of_past_figures_before_the_dated_goal_is_no_target():
    """Control: figures printed before the date (the base the plan starts from) date nothing."""
    data = _draft(
        "某省制造业数字化转型行动方案(2022-2025年)\n一、总体要求\n"
        "全省已建成5G基站8万个。\n"
        "力争到2025年，全省两化融合发展指数达到120。\n"
        "二、重点任务\n（一）推进企业转型。开展诊断服务。\n",
        PROVINCE,
    )
    assert [(t["value"], t["deadline"]) for t in _targets(data)] == [(120, 2025)]


def test_a_second_nameplate_in_angle_brackets_stays_in_the_name():
    """Control: 各县级市〈区〉人民政府〈管委会〉 names one collective with its second nameplate."""
    data = _draft(
        "某市人工智能若干措施\n一、支持创新\n"
        "(一)支持研发。支持企业研发。(责任部门:市工信局,各县级市〈区〉人民政府〈管委会〉)\n"
    )
    (task,) = _tasks(data)
    assert _roles(data, task) == {"responsible": ["市工信局", "各县级市〈区〉人民政府〈管委会〉"]}


# 4. A plan with neither a goals part nor a dated paragraph may state its figures undated: in the
#    opening sentence that says why the plan is made (加快形成200家核心企业…的体系，特制定以下实施
#    方案) and in a part's opening paragraph before its first item (三年内引进领军企业20家以上).
#    They are goals, due at the plan's end (its title's period); a measure's support terms in the
#    same places (奖励200万元) are not.


def test_undated_figures_of_the_opening_and_of_a_part_are_due_at_the_plan_end():
    data = _draft(
        "某市加快区块链产业创新发展实施方案(2021-2023)\n"
        "为推动区块链产业发展,加快形成200家核心企业、10个基础平台的发展体系,特制定以下实施方案。\n"
        "一、培育市场主体\n"
        "推动企业集聚发展,三年内引进领军企业20家以上,建成产业发展先行区。\n"
        "(一)培育企业梯队。对首次进入百强的企业一次性奖励200万元。(责任单位:市经济和信息化局)\n"
    )
    assert sorted((t["value"], t["unit"], t["deadline"]) for t in _targets(data)) == [
        (10, "个", 2023),
        (20, "家", 2023),
        (200, "家", 2023),
    ]


def test_undated_opening_figures_beside_a_goals_part_are_no_goal():
    """Control: where the plan prints its goals, the opening's figures are not read again."""
    data = _draft(
        "某市区块链产业实施方案(2021-2023)\n"
        "为加快形成200家核心企业的发展体系,特制定以下实施方案。\n"
        "一、发展目标\n到2023年,培育核心企业300家。\n"
        "二、重点任务\n(一)培育企业梯队。支持企业发展。\n"
    )
    assert [(t["value"], t["deadline"]) for t in _targets(data)] == [(300, 2023)]


# 5. A paragraph of the goals part that carries an agency annotation (加快“新基建”，…开通5G
#    基站25万个。（省工业和信息化厅牵头，省大数据局参与）) assigns work: it is also a task,
#    titled by its heading phrase, in a section for the part; the goal paragraphs without one
#    stay goals only.


def test_an_annotated_goal_paragraph_is_also_a_task():
    data = _draft(
        "某省制造业数字化转型行动方案(2022-2025年)\n一、总体要求\n"
        "坚持创新驱动。力争到2025年，全省两化融合发展指数达到120。\n"
        "加快“新基建”，数字基础设施显著增强。开通5G基站20万个。"
        "（省工业和信息化厅、省通信管理局牵头，省大数据局参与）\n"
        "催生“新动能”，企业转型成效凸显。培育100家以上智能制造标杆企业。（省工业和信息化厅牵头）\n"
        "二、重点任务\n（一）推进企业转型。开展诊断服务。\n",
        PROVINCE,
    )
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == ["加快“新基建”", "催生“新动能”", "推进企业转型"]
    assert _roles(data, tasks[0]) == {
        "lead": ["省工业和信息化厅", "省通信管理局"],
        "supporting": ["省大数据局"],
    }
    assert len(_targets(data)) == 3  # the goals keep their figures


def test_a_goals_part_without_annotations_holds_no_task():
    """Control: goal paragraphs with no annotation are goals only."""
    data = _draft(
        "某省制造业数字化转型行动方案(2022-2025年)\n一、总体要求\n"
        "力争到2025年，全省两化融合发展指数达到120。\n"
        "加快“新基建”，数字基础设施显著增强。开通5G基站20万个。\n"
        "二、重点任务\n（一）推进企业转型。开展诊断服务。\n",
        PROVINCE,
    )
    assert [t["title"] for t in _tasks(data)] == ["推进企业转型"]

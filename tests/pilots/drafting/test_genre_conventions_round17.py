"""Conventions of the genre the seventeenth held-out collection (HELDOUT17.md, measurement 1) left
open: each a short text written to test the form (not a copy of a real plan), drafted end to end
through ``plan_draft``. Each failed on the importer of c06f897 unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _draft_of, _roles, _tasks

# 1. A digest or a cut copy whose first measure lost its number: the numbered measures start at
#    二、 and the text before them is one measure closed by its own annotation ("对…给予补助,
#    (责任单位:市工信局、市财政局)二、…"). That text is measure 一 — a task with its agencies —
#    not a preamble whose annotation belongs to no task.

_FIRST_NUMBER_LOST = (
    "对符合条件的智能化改造项目,按设备投资额的10%给予补助,(责任单位:市工信局、市财政局)"
    "二、支持企业上云用数,对上云企业给予奖励,(责任单位:市工信局)"
    "三、支持人才引进,对引进的高端人才给予安家补贴,(责任单位:市人社局、市财政局)"
)


def test_an_annotated_measure_before_a_list_starting_at_two_is_measure_one():
    tasks = _tasks(data := _draft(_FIRST_NUMBER_LOST))
    assert len(tasks) == 3
    assert tasks[0]["text"].startswith("对符合条件的智能化改造项目")
    assert _roles(data, tasks[0]) == {"responsible": ["市工信局", "市财政局"]}
    assert _roles(data, tasks[1]) == {"responsible": ["市工信局"]}
    # the number is given back, not printed: the reviewer is told so
    assert "原文未印此条序号" in _draft_of(_FIRST_NUMBER_LOST).to_yaml()


def test_the_same_with_a_title_line_above_it():
    data = _draft("某市支持制造业发展若干措施\n" + _FIRST_NUMBER_LOST.replace(")二、", ")\n二、"))
    tasks = _tasks(data)
    assert [t["text"][:6] for t in tasks] == ["对符合条件的", "支持企业上云", "支持人才引进"]
    assert _roles(data, tasks[0]) == {"responsible": ["市工信局", "市财政局"]}


def test_an_unannotated_paragraph_before_a_list_starting_at_two_stays_a_preamble():
    """Control: a preamble with no annotation of its own is not a measure, whatever the list's
    first number."""
    text = (
        "某市支持制造业发展若干措施\n为推动制造业高质量发展,结合实际,制定如下措施。\n"
        "二、支持企业上云用数,对上云企业给予奖励。(责任单位:市工信局)\n"
        "三、支持人才引进,给予安家补贴。(责任单位:市人社局)\n"
    )
    assert [t["text"][:6] for t in _tasks(_draft(text))] == ["支持企业上云", "支持人才引进"]


def test_a_list_starting_at_one_is_unchanged():
    """Control: with 一、 printed, the annotated text before it is not made a measure."""
    text = (
        "某市支持制造业发展若干措施\n为推动发展,由市工信局牵头制定如下措施。\n"
        "一、支持智能化改造,给予补助。(责任单位:市工信局)\n"
        "二、支持企业上云用数,给予奖励。(责任单位:市工信局)\n"
    )
    assert [t["text"][:6] for t in _tasks(_draft(text))] == ["支持智能化改", "支持企业上云"]


def test_the_same_with_arabic_numbers():
    text = _FIRST_NUMBER_LOST.replace("二、", "\n2.").replace("三、", "\n3.")
    tasks = _tasks(data := _draft("某市支持制造业发展若干措施\n" + text))
    assert [t["text"][:6] for t in tasks] == ["对符合条件的", "支持企业上云", "支持人才引进"]
    assert _roles(data, tasks[0]) == {"responsible": ["市工信局", "市财政局"]}

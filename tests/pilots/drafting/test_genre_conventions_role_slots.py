"""Names in the role slots of an unlabelled annotation that the name tables do not know as a
body's: each a short text written to test the form (not a copy of any plan), drafted end to end
through ``plan_draft``. Each failed on the importer before its rule unless marked as a control."""

from pilots.drafting.agencies import agency_category, agency_is_collective
from pilots.drafting.names import looks_like_agency
from tests.pilots.drafting.test_genre_conventions import _draft, _draft_of, _roles, _tasks

_HEAD = "某某市智能网联产业行动方案（2026—2028年）\n一、重点任务\n"


def _task_roles(line: str) -> dict[str, list[str]]:
    data = _draft(_HEAD + line + "\n")
    (task,) = _tasks(data)
    return _roles(data, task)


def _reviews(line: str) -> str:
    draft = _draft_of(_HEAD + line + "\n")
    return "\n".join(note for notes in draft.reviews.values() for note in notes)


# 1. "（X牵头，Y配合）" where the tables know Y as a body's (市工业和信息化局) but not X (an
#    enterprise by its short name, 中国一汽): X stands where a body's name stands, right before its
#    role word, and is taken as the lead; the reviewer is asked to check the name. Before, the
#    whole bracket was dropped, the recognised body with it.

_ENTERPRISE_LEADS = (
    "（一）建设测试场。推动整车企业开展道路测试。（中国一汽牵头，市工业和信息化局配合）"
)


def test_an_unknown_name_before_its_role_word_beside_a_body_is_an_agency():
    assert _task_roles(_ENTERPRISE_LEADS) == {
        "lead": ["中国一汽"],
        "supporting": ["市工业和信息化局"],
    }


def test_the_reviewer_is_asked_to_check_an_unknown_name():
    assert "名称未被识别为单位，请核对：中国一汽" in _reviews(_ENTERPRISE_LEADS)


def test_an_unknown_name_in_a_list_before_its_role_word_is_an_agency():
    line = (
        "（二）建设能源数据平台。推进电力数据共享。（市发展改革委、国网某某电力牵头，市能源局配合）"
    )
    assert _task_roles(line) == {
        "lead": ["市发展改革委", "国网某某电力"],
        "supporting": ["市能源局"],
    }


def test_an_unknown_name_among_the_supporting_bodies_is_an_agency():
    line = "（三）发展车路协同。建设路侧设施。（市交通运输局牵头，市公安局、某某智驾配合）"
    assert _task_roles(line) == {
        "lead": ["市交通运输局"],
        "supporting": ["市公安局", "某某智驾"],
    }


# 2. A prefecture's administrative office (某某地区行署, 行政公署) is a body; 各地（市）行署 and
#    各X行署 are each prefecture's office, one collective actor, a local government. Before, a
#    bracket naming one was dropped.


def test_names_ending_as_an_administrative_office_are_bodies():
    assert looks_like_agency("某某地区行署") and looks_like_agency("某某盟行政公署")
    assert agency_is_collective("各地（市）行署") and agency_is_collective("各地区行署")
    assert agency_category("各地（市）行署") == "local_government"


def test_each_prefecture_office_leads_as_one_collective():
    line = "（四）推动人工智能进基层。建设一批应用场景。（各地（市）行署牵头，自治区科技厅配合）"
    # the draft prints the name's brackets half width, as every name's
    assert _task_roles(line) == {"lead": ["各地(市)行署"], "supporting": ["自治区科技厅"]}


def test_one_prefecture_office_is_responsible():
    line = "（五）建设数据中心。完善算力设施。（某某地区行署负责）"
    assert _task_roles(line) == {"responsible": ["某某地区行署"]}


# 3. Controls (passed before): brackets of prose stay text. No name a body's and no role word, a
#    defined term, a scope or an example list; a name before a role word that goes on as a verb
#    phrase (牵头组建…) or that holds words of prose; a role word with no body named at all.


def test_control_prose_brackets_name_no_agency():
    for bracket in (
        "（以下简称“一汽”）",
        "（含中国一汽、某某汽车研究院）",
        "（中国一汽、某某出行等）",
        "（由龙头企业牵头，高校、科研单位参与）",
        "（鼓励龙头企业牵头组建创新联合体，市科技局配合）",
        "（支持中国一汽牵头，市工业和信息化局给予指导）",
        "（以下简称“链主企业”，由市工业和信息化局牵头认定）",
    ):
        line = f"（六）培育链主企业。推动整车企业开展智能化改造{bracket}。"
        assert _task_roles(line) == {}, bracket


def test_control_a_kind_of_actor_in_a_role_slot_is_no_agency():
    line = "（九）建设算力网络。推进网络升级。（市数据局牵头，运营商配合）"
    assert "运营商" not in str(_task_roles(line))


def test_control_a_scope_before_the_bodies_stays_out_of_the_names():
    line = "（七）建设测试场。推动道路测试。（含封闭测试场，市公安局牵头，市交通运输局配合）"
    assert "含封闭测试场" not in str(_task_roles(line))


def test_control_a_bracket_of_known_bodies_has_no_doubt():
    line = "（八）建设测试场。推动道路测试。（市工业和信息化局牵头，市公安局配合）"
    assert "名称未被识别为单位" not in _reviews(line)

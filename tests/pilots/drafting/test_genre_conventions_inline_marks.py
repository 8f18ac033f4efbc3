"""Conventions found by the lead on invented text (helper rMark): a task's division of work run on
at its paragraph's end with a name marked as the lead, a safeguard that sets a body up, and a goals
sentence whose ambition resumes after a base year. Each a short text written to test the form (not
a copy of any plan), drafted end to end through ``plan_draft`` or read by the goal grammar. Each
failed on the importer before its rule unless marked as a control."""

from pilots.drafting.goal_targets import targets_of
from tests.pilots.drafting.test_genre_conventions import _draft, _labels, _tasks

_PLAN = "某某市人工智能赋能制造业行动方案（2026—2027年）\n二、重点任务\n"


def _roles(text: str) -> list[dict]:
    """Per task: role → the names of its agencies as printed."""
    data = _draft(_PLAN + text)
    labels = _labels(data)
    return [
        {
            role: [labels[c] for c in task[role]]
            for role in ("lead", "responsible", "supporting")
            if task.get(role)
        }
        for task in _tasks(data)
    ]


# 1. An annotation run on at the end of a task's paragraph, no brackets, one name marked as the
#    lead (市X（牵头）): the marked one leads, the others take the role the annotation words —
#    责任单位 responsible (SOURCES.md: a ☆-marked name under 责任单位 leads, the others are
#    responsible), the names before 负责 responsible, before 配合 supporting. Before, the lead's
#    mark was read as a role word of its own, cutting the name it marks ("市数据局（"), and a
#    labelled list run on after the last sentence could hold no bracket: no roles at all.


def test_a_labelled_list_run_on_with_a_lead_mark_names_the_lead_and_the_responsible():
    assert _roles(
        "（一）建设智能工厂。支持龙头企业开展数字化改造，推进智能工厂建设。责任单位：市经济信息化委（牵头）、市科技局、市财政局。\n"
    ) == [{"lead": ["市经济信息化委"], "responsible": ["市科技局", "市财政局"]}]


def test_a_clause_opened_by_you_with_a_lead_mark_after_a_comma_is_the_division_of_work():
    assert _roles(
        "（一）推进政务服务。建设一体化政务服务平台，由市数据局（牵头）、市政务服务中心负责。\n"
    ) == [{"lead": ["市数据局"], "responsible": ["市政务服务中心"]}]


def test_a_clause_with_a_lead_mark_and_no_you_after_a_comma_is_the_division_of_work():
    assert _roles(
        "（一）推进数据开放。完善公共数据开放目录，市数据局（牵头）、市政务服务中心负责。\n"
    ) == [{"lead": ["市数据局"], "responsible": ["市政务服务中心"]}]


def test_a_marked_lead_beside_a_partner_role_word_keeps_that_word():
    assert _roles(
        "（一）推进数据开放。完善公共数据开放目录。市数据局（牵头）、市统计局配合。\n"
    ) == [{"lead": ["市数据局"], "supporting": ["市统计局"]}]


def test_the_act_before_a_clause_opened_by_you_is_no_name():
    """…平台，由X牵头，Y负责: 平台 ends as a body's name may; the words before 由 are the act.
    Before, "建设一体化政务服务平台" was drafted as a lead agency."""
    assert _roles(
        "（一）推进政务服务。建设一体化政务服务平台，由市数据局牵头，市政务服务中心负责。\n"
    ) == [{"lead": ["市数据局"], "responsible": ["市政务服务中心"]}]


def test_control_a_bracketed_lead_marked_list_reads_as_before():
    """Control (passed before): the same list in brackets."""
    assert _roles(
        "（一）建设智能工厂。推进智能工厂建设。（责任单位：市经济信息化委（牵头）、市科技局）\n"
    ) == [{"lead": ["市经济信息化委"], "responsible": ["市科技局"]}]


def test_control_a_clause_after_a_comma_naming_no_lead_is_the_tasks_own_words():
    """Control (passed before): a clause after a comma with neither 由 nor a lead mark (…，引导金融
    机构参与) is what the task does, no annotation."""
    assert _roles("（一）完善投融资体系。设立产业基金，引导金融机构参与。\n") == [{}]


# 2. A safeguard that sets a body up ("成立工作专班，统筹推进。", "组建工作领导小组，统筹推进…"):
#    成立 / 组建 / 设立 / 建立 open an act; the body set up is no actor of the task. Before,
#    "成立工作专班" was drafted as an agency responsible for the safeguard.

_SAFEGUARDS = (
    "某某市人工智能赋能制造业行动方案（2026—2027年）\n"
    "二、重点任务\n"
    "（一）建设智能工厂。推进智能工厂建设。（市经济信息化委负责）\n"
    "三、保障措施\n"
    "成立工作专班，统筹推进。\n"
    "组建工作领导小组，统筹推进各项工作。\n"
    "设立人工智能发展专家咨询委员会，统筹协调。\n"
)


def test_a_body_set_up_by_a_safeguard_is_no_agency():
    data = _draft(_SAFEGUARDS)
    assert list(_labels(data).values()) == ["市经济信息化委"]
    assert [t.get("responsible") for t in _tasks(data)[1:]] == [None, None, None]


def test_control_a_named_body_leading_a_safeguard_stays_its_actor():
    """Control (passed before): a body named as the subject of a safeguard's duty."""
    data = _draft(_SAFEGUARDS.replace("成立工作专班，统筹推进。", "市发展改革委统筹推进。"))
    assert "市发展改革委" in _labels(data).values()


# 3. A goals sentence opening with a base year before the plan's period (2025年… in a 2026—2027
#    plan) and a clause stating where things stand (已达500P), then the plan's ambition resuming
#    (力争 / 将 / 新增 …) with no 到20XX年 of its own: the figures from there on are targets, due at
#    the plan's end; the base-year clause stays a base. Before, the base year dated every clause
#    after it, so none was a target.


def _targets(text: str, period_start: int = 2026) -> list[tuple]:
    found, _ = targets_of(text, None, 2027, period_start=period_start)
    return [
        (i.target["metric"], i.target["value"], i.target["unit"], i.target["deadline"])
        for i in found
    ]


def test_figures_after_li_zheng_in_a_sentence_opened_by_a_base_year_are_targets():
    assert _targets("2025年全市算力规模已达500P，力争新增智能算力1000P，培育企业50家。") == [
        ("智能算力", 1000, "P", 2027),
        ("企业", 50, "家", 2027),
    ]


def test_figures_after_jiang_are_targets_and_a_base_clause_before_stays_a_base():
    assert _targets("2025年，全市已建成数据中心3个，将新建数据中心5个，新增企业30家。") == [
        ("数据中心", 5, "个", 2027),
        ("企业", 30, "家", 2027),
    ]


def test_a_goal_paragraph_opened_by_a_base_year_drafts_its_targets():
    text = (
        "某某市人工智能赋能制造业行动方案（2026—2027年）\n"
        "一、发展目标\n"
        "2025年全市算力规模已达500P，力争新增智能算力1000P，培育企业50家。\n"
        "二、重点任务\n"
        "（一）建设智能工厂。推进智能工厂建设。（市经济信息化委负责）\n"
    )
    targets = [
        (t["metric"], t["value"], t["deadline"])
        for g in _draft(text)["goals"]
        for t in g["targets"]
    ]
    assert targets == [("智能算力", 1000, 2027), ("企业", 50, 2027)]


def test_control_a_base_year_sentence_with_no_ambition_names_no_target():
    """Control (passed before): 新增 in the base year's own clause is what that year added."""
    assert _targets("2025年全市新增企业20家，算力规模达到500P。") == []


def test_control_the_leads_sentence_with_its_own_deadline():
    """Control (passed before): with 到2027年 after the base the figures were targets already."""
    assert _targets(
        "2025年全市算力规模已达500P，到2027年力争新增智能算力1000P，培育企业50家。"
    ) == [
        ("智能算力", 1000, "P", 2027),
        ("企业", 50, "家", 2027),
    ]

"""Conventions of whole plans that the synthetic_am set (SYNTHETIC_AM.md, measured at its set time)
left open: each a short text written to test the form (not a copy of any plan), drafted end to end
through ``plan_draft``. Each failed on the importer before its rule unless marked as a control."""

import pytest

from pilots.drafting.annotation_roles import rules_stated
from pilots.roles import AgencyRole
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

CITY = {"slug": "c", "name": "某某市", "level": "city"}

# 1. A part titled by a verb acting on the base ("二、夯实发展基础", "筑牢数字基础") is a part of
#    work, whatever its items carry: its unannotated items are tasks (their roles in the annexed
#    分工表). Before, 发展基础 made it a context part (where things stand) and its items were lost.

_BASE_PART = (
    "某某市人工智能产业发展实施方案\n"
    "一、总体要求\n"
    "（一）发展目标\n"
    "到2027年，全市人工智能核心产业规模达到30亿元。\n"
    "二、夯实发展基础\n"
    "（一）布局算力设施\n"
    "建设城市算力调度中心，新增智能算力300P。\n"
    "（二）汇聚数据资源\n"
    "编制公共数据目录，建设行业数据集6个。\n"
    "三、推动场景应用\n"
    "（三）推广智能制造\n"
    "支持企业建设智能车间，推广工业视觉检测。\n"
    "四、保障措施\n"
    "（一）加强组织领导\n"
    "建立推进机制，定期调度进展。\n"
    "附件\n"
    "重点任务分工表\n"
    "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
    "1 | 布局算力设施 | 市数据局 | 市发改委 | 2027年12月底前 |\n"
    "2 | 汇聚数据资源 | 市数据局 | 市财政局 | 2026年12月底前 |\n"
    "3 | 推广智能制造 | 市经信局 | 市科技局 | 持续推进 |\n"
)


def test_a_part_titled_by_a_verb_on_the_base_holds_tasks():
    data = _draft(_BASE_PART, CITY)
    tasks = {t["title"]: t for t in _tasks(data)}
    assert {"布局算力设施", "汇聚数据资源", "推广智能制造"} <= set(tasks)
    assert _roles(data, tasks["汇聚数据资源"]) == {"lead": ["市数据局"], "supporting": ["市财政局"]}
    assert tasks["汇聚数据资源"]["due"] == "2026-12-31"
    figures = {t["source_phrase"] for g in data["goals"] for t in g.get("targets", [])}
    assert {"新增智能算力300P", "建设行业数据集6个"} <= figures


def test_a_part_stating_the_base_stays_context():
    """Control: "一、发展基础" reviews where things stand — its figures are baselines, no tasks."""
    text = (
        "某某市人工智能产业发展实施方案\n"
        "一、发展基础\n"
        "（一）产业基础\n"
        "2025年全市人工智能企业达到80家。\n"
        "二、重点任务\n"
        "（一）布局算力设施\n"
        "建设城市算力调度中心，新增智能算力300P。（牵头单位：市数据局）\n"
    )
    data = _draft(text, CITY)
    assert [t["title"] for t in _tasks(data)] == ["布局算力设施"]


# 2. A body stated once for every key task with the tasks named FIRST: "本方案所列重点任务，
#    各县（市、区）人民政府均需结合实际抓好落实，以下不再列出。" — the body is responsible for
#    every task after it (the safeguards too, SOURCES.md's convention), beside each task's own
#    annotation. Before, only the order "以下各项任务均需X落实，不再列出" was read.

COUNTIES = "各县(市、区)人民政府"
_SCOPE_FIRST = (
    "某某市数字经济发展工作方案\n"
    "一、重点任务\n"
    "本方案所列重点任务，各县（市、区）人民政府均需结合实际抓好落实，以下不再列出。\n"
    "（一）建设算力平台。建设公共算力平台，提供模型训练服务。（牵头单位：数据局；配合单位：发改委）\n"
    "（二）培育数据企业。引进数据服务企业。（牵头单位：工信局）\n"
    "二、保障措施\n"
    "（一）加强组织领导。建立推进机制，定期调度进展。\n"
)


def test_a_body_stated_once_after_the_tasks_it_covers_is_responsible_for_each():
    data = _draft(_SCOPE_FIRST, CITY)
    # the draft prints the collective's brackets as ASCII ones
    roles = {t["title"]: _roles(data, t) for t in _tasks(data)}
    assert roles["建设算力平台"] == {
        "lead": ["数据局"],
        "supporting": ["发改委"],
        "responsible": [COUNTIES],
    }
    assert roles["培育数据企业"] == {"lead": ["工信局"], "responsible": [COUNTIES]}
    assert roles["加强组织领导"] == {"responsible": [COUNTIES]}


@pytest.mark.parametrize(
    ("sentence", "actors", "role"),
    [
        (
            "本方案所列重点任务，各县（市、区）人民政府均需结合实际抓好落实，以下不再列出。",
            ["各县（市、区）人民政府"],
            "responsible",
        ),
        (
            "上述各项任务，各乡镇人民政府均要抓好落实，不再一一列出。",
            ["各乡镇人民政府"],
            "responsible",
        ),
        ("本计划确定的各项重点工作，市财政局均需配合，以下不再列出。", ["市财政局"], "supporting"),
    ],
    ids=["本方案所列", "上述各项", "本计划确定的"],
)
def test_the_tasks_may_be_named_before_the_body_stated_once(sentence, actors, role):
    rules = rules_stated(sentence)
    assert rules.implied_actors == actors
    assert rules.implied_role == AgencyRole(role).value


def test_a_sentence_on_the_tasks_naming_no_rule_states_none():
    """Control: without "不再列出" no rule is stated (each task names its own bodies)."""
    rules = rules_stated("本方案所列重点任务，各县（市、区）人民政府要结合实际抓好落实。")
    assert rules.implied_actors == []


# 3. A sum naming the size of the things a figure counts ("其中投资5亿元以上项目不少于3个",
#    "培育年营收超过2亿元企业8家"): a threshold of what is counted, no target; the count is.
#    Before, the sum was a target of its own (metric "项目不少于3个").


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("到2027年，引进重点项目20个，其中投资5亿元以上项目不少于3个。", "不少于3个"),
        ("到2027年，培育年营收超过2亿元企业8家。", "8家"),
        ("到2027年，新增产值10亿元以上的企业5家。", "5家"),
    ],
    ids=["投资…项目", "营收…企业", "产值…的企业"],
)
def test_a_sum_sizing_the_things_counted_is_no_target(sentence, counted):
    data = _draft("某某市人工智能发展行动方案\n一、发展目标\n" + sentence + "\n", CITY)
    phrases = [t["source_phrase"] for g in data["goals"] for t in g.get("targets", [])]
    units = [t["unit"] for g in data["goals"] for t in g.get("targets", [])]
    assert "亿元" not in units
    assert any(counted in p for p in phrases)


def test_a_sum_the_plan_reaches_beside_a_count_stays_a_target():
    """Control: 营收达到50亿元 in a clause of its own, then a count — two targets."""
    data = _draft(
        "某某市人工智能发展行动方案\n一、发展目标\n到2027年，核心产业营收达到50亿元，集聚企业80家。\n",
        CITY,
    )
    units = sorted(t["unit"] for g in data["goals"] for t in g.get("targets", []))
    assert units == ["亿元", "家"]


# 4. A box of projects (专栏1　数据中心重点项目: "1.X项目：新建机柜500个，总投资约2亿元。") lists
#    what each project builds under the task before it — none of the plan's figures to reach: no
#    goal, no target (its investments were none already). A box of one year's projects (专栏
#    2026年重点项目) stays a goal of that year, and a box of 重点工程 the plan's programmes.


def _box(title: str) -> str:
    return (
        "某某市“人工智能+”行动计划（2026—2028年）\n"
        "一、主要目标\n到2028年，全市人工智能相关产业规模达到20亿元。\n"
        "二、重点工程\n"
        "（一）算力提升工程：建设城市算力中心，新增智能算力100P。（市数据局牵头）\n"
        f"专栏1　{title}\n"
        "1.城市算力中心二期项目：新建标准机柜500个，部署算力服务器，总投资约2亿元。\n"
        "2.园区网络提升项目：实现重点园区千兆光网全覆盖。\n"
        "（二）数据赋能工程：建设行业数据集5个。（市数据局负责）\n"
        "三、保障措施\n（一）加强组织领导。建立工作专班。\n"
    )


def test_a_box_of_projects_states_no_target():
    data = _draft(_box("算力网络重点项目"), CITY)
    phrases = {t["source_phrase"] for g in data["goals"] for t in g.get("targets", [])}
    assert "新建标准机柜500个" not in phrases
    assert {"新增智能算力100P", "建设行业数据集5个"} <= phrases


def test_a_box_of_one_years_projects_is_a_goal_of_that_year():
    """Control: 专栏1　2026年重点项目 lists what that year builds."""
    data = _draft(_box("2026年重点项目"), CITY)
    dated = {
        (t["source_phrase"], t["deadline"]) for g in data["goals"] for t in g.get("targets", [])
    }
    assert ("新建标准机柜500个", 2026) in dated

"""Figures a task item commits to in a plan that has a goals part (issue 16): full plans state
many of their numeric commitments inside the tasks (每年新增开放数据集不少于100个), and the
importer kept only those an item dated itself. Short texts written to test the forms, not copies
of real plans; each failed on the importer of 6297b1e unless marked as a control."""

import pytest

from tests.pilots.drafting.test_genre_conventions import _draft
from tests.pilots.drafting.test_target_forms_round19 import _targets


def _plan(goals: str, *parts: str) -> str:
    return (
        "某市推动“人工智能+”行动方案（2025—2027年）\n一、发展目标\n"
        f"{goals}\n" + "".join(parts) + "三、保障措施\n（一）加强组织领导。建立推进机制。\n"
    )


def _read(data: dict) -> list[tuple]:
    return sorted(
        (
            t["metric"],
            t["value"],
            t["unit"],
            t["comparator"],
            t["deadline"],
            t.get("per_year", False),
        )
        for t in _targets(data)
    )


GOALS = "到2027年，全市人工智能核心产业规模突破500亿元，建成智能工厂30家以上。"


def test_an_item_committing_to_a_figure_beside_a_goals_part_gives_a_target():
    data = _draft(
        _plan(
            GOALS,
            "二、重点任务\n（一）汇聚数据资源\n"
            "1.推进公共数据开放。完善目录，每年新增开放数据集不少于100个。（市数据局牵头）\n",
        )
    )
    assert ("数据集", 100, "个", "gte", 2027, True) in _read(data)
    assert len(_targets(data)) == 3


def test_an_item_restating_a_goal_figure_gives_no_second_target():
    """Control on the old importer (which read no such item); with items read, a figure the
    goals state already is not drafted twice."""
    data = _draft(
        _plan(
            GOALS,
            "二、重点任务\n（一）建设智能工厂\n"
            "1.推进智能化改造。建成智能工厂30家以上。（市经信局牵头）\n",
        )
    )
    assert [t["value"] for t in _targets(data)].count(30) == 1


def test_a_date_in_one_item_does_not_date_the_next():
    data = _draft(
        _plan(
            GOALS,
            "二、重点任务\n（一）夯实算力底座\n"
            "1.建设智算中心。到2026年底，新增智能算力1000PFlops。（市发改委牵头）\n"
            "2.推进数据开放。每年新增开放数据集不少于100个。（市数据局牵头）\n",
        )
    )
    deadlines = {t["value"]: t["deadline"] for t in _targets(data)}
    assert deadlines[1000] == 2026
    assert deadlines[100] == 2027  # the plan's end, not the item before's 2026


def test_a_heading_naming_the_year_of_its_work_dates_the_items_under_it():
    data = _draft(
        _plan(
            GOALS,
            "二、2026年重点突破事项\n1.上线政务智能体。上线政务智能体50个以上。（市数据局牵头）\n",
        )
    )
    assert ("政务智能体", 50, "个", "gte", 2026, False) in _read(data)


@pytest.mark.parametrize(
    ("item", "figure"),
    [
        ("1.建设高速直连网络。实现主要算力节点间时延不高于5毫秒。（市通信管理局牵头）",
         ("主要算力节点间时延", 5, "毫秒", "lte", 2027, False)),
        ("1.提升政务服务效能。企业开办时间不超过1个工作日。（市政务服务局牵头）",
         ("企业开办时间", 1, "个工作日", "lte", 2027, False)),
    ],
)  # fmt: skip
def test_a_cap_an_item_commits_to_is_a_target(item, figure):
    """A cap is a term of support when it limits what is given (补贴不超过30%, 最高500万元, 遴选
    不超过20个); a cap of a measured quality an item promises (时延不高于5毫秒) is its target."""
    data = _draft(_plan(GOALS, f"二、重点任务\n（一）强化统筹\n{item}\n"))
    assert figure in _read(data)


@pytest.mark.parametrize(
    "item",
    [
        # Control on the old importer; with items read, 七项任务 was a target (Liuzhou's seed).
        "1.健全机制。建立联络机制，推进七项任务顺利实施。（市科技局牵头）",
        # Control: a subsidy's cap inside an item is no target, as in plans with no goals part.
        "1.加大资金支持。对新认定的企业给予最高500万元奖励。（市财政局牵头）",
        # Controls: caps of what is given, in a share or a count
        "1.发放算力券。算力券补贴比例不超过30%。（市数据局牵头）",
        "1.支持企业申报。每家企业每年补助项目不超过3个。（市财政局牵头）",
        "1.开展示范遴选。每年遴选不超过20个标志性应用场景。（市科技局牵头）",  # a quota
    ],
)
def test_an_item_figure_that_is_no_commitment_gives_no_target(item):
    data = _draft(_plan(GOALS, f"二、重点任务\n（一）强化统筹\n{item}\n"))
    assert sorted(t["value"] for t in _targets(data)) == [30, 500]


# 实施步骤 (进度安排): the plan's stages, each titled by the year it runs in ("（二）全面推进阶段
# （2026年）。…"): phases of the whole plan, no work items — no task; a figure a stage commits to
# is a target due in the stage's year (the reading settled in synthetic_b's yongchuan extraction).
_STAGES = (
    "某市推动“人工智能+”行动方案（2025—2027年）\n一、发展目标\n"
    f"{GOALS}\n"
    "二、重点任务\n（一）汇聚数据资源\n"
    "1.推进公共数据开放。完善公共数据目录。（市数据局牵头）\n"
    "三、{title}\n"
    "（一）启动实施阶段（2025年）。成立工作专班，制定配套政策，开放首批应用场景。\n"
    "（二）全面推进阶段（2025年7月—2026年12月）。新增应用场景40个，新培育智能车间20个。\n"
    "（三）总结提升阶段（2027年）。开展评估，总结推广典型经验。\n"
    "四、保障措施\n（一）加强组织领导。建立推进机制。\n"
)


@pytest.mark.parametrize("title", ["实施步骤", "进度安排"])
def test_the_stages_of_a_plan_are_no_tasks_and_date_their_figures(title):
    data = _draft(_STAGES.replace("{title}", title))
    titles = [t["title"] for s in data["sections"] for t in _all_tasks(s)]
    assert titles == ["推进公共数据开放", "加强组织领导"]
    assert ("应用场景", 40, "个", "eq", 2026, False) in _read(data)
    assert ("智能车间", 20, "个", "eq", 2026, False) in _read(data)
    assert len(_targets(data)) == 4


def test_stages_with_their_own_actors_stay_tasks():
    """Control: a stage carrying an annotation is work assigned to someone, drafted as a task."""
    text = _STAGES.replace("{title}", "实施步骤").replace(
        "开放首批应用场景。\n", "开放首批应用场景。（市数据局牵头）\n"
    )
    titles = [t["title"] for s in _draft(text)["sections"] for t in _all_tasks(s)]
    assert "启动实施阶段（2025年）" in titles


def _all_tasks(section: dict) -> list[dict]:
    return section.get("tasks", []) + [
        t for s in section.get("sections", []) for t in _all_tasks(s)
    ]


def test_a_dated_step_of_an_item_dates_its_own_sentence_only():
    """An item's steps: "到2026年，…达到2000P。" dates that step; the item's next sentence, with no
    year of its own, falls due at the plan's end (guangxi's 时延不高于5毫秒 after 到2026年…)."""
    data = _draft(
        _plan(
            GOALS,
            "二、重点任务\n（一）夯实算力底座\n"
            "1.建设算力网络。到2026年，全市算力规模达到2000P。加快建设直连网络，"
            "建成智能网联测试道路300公里。（市发改委牵头）\n",
        )
    )
    deadlines = {t["value"]: t["deadline"] for t in _targets(data)}
    assert (deadlines[2000], deadlines[300]) == (2026, 2027)


def test_a_commitment_after_a_measure_s_condition_is_the_item_s_own():
    """对…的企业给予奖励 governs its sentence's terms; a clause after it opening with 力争 / 确保
    commits the item to a figure of its own (liuzhou's 力争每年新增…15家)."""
    data = _draft(
        _plan(
            GOALS,
            "二、重点任务\n（一）培育企业\n"
            "1.实施企业培育计划。对年营业收入首次突破1亿元、5亿元的企业给予奖励，"
            "力争每年新增规模以上人工智能企业15家。（市工信局牵头）\n"
            "2.加大奖励力度。对首次认定的企业给予奖励，每家奖励50万元。（市财政局牵头）\n",
        )
    )
    assert ("规模以上人工智能企业", 15, "家", "eq", 2027, True) in _read(data)
    assert sorted(t["value"] for t in _targets(data)) == [15, 30, 500]


def test_a_per_year_figure_runs_to_the_plan_s_end_whatever_year_opens_its_sentence():
    """每年新增…5家 holds every year of the plan: due at its end (2027), though its sentence opens
    with 2026年 (which dates the sentence's other figures) — as every hand extraction dates a
    per-year figure. Control: a 到YYYY年 before it in its own sentence still dates it."""
    data = _draft(
        _plan(
            "2026年，全市新增应用场景30个，每年新增专精特新企业5家。"
            "到2026年，每年培训人工智能人才1000人次。" + GOALS,
        )
    )
    read = _read(data)
    assert ("应用场景", 30, "个", "eq", 2026, False) in read
    assert ("专精特新企业", 5, "家", "eq", 2027, True) in read
    # the metric keeps the act it counts (培训: people trained, test_genre_conventions_rTrim)
    assert ("培训人工智能人才", 1000, "人次", "eq", 2026, True) in read


def test_a_per_year_figure_of_an_item_due_before_the_plan_s_end_runs_to_the_end():
    """An item due 2026年6月底前 (its annotation's 完成时限) dates its figures then; a per-year
    figure of it (每年推出…20个) holds every year of the plan, due at its end."""
    data = _draft(
        _plan(
            GOALS,
            "二、重点任务\n（一）推广应用\n"
            "1.推进智慧旅游。建设文旅大模型平台，接入景区50家，每年推出智慧旅游场景20个以上。"
            "（牵头单位：市文旅局；完成时限：2026年6月底前）\n",
        )
    )
    read = _read(data)
    assert ("接入景区", 50, "家", "eq", 2026, False) in read
    assert ("智慧旅游场景", 20, "个", "gte", 2027, True) in read


def test_an_item_s_figure_of_another_thing_alike_in_words_is_no_restatement():
    """高频事项平均办理时长压缩50% in the goals and 重点“一件事”平均办理时长压缩50% in an item: the
    same figure of the same head (压缩), but neither metric holds the other — two targets. An item
    naming the goal's thing in fewer words (智能工厂30家以上) still restates it (control above)."""
    data = _draft(
        _plan(
            "到2027年，高频事项平均办理时长压缩50%，建成智能工厂30家以上。",
            "二、重点任务\n（一）优化服务\n"
            "1.推进“一件事”联办。推行数据预填，重点“一件事”平均办理时长压缩50%。（市政务办牵头）\n"
            "2.推进智能化改造。建成省级智能工厂30家以上。（市工信局牵头）\n",
        )
    )
    metrics = [t["metric"] for t in _targets(data)]
    assert "重点“一件事”平均办理时长压缩" in metrics
    assert [t["value"] for t in _targets(data)].count(30) == 1

# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_bj set (SYNTHETIC_BJ.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft`` or read by the goal grammar. Each failed on the importer before its
rule unless marked as a control."""

from pilots.drafting.goal_targets import targets_of
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks


def _figures(text: str, period_start: int = 2026, plan_end: int = 2030) -> list[tuple]:
    found, _ = targets_of(text, None, plan_end, period_start=period_start)
    return [(f.target["value"], f.target["unit"], f.target.get("deadline")) for f in found]


def _goal_figures(data: dict) -> list[tuple]:
    return [
        (t["value"], t["unit"], t.get("deadline"))
        for goal in data["goals"]
        for t in goal.get("targets", [])
    ]


# 1. A span of years with no start year of its own (力争三年内, 用三年时间) counts from the plan's
#    first year: in a plan of 2026 the figures after it are due 2028, and a goal paragraph opening
#    on it is a dated goal titled by it. "达到2025年的两倍" names the level of a base year, no
#    deadline of 2025 (which made every figure after it a base). Before, the paragraph gave no
#    target, and a task's "三年内新增…" was due at the plan's end.

_SPAN_PLAN = (
    "某市人民政府关于加快发展智慧农业的实施意见\n"
    "（2026年3月1日）\n"
    "一、总体要求\n"
    "坚持创新驱动、融合发展，推动智慧农业提质增效。2025年，全市智慧农场12个，农业科技企业30家。\n"
    "力争三年内，全市智慧农业取得明显成效，农机作业数字化水平达到2025年的两倍，建成智慧农场四十个，培育农业科技企业八十家以上。\n"
    "到2030年，智慧农业产值突破三十亿元。\n"
    "二、重点任务\n"
    "（一）建设农业数据中心。整合农业生产数据，三年内新增农业数据节点200个，推动数据共享。（市农业农村局负责）\n"
    "（二）推广智能农机。建设智能农机示范基地五个。（市农业农村局、工信局按职责分工负责）\n"
)


def test_a_span_of_years_with_no_start_counts_from_the_plans_first_year():
    data = _draft(_SPAN_PLAN)
    figures = _goal_figures(data)
    assert (40, "个", 2028) in figures
    assert (80, "家", 2028) in figures
    assert (2, "倍", 2028) in figures
    assert (200, "个", 2028) in figures  # the task's 三年内新增…
    assert (30, "亿元", 2030) in figures
    assert (5, "个", 2030) in figures  # a task figure with no span: the plan's end
    assert (12, "个", 2028) not in figures  # the 2025 baselines stay bases


def test_a_span_in_a_sentence_dates_its_figures():
    assert _figures("力争三年内，建成智慧牧场二十个。") == [(20, "个", 2028)]
    assert _figures("用五年时间，培育骨干企业10家。", period_start=2026) == [(10, "家", 2030)]


def test_control_a_span_from_a_start_year_keeps_its_own_start():
    """Control (passed before): 2024年起5年内 runs from its own start year."""
    assert _figures("2024年起5年内，建成示范园区6个。", period_start=2026) == [(6, "个", 2028)]


def test_a_year_after_reaching_is_a_base_not_a_deadline():
    assert _figures("到2028年，智能算力规模达到2025年的两倍，建成算力中心2个。") == [
        (2, "倍", 2028),
        (2, "个", 2028),
    ]


# 2. 走出一条…新路子 is a way to go: no count of one; nor is a pair of one-by-one clauses
#    (改造一个、见效一个: each done as the one before is). Before, each was a target of 1.


def test_a_way_to_go_and_one_by_one_clauses_count_nothing():
    assert _figures("到2028年，走出一条资源型城市转型发展的新路子，建成示范园区3个。") == [
        (3, "个", 2028)
    ]
    assert _figures("到2028年，加强项目绩效评估，确保成熟一个、推进一个，建成示范园区3个。") == [
        (3, "个", 2028)
    ]


def test_control_a_count_of_one_still_counts():
    """Control (passed before): a thing built, one of it (建设智能集控中心一个)."""
    assert _figures("到2028年，建设智能集控中心一个。") == [(1, "个", 2028)]


# 3. A date after 于 (平台于2026年底前建成投用) is when the thing before it is done: it dates no
#    figure after it, which keeps its goal's date. A project's figures fall due in the year it is
#    finished, also when the clause says 完成建设 / 建成开放 / 实现全覆盖. Before, the figures after
#    the 于-date were due 2026, and the project's figures at the plan's end.


def test_a_date_after_yu_dates_only_its_own_thing():
    text = "到2028年，建成算力中心1个，数据平台于2026年底前建成投用，开放公共数据集15个以上。"
    assert _figures(text) == [(1, "个", 2028), (15, "个", 2028)]


def test_a_project_falls_due_in_the_year_it_is_finished():
    found, _ = targets_of(
        "建设非遗数字展馆，展示数字化作品2000件，2027年建成开放。", None, 2028,
        commitments_only=True, period_start=2026,
    )  # fmt: skip
    assert [(f.target["value"], f.target.get("deadline")) for f in found] == [(2000, 2027)]
    found, _ = targets_of(
        "对全市应急广播系统实施智能化升级，新建智能广播终端260个，2026年底前完成建设。", None, 2028,
        commitments_only=True, period_start=2026,
    )  # fmt: skip
    assert [(f.target["value"], f.target.get("deadline")) for f in found] == [(260, 2026)]


# 4. A work plan's items numbered on across its groups (1.–5. then 6.–7.): a group titled for
#    safeguards (三、强化要素保障) whose items go on from the items before is one more group of the
#    work, and the 工作要求 after it holds the safeguards, its headed paragraphs tasks. Before, the
#    要素保障 group was the safeguards and the 工作要求 after it a part of requirements with no task.

_NUMBERED_ON = (
    "某区2026年智慧城市建设工作要点\n"
    "一、夯实数字底座\n"
    "1.建设城市数据平台。汇聚城市运行数据。\n"
    "牵头单位：区数据局\n"
    "2.推进网络建设。新建5G基站100个。\n"
    "牵头单位：区工信局\n"
    "二、强化要素保障\n"
    "3.加强资金保障。统筹安排专项资金。\n"
    "牵头单位：区财政局\n"
    "4.加强人才保障。引进数字人才。\n"
    "牵头单位：区人社局\n"
    "三、工作要求\n"
    "强化统筹推进。区专班要定期召开会议，研究解决重大问题。\n"
    "强化督查考核。将重点工作纳入年度考核，定期通报进展。\n"
)


def test_a_safeguard_titled_group_numbered_on_is_work_and_the_requirements_after_it_safeguards():
    data = _draft(_NUMBERED_ON)
    titles = [t["title"] for t in _tasks(data)]
    assert titles == [
        "建设城市数据平台", "推进网络建设", "加强资金保障", "加强人才保障", "强化统筹推进", "强化督查考核",
    ]  # fmt: skip
    kinds = {s["title"]: s["kind"] for s in data["sections"]}
    assert kinds["强化要素保障"] == "key_task"
    assert kinds["工作要求"] == "safeguard"


def test_control_requirements_after_a_safeguard_part_of_its_own_numbering_hold_no_task():
    """Control (passed before): 二、保障措施 numbering its own items, then 三、工作要求."""
    text = _NUMBERED_ON.replace("二、强化要素保障\n3.", "二、保障措施\n1.").replace(
        "4.加强人才", "2.加强人才"
    )
    data = _draft(text)
    titles = [t["title"] for t in _tasks(data)]
    assert "强化统筹推进" not in titles


# 5. A part's rule naming its bodies' role once ("本部分各项工作，各镇（街道）为共同责任单位，不再逐项
#    列出") makes them responsible for each task of the part, beside the roles each prints. Before,
#    it named nobody.

_STATED_ONCE = (
    "某区2026年数字乡村建设工作要点\n"
    "一、夯实数字底座\n"
    "1.建设乡村数据平台。汇聚农业生产数据。\n"
    "牵头单位：区数据局\n"
    "二、拓展应用场景\n"
    "本部分各项工作，各镇（街道）为共同责任单位，不再逐项列出。\n"
    "2.推广智慧农业。建设智慧农场5个。\n"
    "牵头单位：区农业农村局　　配合单位：区数据局\n"
    "3.发展农村电商。培育直播基地3个。\n"
    "责任单位：区商务局\n"
)


def test_a_part_rule_naming_a_role_once_covers_each_task_of_the_part():
    data = _draft(_STATED_ONCE)
    first, second, third = _tasks(data)
    towns = "各镇(街道)"
    assert towns not in _roles(data, first).get("responsible", [])
    assert towns in _roles(data, second)["responsible"]
    assert _roles(data, second)["lead"] == ["区农业农村局"]
    assert set(_roles(data, third)["responsible"]) == {"区商务局", towns}


# 6. 视频监控、物联感知设备1.5万路: the devices listed with the video channels are counted alike
#    (路). Before, 路 counted only right after 视频 / 监控 with no 、 between.


def test_channels_after_a_list_of_video_and_sensors():
    assert _figures("到2026年，接入视频监控、物联感知设备1.5万路。") == [(15000, "路", 2026)]


# 7. Livestock counted by the head, also printed 头（只） (cattle by the head, sheep by the one).
#    Before, 8万头（只） was read as 8 of the unit 万.


def test_livestock_counted_by_the_head():
    assert _figures("到2028年，电子耳标佩戴量达到8万头（只），培育龙头企业3家。") == [
        (80000, "头（只）", 2028),
        (3, "家", 2028),
    ]


# 8. A labelled annotation run on after an item's last sentence (…服务供给。责任单位：区民政局, as a
#    PDF's lines join when the label's line is short) with the time on the line under it
#    (完成时限：2026年11月底前): the time is the item's due, as under a label's line of its own.
#    Before, the item had no due.

_RUN_ON_TIME = (
    "某区2026年智慧社会建设工作要点\n"
    "一、拓展应用场景\n"
    "1.推进智慧养老。建设区级智慧养老服务平台，鼓励社会力量参与服务供给。责任单位：区民政局\n"
    "完成时限：2026年11月底前\n"
    "2.推进智慧医疗。推广智能辅助诊疗。\n"
    "责任单位：区卫健委\n"
    "完成时限：2026年9月底前\n"
)


def test_a_time_line_under_a_run_on_label_is_the_items_due():
    data = _draft(_RUN_ON_TIME)
    first, second = _tasks(data)
    assert first["due"] == "2026-11-30"
    assert _roles(data, first)["responsible"] == ["区民政局"]
    assert second["due"] == "2026-09-30"


def test_control_a_span_inside_a_term_dates_no_goal_paragraph():
    """Control (passed before): a span later in a paragraph of terms (承诺10年内不迁离) is a term of
    the support, no goal date: the paragraph states no target."""
    text = (
        "某区促进人工智能产业发展若干措施\n"
        "一、支持企业集聚\n"
        "（一）支持企业落户。对新落户的人工智能企业给予最高100万元奖励。（区经委负责）\n"
        "二、附则\n"
        "单个企业年度享受本措施的支持总额原则上不超过500万元。获得支持的企业应承诺10年内不迁离本区。\n"
    )
    data = _draft(text)
    assert _goal_figures(data) == []


def test_control_a_span_past_the_plans_end_is_due_at_its_end():
    """Control (passed before): 三年内 in a plan of 2026–2027 is due at the plan's end."""
    assert _figures("三年内新增共享数据接口50个。", plan_end=2027) == [(50, "个", 2027)]

"""Goal forms of 2025–2026 "人工智能+" plans that the development corpus under-covers, each as a
short text written to test the form (not a real plan), drafted end to end through ``plan_draft``.
Each failed on the importer of a5a974f."""

import pytest

from tests.pilots.drafting.test_genre_conventions import (
    _draft_of as _draft,
    _named_targets as _targets,
    _roles,
    _tasks,
)


def _reviews(draft) -> str:
    return "\n".join(note for notes in draft.reviews.values() for note in notes)


GOALS = "某市人工智能产业发展行动方案\n一、发展目标\n{}\n二、重点任务\n（一）建设平台。建设平台。"


def test_a_firm_figure_with_a_striven_for_one_is_one_target_at_the_firm_figure():
    draft = _draft(GOALS.format(
        "到2027年，全市人工智能核心产业规模达到50亿元、力争突破60亿元，培育骨干企业10个左右、"
        "力争15个，打造行业大模型5个，力争建成20个应用场景。"
    ))  # fmt: skip
    assert _targets(draft.data) == [
        ("人工智能核心产业规模", "eq", 50, "亿元", 2027),
        ("骨干企业", "approx", 10, "个", 2027),
        ("行业大模型", "eq", 5, "个", 2027),
        ("应用场景", "eq", 20, "个", 2027),  # 力争 before another thing: a target of its own
    ]
    phrases = [t["source_phrase"] for g in draft.data["goals"] for t in g["targets"]]
    assert phrases[:2] == [
        "全市人工智能核心产业规模达到50亿元、力争突破60亿元",
        "培育骨干企业10个左右、力争15个",
    ]
    assert "力争突破60亿元" in _reviews(draft) and "力争15个" in _reviews(draft)


@pytest.mark.usefixtures("english_notes")
def test_doubling_over_a_base_year_is_a_target_of_twice_the_base_flagged_for_its_base():
    draft = _draft(GOALS.format(
        "到2027年，全市人工智能核心产业规模较2024年翻一番，智能算力规模比2024年翻两番以上，"
        "数字经济核心产业增加值占比实现翻番。"
    ))  # fmt: skip
    assert _targets(draft.data) == [
        ("人工智能核心产业规模", "eq", 2, "倍", 2027),
        ("智能算力规模", "gte", 4, "倍", 2027),
    ]
    reviews = _reviews(draft)
    assert "2024" in reviews and "baseline" in reviews
    assert "翻番" in reviews  # the doubling with no base is no target, but is pointed out


def test_an_indicator_table_pasted_one_cell_per_line():
    table = "\n".join(
        ["到2027年，产业生态基本形成。主要指标如下：", "表1 主要发展指标", "序号", "指标", "单位",
         "2024年", "2027年", "属性", "1", "人工智能核心产业规模", "亿元", "120", "300", "预期性",
         "2", "智能算力规模", "EFLOPS", "2", "≥10", "预期性", "3", "人工智能企业数量", "家", "150",
         "300", "预期性"]
    )  # fmt: skip
    data = _draft(GOALS.format(table)).data
    assert [(c, v, u, d) for _, c, v, u, d in _targets(data)] == [
        ("eq", 300, "亿元", 2027),
        ("gte", 10, "EFLOPS", 2027),
        ("eq", 300, "家", 2027),
    ]
    assert [t.get("baseline") for g in data["goals"] for t in g["targets"]] == [120, None, 150]


def test_metric_names_keep_a_verb_like_noun_before_the_measured_quantity():
    data = _draft(GOALS.format(
        "到2027年，全市规上企业研发投入强度达到3%左右，规上工业企业数字化改造覆盖率达到90%以上，"
        "培育人工智能企业50家。"
    )).data  # fmt: skip
    assert [m for m, *_ in _targets(data)] == [
        "规上企业研发投入强度",
        "规上工业企业数字化改造覆盖率",
        "人工智能企业",
    ]


def test_the_base_a_goal_starts_from_is_its_baseline_not_a_target_and_a_status_is_none():
    data = _draft(GOALS.format(
        "在2024年核心产业规模120亿元的基础上，到2027年，人工智能核心产业规模达到300亿元；"
        "全市已建成智算中心3个，到2027年新建智算中心5个。"
    )).data  # fmt: skip
    targets = [t for g in data["goals"] for t in g["targets"]]
    assert [(t["value"], t["unit"], t.get("baseline")) for t in targets] == [
        (300, "亿元", 120),
        (5, "个", None),
    ]


def test_a_part_in_brackets_after_含_is_a_part_of_the_total():
    data = _draft(GOALS.format("到2027年，建设人工智能创新平台10个以上（含国家级2个）。")).data
    total, part = data["goals"][0]["targets"]
    assert (total["metric"], total["value"], total["comparator"]) == ("人工智能创新平台", 10, "gte")
    assert (part["value"], part["comparator"], part.get("parent")) == (2, "eq", total["code"])


TASKS = (
    "某市人工智能赋能行动工作方案\n一、工作目标\n到2026年，培育企业100家。\n"
    "二、重点任务\n（一）夯实基础\n{}"
)


def test_a_deadline_inside_an_annotation_is_no_agency():
    data = _draft(TASKS.format(
        "1.建设算力平台。建设智算中心。（责任单位：市科技局，各区县政府；完成时限：2026年底）\n"
        "2.开放数据。开放公共数据。（牵头单位：市数据局；完成时间：2026年12月；配合单位：市财政局）"
    )).data  # fmt: skip
    first, second = _tasks(data)
    assert _roles(data, first) == {"responsible": ["市科技局", "各区县政府"]}
    assert _roles(data, second) == {"lead": ["市数据局"], "supporting": ["市财政局"]}
    assert all("时限" not in a["name"] and "时间" not in a["name"] for a in data["agencies"])


def test_agencies_in_brackets_that_end_a_task_without_a_role_word_carry_it_out():
    data = _draft(TASKS.format(
        "1.加强安全。建立安全机制。（市委网信办、市公安局，各区县政府）\n"
        "2.建设平台。建设公共服务平台（以下简称市平台）。\n"
        "3.培育企业。支持企业（含新型研发机构）发展。（市经信局）\n"
        "4.完善制度。制定算力券管理办法（试行）\n5.组建联盟。组建产业联盟（人工智能产业联盟）"
    )).data  # fmt: skip
    first, second, third, fourth, fifth = _tasks(data)
    assert _roles(data, fourth) == _roles(data, fifth) == {}
    assert _roles(data, first) == {"responsible": ["市委网信办", "市公安局", "各区县政府"]}
    assert _roles(data, second) == {}
    assert _roles(data, third) == {"responsible": ["市经信局"]}


def test_counts_of_visits_shares_in_tenths_doubling_and_a_stage_dated_by_a_year_range():
    data = _draft(GOALS.format(
        "到2027年，人工智能企业数量较2024年实现倍增，智能终端普及率超过七成，服务企业1000家次以上。"
        "2028—2030年，人工智能核心产业规模年均增长15%以上。"
    )).data  # fmt: skip
    assert [(c, v, u, d) for _, c, v, u, d in _targets(data)] == [
        ("eq", 2, "倍", 2027),
        ("gt", 70, "%", 2027),
        ("gte", 1000, "家次", 2027),
        ("gte", 15, "%", 2030),
    ]


DIVIDED = (
    "某市推进“人工智能+”行动方案\n一、总体要求\n到2027年，培育人工智能企业100家。\n二、重点任务\n"
    "（一）夯实算力基础\n1.建设智能算力中心。统筹建设算力中心。\n2.推进数据开放。开放公共数据。\n"
    "（二）推动产业发展\n3.培育骨干企业。支持企业做大做强。\n三、保障措施\n（一）加强组织领导。建立工作机制。\n"
    "附件：重点任务分工表\n{}"
)


def test_a_division_of_tasks_annex_assigns_the_bodys_tasks_and_adds_none():
    table = "\n".join(
        ["序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |",
         "1 | 建设智能算力中心 | 市发展改革委 | 市数据局 | 2026年底 |",
         "2 | 推进数据开放 | 市数据局 | 市财政局 | 2027年 |",
         "3 | 培育骨干企业 | 市工信局 | 市科技局、各区县政府 | 持续推进 |"]
        + [f"{n} | 其他工作{n} | 市发展改革委 | 市科技局 | 2027年 |" for n in range(4, 30)]
    )  # fmt: skip
    data = _draft(DIVIDED.format(table)).data
    tasks = _tasks(data)
    assert [t["title"] for t in tasks] == [
        "建设智能算力中心",
        "推进数据开放",
        "培育骨干企业",
        "加强组织领导",
    ]
    assert [_roles(data, t) for t in tasks] == [
        {"lead": ["市发展改革委"], "supporting": ["市数据局"]},
        {"lead": ["市数据局"], "supporting": ["市财政局"]},
        {"lead": ["市工信局"], "supporting": ["市科技局", "各区县政府"]},
        {},
    ]


def test_a_division_annex_from_a_word_table_assigns_the_tasks_it_names():
    rows = "\n".join([
        "1.建设智能算力中心。（牵头单位：市发展改革委；配合单位：市数据局）",
        "2.推进数据开放。（牵头单位：市数据局；配合单位：市财政局）",
        "3.培育骨干企业，做大做强。（牵头单位：市工信局）",
    ])  # fmt: skip
    data = _draft(DIVIDED.format(rows)).data
    assert [_roles(data, t).get("lead") for t in _tasks(data)] == [
        ["市发展改革委"], ["市数据局"], ["市工信局"], None,
    ]  # fmt: skip


def test_a_bare_scale_after_a_sum_of_money_is_counted_in_yuan():
    data = _draft(GOALS.format(
        "到2027年，人工智能产业规模超千亿，数字经济核心产业增加值突破5000亿，用户突破5000万。"
    )).data  # fmt: skip
    assert [(c, v, u) for _, c, v, u, _ in _targets(data)] == [
        ("gt", 1000, "亿元"),
        ("gt", 5000, "亿元"),
        ("gt", 5000, "万"),  # users: a count, not money
    ]


def test_the_items_of_a_box_are_no_tasks_and_the_tasks_after_it_are():
    text = (
        "某省“人工智能+”行动方案\n一、总体目标\n到2027年，培育人工智能企业1000家。\n二、重点行动\n"
        "（一）“人工智能+”制造\n1.推动智能工厂建设。建设智能工厂。（省工业和信息化厅牵头）\n"
        "2.推广工业大模型。推广大模型。（省科技厅牵头）\n专栏1 “人工智能+”制造重点方向\n"
        "1.智能研发设计：推动研发设计智能化。\n2.智能生产制造：推动生产智能化。\n"
        "3.发展智能装备。研发智能装备。（省工业和信息化厅牵头）\n（二）“人工智能+”教育\n"
        "4.建设智慧校园。推进智慧校园建设。（省教育厅牵头）\n专栏2：“人工智能+”教育重点场景\n"
        "（1）智能助教。开发智能助教系统。\n三、保障措施\n（一）加强组织领导。建立工作机制。"
    )
    draft = _draft(text, {"slug": "p", "name": "某省", "level": "municipality"})
    assert [t["title"] for t in _tasks(draft.data)] == [
        "推动智能工厂建设", "推广工业大模型", "发展智能装备", "建设智慧校园", "加强组织领导",
    ]  # fmt: skip
    assert "智能研发设计" in _tasks(draft.data)[1]["text"]  # the box stays in the text before it


def test_a_range_with_its_unit_after_both_figures_is_one_target():
    data = _draft(GOALS.format(
        "到2027年，企业生产效率提升20%—30%，运营成本降低10%～15%，建成平台3个-5个，培育企业10至15家。"
    )).data  # fmt: skip
    targets = [t for g in data["goals"] for t in g["targets"]]
    assert [(t["comparator"], t["value"], t.get("value_max"), t["unit"]) for t in targets] == [
        ("range", 20, 30, "%"),
        ("range", 10, 15, "%"),
        ("range", 3, 5, "个"),
        ("range", 10, 15, "家"),
    ]


def test_two_short_forms_of_one_body_are_one_agency_and_市各相关部门_names_nobody():
    data = _draft(TASKS.format(
        "1.建设平台。建设平台。（牵头单位：市发改委；配合单位：市财政局）\n"
        "2.开放数据。开放数据。（市发展改革委等部门按职责分工负责）\n"
        "3.培育企业。培育企业。（市经信局牵头，市各相关部门按职责分工负责）"
    )).data  # fmt: skip
    reform = [a for a in data["agencies"] if a["category"] == "development_reform"]
    assert len(reform) == 1 and set(reform[0]["aliases"]) == {"市发改委", "市发展改革委"}
    first, second, third = _tasks(data)
    assert first["lead"] == second["responsible"] == [reform[0]["code"]]
    assert _roles(data, third) == {"lead": ["市经信局"]}


def test_labels_in_lenticular_brackets_before_their_names():
    data = _draft(TASKS.format(
        "1.建设人才队伍。引进人才。【牵头单位】市人社局【配合单位】市教育局、市科技局\n"
        "2.开放数据。开放数据。\n【责任单位】市数据局"
    )).data  # fmt: skip
    first, second = _tasks(data)
    assert _roles(data, first) == {"lead": ["市人社局"], "supporting": ["市教育局", "市科技局"]}
    assert _roles(data, second) == {"responsible": ["市数据局"]}
    two_lines = _draft(
        TASKS.format("1.开放数据。开放数据。\n【牵头单位】市数据局\n【配合单位】市财政局")
    ).data
    assert _roles(two_lines, _tasks(two_lines)[0]) == {
        "lead": ["市数据局"],
        "supporting": ["市财政局"],
    }


def test_things_named_before_分别_share_the_measure_written_after_the_last():
    data = _draft(
        GOALS.format("到2027年，人工智能核心产业和相关产业规模分别超过350亿元和2000亿元。")
    ).data
    assert [m for m, *_ in _targets(data)] == ["人工智能核心产业规模", "相关产业规模"]

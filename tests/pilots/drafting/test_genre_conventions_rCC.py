"""Conventions of whole plans that the synthetic_cc set (SYNTHETIC_CC.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft``. Each failed on the importer before its rule unless marked as a
control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

# 1. A plan numbered DECIMALLY, as a Word file's headings are: 1 / 1.1 / 1.1.1, each level told by
#    its count of dots. The top level prints a bare number before its heading ("2 主要任务"), its
#    areas 2.1, their tasks 2.1.1. Before, 2.1.1 was read as 2.1 with a body "1…" (tasks titled
#    "1建设…" and sections of one task each), and the bare top level was no heading at all (the
#    safeguards' 3.1… drafted as sections of their own, under no part).

_DECIMAL = (
    "某市推进人工智能应用行动方案\n"
    "为加快发展，制定本方案。\n"
    "1 总体要求\n"
    "1.1 工作目标\n"
    "到2027年，全市建成智能工厂30家。\n"
    "2 主要任务\n"
    "2.1 夯实发展底座\n"
    "2.1.1 布局智算设施。统筹建设城市算力平台。（牵头单位：市发展改革委；责任单位：市数据局）\n"
    "2.1.2 汇聚数据资源。推进公共数据开放共享。（牵头单位：市数据局；责任单位：市政务服务局）\n"
    "2.2 拓展应用场景\n"
    "2.2.1 发展智能制造。推动企业智能化改造。（牵头单位：市工业和信息化局；责任单位：市科技局）\n"
    "3 保障措施\n"
    "3.1 加强统筹协调。建立工作推进机制，定期研究重大事项。\n"
    "3.2 加大资金投入。统筹各类专项资金支持重点项目。\n"
)


def test_a_decimal_outline_nests_by_its_count_of_dots():
    data = _draft(_DECIMAL)
    tasks = _tasks(data)
    assert [(t["title"], t.get("numbering")) for t in tasks] == [
        ("布局智算设施", "2.1.1"),
        ("汇聚数据资源", "2.1.2"),
        ("发展智能制造", "2.2.1"),
        ("加强统筹协调", "3.1"),
        ("加大资金投入", "3.2"),
    ]
    assert _roles(data, tasks[0]) == {"lead": ["市发展改革委"], "responsible": ["市数据局"]}
    areas = [(s["numbering"], s["title"]) for s in data["sections"] if s["kind"] == "key_task"]
    assert areas == [("2.1", "夯实发展底座"), ("2.2", "拓展应用场景")]  # not 22.1
    safeguard = next(s for s in data["sections"] if s["kind"] == "safeguard")
    assert (safeguard["numbering"], safeguard["title"]) == ("3", "保障措施")


def test_a_decimal_outlines_goal_keeps_its_own_number():
    """Passed before (1 总体要求 was no heading then); with the top level read, 1.1 under 1 is
    printed 1.1, not 11.1."""
    data = _draft(_DECIMAL)
    assert [g["numbering"] for g in data["goals"]][:1] == ["1.1"]  # not 11.1


# Control: a bare number before a short line is no heading unless its own N.1 follows (a page
# number run into a running head, a count on a line of its own). Passes before and after.

_BARE_NOT_TOP = (
    "某市推进人工智能应用行动方案\n"
    "一、重点任务\n"
    "（一）布局智算设施。统筹建设城市算力平台。（责任单位：市发展改革委）\n"
    "2 某市人民政府办公室\n"
    "（二）汇聚数据资源。推进公共数据开放共享。（责任单位：市数据局）\n"
    "1.1 数据开放\n"
)


def test_control_a_bare_number_without_its_sub_items_stays_text():
    data = _draft(_BARE_NOT_TOP)
    assert [t["title"] for t in _tasks(data)] == ["布局智算设施", "汇聚数据资源"]


# Control: sub-items 1.1 / 1.2 under a 1. item stay as they were (two dots alone make the third
# level). Passes before and after.

_SUB_ITEMS = (
    "某市推进人工智能应用行动方案\n"
    "一、重点任务\n"
    "1.布局智算设施。统筹建设城市算力平台。（责任单位：市发展改革委）\n"
    "2.汇聚数据资源。推进公共数据开放共享。（责任单位：市数据局）\n"
)


def test_control_items_numbered_with_one_figure_stay_tasks():
    data = _draft(_SUB_ITEMS)
    assert [(t["title"], t.get("numbering")) for t in _tasks(data)] == [
        ("布局智算设施", "1."),
        ("汇聚数据资源", "2."),
    ]


# 2. A box numbered by its chapter and its own count (专栏2-1 X场景): the box's title is the words
#    after 专栏2-1, not "-1X场景".

_BOX = (
    "某市推进人工智能应用行动方案\n"
    "一、重点任务\n"
    "（一）拓展应用场景\n"
    "1.发展智能制造。推动企业智能化改造。（责任单位：市工业和信息化局）\n"
    "专栏2-1 重点应用场景\n"
    "1.智能制造场景：开放质量检测等场景。\n"
    "到2027年，累计发布场景清单5批次。\n"
    "2.发展智慧医疗。推广辅助诊断。（责任单位：市卫生健康委）\n"
)


def test_a_box_numbered_chapter_dash_count_is_titled_without_its_number():
    data = _draft(_BOX)
    titles = [g["title"] for g in data["goals"]]
    assert "重点应用场景" in titles
    assert not any(t.startswith("-") for t in titles)

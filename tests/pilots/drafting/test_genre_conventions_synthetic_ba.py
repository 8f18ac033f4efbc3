# ruff: noqa: E501  (plan text as the offices write it)
"""Conventions of whole plans that the synthetic_ba set (SYNTHETIC_BA.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end to
end through ``plan_draft`` or read by the goal grammar. Each failed on the importer before its rule
unless marked as a control."""

from pilots.drafting.goal_targets import targets_of
from tests.pilots.drafting.test_genre_conventions import _draft, _tasks

COUNTY = {"slug": "c", "name": "某县", "level": "city"}


def _targets(data: dict) -> list[tuple]:
    return [
        (t["metric"], t["value"], t["unit"], t["comparator"], t["deadline"])
        for g in data["goals"]
        for t in g["targets"]
    ]


# 1. A box titled by 工程项目 (专栏2　X重点工程项目: "construction projects") lists projects like a
#    box of 重点项目, not the plan's named 工程: no task, no section of its own; its text stays the
#    task's before it. Before, 工程 in the title made it a box of engineering, drafted as a task.


def _box(title: str) -> str:
    return (
        "某县“人工智能+”行动实施方案（2026—2028年）\n"
        "一、发展目标\n到2028年，全县人工智能核心产业规模达到30亿元。\n"
        "二、重点任务\n（一）夯实发展底座\n"
        "1.建设县级算力节点。推进智能算力节点和边缘计算设施建设。（县工信局牵头）\n"
        "2.推进数据资源汇聚。建设县级公共数据资源平台。（县数据局牵头）\n"
        f"专栏2　{title}\n"
        "县城智能算力节点项目：依托县产业园数据机房，分期部署推理算力设备。牛羊肉产品溯源平台项目：汇聚养殖、屠宰、销售环节数据，实现全程追溯。\n"
        "（二）拓展融合应用\n"
        "3.推进智慧农牧。推广精准饲喂和疫病智能识别。（县农业农村局牵头）\n"
        "三、保障措施\n（一）加强组织领导。成立工作专班，统筹推进各项任务。\n"
    )


def test_a_box_of_engineering_projects_holds_no_task():
    data = _draft(_box("某县人工智能重点工程项目"), COUNTY)
    titles = [t["title"] for t in _tasks(data)]
    assert titles == ["建设县级算力节点", "推进数据资源汇聚", "推进智慧农牧", "加强组织领导"]
    assert "牛羊肉产品溯源平台项目" in _tasks(data)[1]["text"]


def test_control_a_box_of_engineering_is_still_a_task():
    """Control (passed before): 专栏2　X重点工程 names the plan's programmes."""
    data = _draft(_box("某县人工智能重点工程"), COUNTY)
    assert "某县人工智能重点工程" in [t["title"] for t in _tasks(data)]


# 2. A page that ends with the signature and, after it, a line naming an attachment not printed
#    there (附件：X清单（2026—2027年）, 附件：X清单): the issuer's name, the date and the note are
#    still the signature, no task of an unnumbered 保障措施 part. Before, the 附件 line after them
#    kept the signature from being seen, and each of its lines became a safeguard task.


def _signed(annex: str) -> str:
    return (
        "某县人民政府关于推进“人工智能+”行动的实施意见\n"
        "一、总体要求\n到2027年，全县建成智能应用场景20个。\n"
        "二、重点任务\n（一）推进智慧农业。建设智慧果园示范基地。（责任单位：县农业农村局）\n"
        "三、保障措施\n"
        "加强组织领导。建立县级统筹推进机制，定期研究重大事项。\n"
        "强化督促落实。将重点任务纳入年度考核。\n"
        "某县人民政府\n"
        "2026年4月20日\n"
        "（此件公开发布）\n"
        f"{annex}\n"
    )


def test_a_signature_before_an_annex_line_with_years_is_no_task():
    data = _draft(_signed("附件：某县“人工智能+”行动重点项目清单（2026—2027年）"), COUNTY)
    assert [t["title"] for t in _tasks(data)] == ["推进智慧农业", "加强组织领导", "强化督促落实"]


def test_a_signature_before_a_plain_annex_line_is_no_task():
    data = _draft(_signed("附件：某县“人工智能+”行动重点场景清单"), COUNTY)
    assert [t["title"] for t in _tasks(data)] == ["推进智慧农业", "加强组织领导", "强化督促落实"]


# 3. A year before the plan's period opening a clause in passing (近年来，…，2025年全县…达到55%，
#    建成…120个，…): the figures after it, up to a later date in the sentence, tell where the plan
#    starts from — no targets, even read under the goals heading. Before, the year was dropped as
#    told in passing and its figures were drafted as targets due at the plan's end.


def _figures(text: str, period_start: int = 2026) -> list[tuple]:
    found, _ = targets_of(text, None, 2027, period_start=period_start)
    return [(t.target["value"], t.target["unit"], t.target["deadline"]) for t in found]


def test_figures_after_a_past_year_told_in_passing_are_a_base():
    text = "近年来，全县智慧农业加快发展，2025年全县农机北斗终端覆盖率达到55%，建成农业物联网监测点120个，为下一步发展奠定了基础。"
    assert _figures(text) == []


def test_control_a_date_after_the_past_year_dates_its_figures():
    """Control (passed before): 到2027年 after the base year dates the figures after it."""
    text = "2025年全县农机北斗终端覆盖率为55%，到2027年达到80%，建成农业物联网监测点300个。"
    assert _figures(text) == [(80, "%", 2027), (300, "个", 2027)]


def test_control_a_year_in_the_period_told_in_passing_dates_nothing_new():
    """Control (passed before): a year inside the period is no base."""
    text = "围绕重点产业，2026年全县建成农业物联网监测点120个。"
    assert [v for v, _, _ in _figures(text)] == [120]


# 4. 年内 (within this year) before a figure with no year of its own: due in the plan's first year,
#    not at its end. 三年内 is a span of years, no such date. Before, 年内 was read as no date.


def test_within_the_year_is_the_plans_first_year():
    text = "健全公共数据目录，年内新增共享数据接口50个，推动数据有序流通。"
    assert _figures(text) == [(50, "个", 2026)]


def test_control_within_three_years_is_no_first_year():
    """Control (passed before)."""
    text = "三年内新增共享数据接口50个。"
    assert _figures(text) == [(50, "个", 2027)]


# 5. A cadence worded "每半年对…进行一次评估" (each half year an evaluation of the work): how often
#    it is done, no count of one to reach. Before, only a short phrase between 每… and 一次 was read.


def test_an_evaluation_once_each_half_year_is_no_target():
    text = "县工作专班办公室每半年对重点任务落实情况进行一次评估，评估结果向县政府报告。"
    assert _figures(text) == []


def test_control_several_evaluations_a_year_are_a_target():
    """Control (passed before): a count of more than one is a count to reach."""
    text = "每年组织第三方评估机构开展评估3次以上。"
    assert [v for v, _, _ in _figures(text)] == [3]

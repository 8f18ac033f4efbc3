"""Conventions of the genre that the synthetic_t set (SYNTHETIC_T.md, measurement 1) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import _draft

COUNTY = {"slug": "some-county", "name": "某县", "level": "district"}


def _figures(data: dict) -> set[tuple]:
    return {
        (t["value"], t["unit"], t["comparator"], t["deadline"])
        for goal in data["goals"]
        for t in goal["targets"]
    }


# 1. A budget the plan sets aside with words between 安排 and the sum ("科技计划每年安排
#    数字经济专项资金不少于8000万元", "每年安排县级引导资金不低于2亿元"): money allocated, a
#    term of the plan's support — never a target, whether or not 财政 is named and whatever
#    comparator follows 资金.


def test_a_budget_set_aside_with_words_before_its_sum_is_no_target():
    text = (
        "某县数字经济发展行动方案（2026—2028年）\n"
        "一、主要目标\n"
        "到2028年，全县数字经济核心产业增加值达到50亿元。\n"
        "二、重点任务\n"
        "1.开展技术攻关。县科技计划每年安排数字经济专项资金不少于8000万元，"
        "每年实施关键技术攻关项目12项以上。（县科技局牵头，县财政局配合）\n"
        "2.壮大产业基金。每年安排县级引导资金不低于2亿元，带动社会资本投向数字经济。"
        "（县财政局负责）\n"
    )
    figures = _figures(_draft(text, COUNTY))
    assert (50, "亿元", "eq", 2028) in figures
    assert (12, "项", "gte", 2028) in figures
    assert not {f for f in figures if f[1] in ("万元", "亿元") and f[0] in (8000, 2)}


def test_money_the_plan_commits_to_reach_stays_a_target():
    """Control: a fund's size or an investment the plan reaches (基金规模不低于20亿元, 完成投资
    30亿元以上) is no sum set aside."""
    text = (
        "某县数字经济发展行动方案（2026—2028年）\n"
        "一、主要目标\n"
        "到2028年，数字经济产业投资基金规模不低于20亿元，数字经济项目完成投资30亿元以上。\n"
    )
    figures = _figures(_draft(text, COUNTY))
    assert {(20, "亿元", "gte", 2028), (30, "亿元", "gte", 2028)} <= figures


# 2. An annual list of tasks at the end (附件 2026年度重点任务清单) whose rows restate the body's
#    tasks by their titles, each with the year's figures beside the title and its units: the
#    figures are that year's targets — one goal titled by the list's title, due in its year —
#    not new tasks. A figure the goals state for another year (600人次 by 2027) is the list's too.

_BODY = (
    "某县推进人工智能产业发展工作方案（2026—2027年）\n"
    "一、工作目标\n"
    "到2027年，全县人工智能相关产业规模突破40亿元，累计培训新型职业农民600人次。\n"
    "二、重点任务\n"
    "1.建设县级算力中心。到2027年，建成智能算力200PFlops。（责任单位：县发改局）\n"
    "2.培育数字农业场景。到2027年，建成数字农业示范基地12个。（责任单位：县农业农村局）\n"
    "三、保障措施\n"
    "（一）加强组织领导。建立工作专班，统筹推进各项工作。\n"
    "附件\n"
)


def test_the_years_figures_in_a_list_restating_the_tasks_are_targets_of_that_year():
    text = _BODY + (
        "2026年度重点任务清单\n"
        "序号\t重点任务\t年度目标\t责任单位\t完成时限\n"
        "1\t建设县级算力中心\t建成智能算力80PFlops\t县发改局\t2026年12月\n"
        "2\t培育数字农业场景\t新建数字农业示范基地5个；培训新型职业农民600人次\t县农业农村局\t2026年11月\n"
    )
    data = _draft(text, COUNTY)
    figures = _figures(data)
    assert {(80, "PFlops", "eq", 2026), (5, "个", "eq", 2026), (600, "人次", "eq", 2026)} <= figures
    assert {(200, "PFlops", "eq", 2027), (600, "人次", "eq", 2027)} <= figures
    listed = [g for g in data["goals"] if g["title"] == "2026年度重点任务清单"]
    assert len(listed) == 1 and len(listed[0]["targets"]) == 3
    titles = [t["title"] for s in data["sections"] for t in s.get("tasks", [])]
    assert titles.count("建设县级算力中心") == 1  # no new task


def test_a_division_table_with_no_year_gives_no_targets():
    """Control: a 分工表 naming the body's tasks with no year of its own adds no goal."""
    text = _BODY + (
        "重点任务分工表\n"
        "序号\t重点任务\t工作内容\t责任单位\t完成时限\n"
        "1\t建设县级算力中心\t建成智能算力80PFlops\t县发改局\t2026年12月\n"
        "2\t培育数字农业场景\t新建数字农业示范基地5个\t县农业农村局\t2026年11月\n"
    )
    figures = _figures(_draft(text, COUNTY))
    assert (80, "PFlops", "eq", 2026) not in figures

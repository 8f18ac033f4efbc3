"""Forms the real corpus's remaining misses show (helper hreal, round of 2026-12-03), each written
here as a short invented text, drafted end to end through ``plan_draft``. Each failed on the
importer before its rule unless marked a control."""

import pytest

from tests.pilots.drafting.test_genre_conventions import _draft, _targets as _tuples
from tests.pilots.drafting.test_item_targets import GOALS, _plan, _read
from tests.pilots.drafting.test_target_forms_round19 import _targets

# 1. A count of the people or bodies a measure funds or rewards, the support verb right before
#    the figure ("每年重点资助100名青年人才赴境外研修", "评选奖励20家标杆企业"), is the number the
#    plan commits to reach, not a term of the support; a cap (最高资助3个), money and rates stay
#    terms.


@pytest.mark.parametrize(
    ("item", "figure"),
    [
        ("1.实施青年人才计划。5年内重点资助100名青年科技人才赴境外研修。（市人社局牵头）",
         ("青年科技人才", 100, "名", "eq", 2027, False)),
        ("1.培育标杆企业。每年评选奖励20家智能制造标杆企业。（市工信局牵头）",
         ("智能制造标杆企业", 20, "家", "eq", 2027, True)),
        ("1.支持技能人才。鼓励并资助50名技能人才出国（境）培训。（市人社局牵头）",
         ("技能人才出国（境）培训", 50, "名", "eq", 2027, False)),
        ("1.支持青年人才。每年资助不少于80名青年博士开展研究。（市科技局牵头）",
         ("青年博士开展研究", 80, "名", "gte", 2027, True)),
    ],
)  # fmt: skip
def test_a_count_of_those_a_measure_funds_is_a_target(item, figure):
    data = _draft_item(item)
    assert [f[1:] for f in _read(data) if f[1] == figure[1]] == [figure[1:]]


@pytest.mark.parametrize(
    "item",
    [
        # Controls: a cap of what is funded, an amount granted, a share of the cost
        "1.支持企业申报。每家企业每年最高资助项目3个。（市财政局牵头）",
        "1.加大资金支持。对新认定的企业给予最高500万元奖励。（市财政局牵头）",
        "1.发放算力券。算力券资助比例为30%。（市数据局牵头）",
        "1.支持企业申报。每年资助不超过3个项目。（市财政局牵头）",  # a quota of what is funded
    ],
)
def test_a_term_of_the_support_stays_no_target(item):
    data = _draft_item(item)
    assert sorted(t["value"] for t in _targets(data)) == [30, 500]


def _draft_item(item: str) -> dict:
    return _draft(_plan(GOALS, f"二、重点任务\n（一）强化人才支撑\n{item}\n"))


def test_each_count_of_a_list_a_support_verb_heads_is_a_target():
    data = _draft_item(
        "1.实施技能人才工程。5年内重点资助100名首席技师、500名技能骨干和3000名青年技能人才。"
        "（市人社局牵头）"
    )
    assert sorted(f[1] for f in _read(data) if f[2] == "名") == [100, 500, 3000]


# 2. An engineering box's item whose one year stands after its first figure ("——X工程。在A、B等地
#    建设Y基地3个，到2027年，带动…就业1万人以上。"): the item is one undertaking, its year dates the
#    figure before it too. An item printing no year keeps the plan's end (control).

_BOX = (
    "某省推进“人工智能+”行动实施方案\n"
    "一、主要目标\n到2027年，全省人工智能核心产业规模突破300亿元。"
    "到2030年，全省人工智能核心产业规模力争达到800亿元。\n"
    "二、重点任务\n（一）实施数据赋能行动\n"
    "1.建设行业数据集。组织企业开展数据采集。（省数据局牵头）\n"
    "专栏1　数据赋能重点工程\n"
    "——数据标注基地工程。在甲市、乙市等地建设数据标注基地4个，到2027年，带动就业2万人以上。\n"
    "——公共数据开放工程。建设公共数据开放平台，上线数据产品300个。\n"
    "三、保障措施\n（一）加强组织领导。建立推进机制。\n"
)


def test_a_box_item_s_year_after_its_first_figure_dates_it():
    found = _tuples(_draft_box())
    assert (4, "个", "eq", 2027) in found
    assert (20000, "人", "gte", 2027) in found
    assert (300, "个", "eq", 2030) in found  # control: no year in the item, the plan's end


def _draft_box() -> dict:
    return _draft(_BOX, {"slug": "p", "name": "某省", "level": "municipality"})


# 3. An opinion issued directly as a government document (GB/T 9704: title, addressees, body, then
#    the issuer's name and the date closing it) is dated by that closing signature when no 文号 or
#    title dates it: its issue date and period, so an undated measure's figure falls due in the
#    year of issue, not in no year at all.

_SIGNED_AT_THE_END = (
    "某市人民政府关于加快数字经济发展的实施意见\n"
    "各区人民政府，市政府各部门：\n"
    "为加快发展数字经济，现提出如下意见。\n"
    "一、强化基础设施\n"
    "1.建设5G网络。新建5G基站1万个以上。（责任单位：市工信局）\n"
    "2.建设算力中心。统筹建设智算中心。（责任单位：市发改委）\n"
    "某市人民政府\n"
    "2023年6月1日\n"
)


@pytest.mark.parametrize("note", ["", "（此件公开发布）\n"])
def test_the_signature_closing_the_document_dates_it(note):
    data = _draft(_SIGNED_AT_THE_END + note)
    assert data["plan"]["issued_on"] == "2023-06-01"
    assert data["plan"]["issuer"] == "某市人民政府"
    assert (data["plan"]["period_start"], data["plan"]["period_end"]) == (2023, 2023)
    assert _tuples(data) == [(10000, "个", "gte", 2023)]
    assert "某市人民政府" not in data["sections"][-1]["tasks"][-1]["text"]


# 4. Measures (若干措施) that print no goal year are dated by their closing article: "本措施自2023年
#    7月1日起施行，有效期3年" runs from 2023 to mid-2026; "…起施行，有效期至2025年12月31日" to 2025.
#    Their period, and so an undated measure's figure, follow it.

_MEASURES = (
    "某市加快数字经济发展若干措施\n为加快发展数字经济，制定如下措施。\n"
    "一、强化基础设施\n"
    "1.建设5G网络。每年新建5G基站1000个以上。（责任单位：市工信局）\n"
    "2.建设算力中心。统筹建设智算中心。（责任单位：市发改委）\n"
    "二、附则\n{validity}\n"
)


@pytest.mark.parametrize(
    ("validity", "period"),
    [
        ("本措施自2023年7月1日起施行，有效期3年。", (2023, 2026)),
        ("本措施自2024年1月1日起施行，有效期三年。", (2024, 2026)),
        ("本措施自2023年7月1日起施行，有效期至2025年12月31日。", (2023, 2025)),
        ("本措施自2023年7月1日起实施，有效期为2年。", (2023, 2025)),
    ],
)
def test_the_validity_of_measures_gives_their_period(validity, period):
    data = _draft(_MEASURES.format(validity=validity))
    assert (data["plan"]["period_start"], data["plan"]["period_end"]) == period
    assert [t[3] for t in _tuples(data)] == [period[1]]


# 5. Goals set over a span counted from the plan's own year, with no year of their own ("力争用3年
#    时间，…达到300亿元", "经过三年努力"): the span runs from the year the plan is issued (its 文号,
#    date or title), that year counted, as "2012年起5年内" runs to 2016 — the period and the goals'
#    deadline are its last year.

_SPAN_GOALS = (
    "某市人民政府关于加快人工智能发展的实施意见\n某政发〔2023〕12号\n"
    "各区人民政府，市政府各部门：\n为加快发展人工智能，现提出如下意见。\n"
    "一、发展目标\n{span}，全市人工智能核心产业规模达到300亿元，培育人工智能企业100家以上。\n"
    "二、重点任务\n1.建设算力中心。统筹建设智算中心。（责任单位：市发改委）\n"
)


@pytest.mark.parametrize("span", ["力争用3年时间", "经过三年努力", "通过3年左右的努力"])
def test_goals_over_a_span_from_the_plan_s_year_fall_due_at_its_end(span):
    data = _draft(_SPAN_GOALS.format(span=span))
    assert (data["plan"]["period_start"], data["plan"]["period_end"]) == (2023, 2025)
    assert [t[3] for t in _tuples(data)] == [2025, 2025]


def test_control_a_goal_year_printed_wins_over_the_span():
    data = _draft(_SPAN_GOALS.format(span="力争用3年时间，到2027年"))
    assert data["plan"]["period_end"] == 2027
    assert [t[3] for t in _tuples(data)] == [2027, 2027]

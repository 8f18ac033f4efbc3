"""Forms of a goal sentence probed one by one (issue #16's list: 不少于, 突破, 1—2个, 每年, 其中,
累计, 新增, 十/百/千/两, 万/亿, 翻一番, 占比, 提升至, 控制在…以内, 降低…%): those that were drafted
wrong, each in an invented sentence that failed on the importer of cd88bba, beside controls."""

import pytest

from tests.pilots.drafting.test_genre_conventions import _draft

_TASKS = "二、重点任务\n（一）建设算力底座。建设公共算力平台。\n"


def _targets(goals: str) -> list[tuple]:
    data = _draft(f"某市绿色算力发展行动方案（2026—2027年）\n一、发展目标\n{goals}\n{_TASKS}")
    return [
        (t["metric"], t["value"], t["unit"], t["comparator"], t["deadline"])
        for g in data["goals"]
        for t in g["targets"]
    ]


def test_an_energy_limit_keeps_its_unit_of_standard_coal():
    assert _targets("到2027年，数据中心单位算力能耗控制在0.3吨标准煤以内。") == [
        ("数据中心单位算力能耗", 0.3, "吨标准煤", "lte", 2027)
    ]


def test_research_spending_is_the_thing_measured_not_a_verb():
    assert _targets("到2027年，重点算力企业研发投入达到8000万元。") == [
        ("重点算力企业研发投入", 8000, "万元", "eq", 2027)
    ]


def test_a_doubling_on_a_base_years_level_names_the_thing_doubled():
    assert _targets("到2027年，全市算力规模在2025年基础上翻一番。")[0][:3] == ("算力规模", 2, "倍")


def test_a_yearly_count_of_what_is_new_takes_the_metric_before_it():
    assert _targets("到2027年，新增绿色数据中心不少于6个，每年新增3个以上。") == [
        ("绿色数据中心", 6, "个", "gte", 2027),
        ("绿色数据中心", 3, "个", "gte", 2027),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到2027年底，建成绿色数据中心12个。", ("绿色数据中心", 12, "个", "eq", 2027)),
        ("到2027年，可再生能源使用比例超70%。", ("可再生能源使用比例", 70, "%", "gt", 2027)),
        ("到2027年，培育两百家算力服务企业。", ("算力服务企业", 200, "家", "eq", 2027)),
        ("到2027年，算力产业规模突破1.2万亿元。", ("算力产业规模", 12000, "亿元", "gt", 2027)),
        ("到2027年，算力资源利用率提升至75%。", ("算力资源利用率", 75, "%", "eq", 2027)),
    ],
)
def test_control_forms_already_drafted_right(sentence, expected):
    assert _targets(sentence) == [expected]


def test_a_count_of_the_plans_own_measures_is_no_target():
    assert _targets("统筹推进16项工作举措，到2027年，建成绿色数据中心12个。") == [
        ("绿色数据中心", 12, "个", "eq", 2027)
    ]

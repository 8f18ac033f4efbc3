"""Conventions of the genre a user met uploading an invented city plan: a city's data body by its
short name expands to the city's full name as its siblings do, and a metric names what is counted
with the act that qualifies it (完成改造企业500家 → 改造企业). Each failed on the importer of
f5f3ab06 unless marked as a control."""

import pytest

from pilots.drafting.agencies import body_known
from pilots.drafting.metrics import metric_of
from tests.pilots.drafting.test_genre_conventions import _draft

CHANGCHUN = {"slug": "changchun", "name": "长春市", "level": "city"}


def _agency_names(data: dict) -> dict[str, str]:
    """Each printed short form → the full name the draft gives it."""
    return {alias: a["name"] for a in data["agencies"] for alias in a.get("aliases", [])}


def _metrics(data: dict) -> dict[str, str]:
    return {t["source_phrase"]: t["metric"] for g in data["goals"] for t in g["targets"]}


# 1. 市数据管理局 beside 市发改委 in an annotation: both the city's own bodies, both expanded.


def test_a_city_data_bureau_expands_as_its_siblings_do():
    data = _draft(
        "长春市人工智能产业发展行动方案(2025-2027年)\n一、主要目标\n到2027年，建成10个创新平台。\n"
        "二、重点任务\n（一）推进智能制造。开展企业智能化改造。"
        "（中国一汽牵头，市数据管理局、市发改委配合）\n",
        CHANGCHUN,
    )
    names = _agency_names(data)
    assert names["市数据管理局"] == "长春市数据管理局"
    assert names["市发改委"] == "长春市发展和改革委员会"


@pytest.mark.parametrize(
    "short",
    [
        "市数据管理局",
        "区数据资源管理局",
        "县政务服务和数据管理局",
        "省大数据发展管理局",
        "市政务服务数据管理局",
        "市大数据应用发展管理局",
        "市数据和政务服务局",
    ],
)
def test_the_genres_data_bodies_are_known_by_their_short_names(short):
    assert body_known(short) == short[1:]


def test_a_data_bureau_is_known_as_before():
    """Control: 市数据局 and 市大数据局 were known already."""
    assert body_known("市数据局") == "数据局"
    assert body_known("市大数据局") == "大数据局"


# 2. A verb acting on things that exist apart from it, with its object before the figure: the
#    figure counts the acts (firms transformed, teachers trained), and the metric keeps the verb.


def _metric(phrase: str) -> str:
    figure = next(i for i, c in enumerate(phrase) if c.isdigit())
    end = figure + next(i for i, c in enumerate(phrase[figure:]) if not c.isdigit() and c != ".")
    while end < len(phrase) and phrase[end] in "万家人次名个项":
        end += 1
    return metric_of(phrase, figure, end)


@pytest.mark.parametrize(
    ("phrase", "metric"),
    [
        ("完成改造企业500家", "改造企业"),
        ("每年培训教师1000人次", "培训教师"),
        ("累计培训人工智能应用人才1.2万人次", "培训人工智能应用人才"),
        ("每年引进人工智能领域高层次人才50名", "引进人工智能领域高层次人才"),
        ("全年招引亿元以上人工智能项目10个", "招引亿元以上人工智能项目"),
        ("累计孵化人工智能应用企业20家", "孵化人工智能应用企业"),
        ("引进孵化团队和初创企业20家", "引进孵化团队和初创企业"),
        ("每年新引进人工智能企业20家", "新引进人工智能企业"),
        ("服务企业1000家", "服务企业"),
        ("每年实施智能化改造项目30个", "智能化改造项目"),
    ],
)
def test_an_acting_verb_before_its_object_stays_in_the_metric(phrase, metric):
    assert _metric(phrase) == metric


@pytest.mark.parametrize(
    ("phrase", "metric"),
    [
        ("培育人工智能领军企业5家", "人工智能领军企业"),
        ("建成人工智能特色产业园5个", "人工智能特色产业园"),
        ("每年培养数字技能人才5000人", "数字技能人才"),
        ("引进培育高层次人才团队30个", "高层次人才团队"),
        ("每年培养引进人工智能专业人才1000人", "人工智能专业人才"),
        ("推动汽车零部件企业实施智能化改造30家", "汽车零部件企业实施智能化改造"),
        ("开展人工智能技能培训5万人次", "人工智能技能培训"),
    ],
)
def test_a_verb_making_the_thing_counted_is_trimmed_as_before(phrase, metric):
    """Control: 培育 / 建成 / 培养 make what they count (引进培育: the teams gained); 改造 / 培训
    ending the phrase name the act."""
    assert _metric(phrase) == metric


def test_the_drafted_targets_name_the_act_counted():
    data = _draft(
        "长春市人工智能产业发展行动方案(2025-2027年)\n一、主要目标\n"
        "到2027年，完成改造企业500家，每年培训教师1000人次，建成10个创新平台。\n"
        "二、重点任务\n（一）推进智能制造。开展企业智能化改造。\n",
        CHANGCHUN,
    )
    assert _metrics(data) == {
        "完成改造企业500家": "改造企业",
        "每年培训教师1000人次": "培训教师",
        "建成10个创新平台": "创新平台",
    }

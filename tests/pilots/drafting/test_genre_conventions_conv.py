"""Conventions of the expected extractions settled once in SOURCES.md (issue 16, helper conv):
a figure restated in other words is one target, a task's undated figure is due at its row's
完成时限, a district's towns and sub-districts written together are one collective, a fund's
size in the sentence setting it up is no target. Each a short text written to test the form (not
a copy of any plan), drafted end to end through ``plan_draft``. Each failed on the importer
before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _labels
from tests.pilots.drafting.test_genre_conventions_synthetic_z import _roles

COUNTY = {"slug": "some-county", "name": "某县", "level": "district"}


def _targets(data: dict) -> list[tuple]:
    return [
        (t["metric"], t["value"], t["unit"], t["deadline"])
        for goal in data["goals"]
        for t in goal["targets"]
    ]


# 1. A figure restated: an item restating the goals' figure in slightly other words (智能算力规模
#    in the goals, 智能算力 in the item: a measure word more or less) is the same target, when
#    value, unit and deadline match; the same words at another date, or another thing counted
#    alike, stay targets of their own.

RESTATED = (
    "某县推进“人工智能+”行动方案（2026—2027年）\n"
    "一、工作目标\n"
    "到2027年，全县智能算力规模达到800P，建成县级数据标注基地2个。\n"
    "二、重点任务\n"
    "（一）建设算力设施。推进县智算中心二期建设，到2027年智能算力达到800P。（牵头单位：县发改局）\n"
    "（二）发展数据产业。培育数据标注企业12家。（牵头单位：县数据局）\n"
)


def test_a_figure_restated_with_a_measure_word_less_is_one_target():
    targets = _targets(_draft(RESTATED, COUNTY))
    assert [t for t in targets if t[1] == 800] == [("智能算力规模", 800, "P", 2027)]
    assert ("数据标注企业", 12, "家", 2027) in targets  # control: the item's own figure


SOONER = (
    "某县推进“人工智能+”行动方案（2026—2027年）\n"
    "一、工作目标\n"
    "到2027年，全县智能算力规模达到800P。\n"
    "二、重点任务\n"
    "（一）建设算力设施。推进县智算中心二期建设，到2026年底智能算力达到800P。（牵头单位：县发改局）\n"
)


KEPT_SENTENCE = (
    "某县推进“人工智能+”行动方案（2026—2027年）\n"
    "一、工作目标\n"
    "到2027年，全县智能算力规模达到800P，培育数据标注企业12家。\n"
    "二、重点任务\n"
    "（一）建设算力设施。推进县智算中心二期建设，到2027年智能算力达到800P，新建边缘计算节点5个。"
    "（牵头单位：县发改局）\n"
)


def test_a_figure_restated_beside_a_figure_of_its_own_is_still_one_target():
    """The item's sentence is kept for its own figure (5个); its restated 800P is not drafted
    again."""
    targets = _targets(_draft(KEPT_SENTENCE, COUNTY))
    assert [t[1] for t in targets] == [800, 12, 5]


def test_the_same_figure_due_another_year_is_a_target_of_its_own():
    """Control: the restatement needs the deadline too."""
    targets = _targets(_draft(SOONER, COUNTY))
    assert sorted(t[3] for t in targets if t[1] == 800) == [2026, 2027]


# 2. A task's figure with no year of its own is due at its row's 完成时限 (control: the importer
#    read it so before; the extractions now all do).

TIMED = (
    "某县2026—2027年“人工智能+”行动重点任务分工表\n"
    "序号 | 重点任务 | 牵头单位 | 完成时限\n"
    "1 | 建设智慧农业示范基地，建成示范基地6个 | 县农业农村局 | 2026年10月底前\n"
    "2 | 推进工业企业智能化改造，完成改造项目40个 | 县工信局 | 2027年12月底前\n"
)


def test_a_rows_undated_figure_is_due_at_its_row_time():
    targets = {t[1]: t[3] for t in _targets(_draft(TIMED, COUNTY))}
    assert targets == {6: 2026, 40: 2027}


# 3. "各乡镇人民政府、街道办事处" (also 各镇…, 各街道办事处、各镇人民政府) written together as an
#    actor: a district's towns and sub-districts, one collective agency — not two.

TOWNS = (
    "某县推进“人工智能+”行动方案\n"
    "一、重点任务\n"
    "（一）推进基层智治。推广基层报表智能填报应用。（牵头单位：县委政法委；责任单位：县公安局、各乡镇人民政府、街道办事处）\n"
    "（二）推广智慧养老。建设社区智慧养老服务站点。（牵头单位：县民政局；配合单位：各街道办事处、各镇人民政府）\n"
    "（三）建设智慧农场。推广精准作业应用。（牵头单位：县农业农村局；配合单位：各县(区)人民政府、开发区管委会）\n"
)


def test_towns_and_sub_districts_written_together_are_one_collective():
    data = _draft(TOWNS, COUNTY)
    roles = _roles(data)
    assert roles["推进基层智治"] == {
        "lead": ["县委政法委"],
        "responsible": ["县公安局", "各乡镇人民政府、街道办事处"],
    }
    assert roles["推广智慧养老"]["supporting"] == ["各街道办事处、各镇人民政府"]
    names = set(_labels(data).values())
    assert "街道办事处" not in names and "各乡镇人民政府" not in names


def test_two_kinds_of_body_of_two_levels_stay_two_collectives():
    """Control: a county's governments and a development zone's committee are two actors."""
    roles = _roles(_draft(TOWNS, COUNTY))
    assert len(roles["建设智慧农场"]["supporting"]) == 2


# 4. The size of a fund the sentence sets up (设立…基金，规模不低于3亿元 / 基金规模达到3亿元) is
#    no target; a fund level to reach by a date (到2027年，…基金规模达到8亿元) is.

FUND = (
    "某县推进“人工智能+”行动方案（2026—2027年）\n"
    "一、工作目标\n"
    "到2027年，全县人工智能产业引导基金规模达到8亿元，培育人工智能企业20家。\n"
    "二、重点任务\n"
    "（一）强化金融支持。发挥县级产业引导基金作用，设立人工智能创业投资子基金，规模不低于3亿元。"
    "（牵头单位：县财政局）\n"
    "（二）拓宽融资渠道。组建县级天使投资基金，基金规模达到2亿元，重点投向初创企业。"
    "（牵头单位：县金融服务中心）\n"
)


def test_a_funds_size_in_the_sentence_setting_it_up_is_no_target():
    values = {t[1] for t in _targets(_draft(FUND, COUNTY))}
    assert 3 not in values and 2 not in values
    assert {8, 20} <= values  # control: the goal's fund level and the count

"""An opening paragraph dated before the plan's period (2025年，全区智能算力规模为18P…) states where
things stand: its figures are baselines, and it is no goal — before, it was drafted as a goal
titled "2025年" with no target. Invented text, drafted end to end; the first test failed on the
importer of 20efc388, the control passes before and after."""

from tests.pilots.drafting.test_genre_conventions import _draft

_PLAN = (
    "某区“人工智能+”行动实施方案（2026—2027年）\n"
    "为加快推动人工智能与全区经济社会发展深度融合，制定本实施方案。2025年，全区智能算力规模为18P，"
    "人工智能相关企业19家，人工智能应用总体处于起步阶段。\n"
    "一、总体要求\n"
    "坚持场景驱动，坚持集约建设。\n"
    "到2026年底，全区智能算力规模达到50P，人工智能相关企业达到30家。\n"
    "到2027年，全区智能算力规模突破120P。\n"
    "二、重点任务\n"
    "1.建设智算中心。建设区级智算中心。（牵头单位：区发展改革局）\n"
)


def test_an_opening_paragraph_dated_before_the_period_is_no_goal():
    goals = _draft(_PLAN)["goals"]
    assert [g["title"] for g in goals if not g["targets"]] == []
    assert "2025年" not in [g["title"] for g in goals]


def test_control_the_dated_goals_keep_their_targets():
    targets = [(t["value"], t["deadline"]) for g in _draft(_PLAN)["goals"] for t in g["targets"]]
    assert targets == [(50, 2026), (30, 2026), (120, 2027)]

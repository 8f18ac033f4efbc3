"""A goal sentence's base clauses, read once per sentence (``SentenceBases``): a clause dated
before the plan's period tells where the plan starts from, and its year dates the figures after it
until the plan's ambition resumes. One reading serves the year opening the sentence and a year told
in passing; each base clause ends where the sentence's own clause split ends it. And the one test
of a year bracket's step (``year_step``). A refactor: these document behaviour main already had."""

from pilots.drafting.deadlines import SentenceBases, year_step
from pilots.drafting.goal_targets import targets_of
from pilots.drafting.spans import spans_split


def _bases(sentence: str, period_start: int = 2026) -> SentenceBases:
    return SentenceBases.of(sentence, spans_split(sentence, ",，:："), period_start)


def _targets(text: str) -> list[tuple]:
    found, _ = targets_of(text, 2027, 2027, period_start=2026)
    return [
        (f.target["metric"], f.target["value"], f.target["deadline"], f.target.get("baseline"))
        for f in found
    ]


def test_the_opening_clause_ends_after_a_date_standing_alone():
    sentence = "2025年，全市算力规模已达500P，力争新增智能算力1000P"
    bases = _bases(sentence)
    assert sentence[: bases.opening_end] == "2025年，全市算力规模已达500P"
    assert bases.told == ()  # the opening year is no year told in passing


def test_a_base_holds_until_the_ambition_resumes():
    sentence = "2025年全市算力规模已达500P，智能算力占比60%，力争新增智能算力1000P"
    bases = _bases(sentence)
    assert bases.holds(bases.opening_end, sentence.index("60%"))
    assert not bases.holds(bases.opening_end, sentence.index("1000P"))


def test_a_year_told_in_passing_is_a_base_clause_ending_with_its_clause():
    sentence = "数字经济加快发展，2025年全市规模达到80亿元（较上年，增长10%），新增企业30家"
    (told,) = _bases(sentence).told
    assert told.year == 2025
    assert sentence[told.start : told.end] == "2025年全市规模达到80亿元（较上年，增长10%）"


def test_a_year_in_the_period_or_with_no_period_is_no_base():
    sentence = "数字经济加快发展，2026年全市规模达到80亿元"
    assert _bases(sentence).told == ()
    assert _bases("数字经济加快发展，2025年全市规模达到80亿元", None).told == ()


def test_the_told_year_dates_a_figure_only_after_the_sentence_s_own_deadline():
    sentence = "加快发展，2025年全市规模达到80亿元，到2027年全市规模达到150亿元"
    bases = _bases(sentence)
    at = sentence.index("150")
    assert bases.told_before(at, since=-1).year == 2025
    assert bases.told_before(at, since=sentence.index("到2027")) is None
    assert bases.told_before(sentence.index("加快"), since=-1) is None


def test_figures_after_a_base_year_are_bases_until_the_ambition_resumes():
    assert _targets("2025年全市算力规模已达500P，力争新增智能算力1000P。") == [
        ("智能算力", 1000, 2027, None)
    ]
    told = "数字经济加快发展，2025年全市增加值占比达到62%，建成5G基站860个，力争新增5G基站1000个。"
    assert _targets(told) == [("5G基站", 1000, 2027, 860)]


def test_a_year_bracket_is_a_step_when_step_words_follow_its_year():
    assert year_step("2026年达到220亿元）")
    assert year_step(" 2026年底前突破600家")
    assert not year_step("2026年")  # no step words yet
    assert not year_step("2025年为520家）")  # a base year's level
    assert not year_step("其中2026年达到220亿元）")  # it must open with the year

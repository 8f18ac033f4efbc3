"""The development documents end to end: real plans of the genre (2025, city, prefecture and
province level, several as reposts with their quirks), each drafted and scored against its
hand-made expected extraction. The held-out set is measured apart and never read here."""

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from pilots.drafting import Score, corpus_evaluate, plan_draft
from pilots.plan_fixtures import plan_document_parse
from tests.pilots.drafting.conftest import CORPUS_DEV, DOCUMENTS, corpus_misses

DEV = sorted(CORPUS_DEV.glob("*.yaml"))


# Where the draft and a hand extraction disagree, and the extraction is a judgement the importer
# should not make from the text: the only misses allowed, each with its reason.
DISAGREEMENTS = {
    # No year anywhere in the copy: the extraction dates every target 2027 from outside knowledge
    # (the 第十二次党代会 was in 2022, + "力争经过5年努力"); the goal paragraph set over its span
    # of years and the measure's figures are drafted with no deadline the text gives.
    "shandong-digital-economy-2022": {
        "target T1 全省数字经济增加值增长55%以上",
        "target T2 达到5.5万亿元",
        "target T3 新开通5G基站15万个以上",
        "target T4 总数达到30万个以上",
        "target T5 新建10个以上“千兆城市”",
        "extra target 全省数字经济增加值增长55%以上",
        "extra target 达到5.5万亿元",
        "extra target 新开通5G基站15万个以上",
        "extra target 总数达到30万个以上",
        "extra target 新建10个以上“千兆城市”",
    },
}

# What the importer does not read yet (not a judgement): each a convention still to handle.
NOT_YET_READ: dict[str, set[str]] = {}


@pytest.mark.parametrize(
    "folder", sorted(p.name for p in CORPUS_DEV.parent.iterdir() if p.is_dir())
)
def test_every_corpus_document_drafts_a_fixture_that_passes_the_checks(folder):
    """No document fails to draft, held-out ones included: this reads only whether each draft
    can be loaded as it is, not what it found (the held-out scores are measured apart)."""
    failed = [(e.name, e.error) for e in corpus_evaluate(CORPUS_DEV.parent / folder) if e.error]
    assert not failed


@pytest.mark.parametrize("expected_path", DEV, ids=lambda p: p.stem)
def test_each_dev_document_drafts_and_finds_what_was_extracted_by_hand(expected_path):
    name = expected_path.stem
    allowed = DISAGREEMENTS.get(name, set()) | NOT_YET_READ.get(name, set())
    assert corpus_misses(expected_path) == allowed


def test_the_dev_corpus_as_a_whole_meets_the_goal():
    """Issue 16's goal on the pooled counts: tasks and targets ≥ 95% precision and recall,
    assignments ≥ 90%; targets counted without the disagreements listed above."""
    evaluations = corpus_evaluate(CORPUS_DEV)
    assert not [e.name for e in evaluations if e.error]
    totals = {m: sum((getattr(e, m) for e in evaluations), start=Score())
              for m in ("tasks", "targets", "agencies", "assignments")}  # fmt: skip
    agreed = sum((e.targets for e in evaluations if e.name not in DISAGREEMENTS), start=Score())
    assert min(totals["tasks"].precision, totals["tasks"].recall) >= 0.95
    assert min(agreed.precision, agreed.recall) >= 0.95
    assert min(totals["assignments"].precision, totals["assignments"].recall) >= 0.90
    assert min(totals["agencies"].precision, totals["agencies"].recall) >= 0.90


GENRE_LINES = st.sampled_from(
    [
        "一、总体要求",
        "二、重点任务",
        "三、保障措施",
        "（一）夯实基础",
        "（二）发展目标",
        "1.建设平台。支持建设。",
        "2、推进应用",
        "（1）改造产线；",
        "①推广平台",
        "第一章 总则",
        "第三条 支持算力。",
        "——产业规模。",
        "到2027年，建成平台20个以上，其中国家级5个。",
        "每年新增1—2个场景。",
        "（责任单位：市科技局、发改委）",
        "责任单位：省科技厅省教育厅",
        "（市工信局牵头，各区县政府配合）",
        "标☆的为牵头单位。",
        "数据工程：建设数据体系。",
        "〔牵头单位：市政府办（金融）〕",
        "各项任务中排在第一位的为牵头单位。",
        "",
        "附件下载：",
        "超千亿元，突破万亿元。",
    ]
)


REAL_LINES = st.sampled_from(
    [line for path in sorted(CORPUS_DEV.glob("*.txt")) + sorted(DOCUMENTS.glob("*.txt"))
     for line in path.read_text(encoding="utf-8").splitlines()]
)  # fmt: skip


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(GENRE_LINES, REAL_LINES, st.text(max_size=30)), max_size=40))
@example(lines=["\x00"])  # a NUL was kept as a restoration the plan file refuses
@example(lines=["一、\ud800任务"])
@example(lines=["三、保障措施", "·"])  # a bare bullet in a safeguard part: a task with no title
@example(lines=["（二）发展目标", "1.建设平台。支持建设。", "·"])  # …after a goal item: a goal
def test_any_text_drafts_a_fixture_that_passes_the_checks(lines):
    """No document fails to draft: whatever the lines (the genre's, real plans' in any order,
    any text), the draft is a fixture that passes the checks."""
    draft = plan_draft("\n".join(lines), zone_slug="any", source_file="any.txt")
    assert plan_document_parse(name="any", text=draft.to_yaml()).data == draft.data

"""The development documents end to end: real plans of the genre (2025, city, prefecture and
province level, several as reposts with their quirks), each drafted and scored against its
hand-made expected extraction. The held-out set is measured apart and never read here."""

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pilots.drafting import corpus_evaluate, draft_evaluate, plan_draft
from pilots.plan_fixtures import plan_document_parse
from tests.pilots.drafting.conftest import CORPUS_DEV, DOCUMENTS

DEV = sorted(CORPUS_DEV.glob("*.yaml"))


@pytest.mark.parametrize("expected_path", DEV, ids=lambda p: p.stem)
def test_each_dev_document_drafts_and_finds_what_was_extracted_by_hand(expected_path):
    expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    source = expected_path.with_suffix(".txt")
    zone = {k: expected["zone"][k] for k in ("slug", "name", "level")}
    draft = plan_draft(source.read_text(encoding="utf-8"), zone_slug=zone["slug"],
                       source_file=source.name, zone=zone)  # fmt: skip
    plan_document_parse(name=source.name, text=draft.to_yaml())
    evaluation = draft_evaluate(expected_path.stem, draft.data, expected)
    for measure in ("tasks", "targets", "agencies", "assignments"):
        score = getattr(evaluation, measure)
        assert (score.precision, score.recall) == (1.0, 1.0), (measure, evaluation.misses)


def test_the_dev_corpus_as_a_whole_meets_the_goal():
    evaluations = corpus_evaluate(CORPUS_DEV)
    assert not [e.name for e in evaluations if e.error]
    totals = {m: sum((getattr(e, m) for e in evaluations), start=type(evaluations[0].tasks)())
              for m in ("tasks", "targets", "assignments")}  # fmt: skip
    assert min(totals["tasks"].precision, totals["tasks"].recall) >= 0.95
    assert min(totals["targets"].precision, totals["targets"].recall) >= 0.95
    assert totals["assignments"].recall >= 0.90


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
def test_any_text_drafts_a_fixture_that_passes_the_checks(lines):
    """No document fails to draft: whatever the lines (the genre's, real plans' in any order,
    any text), the draft is a fixture that passes the checks."""
    draft = plan_draft("\n".join(lines), zone_slug="any", source_file="any.txt")
    assert plan_document_parse(name="any", text=draft.to_yaml()).data == draft.data

"""The synthetic_a documents end to end (SYNTHETIC_A.md): three full-length city plans invented by
a collector in the genre's forms (长春, 柳州, 合肥 2025-2027), each drafted and scored against its
hand-made extraction, so that CI keeps measuring what page beginnings never reach: continuous
numbering across chapters, own-line headings, named 工程 items, safeguard parts with and without
annotations, a rule stated once, long runs of annotations. Seen data since measurement 1: the
misses allowed are listed with their reasons, as test_corpus's are."""

import pytest
import yaml

from pilots.drafting import draft_evaluate, plan_draft
from pilots.plan_fixtures import plan_document_parse
from tests.pilots.drafting.conftest import CORPUS_DEV

SYNTHETIC_A = sorted((CORPUS_DEV.parent / "synthetic_a").glob("*.yaml"))

# Figures inside a task or safeguard item with no year of their own (每年…不少于…, 累计…达到…,
# 力争新增…1—2家, 力争…基金规模达到100亿元), in a plan that has a goals part: the extraction makes
# the item a goal (SOURCES.md); the seeds' curated fixtures never do (Qijiang 三.(一).2 "每年…实施
# 1—2项" is no target) and the importer keeps to the seeds, as test_corpus's jilin-ai-2025 and
# synthetic_b's. Items dating their own figure (到2026年底，新增…) are read.
DISAGREEMENTS = {
    "changchun-ai-plus-2025": {
        "target T13 每年新增开放数据集不少于100个",
        "target T14 每年组织实施人工智能重大科技专项10项以上",
        "target T15 累计开放测试道路达到500公里",
        "target T16 每年遴选智能制造示范工厂不少于10家",
        "target T19 力争新增人工智能上市企业1—2家",
        "target T20 每年培训人工智能应用技能人才1万人次以上",
    },
    "hefei-ai-plus-2025": {
        "target T16 每年支持人工智能领域重大科技项目不少于20项",
        "target T18 力争人工智能产业基金规模达到100亿元",
        "target T19 每年培养引进人工智能专业人才1万人以上",
    },
    "liuzhou-ai-manufacturing-2025": {
        "target T11 每年组织实施智能化技术改造项目不少于100项",
        "target T15 螺蛳粉全产业链销售收入突破1000亿元",
        "target T16 力争每年新增规模以上人工智能企业15家",
        "target T19 每年遴选不少于20个“人工智能+制造”典型应用场景",
        "target T20 每年培养智能制造领域技能人才5000人以上",
    },
}


@pytest.mark.parametrize("expected_path", SYNTHETIC_A, ids=lambda p: p.stem)
def test_each_synthetic_a_document_finds_what_was_extracted_by_hand(expected_path):
    expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    source = expected_path.with_suffix(".txt")
    zone = {k: expected["zone"][k] for k in ("slug", "name", "level")}
    draft = plan_draft(source.read_text(encoding="utf-8"), zone_slug=zone["slug"],
                       source_file=source.name, zone=zone)  # fmt: skip
    plan_document_parse(name=source.name, text=draft.to_yaml())
    name = expected_path.stem
    assert set(draft_evaluate(name, draft.data, expected).misses) == DISAGREEMENTS.get(name, set())


def test_the_synthetic_a_set_is_there():
    assert len(SYNTHETIC_A) == 3

# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_bm documents end to end (SYNTHETIC_BM.md): three 2026 documents invented by a
collector for places no folder held (福鼎市's plan inside a two-column government gazette issue,
凉城县's plan whose tasks stand only in a 重点任务清单 table over pages, 凉州区's 公文 with
letter-spaced headings), all PDFs printed by headless Chromium, each read from its committed file,
drafted and scored against its hand-made extraction. Measured unseen (at the blind commit with
main 613127d9); then SEEN: the misses read by helper rBM from 2026-12-07 01:31 UTC."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_BM = sorted((CORPUS_DEV.parent / "synthetic_bm").glob("*.yaml"))

# Drafted right since the set was SEEN (rules on invented text in
# test_genre_conventions_rBM.py; SYNTHETIC_BM.md, "Measurement 2 (after SEEN)") but for two
# figures, left:
DISAGREEMENTS: dict[str, set[str]] = {
    "fuding-ai-plus-gazette-2026-synthetic": {
        # a figure each township must reach, in a task: the extraction holds no target, while
        # synthetic_n's 蚌埠 (每个县市区至少打造1个…场景) and synthetic_u's 绵阳 (每个区县打造…3个以上)
        # hold one each; a rule following this set made those two worse, so it was undone
        "extra target 在每个乡镇（街道）建设1个以上数字乡村服务站",
    },
    "liangcheng-ai-plus-task-list-2026-synthetic": {
        # "建立数据共享需求、责任和问题三张清单": a count of the lists just named after a verb of
        # making (建立) — a target by SOURCES.md ("A count of the things just named"), none in the
        # extraction; which reading is right for lists (a device of management, not things built)
        # is for the conventions to settle, not a rule fitted to this sentence
        "extra target 建立数据共享需求、责任和问题三张清单",
    },
}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_BM, ids=lambda p: p.stem)
def test_each_synthetic_bm_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_BM, ids=lambda p: p.stem)
def test_each_synthetic_bm_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())

# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_an documents end to end (SYNTHETIC_AN.md): three 2026 "人工智能+" plans invented by
a collector for places no folder held — 晋城市's 工作要点 as a Word file whose tasks are rows of one
table (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限), 金昌市's 实施方案 printed by LibreOffice (a
running header, a notice listing its 附件, "各县区人民政府、金昌经济技术开发区管委会负责本辖区相关
任务落实，以下不再列出", an indicator table as 附件1) and 山南市's portal page saved by a browser
(numbered four levels deep, own-line "〔牵头单位：X；配合单位：Y〕").
Each is read from its committed file, drafted and scored against its hand-made extraction. HELD
BACK: measured unseen twice (importer 117327ce; main d6b36e75 at the set time, identical); then
SEEN: the misses read by helper rALAN and listed here with their reasons."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_AN = sorted((CORPUS_DEV.parent / "synthetic_an").glob("*.yaml"))

# Drafted right since the set was SEEN (rules on invented text in
# test_genre_conventions_synthetic_alan.py): 金昌's notice listing its attachments ("附件：1.…主要
# 指标" / "2.…清单") was taken for the annex itself, and the plan's 四、保障措施 was lost (4 tasks);
# the annex starts at its own heading 附件1 now (outline.yaml annex_list). Its two collectives stated
# once as the subject of their duty ("…负责本辖区相关任务落实，以下不再列出") were not read (32
# assignments, 2 agencies missed); they are responsible for every task after it now
# (annotations.yaml implied_actor_duty). 晋城's 三、工作要求 paragraph "各牵头单位要建立工作台账，…"
# was a task; a paragraph addressed to the units is a requirement now.
# The extractions were aligned to SOURCES.md's conventions (SYNTHETIC_AN.md): 晋城's rows restating
# the goals paragraph's figures hold no target of their own; 金昌's rule stated once covers its
# safeguards too.
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_AN, ids=lambda p: p.stem)
def test_each_synthetic_an_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_AN, ids=lambda p: p.stem)
def test_each_synthetic_an_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_an_set_is_there_as_a_docx_a_pdf_and_a_page():
    sources = {
        s.suffix
        for p in SYNTHETIC_AN
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_AN) == 3
    assert sources == {".docx", ".pdf", ".html"}

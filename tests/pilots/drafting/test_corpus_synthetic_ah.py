# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_ah documents end to end (SYNTHETIC_AH.md): three 2026 "人工智能+" documents invented
by a collector for places no folder held — 日照市's 三年行动方案 as a Word file (tasks 1.–17.
numbered on under group headings, "（牵头单位：X；配合单位：Y）"), 宁国市's 实施方案 printed by
LibreOffice (goal items 1.–4., tasks （一）–（十六） under "列第一位的为牵头单位，下同", 完成时限
dues) and 牡丹江经开区's portal page (an indicator table with a 备注 column, part headings carrying
"（牵头部门：X）", a 工作要求 part after the 保障措施).
Each is read from its committed file, drafted and scored against its hand-made extraction. HELD
BACK: measured unseen twice (importer 1cb25cb; main 9ee6c34 at the set time, identical); then
SEEN: the misses read by helper rAH and listed here with their reasons."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_AH = sorted((CORPUS_DEV.parent / "synthetic_ah").glob("*.yaml"))

# A figure a task restates word for word from the goals (or the indicator table), due in the same
# year, is one target in the draft (goal_regions.figure_restated: counted once); the extractions
# count it twice, once in the goal and once in the task's goal. The evaluation pairs the draft's
# one target with one of the two, the other is a miss. Debatable: the same commitment, printed
# twice (another helper is aligning the extractions on counting it once).
DISAGREEMENTS: dict[str, set[str]] = {
    "mudanjiang-etdz-ai-plus-2026-synthetic": {
        # the table's row 7 (10个, 备注 其中亿元以上项目4个) restated by item 四、5.
        "target T9 引进人工智能项目 个 10",
        "target T10 其中亿元以上项目4个",
        # the table's row 5 (30家) restated by item 三、1. (年内完成30家…)
        "target T15 年内完成30家规上工业企业智能化改造",
    },
    "ningguo-ai-plus-2026-synthetic": {
        # goal items 3. and 4. restated by tasks （四）, （十二） and （十四）, due with the goals (2027)
        "target T9 推动200家规上工业企业实施智能化改造",
        "target T10 建成省级智能工厂3个",
        "target T11 智能车间20个",
        "target T12 新建省级以上研发平台5个",
        "target T13 引进培育人工智能领域专业人才1000人",
    },
    "rizhao-ai-plus-2026-synthetic": {
        # the 2028 goal paragraph's 150家 / 其中60家 restated by task 8 (培育企业梯队)
        "target T6 累计培育人工智能企业150家",
        "target T7 其中高新技术企业不少于60家",
    },
}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_AH, ids=lambda p: p.stem)
def test_each_synthetic_ah_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_AH, ids=lambda p: p.stem)
def test_each_synthetic_ah_task_is_due_when_the_extraction_says(expected_path):
    """宁国's tasks are due by their 完成时限 (2026年12月底前; 长期坚持 no date)."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_ah_set_is_there_as_a_docx_a_pdf_and_a_page():
    sources = {
        s.suffix
        for p in SYNTHETIC_AH
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_AH) == 3
    assert sources == {".docx", ".pdf", ".html"}

# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_cp documents end to end (SYNTHETIC_CP.md): three 2026 "人工智能+" documents
invented by a collector and circulated as EXCEL WORKBOOKS (榆津市's 重点任务分解表 with a 填表说明
sheet, a task sheet and a 主要指标 sheet; 柞林区's one-sheet 督办台账 with group rows, 考核指标 |
目标值 | 单位 cells, a 计划投资 column and a 合计 row; 松泉县's 工作方案 a paragraph per row on one
sheet, its 任务清单 on the next), each read from its committed file, drafted and scored against its
hand-made extraction. Measured unseen once (main 81ddfed6); then SEEN: the misses read by helper
rCP on 2026-12-07.

Below them, the rules rCP wrote for those forms, each on INVENTED text (no name, place or figure
of the set), each with a control beside it: a near form the rule must leave alone."""

import pytest

from pilots.drafting import plan_draft
from pilots.drafting.list_notes import notes_unnumbered
from pilots.drafting.numbered_lines import lines_read
from pilots.drafting.tables import table_lines
from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_CP = sorted((CORPUS_DEV.parent / "synthetic_cp").glob("*.yaml"))

# What the set missed at measurement 2 (SYNTHETIC_CP.md): 主要指标's 2027 figure of 重点行业高质量数据集
# (50个) — taken for a restatement of a goals figure of the same value, unit and year counting another
# thing; read since rule-db (synthetic_db: an indicator cell restates a stated figure only where their
# metrics share words). Nothing left.
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_CP, ids=lambda p: p.stem)
def test_each_synthetic_cp_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_CP, ids=lambda p: p.stem)
def test_each_synthetic_cp_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def _draft(lines: list[str]) -> dict:
    return plan_draft("\n".join(lines), zone_slug="demo", source_file="demo").data


def _tasks(data: dict) -> dict[str, dict]:
    def walk(section):
        yield from section.get("tasks", [])
        for child in section.get("sections", []):
            yield from walk(child)

    return {t["title"]: t for s in data["sections"] for t in walk(s)}


def _sections(data: dict) -> list[str]:
    return [s["title"] for s in data["sections"]]


# --- a 督办台账's 考核指标 | 目标值 | 单位 cells beside its task cells: one clause of the task ----

LEDGER_HEADER = ["序号", "工作事项", "工作内容", "考核指标", "目标值", "单位", "牵头单位", "配合单位", "计划投资（万元）"]  # fmt: skip
LEDGER_ROWS = [
    LEDGER_HEADER,
    ["一、筑牢数字底座（2项）"] * 9,
    [
        "1",
        "建设数据枢纽",
        "建设城市数据枢纽，打通部门系统。",
        "接入数据资源",
        "≥8,000",
        "项",
        "市数据局",
        "市财政局",
        "1,200",
    ],
    [
        "2",
        "部署感知终端",
        "在园区布设感知终端600台，实时回传数据。",
        "布设感知终端",
        "600",
        "台",
        "市住建局",
        "",
        "300",
    ],
    ["3", "编制数据目录", "编制公共数据目录。", "", "", "", "市数据局", "", ""],
    ["合计"] * 8 + ["1,500"],
]


def test_a_ledgers_indicator_cells_are_one_clause_of_its_task():
    lines = table_lines(LEDGER_ROWS, ["某市数字化重点工作督办台账"])
    assert "筑牢数字底座（2项）" in lines
    assert (
        "1.建设数据枢纽。建设城市数据枢纽，打通部门系统。接入数据资源不少于8,000项。"
        "（牵头单位：市数据局；配合单位：市财政局）"
    ) in lines
    second = next(line for line in lines if line.startswith("2."))
    # the figure is printed in 工作内容 first: the cells name the indicator only
    assert "布设感知终端600台" in second and "600台。" not in second.replace("600台，", "")
    assert any(line.startswith("3.编制数据目录") for line in lines)
    assert not any("合计" in line or "1,200" in line or "1,500" in line for line in lines)


def test_an_indicator_table_with_a_column_of_its_owners_stays_one_goal_line():
    rows = [
        ["序号", "指标", "单位", "2025年", "2027年", "责任单位"],
        ["1", "数据资源", "项", "100", "300", "市数据局"],
    ]
    assert table_lines(rows) == ["到2027年，数据资源从100项提高到300项〘市数据局〙。"]  # its owner


def test_a_ledger_drafts_each_row_a_task_with_its_target():
    lines = ["某市2029年数字化重点工作督办台账"]
    lines += [" | ".join(row) + " |" for row in LEDGER_ROWS]
    data = _draft(lines)
    tasks = _tasks(data)
    assert {"建设数据枢纽", "部署感知终端", "编制数据目录"} <= set(tasks)
    figures = sorted((t["value"], t["comparator"]) for g in data["goals"] for t in g["targets"])
    assert figures == [(600, "eq"), (8000, "gte")]


# --- a form's notes: 填表说明 over 一、…, or 说明：1.… running onto the next row ----------------

TASK_ROWS = [
    "1.建设数据平台。建设市级数据平台。（牵头单位：市数据局；配合单位：市财政局）",
    "2.培育数字企业。引进数字企业10家。（牵头单位：市商务局；配合单位：市经信局）",
]


def test_notes_under_a_title_without_a_colon_are_no_parts():
    data = _draft(
        [
            "某市2029年数字化行动任务分解表",
            "填表说明",
            "一、本表按月更新，由各牵头单位报送进展。",
            "二、完成时限填写到月。",
            "某市2029年数字化行动任务分解表",
            *TASK_ROWS,
        ]
    )
    assert set(_tasks(data)) == {"建设数据平台", "培育数字企业"}
    assert not any("填写到月" in title or "按月更新" in title for title in _sections(data))


def test_parts_under_a_heading_that_is_no_notes_label_stay_parts():
    data = _draft(
        [
            "某市2029年数字化行动方案",
            "一、夯实数据基础",
            "1.建设数据平台。建设市级数据平台。（牵头单位：市数据局）",
            "二、培育数字产业",
            "2.培育数字企业。引进数字企业10家。（牵头单位：市商务局）",
        ]
    )
    assert _sections(data) == ["夯实数据基础", "培育数字产业"]


def _styles(lines: list[str]) -> list[str | None]:
    return [line.style for line in notes_unnumbered(lines_read("\n".join(lines)))]


def test_notes_opening_on_their_label_line_go_on_onto_the_next_line():
    styles = _styles(
        [
            TASK_ROWS[1],
            "说明：1.本表按月更新；2.计划投资为年度计划数。",
            "3.目标值前标“≥”的为下限值；4.完成时限为“全年”的按季度报送。",
        ]
    )
    assert styles == ["digit", None, None]


def test_a_part_after_notes_opening_on_their_label_line_stays_a_part():
    styles = _styles(["说明：1.本表按月更新。2.完成情况按季度报送。", "三、督办要求"])
    assert styles == [None, "cn_dun"]


def test_a_numbered_line_after_a_label_holding_no_numbered_note_stays_numbered():
    styles = _styles([TASK_ROWS[0], "说明：本表按月更新。", TASK_ROWS[1]])
    assert styles == ["digit", None, "digit"]


# --- a plan on one sheet, signed, its task list on the next ---------------------------------

PLAN_SHEET = [
    "某县推进数字化行动工作方案（2029—2030年）",
    "为加快数字化发展，制定本方案。",
    "一、总体要求",
    "到2030年，全县数字产业营收达到20亿元。",
    "二、重点任务",
    "围绕夯实基础、赋能产业两个方面，实施4项重点任务，详见任务清单。",
    "三、保障措施",
    "（一）加强组织领导。成立工作专班，统筹推进各项工作。",
    "（二）强化资金保障。统筹各类资金支持数字化项目。",
    "某县人民政府办公室",
    "2029年3月1日",
]
LIST_SHEET = [
    "某县推进数字化行动任务清单",
    "夯实基础",
    "1.建设数据平台。建设县级数据平台。（牵头单位：县数据局；配合单位：县财政局；完成时限：2029年12月底前）",
    "2.推进网络覆盖。推动千兆光网进村。（牵头单位：县工信局；完成时限：2030年12月底前）",
    "赋能产业",
    "3.培育数字企业。引进数字企业5家。（牵头单位：县商务局；完成时限：2030年12月底前）",
    "4.推广智能农机。推广智能农机100台。（牵头单位：县农业农村局；完成时限：2030年12月底前）",
]


def test_a_task_list_after_the_plans_signature_is_its_annex_and_the_plan_keeps_its_parts():
    tasks = _tasks(_draft([*PLAN_SHEET, *LIST_SHEET]))
    assert {"加强组织领导", "强化资金保障"} <= set(tasks)
    assert {"建设数据平台", "推进网络覆盖", "培育数字企业", "推广智能农机"} <= set(tasks)
    assert not any("县人民政府办公室" in t["text"] for t in tasks.values())


def test_a_notice_signed_before_the_plan_it_issues_is_still_no_part_of_the_plan():
    data = _draft(
        [
            "某县人民政府办公室关于印发某县推进数字化行动工作方案的通知",
            "各乡镇人民政府，县直各部门：",
            "现将《某县推进数字化行动工作方案》印发给你们，请认真贯彻落实。",
            "1、联系人：县数据局。",
            "2、联系电话：略。",
            "某县人民政府办公室",
            "2029年3月1日",
            "某县推进数字化行动工作方案",
            "一、重点任务",
            "1.建设数据平台。建设县级数据平台。（牵头单位：县数据局）",
            "2.培育数字企业。引进数字企业5家。（牵头单位：县商务局）",
        ]
    )
    assert set(_tasks(data)) == {"建设数据平台", "培育数字企业"}

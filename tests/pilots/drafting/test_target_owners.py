"""Who owns a drafted target (issue 16, target_owners): a task's figure its task's first lead (or
first 责任单位), an indicator table row's figure the body of its 责任单位 cell, a goal sentence's
figure the lead of its own annotation — and nobody else's: each rule on INVENTED text (青川市 and
its bodies are no real place's), with a control beside it."""

import pytest

from pilots.drafting import plan_draft
from pilots.drafting.indicators import indicator_lines
from pilots.drafting.target_owners import owner_marks_dropped

ZONE = {"slug": "qingchuan", "name": "青川市", "level": "city"}
TITLE = "青川市推进“人工智能+”行动方案（2026—2027年）\n为加快人工智能发展，制定本方案。\n"


def owners(text: str) -> dict[str, str | None]:
    """Each drafted target's source phrase → its owner agency's name (None: no owner)."""
    data = plan_draft(TITLE + text, zone_slug="qingchuan", source_file="q.txt", zone=ZONE).data
    names = {a["code"]: a["name"] for a in data["agencies"]}
    return {
        t["source_phrase"]: names[t["owner"]] if "owner" in t else None
        for g in data["goals"]
        for t in g["targets"]
    }


TASKS = """二、重点任务
（一）建设智算中心。2026年建成智算中心2个。（牵头单位：市发展改革委；配合单位：市数据局）
（二）培育企业。每年引进人工智能企业10家。（责任单位：市工信局、市商务局）
（三）开放场景。发布应用场景清单3批。（配合单位：市科技局）
（四）培育人才。培训人工智能人才1000人次。（市人社局牵头，市教育局配合）
"""


def test_a_tasks_figure_is_owned_by_its_first_lead_else_its_first_responsible_body():
    found = owners("一、工作目标\n到2027年，全市人工智能核心企业达到50家。\n" + TASKS)
    assert found["2026年建成智算中心2个"] == "青川市发展和改革委员会"  # 牵头单位, not 配合
    assert found["每年引进人工智能企业10家"] == "青川市工业和信息化局"  # the first 责任单位
    assert found["培训人工智能人才1000人次"] == "青川市人力资源和社会保障局"  # X牵头 in words


def test_a_task_with_only_supporting_bodies_and_the_goals_parts_figures_have_no_owner():
    found = owners("一、工作目标\n到2027年，全市人工智能核心企业达到50家。\n" + TASKS)
    assert found["发布应用场景清单3批"] is None  # only 配合单位: nobody answers for it
    assert found["全市人工智能核心企业达到50家"] is None  # the goals part: no owner guessed


def test_an_indicator_tables_row_is_owned_by_the_first_body_of_its_owner_cell():
    found = owners(
        "一、工作目标\n到2027年，全市人工智能核心企业达到50家。\n"
        "表1　青川市人工智能主要指标\n"
        "| 序号 | 指标 | 单位 | 2025年 | 2027年 | 责任单位 |\n"
        "| 1 | 人工智能应用场景 | 个 | 30 | 60 | 市科技局、市数据局 |\n"
        "| 2 | 智能工厂 | 个 | 10 | 20 | 市工业和信息化局 |\n" + TASKS
    )
    assert found["人工智能应用场景从30个提高到60个"] == "青川市科学技术局"  # the first of two
    # printed in full in the table, short in the tasks (市工信局): one body
    assert found["智能工厂从10个提高到20个"] == "青川市工业和信息化局"


def test_each_years_figure_is_owned_by_that_years_owner_cell_and_a_supporting_column_by_nobody():
    rows = [
        ["指标", "单位", "2026年", "2026年", "2027年", "2027年"],
        ["指标", "单位", "目标值", "责任单位", "目标值", "责任单位"],
        ["智能算力规模", "P", "50", "市发改委", "100", "青川经开区管委会"],
    ]
    (line,) = indicator_lines(rows)
    assert "50P〘市发改委〙" in line and "100P〘青川经开区管委会〙" in line
    plain = "到2026年，智能算力规模达到50P；到2027年，智能算力规模达到100P。"
    assert owner_marks_dropped(line) == plain
    supporting = [["指标", "单位", "2027年", "配合单位"], ["智能工厂", "个", "20", "市科技局"]]
    assert "〘" not in indicator_lines(supporting)[0]  # 配合单位: no owner


def test_a_goal_sentences_own_annotation_owns_its_figure():
    found = owners(
        "一、工作目标\n到2027年，建成高质量行业数据集100个（牵头单位：市数据局；配合单位：市科技局），"
        "全市人工智能核心企业达到50家。\n" + TASKS
    )
    (annotated,) = [phrase for phrase in found if "数据集" in phrase]
    assert found[annotated] == "青川市数据局"
    assert found["全市人工智能核心企业达到50家"] is None  # the next sentence names nobody


@pytest.mark.parametrize("cell", ["—", ""])
def test_an_empty_owner_cell_gives_no_owner(cell):
    rows = [["指标", "单位", "2027年", "责任单位"], ["智能工厂", "个", "20", cell]]
    assert "〘" not in indicator_lines(rows)[0]


def test_an_owner_no_agency_of_the_draft_is_named_is_left_out_with_a_doubt():
    draft = plan_draft(
        TITLE + "一、工作目标\n表1　青川市人工智能主要指标\n"
        "| 序号 | 指标 | 单位 | 2025年 | 2027年 | 责任单位 |\n"
        "| 1 | 智能工厂 | 个 | 10 | 20 | 市统计局 |\n"
        "二、重点任务\n（一）培育企业。每年引进人工智能企业10家。（责任单位：市工信局）\n",
        zone_slug="qingchuan", source_file="q.txt", zone=ZONE,
    )  # fmt: skip
    targets = [t for g in draft.data["goals"] for t in g["targets"]]
    assert [t.get("owner") for t in targets] == [None, "industry-it"]
    assert "市统计局" not in str(draft.data["agencies"])  # no agency added for an owner
    notes = [n for notes in draft.reviews.values() for n in notes]
    assert any("市统计局" in n and "owner" in n for n in notes)
    assert "1 项指标未指定责任单位（owner）：请在载入前指定" in draft.reviews["goals"]


def _plan(owners: list[str | None]) -> dict:
    target = {"metric": "智能工厂", "unit": "个", "comparator": "eq", "deadline": 2027}
    return {
        "agencies": [{"code": "gxj", "name": "青川市工业和信息化局", "aliases": ["市工信局"]},
                     {"code": "sjj", "name": "青川市数据局"}],
        "goals": [{"targets": [
            {**target, "code": f"T{i}", "value": 10 * i, "source_phrase": f"智能工厂{10 * i}个",
             **({"owner": owner} if owner else {})}
            for i, owner in enumerate(owners, 1)
        ]}],
        "sections": [],
    }  # fmt: skip


def test_the_owners_measure_counts_matched_targets_owned_by_the_same_agency():
    from pilots.drafting import draft_evaluate

    scored = draft_evaluate("q", _plan(["gxj", "sjj", None]), _plan(["gxj", "gxj", "sjj"]))
    owners = scored.owners
    assert (owners.matched_draft, owners.drafted, owners.curated) == (1, 2, 3)
    assert "owner T2 gxj (drafted sjj)" in scored.misses
    assert (scored.targets.matched_draft, scored.targets.drafted) == (3, 3)  # unchanged


def test_the_owners_measure_counts_nothing_where_the_extraction_records_no_owner():
    from pilots.drafting import draft_evaluate

    scored = draft_evaluate("q", _plan(["gxj", "sjj"]), _plan([None, None]))
    assert (scored.owners.drafted, scored.owners.curated) == (0, 0)
    assert not [miss for miss in scored.misses if "owner" in miss]

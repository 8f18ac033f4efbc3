"""Metamorphic tests on whole plans: each seed's text rewritten from its conventions into another
of the genre's (annotations, agency lists, numbering, headings, target wording — see
``metamorphic.py``) drafts as the original does: the same sections and tasks, targets of the same
values, the same agencies and (task, agency, role) assignments."""

from functools import cache
from pathlib import Path

import pytest
import yaml

from pilots.drafting import plan_draft
from pilots.drafting.cleaning import source_text_prepare
from tests.conftest import PLAN_FIXTURES
from tests.pilots.drafting import metamorphic_genre
from tests.pilots.drafting.metamorphic import (
    REWRITES,
    ROLES_REWORDED,
    actor_stated_once,
    annotations_of,
    annotations_of_a_province,
    chinese_number,
    content_differences,
    draft_content,
    names_split,
    province_prefix_dropped,
    roles_reworded,
)

# The seeds' own conventions rewritten (metamorphic.py), and the genre's others
# (metamorphic_genre.py).
ALL_REWRITES = {**REWRITES, **metamorphic_genre.REWRITES}
ALL_ROLES_REWORDED = {**ROLES_REWORDED, **metamorphic_genre.ROLES_REWORDED}

# The rewrites a seed gives nothing to read (Qijiang names no agencies; Hefei's and Liuzhou's
# lists name no lead; only Liuzhou has named items under a bare numbered heading; no 超过 in
# Changchun …). Every other pair must change the text, so no case passes by rewriting nothing.
_NAMED_SUB_ITEMS = {
    "named_items_as_dotted",
    "named_items_as_hyphenated",
    "named_items_as_bracketed_pairs",
}
_EXCEEDING = {"exceeding_as_breaking", "exceeding_in_short"}
_RANGES = {"ranges_with_zhi", "ranges_with_dash"}
_NO_LEAD = {"annotations_first_listed_leads", "annotations_to_division_table"}
_ANNEX = {"tasks_to_annex_table"}  # every key task with one annotation: Chongqing's, Liuzhou's
_ANNOTATIONS = {
    name
    for name in ALL_REWRITES
    if name.startswith(("annotations_", "labels_", "label_", "duty_", "lead_marked", "roles_said"))
}
_MONEY = {"money_in_ten_thousand_hundred_millions"}
_PER_YEAR = {"per_year_as_annual"}  # only Hefei's and Qijiang's goals are per year
_DASHES, _ITEMS = {"goal_dashes_as_items"}, {"goal_items_as_dashes"}  # Changchun's, Hefei's goals
# Only Hefei has a section whose tasks all carry the same one annotation.
_SECTION_ANNOTATED = {"annotation_for_section_in_heading", "annotation_for_section_under_heading"}
_JOINED_ALREADY = {"headings_joined_to_text", "named_items_with_colon"}
NOT_APPLICABLE: dict[str, set[str]] = {
    "changchun": {
        *_SECTION_ANNOTATED,
        *_NAMED_SUB_ITEMS,
        *_EXCEEDING,
        *_RANGES,
        *_ANNEX,
        *_PER_YEAR,
        *_ITEMS,
        "tasks_unnumbered",  # its tasks' headings stand on lines of their own
    },
    "chongqing": {*_SECTION_ANNOTATED, *_NAMED_SUB_ITEMS, *_RANGES, *_PER_YEAR, *_DASHES, *_ITEMS},
    "hefei": {
        *_NAMED_SUB_ITEMS,
        *_EXCEEDING,
        *_NO_LEAD,
        *_MONEY,
        *_JOINED_ALREADY,
        *_ANNEX,
        *_DASHES,
    },
    "liuzhou": {
        *_SECTION_ANNOTATED,
        *_RANGES,
        *_NO_LEAD,
        *_MONEY,
        *_PER_YEAR,
        *_DASHES,
        *_ITEMS,
        "at_least_before",
        "deadline_in_each_goal",
        "goals_dated_in_heading",  # two milestones
    },
    "qijiang": {
        *_SECTION_ANNOTATED,
        *_NAMED_SUB_ITEMS,
        *_EXCEEDING,
        *_ANNOTATIONS,
        *_ANNEX,
        *_MONEY,
        *_DASHES,
        *_ITEMS,
        "ranges_with_dash",
        "headings_without_full_stop",
        "goals_dated_in_heading",  # its goals' year is stated mid-sentence
    },
}


@cache
def _seed(stem: str, seeds: Path) -> tuple[dict, str]:
    curated = yaml.safe_load((PLAN_FIXTURES[0].parent / f"{stem}.yaml").read_text("utf-8"))
    return curated, (seeds / curated["plan"]["source_file"]).read_text(encoding="utf-8")


@cache
def _content(stem: str, seeds: Path, text: str | None = None) -> dict:
    curated, raw = _seed(stem, seeds)
    draft = plan_draft(
        raw if text is None else text,
        zone_slug=curated["zone"]["slug"],
        source_file=curated["plan"]["source_file"],
        plan_code=curated["plan"]["code"],
        zone=curated["zone"],
    )
    return draft_content(draft.data)


@pytest.mark.parametrize("rewrite", list(ALL_REWRITES))
@pytest.mark.parametrize("path", PLAN_FIXTURES, ids=lambda p: p.stem)
def test_a_seed_rewritten_into_another_convention_drafts_as_the_original(path, rewrite, seeds_dir):
    _curated, raw = _seed(path.stem, seeds_dir)
    cleaned = source_text_prepare(raw).text
    rewritten = ALL_REWRITES[rewrite](cleaned)
    if rewrite in NOT_APPLICABLE[path.stem]:
        assert rewritten == cleaned, "the rewrite now applies: take it out of NOT_APPLICABLE"
        return
    assert rewritten != cleaned, f"{rewrite} found nothing to rewrite in {path.stem}"
    expected = roles_reworded(_content(path.stem, seeds_dir), ALL_ROLES_REWORDED.get(rewrite, {}))
    differences = content_differences(expected, _content(path.stem, seeds_dir, rewritten))
    assert not differences, "\n".join(differences)


@pytest.mark.parametrize(
    "path", [p for p in PLAN_FIXTURES if p.stem != "qijiang"], ids=lambda p: p.stem
)
def test_a_province_drafts_alike_with_or_without_its_prefix_on_its_bureaus(path, seeds_dir):
    """Each seed's annotations as a province's (市科技局 → 省科技局, for a zone 重庆省), then with
    the province's 省 dropped from its bureaus (科技局, 科协, 公共资源交易管理局): one draft."""
    curated, raw = _seed(path.stem, seeds_dir)
    province = {"slug": curated["zone"]["slug"], "level": "province"}
    province["name"] = curated["zone"]["name"].removesuffix("市") + "省"
    prefixed = annotations_of_a_province(source_text_prepare(raw).text)
    bare = province_prefix_dropped(prefixed)
    assert bare != prefixed

    def content(text: str) -> dict:
        draft = plan_draft(text, zone_slug=province["slug"], source_file="x.txt", zone=province)
        return draft_content(draft.data)

    differences = content_differences(content(prefixed), content(bare))
    assert not differences, "\n".join(differences)


@pytest.mark.parametrize("path", PLAN_FIXTURES, ids=lambda p: p.stem)
def test_an_actor_named_once_for_every_task_is_responsible_for_each(path, seeds_dir):
    """ "以下各项任务均需各开发区管委会落实，不再列出" under the key-task heading: the draft is the
    original's with that one collective agency, responsible for every task."""
    _curated, raw = _seed(path.stem, seeds_dir)
    rewritten = actor_stated_once(source_text_prepare(raw).text)
    original, found = _content(path.stem, seeds_dir), _content(path.stem, seeds_dir, rewritten)
    (added,) = [name for name in found["agencies"] if name not in original["agencies"]]
    assert "开发区管委会" in added
    every = {(title, added, "responsible") for _kind, title in original["tasks"]}
    expected = {**original, "agencies": sorted([*original["agencies"], added])}
    expected["assignments"] = sorted({*original["assignments"], *every})
    differences = content_differences(expected, found)
    assert not differences, "\n".join(differences)


@pytest.mark.parametrize("path", PLAN_FIXTURES, ids=lambda p: p.stem)
def test_a_seed_drafts_from_its_cleaned_text_as_from_the_raw(path, seeds_dir):
    _curated, raw = _seed(path.stem, seeds_dir)
    cleaned = source_text_prepare(raw).text
    differences = content_differences(
        _content(path.stem, seeds_dir), _content(path.stem, seeds_dir, cleaned)
    )
    assert not differences, "\n".join(differences)


# ---------------------------------------------------------------------------------------------
# The helpers themselves


def test_annotations_are_read_in_the_seeds_forms_with_brackets_balanced():
    line = (
        "推进。(牵头单位:市科技局;配合单位:市教委、各县(市)区政府)再推进(市财政局牵头,市发改委配合)"
    )
    first, second = annotations_of(line)
    assert (first.lead, first.supporting) == (["市科技局"], ["市教委", "各县(市)区政府"])
    assert line[first.end :].startswith("再推进")
    assert (second.lead, second.supporting) == (["市财政局"], ["市发改委"])
    assert annotations_of("(责任单位:市科技局、市发改委,高新区管委会)")[0].responsible == [
        "市科技局",
        "市发改委",
        "高新区管委会",
    ]
    assert annotations_of("国发〔2017〕35号(以下简称规划)") == []
    assert names_split("市科技局、各县(市、区)政府,市教委") == [
        "市科技局",
        "各县(市、区)政府",
        "市教委",
    ]


@pytest.mark.parametrize(
    ("n", "written"),
    [
        (1, "一"),
        (10, "十"),
        (12, "十二"),
        (30, "三十"),
        (105, "一百零五"),
        (2000, "两千"),
        (500, "五百"),
        (1200, "一千二百"),
        (20000, "两万"),
        (30500, "三万零五百"),
    ],
)
def test_chinese_numbers(n, written):
    assert chinese_number(n) == written


def test_each_rewrite_keeps_the_text_it_does_not_concern():
    text = "一、总体要求\n(一)加强领导。\n1.推进。(牵头单位:市科技局;配合单位:市教委)\n附件"
    for name, rewrite in ALL_REWRITES.items():
        rewritten = rewrite(text)
        if name in ("traditional_script", "characters_spaced", "pages_in_traditional_script"):
            rewritten = source_text_prepare(rewritten).text
        assert rewritten.split("\n")[-1] == "附件" or name == "annotations_to_division_table"
        assert "总体要求" in rewritten and "加强领导" in rewritten


def test_full_width_digits_are_read_as_ascii_and_the_cleaning_replays():
    from pilots.source_text import source_text_clean

    raw = "一、发展目标\n到２０２７年，培育人工智能企业５００家以上。\n二、重点任务\n１．推进。"
    cleaned = source_text_prepare(raw)
    assert "到2027年，培育人工智能企业500家以上。" in cleaned.text
    assert "1．推进。" in cleaned.text
    assert source_text_clean(raw, cleaned.cleaning) == cleaned.text
    data = plan_draft(raw, zone_slug="x", source_file="x.txt").data
    (target,) = [t for goal in data["goals"] for t in goal["targets"]]
    assert (target["value"], target["unit"], target["deadline"]) == (500, "家", 2027)

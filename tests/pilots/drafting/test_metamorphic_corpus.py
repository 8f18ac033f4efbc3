"""Metamorphic tests on seen corpus documents: a document's text rewritten from its conventions
into another of the genre's (``metamorphic.py``, ``metamorphic_genre.py``), alone or two at once,
drafts as the document itself does — the same sections, tasks, targets, agencies and
assignments. A bounded sample: the pairs that broke the importer before its rules
(test_metamorphic_conventions.py) and a spread of the others, each document read once."""

from functools import cache
from pathlib import Path

import pytest
import yaml

from pilots.drafting import plan_draft
from pilots.drafting.cleaning import source_text_prepare
from pilots.drafting.inputs import SUPPORTED, document_read
from tests.pilots.drafting import metamorphic_genre
from tests.pilots.drafting.metamorphic import (
    REWRITES,
    ROLES_REWORDED,
    content_differences,
    draft_content,
    roles_reworded,
)

CORPUS = Path(__file__).parents[1] / "plans_corpus"
ALL_REWRITES = {**REWRITES, **metamorphic_genre.REWRITES}
ALL_ROLES_REWORDED = {**ROLES_REWORDED, **metamorphic_genre.ROLES_REWORDED}

# (document, rewrites applied in turn). Seen sets only: never a held-back one.
PAIRS = [
    # lists with their lead marked: a banner's bureaus, bureaus with no place, a zone's
    # committee and a college
    ("synthetic_al/wulateqianqi-ai-plus-2026-synthetic", ("lead_marked_in_bare_list",)),
    ("synthetic_am/sanming-ai-plus-2026-synthetic", ("lead_marked_in_bare_list",)),
    ("synthetic_ak/hengshui-ai-plus-2026-synthetic", ("lead_marked_in_bare_list",)),
    # a part heading naming the lead over unnumbered items
    ("synthetic_ah/mudanjiang-etdz-ai-plus-2026-synthetic", ("tasks_unnumbered",)),
    # projects counted with the comparator first, or in Chinese numerals
    ("synthetic_ak/wuzhou-hitech-zone-ai-manufacturing-2026-synthetic", ("at_least_before",)),
    ("synthetic_ak/wuzhou-hitech-zone-ai-manufacturing-2026-synthetic", ("numerals_in_chinese",)),
    # the body's annotations moved into an annex's division table (its 完成时限 once predated
    # the plan); 牵头单位：X，责任单位：Y read as two groups by the rewrites
    ("synthetic_al/suining-ai-plus-2026-synthetic", ("annotations_to_division_table",)),
    ("synthetic_b/guangxi-ai-plus-2025-synthetic", ("annotations_as_verbs",)),
    # a spread of the others, alone and two at once
    ("synthetic_a/changchun-ai-plus-2025", ("annotations_on_own_line_relabelled",)),
    ("synthetic_j/liuyang-ai-plus-work-plan-2026-synthetic", ("labels_short",)),
    ("synthetic_t/dongxihu-ai-2026-synthetic", ("annotations_after_title",)),
    (
        "synthetic_am/sanming-ai-plus-2026-synthetic",
        ("lead_marked_in_bare_list", "lines_broken_at_page_width"),
    ),
    (
        "synthetic_al/wulateqianqi-ai-plus-2026-synthetic",
        ("annotations_on_own_line", "third_as_parenthesised"),
    ),
    ("synthetic_h/gansu-ai-plus-2026-synthetic", ("traditional_script", "labels_as_departments")),
]


@cache
def _document(name: str) -> tuple[dict, str]:
    expected_path = CORPUS / f"{name}.yaml"
    source = next(path for ext in SUPPORTED if (path := expected_path.with_suffix(ext)).exists())
    expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    return expected, source_text_prepare(document_read(source).text).text


@cache
def _content(name: str, rewrites: tuple[str, ...] = ()) -> dict:
    expected, text = _document(name)
    for rewrite in rewrites:
        text = ALL_REWRITES[rewrite](text)
    if rewrites:
        assert text != _document(name)[1], f"{rewrites} found nothing to rewrite in {name}"
    zone = {k: expected["zone"][k] for k in ("slug", "name", "level") if k in expected["zone"]}
    draft = plan_draft(text, zone_slug=zone["slug"], source_file=f"{name}.txt", zone=zone)
    return draft_content(draft.data)


@pytest.mark.parametrize(
    ("name", "rewrites"),
    PAIRS,
    ids=lambda p: "+".join(p) if isinstance(p, tuple) else p.split("/")[1][:24],
)
def test_a_seen_document_rewritten_drafts_as_the_document(name, rewrites):
    held_back = ("aj", "ao", "ag", "ai", "ap", "aq", "ar")
    assert not name.startswith(tuple(f"synthetic_{s}/" for s in held_back))
    roles: dict[str, str] = {}
    for rewrite in rewrites:
        roles.update(ALL_ROLES_REWORDED.get(rewrite, {}))
    expected = roles_reworded(_content(name), roles)
    differences = content_differences(expected, _content(name, rewrites))
    assert not differences, "\n".join(differences)

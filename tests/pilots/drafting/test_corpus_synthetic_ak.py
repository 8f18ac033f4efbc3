# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_ak documents end to end (SYNTHETIC_AK.md): three 2026 "人工智能+" plans invented by
a collector for places no folder held — 衡水市's 三年实施方案 as a Word file (tasks 1.–14. numbered
on across four groups, "（牵头单位：X；配合单位：Y）" with shared prefixes and suffixes), 乐平市's
2026 工作要点 printed by LibreOffice (goals in Chinese numerals, own-line "责任单位：X☆、Y" under
"标☆的为牵头单位") and 梧州高新技术产业开发区's portal page (an indicator table, "〔牵头单位：X；
责任单位：Y〕" under "以下各项任务均需高新区财政局配合落实，不再一一列出").
Each is read from its committed file, drafted and scored against its hand-made extraction. HELD
BACK: measured unseen twice (importer a9110b4c; main 68111410 at the set time, identical); then
SEEN: the misses read by helper rAK and listed here with their reasons."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_AK = sorted((CORPUS_DEV.parent / "synthetic_ak").glob("*.yaml"))

# Drafted right since the set was SEEN (rules on invented text in
# test_genre_conventions_synthetic_ak.py): 梧州's body stated once as the supporting body of every
# task ("以下各项任务均需高新区财政局配合落实，不再一一列出") was read as one responsible body named
# "高新区财政局配合" (an extra agency, 16 wrong assignments, 12 missed); the verb now gives the role
# (implied_roles.py). Its bare "科技创新局" (task （五）) was an agency apart from 高新区科技创新局; a
# zone's body written bare is now the one written after the zone's short name
# (AgencyDirectory._zone_body). The rule covers 四's 保障措施 too, as SOURCES.md's convention says (the
# extraction, written "none of 四" first, was settled to it by the lead, as synthetic_u's 闽侯 was).
# The figures restated (乐平's 新建5G基站三百个; 梧州's table values 200P, 3万台（套） and 50个 repeated by
# tasks) are one target each, where first printed, as SOURCES.md's convention says; the extractions
# were settled to it by the lead.
DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_AK, ids=lambda p: p.stem)
def test_each_synthetic_ak_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_AK, ids=lambda p: p.stem)
def test_each_synthetic_ak_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_ak_set_is_there_as_a_docx_a_pdf_and_a_page():
    sources = {
        s.suffix
        for p in SYNTHETIC_AK
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_AK) == 3
    assert sources == {".docx", ".pdf", ".html"}

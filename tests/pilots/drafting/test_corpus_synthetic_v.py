"""The synthetic_v documents end to end (SYNTHETIC_V.md): three 2026 "人工智能+"
plans of the genre proper invented by a collector as a tester downloads them:
遵义's 公文 printed to PDF by LibreOffice with the plan as 附件, 台州's Word file
whose 一、/（一）/1. are Word's automatic list numbering on heading styles, and
新疆's page on the regional portal (departments bare after the first, the
collective 各地（州、市）人民政府（行署）, the first-unit rule stated once,
targets in Chinese numerals, 万 and ranges). Each is read from its committed
file (no LibreOffice needed), drafted and scored against its hand extraction.
HELD BACK: measured unseen twice (importer 7e4f9ab; main bd8911f at 18:40 UTC),
the same both times; its misses were read by its collector only, after
measurement 2, to list them here. No rule was written from it."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_V = sorted((CORPUS_DEV.parent / "synthetic_v").glob("*.yaml"))

# 新疆's plan names no period in its title; its 主要目标 gives figures 到2027年 and
# then one sentence without a figure, "到2030年，人工智能全面融入…". The draft takes 2030
# as the plan's end (period_end 2030, milestones 2027 and 2030) and dates the
# eleven figures written inside task items, which carry no year of their own,
# 2030; the hand extraction dates them 2027, the horizon of the figured goals
# (a qualitative vision sentence read as no goal and no period end). A
# judgement call that SOURCES.md's "Periods" convention (a text with NO end
# year) does not settle; value, unit and comparator of all eleven are drafted
# right (Chinese numerals, 万, 3—5 ranges included). 产业园区's drafted phrase also
# starts earlier, at the clause's opening "依托乌鲁木齐高新区…", so it shows under its
# own words.
_XINJIANG_ITEM_TARGETS = {
    "T8": "新增5G基站1.5万个",
    "T9": "推动数据交易额累计超过10亿元",
    "T10": "建成智能油气田3—5个",
    "T11": "重点煤矿智能化开采工作面占比达到90%",
    "T12": "建设数字农业示范基地五十个",
    "T13": "打造智慧景区四十家左右",
    "T14": "建设人工智能教育示范校一百所",
    "T15": "建设3—5个人工智能产业园区",
    "T16": "每年培训数字技能人才10万人次",
    "T17": "力争引进援疆省市人工智能企业50家以上",
    "T18": "累计培训各类群体二百万人次",
}
DISAGREEMENTS: dict[str, set[str]] = {
    "xinjiang-ai-plus-2026-synthetic": {
        *(f"target {code} {phrase}" for code, phrase in _XINJIANG_ITEM_TARGETS.items()),
        *(
            f"extra target {phrase}"
            for code, phrase in _XINJIANG_ITEM_TARGETS.items()
            if code != "T15"
        ),
        "extra target 依托乌鲁木齐高新区、克拉玛依高新区等建设3—5个人工智能产业园区",
    },
}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_V, ids=lambda p: p.stem)
def test_each_synthetic_v_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_V, ids=lambda p: p.stem)
def test_each_synthetic_v_task_is_due_when_the_extraction_says(expected_path):
    """No document of the set gives a task its own due date: none is due, drafted or by hand."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_v_set_is_there_as_the_files_a_tester_downloads():
    sources = {
        s.suffix
        for p in SYNTHETIC_V
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_V) == 3
    assert sources == {".pdf", ".docx", ".html"}

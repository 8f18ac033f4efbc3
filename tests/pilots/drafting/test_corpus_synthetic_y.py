"""The synthetic_y documents end to end (SYNTHETIC_Y.md): three whole 2026 "人工智能+"
plans invented by a collector as a tester downloads them — 太原市's 行动计划 as the city
portal's saved page (nav, breadcrumbs, 来源/发布时间, a 2025基期 | 2026 | 2027 主要指标
table, tasks （一）–（十六） on across four parts with "（X牵头，Y、Z配合）", share
buttons and footer), 张家港市's 实施方案 as a Word file (tasks 1.–20. on across
chapters each closing on "（责任单位：…）", figures inside the tasks, a 专栏 of 2026
projects, budgets in 保障措施), and 西藏自治区经济和信息化厅's sector plan as a 公文
printed to PDF by LibreOffice (goals in Chinese numerals and 万, unannotated body tasks
restarting per chapter, a landscape annex 重点任务分工表 giving 牵头单位 / 配合单位 /
完成时限). Each is read from its committed file, drafted and scored against its
hand-made extraction. HELD BACK: measured unseen twice (importer cd88bba; main aa1cc43 at
the set time, the same both times), the misses read only after measurement 2; SEEN since:
three rules were written from them (helper rY), and none is left."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_Y = sorted((CORPUS_DEV.parent / "synthetic_y").glob("*.yaml"))

DISAGREEMENTS: dict[str, set[str]] = {
    # 太原 (the portal page, its indicator table, （X牵头，Y配合）) and 西藏 (the 公文 PDF, Chinese
    # numerals and 万, the annex 分工表) are drafted as extracted by hand. 张家港's 20 misses of
    # measurement 2 (SYNTHETIC_Y.md) were fixed by three rules written after it, the set SEEN
    # (test_genre_conventions_synthetic_y.py): a box titled by one year's projects (专栏　2026年
    # “人工智能+”重点项目) is no task and dates its figures by that year; a clause opening with a
    # project's size (总投资约6亿元, 首期建筑面积5万平方米) describes the project; a year
    # opening its figure's clause (…，2026年实现100个…) dates it.
}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_Y, ids=lambda p: p.stem)
def test_each_synthetic_y_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_Y, ids=lambda p: p.stem)
def test_each_synthetic_y_task_is_due_when_the_extraction_says(expected_path):
    """西藏's annex gives each body task its 完成时限 (2027年6月底前 → 30 June, 持续推进 and 每年 →
    none); 太原 and 张家港 name no due."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_y_set_is_there_as_an_html_page_a_docx_and_a_pdf():
    sources = {
        s.suffix
        for p in SYNTHETIC_Y
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_Y) == 3
    assert sources == {".html", ".docx", ".pdf"}
    page = (CORPUS_DEV.parent / "synthetic_y" / "taiyuan-ai-plus-2026-synthetic.html").read_text(
        encoding="utf-8"
    )
    assert "当前位置：" in page and "分享到：" in page and "<table" in page
    assert "（市发展改革委牵头，市数据局、市工信局、山西综改示范区管委会配合）" in page

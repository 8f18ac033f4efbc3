# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_z documents end to end (SYNTHETIC_Z.md): three 2026 successor plans of the kind
pilot-zone cities issue, invented by a collector for places no folder held — 太原's 先导区
三年行动计划 (2026—2028) as a Word file whose numbering is typed text (到2026年 / 到2028年 goal
paragraphs, tasks "N．标题。正文（责任单位：…）" or "（X牵头负责，Y按职责分工负责）", a shared 市 prefix,
a 重点工程 part of named "X工程：…" items), 德阳's 若干措施 as a text (第一条…第十二条 mixing
subsidies with commitments, roles only in an annex line per article under "列第一位的为牵头单位"),
and 渭滨区's 2026 工作要点 printed to PDF by LibreOffice (a 序号/工作任务/具体措施/牵头单位/配合单位/
完成时间 table with merged cells and rows split across pages).
Each is read from its committed file, drafted and scored against its hand-made extraction. HELD
BACK: measured unseen twice (importer cd88bba; main a11e903 at the set time, 22:45 UTC), the misses
read only after measurement 2 and listed here with their reasons; no rule was written from them."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_Z = sorted((CORPUS_DEV.parent / "synthetic_z").glob("*.yaml"))

DISAGREEMENTS: dict[str, set[str]] = {
    "deyang-ai-measures-2026-synthetic": {
        # 第十一条 is not drafted as a task (its article line is missed), and with it the figure
        # it commits to, 有效发明专利达到1200件 by 2027.
        "task 措施.十一 支持标准制定和知识产权",
        "target T10 全市人工智能领域有效发明专利达到1200件",
        # The roles stand only in the annex "各条款责任单位见附件", one line per article under
        # "（列第一位的为牵头单位）": the draft reads none of them, so every article's agencies and
        # assignments are missed (13 of the 14 agencies; 34 assignments) ...
        "agency 德阳市发展和改革委员会",
        "agency 德阳市数据局",
        "agency 德阳市科学技术局",
        "agency 中共德阳市委网络安全和信息化委员会办公室",
        "agency 德阳市经济和信息化局",
        "agency 德阳市各县（市、区）人民政府",
        "agency 德阳市投资促进局",
        "agency 德阳市人力资源和社会保障局",
        "agency 中共德阳市委人才工作领导小组办公室",
        "agency 德阳市金融工作局",
        "agency 中国人民银行德阳市分行",
        "agency 德阳市市场监督管理局",
        "agency 德阳市商务局",
        "assignment 措施.一 lead fgw",
        "assignment 措施.一 responsible sjj",
        "assignment 措施.一 responsible czj",
        "assignment 措施.二 lead sjj",
        "assignment 措施.二 responsible czj",
        "assignment 措施.三 lead kjj",
        "assignment 措施.三 responsible wxb",
        "assignment 措施.三 responsible czj",
        "assignment 措施.四 lead sjj",
        "assignment 措施.四 responsible jxj",
        "assignment 措施.四 responsible kjj",
        "assignment 措施.四 responsible czj",
        "assignment 措施.五 lead jxj",
        "assignment 措施.五 responsible czj",
        "assignment 措施.五 responsible xq",
        "assignment 措施.六 lead jxj",
        "assignment 措施.六 responsible tcj",
        "assignment 措施.六 responsible czj",
        "assignment 措施.七 lead kjj",
        "assignment 措施.七 responsible fgw",
        "assignment 措施.七 responsible jxj",
        "assignment 措施.八 lead sjj",
        "assignment 措施.八 responsible rsj",
        "assignment 措施.九 lead rcb",
        "assignment 措施.九 responsible rsj",
        "assignment 措施.九 responsible kjj",
        "assignment 措施.十 lead czj",
        "assignment 措施.十 responsible jrj",
        "assignment 措施.十 responsible rmyh",
        "assignment 措施.十一 lead scj",
        "assignment 措施.十一 responsible kjj",
        "assignment 措施.十二 lead kjj",
        "assignment 措施.十二 responsible swj",
        "assignment 措施.十二 responsible tcj",
        # ... and reads the closing "以上措施由市科技局会同市经信局、市财政局负责解释" as an
        # annotation of the last article (lead 科技局, responsible 财政局, "市科技局会同市经信局" one
        # name): interpreting the measures is no role in any article.
        "extra agency 市科技局会同市经信局",
        "extra assignment 第十二条 lead science-tech",
        "extra assignment 第十二条 responsible finance",
    },
    "weibin-ai-work-points-2026-synthetic": {
        # A figure in a 具体措施 cell, "新接入视频监控点位3000路" (路, video channels), is not drafted.
        "target T22 新接入视频监控点位3000路",
    },
}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_Z, ids=lambda p: p.stem)
def test_each_synthetic_z_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_Z, ids=lambda p: p.stem)
def test_each_synthetic_z_task_is_due_when_the_extraction_says(expected_path):
    """渭滨's table gives each task its 完成时间 (2026年10月底前 → 31 October, 持续推进 → none)."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_z_set_is_there_as_a_docx_a_text_and_a_pdf():
    sources = {
        s.suffix
        for p in SYNTHETIC_Z
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_Z) == 3
    assert sources == {".docx", ".pdf", ".txt"}
    text = (CORPUS_DEV.parent / "synthetic_z" / "deyang-ai-measures-2026-synthetic.txt").read_text(
        encoding="utf-8"
    )
    assert "各条款责任单位见附件。" in text
    assert "第十二条　营造良好发展氛围　市科技局、市商务局、市投资促进局" in text

# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_ad documents end to end (SYNTHETIC_AD.md): three 2026 "人工智能+" plans invented by
a collector for places no folder held — 上饶市's 实施方案 as its portal page (GB2312, parts 第一部分…
第三部分, tasks （一）–（十九） numbered on, "（责任单位：…）" whose first unit leads by a rule stated
inside the first annotation), 上杭县's Word file of "N.标题。正文（牵头单位：X；协同单位：Y）" tasks with
four 专栏 boxes of 重点项目, and 海南省旅游和文化广电体育厅's "人工智能+文旅" 三年行动计划 printed by
LibreOffice, its roles and dues only in an annex 重点任务分工表.
Each is read from its committed file, drafted and scored against its hand-made extraction. HELD
BACK: measured unseen twice (importer 1cb25cb; main 88f1957 at the set time, 17:46 UTC, identical);
then SEEN: the misses read by helper rAD and listed here with their reasons."""

import pytest

from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_AD = sorted((CORPUS_DEV.parent / "synthetic_ad").glob("*.yaml"))

DISAGREEMENTS: dict[str, set[str]] = {
    "hainan-ai-plus-culture-tourism-2026-synthetic": {
        # A body task's figure with no year of its own, whose row in the annex 分工表 is done
        # earlier than the plan's end (完成时限 2026年12月底前 / 2027年12月底前): the importer
        # dates the figure by the row's time, as synthetic_y's 西藏 extraction reads its own
        # annex (平台服务企业累计达到300家, 2027年6月底前 → 2027); this extraction dates it at the
        # plan's end, 2028. Debatable: the two collectors read the same form two ways.
        "target T11 形成知识条目100万条以上",
        "extra target 形成知识条目100万条以上",
        "target T13 主要景区5G网络覆盖率达到100%",
        "extra target 主要景区5G网络覆盖率达到100%",
        "target T18 建成智慧体育公园10个",
        "extra target 建成智慧体育公园10个",
        "target T20 平台注册用户突破1000万人",
        "extra target 平台注册用户突破1000万人",
        "target T22 建成智慧图书馆20个",
        "extra target 建成智慧图书馆20个",
        "target T23 多语种智能服务覆盖语种不少于10种",
        "extra target 多语种智能服务覆盖语种不少于10种",
    },
    "shanghang-ai-plus-2026-synthetic": {
        # The four boxes "专栏N　…重点项目" list projects, each with its investment and 建设期,
        # under the tasks before them: no tasks (the extraction). The importer reads a box whose
        # title names 工程 or 项目 as the plan's named programmes, each item a task.
        "extra task 三.专栏1.1 上杭县智能算力中心项目",
        "extra task 三.专栏1.2 县域公共数据授权运营平台项目",
        "extra task 三.专栏1.3 矿业数据集建设项目",
        "extra task 三.专栏2.1 矿山行业大模型项目",
        "extra task 三.专栏2.2 铜产业智能工厂项目",
        "extra task 三.专栏2.3 古田红色文旅数字化项目",
        "extra task 三.专栏3.1 县域医疗影像云平台项目",
        "extra task 三.专栏3.2 智慧教育示范区项目",
        "extra task 三.专栏3.3 县域社会治理智能平台项目",
        "extra task 三.专栏4.1 人工智能实训基地项目",
        "extra task 三.专栏4.2 人工智能产业孵化器项目",
    },
    "shangrao-ai-plus-2026-synthetic": {
        # The rule "排第一位的为牵头单位，下同" closing the first annotation is read (the first unit
        # leads) but its words are also taken as a responsible agency's name: the rule's words
        # know 排在第一 and 列第一, not 排第一.
        "extra agency 排第一位的为牵头单位",
        "extra assignment 第二部分.一.(一) responsible agency-1",
        # "…建设城市智算中心，2026年新增智能算力300P，…": a year opening its figure's clause,
        # the verb followed by the thing counted before the figure; the importer reads a clause's
        # year only when the figure follows the verb straight, and dates it at the plan's end.
        "target T11 2026年新增智能算力300P",
        "extra target 2026年新增智能算力300P",
    },
}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_AD, ids=lambda p: p.stem)
def test_each_synthetic_ad_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_AD, ids=lambda p: p.stem)
def test_each_synthetic_ad_task_is_due_when_the_extraction_says(expected_path):
    """海南's annex gives each task its 完成时限 (2027年6月底前 → 30 June, 持续推进 → none)."""
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def test_the_synthetic_ad_set_is_there_as_a_page_a_docx_and_a_pdf():
    sources = {
        s.suffix
        for p in SYNTHETIC_AD
        for s in p.parent.glob(f"{p.stem}.*")
        if s.suffix in (".txt", ".docx", ".pdf", ".html")
    }
    assert len(SYNTHETIC_AD) == 3
    assert sources == {".html", ".docx", ".pdf"}

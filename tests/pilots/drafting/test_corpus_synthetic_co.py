# ruff: noqa: E501  (miss strings and document names as the evaluation prints them)
"""The synthetic_co documents end to end (SYNTHETIC_CO.md): three documents invented by a collector
that LOOK BACK and FORWARD, the plan only part of each (秦岚市's Word 工作总结及2026年工作计划, 甘肃省's
LibreOffice PDF 三年行动计划终期评估报告 with its 2026—2027 work, 沧屏区's 2026年政府工作报告 portal page
with an appended 分工 table), each read from its committed file, drafted and scored against its
hand-made extraction. Measured unseen once (main e948e808); then SEEN: the misses read by helper rCO
on 2026-12-07.

Below them, the rules rCO wrote for those forms, each on INVENTED text (no name, place or figure of
the set), each with a control beside it: a near form the rule must leave alone."""

import pytest

from pilots.drafting import plan_draft
from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_CO = sorted((CORPUS_DEV.parent / "synthetic_co").glob("*.yaml"))

# What the set still misses (SYNTHETIC_CO.md, measurement 2): 甘肃's item (二) "2026年底前新建14个以上，达到
# 100个" restates the goals' 高质量数据集达到100个 (due 2026) with its subject left out; the importer reads the
# clause's metric as 新建 and does not see the restatement, so the figure is drafted twice (left: the
# subject-less clause is a metric-reading matter of its own, not this set's genre).
DISAGREEMENTS: dict[str, set[str]] = {
    "gansu-ai-three-year-plan-final-evaluation-2026-synthetic": {
        "extra target 高质量数据集达到100个"
    },
}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_CO, ids=lambda p: p.stem)
def test_each_synthetic_co_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_CO, ids=lambda p: p.stem)
def test_each_synthetic_co_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def _draft(lines: list[str]) -> dict:
    return plan_draft("\n".join(lines), zone_slug="demo", source_file="demo").data


def _task_titles(data: dict) -> list[str]:
    return [t["title"] for s in data["sections"] for t in _all_tasks(s)]


def _all_tasks(section: dict) -> list[dict]:
    tasks = list(section.get("tasks", []))
    for sub in section.get("sections", []):
        tasks += _all_tasks(sub)
    return tasks


def _targets(data: dict) -> dict[str, tuple[float, int]]:
    return {
        t["source_phrase"]: (t["value"], t["deadline"]) for g in data["goals"] for t in g["targets"]
    }


# --- a summary-and-plan: the parts that report give nothing, the part that plans does -------------

SUMMARY_HEAD = [
    "某县数据局关于2031年数字产业工作总结及2032年工作计划的报告",
    "县人民政府：",
    "现将有关情况报告如下。",
]
REVIEW_PARTS = [
    "一、2031年工作完成情况",
    "2031年，全县数字产业营收达到21亿元，同比增长12.5%，完成年度目标的104%。",
    "（一）数据平台建设提速。已建成县级数据平台，累计汇聚数据目录900项，排名全市第3位。",
    "（二）数字企业加快集聚。全年新引进数字企业14家，累计达到66家。",
    "二、存在的问题",
    "一是龙头企业偏少，营收超5亿元的企业仅有1家。",
    "二是专业人才不足，人才缺口约120人。",
]
PLAN_PART = [
    "三、2032年工作计划",
    "总体思路：坚持以数据赋能为主线，推动数字产业提质扩量。",
    "主要目标：到2032年底，全县数字产业营收突破26亿元；数字企业总数达到80家。",
    "（一）夯实数据底座",
    "1.升级县级数据平台。新增数据目录300项。（牵头单位：县数据局）",
    "（二）壮大数字企业",
    "2.引育数字企业。全年新引进数字企业15家。（牵头单位：县商务局）",
]
REQUEST_PART = [
    "四、意见建议",
    "（一）建议县政府设立数字产业引导资金3000万元。",
    "（二）建议县委组织部研究制定数字人才支持政策。",
]


def test_the_parts_reporting_what_was_done_hold_no_task_and_no_target():
    data = _draft(SUMMARY_HEAD + REVIEW_PARTS + PLAN_PART + REQUEST_PART)
    assert _task_titles(data) == ["升级县级数据平台", "引育数字企业"]
    targets = _targets(data)
    assert not [p for p in targets if "21亿元" in p or "66家" in p or "120人" in p or "仅有" in p]
    assert not [p for p in targets if "3000万元" in p]


def test_a_part_fixing_the_problems_is_work_not_a_review():
    # control: 存在问题整改 plans the fixing; its items stay tasks
    part = [
        "二、存在问题整改",
        "（一）补齐龙头短板",
        "1.培育龙头企业。培育营收超5亿元企业2家。（牵头单位：县经信局）",
    ]
    data = _draft(SUMMARY_HEAD + part + PLAN_PART)
    assert "培育龙头企业" in _task_titles(data)


def test_the_labelled_goals_line_opening_a_part_of_grouped_items_is_the_plans_goals():
    data = _draft(SUMMARY_HEAD + REVIEW_PARTS + PLAN_PART)
    targets = _targets(data)
    assert targets["全县数字产业营收突破26亿元"] == (26, 2032)
    assert targets["数字企业总数达到80家"] == (80, 2032)


def test_an_unlabelled_approach_opening_the_part_is_no_goal():
    # control: the approach paragraph names a figure but no goals label: no goal of its own
    plan = [line.replace("主要目标：到2032年底，", "工作思路：围绕") for line in PLAN_PART]
    plan = [line.replace("数字企业总数达到80家。", "打造数字产业集群。") for line in plan]
    data = _draft(SUMMARY_HEAD + plan)
    assert not [p for p in _targets(data) if "26亿元" in p]


# --- an evaluation report: the plan it looks back on is neither its title nor its period ---------

EVALUATION = [
    "某省数字农业三年行动计划（2029—2031年）中期后评估报告",
    "某省农业农村厅",
    "2032年2月20日",
    "《某省数字农业三年行动计划（2029—2031年）》（以下简称《行动计划》）印发实施以来，各地扎实推进。现将评估情况报告如下。",
    "一、主要目标完成情况",
    "（一）智慧农场加快建设。累计建成智慧农场120个，完成目标值的96%。",
    "二、下一步工作安排",
    "到2033年，全省智慧农场达到200个。",
    "（一）扩建智慧农场。新建智慧农场40个。（省农业农村厅牵头，省财政厅配合）",
]


def test_a_plan_quoted_as_issued_before_is_not_the_documents_title_nor_its_period():
    data = _draft(EVALUATION)
    assert data["plan"]["title"] != "某省数字农业三年行动计划（2029—2031年）"
    assert (data["plan"]["period_start"], data["plan"]["period_end"]) == (2032, 2033)
    assert _task_titles(data) == ["扩建智慧农场"]
    assert _targets(data)["新建智慧农场40个"] == (40, 2033)


def test_a_plan_the_notice_issues_is_its_title():
    # control: 现将《X》印发给你们 issues the plan: its title and years are the document's
    lines = [
        "某省人民政府办公厅关于印发某省数字农业三年行动计划的通知",
        "现将《某省数字农业三年行动计划（2032—2034年）》印发给你们，请认真贯彻执行。",
        "一、主要目标",
        "到2034年，全省智慧农场达到200个。",
    ]
    data = _draft(lines)
    assert data["plan"]["title"] == "某省数字农业三年行动计划（2032—2034年）"
    assert (data["plan"]["period_start"], data["plan"]["period_end"]) == (2032, 2034)


# --- a government work report: its one area of the topic, roles from its appended 分工 table -----

WORK_REPORT = [
    "某县2032年政府工作报告",
    "——2032年1月6日在某县第三届人民代表大会第二次会议上",
    "一、2031年工作回顾",
    "（一）经济稳中有进。地区生产总值完成210亿元、增长6.2%。",
    "二、2032年工作安排",
    "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，数字经济核心产业增加值增长12%以上，城镇新增就业4000人。",
    "重点抓好以下三个方面工作：",
    "（一）扩大有效需求，稳住经济大盘",
    "扩大有效投资。实施重点项目90个以上。",
    "提振消费。开展促消费活动30场。",
    "（二）深化数字赋能，发展人工智能产业",
    "夯实算力底座。建成县级智算中心，新增智能算力50P。",
    "拓展智能应用。打造人工智能应用场景15个。",
    "（三）办好民生实事，增进人民福祉",
    "办好教育。新建学校2所，建设智慧教室20间。",
    "附件",
    "某县2032年政府工作报告重点工作任务分工",
    "扩大有效需求，稳住经济大盘",
    "1.实施重点项目90个以上。（牵头单位：县发展改革局；完成时限：2032年12月底前）",
    "2.开展促消费活动30场。（牵头单位：县商务局；完成时限：2032年12月底前）",
    "深化数字赋能，发展人工智能产业",
    "3.建成县级智算中心。（牵头单位：县数据局；责任单位：县工信局；完成时限：2032年9月底前）",
    "4.打造人工智能应用场景15个。（牵头单位：县工信局；完成时限：2032年12月底前）",
    "办好民生实事，增进人民福祉",
    "5.新建学校2所。（牵头单位：县教育局；完成时限：2032年8月底前）",
]


def test_a_work_reports_plan_is_its_one_area_of_the_topic_with_the_annexed_roles():
    data = _draft(WORK_REPORT)
    tasks = {t["title"]: t for s in data["sections"] for t in _all_tasks(s)}
    assert list(tasks) == ["夯实算力底座", "拓展智能应用"]
    assert tasks["夯实算力底座"]["due"] == "2032-09-30"
    names = {a["code"]: a["name"] for a in data["agencies"]}
    assert [names[c] for c in tasks["夯实算力底座"]["lead"]] == ["县数据局"]
    targets = _targets(data)
    assert targets["新增智能算力50P"] == (50, 2032)
    assert targets["数字经济核心产业增加值增长12%以上"] == (12, 2032)
    assert not [p for p in targets if "地区生产总值" in p or "智慧教室" in p or "重点项目" in p]


def test_a_division_of_the_work_report_keeps_every_area():
    # control: the report's 分解表 (its title ends so) lists every area's work: all kept
    lines = [
        "某县2032年政府工作报告重点工作任务分解表",
        "一、扩大有效需求",
        "1.实施重点项目90个以上。（牵头单位：县发展改革局）",
        "二、深化数字赋能",
        "2.打造人工智能应用场景15个。（牵头单位：县工信局）",
    ]
    data = _draft(lines)
    assert len(_task_titles(data)) == 2


def test_a_work_report_with_two_areas_naming_the_topic_chooses_none():
    # control: no single area of the topic — the report is drafted as any document
    lines = [
        line.replace("扩大有效需求，稳住经济大盘", "发展数字经济，稳住经济大盘")
        for line in WORK_REPORT
    ]
    data = _draft(lines)
    assert "扩大有效投资" in _task_titles(data)

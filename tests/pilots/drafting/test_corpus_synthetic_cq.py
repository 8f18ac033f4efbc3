"""The synthetic_cq documents end to end (SYNTHETIC_CQ.md): three 2026 "人工智能+" documents
invented by a collector whose figures are QUANTITIES IN UNUSUAL WORDS (三分之一以上, 过半,
两成, 近五成, 逾百家, 两千余人, 翻两番, 倍增, 提高5个百分点, 缩短至3个工作日以内, 1.2万亿元,
一个千亿级…集群) beside numbers that are no quantities (1+N+X, 5G+, 〔2026〕12号, 第3代, V2.0,
12345, 三级医院, 第一批, 前三名):
潇岚市's Word file, 浔溪区's LibreOffice PDF and 淠源县's portal page, each read from its committed
file, drafted and scored against its hand-made extraction. Measured unseen once (main e948e808);
then SEEN: the misses read by helper rCQ on 2026-12-07.

Of the seven targets missed at measurement 1, five were the extraction's (corrected, SYNTHETIC_CQ.md
"Measurement 2"): 个工作日 kept as every other extraction writes the unit, and a fraction's share to
the four decimals a target's value is stored in (33.3333, 66.6667). Two were the importer's, read
now by the rules below, each on INVENTED text (no name, place or figure of the set), each with a
control beside it: a near form the rule must leave alone. Nothing of the set is missed any more."""

import pytest

from pilots.drafting.goal_targets import targets_of
from tests.pilots.drafting.conftest import CORPUS_DEV, corpus_due_misses, corpus_misses

SYNTHETIC_CQ = sorted((CORPUS_DEV.parent / "synthetic_cq").glob("*.yaml"))

DISAGREEMENTS: dict[str, set[str]] = {}

DUE_DISAGREEMENTS: dict[str, set[str]] = {}


@pytest.mark.parametrize("expected_path", SYNTHETIC_CQ, ids=lambda p: p.stem)
def test_each_synthetic_cq_file_finds_what_was_extracted_by_hand(expected_path):
    assert corpus_misses(expected_path) == DISAGREEMENTS.get(expected_path.stem, set())


@pytest.mark.parametrize("expected_path", SYNTHETIC_CQ, ids=lambda p: p.stem)
def test_each_synthetic_cq_task_is_due_when_the_extraction_says(expected_path):
    assert corpus_due_misses(expected_path) == DUE_DISAGREEMENTS.get(expected_path.stem, set())


def _read(text: str, *, item: bool = False) -> list[tuple]:
    found, _ = targets_of(text, None, 2030, commitments_only=item)
    return [
        (f.target["metric"], f.target["comparator"], f.target["value"], f.target["unit"])
        for f in found
    ]


# --- 1. a count in Chinese numerals before a scale class ------------------------------------
# "形成一个千亿级…集群" counts one cluster of that class, as "形成1个千亿级…集群" always read: the
# numeral after the count's unit names the class (千亿级), it is no set phrase of numerals
# (千行百业). A class with no count (打造百亿级…集群) stays no figure.


def test_a_count_in_words_before_a_scale_class_is_the_count():
    assert _read("到2030年，建成两个百亿级数字文创产业园区，培育一个千亿级新能源装备集群。") == [
        ("百亿级数字文创产业园区", "eq", 2, "个"),
        ("千亿级新能源装备集群", "eq", 1, "个"),
    ]


def test_a_scale_class_with_no_count_and_numerals_of_a_set_phrase_stay_no_figure():
    assert _read("到2030年，打造百亿级数字文创产业集群，赋能千行百业。") == []


# --- 2. a half with no numeral -----------------------------------------------------------------
# 过半 / 超过半数 (gt 50 %) and 半数以上 (gte 50 %) ending what the clause reaches are a share, as
# 超过一半 / 一半以上 always read — also in an item, where 比例 right before 过半 names the
# share committed to, no subsidy rate. Before a noun (过半数企业…) the half counts those meant;
# "时间过半、任务过半" is a year's progress; 半年 is a time; 三级 / 第三批 stay grades and batches.


def test_a_half_with_no_numeral_is_fifty_percent():
    text = (
        "到2030年，社区卫生服务中心远程问诊比例过半，村级便民服务点线上办理率超过半数，"
        "规上企业上云率半数以上。"
    )
    assert _read(text) == [
        ("社区卫生服务中心远程问诊比例", "gt", 50, "%"),
        ("村级便民服务点线上办理率", "gt", 50, "%"),
        ("规上企业上云率", "gte", 50, "%"),
    ]
    item = "升级社区诊疗系统，远程问诊比例过半，检查结果互认率稳定在95%以上。"
    assert [t[1:] for t in _read(item, item=True)] == [("gt", 50, "%"), ("gte", 95, "%")]


def test_a_half_before_a_noun_a_progress_phrase_and_grades_stay_no_figure():
    assert _read("到2030年，推动过半数物流企业应用智能分拣，确保时间过半、任务过半。") == []
    assert _read("试运行超过半年后，创建三级医院，遴选第三批试点社区。") == []
    assert _read("购置智能装备补贴比例过半。", item=True) == []

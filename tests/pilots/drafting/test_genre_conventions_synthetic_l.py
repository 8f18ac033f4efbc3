"""Conventions of the genre that the synthetic_l set (SYNTHETIC_L.md, measurement 1) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import (
    PROVINCE,
    _draft,
    _named_targets,
    _roles,
    _tasks,
)

# 1. An autonomous region's generic words name nobody, as a province's do: "自治区有关部门",
#    "自治区直有关单位", "自治区政府各部门" are no agency (as 省有关部门, 省直有关单位,
#    省政府各部门).


def test_an_autonomous_region_s_generic_words_name_no_agency():
    text = (
        "某自治区“人工智能+”行动方案\n一、重点任务\n"
        "（一）推进公共数据开发。编制公共数据目录。（自治区数据局牵头，自治区有关部门配合）\n"
        "（二）推进政务服务。推广智能审批。（自治区政务服务局牵头，自治区直有关单位、"
        "各地级市人民政府配合）\n"
        "（三）加强安全治理。开展风险评估。（自治区党委网信办牵头，自治区政府各部门配合）\n"
    )
    data = _draft(text, PROVINCE)
    assert [_roles(data, t) for t in _tasks(data)] == [
        {"lead": ["自治区数据局"]},
        {"lead": ["自治区政务服务局"], "supporting": ["各地级市人民政府"]},
        {"lead": ["自治区党委网信办"]},
    ]
    assert not any("有关" in a["name"] or "各部门" in a["name"] for a in data["agencies"])


# 2. A condition clause (对…) governs the figures after it in its sentence — up to a clause that
#    opens with the item's own deadline ("2027年前培养…1万人次", "到2027年建成…"): that clause is
#    a commitment of the item, as one opening with 力争 or 每年 is. A sum the measure grants stays
#    no target wherever it stands.


def test_a_dated_clause_after_a_condition_is_the_item_s_own_commitment():
    text = (
        "某县“人工智能+”行动方案\n一、重点任务\n"
        "（一）加强人才引育。对新引进的领军人才按规定落实安家待遇，支持职业院校开设相关专业，"
        "2027年前培养数字技能人才5000人次。（县人社局牵头）\n"
        "（二）建设创新平台。对新认定的省级平台给予一次性奖励，到2027年建成县级以上创新平台"
        "10个。（县科技局牵头）\n"
    )
    assert _named_targets(_draft(text)) == [
        ("数字技能人才", "eq", 5000, "人次", 2027),
        ("县级以上创新平台", "eq", 10, "个", 2027),
    ]


def test_a_condition_still_governs_undated_figures_after_it():
    """Control: the figures of a measure's terms after 对…的 stay no target."""
    text = (
        "某县“人工智能+”行动方案\n一、重点任务\n"
        "（一）支持企业上云。对上云企业给予补贴，每家补贴不超过10万元。（县工信局牵头）\n"
        "（二）支持场景开放。对年度新开放场景10个以上的企业，给予奖励。（县发改局牵头）\n"
    )
    assert _named_targets(_draft(text)) == []


# 3. A deadline written "2027年前" / "2026年底前" before the verb is no part of what a figure counts
#    ("2027年前培养数字技能人才5000人次" counts 数字技能人才, not 前培养数字技能人才).


def test_a_deadline_s_qian_is_no_part_of_the_metric():
    text = (
        "某县“人工智能+”行动方案\n一、重点任务\n"
        "（一）加强人才引育。支持职业院校开设相关专业，2027年前培养数字技能人才5000人次。"
        "（县人社局牵头）\n"
        "（二）建设数据集。2026年底前建成行业数据集8个。（县数据局牵头）\n"
    )
    assert _named_targets(_draft(text)) == [
        ("数字技能人才", "eq", 5000, "人次", 2027),
        ("行业数据集", "eq", 8, "个", 2026),
    ]

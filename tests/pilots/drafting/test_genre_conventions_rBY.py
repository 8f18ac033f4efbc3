"""Conventions of long plans that the synthetic_by set (SYNTHETIC_BY.md, measured unseen, then
SEEN) left open: each a short text written to test the form (not a copy of any plan), drafted end
to end through ``plan_draft``. Each failed on the importer before its rule unless marked as a
control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _targets, _tasks

# 1. A box of projects printed after a section's items 1.–2. whose own items run 1.–4.: its 3. and
#    4. go on the box's own numbering as much as the section's. Each names a project with its
#    investment, as the box's items do — the box's, not tasks of the section (nor their figures
#    targets). Before, the box closed at 3. (the section's numbering going on).

_BOX = (
    "某市推进人工智能发展规划\n"
    "第一章 重点任务\n"
    "第一节 建设创新平台\n"
    "1.建设研究机构。支持高校建设研究机构。（牵头单位：市科技局；配合单位：市教育局）\n"
    "2.建设中试平台。布局中试平台。（牵头单位：市工信局；配合单位：市科技局）\n"
    "专栏1　创新平台重点项目\n"
    "1.某某研究院项目。总投资5.2亿元，建设实验楼3万平方米。\n"
    "2.某某大模型项目。总投资1.1亿元，建设行业知识库。\n"
    "3.某某中试基地项目。总投资2.4亿元，建设测试场地1万平方米。\n"
    "4.某某联合中心项目。总投资0.8亿元，建设联合实验室5个。\n"
    "第二节 推广智能应用\n"
    "1.推进智能制造。开展智能工厂建设。（牵头单位：市工信局）\n"
)


def test_a_box_item_going_on_both_numberings_and_naming_a_project_stays_the_boxs():
    data = _draft(_BOX)
    assert [t["title"] for t in _tasks(data)] == ["建设研究机构", "建设中试平台", "推进智能制造"]
    assert _targets(data) == []


_BOX_THEN_TASK = (
    "某市推进人工智能发展规划\n"
    "第一章 重点任务\n"
    "第一节 建设创新平台\n"
    "1.建设研究机构。支持高校建设研究机构。（牵头单位：市科技局）\n"
    "2.建设中试平台。布局中试平台。（牵头单位：市工信局）\n"
    "专栏1　创新平台重点项目\n"
    "1.某某研究院项目。总投资5.2亿元，建设实验楼3万平方米。\n"
    "2.某某大模型项目。总投资1.1亿元，建设行业知识库。\n"
    "3.建设开源社区。支持企业开放模型和工具。（牵头单位：市科技局）\n"
)


def test_control_the_sections_next_item_after_a_box_is_a_task():
    """Control: 3. after the box's 1.–2., a task with its annotation and no investment, is the
    section's third task, as before."""
    data = _draft(_BOX_THEN_TASK)
    assert [t["title"] for t in _tasks(data)] == ["建设研究机构", "建设中试平台", "建设开源社区"]


# 2. A one-by-one pair written with no mark between (坚持建好一个带动一个): a way of working as
#    成熟一个、推广一个 is — no count of one. Before, each 一个 was a target of 1 个.

_ONE_BY_ONE = (
    "某市推进人工智能发展实施方案\n"
    "一、重点任务\n"
    "（一）推广应用场景。坚持建好一个带动一个，防止重复建设。（责任单位：市工信局）\n"
)


def test_a_one_by_one_pair_with_no_mark_between_counts_nothing():
    assert _targets(_draft(_ONE_BY_ONE)) == []


def test_control_one_new_platform_still_counts():
    """Control: 建设一个市级平台 counts one platform."""
    text = _ONE_BY_ONE.replace("坚持建好一个带动一个", "到2027年，建成一个市级数据平台")
    assert [t[:2] for t in _targets(_draft(text))] == [(1, "个")]

"""Conventions of whole plans that the synthetic_c set (SYNTHETIC_C.md, measurement 1) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked as a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _targets, _tasks

PROVINCE = {"slug": "p", "name": "某省", "level": "municipality"}

# 1. A part whose title says it BUILDS a foundation (二、夯实人工智能发展基础) holds tasks: its
#    words match those of a part reviewing the present (一、发展基础), but its numbered items
#    carry agency annotations, which no review of the present does.

_FOUNDATION = (
    "某省深入实施“人工智能+”行动方案\n"
    "一、总体要求\n"
    "　　到2027年，全省人工智能核心产业规模突破1000亿元。\n"
    "二、夯实人工智能发展基础\n"
    "（一）提升算力供给能力\n"
    "1.优化算力布局。建设智算中心。（责任单位：省发展改革委牵头，省数据局配合）\n"
    "2.推进算力普惠。实施算力券。（省数据局牵头，省直有关部门按职责分工负责）\n"
    "三、推进“人工智能+”产业赋能\n"
    "（一）人工智能+制造\n"
    "1.推动智能化改造。建设智能工厂。（责任单位：省工业和信息化厅牵头，省科技厅配合）\n"
)


def test_a_part_building_a_foundation_holds_its_annotated_tasks():
    tasks = _tasks(data := _draft(_FOUNDATION, PROVINCE))
    assert [t["title"] for t in tasks] == ["优化算力布局", "推进算力普惠", "推动智能化改造"]
    assert _roles(data, tasks[0]) == {"lead": ["省发展改革委"], "supporting": ["省数据局"]}


def test_control_a_review_of_the_present_holds_no_task():
    text = (
        "某市人工智能发展规划\n一、发展基础\n"
        "1.产业规模持续壮大。2025年，全市人工智能核心产业规模达到120亿元。\n"
        "2.创新能力不断提升。建成省级以上创新平台30个。\n"
        "二、重点任务\n1.建设算力中心。建设智算中心。（责任单位：市数据局）\n"
    )
    tasks = _tasks(data := _draft(text))
    assert [t["title"] for t in tasks] == ["建设算力中心"]
    assert _targets(data) == []

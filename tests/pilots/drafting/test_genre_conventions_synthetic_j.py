"""Conventions of the genre that the synthetic_j set (SYNTHETIC_J.md, measurement 1) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft``. Each failed on the importer before its rule unless marked a control."""

from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

# 1. A line after a group's last item gives the roles of the whole group: "以上任务由X牵头，Y、Z
#    配合。" covers every item of the group that carries no annotation of its own (an item
#    annotated itself keeps its own); "以上第1、2项由X牵头，Y配合；第3项由Z牵头。" gives each
#    named item its part; "以上任务由X、Y按职责分工负责。" makes both responsible for each. The
#    line is no part of the last item's text.

_GROUP_LINES = (
    "某县“人工智能+”行动工作方案（2026—2027年）\n"
    "一、重点任务\n"
    "（一）夯实基础\n"
    "1.建设算力中心。统筹建设县域智算中心。\n"
    "2.开放公共数据。推动公共数据有序开放。\n"
    "3.培育企业。引进培育人工智能企业。（县科技局牵头，县经开区管委会配合）\n"
    "以上任务由县发改局牵头，县数据局、县工信局配合。\n"
    "（二）拓展应用\n"
    "4.发展智慧农业。推广智能农机。\n"
    "5.推进数字治理。推广基层治理平台。\n"
    "6.发展智慧文旅。推广智慧导览。\n"
    "以上第4、5项由县农业农村局牵头，各乡镇配合；第6项由县文旅局牵头，县商务局配合。\n"
    "（三）改善民生\n"
    "7.推进智慧教育。建设智慧校园。\n"
    "8.推进智慧医疗。推广辅助诊断。\n"
    "以上任务由县教育局、县卫健局按职责分工负责。\n"
)


def test_a_line_after_a_group_gives_the_roles_of_its_items():
    data = _draft(_GROUP_LINES)
    tasks = _tasks(data)
    roles = {t["title"]: _roles(data, t) for t in tasks}
    group = {"lead": ["县发改局"], "supporting": ["县数据局", "县工信局"]}
    assert roles["建设算力中心"] == group
    assert roles["开放公共数据"] == group
    assert roles["培育企业"] == {"lead": ["县科技局"], "supporting": ["县经开区管委会"]}
    farming = {"lead": ["县农业农村局"], "supporting": ["各乡镇"]}
    assert roles["发展智慧农业"] == farming
    assert roles["推进数字治理"] == farming
    assert roles["发展智慧文旅"] == {"lead": ["县文旅局"], "supporting": ["县商务局"]}
    duties = {"responsible": ["县教育局", "县卫健局"]}
    assert roles["推进智慧教育"] == duties
    assert roles["推进智慧医疗"] == duties
    assert not any("以上" in t["text"] for t in tasks)

"""Conventions of the genre that the synthetic_s set (SYNTHETIC_S.md, measurement 1) left open:
each a short text written to test the form (not a copy of any plan), drafted end to end through
``plan_draft`` or read by the list splitter. Each failed on the importer before its rule unless
marked a control."""

from pilots.drafting.names import agency_names_split
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks

DISTRICT = {"slug": "some-district", "name": "某区", "level": "district"}


# 1. A district's towns and sub-districts named as levels after 各 with no body after them
#    ("各街道、镇", "各乡、镇", "各乡镇、街道"): the levels share the 各 — one collective (each
#    sub-district's office and each town's government), never split into 各街道 and a bare 镇
#    that names no body. Where the list goes on after them, it goes on.


def test_sub_county_levels_after_ge_ending_a_list_are_one_collective():
    assert agency_names_split("区大数据发展局、各街道、镇") == ["区大数据发展局", "各街道、镇"]
    assert agency_names_split("各乡、镇") == ["各乡、镇"]
    assert agency_names_split("各乡镇、街道，区农业农村委") == ["各乡镇、街道", "区农业农村委"]
    assert agency_names_split("各街道、镇、区应急管理局") == ["各街道、镇", "区应急管理局"]


def test_levels_sharing_the_body_after_them_stay_one_collective():
    """Control: the levels before a body's name share it (各县、市、区人民政府), as before."""
    assert agency_names_split("各县、市、区人民政府，市工信局") == [
        "各县、市、区人民政府",
        "市工信局",
    ]


def test_a_task_supported_by_each_sub_district_and_town_names_one_collective():
    text = (
        "某区“人工智能+”行动方案\n"
        "一、重点任务\n"
        "1.推进基层智治。建设基层治理智能监测系统。"
        "（牵头单位：区大数据发展局；配合单位：区政府办公室、各街道、镇）\n"
        "2.发展智慧养老。建设智慧养老服务平台。（区民政局牵头，区卫生健康委、各乡、镇配合）\n"
    )
    data = _draft(text, DISTRICT)
    first, second = _tasks(data)
    assert _roles(data, first) == {
        "lead": ["区大数据发展局"],
        "supporting": ["区政府办公室", "各街道、镇"],
    }
    assert _roles(data, second) == {
        "lead": ["区民政局"],
        "supporting": ["区卫生健康委", "各乡、镇"],
    }

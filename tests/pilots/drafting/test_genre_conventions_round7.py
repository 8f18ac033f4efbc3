"""Conventions of the genre the sixth held-out collection (HELDOUT6.md, measurements 1–3) left
open, and input forms a real PDF or Word plan takes, each as a short text written to test the
form (not a copy of a real plan), drafted end to end through ``plan_draft``. Each failed on the
importer of 5a528ab."""

import pytest

from tests.pilots.drafting.test_genre_conventions import (
    PROVINCE,
    _draft,
    _named_targets,
    _roles,
    _tasks,
)


@pytest.mark.parametrize(
    "rule",
    [
        "列第一位为牵头单\n位，下同",
        "排名第一者为牵\n头单位",
        "列首位者为牵头单位，下同",
        "排在最前的为牵头单位",
    ],
)
def test_an_annotation_a_pdf_broke_over_lines_around_a_nested_parenthesis_is_read(rule):
    # a PDF's lines break anywhere: inside the list, after a name's own parenthesis (a place
    # written in brackets inside an agency's name), and inside the lead rule stated once
    data = _draft(
        "某省推动低空经济发展实施方案\n二、重点任务\n（一）规划引领行动\n"
        "1.编制航空发展规划。研判发展形势，明确航\n空发展思路。（责任单位：省交通运输厅、东湖（临港）\n"
        f"机场建设指挥部、省发展改革委、省自然资源厅。{rule}）\n"
        "2.制定低空发展规划。坚持规划先行。（责任单位：省发展改革委、省交通运输厅）",
        PROVINCE,
    )
    first, second = _tasks(data)
    assert _roles(data, first) == {
        "lead": ["省交通运输厅"],
        "responsible": ["东湖(临港)机场建设指挥部", "省发展改革委", "省自然资源厅"],
    }
    assert _roles(data, second) == {"lead": ["省发展改革委"], "responsible": ["省交通运输厅"]}


def _read_one_byte_off(text: str) -> str:
    """A page that decoded GBK one byte off: the lost byte printed "?", the run after it misread
    until an ASCII byte brings the reading back into step."""
    return " ?" + (b"\xa1" + text.encode("gbk")).decode("gbk")


def _utf8_read_as_gbk(text: str) -> str:
    return text.encode("utf-8").decode("gbk")


def test_mojibake_whose_bytes_survive_is_re_read_in_cleaning():
    # a repost of Traditional work points whose first numbering is GBK read one byte off
    # (" ?。ㄒ唬┡c…"), and a copy with one heading's UTF-8 read as GBK ("鎺ㄨ繘…")
    data = _draft(
        "某市2023年數字政府工作要點\n一、夯實數字底座\n"
        + _read_one_byte_off("（一）與時俱進，完善工作機制。")
        + "建立工作專班。\n"
        + "（二）"
        + _utf8_read_as_gbk("推进政务服务")
        + "。推进一网通办。"
    )
    assert [t["title"] for t in _tasks(data)] == ["与时俱进，完善工作机制", "推进政务服务"]
    assert {"find": "?。ㄒ唬┡c", "replace": "（一）与"} in data["source_cleaning"]["restorations"]


def test_counts_scaled_by_万_and_亿_are_drafted_in_their_base_unit_money_in_亿元():
    data = _draft(
        "某省数据要素市场化配置改革行动方案\n一、工作目标\n"
        "到2026年底，全省归集公共数据3亿条以上，数据服务覆盖1.2亿人次，新增数据标注岗位2.5万个，"
        "数字经济规模达到1.5万亿元，数据产业营收突破800亿元。\n二、重点任务\n（一）建设数据平台。建设平台。",
        PROVINCE,
    )
    assert sorted((t[2], t[3], t[1]) for t in _named_targets(data)) == [
        (800, "亿元", "gt"),
        (15000, "亿元", "eq"),
        (25000, "个", "eq"),
        (120000000, "人次", "eq"),
        (300000000, "条", "gte"),
    ]

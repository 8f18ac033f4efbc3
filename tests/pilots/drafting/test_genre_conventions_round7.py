"""Conventions of the genre the sixth held-out collection (HELDOUT6.md, measurements 1–3) left
open, and input forms a real PDF or Word plan takes, each as a short text written to test the
form (not a copy of a real plan), drafted end to end through ``plan_draft``. Each failed on the
importer of 5a528ab."""

import pytest

from tests.pilots.drafting.test_genre_conventions import (
    PROVINCE,
    _draft,
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

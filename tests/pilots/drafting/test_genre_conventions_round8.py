"""Conventions of the genre the seventh held-out collection (HELDOUT7.md, measurement 1) left
open, each as a short text written to test the form (not a copy of a real plan), drafted end to
end through ``plan_draft``. Each failed on the importer of a04524b."""

import pytest

from tests.pilots.drafting.test_genre_conventions import PROVINCE, _draft, _named_targets


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("平均办理时长原则上不超过30分钟", (30, "分钟")),
        ("热线“3”分钟内接通", (3, "分钟")),
        ("企业开办时间压缩至2个工作日以内", (2, "个工作日")),
        ("投诉办结时限控制在5天以内", (5, "天")),
        ("一般事项审批时间缩短至3个工作日", (3, "个工作日")),
    ],
)
def test_an_upper_bound_on_a_service_time_is_an_lte_target(phrase, expected):
    data = _draft(
        f"某市优化政务服务实施方案\n一、工作目标\n到2026年，政务服务事项网办率达到90%，{phrase}。\n"
        "二、重点任务\n（一）推进智能预填。实施数据共享。",
        PROVINCE,
    )
    value, unit = expected
    found = [t[1:] for t in _named_targets(data) if t[3] == unit]
    assert found == [("lte", value, unit, 2026)]


def test_a_service_s_hours_and_a_quoted_scheme_figure_are_no_targets():
    # “2”条渠道 names a part of the “021” service scheme; 24小时 describes when it is open
    data = _draft(
        "某市优化政务服务实施方案\n一、工作目标\n到2026年，网办率达到90%，提供“021”帮办服务"
        "（线上和线下“2”条渠道），建设24小时不打烊网上大厅，提供7×24小时咨询服务。\n"
        "二、重点任务\n（一）推进智能预填。实施数据共享。",
        PROVINCE,
    )
    assert [(t[1], t[2], t[3]) for t in _named_targets(data)] == [("eq", 90, "%")]

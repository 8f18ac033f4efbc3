"""The outline read from the numbering found: styles, levels that are not fixed, parts."""

import pytest

from pilots.drafting.headings import heading_only, heading_phrase, named_item
from pilots.drafting.outline import outline_read
from pilots.drafting.parts import parts_of


def _shape(text: str) -> list[tuple[int, str, str]]:
    """(depth, style, number) of every numbered line."""
    return [(n.depth, n.line.style, n.line.number) for n in outline_read(text).walk() if n.numbered]


@pytest.mark.parametrize(
    ("line", "style", "number", "body"),
    [
        ("一、总体要求", "cn_dun", "一", "总体要求"),
        ("十二、保障措施", "cn_dun", "十二", "保障措施"),
        ("(一)指导思想", "cn_paren", "一", "指导思想"),
        ("（十三）强化统筹", "cn_paren", "十三", "强化统筹"),
        ("1.建设平台。", "digit", "1", "建设平台。"),
        ("1．建设平台", "digit", "1", "建设平台"),
        ("12、建设平台", "digit", "12", "建设平台"),
        ("1﹒促进科学研究范式变革。", "digit", "1", "促进科学研究范式变革。"),
        ("8。优化场景资源的供给", "digit", "8", "优化场景资源的供给"),  # a repost's full stop
        ("(1)研发设计；", "digit_paren", "1", "研发设计；"),
        ("（2）生产调度", "digit_paren", "2", "生产调度"),
        ("①改造生产线", "circled", "①", "改造生产线"),
        ("第三章 支持措施", "chapter", "三", "支持措施"),
        ("第二部分 重点任务", "chapter", "二", "重点任务"),
        ("１２．建设平台", "digit", "１２", "建设平台"),
        ("第十二条 支持算力建设。", "article", "十二", "支持算力建设。"),
        ("1.1 深度学习理论。研究…", "digit_sub", "1.1", "深度学习理论。研究…"),
        ("2-3 智能芯片。应用…", "digit_sub", "2-3", "智能芯片。应用…"),
        ("（1-2）类脑智能计算理论。", "digit_sub_paren", "1-2", "类脑智能计算理论。"),
    ],
)
def test_numbering_styles(line, style, number, body):
    node = outline_read(line).items[0]
    assert (node.line.style, node.line.number, node.line.body) == (style, number, body)


@pytest.mark.parametrize(
    "line",
    ["2025年，全市…", "5G网络全覆盖", "2.5万亿元", "一是加强领导", "——产业规模。", "1.5亿元以上"],
)
def test_lines_that_are_not_numbered(line):
    assert not outline_read(line).items[0].numbered


def test_levels_follow_the_document_not_fixed_positions():
    # A style nests under those open the first time it appears, and closes deeper ones when it
    # comes back: 一、 → (一) → 1. → (1), then 二、 closes all of them.
    text = "一、甲\n（一）乙\n1.丙\n（1）丁\n2.戊\n（二）己\n二、庚\n1.辛壬"
    assert _shape(text) == [
        (1, "cn_dun", "一"), (2, "cn_paren", "一"), (3, "digit", "1"), (4, "digit_paren", "1"),
        (3, "digit", "2"), (2, "cn_paren", "二"), (1, "cn_dun", "二"), (2, "digit", "1"),
    ]  # fmt: skip
    # A document whose top level is (一): the same tree one level up. ((二) holds a sentence: a
    # bare heading printed last with nothing under it would be a cut part, no node.)
    assert _shape("（一）甲\n1.乙\n（二）丙。丁") == [
        (1, "cn_paren", "一"), (2, "digit", "1"), (1, "cn_paren", "二"),
    ]  # fmt: skip


def test_unnumbered_paragraphs_hang_under_the_line_before():
    root = outline_read("前言一段。\n一、总体要求\n坚持创新驱动。\n（一）目标\n到2027年…")
    first = root.items[0]
    assert not first.numbered and first.line.raw == "前言一段。"
    part = root.children[0]
    assert [p.line.raw for p in part.paragraphs] == ["坚持创新驱动。"]
    assert part.children[0].paragraphs[0].line.raw == "到2027年…"


def test_headings_with_or_without_a_full_stop():
    assert heading_only("开展应用基础理论研究")
    assert heading_only("实施人工智能技术创新行动,增强核心竞争力。")
    assert not heading_only("建设平台。支持高校建设实验室。")
    assert heading_phrase("建设平台。支持高校建设实验室。") == "建设平台"
    assert heading_phrase("数据要素工程：建设城市数据资源体系。") == "数据要素工程"
    assert heading_phrase("一段只有一句话的短文本。") is None


def test_an_annotation_right_after_the_heading_phrase_is_no_part_of_it():
    text = "推进基础研究（牵头单位：市科技局；配合单位：市教委）。布局前沿技术研究。"
    assert heading_phrase(text) == "推进基础研究"
    assert (
        heading_phrase("加强组织领导(市科技局牵头,相关部门配合)。成立领导小组。") == "加强组织领导"
    )
    assert heading_phrase("推进研究（牵头单位：市科技局）。") is None  # nothing after it


def test_named_items():
    assert named_item("智能电网。智能电网即电网的智能化") == "智能电网"
    assert named_item("数据要素提升工程：建设城市数据资源体系") == "数据要素提升工程"
    assert named_item("积极向粤港澳大湾区等国内外发达地区开展“云引智”模式,通过") is None


def test_what_each_part_holds():
    text = (
        "一、总体要求\n（一）指导思想\n（二）发展目标\n二、夯实基础\n（一）建设平台。…（责任单位：市科技局）\n"
        "三、实施重大工程\n（一）算力工程\n四、保障措施\n（一）加强领导\n五、附则\n本方案自印发之日起施行。"
    )
    _preamble, parts = parts_of(outline_read(text))
    assert [(p.title, p.kind) for p in parts] == [
        ("总体要求", "context"),
        ("夯实基础", "key_task"),  # no keyword, but it holds annotated items
        ("实施重大工程", "engineering"),
        ("保障措施", "safeguard"),
        ("附则", "context"),
    ]


def test_an_annex_after_the_plan_is_not_part_of_its_outline():
    text = "\n".join(
        [
            "一、重点任务",
            "1.建设平台。",
            "2.开放场景。",
            "三、保障措施",
            "加强领导。",
            "附件：重点任务分工表",
            "1 建设平台 市发改委",
        ]
    )
    root = outline_read(text)
    assert [n.line.raw for n in root.walk()][-1] == "加强领导。"


def test_a_part_title_ending_in_goals_holds_goals():
    from pilots.drafting.parts import part_kind

    assert [part_kind(t) for t in ("行动目标", "主要目标", "工作目标", "目标任务", "重点任务")] == [
        "goals", "goals", "goals", "key_task", "key_task",
    ]  # fmt: skip


def test_a_heading_printed_last_with_nothing_under_it_is_a_cut_part():
    assert _shape("（一）甲\n1.乙\n（二）丙丁") == [(1, "cn_paren", "一"), (2, "digit", "1")]
    # a cut item of a level holding no items elsewhere survives (its words are the task's)
    assert _shape("（一）甲\n1.乙\n2.丙丁") == [
        (1, "cn_paren", "一"), (2, "digit", "1"), (2, "digit", "2"),
    ]  # fmt: skip


def test_sub_numbers_nest_under_their_item():
    """1. 加强基础研究 → 1.1 / 1-1 / （1-1）: a level under 1., each its own item."""
    for first, second in (("1.1", "1.2"), ("1-1", "1-2"), ("（1-1）", "（1-2）")):
        lines = [
            "一、重点任务",
            "1.加强基础研究。",
            f"{first}深度学习。研究…",
            f"{second}类脑。研究…",
        ]
        shape = [
            (depth, number)
            for depth, _style, number in _shape("\n".join([*lines, "2.攻关。研究…"]))
        ]
        subs = [first.strip("（）"), second.strip("（）")]
        assert shape == [(1, "一"), (2, "1"), (3, subs[0]), (3, subs[1]), (2, "2")]

"""Items numbered by the heavenly stems (甲、乙、丙、丁… or （甲）（乙）): a numbering level of
their own, placed by the document like every other; typed, or printed by Word's list numbering
(numFmt ideographTraditional)."""

import pytest

from pilots.drafting.outline import outline_read
from tests.pilots.drafting.test_genre_conventions import _draft, _roles, _tasks
from tests.pilots.drafting.test_word_numbering import W, _numbered

PLAN = """青山市推动人工智能产业发展行动方案
一、总体要求
到2027年，全市人工智能核心产业规模达到500亿元。
二、重点任务
（一）夯实算力基础
甲、建设智算中心。新建智能算力设施。（责任单位：市发展改革委）
乙、开放公共数据。分批开放公共数据集。（责任单位：市数据局）
（二）推动产业发展
甲、培育龙头企业。支持企业做大做强。（责任单位：市工业和信息化局）
乙、壮大创新主体。扶持一批初创企业。（责任单位：市科技局）
丙、建设产业园区。打造人工智能产业园。（责任单位：市商务局）
"""


def _shape(text: str) -> list[tuple[int, str, str]]:
    return [(n.depth, n.line.style, n.line.number) for n in outline_read(text).walk() if n.numbered]


@pytest.mark.parametrize(
    ("line", "number", "body"),
    [("甲、建设智算中心", "甲", "建设智算中心"), ("（乙）开放公共数据", "乙", "开放公共数据"),
     ("(丁)培育企业", "丁", "培育企业"), ("癸．保障经费", "癸", "保障经费")],
)  # fmt: skip
def test_a_stem_numbers_a_line(line, number, body):
    node = outline_read(line).items[0]
    assert (node.line.number, node.line.body) == (number, body)
    assert node.line.value == "甲乙丙丁戊己庚辛壬癸".index(number) + 1


@pytest.mark.parametrize("line", ["甲、乙双方共同推进项目建设", "甲方负责建设", "乙醇汽油推广"])
def test_a_sentence_naming_parties_is_no_item(line):
    assert not outline_read(line).items[0].numbered


def test_stems_and_bracketed_stems_are_levels_of_their_own():
    """(一) then 甲、 then （甲）: three levels, not 甲、 read as a paragraph or as 一、."""
    text = (
        "一、重点任务\n（一）夯实基础\n甲、建设中心\n（甲）选址\n（乙）建设\n乙、开放数据\n"
        "（二）发展产业\n甲、培育企业"
    )
    shape = _shape(text)
    assert [depth for depth, _, _ in shape] == [1, 2, 3, 4, 4, 3, 2, 3]
    assert len({style for _, style, _ in shape}) == 4


def _check_plan(data: dict) -> None:
    tasks = _tasks(data)
    titles = [t["title"] for t in tasks]
    assert titles == [
        "建设智算中心",
        "开放公共数据",
        "培育龙头企业",
        "壮大创新主体",
        "建设产业园区",
    ]
    assert _roles(data, tasks[1]) == {"responsible": ["市数据局"]}
    assert [s["title"] for s in data["sections"]] == ["夯实算力基础", "推动产业发展"]


def test_a_plan_whose_tasks_are_numbered_by_stems():
    _check_plan(_draft(PLAN))


def test_a_word_list_numbered_by_stems_reads_as_typed():
    """A .docx whose task level Word numbers 甲、乙、 (numFmt ideographTraditional): the text
    read was 一、二、, the tasks taken for parts."""
    from docx import Document
    from docx.oxml import parse_xml

    levels = (("chineseCounting", "%1、"), ("chineseCounting", "（%2）"),
              ("ideographTraditional", "%3、"))  # fmt: skip
    document = Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="70"><w:multiLevelType w:val="multilevel"/>'
        + "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'
            for i, (fmt, text) in enumerate(levels)
        ) + "</w:abstractNum>"))  # fmt: skip
    numbering.append(parse_xml(f'<w:num {W} w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))
    marks = {"一": 0, "二": 0, "（一）": 1, "（二）": 1, "甲": 2, "乙": 2, "丙": 2}
    paragraphs = []
    for line in PLAN.splitlines():
        mark = next((m for m in marks if line.startswith(m)), None)
        paragraphs.append((marks[mark], line[len(mark) :].lstrip("、")) if mark else (None, line))
    text = _numbered(document, paragraphs, "70")
    assert text.splitlines() == PLAN.splitlines()
    _check_plan(_draft(text))


def test_a_stem_numbered_task_s_passage_holds_its_number():
    """The passage of a task the review page marks in the source starts at its line's number, as
    for 1. or （一）: 甲、 was left outside it."""
    from pilots.drafting.passages import passages_locate

    data = _draft(PLAN)
    tasks = [p for p in passages_locate(PLAN, data) if p.kind == "task"]
    assert [PLAN[p.start : p.start + 2] for p in tasks] == ["甲、", "乙、", "甲、", "乙、", "丙、"]


def test_stem_numbered_items_run_together_on_one_line_are_split():
    """A web copy's paragraph holding its items one after another ("…两项。甲、…。乙、…"): each
    甲、 乙、 continuing the numbering starts a line, as 1. 2. do; 甲、乙、丙三方 stays whole."""
    from pilots.drafting.paragraphs import paragraphs_split

    lines = [
        "（一）夯实算力基础。具体包括两项。",
        "甲、建设智算中心。",
        "乙、开放公共数据，由甲、乙、丙三方共建。",
    ]
    assert paragraphs_split("".join(lines))[0].splitlines() == lines


def test_a_bracketed_stem_is_bracketed_in_the_task_code():
    """（甲） under 甲、: its code piece is (甲), as (一) is for （一）, not 甲 again."""
    text = (
        "青山市行动方案\n一、重点任务\n（一）夯实算力基础\n甲、建设智算中心\n"
        "（甲）选址布局。（责任单位：市发展改革委）\n（乙）建设机房。（责任单位：市数据局）"
    )
    assert [t["code"] for t in _tasks(_draft(text))] == ["一.(一).甲.(甲)", "一.(一).甲.(乙)"]

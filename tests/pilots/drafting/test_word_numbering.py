"""Numbers Word's list numbering prints before a .docx's paragraphs, in the ways offices' files
define their lists."""

import io

import pytest

from pilots.drafting.inputs import document_from_bytes
from tests.pilots.drafting.test_genre_conventions import _draft, _tasks

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
LEVELS = (("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."))


def _levels() -> str:
    return "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
        for i, (fmt, text) in enumerate(LEVELS)
    )


def _numbered(document, paragraphs: list[tuple[int | None, str]], num_id: str) -> str:
    """The text read from ``document`` with these paragraphs, (level, text) each: numbered at
    that level of list instance ``num_id`` (no number typed), or plain."""
    from docx.oxml import parse_xml

    for level, text in paragraphs:
        paragraph = document.add_paragraph(text)
        if level is not None:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
            ))  # fmt: skip
    buffer = io.BytesIO()
    document.save(buffer)
    return document_from_bytes("plan.docx", buffer.getvalue()).text


PARAGRAPHS = [
    (None, "青山市人工智能行动方案"),
    (0, "总体要求"),
    (None, "到2027年，全市人工智能核心产业规模达到500亿元。"),
    (0, "重点任务"),
    (1, "夯实算力基础"),
    (2, "建设智算中心。（责任单位：市发展改革委）"),
    (2, "开放公共数据。（责任单位：市数据局）"),
    (1, "推动产业发展"),
    (2, "培育龙头企业。（责任单位：市工业和信息化局）"),
]
PRINTED = [  # a gap after each number: Word's default w:suff, a tab
    "青山市人工智能行动方案",
    "一、 总体要求",
    "到2027年，全市人工智能核心产业规模达到500亿元。",
    "二、 重点任务",
    "（一） 夯实算力基础",
    "1. 建设智算中心。（责任单位：市发展改革委）",
    "2. 开放公共数据。（责任单位：市数据局）",
    "（二） 推动产业发展",
    "1. 培育龙头企业。（责任单位：市工业和信息化局）",
]


def test_a_list_defined_by_a_list_style_is_numbered_by_that_style_s_levels():
    """A list made from a list style (Word's 定义新的列表样式): its w:abstractNum holds no levels,
    only a w:numStyleLink to the numbering style, whose w:numPr names the list instance whose
    definition (w:styleLink) has the levels (ECMA-376 §17.9.21). Its paragraphs were read with
    no number: 总体要求 and 重点任务 no headings, the items no tasks."""
    from docx import Document
    from docx.oxml import parse_xml

    document = Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="80"><w:multiLevelType w:val="multilevel"/>'
        f'<w:styleLink w:val="PlanList"/>{_levels()}</w:abstractNum>'))  # fmt: skip
    numbering.insert(1, parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="81"><w:multiLevelType w:val="multilevel"/>'
        '<w:numStyleLink w:val="PlanList"/></w:abstractNum>'))  # fmt: skip
    for num in ("80", "81"):
        numbering.append(
            parse_xml(f'<w:num {W} w:numId="{num}"><w:abstractNumId w:val="{num}"/></w:num>')
        )
    document.styles.element.append(parse_xml(
        f'<w:style {W} w:type="numbering" w:styleId="PlanList"><w:name w:val="Plan List"/>'
        '<w:pPr><w:numPr><w:numId w:val="80"/></w:numPr></w:pPr></w:style>'))  # fmt: skip
    assert _numbered(document, PARAGRAPHS, "81").splitlines() == PRINTED


SUFFIXED = [
    (None, "青山市人工智能行动方案"),
    (0, "5G网络全覆盖。新建基站1000个。（责任单位：市通信管理局）"),
    (0, "建设数据中心。新建智算中心2个。（责任单位：市数据局）"),
]


@pytest.mark.parametrize(
    ("suff", "gap"), [("tab", " "), ("space", " "), ("nothing", ""), (None, " ")]
)
def test_the_separator_word_prints_after_a_number(suff, gap):
    """A level's w:suff (a tab, Word's default; a space; nothing): the gap Word shows between its
    number and the text is a space, as a typist would leave it, and no gap is none. "1." run into
    "5G网络…" was read as item 1.5 with the body "G网络…", 2. a task under it."""
    from docx import Document
    from docx.oxml import parse_xml

    suffix = f'<w:suff w:val="{suff}"/>' if suff else ""
    document = Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="60"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>{suffix}</w:lvl></w:abstractNum>'
    ))  # fmt: skip
    numbering.append(parse_xml(f'<w:num {W} w:numId="60"><w:abstractNumId w:val="60"/></w:num>'))
    lines = _numbered(document, SUFFIXED, "60").splitlines()
    assert lines[1:] == [f"1.{gap}{SUFFIXED[1][1]}", f"2.{gap}{SUFFIXED[2][1]}"]
    if gap:
        data = _draft("\n".join(lines))
        assert [(t["code"], t["title"]) for t in _tasks(data)] == [
            ("1", "5G网络全覆盖"),
            ("2", "建设数据中心"),
        ]

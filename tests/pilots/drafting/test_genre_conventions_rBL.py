# ruff: noqa: E501  (plan text as the offices write it)
"""Word files as offices post them (synthetic_bl): a Word 97–2003 .doc whose 一、 / （一） headings are
numbered by a list defined on the heading STYLES (no number in the text, none on the paragraphs) and
whose items are numbered by lists set on the paragraphs. Each a short plan written for the test, not a
copy of any plan. Each failed on the importer before its rule unless marked as a control.

The .doc (documents/style_numbered_headings.doc) is the .docx ``style_numbered_docx`` writes, saved as
Word 97–2003 by LibreOffice 7.4: ``python -m tests.pilots.drafting.test_genre_conventions_rBL`` (needs
soffice) writes it again.
"""

import io
from pathlib import Path

from pilots.drafting import document_read
from tests.pilots.drafting.conftest import DOCUMENTS, doc_written_by_libreoffice
from tests.pilots.drafting.test_genre_conventions import _draft, _tasks

STYLE_NUMBERED_DOC = DOCUMENTS / "style_numbered_headings.doc"

# (kind, text): h1 / h2 a heading of style Heading 1 / 2 (numbered by the style's list), item1 /
# item2 a paragraph of the first / second group's list of items (each counts from 1),
# bullet a bulleted paragraph, plain an unnumbered one, annex a Heading 1 whose numbering is undone.
PLAN = [
    ("plain", "某县“人工智能+”行动方案"),
    ("h1", "总体要求"),
    ("h2", "发展目标"),
    ("plain", "到2027年，全县人工智能核心产业规模达到20亿元，打造应用场景30个。"),
    ("h1", "重点任务"),
    ("h2", "夯实算力基础"),
    ("item1", "建设智算中心。建成智能算力规模50P。（牵头单位：县发改局；配合单位：县数据局）"),
    ("item1", "开放公共数据。每年开放数据集20个。（牵头单位：县数据局）"),
    ("h2", "推动产业发展"),
    ("item2", "培育骨干企业。培育企业10家。（牵头单位：县工信局）"),
    ("item2", "打造应用场景。（牵头单位：县科技局；配合单位：县工信局）"),
    ("h1", "保障措施"),
    ("h2", "加强组织领导"),
    ("plain", "成立县推进工作专班，统筹推进各项任务。"),
    ("bullet", "专班每季度召开一次会议。"),
    ("h2", "强化要素保障"),
    ("plain", "统筹资金支持重点项目建设。"),
    ("annex", "附件"),
    ("plain", "重点项目清单"),
]

_HEADINGS = """<w:abstractNum {ns} w:abstractNumId="{id}"><w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>
    <w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/>
    <w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>"""
_ITEMS = """<w:abstractNum {ns} w:abstractNumId="{id}"><w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>"""
_BULLETS = """<w:abstractNum {ns} w:abstractNumId="{id}"><w:multiLevelType w:val="singleLevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl>
  </w:abstractNum>"""
_NUMS = [
    f'<w:num {{ns}} w:numId="{n}"><w:abstractNumId w:val="{n}"/></w:num>' for n in range(80, 84)
]
_PARAGRAPH_LIST = {"item1": "81", "item2": "82", "bullet": "83", "annex": "0"}


def style_numbered_docx() -> bytes:
    """PLAN as a .docx: the heading styles carry the list (w:numPr in styles.xml, each level naming
    its style), the items and the bullet their own w:numPr, the annex heading numId 0 (none)."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    ns = nsdecls("w")
    document = Document()
    numbering = document.part.numbering_part.element
    abstracts = (_HEADINGS, _ITEMS, _ITEMS, _BULLETS)  # numIds 80–83, a list each
    for at, abstract in enumerate(abstracts):
        numbering.insert(at, parse_xml(abstract.format(ns=ns, id=80 + at)))
    for num in _NUMS:
        numbering.append(parse_xml(num.format(ns=ns)))
    for level, name in enumerate(("Heading 1", "Heading 2")):
        document.styles[name].element.get_or_add_pPr().insert(0, parse_xml(
            f'<w:numPr {ns}><w:ilvl w:val="{level}"/><w:numId w:val="80"/></w:numPr>'
        ))  # fmt: skip
    for kind, text in PLAN:
        style = {"h1": "Heading 1", "h2": "Heading 2", "annex": "Heading 1"}.get(kind)
        paragraph = document.add_paragraph(text, style=style)
        if kind in _PARAGRAPH_LIST:
            ppr = paragraph._p.get_or_add_pPr()
            ppr.insert(0 if ppr.find(qn("w:pStyle")) is None else 1, parse_xml(
                f'<w:numPr {ns}><w:ilvl w:val="0"/><w:numId w:val="{_PARAGRAPH_LIST[kind]}"/></w:numPr>'
            ))  # fmt: skip
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


PRINTED = [  # as Word shows PLAN: the numbers its lists give, the items' tab a gap
    "某县“人工智能+”行动方案", "一、总体要求", "（一）发展目标",
    "到2027年，全县人工智能核心产业规模达到20亿元，打造应用场景30个。", "二、重点任务", "（一）夯实算力基础",
    "1. 建设智算中心。建成智能算力规模50P。（牵头单位：县发改局；配合单位：县数据局）",
    "2. 开放公共数据。每年开放数据集20个。（牵头单位：县数据局）", "（二）推动产业发展",
    "1. 培育骨干企业。培育企业10家。（牵头单位：县工信局）",
    "2. 打造应用场景。（牵头单位：县科技局；配合单位：县工信局）", "三、保障措施", "（一）加强组织领导",
    "成立县推进工作专班，统筹推进各项任务。", "专班每季度召开一次会议。", "（二）强化要素保障",
    "统筹资金支持重点项目建设。", "附件", "重点项目清单",
]  # fmt: skip


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_a_doc_prints_the_numbers_its_heading_styles_and_paragraph_lists_give():
    """The headings' style (Heading 1 / 2) carries sprmPIlfo / sprmPIlvl to a chineseCounting
    list, with nothing but the style on the paragraphs; the items carry their own lists."""
    document = document_read(STYLE_NUMBERED_DOC)
    assert document.kind == "doc"
    assert _lines(document.text) == PRINTED


def test_a_doc_with_style_numbered_headings_drafts_its_sections_and_tasks():
    data = _draft(document_read(STYLE_NUMBERED_DOC).text)
    assert [(s["numbering"], s["title"]) for s in data["sections"]] == [
        ("二、(一)", "夯实算力基础"), ("二、(二)", "推动产业发展"), ("三、", "保障措施"),
    ]  # fmt: skip
    assert [t["title"] for t in _tasks(data)] == [
        "建设智算中心", "开放公共数据", "培育骨干企业", "打造应用场景", "加强组织领导", "强化要素保障",
    ]  # fmt: skip


def test_control_a_bullet_and_a_heading_whose_numbering_is_undone_get_no_number():
    """Control (passes before the rule): a bulleted paragraph prints no number (the bullet is no
    outline number); a Heading 1 paragraph whose own sprmPIlfo is 0 undoes its style's list."""
    lines = _lines(document_read(STYLE_NUMBERED_DOC).text)
    assert "专班每季度召开一次会议。" in lines and "附件" in lines


def test_control_the_docx_of_the_same_form_reads_as_the_doc_does(tmp_path):
    """Control (passes before the rule): the .docx reader gives the style's numbers already."""
    path = tmp_path / "plan.docx"
    path.write_bytes(style_numbered_docx())
    assert _lines(document_read(path).text) == PRINTED


def test_control_a_doc_without_lists_reads_as_before():
    """Control: a .doc without list numbering (qingshan_city_conventions.doc, its text typed with
    its numbers) reads as its .txt, no number put twice."""
    plan = (DOCUMENTS / "qingshan_city_conventions.txt").read_text(encoding="utf-8")
    assert document_read(DOCUMENTS / "qingshan_city_conventions.doc").text.startswith(plan.strip())


def write_style_numbered_doc(path: Path = STYLE_NUMBERED_DOC) -> None:
    doc_written_by_libreoffice(style_numbered_docx(), path)


if __name__ == "__main__":
    write_style_numbered_doc()


# ---------------------------------------------------------------- figures of an indicator table


def _targets(data: dict) -> list[tuple]:
    return [
        (t["metric"], t["value"], t["unit"], t["comparator"], t.get("baseline"))
        for goal in data["goals"]
        for t in goal["targets"]
    ]


_HEAD = "某县“人工智能+”行动方案\n一、主要目标\n"
_TASK = "二、重点任务\n1.建设平台。建设统一平台。（责任单位：县数据局）\n"


def test_a_channel_count_reached_by_a_change_keeps_its_unit():
    """路 counts video channels only after the words naming them (视频 / 监控 …); in "从1200路
    提高到5000路" the change's start stands between those words and the figure it reaches."""
    data = _draft(
        _HEAD + "到2027年，全县接入视频共享平台的监控点位从1200路提高到5000路。\n" + _TASK
    )
    assert _targets(data) == [("接入视频共享平台的监控点位", 5000, "路", "eq", 1200)]


def test_control_a_bus_line_in_a_change_is_no_count():
    """Control: 路 without the words of a video channel before it (a bus line) counts nothing."""
    data = _draft(_HEAD + "到2027年，城乡公交线路从8路增加到12路，建成智慧站台20个。\n" + _TASK)
    assert _targets(data) == [("智慧站台", 20, "个", "eq", None)]


_TABLE = (
    "到2027年，全县人工智能应用水平明显提升。\n"
    "序号 | 指标名称 | 2025年基期值 | 2027年目标值 |\n"
    "1 | 培训数字技能人才（人次） | 3500 | 2万 |\n"
    "2 | 线上课程访问量（人次） | 5000 | 3万以上 |\n"
    "3 | 政务服务事项网办率（%） | 80 | 95 |\n"
)


def test_a_table_value_in_ten_thousands_takes_the_rows_unit():
    """A target cell "2万" in a row whose name gives the unit (人次) is 2万人次 (20000), as "2" would
    be 2人次; "3万以上" is 3万人次以上."""
    assert _targets(_draft(_HEAD + _TABLE + _TASK)) == [
        ("培训数字技能人才", 20000, "人次", "eq", 3500),
        ("线上课程访问量", 30000, "人次", "gte", 5000),
        ("政务服务事项网办率", 95, "%", "eq", 80),  # control: a plain figure, as before
    ]


_LEAD_IN = (
    "到2027年，打造应用场景30个以上，培育相关企业12家。主要指标如下：\n"
    "序号 | 指标名称 | 2027年目标值 | 2025年现状值 | 指标属性 |\n"
    "1 | 应用场景（个） | {scenes} | 6 | 预期性 |\n"
    "2 | 行业数据集（个） | 8 | 1 | 预期性 |\n"
)


def test_a_table_brought_in_by_its_paragraph_does_not_count_its_figures_twice():
    """ "主要指标如下：" ends the goal paragraph and the table follows with no caption of its own: a
    row restating the paragraph's figure (30以上 for 30个以上) is that target, printed twice
    (SOURCES.md: one target, where first printed); the table's goal is titled 主要指标."""
    data = _draft(_HEAD + _LEAD_IN.format(scenes="30以上") + _TASK)
    assert _targets(data) == [
        ("应用场景", 30, "个", "gte", None),
        ("相关企业", 12, "家", "eq", None),
        ("行业数据集", 8, "个", "eq", 1),
    ]
    assert data["goals"][-1]["title"] == "主要指标"


def test_control_a_row_with_another_figure_of_the_same_thing_stays():
    """Control: the table's row states another figure (40) than the paragraph: a target of its own."""
    data = _draft(_HEAD + _LEAD_IN.format(scenes="40") + _TASK)
    assert ("应用场景", 40, "个", "eq", 6) in _targets(data)


# ---------------------------------------------------------------- processor cores


def test_processor_cores_after_computing_resources_are_a_unit():
    """核 counts processor cores after the computing resources it measures (政务云计算资源2000核,
    vCPU 1万核), a flow after 新增 as any count."""
    data = _draft(_HEAD + "到2027年，新增政务云计算资源2000核，政务云资源vCPU达到1万核。\n" + _TASK)
    assert _targets(data) == [
        ("政务云计算资源", 2000, "核", "eq", None),
        ("政务云资源vCPU", 10000, "核", "eq", None),
    ]
    assert data["goals"][0]["targets"][0]["aggregation"] == "flow"


def test_control_core_as_a_word_counts_no_cores():
    """Control: 核心 / 核查 are words; 200核心当量 after no computing resource is no count of cores."""
    data = _draft(_HEAD + "到2027年，算力规模达到200核心当量，建设数据核心机房2个。\n" + _TASK)
    assert _targets(data) == [("数据核心机房", 2, "个", "eq", None)]


def test_a_table_value_in_the_units_multiplier_is_not_multiplied_twice():
    """A cell "300亿" in a row of 亿元 is 300亿元, not 300亿亿元."""
    table = _TABLE.replace(
        "| 3500 | 2万 |", "| 3500 | 2万 |\n4 | 核心产业规模（亿元） | 120 | 300亿 |"
    )
    assert ("核心产业规模", 300, "亿元", "eq", 120) in _targets(_draft(_HEAD + table + _TASK))

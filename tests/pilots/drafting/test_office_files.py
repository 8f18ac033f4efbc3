"""Plans as offices produce them — Word files and PDFs printed from them — read as their text is:
tables with merged cells, titles over two lines, page numbers at the foot, the annex on a page of
its own (``pilots/drafting/rendering.py`` typesets a text the same way to measure the corpus)."""

import io

from pilots.drafting import plan_draft
from pilots.drafting.inputs import document_from_bytes
from pilots.plan_fixtures import plan_document_parse
from pilots.plan_sections import tasks_in_print_order
from tests.pilots.drafting.conftest import docx_bytes

NOTICE = [
    "青山市科技局关于印发人工智能产业发展2025年重点工作的通知",
    "各区科技局，各有关单位：",
    "现将人工智能产业发展2025年重点工作分工表印发给你们，请认真抓好落实。",
    "青山市科技局",
    "2025年3月6日",
    "附件",
    "2025年重点工作分工表",
]
UNIT_TABLE = [
    ["序号", "单位名称", "2025年重点工作任务"],
    ["1", "市发展改革委", "推动智算中心二期开工建设，加大政策支持力度，培育一批龙头企业。"],
    ["1", "市发展改革委", "发挥产业基金作用，引进一批人工智能企业落户。"],
    ["2", "市教育局", "支持高校设置人工智能专业，推进人工智能同传统学科交叉融合。"],
    ["2", "市教育局", "加大青年拔尖人才引育力度，建设人工智能实训基地。"],
]


def _drafted(text: str) -> dict:
    draft = plan_draft(text, zone_slug="qingshan", source_file="plan")
    return plan_document_parse(name="draft", text=draft.to_yaml()).data


def _tasks(data: dict) -> list[tuple[str, list[str]]]:
    codes = {agency["code"]: agency["name"] for agency in data["agencies"]}
    return [
        (task["title"], [codes[c] for c in task.get("responsible", [])])
        for _, task in tasks_in_print_order(data["sections"])
    ]


def test_a_word_table_of_units_with_merged_cells_reads_as_the_table_printed_as_text():
    """序号 | 单位名称 | 任务: each task cell a task of its row's unit. Word repeats a cell merged
    over two rows (序号, 单位名称); the .docx gave one task "(单位名称：市发展改革委)" per row,
    the unit never an agency, where the same table as text gives each cell its unit."""
    as_text = "\n".join(NOTICE + [" | ".join(row) + " |" for row in UNIT_TABLE])
    word = docx_bytes(NOTICE, UNIT_TABLE, merged_down=[(0, 1, 2), (1, 1, 2), (0, 3, 4), (1, 3, 4)])
    from_word = _tasks(_drafted(document_from_bytes("plan.docx", word).text))
    assert from_word == _tasks(_drafted(as_text))
    assert [units for _, units in from_word] == [["青山市发展和改革委员会"]] * 2 + [
        ["青山市教育局"]
    ] * 2


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _word_with(xml_after: dict[int, str], lines: list[str], header: str = "") -> bytes:
    """A .docx of ``lines`` with raw WordprocessingML appended to the paragraph of each index,
    and ``header`` in the first page's header."""
    import io

    from docx import Document
    from docx.oxml import parse_xml

    document = Document()
    for index, line in enumerate(lines):
        paragraph = document.add_paragraph(line)
        if index in xml_after:
            wrapper = parse_xml(f"<w:p {W}>{xml_after[index]}</w:p>")
            for child in list(wrapper):
                paragraph._p.append(child)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _ins(text: str) -> str:
    return (
        '<w:ins w:id="1" w:author="审核" w:date="2025-03-01T00:00:00Z">'
        f"<w:r><w:t>{text}</w:t></w:r></w:ins>"
    )


def _del(text: str) -> str:
    return (
        '<w:del w:id="2" w:author="审核" w:date="2025-03-01T00:00:00Z">'
        f"<w:r><w:delText>{text}</w:delText></w:r></w:del>"
    )


def test_a_word_file_with_tracked_changes_reads_as_accepted():
    """Drafts circulate with revisions marked: inserted text is the plan's (python-docx's
    paragraph text left it out, so an annotation added in review was lost), deleted text not."""
    lines = ["一、重点任务", "（一）建设智算中心。", "（二）开放公共数据。（责任单位：市数据局）"]
    word = _word_with({1: _ins("（责任单位：市发改委）") + _del("（责任单位：市财政局）")}, lines)
    text = document_from_bytes("plan.docx", word).text
    assert "（一）建设智算中心。（责任单位：市发改委）" in text.splitlines()
    assert "市财政局" not in text


def _text_box(text: str) -> str:
    """A text box as Word 2010+ writes it: the box (wps) and a VML fallback, each holding it."""
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (
        '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing></mc:Choice><mc:Fallback><w:pict>"
        '<v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
        f"{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_text_in_a_word_text_box_is_read_once():
    """A box (专栏) set in a text box beside the task it belongs to: python-docx's text skipped it;
    Word keeps the box twice (the shape and a VML fallback for old readers), read once."""
    lines = ["一、重点任务", "（一）建设智算中心。（责任单位：市发改委）", "二、保障措施"]
    word = _word_with({1: _text_box("专栏1 到2027年，建成智算中心3个。")}, lines)
    text = document_from_bytes("plan.docx", word).text
    assert text.count("专栏1 到2027年，建成智算中心3个。") == 1
    assert text.index("（一）建设智算中心") < text.index("专栏1") < text.index("二、保障措施")


def test_a_word_title_printed_in_the_page_header_is_read():
    """A plan whose title Word sets in the first page's header (the 版头 of an office's template):
    python-docx's body left the plan untitled."""
    lines = ["一、总体要求", "到2027年，培育企业100家。", "二、重点任务",
             "（一）建设智算中心。（责任单位：市发改委）"]  # fmt: skip
    word = _word_with({}, lines, header="青山市人工智能产业发展行动方案")
    text = document_from_bytes("plan.docx", word).text
    assert text.splitlines()[0] == "青山市人工智能产业发展行动方案"
    assert _drafted(text)["plan"]["title"] == "青山市人工智能产业发展行动方案"


def test_a_word_running_head_repeating_the_title_adds_no_line():
    """Word's header printing the title on every page above a body that has it too: read as a
    first line, it put the notice's salutation and date among the plan's tasks (three seeds
    typeset so drafted 15 tasks too many)."""
    title = "青山市人工智能产业发展行动方案"
    lines = [title, "一、总体要求", "到2027年，培育企业100家。"]
    text = document_from_bytes("plan.docx", _word_with({}, lines, header=title)).text
    assert text.splitlines()[:2] == [title, "一、总体要求"]


def test_the_corpus_typeset_as_an_office_word_file_scores_as_its_text(tmp_path):
    """``evaluate_drafts --render docx``: a development plan typeset by ``rendering`` (title over
    two lines, 黑体/楷体 headings, indented justified paragraphs, page numbers at the foot, the
    annex on a page of its own, a table with merged cells) drafts as its text does."""
    from docx import Document

    from pilots.drafting.docx_text import paragraph_text
    from pilots.drafting.evaluation import corpus_evaluate
    from pilots.drafting.rendering import office_blocks, office_docx
    from tests.pilots.drafting.conftest import CORPUS_DEV

    for name in ("tianjin-ai-work-2020", "shandong-ai-chain-2025"):
        for suffix in (".txt", ".yaml"):
            (tmp_path / f"{name}{suffix}").write_bytes(
                (CORPUS_DEV / f"{name}{suffix}").read_bytes()
            )
    text = (tmp_path / "shandong-ai-chain-2025.txt").read_text(encoding="utf-8")
    kinds = [block.kind for block in office_blocks(text)]
    assert {"title", "heading1", "heading2", "body"} <= set(kinds)
    word = Document(io.BytesIO(office_docx(text)))
    footer = word.sections[0].footer.paragraphs[0]._p
    assert paragraph_text(footer) == "— 1 —"  # Word's PAGE field, read as printed
    as_text = corpus_evaluate(tmp_path)
    for rendering in ("docx", "docx-numbered", "docx-plain"):
        as_word = corpus_evaluate(tmp_path, render=rendering)
        for plain, typeset in zip(as_text, as_word, strict=True):
            assert typeset.error is None
            assert typeset.tasks.as_dict() == plain.tasks.as_dict()
            assert typeset.assignments.as_dict() == plain.assignments.as_dict()


def test_a_word_file_holding_only_its_task_table_drafts_its_rows():
    """A .docx with no paragraph but the division table (an annex sent on its own): each row a
    task with its agencies, not an empty draft or an error."""
    table = [
        ["序号", "重点任务", "牵头单位", "配合单位"],
        ["1", "建设智算中心", "市发展改革委", "市数据局"],
        ["2", "开放公共数据", "市数据局", ""],
    ]
    data = _drafted(document_from_bytes("plan.docx", docx_bytes([], table)).text)
    assert [title for title, _ in _tasks(data)] == ["建设智算中心", "开放公共数据"]


def test_a_numbered_heading_ending_in_a_plan_word_is_typeset_as_a_heading_not_the_title():
    """A text with no title line (a notice starting at its addressees): ``rendering`` set its
    heading "二、实施重点行动" (行动, a plan's word) as the title, 22 pt and centred, and the
    browsers' prints ran it as the head of every page, cutting a task's paragraph in two
    (hangzhou-internet-plus-2015 printed by WeasyPrint: agencies R 55.6%)."""
    from pilots.drafting.rendering import office_blocks

    text = "\n".join([
        "各区人民政府：", "为加快发展，特制定本意见。", "一、明确工作目标", "到2020年，全面建成。",
        "二、实施重点行动", "1.大力发展众创空间。",
    ])  # fmt: skip
    kinds = [(block.kind, block.text) for block in office_blocks(text)]
    assert ("heading1", "二、实施重点行动") in kinds
    assert "title" not in [kind for kind, _ in kinds]


def test_a_table_copied_with_tabs_between_its_cells_is_typeset_as_a_table():
    """A web page's table copied as text has tabs between its cells (the importer reads such
    rows as a table, ``tab_cells``); ``rendering`` set each row as an indented, justified
    paragraph, which no office does: printed to PDF the tabs were gaps and the long rows ran
    over two lines (shunde-ai-plus-2026-synthetic: targets R 74.2% from 100%)."""
    from pilots.drafting.rendering import office_blocks

    text = "\n".join([
        "表1　主要指标", "序号\t指标名称\t单位\t2025年\t2028年",
        "1\t智能算力规模\tPFlops\t800\t3000", "2\t省级以上智能工厂数量\t家\t18\t50",
        "（一）推进智能化改造。",
    ])  # fmt: skip
    blocks = office_blocks(text)
    assert [block.kind for block in blocks] == ["body", "table", "heading2"]
    assert blocks[1].rows[1] == ["1", "智能算力规模", "PFlops", "800", "3000"]


def test_a_copy_ending_inside_a_table_s_cell_is_typeset_with_that_cell_in_the_table():
    """A web copy cut off inside its table's last cell: the importer reads the line as that cell
    (``text_tables.text_tables_as_lines``); ``rendering`` set it as a paragraph under the table, so
    the Word file lost a task the text has (tianjin-ai-work-2020 as docx: tasks R 75%)."""
    from pilots.drafting.rendering import office_blocks

    text = "\n".join([
        "序号 | 单位名称 | 2020年重点工作任务 |", "1 | 市发展改革委 | 推动先进计算中心建设。 |",
        "2 | 市教委 | 支持高校加强人工智能学科建设。 |", "加大高层次人才引育力度,加强创新团",
    ])  # fmt: skip
    blocks = office_blocks(text)
    assert [block.kind for block in blocks] == ["table"]
    assert blocks[0].rows[-1] == ["2", "市教委", "加大高层次人才引育力度,加强创新团"]

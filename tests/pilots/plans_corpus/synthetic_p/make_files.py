# ruff: noqa: E501  (page text is kept as the offices write it)
"""Builds the three synthetic_p documents as the messy office files they arrive as, and their
expected extractions (SYNTHETIC_P.md):

- xiangyang-ai-plus-2026-synthetic.docx — a Word file carrying its EDITING HISTORY: tracked
  insertions and deletions (w:ins / w:del runs: a deleted old figure beside the inserted new one, a
  deleted 牵头单位 replaced by another, a deleted sentence and an inserted one), two comments
  (comments.xml, ranges in the body), a footnote (footnotes.xml) on the goals' computing figure,
  the goals paragraph inside a TEXT BOX (mc:AlternateContent: the wps shape and its VML fallback,
  both holding the text, as Word writes it), a running header and a page-number footer. The
  XML parts python-docx cannot write are written here by hand as Word writes them;
- yancheng-ai-plus-2026-synthetic.pdf — a city office's 公文 issuing TWO attachments (附件1 the
  plan, body tasks without roles; 附件2 重点任务分工表, a landscape table whose rows repeat the
  body's task titles in other words), written as .docx and printed by LibreOffice, page numbers
  "- N -";
- jiangning-ai-plus-2026-synthetic.docx — a district's plan whose WHOLE document sits inside a
  one-column table (title row, body row, 印发 row), the body's paragraphs in one cell with typed
  numbering, and its 2026 task list a table NESTED in that cell.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_p/make_files.py
(the PDF needs /usr/bin/soffice; --extractions-only writes the .yaml files alone). The .yaml files
are written from the same items as the documents.
"""

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_jiangning as JN  # noqa: E402
import doc_xiangyang as XY  # noqa: E402
import doc_yancheng as YC  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
)
FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XBS = "方正小标宋简体"
COMMENT_STYLE = '<w:rStyle w:val="CommentReference"/>'
SUPERSCRIPT = '<w:vertAlign w:val="superscript"/>'


# ---------------------------------------------------------------- the items as printed


def chapters_of(doc):
    """The chapters with the added sentences and tasks in place, items renumbered in order; returns
    (chapters, item_targets keyed by the printed numbering)."""
    extra = {}
    for chapter, task in getattr(doc, "EXTRA_TASKS", []):
        extra.setdefault(chapter, []).append(task)
    out, targets, count = [], {}, 0
    for numbering, title, tasks in doc.CHAPTERS:
        items = []
        for n, task_title, text, annotation, lead, responsible in tasks + extra.get(numbering, []):
            count += 1
            printed = f"{count}．"
            if n in doc.ITEM_TARGETS:
                targets[printed] = doc.ITEM_TARGETS[n]
            more = doc.MORE.get(n, "") + doc.MORE2.get(n, "")
            items.append((printed, task_title, text + more, annotation, lead, responsible))
        out.append((numbering, title, items))
    return out, targets


def safeguards_of(doc):
    rows = list(doc.SAFEGUARDS) + list(getattr(doc, "EXTRA_SAFEGUARDS", []))
    return [(n, title, text + doc.SAFEGUARDS_MORE.get(n, "")) for n, title, text in rows]


def yancheng_tasks():
    return [
        (n, title, text + YC.MORE.get(n, "") + YC.MORE2.get(n, "")) for n, title, text in YC.TASKS
    ]


# ---------------------------------------------------------------- Word helpers (python-docx)


def east_asian_font(run, name: str, size: float | None = None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)
    if size:
        run.font.size = Pt(size)


def page_field(paragraph, font: str, size: float):
    """The footer line "- N -", N a PAGE field as Word writes it."""

    def plain(text):
        east_asian_font(paragraph.add_run(text), font, size)

    def field_char(kind):
        run = paragraph.add_run()
        east_asian_font(run, font, size)
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run._element.append(char)

    plain("- ")
    field_char("begin")
    run = paragraph.add_run()
    east_asian_font(run, font, size)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._element.append(instr)
    field_char("separate")
    plain("1")
    field_char("end")
    plain(" -")


def a4(document, header_text: str, font: str):
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.header_distance, section.footer_distance = Cm(1.5), Cm(2.5)
    if header_text:
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        east_asian_font(header.add_run(header_text), font, 10.5)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(footer, font, 14)


def paragraph(holder, text, font, size, *, bold=False, center=False, indent=True, right=False):
    p = holder.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(size * 1.75)
    if text:
        run = p.add_run(text)
        run.bold = bold
        east_asian_font(run, font, size)
    return p


def cell_text(cell, text, font, size, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if len(text) <= 8 else WD_ALIGN_PARAGRAPH.LEFT
    run = p.add_run(text)
    run.bold = bold
    east_asian_font(run, font, size)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    trpr.append(element)


def column_widths(table, widths_cm):
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def page_break(document):
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- 襄阳: hand-written WordprocessingML


class Revisions:
    """Runs of a marked-up string as Word writes them: w:ins / w:del with author and date,
    comment ranges, footnote references."""

    def __init__(self):
        self.next_id = 100
        self.turn = 0

    def _rpr(self, font, size, bold=False, style="", tail=""):
        half = int(size * 2)
        return (
            f'<w:rPr>{style}<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>'
            f'{"<w:b/>" if bold else ""}<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>{tail}</w:rPr>'
        )

    def _revision(self, tag):
        self.next_id += 1
        self.turn += 1
        author = XY.AUTHORS[self.turn % len(XY.AUTHORS)]
        day = 10 + self.turn % 9
        return f'<w:{tag} w:id="{self.next_id}" w:author="{author}" w:date="2026-03-{day:02d}T09:{self.turn % 60:02d}:00Z">'

    def runs(self, markup: str, font=FANGSONG, size=16, bold=False) -> str:
        rpr = self._rpr(font, size, bold)
        out = []
        for piece in _tokens(markup):
            kind, text = piece
            if kind == "text":
                out.append(f'<w:r>{rpr}<w:t xml:space="preserve">{html.escape(text)}</w:t></w:r>')
            elif kind == "ins":
                out.append(
                    f'{self._revision("ins")}<w:r>{rpr}<w:t xml:space="preserve">{html.escape(text)}</w:t></w:r></w:ins>'
                )
            elif kind == "del":
                out.append(
                    f'{self._revision("del")}<w:r>{rpr}<w:delText xml:space="preserve">{html.escape(text)}</w:delText></w:r></w:del>'
                )
            elif kind == "c_start":
                out.append(f'<w:commentRangeStart w:id="{text}"/>')
            elif kind == "c_end":
                reference = self._rpr(font, 10.5, style=COMMENT_STYLE)
                out.append(
                    f'<w:commentRangeEnd w:id="{text}"/><w:r>{reference}<w:commentReference w:id="{text}"/></w:r>'
                )
            elif kind == "footnote":
                mark = self._rpr(font, size, tail=SUPERSCRIPT)
                out.append(f'<w:r>{mark}<w:footnoteReference w:id="{text}"/></w:r>')
        return "".join(out)


def _tokens(markup: str):
    """("text"|"ins"|"del"|"c_start"|"c_end"|"footnote", value) in order."""
    import re

    position = 0
    open_comments = []
    for m in re.finditer(r"\[-(.*?)-\]|\{\+(.*?)\+\}|<c:(\d+)>|</c>|\^F(\d+)", markup):
        if m.start() > position:
            yield "text", markup[position : m.start()]
        if m.group(1) is not None:
            yield "del", m.group(1)
        elif m.group(2) is not None:
            yield "ins", m.group(2)
        elif m.group(3) is not None:
            open_comments.append(m.group(3))
            yield "c_start", m.group(3)
        elif m.group(0) == "</c>":
            yield "c_end", open_comments.pop()
        else:
            yield "footnote", m.group(4)
        position = m.end()
    if position < len(markup):
        yield "text", markup[position:]


def p_xml(runs: str, *, center=False, indent=True, size=16, before=0) -> str:
    jc = '<w:jc w:val="center"/>' if center else ""
    ind = (
        f'<w:ind w:firstLineChars="200" w:firstLine="{int(size * 40)}"/>'
        if indent and not center
        else ""
    )
    line = int(size * 1.75 * 20)
    return (
        f'<w:p {NS}><w:pPr><w:spacing w:before="{before}" w:after="0" w:line="{line}" w:lineRule="exact"/>'
        f"{ind}{jc}</w:pPr>{runs}</w:p>"
    )


def text_box_run(inner_paragraphs: str, shape_id: int) -> str:
    """A floating text box as Word 2010+ writes it: the DrawingML shape in mc:Choice and the VML
    fallback in mc:Fallback, each holding the same w:txbxContent."""
    cx, cy = 5760720, 2160000
    return (
        f'<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{shape_id}" name="文本框 {shape_id}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="lt1"/></a:solidFill>'
        f'<a:ln w="6350"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{inner_paragraphs}</w:txbxContent></wps:txbx>"
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
        f"<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="文本框 {shape_id}" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="position:absolute;left:0;text-align:left;margin-left:0;margin-top:0;width:453.6pt;height:170.1pt;z-index:251659264;'
        f'mso-position-horizontal:center;mso-position-horizontal-relative:margin" fillcolor="white [3201]" strokeweight=".5pt">'
        f"<v:textbox><w:txbxContent>{inner_paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        f"</mc:AlternateContent></w:r>"
    )


def add_part(document, partname: str, content_type: str, reltype: str, xml: str):
    part = Part(PackURI(partname), content_type, xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, reltype)


def build_xiangyang(path: Path):
    document = Document()
    a4(document, XY.HEADER, FANGSONG)
    body = document.element.body
    sect = body[-1]
    rev = Revisions()

    def add(xml):
        sect.addprevious(parse_xml(xml))

    def plain(markup, **kw):
        font = kw.pop("font", FANGSONG)
        size = kw.pop("size", 16)
        bold = kw.pop("bold", False)
        add(p_xml(rev.runs(markup, font, size, bold), size=size, **kw))

    plain(XY.TITLE, font=XBS, size=22, center=True)
    plain("（修改稿）", font=KAITI, size=16, center=True)
    plain("")
    plain(XY.PREAMBLE)
    plain("一、总体要求", font=HEITI)
    plain(XY.BASIS)
    plain("（一）指导思想", font=KAITI)
    plain(XY.GUIDE)
    plain("（二）基本原则", font=KAITI)
    plain(XY.PRINCIPLES)
    plain("（三）发展目标^F1", font=KAITI)
    inner = p_xml(rev.runs(XY.GOALS), size=16)
    add(p_xml(text_box_run(inner, 1), indent=False))
    plain("二、重点任务", font=HEITI)
    for numbering, title, tasks in chapters_of(XY)[0]:
        plain(f"{numbering}{title}", font=KAITI)
        for n, task_title, text, annotation, *_ in tasks:
            plain(f"{n}{task_title}。{text}{annotation}")
    plain("三、保障措施", font=HEITI)
    for numbering, title, text in safeguards_of(XY):
        plain(f"{numbering}{title}。{text}")

    comments = "".join(
        f'<w:comment w:id="{i}" w:author="{author}" w:date="2026-03-1{i + 1}T15:30:00Z" w:initials="{initials}">'
        f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
        f"<w:r><w:t>{html.escape(text)}（{html.escape(unit)}）</w:t></w:r></w:p></w:comment>"
        for i, (author, initials, unit, text) in enumerate(XY.COMMENTS)
    )
    add_part(
        document,
        "/word/comments.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
        RT.COMMENTS,
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {NS}>{comments}</w:comments>',
    )
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {NS}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {html.escape(XY.FOOTNOTE)}</w:t></w:r></w:p></w:footnote></w:footnotes>'
    )
    add_part(
        document,
        "/word/footnotes.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        RT.FOOTNOTES,
        footnotes,
    )
    settings = document.settings.element
    track = OxmlElement("w:trackRevisions")
    settings.insert(0, track)
    document.save(str(path))


# ---------------------------------------------------------------- 盐城: .docx printed by LibreOffice


def build_yancheng(pdf_path: Path):
    document = Document()
    a4(document, "", FANGSONG)
    paragraph(document, YC.ISSUER + "文件", XBS, 26, center=True)
    paragraph(document, YC.DOC_NUMBER, FANGSONG, 16, center=True)
    paragraph(document, "", FANGSONG, 16)
    paragraph(document, YC.NOTICE_TITLE, XBS, 22, center=True)
    paragraph(document, "", FANGSONG, 16)
    paragraph(document, YC.ADDRESSEES, FANGSONG, 16, indent=False)
    for line in YC.NOTICE:
        paragraph(document, line, FANGSONG, 16)
    paragraph(document, "", FANGSONG, 16)
    paragraph(document, YC.ATTACHMENT_LIST[0], FANGSONG, 16)
    p = paragraph(document, YC.ATTACHMENT_LIST[1], FANGSONG, 16, indent=False)
    p.paragraph_format.left_indent = Pt(16 * 5)
    paragraph(document, "", FANGSONG, 16)
    for line in YC.SIGNATURE:
        paragraph(document, line, FANGSONG, 16, right=True)
    paragraph(document, YC.PUBLIC, FANGSONG, 16)
    page_break(document)
    paragraph(document, "附件1", HEITI, 16, indent=False)
    paragraph(document, "", FANGSONG, 16)
    paragraph(document, YC.TITLE, XBS, 22, center=True)
    paragraph(document, "", FANGSONG, 16)
    paragraph(document, YC.PREAMBLE, FANGSONG, 16)
    paragraph(document, "一、总体要求", HEITI, 16)
    paragraph(document, YC.BASIS, FANGSONG, 16)
    paragraph(document, "（一）指导思想", KAITI, 16)
    paragraph(document, YC.GUIDE, FANGSONG, 16)
    paragraph(document, "（二）基本原则", KAITI, 16)
    paragraph(document, YC.PRINCIPLES, FANGSONG, 16)
    paragraph(document, "（三）行动目标", KAITI, 16)
    paragraph(document, YC.GOALS, FANGSONG, 16)
    paragraph(document, "二、重点任务", HEITI, 16)
    for numbering, title, text in yancheng_tasks():
        p = paragraph(document, "", FANGSONG, 16)
        east_asian_font(p.add_run(f"{numbering}{title}。"), KAITI, 16)
        east_asian_font(p.add_run(text), FANGSONG, 16)
    paragraph(document, "三、保障措施", HEITI, 16)
    for numbering, title, text in safeguards_of(YC):
        p = paragraph(document, "", FANGSONG, 16)
        east_asian_font(p.add_run(f"{numbering}{title}。"), KAITI, 16)
        east_asian_font(p.add_run(text), FANGSONG, 16)

    landscape = document.add_section()
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = Cm(29.7), Cm(21)
    landscape.top_margin, landscape.bottom_margin = Cm(2.6), Cm(2.4)
    landscape.left_margin, landscape.right_margin = Cm(2.5), Cm(2.5)
    paragraph(document, "附件2", HEITI, 16, indent=False)
    paragraph(document, "", FANGSONG, 16)
    paragraph(document, YC.TABLE_TITLE, XBS, 20, center=True)
    paragraph(document, "", FANGSONG, 16)
    table = document.add_table(rows=1 + len(YC.ROWS), cols=6)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, YC.TABLE_HEADER, strict=True):
        cell_text(cell, text, HEITI, 12)
    repeat_header(table.rows[0])
    for r, (title, contents, lead, support, time, *_) in enumerate(YC.ROWS, start=1):
        for cell, text in zip(
            table.rows[r].cells, [str(r), title, contents, lead, support, time], strict=True
        ):
            cell_text(cell, text, FANGSONG, 12)
    column_widths(table, [1.4, 4.6, 7.6, 3.8, 5.6, 3.7])

    with tempfile.TemporaryDirectory() as tmp:
        docx_path = Path(tmp) / f"{YC.STEM}.docx"
        document.save(str(docx_path))
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(docx_path.parent),
                str(docx_path),
            ],
            check=True,
            capture_output=True,
        )
        shutil.move(docx_path.with_suffix(".pdf"), pdf_path)


# ---------------------------------------------------------------- 江宁: the whole document in a table


def build_jiangning(path: Path):
    document = Document()
    a4(document, "", FANGSONG)
    frame = document.add_table(rows=3, cols=1)
    frame.style = "Table Grid"
    frame.alignment = WD_TABLE_ALIGNMENT.CENTER
    title_cell, body_cell, printed_cell = (row.cells[0] for row in frame.rows)
    title_cell.text = ""
    title_cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    east_asian_font(title_cell.paragraphs[0].add_run(JN.TITLE), XBS, 20)
    body_cell.text = ""
    first = body_cell.paragraphs[0]
    first.paragraph_format.first_line_indent = Pt(32)
    east_asian_font(first.add_run(JN.PREAMBLE), FANGSONG, 16)
    paragraph(body_cell, JN.BASIS, FANGSONG, 16)
    paragraph(body_cell, JN.GUIDE, FANGSONG, 16)
    paragraph(body_cell, JN.GOALS_HEAD, HEITI, 16)
    paragraph(body_cell, JN.GOALS, FANGSONG, 16)
    paragraph(body_cell, JN.TASK_HEAD, HEITI, 16)
    for numbering, title, tasks in chapters_of(JN)[0]:
        paragraph(body_cell, f"{numbering}{title}", KAITI, 16)
        for n, task_title, text, annotation, *_ in tasks:
            paragraph(body_cell, f"{n}{task_title}。{text}{annotation}", FANGSONG, 16)
    paragraph(body_cell, JN.SAFEGUARD_HEAD, HEITI, 16)
    for numbering, title, text in safeguards_of(JN):
        paragraph(body_cell, f"{numbering}{title}。{text}", FANGSONG, 16)
    paragraph(body_cell, "", FANGSONG, 16)
    paragraph(body_cell, JN.ANNEX_HEAD, HEITI, 16, indent=False)
    paragraph(body_cell, JN.ANNEX_TITLE, XBS, 18, center=True)
    nested = body_cell.add_table(rows=1 + len(JN.ROWS), cols=5)
    nested.style = "Table Grid"
    for cell, text in zip(nested.rows[0].cells, JN.TABLE_HEADER, strict=True):
        cell_text(cell, text, HEITI, 12)
    for r, (numbering, title, contents, roles, _lead, _resp, _due, time) in enumerate(
        JN.ROWS, start=1
    ):
        for cell, text in zip(
            nested.rows[r].cells, [numbering, title, contents, roles, time], strict=True
        ):
            cell_text(cell, text, FANGSONG, 12)
    column_widths(nested, [1.2, 3.2, 5.4, 3.6, 2.2])
    # Word requires a paragraph after a nested table before the cell ends
    paragraph(body_cell, "", FANGSONG, 16)
    printed_cell.text = ""
    east_asian_font(printed_cell.paragraphs[0].add_run(JN.PRINTED), FANGSONG, 14)
    document.save(str(path))


# ---------------------------------------------------------------- expected extractions


def _agencies(rows):
    return [{"code": c, "name": n, "aliases": a, "category": k} for c, n, a, k in rows]


def _roles(task: dict, **roles):
    for key in ("lead", "responsible", "supporting"):
        if roles.get(key):
            task[key] = list(roles[key])
    return task


def _item_goals(goals, item_targets, items):
    """items: (numbering, title, text) — a goal for each item holding a figure, titled like it."""
    for numbering, title, text in items:
        if numbering in item_targets:
            goals.append(
                {
                    "code": f"G{len(goals) + 1}",
                    "numbering": numbering,
                    "title": title,
                    "text": text,
                    "targets": item_targets[numbering],
                }
            )


def extraction_xiangyang() -> dict:
    a = XY.accepted
    goals = [{"code": "G1", "title": "到2028年", "text": a(XY.GOALS), "targets": XY.GOAL_TARGETS}]
    items, chapters = [], []
    printed, item_targets = chapters_of(XY)
    for numbering, title, tasks in printed:
        code = f"二.{numbering.strip('（）').join('()')}"
        out = []
        for n, task_title, text, annotation, lead, responsible in tasks:
            full = a(f"{task_title}。{text}{annotation}")
            items.append((n, task_title, full))
            out.append(
                _roles(
                    {
                        "code": f"{code}.{n.rstrip('．')}",
                        "numbering": n,
                        "title": task_title,
                        "text": full,
                    },
                    lead=lead,
                    responsible=responsible,
                )
            )
        chapters.append(
            {"code": code, "numbering": numbering, "title": title, "kind": "key_task", "tasks": out}
        )
    _item_goals(goals, item_targets, items)
    safeguards = [
        {"code": f"三.{i}", "numbering": n, "title": title, "text": a(f"{title}。{text}")}
        for i, (n, title, text) in enumerate(safeguards_of(XY), start=1)
    ]
    return {
        "format": 1,
        "zone": {"slug": "xiangyang", "name": "襄阳市", "name_en": "Xiangyang", "level": "city"},
        "plan": {
            "code": XY.STEM,
            "title": XY.TITLE,
            "title_en": 'Xiangyang "AI+" action implementation plan (2026–2028) — synthetic',
            "period_start": 2026,
            "period_end": 2028,
            "milestone_years": [2028],
            "source_file": f"{XY.STEM}.docx",
        },
        "agencies": _agencies(XY.AGENCIES),
        "goals": goals,
        "sections": [
            {
                "code": "二",
                "numbering": "二、",
                "title": "重点任务",
                "kind": "key_task",
                "sections": chapters,
            },
            {
                "code": "三",
                "numbering": "三、",
                "title": "保障措施",
                "kind": "safeguard",
                "tasks": safeguards,
            },
        ],
    }


def extraction_yancheng() -> dict:
    goals = [{"code": "G1", "title": "到2027年", "text": YC.GOALS, "targets": YC.GOAL_TARGETS}]
    items, tasks = [], []
    for i, ((numbering, title, text), row) in enumerate(
        zip(yancheng_tasks(), YC.ROWS, strict=True), start=1
    ):
        _row_title, _contents, _lead, _support, _time, lead, supporting, due = row
        full = f"{title}。{text}"
        items.append((numbering, title, full))
        task = {"code": f"二.{i}", "numbering": numbering, "title": title, "text": full}
        if due is not None:
            task["due"] = due
        tasks.append(_roles(task, lead=lead, supporting=supporting))
    _item_goals(goals, YC.ITEM_TARGETS, items)
    safeguards = [
        {"code": f"三.{i}", "numbering": n, "title": title, "text": f"{title}。{text}"}
        for i, (n, title, text) in enumerate(safeguards_of(YC), start=1)
    ]
    return {
        "format": 1,
        "zone": {"slug": "yancheng", "name": "盐城市", "name_en": "Yancheng", "level": "city"},
        "plan": {
            "code": YC.STEM,
            "title": YC.TITLE,
            "title_en": 'Yancheng "AI+" action plan (2026–2027) — synthetic',
            "issuer": YC.ISSUER,
            "doc_number": YC.DOC_NUMBER,
            "issued_on": "2026-03-20",
            "period_start": 2026,
            "period_end": 2027,
            "milestone_years": [2027],
            "source_file": f"{YC.STEM}.pdf",
        },
        "agencies": _agencies(YC.AGENCIES),
        "goals": goals,
        "sections": [
            {
                "code": "二",
                "numbering": "二、",
                "title": "重点任务",
                "kind": "key_task",
                "tasks": tasks,
            },
            {
                "code": "三",
                "numbering": "三、",
                "title": "保障措施",
                "kind": "safeguard",
                "tasks": safeguards,
            },
        ],
    }


def extraction_jiangning() -> dict:
    goals = [{"code": "G1", "title": "到2028年", "text": JN.GOALS, "targets": JN.GOAL_TARGETS}]
    items, chapters = [], []
    printed, item_targets = chapters_of(JN)
    for numbering, title, tasks in printed:
        code = f"二.{numbering.strip('（）').join('()')}"
        out = []
        for n, task_title, text, annotation, lead, responsible in tasks:
            full = f"{task_title}。{text}{annotation}"
            items.append((n, task_title, full))
            out.append(
                _roles(
                    {
                        "code": f"{code}.{n.rstrip('．')}",
                        "numbering": n,
                        "title": task_title,
                        "text": full,
                    },
                    lead=lead,
                    responsible=responsible,
                )
            )
        chapters.append(
            {"code": code, "numbering": numbering, "title": title, "kind": "key_task", "tasks": out}
        )
    _item_goals(goals, item_targets, items)
    rows, row_items = [], []
    for numbering, title, contents, _roles_cell, lead, responsible, due, _time in JN.ROWS:
        row_items.append((numbering, title, contents))
        rows.append(
            _roles(
                {
                    "code": f"附件.{numbering}",
                    "numbering": numbering,
                    "title": title,
                    "text": contents,
                    "due": due,
                },
                lead=lead,
                responsible=responsible,
            )
        )
    _item_goals(goals, JN.ROW_TARGETS, row_items)
    safeguards = [
        {"code": f"三.{i}", "numbering": n, "title": title, "text": f"{title}。{text}"}
        for i, (n, title, text) in enumerate(safeguards_of(JN), start=1)
    ]
    return {
        "format": 1,
        "zone": {
            "slug": "jiangning",
            "name": "南京市江宁区",
            "name_en": "Jiangning District, Nanjing",
            "level": "district",
        },
        "plan": {
            "code": JN.STEM,
            "title": JN.TITLE,
            "title_en": 'Jiangning District "AI+" action plan (2026–2028) — synthetic',
            "issuer": JN.ISSUER,
            "issued_on": "2026-04-15",
            "period_start": 2026,
            "period_end": 2028,
            "milestone_years": [2026, 2028],
            "source_file": f"{JN.STEM}.docx",
        },
        "agencies": _agencies(JN.AGENCIES),
        "goals": goals,
        "sections": [
            {
                "code": "二",
                "numbering": "二、",
                "title": "重点任务",
                "kind": "key_task",
                "sections": chapters,
            },
            {
                "code": "三",
                "numbering": "三、",
                "title": "保障措施",
                "kind": "safeguard",
                "tasks": safeguards,
            },
            {"code": "附件", "title": JN.ANNEX_TITLE, "kind": "key_task", "tasks": rows},
        ],
    }


def write_extraction(stem: str, data: dict):
    header = (HERE / f"{stem}.header").read_text(encoding="utf-8")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10000)
    (HERE / f"{stem}.yaml").write_text(header + text, encoding="utf-8")


def main():
    write_extraction(XY.STEM, extraction_xiangyang())
    write_extraction(YC.STEM, extraction_yancheng())
    write_extraction(JN.STEM, extraction_jiangning())
    if "--extractions-only" in sys.argv:
        return
    build_xiangyang(HERE / f"{XY.STEM}.docx")
    build_yancheng(HERE / f"{YC.STEM}.pdf")
    build_jiangning(HERE / f"{JN.STEM}.docx")


if __name__ == "__main__":
    main()

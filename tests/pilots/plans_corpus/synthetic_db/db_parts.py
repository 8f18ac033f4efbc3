# ruff: noqa: E501  (XML and plan text as written)
"""What the synthetic_db documents share: the page chrome LibreOffice prints into the PDF's text layer
(a running header, a "第 X 页 共 Y 页" footer, a diagonal watermark text box anchored in the header, Word
footnotes, a landscape section) and the blocks every plan prints."""

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from synthetic_office import para, run_font

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def field(paragraph, code, font="宋体", size=10.5):
    run = paragraph.add_run()
    run_font(run, font, size)
    for kind, _text in (("begin", None), (None, code), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
        run._element.append(el)


def page_x_of_y(section, size=10.5):
    """第 X 页 共 Y 页, centred in the section's footer."""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("第 "), "宋体", size)
    field(p, "PAGE", size=size)
    run_font(p.add_run(" 页 共 "), "宋体", size)
    field(p, "NUMPAGES", size=size)
    run_font(p.add_run(" 页"), "宋体", size)


def dash_page(section):
    """— N —, as 公文 print it."""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("— "), "宋体", 14)
    field(p, "PAGE", size=14)
    run_font(p.add_run(" —"), "宋体", 14)


def running_header(section, text, size=10.5):
    """The running header: a line with a bottom rule on every page."""
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run(text), "宋体", size)
    ppr = p._element.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f'<w:pBdr {W}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'
        )
    )
    return p


WATERMARK = """<w:r {ns}><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>1260000</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>9470000</wp:posOffset></wp:positionV>
<wp:extent cx="5040000" cy="500000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{id}" name="水印 {id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm rot="18900000"><a:off x="0" y="0"/><a:ext cx="5040000" cy="500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="黑体"/><w:color w:val="C0C0C0"/><w:sz w:val="60"/></w:rPr><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>
</wp:anchor></w:drawing></w:r>"""
NS = (
    W + ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
    ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def watermark(header_paragraph, text, shape_id=901):
    """A diagonal text box (grey, behind the text) anchored in the header, so on every page."""
    header_paragraph._element.append(parse_xml(WATERMARK.format(ns=NS, id=shape_id, text=text)))


# ---------------------------------------------------------------- footnotes

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
SEPARATORS = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
)


class Footnotes:
    """Word footnotes (w:footnoteReference in the body, the notes in footnotes.xml) with ① ② as
    their custom marks, as offices number the notes of a 方案."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def mark(self, paragraph, symbol, note):
        self.notes.append((symbol, note))
        n = len(self.notes)
        run = paragraph.add_run()
        run_font(run, "宋体", 16)  # the body's size: LibreOffice shrinks and raises it
        rpr = run._element.get_or_add_rPr()
        rpr.append(parse_xml(f'<w:vertAlign {W} w:val="superscript"/>'))
        run._element.append(
            parse_xml(f'<w:footnoteReference {W} w:customMarkFollows="1" w:id="{n}"/>')
        )
        t = OxmlElement("w:t")
        t.text = symbol
        run._element.append(t)

    def save(self):
        body = "".join(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:line="280" w:lineRule="exact"/></w:pPr>'
            f'<w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="21"/><w:vertAlign w:val="superscript"/></w:rPr><w:t>{s}</w:t></w:r>'
            f'<w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve">{note}</w:t></w:r></w:p></w:footnote>'
            for n, (s, note) in enumerate(self.notes, 1)
        )
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{SEPARATORS}{body}</w:footnotes>'
        part = Part(
            PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), self.doc.part.package
        )
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def marked(doc, notes, pieces, font="仿宋_GB2312", size=16, indent=True, bold_first=False):
    """A paragraph of pieces: str (text) or (symbol, note) (a footnote mark after the text before)."""
    p = para(doc, "", font, size, indent=indent)
    for i, piece in enumerate(pieces):
        if isinstance(piece, str):
            run_font(p.add_run(piece), font, size, bold_first and i == 0)
        else:
            notes.mark(p, *piece)
    return p


def landscape(doc):
    """A new section, landscape, the footer linked to the one before."""
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
    sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
    return sec


def spacer(doc, pts):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(pts)
    return p


def annotation(lead, sup=(), resp=()):
    parts = []
    if lead:
        parts.append("牵头单位：" + "、".join(lead))
    if resp:
        parts.append("责任单位：" + "、".join(resp))
    if sup:
        parts.append("配合单位：" + "、".join(sup))
    return "（" + "；".join(parts) + "）"

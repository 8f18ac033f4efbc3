# ruff: noqa: E501  (Word's XML as Word writes it)
"""Word drafts as they circulate (synthetic_df): paragraphs of segments carrying tracked changes
(w:ins / w:del), reviewer comments, hidden text (w:vanish) and a text box; a title or a layout table
in a content control (w:sdt), a TOC field. A segment is a plain string or a tuple:
("ins", t) inserted, ("del", t) deleted, ("hid", t) hidden, ("cmt", t, remark) commented,
("box", heading, lines) a text box anchored here. accepted() is the text as the draft reads once
every change is accepted and comments and hidden text are left out."""

from itertools import count

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from synthetic_model import Goal, Task
from synthetic_office import para, rule, run_font

DATE = "2026-03-10T09:00:00Z"
IDS = count(100)


def accepted(segs) -> str:
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(s)
        elif s[0] in ("ins", "cmt"):
            out.append(s[1])
    return "".join(out)


def item(numbering, title, segs, lead=(), sup=(), resp=(), targets=(), codes=None):
    """A numbered item printed "N标题。rest": its block, its task and (with figures) its goal."""
    c = codes or {}
    text = f"{title}。{accepted(segs)}"
    task = Task(
        numbering,
        title,
        text,
        lead=[c[x] for x in lead],
        supporting=[c[x] for x in sup],
        responsible=[c[x] for x in resp],
    )
    goal = Goal(title, text, list(targets)) if targets else None
    return ("item", (f"{numbering}{title}。", segs)), task, goal


def _mark(tag, author):
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(next(IDS)))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), DATE)
    return el


def _wrap(run, tag, author):
    box = _mark(tag, author)
    run._r.addprevious(box)
    box.append(run._r)
    if tag == "w:del":
        for t in run._r.findall(qn("w:t")):
            t.tag = qn("w:delText")


BOX = """<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:w10="urn:schemas-microsoft-com:office:word">
<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300"
 simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>180000</wp:posOffset></wp:positionV>
<wp:extent cx="5580000" cy="1980000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{id}" name="文本框 {id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>
<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="5580000" cy="1980000"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="文本框 {id}" o:spid="_x0000_s10{id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:14.2pt;width:439.4pt;height:155.9pt;z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin">
<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{body}</w:txbxContent></v:textbox>
<w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"""

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _box_paragraph(text, bold, centre):
    jc = '<w:jc w:val="center"/>' if centre else ""
    b = "<w:b/>" if bold else ""
    font = "黑体" if bold else "仿宋_GB2312"
    return (
        f'<w:p><w:pPr><w:spacing w:line="400" w:lineRule="exact"/>{jc}</w:pPr><w:r><w:rPr>'
        f'<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{font}"/>{b}'
        f'<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    )


def _box(p, heading, lines, ident):
    body = _box_paragraph(heading, True, True) + "".join(
        _box_paragraph(line, False, False) for line in lines
    )
    run = p.add_run()
    run._r.append(parse_xml(BOX.replace("{id}", str(ident)).replace("{body}", body)))


def segments(doc, p, segs, font="仿宋_GB2312", size=16, bold=False):
    for s in segs:
        if isinstance(s, str):
            run_font(p.add_run(s), font, size, bold)
            continue
        kind = s[0]
        if kind == "box":
            _box(p, s[1], s[2], next(IDS))
            continue
        run = p.add_run(s[1])
        run_font(run, font, size, bold)
        if kind == "ins":
            _wrap(run, "w:ins", "璟川市司法局 审核")
        elif kind == "del":
            _wrap(run, "w:del", "璟川市司法局 审核")
        elif kind == "hid":
            run._r.get_or_add_rPr().append(OxmlElement("w:vanish"))
        elif kind == "cmt":
            comment = doc.add_comment(run, text=s[2], author="市发展改革委 意见", initials="FGW")
            comment._comment_elm.set(qn("w:date"), DATE)


def _paragraph(doc, segs, font="仿宋_GB2312", size=16, align=None, indent=True, lead=None):
    p = para(doc, "", font, size, align, indent)
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if lead:
        run_font(p.add_run(lead), font, size, True)
    segments(doc, p, segs, font, size)
    return p


def _mark_paragraph(p, tag, author="璟川市司法局 审核"):
    ppr = p._p.get_or_add_pPr()
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        ppr.append(rpr)
    rpr.append(_mark(tag, author) if tag != "w:vanish" else OxmlElement("w:vanish"))


def deleted_paragraph(doc, text):
    """A whole item struck out: its runs and its paragraph mark deleted."""
    p = _paragraph(doc, [("del", text)])
    _mark_paragraph(p, "w:del")


def inserted_paragraph(doc, lead_segs):
    lead, segs = lead_segs
    p = para(doc, "", indent=True)
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    segments(doc, p, [("ins", lead)], bold=True)
    segments(doc, p, [("ins", accepted(segs))])
    _mark_paragraph(p, "w:ins")


def hidden_paragraph(doc, text):
    p = _paragraph(doc, [("hid", text)])
    _mark_paragraph(p, "w:vanish")


def _sdt(doc, block, alias, tag):
    """Wrap the body's last block (a paragraph or a table) in a content control."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    for name, val in (("w:alias", alias), ("w:tag", tag)):
        el = OxmlElement(name)
        el.set(qn("w:val"), val)
        pr.append(el)
    ident = OxmlElement("w:id")
    ident.set(qn("w:val"), str(next(IDS)))
    pr.append(ident)
    if block.tag == qn("w:p"):
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    block.addprevious(sdt)
    content.append(block)
    sdt.append(content)


def sdt_title(doc, text):
    p = para(doc, text, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
    _sdt(doc, p._p, "文件标题", "title")


def layout(doc, spec):
    """The 文号 and the date side by side in a borderless two-cell table (optionally in a content
    control)."""
    (left, right), in_sdt = spec
    t = doc.add_table(rows=1, cols=2)
    for cell, text, align in zip(
        t.rows[0].cells,
        (left, right),
        (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT),
        strict=True,
    ):
        p = cell.paragraphs[0]
        p.alignment = align
        run_font(p.add_run(text), "仿宋_GB2312", 16)
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    t._tbl.tblPr.append(borders)
    if in_sdt:
        _sdt(doc, t._tbl, "文号和日期", "docno")


def _field_run(p, kind=None, instr=None):
    run = p.add_run()
    run_font(run, "仿宋_GB2312", 16)
    if kind:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
    else:
        el = OxmlElement("w:instrText")
        el.set(qn("xml:space"), "preserve")
        el.text = instr
    run._r.append(el)


def toc(doc, lines):
    """目录 as Word inserts it: a TOC field whose result is a line per heading with its page."""
    para(doc, "目  录", "黑体", 16, WD_ALIGN_PARAGRAPH.CENTER, False)
    for i, (heading, page) in enumerate(lines):
        p = para(doc, "", indent=False)
        tabs = OxmlElement("w:tabs")
        tab = OxmlElement("w:tab")
        for k, v in (("val", "right"), ("leader", "dot"), ("pos", "8834")):
            tab.set(qn(f"w:{k}"), v)
        tabs.append(tab)
        p._p.get_or_add_pPr().append(tabs)
        if i == 0:
            _field_run(p, "begin")
            _field_run(p, instr=' TOC \\o "1-2" \\h \\z \\u ')
            _field_run(p, "separate")
        run_font(p.add_run(heading), "仿宋_GB2312", 16)
        p.add_run().add_tab()
        run_font(p.add_run(str(page)), "仿宋_GB2312", 16)
        if i == len(lines) - 1:
            _field_run(p, "end")


def extra_kinds():
    centre = WD_ALIGN_PARAGRAPH.CENTER
    return {
        "sdt_title": sdt_title,
        "rule": rule,
        "layout": layout,
        "toc": toc,
        "marker": lambda doc, text: para(doc, text, "楷体_GB2312", 16, centre, False),
        "h1": lambda doc, segs: _paragraph(doc, segs, "黑体"),
        "h2": lambda doc, segs: _paragraph(doc, segs, "楷体_GB2312"),
        "p": lambda doc, segs: _paragraph(doc, segs),
        "item": lambda doc, text: _paragraph(doc, text[1], lead=text[0]),
        "delp": deleted_paragraph,
        "insp": inserted_paragraph,
        "hidp": hidden_paragraph,
    }

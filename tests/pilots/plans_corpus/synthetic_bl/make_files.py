# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bl documents (SYNTHETIC_BL.md) — INVENTED 2026 "人工智能+" documents of 河南 / 湖北 /
宁夏 places, Word files as they come off government sites — and their expected extractions (.yaml beside each):

- jiyuan-ai-plus-action-plan-2026-synthetic.doc — a city's 行动计划 as a Word 97–2003 .doc (built as .docx, converted
  by LibreOffice): 一、 / （一） headings are the built-in 标题 1 / 标题 2 styles numbered AUTOMATICALLY by a list defined
  on the style (numPr in the style, none on the paragraph, no number in the text); tasks "1." typed by hand;
- huangmei-ai-plus-implementation-2026-synthetic.docx — a county's 实施方案 with tracked changes left in (a figure
  deleted and another inserted, a whole task sentence deleted), reviewer comments, a 专栏 in a one-cell bordered table
  and "责任单位：…" lines after each task;
- pengyang-ai-plus-notice-2026-synthetic.docx — a county's 通知 whose whole plan sits in a borderless one-column
  table with the 主要目标 indicator table nested in it, tasks closing on "（X牵头，Y、Z配合）".

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bl/make_files.py
(--extractions-only writes the .yaml files alone; the .doc needs /usr/bin/soffice).
"""

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_huangmei as HM  # noqa: E402
import doc_jiyuan as JY  # noqa: E402
import doc_pengyang as PY  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement, parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls, qn  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402

CENTRE, RIGHT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
REV_DATE = "2026-03-02T09:30:00Z"


def runs_with_breaks(p, text, font="仿宋_GB2312", size=16, bold=False, color=None):
    """Adds text to paragraph p; a "\\n" in it is a soft line break (Shift+Enter) inside the paragraph."""
    for i, piece in enumerate(text.split("\n")):
        run = p.add_run(piece)
        office.run_font(run, font, size, bold, color)
        if i < len(text.split("\n")) - 1:
            run.add_break()


def body(
    container, text, font="仿宋_GB2312", size=16, align=None, indent=True, bold=False, color=None
):
    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if text:
        runs_with_breaks(p, text, font, size, bold, color)
    return p


def common(container):
    """The kinds every document prints, into a document or a table cell."""
    return {
        "head": lambda t: body(
            container, t, "方正小标宋简体", 22, CENTRE, False, True, (0xD0, 0, 0)
        ),
        "docno": lambda t: body(container, t, align=CENTRE, indent=False),
        "title": lambda t: body(container, t, "方正小标宋简体", 22, CENTRE, False),
        "addressee": lambda t: body(container, t, indent=False),
        "h1": lambda t: body(container, t, "黑体"),
        "h2": lambda t: body(container, t, "楷体_GB2312"),
        "sign": lambda t: body(container, t, align=RIGHT, indent=False),
        "date": lambda t: body(container, t, align=RIGHT, indent=False),
        "empty": lambda t: body(container, ""),
        "body": lambda t: body(container, t),
        "task": lambda t: body(container, t),
        "line": lambda t: body(container, t),
    }


# ---------------------------------------------------------------- 济源: numbering defined on the heading styles

ABSTRACT = f"""<w:abstractNum {nsdecls("w")} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>
    <w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/>
    <w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:lvl>
</w:abstractNum>"""


def style_numbering(doc):
    """A two-level chineseCounting list whose levels name the heading styles, and the styles pointing
    at it (w:numPr in the style's w:pPr): the paragraphs carry the style alone."""
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    abstract = parse_xml(ABSTRACT)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    for level, (name, font) in enumerate((("Heading 1", "黑体"), ("Heading 2", "楷体_GB2312"))):
        style = doc.styles[name]
        style.font.size = Pt(16)
        style.font.bold = False
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.font.name = "Times New Roman"
        rfonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)
        rfonts.set(qn("w:eastAsia"), font)
        pf = style.paragraph_format
        pf.space_before = pf.space_after = Pt(0)
        pf.line_spacing = Pt(28)
        ppr = style.element.get_or_add_pPr()
        numpr = parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
        )
        ppr.insert(0, numpr)


def render_jiyuan(doc, blocks):
    style_numbering(doc)
    kinds = common(doc)
    for kind, text in blocks:
        if kind in ("hs1", "hs2"):
            p = doc.add_paragraph(style="Heading 1" if kind == "hs1" else "Heading 2")
            p.add_run(text)
        elif kind == "pagebreak":
            office.page_break(doc)
        elif kind == "rule":
            office.rule(doc, "")
        else:
            kinds[kind](text)


# ---------------------------------------------------------------- 黄梅: tracked changes, comments, a boxed 专栏


def revision(p, kind, text, rid, author="县数据局 李文"):
    """A w:ins / w:del run in paragraph p."""
    el = OxmlElement(f"w:{kind}")
    el.set(qn("w:id"), str(rid))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), REV_DATE)
    run = p.add_run()
    office.run_font(run, "仿宋_GB2312", 16)
    r = run._element
    if kind == "del":
        t = r.find(qn("w:t"))
        if t is None:
            t = OxmlElement("w:t")
            r.append(t)
        dt = OxmlElement("w:delText")
        dt.set(qn("xml:space"), "preserve")
        dt.text = text
        r.append(dt)
        r.remove(t)
    else:
        run.text = text
    r.addprevious(el)
    el.append(r)


def tracked(doc, container, pieces, state):
    """pieces: [(mode, text)] with mode "" (plain), "ins", "del", or "note:<comment>" (plain text
    carrying a reviewer's comment)."""
    p = body(container, "")
    for mode, text in pieces:
        if mode in ("ins", "del"):
            state["rid"] += 1
            revision(p, mode, text, state["rid"])
        elif mode.startswith("note:"):
            run = p.add_run(text)
            office.run_font(run, "仿宋_GB2312", 16)
            comment = doc.add_comment(run, text=mode[5:], author="县政府办 审核", initials="SH")
            comment._comment_elm.set(qn("w:date"), REV_DATE)  # not the time of the build
        else:
            runs_with_breaks(p, text)


def boxed(container, lines):
    """A 专栏: one bordered cell holding its title and items as paragraphs."""
    t = container.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.cell(0, 0)
    first = True
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if i == 0:
            p.alignment = CENTRE
            office.run_font(p.add_run(line), "黑体", 14)
        else:
            runs_with_breaks(p, line, size=14)


def render_huangmei(doc, blocks):
    kinds = common(doc)
    state = {"rid": 100}
    for kind, text in blocks:
        if kind == "tracked":
            tracked(doc, doc, text, state)
        elif kind == "box":
            boxed(doc, text)
        elif kind == "pagebreak":
            office.page_break(doc)
        elif kind == "rule":
            office.rule(doc, "")
        else:
            kinds[kind](text)


# ---------------------------------------------------------------- 彭阳: the plan laid out in a borderless table


def no_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "nil")
        borders.append(b)
    tblpr.append(borders)


def render_pengyang(doc, blocks):
    outer = None
    container = doc
    for kind, text in blocks:
        if kind == "frame":  # from here on, everything goes into the one cell of a borderless table
            outer = doc.add_table(rows=1, cols=1)
            no_borders(outer)
            container = outer.cell(0, 0)
            container._tc.remove(container.paragraphs[0]._p)
            continue
        if kind == "unframe":
            container = doc
            continue
        if kind == "indicators":
            inner = container.add_table(rows=len(text), cols=len(text[0]))
            inner.style = "Table Grid"
            for r, row in enumerate(text):
                for c, value in enumerate(row):
                    p = inner.cell(r, c).paragraphs[0]
                    p.alignment = CENTRE
                    office.run_font(
                        p.add_run(value), "黑体" if r == 0 else "仿宋_GB2312", 12, r == 0
                    )
            container.add_paragraph()  # Word keeps a paragraph after a nested table
            continue
        if kind == "rule":
            office.rule(doc, "")
            continue
        common(container)[kind](text)


def write(module, path):
    render = {"jiyuan": render_jiyuan, "huangmei": render_huangmei, "pengyang": render_pengyang}[
        module.PLACE
    ]
    office.write_docx(path, module.PLAN["title"], module.BLOCKS, render)


def main():
    only = "--extractions-only" in sys.argv
    for module in (JY, HM, PY):
        office.write_extraction(HERE, module)
        if only:
            continue
        target = HERE / f"{module.SLUG}.{module.KIND}"
        if module.KIND == "docx":
            write(module, target)
        else:
            target.write_bytes(office.convert(module, "doc", write))


if __name__ == "__main__":
    main()

# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_bv documents (SYNTHETIC_BV.md) — INVENTED 2026 "人工智能+" documents of 云南 / 四川
places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- shangrila-ai-plus-action-plan-2026-synthetic.docx — a county-level city's 行动计划 as WPS Office saves a .docx:
  soft line breaks (w:br), 一、 typed but （一） by w:numPr list numbering, a baseline table whose cells hold several
  paragraphs, the 主要目标 in a text box (wps:wsp in mc:AlternateContent with its VML fallback), each task's
  annotation in a smaller run with its own rPr;
- lizhou-ai-plus-implementation-2026-synthetic.mht — a district's 实施方案 as a browser saves its portal article as a
  single-file web archive (MIME multipart/related: the page quoted-printable in GBK, a CSS part, a PNG part), the
  text in <p> with &nbsp; indents and <span style> runs, annotations in <font> tags;
- tongjiang-ai-plus-work-plan-2026-synthetic.doc — a county's 工作方案 as a Word 97–2003 file converted by LibreOffice
  from a .docx whose headings and items are numbered by Word list numbering (numbers not in the text), with a 任务分工
  table at the end whose 类别 and 牵头单位 cells are merged down.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_bv/make_files.py
(--extractions-only writes the .yaml files alone; the .doc needs /usr/bin/soffice).
"""

import quopri
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, synthetic_office.py: shared

import doc_lizhou as LZ  # noqa: E402
import doc_shangrila as SL  # noqa: E402
import doc_tongjiang as TJ  # noqa: E402
import synthetic_office as office  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.oxml import OxmlElement, parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import Cm  # noqa: E402

# ---------------------------------------------------------------- list numbering


def numbering(doc, formats):
    """formats: [(numFmt, lvlText)]; returns new_list(i): a fresh list of format i (its own
    abstract list, so every list counts from 1 in Word and in LibreOffice's Word 97 export)."""
    part = doc.part.numbering_part.element
    made = [200]

    def new_list(i):
        made[0] += 1
        fmt, text = formats[i]
        part.insert(
            0,
            parse_xml(
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{made[0]}">'
                '<w:multiLevelType w:val="singleLevel"/>'
                f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>'
            ),
        )
        part.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{made[0]}"><w:abstractNumId w:val="{made[0]}"/></w:num>'
            )
        )
        return made[0]

    return new_list


def numbered(p, num_id):
    ppr = p._element.get_or_add_pPr()
    ppr.insert(
        0,
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
        ),
    )


def line_breaks(doc, lines, font="方正小标宋简体", size=22):
    p = office.para(doc, lines[0], font, size, WD_ALIGN_PARAGRAPH.CENTER, False)
    for line in lines[1:]:
        run = p.add_run()
        run._element.append(OxmlElement("w:br"))
        office.run_font(run, font, size)
        run.add_text(line)
    return p


def small_run(p, text, br=False):
    """A task's annotation as WPS keeps it: a run of its own, 楷体 14 pt, its own rPr."""
    run = p.add_run()
    office.run_font(run, "楷体_GB2312", 14)
    if br:
        run._element.append(OxmlElement("w:br"))
    run.add_text(text)


def multi_table(doc, rows):
    """A bordered table whose cells hold one paragraph per line."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, lines in enumerate(row):
            cell = t.cell(r, c)
            for k, line in enumerate(lines):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                office.run_font(p.add_run(line), "黑体" if r == 0 else "仿宋_GB2312", 12, r == 0)


def text_box(doc, lines):
    """The 主要目标 box: a paragraph anchoring a WPS text box (wps:wsp) with its VML fallback."""

    def paras():
        out = ""
        for k, line in enumerate(lines):
            bold = "<w:b/>" if k == 0 else ""
            jc = '<w:jc w:val="center"/>' if k == 0 else ""
            out += (
                f'<w:p><w:pPr>{jc}</w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia" w:eastAsia="仿宋_GB2312"/>{bold}'
                f'<w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">{line}</w:t></w:r></w:p>'
            )
        return out

    cx, cy = Cm(15.6), Cm(6.2)
    xml = (
        f'<w:r {nsdecls("w", "wp", "a", "pic", "r")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="2" name="文本框 2"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{paras()}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:rect id="文本框 2" o:spid="_x0000_s1026" style="width:442pt;height:176pt" stroked="t">'
        f"<v:textbox><w:txbxContent>{paras()}</w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    p = doc.add_paragraph()
    p._element.append(parse_xml(xml))


WPS_APP = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Template>Normal.dotm</Template><Pages>6</Pages><Words>0</Words><Characters>0</Characters>"
    b"<Application>WPS Office_12.1.0.18608_F1E327BC-269C-435d-A152-05C5408002CA</Application>"
    b"<DocSecurity>0</DocSecurity><Lines>0</Lines><Paragraphs>0</Paragraphs><ScaleCrop>false</ScaleCrop>"
    b"<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>0</CharactersWithSpaces><AppVersion>12.1</AppVersion></Properties>"
)


def write_wps(module, path: Path):
    doc = office.new_document(module.PLAN["title"])
    office.page_footer(doc)
    new_list = numbering(doc, [("chineseCounting", "（%1）")])
    lists = {}
    for kind, text in module.BLOCKS:
        if kind == "title_br":
            line_breaks(doc, text)
        elif kind == "h2n":
            group, title = text
            if group not in lists:
                lists[group] = new_list(0)
            numbered(office.para(doc, title, "楷体_GB2312", indent=False), lists[group])
        elif kind == "table":
            multi_table(doc, text)
        elif kind == "textbox":
            text_box(doc, text)
        elif kind == "task":
            head, body, annotation, br = text
            p = office.para(doc, [(head, True), (body, False)])
            small_run(p, annotation, br)
        else:
            office.renderer()(doc, [(kind, text)])
    doc.save(str(path))
    with zipfile.ZipFile(path) as src:
        entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries:
            if name == "docProps/app.xml":
                data = WPS_APP
            info = zipfile.ZipInfo(name, office.FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)


# ---------------------------------------------------------------- Word 97 .doc from a listed .docx


def merged_table(doc, header, rows, merge_columns):
    """A bordered table; in each column of merge_columns a run of equal cells is merged down."""
    t = doc.add_table(rows=len(rows) + 1, cols=len(header))
    t.style = "Table Grid"
    for c, text in enumerate(header):
        p = t.cell(0, c).paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        office.run_font(p.add_run(text), "黑体", 12, True)
    for c in range(len(header)):
        r = 0
        while r < len(rows):
            end = r
            if c in merge_columns:
                while end + 1 < len(rows) and rows[end + 1][c] == rows[r][c]:
                    end += 1
            cell = t.cell(r + 1, c) if end == r else t.cell(r + 1, c).merge(t.cell(end + 1, c))
            office.run_font(cell.paragraphs[0].add_run(rows[r][c]), "仿宋_GB2312", 12)
            r = end + 1
    return t


def write_listed_docx(module, path: Path):
    doc = office.new_document(module.PLAN["title"])
    office.page_footer(doc)
    new_list = numbering(
        doc, [("chineseCounting", "%1、"), ("chineseCounting", "（%1）"), ("decimal", "%1.")]
    )
    lists = {}
    for kind, text in module.BLOCKS:
        if kind in ("h1n", "h2n", "taskn"):
            level = ("h1n", "h2n", "taskn").index(kind)
            key, shown = text[0], text[1]
            if key not in lists:
                lists[key] = new_list(level)
            if kind == "taskn":
                p = office.para(doc, [(shown[0], True), (shown[1], False)])
            else:
                p = office.para(doc, shown, "黑体" if level == 0 else "楷体_GB2312")
            numbered(p, lists[key])
        elif kind == "merged":
            merged_table(doc, *text)
        else:
            office.renderer()(doc, [(kind, text)])
    doc.save(str(path))
    office.fixed_zip(path)


# ---------------------------------------------------------------- single-file web archive


BOUNDARY = "----=_NextPart_000_0000_01DD6A2B.5C3E8F10"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2213bc30000000049454e44ae426082"
)


def b64_lines(data: bytes) -> str:
    import base64

    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i : i + 76] for i in range(0, len(s), 76))


def write_mht(module, path: Path):
    html = module.HTML.encode("gbk")
    qp = quopri.encodestring(html).decode("ascii").replace("\n", "\r\n")
    parts = [
        "From: <Saved by Blink>",
        "Snapshot-Content-Location: " + module.URL,
        "Subject: "
        + "=?utf-8?B?"
        + __import__("base64").b64encode(module.PAGE_TITLE.encode("utf-8")).decode("ascii")
        + "?=",
        "Date: Thu, 14 May 2026 09:12:33 +0800",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{BOUNDARY}"',
        "",
        "",
        f"--{BOUNDARY}",
        "Content-Type: text/html; charset=gbk",
        "Content-ID: <frame-0A1B2C3D4E5F60718293A4B5C6D7E8F9@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: " + module.URL,
        "",
        qp,
        "",
        f"--{BOUNDARY}",
        "Content-Type: text/css",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: " + module.CSS_URL,
        "",
        quopri.encodestring(module.CSS.encode("ascii")).decode("ascii").replace("\n", "\r\n"),
        "",
        f"--{BOUNDARY}",
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        "Content-Location: " + module.IMG_URL,
        "",
        b64_lines(PNG),
        "",
        f"--{BOUNDARY}--",
        "",
    ]
    path.write_bytes("\r\n".join(parts).encode("ascii"))


if __name__ == "__main__":
    only = "--extractions-only" in sys.argv
    for module in (SL, LZ, TJ):
        office.write_extraction(HERE, module)
    if not only:
        write_wps(SL, HERE / f"{SL.SLUG}.docx")
        write_mht(LZ, HERE / f"{LZ.SLUG}.mht")
        (HERE / f"{TJ.SLUG}.doc").write_bytes(office.convert(TJ, "doc", write_listed_docx))

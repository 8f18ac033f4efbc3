# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_as documents (SYNTHETIC_AS.md) — INVENTED 2026 "人工智能+" documents of
陕西省 (province level), 北京市昌平区 and 上海市嘉定区 — and their expected extractions (.yaml beside each),
from doc_*.py (setlib.py holds their shared helpers):

- shaanxi-ai-plus-action-2026-synthetic.pdf — the province's 行动计划, built as .docx and printed to PDF by
  LibreOffice: a goals paragraph of two dated sentences and a 主要指标 table repeating it, tasks
  （一）–（十四） numbered on across four chapters, "（省X牵头，省Y、Z按职责分工负责）";
- changping-ai-plus-measures-2026-synthetic.docx — a Beijing district's 若干措施 (python-docx): 第X章 /
  第X条 numbered on, "（责任单位：…）" under "排在第一位的为牵头单位，其他为配合单位", a 专栏 box;
- jiading-ai-plus-2026-synthetic.html — a Shanghai district's 实施方案 as its portal page saved, with
  titled goal items 1.–4. and an own line "牵头部门：X　配合部门：Y" after each task.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_as/make_files.py
(--extractions-only writes the .yaml files alone; the PDF needs /usr/bin/soffice).
"""

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, shared by the sets

import doc_changping as CP  # noqa: E402
import doc_jiading as JD  # noqa: E402
import doc_shaanxi as SX  # noqa: E402
from synthetic_model import extraction  # noqa: E402

FIXED = (2026, 12, 5, 0, 0, 0)


def write_extraction(module):
    data = extraction(**module.EXTRACTION)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)
    (HERE / f"{module.SLUG}.yaml").write_text(module.HEADER + body, encoding="utf-8")


# ---------------------------------------------------------------- Word


def run_font(run, east_asia, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    if color:
        run.font.color.rgb = RGBColor(*color)
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asia)


def para(doc, runs, font="仿宋_GB2312", size=16, align=None, indent=True, color=None):
    """runs: a string, or [(text, bold)]."""
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if isinstance(runs, str):
        runs = [(runs, False)]
    for text, bold in runs:
        run_font(p.add_run(text), font, size, bold, color)
    return p


def new_document(title):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    core = doc.core_properties
    core.author = core.last_modified_by = ""
    core.title = title
    core.created = core.modified = datetime(2026, 3, 1, 8, 0, 0)
    core.revision = 1
    return doc


def page_footer(doc):
    """— N — centred in the footer, as 公文 print it."""
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("— "), "宋体", 14)
    run = p.add_run()
    run_font(run, "宋体", 14)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._element.append(el)
    run_font(p.add_run(" —"), "宋体", 14)


def render(doc, blocks):
    for kind, text in blocks:
        if kind == "head":
            para(
                doc,
                [(text, True)],
                "方正小标宋简体",
                22,
                WD_ALIGN_PARAGRAPH.CENTER,
                False,
                (0xD0, 0, 0),
            )
        elif kind == "docno":
            para(doc, text, "仿宋_GB2312", 16, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "title":
            para(doc, text, "方正小标宋简体", 22, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "addressee":
            para(doc, text, indent=False)
        elif kind == "h1":
            para(doc, text, "黑体")
        elif kind in ("sign", "date"):
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif kind == "h2":
            para(doc, text, "楷体_GB2312")
        elif kind == "chapter":
            para(doc, text, "黑体", 16, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "caption":
            para(doc, text, "黑体", 14, WD_ALIGN_PARAGRAPH.CENTER, False)
        elif kind == "table":
            table_block(doc, text)
        elif kind == "box":
            box_block(doc, text)
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            para(doc, text)


def borders(table):
    tbl_pr = table._tbl.tblPr
    el = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{edge}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:color"), "000000")
        el.append(b)
    tbl_pr.append(el)


def cell_text(cell, text, font="仿宋_GB2312", size=12, bold=False):
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run(text), font, size, bold)


def table_block(doc, rows):
    """A 主要指标 table: header row in 黑体, cells centred, ruled."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    borders(table)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell_text(table.cell(r, c), text, "黑体" if r == 0 else "仿宋_GB2312", 12)


def box_block(doc, lines):
    """A 专栏 box: one ruled cell, its title in 黑体, its lines in 楷体."""
    table = doc.add_table(rows=1, cols=1)
    borders(table)
    cell = table.cell(0, 0)
    cell_text(cell, lines[0], "黑体", 14)
    for line in lines[1:]:
        p = cell.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(28)
        run_font(p.add_run(line), "楷体_GB2312", 14)


def fixed_zip(path: Path):
    """Rewrite the .docx with every entry dated FIXED, so the file is the same on every run."""
    with zipfile.ZipFile(path) as src:
        entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries:
            info = zipfile.ZipInfo(name, FIXED)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)


def write_docx(module, path: Path):
    doc = new_document(module.TITLE)
    page_footer(doc)
    render(doc, module.BLOCKS)
    doc.save(str(path))
    fixed_zip(path)


def write_pdf(module, path: Path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{module.SLUG}.docx"
        write_docx(module, source)
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        data = (Path(tmp) / f"{module.SLUG}.pdf").read_bytes()
    # dates, /ID and /DocChecksum replaced by fixed ones of the same length (the xref stays right)
    data = re.sub(rb"D:\d{14}", b"D:20260318090000", data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 31 + b"1>", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    path.write_bytes(data)


def main():
    only = "--extractions-only" in sys.argv
    for module in (SX, CP, JD):
        write_extraction(module)
        if only:
            continue
        target = HERE / f"{module.SLUG}.{module.KIND}"
        if module.KIND == "docx":
            write_docx(module, target)
        elif module.KIND == "pdf":
            write_pdf(module, target)
        else:
            target.write_text(module.TEXT, encoding="utf-8")


if __name__ == "__main__":
    main()

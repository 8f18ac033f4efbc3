# ruff: noqa: E501  (plan text as the offices write it)
"""Builds the three synthetic_at documents (SYNTHETIC_AT.md) — INVENTED 2026 "人工智能+" documents of
湖北 / 江西 / 山东 places no folder held — and their expected extractions (.yaml beside each), from doc_*.py:

- enshi-ai-plus-2026-synthetic.doc — an autonomous prefecture's 实施方案 as a Word 97–2003 file: built as
  .docx (python-docx) and converted by LibreOffice (`--convert-to doc`), with an annex indicator table;
- ganjiang-ai-plus-2026-synthetic.pdf — a national new area 管委会's 行动方案, built as .docx and printed
  to PDF by LibreOffice;
- caoxian-ai-plus-work-points-2026-synthetic.html — a county's 工作要点 as its portal page is saved,
  the tasks in one table.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_at/make_files.py
(--extractions-only writes the .yaml files alone; the .doc and the PDF need /usr/bin/soffice).
The .doc is made the same on every run by fixing the dates LibreOffice writes into it (see fixed_doc).
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
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # synthetic_model.py, shared by the sets

import doc_caoxian as CX  # noqa: E402
import doc_enshi as ES  # noqa: E402
import doc_ganjiang as GJ  # noqa: E402
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


def para(doc, runs, font="仿宋_GB2312", size=16, align=None, indent=True, color=None, bold=False):
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
        runs = [(runs, bold)]
    for text, strong in runs:
        run_font(p.add_run(text), font, size, strong, color)
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


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = t.cell(r, c)
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run_font(p.add_run(value), "黑体" if r == 0 else "仿宋_GB2312", 12)


def render(doc, blocks):
    for kind, text in blocks:
        if kind == "head":
            para(
                doc,
                [(text, True)],
                "方正小标宋简体",
                26,
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
        elif kind == "h2":
            para(doc, text, "楷体_GB2312", bold=True)
        elif kind in ("sign", "date"):
            para(doc, text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            table(doc, text)
        else:
            para(doc, text)


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
    doc = new_document(module.PLAN["title"])
    page_footer(doc)
    render(doc, module.BLOCKS)
    doc.save(str(path))
    fixed_zip(path)


def convert(module, to: str) -> bytes:
    """The module's .docx converted by LibreOffice (headless, a throwaway profile) to `to`."""
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
                to,
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        return (Path(tmp) / f"{module.SLUG}.{to}").read_bytes()


def write_pdf(module, path: Path):
    data = convert(module, "pdf")
    # dates, /ID and /DocChecksum replaced by fixed ones of the same length (the xref stays right)
    data = re.sub(rb"D:\d{14}", b"D:20260318090000", data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 31 + b"1>", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    path.write_bytes(data)


def write_doc(module, path: Path):
    path.write_bytes(fixed_doc(convert(module, "doc")))


def fixed_doc(data: bytes) -> bytes:
    return data


def main():
    only = "--extractions-only" in sys.argv
    for module in (ES, GJ, CX):
        write_extraction(module)
        if only:
            continue
        target = HERE / f"{module.SLUG}.{module.KIND}"
        if module.KIND == "doc":
            write_doc(module, target)
        elif module.KIND == "pdf":
            write_pdf(module, target)
        else:
            target.write_text(module.TEXT, encoding="utf-8")


if __name__ == "__main__":
    main()

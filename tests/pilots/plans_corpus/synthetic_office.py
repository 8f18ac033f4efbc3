"""The office-document writers the synthetic sets ao–au share: Word paragraphs in 公文 fonts, the
page footer, and .docx / LibreOffice PDF files made byte-identical on every run. Each set's
make_files.py keeps its own render (which block kind prints how), its tables and its main."""

import re
import shutil
import subprocess
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
from synthetic_model import extraction

FIXED = (2026, 12, 5, 0, 0, 0)
PDF_DATE = b"D:20260318090000"


def write_extraction(here: Path, module):
    data = extraction(**module.EXTRACTION)
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)
    (here / f"{module.SLUG}.yaml").write_text(module.HEADER + body, encoding="utf-8")


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
    """runs: a string (bold or not), or [(text, bold)]."""
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


def write_docx(path: Path, title, blocks, render):
    """A 公文 page with its footer, the blocks printed by the set's render(doc, blocks)."""
    doc = new_document(title)
    page_footer(doc)
    render(doc, blocks)
    doc.save(str(path))
    fixed_zip(path)


# ---------------------------------------------------------------- LibreOffice


def convert(module, to: str, write_docx) -> bytes:
    """The module's .docx (made by write_docx(module, path)) converted by LibreOffice (headless, a
    throwaway profile) to `to`."""
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


def write_pdf(module, path: Path, write_docx, date=PDF_DATE):
    data = convert(module, "pdf", write_docx)
    # dates, /ID and /DocChecksum replaced by fixed ones of the same length (the xref stays right)
    data = re.sub(rb"D:\d{14}", date, data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 31 + b"1>", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    path.write_bytes(data)

"""The office-document writers the synthetic sets ao–ay share: Word paragraphs in 公文 fonts, the
page footer, and .docx / LibreOffice PDF / .doc files made byte-identical on every run. Sets ao–at
keep their own render (which block kind prints how), tables and main; sets au–ay print their blocks
with renderer() (the common kinds, a bordered table, a few kinds of their own) and build() them."""

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
from synthetic_model import extraction

FIXED = (2026, 12, 5, 0, 0, 0)
PDF_DATE = b"D:20260318090000"


def _cleaned(value, convert):
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, list):
        return [_cleaned(v, convert) for v in value]
    if isinstance(value, dict):
        return {k: _cleaned(v, convert) for k, v in value.items()}
    return value


def write_extraction(here: Path, module):
    """The module's expected extraction. A module printed in traditional characters declares
    SOURCE_CLEANING = {"opencc": "t2s"}: the extraction then holds the cleaned (simplified)
    text, as the corpus convention has it (SOURCES.md: `source_cleaning` declares how the .txt
    was cleaned)."""
    data = extraction(**module.EXTRACTION)
    cleaning = getattr(module, "SOURCE_CLEANING", None)
    if cleaning:
        import opencc

        data = _cleaned(data, opencc.OpenCC(cleaning["opencc"]).convert)
        data = {
            **{k: data[k] for k in ("format", "zone")},
            "source_cleaning": cleaning,
            **{k: v for k, v in data.items() if k not in ("format", "zone")},
        }
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


def page_break(doc):
    run = doc.add_paragraph().add_run()
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "page")
    run._element.append(br)


def second_column_wide(n):
    return [7.0 if c == 1 else 8.6 / (n - 1) for c in range(n)]


def table(doc, rows, widths=second_column_wide, size=14, centre=lambda c, n: c != 1):
    """A bordered table, its first row the header (bold, 黑体, centred), the other cells in 仿宋
    `size` pt; widths(n) gives the n columns' widths in cm, centre(c, n) whether body column c is
    centred (by default all but the second)."""
    n = len(rows[0])
    t = doc.add_table(rows=len(rows), cols=n)
    t.style = "Table Grid"
    t.autofit = False
    cms = [Cm(w) for w in widths(n)]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = t.cell(r, c)
            cell.width = cms[c]
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if r == 0 or centre(c, n) else None
            run_font(p.add_run(text), "黑体" if r == 0 else "仿宋_GB2312", size, r == 0)
    for c, col in enumerate(t.columns):
        col.width = cms[c]


def rule(doc, text):
    """The thin line above the 抄送 block: a paragraph with a bottom border."""
    p = doc.add_paragraph()
    ppr = p._element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{k}"), v)
    borders.append(bottom)
    ppr.append(borders)


def renderer(extra=None, caption=("黑体", 14), **table_options):
    """render(doc, blocks) for blocks [(kind, text)]: head, docno, title, addressee, h1, h2, item
    ((bold heading, rest) in one paragraph), caption (font, size), table (table() with
    table_options), pagebreak, sign / date (right-aligned); any other kind a body paragraph. extra
    maps a set's own kinds (or a common kind it prints otherwise) to print(doc, text)."""
    centre = WD_ALIGN_PARAGRAPH.CENTER
    right = WD_ALIGN_PARAGRAPH.RIGHT
    kinds = {
        "head": lambda doc, text: para(
            doc, [(text, True)], "方正小标宋简体", 22, centre, False, (0xD0, 0, 0)
        ),
        "docno": lambda doc, text: para(doc, text, "仿宋_GB2312", 16, centre, False),
        "title": lambda doc, text: para(doc, text, "方正小标宋简体", 22, centre, False),
        "addressee": lambda doc, text: para(doc, text, indent=False),
        "h1": lambda doc, text: para(doc, text, "黑体"),
        "h2": lambda doc, text: para(doc, text, "楷体_GB2312"),
        "item": lambda doc, text: para(doc, [(text[0], True), (text[1], False)]),
        "caption": lambda doc, text: para(doc, text, *caption, centre, False),
        "table": lambda doc, text: table(doc, text, **table_options),
        "pagebreak": lambda doc, text: page_break(doc),
        "sign": lambda doc, text: para(doc, text, align=right, indent=False),
        "date": lambda doc, text: para(doc, text, align=right, indent=False),
        **(extra or {}),
    }

    def render(doc, blocks):
        for kind, text in blocks:
            kinds.get(kind, para)(doc, text)

    return render


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


# ---------------------------------------------------------------- a set's files


def build(here: Path, modules, render):
    """Each module's expected extraction (.yaml) and, unless --extractions-only, its document:
    .docx printed by render, PDF or Word 97 .doc converted from it by LibreOffice, or its TEXT."""
    only = "--extractions-only" in sys.argv

    def docx(module, path):
        write_docx(path, module.PLAN["title"], module.BLOCKS, render)

    for module in modules:
        write_extraction(here, module)
        if only:
            continue
        target = here / f"{module.SLUG}.{module.KIND}"
        if module.KIND == "docx":
            docx(module, target)
        elif module.KIND == "pdf":
            write_pdf(module, target, docx)
        elif module.KIND == "doc":
            target.write_bytes(convert(module, "doc", docx))
        else:
            target.write_text(module.TEXT, encoding="utf-8")

# ruff: noqa: E501
"""Builds the three synthetic_r documents — successor plans of three seed zones (SYNTHETIC_R.md) — and
their expected extractions, both from the one list of lines each doc_*.py holds:

- chongqing-ai-plus-2025-synthetic.pdf — a .docx built here (python-docx: 仿宋 body, 黑体 part headings,
  楷体 chapter headings, a "— N —" page-number field in the footer) printed to PDF by LibreOffice;
- hefei-ai-plus-2025-synthetic.docx — a Word file (python-docx) with typed numbering;
- liuzhou-ai-plus-manufacturing-2025-synthetic.txt — the site's text copy (UTF-8, ASCII punctuation).

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_r/make_files.py
(needs /usr/bin/soffice for the PDF; --extractions-only writes the .yaml files alone).
"""

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_chongqing as CQ  # noqa: E402
import doc_hefei as HF  # noqa: E402
import doc_liuzhou as LZ  # noqa: E402
from plan_model import document_lines, extraction  # noqa: E402

PART = re.compile(r"^[一二三四五六七八九十]+、")
CHAPTER = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, value):
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _str)


def write_extraction(doc, header: str):
    data = extraction(doc.META, doc.AGENCIES, doc.ITEMS)
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
    comment = "".join(f"# {line}\n" if line else "#\n" for line in header.strip().splitlines())
    (HERE / f"{doc.STEM}.yaml").write_text(comment + body, encoding="utf-8")


def _font(run, name, size, bold=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _page_number_footer(document):
    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(footer.add_run("— "), "宋体", 14)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    footer._p.append(field)
    _font(footer.add_run(" —"), "宋体", 14)


def build_docx(doc, path: Path, titles: set[str], page_numbers: bool):
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "仿宋_GB2312"
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    style.font.size = Pt(16)
    if page_numbers:
        _page_number_footer(document)
    for line in document_lines(doc.ITEMS):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.line_spacing = Pt(28)
        if line in titles:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(paragraph.add_run(line), "方正小标宋简体", 22)
        elif PART.match(line) and len(line) < 30:
            paragraph.paragraph_format.first_line_indent = Pt(32)
            _font(paragraph.add_run(line), "黑体", 16)
        elif CHAPTER.match(line) and len(line) < 40:
            paragraph.paragraph_format.first_line_indent = Pt(32)
            _font(paragraph.add_run(line), "楷体_GB2312", 16, bold=True)
        elif (
            re.match(r"^\d{4}年\d+月\d+日$", line)
            or line.endswith("办公厅")
            or line == "合肥市人民政府"
        ):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(paragraph.add_run(line), "仿宋_GB2312", 16)
        else:
            paragraph.paragraph_format.first_line_indent = Pt(32)
            _font(paragraph.add_run(line), "仿宋_GB2312", 16)
    document.save(str(path))


def build_pdf(doc):
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{doc.STEM}.docx"
        build_docx(doc, source, {CQ.NOTICE[1], CQ.NOTICE[-1]}, page_numbers=True)
        subprocess.run(
            [
                "/usr/bin/soffice",
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
            timeout=300,
        )
        shutil.copy(Path(tmp) / f"{doc.STEM}.pdf", HERE / f"{doc.STEM}.pdf")


def build_txt(doc):
    (HERE / f"{doc.STEM}.txt").write_text(
        "\n".join(document_lines(doc.ITEMS)) + "\n", encoding="utf-8"
    )


def main():
    only_extractions = "--extractions-only" in sys.argv
    for doc in (CQ, HF, LZ):
        write_extraction(doc, (HERE / f"{doc.STEM}.header").read_text(encoding="utf-8"))
    if only_extractions:
        return
    build_pdf(CQ)
    build_docx(HF, HERE / f"{HF.STEM}.docx", {HF.NOTICE[0], HF.NOTICE[-1]}, page_numbers=False)
    build_txt(LZ)


if __name__ == "__main__":
    main()

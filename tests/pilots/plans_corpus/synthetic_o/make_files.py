# ruff: noqa: E501
"""Builds the three synthetic_o documents and their expected extractions (SYNTHETIC_O.md):

- yunnan-ai-plus-2026-synthetic.docx — a province's Word file: outline in Word heading styles
  (Heading 1/2/3, shown as 标题 1/2/3 by a Chinese Word; numbers typed), five levels
  (一、 / （一） / 1． / （1） / ①), 专栏 boxes as one-cell bordered tables;
- changzhou-ai-manufacturing-2026-synthetic.pdf — a city sector plan written as .docx and printed
  by LibreOffice (soffice --headless --convert-to pdf), with a 主要指标 table and an annex 分工表;
- zhengding-ai-plus-2026-synthetic.txt — a county's plan as plain text.

Run from the repository root:  .venv/bin/python tests/pilots/plans_corpus/synthetic_o/make_files.py
(needs /usr/bin/soffice for the PDF; --extractions-only writes the .yaml files alone).
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import doc_changzhou as CZ  # noqa: E402
import doc_yunnan as YN  # noqa: E402
import doc_zhengding as ZD  # noqa: E402
from model import extraction, quoted, tasks_of  # noqa: E402

SERIF = "Noto Serif CJK SC"


def _fonts(document, size=14):
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title"):
        style = document.styles[name]
        style.font.name = SERIF
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), SERIF)
    document.styles["Normal"].font.size = Pt(size)


def _para(document, text, *, bold=False, center=False, right=False, size=None, indent=True):
    p = document.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        p.paragraph_format.first_line_indent = Pt(28)
    return p


def _page_break(document):
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- 1. 云南: Word heading styles


def yunnan_docx(path: Path):
    d = Document()
    _fonts(d, 14)
    for level in (
        1,
        2,
        3,
    ):  # as a Chinese Word saves them: styleId "1", name "heading 1" (shown 标题 1)
        d.styles[f"Heading {level}"].style_id = str(level)
    _para(d, YN.NOTICE_TITLE, bold=True, center=True, size=18)
    _para(d, YN.NOTICE_NUMBER, center=True)
    _para(d, YN.NOTICE[0], indent=False)
    for text in YN.NOTICE[1:]:
        _para(d, text)
    for text in YN.SIGNATURE:
        _para(d, text, right=True)
    _page_break(d)
    _para(d, YN.PLAN["title"], bold=True, center=True, size=20)
    _para(d, YN.PREAMBLE)
    d.add_heading("一、总体要求", level=1)
    d.add_heading("（一）发展基础", level=2)
    _para(d, YN.BASIS)
    d.add_heading("（二）指导思想", level=2)
    _para(d, YN.GUIDE)
    d.add_heading("（三）基本原则", level=2)
    _para(d, YN.PRINCIPLES)
    d.add_heading("（四）发展目标", level=2)
    _para(d, YN.GOAL_TEXT)
    _para(d, YN.GOAL_2030)
    for part in YN.SECTIONS:
        d.add_heading(f"{part.numbering}{part.title}", level=1)
        if part.kind == "safeguard":
            for t in part.tasks:
                d.add_heading(f"{t.numbering}{t.title}", level=2)
                for text in t.paras:
                    _para(d, text)
            continue
        for chapter in part.sections:
            d.add_heading(f"{chapter.numbering}{chapter.title}", level=2)
            for t in chapter.tasks:
                d.add_heading(f"{t.numbering}{t.head}", level=3)
                for text in t.paras:
                    p = _para(d, text)
                    if text[0] in "①②③④⑤":
                        p.paragraph_format.left_indent = Pt(28)
            for box in chapter.sections:
                table = d.add_table(rows=1, cols=1)
                table.style = d.styles["Table Grid"]
                cell = table.rows[0].cells[0]
                first = cell.paragraphs[0]
                first.alignment = WD_ALIGN_PARAGRAPH.CENTER
                first.add_run(box.box_title).bold = True
                for t in box.tasks:
                    cell.add_paragraph(f"{t.numbering}{t.head}")
                d.add_paragraph()
    d.save(path)


# ---------------------------------------------------------------- 2. 常州: .docx printed by LibreOffice


def _table(d, rows, widths=None):
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = d.styles["Table Grid"]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.rows[r].cells[c]
            cell.text = text
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return table


def changzhou_docx(path: Path):
    d = Document()
    _fonts(d, 14)
    _para(d, CZ.NOTICE_TITLE, bold=True, center=True, size=18)
    _para(d, CZ.NOTICE[0], indent=False)
    _para(d, CZ.NOTICE[1])
    _para(d, CZ.ISSUE_LINES[0], right=True)
    _para(d, CZ.ISSUE_LINES[1], right=True)
    _page_break(d)
    _para(d, CZ.PLAN["title"], bold=True, center=True, size=20)
    _para(d, CZ.PREAMBLE)
    _para(d, "一、总体要求", bold=True, indent=False)
    _para(d, "（一）发展基础", bold=True)
    _para(d, CZ.BASIS)
    _para(d, "（二）总体思路", bold=True)
    _para(d, CZ.GUIDE)
    _para(d, "（三）基本原则", bold=True)
    _para(d, CZ.PRINCIPLES)
    _para(d, "二、发展目标", bold=True, indent=False)
    _para(d, CZ.GOAL_PARAGRAPH)
    _para(d, "表1  主要指标", bold=True, center=True)
    _table(d, [CZ.TABLE_HEAD, *CZ.TABLE_ROWS])
    for part in CZ.SECTIONS:
        if part.kind == "safeguard":
            _para(d, CZ.STEPS[0], bold=True, indent=False)
            for text in CZ.STEPS[1:]:
                _para(d, text)
        _para(d, f"{part.numbering}{part.title}", bold=True, indent=False)
        if part.kind == "safeguard":
            for t in part.tasks:
                _para(d, f"{t.numbering}{t.head}")
            continue
        for chapter in part.sections:
            _para(d, f"{chapter.numbering}{chapter.title}", bold=True)
            for t in chapter.tasks:
                _para(d, t.head)
                for text in t.paras:
                    _para(d, text)
    _para(d, CZ.ISSUE_LINES[2], indent=False)
    _page_break(d)
    _para(d, "附件1", bold=True, indent=False)
    _para(d, "重点工程分工表", bold=True, center=True, size=16)
    _para(d, "（正文已明确责任单位的重点工程不再列入本表）", center=True)
    _table(d, [["序号", "重点工程", "牵头单位", "配合单位"], *CZ.ANNEX_ROWS])
    _page_break(d)
    _para(d, CZ.DEFINITIONS[0], bold=True, indent=False)
    _para(d, CZ.DEFINITIONS[1], bold=True, center=True, size=16)
    for text in CZ.DEFINITIONS[2:]:
        _para(d, text)
    d.save(path)


def changzhou_pdf(path: Path):
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{path.stem}.docx"
        changzhou_docx(source)
        subprocess.run(
            [
                "soffice",
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
        shutil.copy(Path(tmp) / f"{path.stem}.pdf", path)


# ---------------------------------------------------------------- 3. 正定: plain text


def zhengding_text() -> str:
    lines = list(ZD.HEAD)
    lines.append(f"    {ZD.GOAL_2026}")
    lines.append(f"    {ZD.GOAL_TEXT}")
    for part in ZD.SECTIONS:
        if part.kind == "safeguard":
            lines += ZD.STEPS
        lines.append(f"{part.numbering}{part.title}")
        if part.kind == "safeguard":
            lines += [f"    {t.numbering}{t.head}" for t in part.tasks]
            continue
        for chapter in part.sections:
            lines.append(f"{chapter.numbering}{chapter.title}")
            for t in chapter.tasks:
                lines.append(f"    {t.numbering}{t.head}")
                lines += [f"    {p}" for p in t.paras]
    lines += ZD.TAIL
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- extractions

DOCS = [
    (YN, ".docx", yunnan_docx),
    (CZ, ".pdf", changzhou_pdf),
    (ZD, ".txt", lambda p: p.write_text(zhengding_text(), encoding="utf-8")),
]


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    float, lambda d, v: d.represent_int(int(v)) if v == int(v) else d.represent_float(v)
)


def write_extraction(doc):
    data = extraction(doc)
    path = HERE / f"{doc.PLAN['code']}.yaml"
    header = (HERE / f"{doc.PLAN['code']}.header").read_text(encoding="utf-8")
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100000)
    path.write_text(header + body, encoding="utf-8")
    return data


def counts(doc, data):
    tasks = list(tasks_of(doc.SECTIONS))
    targets = sum(len(g["targets"]) for g in data["goals"])
    assignments = sum(len(t.lead) + len(t.responsible) + len(t.supporting) for t in tasks)
    return len(tasks), targets, len(data["agencies"]), assignments


if __name__ == "__main__":
    for doc, suffix, build in DOCS:
        if "--extractions-only" not in sys.argv:
            build(HERE / f"{doc.PLAN['code']}{suffix}")
        data = write_extraction(doc)
        print(
            doc.PLAN["code"],
            "tasks, targets, agencies, assignments:",
            counts(doc, data),
            "quotes:",
            len(quoted(doc)),
        )

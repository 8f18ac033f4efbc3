"""The hand-made expected extractions of the plan corpus (tests/pilots/plans_corpus/*/): every
one is a valid plan fixture, and everything it quotes — goal, section and task titles and texts,
clause texts, target phrases, agency aliases — is in its source text as the fixture declares it
cleaned. Checked for every folder alike (dev/ and the held-out set), without the draft importer:
the held-out extractions must be checkable before the importer ever reads them. A source may be
a file as offices publish it (.docx, .pdf, .html, .xlsx): its words are read here by plain library
calls of the test's own, not by the importer's readers, which these extractions are meant to
measure."""

import email
import json
import re
from pathlib import Path

import olefile
import pdfplumber
import pytest
from bs4 import BeautifulSoup
from docx import Document
from docx.table import Table
from lxml import etree
from openpyxl import load_workbook

from pilots.plan_fixtures import plan_document_read
from pilots.plan_sections import sections_walk
from pilots.source_text import normalise, source_text_clean

CORPUS = Path(__file__).parent / "plans_corpus"
EXTRACTIONS = sorted(CORPUS.glob("*/*.yaml"))
SOURCE_SUFFIXES = (".txt", ".docx", ".doc", ".pdf", ".html", ".mht", ".xlsx")
PAGE_NUMBER = re.compile(r"^[—–-]\s*\d+\s*[—–-]$|^第\s*\d+\s*页\s*共\s*\d+\s*页$")
PRINT_FOOTER = re.compile(r"^(https?|file)://\S+\s+\d+/\d+$")


def source_of(extraction: Path) -> Path | None:
    found = [
        extraction.with_suffix(s) for s in SOURCE_SUFFIXES if extraction.with_suffix(s).is_file()
    ]
    return found[0] if len(found) == 1 else None


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def paragraph_words(p) -> list[str]:
    """A paragraph as it reads with its tracked changes accepted (w:ins kept, w:del's w:delText
    left out), then the paragraphs of a text box anchored in it — once: Word writes the box twice,
    as a DrawingML shape and as its VML fallback."""
    own, boxes = [], []
    for element in p.iter(f"{W}t", f"{W}tab", f"{W}txbxContent"):
        if element.tag == f"{W}txbxContent":
            if not any(a.tag == FALLBACK for a in element.iterancestors()):
                boxes.extend(
                    line for inner in element.iter(f"{W}p") for line in paragraph_words(inner)
                )
        elif next(element.iterancestors(f"{W}txbxContent", f"{W}p")) is p:
            own.append(element.text or "" if element.tag == f"{W}t" else "\t")
    return ["".join(own), *boxes]


def cell_words(cell) -> str:
    """A cell's paragraphs and the rows of a table nested in it, in order."""
    lines = []
    for block in cell.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(table_rows(block))
        else:
            lines.extend(paragraph_words(block._p))
    return "\n".join(lines)


def table_rows(table: Table) -> list[str]:
    return ["\n".join(dict.fromkeys(cell_words(cell) for cell in row.cells)) for row in table.rows]


FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def docx_words(path: Path) -> str:
    """Paragraphs and table rows in body order (a merged cell once per row), then the footnotes'
    paragraphs (word/footnotes.xml: the page-bottom notes a reader sees, synthetic_bz)."""
    document = Document(str(path))
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(table_rows(block))
        else:
            lines.extend(paragraph_words(block._p))
    for rel in document.part.rels.values():
        if rel.reltype == FOOTNOTES and not rel.is_external:
            notes = etree.fromstring(rel.target_part.blob)
            lines.extend(
                "".join(t.text or "" for t in p.iter(f"{W}t")) for p in notes.iter(f"{W}p")
            )
    return "\n".join(lines)


def doc_words(path: Path) -> str:
    """A Word 97–2003 file's text from its piece table (the CLX in the table stream that the FIB
    points to): paragraph and cell marks as line ends, field codes left out, field results kept."""
    with olefile.OleFileIO(str(path)) as ole:
        word = ole.openstream("WordDocument").read()
        flags = int.from_bytes(word[10:12], "little")
        table = ole.openstream("1Table" if flags & 0x0200 else "0Table").read()
    fc_clx = int.from_bytes(word[0x1A2:0x1A6], "little")
    lcb_clx = int.from_bytes(word[0x1A6:0x1AA], "little")
    clx, at = table[fc_clx : fc_clx + lcb_clx], 0
    while clx[at] == 0x01:  # Prc: property modifiers, skipped
        at += 3 + int.from_bytes(clx[at + 1 : at + 3], "little")
    size = int.from_bytes(clx[at + 1 : at + 5], "little")
    plc = clx[at + 5 : at + 5 + size]
    pieces = (size - 4) // 12
    cps = [int.from_bytes(plc[4 * i : 4 * i + 4], "little") for i in range(pieces + 1)]
    text = []
    for i in range(pieces):
        pcd = plc[4 * (pieces + 1) + 8 * i : 4 * (pieces + 1) + 8 * i + 8]
        fc = int.from_bytes(pcd[2:6], "little")
        length = cps[i + 1] - cps[i]
        if fc & 0x40000000:
            start = (fc & 0x3FFFFFFF) // 2
            text.append(word[start : start + length].decode("cp1252"))
        else:
            text.append(word[fc : fc + 2 * length].decode("utf-16-le"))
    joined = re.sub(r"\x13[^\x13\x14\x15]*\x14?", "", "".join(text)).replace("\x15", "")
    return re.sub(r"[\r\x07\x0b\x0c]", "\n", joined)


def pdf_words(path: Path) -> str:
    """Each page's lines outside its tables and its tables' cells row by row, in the order they
    stand on the page; the running header (a line on every page), page numbers ("— N —",
    "第 X 页 共 Y 页") and a
    browser's print footer (the page's address and "N/M") left out. A table continued on the next
    page under its repeated header row is read as one table: the repeated header is dropped and a
    row split by the page end (its first cell empty on the new page) is joined to its first half."""
    pages, last_table, last_header = [], None, None
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            tables = page.find_tables()
            outside = page
            for table in tables:
                outside = outside.outside_bbox(table.bbox)
            placed = [(line["top"], line["text"]) for line in outside.extract_text_lines()]
            rows_of = [(table.bbox[1], table.extract()) for table in tables]
            for top, rows in sorted(rows_of, key=lambda t: t[0]):
                first = rows[0] if rows else None
                if last_table and first is not None and first == last_header:
                    rows.pop(0)
                    if rows and not (rows[0][0] or "").strip():
                        split = rows.pop(0)
                        last_table[-1] = [
                            "\n".join(filter(None, (a, b)))
                            for a, b in zip(last_table[-1], split, strict=False)
                        ]
                placed.append((top, rows))
                last_table, last_header = (rows or last_table), first
            pages.append(sorted(placed, key=lambda p: p[0]))
    pages = [
        [
            text
            for _, item in items
            for text in (
                [item]
                if isinstance(item, str)
                else ["\n".join(cell or "" for cell in row) for row in item]
            )
        ]
        for items in pages
    ]
    every_page = set.intersection(*map(set, pages)) if len(pages) > 1 else set()
    return "\n".join(
        line
        for lines in pages
        for line in lines
        if line not in every_page
        and not PAGE_NUMBER.match(line.strip())
        and not PRINT_FOOTER.match(line.strip())
    )


def html_text(path: Path) -> str:
    """The page decoded as a browser does: by its meta charset, the "gb2312" and "gbk" labels both
    read as GB18030 (a superset, as the WHATWG encoding standard maps them), else UTF-8."""
    raw = path.read_bytes()
    declared = re.search(rb"charset=[\"']?([\w-]+)", raw[:2048], re.IGNORECASE)
    charset = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    if charset in ("gb2312", "gbk", "gb18030", "x-gbk"):
        charset = "gb18030"
    return raw.decode(charset)


ARTICLE_DATA = re.compile(r"var\s+articleData\s*=\s*(\{.*\})\s*;?\s*$", re.DOTALL)


def script_article(soup: BeautifulSoup) -> None:
    """A page whose CMS writes the article by script (synthetic_ca): `var articleData = {"title": …,
    "content": "<p>…"}` filling an empty #title / #content — put where a browser shows it."""
    for script in soup("script"):
        found = ARTICLE_DATA.search(script.string or "")
        if not found:
            continue
        data = json.loads(found.group(1))
        for key in ("title", "content"):
            holder = soup.find(id=key)
            if holder is not None and data.get(key):
                holder.append(BeautifulSoup(data[key], "html.parser"))


def html_words(path: Path) -> str:
    soup = BeautifulSoup(html_text(path), "html.parser")
    script_article(soup)
    for element in soup(["script", "style"]):
        element.decompose()
    return soup.get_text("\n")


def mht_words(path: Path) -> str:
    """A single-file web archive (MIME multipart/related, synthetic_bv): its first text/html part
    decoded by its transfer encoding and charset (gb2312 / gbk read as GB18030), read as a page."""
    message = email.message_from_bytes(path.read_bytes())
    part = next(p for p in message.walk() if p.get_content_type() == "text/html")
    charset = (part.get_content_charset() or "utf-8").lower()
    if charset in ("gb2312", "gbk", "gb18030", "x-gbk"):
        charset = "gb18030"
    soup = BeautifulSoup(part.get_payload(decode=True).decode(charset), "html.parser")
    for element in soup(["script", "style"]):
        element.decompose()
    return soup.get_text("\n")


def txt_words(path: Path) -> str:
    """A text as saved: UTF-8, or GB18030 as many government sites serve their .txt files
    (synthetic_m)."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


FORMAT_LITERAL = re.compile(r'"([^"]*)"|\\(.)|\[[^\]]*\]|[_*].')
DATE_PART = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|yyyy|yy|mm|m|dd|d|.', re.IGNORECASE)


def format_literal(text: str) -> str:
    """A number format's literal text: "quoted" and \\escaped characters kept, [colour] / [$-804]
    and the _x / *x padding left out."""
    return FORMAT_LITERAL.sub(lambda m: m.group(1) or m.group(2) or "", text)


def number_shown(value, fmt: str) -> str:
    """A number as its format shows it (the format's first section): General as Excel writes it
    (an integer without a point, else up to 10 significant digits), 0 / 0.00 decimals, #,##0
    thousands separators, % multiplied by 100, literal text around the digits kept."""
    section = fmt.split(";")[0]
    core = re.search(r"[#0][#0,]*(\.0+)?", section)
    if section in ("General", "@", "") or core is None:
        return str(int(value)) if float(value).is_integer() else f"{value:.10g}"
    decimals = len(core.group(1)) - 1 if core.group(1) else 0
    shown = value * 100 if "%" in section else value
    digits = f"{shown:,.{decimals}f}" if "," in core.group(0) else f"{shown:.{decimals}f}"
    return format_literal(section[: core.start()]) + digits + format_literal(section[core.end() :])


def date_shown(value, fmt: str) -> str:
    """A date as its format shows it: yyyy / yy / m / mm / d / dd, literal text kept."""
    codes = {"yyyy": "%Y", "yy": "%y", "mm": "%m", "dd": "%d"}
    out = []
    for part in DATE_PART.findall(fmt.split(";")[0]):
        low = part.lower()
        if low in codes:
            out.append(value.strftime(codes[low]))
        elif low in ("m", "d"):
            out.append(str(value.month if low == "m" else value.day))
        else:
            out.append(format_literal(part) if part[:1] in '"\\[' else part)
    return "".join(out)


def cell_shown(cell) -> str:
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if cell.is_date:
        return date_shown(value, cell.number_format)
    if isinstance(value, int | float):
        return number_shown(value, cell.number_format)
    return str(value)


def xlsx_words(path: Path) -> str:
    """An Excel workbook as a reader sees it in Excel (synthetic_cp): the VISIBLE sheets in tab
    order (hidden and very hidden sheets — a dropdown's source list — left out), each row's
    visible cells left to right as displayed — the number format applied (0% → 85%, #,##0 →
    12,500, a date as its format shows it, "yyyy年m月" → 2026年6月), a formula as the value Excel
    cached for it (openpyxl data_only), a merged range's value once (at its top-left cell) —,
    joined as the other readers join table rows: a row's cells and the rows one per line, empty
    cells left out. Hidden rows and hidden columns are left out. Not read: comments, shapes,
    charts, conditional formats, headers / footers, [DBNum] (Chinese-numeral) formats."""
    workbook = load_workbook(path, data_only=True)
    lines = []
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue
        hidden = {
            c
            for dim in sheet.column_dimensions.values()
            if dim.hidden and dim.min
            for c in range(dim.min, (dim.max or dim.min) + 1)
        }
        for row in sheet.iter_rows():
            if not row or sheet.row_dimensions[row[0].row].hidden:
                continue
            shown = [cell_shown(c) for c in row if c.column not in hidden]
            lines.append("\n".join(s for s in shown if s))
    return "\n".join(lines)


def source_words(path: Path) -> str:
    readers = {
        ".docx": docx_words,
        ".doc": doc_words,
        ".pdf": pdf_words,
        ".html": html_words,
        ".mht": mht_words,
        ".xlsx": xlsx_words,
    }
    if path.suffix in readers:
        return readers[path.suffix](path)
    return txt_words(path)


def quotes(data: dict) -> list[tuple[str, str]]:
    """(where, text) for every text the fixture claims to copy from its source."""
    found = []

    def quoted(where: str, holder: dict, *keys: str):
        found.extend((f"{where} {key}", holder[key]) for key in keys if holder.get(key))

    for agency in data["agencies"]:
        found.extend((f"agency {agency['code']} alias", a) for a in agency.get("aliases", []))
    for goal in data["goals"]:
        quoted(f"goal {goal['code']}", goal, "title", "text")
        for target in goal["targets"]:
            quoted(f"target {target['code']}", target, "source_phrase")
    for placed in sections_walk(data["sections"]):
        quoted(f"section {placed.section['code']}", placed.section, "title", "text")
        for task in placed.section.get("tasks", []):
            quoted(f"task {task['code']}", task, "title", "text")
            for clause in task.get("clauses", []):
                quoted(f"task {task['code']} clause", clause, "text")
    return found


def extraction_problems(path: Path) -> list[str]:
    data = plan_document_read(path).data
    source = source_of(path)
    if source is None or data["plan"].get("source_file") != source.name:
        return [f"source_file is not the one {path.stem}.* beside it"]
    raw = source_words(source)
    source = normalise(source_text_clean(raw, data.get("source_cleaning")))
    return [
        f"{where} not in the source: {text[:40]!r}"
        for where, text in quotes(data)
        if normalise(text) not in source
    ]


def test_the_corpus_has_a_held_out_set_beside_dev():
    held_out = {
        "heldout4",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout18",
        "synthetic_a",
        "synthetic_b",
        "synthetic_c",
        "synthetic_d",
        "synthetic_e",
        "synthetic_f",
        "synthetic_g",
        "synthetic_h",
        "synthetic_i",
        "synthetic_j",
        "synthetic_k",
        "synthetic_l",
        "synthetic_m",
        "synthetic_n",
        "synthetic_q",
        "synthetic_r",
        "synthetic_s",
        "synthetic_u",
        "synthetic_o",
        "synthetic_p",
        "synthetic_t",
        "synthetic_v",
        "synthetic_w",
        "synthetic_x",
        "synthetic_y",
        "synthetic_z",
        "synthetic_aa",
        "synthetic_ab",
        "synthetic_ac",
        "synthetic_ad",
        "synthetic_ae",
        "synthetic_af",
        "synthetic_ag",
        "synthetic_ah",
        "synthetic_ai",
        "synthetic_aj",
        "synthetic_ak",
        "synthetic_am",
        "synthetic_al",
        "synthetic_ao",
        "synthetic_an",
        "synthetic_aq",
        "synthetic_ar",
        "synthetic_ap",
        "synthetic_au",
        "synthetic_as",
        "synthetic_at",
        "synthetic_av",
        "synthetic_aw",
        "synthetic_ax",
        "synthetic_ay",
        "synthetic_az",
        "synthetic_bb",
        "synthetic_ba",
        "synthetic_bc",
        "synthetic_bd",
        "synthetic_be",
        "synthetic_bf",
        "synthetic_bg",
        "synthetic_bh",
        "synthetic_bj",
        "synthetic_bv",
        "synthetic_bk",
        "synthetic_bi",
        "synthetic_bn",
        "synthetic_bo",
        "synthetic_bl",
        "synthetic_bm",
        "synthetic_bp",
        "synthetic_bq",
        "synthetic_br",
        "synthetic_by",
        "synthetic_bx",
        "synthetic_bz",
        "synthetic_bu",
        "synthetic_bw",
        "synthetic_bt",
        "synthetic_bs",
        "synthetic_cc",
        "synthetic_ca",
        "synthetic_cb",
        "synthetic_ce",
        "synthetic_cd",
        "synthetic_cg",
        "synthetic_cf",
        "synthetic_cl",
        "synthetic_ch",
        "synthetic_ci",
        "synthetic_cm",
        "synthetic_ck",
        "synthetic_cj",
        "synthetic_cq",
        "synthetic_cn",
        "synthetic_co",
        "synthetic_cs",
        "synthetic_cp",
        "synthetic_cr",
        "synthetic_cx",
        "synthetic_cu",
        "synthetic_ct",
        "synthetic_cv",
        "synthetic_cy",
        "synthetic_dg",
        "synthetic_cw",
        "synthetic_da",
        "synthetic_dd",
        "synthetic_df",
        "synthetic_db",
        "synthetic_cz",
        "synthetic_de",
        "synthetic_dc",
    }
    assert {p.parent.name for p in EXTRACTIONS} >= {"dev"} | held_out
    assert all(source_of(p) is not None for p in EXTRACTIONS)


# heldout8 holds five documents only, heldout9 eight, heldout10 nine, heldout11 seven, heldout12
# and heldout13 eight, heldout14 six, heldout15 eight: time ran out before ten were found whose
# stored beginning reaches a task or a figure (HELDOUT8.md … HELDOUT15.md). heldout16 holds two
# long texts from the `code` corpus, the only genre texts found there that no folder held.
# heldout17 holds seven page beginnings (HELDOUT17.md: only one unseen page reaching an
# annotation was left in the `pages` corpus). heldout18 holds ten, one of them the only annotated
# text found (HELDOUT18.md). synthetic_a holds three full-length plans invented by the collector
# (SYNTHETIC_A.md): whole task parts and safeguard parts, which page beginnings never reach;
# synthetic_b three more, of provinces, a district and a 若干措施 document (SYNTHETIC_B.md);
# synthetic_c three more: a district plan with 专栏 boxes and an indicator table, a province
# 实施方案 of parts, sections and tasks, a city plan with sub-items (SYNTHETIC_C.md);
# synthetic_d three near neighbours: 若干政策措施, a three-year plan with an annex table,
# annual work points (SYNTHETIC_D.md); synthetic_e three more in forms A-D lack: a province
# 实施意见 of unnumbered paragraphs, a county plan with leads on group headings, a city plan
# numbered 第一，第二 (SYNTHETIC_E.md); synthetic_f three more neighbours: a sector plan of
# partner bodies, a district 实施细则 with a text-table task list, a province's annual work points
# (SYNTHETIC_F.md); synthetic_g three more: a high-tech zone 管委会's plan of 一是…；二是…
# points run on in one paragraph, a 数据局-led "人工智能+政务服务" plan whose tasks stand only
# in an annex of six-column pipe rows, a county-level city's plan with 主责单位 / 配合部门 /
# 责任领导 lines (SYNTHETIC_G.md); synthetic_h three longer ones (5,000+ characters): a province
# 实施方案 of 专项行动 with a rule stated once and 专栏 boxes, a city plan whose agencies stand in
# an annex table repeating the body's tasks, a district plan with sub-items and 协办单位
# (SYNTHETIC_H.md); synthetic_i three delivered as files: a Word file with automatic list
# numbering and a merged-cell 分工表, a PDF printed by LibreOffice with a task table across pages,
# a government site's saved page (SYNTHETIC_I.md); synthetic_j three more: a city 若干措施 of
# 第X条 articles with "（牵头）" inside a 责任单位 list, a county-level city's work plan whose roles
# stand in one line after each group and whose indicators are a table with a 2025 基期 column, a
# Word file whose annex task table spans each task over several rows (SYNTHETIC_J.md);
# synthetic_k three PDFs from other producers: a portal page printed by Chromium, a 公文 laid
# out by WeasyPrint, an .html printed by LibreOffice with a ruleless annex table (SYNTHETIC_K.md);
# synthetic_l three from other producers: a .doc saved by LibreOffice with a landscape annex, a
# LibreOffice PDF whose landscape annex rows split across pages, a ReportLab PDF laid out like
# Word's export (SYNTHETIC_L.md);
# synthetic_m three in text forms: a province 实施意见 saved as GB18030 text, a city's work
# points whose tasks are a Word table with merged 工作任务 cells, a county plan whose figures are
# written in Chinese numerals, with 工程 of ①②③ items (SYNTHETIC_M.md);
# synthetic_n three as they come from the web and from copying: an old portal CMS page saved by a
# browser (nested tables, GBK), a WeChat repost copied to text, Word's "save as web page" HTML
# (SYNTHETIC_N.md); synthetic_q three as they arrive after a conversion or a copy: a PDF's text
# selected and pasted (a hard break at every printed line, running head and page numbers between),
# a "PDF 转 Word" converter's .docx (lines as paragraphs, frames, text boxes, a table cut in two),
# a portal page pasted with its metadata and an annex list whose multi-line cells break their rows
# (SYNTHETIC_Q.md); synthetic_r three successor plans of the seed zones as their offices write
# them: 重庆 as a LibreOffice PDF, 合肥 as a Word file, 柳州 as a text copy (SYNTHETIC_R.md);
# synthetic_s three successors of the seed zones' plans and their province's, as a tester
# uploads them: 綦江's Word file with a 分工表 annex, 长春's 实施意见 printed to PDF by
# LibreOffice, 吉林's portal page (SYNTHETIC_S.md);
# synthetic_u three whose tasks and roles live in tables and lists: 绵阳's Word file whose tasks are
# a 重点任务清单 table with merged cells, 河北's joint 若干措施 printed by LibreOffice, 闽侯县's
# portal page with continuous items and an indicator table (SYNTHETIC_U.md);
# synthetic_o three long, deep ones: a province's Word file in heading styles five levels
# deep with 专栏 boxes, a city's 人工智能+制造 plan printed by LibreOffice with two-year goals
# and an annex 分工表, a county's text with three annotation forms and a closing rule
# (SYNTHETIC_O.md);
# synthetic_p three messy office files: a .docx with tracked changes, comments, a footnote and
# the goals in a text box, a 公文 PDF issuing a plan and its 分工表 as two attachments, a .docx
# whose whole document sits in a one-column table with a task table nested in it (SYNTHETIC_P.md);
# synthetic_t three figure-dense plans: a city Word file with a 主要指标 table and 专栏 boxes, a
# province PDF whose indicator table crosses a page, a district text with an annual 任务清单
# (SYNTHETIC_T.md);
# synthetic_v three of the genre proper as a tester downloads them in 2026: a city's 公文 PDF with
# the plan as 附件, a Word file whose 一、/（一）/1. are automatic list numbering, a region's portal
# page naming departments bare after the first (SYNTHETIC_V.md);
# synthetic_w three sector and district plans as files: a province department's "人工智能+教育" Word
# file with a 专栏 box, a district plan saved by Notepad as GBK text with CRLF line ends and
# own-line annotations, a city plan printed by LibreOffice whose annex 分工 table gives the roles
# (SYNTHETIC_W.md);
# synthetic_x three dense in numeric targets: a city Word file whose goals are a paragraph of
# dated sentences beside a 主要指标 table, a province PDF with figures inside tasks and 专栏 boxes,
# a district annual text of "——" goal lines and a 任务清单 (SYNTHETIC_X.md);
# synthetic_y three of the genre proper as a tester downloads them in 2026: a provincial
# capital's portal page with a 2026/2027 indicator table and （X牵头，Y配合） annotations, a
# county-level city's Word file with tasks numbered on across chapters closing on （责任单位：…）
# and a 专栏 of projects, a province department's 公文 PDF whose annex 重点任务分工表 gives the
# roles (SYNTHETIC_Y.md);
# synthetic_z three successor plans of the kind pilot-zone cities issue in 2026: a 先导区
# city's 三年行动计划 as a Word file with typed numbering and named 工程, a city's 若干措施
# whose roles stand in an annex list, a district's 工作要点 printed by LibreOffice as a
# merged-cell table across pages (SYNTHETIC_Z.md);
# synthetic_aa three 2026 "人工智能+" plans of 江苏, 辽宁 and 浙江 places: a city's Word
# file whose 一、/（一）/1． are automatic list numbering with heading styles, annotations
# 〔牵头单位：…；配合单位：…〕 and 专栏 boxes; a city's LibreOffice PDF with a running
# header, page numbers and an annex 分工表 whose merged 牵头单位 cells span several tasks;
# a county-level city's 工作要点 text with 责任单位 lines under "排在第一位的为牵头单位"
# and a 工作要求 part of no task (SYNTHETIC_AA.md).
# synthetic_ab three 2026 "人工智能+" plans of western and southern places: a Guangxi city's portal
# page with a scene list as an HTML table and a rule naming the first unit the lead, a Guizhou
# district's Word file of run-on "（一）标题。正文（X牵头，Y配合）" tasks, a Gansu city's
# LibreOffice PDF with own-line 责任单位, a chapter-wide lead stated once and a 第X条 支持措施 part
# (SYNTHETIC_AB.md); synthetic_ac three 2026 "人工智能+" plans of 华中 / 山东 places: a Henan
# city's 工作要点 printed by LibreOffice with tasks 1.–30. numbered on with no chapters and
# "（X牵头，各县市区落实）", a Shandong county-level city's Word file whose task list is one table
# with the 牵头单位 cell merged over each group, a Hubei department's sector plan saved by
# Notepad as GBK text with CRLF and own-line 〔〕 annotations (SYNTHETIC_AC.md).
# synthetic_ad three 2026 "人工智能+" plans of 江西 / 福建 / 海南 places: a Jiangxi
# city's portal page (GB2312) of 第一部分/第二部分 parts, tasks （一）–（十九） numbered
# on across groups closing on "（责任单位：…）" under "排第一位的为牵头单位，下同", a
# Fujian county's Word file of "（牵头单位：X；协同单位：各乡（镇）人民政府）" tasks
# and 专栏 boxes of 重点项目, a Hainan department's LibreOffice PDF whose roles
# stand only in a landscape annex 分工表 (SYNTHETIC_AD.md); synthetic_ae three
# 2026 "人工智能+" plans of 河北 / 山西 / 内蒙古 places: a Hebei city's LibreOffice PDF whose
# tasks （一）–（十九） run on across chapters closing on "（牵头单位：…；责任单位：…）"
# with several leads, a Shanxi county-level city's portal page copied to text with
# 第X章 / 第X节 and own-line "牵头单位：X　　配合单位：Y", an Inner Mongolia high-tech
# zone's Word file whose goals are a 主要指标表 (SYNTHETIC_AE.md); synthetic_af three
# 2026 "人工智能+" documents of 四川 / 云南 / 上海 places: a Sichuan city's 若干措施 as a Word file
# mixing subsidy articles with commitments, own-line 责任单位 under "排在首位的为牵头单位", a Yunnan
# prefecture's LibreOffice PDF with a 年度目标 list ①②③ and task groups of items restarting at
# 1., a Shanghai district's portal page whose annex 重点任务清单 table gives the roles
# (SYNTHETIC_AF.md); synthetic_ag three 2026 "人工智能+" plans of 广东 / 湖南 / 陕西 places: a
# Guangdong city's portal page of tasks 1.–16. numbered on across groups closing on
# "（责任单位：X（牵头）、Y）", a Hunan district's Word file with a 主要指标 table and own-line
# 牵头单位 / 配合单位 under items restarting per group, a Shaanxi department's "人工智能+制造"
# LibreOffice PDF with "（X牵头，Y配合）" and one group heading's annotation (SYNTHETIC_AG.md);
# synthetic_ah three 2026 "人工智能+" plans of 山东 / 安徽 / 黑龙江 places: a
# Shandong city's Word file with dated goal paragraphs and tasks 1.–17. numbered on across
# （一）–（五） groups closing on "（牵头单位：X；配合单位：Y）", an Anhui county-level city's
# LibreOffice PDF whose tasks （一）–（十六） close on "（责任单位：…）" under a rule stated once
# (列第一位的为牵头单位), a Heilongjiang 经开区's portal page with an indicator table and
# "（牵头部门：X）" on part headings over items restarting at 1. (SYNTHETIC_AH.md);
# synthetic_ai three 2026 "人工智能+" plans of 宁夏 / 天津 / 新疆: a Ningxia city's LibreOffice PDF
# with tasks 1.–14. numbered on across three groups and "（牵头单位：X；责任单位：Y）", a Tianjin
# district's portal page with ①②③ goals, (1)… restarting and own-line 责任单位 under a "列第一位"
# rule, a Xinjiang department's Word file with a 主要指标 table and roles only in an annex
# 分工表 (SYNTHETIC_AI.md);
# synthetic_aj three 2026 "人工智能+" plans of 云南 / 青海 / 辽宁 places: a Yunnan
# city's Word file with a 主要指标 table (2025 基期, 2026, 2028 columns) and tasks
# 1.–15. numbered on across groups closing on "（牵头单位：X；配合单位：Y）", a
# Qinghai county-level city's 工作要点 saved from its portal as text with goals in
# Chinese numerals and own-line 责任单位 / 完成时限 under "排在第一位的为牵头单位，
# 其他为配合单位", a Liaoning development zone's "人工智能+制造" LibreOffice PDF with
# 〔〕 annotations, a group heading's lead, a 区 prefix shared by a list and a 专栏
# box (SYNTHETIC_AJ.md).
# synthetic_ak three 2026 "人工智能+" plans of 河北 / 江西 / 广西 places: a Hebei city's Word file
# with tasks 1.–14. numbered on across four groups closing on "（牵头单位：X；配合单位：Y）" (a
# shared 市 prefix, a shared 县人民政府 suffix) and a 专栏 of scene names, a Jiangxi county-level
# city's 工作要点 printed by LibreOffice with goals in Chinese numerals and own-line
# "责任单位：X☆、Y" under "标☆的为牵头单位", a Guangxi high-tech zone's portal page with an
# indicator table and "〔牵头单位：X；责任单位：Y〕" under a supporting body stated once
# (SYNTHETIC_AK.md).
# synthetic_am three 2026 "人工智能+" plans of 福建 / 湖北 / 吉林 places: a Fujian city's
# 工作方案 as a Word file with tasks 1.–15. numbered on across groups closing on
# "（牵头单位：X；配合单位：Y）" with the bodies named without the 市 prefix and a collective
# made responsible by a rule stated once, a Hubei city's 实施方案 printed by LibreOffice whose
# unannotated tasks take roles and dues from a 重点任务分工表 at its end, a Jilin county-level
# city's portal page with "——" goal lines in Chinese numerals and named engineering items
# "X工程：…（X牵头，Y配合）" (SYNTHETIC_AM.md).
# synthetic_al three 2026 "人工智能+" plans of 四川 / 贵州 / 内蒙古 places: a Sichuan city's Word
# file of thematic chapters 第X章 → 一、 → （一） tasks closing on "（X牵头，Y配合）", a shared 市
# prefix and a 专栏 box, a Guizhou development zone's 工作要点 printed by LibreOffice with items
# 1.–19. numbered on and own-line "责任单位：X、Y　　完成时限：…" under "排在第一位的为牵头单位，
# 其余为配合单位", an Inner Mongolia banner's portal page saved to text with goals in Chinese
# numerals and 各苏木镇人民政府 made responsible once for every task (SYNTHETIC_AL.md).
# synthetic_ao three 2026 "人工智能+" documents of 浙江 / 江苏 / 山东 places: a Zhejiang city's
# plan issued jointly by the province's 经济和信息化厅 and the city, printed by LibreOffice,
# tasks （一）–（十三） closing on annotations naming 厅/委 with and without 省 (one list
# with no separator), a Jiangsu county-level city's 若干政策措施 as a Word file of articles
# 第一条–第十八条 with money figures beside 每年 / 累计 / 新增 commitments, a Shandong
# district's 工作方案 saved from its portal as text with an own-line annotation after each
# item and 各镇街 / 区直有关部门 as actors and not (SYNTHETIC_AO.md).
# synthetic_an three 2026 "人工智能+" plans of 山西 / 甘肃 / 西藏 places: a Shanxi
# city's 工作要点 as a Word file whose tasks are rows of one table 序号 | 重点任务 |
# 牵头单位 | 配合单位 | 完成时限 under a goals paragraph, a Gansu city's LibreOffice PDF
# with a running header, "— N —" page numbers, a 附件 list and an indicator table, a
# Tibet city's portal page numbered 一、/（一）/1./（1） with the tasks at the third
# level and own-line 〔牵头单位：…；配合单位：…〕 (SYNTHETIC_AN.md).
# synthetic_aq three 2026 "人工智能+" documents of 陕西 / 河南 / 广东 places: a Shaanxi city's
# three-year plan printed by LibreOffice whose 主要指标 table repeats the goals paragraph and whose
# items 1.–13. run on across groups closing on "（牵头单位：X；责任单位：Y）", a Henan county-level
# city's 工作要点 as a Word file with "——" goal lines in Chinese numerals, a rule stated once and
# own-paragraph "责任单位：…；完成时限：…" after each item, a Guangdong district's portal page with
# two dated goal paragraphs, own-line "牵头单位：X；配合单位：Y" and a task of three "（X负责）"
# clauses (SYNTHETIC_AQ.md).
# synthetic_ar three 2026 "人工智能+" plans of 天津 / 湖南 / 安徽 places: a Tianjin
# district's 工作要点 as its portal page with goals in Chinese numerals, items 1.–20.
# numbered on across five groups closing on "（X牵头，Y配合）" / "（X负责）" after their
# last full stop, a 市 body beside the 区 ones and one group heading's lead, a Hunan city's
# LibreOffice PDF whose 主要指标 table repeats its two dated goal paragraphs and whose
# untitled items close on "（责任单位：…）" under "列第一位的为牵头单位", an Anhui
# county-level city's Word file whose unannotated tasks take roles and 完成时限 from an
# annex 重点任务分工表 (SYNTHETIC_AR.md).
# synthetic_ap three 2026 "人工智能+" documents of 黑龙江 / 宁夏 / 海南 places: a
# Heilongjiang city's 实施方案 as a Word file whose items 1.–15. run on across four groups
# with no annotation, the roles and 完成时限 only in an annex 重点任务分工表 table, a
# Ningxia county's 行动方案 printed by LibreOffice with three dated goal sentences in one
# paragraph, Chinese numerals, tasks （一）–（十三） numbered on across chapters closing on
# "（牵头单位：X；配合单位：Y）" and one task of two annotated clauses, a Hainan district's
# 工作要点 as its portal page with "——" goal lines and own lines "责任单位：X（牵头）、Y"
# / "完成时限：…" after items restarting per group (SYNTHETIC_AP.md).
# synthetic_au three 2026 documents of the genre's neighbours in 山东 / 江西 / 广西: a Shandong
# city's "人工智能+制造" 专项行动方案 as a Word file, items 1.–15. numbered on across five groups
# closing on "（X牵头，Y配合）" / "（X负责）", the first annotation stating once that two
# collectives carry out every later task, a Jiangxi city's 数据要素和数字经济 三年行动计划
# printed by LibreOffice with AI goals inside, a 主要指标 table repeating its goals paragraph
# and tasks （一）–（十四） closing on "（牵头单位：X；责任单位：Y、Z，W）", a Guangxi city's
# "人工智能+" 2026年工作要点 as its portal page whose tasks are rows of one table
# 序号 | 工作任务 | 责任单位 | 完成时间 under "责任单位中排在第一位的为牵头单位" (SYNTHETIC_AU.md).
# synthetic_ax three 2026 documents in 重庆 / 四川 / 贵州: a Chongqing district's 任务分工方案 as
# portal text, items 1.–19. each followed by a line "牵头单位：X；配合单位：Y", an autonomous
# prefecture's 行动方案 as a Word file, items 1.–3. restarting per group closing on
# "（X牵头，Y配合）" / "（X负责）", Chinese-numeral and 1—2个 goals, and a prefecture city's
# 实施方案 printed by LibreOffice with a 主要指标 table repeating its goals paragraph and tasks
# （一）–（十二） numbered on across three 行动 chapters (SYNTHETIC_AX.md).
# synthetic_as three 2026 "人工智能+" documents of 陕西 / 北京 / 上海: the Shaanxi province's
# 行动计划 printed by LibreOffice with two dated goal sentences in one paragraph and a 主要指标
# table repeating them, tasks （一）–（十四） numbered on across four chapters closing on
# "（省X牵头，省Y、Z按职责分工负责）" with 省直 bodies sharing a prefix and cities sharing
# "市人民政府", a Beijing district's 若干措施 as a Word file (第X章 / 第X条 numbered on,
# "（责任单位：…）" under "排在第一位的为牵头单位，其他为配合单位", a 专栏 box, a two-name body),
# a Shanghai district's portal page with titled goal items 1.–4. and own lines "牵头部门：X
# 配合部门：Y" after items restarting per group, one group heading's lead (SYNTHETIC_AS.md).
# synthetic_at three 2026 "人工智能+" documents of 湖北 / 江西 / 山东 places: an autonomous
# prefecture's 实施方案 as a Word 97–2003 .doc converted by LibreOffice, two dated goal
# sentences in one paragraph, items 1.–19. numbered on across six groups closing on
# "（牵头单位：X；责任单位：Y）" and an annex indicator table repeating the goals, a national
# new area 管委会's LibreOffice PDF with "——" goal lines, items restarting per group with
# own lines "牵头单位：X；配合单位：Y；完成时限：Z" and one group heading's lead, a county's
# 工作要点 as its portal page whose tasks are one table 序号 | 工作任务 | 责任单位 |
# 完成时限 under "排在第一位的为牵头单位，其余为配合单位" (SYNTHETIC_AT.md).
# synthetic_av three 2026 documents of 内蒙古 / 辽宁 / 河北: the Inner Mongolia autonomous
# region's "人工智能+" 行动计划 printed by LibreOffice, two dated goal paragraphs (one "其中"
# figure), tasks （一）–（十四） numbered on across three chapters closing on "（自治区X牵头，
# 自治区Y、Z配合）" with 自治区 shared by the names after it, 抄送 / 印发 lines; a Liaoning city's
# 若干措施 as its portal page, measures 1.–18. numbered on across five groups closing on
# "（责任单位：…）" under a rule printed once in the closing paragraph, subsidy caps beside the
# commitments; a Hebei county-level city's "人工智能+钢铁" 三年行动计划 as a Word file, items
# restarting per 行动 closing on "（牵头单位：X；配合单位：Y；完成时限：Z）" and an annex
# 主要指标表 repeating the goals (SYNTHETIC_AV.md).
# synthetic_aw three 2026 "人工智能+" documents of 浙江 / 广东 places: a Zhejiang city's
# 三年行动计划 printed by LibreOffice, six named 行动 of items 1.–3. with no annotation in the body
# and the roles in an annexed 重点任务分工表 (牵头单位 | 配合单位 | 完成时限), an urban district's
# 若干措施 as a Word file (第一条–第十六条 numbered on, own lines "责任单位：…" under
# "排在第一位的为牵头单位"), a high-tech zone 管委会's 实施方案 as its portal page
# with "（X牵头，Y配合）" (SYNTHETIC_AW.md).
# synthetic_ay three 2026 "人工智能+" documents of 湖南 / 安徽 / 河南 places: a Hunan city's
# 行动方案 as its portal page saved to text (来源 / 发布时间 lines, an 附件 note), items
# restarting per group closing on "（牵头单位：X；配合单位：Y）", an Anhui 经济技术开发区's
# one-year 工作方案 printed by LibreOffice with a 主要指标 table repeating its goals paragraph,
# items 1.–14. numbered on across chapters with own lines "责任单位：…" / "完成时限：…" under
# "列第一位的为牵头单位", a Henan county's 实施意见 as a Word 97–2003 .doc of eight named
# 工程 / 行动 closing on "（X牵头，Y配合，各乡镇人民政府、街道办事处负责落实）" (SYNTHETIC_AY.md).
# synthetic_az three 2026 "人工智能+" documents of 湖北 / 江苏 / 福建 places: a Hubei city's
# 行动计划 as a Word file in 第一章–第七章 chapters, numbered principles that are not tasks, tasks
# （一）–（十六） numbered on across chapters closing on "（牵头单位：市X；配合单位：市Y、Z）" with
# the 市 prefix shared, and a 专栏 box of named projects ending each task chapter (no task, no
# target; but the projects of a box of 工程 are tasks); a Jiangsu county-level city's
# 实施方案 printed by LibreOffice with "——X。" goal lines and items 1.–18. numbered on
# across six 行动 closing on "（牵头单位：X；责任单位：Y；完成时限：Z）"; a
# Fujian urban district's 工作方案 as its portal page (.html) with roles on group headings and on
# items, one goals paragraph of two dated sentences (SYNTHETIC_AZ.md).
# synthetic_bb three 2026 "人工智能+" documents of 辽宁 / 吉林 / 内蒙古东部 places:
# a Liaoning city's three-year 行动方案 as a Word file whose 主要指标 table has two
# deadline columns (2027年, 2028年) and figures found only there, five named 行动 each
# opening on a "具体目标：…" sentence and items 1.–17. numbered on with own lines
# "牵头：X　配合：Y" (no 单位); a Jilin county-level city's 工作要点 as its portal page
# (.html) with goals in Chinese numerals and leads on group headings over items closing
# on "（配合单位：Y）", their own annotation or nothing; an Inner Mongolia autonomous
# banner's 实施方案 printed by LibreOffice with numbered principles, 万亩 goals, tasks
# （一）–（十七） numbered on across chapters closing on "（X牵头，Y配合）" and its
# kin, one task of two clauses and two 专栏 boxes (SYNTHETIC_BB.md).
# synthetic_ba three 2026 "人工智能+" documents of 甘肃 / 宁夏 / 新疆生产建设兵团 places: a Gansu
# autonomous prefecture's 实施方案 printed by LibreOffice with two dated goal paragraphs and a
# 主要指标体系 table with 2025年基期 and 属性 (预期性 / 约束性) columns repeating some figures and
# adding others, four named 行动 of items 1.–21. numbered on closing on
# "（X牵头，Y、Z按职责分工负责）" (a shared 州 prefix, a heading's lead over items naming none),
# two 专栏 boxes; a Ningxia county-level city's 实施意见 as its portal page, tasks
# （一）–（二十二） each one paragraph of 一是…；二是… points closing on "（责任单位：…）" under a
# rule stated once, one task annotating each point, Chinese-numeral goals; a 兵团 division's
# 任务分工方案 as a Word file whose body is one table 序号 | 任务类别 | 具体任务 | 牵头单位 |
# 配合单位 | 完成时限 with the 任务类别 and 牵头单位 cells merged down their rows
# (SYNTHETIC_BA.md).
# synthetic_bc three 2026 "人工智能+" documents of 云南 / 海南 / 四川 places: an autonomous
# prefecture's three-year 行动方案 as a Word file, seven named 行动 of items restarting per 行动
# closing on "（州X牵头，州Y、Z配合）" / "（X负责）" with 州 shared by the names after it; a
# county-level city's 2026年工作要点 as its portal page, one-paragraph items 1.–26. numbered on
# across six groups, each closing on "（责任单位：X、Y，完成时限：…）" with no lead rule; a 高新区's
# 实施方案 printed by LibreOffice with numbered principles, a 专栏 table repeating two dated goal
# sentences, items 1.–18. numbered on, five with sub-items （1）（2）（3） each closing on its own
# "〔牵头单位：X；责任单位：Y〕" (clauses) (SYNTHETIC_BC.md).
# synthetic_bd three 2026 "人工智能+" documents of 河北 / 山西 / 北京 places:
# a prefecture city's three-year 行动计划 as a Word file, goals numbered 1.–6.
# under a lead sentence, a three-level outline 三、→（一）→1. with items
# restarting per 行动 closing on "〔牵头单位：X；配合单位：Y〕" and a rule stated
# once making 各县（市、区）人民政府 responsible for the part's tasks; a
# county-level city's 2026年工作要点 printed by LibreOffice, items （一）–（二十九）
# numbered on across parts, each followed by its own line "责任单位：X、Y" (no
# lead) and some by "完成时限：…"; a Beijing district's 实施方案 as its portal
# page, two dated goal paragraphs and a 主要指标 table adding figures of its
# own, tasks closing on "（X牵头，Y配合）" and kin, one task of two clauses
# (SYNTHETIC_BD.md).
# synthetic_be three 2026 "人工智能+" documents of 安徽 / 江西 / 上海 places: a prefecture
# city's 实施方案 printed by LibreOffice in the outline 一、/（一）/1. (no 第X章), goals stated
# "由2025年的X提高到Y" (the baseline no target), items restarting per group closing on
# "（牵头单位：X；配合单位：Y）" (two leads, a shared 市 prefix, annotated safeguards); a county's
# 三年行动方案 as a Word file, tasks 1．–22． numbered on across five 行动, 1．–14． closing on
# "（X牵头，Y、Z配合）", 15．–22． on bare name lists read through a rule stated once
# ("各项任务所列第一个单位为牵头单位，其他单位为配合单位"), a 专栏 box, unnumbered safeguards; a
# 上海 district's 若干政策措施 as its portal page (.html), measures （一）… restarting per chapter
# with own lines "责任单位：…", subsidy caps, an annual voucher budget and a fund's size that are
# no targets beside a few real ones, a 附则 that is no task (SYNTHETIC_BE.md).
# synthetic_bf three 2026 "人工智能+" documents of 河南 / 山东 / 湖北 places: a county-level
# city's 实施方案 as a Word file, goals in two dated paragraphs (a "由2025年的X增加到Y"
# baseline) and a 主要指标 table repeating them, items 1．… restarting per group closing on
# "（市X牵头，市Y、Z配合）", "（X负责）" and a collective "负责落实", a 专栏 box of 工程; a county's
# 2026年工作要点 printed by LibreOffice, items 1．–22． numbered on across parts closing on
# "〔牵头单位：X；责任单位：Y；完成时限：…〕", one item of two clauses, a 专栏 titled by one year,
# unnumbered safeguards; a 武汉 district's 若干政策措施 as its portal page, articles 第一条–
# 第十九条 in chapters read through a rule stated once, caps, a voucher budget, a fund's size and
# conditions beside per-year targets, a 附则 that is no task (SYNTHETIC_BF.md).
# synthetic_bg three 2026 "人工智能+" documents of 广东 / 湖南 / 福建 places: a prefecture
# city's 实施方案 as its portal page (.html), items 1.–18. numbered on across five groups closing
# on "（责任单位：X、Y）" under a rule stated once ("排在第一位的为牵头单位"), a shared 市 prefix, a
# 专栏 of scenes; a county's 三年行动方案 as a Word file, goals in Chinese numerals, items "1．"
# restarting per 行动 closing on "（牵头单位：X；责任单位：Y）", one 行动 annotated on its heading
# alone, one item of two annotated parts (clauses), unnumbered safeguards; an urban district's
# 工作要点 printed by LibreOffice, a 主要指标 table repeating the goals, items （一）–（十六）
# numbered on across parts closing on "（X牵头，Y配合）" / "（X负责）", annotated safeguards
# (SYNTHETIC_BG.md).
# synthetic_bh three 2026 "人工智能+" documents of 陕西 / 浙江 / 天津 places: a prefecture
# city's 实施方案 as a Word file, two dated goal paragraphs (a baseline, 累计, 其中, a range, a
# Chinese numeral), groups （一）–（六） whose items 1.… restart per group and close on
# "（X牵头，Y按职责分工负责）" and kin, a 专栏 box of 工程, two annotated safeguards; a 天津
# district's 行动方案 printed by LibreOffice, chapters 第一章–第六章, measures （一）–（二十九）
# numbered on across the chapters and the safeguards, each followed by its own line
# "牵头单位：X　配合单位：Y", a 主要指标 table adding two figures of its own, a 专栏 of 重点项目
# that is no task; a county's 工作要点 as its portal page (.html), items 1．–25． numbered on
# across groups closing on "（牵头单位：X；责任单位：Y；完成时限：…）", unnumbered 工作要求 and an
# 附件 project table (SYNTHETIC_BH.md).
# synthetic_bj three 2026 "人工智能+" documents of 青海 / 江苏 / 黑龙江 places: a county-level
# city's 三年行动计划 as a Word file four levels deep (一、→（一）→1.→（1）), goals in a dated
# paragraph and in numbered sub-items, items with points carrying "（牵头单位：X；责任单位：Y）" on
# their heading line, three 专栏 boxes of 工程; a district's 2026年工作要点 printed by LibreOffice,
# items 1.–34. numbered on across groups, each followed by its own lines "牵头单位：X　配合单位：Y"
# or "责任单位：X、Y" and "完成时限：…" (no brackets), a rule stated once for one
# group; a prefecture city's 实施意见 as its portal page, tasks （一）–（三十二）
# numbered on closing on "（X牵头，Y参与）" / "（X负责）" /
# "（各县（市、区）人民政府，市X按职责分工负责）" with a shared 市 prefix, goals in
# Chinese numerals with 两倍, 百亿级, 千亿元 and 三年内 (SYNTHETIC_BJ.md).
# synthetic_bk three 2026 "人工智能+" documents of 山东 / 新疆 / 四川 places: a
# county-level city's 行动计划 printed by LibreOffice whose goals' figures stand ONLY
# in a 主要指标 table (指标 | 单位 | 2025年基数 | 2027年 | 2028年 | 属性; a "其中：" row,
# a 万人次 column), tasks （一）–（二十） numbered on across chapters, each followed
# by its own line "牵头单位：X　责任单位：Y", the safeguards numbering on; a
# prefecture 行署办公室's notice as a Word file printing the plan after "附件", its
# tasks the rows of a 重点任务分工表 with the 类别 cell merged down each group,
# cells of several paragraphs, merged 责任单位 / 完成时限 cells and the lead rule
# stated once ("排在第一位的为牵头单位"); a county's 实施方案 as its portal page
# (.html) annotated "【牵头单位：X；配合单位：Y】" and "（责任单位：X（牵头）、Y、Z）",
# two groups annotated on their heading only, 各乡镇 as an actor and not, 有关部门
# generic (SYNTHETIC_BK.md).
# synthetic_bl three 2026 "人工智能+" documents of 河南 / 湖北 / 宁夏 places as Word files come
# off government sites: a city's 行动计划 as a Word 97–2003 .doc (converted by LibreOffice) whose
# 一、 / （一） headings are the built-in heading styles numbered automatically by a list defined
# on the STYLE (no number in the text), tasks "1." typed by hand closing on
# "（牵头单位：X；配合单位：Y）" (ASCII twice, 责任单位 once), two dated goal paragraphs around a
# stray empty paragraph; a
# county's 实施方案 .docx with its tracked changes left in (a goal figure and a task figure
# replaced, a task sentence and two names deleted, a name inserted) and reviewer comments, each
# task followed by its own line "责任单位：X、Y", a 专栏 of scenes in a one-cell bordered table; a
# county's 通知 whose whole notice and plan sit in one cell of a borderless one-column table with
# the 主要指标 table nested in it (2027 target before the 2025 value), tasks closing on "（X牵头，
# Y、Z配合）", one body printed with two names (SYNTHETIC_BL.md).
# synthetic_bi three 2026 "人工智能+" documents of 西藏 / 贵州 / 广西 places: a
# prefecture-level city's 行动方案 printed by LibreOffice whose chapters are prose and
# whose tasks are the rows of an annex 重点任务分工表 on landscape pages (序号 | 重点任务
# | 具体举措 | 牵头单位 | 配合单位 | 完成时限, vertically merged cells running over page
# ends, the header repeated); a county's 实施方案 as a Word file whose headings
# 一、/（一）/1. are Word's automatic list numbering (numbering.xml: no number in the
# text), items closing on "（牵头单位：县X；配合单位：县Y、各乡镇人民政府）", a role
# stated once for a group, one item of two clauses; an industrial park's 若干措施 as
# its portal page (.html), articles 第一条–第二十五条 in chapters with subsidies, caps,
# thresholds, a voucher budget and a fund's size beside a few real targets, four
# articles whose bodies a 附则 article names (SYNTHETIC_BI.md).
# synthetic_bn three 2026 "人工智能+" web pages (.html) of 河北 / 江西 / 湖南 places: a
# WeChat official account's article reposting a county-level city's 行动方案 whole
# (js_content of nested <section>/<span> styling, every line its own <p>, headings as
# styled spans, "点击蓝字关注我们", an editor's "划重点" box BEFORE the plan restating its
# figures in other words, 来源 / 编辑 / 审核 / 往期推荐 / 阅读原文, a scene-direction 附件
# numbered 一、…), tasks 1.… restarting per chapter closing on "（牵头单位：X；配合单位：Y）"
# or "（责任单位：X、Y）"; a county's 实施方案 on an old TRS-style portal served as GB2312:
# layout tables, an 索引号 / 发布机构 / 成文日期 table, the text in one <td> with <br>
# between lines, a 附件 link list, tasks "（责任单位：X、Y）" under a rule stated once
# ("排在第一位的为牵头单位，其余为配合单位"), one annotation with a 完成时限; a province
# department's page publishing a province 行动方案, tasks 1.–30. numbered straight through
# the chapters (the safeguards too) with no （一） level, 省直 departments written with and
# without 省 in one list, and a 政策解读 Q&A after the plan restating its goals (SYNTHETIC_BN.md).
# synthetic_bo three LONG 2026 "人工智能+" documents (12,000+ printed characters each) of
# 山西 / 辽宁 / 陕西 places: a province 办公厅's 行动方案 as a Word file in 第一章–第七章 of 第X节
# whose heading line carries the annotation for the items 1.… under it (one item annotated
# itself), goals by 2027 with a 2030 vision sentence and a 主要指标 table 2025年基期 / 2027年 /
# 2030年; a big city's 实施方案 printed by LibreOffice, items 1.–36. numbered on in four
# annotation forms, subsidies, caps, a fund's size beside a fund level to reach, 翻一番 with
# and without a base year, 年均增长, 提高X个百分点, 千亿级, 前列, and an annex 重点项目清单 table
# that is no task and no target; a development zone's 行动计划 as its portal page, items
# restarting per group in mixed forms, two groups annotated only by a closing "以上任务由X牵头，
# Y、Z配合。", AI+ / 5G-A / L4级 / GPU / model names in task text, 至 ranges, 万 / 亿 and
# Chinese numerals (SYNTHETIC_BO.md).
# synthetic_bm three 2026 "人工智能+" PDFs of 福建 / 内蒙古 / 甘肃 places printed by headless
# Chromium: a county-level city's 实施方案 as pages of the city government GAZETTE (政府公报
# 2026年第2期) in TWO COLUMNS framed by rules, a 目录 page, the end of another notice (its own
# 三、–六、 and a figure) before the plan and a personnel notice after it, running header
# and "— N —"; a county's 实施方案 whose tasks stand ONLY in a 重点任务清单 table (序号 |
# 任务名称 | 工作内容 | 牵头单位 | 配合单位 | 完成时限, no merged cell) over several pages,
# rows cut by the page end and continued under "续表" and the repeated header; a district's
# 行动方案 as a 公文 with letter-spaced part headings ("一 、 总 体 要 求"), goals with 其中 and
# 累计, tasks restarting per part closing on "（牵头单位：X；责任单位：Y）", four of those
# annotations cut by the page end (SYNTHETIC_BM.md).
# synthetic_bp three 2026 "人工智能+" plans of 浙江 / 广东 / 吉林 places as plain-text (.txt)
# copies users paste into a file: a county-level city's 行动方案 copied out of a PDF viewer
# (hard line breaks every ~34 characters inside words, agency names and figures, the running
# header "X政办发〔2026〕N号" and "— N —" left between lines, the title and a heading broken over
# two lines), tasks 1.… restarting per section closing on "（牵头单位：X；配合单位：Y）" or
# "（责任单位：X、Y）"; a county's 实施方案 copied from its web page with the paragraph breaks
# lost (the plan in a handful of very long lines, headings run inline into the text "…扎实推
# 进。二、重点任务（…）（一）夯实数字底座。1.建设…", "（责任单位：X、Y）" under a rule stated
# once "列第一位的为牵头单位，其他单位按职责分工负责", Chinese numerals, 1—2个, 万); a
# district's 工作方案 saved in
# GBK with CRLF, paragraphs indented by full-width spaces, goals numbered ⑴–⑷, chapters ㈠–㈨
# each ONE paragraph of points "一是…（X牵头，Y配合）；二是…" (each point its own task), the
# safeguards one paragraph "第一，…。第二，…。" and a 联系人 / 联系电话 line (SYNTHETIC_BP.md).
# synthetic_bq three 2026 sector plans issued by DEPARTMENTS, of 云南 / 海南 / 天津
# places: a JOINT notice of four city departments (four names in the red head, four
# 发文字号 lines, four signatures) printing the 卫健委's "人工智能+医疗卫生" 实施方案 as a
# Word file, tasks 1.… restarting per group annotated with the 卫健委's INTERNAL 科室
# and units (规划发展与信息化科, 医政医管科, 市卫生健康信息中心 …) beside other
# departments in mixed forms ("（牵头科室：X；配合单位：Y）", "（X牵头，Y配合）",
# "（责任科室：X；Y按职责分工负责）", "（X负责，Y配合）"), a group's rule stated once; a
# city 交通运输局's 工作方案 printed by LibreOffice, goals year by year in ONE paragraph
# ("2026年：…；2027年：…；2028年：…"), the tasks the rows of a 任务清单 table (序号 |
# 工作任务 | 具体内容 | 责任处室（单位） | 完成时限: 2026年6月底前 / 2026年第三季度 /
# 2027年底前 / 长期坚持 / 每季度) under a lead rule stated once; a district 教育局's
# 行动计划 as its portal page, goals split by school stage (小学 / 初中 / 高中) and by
# year, tasks closing on "（责任科室：X；配合科室：Y）", an 附件 试点学校名单 of names
# only (SYNTHETIC_BQ.md).
# synthetic_br three 2026 "人工智能+" documents of 北京 / 上海 / 江苏 places that print few or
# no agency annotations and name many non-agency actors: a Beijing district's 行动方案 as its
# portal page (.html) whose tasks carry NO annotation at all, naming enterprises, universities,
# labs, hospitals and platforms as beneficiaries ("支持X有限公司…", "依托X大学…"), a closing
# "各部门按职责分工抓好落实" and a "领导小组办公室设在X，负责日常工作" (no agency, no role); a
# Shanghai district's 若干措施 as a Word file, articles numbered on, only some naming their actor
# in the text ("由区X牵头，区Y配合", "由区X会同区Y负责", "区X负责…"), others none, municipal
# bodies as objects (向市X推荐, 争取市X支持), subsidies, caps, per-year commitments, a 附则 naming
# who interprets; a Jiangsu city's 实施方案 printed by LibreOffice whose seven 专项行动 headings
# alone carry the annotation (four wordings, 责任单位 after 牵头单位) for the unannotated items
# under them, which name national / provincial bodies as objects ("积极争取国家发展改革委支持",
# "配合省工业和信息化厅开展…", "向工业和信息化部推荐…") (SYNTHETIC_BR.md).
# synthetic_by three LONG 2026 documents of 甘肃 places: the province's
# 数字经济和"人工智能+"发展规划（2026—2030年） as a Word file of 30,000 characters
# (第一章–第十章, 第X节, 120 items closing on "（牵头单位：省X；配合单位：省Y、省Z）" /
# "（…、各市州人民政府按职责分工负责）", a 主要指标 table repeating the goals, seven 专栏 of
# 重点项目); 平凉市's 行动方案 printed by LibreOffice with a running header (45 items
# numbered on, "（市X牵头，市Y配合）" / "（市X负责）"); 民勤县's 工作要点 as .txt, items
# 1.–30. closing on "（责任单位：…）" (SYNTHETIC_BY.md).
# synthetic_bx three 2026 "人工智能+" plans as they reach a reader in other scripts and
# languages: a 广东 county-level city's 行动方案 reposted by a Hong Kong news site in
# traditional characters (.html: the site's chrome, 「」 quotes, "（牽頭單位：X；配合單位：Y）",
# extraction as printed); a 云南 border city's bilingual Word file, each Chinese paragraph
# followed by its English translation, headings and annotated tasks too (the Chinese
# extracted); a district plan copied from a traditional-character PDF into a .txt, hard line
# breaks, page numbers, full-width digits, "（責任單位：X、Y）" (SYNTHETIC_BX.md).
# synthetic_bz three 2026 "人工智能+" documents of 四川 / 贵州 places that print the division of
# work where few plans do: a city's 行动方案 as a Word file whose roles stand in real Word
# FOOTNOTES (footnotes.xml, a reference at the end of each task's heading: "牵头单位：市X；配合
# 单位：市Y、市Z", some with a line "责任领导：副市长…" naming a person; docx_words reads the
# footnotes after the body since); a district's 实施方案 as its portal page whose items OPEN on
# the lead in brackets ("【区X牵头】1.…", "〖区X〗1.…", "【区X、区Y牵头】") and close on
# "配合：区Y、区Z"; a county's 实施方案 printed by LibreOffice whose body carries no annotation
# and whose annexed 重点任务分工表 puts the role columns first (序号 | 牵头单位 | 配合单位 | 重点
# 任务 | 完成时限) with the 牵头单位 cell merged down over the rows it leads (SYNTHETIC_BZ.md).
# synthetic_bv three 2026 "人工智能+" documents of 云南 / 四川 places in forms other software
# saves: a county-level city's 行动计划 as WPS Office writes a .docx (soft line breaks, （一）
# headings by w:numPr list numbering, a baseline table of multi-paragraph cells, the 主要目标 in
# a wps:wsp text box, each annotation in a smaller run of its own); a district's 实施方案 as a
# browser's single-file web archive (.mht, the page quoted-printable in GBK, <p> with &nbsp;
# indents, annotations in <font> tags), read by mht_words; a county's 工作方案 as a Word 97 .doc
# converted by LibreOffice whose every number is Word list numbering, with a merged-cell 任务分工
# table restating the items (SYNTHETIC_BV.md).
# synthetic_bu three 2026 "人工智能+" JOINT documents, issued by several bodies at once, of
# invented places: a province's 实施意见 of the party committee and the government together
# printed by LibreOffice, paragraphs closing on the bodies without a label ("（省委网信办、省发展
# 改革委、省科技厅按职责分工负责）", names with and without 省, party bodies beside government ones,
# 各市州党委和政府 as a collective); a notice of six province departments (six numbers, six
# signatures with dates) as a Word file whose tasks carry no annotation, their roles in an
# annex 重点任务分工表 (序号 | 重点任务 | 牵头单位 | 参与单位) by short title; a city plan of
# the 市委办公室 and 市政府办公室 as its portal page, tasks closing on "（责任单位：X、Y，
# 各区县（市）党委和政府；列第一位的为牵头单位）", the rule stated once for the later groups,
# state enterprises and 市委 bodies as responsible units (SYNTHETIC_BU.md).
# synthetic_bw three 2026 "人工智能+" plans of bodies below the county and of a development zone
# (山东 / 四川): a national 高新区 管委会's 三年行动方案 as a Word file whose annotations name the
# 管委会's own 局 / 部 / 中心 and a 国有平台公司 ("（牵头部门：X；责任单位：Y；完成时限：…）"),
# with an indicator table (2025 基期 column, 2026/2027/2028, 指标属性); a 镇人民政府's
# "人工智能+基层治理" 工作方案 printed by LibreOffice, each task followed by a "时间节点：…" line of
# milestones and a line of roles (办 / 中心 / 队, 派出所 配合, 各村（社区） a collective), some
# targets per 村; a county's 工作要点 as plain text whose 任务清单 is a table typed with runs of
# spaces, 完成时间 in 季度 (SYNTHETIC_BW.md).
# synthetic_bt three 2026 "人工智能+" plans issued by single DEPARTMENTS naming their own
# internal units: a city 公安局's 实施方案 as a Word file, items closing on
# "（牵头：X；配合：Y、Z）" / "（责任部门：X）" over 警种 and 支队, 各分局 and 各县公安局 as
# collectives; a province 农业农村厅's 行动方案 printed by LibreOffice, each item followed by
# its own line "牵头处室：X　参与单位：Y" over 处室 and 直属单位, with a 2026–2028 indicator
# table; a county 文化广电体育和旅游局's 工作方案 as its web page, tasks the rows of a table
# 序号|工作任务|责任股室|责任人|完成时限 whose 责任人 is a post, not an agency (SYNTHETIC_BT.md).
# synthetic_bs three 2026 "人工智能+" documents of 湖南 places as PDFs whose text layer is no
# word processor's export: a county-level city's 实施方案 SCANNED (page images under an invisible
# OCR layer, one run per printed line, half-width ( , : ; ) and stray spaces in some lines, a seal
# whose words are not in the layer), items 1.–23. closing on "（牵头单位：X；配合单位：Y）"; a
# district's 行动计划 drawn one character at a time (justified, headings spaced wide, a running
# header), measures （一）–（二十三） whose annotations break across lines and a page; a county's
# 工作方案 whose body is a text PDF and whose annex 重点任务分工表 is landscape scanned pages
# with an OCR layer of one run per cell line and no ruling in the PDF (SYNTHETIC_BS.md).
# synthetic_cc three 2026 "人工智能+" documents of INVENTED places in outline numbering the genre
# uses less often: a city's 行动方案 as a Word file numbered DECIMALLY (1 / 2 / 2.1 / 2.1.1, tasks
# at 2.1.1 closing on "（牵头单位：X；责任单位：Y、Z）", a box 专栏2-1); a province's
# 行动计划 printed by LibreOffice in 第一部分 / 第二部分 parts, sections 一、, items 1) 2) 3)
# with sub-points ①②③ inside them, "（X牵头，Y、Z参与）"; a district's 工作要点 as text whose
# numbered paragraphs （一）–（六） run on points "一是…（责任单位：X）；二是…", each point a
# task, and a part of lettered tasks A.–E. (SYNTHETIC_CC.md).
# synthetic_ca three 2026 "人工智能+" web pages (.html) of 新疆 / 吉林 places whose structure, not
# their text, carries the outline: a county-level city's 实施方案 numbered by HTML list numbering
# (<ol style="list-style-type: cjk-ideographic"> parts, nested decimal <ol> items, no number in the
# text) with "（牵头单位：X；配合单位：Y）"; a district page whose article is in a script
# (var articleData = {"content": "<p>…"}, read by script_article as a browser renders it) with
# tasks （一）… "（责任单位：X）"; a county's 政务公开 page holding the plan (1.… closing on
# "（X牵头，Y配合）") and after it its 政策解读 "一图读懂", a 附件 list and a 相关文件 box
# (SYNTHETIC_CA.md).
# synthetic_cb three 2026 "人工智能+" documents of invented places as reportlab PDFs with marks on
# every page that are not the plan: a city's 实施方案 under a grey 45° watermark held in the text
# layer, a running header with its number and 公开方式, "第 N 页 共 M 页"; a province department's
# 行动方案 whose annex 重点任务分工表 is drawn turned 90° on portrait pages, the roles and deadlines
# only there; a district's 征求意见稿 with line numbers in the margin of every page, a "征求意见稿"
# box and a 修改说明 after the plan (SYNTHETIC_CB.md).
# synthetic_ce three 2026 "人工智能+" plans of invented 华东 places REPOSTED with what is not the
# plan around them, only the plan extracted: a page saved from mp.weixin.qq.com (the plan in a
# hidden #js_content of nested <section>s, text split over many styled <span>s, the account's lead
# with figures, 来源 / 编辑 / 审核, 往期推荐, a hidden share dialog); a news app's copy as .txt
# (app header, reporter's lead, "全文如下：", the plan, 网友评论 with figures and like counts); a
# news portal's page ("原标题：…", "图解：…", "全文如下：", 相关新闻 / 热点排行, 责任编辑)
# (SYNTHETIC_CE.md).
# synthetic_cd three 2026 "人工智能+" documents of invented 西南 places whose
# annotations name ACTORS BEYOND GOVERNMENT: a province's 行动计划 as a Word
# file whose "（牵头单位：X；配合单位：Y）" name central bodies in the province
# (金融监管局, 人民银行分行, 海关, 通信管理局, 税务局), state firms, a
# university, an academy institute, an association and party bodies; a
# city's 工作方案 printed by LibreOffice whose annotations carry people and
# times ("责任领导：市政府分管副市长；…；督办单位：…；完成时限：2026年12月底")
# and a 联系人 line after some items; a district's 任务清单 as text whose
# 责任主体 hold 各街道办事处, a district state firm, a platform company, a
# park's 管委会 and 社会组织 (SYNTHETIC_CD.md).
# synthetic_cg three 2026 "人工智能+" documents of invented 东北 / 西北 places whose
# targets stand in tables of unusual shapes: a city's 行动方案 as a Word file whose 主要指标
# table is TRANSPOSED (rows the years 2026年 / 2027年 / 2028年, columns the indicators with
# units in the header cells) beside a goal sentence pairing years ("到2026年、2027年，…分别
# 达到30家、50家"); a province's 行动计划 printed by LibreOffice whose body holds the
# province totals and whose annex 主要目标任务分解表 gives each city's share (rows the
# cities, a 全省 row); a district's 实施方案 as its web page whose indicator table has a
# two-row header of merged cells (2026年 / 2027年 over 目标值 | 责任单位), cells "≥10",
# "20以上", "100%", "—" (SYNTHETIC_CG.md).
# synthetic_cf three 2026 "人工智能+" plans of INVENTED 中南 places whose ANNEXES
# stand beside the plan: a city's 行动方案 as a Word file (tasks 1.–12. closing on
# "（牵头单位：X；责任单位：Y）") followed by 附件1 重点任务分工表 restating each
# task with its roles and 完成时限, 附件2 重点项目清单 (总投资 / 建设期限 / 责任单位)
# and 附件3 名词解释; a province's 实施方案 printed by LibreOffice with 附件1 主要指标
# (一级指标 merged, 2025年基期值, 2026年目标, 2027年目标, 预期性 / 约束性) and 附件2
# 配套政策清单 (政策名称 / 牵头单位 / 出台时间); a county's 工作方案 as its portal
# page with an annex 2026年度任务清单 split by quarter (SYNTHETIC_CF.md).
# synthetic_cl three 2026 "人工智能+" plans of INVENTED 华南 / 西南 coastal and border
# places published BILINGUALLY, Chinese with its English translation: a city's 行动方案
# as a Word file in 中英对照 form (each Chinese paragraph followed by its English one,
# "(Lead: Municipal …; Support: …)"); a new area's 若干措施 printed by LibreOffice as a
# two-column table 中文 | English, one article a row, the header row repeated on every
# page; a border district's 实施方案 as its portal page, the Chinese full text and then
# "English Version" with the whole translation. The expected extraction is the Chinese
# plan only (SYNTHETIC_CL.md).
# synthetic_ch three INVENTED "十五五" (2026—2030年) plans of a 华北 province, one of its
# cities and one of that city's districts: the province's 人工智能产业发展规划 as a Word file
# in chapters 第一章…第六章 of 第一节… sections (a 目录, 第一章 of PAST figures, 表1 主要指标
# with 2025年（基期） | 2030年 | 年均增速/累计 | 属性 and "[ ]" five-year sums, task sections
# with no annotation whose roles stand only in 附件 重点任务分工表, two 专栏 boxes of 工程); the
# city's 数字经济和人工智能 plan printed by LibreOffice with milestones 到2028年 / 到2030年, a
# 远景目标 展望2035年 with figures (no targets) and "（责任单位：X、Y）" under "列第一位的为牵头
# 单位"; the district's plan as its portal page, its 主要指标 a prose paragraph with baselines
# in brackets, "（牵头单位：X；配合单位：Y）" (SYNTHETIC_CH.md).
# synthetic_ci three 2026 "人工智能+" plans of INVENTED 华北 places as they reach a reader through
# OCR of a scanned paper copy, the paper's figures read with letters (2O27年, l00个, 5O%, 2〇30年,
# 人工智能十): a 山西 county's 行动方案 as the .txt copied from the OCR (the paper's printed lines,
# page numbers between pages, mixed punctuation widths, spaces between characters, a seal's words
# as a stray line, 己 / 曰 / 纳人 in prose); a 河北 city's 行动计划 as a PDF rebuilt from the OCR
# (an OCR editor's .docx printed by LibreOffice: paragraphs cut at the paper's page ends, its
# numbering misread —、 / （ 二 ） / 1， / l0.); a 内蒙古 city's 实施方案 on the portal's 政府公报
# page, one <p> per scanned line with the gazette's running header and page numbers between, own
# lines "责任单位：…" under "排在第一位的为牵头单位，其余为配合单位" (SYNTHETIC_CI.md).
# synthetic_cr three 2026 "人工智能+" plans of invented 贵州 / 广西 / 海南 places published
# UNPROOFED: numbering slips (（一）/(二)/（三) widths, a skipped number, 3. 3., a part 三、
# twice, a list restarting at 1., a heading run into the paragraph before), annotation slips
# (an unclosed bracket, half-width ":" ";" ",", "牵头单位:X 配合单位:Y", a doubled label, a split
# annotation, one body under two or three names, "区 发改局") and figure slips (到2026年底 /
# 2026年末, a unit missing in one mention, "30 %", "３０％", "1,000家", a figure and its unit
# split by a line break) in a Word file, a LibreOffice PDF and a .txt from a portal
# (SYNTHETIC_CR.md).
# synthetic_cm three 2026 "人工智能+" plans of invented 华中 places whose tasks
# are TASK CARDS of labelled lines (工作目标 / 主要举措 / 进度安排 / 牵头单位 /
# 配合单位 / 责任人 / 完成时限): a city's 实施方案 as a Word file (cards "任务一：…"
# over bold-labelled paragraphs); a district's 挂图作战 项目清单 printed by
# LibreOffice (each card a two-column bordered table, label | content, some split
# over a page break); a county's 工作方案 as its portal page (<div class="card">
# blocks as <dl>/<dt>/<dd> or <strong>label：</strong> paragraphs, each with a
# 考核指标 line and its 分值) (SYNTHETIC_CM.md).
# synthetic_ck three 2026 "人工智能+" documents of invented 华南 places whose roles and
# figures REFER BACK instead of being restated: a city's 行动方案 as a Word file whose
# annotations define short names once ("（以下简称市经信局）", "（以下统称各地）") and then
# say "（牵头单位、配合单位同第（三）项）", "（责任分工同本部分第1项）", "（市科技局牵头，其余
# 同上）", "（责任单位：同上）", with a part-level "本部分各项任务均由市数据局牵头，配合单位见
# 各项"; a district's 任务分工表 printed by LibreOffice whose cells hold "同上", "〃", "—〃—",
# a merged 牵头单位 cell and "同序号5"; a county's 实施方案 as its portal page whose targets
# say "上述指标分别达到…", "较2025年翻一番", "占比不低于上述总量的30%", "此后每年新增同等
# 规模", "与上年持平" (SYNTHETIC_CK.md).
# synthetic_cj three 2026 "人工智能+" documents of invented 华北 places whose tasks
# live in a 任务分解 / 督办 TABLE: a city's 实施方案 as a Word file whose annexed
# 重点任务分解表 merges 重点任务 (and 责任领导, 督办单位) vertically over its 具体措施 rows,
# several measures ①②③ in one cell; a district's 工作任务清单 printed by LibreOffice as
# one table over several pages with repeated two-row headers, a 责任单位 column marking
# "（牵头）", a 季度进度 block of ✓ / steps and a 联系人及电话 column; a county's 督查台账
# as its portal page, a <table> with rowspan / colspan, 目标要求 holding the figures,
# 分管领导 and 完成情况 columns (SYNTHETIC_CJ.md).
# synthetic_cq three 2026 "人工智能+" documents of invented 湖南 / 江西 / 安徽 places
# whose figures are QUANTITIES IN UNUSUAL WORDS (三分之一以上, 过半, 两成, 近五成, 逾百家,
# 两千余人, 十余个, 数十家, 较2025年翻两番, 实现倍增, 提高5个百分点, 缩短至3个工作日以内,
# 控制在2%以内, 3—5个, 1.2万亿元, 千亿级, 全覆盖 / 100%覆盖, "十百千") beside numbers that are
# NOT quantities ("1+N+X", 5G+, 〔2026〕12号, 第3代, V2.0, 12345, a phone number, 3D, 6G,
# 二级 / 三级, 第一批, 前三名, "24小时不打烊"): a city's 行动方案 as a Word file, a
# district's 工作要点 printed by LibreOffice, a county's 实施方案 as its portal page
# (SYNTHETIC_CQ.md).
# synthetic_cn three 2026 "人工智能+" documents of invented 东南 coastal places (福建 /
# 浙江) whose figures are mostly POLICY INSTRUMENTS, not goals: a city's 若干政策措施 as a
# Word file (goals inside the purpose sentence beside a baseline, articles 第一条–第十五条
# of subsidy rates, ceilings, rewards, eligibility thresholds, a voucher budget, a fund
# being set up, among them a few dated and per-year commitments; the role rule stated in
# the 附则 after every article); a district's 实施细则（申报指南） printed by LibreOffice
# (申报条件 / 支持标准 / 申报材料 / 受理部门；审核部门 per support item, a procedure with
# its 工作日 limits, the city's goal quoted, ONE target); a county's 行动方案 as its portal
# page (money that IS a goal — investment to complete — beside a 保障措施 part of budgets,
# a fund and 以奖代补, and a 专栏 table of 重点项目 with 总投资) (SYNTHETIC_CN.md).
# synthetic_co three documents of invented 陕西 / 甘肃 / 云南 places that LOOK BACK and
# FORWARD, the plan only part of each: a city 工信局's 2025年工作总结及2026年工作计划 as a
# Word file (a past part of bold-led paragraphs full of 2025 figures — 累计, 同比增长, 完成率,
# 排名全省第N — problems, then the 2026 plan, safeguards and requests to the city
# government); a province's 三年行动计划（2023—2025年）终期评估报告 printed by LibreOffice
# (the old plan's targets and readings in 表1, its tasks with 牵头单位 in 表2, then the
# report's own 2026—2027年 goals and tasks); a district's 2026 政府工作报告 as its portal
# page, one AI / 数字经济 area among eight, its roles only in an appended 分工 table
# (SYNTHETIC_CO.md).
# synthetic_cs three 2026 "人工智能+" plans of invented 华东 / 华北 places, each a portal
# page (.html) whose article body was PASTED FROM WORD into the CMS: Word's HTML pasted
# whole (MsoNormal, mso-* styles, <o:p>, list numbers in <![if !supportLists]> blocks, an
# annex MsoTableGrid with colspan / rowspan cells); one <div> of <br> lines with &nbsp;
# indents and no <p>, numbers in a span of another font, annotations in coloured spans;
# every paragraph a <tr><td> of a one-column layout table with <h3> / <strong> headings
# and a real 重点工程 table nested inside (SYNTHETIC_CS.md).
# synthetic_cp three 2026 "人工智能+" documents of invented 东北 places circulated as
# EXCEL WORKBOOKS (.xlsx, read by xlsx_words: visible sheets, cells as displayed): a city's
# 重点任务分解表 (a 填表说明 sheet first, 重点任务 merged over its 具体举措 rows under a two-row
# header, 完成时限 as date cells "yyyy年m月", names split by line breaks in a cell, a 主要指标
# sheet of fractions formatted 0%, a hidden sheet feeding the 牵头单位 dropdown); a district's
# 督办台账 of one sheet (frozen panes, group rows merged across, 目标值 with thousands separators
# and a "≥" in the number format, a SUM 合计 row, a hidden column and a hidden row, 完成情况);
# a county's 工作方案 whose first sheet is the plan's text a paragraph per merged row and whose
# second is the 任务清单 (任务类别 merged down, dates formatted "yyyy年m月底前") (SYNTHETIC_CP.md).
# synthetic_cx three 2026 documents of invented 安徽 / 浙江 / 四川 places that AMEND, REISSUE
# or CARRY ON an earlier "人工智能+" plan: a city's 行动方案（2026—2028年）（修订版） as a Word
# file, a 修订说明 up front (old figure → new figure, 删去原第（五）项, 新增第（九）项, a lead
# and a due changed) before the whole revised plan; a county's notice adjusting its
# 三年行动计划（2024—2026年） and extending it to 2027, printed by LibreOffice ("由50家调整为
# 80家", "目标值由30%提高至45%", "完成时限由2026年底延至2027年6月"; new tasks with roles; an
# annex 调整后目标任务表 with 原目标 / 调整后目标 columns); a district portal's 2026年工作要点
# carrying on its 三年行动方案 ("完成《三年行动方案》确定的2026年度目标：…", items "继续实施…"
# numbered on, the plan's 2028 goals restated as background) (SYNTHETIC_CX.md).
# synthetic_cu three 2026 "人工智能+" plans of invented 江西 / 湖北 / 湖南 places whose
# outlines are NUMBERED IN UNUSUAL CHARACTERS: a city's 实施方案 as a Word file typed in WPS
# (parts Ⅰ、Ⅱ、, sections ㈠ ㈡, tasks ⒈ ⒉ restarting per section, sub-items ⑴ ⑵ — the
# task's text under an annotated heading line, its clauses where each carries its own
# annotation); a district's 行动方案 printed by LibreOffice (parts 第一部分…, sections
# "任务一：", tasks "１．" in full-width digits with ◆ points — text or clauses of the task,
# tasks only where they stand directly under a section — and ● goal items); a county's
# 工作方案 as its portal page (parts 一、, sections A. B. C., tasks ❶ ❷ closing on 【】
# annotations, goal items ① ②, lettered safeguards) (SYNTHETIC_CU.md).
# synthetic_ct three 2026 "人工智能+" plans written and issued JOINTLY by invented places, agencies
# of several places in one annotation: two provinces' 走廊 行动方案 as a Word file issued by both
# 人民政府办公厅 ("两省发展改革委" = one body in each province, "X牵头，Y配合" per side, a joint
# office leading some tasks); a three-city 都市圈's 三年行动计划 printed by LibreOffice whose
# roles stand only in the annex 重点任务分工表 (a 牵头单位 cell naming one body of each city,
# "三市X" in 配合单位); a coastal city's and its paired western county's 东西部协作 plan as the
# county's portal page ("两地X部门", each side's figures separately) (SYNTHETIC_CT.md).
# synthetic_cv three 2026 "人工智能+" documents of invented 湖北 / 安徽 / 江西 places whose
# division of work uses the WIDER VOCABULARY of real offices, persons beside bodies: a city's
# 实施方案 as a Word file (（主办单位：X；协办单位：Y）, one 承办单位, one 第一责任单位, a 责任领导
# line under each group, a 联系人 line); a district's 工作要点 printed by LibreOffice whose
# tasks are a table 序号 | 工作任务 | 主责单位 | 协同单位 | 责任领导 | 督办单位 | 完成时限; a
# county's 行动方案 as its portal page with roles in run-in prose (由X统筹，Y具体实施; X主抓，
# Y协助; X抓总; X负责，Y支持), 实施主体 enterprises beside a 牵头单位, the footer's 主办 / 承办
# (SYNTHETIC_CV.md).
# synthetic_cy three 2026 "人工智能+" plans of invented places that SPLIT THEIR GOALS among
# the places under them: a province's 行动计划 printed by LibreOffice (goals for the province
# as a whole, tasks annotated with province departments and 各市人民政府, an annex 主要目标分解表
# of a row per city with the 2026 and 2027 figures of two indicators and a 全省合计 row whose
# one cell no goal prints); a city's 实施方案 as a Word file whose goal sentences name district
# shares ("其中A区不少于…、B区不少于…、其余各区县各不少于…", "各区县至少…") and whose tasks
# are led by 市 bodies with 各区县人民政府 responsible; a county's 工作方案 as its portal page
# with per-township quotas in a table (乡镇 | 数字乡村示范点 | 智慧农业基地, a 合计 row) and a
# 县直部门 task list (SYNTHETIC_CY.md).
# synthetic_cw three 2026 "人工智能+" documents of the invented province 汀澜 whose division
# of work is NOT one bracket closing each task: the province's 实施方案 as a Word file (each
# measure several clauses closed by their own annotations, one in mid-sentence, one pushed to
# the next page, sub-items handed to another body "其中…由X负责"); a city's 行动计划 printed by
# LibreOffice with every annotation BEFORE its item ("【牵头单位：X；配合单位：Y】", one over a
# group heading) and covering lines after items ("以上两项由X牵头，Y配合。", "以上各项工作，
# 各县（市、区）人民政府负责本辖区落实。"); a county's 工作方案 copied from its portal (.txt),
# run-in points "一是…（县X负责）；二是…（县Y负责）", one annotation covering two points, one
# wrapped onto the next line (SYNTHETIC_CW.md).
# synthetic_da three 2026 "人工智能+" plans of DEPARTMENTS whose agencies are the department's
# own internal divisions and subordinate units: a province 教育厅's 行动方案 as a Word file
# (牵头处室 / 配合处室 规划处、科技处…, 直属单位 省电化教育馆 / 省教育考试院,
# 各市（州）教育局 as 责任单位); a city 卫生健康委员会's 实施方案 printed by LibreOffice
# (牵头科室 / 配合科室, 市疾控中心, 委属各医疗机构, 各区县卫生健康局); a city
# 交通运输局's 工作要点 as its portal page (牵头科室, 配合单位 执法支队 / 事业发展中心,
# 实施主体 市公交集团 / 市轨道交通集团) (SYNTHETIC_DA.md).
# synthetic_dd three 2026 "人工智能+" plans of invented places whose annotations name ONE BODY
# IN CHANGING FORMS: a city's 实施方案 as a Word file, a province's 行动计划 printed by
# LibreOffice (bodies with and without 省), a district's 工作方案 as its portal page — "X（以下
# 简称Y）" then Y, 挂牌 names in brackets, "（原X）" after 机构改革, a division in brackets,
# central units, 群团 and party bodies (SYNTHETIC_DD.md).
# synthetic_dg three 2026 "人工智能+" plans of the invented 江西 city 蓼州 and two places in it
# published as OLD PORTAL PAGES (TRS WCM / 大汉 / 拓尔思 templates): the whole page in nested
# <table>s, the article's lines separated by <br> inside one <p>, headings split over <b>
# fragments, &nbsp; and full-width indents; the city's 行动方案 saved in GB2312 (meta charset
# gb2312, read as GB18030 by html_text); a district's 实施方案 whose tasks are a table with
# 重点任务 merged (rowspan) over its 具体举措 rows and colspan group rows; a county's 工作要点
# with <script> / <style>, a 【字体】 bar, 打印 / 关闭 and 相关附件 (SYNTHETIC_DG.md).
# synthetic_df three 2026 "人工智能+" plans of the invented city 璟川 and two places under it as
# Word files CIRCULATED AS DRAFTS, to be read as accepted: a city's 行动方案 征求意见稿 (title in a
# content control, a TOC field, tracked goal figures, comments, a task struck whole, a 专栏 in a
# text box, hidden text), a district's 实施方案 送审稿 (文号 and date in a layout table inside a
# content control, a task struck and one inserted), a county's 工作方案 修改稿 (a 专栏 text box,
# a whole task hidden, a body replaced in an annotation) (SYNTHETIC_DF.md).
# synthetic_db three 2026 "人工智能+" PDFs of the invented city 沅陂 printed by LibreOffice from
# Word files whose layout puts extra text in the text layer: a running header, "第 X 页 共 Y 页"
# and a watermark text box on every page; Word footnotes ①–⑤ and a task table over two pages
# (续表, header row repeated); a landscape annex 指标表 and annotations cut by the page end
# (SYNTHETIC_DB.md).
# synthetic_cz three 2026 "人工智能+" plans of the invented city 澄霁 (江西) and two places in
# it as readers get them through government WeChat accounts: the city's 行动方案 as a WeChat
# article (.html: div#js_content, nested <section>s, words split over <span>s, two part headings
# only as images with alt text, 往期推荐 titles with figures); a district account's repost of its
# 实施方案 (.html) opening with a 导读 restating the plan's figures in the editor's words before
# "全文如下", ▶ / ◆ markers and 1️⃣–4️⃣ group headings; a county's 工作方案 copied on a phone (.txt,
# a clause per line, clauses broken at the screen's width) (SYNTHETIC_CZ.md).
# synthetic_de three 2026 "人工智能+" documents of the invented city 泾槐 and two places
# under it whose division of work carries DEADLINES AND STAGES beside the roles: the
# city's 实施方案 as a Word file ("（牵头单位：X；配合单位：Y；完成时限：2026年12月底前）",
# "（X牵头，Y配合，2026年6月底前完成）", "（责任单位：X；持续推进）", 时间节点 lines,
# stage lines "第一阶段（2026年1—6月）：…" with counts); a district's 行动计划 printed by
# LibreOffice whose tasks are a table with columns 完成时限 and 阶段性目标; a county's
# 工作方案 as its portal page with 时间节点 paragraphs, stages and an annex 进度安排表 by
# quarter (SYNTHETIC_DE.md).
# synthetic_dc three 2026 "人工智能+" plans of invented 福建 places whose outlines carry NO
# numbers: a city's 行动方案 as a Word file (bold part headings, tasks opened by a bold lead
# sentence), a district's 实施方案 as its portal page (【】 parts, ■ groups, ● tasks with "——"
# sub-points, ▲ safeguards), a county's 工作方案 as a .txt whose levels are shown only by
# full-width indentation, tasks closed by "（X牵头，Y配合）" (SYNTHETIC_DC.md).
@pytest.mark.parametrize(
    ("folder", "at_least"),
    [
        ("heldout6", 10),
        ("heldout7", 10),
        ("heldout8", 5),
        ("heldout9", 8),
        ("heldout10", 9),
        ("heldout11", 7),
        ("heldout12", 8),
        ("heldout13", 8),
        ("heldout14", 6),
        ("heldout15", 8),
        ("heldout16", 2),
        ("heldout17", 7),
        ("heldout18", 10),
        ("synthetic_a", 3),
        ("synthetic_b", 3),
        ("synthetic_c", 3),
        ("synthetic_d", 3),
        ("synthetic_e", 3),
        ("synthetic_f", 3),
        ("synthetic_g", 3),
        ("synthetic_h", 3),
        ("synthetic_i", 3),
        ("synthetic_j", 3),
        ("synthetic_k", 3),
        ("synthetic_l", 3),
        ("synthetic_m", 3),
        ("synthetic_n", 3),
        ("synthetic_q", 3),
        ("synthetic_r", 3),
        ("synthetic_s", 3),
        ("synthetic_u", 3),
        ("synthetic_o", 3),
        ("synthetic_p", 3),
        ("synthetic_t", 3),
        ("synthetic_v", 3),
        ("synthetic_w", 3),
        ("synthetic_x", 3),
        ("synthetic_y", 3),
        ("synthetic_z", 3),
        ("synthetic_aa", 3),
        ("synthetic_ab", 3),
        ("synthetic_ac", 3),
        ("synthetic_ad", 3),
        ("synthetic_ae", 3),
        ("synthetic_af", 3),
        ("synthetic_ag", 3),
        ("synthetic_ah", 3),
        ("synthetic_ai", 3),
        ("synthetic_aj", 3),
        ("synthetic_ak", 3),
        ("synthetic_am", 3),
        ("synthetic_al", 3),
        ("synthetic_ao", 3),
        ("synthetic_an", 3),
        ("synthetic_aq", 3),
        ("synthetic_ar", 3),
        ("synthetic_ap", 3),
        ("synthetic_au", 3),
        ("synthetic_as", 3),
        ("synthetic_at", 3),
        ("synthetic_av", 3),
        ("synthetic_aw", 3),
        ("synthetic_ax", 3),
        ("synthetic_ay", 3),
        ("synthetic_az", 3),
        ("synthetic_bb", 3),
        ("synthetic_ba", 3),
        ("synthetic_bc", 3),
        ("synthetic_bd", 3),
        ("synthetic_be", 3),
        ("synthetic_bf", 3),
        ("synthetic_bg", 3),
        ("synthetic_bh", 3),
        ("synthetic_bj", 3),
        ("synthetic_bk", 3),
        ("synthetic_bi", 3),
        ("synthetic_bn", 3),
        ("synthetic_bo", 3),
        ("synthetic_bl", 3),
        ("synthetic_bm", 3),
        ("synthetic_bp", 3),
        ("synthetic_bq", 3),
        ("synthetic_br", 3),
        ("synthetic_by", 3),
        ("synthetic_bx", 3),
        ("synthetic_bz", 3),
        ("synthetic_bv", 3),
        ("synthetic_bu", 3),
        ("synthetic_bw", 3),
        ("synthetic_bt", 3),
        ("synthetic_bs", 3),
        ("synthetic_cc", 3),
        ("synthetic_ca", 3),
        ("synthetic_cb", 3),
        ("synthetic_ce", 3),
        ("synthetic_cd", 3),
        ("synthetic_cg", 3),
        ("synthetic_cf", 3),
        ("synthetic_cl", 3),
        ("synthetic_ch", 3),
        ("synthetic_ci", 3),
        ("synthetic_cm", 3),
        ("synthetic_ck", 3),
        ("synthetic_cj", 3),
        ("synthetic_cq", 3),
        ("synthetic_cn", 3),
        ("synthetic_co", 3),
        ("synthetic_cs", 3),
        ("synthetic_cp", 3),
        ("synthetic_cr", 3),
        ("synthetic_cx", 3),
        ("synthetic_cu", 3),
        ("synthetic_ct", 3),
        ("synthetic_cv", 3),
        ("synthetic_cy", 3),
        ("synthetic_cw", 3),
        ("synthetic_da", 3),
        ("synthetic_dd", 3),
        ("synthetic_dg", 3),
        ("synthetic_df", 3),
        ("synthetic_db", 3),
        ("synthetic_cz", 3),
        ("synthetic_de", 3),
        ("synthetic_dc", 3),
    ],
)
def test_a_held_out_set_is_complete(folder, at_least):
    """Each source (.txt, or a .docx / .pdf / .html / .xlsx file) with its .yaml, nothing stray,
    and its HELDOUT*.md beside it."""
    texts = {p.stem for p in (CORPUS / folder).iterdir() if p.suffix in SOURCE_SUFFIXES}
    extractions = {p.stem for p in (CORPUS / folder).glob("*.yaml")}
    assert len(extractions) >= at_least
    assert texts == extractions
    assert (CORPUS / f"{folder.upper()}.md").is_file()


@pytest.mark.parametrize("path", EXTRACTIONS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_each_extraction_is_a_fixture_quoting_only_its_source(path):
    assert extraction_problems(path) == []


def test_a_phrase_missing_from_the_source_is_reported(tmp_path):
    original = CORPUS / "heldout4" / "jiaxing-ai-2024.yaml"
    (tmp_path / "jiaxing-ai-2024.txt").write_text(
        original.with_suffix(".txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    changed = original.read_text(encoding="utf-8").replace(
        "source_phrase: 培育链主企业10家", "source_phrase: 培育链主企业12家"
    )
    assert changed != original.read_text(encoding="utf-8")
    (tmp_path / "jiaxing-ai-2024.yaml").write_text(changed, encoding="utf-8")
    assert extraction_problems(tmp_path / "jiaxing-ai-2024.yaml") == [
        "target T1 source_phrase not in the source: '培育链主企业12家'"
    ]


def test_a_workbook_reads_as_excel_shows_it(tmp_path):
    """xlsx_words: visible sheets only, hidden rows and columns left out, numbers and dates by
    their formats, a merged range once, a formula by its cached value (none written here)."""
    from datetime import datetime

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["序号", "任务", "牵头单位", "旧单位", "完成时限", "目标"])
    sheet.append([1, "建设智算中心", "市数据局\n市工信局", "市经信局", datetime(2026, 6, 1), 0.85])
    sheet.append([None, None, "市财政局", "市计委", datetime(2027, 12, 1), 12500])
    sheet.append([2, "已取消的任务", "市科技局", None, None, None])
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:B3")
    sheet["E2"].number_format = sheet["E3"].number_format = 'yyyy"年"m"月"'
    sheet["F2"].number_format = "0%"
    sheet["F3"].number_format = '"≥"#,##0'
    sheet["A5"] = "=SUM(A2:A4)"
    sheet.column_dimensions["D"].hidden = True
    sheet.row_dimensions[4].hidden = True
    hidden = workbook.create_sheet("单位名称")
    hidden["A1"] = "隐藏的单位"
    hidden.sheet_state = "hidden"
    workbook.save(tmp_path / "book.xlsx")
    assert xlsx_words(tmp_path / "book.xlsx").split("\n") == [
        *["序号", "任务", "牵头单位", "完成时限", "目标"],
        *["1", "建设智算中心", "市数据局", "市工信局", "2026年6月", "85%"],
        *["市财政局", "2027年12月", "≥12,500"],
        "",
    ]

"""Plan documents as the files they arrive in, built for the tests: .docx (python-docx), .pdf with a
text layer (headless Chromium's page.pdf(), with a running head and page numbers), a scanned PDF
(an image only, written by Pillow) and .html as a government site serves it."""

import html
import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.utils import translation

from tests.conftest import unavailable

DOCUMENTS = Path(__file__).parent / "documents"
CORPUS_DEV = Path(__file__).parents[1] / "plans_corpus" / "dev"


def corpus_misses(expected_path: Path) -> set[str]:
    """What the draft of a corpus document misses against its hand extraction (the .yaml beside
    it); the draft must pass the fixture checks."""
    from pilots.drafting import draft_evaluate
    from pilots.plan_fixtures import plan_document_parse

    expected, draft = _corpus_draft(expected_path)
    plan_document_parse(name=expected_path.with_suffix(".txt").name, text=draft.to_yaml())
    return set(draft_evaluate(expected_path.stem, draft.data, expected).misses)


def corpus_due_misses(expected_path: Path) -> set[str]:
    """The titles of the hand extraction's tasks whose drafted twin is due on another day (or has
    no twin). The evaluation does not score due dates; a year is due by its 31 December, as the
    schema says. A drafted task is the extraction's by its title or by its text (a task list's
    row is titled by its whole task cell in the draft, by the cell's first clause by hand)."""
    expected, draft = _corpus_draft(expected_path)
    drafted = _tasks(draft.data["sections"])

    def same(task: dict, wanted: dict) -> bool:
        return task["title"] == wanted["title"] or task["text"].startswith(wanted["text"])

    return {
        wanted["title"]
        for wanted in _tasks(expected["sections"])
        if _due(wanted) != next((_due(t) for t in drafted if same(t, wanted)), None)
    }


def _corpus_draft(expected_path: Path):
    """A corpus document's hand extraction and its draft, in the extraction's zone. The source
    beside it is a text (UTF-8, or GB18030 as synthetic_m's), or a file as offices publish it
    (.docx, .pdf, .html: synthetic_i); each is read as an upload is."""
    import yaml

    from pilots.drafting import document_read, plan_draft
    from pilots.drafting.inputs import SUPPORTED

    expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    source = expected_path.with_suffix(".txt")
    if not source.exists():
        source = next(s for s in map(expected_path.with_suffix, SUPPORTED) if s.exists())
    text = document_read(source).text
    zone = {k: expected["zone"][k] for k in ("slug", "name", "level")}
    draft = plan_draft(text, zone_slug=zone["slug"], source_file=source.name, zone=zone)
    return expected, draft


def _due(task: dict) -> str | None:
    due = task.get("due")
    return f"{due}-12-31" if isinstance(due, int) else due


def _tasks(sections: list[dict]) -> list[dict]:
    found = []
    for section in sections:
        found += section.get("tasks", []) + _tasks(section.get("sections", []))
    return found


@pytest.fixture
def english_notes():
    """Draft in English: the tests asserting a review note's words assert its English (the notes
    are written in the language active while drafting; the site's is Chinese)."""
    with translation.override("en"):
        yield


def docx_bytes(lines: list[str], table: list[list[str]] | None = None, merged_down=()) -> bytes:
    """A Word document of these paragraphs, then the table; ``merged_down`` holds (column,
    first row, last row) cells merged as one, with the first row's text (Word then repeats the
    cell in each row it covers)."""
    from docx import Document

    document = Document()
    for line in lines:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
        for c, first, last in merged_down:
            text = grid.cell(first, c).text
            grid.cell(first, c).merge(grid.cell(last, c)).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(
    chromium: str,
    lines: list[str],
    running_head: str,
    tables: dict | None = None,
    overprinted: frozenset = frozenset(),
) -> bytes:
    """An A4 PDF typeset like a government document: indented paragraphs, a running head on
    every page and a page number "— N —" at the foot; ``tables`` (line index → rows) are ruled
    tables printed before the line of that index; the ``overprinted`` lines are printed twice,
    0.4 px apart, as a word processor fakes bold."""

    def ruled(rows: list[list[str]]) -> str:
        cells = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
        )
        return f"<table style='border-collapse:collapse' border='1'>{cells}</table>"

    tables = tables or {}

    def paragraph(index: int, line: str) -> str:
        if index not in overprinted:
            return f"<p>{html.escape(line)}</p>"
        again = f"<span style='position:absolute;left:0.4px;top:0'>{html.escape(line)}</span>"
        return f"<p style='position:relative'>{html.escape(line)}{again}</p>"

    paragraphs = "".join(
        (ruled(tables[index]) if index in tables else "") + paragraph(index, line)
        for index, line in enumerate(lines)
    )
    page_html = (
        "<html><head><meta charset='utf-8'><style>body{font-family:'Noto Serif CJK SC',serif;"
        "font-size:16pt;line-height:1.6}p{text-indent:2em;margin:0;text-align:justify}</style>"
        f"</head><body>{paragraphs}</body></html>"
    )
    head = f"<div style='font-size:9pt;width:100%;text-align:center'>{running_head}</div>"
    foot = "<div style='font-size:10pt;width:100%;text-align:center'>— <span class='pageNumber'></span> —</div>"  # noqa: E501
    return chromium_pdf(chromium, page_html, right="26mm", header=head, footer=foot)


def chromium_pdf(
    chromium: str, page_html: str, *, right: str, header: str = "", footer: str = ""
) -> bytes:
    """``page_html`` printed to A4 by headless Chromium (25 mm top and bottom, 28 mm left);
    ``header``/``footer`` are Chromium's page templates; a page size in the CSS wins."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page()
        page.set_content(page_html)
        content = page.pdf(
            format="A4",
            margin={"top": "25mm", "bottom": "25mm", "left": "28mm", "right": right},
            display_header_footer=bool(header or footer),
            header_template=header or "<span></span>",
            footer_template=footer or "<span></span>",
            prefer_css_page_size=True,
        )
        browser.close()
    return content


def scanned_pdf_bytes() -> bytes:
    """A PDF holding only a picture of a page, as a scanner writes it."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(image)
    for row in range(12):
        draw.rectangle([150, 200 + row * 90, 1090, 230 + row * 90], fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=150)
    return buffer.getvalue()


@pytest.fixture
def chromium(chromium_path) -> str:
    try:
        import playwright  # noqa: F401
    except ImportError:
        unavailable("playwright is not installed")
    return chromium_path


def doc_written_by_libreoffice(docx: bytes, path: Path) -> None:
    """Save ``docx`` as a Word 97–2003 file at ``path`` by LibreOffice (not needed by the tests,
    which read the committed .doc: only to make it again)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{path.stem}.docx"
        source.write_bytes(docx)
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless",
             "--convert-to", "doc", "--outdir", tmp, str(source)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        path.write_bytes((Path(tmp) / f"{path.stem}.doc").read_bytes())

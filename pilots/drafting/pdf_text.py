"""The text of a PDF with a text layer, as paragraphs (pdfplumber).

A PDF gives lines with their positions, not paragraphs. A line starts a new paragraph when it is
indented (the genre indents each paragraph by two characters), when the line before it stopped
short of the right margin (by more than the number or Latin word it could not fit), or when it
starts with a heading number — or, after a line ending a sentence at the margin, with a short
named item ("重点实验室。"), the only sign left where paragraphs have no first-line indent (Word
exports, LibreOffice conversions). Lines that repeat at the top or bottom of most pages
(running heads, footers) and page numbers are dropped; spaces between CJK characters, an
artefact of extraction, are removed, and so are characters printed twice a hair apart (bold
faked by overprinting: "一一、、总总体体"). A title centred over two lines is one line. A table
(indicators, division of tasks), ruled or set in columns without rules (``pdf_columns``), is read
as a table: each row one line of its cells between |, as a table printed as text is.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
from collections import Counter
from collections.abc import Callable
from statistics import median

from django.utils.translation import gettext as _

from pilots.drafting.cleaning import ideographs_restored, letter_spacing_closed, record_line
from pilots.drafting.inputs import DocumentUnreadable
from pilots.drafting.lexicon import compiled, numbering_styles
from pilots.drafting.pdf_columns import line_cells, unruled_tables
from pilots.drafting.pdf_footnotes import footnotes_dropped
from pilots.drafting.pdf_line_numbers import margin_numbers_dropped
from pilots.drafting.pdf_running import running_lines_dropped
from pilots.drafting.pdf_stamps import stamps_removed
from pilots.drafting.pdf_tables import continued_rows, ruled_tables
from pilots.drafting.pdf_turned import page_upright
from pilots.drafting.pdf_two_columns import column_frame, two_column_lines
from pilots.drafting.unread_images import pdf_picture_pages
from pilots.source_text import remove_stray_spaces, to_simplified

MIN_TEXT = 20  # characters a PDF with a text layer has at the least
TITLE_MAX = 60  # characters of a title set over centred lines
MAX_PAGES = 300  # five times a long plan: more is no plan, and reading it would take minutes
SENTENCE_ENDS = ("。", "；", "：", ";", ":")
NAMED_ITEM = re.compile(r"[^\s，,、；;：:。．.（()）“”\"《》\d]{2,9}[。：:]")
LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f0-9.%％+\-]")  # letters with accents too
UNMAPPED = re.compile(r"\(cid:\d+\)")  # a glyph of a font with no map to Unicode (pdfminer)
OPENING = "(（《“‘["
CLOSING = "，。、；：！？）》”’,.;:!?)"
QUOTES = "“‘"  # no line breaks before nor after one set between ideographs (UAX #14 class QU)
logger = logging.getLogger(__name__)


def pdf_document_text(
    name: str, content: bytes, page_read: Callable[[int, int], None] | None = None
) -> tuple[str, list[str], list[str]]:
    """The text, reading notes and review doubts of a PDF; ``page_read(n, pages)`` after its
    n-th page is read (a long plan takes a minute: the drafting job shows how far it is)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings of embedded subsets

    try:
        with pdfplumber.open(io.BytesIO(content)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise _TooLong(len(pdf.pages))
            pages, images = [], []
            for number, page in enumerate(pdf.pages, start=1):
                upright = page_upright(page)  # a page saved turned sideways
                deduped = upright.dedupe_chars(tolerance=1)  # bold faked by overprinting a line
                pages.append(_page_lines(deduped))
                images.append(len(page.images))
                for parsed in {id(p): p for p in (deduped, upright, page)}.values():  # their
                    parsed.close()  # parsed objects freed now, not by the garbage collector
                if page_read:
                    page_read(number, len(pdf.pages))
    except _TooLong as exc:
        raise DocumentUnreadable(
            _("PDF 文件 %(name)s 有 %(n)d 页，上限 %(limit)d 页：请只上传规划正文。")
            % {"name": name, "n": exc.pages, "limit": MAX_PAGES}
        ) from exc
    except Exception as exc:  # pdfminer raises its own classes, often wrapped by pdfplumber
        cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise DocumentUnreadable(
                _("PDF 文件 %(name)s 设有密码（已加密）：请解除密码保护后再上传。") % {"name": name}
            ) from exc
        if not isinstance(cause, (PDFSyntaxError, ValueError, KeyError, TypeError)):
            logger.warning("PDF %s not read: %r", name, exc)
        raise DocumentUnreadable(
            _("无法读取 PDF 文件 %(name)s：文件已损坏或不是 PDF。") % {"name": name}
        ) from exc
    characters = sum(len(line["text"].strip()) for page in pages for line in page)
    layer = "".join(line["text"] for page in pages for line in page)
    unmapped = len(UNMAPPED.findall(layer))
    if unmapped > len(re.findall(r"[\u4e00-\u9fff]", layer)):  # more glyph numbers than 汉字
        raise DocumentUnreadable(
            _(
                "PDF 文件 %(name)s 的字体没有字符映射（ToUnicode），文字层读不出汉字："
                "请上传 Word 或文本版本，或先做文字识别（OCR）。"
            )
            % {"name": name}
        )
    if characters < MIN_TEXT:
        if any(images):
            raise DocumentUnreadable(
                _(
                    "%(name)s 是扫描件：PDF 只有图像，没有文字层。"
                    "请先做文字识别（OCR），或上传 Word、文本版本。"
                )
                % {"name": name}
            )
        raise DocumentUnreadable(_("PDF 文件 %(name)s 中没有可读取的文字。") % {"name": name})
    notes: list[str] = []
    picture_pages = pdf_picture_pages(
        ["".join(line["text"] for line in page) for page in pages], images
    )
    pages = [margin_numbers_dropped(page) for page in pages]  # numbered paper's margin
    pages = footnotes_dropped(running_lines_dropped(pages, notes))  # and notes at pages' feet
    lines = continued_rows([line for page in pages for line in page])
    lines = unruled_tables(lines)  # rows go on past a page
    lines = [{**line, "text": remove_stray_spaces(line["text"])} if line.get("row") else line
             for line in lines]  # fmt: skip
    return "\n".join(_paragraphs(lines)), notes, [picture_pages] if picture_pages else []


class _TooLong(Exception):
    def __init__(self, pages: int):
        self.pages = pages


def _page_lines(page) -> list[dict]:
    stamped = stamps_removed(page)
    try:
        return _lines_of(stamped, float(page.height) or 1.0)
    finally:
        stamped.close()  # the filtered page's parsed objects, as the caller closes the page's


def _lines_of(page, height: float) -> list[dict]:
    tables = ruled_tables(page)
    lines = page.extract_text_lines(layout=False, strip=True, return_chars=True)
    framed = all(column_frame(page, table) for table in tables)  # a gazette's rules round them
    columns = two_column_lines(page, lines) if framed else None
    tables, lines = ([], columns) if columns else (tables, lines)
    result = [row for _, rows in tables for row in rows]
    for line in lines:
        if any(_inside(line, box) for box, _ in tables):
            continue  # read as the table's cells
        sizes = [
            float(c.get("size", 0)) for c in line.get("chars", []) if c.get("text", "").strip()
        ]
        result.append({
            "text": letter_spacing_closed(line["text"]),
            "x0": float(line["x0"]), "x1": float(line["x1"]),
            "top": float(line["top"]) / height, "bottom": float(line["bottom"]) / height,
            "size": median(sizes) if sizes else 10.0, "cells": line_cells(line.get("chars", [])),
            "word": _leading_word(line.get("chars", [])), "width": round(float(page.width)),
            "y": float(line["top"]), "page": page.page_number, "column": line.get("column", 0),
        })  # fmt: skip
    _columns_aligned(result, float(page.width) / 2)
    return sorted(result, key=lambda line: (line.get("column", 0), line["top"]))


def _columns_aligned(lines: list[dict], middle: float) -> None:
    """Lines of a page in two columns measured as lines of a page one column wide: the right
    column's moved onto the left one, both of that narrower width (their own margins)."""
    starts = {
        column: min((line["x0"] for line in lines if line.get("column") == column), default=0.0)
        for column in (1, 2)
    }
    for line in lines:
        if line.get("column") in (1, 2):
            shift = starts[2] - starts[1] if line["column"] == 2 else 0.0
            line.update(x0=line["x0"] - shift, x1=line["x1"] - shift, width=round(middle))


def _leading_word(chars: list[dict]) -> float:
    """The width of what a typesetter could not split from the end of the line before: a Latin
    word or number ("30%，", "(REITs)"), or an ideograph with the marks after it that may not
    start a line ("局）。", moved down with them by 避头尾) and the figure after them ("元、20"),
    and an opening mark after them with the letter it opens ("上,“浙"). A ragged line before it
    stops short by that much more with no paragraph ending there."""
    texts = [char.get("text", "") for char in chars]
    start = 0
    while start < len(texts) and texts[start] in OPENING:
        start += 1  # no line ends after an opening bracket: "(REITs)" goes down whole
    end = start
    while end < len(texts) and LATIN_WORD.fullmatch(texts[end]):
        end += 1
    if end == start:  # no Latin word: an opening mark goes down with the letter it opens
        end = min(start + 1, len(texts)) if start else 0
    if end == 0 and len(texts) > 1 and texts[1] in CLOSING + QUOTES:
        end = 1  # an ideograph kept with the mark after it; no break before a quote: 造“人
    if end == 0:
        return 0.0
    while end < len(texts) and texts[end] in CLOSING:
        end += 1
    if texts[end - 1] in CLOSING:  # LibreOffice breaks no line between a mark and a figure: 元、20
        while end < len(texts) and LATIN_WORD.fullmatch(texts[end]):
            end += 1
    if end < len(texts) and texts[end] in OPENING:  # no line ends after it: 上,“浙 go down
        while end < len(texts) and texts[end] in OPENING:
            end += 1
        end = min(end + 1, len(texts))
    return float(chars[end - 1]["x1"]) - float(chars[0]["x0"])


def _inside(line: dict, box: tuple) -> bool:
    """The line's middle is in the box: a header's first line set tight under the table's top
    rule starts a hair above it (the line's box is taller than its glyphs)."""
    middle = (float(line["x0"]) + float(line["x1"])) / 2
    height = (float(line["top"]) + float(line["bottom"])) / 2
    return box[0] <= middle <= box[2] and box[1] <= height <= box[3]


def _paragraphs(lines: list[dict]) -> list[str]:
    if not lines:
        return []
    margins = _margins(lines)
    edge = _left_edge(lines)
    pitches = _pitches(lines)
    text_size = Counter(line["size"] for line in lines if not line.get("row")).most_common(1)
    paragraphs: list[str] = []
    previous = None
    for line in lines:
        size = line["size"]
        left, right = margins.get(line.get("width"), margins[None])
        text = ideographs_restored(line["text"].strip())
        title = previous is not None and _title_goes_on(
            previous, line, paragraphs[-1], (edge, right, text_size[0][0] if text_size else size)
        )
        starts = previous is None or (
            not title
            and (
                line.get("row")
                or previous.get("row")  # a table's row is a line of its own
                or line["x0"] > left + 1.2 * size
                or previous["x1"] < right - max(1.5 * size, line.get("word", 0) + 0.5 * size)
                or (numbered(text) and not _figure_runs_on(previous, line, text, right))
                or abs(line["size"] - previous["size"]) > 1.5
                or _spaced(previous, line, pitches)
                or record_line(text)  # 版记
                or (
                    previous["text"].rstrip().endswith(SENTENCE_ENDS)
                    and not _open_bracket(paragraphs[-1])
                    and _named_item(text)
                )
                or (previous["text"].rstrip().endswith("。") and _annotation_opening(text))
            )
        )
        if starts:
            paragraphs.append(line["text"].strip())
        else:
            paragraphs[-1] += line["text"].strip()
        previous = line
    return paragraphs


def _pitches(lines: list[dict]) -> dict[float, float]:
    """The distance from one line of a paragraph to the next, per font size: a low quantile of
    the distances between lines following each other on a page (paragraphs spaced apart, or
    one line long, are further apart)."""
    steps: dict[float, list[float]] = {}
    for previous, line in itertools.pairwise(lines):
        if "y" not in line or "y" not in previous or line["page"] != previous["page"]:
            continue
        step = line["y"] - previous["y"]
        if previous["size"] == line["size"] and 0 < step < 3 * line["size"]:
            steps.setdefault(line["size"], []).append(step)
    return {size: sorted(found)[len(found) * 3 // 10] for size, found in steps.items() if found}


def _spaced(previous: dict, line: dict, pitches: dict[float, float]) -> bool:
    """Whether space set after a paragraph (Word's 6 pt after each one) parts the line from the
    one before on its page: the only sign of a paragraph ending at the margin in a file with no
    first-line indents."""
    pitch = pitches.get(line["size"])
    if pitch is None or "y" not in previous or previous.get("page") != line.get("page"):
        return False
    return (
        previous["size"] == line["size"] and line["y"] - previous["y"] > pitch + 0.3 * line["size"]
    )


def _figure_runs_on(previous: dict, line: dict, text: str, right: float) -> bool:
    """A line opening with a figure that looks like a sub-item's number (4.5EFLOPS, 0.4倍) after
    a line running on to the margin inside a sentence ("…其中高性能算力超过"), or stopping short
    only by the figure's width: the sentence goes on, the figure too wide for the line before;
    or any number after a line ending in a comma or an opening bracket."""
    if previous["x1"] < right - max(1.5 * line["size"], line.get("word", 0) + 0.5 * line["size"]):
        return False  # stopping short by more than the figure: a paragraph ends there
    end = previous["text"].rstrip()[-1:]
    if re.fullmatch(r"[，,、（(《“‘]", end):
        return True
    styles = {style.name for style in numbering_styles() if style.pattern.match(text)}
    return styles == {"digit_sub"} and bool(re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]", end))


def _title_goes_on(previous: dict, line: dict, before: str, margins: tuple) -> bool:
    """A centred line right under a centred or full line of the same size that ends no sentence:
    a title broken over two lines ("…关于支持生成式人工智能" / "发展的若干措施"), whose first line
    stops short of the margin (or fills it, the title wrapping) and whose second starts far in
    from it as a new paragraph would."""
    if line.get("row") or previous.get("row") or abs(line["size"] - previous["size"]) > 0.5:
        return False
    height = previous["bottom"] - previous["top"]
    left, right, _ = margins
    full = previous["x0"] <= left + line["size"] and previous["x1"] >= right - line["size"]
    return (
        (_centred(previous, margins) or full)
        and _centred(line, margins)
        and 0 <= line["top"] - previous["bottom"] <= height
        and len(before) + len(line["text"].strip()) <= TITLE_MAX
        and not previous["text"].rstrip().endswith(SENTENCE_ENDS)
        and not numbered(line["text"].strip())
    )


def _centred(line: dict, margins: tuple) -> bool:
    """Whether the line starts and stops well inside the margins (further in than a paragraph's
    indent: two characters of the text, ``margins``' third item its size; a title's characters
    are larger) and is centred between them or on the page."""
    left, right, text_size = margins
    middle = (line["x0"] + line["x1"]) / 2
    centres = ((left + right) / 2, line.get("width", 0) / 2)
    indent = 2.5 * min(line["size"], text_size)
    inside = line["x0"] > left + indent and line["x1"] < right - indent
    return inside and min(abs(middle - centre) for centre in centres) <= line["size"]


def _left_edge(lines: list[dict]) -> float:
    """The left margin of the text: the leftmost place many lines start at. The most common
    start (``_margin``) is the indent where most paragraphs are one line long."""
    text_lines = [line for line in lines if not line.get("row")] or lines
    starts = Counter(round(line["x0"]) for line in text_lines)
    common = [x0 for x0, n in starts.items() if n >= max(3, len(text_lines) / 20)]
    return min(common) if common else _margin(text_lines)[0]


def _margins(lines: list[dict]) -> dict:
    """The left and right margin of the text on each page width (portrait and landscape pages
    set their lines to different lengths), and of all pages together under None."""
    text_lines = [line for line in lines if not line.get("row")] or lines
    groups: dict = {None: list(text_lines)}
    for line in text_lines:
        groups.setdefault(line.get("width"), []).append(line)
    return {width: _margin(group) for width, group in groups.items()}


def _margin(lines: list[dict]) -> tuple[float, float]:
    """The most common start of a line, and where the longest lines stop. Where most paragraphs
    are one line long, the most common start is their indent: then the margin is further left,
    where many lines start right after a line that ran on to the right margin (hanging indents,
    where the lines that run on start further in, keep the most common start)."""
    starts = Counter(round(line["x0"]) for line in lines)
    left = starts.most_common(1)[0][0]
    right = sorted(line["x1"] for line in lines)[int(len(lines) * 0.9)]
    run_on = Counter(
        round(line["x0"])
        for previous, line in itertools.pairwise(lines)
        if previous.get("page") == line.get("page")
        and previous["x1"] >= right - previous["size"]
        and round(line["x0"]) < left - previous["size"]
    )
    further_left = [
        x0 for x0, n in run_on.items() if n >= max(3, len(lines) / 20) and n > starts[x0] / 2
    ]
    return (min(further_left) if further_left else left), right


def numbered(text: str) -> bool:
    return any(style.pattern.match(text) for style in numbering_styles())


def _named_item(text: str) -> bool:
    """A line that opens with a short name ending in 。 or ：("重点实验室。布局一批…"), the way
    plans list items one to a paragraph. In a document without first-line indents a paragraph
    ending exactly at the margin gives no other sign that the next line starts anew. Names run
    2–9 characters (the dev corpus and seeds: 72 of 79 named items); a sentence of running text
    that starts a line after a full stop is longer ("建立多元算力协同体系。", 10) or holds a comma.
    A role label ("配合单位：", "配合單位:") continues the annotation it belongs to."""
    return bool(NAMED_ITEM.match(text)) and not _role_label().match(to_simplified(text[:12]))


def _annotation_opening(text: str) -> bool:
    """A line opening an annotation in 【】 ("【牵头单位：…"): after a sentence's end it is a
    line of its own, not the sentence going on at the margin."""
    return bool(compiled("annotations", "opening_annotation").match(to_simplified(text[:16])))


def _open_bracket(text: str) -> bool:
    """Whether the text leaves a bracket open: "（牵头单位：…；" goes on in the next line."""
    return sum(text.count(c) for c in "（(〔") > sum(text.count(c) for c in "）)〕")


def _role_label() -> re.Pattern:
    return compiled("annotations", "standalone_line")

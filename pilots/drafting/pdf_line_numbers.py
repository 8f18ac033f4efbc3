"""Line numbers printed in a page's margin (``pdf_text``): a draft for comment set on numbered
paper (稿纸) numbers every grid line 1, 2, 3 … in small print left of the text. pdfplumber reads
each number as a line of its own between the text's lines; read as the plan, each would be an
item. A bare number is such a margin number when it stands left of every line of text on its
page, in print smaller than the text's, and counts on with the others there (1, 2, 3 …): a
table's 序号 column is set in the text's size, and a page number stands below the text."""

from __future__ import annotations

import re
from itertools import pairwise
from statistics import median

BARE = re.compile(r"\d{1,3}")
RUN = 5  # margin numbers counted on in a row at least: fewer are no numbered paper


def margin_numbers_dropped(page: list[dict]) -> list[dict]:
    """The page's lines without its margin's line numbers."""
    bare = [line for line in page if BARE.fullmatch(line["text"].strip())]
    text = [line for line in page if not BARE.fullmatch(line["text"].strip())]
    if len(bare) < RUN or not text:
        return page
    size = median(line["size"] for line in text)
    left = min(line["x0"] for line in text)
    margin = sorted(
        (line for line in bare if line["x1"] <= left and line["size"] < size - 1),
        key=lambda line: line["top"],
    )
    numbers = [int(line["text"].strip()) for line in margin]
    if len(margin) < RUN or any(b != a + 1 for a, b in pairwise(numbers)):
        return page
    dropped = {id(line) for line in margin}
    return [line for line in page if id(line) not in dropped]

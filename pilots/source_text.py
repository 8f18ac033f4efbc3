"""Cleaning a plan's source text the way its fixture declares (``source_cleaning``).

The same steps serve the fixture checks (is every title and phrase in the source?) and the
draft importer: Traditional → Simplified with OpenCC, web-page junk cut off, censored
characters restored by literal replacements, stray PDF-extraction spaces removed.
"""

import re
import unicodedata
from functools import cache

from opencc import OpenCC

# A space survives only between two ASCII letters or digits ("AI Lab"); PDF extraction puts
# spaces between CJK characters ("人工 智能"), which the cleaning removes.
STRAY_SPACE = re.compile(r"(?<![A-Za-z0-9])[ \t\u3000]+|[ \t\u3000]+(?![A-Za-z0-9])")


@cache
def _converter(config: str) -> OpenCC:
    return OpenCC(config)


def to_simplified(text: str) -> str:
    return _converter("t2s").convert(text)


def remove_stray_spaces(text: str) -> str:
    return "\n".join(STRAY_SPACE.sub("", line) for line in text.splitlines())


def source_text_clean(raw: str, cleaning: dict | None) -> str:
    cleaning = cleaning or {}
    text = raw
    if cleaning.get("opencc"):
        text = _converter(cleaning["opencc"]).convert(text)
    if cleaning.get("cut_after"):
        cut = text.find(cleaning["cut_after"])
        if cut >= 0:
            text = text[:cut]
    for restoration in cleaning.get("restorations", []):
        text = text.replace(restoration["find"], restoration["replace"])
    if cleaning.get("remove_spaces"):
        text = remove_stray_spaces(text)
    return text


def normalise(text: str) -> str:
    """For comparing a fixture with its source: full-width forms folded, all whitespace gone."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))

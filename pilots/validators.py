"""Limits every typed-in text shares: a sane length and no invisible control characters."""

from __future__ import annotations

import re

from django import forms

# Notes, reasons and other free texts: long enough for a page of explanation, short enough
# that one entry cannot swamp a page, an export or the history.
TEXT_MAX_LENGTH = 5000
# C0 controls except tab, line feed and carriage return (NUL is refused by Django's own
# validator with its message), DEL, C1 controls, the two non-characters XML cannot hold; and
# what only disguises a text: the direction embeddings, overrides and isolates (U+202A-U+202E,
# U+2066-U+2069: "\u202etxt.exe" shows as "exe.txt"), the zero-width space and the byte-order
# mark (a name with one looks like a name the zone already has).
CONTROL_CHARACTERS = re.compile(
    "[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]"
)
LINE_LIKE = re.compile("[\x0b\x0c]")  # vertical tab, form feed: Word's manual line breaks
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # NUL and lone surrogates: no database keeps them


def text_clean(value: str) -> str:
    """Drop invisible control characters (a vertical tab or form feed becomes a line break)."""
    if value.isprintable():  # no control character (nor a line break): the usual cell, fast
        return value
    return CONTROL_CHARACTERS.sub("", LINE_LIKE.sub("\n", value))


class PlainTextField(forms.CharField):
    """A CharField that always has a maximum length and never keeps control characters."""

    def __init__(self, *, max_length: int = TEXT_MAX_LENGTH, **kwargs):
        super().__init__(max_length=max_length, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return text_clean(value) if value else value


def undecodable_line(content: bytes, exc: UnicodeDecodeError) -> int:
    """The line (from 1) holding the first byte a text file's decoding could not read."""
    return content.count(b"\n", 0, exc.start) + 1

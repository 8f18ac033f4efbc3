"""A draft's ``# review:`` notes in the page's language, whatever language they were drafted in.

The importer makes every note from one of a few templates, each a Chinese msgid with named
values (``pgettext("review", …)`` in pilots.drafting and pilots.draft_codes), and writes it in
the language of the person who uploaded the document. The draft keeps the note as text (its
YAML is edited by hand), so the review page reads each note back: it matches the note against
every template in every language of the site, takes the values out (a phrase quoted from the
source, a number, a code: they stay as printed) and writes the template again in the page's
language. A note a person wrote, or changed beyond its template, is shown as it stands.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from django.conf import settings
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import pgettext, trans_real

from pilots.languages import HAN, unmarked_chinese

CONTEXT = "review"  # the msgctxt of every note template
_VALUE = re.compile(r"%\((\w+)\)[sd]|%%")
# A value of this name is itself a note (the header's "%(note)s。"): read and written again too.
_NOTE = "note"
_WORD = re.compile(f"{HAN.pattern}+")


@dataclass(frozen=True)
class _Template:
    msgid: str
    pattern: re.Pattern
    fixed: int  # characters besides its values: the more, the surer a match


def review_note_html(note: str) -> SafeString:
    """The note in the page's language, its values as printed (Chinese marked lang="zh-Hans"
    on an English page); a note of no template as it stands."""
    read = _note_read(note)
    return _note_written(*read) if read else _value_html(note)


def _note_read(note: str) -> tuple[str, dict] | None:
    """The template and values of a note, trying the surest templates first."""
    for template in _templates():
        found = template.pattern.fullmatch(note)
        if not found:
            continue
        values: dict = found.groupdict()
        if _NOTE in values:
            inner = _note_read(values[_NOTE])
            if inner is None:
                continue
            values[_NOTE] = inner
        return template.msgid, values
    return None


def _note_written(msgid: str, values: dict) -> SafeString:
    text, pieces, at = pgettext(CONTEXT, msgid), [], 0
    for found in _VALUE.finditer(text):
        pieces.append(_fixed_html(text[at : found.start()]))
        value = values.get(found[1]) if found[1] else "%"
        if isinstance(value, tuple):
            pieces.append(_note_written(*value))
        else:
            pieces.append(_value_html(found[0] if value is None else value))
        at = found.end()
    pieces.append(_fixed_html(text[at:]))
    return mark_safe("".join(pieces))


def _fixed_html(text: str) -> str:
    """A template's own words; a Chinese word an English one keeps (其中) marked as such."""
    if not unmarked_chinese(text):
        return escape(text)
    return _WORD.sub(lambda word: f'<span lang="zh-Hans">{word[0]}</span>', escape(text))


def _value_html(text: str) -> SafeString:
    if unmarked_chinese(text):
        return format_html('<span lang="zh-Hans">{}</span>', text)
    return escape(text)


@functools.cache
def _templates() -> tuple[_Template, ...]:
    """Every note template, as its msgid and as each translation of it reads."""
    forms: dict[str, set[str]] = {}
    prefix = f"{CONTEXT}\x04"  # gettext's key of a message with a context
    for code, _name in settings.LANGUAGES:
        # _catalog is private, but no public API lists a catalog's messages: Django's gettext
        # and the standard library's translate one msgid given. Django's own JavaScriptCatalog
        # view (get_catalog) reads this same _catalog, so it lasts as long as that view does;
        # reading the .po files instead (polib) would add a dependency and need them deployed.
        for key, text in trans_real.translation(code)._catalog.items():
            if isinstance(key, str) and key.startswith(prefix):
                msgid = key[len(prefix) :]
                forms.setdefault(msgid, {msgid}).add(text)
    templates = [
        _Template(msgid, _pattern(form), len(_VALUE.sub("", form)))
        for msgid, texts in forms.items()
        for form in texts
    ]
    return tuple(sorted(templates, key=lambda t: -t.fixed))


def _pattern(template: str) -> re.Pattern:
    """The template as a pattern of a note written from it (its whitespace as the note's
    YAML comment has it: any run one space)."""
    parts, named, at = [], set(), 0
    for found in _VALUE.finditer(template):
        parts.append(_fixed(template[at : found.start()]))
        name = found[1]
        if name is None:
            parts.append("%")
        elif name in named:
            parts.append(f"(?P={name})")
        else:
            named.add(name)
            parts.append(f"(?P<{name}>.+?)")
        at = found.end()
    parts.append(_fixed(template[at:]))
    return re.compile("".join(parts), re.DOTALL)


def _fixed(text: str) -> str:
    return r"\s+".join(re.escape(word) for word in re.split(r"\s+", text))

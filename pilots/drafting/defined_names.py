"""Names a document defines once and writes short after: "市发展和改革局（以下简称市发改局）" in the
first annotation naming the body, "各区（县、市）人民政府（以下统称各地）" in a paragraph of the
general requirements. The short form is the same body wherever the text uses it — 各地 so defined is
the collective it stands for, not the generic words it is elsewhere — so an annotation is read with
the definition taken out and each defined short form written in full; the short forms join their
bodies' printed names (``short_forms_added``)."""

from __future__ import annotations

import re

from pilots.drafting.broken_lines import bracket_depth
from pilots.drafting.lexicon import compiled, table
from pilots.drafting.names import looks_like_agency
from pilots.source_text import normalise


def names_defined(text: str) -> dict[str, str]:
    """Each short form the text defines for a body → the body's full name as printed before it."""
    defined: dict[str, str] = {}
    for match in compiled("annotations", "name_definition").finditer(text):
        full = _name_before(text, match.start())
        short = match["short"].strip()
        if full and short not in full and short not in defined and looks_like_agency(full):
            defined[short] = full
    return defined


def _name_before(text: str, end: int) -> str:
    """The name ending at ``end``: back to a list's or a sentence's stop outside brackets (the
    brackets of 各区（县、市）人民政府 are the name's own), less a verb opening it (由X牵头)."""
    stops = table("annotations")["name_definition_stops"] + "\n"
    start = end
    while start > 0 and not (text[start - 1] in stops and bracket_depth(text[start:end]) == 0):
        start -= 1
        if end - start > 40:
            return ""
    name = re.sub(table("annotations")["name_definition_openers"], "", text[start:end].strip())
    return name if bracket_depth(name) == 0 else ""


def written_out(inside: str, defined: dict[str, str]) -> str:
    """An annotation with its definitions taken out and each defined short form written in full
    where it stands as a name (after a stop, a bracket or a joining word; not inside a longer
    word)."""
    if not defined:
        return inside
    inside = compiled("annotations", "name_definition").sub("", inside)
    for short, full in sorted(defined.items(), key=lambda pair: -len(pair[0])):
        inside = re.sub(
            rf"(?:(?<=^)|(?<=[^\u4e00-\u9fff])|(?<=[由同与和及])){re.escape(short)}", full, inside
        )
    return inside


def short_forms_added(agencies, defined: dict[str, str]) -> None:
    """Each defined short form the text printed joins the printed names of its body (the drafts of
    ``AgencyDirectory``, their forms normalised)."""
    agencies = list({id(agency): agency for agency in agencies}.values())
    for short, full in defined.items():
        form, short_form = normalise(full), normalise(short)
        for agency in agencies:
            if form in agency.forms or form == agency.key:
                if short_form not in agency.forms:
                    agency.forms.append(short_form)
                break

"""The draft: a format-1 plan fixture's data plus review notes, written out as YAML.

The schema allows no extra keys, so every doubt is a ``# review:`` comment written next to the
item it concerns (its path in the data: ``sections[2].sections[0].tasks[4]``), and a header says
what was found and how the text was cleaned. A note's text is made with
``pgettext("review", "<Chinese template with %(named)s values>")``: the review page reads it back
into its template and shows it in the page's language (``pilots.review_notes``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from django.utils.translation import pgettext

from pilots.fixture_errors import format_path
from pilots.fixture_schema import schema_validator


@dataclass
class Draft:
    """A plan fixture's data plus review notes keyed by their path in the data."""

    data: dict[str, Any]
    reviews: dict[str, list[str]] = field(default_factory=dict)
    header: list[str] = field(default_factory=list)

    def review(self, path: str, note: str) -> None:
        self.reviews.setdefault(path, []).append(note)

    @property
    def review_count(self) -> int:
        return sum(len(notes) for notes in self.reviews.values())

    def to_yaml(self) -> str:
        lines = [  # a note quoting the text may hold its line breaks: each line a comment
            f"# {part}" if part else "#" for line in self.header for part in line.split("\n")
        ]
        lines += _yaml_mapping(self.data, "", 0, self.reviews)
        return "\n".join(lines) + "\n"


def texts_fitted(draft: Draft) -> None:
    """Cut every text longer than its field holds (a goal sentence run on into the lines after it
    in a damaged copy) to fit, with a doubt on the item: the draft stays a plan file the checks
    take, and what is kept is still a quote from the start of the source's words. The bounds are
    the fixture schema's, read along the data (validating a draft of thousands of targets took
    longer than drafting it)."""
    _fitted(draft.data, schema_validator.schema, [], draft)


def _fitted(value: Any, schema: dict, path: list, draft: Draft) -> Any:
    while "$ref" in schema:  # "#/$defs/text" beside a maxLength of its own
        own = {key: bound for key, bound in schema.items() if key != "$ref"}
        schema = {**schema_validator.schema["$defs"][schema["$ref"].split("/")[-1]], **own}
    if isinstance(value, dict):
        fields = schema.get("properties", {})
        for key in [key for key in value if key in fields]:
            value[key] = _fitted(value[key], fields[key], [*path, key], draft)
    elif isinstance(value, list) and "items" in schema:
        value[:] = [
            _fitted(item, schema["items"], [*path, i], draft) for i, item in enumerate(value)
        ]
    elif isinstance(value, str) and len(value) > schema.get("maxLength", len(value)):
        *item_path, key = path
        note = pgettext("review", "“%(field)s”过长，只保留了前 %(n)s 个字：请核对")
        field = key if isinstance(key, str) else item_path[-1]
        draft.review(format_path(item_path), note % {"field": field, "n": schema["maxLength"]})
        return value[: schema["maxLength"]]
    return value


_RESOLVER = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"


def yaml_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    plain = (
        text
        and text == text.strip()
        and "\n" not in text
        and text[0] not in "-?:,[]{}#&*!|>'\"%@`"
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
    )
    if plain:
        # Not a number, date or the like, asked first without making it: a long run of digits
        # (or "1:59:59…", sexagesimal) is impossible or slow to make, and is no text anyway.
        resolved = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
        try:
            plain = resolved == _STR and yaml.safe_load(text) == text
        except yaml.YAMLError:
            plain = False
    if plain:
        return text
    quoted = json.dumps(text, ensure_ascii=False)
    return re.sub(r"[\x7f-\x9f\ufffe\uffff]", lambda m: f"\\u{ord(m[0]):04x}", quoted)


def _yaml_comments(path: str, indent: int, reviews: dict[str, list[str]]) -> list[str]:
    pad = " " * indent
    return [f"{pad}# review: {' '.join(note.split())}" for note in reviews.get(path, [])]


def _yaml_mapping(
    mapping: dict, path: str, indent: int, reviews: dict, first_prefix: str = ""
) -> list[str]:
    lines: list[str] = []
    pad = " " * indent
    for index, (key, value) in enumerate(mapping.items()):
        key_path = f"{path}.{key}" if path else key
        lead = first_prefix if index == 0 and first_prefix else pad
        if not (index == 0 and first_prefix):
            lines += _yaml_comments(key_path, indent, reviews)
        if isinstance(value, dict):
            lines.append(f"{lead}{key}:")
            lines += _yaml_mapping(value, key_path, indent + 2, reviews)
        elif isinstance(value, list) and not value:
            lines.append(f"{lead}{key}: []")
        elif isinstance(value, list):
            lines.append(f"{lead}{key}:")
            lines += _yaml_list(value, key_path, indent, reviews)
        else:
            lines.append(f"{lead}{key}: {yaml_scalar(value)}")
    return lines


def _yaml_list(items: list, path: str, indent: int, reviews: dict) -> list[str]:
    lines: list[str] = []
    pad = " " * indent
    for index, item in enumerate(items):
        item_path = f"{path}[{index}]"
        lines += _yaml_comments(item_path, indent, reviews)
        if isinstance(item, dict):
            lines += _yaml_mapping(item, item_path, indent + 2, reviews, f"{pad}- ")
        else:
            lines.append(f"{pad}- {yaml_scalar(item)}")
    return lines


def code_unique(code: str, used: dict[str, int], joiner: str) -> str:
    """``code``, or ``code`` + joiner + 2, 3 … when taken. ``used`` maps each code given to
    the last number tried for it, so a code printed many times is not counted up from 2 each
    time (that was quadratic)."""
    if code not in used:
        used[code] = 1
        return code
    n, candidate = used[code], code
    while candidate in used:
        n += 1
        candidate = f"{code}{joiner}{n}"
    used[code], used[candidate] = n, 1
    return candidate

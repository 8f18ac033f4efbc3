"""A draft's YAML as text: the line of a path in it, and its ``# review:`` notes with the items
they stand above. Read from the composed nodes, so a draft that does not load still has both."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

import yaml

from pilots.fixture_yaml import MAX_DEPTH, MAX_TEXT

# libyaml when present: composing a long draft in pure Python takes seconds.
_COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PATH_PIECE = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
_REVIEW = re.compile(r"^(\s*)#\s*review:\s*(.*)$")

# Brackets, quoted ones too: an upper bound of how deep the flow collections nest.
_BRACKET = re.compile(r"[\[\]{}]")


def _nests_at_most(text: str, depth: int) -> bool:
    level = 0
    for bracket in _BRACKET.findall(text):
        level += 1 if bracket in "[{" else -1
        if level > depth:
            return False
    return True


def _compose(text: str):
    # libyaml composes recursively in C: ~50,000 nested brackets crash the process (SIGSEGV).
    # Deeper than a plan may nest, the draft is not loadable anyway: no line numbers for it.
    if len(text) > MAX_TEXT or not _nests_at_most(text, MAX_DEPTH):
        return None
    try:
        return yaml.compose(text, Loader=_COMPOSER)
    except yaml.YAMLError:
        return None


def yaml_line_of(text: str, path: str) -> int | None:
    """The line (1-based) of the YAML where the item at ``path`` is, or the nearest item above
    it."""
    return yaml_lines(text)(path)


def yaml_lines(text: str) -> Callable[[str], int | None]:
    """``yaml_line_of`` for many paths of one text, read once when first asked (a long draft
    takes a second to read)."""

    @functools.cache
    def root():
        return _compose(text)

    return lambda path: None if root() is None else _line_in(root(), path)


def _line_in(node, path: str) -> int:
    line = node.start_mark.line
    for key, index in PATH_PIECE.findall(path or ""):
        if isinstance(node, yaml.MappingNode) and key:
            found = next(((k, v) for k, v in node.value if k.value == key), None)
            if found is None:
                break
            line, node = found[0].start_mark.line, found[1]
        elif isinstance(node, yaml.SequenceNode) and index and int(index) < len(node.value):
            node = node.value[int(index)]
            line = node.start_mark.line
        else:
            break
    return line + 1


def _line_paths(node, path: str, paths: dict[int, str], seen: set[int] | None = None) -> None:
    """Each line's path in the data; an alias is walked once (it may name a node holding it)."""
    seen = set() if seen is None else seen
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            here = f"{path}.{key.value}" if path else str(key.value)
            paths.setdefault(key.start_mark.line, here)
            _line_paths(value, here, paths, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            here = f"{path}[{index}]"
            paths.setdefault(item.start_mark.line, here)
            _line_paths(item, here, paths, seen)


@dataclass(frozen=True)
class Review:
    line: int  # of the note, 1-based
    path: str  # of the item it is about ("" for the whole draft)
    note: str


def draft_reviews(text: str) -> list[Review]:
    """The ``# review:`` notes as the draft now stands, each with the item it stands above."""
    root = _compose(text)
    paths: dict[int, str] = {}
    if root is not None:
        _line_paths(root, "", paths)
    lines = text.splitlines()
    first_content = next(
        (i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")),
        len(lines),
    )
    reviews = []
    for number, line in enumerate(lines):
        found = _REVIEW.match(line)
        if not found:
            continue
        after = next((i for i in range(number + 1, len(lines)) if i in paths), None)
        path = "" if number < first_content or after is None else paths[after]
        reviews.append(Review(number + 1, path, found[2].strip()))
    return reviews

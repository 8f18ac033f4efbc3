"""Parent links (zones, sections, targets) walked without trusting them to end.

The forms refuse a parent that would close a loop, but a loop written before they did (by SQL,
an old fixture, an older release) must not hang a page, an export or a rollup: every walk here
remembers where it has been, stops where a loop closes, and logs it."""

from __future__ import annotations

import logging
from collections.abc import Hashable, Iterable
from typing import TypeVar

from django.core.exceptions import ValidationError

log = logging.getLogger(__name__)

N = TypeVar("N")
K = TypeVar("K", bound=Hashable)


def _key(node) -> Hashable:
    """A row by its primary key (two instances of one row are one node); unsaved, by identity."""
    return node.pk if node.pk is not None else id(node)


def nodes_above(node: N) -> list[N]:
    """The nodes above ``node`` (by ``parent``), nearest first, stopping before one met again."""
    seen, above = {_key(node)}, []
    parent = node.parent
    while parent is not None:
        if _key(parent) in seen:
            log.warning(
                "%s %s: its parents loop (back to %s); walked only up to the loop",
                type(node).__name__, node.pk, parent.pk,
            )  # fmt: skip
            break
        seen.add(_key(parent))
        above.append(parent)
        parent = parent.parent
    return above


def parent_check(node, *, loop: str, other_plan: str | None = None) -> None:
    """For ``clean()``: a field error on ``parent`` when it is of another plan (where the node
    has one) or when it would close a loop (it is ``node`` or below it)."""
    if node.parent_id is None:
        return
    parent = node.parent
    if other_plan and node.plan_id is not None and parent.plan_id != node.plan_id:
        raise ValidationError({"parent": other_plan})
    if node.pk is not None and any(_key(n) == node.pk for n in [parent, *nodes_above(parent)]):
        raise ValidationError({"parent": loop})


def loops_in(parent_of: dict[K, K | None]) -> list[list[K]]:
    """Every loop of ``parent_of``: its keys from its first listed one up the parents and back
    to it (a key has one parent, so it is in one loop at most)."""
    position = {key: i for i, key in enumerate(parent_of)}
    done: set[K] = set()
    loops = []
    for start in parent_of:
        path: list[K] = []
        on_path: set[K] = set()
        key: K | None = start
        while key is not None and key not in done and key in parent_of:
            if key in on_path:
                loop = path[path.index(key) :]
                first = loop.index(min(loop, key=position.__getitem__))
                loops.append([*loop[first:], *loop[:first], loop[first]])
                break
            path.append(key)
            on_path.add(key)
            key = parent_of[key]
        done.update(path)
    return loops


def parents_without_loops(parent_of: dict[K, K | None], what: str) -> dict[K, K | None]:
    """``parent_of`` with every loop cut once: of the keys in a loop, the first listed has no
    parent (so it heads what the loop held). Unchanged when nothing loops."""
    parents = dict(parent_of)
    for loop in loops_in(parent_of):
        log.warning("%s %s: its parents loop (%s); walked as if it had none",
                    what, loop[0], chain_text(loop))  # fmt: skip
        parents[loop[0]] = None
    return parents


def chain_text(keys: Iterable) -> str:
    return " → ".join(map(str, keys))

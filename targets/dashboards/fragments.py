"""Keys of the dashboards' cached page parts (``{% cache %}`` in their templates).

A part drawn only from snapshots is rendered once per recomputation: its key names every
snapshot it shows by id, date and ``computed_at`` (a rollup that rewrites one of them moves its
``computed_at``; one that deletes or adds one changes the list), the language, the query
string where the part has links that keep it, and the templates' own text (a deploy that
changes a template never serves the old rendering). A part shows the same to everyone who may
see the page; pages check that before they render anything, and nothing per user goes in a
cached part.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils.translation import get_language

from targets.models import Snapshot


def snapshot_stamp(snapshot: Snapshot) -> str:
    """What changes whenever the snapshot's figures are rewritten."""
    return f"{snapshot.pk}:{snapshot.as_of}:{snapshot.computed_at.timestamp()}"


@cache
def templates_digest() -> str:
    """The text of every template, read once per process."""
    digest = hashlib.sha1()
    for folder in settings.TEMPLATES[0]["DIRS"]:
        for path in sorted(Path(folder).rglob("*.html")):
            digest.update(path.read_bytes())
    return digest.hexdigest()


def fragment_key(*parts) -> str:
    """One part's cache key: its snapshots' stamps and whatever else it varies with."""
    text = "|".join(str(p) for p in (templates_digest(), get_language(), *parts))
    return hashlib.sha1(text.encode()).hexdigest()

"""Keys of cached page parts (``{% cache %}`` in the templates): a part is rendered once per
state of what it shows. Its key names that state (whatever each page's data says changes when
the part would), the language, and the templates' own text (a deploy that changes a template
never serves the old rendering). Nothing per user goes in a cached part unless the key names
the user's view (their agencies); pages check access before they render anything.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils.translation import get_language

FRAGMENT_SECONDS = 24 * 3600  # a part's key changes with what it shows: this only frees memory


@cache
def templates_digest() -> str:
    """The text of every template, read once per process."""
    digest = hashlib.sha1()
    for folder in settings.TEMPLATES[0]["DIRS"]:
        for path in sorted(Path(folder).rglob("*.html")):
            digest.update(path.read_bytes())
    return digest.hexdigest()


def fragment_key(*parts) -> str:
    """One part's cache key: the state it shows and whatever else it varies with."""
    text = "|".join(str(p) for p in (templates_digest(), get_language(), *parts))
    return hashlib.sha1(text.encode()).hexdigest()

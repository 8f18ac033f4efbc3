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
from django.core.cache import InvalidCacheBackendError, caches
from django.core.cache.utils import make_template_fragment_key
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


PREFETCHED = "parts_prefetched"


class Prefetched(dict):
    """The parts found, by key, and the keys asked for: a part asked for and not found is
    rendered and stored without asking the cache for it again (on a first view after a rollup
    that second read was one more round trip per part)."""

    def __init__(self, found: dict, asked: list[str]):
        super().__init__(found)
        self.asked = frozenset(asked)


def parts_prefetched(*parts: tuple) -> dict:
    """The cached renderings of a page's parts, read in one round trip: each part as its
    template's ``{% cache %}`` names it (its name, then the values it varies on), for the
    context; ``{% cache %}`` from this app's ``fragments`` library takes a part from there,
    renders one that was not found, and asks the cache itself for any other (a part named
    differently here is only read later)."""
    keys = [make_template_fragment_key(name, vary_on) for name, *vary_on in parts]
    return {PREFETCHED: Prefetched(fragment_cache().get_many(keys) if keys else {}, keys)}


def fragment_cache():
    """The cache ``{% cache %}`` uses (Django's CacheNode)."""
    try:
        return caches["template_fragments"]
    except InvalidCacheBackendError:
        return caches["default"]

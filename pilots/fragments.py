"""Keys of cached page parts (``{% cache %}`` in the templates): a part is rendered once per
state of what it shows. Its key names that state (whatever each page's data says changes when
the part would), the language, and the templates' own text as the process compiled them (a
deploy that changes a template never serves the old rendering: ``templates_digest``). Nothing
per user goes in a cached part unless the key names the user's view (their agencies); pages
check access before they render anything.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.cache import InvalidCacheBackendError, caches
from django.core.cache.utils import make_template_fragment_key
from django.dispatch import receiver
from django.template import engines
from django.utils.autoreload import file_changed
from django.utils.translation import get_language

FRAGMENT_SECONDS = 24 * 3600  # a part's key changes with what it shows: this only frees memory


def project_templates() -> list[str]:
    """The names of the project's own page templates (``templates/``)."""
    names = []
    for folder in settings.TEMPLATES[0]["DIRS"]:
        folder = Path(folder)
        names += sorted(str(p.relative_to(folder)) for p in folder.rglob("*.html"))
    return names


@cache
def templates_digest() -> str:
    """The text of every project template as this process renders it: the sources the template
    engine compiled, which its cached loader keeps for the life of the process (a web worker
    compiles them all, then this, when it boots: config/warmup.py). Not the files as they are
    now: while a deploy writes new templates, a worker started before it still renders the old
    text and must not store that under the key the new workers ask for. With the project's
    compiled catalogs (a deploy that mends an English translation changes the parts too), which
    the worker has loaded just before."""
    engine = engines["django"]
    digest = hashlib.sha1()
    for name in project_templates():
        digest.update(name.encode())
        digest.update(engine.get_template(name).template.source.encode())
    for folder in settings.LOCALE_PATHS:
        for path in sorted(Path(folder).rglob("*.mo")):
            digest.update(path.read_bytes())
    return digest.hexdigest()


@receiver(file_changed, dispatch_uid="fragments_templates_digest")
def _template_file_changed(sender, file_path: Path, **kwargs) -> None:
    """runserver: an edited template is compiled afresh (Django resets the template loaders
    without a restart), so its digest is taken afresh too."""
    if file_path.suffix == ".html":
        templates_digest.cache_clear()


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

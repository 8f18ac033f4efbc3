"""What a web worker loads before it accepts its first request (``config/wsgi.py``), so that no
user's request pays for it: every view module and what it imports (the URLconf; the briefing
views bring matplotlib), the URL patterns compiled for reversing in every language, the cache
backends' client libraries, the translation catalogs and the project's templates, compiled
(with the digest of their text that keys every cached page part: ``pilots.fragments``). Django
loads each lazily on first use: without this a gunicorn worker's first page took about
half a second more than its next (issue 14).

Nothing here opens a connection: the database and Redis are reached on the first request, as
before, and a worker still boots while they are away."""

from django.conf import settings
from django.core.cache import caches
from django.template import engines
from django.urls import get_resolver
from django.utils import translation

from pilots.fragments import project_templates, templates_digest


def worker_warm() -> None:
    resolver = get_resolver()
    resolver.url_patterns  # noqa: B018 (imports the URLconf and every view)
    for alias in settings.CACHES:
        caches[alias]  # builds the backend: imports its client
    for language, _name in settings.LANGUAGES:
        with translation.override(language):  # loads the language's catalogs
            resolver.reverse_dict  # noqa: B018 (the language's URL patterns, compiled)
    for engine in engines.all():
        for name in project_templates():
            engine.get_template(name)  # compiled once, kept by the cached loader
    templates_digest()  # of the text just compiled, which this worker renders until it ends

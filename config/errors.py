"""What a person sees when the server cannot do what they asked."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string
from django.views.defaults import server_error

RETRY_AFTER_SECONDS = 30


def _database_away(exc: BaseException | None) -> bool:
    """Whether the error (or one it arose from) is the database being unreachable."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, OperationalError | InterfaceError):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def unavailable_or_server_error(request) -> HttpResponse:
    """handler500: while PostgreSQL is away, 503 "not saved, try again" instead of a bare 500.

    The page is rendered without the request's context processors: they would query the
    database that is away."""
    if not _database_away(sys.exc_info()[1]):
        return server_error(request)
    try:
        body = render_to_string("errors/unavailable.html", {"method": request.method})
    except Exception:  # the page itself must not fail
        return HttpResponseServerError()
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response

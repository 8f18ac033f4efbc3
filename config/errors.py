"""What a person sees when the server cannot do what they asked."""

import errno
import sys

from django.conf import settings
from django.core.exceptions import DisallowedHost, RequestDataTooBig
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseServerError
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.defaults import server_error

from config.storage import CommitOutcomeUnknown
from pilots.security import RefusedRequest

RETRY_AFTER_SECONDS = 30

# The disk of the media folder is full, read-only or failing: an upload cannot be stored now,
# which an operator fixes; anything else from the file system stays a 500 (a bug).
STORAGE_AWAY = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO}


def _what_is_away(exc: BaseException | None) -> str | None:
    """What the error (or one it arose from) says is away: "database" when PostgreSQL is
    unreachable, "commit" when it went away while committing (what was sent may be stored),
    "storage" when the disk refuses a file, else None."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, CommitOutcomeUnknown):
            return "commit"
        if isinstance(exc, OperationalError | InterfaceError):
            return "database"
        if isinstance(exc, OSError) and exc.errno in STORAGE_AWAY:
            return "storage"
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


def unavailable_or_server_error(request) -> HttpResponse:
    """handler500: while PostgreSQL is away, or the disk cannot take an upload, 503 "not saved,
    try again" instead of a bare 500.

    The page is rendered without the request's context processors: they would query the
    database that may be away."""
    away = _what_is_away(sys.exc_info()[1])
    if away is None:
        return server_error(request)
    try:
        body = render_to_string("errors/unavailable.html", {"method": request.method, "away": away})
    except Exception:  # the page itself must not fail
        return HttpResponseServerError()
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def bad_request(request, exception) -> HttpResponse:
    """handler400: the app's 400 page, with the reason when the refusal wrote one for the
    reader (``RefusedRequest``); Django's own reasons are English and for the log only.

    Rendered without the request's context processors, like Django's own 400 view."""
    reason = exception.reason if isinstance(exception, RefusedRequest) else ""
    if isinstance(exception, RequestDataTooBig):
        reason = _("提交的内容超过 %(mb)s MB，服务器未接收，没有保存任何内容。") % {
            "mb": settings.DATA_UPLOAD_MAX_MEMORY_SIZE // (1024 * 1024)
        }
    context = {"reason": reason, "back": _page_before(request)}
    return HttpResponseBadRequest(render_to_string("400.html", context))


def our_url(request, url: str) -> str:
    """``url`` when it is one of this site's addresses (a Referer, htmx's current URL), else ""."""
    try:
        ours = url_has_allowed_host_and_scheme(
            url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    except DisallowedHost:
        return ""
    return url if ours else ""


def _page_before(request) -> str:
    """The page the request came from, when it is one of ours (a form to fill in again)."""
    return our_url(request, request.META.get("HTTP_REFERER", ""))


class MethodNotAllowedPageMiddleware:
    """A 405 without a body (Django's ``require_POST``, a class-based view's
    ``http_method_not_allowed``) becomes the app's page: a submit-only address opened from a
    bookmark, the history or a shared link says what it is and leads back, in the reader's
    language. The status and the Allow header stay; a view's own 405 page is left alone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 405 or response.streaming or response.content:
            return response
        try:
            page = render(request, "405.html", {"back": _page_before(request)}, status=405)
        except Exception:  # the page must not turn a 405 into a 500 (the database may be away)
            return response
        if "Allow" in response:
            page["Allow"] = response["Allow"]
        return page

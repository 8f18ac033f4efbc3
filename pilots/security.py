"""Request-level defences: which forwarded headers to believe, and when a login is locked out."""

from __future__ import annotations

import datetime
import ipaddress

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.core.exceptions import BadRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

FORWARDED_HEADERS = ("HTTP_X_FORWARDED_PROTO", "HTTP_X_FORWARDED_FOR", "HTTP_X_FORWARDED_HOST")


def _networks(entries) -> list:
    return [ipaddress.ip_network(entry.strip(), strict=False) for entry in entries if entry.strip()]


def _address(text: str):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


class TrustedProxyMiddleware:
    """Forwarded headers count only when the peer is one of settings.TRUSTED_PROXIES.

    From a trusted proxy, the client's address (the right-most untrusted X-Forwarded-For entry)
    becomes REMOTE_ADDR, so lock-outs and throttles count the person, not the proxy. From anyone
    else the forwarded headers are dropped: a client cannot claim HTTPS or another address.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        proxies = _networks(settings.TRUSTED_PROXIES)
        meta = request.META
        if self._trusted(meta.get("REMOTE_ADDR", ""), proxies):
            client = self._client(meta.get("HTTP_X_FORWARDED_FOR", ""), proxies)
            if client:
                meta["REMOTE_ADDR"] = client
        else:
            for header in FORWARDED_HEADERS:
                meta.pop(header, None)
        return self.get_response(request)

    @staticmethod
    def _trusted(text: str, proxies) -> bool:
        address = _address(text)
        return address is not None and any(address in net for net in proxies)

    @classmethod
    def _client(cls, forwarded_for: str, proxies) -> str | None:
        for hop in reversed(forwarded_for.split(",")):
            address = _address(hop)
            if address is None:
                return None
            if not any(address in net for net in proxies):
                return str(address)
        return None


class LoginLockoutHandler(AxesDatabaseHandler):
    """django-axes' database handler plus one rule: an address whose failed logins span too
    many usernames is locked whatever the username (one password tried across many accounts).

    axes counts failures per (username, address); a successful login clears that pair, so
    colleagues behind one address who mistype and then get in do not add up.
    """

    def get_failures(self, request, credentials: dict | None = None) -> int:
        failures = super().get_failures(request, credentials)
        if self._address_tried_many_usernames(request):
            return max(failures, get_failure_limit(request, credentials))
        return failures

    @staticmethod
    def _address_tried_many_usernames(request) -> bool:
        address = getattr(request, "axes_ip_address", None)
        if not address:
            return False
        since = timezone.now() - datetime.timedelta(hours=settings.AXES_COOLOFF_TIME)
        usernames = (
            AccessAttempt.objects.filter(ip_address=address, attempt_time__gte=since)
            .values("username")
            .distinct()
            .count()
        )
        return usernames >= settings.AXES_ADDRESS_USERNAME_LIMIT


class AdminNulQueryMiddleware:
    """A NUL byte in the query string of an admin page is a bad request.

    The admin's list filters hand their values to the database as they come, and PostgreSQL
    refuses a NUL in a text literal: without this, ``?status=%00`` answered 500. The site's own
    pages read their queries through forms and need no such guard.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(_admin_prefix()) and _has_nul(request.GET):
            raise RefusedRequest(gettext("请求含有无效字符（NUL），请检查链接。"))
        return self.get_response(request)


class RefusedRequest(BadRequest):
    """A bad request whose reason is written for the person who sent it: the 400 page
    (``config.errors.bad_request``) shows it; other bad requests' reasons are not shown."""

    @property
    def reason(self) -> str:
        return str(self.args[0]) if self.args else ""


def _admin_prefix() -> str:
    return reverse("admin:index")


def _has_nul(query) -> bool:
    return any("\x00" in key or any("\x00" in v for v in values) for key, values in query.lists())

"""Signing in and resetting a password, with the limits an intranet site open to many needs."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.middleware import LoginRequiredMiddleware
from django.contrib.auth.views import (
    LoginView,
    LogoutView,
    PasswordResetView,
    redirect_to_login,
)
from django.core.signing import BadSignature
from django.core.validators import MaxLengthValidator
from django.http import HttpResponseRedirect
from django.shortcuts import resolve_url
from django.utils.translation import gettext as _
from django_htmx.http import HttpResponseClientRedirect
from django_ratelimit.core import is_ratelimited

from config.errors import our_url

log = logging.getLogger(__name__)
# A signed cookie, not the session: a signed-out visitor's session row would be a write for
# every refused post, and the session that ended is gone anyway.
LOST_SUBMISSION_COOKIE = "submission_lost"
LOST_SUBMISSION_SALT = "pilots.accounts.submission-lost"
LOST_SUBMISSION_MAX_AGE = 30 * 60
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
USERNAME_MAX_LENGTH = get_user_model()._meta.get_field("username").max_length
PASSWORD_MAX_LENGTH = 4096


class _Limited:
    """Django's sign-in form sets only the widget's maxlength; a crafted post could send any
    length, and the lock-out's record of a failure holds 255 characters at most."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, limit in (("username", USERNAME_MAX_LENGTH), ("password", PASSWORD_MAX_LENGTH)):
            self.fields[name].max_length = limit
            self.fields[name].validators.append(MaxLengthValidator(limit))


class LoginForm(_Limited, AuthenticationForm):
    pass


class AdminLoginForm(_Limited, AdminAuthenticationForm):
    pass


def _over_rate(request, *, group: str, key, rate: str) -> bool:
    """Count this request against a limit. A cache that is away throttles nothing (logged)."""
    try:
        return is_ratelimited(request, group=group, key=key, rate=rate, increment=True)
    except Exception:  # the cache backend's connection errors vary by backend
        log.warning("password reset throttle unavailable (cache error); not throttled")
        return False


class ThrottledPasswordResetView(PasswordResetView):
    """At most a few reset mails per client address and per account each hour.

    Over the address limit the page says so (429). Over the account limit the page answers as
    if a mail was sent, so the throttle does not tell which addresses have accounts.
    """

    def post(self, request, *args, **kwargs):
        form = self.get_form()
        if _over_rate(
            request, group="password-reset-address", key="ip",
            rate=settings.PASSWORD_RESET_RATE_PER_ADDRESS,
        ):  # fmt: skip
            form.is_valid()
            form.add_error("email", _("重置密码的请求过于频繁，请一小时后再试。"))
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        email = form.cleaned_data["email"].strip().lower()
        if _over_rate(
            self.request, group="password-reset-account", key=lambda _group, _request: email,
            rate=settings.PASSWORD_RESET_RATE_PER_ACCOUNT,
        ):  # fmt: skip
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


def _our_page(request, url: str) -> str | None:
    """The path and query of ``url`` when it is a page of this site other than the sign-in page
    (a Referer, htmx's current URL): where the person was when the request was sent."""
    if not our_url(request, url):
        return None
    parts = urlsplit(url)
    if not parts.path.startswith("/") or parts.path == resolve_url(settings.LOGIN_URL):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


class SignInRequiredMiddleware(LoginRequiredMiddleware):
    """Django's "every page needs a signed-in user", told for what a person was doing.

    A post from someone whose session has ended (expired, signed out in another tab) is not
    saved. Django would send them to sign in and then back to the post's address, which may
    accept posts only (a 405) — and say nothing about the lost submission. Here the sign-in
    page says it was not saved and sign-in leads back to the page of the form. An htmx request
    is sent to sign in as a whole page, not swapped into the page's fragment.
    """

    def handle_no_permission(self, request, view_func):
        login_url = self.get_login_url(view_func)
        field = self.get_redirect_field_name(view_func)
        if request.method in SAFE_METHODS:
            if getattr(request, "htmx", False):
                back = _our_page(request, request.htmx.current_url or "") or request.path
                return HttpResponseClientRedirect(redirect_to_login(back, login_url, field).url)
            return super().handle_no_permission(request, view_func)
        view_class = getattr(view_func, "view_class", None)
        if view_class is not None and issubclass(view_class, LogoutView):
            # Signing out once the session had ended: nothing was lost, they are signed out.
            return HttpResponseRedirect(resolve_url(login_url))
        back = _our_page(request, request.META.get("HTTP_REFERER", "")) or resolve_url(
            settings.LOGIN_REDIRECT_URL
        )
        target = redirect_to_login(back, login_url, field).url
        response = (
            HttpResponseClientRedirect(target)
            if getattr(request, "htmx", False)
            else HttpResponseRedirect(target)
        )
        response.set_signed_cookie(
            LOST_SUBMISSION_COOKIE, back, salt=LOST_SUBMISSION_SALT,
            max_age=LOST_SUBMISSION_MAX_AGE, httponly=True, samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
        )  # fmt: skip
        return response


def submission_lost(request) -> bool:
    """Whether this visitor's last post was refused for want of a session (signed by us)."""
    try:
        request.get_signed_cookie(
            LOST_SUBMISSION_COOKIE, salt=LOST_SUBMISSION_SALT, max_age=LOST_SUBMISSION_MAX_AGE
        )
    except (KeyError, BadSignature):
        return False
    return True


class SignInView(LoginView):
    """Django's sign-in with our limits, saying when a submission was lost to an ended session."""

    authentication_form = LoginForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["submission_lost"] = submission_lost(self.request)
        return context

    def form_valid(self, form):
        response = super().form_valid(form)
        response.delete_cookie(LOST_SUBMISSION_COOKIE, samesite="Lax")
        return response

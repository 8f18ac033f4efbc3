"""Signing in and resetting a password, with the limits an intranet site open to many needs."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import PasswordResetView
from django.core.validators import MaxLengthValidator
from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited

log = logging.getLogger(__name__)
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

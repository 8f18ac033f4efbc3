from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path
from django.views.i18n import set_language

from pilots.accounts import AdminLoginForm, SignInView, ThrottledPasswordResetView

admin.site.login_form = AdminLoginForm

urlpatterns = [
    path(
        "favicon.ico",
        login_not_required(lambda request: redirect(static("favicon.svg"), permanent=True)),
    ),
    path("admin/", admin.site.urls),
    # Sign-in and password reset with their limits; the other account pages are Django's.
    path("accounts/login/", SignInView.as_view(), name="login"),
    path("accounts/password_reset/", ThrottledPasswordResetView.as_view(), name="password_reset"),
    path("accounts/", include("django.contrib.auth.urls")),
    # The language switch works on the login page too.
    path("i18n/setlang/", login_not_required(set_language), name="set_language"),
    path("", include("pilots.urls")),
    path("", include("tasks.site_urls")),
    path("", include("targets.site_urls")),
    path("tasks/", include("tasks.urls")),
    path("targets/", include("targets.urls")),
    path("dashboard/", include("targets.dashboard_urls")),
]

# While PostgreSQL is away: 503 "not saved, try again" rather than a bare 500.
handler400 = "config.errors.bad_request"
handler500 = "config.errors.unavailable_or_server_error"

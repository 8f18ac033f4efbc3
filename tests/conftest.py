import contextlib
import os
import re
import shutil
from pathlib import Path
from unittest import mock

import pytest

from config.celery import app as celery_app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
PLAN_FIXTURES = sorted((ROOT / "fixtures" / "plans").glob("*.yaml"))
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CHROMIUM = "/usr/bin/chromium"


def unavailable(reason: str):
    """Skip a test whose service or browser is missing here; in CI (CI=true) that is a failure."""
    if IN_CI:
        pytest.fail(f"required in CI but unavailable: {reason}")
    pytest.skip(reason)  # only outside CI: above, CI=true turns this into a failure


@contextlib.contextmanager
def cache_reads(store):
    """Count a cache's round trips while the block runs: ``get_many`` calls, and ``get`` calls
    of their own (LocMemCache's ``get_many`` asks ``get`` per key: one round trip all the same)."""
    reads = {"get_many": 0, "get": 0}
    real_get, real_get_many = store.get, store.get_many
    inside_get_many = []

    def get(*args, **kwargs):
        if not inside_get_many:
            reads["get"] += 1
        return real_get(*args, **kwargs)

    def get_many(*args, **kwargs):
        reads["get_many"] += 1
        inside_get_many.append(True)
        try:
            return real_get_many(*args, **kwargs)
        finally:
            inside_get_many.pop()

    with mock.patch.object(store, "get", get), mock.patch.object(store, "get_many", get_many):
        yield reads


def without_csrf_tokens(page: bytes) -> str:
    """A page's HTML without its per-request CSRF tokens, to compare two renderings."""
    return re.sub(r'(csrfmiddlewaretoken" value=|"X-CSRFToken": )"[^"]+"', "", page.decode())


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The rollup coalescing flags live in the cache: no test inherits another's."""
    from django.core.cache import cache

    cache.clear()


def celery_eager(value: bool) -> None:
    """Run jobs in-process (True) or send them to the broker (False).

    The app reads its configuration from Django settings under the CELERY_ namespace, and a
    namespaced key wins over the plain one: ``conf.task_always_eager = …`` would change nothing.
    """
    celery_app.conf["CELERY_TASK_ALWAYS_EAGER"] = value


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the site's language: a request in English leaves English active in
    the thread (LocaleMiddleware sets it and nothing resets it), which would reach the next test."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _eager_celery():
    """Jobs run in-process in tests; the worker integration tests switch this off themselves."""
    previous = celery_app.conf.task_always_eager
    celery_eager(True)
    yield
    celery_eager(previous)


def pytest_configure(config):
    """Settings for the whole run, before any (session-wide) live server starts."""
    from django.conf import settings

    # Tests serve static files from the source folders: no collectstatic, no manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = True
    # The live server speaks plain HTTP on localhost.
    settings.SECURE_SSL_REDIRECT = False
    settings.SECURE_HSTS_SECONDS = 0
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False
    # Live-server threads must not keep connections open past their requests, or the test
    # database cannot be dropped at the end.
    settings.DATABASES["default"]["CONN_MAX_AGE"] = 0
    # Hashing test passwords the production way would take most of the suite's time.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        unavailable(f"plan documents not found at {SEEDS}")
    return SEEDS


@pytest.fixture
def all_plans(db):
    """Every shipped plan fixture, loaded."""
    from pilots.plan_fixtures import plan_document_read
    from pilots.plan_loading import plans_load

    plans_load([plan_document_read(p) for p in PLAN_FIXTURES])


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if not shutil.which(CHROMIUM):
        unavailable(f"{CHROMIUM} is not installed (apt-get install chromium)")
    return CHROMIUM


ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture
def browser_page(chromium_path, live_server, request):
    """A real headless Chromium page (Playwright), with its console errors collected."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes
    # around it are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
        page = context.new_page()
        page.console_errors = []
        page.on(
            "console", lambda m: page.console_errors.append(m.text) if m.type == "error" else None
        )
        page.on("pageerror", lambda e: page.console_errors.append(str(e)))
        page.base_url = live_server.url
        # Nothing may load from outside: the app must work on an offline intranet.
        outside = []
        page.on(
            "request",
            lambda r: (
                outside.append(r.url)
                if not r.url.startswith((live_server.url, "data:", "blob:"))
                else None
            ),
        )
        try:
            yield page
        finally:
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
            browser.close()
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        assert outside == [], f"requests left the server: {outside}"


def browser_login(page, username, password="pw-for-tests-only"):
    page.goto(page.base_url + "/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit].primary")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def sign_in_as(page, username):
    """Sign the page's browser out of whoever it was, then in as ``username``."""
    page.context.clear_cookies()
    browser_login(page, username)


@pytest.fixture(scope="session", autouse=True)
def _release_live_server_connections(django_db_setup, django_db_blocker):
    """Live-server threads that served a keep-alive browser connection can still hold a
    PostgreSQL session when the run ends; close them so the test database can be dropped."""
    yield
    from django.db import connection

    if connection.vendor != "postgresql" or not connection.settings_dict["NAME"].startswith(
        "test_"
    ):
        return  # a run of tests that use no database made no test database to drop
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "select pg_terminate_backend(pid) from pg_stat_activity"
            " where datname = current_database() and pid <> pg_backend_pid()"
        )


@pytest.fixture
def qs_admin(db, client):
    """A client signed in as the zone admin of 青山市 (the invented zone of the drafting tests)."""
    from pilots.models import Membership
    from tests.factories import UserFactory, ZoneFactory

    zone = ZoneFactory(slug="qingshan", name="青山市", name_en="Qingshan", level="city")
    user = UserFactory(username="qs-admin")
    Membership.objects.create(user=user, role="zone_admin", zone=zone)
    client.force_login(user)
    return client


@pytest.fixture
def world(db):
    """Two zones, a task with its agencies, a target and a user of every role."""
    from tests.world import World

    return World()


@pytest.fixture
def login(client):
    def as_user(user):
        client.force_login(user)
        return client

    return as_user

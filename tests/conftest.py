import os
import shutil
from pathlib import Path

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
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The rollup coalescing flags live in the cache: no test inherits another's."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def _eager_celery():
    """Jobs run in-process in tests; the worker integration tests switch this off themselves."""
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Tests serve static files from the source folders: no collectstatic, no manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = True
    settings.SECURE_SSL_REDIRECT = False
    # Hashing test passwords the production way would take most of the suite's time.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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

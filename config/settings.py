"""One settings module, configured from the environment (see README: Configuration)."""

from pathlib import Path

import environ
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from config.redis_urls import RedisUrlError, redis_database_next, redis_same_database

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)
# A built-in key only for DEBUG (make demo sets it): anywhere else the key must come from outside,
# whatever the database, or the app refuses to start.
SECRET_KEY = env.str(
    "DJANGO_SECRET_KEY",
    default="insecure-key-for-the-embedded-demo-only" if DEBUG else environ.Env.NOTSET,
)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "pilots.admin_site.PilotAdminConfig",  # Django's admin, its bulk actions checked
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "axes",
    "django_htmx",
    "csp",
    "pilots",
    "tasks",
    "targets",
]

MIDDLEWARE = [
    "config.health.HealthMiddleware",  # /healthz, /readyz: before host checks and redirects
    "pilots.security.TrustedProxyMiddleware",
    "pilots.uploads.UploadParserMiddleware",  # before anything reads POST
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "pilots.languages.ChosenLanguageMiddleware",  # Chinese unless the user picks English
    "pilots.security.AdminNulQueryMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "config.errors.MethodNotAllowedPageMiddleware",  # a bare 405 as the app's page
    "pilots.accounts.SignInRequiredMiddleware",  # Django's, telling of a lost post
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pilots.context_processors.navigation",
                "tasks.context_processors.badges",
            ],
        },
    },
]

# DATABASE_URL unset: an SQLite file beside the code, so the demo needs nothing but Python.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("DATABASE_CONN_MAX_AGE", default=60))
# A persistent connection is checked before reuse: after a PostgreSQL restart the next request
# opens a new one instead of failing on the dead one.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# The embedded database's options (see below).
SQLITE_OPTIONS = {"transaction_mode": "IMMEDIATE", "timeout": 20}
if DATABASES["default"].get("ENGINE", "").endswith("postgresql"):
    # A request fails fast while PostgreSQL is down instead of hanging on connect.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)
elif DATABASES["default"].get("ENGINE", "").endswith("sqlite3"):
    # The embedded database: a transaction takes SQLite's write lock when it begins and waits
    # up to 20 s for another's to end. SQLite's deferred default failed one of two saves made
    # at once with "database is locked" (a 503), however short the other was.
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Failed-login lock-out (pilots/security.py): five failures for one username from one address
# lock that pair for 30 minutes (a person's typos lock only themselves); an address whose failures
# span ten usernames that have not logged in since is locked whatever the username (password
# spraying). Ten, not five: an office behind one NAT address has several people mistyping on a
# Monday morning, and each success clears that person's failures.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_ADDRESS_USERNAME_LIMIT = env.int("AXES_ADDRESS_USERNAME_LIMIT", default=10)
AXES_COOLOFF_TIME = 0.5
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "pilots.security.LoginLockoutHandler"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Password reset mails: per client address and per account, within an hour (pilots/accounts.py).
PASSWORD_RESET_RATE_PER_ADDRESS = env.str("PASSWORD_RESET_RATE_PER_ADDRESS", default="5/h")
PASSWORD_RESET_RATE_PER_ACCOUNT = env.str("PASSWORD_RESET_RATE_PER_ACCOUNT", default="3/h")

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", _("简体中文")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "config.storage.MediaStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = "media/"

# Redis only makes things prompt (the rollup flag, cached charts); PostgreSQL holds what is owed.
# REDIS_URL (the job queue) unset runs every job eagerly in-process (the embedded default).
REDIS_URL = env.str("REDIS_URL", default="")
# The cache has a database of its own (by default the broker's next one): emptying the cache is a
# FLUSHDB of its database, which must never take the queued jobs with it.
REDIS_CACHE_URL = env.str("REDIS_CACHE_URL", default="")
if not REDIS_CACHE_URL and REDIS_URL:
    try:
        REDIS_CACHE_URL = redis_database_next(REDIS_URL)
    except RedisUrlError as exc:
        raise ImproperlyConfigured(f"set REDIS_CACHE_URL: {exc}") from exc
if REDIS_URL and REDIS_CACHE_URL and redis_same_database(REDIS_URL, REDIS_CACHE_URL):
    raise ImproperlyConfigured(
        "REDIS_CACHE_URL names the job queue's database (REDIS_URL): emptying the cache would"
        " empty the queue. Give the cache another database or server."
    )
REDIS_TIMEOUT_SECONDS = env.float("REDIS_TIMEOUT_SECONDS", default=0.5)
CACHES = {
    # While Redis is away the cache misses and forgets (pages fall back to the database), fast.
    "default": {
        "BACKEND": "config.cache.RedisCache",
        "LOCATION": REDIS_CACHE_URL,
        # Its own prefix lets a benchmark's server empty only its own keys.
        "KEY_PREFIX": env.str("DJANGO_CACHE_KEY_PREFIX", default=""),
        "OPTIONS": {
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT_SECONDS,
            "SOCKET_TIMEOUT": REDIS_TIMEOUT_SECONDS,
        },
    }
    if REDIS_CACHE_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

CELERY_BROKER_URL = REDIS_URL or "memory://localhost/"
CELERY_TASK_IGNORE_RESULT = True  # nothing reads job results; publishing needs only the broker
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# A job past the soft limit is interrupted (SoftTimeLimitExceeded); one stuck where that cannot
# reach it has its pool process killed at the hard limit and is given up (config.celery.Job).
CELERY_TASK_TIME_LIMIT = env.int("JOB_TIME_LIMIT_SECONDS", default=15 * 60)
CELERY_TASK_SOFT_TIME_LIMIT = CELERY_TASK_TIME_LIMIT * 2 // 3
# A build job (export, document) whose state has not moved for this long is shown as stopped, with
# a way to build it again: no step runs longer than a job may, and a job cancelled when the broker
# dropped (or queued in a Redis restarted empty) is never run again.
JOB_STALLED_SECONDS = env.int("JOB_STALLED_SECONDS", default=CELERY_TASK_TIME_LIMIT)
# Sooner, once it has not moved for this long: a build job whose message the broker no longer
# holds (neither queued nor taken by a worker; lost with a Redis restarted empty) will never run.
JOB_LOST_SECONDS = env.int("JOB_LOST_SECONDS", default=90)
CELERY_TASK_ACKS_LATE = True
# A job whose worker process died (killed, out of memory) is handed out again at once, not
# acknowledged as failed: every job is safe to run again (config.celery.Job bounds how often).
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A request never waits long on the broker: one quick try to publish, then the sweeper's turn.
CELERY_BROKER_CONNECTION_TIMEOUT = 1
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
# A job taken by a worker that then died (kill -9, the machine lost) is handed out again once it
# has been unacknowledged this long: longer than any job may run (else a slow job would run twice
# at once) and than any countdown, but not kombu's hour. Restores are looked for every few seconds.
JOB_REDELIVERY_SECONDS = env.int("JOB_REDELIVERY_SECONDS", default=CELERY_TASK_TIME_LIMIT + 300)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 1,
    "socket_timeout": 5,
    "visibility_timeout": JOB_REDELIVERY_SECONDS,
    "unacked_restore_interval": max(1, min(10, JOB_REDELIVERY_SECONDS // 20)),
    "unacked_restore_throttle": 1,
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_MAX_RETRIES = None  # a worker waits out any broker outage
# A job running when the broker drops cannot be acknowledged: it is cancelled and redone (the
# rollup is idempotent; Celery 6's default).
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
CELERY_TIMEZONE = TIME_ZONE
# Every worker taking jobs says so in the broker's Redis this often (config.celery.WorkerHeartbeat);
# a dashboard behind looks at most every JOB_QUEUE_LOOK_SECONDS (per process) whether the broker
# answers and a worker beat within three beats, to tell what its changes wait for.
WORKER_HEARTBEAT_SECONDS = env.float("WORKER_HEARTBEAT_SECONDS", default=10)
JOB_QUEUE_LOOK_SECONDS = env.float("JOB_QUEUE_LOOK_SECONDS", default=15)

# Rollups: a burst of changes waits ROLLUP_DELAY_SECONDS and is coalesced under a flag that lives
# ROLLUP_PENDING_SECONDS; the sweeper runs every ROLLUP_SWEEP_SECONDS (longer than the flag, so a
# job lost with the broker is enqueued again) and also redoes a plan whose last run is older than
# ROLLUP_MAX_AGE_SECONDS.
ROLLUP_DELAY_SECONDS = env.float("ROLLUP_DELAY_SECONDS", default=5)
ROLLUP_SWEEP_SECONDS = env.float("ROLLUP_SWEEP_SECONDS", default=60)
ROLLUP_PENDING_SECONDS = min(30.0, ROLLUP_SWEEP_SECONDS / 2)
ROLLUP_MAX_AGE_SECONDS = env.int("ROLLUP_MAX_AGE_SECONDS", default=6 * 3600)
# A plan whose rollup job was given up (its worker died on each delivery: config.celery.Job) is
# not enqueued by the sweeper for this long; a change of the plan or the nightly rollup still is.
ROLLUP_GIVEN_UP_PAUSE_SECONDS = env.int("ROLLUP_GIVEN_UP_PAUSE_SECONDS", default=3600)
# Snapshot retention (targets/retention.py): daily rows for this many days; month-ends,
# deadlines and decided verdicts for good.
SNAPSHOT_RETENTION_DAYS = env.int("SNAPSHOT_RETENTION_DAYS", default=90)
CELERY_BEAT_SCHEDULE = {
    "rollup-sweep": {
        "task": "targets.sweep_rollups",
        "schedule": ROLLUP_SWEEP_SECONDS,
        "options": {"expires": ROLLUP_SWEEP_SECONDS},
    },
    "rollup-all-nightly": {
        "task": "targets.rollup_all",
        "schedule": crontab(hour=1, minute=30),
    },
    "history-backfill-nightly": {
        "task": "targets.backfill_histories",
        "schedule": crontab(hour=2, minute=15),
    },
    "snapshots-prune-nightly": {
        "task": "targets.prune_snapshots",
        "schedule": crontab(hour=3, minute=15),
    },
    "media-orphans-hourly": {
        "task": "pilots.remove_media_orphans",
        "schedule": crontab(minute=45),
        "options": {"expires": 3000},
    },
    "reminders-daily": {
        "task": "tasks.send_reminders",
        "schedule": crontab(hour=8, minute=30),
    },
    "instruction-reminders-daily": {
        "task": "tasks.remind_instructions",
        "schedule": crontab(hour=8, minute=40),
    },
}

# An answer to an instruction (督办) late by more than this many days turns from yellow to red.
INSTRUCTION_RED_GRACE_DAYS = env.int("INSTRUCTION_RED_GRACE_DAYS", default=7)
EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="pilot-tracker@localhost")

# Production hardening: on whenever DEBUG is off.
# X-Forwarded-Proto / -For are believed only from the reverse proxies named here (addresses or
# networks); from anyone else pilots.security.TrustedProxyMiddleware drops them. Without a proxy
# configured the app trusts no forwarded header at all.
TRUSTED_PROXIES = env.list("DJANGO_TRUSTED_PROXIES", default=[])
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if TRUSTED_PROXIES else None
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Everything the pages load comes from this server; no inline script or style (see static/).
# Two exact exceptions, by hash, for Plotly: the empty <style> element it fills through the
# CSSOM (the hash of the empty string: no text can match it), and the one fixed style attribute
# it puts on a heatmap's image (pixelated rendering). Its PNG export draws through data: and
# blob: images.
PLOTLY_EMPTY_STYLE = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
PLOTLY_PIXELATED_IMAGE = "'sha256-AR/cKIZjWPcPmBUPDA6oti9XBiTbJvz0Cro2J1VzzS8='"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", PLOTLY_EMPTY_STYLE],
        "style-src-attr": ["'unsafe-hashes'", PLOTLY_PIXELATED_IMAGE],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "autoplay", "camera", "display-capture", "encrypted-media",
        "geolocation", "gyroscope", "magnetometer", "microphone", "midi", "payment", "usb",
        "browsing-topics", "interest-cohort",
    )
}  # fmt: skip

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "axes": {"level": "WARNING"},
        # Eager (embedded) mode would log every in-process job run.
        "celery.app.trace": {"level": "WARNING" if not REDIS_URL else "INFO"},
        # WeasyPrint logs each layout step of every PDF at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# Uploaded evidence (佐证材料): size limit; types are checked by content in tasks/forms.py.
EVIDENCE_MAX_BYTES = env.int("EVIDENCE_MAX_BYTES", default=10 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

"""A web worker loads what its pages need while it boots (config/warmup.py, from config/wsgi.py),
not on a user's first request: checked in a fresh process, as gunicorn loads the app."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import gc, json, sys
import config.wsgi
from django.conf import settings
from django.db import connection
from django.template import engines
from django.urls import get_resolver
from django.utils.translation import trans_real

backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[0]
compiled = set()
for loader in engines["django"].engine.template_loaders:
    compiled |= set(getattr(loader, "get_template_cache", {}))
print(json.dumps({
    "modules": [m for m in ("config.urls", "targets.dashboard_views", "tasks.views", backend)
                if m in sys.modules],
    "reversing": sorted(get_resolver()._reverse_dict),
    "catalogs": sorted(trans_real._translations),
    "templates": sorted(compiled),
    "connected": connection.connection is not None,
    "frozen": gc.get_freeze_count(),
}))
"""


def test_a_web_worker_loads_what_pages_need_before_its_first_request(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "x7#kq2!Lm9@vR4$wT8^zB1&nC6*pD3(fG5)hJ0_sA-eY+uQ=iO~tK",
        # No database there: loading must not need one.
        "DATABASE_URL": f"sqlite:///{tmp_path / 'absent' / 'db.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(loaded["modules"]) == 4, loaded["modules"]  # every view, the cache's client
    assert {"zh-hans", "en"} <= set(loaded["reversing"])  # URL patterns of each language
    assert {"zh-hans", "en"} <= set(loaded["catalogs"])
    assert {"base.html", "targets/dashboard_overview.html", "tasks/task_detail.html"} <= set(
        loaded["templates"]
    )
    assert not loaded["connected"]
    assert loaded["frozen"] > 100_000  # what it loaded, out of the collector's full passes

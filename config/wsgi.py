import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()

from config.warmup import worker_warm  # noqa: E402 (needs the settings loaded above)

worker_warm()
# What the worker loaded lives as long as it does: kept out of the collector's full passes, which
# otherwise walk those ~200,000 objects in the middle of a request (~140 ms, about once in 50
# zone-page first views).
gc.freeze()

"""The app's URLs plus the benchmark's floor page (a one-line view behind the session); loaded
only by ``config.settings_benchmark``, never in production."""

from django.urls import path

from config.urls import handler400, handler500, urlpatterns
from targets.benchmarking.views import floor

FLOOR_PATH = "benchmark/floor/"

urlpatterns = [*urlpatterns, path(FLOOR_PATH, floor, name="benchmark-floor")]

__all__ = ["handler400", "handler500", "urlpatterns"]

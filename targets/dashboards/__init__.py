"""Leadership dashboards: what each page shows, read from snapshots (``zone_overview``,
``cross_zone``, ``zone``, ``agency``, the plan a page shows: ``plan_choice``) and the Plotly
figures drawn from them (``charts``).

Every page reads snapshots only (a fixed handful of queries, whatever the history), builds its
figures in Python, and ships each as Plotly JSON beside a plain data table (for screen readers,
copying and CSV download).
"""

from targets.dashboards.agency import agency_page
from targets.dashboards.chart import Chart
from targets.dashboards.chart_style import MODEBAR_BAND
from targets.dashboards.charts import (
    STATUS_ORDER,
    VERDICT_ORDER,
    agency_status_chart,
    kind_comparison_chart,
    ranking_chart,
    section_progress_chart,
    target_verdict_chart,
    trajectory_chart,
    zone_comparison_chart,
)
from targets.dashboards.cross_zone import kind_comparison
from targets.dashboards.labels import wrap_label
from targets.dashboards.plan_choice import snapshot_date
from targets.dashboards.zone import labelled_verdicts, zone_page
from targets.dashboards.zone_overview import overview
from targets.figures import status_labels, verdict_labels

__all__ = [
    "MODEBAR_BAND",
    "STATUS_ORDER",
    "VERDICT_ORDER",
    "Chart",
    "agency_page",
    "agency_status_chart",
    "kind_comparison",
    "kind_comparison_chart",
    "labelled_verdicts",
    "overview",
    "ranking_chart",
    "section_progress_chart",
    "snapshot_date",
    "status_labels",
    "target_verdict_chart",
    "trajectory_chart",
    "verdict_labels",
    "wrap_label",
    "zone_comparison_chart",
    "zone_page",
]

"""The benchmark (``manage.py benchmark`` / ``make benchmark``): does each page and each rollup
stay flat as the data grows, and how far is each from its floor?

For every scale (1× = the five plans with their demo history; N× = N copies of them) it builds
its own PostgreSQL database (``databases``, ``data``: generated in SQL, a progress bar per table),
rolls it up, then measures in the same run:

- pages over HTTP against gunicorn with 2 workers, as a signed-in user, at 1 and 8 concurrent
  clients (``pages``), against a one-line view behind the same session (the floor; its URL exists
  only under ``config.settings_benchmark``);
- the full rollup and the incremental rollup of one plan (``rollups``), against hand-written SQL
  computing the same snapshot rows with window functions and one upsert (``floor_sql``);
- query counts of every page and rollup;

and writes medians, p95s and ratios as a Markdown table and as JSON (``report``), for comparing
commits. Not a timed test: CI runs it only at 1× and checks the report has every figure.
"""

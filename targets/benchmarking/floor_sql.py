"""The rollup's floor: what the database itself takes to compute the same snapshot rows — each
task's state as of the date and its light, every section (with its sub-sections), agency,
target, plan and zone figure — with window functions, and write them with one upsert: the very
rows the app's rollup computes (every section of the plan and every agency of its zone, those
without tasks too; the benchmark checks it, ``floor_rows``). One
statement for any set of plans; run in a transaction that is rolled back, so the app's own
snapshots stay as the rollup wrote them.

It is the cost of the work, not a second implementation: the figures are the same kind and
size of JSON as the app's (the target verdict is a simpler attainment ratio), lists of red,
stale and unassigned tasks included."""

from __future__ import annotations

import datetime

from django.db import connection, transaction

from targets.rollup.task_states import RED_OVERDUE_DAYS, RED_STALE_DAYS
from tasks.models import STALE_DAYS

FLOOR_SQL = """
WITH RECURSIVE chosen AS (SELECT id, zone_id FROM pilots_plan WHERE id = ANY(%(plans)s)),
task AS (
    SELECT t.id, t.plan_id, t.section_id, t.code, t.title, t.weight
    FROM tasks_task t JOIN chosen c ON c.id = t.plan_id WHERE t.archived_at IS NULL
),
ranked AS (
    SELECT u.task_id, u.status, u.percent, u.reported_on, u.kind,
           row_number() OVER (PARTITION BY u.task_id
                              ORDER BY u.reported_on DESC, u.created_at DESC, u.id DESC) AS n,
           row_number() OVER (PARTITION BY u.task_id, u.kind = 'feedback'
                              ORDER BY u.reported_on DESC, u.created_at DESC, u.id DESC) AS d
    FROM tasks_statusupdate u JOIN task t ON t.id = u.task_id
    WHERE u.reported_on <= %(as_of)s
),
overdue AS (
    SELECT m.task_id, max(%(as_of)s - m.due_on) AS worst,
           jsonb_agg(jsonb_build_object('id', m.id, 'title', m.title, 'due_on', m.due_on,
                                        'days', %(as_of)s - m.due_on)) AS items
    FROM tasks_milestone m JOIN task t ON t.id = m.task_id
    WHERE m.due_on < %(as_of)s AND (m.done_on IS NULL OR m.done_on > %(as_of)s)
    GROUP BY m.task_id
),
assigned AS (
    SELECT a.task_id, jsonb_agg(jsonb_build_array(a.agency_id, a.role)) AS items
    FROM tasks_taskassignment a JOIN task t ON t.id = a.task_id
    WHERE a.archived_at IS NULL GROUP BY a.task_id
),
state AS (
    SELECT t.*, coalesce(r.status, 'not_started') AS status, coalesce(r.percent, 0) AS percent,
           r.reported_on, %(as_of)s - r.reported_on AS silent,
           coalesce(v.kind = 'verified', false) AS verified,
           o.worst, coalesce(o.items, '[]') AS overdue_items, a.items AS assignments
    FROM task t
    LEFT JOIN ranked r ON r.task_id = t.id AND r.n = 1
    LEFT JOIN ranked v ON v.task_id = t.id AND v.d = 1 AND v.kind <> 'feedback'
    LEFT JOIN overdue o ON o.task_id = t.id
    LEFT JOIN assigned a ON a.task_id = t.id
),
lit AS (
    SELECT s.*,
        (s.silent IS NULL OR s.silent > %(stale)s) AS stale,
        s.status <> 'completed' AS open,
        CASE
            WHEN s.status = 'completed' AND s.verified THEN 'green'
            WHEN s.status IN ('delayed', 'blocked') OR s.worst > %(red_overdue)s
                 OR (s.status <> 'completed' AND s.silent > %(red_stale)s) THEN 'red'
            WHEN s.worst IS NOT NULL OR (s.status <> 'completed'
                 AND (s.silent IS NULL OR s.silent > %(stale)s)) THEN 'yellow'
            ELSE 'green'
        END AS light
    FROM state s
),
ancestry AS (
    SELECT id AS section_id, id AS ancestor_id, parent_id FROM tasks_section
    WHERE plan_id = ANY(%(plans)s) AND archived_at IS NULL
    UNION ALL
    SELECT a.section_id, p.id, p.parent_id
    FROM ancestry a JOIN tasks_section p ON p.id = a.parent_id AND p.archived_at IS NULL
),
groups AS (  -- every group the rollup writes a row of: sections, plans, their zones' agencies
    SELECT 'section' AS scope, s.id AS object_id, s.plan_id FROM tasks_section s
    WHERE s.plan_id = ANY(%(plans)s) AND s.archived_at IS NULL
    UNION ALL SELECT 'plan', c.id, c.id FROM chosen c
    UNION ALL
    SELECT 'agency', g.id, min(c.id) FROM chosen c
    JOIN pilots_agency g ON g.zone_id = c.zone_id AND g.archived_at IS NULL GROUP BY g.id
),
members AS (  -- every task under each group it counts in: its sections, its plan, its agencies
    SELECT 'section' AS scope, a.ancestor_id AS object_id, l AS task
    FROM lit l JOIN ancestry a ON a.section_id = l.section_id
    UNION ALL SELECT 'plan', l.plan_id, l FROM lit l
    UNION ALL
    SELECT 'agency', (e.value ->> 0)::bigint, l
    FROM lit l CROSS JOIN jsonb_array_elements(coalesce(l.assignments, '[]')) e
),
summed AS (  -- a group without tasks has a row too (its counts 0)
    SELECT g.scope, g.object_id, g.plan_id, jsonb_build_object(
        'tasks', count(g.task),
        'progress', round(sum((g.task).weight * (g.task).percent)::numeric
                          / nullif(sum((g.task).weight), 0), 1),
        'completed', count(*) FILTER (WHERE (g.task).status = 'completed'),
        'verified', count(*) FILTER (WHERE (g.task).verified),
        'stale', count(*) FILTER (WHERE (g.task).stale AND (g.task).open),
        'unassigned', count(*) FILTER (WHERE (g.task).id IS NOT NULL
                                       AND (g.task).assignments IS NULL),
        'overdue_milestones', coalesce(sum(jsonb_array_length((g.task).overdue_items)), 0),
        'by_status', jsonb_build_object(
            'not_started', count(*) FILTER (WHERE (g.task).status = 'not_started'),
            'in_progress', count(*) FILTER (WHERE (g.task).status = 'in_progress'),
            'completed', count(*) FILTER (WHERE (g.task).status = 'completed'),
            'delayed', count(*) FILTER (WHERE (g.task).status = 'delayed'),
            'blocked', count(*) FILTER (WHERE (g.task).status = 'blocked')),
        'lights', jsonb_build_object(
            'green', count(*) FILTER (WHERE (g.task).light = 'green'),
            'yellow', count(*) FILTER (WHERE (g.task).light = 'yellow'),
            'red', count(*) FILTER (WHERE (g.task).light = 'red')),
        'red_tasks', coalesce(jsonb_agg(jsonb_build_object(
            'id', (g.task).id, 'code', (g.task).code, 'title', (g.task).title))
            FILTER (WHERE (g.task).light = 'red' AND g.scope = 'plan'), '[]'),
        'stale_tasks', coalesce(jsonb_agg(jsonb_build_object(
            'id', (g.task).id, 'code', (g.task).code, 'title', (g.task).title,
            'days', (g.task).silent))
            FILTER (WHERE (g.task).stale AND (g.task).open AND g.scope = 'plan'), '[]')
    ) AS figures
    FROM (SELECT gr.scope, gr.object_id, gr.plan_id, m.task FROM groups gr
          LEFT JOIN members m ON m.scope = gr.scope AND m.object_id = gr.object_id) g
    GROUP BY g.scope, g.object_id, g.plan_id
),
observed AS (
    SELECT o.target_id, o.value, o.as_of,
           row_number() OVER (PARTITION BY o.target_id ORDER BY o.as_of DESC) AS n,
           sum(o.value) OVER (PARTITION BY o.target_id) AS total
    FROM targets_observation o JOIN targets_target t ON t.id = o.target_id
    WHERE t.plan_id = ANY(%(plans)s) AND o.as_of <= %(as_of)s
),
assessed AS (
    SELECT t.id, t.plan_id, t.code, t.metric,
           CASE WHEN t.aggregation = 'flow' THEN ob.total ELSE ob.value END AS actual,
           (CASE WHEN t.aggregation = 'flow' THEN ob.total ELSE ob.value END
            - coalesce(t.baseline, 0)) / nullif(t.value - coalesce(t.baseline, 0), 0) AS ratio,
           ob.as_of AS observed_on
    FROM targets_target t
    LEFT JOIN observed ob ON ob.target_id = t.id AND ob.n = 1
    WHERE t.plan_id = ANY(%(plans)s) AND t.archived_at IS NULL
),
rows AS (
    SELECT 'task' AS scope, l.id AS object_id, l.plan_id, l.light, jsonb_build_object(
        'id', l.id, 'code', l.code, 'title', l.title, 'section_id', l.section_id,
        'weight', l.weight, 'status', l.status, 'percent', l.percent,
        'last_reported', l.reported_on, 'days_silent', l.silent, 'stale', l.stale,
        'verified', l.verified, 'assignments', coalesce(l.assignments, '[]'),
        'overdue_milestones', l.overdue_items) AS figures
    FROM lit l
    UNION ALL
    SELECT s.scope, s.object_id, s.plan_id, '', s.figures FROM summed s
    UNION ALL
    SELECT 'target', a.id, a.plan_id,
        CASE WHEN a.ratio IS NULL THEN 'yellow' WHEN a.ratio >= 1 THEN 'green'
             WHEN a.ratio < 0.5 THEN 'red' ELSE 'yellow' END,
        jsonb_build_object('code', a.code, 'metric', a.metric, 'actual', a.actual,
                           'ratio', round(a.ratio, 3), 'observed_on', a.observed_on)
    FROM assessed a
    UNION ALL
    SELECT DISTINCT ON (c.zone_id) 'zone', c.zone_id, c.id, '', s.figures - 'red_tasks'
        - 'stale_tasks' || jsonb_build_object('plan_id', c.id,
        'red_tasks', jsonb_array_length(s.figures -> 'red_tasks'))
    FROM chosen c JOIN summed s ON s.scope = 'plan' AND s.object_id = c.id
), things AS (  -- keyed by plan; a zone row is one per date (targets/models.py)
INSERT INTO targets_snapshot (scope, object_id, plan_id, zone_id, as_of, light, figures,
                              computed_at)
SELECT r.scope, r.object_id, r.plan_id, c.zone_id, %(as_of)s, r.light, r.figures, now()
FROM rows r JOIN chosen c ON c.id = r.plan_id WHERE r.scope <> 'zone'
ON CONFLICT (scope, object_id, as_of, plan_id) DO UPDATE SET
    zone_id = EXCLUDED.zone_id, light = EXCLUDED.light,
    figures = EXCLUDED.figures, computed_at = EXCLUDED.computed_at
RETURNING scope, object_id
), zones AS (
INSERT INTO targets_snapshot (scope, object_id, plan_id, zone_id, as_of, light, figures,
                              computed_at)
SELECT r.scope, r.object_id, r.plan_id, c.zone_id, %(as_of)s, r.light, r.figures, now()
FROM rows r JOIN chosen c ON c.id = r.plan_id WHERE r.scope = 'zone'
ON CONFLICT (object_id, as_of) WHERE scope = 'zone' DO UPDATE SET
    plan_id = EXCLUDED.plan_id, zone_id = EXCLUDED.zone_id, light = EXCLUDED.light,
    figures = EXCLUDED.figures, computed_at = EXCLUDED.computed_at
RETURNING scope, object_id
), written AS (SELECT * FROM things UNION ALL SELECT * FROM zones)
"""


def floor_rollup(*, plan_ids: list[int], as_of: datetime.date) -> int:
    """Compute and upsert the plans' snapshot rows in SQL, then roll back; returns the rows.

    Without JIT: compiling this statement costs PostgreSQL 20 s once the tables are large
    enough for its cost estimate (10×), far more than running it; a floor is the least the
    database needs, so the compilation is left out."""
    with transaction.atomic(), connection.cursor() as cursor:
        _floor_run(cursor, FLOOR_SQL + " SELECT count(*) FROM written", plan_ids, as_of)
        (written,) = cursor.fetchone()
        transaction.set_rollback(True)
    return written


def floor_rows(*, plan_ids: list[int], as_of: datetime.date) -> set[tuple[str, int]]:
    """The rows (scope, object id) the floor computes and upserts (rolled back): the
    benchmark checks they are the rows the rollup computes. Not timed (``RETURNING`` sends
    them back)."""
    with transaction.atomic(), connection.cursor() as cursor:
        _floor_run(cursor, FLOOR_SQL + " SELECT scope, object_id FROM written", plan_ids, as_of)
        rows = {(scope, object_id) for scope, object_id in cursor.fetchall()}
        transaction.set_rollback(True)
    return rows


def _floor_run(cursor, sql: str, plan_ids: list[int], as_of: datetime.date) -> None:
    cursor.execute("SET LOCAL jit = off")
    cursor.execute(
        sql,
        {
            "plans": plan_ids,
            "as_of": as_of,
            "stale": STALE_DAYS,
            "red_stale": RED_STALE_DAYS,
            "red_overdue": RED_OVERDUE_DAYS,
        },
    )

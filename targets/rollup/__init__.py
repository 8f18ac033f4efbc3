"""Rolling a plan's progress up into dated snapshots: tasks → sections → plan → zone, agencies,
and target verdicts, with the warning lights (亮灯).

Lights, in words (also on the help page):
- a task is **red** when it is reported delayed or blocked, when it is unfinished past its
  deadline (办理时限: the plan's, the zone admin's, or else the plan's end), when it has had no
  update for ``RED_STALE_DAYS`` days, or when one of its milestones is more than
  ``RED_OVERDUE_DAYS`` days overdue; **yellow** when it has had no update for ``STALE_DAYS``
  days or a milestone is overdue;
  otherwise **green** (a completed task that the supervising office verified is always green);
- a target is **green** when achieved or on track, **red** for limited progress, deterioration or
  missed, **yellow** otherwise (needs acceleration, awaiting figures, no data).
A red light lists its reasons.

Everything for one plan, or for a batch of plans, is computed from a fixed handful of queries
(history is reduced in SQL to the state as of the date) and written in one transaction,
replacing that date's snapshots.

The package: ``task_states`` (each task's state and light, a group's figures),
``target_assessments`` (each target's verdict and light), ``agencies`` (an agency's figures and
score), ``plan`` (the plan's and its sections' figures; ``plan_rollup``, ``plans_rollup``),
``zone`` (a zone's figures over its plans) and ``write`` (the one transaction). The figures'
structures are in ``targets/figures.py``.
"""

from targets.rollup.agencies import SCORE_WEIGHTS
from targets.rollup.plan import RollupResult, plan_rollup
from targets.rollup.task_states import RED_OVERDUE_DAYS, RED_STALE_DAYS, STALE_DAYS

__all__ = [
    "RED_OVERDUE_DAYS",
    "RED_STALE_DAYS",
    "SCORE_WEIGHTS",
    "STALE_DAYS",
    "RollupResult",
    "plan_rollup",
]

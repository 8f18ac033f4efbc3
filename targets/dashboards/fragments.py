"""The dashboards' cached parts: a part drawn only from snapshots is keyed by every snapshot it
shows, by id, date and ``computed_at`` (a rollup that rewrites one of them moves its
``computed_at``; one that deletes or adds one changes the list), so it is rendered once per
recomputation and shows the same to everyone who may see the page."""

from __future__ import annotations

from pilots.fragments import fragment_key
from targets.models import Snapshot

__all__ = ["fragment_key", "snapshot_stamp", "stamps_on"]


def snapshot_stamp(snapshot: Snapshot) -> str:
    """What changes whenever the snapshot's figures are rewritten."""
    return f"{snapshot.pk}:{snapshot.as_of}:{snapshot.computed_at.timestamp()}"


def stamps_on(rows, day) -> list[str]:
    """``snapshot_stamp`` of rows read without their figures (``snapshot_stamps_on``: id, scope,
    thing, computed_at), as read on ``day``."""
    return [f"{pk}:{day}:{computed_at.timestamp()}" for pk, _, _, computed_at in rows]

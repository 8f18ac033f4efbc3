"""An export of every plan, built in a Celery job: too large to build within a request (at 100×
the demo data the history alone is 930,000 rows). The job's progress is kept in the cache and,
at each step, on disk under MEDIA_ROOT/exports/<token>/ with its finished file for an hour (a
cache that evicts or loses it would leave its page saying "not found" mid-way, or a job said
done with nothing to download), for the user who asked for it only.
When jobs run in-process (the zero-setup default, no broker) or cannot be enqueued, the caller
builds in the request.
"""

from __future__ import annotations

import contextlib
import logging
import time
import uuid

from celery import current_app
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext as _

from config.celery import WORKER_LOST
from targets.exports import TABLES, export_file
from targets.kept_jobs import (
    KEEP_SECONDS,
    job_abandoned_error,
    job_file,
    job_keep,
    job_kept,
    job_state_keep,
    kept_jobs_prune,
)

logger = logging.getLogger(__name__)

JOB_KEY = "export-job:{}"


def step_label(step: str) -> str:
    """What the job is doing, in the language of the page that shows it."""
    return {"queued": _("排队等待"), "reading": _("读取数据"), "writing": _("写入文件"),
            "done": _("完成")}.get(step, step)  # fmt: skip


def stages(fmt: str) -> int:
    """Each table built, then the file written."""
    return (len(TABLES) if fmt == "xlsx" else 1) + 1


def export_job_start(*, user_id: int, fmt: str, table: str) -> str | None:
    """Enqueue an export of every plan; the job's token, or None when the caller should build
    it in the request (jobs run in-process anyway, or no broker took it)."""
    from targets.jobs import build_export

    if current_app.conf.task_always_eager:
        return None
    token = uuid.uuid4().hex
    state = {"user_id": user_id, "fmt": fmt, "table": table,
             "language": translation.get_language(), "stage": 0, "step": "queued",
             "done": False, "error": "", "name": "", "job": "export", "token": token}  # fmt: skip
    try:
        if not _state_keep(token, state) and not _kept(token):
            return None  # neither the disk nor the cache took it: the page could never show it
        build_export.apply_async(args=[token], task_id=token)
    except Exception as exc:
        logger.warning("export not enqueued, built in the request: %r", exc)
        return None
    return token


def _kept(token: str) -> bool:
    return export_job_state(token) is not None


def _state_keep(token: str, state: dict) -> bool:
    """The job's state in the cache and on disk, for its page to follow it whatever becomes of
    the cache; whether the disk took it."""
    on_disk = job_state_keep(token, state)
    cache.set(JOB_KEY.format(token), state, KEEP_SECONDS)
    return on_disk


def export_job_state(token: str, *, user_id: int | None = None) -> dict | None:
    """The job's state; None when there is none, it expired, or (``user_id`` given) another
    user asked for it. A job the cache no longer holds is read from its kept state."""
    try:
        state = cache.get(JOB_KEY.format(token))
    except Exception:
        state = None
    if state is None:
        state = job_kept(token, "export")
    if state is None or (user_id is not None and state["user_id"] != user_id):
        return None
    return state


def export_job_file(token: str, *, user_id: int) -> tuple[bytes, str, str] | None:
    """(content, content type, file name) of a finished job of this user, while kept."""
    state = export_job_state(token, user_id=user_id)
    if state is None or not state["done"]:
        return None
    content = job_file(token, state)
    if content is None:
        return None
    return content, state["content_type"], state["name"]


def export_job_abandon(token: str, *, why: str = WORKER_LOST) -> None:
    """The job killed its worker each time it was handed out, or ran past the hard time limit
    (``why``): it failed (the page offers to build in the request)."""
    state = export_job_state(token)
    if state is not None and not state["done"]:
        state.update(error=job_abandoned_error(why))
        _state_keep(token, state)


def export_job_run(token: str) -> None:
    state = export_job_state(token)
    if state is None:
        return  # expired or the cache was lost: the page offers to build in the request

    def progress(stage: int) -> None:
        last = stage >= stages(state["fmt"]) - 1
        state.update(stage=stage, step="writing" if last else "reading")
        _state_keep(token, state)

    try:
        with translation.override(state["language"]):
            content, content_type, name = export_file(
                plan_code=None, fmt=state["fmt"], table=state["table"], progress=progress
            )
            state.update(stage=stages(state["fmt"]), step="done", done=True,
                         content_type=content_type, name=name, finished=time.time(),
                         job="export")  # fmt: skip
            job_keep(token, state, content)
            cache.set(JOB_KEY.format(token), state, KEEP_SECONDS)
    except Exception as exc:
        state.update(error=repr(exc)[:500])
        _state_keep(token, state)
        raise
    finally:
        with contextlib.suppress(OSError):
            kept_jobs_prune()

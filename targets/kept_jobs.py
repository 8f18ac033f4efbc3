"""The finished files of jobs — an export of every plan, a briefing's or final evaluation's
document — kept for an hour under MEDIA_ROOT/exports/<token>/ beside the job's finished state
(job.json). A job's progress lives in the cache, which may evict or lose it (a FLUSHDB, a Redis
restarted, Redis away): so a job also writes its state here when it is asked for and at each
step, for its page to follow it to the end, and a job the page said done has its file to
download."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from django.conf import settings

from config.celery import JOB_LOST, JOB_OVERDUE, TIME_LIMIT, job_lost
from config.storage import EXPORTS_FOLDER, PARTIAL_PREFIX

logger = logging.getLogger(__name__)

KEEP_SECONDS = 3600
TOKEN = re.compile(r"[0-9a-f]{32}")


def job_folder(token: str) -> Path:
    if not TOKEN.fullmatch(token):
        raise ValueError(f"not a job token: {token!r}")
    return Path(settings.MEDIA_ROOT) / EXPORTS_FOLDER / token


def job_kept(token: str, job: str, now: float | None = None) -> dict | None:
    """The state of a job of this kind ("export", "document"), running or finished, from its
    kept file; None an hour after it was last written, or for another kind's token."""
    try:
        state = json.loads((job_folder(token) / "job.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if state.get("job", "export") != job:
        return None
    written = state.get("finished") or state.get("written", 0)
    return state if (now or time.time()) - written < KEEP_SECONDS else None


def job_file(token: str, state: dict) -> bytes | None:
    """The kept file of a finished job (named by its state's ``name``); None when gone."""
    try:
        return (job_folder(token) / state["name"]).read_bytes()
    except (OSError, ValueError, KeyError):
        return None


def job_keep(token: str, state: dict, content: bytes) -> None:
    """The file, then the state saying it is done, each written whole (renamed into place)."""
    folder = job_folder(token)
    folder.mkdir(parents=True, exist_ok=True)
    _write_whole(folder, state["name"], content)
    _write_whole(folder, "job.json", json.dumps(state, ensure_ascii=False).encode())


def job_state_keep(token: str, state: dict) -> bool:
    """The state of a job not finished yet (asked for, or a step done), stamped with when and
    written whole: once per step, never per row. Whether the disk took it (a full disk leaves
    the job to the cache alone)."""
    state["written"] = time.time()
    folder = job_folder(token)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _write_whole(folder, "job.json", json.dumps(state, ensure_ascii=False).encode())
    except OSError as exc:
        logger.warning("%s job state not kept on disk: %r", state.get("job", "export"), exc)
        return False
    return True


def job_stalled(state: dict, now: float | None = None) -> str:
    """Why a job neither done nor failed will not end by itself, or "": ``JOB_LOST`` once its
    state has not moved for JOB_LOST_SECONDS and the broker no longer holds its message (its
    queue emptied with Redis, or its run cancelled when the broker dropped); ``JOB_OVERDUE``
    once it has not moved for JOB_STALLED_SECONDS (the broker not telling, say)."""
    if state["done"] or state["error"] or "written" not in state:
        return ""
    still = (now or time.time()) - state["written"]
    if state.get("token") and job_lost(state["token"], still):
        return JOB_LOST
    return JOB_OVERDUE if still > settings.JOB_STALLED_SECONDS else ""


def job_abandoned_error(why: str) -> str:
    """The error a build job given up (``config.celery.Job``) leaves in its state."""
    if why == TIME_LIMIT:
        return "the job ran past its time limit"
    return "the worker died on every delivery of the job"


def _write_whole(folder: Path, name: str, data: bytes) -> None:
    descriptor, written = tempfile.mkstemp(prefix=PARTIAL_PREFIX, dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
        os.replace(written, folder / name)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.remove(written)


def kept_jobs_prune(now: float | None = None) -> int:
    """Remove the kept files of jobs finished (or last heard of) over an hour ago; how many."""
    root = Path(settings.MEDIA_ROOT) / EXPORTS_FOLDER
    removed = 0
    for folder in root.glob("*") if root.is_dir() else []:
        old = (now or time.time()) - folder.stat().st_mtime > KEEP_SECONDS
        if old and not _kept_any(folder.name, now):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def _kept_any(token: str, now: float | None) -> bool:
    return any(job_kept(token, job, now) for job in ("export", "document"))

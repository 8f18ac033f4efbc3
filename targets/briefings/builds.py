"""Building a document (DOCX or PDF of a final evaluation or a briefing): in a Celery job with
its progress kept in the cache for the page to show, or in the request when the broker is away.

A built file is kept in the cache under a key that names what it is of (kind, object, period,
format, language) and the plan's rollup watermark, so a later rollup builds it anew; a job's
state is also written on disk at each step and its file kept there for an hour
(targets/kept_jobs.py), for its page to follow it to the end whatever becomes of the cache.
"""

from __future__ import annotations

import datetime
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass

from celery import current_app
from django.core.cache import cache
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from config.celery import WORKER_LOST
from pilots.models import Plan
from targets.briefings.briefing_print import briefing_document_for
from targets.briefings.documents import Document, render_docx, render_pdf
from targets.briefings.evaluation_print import evaluation_document_for
from targets.kept_jobs import (
    job_abandoned_error,
    job_file,
    job_keep,
    job_kept,
    job_state_keep,
    kept_jobs_prune,
)
from targets.models import RollupState

logger = logging.getLogger(__name__)

FORMATS = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
KEEP_SECONDS = 3600
BUILDERS: dict[str, Callable[[DocumentSpec], Document]] = {}
JOB_KEY = "document-job:{}"


@dataclass(frozen=True)
class DocumentSpec:
    """What to build. ``period`` is a briefing's (``2025-11`` or ``2025-Q4``), empty for an
    evaluation; ``today`` is the day the request was made (the evaluation's "now")."""

    kind: str  # "evaluation" | "briefing"
    plan_id: int
    fmt: str
    language: str
    today: str
    period: str = ""

    @property
    def filename(self) -> str:
        plan = Plan.objects.get(pk=self.plan_id)
        name = "evaluation" if self.kind == "evaluation" else f"briefing-{self.period}"
        return f"{plan.code}-{name}-{self.language}.{self.fmt}"

    def cache_key(self) -> str:
        state = RollupState.objects.filter(plan_id=self.plan_id).values_list("seq", "computed_at")
        seq, computed = state.first() or (0, None)
        stamp = computed.isoformat() if computed else "-"
        parts = (self.kind, self.plan_id, self.period, self.fmt, self.language, self.today)
        return "document:" + ":".join(map(str, (*parts, seq, stamp)))


BUILDERS["evaluation"] = evaluation_document_for
BUILDERS["briefing"] = briefing_document_for


def document_of(spec: DocumentSpec) -> Document:
    """The document's blocks, in the spec's language (the steps the progress names)."""
    with translation.override(spec.language):
        return BUILDERS[spec.kind](spec)


def document_render(spec: DocumentSpec, document: Document) -> bytes:
    with translation.override(spec.language):
        return render_pdf(document) if spec.fmt == "pdf" else render_docx(document)


def document_build(spec: DocumentSpec, progress: Callable[[int, str], None] = lambda *a: None):
    progress(1, _("读取汇总快照并绘制图表"))
    document = document_of(spec)
    progress(2, _("排版生成文件"))
    content = document_render(spec, document)
    _cache_set(spec.cache_key(), content)
    progress(3, _("完成"))
    return content


def document_built(spec: DocumentSpec) -> bytes | None:
    try:
        return cache.get(spec.cache_key())
    except Exception as exc:  # the cache is away: build again
        logger.warning("built document not read from the cache: %r", exc)
        return None


def _cache_set(key: str, value) -> None:
    try:
        cache.set(key, value, KEEP_SECONDS)
    except Exception as exc:
        logger.warning("document not kept in the cache: %r", exc)


# Jobs --------------------------------------------------------------------------------------------

STAGES = 3


def document_job_start(spec: DocumentSpec, *, zone_id: int) -> str | None:
    """Enqueue a build; the job's token, or None when it could not be enqueued (no broker, or
    jobs run in-process anyway) and the caller should build in the request."""
    from targets.jobs import build_document

    if current_app.conf.task_always_eager:
        return None
    token = uuid.uuid4().hex
    state = {"zone_id": zone_id, "spec": asdict(spec), "stage": 0, "label": _("排队等待"),
             "done": False, "error": "", "started": timezone.now().isoformat(),
             "job": "document", "token": token}  # fmt: skip
    try:
        _state_keep(token, state)
        build_document.apply_async(args=[token], task_id=token)
    except Exception as exc:
        logger.warning("document build not enqueued, built in the request: %r", exc)
        return None
    return token


def document_job_state(token: str) -> dict | None:
    """The job's state; a job the cache no longer holds is read from its kept state."""
    try:
        state = cache.get(JOB_KEY.format(token))
    except Exception:
        state = None
    return state if state is not None else job_kept(token, "document")


def _state_keep(token: str, state: dict) -> None:
    """The job's state in the cache and on disk, for its page to follow it whatever becomes of
    the cache."""
    job_state_keep(token, state)
    _cache_set(JOB_KEY.format(token), state)


def document_job_file(token: str, state: dict) -> bytes | None:
    """The file of a finished job: kept on disk for an hour, else still in the cache."""
    return job_file(token, state) or document_built(document_job_spec(state))


def document_job_run(token: str) -> None:
    state = document_job_state(token)
    if state is None:
        return  # expired or the cache was lost: the page offers to build in the request
    spec = DocumentSpec(**state["spec"])

    def progress(stage: int, label: str) -> None:
        state.update(stage=stage, label=label, done=stage >= STAGES)
        _state_keep(token, state)

    try:
        content = document_build(spec, progress)
    except Exception as exc:
        state.update(error=repr(exc)[:500])
        _state_keep(token, state)
        raise
    state.update(name=spec.filename, finished=time.time(), job="document")
    try:
        job_keep(token, state, content)
        kept_jobs_prune()
    except OSError as exc:  # the disk: the cache still holds the file for now
        logger.warning("built document not kept on disk: %r", exc)
    _cache_set(JOB_KEY.format(token), state)


def document_job_abandon(token: str, *, why: str = WORKER_LOST) -> None:
    """The job killed its worker each time it was handed out, or ran past the hard time limit
    (``why``): it failed (the page offers to build in the request)."""
    state = document_job_state(token)
    if state is not None and not state["done"]:
        state.update(error=job_abandoned_error(why))
        _state_keep(token, state)


def document_job_spec(state: dict) -> DocumentSpec:
    return DocumentSpec(**state["spec"])


def today() -> datetime.date:
    return timezone.localdate()

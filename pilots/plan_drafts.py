"""A new plan from its source document, in the browser: upload → draft → review and edit → load.

The document is stored first (``pilots.source_documents``), so nothing is lost whatever happens
next. Drafting — reading a long PDF takes seconds — runs as a Celery job that records its
progress on the draft; when the broker cannot take the job the draft is made in the request
instead, and a job no worker picked up can be drafted in the request later. The draft is the
plan fixture's YAML with ``# review:`` notes; a person edits it, and it is loaded through the
plan upload's own preview and confirmation (``pilots.plan_uploads``). Once loaded, the source is
kept with the plan and every task's passage in the source text is recorded
(``pilots.source_passages``), for the task's 原文 view.
"""

from __future__ import annotations

import datetime
import logging
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from config.celery import JOB_LOST, JOB_OVERDUE, TIME_LIMIT, WORKER_LOST, job_lost
from config.storage import stored_with_their_rows
from pilots.draft_codes import NUMBERED_AGENCY, agency_codes_of_zone, plan_successor_propose
from pilots.draft_yaml import yaml_lines
from pilots.drafting import DocumentUnreadable, plan_draft, zone_known
from pilots.drafting.cleaning import source_text_prepare
from pilots.drafting.inputs import document_from_bytes
from pilots.locks import DRAFTING, run_alone
from pilots.models import Agency, PilotZone, Plan, PlanDraft, PlanSource, PlanUpload
from pilots.plan_fixtures import PlanFixtureInvalid, plan_document_parse
from pilots.plan_loading import LoadReport, agency_name_clashes
from pilots.plan_replacing import ReplacementUnconfirmed, plan_replaced_by
from pilots.plan_uploads import plan_upload_apply, plan_upload_preview
from pilots.source_documents import plan_source_file_remove, plan_source_store
from pilots.source_passages import task_passages
from pilots.trees import nodes_above

logger = logging.getLogger(__name__)

# A queued draft no worker has started after this long may be drafted in the request instead;
# a started one after the job's own time limit; either sooner (JOB_LOST_SECONDS) once the broker
# holds no message of its job (lost with a Redis restarted empty, its run cancelled).
QUEUED_STALE = datetime.timedelta(seconds=30)
RUNNING_STALE = datetime.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
JOB_ID = "plan-draft-{}-"  # the Celery task ids of a draft's jobs begin with this
CLAIMED, READ = 10, 40  # percent of progress: a worker took the draft up; its file is read


class DraftChangedMeanwhile(Exception):
    """Someone saved the draft after this form was opened."""


@dataclass(frozen=True)
class DraftProblem:
    """What keeps a draft from loading: where (a path in the data, and its line) and what."""

    path: str
    message: str
    line: int | None = None


def plan_source_receive(
    *, zone: PilotZone, file_name: str, content: bytes, user, plan_code: str = ""
) -> PlanDraft:
    """Keep an uploaded source document and open its draft (queued: ``plan_draft_request``);
    if the rows are not written (the connection lost before the commit), neither is the file."""
    with stored_with_their_rows():
        source = plan_source_store(zone=zone, file_name=file_name, content=content, user=user)
        return PlanDraft.objects.create(source=source, plan_code=plan_code[:60])


def plan_draft_request(*, draft: PlanDraft, language: str | None = None) -> bool:
    """Have the draft made by a worker; if the broker cannot take the job, make it here.
    ``language``: of the messages the drafting records. Returns whether a worker will make it."""
    from pilots.jobs import draft_plan_source  # the job module imports this one

    try:
        job_id = f"{JOB_ID.format(draft.pk)}{uuid.uuid4().hex}"
        draft_plan_source.apply_async(args=[draft.pk, language], task_id=job_id)
    except Exception as exc:  # the broker is away: draft here, nothing is lost
        logger.warning("draft %s not enqueued, drafted in the request: %r", draft.pk, exc)
        plan_draft_make(draft_id=draft.pk, language=language)
        return False
    return not settings.CELERY_TASK_ALWAYS_EAGER


def plan_draft_is_stale(draft: PlanDraft, now: datetime.datetime | None = None) -> bool:
    """Waiting for a worker that is not coming: it may be drafted in the request."""
    return bool(plan_draft_stall(draft, now))


def plan_draft_stall(draft: PlanDraft, now: datetime.datetime | None = None) -> str:
    """Why no worker will make the draft, or "": ``JOB_LOST``, the broker no longer holds its
    job's message; ``JOB_OVERDUE``, queued past QUEUED_STALE or running past the time limit."""
    now = now or timezone.now()
    if draft.status == PlanDraft.Status.QUEUED:
        waited = now - draft.source.uploaded_at
    elif draft.status == PlanDraft.Status.RUNNING:
        if draft.started_at is None or now - draft.started_at > RUNNING_STALE:
            return JOB_OVERDUE
        waited = now - draft.started_at
    else:
        return ""
    if job_lost(JOB_ID.format(draft.pk), waited.total_seconds()):
        return JOB_LOST
    queued_too_long = draft.status == PlanDraft.Status.QUEUED and waited > QUEUED_STALE
    return JOB_OVERDUE if queued_too_long else ""


def _progress(draft_id: int, percent: int, **fields) -> int:
    """Record progress on a draft still being drafted; 0 when it is no longer (drafted meanwhile
    by another run: its result, and the admin's edits since, are kept)."""
    running = PlanDraft.objects.filter(pk=draft_id, status=PlanDraft.Status.RUNNING)
    return running.update(progress=percent, **fields)


def _reading_progress(draft_id: int):
    """Reading a PDF's pages as the progress from claimed to read, written as it passes each
    percent: a long plan takes a minute to read, and the page polling it would stand still."""
    written = CLAIMED

    def page_read(number: int, pages: int) -> None:
        nonlocal written
        percent = CLAIMED + (READ - CLAIMED) * number // pages
        if percent > written:
            written = percent
            _progress(draft_id, percent)

    return page_read


def plan_draft_make(
    *, draft_id: int, language: str | None = None, wait: float | None = None
) -> PlanDraft:
    """Read the source document and draft its plan fixture, recording the progress. A file the
    importer cannot read leaves the draft failed with a message saying why (in ``language``,
    the uploader's, else the site's). While another run drafts it, this one waits for that to
    end (at most ``wait`` seconds, then leaves the draft to it) and drafts only what is left."""
    with translation.override(language or settings.LANGUAGE_CODE):
        return _draft_make(draft_id, wait)


def plan_draft_abandon(
    draft_id: int, language: str | None = None, *, why: str = WORKER_LOST
) -> None:
    """The drafting job killed its worker each time it was handed out, or ran past the hard time
    limit (``why``: config.celery's WORKER_LOST, TIME_LIMIT; a file too large or too complex to
    read): the draft, unless drafted meanwhile, fails saying so."""
    with translation.override(language or settings.LANGUAGE_CODE):
        if why == TIME_LIMIT:
            message = _("起草超过时限仍未完成（文件可能过大或过于复杂），已停止起草。"
                        "原文已保存，可以换一个版本（如 Word）再试。")  # fmt: skip
        else:
            message = _("起草时后台进程多次意外退出（文件可能过大或过于复杂），已停止起草。"
                        "原文已保存，可以换一个版本（如 Word）再试。")  # fmt: skip
    waiting = (PlanDraft.Status.QUEUED, PlanDraft.Status.RUNNING)
    PlanDraft.objects.filter(pk=draft_id, status__in=waiting).update(
        status=PlanDraft.Status.FAILED, progress=100, message=message
    )


def _draft_make(draft_id: int, wait: float | None) -> PlanDraft:
    # Two runs at once (two admins redrafting a stale draft, a job delivered again while its
    # first worker still drafts): the second waits and finds it drafted, not drafting it again.
    with run_alone(DRAFTING, draft_id, wait=wait) as alone:
        if not alone:
            return PlanDraft.objects.select_related("source__zone").get(pk=draft_id)
        return _draft_make_alone(draft_id)


def _draft_make_alone(draft_id: int) -> PlanDraft:
    # Only a draft still waiting (or one whose run died) is drafted: a job delivered again after
    # a worker was killed, or one racing the request's own drafting, leaves a drafted one alone.
    waiting = (PlanDraft.Status.QUEUED, PlanDraft.Status.RUNNING)
    claimed = PlanDraft.objects.filter(pk=draft_id, status__in=waiting).update(
        status=PlanDraft.Status.RUNNING, progress=CLAIMED, started_at=timezone.now()
    )
    draft = PlanDraft.objects.select_related("source__zone").get(pk=draft_id)
    if not claimed:
        return draft
    source = draft.source
    try:
        with source.file.open("rb") as file:
            content = file.read()
        # read as the type its content is, its messages naming the file as it was uploaded
        document = document_from_bytes(
            source.file_name or "plan", content, page_read=_reading_progress(draft_id),
            kind=source.kind,
        )  # fmt: skip
        _progress(draft_id, READ)
        result = plan_draft(
            document.text,
            zone_slug=source.zone.slug,
            source_file=source.file_name,
            plan_code=draft.plan_code or None,
            zone=zone_known(source.zone.slug, settings.BASE_DIR / "fixtures" / "plans"),
        )
        result.header += document.reading_notes()
        plan_successor_propose(result, source.zone, code_given=bool(draft.plan_code))
        agency_codes_of_zone(result, source.zone)
        _progress(draft_id, 80)
        cleaned = source_text_prepare(document.text).text
    except DocumentUnreadable as exc:
        _progress(draft_id, 100, status=PlanDraft.Status.FAILED, message=exc.message)
        return PlanDraft.objects.get(pk=draft_id)
    except Exception:
        logger.exception("drafting %s failed", source.file_name)
        message = _("起草时出错：这个文件无法自动起草。原文已保存，可以换一个版本（如 Word）再试。")
        _progress(draft_id, 100, status=PlanDraft.Status.FAILED, message=message)
        return PlanDraft.objects.get(pk=draft_id)
    text = result.to_yaml()
    with transaction.atomic():
        if _progress(
            draft_id, 100, status=PlanDraft.Status.READY, message="", drafted_text=text,
            text=text, plan_code=result.data["plan"]["code"][:60],
        ):  # fmt: skip
            PlanSource.objects.filter(pk=source.pk).update(text=cleaned)
    return PlanDraft.objects.get(pk=draft_id)


class DraftNotDeleted(Exception):
    """A draft that is kept, with a message saying why."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def plan_draft_discard(*, draft_id: int) -> str:
    """Remove a draft never loaded — an upload made by mistake — with its source and the file
    (once the rows are gone for good: a failed commit keeps all three). A loaded draft's source
    is kept with its plan, and a draft being drafted is left to its run. Returns the file name."""
    with run_alone(DRAFTING, draft_id, wait=0) as alone:
        if not alone:
            raise DraftNotDeleted(_("这份草稿正在起草，请稍后再删除。"))
        with transaction.atomic():
            source = PlanSource.objects.select_for_update().get(draft__pk=draft_id)
            if not source.never_loaded:
                raise DraftNotDeleted(_("这份草稿已载入为规划，原文随规划保存，不能删除。"))
            stored = source.file
            source.delete()  # and its draft
            transaction.on_commit(lambda: plan_source_file_remove(PlanSource(file=stored)))
    return source.file_name


def plan_draft_remove(*, draft_id: int) -> str:
    """A draft the site's admin deletes: never loaded, it goes with its source and the file
    (``plan_draft_discard``); loaded, it goes alone, its source and file kept with its plan.
    Returns the file name."""
    source = PlanSource.objects.get(draft__pk=draft_id)
    if source.never_loaded:
        return plan_draft_discard(draft_id=draft_id)
    PlanDraft.objects.filter(pk=draft_id).delete()
    return source.file_name


def plan_draft_drafting_now(draft: PlanDraft) -> bool:
    """A worker is drafting it (or about to): it is not deleted under the run."""
    waiting = (PlanDraft.Status.QUEUED, PlanDraft.Status.RUNNING)
    return draft.status in waiting and not plan_draft_is_stale(draft)


def plan_draft_save(*, draft: PlanDraft, text: str, expected_version: int, user) -> PlanDraft:
    """Keep an edited draft (checked or not: nothing typed is lost); a form opened before
    someone else's save is refused."""
    with transaction.atomic():
        locked = PlanDraft.objects.select_for_update().get(pk=draft.pk)
        if locked.version != expected_version:
            raise DraftChangedMeanwhile
        locked.text, locked.version, locked.updated_by = text, locked.version + 1, user
        locked.save(update_fields=["text", "version", "updated_by", "updated_at"])
    return locked


def draft_problems(*, draft: PlanDraft, user) -> list[DraftProblem]:
    """Why the draft cannot be loaded as it stands: the fixture checks of a plan upload, and
    that it is a plan of the draft's own zone (a zone admin changes no zone's entry)."""
    text = draft.text
    line_of = yaml_lines(text)
    try:
        document = plan_document_parse(name=draft.source.file_name, text=text)
    except PlanFixtureInvalid as exc:
        return [DraftProblem(e.path, e.message, e.line or line_of(e.path)) for e in exc.errors]
    zone = draft.source.zone
    problems = []
    if document.zone_slug != zone.slug:
        problems.append(DraftProblem("zone.slug", _("草稿须是本试验区（%(slug)s）的规划。")
                                     % {"slug": zone.slug}))  # fmt: skip
    other = Plan.objects.filter(code=document.plan_code).exclude(zone=zone).first()
    if other is not None:
        problems.append(DraftProblem("plan.code", _("规划代码 %(code)s 已被%(zone)s的规划使用。")
                                     % {"code": other.code, "zone": other.zone.name}))  # fmt: skip
    loaded = draft.source.plan
    if loaded is not None and document.plan_code != loaded.code:
        # Its source is kept with the plan it was loaded as: another code would take it away.
        problems.append(DraftProblem("plan.code", _(
            "本草稿已载入为规划 %(code)s：改用其他代码会使那份规划失去原文。"
            "如要载入为另一份规划，请重新上传原文。") % {"code": loaded.code}))  # fmt: skip
    if not user.is_superuser and _zone_entry_changed(document.data["zone"], zone):
        problems.append(
            DraftProblem("zone", _("试验区本身的名称、层级和上级只能由系统管理员修改。"))
        )
    if not user.is_superuser:
        problems += _links_beyond_reach(document.data, zone)
    # the draft's own zone's agencies: never another zone's, whatever slug the draft names
    problems += agency_name_clashes(draft.source.file_name, document.data["agencies"], zone.slug)
    problems += _agencies_taken_over(document.data["agencies"], zone)
    return [DraftProblem(p.path, p.message, line_of(p.path)) for p in problems]


def _agencies_taken_over(agencies: list[dict], zone: PilotZone) -> list[DraftProblem]:
    """A code of no meaning (agency-3) the zone's agency of another name holds — one a zone
    admin added, or one another draft loaded after this one was made: loading would rename it."""
    held = dict(
        Agency.objects.filter(zone=zone, code__regex=NUMBERED_AGENCY).values_list("code", "name")
    )
    return [
        DraftProblem(f"agencies[{index}].code", _(
            "代码 %(code)s 已是本试验区单位“%(held)s”的代码，载入会把它改名为“%(name)s”："
            "请改用新的代码（并相应修改任务和指标中的引用）。")
            % {"code": agency["code"], "held": held[agency["code"]], "name": agency["name"]})
        for index, agency in enumerate(agencies)
        if held.get(agency["code"], agency["name"]) != agency["name"]
    ]  # fmt: skip


def _links_beyond_reach(data: dict, zone: PilotZone) -> list[DraftProblem]:
    """Links to plans of zones other than the draft's own and those above it (a district's plan
    implements its city's, its targets count towards the city's): a zone admin's plan reaches no
    other zone's pages."""
    codes = {"plan.implements": data["plan"].get("implements")}
    for g, goal in enumerate(data["goals"]):
        for t, target in enumerate(goal["targets"]):
            if target.get("contributes_to"):
                path = f"goals[{g}].targets[{t}].contributes_to"
                codes[path] = target["contributes_to"].split(":", 1)[0]
    reach = [zone.pk, *(above.pk for above in nodes_above(zone))]
    within = set(
        Plan.objects.filter(code__in=set(codes.values()), zone__in=reach)
        .values_list("code", flat=True)
    )  # fmt: skip
    message = _("%(code)s 不是本试验区或其上级试验区的规划：不能链接到它。")
    return [
        DraftProblem(path, message % {"code": code})
        for path, code in codes.items()
        if code and code not in within
    ]


def _zone_entry_changed(entry: dict, zone: PilotZone) -> bool:
    known = zone_known(zone.slug, settings.BASE_DIR / "fixtures" / "plans") or {}
    keys = ("slug", "name", "name_en", "level", "parent")
    return any(entry.get(key, "") != known.get(key, "") for key in keys)


def plan_draft_preview(*, draft: PlanDraft, user) -> tuple[PlanUpload | None, list[DraftProblem]]:
    """The plan upload's preview of loading the draft as it stands (nothing written yet)."""
    problems = draft_problems(draft=draft, user=user)
    if problems:
        return None, problems
    upload = plan_upload_preview(file_name=f"{draft.source.file_name}.yaml", text=draft.text,
                                 user=user)  # fmt: skip
    PlanDraft.objects.filter(pk=draft.pk).update(upload=upload)
    return upload, []


def plan_draft_apply(*, draft: PlanDraft, user, replaces: str = "") -> LoadReport:
    """Confirm the previewed load (``plan_upload_apply``: refused if the preview is outdated)
    and keep the source with the plan, each task's passage found in its text. A load that
    replaces another plan (``pilots.plan_replacing``) needs that plan's code in ``replaces``."""
    upload = draft.upload
    if upload is None:
        raise PlanFixtureInvalid([])
    with transaction.atomic():
        replaced = plan_replaced_by(upload, loaded_as=draft.source.plan_id)
        if replaced is not None and replaces != replaced.code:
            raise ReplacementUnconfirmed(replaced)
        report = plan_upload_apply(upload=upload, user=user)
        document = plan_document_parse(name=upload.file_name, text=upload.text)
        source = PlanSource.objects.select_for_update().get(pk=draft.source_id)
        source.plan = Plan.objects.get(code=document.plan_code)
        source.passages = task_passages(source.text, document.data)
        source.loaded_at = timezone.now()
        source.save(update_fields=["plan", "passages", "loaded_at"])
    return report

"""Revising a plan from the browser: upload → preview exactly what would change → confirm.

Nothing is written before confirmation. Confirming applies the file through ``plans_load`` —
the same code as the ``load_plans`` command — and only if it makes exactly the changes the
admin previewed; if the database moved on in between (another admin confirmed first, or
someone edited the plan), the confirmation is refused and nothing is written.
"""

from __future__ import annotations

import logging
from dataclasses import asdict

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pilots.models import Plan, PlanUpload
from pilots.plan_fixtures import FixtureError, PlanFixtureInvalid, plan_document_parse
from pilots.plan_loading import Change, LoadReport, plans_load
from pilots.validators import text_clean

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
# Rows of the preview shown per section; the stored preview is bounded by the schema's limits.
PREVIEW_ROWS_PER_SECTION = 300


class PreviewOutdated(Exception):
    """The plan changed since the preview was made; the admin must look again."""


class UploadNotApplicable(Exception):
    pass


def _changes(report: LoadReport) -> list[dict]:
    """The report as stored in JSON (tuples become lists), so a preview compares equal."""
    return [{**asdict(c), "fields": list(c.fields)} for c in report.changes]


def plan_upload_preview(*, file_name: str, text: str, user) -> PlanUpload:
    """Validate and dry-run an uploaded plan file; record what applying it would change."""
    file_name = text_clean(file_name).replace("\x00", "")[:200] or "plan.yaml"
    upload = PlanUpload(file_name=file_name, text=text, uploaded_by=user)
    try:
        if "\x00" in text:  # no text column holds a NUL; the file is no YAML text anyway
            upload.text = text.replace("\x00", "\ufffd")
            raise PlanFixtureInvalid([FixtureError(file_name, "", _("含有空字节（\\x00）"))])
        document = plan_document_parse(name=file_name, text=text)
        upload.plan_code = document.plan_code
        report = plans_load([document], dry_run=True)
    except PlanFixtureInvalid as exc:
        upload.errors = [asdict(e) for e in exc.errors]
    except IntegrityError as exc:  # a clash the checks did not foresee: said, never a 500
        logger.warning("plan upload %s: the dry run failed: %r", file_name, exc)
        error = _("与数据库中已有的数据冲突（%(error)s）") % {
            "error": str(exc).splitlines()[0][:200]
        }
        upload.errors = [asdict(FixtureError(file_name, "", error))]
    else:
        upload.preview = _changes(report)
    upload.save()
    return upload


def plan_upload_apply(*, upload: PlanUpload, user) -> LoadReport:
    if upload.errors or upload.applied_at:
        raise UploadNotApplicable("this upload has errors or was applied already")
    document = plan_document_parse(name=upload.file_name, text=upload.text)
    try:
        with transaction.atomic():
            # Two admins confirming at once queue here, one behind the other.
            Plan.objects.select_for_update().filter(code=upload.plan_code).first()
            locked = PlanUpload.objects.select_for_update().get(pk=upload.pk)
            if locked.applied_at:
                raise UploadNotApplicable("this upload was applied already")
            report = plans_load([document])
            if _changes(report) != upload.preview:
                raise PreviewOutdated  # rolls the load back with the transaction
            locked.applied_at, locked.applied_by = timezone.now(), user
            locked.save(update_fields=["applied_at", "applied_by"])
    except (IntegrityError, PlanFixtureInvalid) as exc:
        # the database took, since the preview, what the load adds (an agency's name, say)
        logger.warning("plan upload %s: the load clashed: %r", upload.pk, exc)
        raise PreviewOutdated from exc
    upload.refresh_from_db()
    return report


def preview_by_section(upload: PlanUpload) -> list[dict]:
    """The previewed changes grouped for display: plan-level first, then section by section."""
    groups: dict[str, list[Change]] = {}
    for row in upload.preview:
        change = Change(**{**row, "fields": tuple(row["fields"])})
        groups.setdefault(change.section, []).append(change)
    return [
        {
            "section": section,
            "changes": changes[:PREVIEW_ROWS_PER_SECTION],
            "hidden": max(0, len(changes) - PREVIEW_ROWS_PER_SECTION),
            "counts": _count(changes),
        }
        for section, changes in sorted(groups.items(), key=lambda item: item[0] != "")
    ]


def _count(changes: list[Change]) -> dict[str, int]:
    counts = {"created": 0, "updated": 0, "archived": 0}
    for change in changes:
        counts[change.action] += 1
    return counts

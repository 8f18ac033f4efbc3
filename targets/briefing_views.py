"""Final evaluations and briefings: pages and their DOCX / PDF downloads (thin: the content is
in targets/briefings, the rule in targets/permissions.py)."""

from __future__ import annotations

import datetime

from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from pilots.languages import english_ui
from pilots.models import PilotZone, Plan
from pilots.permissions import Access
from targets.briefings import builds
from targets.briefings.briefing import (
    BRIEFING_PARTS,
    Period,
    PeriodError,
    briefing_periods,
    briefing_plan,
    zone_briefing,
)
from targets.briefings.evaluation import final_evaluation
from targets.dashboards.evaluation_charts import (
    task_status_at_end_chart,
    verdicts_then_and_now_chart,
)
from targets.figures import verdict_labels
from targets.kept_jobs import job_stalled
from targets.permissions import can_read_briefing
from targets.plan_dates import plan_end, plan_start


def _readable_plan(request, code) -> Plan:
    plan = get_object_or_404(Plan.objects.select_related("zone"), code=code)
    if not can_read_briefing(Access.of(request.user), plan.zone_id):
        raise Http404
    return plan


@require_GET
def evaluation(request, code):
    plan = _readable_plan(request, code)
    evaluation = final_evaluation(plan=plan, today=builds.today())
    charts = []
    if evaluation.at_end:
        charts = [
            verdicts_then_and_now_chart(evaluation.verdicts_at_deadline, evaluation.verdicts_now),
            task_status_at_end_chart(evaluation.tasks_by_status),
        ]
    return render(
        request,
        "targets/evaluation.html",
        {
            "plan": plan,
            "zone": plan.zone,
            "evaluation": evaluation,
            "charts": [chart.of_plan(plan.code) for chart in charts],
            "verdict_labels": verdict_labels(),
        },
    )


@require_GET
def evaluation_download(request, code, fmt):
    plan = _readable_plan(request, code)
    spec = builds.DocumentSpec(
        kind="evaluation", plan_id=plan.id, fmt=fmt, language=_language(),
        today=builds.today().isoformat(),
    )  # fmt: skip
    return _download(request, spec, zone=plan.zone)


def _language() -> str:
    return "en" if english_ui() else "zh-hans"


def _download(request, spec: builds.DocumentSpec, *, zone: PilotZone):
    """The built file if there is one; else a job with a progress page, or (no broker, or asked
    for with ?inline=1) built in this request."""
    content = builds.document_built(spec)
    if content is None and request.GET.get("inline") != "1":
        token = builds.document_job_start(spec, zone_id=zone.id)
        if token:
            return redirect("document-job", slug=zone.slug, token=token)
    if content is None:
        content = builds.document_build(spec)
    return _file(content, spec)


def _file(content: bytes, spec: builds.DocumentSpec) -> HttpResponse:
    response = HttpResponse(content, content_type=builds.FORMATS[spec.fmt])
    response["Content-Disposition"] = f'attachment; filename="{spec.filename}"'
    return response


@require_GET
def document_job(request, slug, token):
    """A build's progress (the page refreshes itself until the file is ready)."""
    zone = _readable_zone(request, slug)
    state = _zone_job_state(zone, token)
    spec = builds.document_job_spec(state) if state else None
    return render(
        request,
        "targets/document_job.html",
        {"zone": zone, "state": state, "spec": spec, "stages": builds.STAGES,
         "stalled": state is not None and job_stalled(state),
         "inline_url": _inline_url(spec) if spec else None,
         "again_url": _file_url(spec) if spec else None},
    )  # fmt: skip


@require_GET
def document_job_file(request, slug, token):
    state = _zone_job_state(_readable_zone(request, slug), token)
    if state is None:
        raise Http404
    spec = builds.document_job_spec(state)
    content = builds.document_job_file(token, state)
    if content is None:
        return redirect(_inline_url(spec))
    return _file(content, spec)


def _file_url(spec: builds.DocumentSpec) -> str:
    plan = Plan.objects.get(pk=spec.plan_id)
    if spec.kind == "evaluation":
        return reverse(f"evaluation-{spec.fmt}", args=[plan.code])
    return reverse(f"briefing-{spec.fmt}", args=[plan.zone.slug]) + f"?period={spec.period}"


def _inline_url(spec: builds.DocumentSpec) -> str:
    url = _file_url(spec)
    return url + ("&" if "?" in url else "?") + "inline=1"


def _readable_zone(request, slug) -> PilotZone:
    zone = get_object_or_404(PilotZone, slug=slug)
    if not can_read_briefing(Access.of(request.user), zone.id):
        raise Http404
    return zone


def _zone_job_state(zone: PilotZone, token: str) -> dict | None:
    """The state of a document build of the zone's (None if unknown, or another zone's)."""
    state = builds.document_job_state(token)
    return state if state is not None and state["zone_id"] == zone.id else None


def _zone_start(zone: PilotZone) -> datetime.date:
    plans = Plan.objects.filter(zone=zone)
    return min((plan_start(p) for p in plans), default=builds.today())


def _zone_end(zone: PilotZone) -> datetime.date | None:
    """The last day of the zone's last plan (None: no plan)."""
    return max((plan_end(p) for p in Plan.objects.filter(zone=zone)), default=None)


def _period(request) -> Period:
    code = request.GET.get("period", "")
    if not code:
        return Period.month_before(builds.today())
    return Period.parse(code[:20].strip().upper())


@require_GET
def briefing(request, slug):
    zone = _readable_zone(request, slug)
    try:
        period = _period(request)
    except PeriodError as error:
        period, problem = Period.month_before(builds.today()), str(error)
    else:
        problem = ""
    result = zone_briefing(zone=zone, period=period, today=builds.today())
    extra = [(type(b).__name__, b) for part in BRIEFING_PARTS for b in part(result)]
    zone_end = _zone_end(zone)
    periods = briefing_periods(builds.today(), _zone_start(zone), zone_end)
    return render(
        request,
        "targets/briefing.html",
        {"zone": zone, "briefing": result, "problem": problem, "periods": periods,
         "zone_end": zone_end, "extra_parts": extra},
    )  # fmt: skip


@require_GET
def briefing_download(request, slug, fmt):
    zone = _readable_zone(request, slug)
    try:
        period = _period(request)
    except PeriodError as error:
        return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
    # The file is named for, and kept until the next rollup of, the plan it briefs on.
    plan = briefing_plan(zone=zone, period=period, today=builds.today())
    if plan is None:
        raise Http404
    spec = builds.DocumentSpec(
        kind="briefing", plan_id=plan.id, fmt=fmt, language=_language(),
        today=builds.today().isoformat(), period=period.code,
    )  # fmt: skip
    return _download(request, spec, zone=zone)

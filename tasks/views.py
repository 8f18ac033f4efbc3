from pathlib import PurePath

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from pilots.fragments import fragment_key, parts_prefetched
from pilots.models import Agency
from pilots.permissions import Access
from pilots.source_passages import (
    plan_source_loaded,
    task_passage,
    task_passage_full,
)
from pilots.zone_admin import administered_zone, zone_admin_tabs
from tasks import comments, instructions, permissions as rules, selectors, services
from tasks.forms import (
    EVIDENCE_TYPES,
    AssignmentForm,
    CommentForm,
    DueForm,
    FeedbackForm,
    MilestoneForm,
    MyTasksFilter,
    ReturnForm,
    StatusReportForm,
    evidence_kind,
)
from tasks.models import Milestone, Notification, StatusUpdate, Task, TaskAssignment, TaskStatus


def _task_or_404(request, pk) -> tuple[Task, Access]:
    try:
        task = selectors.task_for_page(pk=pk)
    except Task.DoesNotExist as exc:
        raise Http404 from exc
    access = Access.of(request.user)
    if not access.can_view_zone(task.plan.zone_id):
        raise Http404
    return task, access


def _require(allowed: bool, reason: str = ""):
    if not allowed:
        raise PermissionDenied(reason)


def _supervisors_only() -> str:
    return _("只有本试验区的管理员可以办理。")


@require_GET
def my_tasks(request):
    access = Access.of(request.user)
    agencies = selectors.agencies_with_zones(sorted(access.agency_ids))
    zones = sorted({a.zone_id: a.zone for a in agencies}.values(), key=lambda z: z.slug)
    form = MyTasksFilter(request.GET or None, zones=zones)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    today = timezone.localdate()
    state = selectors.my_tasks_state(access=access, today=today, filters=filters)
    template = "tasks/_my_task_list.html" if request.htmx else "tasks/my_tasks.html"
    tasks_fragment = selectors.my_tasks_key(state=state, access=access, today=today)
    # The filters as the query filled them in, with the zones they offer.
    filters_fragment = fragment_key(
        "my-tasks-filters", request.GET.urlencode(), *((z.slug, z.name) for z in zones)
    )
    return render(
        request,
        template,
        {"form": form,
         # The list's rows are read only when its cached rendering is out of date.
         "tasks": SimpleLazyObject(
             lambda: selectors.my_task_rows(state=state, access=access, today=today)
         ),
         "tasks_fragment": tasks_fragment, "filters_fragment": filters_fragment,
         **parts_prefetched(("my-tasks", tasks_fragment), ("my-tasks-filters", filters_fragment)),
         "agencies": agencies},
    )  # fmt: skip


def _render_task(request, task, access, status=200, **bound):
    every_entry = request.GET.get("history") == "all"
    # One more than is shown: whether there are more to show.
    newest = None if every_entry else selectors.HISTORY_SHOWN + 1
    history = selectors.task_history(task=task, newest=newest)
    today = timezone.localdate()
    on_task = selectors.task_instructions(task=task)
    entries = selectors.history_with_instruction_steps(history, on_task)
    shown = entries[: None if every_entry else selectors.HISTORY_SHOWN]
    for instruction in on_task:
        instructions.instruction_lights(instruction, today=today)
    history_fragment = selectors.history_key(shown)
    can_report = rules.can_report_status(access, task)
    forms = {
        "report_form": StatusReportForm(
            initial={"status": task.status, "percent": task.percent, "version": task.version}
        )
        if can_report
        else None,
        "feedback_form": FeedbackForm()
        if rules.can_give_feedback(access, task) and not can_report
        else None,
        "milestone_form": MilestoneForm(plan=task.plan)
        if rules.can_keep_milestones(access, task)
        else None,
        "assignment_form": AssignmentForm(zone=task.plan.zone)
        if rules.can_assign(access, task)
        else None,
        "comment_form": CommentForm() if rules.can_comment(access, task.plan.zone_id) else None,
        "due_form": DueForm(initial={"due_on": task.due_on}, plan=task.plan)
        if rules.can_set_due(access, task)
        else None,
        "return_form": ReturnForm()
        if rules.can_verify(access, task) and task.status == TaskStatus.COMPLETED
        else None,
    }
    forms.update(bound)
    context = {
        "task": task,
        "parts": selectors.latest_parts(
            task=task,
            newest=[row["update"] for row in history],
            every=newest is None or len(history) < newest,
        ),
        "my_roles": rules.roles_on(access, task),
        "can_verify": rules.can_verify(access, task),
        "verify_refusal": services.verification_refusal(task=task, by=request.user)
        if rules.can_verify(access, task) and task.status == TaskStatus.COMPLETED
        else None,
        "can_assign": rules.can_assign(access, task),
        "can_keep_milestones": rules.can_keep_milestones(access, task),
        "today": timezone.localdate(),
        "has_source_passage": task.has_passage,
        "overdue_days": task.days_overdue(timezone.localdate()),
        "open_at_end": task.open_at_plan_end(timezone.localdate()),
        "instructions": on_task,
        "comments": comments.comments_on(task=task),
        "comment_action": reverse("task-comment", args=[task.pk]),
        "can_issue_instruction": rules.can_issue_instruction(access, task.plan.zone_id),
        "history": shown,
        "history_more": len(shown) < len(entries),
        "history_fragment": history_fragment,
        # The history's rendering, else each entry's: in one round trip.
        **parts_prefetched(
            ("task-history", history_fragment),
            *(("task-history-entry", row["fragment"]) for row in shown),
        ),
        **forms,
    }
    return render(request, "tasks/task_detail.html", context, status=status)


@require_GET
def task_detail(request, pk):
    task, access = _task_or_404(request, pk)
    return _render_task(request, task, access)


@require_GET
def task_source(request, pk):
    """The task's passage in the plan's source document, in its context (原文)."""
    task, _access = _task_or_404(request, pk)
    source = plan_source_loaded(task.plan_id)
    span = source.passages.get(task.code) if source else None
    if span is None:
        raise Http404
    full = bool(request.GET.get("full"))
    context = {
        "task": task,
        "source": source,
        "full": task_passage_full(source.text, span) if full else None,
        "passage": None if full else task_passage(source.text, span),
    }
    return render(request, "tasks/task_source.html", context)


@require_POST
def task_report(request, pk):
    task, access = _task_or_404(request, pk)
    _require(rules.can_report_status(access, task), access.agency_act_refusal())
    form = StatusReportForm(request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.status_update_record(
                task=task,
                status=data["status"],
                percent=data["percent"],
                reported_on=data["reported_on"],
                author=request.user,
                agency=Agency.objects.get(pk=rules.acting_agency_id(access, task)),
                note=data["note"],
                expected_version=data["version"],
                **form.evidence(),
            )
        except services.TaskChangedMeanwhile as exc:
            latest = exc.latest
            form.add_error(
                None,
                _(
                    "未保存：在您打开表单后，%(who)s 于 %(when)s 已更新此任务"
                    "（%(status)s，%(percent)s%%%(note)s）。请查看最新情况后重新填写。"
                )
                % {
                    "who": latest.reporter_label,
                    "when": timezone.localtime(latest.created_at).strftime("%Y-%m-%d %H:%M"),
                    "status": latest.get_status_display(),
                    "percent": latest.percent,
                    "note": f":{latest.note}" if latest.note else "",
                },
            )
            task.refresh_from_db()
            return _render_task(request, task, access, status=409, report_form=form)
        except ValidationError as exc:  # dated before the verification the task holds
            form.add_error("reported_on", exc)
            return _render_task(request, task, access, status=400, report_form=form)
        messages.success(request, _("进展已保存。"))
        return redirect(task)
    return _render_task(request, task, access, status=400, report_form=form)


@require_POST
def task_feedback(request, pk):
    task, access = _task_or_404(request, pk)
    _require(rules.can_give_feedback(access, task), access.agency_act_refusal())
    form = FeedbackForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render_task(request, task, access, status=400, feedback_form=form)
    data = form.cleaned_data
    services.feedback_record(
        task=task,
        agency=Agency.objects.get(pk=rules.acting_agency_id(access, task)),
        author=request.user,
        reported_on=data["reported_on"],
        note=data["note"],
        part_percent=data["part_percent"],
        **form.evidence(),
    )
    messages.success(request, _("本单位反馈已保存。"))
    return redirect(task)


@require_POST
def milestone_add(request, pk):
    task, access = _task_or_404(request, pk)
    _require(rules.can_keep_milestones(access, task), access.agency_act_refusal())
    form = MilestoneForm(request.POST, plan=task.plan)
    if not form.is_valid():
        return _render_task(request, task, access, status=400, milestone_form=form)
    services.milestone_add(task=task, by=request.user, **form.cleaned_data)
    messages.success(request, _("里程碑已添加。"))
    return redirect(task)


@require_POST
def milestone_done(request, pk, milestone_id):
    task, access = _task_or_404(request, pk)
    _require(rules.can_keep_milestones(access, task), access.agency_act_refusal())
    milestone = get_object_or_404(Milestone, pk=milestone_id, task=task)
    services.milestone_complete(milestone=milestone, done_on=timezone.localdate())
    messages.success(request, _("里程碑已完成。"))
    return redirect(task)


def _decide(request, task, decision, done: str):
    """The supervising office's decisions: a refused one is explained, not an error page."""
    try:
        decision()
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, done)
    return redirect(task)


@require_POST
def task_verify(request, pk):
    task, access = _task_or_404(request, pk)
    _require(rules.can_verify(access, task), _supervisors_only())
    return _decide(request, task, lambda: services.task_verify(task=task, by=request.user),
                   _("已核验办结。"))  # fmt: skip


@require_POST
def task_return(request, pk):
    task, access = _task_or_404(request, pk)
    _require(rules.can_verify(access, task), _supervisors_only())
    form = ReturnForm(request.POST)
    if not form.is_valid():
        return _render_task(request, task, access, status=400, return_form=form)
    reason = form.cleaned_data["reason"]
    return _decide(
        request, task, lambda: services.task_return(task=task, by=request.user, reason=reason),
        _("已退回，任务重新打开。"),
    )  # fmt: skip


@require_POST
def task_due(request, pk):
    task, access = _task_or_404(request, pk)
    _require(rules.can_set_due(access, task), _supervisors_only())
    form = DueForm(request.POST, plan=task.plan)
    if not form.is_valid():
        return _render_task(request, task, access, status=400, due_form=form)
    due_on = form.cleaned_data["due_on"]
    return _decide(request, task, lambda: services.task_due_set(task=task, due_on=due_on),
                   _("办理时限已保存。"))  # fmt: skip


@require_POST
def assignment_add(request, pk):
    task, access = _task_or_404(request, pk)
    _require(rules.can_assign(access, task), _supervisors_only())
    form = AssignmentForm(request.POST, zone=task.plan.zone)
    if not form.is_valid():
        return _render_task(request, task, access, status=400, assignment_form=form)
    services.assignment_add(task=task, **form.cleaned_data)
    messages.success(request, _("已分配单位。"))
    return redirect(task)


@require_POST
def assignment_remove(request, pk, assignment_id):
    task, access = _task_or_404(request, pk)
    _require(rules.can_assign(access, task), _supervisors_only())
    assignment = get_object_or_404(TaskAssignment, pk=assignment_id, task=task)
    services.assignment_remove(assignment=assignment)
    messages.success(request, _("已取消分配。"))
    return redirect(task)


@require_GET
def notifications(request):
    """The user's reminders, newest first. Opening the list reads them: the badge clears, and
    those that were new stay marked 未读 on this one visit."""
    mine = list(Notification.objects.filter(user=request.user).select_related("task")[:200])
    Notification.objects.filter(user=request.user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    return render(request, "tasks/notifications.html", {"notifications": mine})


@require_GET
def evidence_download(request, update_id):
    """Evidence is only ever a download, typed by what the file is (even a file stored before
    uploads were renamed to their detected type), in a sandbox that runs nothing."""
    update = get_object_or_404(StatusUpdate.objects.select_related("task__plan"), pk=update_id)
    if (
        not Access.of(request.user).can_view_zone(update.task.plan.zone_id)
        or not update.evidence_file
    ):
        raise Http404
    return evidence_response(request, update.evidence_file, update.evidence_name)


def evidence_response(request, stored, name: str) -> HttpResponse:
    """Any evidence (a status report's, an instruction answer's) as a download typed by what the
    file is, in a sandbox; a page saying so when the file is no longer in the media folder
    (restored without it, removed by hand): the record stays."""
    try:
        file = stored.open("rb")
    except FileNotFoundError:
        return render(request, "tasks/evidence_missing.html", status=404)
    kind = evidence_kind(file)
    known = kind is not None and kind.mime in EVIDENCE_TYPES
    stem = PurePath(name).stem
    response = FileResponse(
        file,
        as_attachment=True,
        filename=f"{stem}.{kind.extension}" if known else f"{stem}.bin",
        content_type=kind.mime if known else "application/octet-stream",
    )
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@require_GET
def zone_admin_tasks(request, slug):
    """The zone admin's tab of tasks no agency is assigned to yet."""
    zone = administered_zone(request, slug)
    context = {
        "zone": zone,
        "tabs": zone_admin_tabs(zone=zone, current="zone-admin-tasks"),
        "unassigned_tasks": selectors.tasks_unassigned(zone=zone),
    }
    return render(request, "tasks/zone_admin_tasks.html", context)


@require_POST
def task_comment(request, pk):
    task, access = _task_or_404(request, pk)
    _require(rules.can_comment(access, task.plan.zone_id))
    form = CommentForm(request.POST)
    if not form.is_valid():
        return _render_task(request, task, access, status=400, comment_form=form)
    comments.comment_add(
        subject=comments.CommentSubject.of_task(task), text=form.cleaned_data["text"],
        by=request.user,
    )  # fmt: skip
    messages.success(request, _("留言已发表。"))
    return redirect(f"{task.get_absolute_url()}#comments")

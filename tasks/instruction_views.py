"""Instructions (督办) pages: issue (leaders), answer (the named agencies), close or return (the
issuing leader), the list of one's instructions, and the evidence of an answer."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from pilots.models import Agency
from pilots.permissions import Access
from tasks import instructions, permissions as rules, selectors
from tasks.forms import (
    InstructionDecisionForm,
    InstructionForm,
    InstructionReplyForm,
)
from tasks.models import Instruction, InstructionEvent, InstructionRecipient, Task
from tasks.views import evidence_response


def _instruction_or_404(request, pk) -> tuple[Instruction, Access]:
    recipients = InstructionRecipient.objects.select_related("agency").order_by("id")
    events = InstructionEvent.objects.select_related("agency", "author", "status_update").order_by(
        "created_at", "id"
    )
    instruction = (
        Instruction.objects.select_related("zone", "task__plan", "agency", "issued_by")
        .prefetch_related(Prefetch("recipients", recipients), Prefetch("events", events))
        .filter(pk=pk)
        .first()
    )
    access = Access.of(request.user)
    if instruction is None or not access.can_view_zone(instruction.zone_id):
        raise Http404
    return instruction, access


@require_GET
def instruction_list(request):
    """The instructions to my agencies (awaiting first) and those I issued or may see as leader."""
    access = Access.of(request.user)
    today = timezone.localdate()
    received = selectors.instructions_to(agency_ids=access.agency_ids)
    issued = selectors.instructions_seen_by_leader(access=access, user=request.user)
    for instruction in [*received, *issued]:
        instructions.instruction_lights(instruction, today=today)
        instruction.mine = [
            p for p in instruction.recipients.all() if p.agency_id in access.agency_ids
        ]
    return render(request, "tasks/instructions.html", {"received": received, "issued": issued})


def instruction_issue_page(request, subject: instructions.Subject, first_agencies, back):
    """The issue form for any subject (the targets app issues on its targets through this)."""
    access = Access.of(request.user)
    if not rules.can_issue_instruction(access, subject.zone_id):
        raise PermissionDenied(_("只有本试验区的领导可以下达督办。"))
    zone_id = subject.zone_id
    form = InstructionForm(request.POST or None, zone=zone_id, first_agencies=first_agencies)
    today = timezone.localdate()
    latest, _end = instructions.reply_latest(subject, today)  # the date picker offers no other
    form.fields["reply_by"].widget.attrs.update(min=today.isoformat(), max=latest.isoformat())
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            instruction = instructions.instruction_issue(
                subject=subject, text=data["text"], agencies=list(data["agencies"]),
                reply_by=data["reply_by"], level=data["level"], by=request.user,
            )  # fmt: skip
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("督办已下达，承办单位已收到通知。"))
            return redirect(instruction)
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "subject": subject, "back": back}
    return render(request, "tasks/instruction_new.html", context, status=status)


@require_http_methods(["GET", "POST"])
def instruction_new_for_task(request, pk):
    task = Task.objects.select_related("plan__zone", "section__parent__parent").filter(pk=pk)
    task = task.prefetch_related("assignments").first()
    if task is None or not Access.of(request.user).can_view_zone(task.plan.zone_id):
        raise Http404
    assigned = [a.agency_id for a in task.assignments.all() if a.archived_at is None]
    return instruction_issue_page(
        request, instructions.Subject.of_task(task), assigned, task.get_absolute_url()
    )


@require_http_methods(["GET", "POST"])
def instruction_new_for_agency(request, agency_id):
    agency = Agency.objects.filter(pk=agency_id, archived_at__isnull=True).first()
    if agency is None or not Access.of(request.user).can_view_zone(agency.zone_id):
        raise Http404
    back = request.GET.get("back", "")
    # A path of this site only: browsers read "/\host" (and a tab in "//") as another site.
    on_site = back.startswith("/") and url_has_allowed_host_and_scheme(back, allowed_hosts=None)
    return instruction_issue_page(
        request, instructions.Subject.of_agency(agency), [agency.pk], back if on_site else ""
    )


def _render(request, instruction, access, status=200, **forms):
    today = timezone.localdate()
    instructions.instruction_lights(instruction, today=today)
    replying = rules.instruction_reply_agency(access, instruction)
    task = instruction.task
    can_update = bool(
        replying and task and rules.can_report_status(access, task)
        and rules.acting_agency_id(access, task) == replying.pk
    )  # fmt: skip
    reply_form = forms.get("reply_form")
    if reply_form is None and replying:
        reply_form = InstructionReplyForm(
            can_update_task=can_update,
            initial={"percent": task.percent, "version": task.version} if can_update else None,
        )
    context = {
        "instruction": instruction,
        "replying": replying,
        "reply_form": reply_form,
        "can_update_task": can_update,
        "can_decide": rules.can_decide_instruction(request.user, instruction),
        "decision_form": forms.get("decision_form") or InstructionDecisionForm(),
        "today": today,
    }
    return render(request, "tasks/instruction_detail.html", context, status=status)


@require_GET
def instruction_detail(request, pk):
    instruction, access = _instruction_or_404(request, pk)
    return _render(request, instruction, access)


@require_POST
def instruction_reply(request, pk):
    instruction, access = _instruction_or_404(request, pk)
    agency = rules.instruction_reply_agency(access, instruction)
    if agency is None:
        raise PermissionDenied(_("只有被督办且尚未答复的承办单位可以答复。"))
    task = instruction.task
    can_update = bool(
        task and rules.can_report_status(access, task)
        and rules.acting_agency_id(access, task) == agency.pk
    )  # fmt: skip
    form = InstructionReplyForm(request.POST, request.FILES, can_update_task=can_update)
    if not form.is_valid():
        return _render(request, instruction, access, status=400, reply_form=form)
    data = form.cleaned_data
    change = None
    if data.get("status"):
        change = instructions.StatusChange(
            status=data["status"], percent=data["percent"], expected_version=data["version"]
        )
    try:
        instructions.instruction_reply(
            instruction=instruction, agency=agency, by=request.user, note=data["note"],
            status_change=change, **form.evidence(),
        )  # fmt: skip
    except instructions.TaskChangedMeanwhile:
        form.add_error(
            None, _("未保存：在您打开表单后任务已被他人更新，请查看最新情况后重新填写。")
        )
        return _render(request, instruction, access, status=409, reply_form=form)
    except ValidationError as exc:
        form.add_error(None, exc)
        return _render(request, instruction, access, status=400, reply_form=form)
    messages.success(request, _("办理情况已答复，等待督办领导审核。"))
    return redirect(instruction)


def _decision(request, pk, agency_id, decide, done):
    instruction, _access = _instruction_or_404(request, pk)
    if not rules.can_decide_instruction(request.user, instruction):
        raise PermissionDenied(_("只有下达督办的领导可以办结或退回。"))
    part = get_object_or_404(InstructionRecipient, instruction=instruction, agency_id=agency_id)
    try:
        decide(instruction, part.agency)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, done)
    return redirect(instruction)


@require_POST
def instruction_close(request, pk, agency_id):
    def close(instruction, agency):
        instructions.instruction_close(instruction=instruction, agency=agency, by=request.user)

    return _decision(request, pk, agency_id, close, _("已办结。"))


@require_POST
def instruction_return(request, pk, agency_id):
    form = InstructionDecisionForm(request.POST)
    if not form.is_valid():
        instruction, access = _instruction_or_404(request, pk)
        if not rules.can_decide_instruction(request.user, instruction):
            raise PermissionDenied(_("只有下达督办的领导可以办结或退回。"))
        return _render(request, instruction, access, status=400, decision_form=form)

    def send_back(instruction, agency):
        instructions.instruction_return(
            instruction=instruction, agency=agency, by=request.user,
            reason=form.cleaned_data["reason"],
        )  # fmt: skip

    return _decision(request, pk, agency_id, send_back, _("已退回，承办单位须重新答复。"))


@require_GET
def instruction_evidence(request, event_id):
    """An answer's evidence: a download typed by what the file is, in a sandbox."""
    event = get_object_or_404(InstructionEvent.objects.select_related("instruction"), pk=event_id)
    if (
        not Access.of(request.user).can_view_zone(event.instruction.zone_id)
        or not event.evidence_file
    ):
        raise Http404
    return evidence_response(request, event.evidence_file, event.evidence_name)

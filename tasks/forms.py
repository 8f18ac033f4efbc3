import datetime
from pathlib import PurePath

import filetype
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from pilots.models import Agency
from pilots.plan_period import period_check, plan_period
from pilots.uploads import UploadField
from pilots.validators import PlainTextField
from pilots.widgets import NamesSelect
from tasks.models import (
    COMMENT_MAX_LENGTH,
    INSTRUCTION_MAX_LENGTH,
    INSTRUCTION_MAX_RECIPIENTS,
    REPLY_MAX_LENGTH,
    Instruction,
    TaskAssignment,
    TaskStatus,
)

# Dates a plan's work can carry (the plans' own period constraint).
EARLIEST, LATEST = datetime.date(2000, 1, 1), datetime.date(2100, 12, 31)

# Evidence is checked by what the file is, not what it is called.
EVIDENCE_TYPES = {
    "application/pdf": "PDF",
    "image/png": "PNG",
    "image/jpeg": "JPEG",
    "image/gif": "GIF",
    "image/webp": "WebP",
    "application/msword": "Word",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
    "application/vnd.ms-excel": "Excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
    "application/vnd.ms-powerpoint": "PowerPoint",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint",
    "application/vnd.oasis.opendocument.text": "ODF",
    "application/vnd.oasis.opendocument.spreadsheet": "ODF",
    "application/vnd.oasis.opendocument.presentation": "ODF",
}


def validate_evidence_file(upload):
    limit = settings.EVIDENCE_MAX_BYTES
    if upload.size > limit:
        raise ValidationError(
            _("文件过大（%(size)s），上限为 %(limit)s。"),
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    kind = evidence_kind(upload)
    if kind is None or kind.mime not in EVIDENCE_TYPES:
        raise ValidationError(
            _("不支持的文件类型%(found)s：请上传 PDF、图片或 Office 文档。"),
            params={"found": f"({kind.mime})" if kind else ""},
        )
    # Stored under the extension of what the file is, whatever it was called.
    stem = PurePath(upload.name).stem[:60] or "evidence"
    upload.name = f"{stem}.{kind.extension}"


def evidence_kind(file):
    """What a file is, from its first bytes (filetype), or None."""
    head = file.read(8192)
    file.seek(0)
    return filetype.guess(head)


class EvidenceFields(forms.Form):
    evidence_doc_number = PlainTextField(
        label=_("佐证文号"), max_length=100, required=False,
        # A document number is Chinese on an English page too: marked for a Chinese voice.
        help_text=format_lazy(
            _("如 {example}"), example=mark_safe('<span lang="zh-Hans">渝府办发〔2021〕12号</span>')
        ),
    )  # fmt: skip
    evidence_url = forms.URLField(
        label=_("佐证链接"), max_length=200, required=False, assume_scheme="https"
    )
    evidence_file = UploadField(
        label=_("佐证材料"),
        required=False,
        validators=[validate_evidence_file],
        help_text=_("PDF、图片或 Office 文档，不超过 10 MB"),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx"}
        ),
    )

    EVIDENCE = ("evidence_doc_number", "evidence_url", "evidence_file")

    def evidence(self) -> dict:
        """The evidence fields as the task services take them."""
        return {name: self.cleaned_data.get(name) or "" for name in self.EVIDENCE}

    def has_evidence(self) -> bool:
        return any(self.evidence().values())


class ReportedOnField(forms.DateField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("进展日期"),
            initial=timezone.localdate,
            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            **kwargs,
        )

    def validate(self, value):
        super().validate(value)
        if value and value > timezone.localdate():
            raise ValidationError(_("进展日期不能晚于今天。"))
        if value and value < EARLIEST:
            raise ValidationError(
                _("进展日期不能早于 %(date)s。"), params={"date": EARLIEST.isoformat()}
            )


class PlanDateField(forms.DateField):
    """A date within a plan's period (``pilots.plan_period``); the form sets ``plan``."""

    plan = None

    def validate(self, value):
        super().validate(value)
        if value and not EARLIEST <= value <= LATEST:
            raise ValidationError(
                _("日期须在 %(start)s 至 %(end)s 之间。"),
                params={"start": EARLIEST.isoformat(), "end": LATEST.isoformat()},
            )
        if value and self.plan is not None:
            period_check(self.plan, value)


class PlanDatesForm(forms.Form):
    """A form whose dates lie within the plan's period (its date inputs say so too)."""

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        start, end = plan_period(plan)
        for field in self.fields.values():
            if isinstance(field, PlanDateField):
                field.plan = plan
                field.widget.attrs.update(min=start.isoformat(), max=end.isoformat())


class StatusReportForm(EvidenceFields):
    """A lead or responsible agency's report; consolidates the parts into the task's status."""

    status = forms.ChoiceField(label=_("状态"), choices=TaskStatus.choices)
    percent = forms.IntegerField(label=_("完成百分比"), min_value=0, max_value=100)
    reported_on = ReportedOnField()
    note = PlainTextField(
        label=_("进展说明"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0, max_value=2**31 - 1)

    field_order = ["status", "percent", "reported_on", "note"]

    def clean(self):
        data = super().clean()
        if data.get("status") == TaskStatus.COMPLETED:
            data["percent"] = 100
            if not self.has_evidence():
                raise ValidationError(
                    _("标记为已完成须提供佐证材料（文号、文件或链接）。"), code="evidence"
                )
        return data


class FeedbackForm(EvidenceFields):
    """An agency's account of its own part of a task."""

    note = PlainTextField(
        label=_("本单位进展"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    part_percent = forms.IntegerField(
        label=_("本单位部分完成百分比"), min_value=0, max_value=100, required=False
    )
    reported_on = ReportedOnField()

    def clean(self):
        data = super().clean()
        if not (data.get("note") or self.has_evidence()):
            raise ValidationError(_("请填写进展说明或提供佐证材料。"))
        return data


class MilestoneForm(PlanDatesForm):
    title = PlainTextField(label=_("里程碑"), max_length=200)
    due_on = PlanDateField(
        label=_("计划完成日期"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )


class ReturnForm(forms.Form):
    reason = PlainTextField(label=_("退回理由"), widget=forms.Textarea(attrs={"rows": 2}))


class DueForm(PlanDatesForm):
    """The zone admin's deadline for a task the plan gives none; empty means the plan's end."""

    due_on = PlanDateField(
        label=_("办理时限"),
        required=False,
        help_text=_("留空则以规划期末为时限。"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class AssignmentForm(forms.Form):
    agency = forms.ModelChoiceField(
        label=_("单位"), queryset=Agency.objects.none(), widget=NamesSelect
    )
    role = forms.ChoiceField(label=_("角色"), choices=TaskAssignment.Role.choices)

    def __init__(self, *args, zone, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = Agency.objects.filter(zone=zone, archived_at__isnull=True)


class MyTasksFilter(forms.Form):
    q = PlainTextField(label=_("搜索标题"), max_length=100, required=False)
    status = forms.ChoiceField(
        label=_("状态"), choices=[("", _("全部")), *TaskStatus.choices], required=False
    )
    role = forms.ChoiceField(
        label=_("我的角色"), choices=[("", _("全部")), *TaskAssignment.Role.choices], required=False
    )
    zone = forms.ChoiceField(label=_("试验区"), required=False, widget=NamesSelect)
    stale = forms.BooleanField(label=_("30天未更新"), required=False)

    def __init__(self, *args, zones, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["zone"].choices = [("", _("全部"))] + [(z.slug, z.name) for z in zones]


class InstructionForm(forms.Form):
    """A leader's instruction: what, who must answer, by when, how pressing."""

    text = PlainTextField(
        label=_("督办内容"),
        max_length=INSTRUCTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    agencies = forms.ModelMultipleChoiceField(
        label=_("承办单位"),
        queryset=Agency.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("须答复的单位，可选多个"),
    )
    reply_by = PlanDateField(
        label=_("答复期限"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    level = forms.ChoiceField(
        label=_("督办级别"),
        choices=Instruction.Level.choices,
        initial=Instruction.Level.NORMAL,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, zone, first_agencies=(), **kwargs):
        super().__init__(*args, **kwargs)
        agencies = Agency.objects.filter(zone=zone, archived_at__isnull=True).order_by("name")
        self.fields["agencies"].queryset = agencies
        if not self.is_bound and first_agencies:
            self.initial.setdefault("agencies", list(first_agencies))

    def clean_agencies(self):
        agencies = self.cleaned_data["agencies"]
        if len(agencies) > INSTRUCTION_MAX_RECIPIENTS:
            raise ValidationError(
                _("承办单位不能超过 %(n)d 个。"), params={"n": INSTRUCTION_MAX_RECIPIENTS}
            )
        return agencies

    def clean_reply_by(self):
        reply_by = self.cleaned_data["reply_by"]
        if reply_by < timezone.localdate():
            raise ValidationError(_("答复期限不能早于今天。"))
        return reply_by


class InstructionReplyForm(EvidenceFields):
    """A named agency's answer; a lead or responsible agency may update the task with it."""

    note = PlainTextField(
        label=_("办理情况"), max_length=REPLY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}), required=False,
    )  # fmt: skip
    status = forms.ChoiceField(
        label=_("同时更新任务状态"),
        choices=[("", _("不更新任务状态")), *TaskStatus.choices],
        required=False,
    )
    percent = forms.IntegerField(label=_("完成百分比"), min_value=0, max_value=100, required=False)
    version = forms.IntegerField(
        widget=forms.HiddenInput, min_value=0, max_value=2**31 - 1, required=False
    )

    field_order = ["note", "status", "percent"]

    def __init__(self, *args, can_update_task: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_update_task:
            for name in ("status", "percent", "version"):
                del self.fields[name]

    def clean(self):
        data = super().clean()
        if not (data.get("note") or self.has_evidence()):
            raise ValidationError(_("请填写办理情况或提供佐证材料。"))
        status = data.get("status")
        if status == TaskStatus.COMPLETED:
            data["percent"] = 100
            if not self.has_evidence():
                raise ValidationError(_("标记为已完成须提供佐证材料（文号、文件或链接）。"))
        elif status and data.get("percent") is None:
            self.add_error("percent", _("更新任务状态时请填写完成百分比。"))
        return data


class InstructionDecisionForm(forms.Form):
    reason = PlainTextField(
        label=_("退回理由"), max_length=REPLY_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
    )  # fmt: skip


class CommentForm(forms.Form):
    text = PlainTextField(
        label=_("留言"),
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("用 @用户名 或 @单位简称 提醒对方"),
    )

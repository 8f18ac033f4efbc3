import datetime
from pathlib import PurePath

import filetype
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pilots.models import Agency
from pilots.validators import PlainTextField
from tasks.models import TaskAssignment, TaskStatus

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
            _("文件过大(%(size)s),上限为 %(limit)s。"),
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    kind = evidence_kind(upload)
    if kind is None or kind.mime not in EVIDENCE_TYPES:
        raise ValidationError(
            _("不支持的文件类型%(found)s:请上传 PDF、图片或 Office 文档。"),
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
        help_text=_("如 渝府办发〔2021〕12号"),
    )  # fmt: skip
    evidence_url = forms.URLField(
        label=_("佐证链接"), max_length=200, required=False, assume_scheme="https"
    )
    evidence_file = forms.FileField(
        label=_("佐证材料"),
        required=False,
        validators=[validate_evidence_file],
        help_text=_("PDF、图片或 Office 文档,不超过 10 MB"),
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
    """A date within the years a plan can span."""

    def validate(self, value):
        super().validate(value)
        if value and not EARLIEST <= value <= LATEST:
            raise ValidationError(
                _("日期须在 %(start)s 至 %(end)s 之间。"),
                params={"start": EARLIEST.isoformat(), "end": LATEST.isoformat()},
            )


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
                    _("标记为已完成须提供佐证材料(文号、文件或链接)。"), code="evidence"
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


class MilestoneForm(forms.Form):
    title = PlainTextField(label=_("里程碑"), max_length=200)
    due_on = PlanDateField(
        label=_("计划完成日期"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )


class ReturnForm(forms.Form):
    reason = PlainTextField(label=_("退回理由"), widget=forms.Textarea(attrs={"rows": 2}))


class DueForm(forms.Form):
    """The zone admin's deadline for a task the plan gives none; empty means the plan's end."""

    due_on = PlanDateField(
        label=_("办理时限"),
        required=False,
        help_text=_("留空则以规划期末为时限。"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )


class AssignmentForm(forms.Form):
    agency = forms.ModelChoiceField(label=_("单位"), queryset=Agency.objects.none())
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
    zone = forms.ChoiceField(label=_("试验区"), required=False)
    stale = forms.BooleanField(label=_("30天未更新"), required=False)

    def __init__(self, *args, zones, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["zone"].choices = [("", _("全部"))] + [(z.slug, z.name) for z in zones]

"""What is reported of a task: its history of status updates (append-only: reports,
feedback, verifications) and its milestones."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from pilots.choices import choice_display
from pilots.models import Agency
from pilots.plan_period import period_check
from pilots.validators import TEXT_MAX_LENGTH
from tasks.models.plan_tasks import COMPLETED_MEANS_100, PERCENT_RANGE, Task, TaskStatus


class AppendOnly(models.Model):
    """History rows: written once, never edited or deleted."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise ValueError(f"{type(self).__name__} is append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError(f"{type(self).__name__} is append-only")


class StatusUpdate(AppendOnly):
    """One entry of a task's history. Every save of the task form appends one; none is edited.

    A *report* by a lead or responsible agency sets the task's status and percent; *feedback* is
    one agency's account of its own part (what it did, percent of its part, evidence) and leaves
    the task's status as it was; *verified* / *returned* are the supervising office's decisions
    on a completion.
    """

    class Kind(models.TextChoices):
        REPORT = "report", _("进展填报")
        FEEDBACK = "feedback", _("单位反馈")
        VERIFIED = "verified", _("核验办结")
        RETURNED = "returned", _("退回")

    kind = models.CharField(_("类型"), max_length=20, choices=Kind.choices, default=Kind.REPORT)
    task = models.ForeignKey(
        Task, verbose_name=_("任务"), on_delete=models.PROTECT, related_name="updates"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("填报人"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("填报单位"), null=True, blank=True, on_delete=models.PROTECT
    )
    created_at = models.DateTimeField(_("保存时间"), auto_now_add=True)
    reported_on = models.DateField(_("进展日期"))
    status = models.CharField(_("状态"), max_length=20, choices=TaskStatus.choices)
    percent = models.PositiveSmallIntegerField(_("完成百分比"))
    part_percent = models.PositiveSmallIntegerField(
        _("本单位部分完成百分比"), null=True, blank=True
    )
    note = models.TextField(
        _("进展说明"), blank=True, validators=[MaxLengthValidator(TEXT_MAX_LENGTH)]
    )
    evidence_doc_number = models.CharField(_("佐证文号"), max_length=100, blank=True)
    evidence_url = models.URLField(_("佐证链接"), blank=True)
    evidence_file = models.FileField(_("佐证材料"), upload_to="evidence/%Y/%m/", blank=True)
    is_demo = models.BooleanField(_("演示数据"), default=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        get_latest_by = "created_at"
        verbose_name = _("进展记录")
        verbose_name_plural = _("进展记录")
        constraints = [
            models.CheckConstraint(condition=PERCENT_RANGE, name="update_percent_range"),
            models.CheckConstraint(condition=COMPLETED_MEANS_100, name="update_completed_is_100"),
            models.CheckConstraint(
                condition=Q(part_percent__isnull=True)
                | Q(part_percent__gte=0, part_percent__lte=100),
                name="update_part_percent_range",
            ),
        ]
        indexes = [
            models.Index(fields=["task", "-created_at"], name="update_task_latest"),
            models.Index(fields=["task", "-reported_on", "-created_at"], name="update_task_as_of"),
        ]

    get_kind_display = choice_display("kind", Kind.choices)
    get_status_display = choice_display("status", TaskStatus.choices)

    def __str__(self):
        return f"{self.task.code} · {self.get_status_display()} · {self.percent}%"

    @property
    def reporter_label(self) -> str:
        """Who filed it: the person, or for imported and demo rows the agency."""
        if self.author:
            return self.author.get_full_name() or self.author.username
        return self.agency.short_name if self.agency else "—"

    @property
    def evidence_name(self) -> str:
        return self.evidence_file.name.rsplit("/", 1)[-1] if self.evidence_file else ""


class Milestone(models.Model):
    task = models.ForeignKey(
        Task, verbose_name=_("任务"), on_delete=models.PROTECT, related_name="milestones"
    )
    title = models.CharField(_("节点"), max_length=200)
    due_on = models.DateField(_("计划完成日期"))
    done_on = models.DateField(_("实际完成日期"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("创建人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)

    class Meta:
        ordering = ["due_on", "id"]
        verbose_name = _("里程碑")
        verbose_name_plural = _("里程碑")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.task_id is not None:
            try:
                period_check(self.task.plan, self.due_on)
            except ValidationError as error:
                raise ValidationError({"due_on": error}) from None

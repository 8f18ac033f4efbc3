"""Instructions (督办): a leader's instruction on a task, a target or an agency's work, the
agencies that must answer it, and its timeline."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pilots.models import Agency
from tasks.models.plan_tasks import Task
from tasks.models.progress import AppendOnly, StatusUpdate

INSTRUCTION_MAX_LENGTH = 1000
INSTRUCTION_MAX_RECIPIENTS = 30
REPLY_MAX_LENGTH = 2000


class Instruction(models.Model):
    """A leader's instruction (督办单) on a task, a target or an agency's work, with the agencies
    that must answer by a reply date. It never changes the task itself: the agencies do, when
    they reply (``tasks.instructions``)."""

    class Level(models.TextChoices):
        NORMAL = "normal", _("一般")
        KEY = "key", _("重点")

    class Subject(models.TextChoices):
        TASK = "task", _("任务")
        TARGET = "target", _("指标")
        AGENCY = "agency", _("单位工作")

    zone = models.ForeignKey(
        "pilots.PilotZone", verbose_name=_("试验区"), on_delete=models.PROTECT,
        related_name="instructions",
    )  # fmt: skip
    subject = models.CharField(_("督办对象"), max_length=10, choices=Subject.choices)
    task = models.ForeignKey(
        Task, verbose_name=_("任务"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="instructions",
    )  # fmt: skip
    agency = models.ForeignKey(
        Agency, verbose_name=_("被督办单位工作"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="instructions_about",
    )  # fmt: skip
    # A target lives in a higher app: its id, and its title and page as they were when issued.
    target_id = models.PositiveIntegerField(_("指标"), null=True, blank=True)
    subject_title = models.CharField(_("督办事项"), max_length=400)
    subject_path = models.CharField(_("事项页面"), max_length=200, blank=True)
    text = models.TextField(_("督办内容"), validators=[MaxLengthValidator(INSTRUCTION_MAX_LENGTH)])
    level = models.CharField(_("督办级别"), max_length=10, choices=Level.choices)
    reply_by = models.DateField(_("答复期限"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("督办领导"), on_delete=models.PROTECT,
        related_name="instructions_issued",
    )  # fmt: skip
    issued_at = models.DateTimeField(_("下达时间"), auto_now_add=True)
    closed_at = models.DateTimeField(_("办结时间"), null=True, blank=True)

    class Meta:
        ordering = ["-issued_at", "-id"]
        verbose_name = _("督办")
        verbose_name_plural = _("督办")
        constraints = [
            models.CheckConstraint(
                condition=(Q(subject="task") & Q(task__isnull=False))
                | (Q(subject="agency") & Q(agency__isnull=False))
                | (Q(subject="target") & Q(target_id__isnull=False)),
                name="instruction_subject_named",
            ),
        ]

    def __str__(self):
        return f"{self.get_level_display()}督办 · {self.subject_title}"

    def get_absolute_url(self):
        return reverse("instruction-detail", args=[self.pk])


class InstructionRecipient(models.Model):
    """One named agency's part of an instruction: awaiting its reply, replied, closed."""

    class State(models.TextChoices):
        AWAITING = "awaiting", _("待答复")
        REPLIED = "replied", _("已答复，待审核")
        CLOSED = "closed", _("已办结")

    instruction = models.ForeignKey(
        Instruction, verbose_name=_("督办"), on_delete=models.CASCADE, related_name="recipients"
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("承办单位"), on_delete=models.PROTECT,
        related_name="instructions_received",
    )  # fmt: skip
    state = models.CharField(
        _("办理状态"), max_length=10, choices=State.choices, default=State.AWAITING
    )
    replied_at = models.DateTimeField(_("最近答复时间"), null=True, blank=True)

    class Meta:
        ordering = ["instruction", "id"]
        verbose_name = _("承办单位")
        verbose_name_plural = _("承办单位")
        constraints = [
            models.UniqueConstraint(
                fields=["instruction", "agency"], name="instruction_recipient_unique"
            ),
        ]
        indexes = [models.Index(fields=["agency", "state"], name="recipient_agency_state")]

    def __str__(self):
        return f"{self.instruction_id} · {self.agency}"


class InstructionEvent(AppendOnly):
    """One step of an instruction's timeline: issued, replied, closed, returned, reminded."""

    class Kind(models.TextChoices):
        ISSUED = "issued", _("下达督办")
        REPLIED = "replied", _("答复办理情况")
        CLOSED = "closed", _("办结")
        RETURNED = "returned", _("退回重办")
        REMINDED = "reminded", _("逾期催办")

    instruction = models.ForeignKey(
        Instruction, verbose_name=_("督办"), on_delete=models.PROTECT, related_name="events"
    )
    kind = models.CharField(_("类型"), max_length=10, choices=Kind.choices)
    agency = models.ForeignKey(
        Agency, verbose_name=_("单位"), null=True, blank=True, on_delete=models.PROTECT
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("办理人"), null=True, blank=True,
        on_delete=models.PROTECT,
    )  # fmt: skip
    created_at = models.DateTimeField(_("时间"), auto_now_add=True)
    day = models.DateField(_("日期"), default=timezone.localdate)  # a reminder's as-of day
    note = models.TextField(
        _("说明"), blank=True, validators=[MaxLengthValidator(REPLY_MAX_LENGTH)]
    )
    evidence_doc_number = models.CharField(_("佐证文号"), max_length=100, blank=True)
    evidence_url = models.URLField(_("佐证链接"), blank=True)
    evidence_file = models.FileField(_("佐证材料"), upload_to="evidence/%Y/%m/", blank=True)
    status_update = models.OneToOneField(
        StatusUpdate, verbose_name=_("同时更新的任务进展"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="instruction_event",
    )  # fmt: skip

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("督办记录")
        verbose_name_plural = _("督办记录")

    def __str__(self):
        return f"{self.instruction_id} · {self.get_kind_display()}"

    @property
    def author_label(self) -> str:
        if self.author:
            return self.author.get_full_name() or self.author.username
        return "—"

    @property
    def evidence_name(self) -> str:
        return self.evidence_file.name.rsplit("/", 1)[-1] if self.evidence_file else ""

import datetime

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pilots.choices import choice_display
from pilots.models import Agency, Archivable, Plan
from pilots.roles import AgencyRole
from pilots.trees import nodes_above, parent_check
from pilots.validators import TEXT_MAX_LENGTH

PERCENT_RANGE = Q(percent__gte=0, percent__lte=100)
# A task with no progress reported for longer than this is stale: flagged, filtered, reminded.
STALE_DAYS = 30


class TaskStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("未启动")
    IN_PROGRESS = "in_progress", _("推进中")
    COMPLETED = "completed", _("已完成")
    DELAYED = "delayed", _("滞后")
    BLOCKED = "blocked", _("受阻")


COMPLETED_MEANS_100 = ~Q(status=TaskStatus.COMPLETED) | Q(percent=100)


def _numbers_joined(pieces: list[str]) -> str:
    """四、 + (一) → 四、(一); (一) + 1. → (一) 1.: a space after every number but 、."""
    text = ""
    for piece in filter(None, pieces):
        gap = "" if not text or text.endswith("、") else " "
        text = f"{text}{gap}{piece}"
    return text


class Section(Archivable):
    class Kind(models.TextChoices):
        KEY_TASK = "key_task", _("重点任务")
        ENGINEERING = "engineering", _("工程项目")
        SAFEGUARD = "safeguard", _("保障措施")

    plan = models.ForeignKey(
        Plan, verbose_name=_("规划"), on_delete=models.PROTECT, related_name="sections"
    )
    code = models.CharField(_("代码"), max_length=60)
    numbering = models.CharField(_("原文编号"), max_length=40, blank=True)
    part = models.CharField(_("所属部分"), max_length=100, blank=True)
    title = models.CharField(_("标题"), max_length=300)
    text = models.TextField(_("导语"), blank=True)
    kind = models.CharField(_("类别"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("上级章节"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="subsections",
    )
    order = models.PositiveIntegerField(_("顺序"), default=0)

    class Meta:
        ordering = ["plan_id", "order"]
        verbose_name = _("章节")
        verbose_name_plural = _("章节")
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="section_code_unique_in_plan"),
        ]

    def __str__(self):
        return self.heading

    def clean(self):
        super().clean()
        parent_check(
            self, loop=_("上级章节不能是它自己或它的下级"), other_plan=_("上级章节须属于同一规划")
        )

    @property
    def ancestors(self) -> list["Section"]:
        """The sections above this one, outermost first (四、(一) above its 1.); parents that
        loop (written around ``clean``) end the walk where the loop closes."""
        return nodes_above(self)[::-1]

    @property
    def depth(self) -> int:
        return len(self.ancestors)

    @property
    def numbering_chain(self) -> str:
        """The printed numbers from the outermost section down to this one: 四、(一) 1."""
        return _numbers_joined([s.numbering for s in [*self.ancestors, self]])

    @property
    def heading_path(self) -> list[str]:
        """Each section from the outermost down, as printed: ["四、(一) 智能…", "1. 加强…"]."""
        return [_numbers_joined([s.numbering, s.title]) for s in [*self.ancestors, self]]

    @property
    def heading(self) -> str:
        """四、(一) 实施… or 五、保障措施 or 四、(一) 1. 加强…: as the document prints it."""
        return _numbers_joined([self.numbering_chain, self.title])

    def location_of(self, numbering: str) -> str:
        """Where an item numbered ``numbering`` in this section stands: 四、(三) 2."""
        return _numbers_joined([self.numbering_chain, numbering])


class DueSource(models.TextChoices):
    PLAN = "plan", _("规划原文")
    ADMIN = "admin", _("管理员设定")


def plan_end(plan: Plan) -> datetime.date:
    """The last day of the plan's period: a task's deadline when nothing else sets one."""
    return datetime.date(plan.period_end, 12, 31)


class Task(Archivable):
    plan = models.ForeignKey(
        Plan, verbose_name=_("规划"), on_delete=models.PROTECT, related_name="tasks"
    )
    section = models.ForeignKey(
        Section, verbose_name=_("章节"), on_delete=models.PROTECT, related_name="tasks"
    )
    code = models.CharField(_("代码"), max_length=60)
    numbering = models.CharField(_("原文编号"), max_length=40, blank=True)
    title = models.CharField(_("标题"), max_length=300)
    text = models.TextField(_("全文"))
    order = models.PositiveIntegerField(_("顺序"), default=0)
    weight = models.PositiveSmallIntegerField(
        _("权重"), default=1, help_text=_("汇总进度时的权重；默认各任务相同")
    )
    # Current state, kept in step with the latest StatusUpdate by tasks.services.
    status = models.CharField(
        _("状态"), max_length=20, choices=TaskStatus.choices, default=TaskStatus.NOT_STARTED
    )
    percent = models.PositiveSmallIntegerField(_("完成百分比"), default=0)
    version = models.PositiveIntegerField(_("版本"), default=0)
    last_update_at = models.DateTimeField(_("最近保存"), null=True, blank=True)
    last_reported_on = models.DateField(_("最近进展日期"), null=True, blank=True)
    verified_at = models.DateTimeField(_("办结核验时间"), null=True, blank=True)
    # 办理时限: from the plan's own wording (fixture ``due``) or set by the zone admin; without
    # either the task is due at the plan's end (``due_date``).
    due_on = models.DateField(_("办理时限"), null=True, blank=True)
    due_source = models.CharField(
        _("时限来源"), max_length=10, choices=DueSource.choices, blank=True
    )

    class Meta:
        ordering = ["plan_id", "order"]
        verbose_name = _("任务")
        verbose_name_plural = _("任务")
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="task_code_unique_in_plan"),
            models.CheckConstraint(condition=PERCENT_RANGE, name="task_percent_range"),
            models.CheckConstraint(condition=COMPLETED_MEANS_100, name="task_completed_is_100"),
            models.CheckConstraint(
                condition=Q(due_on__isnull=True, due_source="")
                | Q(due_on__isnull=False, due_source__in=DueSource.values),
                name="task_due_has_source",
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.title}"

    def get_absolute_url(self):
        return reverse("task-detail", args=[self.pk])

    get_status_display = choice_display("status", TaskStatus.choices)

    @property
    def due_date(self) -> datetime.date:
        return self.due_on or plan_end(self.plan)

    def days_overdue(self, today: datetime.date) -> int:
        """Days past the deadline of an unfinished task (0 when not overdue)."""
        if self.status == TaskStatus.COMPLETED:
            return 0
        return max(0, (today - self.due_date).days)

    @property
    def location(self) -> str:
        """Where the task stands in the document's own numbering, e.g. 四、(三) 2., 五、(一) or
        四、(一) 1. for a named item under a numbered sub-heading."""
        return self.section.location_of(self.numbering)


class TaskClause(Archivable):
    """One part of a task's text that names its own responsible agencies (Hefei's style)."""

    task = models.ForeignKey(
        Task, verbose_name=_("任务"), on_delete=models.CASCADE, related_name="clauses"
    )
    number = models.PositiveSmallIntegerField(_("序号"))
    text = models.TextField(_("条文"))

    class Meta:
        ordering = ["task_id", "number"]
        verbose_name = _("任务条款")
        verbose_name_plural = _("任务条款")
        constraints = [
            models.UniqueConstraint(fields=["task", "number"], name="clause_number_unique"),
            models.CheckConstraint(condition=Q(number__gte=1), name="clause_number_positive"),
        ]

    def __str__(self):
        return f"{self.task.code} ({self.number})"


class TaskAssignment(Archivable):
    Role = AgencyRole

    task = models.ForeignKey(
        Task, verbose_name=_("任务"), on_delete=models.CASCADE, related_name="assignments"
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("单位"), on_delete=models.PROTECT, related_name="assignments"
    )
    role = models.CharField(_("角色"), max_length=20, choices=Role.choices)
    clause = models.ForeignKey(
        TaskClause,
        verbose_name=_("条款"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="assignments",
    )
    order = models.PositiveSmallIntegerField(_("顺序"), default=0)
    from_fixture = models.BooleanField(_("来自规划文件"), default=False)

    get_role_display = choice_display("role", AgencyRole.choices)

    class Meta:
        # Those of no clause last on every database (PostgreSQL puts NULLs last, SQLite first).
        ordering = ["task_id", F("clause__number").asc(nulls_last=True), "role", "order"]
        verbose_name = _("任务分工")
        verbose_name_plural = _("任务分工")
        constraints = [
            models.UniqueConstraint(
                fields=["task", "agency", "role"],
                condition=Q(clause__isnull=True),
                name="assignment_unique_per_task",
            ),
            models.UniqueConstraint(
                fields=["task", "agency", "role", "clause"],
                condition=Q(clause__isnull=False),
                name="assignment_unique_per_clause",
            ),
        ]

    def __str__(self):
        return f"{self.task.code} · {self.get_role_display()} · {self.agency}"


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


class Notification(models.Model):
    """An in-app reminder (also e-mailed): stale tasks, milestones due soon or overdue,
    instructions (督办) issued, answered, returned or late, and mentions in comments."""

    class Kind(models.TextChoices):
        STALE_TASK = "stale_task", _("任务久未更新")
        MILESTONE_DUE = "milestone_due", _("里程碑即将到期")
        MILESTONE_OVERDUE = "milestone_overdue", _("里程碑已逾期")
        INSTRUCTION = "instruction", _("督办")
        INSTRUCTION_OVERDUE = "instruction_overdue", _("督办逾期")
        MENTION = "mention", _("留言提到")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("接收人"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("类型"), max_length=30, choices=Kind.choices)
    task = models.ForeignKey(
        Task, verbose_name=_("任务"), null=True, blank=True, on_delete=models.CASCADE
    )
    instruction = models.ForeignKey(
        "Instruction", verbose_name=_("督办"), null=True, blank=True, on_delete=models.CASCADE
    )
    milestone = models.ForeignKey(
        Milestone, verbose_name=_("里程碑"), null=True, blank=True, on_delete=models.CASCADE
    )
    link = models.CharField(_("链接"), max_length=200, blank=True)
    message = models.CharField(_("内容"), max_length=400)
    created_on = models.DateField(_("日期"))
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    read_at = models.DateTimeField(_("已读时间"), null=True, blank=True)
    emailed = models.BooleanField(_("已发邮件"), default=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("提醒")
        verbose_name_plural = _("提醒")
        indexes = [
            models.Index(fields=["user", "kind", "task", "created_on"], name="notify_dedupe")
        ]

    def __str__(self):
        return self.message

    def get_absolute_url(self):
        if self.instruction_id:
            return reverse("instruction-detail", args=[self.instruction_id])
        if self.link:
            return self.link
        return self.task.get_absolute_url() if self.task_id else reverse("my-tasks")


# Instructions (督办) ------------------------------------------------------------------------------
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


# Comments (留言) --------------------------------------------------------------------------------
COMMENT_MAX_LENGTH = 500


class Comment(AppendOnly):
    """A short note on a task or a target between leaders and agencies; mentions notify."""

    zone = models.ForeignKey(
        "pilots.PilotZone", verbose_name=_("试验区"), on_delete=models.PROTECT,
        related_name="comments",
    )  # fmt: skip
    task = models.ForeignKey(
        Task, verbose_name=_("任务"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="comments",
    )  # fmt: skip
    # A target lives in a higher app: its id, and its title and page as they were when written.
    target_id = models.PositiveIntegerField(_("指标"), null=True, blank=True)
    subject_title = models.CharField(_("留言事项"), max_length=400)
    subject_path = models.CharField(_("事项页面"), max_length=200, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("留言人"), on_delete=models.PROTECT
    )
    text = models.TextField(_("留言"), validators=[MaxLengthValidator(COMMENT_MAX_LENGTH)])
    created_at = models.DateTimeField(_("时间"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("留言")
        verbose_name_plural = _("留言")
        constraints = [
            models.CheckConstraint(
                condition=Q(task__isnull=False) | Q(target_id__isnull=False),
                name="comment_names_its_subject",
            ),
        ]
        indexes = [
            models.Index(fields=["task", "created_at"], name="comment_task_date"),
            models.Index(fields=["target_id", "created_at"], name="comment_target_date"),
        ]

    def __str__(self):
        return f"{self.subject_title}: {self.text[:40]}"

    @property
    def author_label(self) -> str:
        return self.author.get_full_name() or self.author.username

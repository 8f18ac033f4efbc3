"""A plan's work: its sections (章节), their tasks, each task's clauses of the plan's text and
the agencies assigned to it (lead, supporting, responsible)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from pilots.choices import choice_display
from pilots.models import Agency, Archivable, Plan
from pilots.plan_period import period_check, plan_end
from pilots.roles import AgencyRole
from pilots.trees import nodes_above, parent_check

PERCENT_RANGE = Q(percent__gte=0, percent__lte=100)
# A task with no progress reported for longer than this is stale: flagged, filtered, reminded.
STALE_DAYS = 30


def silence_counted_to(*, day: datetime.date, plan_end: datetime.date) -> datetime.date:
    """The day a task's silence is counted to when asked about ``day``: that day while its plan
    runs, the plan's last day once it has ended. Nobody reports on an ended plan: its tasks are
    judged as they stood at its end, not made staler (all of them stale) by every day since.
    The one rule of every count of silence: rollups, dashboards, My tasks, reminders."""
    return min(day, plan_end)


def days_silent(
    last_reported: datetime.date | None, *, day: datetime.date, plan_end: datetime.date
) -> int | None:
    """Days without a progress report as of ``day`` (None: never reported)."""
    if last_reported is None:
        return None
    return (silence_counted_to(day=day, plan_end=plan_end) - last_reported).days


def is_stale(days: int | None) -> bool:
    """Whether a task silent ``days`` days (None: never reported) is stale."""
    return days is None or days > STALE_DAYS


def stale_before(*, day: datetime.date, plan_end: datetime.date) -> datetime.date:
    """A task last reported before this day is stale as of ``day`` (``is_stale`` in a query)."""
    return silence_counted_to(day=day, plan_end=plan_end) - datetime.timedelta(days=STALE_DAYS)


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

    def clean(self):
        super().clean()
        if self.plan_id is not None:
            try:
                period_check(self.plan, self.due_on)
            except ValidationError as error:
                raise ValidationError({"due_on": error}) from None

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

    def open_at_plan_end(self, today: datetime.date) -> datetime.date | None:
        """The plan's last day when the plan has ended by ``today`` with this task unfinished:
        what it shows instead of a count of days overdue that would grow for ever."""
        end = plan_end(self.plan)
        if self.status == TaskStatus.COMPLETED or today <= end:
            return None
        return end

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

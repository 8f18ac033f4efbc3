from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pilots.models import Agency, Archivable, Plan
from pilots.trees import parent_check
from pilots.validators import TEXT_MAX_LENGTH
from targets.kinds import TargetKind
from tasks.models import AppendOnly


class Goal(Archivable):
    plan = models.ForeignKey(
        Plan, verbose_name=_("规划"), on_delete=models.PROTECT, related_name="goals"
    )
    code = models.CharField(_("代码"), max_length=60)
    numbering = models.CharField(_("原文编号"), max_length=40, blank=True)
    title = models.CharField(_("标题"), max_length=300)
    text = models.TextField(_("原文"), blank=True)
    order = models.PositiveIntegerField(_("顺序"), default=0)

    class Meta:
        ordering = ["plan_id", "order"]
        verbose_name = _("目标")
        verbose_name_plural = _("目标")
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="goal_code_unique_in_plan"),
        ]

    def __str__(self):
        return self.title


class Target(Archivable):
    class Comparator(models.TextChoices):
        GTE = "gte", "≥"
        GT = "gt", ">"
        EQ = "eq", "="
        APPROX = "approx", "≈"
        RANGE = "range", _("区间")
        LTE = "lte", "≤"
        LT = "lt", "<"

    class Aggregation(models.TextChoices):
        STOCK = "stock", _("存量（取最新值）")
        FLOW = "flow", _("增量（期内累计）")

    plan = models.ForeignKey(
        Plan, verbose_name=_("规划"), on_delete=models.PROTECT, related_name="targets"
    )
    goal = models.ForeignKey(
        Goal, verbose_name=_("目标"), on_delete=models.PROTECT, related_name="targets"
    )
    code = models.CharField(_("代码"), max_length=60)
    metric = models.CharField(_("指标"), max_length=200)
    metric_en = models.CharField(_("英文指标名"), max_length=200, blank=True)
    unit = models.CharField(_("计量单位"), max_length=20)
    comparator = models.CharField(_("比较"), max_length=10, choices=Comparator.choices)
    value = models.DecimalField(_("目标值"), max_digits=18, decimal_places=4)
    value_max = models.DecimalField(
        _("目标上限"), max_digits=18, decimal_places=4, null=True, blank=True
    )
    deadline_year = models.PositiveSmallIntegerField(_("截止年份"))
    per_year = models.BooleanField(_("每年"), default=False)
    aggregation = models.CharField(
        _("汇总方式"), max_length=10, choices=Aggregation.choices, default=Aggregation.STOCK
    )
    baseline = models.DecimalField(
        _("基数"), max_digits=18, decimal_places=4, null=True, blank=True
    )
    baseline_year = models.PositiveSmallIntegerField(_("基数年份"), null=True, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("上级指标（其中）"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    contributes_to = models.ForeignKey(
        "self",
        verbose_name=_("贡献于上级试验区指标"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
    )
    owner = models.ForeignKey(
        Agency,
        verbose_name=_("责任单位"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="targets",
    )
    source_phrase = models.CharField(_("原文表述"), max_length=300)
    kind = models.CharField(
        _("指标类别"), max_length=30, choices=TargetKind.choices, blank=True, db_index=True
    )
    order = models.PositiveIntegerField(_("顺序"), default=0)
    # The verdict decided after the deadline (achieved on time / late, missed), as last decided:
    # later figures do not reopen it, a correction of a figure it rested on re-decides it
    # (every decision is kept in VerdictDecision).
    final_verdict = models.JSONField(_("最终结论"), null=True, blank=True)

    class Meta:
        ordering = ["plan_id", "order"]
        verbose_name = _("指标")
        verbose_name_plural = _("指标")
        constraints = [
            models.UniqueConstraint(fields=["plan", "code"], name="target_code_unique_in_plan"),
            models.CheckConstraint(
                condition=(
                    Q(comparator="range", value_max__isnull=False) & Q(value_max__gt=F("value"))
                )
                | (~Q(comparator="range") & Q(value_max__isnull=True)),
                name="target_range_has_upper_bound",
            ),
            models.CheckConstraint(
                condition=Q(deadline_year__gte=2000, deadline_year__lte=2100),
                name="target_deadline_year_valid",
            ),
            models.CheckConstraint(
                condition=Q(baseline_year__isnull=True) | Q(baseline_year__lte=F("deadline_year")),
                name="target_baseline_before_deadline",
            ),
            models.CheckConstraint(condition=~Q(parent=F("id")), name="target_not_own_parent"),
        ]

    def __str__(self):
        return f"{self.metric} {self.get_comparator_display()} {self.value:g}{self.unit}"

    def clean(self):
        super().clean()
        parent_check(
            self, loop=_("上级指标不能是它自己或它的下级"), other_plan=_("上级指标须属于同一规划")
        )


class Observation(models.Model):
    """A reported value of a target at a date (a year's figure is dated 31 December)."""

    target = models.ForeignKey(
        Target, verbose_name=_("指标"), on_delete=models.PROTECT, related_name="observations"
    )
    as_of = models.DateField(_("统计截止日期"))
    value = models.DecimalField(_("数值"), max_digits=18, decimal_places=4)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("填报人"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
    )
    agency = models.ForeignKey(
        Agency, verbose_name=_("填报单位"), null=True, blank=True, on_delete=models.PROTECT
    )
    source = models.CharField(_("数据来源"), max_length=200, blank=True)
    note = models.TextField(_("备注"), blank=True, validators=[MaxLengthValidator(TEXT_MAX_LENGTH)])
    created_at = models.DateTimeField(_("填报时间"), auto_now_add=True)
    is_demo = models.BooleanField(_("演示数据"), default=False)

    class Meta:
        ordering = ["target_id", "as_of"]
        get_latest_by = "as_of"
        verbose_name = _("指标填报")
        verbose_name_plural = _("指标填报")
        constraints = [
            models.UniqueConstraint(fields=["target", "as_of"], name="observation_one_per_date"),
            models.CheckConstraint(condition=Q(value__gte=0), name="observation_not_negative"),
        ]

    def __str__(self):
        return f"{self.target.code} @ {self.as_of}: {self.value:g}"


class ObservationCorrection(AppendOnly):
    """A figure replaced by a correction: the earlier value (and who reported it, when), who
    corrected it, when and why. Appended on every correction; never edited."""

    observation = models.ForeignKey(
        Observation,
        verbose_name=_("指标填报"),
        on_delete=models.PROTECT,
        related_name="corrections",
    )
    target = models.ForeignKey(
        Target, verbose_name=_("指标"), on_delete=models.PROTECT, related_name="corrections"
    )
    as_of = models.DateField(_("统计截止日期"))
    previous_value = models.DecimalField(_("更正前数值"), max_digits=18, decimal_places=4)
    previous_source = models.CharField(_("更正前数据来源"), max_length=200, blank=True)
    previous_reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("原填报人"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    previous_recorded_at = models.DateTimeField(_("原填报时间"))
    value = models.DecimalField(_("更正后数值"), max_digits=18, decimal_places=4)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("更正人"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    corrected_at = models.DateTimeField(_("更正时间"), default=timezone.now)
    reason = models.TextField(_("更正原因"), validators=[MaxLengthValidator(TEXT_MAX_LENGTH)])

    class Meta:
        ordering = ["target_id", "as_of", "corrected_at"]
        verbose_name = _("指标数值更正")
        verbose_name_plural = _("指标数值更正")
        constraints = [
            models.CheckConstraint(condition=~Q(reason=""), name="correction_has_reason"),
        ]

    def __str__(self):
        return f"{self.target_id} @ {self.as_of}: {self.previous_value:g} → {self.value:g}"


class VerdictDecision(AppendOnly):
    """A target's verdict as decided after its deadline, and every re-decision since: a
    correction of a figure it rested on (dated on or before ``decided_on``) decides it again on
    the corrected figures, and the earlier decision stays here, superseded."""

    class Kind(models.TextChoices):
        DECIDED = "decided", _("判定")
        REDECIDED = "redecided", _("更正后重新判定")
        REOPENED = "reopened", _("更正后重新待定")

    target = models.ForeignKey(
        Target, verbose_name=_("指标"), on_delete=models.PROTECT, related_name="decisions"
    )
    kind = models.CharField(_("类型"), max_length=12, choices=Kind.choices)
    verdict = models.CharField(_("结论"), max_length=30)
    value = models.FloatField(_("判定数值"), null=True, blank=True)
    decided_on = models.DateField(_("判定日期"))
    recorded_at = models.DateTimeField(_("记录时间"), default=timezone.now)
    supersedes = models.ForeignKey(
        "self", verbose_name=_("取代"), null=True, blank=True, on_delete=models.PROTECT
    )
    # The corrections that led to a re-decision: [{as_of, before, after, reason, by}].
    cause = models.JSONField(_("原因"), default=list, blank=True)

    class Meta:
        ordering = ["target_id", "recorded_at", "pk"]
        verbose_name = _("指标结论判定")
        verbose_name_plural = _("指标结论判定")

    def __str__(self):
        return f"{self.target_id} {self.kind} {self.verdict} @ {self.decided_on}"


class Snapshot(models.Model):
    """Computed figures of one thing on one date, written by the rollup jobs; pages read these."""

    class Scope(models.TextChoices):
        TASK = "task", _("任务")
        SECTION = "section", _("章节")
        PLAN = "plan", _("规划")
        ZONE = "zone", _("试验区")
        AGENCY = "agency", _("单位")
        TARGET = "target", _("指标")

    class Light(models.TextChoices):
        GREEN = "green", _("绿灯")
        YELLOW = "yellow", _("黄灯")
        RED = "red", _("红灯")

    scope = models.CharField(_("范围"), max_length=10, choices=Scope.choices)
    object_id = models.PositiveBigIntegerField(_("对象"))
    # No index on zone: no page reads snapshots by zone (a zone's are found by scope and
    # object_id); (plan, as_of) below serves a plan's. Each index costs every nightly insert.
    plan = models.ForeignKey(
        Plan,
        verbose_name=_("规划"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        db_index=False,
    )
    zone = models.ForeignKey(
        "pilots.PilotZone", verbose_name=_("试验区"), on_delete=models.CASCADE, db_index=False
    )
    as_of = models.DateField(_("日期"))
    light = models.CharField(_("亮灯"), max_length=10, choices=Light.choices, blank=True)
    figures = models.JSONField(_("数据"), default=dict)
    # When the figures last changed: a rollup that computes the same figures leaves the row be.
    computed_at = models.DateTimeField(_("计算时间"))
    # Hashes of what the row is compared on and of its figures (targets/snapshot_compare.py):
    # the rollup compares these, not figures read back. Empty: not known, compared as changed.
    digest = models.CharField(max_length=64, blank=True, default="", db_default="", editable=False)

    class Meta:
        verbose_name = _("汇总快照")
        verbose_name_plural = _("汇总快照")
        constraints = [
            # A thing's row of a date is its plan's: an agency has one per plan of its zone
            # (a plan's agency figures count that plan's tasks). The index's (scope, object_id,
            # as_of) prefix serves every read of a thing's rows.
            models.UniqueConstraint(
                fields=["scope", "object_id", "as_of", "plan"],
                name="snapshot_one_per_plan_object_and_date",
            ),
            # A zone's row of a date is the zone's total, whichever plan wrote it last.
            models.UniqueConstraint(
                fields=["object_id", "as_of"],
                condition=models.Q(scope="zone"),
                name="snapshot_one_per_zone_and_date",
            ),
        ]
        indexes = [
            models.Index(fields=["plan", "as_of"], name="snapshot_plan_date"),
            # The things a plan has rows of, read from the index alone (a rollup's stored rows,
            # targets/snapshot_compare.py): its rows of every date were read from the table.
            models.Index(fields=["plan", "scope", "object_id"], name="snapshot_plan_thing"),
        ]

    def __str__(self):
        return f"{self.scope} {self.object_id} @ {self.as_of}"


class RollupState(models.Model):
    """The watermark of a plan's current snapshots: the plan's change counter they were computed
    from. The plan is behind while ``Plan.change_seq`` is ahead of ``seq``; written in the same
    transaction as the snapshots, so a crashed run leaves the plan behind, never marked done."""

    plan = models.OneToOneField(
        Plan, verbose_name=_("规划"), on_delete=models.CASCADE, related_name="rollup_state"
    )
    seq = models.BigIntegerField(_("已汇总至变更序号"), default=0)
    as_of = models.DateField(_("快照日期"), null=True, blank=True)
    computed_at = models.DateTimeField(_("汇总时间"), null=True, blank=True)
    failures = models.PositiveIntegerField(_("连续失败次数"), default=0)
    last_error = models.TextField(_("最近错误"), blank=True)
    failed_at = models.DateTimeField(_("最近失败时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("汇总水位")
        verbose_name_plural = _("汇总水位")

    def __str__(self):
        return f"{self.plan_id} @ {self.seq}"


class PlanRollupStatus(Plan):
    """Plans as the admin sees their rollups: how far each plan's snapshots lag its changes."""

    class Meta:
        proxy = True
        verbose_name = _("规划汇总状态")
        verbose_name_plural = _("规划汇总状态")

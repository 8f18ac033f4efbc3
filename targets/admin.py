from django.contrib import admin
from django.db.models import F, Value
from django.db.models.functions import Coalesce
from django.urls import path
from django.utils.translation import gettext_lazy as _

from pilots.admin import ReadOnly
from targets.admin_views import observation_import
from targets.models import (
    Goal,
    Observation,
    ObservationCorrection,
    PlanRollupStatus,
    RollupState,
    Snapshot,
    Target,
    VerdictDecision,
)
from targets.services import rollup_request


class TargetInline(admin.TabularInline):
    model = Target
    fk_name = "goal"
    fields = [
        "code",
        "metric",
        "comparator",
        "value",
        "value_max",
        "unit",
        "deadline_year",
        "per_year",
        "owner",
    ]
    extra = 0
    show_change_link = True


@admin.register(Goal)
class GoalAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "plan", "order", "archived_at"]
    list_filter = ["plan"]
    search_fields = ["code", "title"]
    inlines = [TargetInline]


class ObservationInline(ReadOnly, admin.TabularInline):
    model = Observation
    extra = 0


@admin.register(Snapshot)
class SnapshotAdmin(admin.ModelAdmin):
    list_display = ["scope", "object_id", "plan", "as_of", "light", "computed_at"]
    list_filter = ["scope", "plan", "light", "as_of"]
    readonly_fields = [
        "scope",
        "object_id",
        "plan",
        "zone",
        "as_of",
        "light",
        "figures",
        "computed_at",
    ]

    def has_add_permission(self, request):
        return False


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = [
        "code",
        "metric",
        "comparator",
        "value",
        "value_max",
        "unit",
        "deadline_year",
        "per_year",
        "aggregation",
        "owner",
        "plan",
    ]
    list_filter = ["plan", "comparator", "per_year", "aggregation"]
    search_fields = ["code", "metric", "source_phrase"]
    autocomplete_fields = ["owner", "parent", "contributes_to"]
    inlines = [ObservationInline]


@admin.register(ObservationCorrection)
class ObservationCorrectionAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ["target", "as_of", "previous_value", "value", "corrected_by", "corrected_at"]
    list_filter = ["target__plan"]
    search_fields = ["target__code", "target__metric", "reason"]


@admin.register(VerdictDecision)
class VerdictDecisionAdmin(ReadOnly, admin.ModelAdmin):
    list_display = ["target", "kind", "verdict", "value", "decided_on", "recorded_at"]
    list_filter = ["target__plan", "kind", "verdict"]
    search_fields = ["target__code", "target__metric"]


@admin.register(Observation)
class ObservationAdmin(ReadOnly, admin.ModelAdmin):
    change_list_template = "admin/targets/observation/change_list.html"

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("import/", wrap(observation_import), name="targets_observation_import"),
            *super().get_urls(),
        ]

    list_display = ["target", "as_of", "value", "agency", "reporter", "is_demo", "created_at"]
    list_filter = ["target__plan", "is_demo"]
    search_fields = ["target__code", "target__metric", "source"]


@admin.register(PlanRollupStatus)
class PlanRollupStatusAdmin(ReadOnly, admin.ModelAdmin):
    """Each plan's watermark lag: changes not yet in its current snapshots (0 = caught up)."""

    list_display = ["code", "zone", "lag", "watermark", "computed_at", "failures", "last_error"]
    list_filter = ["zone"]
    search_fields = ["code", "title"]
    actions = ["roll_up_now"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("zone", "rollup_state")
            .annotate(
                watermark_seq=Coalesce(F("rollup_state__seq"), Value(0)),
                lag_count=F("change_seq") - Coalesce(F("rollup_state__seq"), Value(0)),
            )
        )

    @admin.display(description=_("已汇总至 / 最新变更序号"), ordering="watermark_seq")
    def watermark(self, obj):
        return f"{obj.watermark_seq} / {obj.change_seq}"

    @admin.display(description=_("待汇总变更"), ordering="lag_count")
    def lag(self, obj):
        return obj.lag_count

    def _state(self, obj, name):
        state = getattr(obj, "rollup_state", None)
        return getattr(state, name) if state else None

    @admin.display(description=_("汇总时间"), ordering="rollup_state__computed_at")
    def computed_at(self, obj):
        return self._state(obj, "computed_at")

    @admin.display(description=_("连续失败次数"))
    def failures(self, obj):
        return self._state(obj, "failures")

    @admin.display(description=_("最近错误"))
    def last_error(self, obj):
        return (self._state(obj, "last_error") or "")[:80]

    @admin.action(description=_("立即汇总所选规划"))
    def roll_up_now(self, request, queryset):
        asked = sum(rollup_request(plan_id=p.pk, countdown=0) for p in queryset)
        self.message_user(request, _("已请求汇总 %(n)d 个规划。") % {"n": asked})


@admin.register(RollupState)
class RollupStateAdmin(admin.ModelAdmin):
    list_display = ["plan", "seq", "as_of", "computed_at", "failures", "failed_at"]
    readonly_fields = ["plan", "seq", "as_of", "computed_at", "failures", "last_error", "failed_at"]

    def has_add_permission(self, request):
        return False

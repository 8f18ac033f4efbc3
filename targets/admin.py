from django.contrib import admin
from django.urls import path

from pilots.admin_views import observation_import
from targets.models import Goal, Observation, Snapshot, Target


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


class ObservationInline(admin.TabularInline):
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


@admin.register(Observation)
class ObservationAdmin(admin.ModelAdmin):
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

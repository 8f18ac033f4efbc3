from django.contrib import admin

from targets.models import Goal, Observation, Target


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
    list_display = ["target", "as_of", "value", "agency", "reporter", "is_demo", "created_at"]
    list_filter = ["target__plan", "is_demo"]
    search_fields = ["target__code", "target__metric", "source"]

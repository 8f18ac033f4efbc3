from django.contrib import admin

from pilots.models import Agency, Membership, PilotZone, Plan


@admin.register(PilotZone)
class PilotZoneAdmin(admin.ModelAdmin):
    list_display = ["slug", "name", "name_en", "level", "parent"]
    list_filter = ["level"]
    search_fields = ["slug", "name", "name_en"]


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = [
        "code",
        "title",
        "zone",
        "doc_number",
        "period_start",
        "period_end",
        "loaded_at",
        "rolled_up_at",
    ]
    list_filter = ["zone"]
    search_fields = ["code", "title", "doc_number"]
    readonly_fields = ["loaded_at", "rolled_up_at"]


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "zone", "category", "from_fixture", "archived_at"]
    list_filter = ["zone", "category", "from_fixture", ("archived_at", admin.EmptyFieldListFilter)]
    search_fields = ["name", "code", "aliases"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "zone", "agency"]
    list_filter = ["role", "zone"]
    search_fields = ["user__username", "agency__name"]
    autocomplete_fields = ["user", "agency"]

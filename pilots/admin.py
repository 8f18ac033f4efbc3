from django.contrib import admin, messages
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _

from pilots import admin_views
from pilots.changes import plan_changed
from pilots.models import Agency, Membership, PilotZone, Plan, PlanDraft, PlanSource, PlanUpload
from pilots.plan_drafts import DraftNotDeleted, plan_draft_drafting_now, plan_draft_remove


class ReadOnly:
    """Rows only the app's services write (history, what was received): the admin reads them.
    Put it before ``admin.ModelAdmin`` (or an inline) in the bases."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


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
    change_list_template = "admin/pilots/plan/change_list.html"

    def get_readonly_fields(self, request, obj=None):
        # Agencies, members and history belong to the zone: a plan never moves between zones.
        fields = super().get_readonly_fields(request, obj)
        return [*fields, "zone"] if obj is not None else fields

    def save_model(self, request, obj, form, change):
        """A plan edited here (its period, code …) is owed its rollup, as a loaded one."""
        super().save_model(request, obj, form, change)
        if change and form.changed_data:
            plan_changed(plan_id=obj.pk, effective_on=timezone.localdate())

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("upload/", wrap(admin_views.plan_upload), name="pilots_plan_upload"),
            path(
                "upload/<int:pk>/",
                wrap(admin_views.plan_upload_preview_page),
                name="pilots_plan_upload_preview",
            ),
            *super().get_urls(),
        ]


@admin.register(PlanUpload)
class PlanUploadAdmin(admin.ModelAdmin):
    list_display = [
        "file_name",
        "plan_code",
        "uploaded_by",
        "uploaded_at",
        "applied_by",
        "applied_at",
    ]
    list_filter = ["plan_code"]
    readonly_fields = [f.name for f in PlanUpload._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(PlanSource)
class PlanSourceAdmin(ReadOnly, admin.ModelAdmin):
    """Kept with the plan it was loaded into: read here, never edited or deleted."""

    list_display = ["file_name", "zone", "kind", "plan", "uploaded_by", "uploaded_at", "loaded_at"]
    list_filter = ["zone", "kind"]
    readonly_fields = [f.name for f in PlanSource._meta.fields]


@admin.register(PlanDraft)
class PlanDraftAdmin(admin.ModelAdmin):
    """Drafts are made and edited on the zone-admin pages (新规划起草)."""

    list_display = ["source", "status", "plan_code", "updated_by", "updated_at"]
    list_filter = ["status"]
    readonly_fields = [f.name for f in PlanDraft._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    # Deleted as on the draft's own page: a draft never loaded with its source and the file.
    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        sources = 0
        for draft in objs:
            if plan_draft_drafting_now(draft):
                protected.append(_("%(draft)s（正在起草，请稍后再删除）") % {"draft": draft})
            elif draft.source.never_loaded:
                deleted.append(_("规划原文：%(file)s（连同保存的文件）") % {"file": draft.source})
                sources += 1
        if sources:
            counts[PlanSource._meta.verbose_name_plural] = sources
        return deleted, counts, perms_needed, protected

    def delete_model(self, request, obj):
        self._remove(request, [obj])

    def delete_queryset(self, request, queryset):
        self._remove(request, list(queryset))

    def _remove(self, request, drafts):
        for draft in drafts:
            try:
                plan_draft_remove(draft_id=draft.pk)
            except DraftNotDeleted as exc:
                self.message_user(request, f"{draft}: {exc.message}", messages.ERROR)


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

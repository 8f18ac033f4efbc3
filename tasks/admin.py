from django.contrib import admin
from django.db import models

from pilots.admin import ReadOnly
from tasks.models import (
    Comment,
    Instruction,
    InstructionEvent,
    InstructionRecipient,
    Milestone,
    Notification,
    Section,
    StatusUpdate,
    Task,
    TaskAssignment,
    TaskClause,
)


class TaskInline(admin.TabularInline):
    model = Task
    fields = ["code", "numbering", "title", "status", "percent", "archived_at"]
    readonly_fields = ["status", "percent"]
    extra = 0
    show_change_link = True


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "parent", "plan", "kind", "order", "archived_at"]
    list_select_related = ["parent", "plan"]
    raw_id_fields = ["parent"]
    list_filter = ["plan", "kind"]
    search_fields = ["code", "title"]
    inlines = [TaskInline]


class AssignmentInline(admin.TabularInline):
    model = TaskAssignment
    fields = ["agency", "role", "clause", "order", "from_fixture", "archived_at"]
    autocomplete_fields = ["agency"]
    extra = 0


class ClauseInline(admin.TabularInline):
    model = TaskClause
    extra = 0


class MilestoneInline(admin.TabularInline):
    model = Milestone
    extra = 0


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):
    list_display = ["code", "title", "plan", "section", "status", "percent", "last_reported_on"]
    list_filter = ["plan", "status", "section__kind", ("archived_at", admin.EmptyFieldListFilter)]
    search_fields = ["code", "title", "text"]
    readonly_fields = [
        "status",
        "percent",
        "version",
        "last_update_at",
        "last_reported_on",
        "verified_at",
    ]
    inlines = [ClauseInline, AssignmentInline, MilestoneInline]


@admin.register(TaskAssignment)
class TaskAssignmentAdmin(admin.ModelAdmin):
    list_display = ["task", "agency", "role", "clause", "from_fixture", "archived_at"]
    list_filter = ["role", "task__plan", "from_fixture"]
    search_fields = ["task__code", "task__title", "agency__name"]
    autocomplete_fields = ["task", "agency"]


@admin.register(StatusUpdate)
class StatusUpdateAdmin(ReadOnly, admin.ModelAdmin):
    """History is append-only: it can be read here, never edited or deleted."""

    list_display = [
        "task",
        "status",
        "percent",
        "author",
        "agency",
        "reported_on",
        "created_at",
        "is_demo",
    ]
    list_filter = ["status", "task__plan", "is_demo"]
    search_fields = ["task__code", "task__title", "note"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Milestone)
class MilestoneAdmin(admin.ModelAdmin):
    list_display = ["title", "task", "due_on", "done_on"]
    list_filter = ["task__plan"]
    search_fields = ["title", "task__title"]


@admin.register(TaskClause)
class TaskClauseAdmin(admin.ModelAdmin):
    list_display = ["task", "number", "archived_at"]
    list_filter = ["task__plan"]
    search_fields = ["task__code", "task__title", "text"]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "task", "created_on", "read_at", "emailed"]
    list_filter = ["kind", "created_on", "emailed"]
    search_fields = ["user__username", "message"]


class WrittenByTheApp(ReadOnly, admin.ModelAdmin):
    """Instructions and their steps are written by ``tasks.instructions`` alone (which keeps the
    timeline, the parts and the notices in step): the admin reads them."""

    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Instruction)
class InstructionAdmin(WrittenByTheApp):
    list_display = ["subject_title", "level", "zone", "reply_by", "issued_by", "closed_at"]
    list_filter = ["level", "zone", "subject"]
    search_fields = ["subject_title", "text"]


@admin.register(InstructionRecipient)
class InstructionRecipientAdmin(WrittenByTheApp):
    list_display = ["instruction", "agency", "state", "replied_at"]
    list_filter = ["state"]


@admin.register(InstructionEvent)
class InstructionEventAdmin(WrittenByTheApp):
    list_display = ["instruction", "kind", "agency", "author", "created_at"]
    list_filter = ["kind"]


@admin.register(Comment)
class CommentAdmin(WrittenByTheApp):
    list_display = ["subject_title", "author", "created_at"]
    search_fields = ["subject_title", "text"]

from django.urls import path

from tasks import instruction_views, views

urlpatterns = [
    path("", views.my_tasks, name="my-tasks"),
    path("<int:pk>/", views.task_detail, name="task-detail"),
    path("<int:pk>/source/", views.task_source, name="task-source"),
    path("<int:pk>/report/", views.task_report, name="task-report"),
    path("<int:pk>/feedback/", views.task_feedback, name="task-feedback"),
    path("<int:pk>/milestones/", views.milestone_add, name="milestone-add"),
    path(
        "<int:pk>/milestones/<int:milestone_id>/done/", views.milestone_done, name="milestone-done"
    ),
    path("<int:pk>/due/", views.task_due, name="task-due"),
    path("<int:pk>/comments/", views.task_comment, name="task-comment"),
    path("<int:pk>/verify/", views.task_verify, name="task-verify"),
    path("<int:pk>/return/", views.task_return, name="task-return"),
    path("<int:pk>/assignments/", views.assignment_add, name="assignment-add"),
    path(
        "<int:pk>/assignments/<int:assignment_id>/remove/",
        views.assignment_remove,
        name="assignment-remove",
    ),
    path("instructions/", instruction_views.instruction_list, name="instructions"),
    path("<int:pk>/instruct/", instruction_views.instruction_new_for_task, name="instruction-new"),
    path(
        "instructions/new/agency/<int:agency_id>/",
        instruction_views.instruction_new_for_agency,
        name="instruction-new-agency",
    ),
    path("instructions/<int:pk>/", instruction_views.instruction_detail, name="instruction-detail"),
    path(
        "instructions/<int:pk>/reply/",
        instruction_views.instruction_reply,
        name="instruction-reply",
    ),
    path(
        "instructions/<int:pk>/parts/<int:agency_id>/close/",
        instruction_views.instruction_close,
        name="instruction-close",
    ),
    path(
        "instructions/<int:pk>/parts/<int:agency_id>/return/",
        instruction_views.instruction_return,
        name="instruction-return",
    ),
    path(
        "instructions/evidence/<int:event_id>/",
        instruction_views.instruction_evidence,
        name="instruction-evidence",
    ),
    path("evidence/<int:update_id>/", views.evidence_download, name="evidence-download"),
    path("notifications/", views.notifications, name="notifications"),
]

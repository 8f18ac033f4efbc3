from django.urls import path

from targets import briefing_views, dashboard_views as views

urlpatterns = [
    path("", views.overview, name="dashboard"),
    path("zones/<slug:slug>/", views.zone, name="dashboard-zone"),
    path("agencies/<int:pk>/", views.agency, name="dashboard-agency"),
    path("plans/<slug:code>/evaluation/", briefing_views.evaluation, name="evaluation"),
    path(
        "plans/<slug:code>/evaluation.docx",
        briefing_views.evaluation_download,
        {"fmt": "docx"},
        name="evaluation-docx",
    ),
    path(
        "plans/<slug:code>/evaluation.pdf",
        briefing_views.evaluation_download,
        {"fmt": "pdf"},
        name="evaluation-pdf",
    ),
    path(
        "zones/<slug:slug>/documents/<slug:token>/",
        briefing_views.document_job,
        name="document-job",
    ),
    path(
        "zones/<slug:slug>/documents/<slug:token>/file/",
        briefing_views.document_job_file,
        name="document-job-file",
    ),
    path("zones/<slug:slug>/briefing/", briefing_views.briefing, name="briefing"),
    path(
        "zones/<slug:slug>/briefing.docx",
        briefing_views.briefing_download,
        {"fmt": "docx"},
        name="briefing-docx",
    ),
    path(
        "zones/<slug:slug>/briefing.pdf",
        briefing_views.briefing_download,
        {"fmt": "pdf"},
        name="briefing-pdf",
    ),
]

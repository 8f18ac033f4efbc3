"""The targets app's pages at the site's root (config/urls.py includes this at "")."""

from django.urls import path

from targets import site_views as views

urlpatterns = [
    path("", views.home, name="home"),
    path("help/", views.help_page, name="help"),
    path("export/", views.export, name="export"),
    path("export/<slug:token>/", views.export_job, name="export-job"),
    path("export/<slug:token>/file/", views.export_job_file, name="export-job-file"),
    path("plans/<slug:code>/", views.plan_detail, name="plan-detail"),
    path("zone-admin/<slug:slug>/targets/", views.zone_admin_targets, name="zone-admin-targets"),
    path("zone-admin/<slug:slug>/target-owner/", views.target_owner, name="target-owner"),
]

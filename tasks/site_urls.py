"""The tasks app's pages outside /tasks/ (config/urls.py includes this at "")."""

from django.urls import path

from tasks import views

urlpatterns = [
    path("zone-admin/<slug:slug>/tasks/", views.zone_admin_tasks, name="zone-admin-tasks"),
]

from django.urls import path

from targets import dashboard_views as views

urlpatterns = [
    path("", views.overview, name="dashboard"),
    path("zones/<slug:slug>/", views.zone, name="dashboard-zone"),
    path("agencies/<int:pk>/", views.agency, name="dashboard-agency"),
]

from django.urls import path

from pilots import views

urlpatterns = [
    path("", views.home, name="home"),
    path("help/", views.help_page, name="help"),
    path("export/", views.export, name="export"),
    path("plans/<slug:code>/", views.plan_detail, name="plan-detail"),
    path("zone-admin/", views.zone_admin_index, name="zone-admin-index"),
    path("zone-admin/<slug:slug>/", views.zone_admin, name="zone-admin"),
    path("zone-admin/<slug:slug>/agencies/", views.agency_create, name="agency-create"),
    path("zone-admin/<slug:slug>/members/", views.membership_add, name="membership-add"),
    path(
        "zone-admin/<slug:slug>/members/<int:membership_id>/remove/",
        views.membership_remove,
        name="membership-remove",
    ),
    path("zone-admin/<slug:slug>/target-owner/", views.target_owner, name="target-owner"),
]

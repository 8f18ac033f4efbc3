from django.urls import path

from pilots import views

urlpatterns = [
    path("zone-admin/", views.zone_admin_index, name="zone-admin-index"),
    path("zone-admin/<slug:slug>/", views.zone_admin, name="zone-admin"),
    path("zone-admin/<slug:slug>/agencies/", views.agency_create, name="agency-create"),
    path("zone-admin/<slug:slug>/members/", views.membership_add, name="membership-add"),
    path(
        "zone-admin/<slug:slug>/members/<int:membership_id>/remove/",
        views.membership_remove,
        name="membership-remove",
    ),
]

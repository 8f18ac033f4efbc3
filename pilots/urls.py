from django.urls import path

from pilots import draft_views, views

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
    path("zone-admin/<slug:slug>/drafts/", draft_views.plan_drafts, name="plan-drafts"),
    path(
        "zone-admin/<slug:slug>/drafts/<int:draft_id>/", draft_views.plan_draft, name="plan-draft"
    ),
    path(
        "zone-admin/<slug:slug>/drafts/<int:draft_id>/status/",
        draft_views.plan_draft_status,
        name="plan-draft-status",
    ),
    path(
        "zone-admin/<slug:slug>/drafts/<int:draft_id>/redraft/",
        draft_views.plan_draft_redraft,
        name="plan-draft-redraft",
    ),
    path(
        "zone-admin/<slug:slug>/drafts/<int:draft_id>/edit/",
        draft_views.plan_draft_edit,
        name="plan-draft-edit",
    ),
    path(
        "zone-admin/<slug:slug>/drafts/<int:draft_id>/load/",
        draft_views.plan_draft_load,
        name="plan-draft-load",
    ),
    path(
        "zone-admin/<slug:slug>/drafts/<int:draft_id>/source/",
        draft_views.plan_draft_source,
        name="plan-draft-source",
    ),
    path(
        "zone-admin/<slug:slug>/drafts/<int:draft_id>/delete/",
        draft_views.plan_draft_delete,
        name="plan-draft-delete",
    ),
    path("plans/<slug:code>/source/", draft_views.plan_source_file, name="plan-source-file"),
]

"""Every URL the resolver knows × every role × GET and POST, on owned and foreign objects.

The table below holds one entry per URL route. The test walks Django's URL resolver itself and
fails when a route has no entry (or an entry names a route that no longer exists), so a new page
cannot ship without someone deciding who may use it. Each cell runs in a transaction that is
rolled back, from the same starting data; a refused cell must write nothing (no INSERT, UPDATE
or DELETE reaches the database), an allowed write must.

Roles: anonymous; staff of agency A (zone X) and of agency B (zone Y); the manager of A; the
leadership of X and of all zones; the zone admins of X and of Y; a superuser. "Owned" objects
are zone X's (A leads the task and owns the target); "foreign" ones are zone Y's (B's). A foreign
cell expects the mirror image of the owned one: B's staff where A's were allowed, Y's admin
where X's was, and the roles bound to X (A's manager, X's leadership) nowhere.
"""

from __future__ import annotations

import copy
import datetime
import re
from dataclasses import dataclass, field

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, reset_queries, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import URLResolver, get_resolver
from django.utils import timezone

from pilots.models import Agency, Membership, PilotZone, Plan, PlanSource, PlanUpload
from pilots.plan_drafts import plan_draft_make, plan_draft_preview, plan_source_receive
from targets.models import Goal, Observation, Target
from targets.rollup import plan_rollup
from tasks.comments import CommentSubject, comment_add
from tasks.instructions import Subject, instruction_issue, instruction_reply
from tasks.models import (
    Milestone,
    Notification,
    Section,
    Task,
    TaskAssignment,
    TaskClause,
)
from tasks.services import status_update_record
from tests.factories import UserFactory

ROLES = ("anonymous", "staff_a", "staff_b", "manager", "zone_leader", "all_leader",
         "zone_admin_x", "zone_admin_y", "superuser")  # fmt: skip
MIRROR = {"staff_a": "staff_b", "zone_admin_x": "zone_admin_y", "all_leader": "all_leader",
          "superuser": "superuser"}  # fmt: skip
SIGNED_IN = frozenset(ROLES) - {"anonymous"}
VIEW_X = frozenset({"staff_a", "manager", "zone_leader", "all_leader", "zone_admin_x",
                    "superuser"})  # fmt: skip
AGENCY_A = frozenset({"staff_a", "manager"})
ADMIN_X = frozenset({"zone_admin_x", "superuser"})
LEADERS_X = frozenset({"zone_leader", "all_leader"})
SUPER = frozenset({"superuser"})
EVERYONE = frozenset(ROLES)
NOBODY = frozenset()
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
# A plan document small enough to draft in every cell that uploads one.
DRAFT_SOURCE = {
    v: f"{city}人工智能行动方案\n一、主要目标\n到2025年，人工智能企业达到100家以上。\n"
    "二、重点任务\n"
    "（一）建设算力平台。建设城市算力平台。（牵头单位：市教育局）\n"
    "（二）培育人工智能企业。培育一批企业。（牵头单位：市商务局）\n"
    for v, city in (("x", "甲市"), ("y", "乙市"))
}


@dataclass(frozen=True)
class Spec:
    """Who may GET and POST a route (on the owned variant), and what a POST sends.

    ``get``/``post``: the roles allowed; None means the method is not allowed (405).
    ``writes``: an allowed POST must change the data. ``variants``: "x" (owned) and "y"
    (foreign) for routes about one zone's object, "-" for the rest. ``url``: a concrete URL
    for routes that are regular expressions.
    """

    get: frozenset | None
    post: frozenset | None
    writes: bool = False
    variants: tuple[str, ...] = ("x", "y")
    data: object = None  # callable(world, variant) -> dict
    url: str | None = None
    admin_site: bool = False
    login_free: bool = field(default=False)
    ends_at_login: bool = False  # success is the sign-in page (signing out)


def instruction_data(w, v) -> dict:
    return {
        "text": "请报送平台建设进展",
        "agencies": [w.agency[v].pk],
        "reply_by": (timezone.localdate() + datetime.timedelta(days=5)).isoformat(),
        "level": "key",
    }


def _x(allowed):
    return Spec(get=allowed, post=None)


APP_TABLE: dict[str, Spec] = {
    "favicon.ico": Spec(get=EVERYONE, post=EVERYONE, variants=("-",), login_free=True),
    "": Spec(get=SIGNED_IN, post=None, variants=("-",)),
    "help/": Spec(get=SIGNED_IN, post=None, variants=("-",)),
    "export/": Spec(get=VIEW_X, post=None),
    # An export job is its requester's only (tests/targets/test_exports.py): no one else's token.
    "export/<slug:token>/": Spec(get=NOBODY, post=None),
    "export/<slug:token>/file/": Spec(get=NOBODY, post=None),
    "plans/<slug:code>/": Spec(get=VIEW_X, post=None),
    "zone-admin/": Spec(
        get=frozenset({"zone_admin_x", "zone_admin_y", "superuser"}), post=None, variants=("-",)
    ),
    "zone-admin/<slug:slug>/": Spec(get=ADMIN_X, post=None),
    "zone-admin/<slug:slug>/agencies/": Spec(
        get=None,
        post=ADMIN_X,
        writes=True,
        data=lambda w, v: {"name": f"新设单位{v}", "category": "other"},
    ),
    "zone-admin/<slug:slug>/members/": Spec(
        get=None,
        post=ADMIN_X,
        writes=True,
        data=lambda w, v: {
            "username": f"new-clerk-{v}",
            "password": "Str0ng-pass-2026",
            "agency": w.agency[v].pk,
            "role": "staff",
        },
    ),
    "zone-admin/<slug:slug>/members/<int:membership_id>/remove/": Spec(
        get=None, post=ADMIN_X, writes=True
    ),
    "zone-admin/<slug:slug>/tasks/": Spec(get=ADMIN_X, post=None),
    "zone-admin/<slug:slug>/targets/": Spec(get=ADMIN_X, post=None),
    "zone-admin/<slug:slug>/target-owner/": Spec(
        get=None,
        post=ADMIN_X,
        writes=True,
        data=lambda w, v: {"target": w.target[v].pk, "owner": w.second_agency[v].pk},
    ),
    # A new plan from its source document: the zone's admins (and superusers) alone.
    "zone-admin/<slug:slug>/drafts/": Spec(
        get=ADMIN_X,
        post=ADMIN_X,
        writes=True,
        data=lambda w, v: {"file": SimpleUploadedFile("plan.txt", DRAFT_SOURCE[v].encode())},
    ),
    "zone-admin/<slug:slug>/drafts/<int:draft_id>/": Spec(get=ADMIN_X, post=None),
    "zone-admin/<slug:slug>/drafts/<int:draft_id>/status/": Spec(get=ADMIN_X, post=None),
    "zone-admin/<slug:slug>/drafts/<int:draft_id>/redraft/": Spec(get=None, post=ADMIN_X),
    "zone-admin/<slug:slug>/drafts/<int:draft_id>/edit/": Spec(
        get=ADMIN_X,
        post=ADMIN_X,
        writes=True,
        data=lambda w, v: {"text": w.draft[v].text + "# checked\n", "version": 0},
    ),
    "zone-admin/<slug:slug>/drafts/<int:draft_id>/load/": Spec(
        get=ADMIN_X,
        post=ADMIN_X,
        writes=True,
        data=lambda w, v: {"upload": w.draft[v].upload_id},
    ),
    "zone-admin/<slug:slug>/drafts/<int:draft_id>/source/": Spec(get=ADMIN_X, post=None),
    "zone-admin/<slug:slug>/drafts/<int:draft_id>/delete/": Spec(
        get=None, post=ADMIN_X, writes=True, data=lambda w, v: {"confirm": "1"}
    ),
    "plans/<slug:code>/source/": Spec(get=VIEW_X, post=None),
    "tasks/<int:pk>/source/": Spec(get=VIEW_X, post=None),
    "tasks/": Spec(get=SIGNED_IN, post=None, variants=("-",)),
    "tasks/<int:pk>/": Spec(get=VIEW_X, post=None),
    "tasks/<int:pk>/report/": Spec(
        get=None,
        post=AGENCY_A,
        writes=True,
        data=lambda w, v: {
            "status": "in_progress",
            "percent": 50,
            "note": "推进中",
            "reported_on": timezone.localdate().isoformat(),
            "version": w.task[v].version,
        },
    ),
    "tasks/<int:pk>/feedback/": Spec(
        get=None,
        post=AGENCY_A,
        writes=True,
        data=lambda w, v: {
            "note": "本单位部分已完成",
            "reported_on": timezone.localdate().isoformat(),
        },
    ),
    "tasks/<int:pk>/milestones/": Spec(
        get=None,
        post=AGENCY_A,
        writes=True,
        data=lambda w, v: {"title": "完成验收", "due_on": "2025-06-30"},
    ),
    "tasks/<int:pk>/milestones/<int:milestone_id>/done/": Spec(
        get=None, post=AGENCY_A, writes=True
    ),
    "tasks/<int:pk>/due/": Spec(
        get=None, post=ADMIN_X, writes=True, data=lambda w, v: {"due_on": "2024-12-31"}
    ),
    "tasks/<int:pk>/verify/": Spec(get=None, post=ADMIN_X, writes=True),
    "tasks/<int:pk>/return/": Spec(
        get=None, post=ADMIN_X, writes=True, data=lambda w, v: {"reason": "缺少验收报告"}
    ),
    "tasks/<int:pk>/assignments/": Spec(
        get=None,
        post=ADMIN_X,
        writes=True,
        data=lambda w, v: {"agency": w.second_agency[v].pk, "role": "lead"},
    ),
    "tasks/<int:pk>/assignments/<int:assignment_id>/remove/": Spec(
        get=None, post=ADMIN_X, writes=True
    ),
    "tasks/evidence/<int:update_id>/": Spec(get=VIEW_X, post=None),
    # Instructions (督办): leaders issue, the named agencies answer, the issuer alone decides.
    "tasks/instructions/": Spec(get=SIGNED_IN, post=None, variants=("-",)),
    "tasks/<int:pk>/instruct/": Spec(
        get=LEADERS_X, post=LEADERS_X, writes=True, data=lambda w, v: instruction_data(w, v)
    ),
    "tasks/instructions/new/agency/<int:agency_id>/": Spec(
        get=LEADERS_X, post=LEADERS_X, writes=True, data=lambda w, v: instruction_data(w, v)
    ),
    "tasks/instructions/<int:pk>/": Spec(get=VIEW_X, post=None),
    "tasks/instructions/<int:pk>/reply/": Spec(
        get=None, post=AGENCY_A, writes=True, data=lambda w, v: {"note": "已召开专题会"}
    ),
    "tasks/instructions/<int:pk>/parts/<int:agency_id>/close/": Spec(
        get=None, post=frozenset({"zone_leader"}), writes=True
    ),
    "tasks/instructions/<int:pk>/parts/<int:agency_id>/return/": Spec(
        get=None,
        post=frozenset({"zone_leader"}),
        writes=True,
        data=lambda w, v: {"reason": "请补充经费到位情况"},
    ),
    "tasks/instructions/evidence/<int:event_id>/": Spec(get=VIEW_X, post=None),
    # Comments: whoever sees the zone may comment there.
    "tasks/<int:pk>/comments/": Spec(
        get=None, post=VIEW_X, writes=True, data=lambda w, v: {"text": "进度如何?@agency-a"}
    ),
    "targets/<int:pk>/instruct/": Spec(
        get=LEADERS_X, post=LEADERS_X, writes=True, data=lambda w, v: instruction_data(w, v)
    ),
    "targets/<int:pk>/comments/": Spec(
        get=VIEW_X, post=VIEW_X, writes=True, data=lambda w, v: {"text": "数据何时更新?"}
    ),
    "tasks/notifications/": Spec(get=SIGNED_IN, post=None, variants=("-",)),
    "targets/": Spec(get=SIGNED_IN, post=None, variants=("-",)),
    "targets/<int:pk>/report/": Spec(
        get=AGENCY_A, post=AGENCY_A, writes=True, data=lambda w, v: {"value": "12", "year": "2023"}
    ),
    "dashboard/": Spec(get=SIGNED_IN, post=None, variants=("-",)),
    "dashboard/zones/<slug:slug>/": Spec(get=VIEW_X, post=None),
    "dashboard/agencies/<int:pk>/": Spec(get=VIEW_X, post=None),
    # Final evaluations and briefings (pages, DOCX, PDF): the zone's readers
    # (targets.permissions.can_read_briefing).
    "dashboard/plans/<slug:code>/evaluation/": Spec(get=VIEW_X, post=None),
    "dashboard/plans/<slug:code>/evaluation.docx": Spec(get=VIEW_X, post=None),
    "dashboard/plans/<slug:code>/evaluation.pdf": Spec(get=VIEW_X, post=None),
    "dashboard/zones/<slug:slug>/briefing/": Spec(get=VIEW_X, post=None),
    "dashboard/zones/<slug:slug>/briefing.docx": Spec(get=VIEW_X, post=None),
    "dashboard/zones/<slug:slug>/briefing.pdf": Spec(get=VIEW_X, post=None),
    # A build's progress: the zone's readers see its page (an unknown or expired job says so);
    # the file of an unknown job is nobody's (tests/targets/test_briefings.py downloads one).
    "dashboard/zones/<slug:slug>/documents/<slug:token>/": Spec(get=VIEW_X, post=None),
    "dashboard/zones/<slug:slug>/documents/<slug:token>/file/": Spec(get=NOBODY, post=None),
    # Accounts: open to everyone (a signed-in person may still reach them).
    "accounts/login/": Spec(
        get=EVERYONE,
        post=EVERYONE,
        variants=("-",),
        login_free=True,
        data=lambda w, v: {"username": "nobody", "password": "wrong"},
    ),
    "accounts/logout/": Spec(get=None, post=SIGNED_IN, variants=("-",), ends_at_login=True),
    "accounts/password_change/": Spec(
        get=SIGNED_IN,
        post=SIGNED_IN,
        variants=("-",),
        data=lambda w, v: {"old_password": "wrong", "new_password1": "x", "new_password2": "y"},
    ),
    "accounts/password_change/done/": Spec(get=SIGNED_IN, post=None, variants=("-",)),
    "accounts/password_reset/": Spec(
        get=EVERYONE,
        post=EVERYONE,
        variants=("-",),
        login_free=True,
        data=lambda w, v: {"email": "nobody@example.gov.cn"},
    ),
    "accounts/password_reset/done/": Spec(
        get=EVERYONE, post=None, variants=("-",), login_free=True
    ),
    "accounts/reset/<uidb64>/<token>/": Spec(
        get=EVERYONE, post=EVERYONE, variants=("-",), login_free=True
    ),
    "accounts/reset/done/": Spec(get=EVERYONE, post=None, variants=("-",), login_free=True),
    "i18n/setlang/": Spec(
        get=EVERYONE,
        post=EVERYONE,
        variants=("-",),
        login_free=True,
        data=lambda w, v: {"language": "en", "next": "/"},
    ),
}

# The admin: only the superuser (the only account with is_staff); everyone else is sent to the
# admin's sign-in page. Its own pages for every registered model are covered below.
ADMIN_TABLE: dict[str, Spec] = {
    "admin/": Spec(get=SUPER, post=SUPER, variants=("-",), admin_site=True),
    "admin/login/": Spec(get=EVERYONE, post=EVERYONE, variants=("-",), admin_site=True,
                         login_free=True,
                         data=lambda w, v: {"username": "nobody", "password": "wrong"}),
    "admin/logout/": Spec(get=None, post=SUPER, variants=("-",), admin_site=True,
                          ends_at_login=True),
    "admin/password_change/": Spec(get=SUPER, post=SUPER, variants=("-",), admin_site=True),
    "admin/password_change/done/": Spec(get=SUPER, post=None, variants=("-",), admin_site=True),
    "admin/autocomplete/": Spec(get=SUPER, post=None, variants=("-",), admin_site=True,
                                url="/admin/autocomplete/?app_label=pilots&model_name=membership"
                                    "&field_name=agency&term=x"),
    "admin/jsi18n/": Spec(get=SUPER, post=None, variants=("-",), admin_site=True),
    "admin/r/<path:content_type_id>/<path:object_id>/": Spec(
        get=SUPER, post=SUPER, variants=("-",), admin_site=True
    ),
    "admin/^(?P<app_label>auth|axes|pilots|tasks|targets)/$": Spec(
        get=SUPER, post=SUPER, variants=("-",), admin_site=True, url="/admin/pilots/"
    ),
    "admin/(?P<url>.*)$": Spec(get=NOBODY, post=NOBODY, variants=("-",), admin_site=True,
                               url="/admin/no-such-page/"),
    "admin/pilots/plan/upload/": Spec(get=SUPER, post=SUPER, variants=("-",), admin_site=True),
    "admin/pilots/plan/upload/<int:pk>/": Spec(
        get=SUPER, post=SUPER, variants=("-",), admin_site=True
    ),
    "admin/targets/observation/import/": Spec(
        get=SUPER, post=SUPER, variants=("-",), admin_site=True
    ),
    "admin/auth/user/<id>/password/": Spec(get=SUPER, post=SUPER, variants=("-",),
                                           admin_site=True),
    # History is append-only: not even a superuser edits or deletes it.
    "admin/tasks/statusupdate/<path:object_id>/change/": Spec(
        get=SUPER, post=NOBODY, variants=("-",), admin_site=True
    ),
    "admin/tasks/statusupdate/<path:object_id>/delete/": Spec(
        get=NOBODY, post=NOBODY, variants=("-",), admin_site=True
    ),
    # Instructions (督办) and their steps are written by the app's services: the admin reads them.
    **{f"admin/tasks/{model}/{view}": Spec(
        get=SUPER if view == "<path:object_id>/change/" else NOBODY,
        post=NOBODY, variants=("-",), admin_site=True)
       for model in ("instruction", "instructionrecipient", "instructionevent", "comment")
       for view in ("add/", "<path:object_id>/change/", "<path:object_id>/delete/")},
    # Uploads, snapshots, history and sign-in records are written by the app, never by hand.
    "admin/tasks/statusupdate/add/": Spec(get=NOBODY, post=NOBODY, variants=("-",),
                                          admin_site=True),
    **{f"admin/axes/{model}/add/": Spec(get=NOBODY, post=NOBODY, variants=("-",),
                                        admin_site=True)
       for model in ("accessattempt", "accessfailurelog", "accesslog")},
    "admin/pilots/planupload/add/": Spec(get=NOBODY, post=NOBODY, variants=("-",),
                                         admin_site=True),
    "admin/pilots/planupload/<path:object_id>/change/": Spec(
        get=SUPER, post=NOBODY, variants=("-",), admin_site=True
    ),
    # A plan's source document is kept with it; drafts are edited on the zone-admin pages.
    **{f"admin/pilots/{model}/add/": Spec(get=NOBODY, post=NOBODY, variants=("-",),
                                          admin_site=True)
       for model in ("plansource", "plandraft")},
    **{f"admin/pilots/{model}/<path:object_id>/change/": Spec(
        get=SUPER, post=NOBODY, variants=("-",), admin_site=True)
       for model in ("plansource", "plandraft")},
    "admin/pilots/plansource/<path:object_id>/delete/": Spec(
        get=NOBODY, post=NOBODY, variants=("-",), admin_site=True
    ),
    "admin/targets/snapshot/add/": Spec(get=NOBODY, post=NOBODY, variants=("-",),
                                        admin_site=True),
    # Rollup bookkeeping is written by the rollups alone: the admin reads it.
    "admin/targets/rollupstate/add/": Spec(get=NOBODY, post=NOBODY, variants=("-",),
                                           admin_site=True),
    "admin/targets/planrollupstatus/add/": Spec(get=NOBODY, post=NOBODY, variants=("-",),
                                                admin_site=True),
    "admin/targets/planrollupstatus/<path:object_id>/change/": Spec(
        get=SUPER, post=NOBODY, variants=("-",), admin_site=True
    ),
    "admin/targets/planrollupstatus/<path:object_id>/delete/": Spec(
        get=NOBODY, post=NOBODY, variants=("-",), admin_site=True
    ),
    # Figures change through the figures page or the import, which keep every earlier value;
    # corrections and verdict decisions are history: the admin reads them.
    **{f"admin/targets/{model}/{view}": Spec(
        get=SUPER if view.endswith("change/") else NOBODY, post=NOBODY, variants=("-",),
        admin_site=True)
       for model in ("observation", "observationcorrection", "verdictdecision")
       for view in ("add/", "<path:object_id>/change/", "<path:object_id>/delete/")},
}  # fmt: skip

MODEL_VIEWS = ("", "add/", "<path:object_id>/history/", "<path:object_id>/delete/",
               "<path:object_id>/change/", "<path:object_id>/")  # fmt: skip


def admin_model_table() -> dict[str, Spec]:
    """The standard pages of every model in the admin: the superuser's alone."""
    table = {}
    for model in admin.site._registry:
        base = f"admin/{model._meta.app_label}/{model._meta.model_name}/"
        for view in MODEL_VIEWS:
            table[base + view] = Spec(get=SUPER, post=SUPER, variants=("-",), admin_site=True)
    return table


TABLE = {**APP_TABLE, **admin_model_table(), **ADMIN_TABLE}


def resolver_routes() -> set[str]:
    def walk(patterns, prefix=""):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
            else:
                yield route

    return set(walk(get_resolver().url_patterns))


def test_every_url_has_an_entry_in_the_table():
    routes = resolver_routes()
    assert sorted(routes - set(TABLE)) == [], "routes without an entry: decide who may use them"
    assert sorted(set(TABLE) - routes) == [], "entries for routes that no longer exist"


# The data every cell starts from ---------------------------------------------------------------


class MatrixWorld:
    def __init__(self):
        self.zone = {
            v: PilotZone.objects.create(slug=f"zone-{v}", name=name, level="city")
            for v, name in (("x", "甲市"), ("y", "乙市"))
        }
        self.plan, self.agency, self.second_agency, self.task, self.target = {}, {}, {}, {}, {}
        self.milestone, self.membership, self.assignment, self.update = {}, {}, {}, {}
        for v, letter in (("x", "a"), ("y", "b")):
            self._zone_objects(v, letter)
        self.users = {"anonymous": None}
        self.users["staff_a"] = self._member("staff-a", "staff", agency=self.agency["x"])
        self.users["staff_b"] = self._member("staff-b", "staff", agency=self.agency["y"])
        self.users["manager"] = self._member("manager-a", "manager", agency=self.agency["x"])
        self.users["zone_leader"] = self._member("leader-x", "leadership", zone=self.zone["x"])
        self.users["all_leader"] = self._member("leader-all", "leadership")
        self.users["zone_admin_x"] = self._member("admin-x", "zone_admin", zone=self.zone["x"])
        self.users["zone_admin_y"] = self._member("admin-y", "zone_admin", zone=self.zone["y"])
        self.users["superuser"] = UserFactory(username="root", is_superuser=True, is_staff=True)
        for user in self.users.values():
            if user:
                Notification.objects.create(
                    user=user, kind="stale_task", task=self.task["x"], message="久未更新",
                    created_on=timezone.localdate(),
                )  # fmt: skip
        self._instruction_objects()
        for v in ("x", "y"):  # the dashboards read what a real rollup writes
            plan_rollup(plan=self.plan[v], as_of=timezone.localdate())
        self._one_of_every_admin_model()
        self.draft = {v: self._draft(v) for v in ("x", "y")}
        self.upload = PlanUpload.objects.create(
            file_name="x.yaml", text="format: 1\n", uploaded_by=self.users["superuser"],
            errors=[{"file": "x.yaml", "path": "", "message": "bad"}],
        )  # fmt: skip

    def _instruction_objects(self):
        """An instruction per zone to both its agencies: A's answer awaited, the second agency's
        given with evidence (so it can be closed or returned). X's is X's leader's."""
        self.instruction, self.answer = {}, {}
        issuers = {
            "x": self.users["zone_leader"],
            "y": self._member("leader-y", "leadership", zone=self.zone["y"]),
        }
        for v in ("x", "y"):
            self.instruction[v] = instruction_issue(
                subject=Subject.of_task(self.task[v]), text="请报送进展", level="normal",
                agencies=[self.agency[v], self.second_agency[v]], by=issuers[v],
                reply_by=timezone.localdate(),
            )  # fmt: skip
            comment_add(subject=CommentSubject.of_task(self.task[v]), text="进展如何?",
                        by=issuers[v])  # fmt: skip
            self.answer[v] = instruction_reply(
                instruction=self.instruction[v], agency=self.second_agency[v],
                by=self._member(f"answerer-{v}", "staff", agency=self.second_agency[v]),
                note="已办理", evidence_file=ContentFile(PDF, name="答复.pdf"),
            )  # fmt: skip

    def _one_of_every_admin_model(self):
        """Each admin page about one object has an object to show."""
        Group.objects.create(name="审核组")
        AccessAttempt.objects.create(
            username="x", ip_address="10.0.0.1", user_agent="t", failures_since_start=1,
            attempt_time=timezone.now(),
        )  # fmt: skip
        AccessLog.objects.create(
            username="x", ip_address="10.0.0.1", user_agent="t", attempt_time=timezone.now()
        )
        AccessFailureLog.objects.create(
            username="x", ip_address="10.0.0.1", user_agent="t", attempt_time=timezone.now()
        )

    def _zone_objects(self, v, letter):
        zone = self.zone[v]
        plan = self.plan[v] = Plan.objects.create(
            zone=zone, code=f"plan-{v}", title=f"{zone.name}实施方案", period_start=2020,
            period_end=2025,
        )  # fmt: skip
        agency = self.agency[v] = Agency.objects.create(
            zone=zone, code=f"agency-{letter}", name=f"{zone.name}科学技术局"
        )
        self.second_agency[v] = Agency.objects.create(
            zone=zone, code=f"agency-{letter}2", name=f"{zone.name}财政局"
        )
        section = Section.objects.create(plan=plan, code="S1", title="重点任务", kind="key_task")
        task = self.task[v] = Task.objects.create(
            plan=plan, section=section, code="T1", title="建设平台", text="建设平台。"
        )
        TaskAssignment.objects.create(task=task, agency=agency, role="lead")
        TaskClause.objects.create(task=task, number=1, text="条款")
        self.assignment[v] = TaskAssignment.objects.create(
            task=task, agency=self.second_agency[v], role="supporting"
        )
        self.milestone[v] = Milestone.objects.create(
            task=task, title="完成选址", due_on=datetime.date(2024, 6, 30)
        )
        reporter = self._member(f"reporter-{letter}", "staff", agency=agency)
        self.update[v] = status_update_record(
            task=task, status="completed", percent=100, reported_on=timezone.localdate(),
            author=reporter, agency=agency, evidence_file=ContentFile(PDF, name="纪要.pdf"),
        )  # fmt: skip
        task.refresh_from_db()
        goal = Goal.objects.create(plan=plan, code="G1", title="目标")
        self.target[v] = Target.objects.create(
            plan=plan, goal=goal, code="T1", metric="企业", unit="家", comparator="gte",
            value=100, deadline_year=2025, owner=agency, source_phrase="企业100家以上",
        )  # fmt: skip
        Observation.objects.create(
            target=self.target[v], as_of=datetime.date(2022, 12, 31), value=10
        )
        clerk = UserFactory(username=f"clerk-{letter}")
        self.membership[v] = Membership.objects.create(
            user=clerk, role="staff", agency=self.second_agency[v]
        )

    def _draft(self, v):
        """A drafted new plan of the zone with its load previewed, and the zone's plan kept
        with its source (task T1's passage marked)."""
        root = self.users["superuser"]
        draft = plan_source_receive(
            zone=self.zone[v], file_name="plan.txt", content=DRAFT_SOURCE[v].encode(),
            user=root, plan_code=f"plan-{v}-new",
        )  # fmt: skip
        draft = plan_draft_make(draft_id=draft.pk)
        plan_draft_preview(draft=draft, user=root)
        source = plan_source_receive(
            zone=self.zone[v], file_name="old.txt", content="建设平台。".encode(), user=root
        ).source
        PlanSource.objects.filter(pk=source.pk).update(
            plan=self.plan[v], text="建设平台。", passages={"T1": [0, 5]}, loaded_at=timezone.now()
        )
        draft.refresh_from_db()
        return draft

    @staticmethod
    def _member(username, role, zone=None, agency=None):
        user = UserFactory(username=username)
        Membership.objects.create(user=user, role=role, zone=zone, agency=agency)
        return user

    def url(self, route: str, spec: Spec, v: str) -> str:
        if spec.url:
            return spec.url
        if v == "-":
            v = "x"
        params = {
            "code": self.plan[v].code, "slug": self.zone[v].slug, "pk": self._pk(route, v),
            "membership_id": self.membership[v].pk, "milestone_id": self.milestone[v].pk,
            "assignment_id": self.assignment[v].pk, "update_id": self.update[v].pk,
            "agency_id": (self.second_agency if "/parts/" in route else self.agency)[v].pk,
            "event_id": self.answer[v].pk,
            "draft_id": self.draft[v].pk,
            "uidb64": "MQ",
            "token": "set-password" if route.startswith("accounts/") else "0123abcd",
            "content_type_id": ContentType.objects.get_for_model(Plan).pk,
            "object_id": self._object_id(route), "id": self.users["staff_a"].pk,
        }  # fmt: skip
        url = "/" + re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(params[m[1]]), route)
        if route == "export/":
            url += f"?plan={self.plan[v].code}&format=csv&table=tasks"
        return url

    def _pk(self, route, v):
        if route.startswith("targets/"):
            return self.target[v].pk
        if route.startswith("tasks/instructions/"):
            return self.instruction[v].pk
        if route.startswith("dashboard/agencies/"):
            return self.agency[v].pk
        if route.startswith("admin/pilots/plan/upload/"):
            return self.upload.pk
        return self.task[v].pk

    def _object_id(self, route) -> str:
        if route.startswith("admin/r/"):
            return str(self.plan["x"].pk)
        match = re.match(r"admin/(\w+)/(\w+)/<path:object_id>", route)
        if not match:
            return "1"
        model = next(
            m for m in admin.site._registry
            if (m._meta.app_label, m._meta.model_name) == match.groups()
        )  # fmt: skip
        first = model._default_manager.order_by("pk").first()
        return str(first.pk) if first else "1"


WRITE = re.compile(r"\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)


def writes_of(queries) -> list[str]:
    """The statements of a request that changed data (reads and savepoints aside)."""
    return [q["sql"] for q in queries if WRITE.match(q["sql"])]


def expected_roles(allowed: frozenset | None, variant: str) -> frozenset | None:
    if allowed is None or variant != "y":
        return allowed
    return frozenset(MIRROR[r] for r in allowed if r in MIRROR)


def signed_in_clients(world) -> dict[str, Client]:
    """One client per role, signed in once; each cell restores its cookies afterwards."""
    clients = {}
    for role in ROLES:
        client = Client(raise_request_exception=False)
        if role != "anonymous":
            client.force_login(world.users[role])
        clients[role] = client
    return clients


def run_cell(world, client, route, spec, method, variant):
    cache.clear()  # throttles count in the cache, which no rollback resets
    cookies = client.cookies
    client.cookies = copy.deepcopy(cookies)
    url = world.url(route, spec, variant)
    data = spec.data(world, "x" if variant == "-" else variant) if spec.data else {}
    reset_queries()
    try:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url) if method == "get" else client.post(url, data)
        changed = bool(writes_of(queries.captured_queries))
    finally:
        client.cookies = cookies
    if response.streaming:  # read it through: the test client then closes the file itself
        b"".join(response.streaming_content)
    return response, changed, url


def verdict(spec, role, method, variant, response, changed) -> str | None:
    """None if the cell behaves as the table says, else what went wrong."""
    code = response.status_code
    if code >= 500:
        return f"{code}"
    allowed = expected_roles(spec.get if method == "get" else spec.post, variant)
    location = response.get("Location", "")
    # The admin sends a signed-out visitor of its sign-out page to its index, then to sign-in.
    to_admin_index = spec.admin_site and location.endswith("/admin/") and role != "superuser"
    to_login = code == 302 and ("login/" in location or to_admin_index)
    if role == "anonymous" and not spec.login_free:
        return None if to_login and not changed else f"anonymous got {code}"
    if spec.admin_site and role != "superuser" and not spec.login_free:
        return None if to_login and not changed else f"expected the admin sign-in, got {code}"
    if allowed is None:
        return None if code == 405 and not changed else f"expected 405, got {code}"
    if role in allowed:
        if code in (403, 404, 405) or (to_login and not spec.ends_at_login):
            return f"refused with {code}"
        if spec.writes and method == "post" and not changed:
            return "allowed but nothing was written"
        return None
    if code in (403, 404) and not changed:
        return None
    return f"expected 403/404 and no write, got {code} (wrote: {changed})"


def test_every_role_on_every_url(db):
    """All routes in one pass over one set of data (built once: ~6,000 cells)."""
    world = MatrixWorld()
    clients = signed_in_clients(world)
    failures, cells = [], 0
    for route in sorted(TABLE):
        spec = TABLE[route]
        for variant in spec.variants:
            for role in ROLES:
                for method in ("get", "post"):
                    with transaction.atomic():
                        response, changed, url = run_cell(
                            world, clients[role], route, spec, method, variant
                        )
                        transaction.set_rollback(True)
                    cells += 1
                    problem = verdict(spec, role, method, variant, response, changed)
                    if problem:
                        failures.append(f"{method.upper()} {url} as {role}: {problem}")
    assert not failures, "\n".join(failures)
    assert cells > 3000

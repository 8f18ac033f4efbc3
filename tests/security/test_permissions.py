"""The permission matrix: every role × action, on the task its agency holds and on others,
allowed and refused — including crafted POSTs straight to the URLs."""

import pytest
from django.urls import reverse

from targets.models import Observation
from tasks.models import Milestone, StatusUpdate, TaskAssignment
from tests.world import TODAY, report_data

ROLES = [
    "lead_staff", "responsible_staff", "supporting_staff", "other_staff", "elsewhere_staff",
    "leadership", "leadership_all", "zone_admin", "other_zone_admin",
]  # fmt: skip
ALLOWED = {
    "view": {"lead_staff", "responsible_staff", "supporting_staff", "other_staff", "leadership",
             "leadership_all", "zone_admin"},
    "update_status": {"lead_staff", "responsible_staff"},
    "add_note": {"lead_staff", "responsible_staff", "supporting_staff"},
    "add_milestone": {"lead_staff", "responsible_staff"},
    "report_value": {"lead_staff"},  # the target's owner agency
    "assign_agency": {"zone_admin"},
}  # fmt: skip


def act(client, world, action):
    task = world.task
    match action:
        case "view":
            return client.get(task.get_absolute_url()), None
        case "update_status":
            url = reverse("task-report", args=[task.pk])
            return client.post(url, report_data(task)), lambda: task.updates.filter(
                kind=StatusUpdate.Kind.REPORT
            ).exists()
        case "add_note":
            url = reverse("task-feedback", args=[task.pk])
            data = {"note": "本单位已完成配合工作", "reported_on": TODAY().isoformat()}
            return client.post(url, data), lambda: task.updates.filter(
                kind=StatusUpdate.Kind.FEEDBACK
            ).exists()
        case "add_milestone":
            url = reverse("milestone-add", args=[task.pk])
            # within the plan's period: a date outside it is refused whoever posts it
            data = {"title": "完成选址", "due_on": f"{world.plan.period_end}-06-30"}
            return client.post(url, data), lambda: Milestone.objects.filter(task=task).exists()
        case "report_value":
            url = reverse("target-report", args=[world.target.pk])
            data = {"value": "12", "year": "2023"}
            return client.post(url, data), lambda: Observation.objects.filter(
                target=world.target
            ).exists()
        case "assign_agency":
            url = reverse("assignment-add", args=[task.pk])
            data = {"agency": world.agencies["other"].pk, "role": "supporting"}
            return client.post(url, data), lambda: TaskAssignment.objects.filter(
                task=task, agency=world.agencies["other"]
            ).exists()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(ALLOWED))
def test_permission_matrix(world, login, role, action):
    client = login(world.users[role])
    response, written = act(client, world, action)
    if role in ALLOWED[action]:
        assert response.status_code in (200, 302), response.content[:300]
        if written:
            assert written(), f"{role} may {action} but nothing was saved"
    else:
        assert response.status_code in (403, 404)
        if written:
            assert not written(), f"{role} may not {action} but it was saved"


def test_staff_cannot_post_to_another_agencys_task(world, login):
    """Same zone, a task the user's agency has nothing to do with: a crafted POST is refused."""
    from tests.factories import TaskFactory

    foreign = TaskFactory(section__plan=world.plan, code="X")
    TaskAssignment.objects.create(task=foreign, agency=world.agencies["other"], role="lead")
    client = login(world.users["lead_staff"])
    for name, data in [
        ("task-report", report_data(foreign)),
        ("task-feedback", {"note": "x", "reported_on": TODAY().isoformat()}),
        ("milestone-add", {"title": "x", "due_on": TODAY().isoformat()}),
    ]:
        assert client.post(reverse(name, args=[foreign.pk]), data).status_code == 403
    assert not foreign.updates.exists() and not foreign.milestones.exists()


def test_every_page_requires_login(client, world):
    for url in [
        reverse("home"),
        reverse("my-tasks"),
        world.task.get_absolute_url(),
        reverse("dashboard"),
        reverse("my-targets"),
        reverse("zone-admin-index"),
        reverse("help"),
    ]:
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], url
    assert client.get(reverse("login")).status_code == 200

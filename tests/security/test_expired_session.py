"""A post from someone whose session has ended is not saved: the sign-in page says so, in the
reader's language, and signing in leads back to the page of the form, not to the post's address
(which may accept posts only)."""

import pytest
from django.test import Client
from django.urls import reverse

from pilots.accounts import LOST_SUBMISSION_COOKIE
from tasks.models import StatusUpdate
from tests.world import report_data

LOST_ZH = "刚才提交的内容没有保存"
LOST_EN = "What you just submitted was not saved"


def _expired_post(client, world, **extra):
    """A status report sent from the task's page by a client whose session has ended."""
    task_page = reverse("task-detail", args=[world.task.pk])
    return client.post(
        reverse("task-report", args=[world.task.pk]),
        report_data(world.task),
        HTTP_REFERER=f"http://testserver{task_page}?tab=report",
        **extra,
    ), task_page


@pytest.mark.parametrize("english", [False, True])
def test_a_post_after_the_session_ended_is_told_on_the_sign_in_page(world, english):
    client = Client()
    client.force_login(world.users["lead_staff"])
    client.logout()  # the session ends (expired, or signed out in another tab)
    if english:
        client.cookies["django_language"] = "en"
    before = StatusUpdate.objects.count()
    response, task_page = _expired_post(client, world)
    assert StatusUpdate.objects.count() == before
    assert response.status_code == 302
    login = reverse("login")
    # Back to the form's page (with its query), not to the post-only address.
    assert response["Location"].startswith(f"{login}?next=")
    assert "report" not in response["Location"].split("next=")[1].split("%3F")[0]
    page = client.get(response["Location"]).content.decode()
    assert 'id="submission-lost"' in page and 'role="alert"' in page
    assert (LOST_EN if english else LOST_ZH) in page
    next_value = f'name="next" value="{task_page}?tab=report"'
    assert next_value in page


def test_signing_in_returns_to_the_form_page_and_forgets_the_notice(world):
    client = Client()
    response, task_page = _expired_post(client, world)
    login_page = response["Location"]
    client.get(login_page)
    response = client.post(
        reverse("login"),
        {"username": "lead-staff", "password": "pw-for-tests-only", "next": f"{task_page}?x=1"},
    )
    assert response.status_code == 302
    assert response["Location"] == f"{task_page}?x=1"
    assert client.cookies[LOST_SUBMISSION_COOKIE].value == ""  # deleted
    client.logout()
    assert LOST_ZH not in client.get(reverse("login")).content.decode()


def test_the_notice_stays_after_a_mistyped_password(world):
    client = Client()
    response, _page = _expired_post(client, world)
    response = client.post(reverse("login"), {"username": "lead-staff", "password": "wrong"})
    assert response.status_code == 200
    assert LOST_ZH in response.content.decode()


def test_the_notice_cannot_be_forged_by_a_link_or_cookie(world):
    client = Client()
    client.cookies[LOST_SUBMISSION_COOKIE] = "/tasks/1/"  # unsigned
    page = client.get(reverse("login") + "?next=/tasks/1/&submission_lost=1").content.decode()
    assert LOST_ZH not in page
    assert "刚才提交" not in client.get(reverse("login")).content.decode()


def test_a_post_from_another_site_goes_home_after_sign_in(world):
    client = Client()
    response = client.post(
        reverse("task-report", args=[world.task.pk]),
        {"status": "in_progress"},
        HTTP_REFERER="https://evil.example/form",
    )
    assert response["Location"] == f"{reverse('login')}?next={reverse('home')}"


def test_an_htmx_request_after_the_session_ended_loads_the_sign_in_page_whole(world):
    client = Client()
    my_tasks = reverse("my-tasks")
    response = client.get(
        my_tasks + "?q=平台",
        HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL=f"http://testserver{my_tasks}?status=delayed",
    )
    assert response.status_code == 200 and response.content == b""
    assert response["HX-Redirect"].startswith(reverse("login") + "?next=")
    assert "status%3Ddelayed" in response["HX-Redirect"]


def test_an_ordinary_page_asked_for_while_signed_out_says_nothing_was_lost(world):
    client = Client()
    response = client.get(reverse("my-tasks"))
    assert response.status_code == 302
    assert LOST_ZH not in client.get(response["Location"]).content.decode()


def test_signing_out_after_the_session_ended_is_no_lost_submission(world):
    """退出 clicked in a tab whose session had ended: no notice, and signing in again does not
    lead to the sign-out address (which accepts posts only)."""
    client = Client()
    response = client.post(reverse("logout"), HTTP_REFERER="http://testserver/tasks/")
    assert response.status_code == 302 and response["Location"] == reverse("login")
    assert LOST_ZH not in client.get(response["Location"]).content.decode()

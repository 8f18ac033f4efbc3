"""Hostile values sent to the admin answer a message in the reader's language, never a 500.

Found by the hostile sweep on PostgreSQL: a bulk action whose ``_selected_action`` is not an id
(``NaN``, empty, a NUL) reached ``queryset.filter(pk__in=…)`` and answered 500 on every change
list of the admin (ValueError "Field 'id' expected a number"). Failed on 5bc75e0 on PostgreSQL:
22 registered models × NaN/NUL/"" each answered 500.
"""

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.test import Client, RequestFactory
from django.urls import reverse

from tests.factories import UserFactory

NOT_IDS = ("NaN", "", "a\x00b", "1e309", "1.5", "99999999999999999999", "9223372036854775808",
           "-9223372036854775809")  # fmt: skip
REFUSED = {"zh-hans": "所选对象的编号无效", "en": "The ids of the selected items are not valid"}


@pytest.fixture
def root(db):
    client = Client(raise_request_exception=False)
    client.superuser = UserFactory(username="root", is_superuser=True, is_staff=True)
    client.force_login(client.superuser)
    return client


def _change_lists(user):
    """Every registered model's change list and the first action its bulk form offers the
    superuser (None for the read-only lists, which offer none)."""
    request = RequestFactory().get("/")
    request.user = user
    for model, model_admin in admin.site._registry.items():
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        yield url, next(iter(model_admin.get_actions(request)), None)


def test_every_bulk_action_given_an_id_that_is_not_one_says_so(world, root):
    lists = list(_change_lists(root.superuser))
    assert len(lists) >= 30  # the app's models, auth's and axes'
    assert sum(action is not None for _, action in lists) >= 20
    failures = []
    for url, action in lists:
        for value in NOT_IDS:
            response = root.post(
                url,
                {"action": action or "delete_selected", "index": 0, ACTION_CHECKBOX_NAME: value},
                follow=True,
            )
            said = REFUSED["zh-hans"] in response.content.decode()
            if response.status_code != 200 or (action is not None and not said):
                failures.append((url, action, value, response.status_code))
    assert not failures, failures


def test_a_bad_id_among_good_ones_changes_nothing_and_is_said_in_english(world, root):
    """The whole selection is refused (the good id is not deleted alone), in the reader's
    language."""
    agency = world.agencies["other"]
    root.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = root.post(
        reverse("admin:pilots_agency_changelist"),
        {"action": "delete_selected", "index": 0, ACTION_CHECKBOX_NAME: [agency.pk, "NaN"]},
        follow=True,
    )
    assert response.status_code == 200
    assert REFUSED["en"] in response.content.decode()
    assert type(agency).objects.filter(pk=agency.pk).exists()


def test_the_confirmed_delete_is_checked_as_well(world, root):
    """The confirmation page posts the ids again (without ``index``): the same check."""
    response = root.post(
        reverse("admin:pilots_agency_changelist"),
        {"action": "delete_selected", "post": "yes", ACTION_CHECKBOX_NAME: ["NaN"]},
        follow=True,
    )
    assert response.status_code == 200
    assert REFUSED["zh-hans"] in response.content.decode()


def test_good_ids_still_reach_the_action(world, root):
    agency = world.agencies["other"]
    response = root.post(
        reverse("admin:pilots_agency_changelist"),
        {"action": "delete_selected", "index": 0, ACTION_CHECKBOX_NAME: [agency.pk]},
    )
    assert response.status_code == 200
    assert "确定" in response.content.decode() or "sure" in response.content.decode()


def test_an_empty_to_field_opens_the_object_as_without_one(world, root):
    """``?_to_field=`` (empty) on a change or delete page answered 500 on every model:
    Django skips its check of the field for an empty name and then looks the field '' up
    (FieldDoesNotExist). Found by the hostile sweep of the admin's query strings."""
    pages, failures = 0, []
    for model in admin.site._registry:
        obj = model._default_manager.order_by("pk").first()
        if obj is None:
            continue
        info = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        for view in ("change", "delete"):
            pages += 1
            response = root.get(reverse(f"{info}_{view}", args=[obj.pk]) + "?_to_field=")
            if response.status_code not in (200, 403):  # 403: a list that deletes nothing
                failures.append((model._meta.label, view, response.status_code))
    assert pages >= 20
    assert not failures, failures

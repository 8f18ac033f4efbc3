"""A zone cannot be put under itself or under a zone below it: in the admin (a field error in
the reader's language, not the 500 of the check constraint) and in a plan fixture, whether the
loop lies within the batch or closes over zones already in the database."""

import copy

import pytest
import yaml
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from pilots.models import PilotZone
from pilots.plan_fixtures import PlanFixtureInvalid, plan_document_parse
from pilots.plan_loading import plans_load
from pilots.plan_uploads import plan_upload_preview
from tests.admin_forms import change_form
from tests.bounded import within
from tests.factories import UserFactory, ZoneFactory
from tests.pilots.test_plan_loading import PLAN

SELF_OR_BELOW = {"zh-hans": "上级试验区不能是它自己或它的下级",
                 "en": "A pilot zone cannot be placed under itself or a zone below it"}  # fmt: skip


def _three_deep():
    city = ZoneFactory(slug="city", name="某市")
    district = ZoneFactory(slug="district", name="某区", parent=city)
    town = ZoneFactory(slug="town", name="某镇", parent=district)
    return city, district, town


@pytest.mark.django_db
@pytest.mark.parametrize("which", ["itself", "child", "grandchild"])
def test_a_zone_under_itself_or_below_is_refused_at_model_level(which):
    city, district, town = _three_deep()
    city.parent = {"itself": city, "child": district, "grandchild": town}[which]
    with pytest.raises(ValidationError) as refused:
        city.full_clean()
    assert refused.value.message_dict["parent"] == [SELF_OR_BELOW["zh-hans"]]


@pytest.mark.django_db
def test_a_zone_moved_elsewhere_is_accepted():
    city, _district, town = _three_deep()
    town.parent = city
    town.full_clean()
    ZoneFactory(slug="new", name="新区", parent=town).full_clean()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh-hans", "en"])
@pytest.mark.parametrize("which", ["itself", "grandchild"])
def test_the_admin_refuses_a_looping_parent_zone_in_the_readers_language(
    admin_client, language, which
):
    city, _district, town = _three_deep()
    if language == "en":
        admin_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    url = reverse("admin:pilots_pilotzone_change", args=[city.pk])
    data = change_form(admin_client, url)
    data["parent"] = {"itself": city, "grandchild": town}[which].pk
    response = within(10, lambda: admin_client.post(url, data))
    assert response.status_code == 200  # the form again with the error: no 500, nothing saved
    assert SELF_OR_BELOW[language] in response.content.decode()
    assert PilotZone.objects.get(pk=city.pk).parent_id is None


@pytest.mark.django_db
def test_the_admin_still_moves_a_zone(admin_client):
    city, _district, town = _three_deep()
    url = reverse("admin:pilots_pilotzone_change", args=[town.pk])
    data = change_form(admin_client, url) | {"parent": city.pk}
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert PilotZone.objects.get(pk=town.pk).parent_id == city.pk


def _plan(zone: str, parent: str | None, code: str, name: str) -> dict:
    data = copy.deepcopy(PLAN)
    data["zone"] = {"slug": zone, "name": name, "level": "city"}
    if parent:
        data["zone"] |= {"parent": parent, "level": "district"}
    data["plan"]["code"] = code
    return data


def _doc(data, name):
    return plan_document_parse(name=name, text=yaml.safe_dump(data, allow_unicode=True))


@pytest.mark.django_db
def test_a_batch_whose_zones_are_each_others_parents_is_refused():
    one = _doc(_plan("one", "two", "one-ai", "一市"), "one.yaml")
    two = _doc(_plan("two", "one", "two-ai", "二市"), "two.yaml")
    with translation.override("en"), pytest.raises(PlanFixtureInvalid) as refused:
        plans_load([one, two])
    messages = [str(e) for e in refused.value.errors]
    assert messages == [
        "one.yaml: zone.parent: the parent zones form a loop: one → two → one",
        "two.yaml: zone.parent: the parent zones form a loop: one → two → one",
    ]
    assert not PilotZone.objects.exists()


@pytest.mark.django_db
def test_a_fixture_putting_a_zone_under_its_own_district_is_refused_in_the_preview():
    plans_load([_doc(_plan("city", None, "city-ai", "某市"), "city.yaml")])
    plans_load([_doc(_plan("district", "city", "district-ai", "某区"), "district.yaml")])
    text = yaml.safe_dump(_plan("city", "district", "city-ai", "某市"), allow_unicode=True)
    admin = UserFactory(username="root", is_superuser=True, is_staff=True)
    upload = plan_upload_preview(file_name="city.yaml", text=text, user=admin)
    assert upload.errors == [
        {
            "file": "city.yaml",
            "path": "zone.parent",
            "message": "上级试验区首尾相连，成了循环：city → district → city",
            "line": None,
        }
    ]
    assert PilotZone.objects.get(slug="city").parent is None

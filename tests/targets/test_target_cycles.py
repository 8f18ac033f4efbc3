"""A target cannot detail itself or a target that details it (其中), nor a target of another
plan: in the admin (a field error in the reader's language, not the 500 of the check
constraint) and in a plan fixture. Sections whose parents already loop are rolled up and shown
on the plan page all the same, each walk ending."""

import datetime

import pytest
import yaml
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse

from pilots.plan_fixtures import PlanFixtureInvalid, plan_document_parse
from targets.models import Snapshot, Target
from tasks.models import Section
from tests.admin_forms import change_form
from tests.bounded import within
from tests.factories import PlanFactory
from tests.pilots.test_plan_loading import edited
from tests.targets.factories import TargetFactory
from tests.tasks.factories import SectionFactory, TaskFactory

SELF_OR_BELOW = {"zh-hans": "上级指标不能是它自己或它的下级",
                 "en": "A target cannot be placed under itself or one of the targets under it"}  # fmt: skip  # noqa: E501
OTHER_PLAN = {"zh-hans": "上级指标须属于同一规划",
              "en": "A target's parent target must belong to the same plan"}  # fmt: skip


def _three_deep():
    total = TargetFactory(code="T1", metric="核心产业规模")
    part = TargetFactory(goal=total.goal, code="T2", metric="其中软件", parent=total)
    detail = TargetFactory(goal=total.goal, code="T3", metric="其中基础软件", parent=part)
    return total, part, detail


@pytest.mark.django_db
@pytest.mark.parametrize("which", ["itself", "child", "grandchild"])
def test_a_target_under_itself_or_below_is_refused_at_model_level(which):
    total, part, detail = _three_deep()
    total.parent = {"itself": total, "child": part, "grandchild": detail}[which]
    with pytest.raises(ValidationError) as refused:
        total.full_clean()
    assert refused.value.message_dict["parent"] == [SELF_OR_BELOW["zh-hans"]]


@pytest.mark.django_db
def test_a_target_under_a_target_of_another_plan_is_refused():
    _total, part, _detail = _three_deep()
    part.parent = TargetFactory(goal__plan=PlanFactory())
    with pytest.raises(ValidationError) as refused:
        part.full_clean()
    assert refused.value.message_dict["parent"] == [OTHER_PLAN["zh-hans"]]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zh-hans", "en"])
@pytest.mark.parametrize("which", ["itself", "grandchild", "other plan"])
def test_the_admin_refuses_a_looping_or_foreign_parent_target_in_the_readers_language(
    admin_client, language, which
):
    total, _part, detail = _three_deep()
    elsewhere = TargetFactory(goal__plan=PlanFactory())
    if language == "en":
        admin_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    url = reverse("admin:targets_target_change", args=[total.pk])
    data = change_form(admin_client, url)
    data["parent"] = {"itself": total, "grandchild": detail, "other plan": elsewhere}[which].pk
    response = within(10, lambda: admin_client.post(url, data))
    assert response.status_code == 200  # the form again with the error: no 500, nothing saved
    expected = (OTHER_PLAN if which == "other plan" else SELF_OR_BELOW)[language]
    assert expected in response.content.decode().replace("&#x27;", "'")
    assert Target.objects.get(pk=total.pk).parent_id is None


@pytest.mark.django_db
def test_the_admin_still_saves_a_target_moved_within_its_plan(admin_client):
    total, _part, detail = _three_deep()
    url = reverse("admin:targets_target_change", args=[detail.pk])
    data = change_form(admin_client, url) | {"parent": total.pk}
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Target.objects.get(pk=detail.pk).parent_id == total.pk


def _parents(data, **parents):
    targets = {t["code"]: t for g in data["goals"] for t in g["targets"]}
    for code, parent in parents.items():
        targets[code]["parent"] = parent


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_a_fixture_whose_targets_detail_each_other_is_refused(language):
    from django.utils import translation

    data = edited(lambda d: _parents(d, T1="T2", T2="T1"))
    with translation.override(language), pytest.raises(PlanFixtureInvalid) as refused:
        plan_document_parse(name="loop.yaml", text=yaml.safe_dump(data, allow_unicode=True))
    expected = {
        "zh-hans": "loop.yaml: goals[0].targets[0].parent: "
        "上级指标首尾相连，成了循环：T1 → T2 → T1",
        "en": "loop.yaml: goals[0].targets[0].parent: the parent targets form a loop: T1 → T2 → T1",
    }[language]
    assert [str(e) for e in refused.value.errors] == [expected]


def test_a_fixture_whose_sections_nest_in_themselves_is_refused():
    """Sections nest in the file, so a loop needs a section inside one of its own code."""
    inner = {"code": "三.(一)", "title": "又是研究", "kind": "key_task"}
    data = edited(lambda d: d["sections"][0].__setitem__("sections", [inner]))
    with pytest.raises(PlanFixtureInvalid) as refused:
        plan_document_parse(name="nest.yaml", text=yaml.safe_dump(data, allow_unicode=True))
    assert next(e.path for e in refused.value.errors).startswith("sections[0].sections[0]")


def _looping_sections():
    top = SectionFactory(numbering="四、", title="重点任务", order=1)
    middle = SectionFactory(plan=top.plan, parent=top, numbering="(一)", title="智能制造", order=2)
    bottom = SectionFactory(plan=top.plan, parent=middle, numbering="1.", title="加强基础", order=3)
    for section, percent in ((top, 10), (middle, 20), (bottom, 60)):
        TaskFactory(section=section, plan=section.plan, percent=percent, status="in_progress")
    Section.objects.filter(pk=top.pk).update(parent=bottom)  # as SQL or an old release could
    return top, middle, bottom


@pytest.mark.django_db
def test_a_plan_whose_sections_loop_is_rolled_up(caplog):
    from targets.rollup import plan_rollup

    top, middle, bottom = _looping_sections()
    within(20, lambda: plan_rollup(plan=top.plan, as_of=datetime.date(2024, 6, 30)))
    figures = {
        s.object_id: s.figures
        for s in Snapshot.objects.filter(plan=top.plan, scope=Snapshot.Scope.SECTION)
    }
    # Cut where the loop closes on the first section: top heads the other two.
    assert figures[top.pk]["tasks"] == 3
    assert figures[middle.pk]["tasks"] == 2 and figures[bottom.pk]["tasks"] == 1
    assert any("loop" in r.getMessage() for r in caplog.records)


@pytest.mark.django_db
def test_the_plan_page_of_looping_sections_answers(admin_client):
    top, _middle, _bottom = _looping_sections()
    response = within(20, lambda: admin_client.get(reverse("plan-detail", args=[top.plan.code])))
    assert response.status_code == 200
    page = response.content.decode()
    assert all(title in page for title in ("重点任务", "智能制造", "加强基础"))

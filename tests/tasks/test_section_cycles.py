"""A section cannot be put under itself, under one of its own sub-sections or under a section
of another plan (admin and any ModelForm: a field error, in the reader's language); sections
whose parents already loop (written by SQL, an old fixture, an older release) are walked to
an end by the task page, the plan outline, the export and the headings."""

import subprocess
import sys
import textwrap

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse

from tasks.models import Section
from tests.admin_forms import change_form
from tests.bounded import within
from tests.factories import PlanFactory
from tests.tasks.factories import SectionFactory, TaskFactory

pytestmark = pytest.mark.django_db

SELF_OR_BELOW = {"zh-hans": "上级章节不能是它自己或它的下级",
                 "en": "A section cannot be placed under itself or one of its own sub-sections"}  # fmt: skip  # noqa: E501
OTHER_PLAN = {"zh-hans": "上级章节须属于同一规划",
              "en": "A section's parent section must belong to the same plan"}  # fmt: skip


def _three_deep():
    top = SectionFactory(numbering="四、", title="重点任务", order=1)
    middle = SectionFactory(plan=top.plan, parent=top, numbering="(一)", title="智能制造", order=2)
    bottom = SectionFactory(plan=top.plan, parent=middle, numbering="1.", title="加强基础", order=3)
    return top, middle, bottom


def _loop(*sections):
    """Each section's parent the next one's, the last's the first's: as SQL could write it."""
    for section, parent in zip(sections, [*sections[1:], sections[0]], strict=True):
        Section.objects.filter(pk=section.pk).update(parent=parent)


@pytest.mark.parametrize("which", ["itself", "child", "grandchild"])
def test_a_section_under_itself_or_below_is_refused_at_model_level(which):
    top, middle, bottom = _three_deep()
    top.parent = {"itself": top, "child": middle, "grandchild": bottom}[which]
    with pytest.raises(ValidationError) as refused:
        top.full_clean()
    assert refused.value.message_dict["parent"] == [SELF_OR_BELOW["zh-hans"]]


def test_a_section_under_a_section_of_another_plan_is_refused():
    _top, middle, _bottom = _three_deep()
    elsewhere = SectionFactory(plan=PlanFactory())
    middle.parent = elsewhere
    with pytest.raises(ValidationError) as refused:
        middle.full_clean()
    assert refused.value.message_dict["parent"] == [OTHER_PLAN["zh-hans"]]


def test_a_section_moved_under_a_sibling_or_to_the_top_is_accepted():
    top, middle, bottom = _three_deep()
    sibling = SectionFactory(plan=top.plan, parent=top)
    bottom.parent = sibling
    bottom.full_clean()
    middle.parent = None
    middle.full_clean()


@pytest.mark.parametrize("language", ["zh-hans", "en"])
@pytest.mark.parametrize("which", ["itself", "grandchild", "other plan"])
def test_the_admin_refuses_a_looping_or_foreign_parent_in_the_readers_language(
    admin_client, language, which
):
    top, _middle, bottom = _three_deep()
    elsewhere = SectionFactory(plan=PlanFactory())
    if language == "en":
        admin_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    url = reverse("admin:tasks_section_change", args=[top.pk])
    data = change_form(admin_client, url)
    data["parent"] = {"itself": top, "grandchild": bottom, "other plan": elsewhere}[which].pk
    response = within(10, lambda: admin_client.post(url, data))  # saved, its name would loop
    assert response.status_code == 200  # the form again, with the error: not a 500, not saved
    expected = (OTHER_PLAN if which == "other plan" else SELF_OR_BELOW)[language]
    assert expected in response.content.decode().replace("&#x27;", "'")
    assert Section.objects.get(pk=top.pk).parent_id is None


def test_the_admin_still_saves_a_section_moved_within_its_plan(admin_client):
    top, _middle, bottom = _three_deep()
    url = reverse("admin:tasks_section_change", args=[bottom.pk])
    data = change_form(admin_client, url)
    data["parent"] = top.pk
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Section.objects.get(pk=bottom.pk).parent_id == top.pk


def test_the_headings_of_looping_sections_end_in_a_separate_process():
    """Sections linked in memory in a loop (no database): the walk over their parents must end.
    In a subprocess with a timeout, so that a walk that never ends fails this test."""
    script = textwrap.dedent(
        """
        import django
        django.setup()
        from tasks.models import Section
        a, b, c = (Section(pk=n, numbering=f"{n}.", title=f"t{n}") for n in (1, 2, 3))
        a.parent, b.parent, c.parent = b, c, a
        print(a.heading, "|", a.depth, "|", " > ".join(b.heading_path))
        """
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the walk over looping sections' parents did not end in 60 s")
    assert done.returncode == 0, done.stderr[-3000:]
    heading, depth, path = done.stdout.strip().split(" | ")
    assert heading == "3. 2. 1. t1"  # the walk stops before it comes back to the section
    assert depth == "2"
    assert path == "1. t1 > 3. t3 > 2. t2"
    assert "loop" in done.stderr


def test_a_task_page_under_looping_sections_answers(admin_client):
    top, middle, bottom = _three_deep()
    task = TaskFactory(section=bottom, plan=bottom.plan, numbering="(1)")
    _loop(top, middle, bottom)
    response = within(10, lambda: admin_client.get(reverse("task-detail", args=[task.pk])))
    assert response.status_code == 200
    assert "加强基础" in response.content.decode()


def test_the_plan_outline_of_looping_sections_shows_every_section(admin_client):
    from tasks.selectors import sections_outline

    top, middle, bottom = _three_deep()
    for section in (top, middle, bottom):
        TaskFactory(section=section, plan=section.plan)
    _loop(top, middle, bottom)
    outline = within(10, lambda: sections_outline(plan=top.plan))

    def every(sections):
        for section in sections:
            yield section
            yield from every([item for kind, item in section.entries if kind == "section"])

    assert sorted(s.pk for s in every(outline)) == sorted([top.pk, middle.pk, bottom.pk])
    assert [s.pk for s in outline] == [top.pk]  # cut where the loop closes on the first


def test_the_tasks_export_of_looping_sections_ends():
    from tasks.exports import tasks_table

    top, middle, bottom = _three_deep()
    TaskFactory(section=bottom, plan=bottom.plan, numbering="(1)")
    _loop(top, middle)
    (row,) = within(10, lambda: list(tasks_table(top.plan.code)))
    assert row[2] == "四、(一) 1. 加强基础"  # its walk stopped where the loop closes

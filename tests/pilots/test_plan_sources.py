"""load_plans --sources: a fixture loaded from the command line keeps its source document, so
each task's 原文 view works as it does for a plan loaded from a draft in the browser."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pilots.models import Plan, PlanSource
from tasks.models import Task
from tests.factories import UserFactory

FIXTURES = ["fixtures/plans/changchun.yaml", "fixtures/plans/chongqing.yaml"]


@pytest.fixture
def root(db):
    return UserFactory(username="root", is_superuser=True, is_staff=True)


def _load(*args) -> str:
    out = io.StringIO()
    call_command("load_plans", *args, stdout=out)
    return out.getvalue()


def test_each_fixture_keeps_its_source_and_every_task_its_passage(root, seeds_dir, client):
    # Chongqing's source is Traditional script with page junk: its cleaning is replayed
    said = _load(*FIXTURES, "--sources", str(seeds_dir))
    assert "14 of 14 task passages located" in said and "26 of 26" in said
    for code, tasks in (("changchun-ai", 14), ("chongqing-ai", 26)):
        source = PlanSource.objects.get(plan__code=code)
        assert source.uploaded_by == root and source.loaded_at and source.kind == "txt"
        assert len(source.passages) == tasks == Task.objects.filter(plan__code=code).count()
    task = Task.objects.filter(plan__code="changchun-ai").order_by("pk").first()
    client.force_login(root)
    page = client.get(reverse("task-source", args=[task.pk]))
    assert page.status_code == 200 and task.title in page.content.decode()
    download = client.get(reverse("plan-source-file", args=["changchun-ai"]))
    assert download.status_code == 200 and b"".join(download.streaming_content)
    download.close()


def test_loading_again_keeps_one_source_per_plan(root, seeds_dir):
    _load(FIXTURES[0], "--sources", str(seeds_dir))
    _load(FIXTURES[0], "--sources", str(seeds_dir), "--uploaded-by", "root")
    assert PlanSource.objects.count() == 1


def test_a_missing_source_loads_nothing(root, tmp_path):
    with pytest.raises(CommandError, match="nothing was loaded"):
        _load(FIXTURES[0], "--sources", str(tmp_path))
    assert not Plan.objects.exists() and not PlanSource.objects.exists()


def test_the_uploader_must_exist(db, seeds_dir):
    with pytest.raises(CommandError, match="no superuser"):
        _load(FIXTURES[0], "--sources", str(seeds_dir))
    with pytest.raises(CommandError, match="no user 'nobody'"):
        _load(FIXTURES[0], "--sources", str(seeds_dir), "--uploaded-by", "nobody")


def test_a_dry_run_with_sources_checks_them_and_keeps_nothing(root, seeds_dir):
    _load(FIXTURES[0], "--sources", str(seeds_dir), "--dry-run")
    assert not PlanSource.objects.exists()


def test_the_task_page_links_its_passage_without_reading_the_source_text(root, seeds_dir, client):
    # A source keeps up to 500,000 characters: every task page read it whole to find one key.
    _load(FIXTURES[0], "--sources", str(seeds_dir))
    task = Task.objects.filter(plan__code="changchun-ai").order_by("pk").first()
    client.force_login(root)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("task-detail", args=[task.pk]))
    assert reverse("task-source", args=[task.pk]) in page.content.decode()
    reads = [q["sql"] for q in queries if "pilots_plansource" in q["sql"]]
    assert reads and not any('"pilots_plansource"."text"' in sql for sql in reads), reads
    PlanSource.objects.update(passages={})
    page = client.get(reverse("task-detail", args=[task.pk]))
    assert reverse("task-source", args=[task.pk]) not in page.content.decode()


def test_the_task_page_opens_the_source_on_the_task_passage(root, seeds_dir, client):
    # The passage comes after its context (a screen or two of the text before it): the link
    # lands on the passage itself, not on the start of that context.
    _load(FIXTURES[0], "--sources", str(seeds_dir))
    task = Task.objects.filter(plan__code="changchun-ai").order_by("pk").first()
    client.force_login(root)
    page = client.get(reverse("task-detail", args=[task.pk])).content.decode()
    assert f'href="{reverse("task-source", args=[task.pk])}#passage"' in page
    source = client.get(reverse("task-source", args=[task.pk]) + "?full=1").content.decode()
    assert f'href="{reverse("task-source", args=[task.pk])}#passage"' in source

"""In a real browser: every kind of page runs under the Content-Security-Policy without a single
violation (Plotly, htmx and the Django admin included), and long notes wrap instead of breaking
the task page. Screenshots (1440 and 390 px, zh and en) land in test-artifacts/."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from pilots.models import Agency, Membership, Plan
from tasks.models import Task
from tasks.services import status_update_record
from tests.conftest import ARTIFACTS, browser_login
from tests.factories import UserFactory
from tests.world import TODAY, World

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
VIOLATION = "Content Security Policy"


def visit(page, path):
    page.goto(page.base_url + path)
    page.wait_for_load_state("networkidle")
    violations = [e for e in page.console_errors if VIOLATION in e]
    assert violations == [], (path, violations)


def test_every_kind_of_page_runs_under_the_policy(browser_page, all_plans):
    call_command("seed_demo", verbosity=0)
    page = browser_page
    browser_login(page, "admin", "pilot-admin-2026")
    task = Task.objects.filter(plan__code="chongqing-ai").order_by("order").first()
    agency = Agency.objects.get(zone__slug="chongqing", code="science-tech")
    for path in [
        "/", "/help/", f"/plans/{task.plan.code}/", task.get_absolute_url(),
        "/dashboard/", "/dashboard/zones/chongqing/", f"/dashboard/agencies/{agency.pk}/",
        "/zone-admin/chongqing/", "/tasks/notifications/", "/admin/", "/admin/pilots/plan/",
        "/admin/pilots/plan/upload/", "/admin/targets/observation/import/",
        f"/admin/tasks/task/{task.pk}/change/", "/admin/pilots/membership/add/",
    ]:  # fmt: skip
        visit(page, path)
    charts = page.locator(".chart[data-figure]")
    page.goto(page.base_url + "/dashboard/zones/chongqing/")
    for i in range(charts.count()):
        charts.nth(i).scroll_into_view_if_needed()
        charts.nth(i).locator("svg.main-svg").first.wait_for(timeout=10_000)
    assert page.console_errors == []


def test_htmx_filters_my_tasks_under_the_policy(browser_page):
    World()
    page = browser_page
    browser_login(page, "lead-staff")
    visit(page, reverse("my-tasks"))
    with page.expect_response(lambda r: "status=completed" in r.url):
        page.select_option("select[name=status]", "completed")
    page.wait_for_selector("text=共 0 项任务")
    with page.expect_response(lambda r: "status=&" in r.url):
        page.select_option("select[name=status]", "")
    page.wait_for_selector("text=建设人工智能开放创新平台")
    assert page.console_errors == []


@pytest.mark.parametrize(("width", "language"), [(1440, "zh-hans"), (390, "zh-hans"), (1440, "en")])
def test_long_notes_wrap_and_leave_the_agency_column_readable(browser_page, width, language):
    world = World()
    for note in ("长" * 5000, "x" * 5000, "https://example.gov.cn/" + "a/" * 2000):
        status_update_record(
            task=world.task, status="in_progress", percent=30, reported_on=TODAY(), note=note,
            agency=world.agencies["lead"], author=world.users["lead_staff"],
        )  # fmt: skip
    page = browser_page
    page.set_viewport_size({"width": width, "height": 900})
    browser_login(page, "lead-staff")
    if language == "en":
        page.click("button[value=en]")
        page.wait_for_load_state("networkidle")
    visit(page, world.task.get_absolute_url())
    agency = page.locator("td.agency").first.bounding_box()
    assert agency["width"] >= 100, agency
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"long-note-{width}-{language}.png"), full_page=False)


def test_refusals_explain_themselves(browser_page):
    """The verify button's place explains segregation of duties; a 403 says why."""
    world = World()
    me = world.users["zone_admin"]
    Membership.objects.create(user=me, role="manager", agency=world.agencies["lead"])
    status_update_record(
        task=world.task, status="completed", percent=100, reported_on=TODAY(), author=me,
        agency=world.agencies["lead"], evidence_url="https://gov.cn/a",
    )  # fmt: skip
    UserFactory(username="root", is_superuser=True, is_staff=True)
    page = browser_page
    browser_login(page, "admin-a")
    visit(page, world.task.get_absolute_url())
    assert "职责分离" in page.inner_text("#verify-refusal")
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#h-verify").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "verify-refusal-1440-zh-hans.png"))
    page.goto(page.base_url + reverse("zone-admin", args=[world.other_zone.slug]))
    assert "只有本试验区的管理员可以办理" in page.inner_text("#denied-reason")
    page.screenshot(path=str(ARTIFACTS / "denied-1440-zh-hans.png"))
    assert Plan.objects.exists()

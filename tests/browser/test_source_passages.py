"""A task's place in its plan and its passage in the source document, on an English page: the
Chinese quoted from the document (its numbering, part, title and passage) is marked
lang="zh-Hans" for a screen reader's Chinese voice, and the page's own English words (a label,
a link back to the draft) are never inside it unmarked, read with that voice."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from pilots.models import Membership
from tasks.models import Task
from tests.browser.test_accessibility import HAN_UNMARKED
from tests.conftest import browser_login
from tests.factories import UserFactory
from tests.pilots.test_plan_drafts import drafted

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# English words (an aria-label, a title, a text) whose nearest lang is Chinese: read with a
# Chinese voice.
ENGLISH_IN_CHINESE = """() => {
  const latin = /[A-Za-z]{3}/, han = /[\\u3400-\\u9fff]/;
  const lang = e => (e.closest("[lang]") || document.documentElement).lang.toLowerCase();
  const out = [];
  for (const e of document.querySelectorAll("main *")) {
    if (!lang(e).startsWith("zh") || e.closest("script, style, code, [aria-hidden=true]")) continue;
    for (const name of ["aria-label", "title"]) {
      const v = e.getAttribute(name);
      if (v && latin.test(v) && !han.test(v)) out.push(`${e.tagName}[${name}=${v}]`);
    }
    for (const n of e.childNodes) {
      if (n.nodeType === 3 && latin.test(n.data) && !han.test(n.data)) out.push(n.data.trim());
    }
  }
  return out;
}"""


def test_the_source_passage_pages_mark_the_documents_chinese_on_an_english_page(
    browser_page, seeds_dir
):
    # the demo's accounts have Chinese names, shown in every page's header
    root = UserFactory(username="root", is_superuser=True, is_staff=True, first_name="系统管理员")
    call_command(
        "load_plans", "fixtures/plans/chongqing.yaml", "fixtures/plans/qijiang.yaml",
        "--sources", str(seeds_dir), stdout=io.StringIO(),
    )  # fmt: skip
    task = Task.objects.get(plan__code="qijiang-ai", code="三.(一).1")
    zone = task.plan.zone
    Membership.objects.create(user=root, role="zone_admin", zone=zone)
    seed = next(seeds_dir.glob("002_*.txt"))
    draft = drafted(zone, root, "綦江.txt", seed.read_bytes(), plan_code="qijiang-ai-2026")
    page = browser_page
    page.context.add_cookies([{"name": "django_language", "value": "en", "url": page.base_url}])
    browser_login(page, "root")
    found = {}
    for path in (
        reverse("task-detail", args=[task.pk]),
        reverse("task-source", args=[task.pk]),
        reverse("task-source", args=[task.pk]) + "?full=1",
        reverse("plan-draft", args=[zone.slug, draft.pk]),
    ):
        assert page.goto(page.base_url + path).status == 200
        unmarked, english = page.evaluate(HAN_UNMARKED), page.evaluate(ENGLISH_IN_CHINESE)
        if unmarked or english:
            found[path] = {"Chinese unmarked": unmarked[:5], "English in Chinese": english[:5]}
    assert found == {}
    page.goto(page.base_url + reverse("task-detail", args=[task.pk]))
    place = page.locator("dt", has_text="Place in the plan document").locator("+ dd")
    assert place.inner_text() == "重点任务 三、(一) 1."


def test_the_drafts_notes_to_check_are_not_clipped_in_a_box_on_a_phone(browser_page, seeds_dir):
    """Regression: at 390 px the list of notes to check was a box 16rem high scrolling on its
    own inside the page: Qijiang's four notes showed two and a half, the third cut mid-line."""
    root = UserFactory(username="root", is_superuser=True, is_staff=True)
    call_command(
        "load_plans", "fixtures/plans/chongqing.yaml", "fixtures/plans/qijiang.yaml",
        stdout=io.StringIO(),
    )  # fmt: skip
    zone = Task.objects.get(plan__code="qijiang-ai", code="三.(一).1").plan.zone
    Membership.objects.create(user=root, role="zone_admin", zone=zone)
    seed = next(seeds_dir.glob("002_*.txt"))
    draft = drafted(zone, root, "綦江.txt", seed.read_bytes(), plan_code="qijiang-ai-2026")
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 900})
    browser_login(page, "root")
    page.goto(page.base_url + reverse("plan-draft", args=[zone.slug, draft.pk]))
    notes = page.locator(".review-list")
    assert notes.locator("li").count() >= 4
    assert notes.evaluate("e => e.scrollHeight - e.clientHeight") <= 1

"""A new plan from its document, in a real browser: a zone admin uploads the plan as a PDF, as a
DOCX and as an Excel task list, reviews each draft beside its source, fixes an item in the YAML
editor and loads it; the plan then has its tasks and targets, and a task's 原文 link shows its
passage."""

import html

import pytest

from pilots.models import Membership, Plan, PlanSource
from pilots.plan_fixtures import plan_document_parse
from targets.models import Target
from tasks.models import Task
from tests.conftest import browser_login
from tests.factories import UserFactory, ZoneFactory
from tests.pilots.test_plan_drafts import HEFEI, docx_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def pdf_of(page, text: str, path) -> None:
    """The text printed to PDF by the same headless Chromium (a text layer, as a government
    site's PDF has)."""
    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines())
    page.set_content(
        '<html><head><meta charset="utf-8"><style>body{font-size:14px}'
        "p{text-indent:2em;margin:0 0 .2em}</style></head>"
        f"<body>{body}</body></html>"
    )
    page.pdf(path=str(path), format="A4")


def upload(page, path, plan_code: str) -> None:
    page.goto(page.base_url + "/zone-admin/hefei/drafts/")
    page.set_input_files("#id_file", str(path))
    page.fill("#id_plan_code", plan_code)
    page.click("button[type=submit].primary")
    page.wait_for_selector("#source-text", timeout=60_000)


def review_beside_the_source(page) -> None:
    """Follow the first task of the draft to its passage: focused, marked, its own text."""
    from playwright.sync_api import expect

    assert page.locator(".review-list li").count() > 0
    link = page.locator("#d-sections-0-tasks-0 > a.to-source")
    title = link.inner_text().split(" ", 1)[-1].strip()
    link.focus()
    page.keyboard.press("Enter")
    passage = page.locator("#src-sections-0-tasks-0")
    expect(passage).to_be_focused()
    assert "is-current" in passage.get_attribute("class")
    assert title[:6] in passage.inner_text()
    assert passage.locator("mark.passage-annotation").count() >= 1
    assert page.locator("mark.passage-target").count() >= 1
    # Back from the passage to its item in the draft.
    passage.locator("a.back").click()
    expect(page.locator("#d-sections-0-tasks-0")).to_be_focused()


def fix_and_load(page, find: str, replace: str) -> None:
    """Correct one line in the YAML editor, save and preview, confirm."""
    page.click("text=2 修改草稿（YAML）")
    editor = page.locator("textarea.yaml-editor")
    text = editor.input_value()
    assert find in text
    editor.fill(text.replace(find, replace, 1))
    page.click("#save-and-preview")
    page.wait_for_selector("#preview")
    page.click("#confirm")
    page.wait_for_selector("text=规划已载入")


def test_a_zone_admin_drafts_reviews_fixes_and_loads_a_plan_from_pdf_and_docx(
    browser_page, seeds_dir, tmp_path
):
    zone = ZoneFactory(slug="hefei", name="合肥市", name_en="Hefei", level="city")
    admin = UserFactory(username="hf-admin")
    Membership.objects.create(user=admin, role="zone_admin", zone=zone)
    text = (seeds_dir / HEFEI).read_text(encoding="utf-8")
    page = browser_page

    pdf = tmp_path / "合肥实施方案.pdf"
    pdf_of(page, text, pdf)
    browser_login(page, "hf-admin")
    upload(page, pdf, "hefei-ai-2026")
    review_beside_the_source(page)
    fix_and_load(page, "issuer: 合肥市人民*", "issuer: 合肥市人民政府")

    plan = Plan.objects.get(code="hefei-ai-2026")
    assert plan.issuer == "合肥市人民政府" and plan.zone == zone
    drafted = plan_document_parse(name="d", text=PlanSource.objects.get(plan=plan).draft.text)
    tasks = Task.objects.filter(plan=plan)
    assert tasks.count() == sum(len(s.get("tasks", [])) for s in drafted.data["sections"]) >= 20
    assert Target.objects.filter(plan=plan).count() >= 5
    assert page.url.endswith(plan.get_absolute_url())
    task = tasks.order_by("order").first()
    assert task.title in page.inner_text("main")

    page.goto(page.base_url + f"/tasks/{task.pk}/")
    page.click("#task-source-link")
    page.wait_for_selector("mark#passage")
    assert task.title[:6] in page.inner_text("mark#passage")

    docx = tmp_path / "合肥实施方案.docx"
    docx.write_bytes(docx_of(text))
    upload(page, docx, "hefei-ai-2026-docx")
    review_beside_the_source(page)
    fix_and_load(page, "title: 合肥建设", "title: 合肥市建设")
    plan = Plan.objects.get(code="hefei-ai-2026-docx")
    assert plan.title.startswith("合肥市建设")
    assert Task.objects.filter(plan=plan).count() == tasks.count()
    assert PlanSource.objects.get(plan=plan).kind == "docx"
    assert page.console_errors == []


def test_a_successor_plan_with_a_very_long_title_reads_whole_on_a_phone(browser_page):
    """The zone page's switch between its plans: a long title wraps inside its button rather
    than being cut off by the round ends drawn for a one-line title."""
    from tests.pilots.factories import PlanFactory

    zone = ZoneFactory(slug="hefei", name="合肥市", name_en="Hefei", level="city")
    PlanFactory(zone=zone, code="hefei-ai", period_start=2020, period_end=2023)
    title = "合肥市人工智能+行动实施方案" + "暨人工智能与实体经济深度融合三年攻坚行动计划" * 3
    PlanFactory(zone=zone, code="hefei-ai-2026", title=title, period_start=2026, period_end=2028)
    UserFactory(username="root", is_superuser=True, is_staff=True)
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 900})
    browser_login(page, "root")
    page.goto(page.base_url + "/dashboard/zones/hefei/?plan=hefei-ai-2026")
    current = page.locator(".plan-tabs a[aria-current]")
    assert title in current.inner_text()
    # the title's first and last characters lie inside the button's drawn (rounded) shape,
    # not in a corner cut off by its radius, where white text on nothing is invisible
    inside = current.evaluate(
        """a => { const text = a.firstChild, range = document.createRange();
        const rect = a.getBoundingClientRect();
        const r = Math.min(parseFloat(getComputedStyle(a).borderTopLeftRadius),
                           rect.width / 2, rect.height / 2);
        return [0, text.data.trimEnd().length - 1].map(i => {
          range.setStart(text, i); range.setEnd(text, i + 1);
          const box = range.getBoundingClientRect();
          const x = box.left + box.width / 2, y = box.top + box.height / 2;
          const cx = Math.min(Math.max(x, rect.left + r), rect.right - r);
          const cy = Math.min(Math.max(y, rect.top + r), rect.bottom - r);
          return Math.hypot(x - cx, y - cy) <= r; }); }"""
    )
    assert inside == [True, True]


def _hefei_admin_on_a_phone(page, seeds_dir, tmp_path):
    """Hefei's zone admin logged in at 390 px, the Hefei seed saved as a file to upload."""
    zone = ZoneFactory(slug="hefei", name="合肥市", name_en="Hefei", level="city")
    Membership.objects.create(user=UserFactory(username="hf-admin"), role="zone_admin", zone=zone)
    source = tmp_path / "合肥实施方案.txt"
    source.write_text((seeds_dir / HEFEI).read_text(encoding="utf-8"), encoding="utf-8")
    page.set_viewport_size({"width": 390, "height": 900})
    browser_login(page, "hf-admin")
    return page, source


def test_the_review_list_numbers_stay_whole_on_a_phone(browser_page, seeds_dir, tmp_path):
    """The list of doubts runs past nine items: its two-digit numbers ("10.", "45.") stand in
    the list's left padding, which its scroll box clips, so the padding holds the widest."""
    page, source = _hefei_admin_on_a_phone(browser_page, seeds_dir, tmp_path)
    upload(page, source, "hefei-ai-2026")
    widest, padding = page.locator(".review-list").evaluate(
        """ol => { const items = ol.querySelectorAll(':scope > li');
        const number = document.createElement('span');
        number.textContent = items.length + '. ';
        number.style.cssText = 'position:absolute;visibility:hidden;white-space:pre';
        number.style.font = getComputedStyle(items[items.length - 1]).font;
        document.body.append(number);
        const width = number.getBoundingClientRect().width;
        number.remove();
        return [width, parseFloat(getComputedStyle(ol).paddingLeft)]; }"""
    )
    assert page.locator(".review-list > li").count() >= 10
    assert padding >= widest


def test_the_doubts_of_a_draft_made_in_chinese_read_in_english_after_the_switch(
    browser_page, seeds_dir, tmp_path
):
    """Uploaded from the Chinese page, the draft's notes are Chinese; the header's switch to
    English lists them in English, a name quoted from the plan still as printed (and marked
    Chinese for a screen reader), and back in Chinese as they were."""
    page, source = _hefei_admin_on_a_phone(browser_page, seeds_dir, tmp_path)
    upload(page, source, "")
    notes = page.locator(".review-list .review-note")
    chinese = notes.all_inner_texts()
    assert "规划代码按试验区默认生成：请确认没有与其他规划重复" in chinese

    page.click("form.lang button[value=en]")
    page.wait_for_selector("html[lang=en] .review-list")
    english = notes.all_inner_texts()
    assert len(english) == len(chinese)
    assert "code defaulted from the zone: check it names no other plan" in english
    assert not [note for note in english if "请" in note or "核对" in note]
    quoted = page.locator(".review-note span[lang=zh-Hans]", has_text="各县(市)区*").first
    assert "full name unknown" in quoted.locator("xpath=..").inner_text()
    # the list still fits the phone's width: no note pushes it sideways
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    page.click("form.lang button[value=zh-hans]")
    page.wait_for_selector("html[lang=zh-hans] .review-list")
    assert notes.all_inner_texts() == chinese
    assert page.console_errors == []


def test_a_zone_admin_drafts_and_loads_a_plan_from_an_excel_task_list(browser_page, tmp_path):
    from tests.pilots.drafting.test_xlsx_inputs import task_workbook

    zone = ZoneFactory(slug="hefei", name="合肥市", name_en="Hefei", level="city")
    admin = UserFactory(username="hf-admin")
    Membership.objects.create(user=admin, role="zone_admin", zone=zone)
    workbook = tmp_path / "重点任务分解表.xlsx"
    workbook.write_bytes(task_workbook())
    page = browser_page
    browser_login(page, "hf-admin")
    upload(page, workbook, "hefei-tasks-2026")
    assert "Excel (.xlsx)" in page.inner_text("main")
    review_beside_the_source(page)
    fix_and_load(page, "title: 建设城市算力网", "title: 建设全市算力网")
    plan = Plan.objects.get(code="hefei-tasks-2026")
    assert PlanSource.objects.get(plan=plan).kind == "xlsx"
    titles = list(Task.objects.filter(plan=plan).order_by("order").values_list("title", flat=True))
    assert titles == ["建设全市算力网", "开放应用场景"]
    assert Target.objects.filter(plan=plan).count() == 3
    assert page.console_errors == []

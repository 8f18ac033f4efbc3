"""Every main page, for each role it is meant for, audited by axe-core (WCAG 2.0/2.1 A and AA
rules, and its best-practice rules on landmarks and headings) in a real browser, in Chinese and
English, on a desktop and on a phone: no violation of impact "serious" or "critical", none of
the landmark and heading rules. A keyboard pass over each page checks what axe does not: that
every element the Tab key reaches shows its focus.

axe-core comes bundled in axe-playwright-python (axe.min.js inside the wheel), so nothing loads
from outside; browser_page fails the test if anything does."""

import pytest
from django.urls import resolve, reverse

from tests.conftest import browser_login
from tests.factories import UserFactory
from tests.pilots.test_plan_drafts import HEFEI, drafted
from tests.world import World, report_data

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
FAILING_IMPACTS = {"serious", "critical"}
# axe's best-practice rules on a page's landmarks and headings, which a screen reader user
# moves by: these fail at any impact (most are "moderate").
STRUCTURE_RULES = {"landmark-unique", "landmark-one-main", "landmark-no-duplicate-main",
                   "landmark-complementary-is-top-level", "landmark-main-is-top-level",
                   "heading-order", "page-has-heading-one", "region", "bypass"}  # fmt: skip
# (language cookie, viewport width): Chinese first, English as well; the phone width is where
# the layout changes (stacked tables, wrapped tabs, the collapsed navigation).
VIEWS = [("zh-hans", 1366), ("en", 1366), ("zh-hans", 390), ("en", 390)]


def audit(page) -> list[dict]:
    """axe-core's violations of the WCAG A/AA rules and of the structure rules on the page as
    it stands."""
    from axe_playwright_python.sync_playwright import Axe

    tags = {"runOnly": {"type": "tag", "values": [*WCAG_A_AA, "best-practice"]}}
    results = Axe().run(page, options={**tags, "resultTypes": []})
    return [
        v
        for v in results.response["violations"]
        if v["id"] in STRUCTURE_RULES or set(v["tags"]) & set(WCAG_A_AA)
    ]


def charts_drawn(page) -> None:
    charts = page.locator(".chart[data-figure]")
    for i in range(charts.count()):
        chart = charts.nth(i)
        chart.scroll_into_view_if_needed()  # a chart is drawn when it comes into view
        chart.locator("svg.main-svg").first.wait_for(timeout=10_000)


# What the focused element shows: an outline or a ring, and not inside something transparent
# (Plotly's mode bar is drawn at opacity 0 until the pointer comes over the chart).
FOCUS_SHOWN = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
    || style.boxShadow !== "none";
  let opacity = 1;
  for (let node = el; node instanceof Element; node = node.parentElement) {
    opacity *= parseFloat(getComputedStyle(node).opacity);
  }
  const classes = typeof el.className === "string" ? el.className.trim().split(/\\s+/) : [];
  const name = [el.tagName.toLowerCase() + (el.id ? "#" + el.id : ""), ...classes].join(".")
    + " " + (el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 30);
  return {name, shown: ring && opacity > 0.5};
}"""


def focus_unseen(page, limit: int = 80) -> list[str]:
    """Tab through the page (from its top, up to ``limit`` stops): the elements that take the
    keyboard's focus without showing it."""
    page.mouse.move(0, 0)
    page.evaluate("window.scrollTo(0, 0)")
    unseen, seen_names = [], set()
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_SHOWN)
        if focused is None:
            break  # past the last stop
        if not focused["shown"]:
            page.wait_for_timeout(400)  # what fades in on focus (Plotly's mode bar: 0.3 s)
            focused = page.evaluate(FOCUS_SHOWN)
        if not focused["shown"] and focused["name"] not in seen_names:
            unseen.append(focused["name"])
        seen_names.add(focused["name"])
    return unseen


EXPORT_TOKEN = "0123456789abcdef0123456789abcdef"


def export_ready(user) -> None:
    """An export of every plan, built: the state its page shows (set as the job leaves it;
    the tests run Celery eagerly, where the export page builds the file in the request)."""
    from django.core.cache import cache

    from targets.export_jobs import JOB_KEY

    state = {"user_id": user.id, "fmt": "xlsx", "table": "tasks", "language": "zh-hans",
             "stage": 3, "step": "done", "done": True, "error": "",
             "name": "全部规划.xlsx"}  # fmt: skip
    cache.set(JOB_KEY.format(EXPORT_TOKEN), state, 3600)


# On an English page, the Chinese there (the plan's own words: titles, sections, agencies,
# targets; the language switcher's "简体中文"; notes users wrote in Chinese) must be inside an
# element marked lang="zh…": a screen reader then reads it with a Chinese voice rather than
# spelling it out, or skipping it, in an English one. No text is allowed unmarked (but see below).
HAN_UNMARKED = """() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const out = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/[\\u3400-\\u9fff\\uf900-\\ufaff]/.test(n.data)) continue;
    const parent = n.parentElement;
    if (parent.closest("script, style, template, [aria-hidden=true]")) continue;  // not read aloud
    const lang = (parent.closest("[lang]") || document.documentElement).lang;
    if (!lang.toLowerCase().startsWith("zh")) out.push(n.data.trim().slice(0, 30));
  }
  return out;
}"""


# Pages (by URL name) where Chinese is still left unmarked on the English page, and how many
# texts: a ratchet, never to grow. What is left is English text quoting Chinese: translations
# ("Instructions (督办)") and the draft editor's error messages naming an agency. Every other
# page: none.
STILL_UNMARKED = {"briefing": 1, "zone-admin": 1, "plan-drafts": 1,
                  "plan-draft-edit": 3}  # fmt: skip


def audited_pages(world, draft) -> dict[str, list[str]]:
    """The pages each role works in, by the user who signs in to see them."""
    task, target, zone = world.task, world.target, world.zone.slug
    return {
        "": [reverse("login"), reverse("password_reset")],
        "leader-all": [
            reverse("dashboard"),
            reverse("dashboard-zone", args=[zone]),
            reverse("dashboard-agency", args=[world.agencies["lead"].pk]),
            reverse("target-comments", args=[target.pk]),
            reverse("plan-detail", args=[world.plan.code]),  # with its export links
            reverse("export-job", args=[EXPORT_TOKEN]),  # an export of every plan, ready
            reverse("briefing", args=[zone]),
            reverse("evaluation", args=[world.plan.code]),
            reverse("instructions"),
            reverse("help"),
        ],
        "lead-staff": [
            reverse("my-tasks"),
            reverse("task-detail", args=[task.pk]),  # its report form and its report history
            reverse("my-targets"),
            reverse("target-report", args=[target.pk]),
            reverse("home"),
            reverse("notifications"),
        ],
        "admin-a": [
            reverse("zone-admin", args=[zone]),
            reverse("zone-admin-tasks", args=[zone]),
            reverse("zone-admin-targets", args=[zone]),
            reverse("plan-drafts", args=[zone]),
            reverse("plan-draft", args=[zone, draft.pk]),
            reverse("plan-draft-edit", args=[zone, draft.pk]),
        ],
        "root": [reverse("admin:pilots_plan_upload")],
    }


def violations_report(found: dict) -> str:
    lines = []
    for (path, language, width), violations in sorted(found.items()):
        for v in violations:
            nodes = "; ".join(
                " ".join(n["target"])
                + "".join(
                    f" <{' '.join(r['target'])}>"
                    for check in n["any"] + n["all"] + n["none"]
                    for r in check.get("relatedNodes", [])[:2]
                )
                for n in v["nodes"][:3]
            )
            lines.append(
                f"{path} [{language} {width}px] {v['id']} ({v['impact']}) x{len(v['nodes'])}: "
                f"{v['help']} — {nodes}"
            )
    return "\n".join(lines)


def test_every_main_page_has_no_serious_accessibility_violation(browser_page, seeds_dir):
    from django.test import Client

    world = World()
    # The task's report history: two reports, filed as the lead agency files them.
    client = Client()
    client.force_login(world.users["lead_staff"])
    url = reverse("task-report", args=[world.task.pk])
    for percent, note in [(20, "已完成选址"), (50, "主体工程已开工")]:
        world.task.refresh_from_db()
        response = client.post(url, report_data(world.task, percent=percent, note=note))
        assert response.status_code == 302, response.content
    draft = drafted(
        world.zone,
        world.users["zone_admin"],
        "合肥实施方案.txt",
        (seeds_dir / HEFEI).read_bytes(),
        plan_code="zone-a-ai-2026",
    )
    export_ready(world.users["leadership_all"])
    UserFactory(username="root", is_superuser=True, is_staff=True)

    page = browser_page
    found, console, focus, han = {}, {}, {}, {}
    for username, paths in audited_pages(world, draft).items():
        page.context.clear_cookies()
        if username:
            browser_login(page, username)
        for language, width in VIEWS:
            page.context.add_cookies(
                [{"name": "django_language", "value": language, "url": page.base_url}]
            )
            page.set_viewport_size({"width": width, "height": 900})
            for path in paths:
                response = page.goto(page.base_url + path)
                assert response.status == 200, (username, path, response.status)
                charts_drawn(page)
                if page.console_errors:
                    console[(path, language, width)] = page.console_errors[:]
                if (language, width) == VIEWS[1]:
                    assert page.locator("html").get_attribute("lang") == "en"
                    unmarked = page.evaluate(HAN_UNMARKED)
                    if len(unmarked) > STILL_UNMARKED.get(resolve(path).url_name, 0):
                        han[path] = unmarked
                if (language, width) == VIEWS[0]:
                    unseen = focus_unseen(page)
                    if unseen:
                        focus[path] = unseen
                violations = audit(page)
                if violations:
                    found[(path, language, width)] = violations
                # axe's own probing (it sets inline styles) is refused by the CSP: not the page's
                page.console_errors.clear()

    report = violations_report(found)
    print(report)
    failing = {
        key: [v for v in violations if v["impact"] in FAILING_IMPACTS or v["id"] in STRUCTURE_RULES]
        for key, violations in found.items()
    }
    failing = {key: violations for key, violations in failing.items() if violations}
    assert not failing, violations_report(failing)
    assert focus == {}, focus
    assert han == {}, han
    assert console == {}

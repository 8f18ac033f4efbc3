"""The draft pages as a zone admin drives them: what the page says after a save that did not
happen, and what a second look at an unchanged draft costs."""

from __future__ import annotations

import datetime
import re
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from pilots.draft_yaml import draft_reviews
from pilots.models import PlanDraft
from pilots.plan_fixtures import plan_document_parse
from pilots.plan_loading import Change, LoadReport
from tests.pilots import test_plan_drafts as drafts
from tests.pilots.test_plan_drafts import drafted

pytestmark = pytest.mark.django_db

# The fixtures of the drafting tests, shared rather than copied.
hefei, hefei_admin, hefei_text = drafts.hefei, drafts.hefei_admin, drafts.hefei_text


def test_a_save_refused_because_another_tab_saved_keeps_the_edit_and_claims_no_check(
    hefei, hefei_admin, hefei_text, client
):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    client.force_login(hefei_admin)
    url = reverse("plan-draft-edit", args=["hefei", draft.pk])
    one = draft.text + "\n# tab one\n"
    first = client.post(url, {"text": one, "version": 0, "action": "check"})
    assert first.status_code == 200
    mine = draft.text + "\n# tab two\n"
    refused = client.post(url, {"text": mine, "version": 0, "action": "check"})
    page = refused.content.decode()
    assert refused.status_code == 409
    assert "# tab two" in page  # the edit is still in the editor
    assert 'id="draft-ok"' not in page  # nothing was checked: it must not say the draft passed
    assert 'id="draft-unsaved"' in page
    # the form now carries the saved version: saving again (knowingly) keeps this edit
    assert refused.context["form"]["version"].value() == 1
    again = client.post(url, {"text": mine, "version": 1, "action": "check"})
    assert again.status_code == 200
    assert PlanDraft.objects.get(pk=draft.pk).text == mine.replace("\r\n", "\n")


def test_a_second_look_at_an_unchanged_draft_does_not_read_its_yaml_again(
    hefei, hefei_admin, hefei_text, client, monkeypatch
):
    from pilots import plan_fixtures
    from pilots.plan_drafts import plan_draft_save

    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    unique = f"# look {uuid.uuid4()}\n"  # the cache is shared: a text no other run has seen
    draft = plan_draft_save(
        draft=draft, text=unique + draft.text, expected_version=0, user=hefei_admin
    )
    title = plan_document_parse(name="d", text=draft.text).data["plan"]["title"]
    reads = []
    real = plan_fixtures._yaml
    monkeypatch.setattr(plan_fixtures, "_yaml", lambda *a: reads.append(1) or real(*a))
    client.force_login(hefei_admin)
    url = reverse("plan-draft", args=["hefei", draft.pk])
    first, second = client.get(url), client.get(url)
    assert first.status_code == second.status_code == 200
    assert len(reads) == 1
    shown = [r.content.decode().split('id="draft-summary"')[1] for r in (first, second)]
    assert shown[0] == shown[1]
    # an edit is a different draft: read afresh, and shown
    edited = draft.text.replace(f"title: {title}", f"title: {title}(修订稿)", 1)
    plan_draft_save(draft=draft, text=edited, expected_version=draft.version, user=hefei_admin)
    assert f"{title}(修订稿)" in client.get(url).content.decode()
    assert len(reads) == 2


def test_a_successor_plan_is_drafted_under_its_own_code_following_the_zones_plan(
    hefei, hefei_admin, hefei_text
):
    from tests.pilots.factories import PlanFactory

    # the zone's plan, loaded under the code the drafter defaults to for hefei
    PlanFactory(zone=hefei, code="hefei-ai", period_start=2017, period_end=2019)
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode(), plan_code="")
    plan = plan_document_parse(name="d", text=draft.text).data["plan"]
    assert plan["code"] == f"hefei-ai-{plan['period_start']}"  # not the earlier plan's own
    assert plan["follows"] == "hefei-ai"
    notes = {r.path: r.note for r in draft_reviews(draft.text)}
    assert "plan.follows" in notes and "plan.code" in notes
    # once loaded, the same document again is drafted as an update of that plan
    PlanFactory(zone=hefei, code=plan["code"], period_start=plan["period_start"],
                period_end=plan["period_end"])  # fmt: skip
    again = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode(), plan_code="")
    data = plan_document_parse(name="d", text=again.text).data["plan"]
    assert data["code"] == plan["code"] and data["follows"] == "hefei-ai"


def test_a_third_plan_of_a_zone_is_drafted_under_a_code_no_plan_has(hefei, hefei_admin, hefei_text):
    """The zone's plan under the default code and another plan from the same year under the
    code a successor gets (hefei-ai-2020, of other years): the draft kept the default code, and
    loading it replaced the zone's first plan — its tasks, targets and their history (seen in
    Chromium: a 2026—2027 plan loaded over 綦江区's 2020—2025 qijiang-ai)."""
    from tests.pilots.factories import PlanFactory

    PlanFactory(zone=hefei, code="hefei-ai", period_start=2017, period_end=2019)
    first = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode(), plan_code="")
    start = plan_document_parse(name="d", text=first.text).data["plan"]["period_start"]
    PlanFactory(zone=hefei, code=f"hefei-ai-{start}", period_start=start, period_end=start + 9)
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode(), plan_code="")
    plan = plan_document_parse(name="d", text=draft.text).data["plan"]
    assert plan["code"] == f"hefei-ai-{start}-2"
    assert "plan.code" in {r.path for r in draft_reviews(draft.text)}


def test_while_a_long_document_drafts_the_page_shows_the_time_taken_so_far(
    hefei, hefei_admin, hefei_text, client
):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    started = timezone.now() - datetime.timedelta(seconds=25)
    PlanDraft.objects.filter(pk=draft.pk).update(
        status=PlanDraft.Status.RUNNING, progress=10, started_at=started
    )
    client.force_login(hefei_admin)
    state = client.get(reverse("plan-draft-status", args=["hefei", draft.pk])).json()
    assert state["progress"] == 10 and re.search(r"\b2[5-9]\b", state["elapsed_text"])
    page = client.get(reverse("plan-draft", args=["hefei", draft.pk])).content.decode()
    assert 'id="draft-elapsed"' in page and re.search(r"已用 2[5-9] 秒", page)


@pytest.mark.parametrize("cycle", ["a: &a [*a]\n", "a: &a {b: *a}\n", "- &x [1, [2, *x]]\n"])
def test_a_draft_whose_yaml_holds_itself_is_refused_with_its_line_not_a_500(
    cycle, hefei, hefei_admin, hefei_text, client
):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    client.force_login(hefei_admin)
    edit = reverse("plan-draft-edit", args=["hefei", draft.pk])
    for action in ("check", "load"):
        version = PlanDraft.objects.get(pk=draft.pk).version
        response = client.post(edit, {"text": cycle, "version": version, "action": action})
        assert response.status_code == 200 if action == "check" else 400
        assert "循环" in response.content.decode()
    assert PlanDraft.objects.get(pk=draft.pk).text == cycle  # kept, to be mended
    assert client.get(reverse("plan-draft", args=["hefei", draft.pk])).status_code == 200


def test_the_same_file_uploaded_again_says_so_and_leads_to_the_earlier_draft(
    hefei, hefei_admin, hefei_text, client
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(hefei_admin)
    url = reverse("plan-drafts", args=["hefei"])
    first = client.post(url, {"file": SimpleUploadedFile("合肥.txt", hefei_text.encode())})
    assert "此前已上传过" not in client.get(first["Location"]).content.decode()
    earlier = PlanDraft.objects.get()
    again = client.post(url, {"file": SimpleUploadedFile("合肥(2).txt", hefei_text.encode())})
    page = client.get(again["Location"]).content.decode()
    assert PlanDraft.objects.count() == 2  # a new draft: the earlier one may hold edits
    assert "此前已上传过" in page
    assert f'href="{reverse("plan-draft", args=["hefei", earlier.pk])}"' in page


def test_the_review_notes_are_in_the_language_of_the_person_who_uploaded(
    hefei, hefei_admin, hefei_text, client, settings
):
    """The drafting job writes its notes in the uploader's language: a Chinese page lists Chinese
    notes (and the YAML carries them), an English one English notes."""
    import html

    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(hefei_admin)
    shown = {}
    for language, extra in (("zh-hans", ""), ("en", "\n")):  # another file: not "uploaded before"
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        upload = SimpleUploadedFile("合肥.txt", (hefei_text + extra).encode())
        response = client.post(reverse("plan-drafts", args=["hefei"]), {"file": upload})
        draft = PlanDraft.objects.get(pk=response["Location"].rstrip("/").split("/")[-1])
        assert draft.status == PlanDraft.Status.READY
        page = client.get(response["Location"]).content.decode()
        listed = [  # the note's text, its quoted Chinese marked as such on an English page
            html.unescape(re.sub(r"<[^>]+>", "", n))
            for n in re.findall(r'"review-note">(.*?)</span>\s*<span class="review-links">', page)
        ]
        assert listed == [r.note for r in draft_reviews(draft.text)] and listed
        shown[language] = (listed, draft.text)
    chinese, chinese_yaml = shown["zh-hans"]
    english, english_yaml = shown["en"]
    assert len(chinese) == len(english)
    assert "# review: 规划代码按试验区默认生成：请确认没有与其他规划重复" in chinese_yaml
    assert "# review: code defaulted from the zone: check it names no other plan" in english_yaml
    chinese_header = [line for line in chinese_yaml.splitlines() if line.startswith("# 找到：")]
    assert chinese_header and "Found:" not in chinese_yaml and "DRAFT" not in chinese_yaml
    assert "# Found: " in english_yaml and "找到" not in english_yaml
    english_words = re.compile(r"\b(the|check|read as|found|set)\b")
    assert not [note for note in chinese if english_words.search(note)]
    assert not [note for note in english if re.search("请|读作|未找到|核对", note)]


def test_the_drafting_job_writes_in_the_language_it_is_given_not_the_workers(
    hefei, hefei_admin, hefei_text
):
    """Whatever language the worker runs in, the job's own language argument wins."""
    from django.utils import translation

    from pilots.plan_drafts import plan_draft_make, plan_source_receive

    written = {}
    for language, worker in (("en", "zh-hans"), ("zh-hans", "en")):
        draft = plan_source_receive(
            zone=hefei, file_name="hefei.txt", content=(hefei_text + language).encode(),
            user=hefei_admin,
        )  # fmt: skip
        with translation.override(worker):
            written[language] = plan_draft_make(draft_id=draft.pk, language=language).text
    assert "# review: code defaulted from the zone: check it names no other plan" in written["en"]
    assert "# review: 规划代码按试验区默认生成：请确认没有与其他规划重复" in written["zh-hans"]


def test_the_message_of_a_plan_loaded_says_what_changed_in_the_users_language(
    hefei, hefei_admin, hefei_text, client
):
    """It said "规划已载入:89 created, 1 updated, 0 archived" (seen driving the demo)."""
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    client.force_login(hefei_admin)
    edit = reverse("plan-draft-edit", args=["hefei", draft.pk])
    assert (
        client.post(edit, {"text": draft.text, "version": 0, "action": "load"}).status_code == 302
    )
    upload = PlanDraft.objects.get(pk=draft.pk).upload_id
    load = reverse("plan-draft-load", args=["hefei", draft.pk])
    page = client.post(load, {"upload": upload}, follow=True)
    said = re.search(r"规划已载入：[^<]*", page.content.decode()).group(0)
    assert re.fullmatch(r"规划已载入：新增 [1-9]\d* · 修改 \d+ · 归档 0", said), said

    with translation.override("en"):
        shown = LoadReport(changes=[Change("p", "task", "1", "created")]).summary_shown()
    assert shown == "1 added · 0 changed · 0 archived"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("zh-hans", "YAML 格式错误：缺少冒号“:”（每一项须写成“键: 值”）"),
        ("en", "malformed YAML: a ':' is missing (each entry reads 'key: value')"),
    ],
)
def test_a_malformed_draft_is_said_in_the_editors_language_at_its_line(
    hefei, hefei_admin, hefei_text, client, settings, language, said
):
    import html

    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    client.force_login(hefei_admin)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    lines = draft.text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("  name:"))
    lines[at] = "  name"  # the key's colon deleted while editing
    url = reverse("plan-draft-edit", args=["hefei", draft.pk])
    response = client.post(url, {"text": "\n".join(lines), "version": 0, "action": "check"})
    assert response.status_code == 200
    listed = re.search(r'id="draft-problems">(.*?)</ol>', response.content.decode(), re.S)[1]
    assert f'data-line="{at + 1}"' in listed
    assert said in html.unescape(listed)
    assert 'lang="en"' not in listed  # the message is in the page's language, not marked English


def test_the_problems_of_a_draft_find_their_lines_in_one_reading_of_its_yaml(
    hefei, hefei_admin, hefei_text, monkeypatch
):
    """Each problem's line was found by reading the whole YAML again: a draft of 100 times a
    plan's sections (1.2 MB) with 100 problems took 80 s to check, its editor and review pages
    two minutes and more — past the server's timeout."""
    from pilots import draft_yaml
    from pilots.plan_drafts import draft_problems, plan_draft_save

    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    unknown = re.sub(r"(\n *(?:- )?(?:lead|supporting|responsible):\n( *)- )", r"\1nobody\n\2- ",
                     draft.text)  # fmt: skip
    draft = plan_draft_save(draft=draft, text=unknown, expected_version=0, user=hefei_admin)
    reads = []
    real = draft_yaml._compose
    monkeypatch.setattr(draft_yaml, "_compose", lambda text: reads.append(1) or real(text))
    problems = draft_problems(draft=draft, user=hefei_admin)
    assert len(problems) > 10 and all(p.line for p in problems)
    lines = unknown.splitlines()
    assert all("nobody" in "".join(lines[p.line - 1 : p.line + 3]) for p in problems)
    assert len(reads) == 1

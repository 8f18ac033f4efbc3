"""Hostile YAML typed into the draft's editor — alias bombs, nesting a hundred thousand deep,
Python tags, NUL bytes, bytes that are no UTF-8, another zone's slug: each is kept or refused
with a message, the review, editor and load pages answer quickly, and none of it loads."""

import time

import pytest
from django.urls import reverse

from pilots.models import Plan, PlanDraft
from tests.factories import ZoneFactory
from tests.pilots import test_plan_drafts as drafts
from tests.pilots.test_plan_drafts import drafted

# The fixtures of the drafting tests, shared rather than copied.
hefei, hefei_admin, hefei_text = drafts.hefei, drafts.hefei_admin, drafts.hefei_text

LAUGHS = "lol: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]\n" for i in range(1, 9)
)


def _hostile(name: str, draft_text: str) -> str:
    return {
        "alias bomb": LAUGHS,
        "alias bomb above the plan": LAUGHS + draft_text,
        "nested 100,000 deep": "[" * 100_000 + "]" * 100_000,
        "python tag": "!!python/object/apply:os.system ['echo owned']\n",
        "python tag in the plan": draft_text.replace(
            "plan:\n", "plan: !!python/object:os.system\n", 1
        ),
        "another zone's slug": draft_text.replace("slug: hefei", "slug: luan", 1),
    }[name]


@pytest.mark.parametrize(
    "name",
    ["alias bomb", "alias bomb above the plan", "nested 100,000 deep", "python tag",
     "python tag in the plan", "another zone's slug"],
)  # fmt: skip
def test_hostile_yaml_is_kept_and_refused_at_the_load_with_every_page_answering(
    hefei, hefei_admin, hefei_text, client, name
):
    ZoneFactory(slug="luan", name="六安市")
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    client.force_login(hefei_admin)
    args = ["hefei", draft.pk]
    text = _hostile(name, draft.text)
    started = time.monotonic()
    checked = client.post(reverse("plan-draft-edit", args=args),
                          {"text": text, "version": 0, "action": "check"})  # fmt: skip
    assert checked.status_code == 200 and PlanDraft.objects.get(pk=draft.pk).text == text
    loading = client.post(reverse("plan-draft-edit", args=args),
                          {"text": text, "version": 1, "action": "load"})  # fmt: skip
    assert loading.status_code == 400 and "不能载入" in loading.content.decode()
    for page in ("plan-draft", "plan-draft-edit", "plan-draft-load"):
        assert client.get(reverse(page, args=args)).status_code == 200, page
    assert time.monotonic() - started < 20
    assert not Plan.objects.exists() and PlanDraft.objects.get(pk=draft.pk).upload is None


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"text=plan%3A%0A++title%3A+a%00b&version=0&action=check", "空字符"),
        (b"text=plan%3A%0A++title%3A+%FF%FE%C0&version=0&action=check", ""),
    ],
)
def test_nul_bytes_or_bytes_that_are_no_utf8_in_the_editor_are_no_500(
    hefei, hefei_admin, hefei_text, client, body, says
):
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    client.force_login(hefei_admin)
    response = client.generic(
        "POST", reverse("plan-draft-edit", args=["hefei", draft.pk]), body,
        content_type="application/x-www-form-urlencoded",
    )  # fmt: skip
    assert response.status_code in (200, 400) and says in response.content.decode()
    assert "\x00" not in PlanDraft.objects.get(pk=draft.pk).text
    assert client.get(reverse("plan-draft", args=["hefei", draft.pk])).status_code == 200


def test_a_draft_too_large_for_the_server_to_take_says_so_not_a_bare_bad_request(
    hefei, hefei_admin, hefei_text, client
):
    """YAML pasted beyond what the server reads of a form (5 MB): the 400 page said only that the
    request was invalid; it says the content was too large and that nothing was saved."""
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    client.force_login(hefei_admin)
    edit = reverse("plan-draft-edit", args=["hefei", draft.pk])
    response = client.post(edit, {"text": "任务：" * (2 * 1024 * 1024), "version": 0,
                                  "action": "check"})  # fmt: skip
    page = response.content.decode()
    assert response.status_code == 400
    assert "超过 5 MB" in page and "没有保存" in page
    assert PlanDraft.objects.get(pk=draft.pk).version == 0

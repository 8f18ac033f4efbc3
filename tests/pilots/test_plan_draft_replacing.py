"""A draft whose plan code is an existing plan's (typed in the editor, or proposed for a document
of the same years): loading it replaces that plan — its tasks and targets not in the draft are
archived, those of the same code rewritten. The preview says so plainly, naming the plan and what
it holds, and nothing is loaded until the admin acknowledges it; a draft's own plan, loaded again
after an edit, asks nothing."""

import datetime
import html
import re

import pytest
from django.urls import reverse

from pilots.models import Plan, PlanDraft, PlanUpload
from pilots.plan_drafts import plan_draft_apply, plan_draft_preview
from targets.models import Observation, Target
from tasks.models import StatusUpdate, Task
from tests.pilots import test_plan_drafts as drafts
from tests.pilots.test_plan_drafts import drafted

hefei, hefei_admin, hefei_text = drafts.hefei, drafts.hefei_admin, drafts.hefei_text
QIJIANG = "002_4da70ff46b325a5a.txt"


@pytest.fixture
def loaded(hefei, hefei_admin, hefei_text):
    """合肥's plan hefei-ai-2026 loaded from its draft, with a report on a task and a value of a
    target."""
    draft = drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode())
    plan_draft_preview(draft=draft, user=hefei_admin)
    draft.refresh_from_db()
    plan_draft_apply(draft=draft, user=hefei_admin)
    plan = Plan.objects.get(code="hefei-ai-2026")
    task = Task.objects.filter(plan=plan).order_by("order").first()
    StatusUpdate.objects.create(task=task, author=hefei_admin, reported_on=datetime.date.today(),
                                status="in_progress", percent=30, note="进展")  # fmt: skip
    target = Target.objects.filter(plan=plan).first()
    Observation.objects.create(target=target, as_of=datetime.date.today(), value=5)
    return draft, plan


def _said(response) -> str:
    return " ".join(
        re.findall(r'<li class="(?:error|success|info)">([^<]*)', response.content.decode())
    )


def _live(plan) -> tuple[list, list]:
    return (
        sorted(Task.objects.filter(plan=plan, archived_at=None).values_list("code", "title")),
        sorted(
            Target.objects.filter(plan=plan, archived_at=None).values_list(
                "code", "metric", "value"
            )
        ),
    )


def test_a_new_document_given_an_existing_plans_code_replaces_it_only_when_acknowledged(
    loaded, hefei, hefei_admin, seeds_dir, client
):
    _draft, plan = loaded
    before = _live(plan)
    assert before[0] and before[1]
    other = (seeds_dir / QIJIANG).read_text(encoding="utf-8")
    draft = drafted(hefei, hefei_admin, "qijiang.txt", other.encode(), plan_code="hefei-ai-2030")
    assert draft.status == PlanDraft.Status.READY, draft.message
    client.force_login(hefei_admin)
    typed = re.sub(r"(?m)^  code: hefei-ai-2030$", "  code: hefei-ai-2026", draft.text, count=1)
    typed = re.sub(r"(?m)^  follows: hefei-ai-2026\n", "", typed)  # proposed as its successor
    assert typed != draft.text
    edit = reverse("plan-draft-edit", args=["hefei", draft.pk])
    saved = client.post(edit, {"text": typed, "version": 0, "action": "load"})
    assert saved.status_code == 302, saved.content.decode()[-2000:]

    load = reverse("plan-draft-load", args=["hefei", draft.pk])
    page = html.unescape(client.get(load).content.decode())
    assert "将替换已有规划 hefei-ai-2026" in page and plan.title in page
    tasks, targets = len(before[0]), len(before[1])
    assert f"现有 {tasks} 项任务" in page and f"现有 {targets} 项指标" in page
    assert "1 条进展填报" in page and "1 条指标数据" in page
    assert 'name="replace"' in page

    upload = PlanDraft.objects.get(pk=draft.pk).upload_id
    refused = client.post(load, {"upload": upload}, follow=True)
    assert refused.status_code == 200 and "未载入" in _said(refused)
    assert _live(plan) == before and not PlanUpload.objects.get(pk=upload).applied_at
    wrong = client.post(load, {"upload": upload, "replace": "hefei-ai"}, follow=True)
    assert "未载入" in _said(wrong) and _live(plan) == before

    confirmed = client.post(load, {"upload": upload, "replace": "hefei-ai-2026"})
    assert confirmed.status_code == 302 and confirmed["Location"] == "/plans/hefei-ai-2026/"
    assert _live(plan) != before


def test_a_drafts_own_plan_loaded_again_after_an_edit_asks_no_acknowledgement(
    loaded, hefei_admin, client
):
    draft, _plan = loaded
    client.force_login(hefei_admin)
    edited = draft.text.replace("title: 合肥", "title: 合肥市", 1)
    edit = reverse("plan-draft-edit", args=["hefei", draft.pk])
    assert client.post(edit, {"text": edited, "version": 0, "action": "load"}).status_code == 302
    load = reverse("plan-draft-load", args=["hefei", draft.pk])
    page = client.get(load).content.decode()
    assert "将替换已有规划" not in page and 'name="replace"' not in page
    upload = PlanDraft.objects.get(pk=draft.pk).upload_id
    assert client.post(load, {"upload": upload}).status_code == 302
    assert PlanUpload.objects.get(pk=upload).applied_at

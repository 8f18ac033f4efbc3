"""Redis stopped while agency staff submit a target's figure and an admin uploads a plan document:
both are kept, the user sees the ordinary answer (no 500), and the rollup owed is done once Redis
is back, by the sweeper (the job could not be enqueued)."""

import re
import time

import pytest

from pilots.models import Agency, Membership, PlanDraft, PlanSource
from targets.models import Observation, Target
from tests.pilots.test_plan_drafts import HEFEI, docx_of
from tests.stack import Saver, snapshot_drift, wait_for, world_build

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


def test_a_target_figure_and_a_plan_upload_while_redis_is_down(stack, redis_server, seeds_dir):
    from tests.factories import UserFactory
    from tests.stack import sessions_for

    world = world_build(staff=1, leaders=0)
    (plan_id,) = world["plans"]
    target = Target.objects.get(goal__plan_id=plan_id)
    agency = Agency.objects.get(name="压测局0")
    Target.objects.filter(pk=target.pk).update(owner=agency)
    admin = UserFactory(username="zone-admin")
    Membership.objects.create(user=admin, role="zone_admin", zone=agency.zone)
    admin_session = sessions_for([admin])["zone-admin"]
    stack.start_worker()
    stack.start_beat()
    stack.start_web()
    clerk = Saver(stack.url, world["sessions"]["staff-0"], world["tasks"]["staff-0"])
    uploader = Saver(stack.url, admin_session, 0)

    redis_server.stop()
    started = time.monotonic()
    figure = clerk.http.post(
        f"{stack.url}/targets/{target.pk}/report/",
        data={"value": "42", "as_of": "2025-06-30", "source": "统计局"},  # in the plan period
        timeout=30, allow_redirects=False,
    )  # fmt: skip
    upload = uploader.http.post(
        f"{stack.url}/zone-admin/{world['zones'][0]}/drafts/",
        files={"file": ("合肥.docx", docx_of((seeds_dir / HEFEI).read_text(encoding="utf-8")))},
        timeout=120, allow_redirects=False,
    )  # fmt: skip
    took = time.monotonic() - started
    after_upload = uploader.http.get(stack.url + upload.headers.get("Location", "/"), timeout=30)
    redis_server.start()
    back = time.monotonic()

    assert figure.status_code == 302, (figure.status_code, stack.log("web")[-3000:])
    assert Observation.objects.filter(target=target, value=42).exists()
    assert upload.status_code == 302, (upload.status_code, stack.log("web")[-3000:])
    assert PlanSource.objects.count() == 1
    draft = PlanDraft.objects.get()
    assert draft.status == PlanDraft.Status.READY, draft.message  # drafted in the request
    assert after_upload.status_code == 200 and not re.search(r"Traceback", after_upload.text)
    assert took < 60, took

    converged = wait_for(lambda: not snapshot_drift([plan_id]), timeout=90)
    assert converged, (snapshot_drift([plan_id]), stack.log("worker")[-3000:])
    print(f"\nredis down: figure and plan upload saved in {took:.1f} s; rollup caught up "
          f"{time.monotonic() - back:.1f} s after Redis returned")  # fmt: skip

"""The plan's chart lists its top sections. A section whose parents loop (written before the
forms refused loops: SQL, an old fixture) or whose parent is archived has no top section
above it: it is listed as one itself, so a leader still sees its tasks counted."""

import datetime
import logging

import pytest
from django.utils import timezone

from targets.models import Snapshot
from targets.rollup import plan_rollup
from tasks.models import Section
from tests.factories import PlanFactory, SectionFactory, TaskFactory

pytestmark = pytest.mark.django_db
AS_OF = datetime.date(2023, 6, 30)


@pytest.fixture
def plan():
    """A plain top section with one task; 二、 → 三、 → 四、 → 二、 in a loop, each with a task,
    and 1. under 三、 with one more; 五、 under an archived section, with one task."""
    plan = PlanFactory(period_start=2020, period_end=2025)
    plain = SectionFactory(plan=plan, numbering="一、", title="基础", order=1)
    second, third, fourth = (
        SectionFactory(plan=plan, numbering=n, title=t, order=o)
        for n, t, o in (("二、", "应用", 2), ("三、", "产业", 3), ("四、", "人才", 4))
    )
    under_third = SectionFactory(plan=plan, parent=third, numbering="1.", title="细则", order=5)
    gone = SectionFactory(plan=plan, numbering="六、", title="旧章", order=7)
    orphan = SectionFactory(plan=plan, parent=gone, numbering="五、", title="保障", order=6)
    Section.objects.filter(pk=gone.pk).update(archived_at=timezone.now())
    for section, parent in ((second, third), (third, fourth), (fourth, second)):
        Section.objects.filter(pk=section.pk).update(parent=parent)  # bypasses clean()
    for n, section in enumerate((plain, second, third, fourth, under_third, orphan)):
        TaskFactory(plan=plan, section=section, code=f"T{n}")
    return plan


def test_sections_whose_parents_loop_head_the_plans_chart_with_their_tasks(plan, caplog):
    with caplog.at_level(logging.WARNING, logger="pilots.trees"):
        plan_rollup(plan=plan, as_of=AS_OF)
    figures = Snapshot.objects.get(scope="plan", object_id=plan.id, as_of=AS_OF).figures
    top = {s["numbering"]: s["tasks"] for s in figures["sections"]}
    # 二、 heads its loop (the first of it in the plan's order): its own, 三、's, 1.'s, 四、's
    assert top == {"一、": 1, "二、": 4, "五、": 1}
    assert sum(top.values()) == figures["tasks"] == 6  # every task counted once at the top
    assert any("loop" in record.getMessage() for record in caplog.records)
    # its heading reads as the head of what the loop held, not through the loop above it
    headings = {s["numbering"]: s["heading"] for s in figures["sections"]}
    assert headings["二、"] == "二、应用"

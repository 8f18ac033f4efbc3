"""What a zone admin's draft may reach: its own zone, and above it only the plans and targets of
the zones it belongs to (a district's plan implements its city's, its targets count towards the
city's). Another zone's plan or targets are refused, whatever the YAML names."""

import yaml

from pilots.plan_drafts import draft_problems, plan_draft_preview, plan_draft_save
from targets.models import Target
from tests.factories import PlanFactory, TargetFactory, ZoneFactory
from tests.pilots import test_plan_drafts as drafts
from tests.pilots.test_plan_drafts import drafted

# The fixtures of the drafting tests, shared rather than copied.
hefei, hefei_admin, hefei_text = drafts.hefei, drafts.hefei_admin, drafts.hefei_text


def _linked_to(draft, user, plan_code: str, target_code: str):
    data = yaml.safe_load(draft.text)
    data["plan"]["implements"] = plan_code
    target = next(t for g in data["goals"] for t in g["targets"])
    target["contributes_to"] = f"{plan_code}:{target_code}"
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    return plan_draft_save(draft=draft, text=text, expected_version=draft.version, user=user)


def test_a_zone_admins_draft_cannot_implement_or_count_towards_another_zones_plan(
    hefei, hefei_admin, hefei_text
):
    """It could: 合肥's admin set plan.implements and a target's contributes_to to 六安's plan,
    and 六安's target then counted 合肥's figures, on 六安's leaders' pages."""
    luan = PlanFactory(zone=ZoneFactory(slug="luan", name="六安市"), code="luan-ai")
    TargetFactory(goal__plan=luan, code="T1")
    draft = _linked_to(drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode()),
                       hefei_admin, "luan-ai", "T1")  # fmt: skip
    problems = draft_problems(draft=draft, user=hefei_admin)
    paths = {p.path for p in problems}
    assert "plan.implements" in paths
    assert any(p.endswith(".contributes_to") for p in paths), paths
    upload, _problems = plan_draft_preview(draft=draft, user=hefei_admin)
    assert upload is None
    assert not Target.objects.filter(contributes_to__isnull=False).exists()


def test_a_district_admins_draft_implements_and_counts_towards_its_citys_plan(
    hefei, hefei_admin, hefei_text
):
    city = ZoneFactory(slug="anhui", name="安徽省", level="province")
    hefei.parent = city
    hefei.save()
    plan = PlanFactory(zone=city, code="anhui-ai", period_start=2019, period_end=2025)
    TargetFactory(goal__plan=plan, code="T1")
    draft = _linked_to(drafted(hefei, hefei_admin, "hefei.txt", hefei_text.encode()),
                       hefei_admin, "anhui-ai", "T1")  # fmt: skip
    paths = {p.path for p in draft_problems(draft=draft, user=hefei_admin)}
    assert "plan.implements" not in paths
    assert not any(p.endswith(".contributes_to") for p in paths), paths

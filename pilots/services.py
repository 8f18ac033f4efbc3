from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from pilots.changes import plan_changed
from pilots.models import Agency, Membership, PilotZone
from targets.models import Target


@transaction.atomic
def user_with_membership_ensure(
    *,
    username: str,
    password: str,
    role: str,
    zone: PilotZone | None = None,
    agency: Agency | None = None,
    full_name: str = "",
    is_superuser: bool = False,
):
    """Create (or reset) an account and give it one membership; used by demo set-up and tests."""
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.set_password(password)
    user.first_name = full_name
    user.is_staff = user.is_superuser = is_superuser
    user.save()
    Membership.objects.get_or_create(user=user, role=role, zone=zone, agency=agency)
    return user


def agency_create(*, zone: PilotZone, name: str, aliases: list[str], category: str) -> Agency:
    """An agency a zone admin adds in the app (e.g. for Qijiang, whose plan names none)."""
    taken = set(Agency.objects.filter(zone=zone).values_list("code", flat=True))
    number = len(taken) + 1
    while f"agency-{number}" in taken:
        number += 1
    return Agency.objects.create(
        zone=zone, code=f"agency-{number}", name=name, aliases=aliases, category=category
    )


@transaction.atomic
def membership_add(
    *, agency: Agency, username: str, role: str, full_name: str = "", password: str = ""
) -> Membership:
    """Put a person (a new account, or an existing one) in an agency of the zone."""
    user, created = get_user_model().objects.get_or_create(username=username)
    if created:
        user.set_password(password)
    if full_name:
        user.first_name = full_name
    user.save()
    membership, _ = Membership.objects.get_or_create(user=user, role=role, agency=agency)
    return membership


def membership_remove(*, membership: Membership) -> None:
    membership.delete()


@transaction.atomic
def target_owner_set(*, target: Target, owner: Agency) -> Target:
    target.owner = owner
    target.save(update_fields=["owner"])
    plan_changed(plan_id=target.plan_id, effective_on=timezone.localdate())
    return target

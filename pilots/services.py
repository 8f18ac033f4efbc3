from django.contrib.auth import get_user_model
from django.db import transaction

from pilots.models import Agency, Membership, PilotZone


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

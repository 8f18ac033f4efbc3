from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

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
    user, _created = get_user_model().objects.get_or_create(username=username)
    user.set_password(password)
    user.first_name = full_name
    user.is_staff = user.is_superuser = is_superuser
    user.save()
    Membership.objects.get_or_create(user=user, role=role, zone=zone, agency=agency)
    return user


def agency_create(*, zone: PilotZone, name: str, aliases: list[str], category: str) -> Agency:
    """An agency a zone admin adds in the app (e.g. for Qijiang, whose plan names none).

    Codes are numbered within the zone; admins adding agencies at the same moment queue on the
    zone's row, so no two get the same number. A name the zone already has is refused.
    """
    try:
        with transaction.atomic():
            PilotZone.objects.select_for_update().filter(pk=zone.pk).first()
            return Agency.objects.create(
                zone=zone, code=_agency_code_next(zone), name=name, aliases=aliases,
                category=category,
            )  # fmt: skip
    except IntegrityError as exc:
        if Agency.objects.filter(zone=zone, name=name).exists():
            raise ValidationError(_("本试验区已有同名单位。"), code="duplicate") from exc
        raise


def _agency_code_next(zone: PilotZone) -> str:
    numbers = [
        int(code.removeprefix("agency-"))
        for code in Agency.objects.filter(zone=zone, code__startswith="agency-").values_list(
            "code", flat=True
        )
        if code.removeprefix("agency-").isdigit()
    ]
    return f"agency-{max(numbers, default=0) + 1}"


def account_outside_zone(*, user, zone: PilotZone) -> str | None:
    """Why a zone's admin may not manage this existing account, or None if it belongs to the
    zone: every membership it holds is in the zone (an all-zones role is in none), it is no
    administrator of the site, and an account without memberships has never signed in."""
    if user.is_superuser or user.is_staff:
        return _("该账号是系统管理员账号，只能由系统管理员管理。")
    zones = set(Membership.objects.filter(user=user).values_list("zone_id", flat=True))
    if zones - {zone.pk}:
        return _("该账号属于其他试验区（或全部试验区），不能在本试验区添加或修改。")
    if not zones and user.last_login is not None:
        return _("该账号已在使用但不属于任何试验区，请联系系统管理员。")
    return None


@transaction.atomic
def membership_add(
    *, agency: Agency, username: str, role: str, full_name: str = "", password: str = ""
) -> Membership:
    """Put a person (a new account, or an existing one of the zone) in an agency of the zone.

    An existing account that belongs elsewhere is refused and left exactly as it was.
    """
    user = get_user_model().objects.select_for_update().filter(username=username).first()
    if user is None:
        user = get_user_model()(username=username, first_name=full_name)
        user.set_password(password)
        try:
            with transaction.atomic():
                user.save()
        except IntegrityError as exc:  # the same new name added twice at once
            raise ValidationError(_("该用户名刚被占用，请重新提交。"), code="taken") from exc
    else:
        refusal = account_outside_zone(user=user, zone=agency.zone)
        if refusal:
            raise ValidationError(refusal, code="account_elsewhere")
        if full_name and full_name != user.first_name:
            user.first_name = full_name
            user.save(update_fields=["first_name"])
    membership, _created = Membership.objects.get_or_create(user=user, role=role, agency=agency)
    return membership


def membership_remove(*, membership: Membership) -> None:
    membership.delete()

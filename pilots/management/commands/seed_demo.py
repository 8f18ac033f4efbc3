from django.core.management.base import BaseCommand, CommandError

from pilots.models import Agency, Membership, PilotZone
from pilots.services import user_with_membership_ensure

# Demo accounts (also listed in the README). For the embedded demo only.
DEMO_ACCOUNTS = [
    {
        "username": "admin",
        "password": "pilot-admin-2026",
        "role": Membership.Role.LEADERSHIP,
        "full_name": "系统管理员",
        "is_superuser": True,
    },
    {
        "username": "leader",
        "password": "pilot-leader-2026",
        "role": Membership.Role.LEADERSHIP,
        "full_name": "领导(全部试验区)",
    },
    {
        "username": "cq-kjj",
        "password": "pilot-staff-2026",
        "role": Membership.Role.STAFF,
        "agency": ("chongqing", "science_technology"),
        "full_name": "市科技局 工作人员",
    },
    {
        "username": "qj-admin",
        "password": "pilot-zone-2026",
        "role": Membership.Role.ZONE_ADMIN,
        "zone": "qijiang",
        "full_name": "綦江区 试验区管理员",
    },
]


class Command(BaseCommand):
    help = "Create the demo accounts (admin, leadership, agency staff, zone admin). Demo only."

    def handle(self, *args, **options):
        for account in DEMO_ACCOUNTS:
            account = dict(account)
            zone_slug = account.pop("zone", None)
            agency_key = account.pop("agency", None)
            zone = agency = None
            if zone_slug:
                zone = PilotZone.objects.filter(slug=zone_slug).first()
                if zone is None:
                    raise CommandError(f"zone {zone_slug!r} is not loaded: run load_plans first")
            if agency_key:
                slug, category = agency_key
                agency = (
                    Agency.objects.filter(zone__slug=slug, category=category, archived_at=None)
                    .order_by("name")
                    .first()
                )
                if agency is None:
                    raise CommandError(f"no {category} agency in zone {slug!r}: load its plan")
            user_with_membership_ensure(zone=zone, agency=agency, **account)
            scope = agency or zone or "all zones"
            self.stdout.write(f"  {account['username']:<10} / {account['password']:<18} {scope}")
        self.stdout.write(self.style.SUCCESS("Demo accounts ready."))

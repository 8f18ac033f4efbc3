from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from pilots.demo import demo_data_create, demo_data_exists
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
    help = (
        "Create the demo accounts (admin, leadership, agency staff, zone admin) and, once, demo "
        "progress marked as demo data (is_demo), then roll up a year of history. Demo only."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--accounts-only", action="store_true", help="create the accounts, no demo progress"
        )

    def handle(self, *args, accounts_only=False, **options):
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
        if accounts_only:
            return
        if demo_data_exists():
            self.stdout.write("Demo progress already present; left as it is.")
            return
        self.stdout.write("Generating demo progress (marked as demo data) and a year of rollups…")
        admin = get_user_model().objects.get(username="admin")
        totals = demo_data_create(admin=admin)
        self.stdout.write(
            self.style.SUCCESS(
                "Demo data: {updates} task updates, {observations} target figures, "
                "{owners} target owners set, {snapshots} snapshots.".format(**totals)
            )
        )

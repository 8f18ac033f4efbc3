from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from pilots.demo import DEMO_TODAY, demo_data_create, demo_data_exists, demo_history_rollup
from pilots.models import Agency, Membership, PilotZone, Plan
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
        "Create the demo accounts (admin, leadership, agency staff, zone admin) and, once, a demo "
        f"history of every plan up to the fixed demo today ({DEMO_TODAY}), marked as demo data "
        "(is_demo), rolled up at every month end. Run again, it keeps that history and only fills "
        "missing month ends. Demo only."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--accounts-only", action="store_true", help="create the accounts, no demo progress"
        )

    def handle(self, *args, accounts_only=False, verbosity=1, **options):
        self.verbosity = verbosity
        for account in DEMO_ACCOUNTS:
            scoped = self.account_scope(dict(account))
            user_with_membership_ensure(**scoped)
            scope = scoped["agency"] or scoped["zone"] or "all zones"
            self.stdout.write(f"  {account['username']:<10} / {account['password']:<18} {scope}")
        self.stdout.write(self.style.SUCCESS("Demo accounts ready."))
        if accounts_only:
            return
        if demo_data_exists():
            self.stdout.write("Demo history already present: kept; filling missing month ends…")
            plans = list(Plan.objects.select_related("zone").order_by("code"))
            demo_history_rollup(plans=plans, progress=self.progress)
            return
        self.stdout.write(f"Generating the demo history of every plan up to {DEMO_TODAY}…")
        admin = get_user_model().objects.get(username="admin")
        totals = demo_data_create(admin=admin, progress=self.progress)
        self.stdout.write(
            self.style.SUCCESS(
                "Demo data: {updates} task reports, {observations} target figures, {agencies} "
                "agencies and {assignments} assignments created, {owners} target owners set, "
                "{snapshots} snapshots.".format(**totals)
            )
        )

    def account_scope(self, account: dict) -> dict:
        """The account's zone and agency rows; an agency's membership names its zone too (as
        Membership.save stores it), so a second run finds the membership it made the first time."""
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
                .select_related("zone")
                .order_by("name")
                .first()
            )
            if agency is None:
                raise CommandError(f"no {category} agency in zone {slug!r}: load its plan")
            zone = agency.zone
        return {**account, "zone": zone, "agency": agency}

    def progress(self, plan, day, total: int) -> None:
        if self.verbosity < 1:
            return
        self.stdout.write(f"  {plan.code}: rolled up to {day} ({total} dates in its history)")

from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from pilots.demo import DEMO_TODAY, demo_accounts_ensure
from pilots.models import Plan
from targets.demo import demo_data_create, demo_data_exists, demo_history_rollup


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
        try:
            accounts = demo_accounts_ensure()
        except ImproperlyConfigured as exc:  # a plan the accounts need is not loaded
            raise CommandError(str(exc)) from exc
        for account in accounts:
            scope = account["agency"] or account["zone"] or "all zones"
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

    def progress(self, plan, day, total: int) -> None:
        if self.verbosity < 1:
            return
        self.stdout.write(f"  {plan.code}: rolled up to {day} ({total} dates in its history)")

"""``manage.py seed_demo``: the demo catalogue, one account per role, demo signing certificates for the leader and
each agency's seal (so a fresh clone signs), and internal processes for three procedures. Safe to run again."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from dossiers.accounts import roles
from dossiers.demo.accounts import DEMO_PASSWORD, ensure_demo_accounts
from dossiers.demo.processes import ensure_demo_processes
from procedures.demo.catalogue import AGENCIES
from procedures.demo.loader import load_catalogue
from procedures.models import Agency
from signing.demo import DEMO_PIN
from signing.demo_credentials import ensure_demo_pki


class Command(BaseCommand):
    help = "Load the demo catalogue (six subsystems) and demo staff accounts; idempotent."

    def handle(self, *args, **options):
        with transaction.atomic():
            created = load_catalogue()
            processes = ensure_demo_processes()
            accounts = ensure_demo_accounts(Agency.objects.get(code=AGENCIES[0]["code"]))
            leaders = [account.username for account in accounts if account.role == roles.LEADER]
            credentials = ensure_demo_pki(
                get_user_model().objects.filter(username__in=leaders),
                Agency.objects.filter(code__in=[agency["code"] for agency in AGENCIES]),
            )
        self.stdout.write(f"Demo catalogue: {created} procedure page(s) created.")
        self.stdout.write(f"Demo internal processes: {processes} created.")
        self.stdout.write("Demo staff accounts (development only), password for all: " + DEMO_PASSWORD)
        for account in accounts:
            self.stdout.write(f"  {account.username:<12} {account.role.label}")
        self.stdout.write(f"Demo signing certificates ({len(credentials)}, development only), PIN for all: {DEMO_PIN}")

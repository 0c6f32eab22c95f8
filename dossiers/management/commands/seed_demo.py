"""``manage.py seed_demo``: the demo catalogue and one account per role. Safe to run again."""

from django.core.management.base import BaseCommand
from django.db import transaction

from dossiers.demo.accounts import DEMO_PASSWORD, ensure_demo_accounts
from procedures.demo.catalogue import AGENCIES
from procedures.demo.loader import load_catalogue
from procedures.models import Agency


class Command(BaseCommand):
    help = "Load the demo catalogue (six subsystems) and demo staff accounts; idempotent."

    def handle(self, *args, **options):
        with transaction.atomic():
            created = load_catalogue()
            accounts = ensure_demo_accounts(Agency.objects.get(code=AGENCIES[0]["code"]))
        self.stdout.write(f"Demo catalogue: {created} procedure page(s) created.")
        self.stdout.write("Demo staff accounts (development only), password for all: " + DEMO_PASSWORD)
        for account in accounts:
            self.stdout.write(f"  {account.username:<12} {account.role.label}")

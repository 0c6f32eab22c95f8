"""``manage.py make_demo_pki``: the demo certificate authority under SIGNING_PKI_DIR; idempotent."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from procedures.models import Agency
from signing.demo import DEMO_PIN
from signing.demo_credentials import ensure_demo_pki


class Command(BaseCommand):
    help = "Create the demo CA, test certificates and CRL; with --user/--agency, demo credentials for them."

    def add_arguments(self, parser):
        parser.add_argument("--user", action="append", default=[], help="username (repeatable)")
        parser.add_argument("--agency", action="append", default=[], help="agency code (repeatable)")

    def handle(self, *args, **options):
        users = list(get_user_model().objects.filter(username__in=options["user"]))
        agencies = list(Agency.objects.filter(code__in=options["agency"]))
        for credential in ensure_demo_pki(users, agencies):
            self.stdout.write(f"  {credential.subject}")
        self.stdout.write(f"Demo PKI ready (development only); PIN of every demo certificate: {DEMO_PIN}")

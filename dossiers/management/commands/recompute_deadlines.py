"""``manage.py recompute_deadlines [--dry-run]``: apply a changed working calendar to open dossiers."""

from django.core.management.base import BaseCommand

from dossiers.calendar.recompute import recompute_open_deadlines


class Command(BaseCommand):
    help = "Recompute the due times of open dossiers with the current working calendar (extensions are kept)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List the changes without saving them.")

    def handle(self, *args, dry_run=False, **options):
        changes = recompute_open_deadlines(dry_run=dry_run)
        for code, old, new in changes:
            self.stdout.write(f"{code}\t{old.isoformat() if old else '-'}\t{new.isoformat()}")
        verb = "would change" if dry_run else "changed"
        self.stderr.write(f"{len(changes)} dossier(s) {verb}.")

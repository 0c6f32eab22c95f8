"""``manage.py check_attachment_files [--delete-orphans]``: what Celery beat runs each night, by hand."""

from django.core.management.base import BaseCommand, CommandError

from dossiers.workflow.file_audit import GRACE, audit_files


class Command(BaseCommand):
    help = (
        "Report files in private storage without an attachment row, and attachment rows without their file. "
        "Deletes nothing unless asked: a row without a file is never deleted (restore the file from a backup)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--delete-orphans",
            action="store_true",
            help=f"Also delete the files without a row older than {GRACE} (younger ones may be a submission "
            "being stored).",
        )

    def handle(self, *args, delete_orphans=False, **options):
        audit = audit_files(delete_orphans=delete_orphans)
        for name in audit.orphan_files:
            self.stdout.write(f"file without a row: {name}" + (" (deleted)" if name in audit.deleted else ""))
        for name in audit.missing_files:
            self.stdout.write(f"row without a file: {name}")
        self.stdout.write(
            f"{len(audit.orphan_files)} file(s) without a row, {len(audit.missing_files)} row(s) without a file, "
            f"{len(audit.deleted)} deleted."
        )
        if not audit.clean:
            raise CommandError("private storage and the attachment rows disagree (see above)")

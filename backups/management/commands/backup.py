"""``manage.py backup [--output PATH]``: an online backup while the site keeps serving. Written where asked and not
listed in the admin (scheduled backups go through the ``run_backup`` task, which records and prunes them)."""

import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from backups.archive import summary
from backups.errors import BackupError
from backups.service import archive_name, back_up


class Command(BaseCommand):
    help = _("Sao lưu trực tuyến cơ sở dữ liệu, tệp media và tệp đính kèm vào một tệp .tar.gz.")

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, help=_("Tệp sao lưu sẽ ghi (mặc định: trong BACKUP_ROOT)."))

    def handle(self, *args, output=None, verbosity=1, **options):
        self.verbosity = verbosity
        destination = output or settings.BACKUP_ROOT / archive_name()
        began = time.monotonic()
        try:
            written = back_up(destination, self.report_step)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(destination))
        self.stdout.write(summary(written.manifest))
        self.stdout.write(
            _("Tệp sao lưu %(size)s, sao lưu trong %(seconds)s giây.")
            % {"size": filesizeformat(written.size), "seconds": number_format(time.monotonic() - began, 1)}
        )

    def report_step(self, percent, step):
        if step is not None and self.verbosity > 1:
            self.stderr.write(f"{percent:3d}% {step}")

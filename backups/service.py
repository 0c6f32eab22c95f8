"""Backs up this site (its default database, MEDIA_ROOT and PRIVATE_MEDIA_ROOT): what the command and the task share."""

from django.conf import settings
from django.utils import timezone

from .archive import write_archive
from .database import database_for
from .models import Backup


def archive_name(moment=None, number=None):
    """``sao-luu-20270203-090000.tar.gz``, local time; ``number`` (the row's id) keeps two backups in a second apart."""
    suffix = f"-{number}" if number else ""
    return f"sao-luu-{timezone.localtime(moment):%Y%m%d-%H%M%S}{suffix}.tar.gz"


def back_up(destination, progress=lambda percent, step: None):
    """Writes the archive; the rows of the backups table are left out, since they describe archives that are not in
    it (and a restored "running" row would run forever)."""
    return write_archive(
        destination,
        database_for(settings.DATABASES["default"]),
        trees={"media": settings.MEDIA_ROOT, "private": settings.PRIVATE_MEDIA_ROOT},
        excluded_data=[Backup._meta.db_table],
        progress=progress,
    )

"""The periodic check of private storage against the attachment rows: files no row points at (what a crash between
a write and its rollback's clean-up leaves) and rows whose file is gone (lost or deleted storage). Celery beat runs
it nightly and logs what it finds; ``manage.py check_attachment_files`` prints it.

It deletes nothing by itself. A file without a row may be one a submission is writing right now (files are written
before the transaction that adds their rows commits), so only files older than ``GRACE`` are reported and, on
request, deleted; a row without a file is a dossier's record of what the applicant gave and is never deleted: its
file is to be restored from a backup."""

import logging
import posixpath
from dataclasses import dataclass, field
from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from dossiers.models import Attachment

logger = logging.getLogger(__name__)

GRACE = timedelta(hours=1)


@dataclass
class FileAudit:
    orphan_files: list = field(default_factory=list)
    missing_files: list = field(default_factory=list)
    deleted: list = field(default_factory=list)

    @property
    def clean(self):
        """Nothing left to do: no row without its file, and every file without a row deleted."""
        return not self.missing_files and len(self.deleted) == len(self.orphan_files)


def directories_with_files(storage, path=""):
    """Every directory of the storage holding files, in a stable order (the months' folders: their parents hold
    none)."""
    subdirectories, files = storage.listdir(path)
    if files:
        yield path
    for name in sorted(subdirectories):
        yield from directories_with_files(storage, posixpath.join(path, name))


def rows_in(directory):
    """The attachment names stored directly in ``directory``, read before the directory is listed again: a row
    that committed has its file written already, so it is never reported missing by a listing taken too early.
    A prefix (``LIKE``), not a regular expression: each directory costs one scan of the table."""
    if directory:
        rows = Attachment.objects.filter(file__startswith=f"{directory}/")
    else:
        rows = Attachment.objects.exclude(file__contains="/")
    return {name for name in rows.values_list("file", flat=True) if posixpath.dirname(name) == directory}


def audit_files(*, delete_orphans=False, now=None):
    """Compares one directory at a time (at most one month of attachments in memory); with ``delete_orphans``,
    removes the files without a row older than ``GRACE``."""
    storage = Attachment._meta.get_field("file").storage
    now = now or timezone.now()
    audit = FileAudit()
    compared = set()
    # An empty storage may not even have its root yet; its rows are then all missing (found below).
    for directory in directories_with_files(storage) if storage.exists("") else ():
        compared.add(directory)
        rows = rows_in(directory)
        files = {posixpath.join(directory, name) for name in storage.listdir(directory)[1]}
        audit.missing_files += sorted(rows - files)
        for name in sorted(files - rows):
            try:
                if now - storage.get_modified_time(name) < GRACE:
                    continue
            except FileNotFoundError:  # removed since the listing (a rollback's clean-up)
                continue
            audit.orphan_files.append(name)
            if delete_orphans:
                storage.delete(name)
                audit.deleted.append(name)
    # Rows in a directory that has no file at all (or had none when the walk passed it: checked one by one).
    elsewhere = Attachment.objects.exclude(file="").values_list("file", flat=True).iterator()
    audit.missing_files += sorted(
        name for name in elsewhere if posixpath.dirname(name) not in compared and not storage.exists(name)
    )
    for name in audit.orphan_files:
        logger.warning("attachment storage: file without an attachment row: %s", name)
    for name in audit.missing_files:
        logger.warning("attachment storage: attachment row without its file: %s", name)
    logger.info(
        "attachment storage checked: %d file(s) without a row, %d row(s) without a file, %d deleted",
        len(audit.orphan_files),
        len(audit.missing_files),
        len(audit.deleted),
    )
    return audit


@shared_task(ignore_result=True)
def check_attachment_files():
    """Beat's entry point: reports only (see the module's docstring for why it never deletes)."""
    audit = audit_files()
    return {"orphan_files": len(audit.orphan_files), "missing_files": len(audit.missing_files)}

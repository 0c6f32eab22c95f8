"""The backup started from the admin, run by a Celery worker: progress is saved as it goes, so the admin can show it;
a failure is recorded on the row, not retried (a retry could double the load on a struggling server)."""

import logging

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from .errors import BackupError
from .models import Backup
from .retention import prune
from .service import archive_name, back_up

logger = logging.getLogger(__name__)


class ProgressRecorder:
    """Saves percent and step on the row, only when one of them changes (a tree of many files reports often)."""

    def __init__(self, backup):
        self.backup = backup

    def __call__(self, percent, step):
        step = self.backup.step if step is None else str(step)
        if (percent, step) != (self.backup.progress, self.backup.step):
            self.backup.progress, self.backup.step = percent, step
            Backup.objects.filter(pk=self.backup.pk).update(progress=percent, step=step)


@shared_task(ignore_result=True)
def run_backup(backup_id):
    claimed = Backup.objects.filter(pk=backup_id, state=Backup.State.PENDING).update(
        state=Backup.State.RUNNING, started_at=timezone.now()
    )
    if not claimed:  # already run (a redelivered message after acks_late) or deleted
        return
    backup = Backup.objects.get(pk=backup_id)
    backup.file_name = archive_name(backup.started_at, backup.pk)
    try:
        written = back_up(settings.BACKUP_ROOT / backup.file_name, ProgressRecorder(backup))
    except Exception as error:
        if not isinstance(error, BackupError):
            logger.exception("Backup %s failed", backup_id)
        Backup.objects.filter(pk=backup_id).update(
            state=Backup.State.FAILED, finished_at=timezone.now(), error=str(error)[:5000], file_name=""
        )
        return
    Backup.objects.filter(pk=backup_id).update(
        state=Backup.State.DONE,
        finished_at=timezone.now(),
        file_name=backup.file_name,
        size=written.size,
        sha256=written.sha256,
    )
    prune()


@shared_task(ignore_result=True)
def nightly_backup():
    """Celery beat's nightly backup: a row like an administrator's, so it shows in the admin and is pruned alike."""
    if Backup.objects.filter(state__in=[Backup.State.PENDING, Backup.State.RUNNING]).exists():
        logger.warning("Nightly backup skipped: another backup is still pending or running")
        return
    run_backup(Backup.objects.create().pk)

"""Keeps the newest BACKUP_RETENTION successful backups. Counting archives rather than days means a schedule that
stopped never ages the last good backups away; failed rows older than the oldest kept backup go with the rest."""

from django.conf import settings

from .models import Backup


def prune(keep=None):
    """Deletes the archives and rows beyond the retention; returns the deleted rows' ids."""
    keep = settings.BACKUP_RETENTION if keep is None else keep
    kept = list(Backup.objects.filter(state=Backup.State.DONE).values_list("pk", flat=True)[:keep])
    if len(kept) < keep or not kept:
        return []
    stale = list(Backup.objects.filter(pk__lt=kept[-1], state__in=[Backup.State.DONE, Backup.State.FAILED]))
    for backup in stale:
        if backup.file_name:
            backup.path.unlink(missing_ok=True)
    Backup.objects.filter(pk__in=[backup.pk for backup in stale]).delete()
    return [backup.pk for backup in stale]

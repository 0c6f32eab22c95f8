"""Failures a backup or a restore reports to the person running it; anything else is a bug and keeps its traceback."""


class BackupError(Exception):
    """The backup or restore could not be done; the message says why, in words an administrator can act on."""


class ArchiveCorrupt(BackupError):
    """The archive is unreadable or a file in it differs from what its manifest recorded."""


class RestoreRefused(BackupError):
    """The target is not empty (or not compatible): restoring would mix two sites' data, so nothing was touched."""

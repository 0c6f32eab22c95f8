"""Restoring an archive into an empty database and empty media folders, then proving it: every member's sha256
against the manifest (before anything is written, and again while writing), then the restored row counts against
the counts read inside the backup's snapshot."""

import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from dossiers.models import Attachment

from .archive import extract_archive, verify_archive
from .database import database_for
from .errors import ArchiveCorrupt, RestoreRefused


@dataclass(frozen=True)
class Target:
    """Where a restore writes: a database (``backups.database``) and the two file trees."""

    database: object
    media_root: Path
    private_root: Path

    @classmethod
    def from_settings(cls):
        return cls(database_for(settings.DATABASES["default"]), settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT)

    def places(self, work_dir):
        return {"database": work_dir, "media": self.media_root, "private": self.private_root}


@dataclass(frozen=True)
class Report:
    manifest: dict
    # Attachments whose file is not in the archive: a file deleted between the snapshot and the copy of the trees.
    attachments_without_file: list[str]


def refuse_unless_empty(target):
    """Nothing is written unless the database has no rows anywhere and both folders are empty or absent."""
    filled = target.database.tables_with_rows()
    if filled:
        raise RestoreRefused(
            _("Cơ sở dữ liệu đích %(name)s đã có dữ liệu (bảng %(tables)s); chỉ khôi phục vào cơ sở dữ liệu trống.")
            % {"name": target.database.name, "tables": ", ".join(filled[:5])}
        )
    for folder in (target.media_root, target.private_root):
        if Path(folder).exists() and any(Path(folder).iterdir()):
            raise RestoreRefused(
                _("Thư mục đích %(folder)s không trống; chỉ khôi phục vào thư mục trống.") % {"folder": folder}
            )


def restore_archive(path, target):
    refuse_unless_empty(target)
    manifest = verify_archive(path)
    vendor = manifest["database"]["vendor"]
    if vendor != target.database.vendor:
        raise RestoreRefused(
            _("Bản sao lưu của cơ sở dữ liệu %(archive)s không khôi phục được vào %(target)s.")
            % {"archive": vendor, "target": target.database.vendor}
        )
    with tempfile.TemporaryDirectory(prefix="portal-restore-") as work_dir:
        extract_archive(path, manifest, target.places(work_dir))
        target.database.restore(Path(work_dir) / Path(manifest["database"]["member"]).name)
    check_row_counts(manifest["row_counts"], target.database.row_counts())
    return Report(
        manifest=manifest,
        attachments_without_file=attachments_without_file(target, manifest),
    )


def check_row_counts(expected, restored):
    differences = [
        f"{table}: {count} ≠ {restored.get(table)}" for table, count in expected.items() if restored.get(table) != count
    ]
    if differences:
        raise ArchiveCorrupt(
            _("Số dòng sau khi khôi phục không khớp với bản kê: %(tables)s") % {"tables": "; ".join(differences)}
        )


def attachments_without_file(target, manifest):
    table = Attachment._meta.db_table
    if table not in manifest["row_counts"]:  # a backup from before attachments existed
        return []
    names = [name for (name,) in target.database.query(f"SELECT file FROM {table}")]
    return [name for name in names if not (Path(target.private_root) / name).is_file()]

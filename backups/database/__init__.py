"""One object per database vendor with the same small interface: dump inside one snapshot (with the row counts read
in that snapshot), restore a dump, list the tables that hold rows and count them."""

from django.utils.translation import gettext as _

from backups.errors import BackupError

from .postgresql import PostgresDatabase
from .sqlite import SqliteDatabase


def database_for(settings_dict):
    """The database described by a Django ``DATABASES`` entry."""
    engine = settings_dict["ENGINE"]
    if "postgresql" in engine:
        return PostgresDatabase(settings_dict)
    if "sqlite3" in engine:
        return SqliteDatabase(settings_dict)
    raise BackupError(_("Chưa hỗ trợ sao lưu cơ sở dữ liệu loại %(engine)s.") % {"engine": engine})


__all__ = ["PostgresDatabase", "SqliteDatabase", "database_for"]

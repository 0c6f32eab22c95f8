"""SQLite: the online backup API (``sqlite3.Connection.backup``) copies the database into a temporary file in one
step, so the copy is one consistent snapshot; the row counts are read from that copy.

What writers see, honestly: during the step the copy holds a read lock on the source. Readers carry on. In WAL mode
writers carry on too (they append to the WAL, which the copy does not read). In the default rollback-journal mode a
writer's COMMIT waits for the copy to finish (up to its busy timeout, 5 s in Python's sqlite3; Django's ``timeout``
option) and fails with "database is locked" beyond it: milliseconds for a first-run database of a few megabytes.
Copying in several steps would release the lock in between, but SQLite restarts the copy whenever another connection
writes, so under steady writes it would never end. Sites that must never pause writers run PostgreSQL."""

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from .base import Database, Snapshot, quoted


class SqliteDatabase(Database):
    vendor = "sqlite"
    dump_member = "database/sqlite3.db"
    tables_sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"

    def __init__(self, settings_dict):
        self.name = str(settings_dict["NAME"])

    def connect(self):
        # uri=True as Django does, so the test suite's shared in-memory database is reachable by its name.
        return sqlite3.connect(self.name, uri=True)

    def versions(self):
        return {"sqlite": sqlite3.sqlite_version}

    def dump(self, destination, *, excluded_data=()):
        """``excluded_data``: tables copied without their rows (and not counted)."""
        with closing(self.connect()) as source, closing(sqlite3.connect(destination)) as copy:
            taken_at = datetime.now(UTC)
            source.backup(copy)
            for table in set(excluded_data) & set(self.tables(copy)):
                copy.execute(f"DELETE FROM {quoted(table)}")
            copy.commit()
            return Snapshot(taken_at, self.count_rows(copy, excluding=excluded_data))

    def restore(self, dump_file):
        """Replaces whatever the target file holds (it was checked to hold no rows) with the copy, page by page."""
        Path(self.name).parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(dump_file)) as source, closing(self.connect()) as target:
            source.backup(target)

    def tables_with_rows(self):
        # Connecting to a missing file would create it; a "file:" URI (an in-memory database) is always there.
        missing = not self.name.startswith("file:") and not Path(self.name).exists()
        return [] if missing else super().tables_with_rows()

"""What both vendors share: listing the tables, counting their rows, asking whether any holds a row."""

from contextlib import closing
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Snapshot:
    # Read just before the snapshot was taken: every transaction that had committed by then is in the dump.
    taken_at: datetime
    row_counts: dict[str, int]


def quoted(name):
    """An SQL identifier, quoted the same way for PostgreSQL and SQLite."""
    return '"' + name.replace('"', '""') + '"'


class Database:
    vendor = ""
    dump_member = ""  # the dump's path inside the archive
    tables_sql = ""  # one column: the names of the tables that hold the site's data

    def connect(self):
        raise NotImplementedError

    def tables(self, connection):
        return [name for (name,) in connection.execute(self.tables_sql).fetchall()]

    def count_rows(self, connection, excluding=()):
        return {
            table: connection.execute(f"SELECT count(*) FROM {quoted(table)}").fetchone()[0]
            for table in self.tables(connection)
            if table not in excluding
        }

    def row_counts(self):
        with closing(self.connect()) as connection:
            return self.count_rows(connection)

    def tables_with_rows(self):
        """Names of the tables holding at least one row: a restore target must have none."""
        with closing(self.connect()) as connection:
            return [
                table
                for table in self.tables(connection)
                if connection.execute(f"SELECT 1 FROM {quoted(table)} LIMIT 1").fetchone()
            ]

    def query(self, statement):
        with closing(self.connect()) as connection:
            return connection.execute(statement).fetchall()

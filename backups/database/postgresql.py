"""PostgreSQL: ``pg_dump --snapshot`` dumps the snapshot our own REPEATABLE READ transaction exported, and the row
counts are read in that same transaction while pg_dump runs, so the counts describe exactly what was dumped.

Writers are never blocked: pg_dump and the counting transaction only take ACCESS SHARE locks, which conflict with
nothing but ACCESS EXCLUSIVE (DDL: migrations, TRUNCATE, VACUUM FULL); INSERT/UPDATE/DELETE carry on, and MVCC keeps
the snapshot's row versions readable. The costs, while the snapshot is open: VACUUM cannot remove row versions newer
than it, and a migration started meanwhile waits for the dump (and later writers queue behind the migration), so do
not deploy during a backup."""

import os
import subprocess
from contextlib import closing
from datetime import UTC, datetime

import psycopg
from django.conf import settings
from django.utils.translation import gettext as _

from backups.errors import BackupError

from .base import Database, Snapshot

# libpq's environment variables: pg_dump and pg_restore then connect exactly as psycopg does.
CLIENT_ENVIRONMENT = {
    "dbname": "PGDATABASE",
    "user": "PGUSER",
    "password": "PGPASSWORD",
    "host": "PGHOST",
    "port": "PGPORT",
    "sslmode": "PGSSLMODE",
}


class PostgresDatabase(Database):
    vendor = "postgresql"
    dump_member = "database/postgresql.dump"
    tables_sql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"

    def __init__(self, settings_dict):
        params = {
            "dbname": settings_dict["NAME"],
            "user": settings_dict.get("USER"),
            "password": settings_dict.get("PASSWORD"),
            "host": settings_dict.get("HOST"),
            "port": settings_dict.get("PORT"),
            "sslmode": settings_dict.get("OPTIONS", {}).get("sslmode"),
        }
        self.params = {key: str(value) for key, value in params.items() if value}
        self.name = self.params["dbname"]

    def connect(self):
        try:
            return psycopg.connect(**self.params)
        except psycopg.OperationalError as error:
            raise BackupError(
                _("Không kết nối được cơ sở dữ liệu %(name)s: %(error)s") % {"name": self.name, "error": error}
            ) from error

    def run_client(self, command):
        """Runs pg_dump/pg_restore to completion; its error output becomes the message of the failure."""
        result = subprocess.run(command, env=self.client_environment(), capture_output=True, text=True, check=False)
        if result.returncode:
            raise BackupError(
                _("%(program)s thất bại: %(error)s") % {"program": command[0], "error": result.stderr.strip()}
            )
        return result.stdout

    def client_environment(self):
        return {**os.environ, **{CLIENT_ENVIRONMENT[key]: value for key, value in self.params.items()}}

    def versions(self):
        with closing(self.connect()) as connection:
            server = connection.execute("SHOW server_version").fetchone()[0]
        return {"postgresql": server, "pg_dump": self.run_client([settings.PG_DUMP, "--version"]).strip()}

    def dump(self, destination, *, excluded_data=()):
        """``excluded_data``: tables dumped without their rows (and not counted)."""
        with closing(self.connect()) as connection:
            connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            connection.read_only = True
            taken_at = datetime.now(UTC)
            snapshot_id = connection.execute("SELECT pg_export_snapshot()").fetchone()[0]
            command = [
                settings.PG_DUMP,
                "--format=custom",
                f"--snapshot={snapshot_id}",
                f"--file={destination}",
                *(f"--exclude-table-data={table}" for table in excluded_data),
            ]
            # The exporting transaction stays open (the snapshot with it) until pg_dump is done; it counts meanwhile.
            dump = subprocess.Popen(
                command, env=self.client_environment(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
            )
            try:
                row_counts = self.count_rows(connection, excluding=excluded_data)
            finally:
                _output, errors = dump.communicate()
        if dump.returncode:
            raise BackupError(_("%(program)s thất bại: %(error)s") % {"program": "pg_dump", "error": errors.strip()})
        return Snapshot(taken_at, row_counts)

    def restore(self, dump_file):
        """All or nothing (one transaction). Tables that exist, empty, are dropped and created again."""
        with closing(self.connect()) as connection:
            has_tables = bool(self.tables(connection))
        self.run_client(
            [
                settings.PG_RESTORE,
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                *(["--clean", "--if-exists"] if has_tables else []),
                f"--dbname={self.name}",
                str(dump_file),
            ]
        )

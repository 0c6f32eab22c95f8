"""Dossier codes ``{agency code}-{yyMMdd}-{sequence}``: per agency per day, never repeated, even under concurrency."""

from django.db import connection
from django.utils import timezone

from dossiers.models import DossierCodeCounter


def _next_sequence_sql():
    meta = DossierCodeCounter._meta
    table = connection.ops.quote_name(meta.db_table)
    agency, day, last = (connection.ops.quote_name(meta.get_field(name).column) for name in ("agency", "day", "last"))
    return (
        f"INSERT INTO {table} ({agency}, {day}, {last}) VALUES (%s, %s, 1) "
        f"ON CONFLICT ({agency}, {day}) DO UPDATE SET {last} = {table}.{last} + 1 RETURNING {last}"
    )


def next_sequence(agency, day):
    """Takes the next number of ``agency`` on ``day`` in one statement (PostgreSQL and SQLite both upsert). The
    counter row stays locked until the caller's transaction ends, so concurrent submissions queue on it instead of
    reading the same last value."""
    with connection.cursor() as cursor:
        cursor.execute(_next_sequence_sql(), [agency.pk, day])
        return cursor.fetchone()[0]


def issue_code(agency, at=None):
    day = timezone.localdate(at or timezone.now())
    return f"{agency.code}-{day:%y%m%d}-{next_sequence(agency, day):04d}"

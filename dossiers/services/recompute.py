"""Recompute promised due times after the working calendar changed. Never automatic: a due time printed on a
receipt is a promise, so only an administrator's explicit request moves it."""

from django.db import transaction

from dossiers.calendar_store import read_working_calendar
from dossiers.models import CLOSED_STATUSES, Dossier
from dossiers.procedure_deadlines import due_for_procedure


def pauses_of(dossier):
    return [
        (request.requested_at, request.resolved_at)
        for request in dossier.supplement_requests.all()
        if request.resolved_at is not None
    ]


def recompute_open_deadlines(*, dry_run=False):
    """Open, received dossiers whose due time was not set by an extension get the due time today's calendar gives.
    Returns ``[(dossier code, old due, new due), ...]`` for the dossiers that change."""
    calendar = read_working_calendar()
    candidates = (
        Dossier.objects.exclude(status__in=CLOSED_STATUSES)
        .filter(received_at__isnull=False)
        .exclude(events__action="extend")
        .select_related("procedure")
        .prefetch_related("supplement_requests")
    )
    changes = []
    with transaction.atomic():
        for dossier in candidates.iterator(chunk_size=500):
            new_due = due_for_procedure(calendar, dossier.procedure, dossier.received_at, pauses_of(dossier))
            if new_due == dossier.due_at:
                continue
            changes.append((dossier.code, dossier.due_at, new_due))
            if not dry_run:
                dossier.due_at = new_due
                dossier.version += 1
                dossier._change_reason = "recompute_deadline"
                dossier.save(update_fields=["due_at", "version", "updated_at"])
    return changes

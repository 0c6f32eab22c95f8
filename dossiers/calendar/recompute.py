"""Recompute promised due times after the working calendar changed. Never automatic: a due time printed on a
receipt is a promise, so only an administrator's explicit request moves it. Each dossier is changed like any step:
its row locked, its due time recomputed from what the row holds then, its version bumped."""

from django.db import transaction

from dossiers.models import Dossier
from dossiers.workflow.engine import locked, save_version

from .procedure import due_for_procedure
from .store import read_working_calendar


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
        Dossier.objects.open()
        .filter(received_at__isnull=False)
        .exclude(events__action="extend")
        .values_list("pk", flat=True)
    )
    changes = []
    with transaction.atomic():
        for pk in candidates.iterator(chunk_size=500):
            dossier = locked(pk)
            if dossier.is_closed:  # closed since the candidates were read
                continue
            new_due = due_for_procedure(calendar, dossier.procedure, dossier.received_at, pauses_of(dossier))
            if new_due == dossier.due_at:
                continue
            changes.append((dossier.code, dossier.due_at, new_due))
            if not dry_run:
                dossier.due_at = new_due
                save_version(dossier, "recompute_deadline")
    return changes

"""Dossier codes ``{agency code}-{yyMMdd}-{sequence}``: per agency per day, never repeated, even under concurrency."""

from django.db import transaction
from django.utils import timezone

from dossiers.models import DossierCodeCounter


def next_sequence(agency, day):
    """Take the next number of ``agency`` on ``day``. The counter row is locked until the caller's transaction
    ends, so concurrent submissions queue on it instead of reading the same last value."""
    with transaction.atomic():
        DossierCodeCounter.objects.bulk_create(
            [DossierCodeCounter(agency=agency, day=day, last=0)], ignore_conflicts=True
        )
        counter = DossierCodeCounter.objects.select_for_update().get(agency=agency, day=day)
        counter.last += 1
        counter.save(update_fields=["last"])
        return counter.last


def issue_code(agency, at=None):
    day = timezone.localdate(at or timezone.now())
    return f"{agency.code}-{day:%y%m%d}-{next_sequence(agency, day):04d}"

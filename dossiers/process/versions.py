"""Versions of an internal process: the one in force, the next one saved, and the time a hand-off's receiver has.

``receiver_time`` is the one answer to "how long does the receiver of step X have for this dossier": the version the
dossier was received under when it names the step, else the workflow table's allotment.
"""

from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from dossiers.calendar.deadlines import WorkingCalendar
from dossiers.models import InternalProcess, ProcessStep
from dossiers.models.process import REWORK, working_time
from procedures.models import ProcedurePage
from procedures.models.pages import DurationUnit

# Counter intake hands the dossier on as an online receipt does.
SAME_HAND_OFF = {"intake": "receive"}


def in_force(procedure, at: datetime) -> InternalProcess | None:
    """The version a dossier received at ``at`` follows: the latest in force by then."""
    return (
        InternalProcess.objects.filter(procedure=procedure, effective_from__lte=at)
        .order_by("-effective_from", "-version")
        .first()
    )


def receiver_time(calendar: WorkingCalendar, dossier, step_name: str, table_days: float | None) -> timedelta | None:
    """Office time the receiver of ``step_name`` has on ``dossier``; None when the step sets no deadline of its
    own (the dossier's due time is then the limit)."""
    if dossier.process_version_id is not None:
        hand_off = SAME_HAND_OFF.get(step_name, step_name)
        allotted = (
            ProcessStep.objects.filter(process_id=dossier.process_version_id, hand_off=hand_off)
            .values_list("amount", "unit")
            .first()
        )
        if allotted is not None:
            return working_time(*allotted, calendar.working_day)
    return None if table_days is None else calendar.working_day * table_days


def over_long(procedure, steps, working_day: timedelta):
    """The refusal when the steps on the way to the result (``(hand_off, amount, unit)``; returns are rework, not
    added) take longer than the procedure's processing time; None when they fit."""
    total = sum(
        (working_time(amount, unit, working_day) for hand_off, amount, unit in steps if hand_off not in REWORK),
        timedelta(0),
    )
    limit = working_day * procedure.processing_time
    if total <= limit:
        return None
    unit = DurationUnit(procedure.processing_time_unit).label
    return _(
        "Tổng thời gian các bước (%(total)s ngày làm việc) vượt thời hạn giải quyết của thủ tục (%(limit)s %(unit)s)."
    ) % {"total": f"{total / working_day:g}", "limit": procedure.processing_time, "unit": unit}


def save_next_version(procedure, *, effective_from, basis, steps, user) -> InternalProcess:
    """A new version with the next number: the procedure's row is locked so two saves cannot take the same one."""
    with transaction.atomic():
        ProcedurePage.objects.select_for_update(of=("self",)).only("pk").get(pk=procedure.pk)
        latest = InternalProcess.objects.filter(procedure=procedure).aggregate(latest=Max("version"))["latest"]
        process = InternalProcess.objects.create(
            procedure=procedure,
            version=(latest or 0) + 1,
            effective_from=effective_from,
            basis=basis,
            created_by=user,
        )
        ProcessStep.objects.bulk_create(
            ProcessStep(process=process, hand_off=hand_off, amount=amount, unit=unit, sort_order=order)
            for order, (hand_off, amount, unit) in enumerate(steps)
        )
    return process

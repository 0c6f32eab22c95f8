"""A procedure page's processing time as a due time: the page is the one place that says how long and in which unit."""

from collections.abc import Iterable
from datetime import datetime

from procedures.models.pages import DurationUnit

from .deadlines import Pause, WorkingCalendar, due_time


def due_for_procedure(
    calendar: WorkingCalendar, procedure, received_at: datetime, pauses: Iterable[Pause] = ()
) -> datetime:
    return due_time(
        calendar,
        received_at,
        procedure.processing_time,
        calendar_days=procedure.processing_time_unit == DurationUnit.CALENDAR_DAYS,
        pauses=pauses,
    )

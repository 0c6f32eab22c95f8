"""The administrators' working calendar as a pure `WorkingCalendar`, cached so a request pays for it rarely.

Saving or deleting calendar rows drops the cache entry (see `dossiers.calendar.models`); the timeout bounds how long
a process with a per-process cache can keep an old calendar after another process changed it.
"""

from django.core.cache import cache

from dossiers.calendar.models import WORKING_CALENDAR_CACHE_KEY, DayOff, MakeUpWorkingDay, OfficePeriod

from .deadlines import WorkingCalendar

CACHE_TIMEOUT = 300


def read_working_calendar() -> WorkingCalendar:
    """Build the calendar from the database; a make-up day works Monday's office hours."""
    weekly = [[] for _ in range(7)]
    for period in OfficePeriod.objects.order_by("start"):
        weekly[period.weekday].append((period.start, period.end))
    return WorkingCalendar(
        weekly_periods=tuple(tuple(periods) for periods in weekly),
        days_off=frozenset(DayOff.objects.values_list("date", flat=True)),
        make_up_days=frozenset(MakeUpWorkingDay.objects.values_list("date", flat=True)),
        make_up_periods=tuple(weekly[0]),
    )


def load_working_calendar() -> WorkingCalendar:
    return cache.get_or_set(WORKING_CALENDAR_CACHE_KEY, read_working_calendar, CACHE_TIMEOUT)

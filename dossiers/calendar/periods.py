"""A report period: whole local days (Asia/Ho_Chi_Minh), from ``start`` to ``end`` inclusive.

The database compares instants, so a period is used as the half-open interval [start 00:00, day after end 00:00)
in the local zone: a dossier received at 23:59 on the last day is in, one received at 00:00 the next day is not.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from dossiers.calendar.deadlines import VIETNAM

ONE_DAY = timedelta(days=1)


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=VIETNAM)


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @property
    def start_instant(self) -> datetime:
        return local_midnight(self.start)

    @property
    def end_instant(self) -> datetime:
        """The first instant after the period: the "end of period" at which open dossiers are judged."""
        return local_midnight(self.end + ONE_DAY)


def today() -> date:
    return timezone.localdate(timezone.now(), VIETNAM)


def month_of(day: date) -> Period:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return Period(day.replace(day=1), following - ONE_DAY)


def quarter_of(day: date) -> Period:
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = day.replace(month=first_month, day=1)
    return Period(start, month_of(start.replace(month=first_month + 2)).end)


def year_of(day: date) -> Period:
    return Period(date(day.year, 1, 1), date(day.year, 12, 31))


def presets(day: date) -> dict[str, Period]:
    """The periods staff ask for most, as of ``day``."""
    return {
        "this_month": month_of(day),
        "last_month": month_of(day.replace(day=1) - ONE_DAY),
        "this_quarter": quarter_of(day),
        "this_year": year_of(day),
    }


def last_months(day: date, count: int) -> list[Period]:
    """The ``count`` calendar months up to and including the month of ``day``, oldest first."""
    months = [month_of(day)]
    while len(months) < count:
        months.insert(0, month_of(months[0].start - ONE_DAY))
    return months

"""Working-time deadline arithmetic: pure functions over a `WorkingCalendar`, so they are cheap and testable.

Nothing here reads the database; `dossiers.calendar.store.load_working_calendar()` builds the calendar from the
administrators' data. Instants must be time-zone aware; the calendar's zone decides what "09:00" and "a day" mean.
Counting walks a day at a time (a handful of office periods each, never minute by minute), with clock times as
microseconds since local midnight.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from itertools import pairwise
from zoneinfo import ZoneInfo

from django.db import models
from django.utils.translation import gettext_lazy as _

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
ONE_DAY = timedelta(days=1)
MIDNIGHT_TO_MIDNIGHT = ONE_DAY // timedelta(microseconds=1)
STANDARD_PERIODS = ((time(7, 30), time(11, 30)), (time(13), time(17)))
MONDAY_TO_FRIDAY = (STANDARD_PERIODS,) * 5 + ((), ())

Period = tuple[time, time]
Pause = tuple[datetime, datetime]


class OpenState(models.TextChoices):
    WITHIN_TIME = "within_time", _("Trong hạn")
    OVERDUE = "overdue", _("Quá hạn")


class ResultClass(models.TextChoices):
    EARLY = "early", _("Trước hạn")
    ON_TIME = "on_time", _("Đúng hạn")
    LATE = "late", _("Quá hạn")


def _micros(clock: time) -> int:
    return ((clock.hour * 60 + clock.minute) * 60 + clock.second) * 1_000_000 + clock.microsecond


def _span(periods: Iterable[Period]) -> tuple[tuple[int, int], ...]:
    return tuple(sorted((_micros(start), _micros(end)) for start, end in periods))


@dataclass(frozen=True)
class WorkingCalendar:
    """Office periods per weekday (Monday = 0), days off, and make-up working days (weekend days that are worked).

    A make-up day works `make_up_periods`; a date that is both a day off and a make-up day is a day off.
    `working_day` is the length of one working day in the statutes' sense (8 hours), whatever the periods add up to.
    """

    weekly_periods: tuple[tuple[Period, ...], ...] = MONDAY_TO_FRIDAY
    days_off: frozenset[date] = frozenset()
    make_up_days: frozenset[date] = frozenset()
    make_up_periods: tuple[Period, ...] = STANDARD_PERIODS
    tz: tzinfo = VIETNAM
    working_day: timedelta = timedelta(hours=8)
    _weekly: tuple[tuple[tuple[int, int], ...], ...] = field(init=False, repr=False, compare=False)
    _make_up: tuple[tuple[int, int], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        if len(self.weekly_periods) != 7:
            raise ValueError("weekly_periods needs one entry per weekday, Monday first")
        for periods in (*self.weekly_periods, self.make_up_periods):
            spans = _span(periods)
            if any(start >= end for start, end in spans) or any(a[1] > b[0] for a, b in pairwise(spans)):
                raise ValueError(f"office periods must be increasing and must not overlap: {periods}")
        if not any(self.weekly_periods):
            raise ValueError("a week without office periods never reaches a due time")
        object.__setattr__(self, "_weekly", tuple(_span(periods) for periods in self.weekly_periods))
        object.__setattr__(self, "_make_up", _span(self.make_up_periods))

    def spans_on(self, day: date) -> tuple[tuple[int, int], ...]:
        """The office periods of one date, as microseconds since local midnight."""
        if day in self.days_off:
            return ()
        if day in self.make_up_days:
            return self._make_up
        return self._weekly[day.weekday()]

    def is_working_day(self, day: date) -> bool:
        return bool(self.spans_on(day))

    def _local(self, instant: datetime) -> tuple[date, int]:
        if instant.tzinfo is None or instant.utcoffset() is None:
            raise ValueError(f"a time-zone aware instant is needed, got {instant!r}")
        local = instant.astimezone(self.tz)
        return local.date(), _micros(local.time())

    def _instant(self, day: date, micros: int) -> datetime:
        seconds, micro = divmod(micros, 1_000_000)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return datetime.combine(day, time(hour, minute, second, micro), tzinfo=self.tz)


def add_working_time(calendar: WorkingCalendar, start: datetime, duration: timedelta) -> datetime:
    """The first instant by which `duration` of office time has passed since `start`.

    Time outside office hours does not count, so counting from after hours starts at the next opening, and a count
    that ends exactly at a close is due at that close rather than at the next opening.
    """
    if duration < timedelta(0):
        raise ValueError("a working duration cannot be negative")
    remaining = duration // timedelta(microseconds=1)
    day, clock = calendar._local(start)
    while True:
        for opening, closing in calendar.spans_on(day):
            if clock > closing:
                continue
            opening = max(opening, clock)
            if remaining <= closing - opening:
                return calendar._instant(day, opening + remaining)
            remaining -= closing - opening
        day += ONE_DAY
        clock = 0


def working_time_between(calendar: WorkingCalendar, start: datetime, end: datetime) -> timedelta:
    """Office time elapsed from `start` to `end` (zero when `end` is not after `start`)."""
    first_day, first_clock = calendar._local(start)
    last_day, last_clock = calendar._local(end)
    total = 0
    day = first_day
    while day <= last_day:
        low = first_clock if day == first_day else 0
        high = last_clock if day == last_day else MIDNIGHT_TO_MIDNIGHT
        total += sum(max(0, min(closing, high) - max(opening, low)) for opening, closing in calendar.spans_on(day))
        day += ONE_DAY
    return timedelta(microseconds=total)


def next_working_instant(calendar: WorkingCalendar, instant: datetime) -> datetime:
    """Where counting starts: `instant` itself inside office hours, else the opening of the next office period."""
    day, clock = calendar._local(instant)
    while True:
        for opening, closing in calendar.spans_on(day):
            if clock < closing:
                return calendar._instant(day, max(opening, clock))
        day += ONE_DAY
        clock = 0


def nearest_working_instant(calendar: WorkingCalendar, instant: datetime) -> datetime:
    """The time a person may pick nearest to `instant`: `instant` itself when it falls in office hours (a close
    included, as a due time may end there), else the next opening. Never earlier, so a date the office promises
    (an appointment, a deadline) is not moved sooner than the person chose."""
    day, clock = calendar._local(instant)
    while True:
        for opening, closing in calendar.spans_on(day):
            if clock <= closing:
                return calendar._instant(day, max(opening, clock))
        day += ONE_DAY
        clock = 0


def nearest_working_day(calendar: WorkingCalendar, day: date) -> date:
    """`day` itself when it is worked, else the next working day."""
    while not calendar.is_working_day(day):
        day += ONE_DAY
    return day


def due_in_working_days(calendar: WorkingCalendar, received_at: datetime, days: float) -> datetime:
    """Due time of N working days (a fraction for a half day): N working days' worth of office time counted from
    receipt."""
    return add_working_time(calendar, received_at, days * calendar.working_day)


def due_in_calendar_days(calendar: WorkingCalendar, received_at: datetime, days: int) -> datetime:
    """Due time of N calendar days: the same clock time N days after counting starts; should that clock time fall
    outside the day's office hours (a shorter day), the next opening that day, or that day's last close.

    When that day is off, the first opening of the next working day. Keeping the clock time there instead would let a
    later start (received on a day that became a day off, so counted from the next morning) land on the same working
    day at an earlier hour than an earlier start: a due time must never move earlier because counting started later.
    """
    day, clock = calendar._local(next_working_instant(calendar, received_at))
    day += days * ONE_DAY
    if not calendar.is_working_day(day):
        return next_working_instant(calendar, calendar._instant(day, 0))
    spans = calendar.spans_on(day)
    inside = next((max(opening, clock) for opening, closing in spans if clock <= closing), spans[-1][1])
    return calendar._instant(day, inside)


def _merged(pauses: Iterable[Pause]) -> list[Pause]:
    """Pauses sorted and overlapping ones joined, so no stretch of waiting is counted twice."""
    merged: list[Pause] = []
    for start, end in sorted(pauses):
        if end < start:
            raise ValueError(f"a pause cannot end before it starts: {start.isoformat()} > {end.isoformat()}")
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def apply_pauses(calendar: WorkingCalendar, due: datetime, pauses: Iterable[Pause]) -> datetime:
    """Move `due` by the office time the supplement requests kept the applicant waiting.

    An extension is not a pause: it replaces `due`, and pauses after it are then applied to the new due time.
    """
    waited = sum((working_time_between(calendar, start, end) for start, end in _merged(pauses)), timedelta(0))
    return add_working_time(calendar, due, waited) if waited else due


def due_time(
    calendar: WorkingCalendar,
    received_at: datetime,
    days: int,
    *,
    calendar_days: bool = False,
    pauses: Iterable[Pause] = (),
) -> datetime:
    """The due time of a dossier: N working (or calendar) days from receipt, moved by its pauses."""
    if days < 1:
        raise ValueError("a processing time is at least one day")
    count = due_in_calendar_days if calendar_days else due_in_working_days
    return apply_pauses(calendar, count(calendar, received_at, days), pauses)


def open_state(due: datetime, at: datetime) -> OpenState:
    """An open dossier is within time up to and including its due instant."""
    return OpenState.WITHIN_TIME if at <= due else OpenState.OVERDUE


def classify_result(due: datetime, returned_at: datetime, tz: tzinfo = VIETNAM) -> ResultClass:
    """Early, on time or late by calendar date in `tz`, as the statistics report counts them."""
    due_date, returned_date = due.astimezone(tz).date(), returned_at.astimezone(tz).date()
    if returned_date < due_date:
        return ResultClass.EARLY
    return ResultClass.ON_TIME if returned_date == due_date else ResultClass.LATE

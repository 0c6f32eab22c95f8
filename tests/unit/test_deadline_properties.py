"""Properties that must hold for any calendar: dues land in office hours and only ever move later."""

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from dossiers.calendar.deadlines import (
    VIETNAM,
    WorkingCalendar,
    apply_pauses,
    due_in_calendar_days,
    due_in_working_days,
    working_time_between,
)

FIRST_DAY, LAST_DAY = date(2026, 12, 1), date(2027, 6, 30)
FAST = settings(max_examples=150, deadline=None)


@st.composite
def day_periods(draw):
    """Zero to three increasing, non-overlapping office periods on whole quarter hours."""
    marks = sorted(draw(st.sets(st.integers(0, 95), max_size=6)))
    marks = marks[: len(marks) // 2 * 2]
    return tuple(
        (time(a // 4, a % 4 * 15), time(b // 4, b % 4 * 15)) for a, b in zip(marks[::2], marks[1::2], strict=True)
    )


dates = st.dates(FIRST_DAY, LAST_DAY)
weekly = st.tuples(*[day_periods()] * 7).filter(any)
calendars = st.builds(
    WorkingCalendar,
    weekly_periods=st.one_of(st.just(WorkingCalendar().weekly_periods), weekly),
    days_off=st.frozensets(dates, max_size=40),
    make_up_days=st.frozensets(dates.filter(lambda day: day.weekday() >= 5), max_size=5),
    make_up_periods=day_periods(),
)
instants = st.datetimes(datetime(2027, 1, 1), datetime(2027, 3, 31), timezones=st.sampled_from([VIETNAM, UTC]))
day_counts = st.integers(1, 40)
pauses = st.tuples(instants, st.timedeltas(timedelta(0), timedelta(days=5))).map(lambda p: (p[0], p[0] + p[1]))


def inside_office_hours(calendar, instant):
    """Checked from the calendar's fields, not through the code under test; a close counts as inside."""
    local = instant.astimezone(VIETNAM)
    if local.date() in calendar.days_off:
        return False
    if local.date() in calendar.make_up_days:
        periods = calendar.make_up_periods
    else:
        periods = calendar.weekly_periods[local.weekday()]
    return any(start <= local.time() <= end for start, end in periods)


@FAST
@given(calendars, instants, day_counts)
def test_due_falls_inside_office_hours(calendar, received, days):
    assert inside_office_hours(calendar, due_in_working_days(calendar, received, days))
    assert inside_office_hours(calendar, due_in_calendar_days(calendar, received, days))


@FAST
@given(calendars, instants, day_counts)
def test_elapsed_working_time_until_due_is_n_working_days(calendar, received, days):
    due = due_in_working_days(calendar, received, days)
    assert working_time_between(calendar, received, due) == days * timedelta(hours=8)


@FAST
@given(calendars, instants, day_counts, st.integers(1, 10))
def test_more_days_never_make_it_earlier(calendar, received, days, more):
    assert due_in_working_days(calendar, received, days + more) > due_in_working_days(calendar, received, days)
    # Two calendar counts can both land on a weekend and move to the same Monday.
    assert due_in_calendar_days(calendar, received, days + more) >= due_in_calendar_days(calendar, received, days)


@FAST
@given(calendars, instants, day_counts, dates)
def test_a_new_day_off_never_makes_it_earlier(calendar, received, days, day_off):
    with_day_off = WorkingCalendar(
        weekly_periods=calendar.weekly_periods,
        days_off=calendar.days_off | {day_off},
        make_up_days=calendar.make_up_days,
        make_up_periods=calendar.make_up_periods,
    )
    for count in (due_in_working_days, due_in_calendar_days):
        assert count(with_day_off, received, days) >= count(calendar, received, days)


@FAST
@given(calendars, instants, day_counts, st.lists(pauses, max_size=3), pauses)
def test_a_new_pause_never_makes_it_earlier(calendar, received, days, earlier_pauses, pause):
    due = due_in_working_days(calendar, received, days)
    before = apply_pauses(calendar, due, earlier_pauses)
    after = apply_pauses(calendar, due, [*earlier_pauses, pause])
    assert before >= due
    assert after >= before
    assert inside_office_hours(calendar, after)


@FAST
@given(
    calendars,
    instants,
    st.timedeltas(timedelta(0), timedelta(days=20)),
    st.timedeltas(timedelta(0), timedelta(days=20)),
)
def test_elapsed_working_time_adds_up(calendar, start, first, second):
    middle, end = start + first, start + first + second
    assert working_time_between(calendar, start, middle) + working_time_between(
        calendar, middle, end
    ) == working_time_between(calendar, start, end)

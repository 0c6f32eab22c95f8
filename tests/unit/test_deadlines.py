"""Deadline arithmetic on explicit cases worked out by hand (office hours 7:30–11:30 and 13:00–17:00)."""

from datetime import UTC, date, datetime, time, timedelta
from types import SimpleNamespace

import pytest
from django.utils import translation

from dossiers.calendar.deadlines import (
    MONDAY_TO_FRIDAY,
    VIETNAM,
    OpenState,
    ResultClass,
    WorkingCalendar,
    apply_pauses,
    classify_result,
    due_in_calendar_days,
    due_in_working_days,
    due_time,
    open_state,
    working_time_between,
)
from dossiers.calendar.procedure import due_for_procedure
from procedures.models.pages import DurationUnit

TET_2027 = {date(2027, 2, day) for day in range(4, 11)}  # Thursday 4 to Wednesday 10 February
# 2025: Saturday 26 April worked so that Friday 2 May is off, next to 30 April and 1 May.
SWAP_2025 = {date(2025, 4, 30), date(2025, 5, 1), date(2025, 5, 2)}
MAKE_UP_2025 = date(2025, 4, 26)
CALENDAR = WorkingCalendar(
    days_off=frozenset({date(2027, 1, 1), *TET_2027, *SWAP_2025}), make_up_days=frozenset({MAKE_UP_2025})
)


def vn(*args):
    return datetime(*args, tzinfo=VIETNAM)


@pytest.mark.parametrize(
    ("received", "days", "due"),
    [
        pytest.param(vn(2027, 3, 3, 9), 1, vn(2027, 3, 4, 9), id="inside-hours-next-day-same-clock"),
        pytest.param(vn(2027, 3, 5, 15), 1, vn(2027, 3, 8, 15), id="friday-skips-weekend"),
        pytest.param(vn(2027, 3, 3, 18), 1, vn(2027, 3, 4, 17), id="after-hours-due-at-close-not-next-opening"),
        pytest.param(vn(2027, 3, 3, 6), 1, vn(2027, 3, 3, 17), id="before-opening-counts-from-opening"),
        pytest.param(vn(2027, 3, 3, 12), 1, vn(2027, 3, 4, 11, 30), id="lunch-break-due-at-morning-close"),
        pytest.param(vn(2027, 3, 3, 17), 2, vn(2027, 3, 5, 17), id="received-at-close"),
        pytest.param(vn(2027, 3, 6, 10), 1, vn(2027, 3, 8, 17), id="received-on-saturday"),
        pytest.param(vn(2027, 2, 3, 9), 3, vn(2027, 2, 15, 9), id="tet-2027"),
        pytest.param(vn(2027, 2, 2, 14), 2, vn(2027, 2, 11, 14), id="tet-2027-eve"),
        pytest.param(vn(2026, 12, 31, 10), 1, vn(2027, 1, 4, 10), id="new-year-friday"),
        pytest.param(vn(2025, 4, 24, 10), 2, vn(2025, 4, 26, 10), id="due-on-make-up-saturday"),
        pytest.param(vn(2025, 4, 24, 10), 3, vn(2025, 4, 28, 10), id="make-up-saturday-then-sunday-off"),
        pytest.param(vn(2025, 4, 24, 10), 5, vn(2025, 5, 5, 10), id="substituted-day-off-2-may"),
        pytest.param(vn(2025, 4, 26, 8), 1, vn(2025, 4, 28, 8), id="received-on-make-up-saturday"),
    ],
)
def test_due_in_working_days(received, days, due):
    assert due_in_working_days(CALENDAR, received, days) == due


def test_received_in_another_zone_is_counted_on_vietnam_clock():
    due = due_in_working_days(CALENDAR, datetime(2027, 3, 3, 2, tzinfo=UTC), 1)
    assert due == vn(2027, 3, 4, 9)
    assert due.isoformat() == "2027-03-04T09:00:00+07:00"


def test_make_up_day_works_its_own_periods():
    calendar = WorkingCalendar(make_up_days=frozenset({MAKE_UP_2025}), make_up_periods=((time(8), time(12)),))
    # Friday 16:00–17:00 (1 h), Saturday 08:00–12:00 (4 h), Monday 07:30–10:30 (3 h).
    assert due_in_working_days(calendar, vn(2025, 4, 25, 16), 1) == vn(2025, 4, 28, 10, 30)


def test_day_off_wins_over_make_up_day():
    calendar = WorkingCalendar(days_off=frozenset({MAKE_UP_2025}), make_up_days=frozenset({MAKE_UP_2025}))
    assert due_in_working_days(calendar, vn(2025, 4, 25, 15), 1) == vn(2025, 4, 28, 15)


@pytest.mark.parametrize(
    ("received", "days", "due"),
    [
        pytest.param(vn(2027, 3, 3, 9), 2, vn(2027, 3, 5, 9), id="weekday-to-weekday"),
        pytest.param(vn(2027, 3, 3, 9), 3, vn(2027, 3, 8, 7, 30), id="saturday-moves-to-monday-opening"),
        pytest.param(vn(2027, 3, 5, 18), 1, vn(2027, 3, 9, 7, 30), id="after-hours-starts-next-opening"),
        pytest.param(vn(2027, 3, 3, 17), 1, vn(2027, 3, 5, 7, 30), id="at-close-starts-next-opening"),
        pytest.param(vn(2027, 3, 3, 12), 1, vn(2027, 3, 4, 13), id="lunch-starts-afternoon"),
        pytest.param(vn(2027, 2, 1, 10), 5, vn(2027, 2, 11, 7, 30), id="lands-in-tet"),
    ],
)
def test_due_in_calendar_days(received, days, due):
    assert due_in_calendar_days(CALENDAR, received, days) == due


def test_calendar_days_due_snaps_into_a_shorter_day():
    short_friday = ((time(9), time(11, 30)),)
    calendar = WorkingCalendar(weekly_periods=(*MONDAY_TO_FRIDAY[:4], short_friday, (), ()))
    assert due_in_calendar_days(calendar, vn(2027, 3, 2, 15), 3) == vn(2027, 3, 5, 11, 30)
    assert due_in_calendar_days(calendar, vn(2027, 3, 2, 8), 3) == vn(2027, 3, 5, 9)


@pytest.mark.parametrize(
    ("start", "end", "elapsed"),
    [
        pytest.param(vn(2027, 3, 3, 8), vn(2027, 3, 3, 10), timedelta(hours=2), id="inside-one-period"),
        pytest.param(vn(2027, 3, 3, 10), vn(2027, 3, 3, 14), timedelta(hours=2.5), id="over-lunch"),
        pytest.param(vn(2027, 3, 5, 16), vn(2027, 3, 8, 8, 30), timedelta(hours=2), id="over-weekend"),
        pytest.param(vn(2027, 2, 3, 9), vn(2027, 2, 11, 9), timedelta(hours=8), id="over-tet"),
        pytest.param(vn(2027, 3, 3, 10), vn(2027, 3, 3, 9), timedelta(0), id="backwards"),
    ],
)
def test_working_time_between(start, end, elapsed):
    assert working_time_between(CALENDAR, start, end) == elapsed


@pytest.mark.parametrize(
    ("pauses", "due"),
    [
        pytest.param([], vn(2027, 3, 4, 9), id="no-pause"),
        pytest.param([(vn(2027, 3, 3, 10), vn(2027, 3, 3, 14))], vn(2027, 3, 4, 11, 30), id="2h30-over-lunch"),
        pytest.param(
            [(vn(2027, 3, 3, 10), vn(2027, 3, 3, 12)), (vn(2027, 3, 3, 11), vn(2027, 3, 3, 14))],
            vn(2027, 3, 4, 11, 30),
            id="overlapping-pauses-count-once",
        ),
        pytest.param(
            [(vn(2027, 3, 3, 10), vn(2027, 3, 3, 11)), (vn(2027, 3, 5, 16), vn(2027, 3, 8, 8, 30))],
            vn(2027, 3, 4, 13, 30),
            id="two-pauses-add-up",
        ),
        pytest.param([(vn(2027, 3, 6, 8), vn(2027, 3, 7, 18))], vn(2027, 3, 4, 9), id="weekend-pause-moves-nothing"),
    ],
)
def test_pauses_move_the_due_time_by_the_working_time_they_cover(pauses, due):
    assert apply_pauses(CALENDAR, vn(2027, 3, 4, 9), pauses) == due


def test_pause_ending_before_it_starts_is_refused():
    with pytest.raises(ValueError, match="cannot end before"):
        apply_pauses(CALENDAR, vn(2027, 3, 4, 9), [(vn(2027, 3, 3, 14), vn(2027, 3, 3, 10))])


def test_due_time_combines_unit_and_pauses():
    pause = (vn(2027, 2, 3, 10), vn(2027, 2, 3, 14))
    assert due_time(CALENDAR, vn(2027, 2, 3, 9), 3, pauses=[pause]) == vn(2027, 2, 15, 11, 30)
    assert due_time(CALENDAR, vn(2027, 2, 3, 9), 3, calendar_days=True, pauses=[pause]) == vn(2027, 2, 11, 10)
    with pytest.raises(ValueError, match="at least one day"):
        due_time(CALENDAR, vn(2027, 2, 3, 9), 0)


@pytest.mark.parametrize(
    ("unit", "due"),
    [(DurationUnit.WORKING_DAYS, vn(2027, 2, 15, 9)), (DurationUnit.CALENDAR_DAYS, vn(2027, 2, 11, 7, 30))],
)
def test_due_for_procedure_follows_the_page_unit(unit, due):
    procedure = SimpleNamespace(processing_time=3, processing_time_unit=unit)
    assert due_for_procedure(CALENDAR, procedure, vn(2027, 2, 3, 9)) == due


def test_open_state_is_within_time_up_to_the_due_instant():
    due = vn(2027, 3, 4, 9)
    assert open_state(due, due) == OpenState.WITHIN_TIME
    assert open_state(due, due + timedelta(seconds=1)) == OpenState.OVERDUE


@pytest.mark.parametrize(
    ("returned", "result"),
    [
        pytest.param(vn(2027, 3, 3, 16), ResultClass.EARLY, id="day-before"),
        pytest.param(vn(2027, 3, 4, 16, 30), ResultClass.ON_TIME, id="due-date-after-due-clock"),
        pytest.param(vn(2027, 3, 5, 8), ResultClass.LATE, id="day-after"),
        pytest.param(datetime(2027, 3, 3, 17, 30, tzinfo=UTC), ResultClass.ON_TIME, id="utc-evening-is-vietnam-date"),
    ],
)
def test_classify_result_by_vietnam_calendar_date(returned, result):
    assert classify_result(vn(2027, 3, 4, 9), returned) == result


def test_labels_are_vietnamese():
    with translation.override("vi"):
        assert [str(choice.label) for choice in ResultClass] == ["Trước hạn", "Đúng hạn", "Quá hạn"]
        assert [str(choice.label) for choice in OpenState] == ["Trong hạn", "Quá hạn"]


def test_naive_instants_are_refused():
    with pytest.raises(ValueError, match="time-zone aware"):
        due_in_working_days(CALENDAR, datetime(2027, 3, 3, 9), 1)


@pytest.mark.parametrize(
    "weekly",
    [
        pytest.param(((),) * 7, id="no-office-hours"),
        pytest.param((((time(8), time(12)), (time(11), time(14))),) + ((),) * 6, id="overlap"),
        pytest.param((((time(12), time(8)),),) + ((),) * 6, id="reversed"),
        pytest.param(MONDAY_TO_FRIDAY[:5], id="missing-weekend"),
    ],
)
def test_inconsistent_calendars_are_refused(weekly):
    with pytest.raises(ValueError):
        WorkingCalendar(weekly_periods=weekly)

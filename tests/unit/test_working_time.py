"""The nearest time a person may pick: explicit cases (office hours 7:30–11:30 and 13:00–17:00) and properties that
hold for any calendar."""

from datetime import date, timedelta

import pytest
from hypothesis import given

from dossiers.calendar.deadlines import (
    WorkingCalendar,
    nearest_working_day,
    nearest_working_instant,
    working_time_between,
)
from tests.unit.test_deadline_properties import FAST, calendars, dates, inside_office_hours, instants
from tests.unit.test_deadlines import CALENDAR, MAKE_UP_2025, vn


@pytest.mark.parametrize(
    ("picked", "nearest"),
    [
        pytest.param(vn(2027, 3, 7, 3), vn(2027, 3, 8, 7, 30), id="sunday-3am-monday-opening"),
        pytest.param(vn(2027, 3, 3, 9, 15), vn(2027, 3, 3, 9, 15), id="inside-hours-kept"),
        pytest.param(vn(2027, 3, 3, 12), vn(2027, 3, 3, 13), id="lunch-break-afternoon-opening"),
        pytest.param(vn(2027, 3, 3, 11, 30), vn(2027, 3, 3, 11, 30), id="morning-close-kept"),
        pytest.param(vn(2027, 3, 3, 17), vn(2027, 3, 3, 17), id="evening-close-kept"),
        pytest.param(vn(2027, 3, 3, 17, 1), vn(2027, 3, 4, 7, 30), id="after-close-next-morning"),
        pytest.param(vn(2027, 3, 5, 18), vn(2027, 3, 8, 7, 30), id="friday-evening-monday"),
        pytest.param(vn(2027, 2, 5, 9), vn(2027, 2, 11, 7, 30), id="tet-holiday-first-day-after"),
        pytest.param(vn(2025, 4, 26, 9), vn(2025, 4, 26, 9), id="make-up-saturday-kept"),
        pytest.param(vn(2025, 4, 30, 9), vn(2025, 5, 5, 7, 30), id="swapped-days-off"),
    ],
)
def test_nearest_working_instant(picked, nearest):
    assert nearest_working_instant(CALENDAR, picked) == nearest


@pytest.mark.parametrize(
    ("picked", "nearest"),
    [
        (date(2027, 3, 7), date(2027, 3, 8)),
        (date(2027, 3, 3), date(2027, 3, 3)),
        (date(2027, 2, 4), date(2027, 2, 11)),
        (MAKE_UP_2025, MAKE_UP_2025),
        (date(2025, 4, 27), date(2025, 4, 28)),
    ],
)
def test_nearest_working_day(picked, nearest):
    assert nearest_working_day(CALENDAR, picked) == nearest


def test_custom_office_periods_decide_the_lunch_break():
    calendar = WorkingCalendar(weekly_periods=(((vn(2027, 1, 1, 8).time(), vn(2027, 1, 1, 12).time()),),) * 7)
    assert nearest_working_instant(calendar, vn(2027, 3, 3, 12, 30)) == vn(2027, 3, 4, 8)


@FAST
@given(calendars, instants)
def test_nearest_instant_is_in_office_hours_never_earlier_and_nothing_valid_is_skipped(calendar, picked):
    nearest = nearest_working_instant(calendar, picked)
    assert inside_office_hours(calendar, nearest)
    assert nearest >= picked
    assert working_time_between(calendar, picked, nearest) == timedelta(0)
    if inside_office_hours(calendar, picked):
        assert nearest == picked
    assert nearest_working_instant(calendar, nearest) == nearest


@FAST
@given(calendars, dates)
def test_nearest_day_is_the_first_working_day_from_the_one_picked(calendar, picked):
    nearest = nearest_working_day(calendar, picked)
    assert calendar.is_working_day(nearest)
    assert not any(calendar.is_working_day(picked + timedelta(days=n)) for n in range((nearest - picked).days))

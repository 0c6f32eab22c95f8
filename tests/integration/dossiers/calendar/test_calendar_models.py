"""The administrators' working calendar: seeded data, validation, the cached pure calendar, admin access."""

import json
from datetime import date, datetime, time

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.urls import reverse

from dossiers.accounts import roles
from dossiers.calendar.deadlines import STANDARD_PERIODS, VIETNAM, due_in_working_days
from dossiers.calendar.store import load_working_calendar
from dossiers.models import DayOff, MakeUpWorkingDay, OfficePeriod

pytestmark = pytest.mark.django_db
CALENDAR_MODELS = [OfficePeriod, DayOff, MakeUpWorkingDay]


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rolled-back test transactions send no signal, so a calendar cached by another test must not survive."""
    cache.clear()
    yield
    cache.clear()


def test_seeded_office_hours_are_monday_to_friday():
    periods = [(p.weekday, p.start, p.end) for p in OfficePeriod.objects.all()]
    assert periods == [(weekday, start, end) for weekday in range(5) for start, end in STANDARD_PERIODS]


def test_seeded_holidays_have_vietnamese_names_and_kinds():
    assert DayOff.objects.get(date=date(2027, 2, 8)).name == "Mùng ba Tết Nguyên Đán"
    assert DayOff.objects.get(date=date(2027, 9, 2)).kind == DayOff.Kind.PUBLIC_HOLIDAY
    announced = DayOff.objects.get(date=date(2025, 5, 2))
    assert (announced.kind, announced.name) == (DayOff.Kind.ANNOUNCED, "Ngày nghỉ (thay cho ngày 26/04/2025)")
    assert DayOff.objects.filter(name="Tết Nguyên Đán").count() == 16  # one per year, 2020 to 2035
    assert MakeUpWorkingDay.objects.filter(date=date(2025, 4, 26)).exists()


def test_seeded_calendar_gives_the_tet_2027_example():
    received = datetime(2027, 2, 3, 9, tzinfo=VIETNAM)
    assert due_in_working_days(load_working_calendar(), received, 3) == datetime(2027, 2, 15, 9, tzinfo=VIETNAM)


def test_loaded_calendar_mirrors_the_tables():
    calendar = load_working_calendar()
    assert calendar.weekly_periods[0] == STANDARD_PERIODS
    assert calendar.weekly_periods[5:] == ((), ())
    assert calendar.make_up_periods == STANDARD_PERIODS
    assert date(2027, 2, 4) in calendar.days_off
    assert date(2025, 4, 26) in calendar.make_up_days


def test_calendar_is_cached_and_forgotten_on_change(django_assert_num_queries):
    load_working_calendar()
    with django_assert_num_queries(0):
        load_working_calendar()

    day_off = DayOff.objects.create(date=date(2027, 3, 4), name="Nghỉ đột xuất", kind=DayOff.Kind.ANNOUNCED)
    assert date(2027, 3, 4) in load_working_calendar().days_off
    day_off.delete()
    assert date(2027, 3, 4) not in load_working_calendar().days_off

    MakeUpWorkingDay.objects.create(date=date(2027, 3, 6))
    assert date(2027, 3, 6) in load_working_calendar().make_up_days

    OfficePeriod.objects.filter(weekday=4, start=time(13)).delete()
    assert load_working_calendar().weekly_periods[4] == ((time(7, 30), time(11, 30)),)
    OfficePeriod.objects.create(weekday=5, start=time(8), end=time(11))
    assert load_working_calendar().weekly_periods[5] == ((time(8), time(11)),)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        pytest.param(time(11), time(9), id="reversed"),
        pytest.param(time(10), time(14), id="overlaps-both-periods"),
        pytest.param(time(7), time(8), id="overlaps-opening"),
    ],
)
def test_office_period_must_be_ordered_and_not_overlap(start, end):
    with pytest.raises(ValidationError):
        OfficePeriod(weekday=0, start=start, end=end).full_clean()


def test_adjacent_office_period_is_accepted():
    OfficePeriod(weekday=0, start=time(11, 30), end=time(13)).full_clean()
    existing = OfficePeriod.objects.get(weekday=0, start=time(7, 30))
    existing.end = time(11)
    existing.full_clean()  # editing a period does not collide with itself


def test_database_refuses_a_reversed_office_period():
    with pytest.raises(IntegrityError):
        OfficePeriod.objects.create(weekday=5, start=time(11), end=time(9))


def test_a_date_cannot_be_both_day_off_and_make_up_day():
    with pytest.raises(ValidationError, match="làm việc bù"):
        DayOff(date=date(2025, 4, 26), name="Trùng").full_clean()
    with pytest.raises(ValidationError, match="ngày nghỉ"):
        MakeUpWorkingDay(date=date(2027, 2, 8)).full_clean()


def test_only_administrators_hold_calendar_permissions():
    codenames = {
        f"{action}_{model._meta.model_name}" for model in CALENDAR_MODELS for action in ("add", "change", "delete")
    }
    administrator = set(
        Group.objects.get(role__code=roles.ADMINISTRATOR).permissions.values_list("codename", flat=True)
    )
    assert codenames <= administrator
    for role in set(roles.ALL_ROLES) - {roles.ADMINISTRATOR}:
        assert not codenames & set(Group.objects.get(role__code=role).permissions.values_list("codename", flat=True))


def staff(role):
    user = User.objects.create_user(username=f"user-{len(role)}", password="x")
    user.groups.add(Group.objects.get(role__code=role))
    return user


def list_url(model):
    return reverse(model.snippet_viewset.get_url_name("list"))


def menu_shows_calendar(client):
    """The sidebar menu is JSON in the page, so its labels are escaped."""
    return json.dumps("Lịch làm việc") in client.get(reverse("wagtailadmin_home")).text


def test_administrator_sees_the_calendar_in_the_admin(client):
    client.force_login(staff(roles.ADMINISTRATOR))
    assert menu_shows_calendar(client)
    for model in CALENDAR_MODELS:
        assert client.get(list_url(model)).status_code == 200


def test_administrator_adds_a_day_off_through_the_admin(client):
    client.force_login(staff(roles.ADMINISTRATOR))
    url = reverse(DayOff.snippet_viewset.get_url_name("add"))
    response = client.post(url, {"date": "2027-03-04", "name": "Nghỉ đột xuất", "kind": DayOff.Kind.ANNOUNCED})
    assert response.status_code == 302
    assert date(2027, 3, 4) in load_working_calendar().days_off


def test_other_staff_cannot_open_the_calendar(client):
    client.force_login(staff(roles.SPECIALIST))
    assert not menu_shows_calendar(client)
    for model in CALENDAR_MODELS:
        assert client.get(list_url(model)).status_code in {302, 403}

"""``manage.py deadline`` prints what the deadline functions compute, and only that; bad input fails loudly."""

import os
import subprocess
import sys
from datetime import datetime
from io import StringIO

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import CommandError, call_command

from dossiers.calendar.deadlines import VIETNAM, due_time
from dossiers.calendar.store import load_working_calendar

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def deadline(*args):
    stdout, stderr = StringIO(), StringIO()
    call_command("deadline", *args, stdout=stdout, stderr=stderr)
    assert stderr.getvalue() == ""
    return stdout.getvalue()


def vn(*args):
    return datetime(*args, tzinfo=VIETNAM)


def test_tet_2027_example_prints_only_the_iso_due_time():
    assert deadline("--from", "2027-02-03 09:00", "--days", "3") == "2027-02-15T09:00:00+07:00\n"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param(["--from", "2027-02-03 09:00", "--days", "3", "--calendar-days"], "2027-02-11T07:30:00+07:00"),
        pytest.param(["--from", "2027-02-03T02:00:00+00:00", "--days", "3"], "2027-02-15T09:00:00+07:00", id="utc"),
        pytest.param(
            ["--from", "2027-02-03 09:00", "--days", "3", "--pause", "2027-02-03 10:00,2027-02-03 14:00"],
            "2027-02-15T11:30:00+07:00",
            id="pause",
        ),
        pytest.param(["--from", "2025-04-24 10:00", "--days", "5"], "2025-05-05T10:00:00+07:00", id="swap-2025"),
    ],
)
def test_prints_hand_computed_due_times(args, expected):
    assert deadline(*args) == expected + "\n"


@pytest.mark.parametrize(
    ("received", "days", "calendar_days", "pauses"),
    [
        (vn(2027, 2, 3, 9), 3, False, []),
        (vn(2027, 3, 5, 18, 45), 15, False, [(vn(2027, 3, 8, 8), vn(2027, 3, 10, 16))]),
        (vn(2027, 3, 3, 12, 10), 30, True, []),
        (
            vn(2025, 4, 25, 16),
            7,
            True,
            [(vn(2025, 4, 28, 9), vn(2025, 4, 28, 10)), (vn(2025, 5, 6, 7), vn(2025, 5, 6, 9))],
        ),
        (vn(2029, 12, 28, 7, 0), 120, False, []),
    ],
)
def test_command_agrees_with_the_functions(received, days, calendar_days, pauses):
    args = ["--from", f"{received:%Y-%m-%d %H:%M}", "--days", str(days)]
    args += ["--calendar-days"] * calendar_days
    for start, end in pauses:
        args += ["--pause", f"{start:%Y-%m-%d %H:%M},{end:%Y-%m-%d %H:%M}"]
    expected = due_time(load_working_calendar(), received, days, calendar_days=calendar_days, pauses=pauses)
    assert deadline(*args) == expected.isoformat() + "\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--from", "03/02/2027 9h", "--days", "3"], "Thời điểm không hợp lệ", id="bad-date"),
        pytest.param(["--from", "2027-02-03 09:00", "--days", "0"], "Số ngày không hợp lệ", id="zero-days"),
        pytest.param(["--from", "2027-02-03 09:00", "--days", "366"], "Số ngày không hợp lệ", id="too-many-days"),
        pytest.param(
            ["--from", "2027-02-03 09:00", "--days", "3", "--pause", "2027-02-03 10:00"],
            "Khoảng tạm dừng không hợp lệ",
            id="pause-without-end",
        ),
        pytest.param(
            ["--from", "2027-02-03 09:00", "--days", "3", "--pause", "2027-02-03 14:00,2027-02-03 10:00"],
            "kết thúc trước khi bắt đầu",
            id="pause-reversed",
        ),
    ],
)
def test_invalid_input_is_a_command_error(args, message):
    with pytest.raises(CommandError, match=message):
        deadline(*args)


def test_invalid_input_exits_non_zero_with_the_message_on_stderr():
    result = subprocess.run(
        [sys.executable, "manage.py", "deadline", "--from", "yesterday", "--days", "3"],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert result.stdout == ""
    assert "Thời điểm không hợp lệ: “yesterday”" in result.stderr

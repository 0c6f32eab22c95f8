"""How many due times per second the deadline arithmetic computes, on Vietnam's real holidays 2020–2035.

Run: .venv/bin/python bench/bench_deadlines.py   (no database; the calendar is built from the `holidays` package)
"""

import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import holidays

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dossiers.calendar.deadlines import VIETNAM, WorkingCalendar, due_in_calendar_days, due_in_working_days

vietnam = holidays.Vietnam(years=range(2020, 2036))
CALENDAR = WorkingCalendar(days_off=frozenset(vietnam), make_up_days=frozenset(vietnam.weekend_workdays))
START = datetime(2024, 1, 1, tzinfo=VIETNAM)
SAMPLES = 20_000


def receipts(count):
    """Instants spread over 2024–2030 at any minute of any day, so after-hours and weekends are included."""
    rng = random.Random(2027)
    return [START + timedelta(minutes=rng.randrange(7 * 365 * 24 * 60)) for _ in range(count)]


def rate(count, days):
    instants = receipts(SAMPLES)
    began = time.perf_counter()
    for received in instants:
        count(CALENDAR, received, days)
    return SAMPLES / (time.perf_counter() - began)


if __name__ == "__main__":
    for count in (due_in_working_days, due_in_calendar_days):
        for days in (3, 15, 60, 365):
            print(f"{count.__name__:<22} N={days:<4} {rate(count, days):>10,.0f} due times/s")

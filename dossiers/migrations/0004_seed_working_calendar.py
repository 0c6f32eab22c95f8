"""Seed the working calendar: office hours Monday to Friday and Vietnam's holidays 2020–2035 from `holidays`.

The seed is the package's data at the time it runs; administrators then add what the government announces later.
Days off the package lists as swapped for a worked Saturday ("Ngày nghỉ (thay cho ngày …)") are seeded as announced
days off, and those Saturdays as make-up working days. For Tết 2027 the package gives 4–10 February; no government
announcement of extra days was at hand when this was written, so nothing is added by hand.
"""

from datetime import time

import holidays
from django.db import migrations

YEARS = range(2020, 2036)
# Frozen copy of the default office hours (7:30–11:30 and 13:00–17:00, Monday to Friday).
OFFICE_PERIODS = [
    (weekday, start, end) for weekday in range(5) for start, end in ((time(7, 30), time(11, 30)), (time(13), time(17)))
]


def vietnam_calendar():
    """Days off (date, name, kind) and make-up working days of YEARS, from the package."""
    vietnam = holidays.Vietnam(years=YEARS, language="vi")
    make_up_days = sorted(day for day in vietnam.weekend_workdays if day.year in YEARS)
    swapped = {f"{day:%d/%m/%Y}" for day in make_up_days}
    days_off = [
        (day, name, "announced" if any(label in name for label in swapped) else "public_holiday")
        for day, name in sorted(vietnam.items())
    ]
    return days_off, make_up_days


def seed(apps, schema_editor):
    OfficePeriod = apps.get_model("dossiers", "OfficePeriod")
    DayOff = apps.get_model("dossiers", "DayOff")
    MakeUpWorkingDay = apps.get_model("dossiers", "MakeUpWorkingDay")
    if not OfficePeriod.objects.exists():
        OfficePeriod.objects.bulk_create(OfficePeriod(weekday=w, start=s, end=e) for w, s, e in OFFICE_PERIODS)
    days_off, make_up_days = vietnam_calendar()
    for day, name, kind in days_off:
        DayOff.objects.get_or_create(date=day, defaults={"name": name, "kind": kind})
    for day in make_up_days:
        MakeUpWorkingDay.objects.get_or_create(date=day, defaults={"note": "Làm bù theo thông báo của Chính phủ"})


def unseed(apps, schema_editor):
    days_off, make_up_days = vietnam_calendar()
    apps.get_model("dossiers", "DayOff").objects.filter(date__in=[day for day, _, _ in days_off]).delete()
    apps.get_model("dossiers", "MakeUpWorkingDay").objects.filter(date__in=make_up_days).delete()
    apps.get_model("dossiers", "OfficePeriod").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("dossiers", "0003_working_calendar")]
    operations = [migrations.RunPython(seed, unseed)]

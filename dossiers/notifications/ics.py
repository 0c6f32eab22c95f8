"""Appointments as iCalendar (RFC 5545) so applicants can put them in their phone's calendar."""

from datetime import UTC, timedelta

from django.conf import settings

APPOINTMENT_LENGTH = timedelta(minutes=30)


def _escape(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _utc(instant):
    return instant.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event(uid, summary, location, *, start=None, day=None, stamp):
    lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{_utc(stamp)}"]
    if start is not None:
        lines += [f"DTSTART:{_utc(start)}", f"DTEND:{_utc(start + APPOINTMENT_LENGTH)}"]
    else:
        lines += [f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}"]
    lines += [f"SUMMARY:{_escape(summary)}", f"LOCATION:{_escape(location)}", "END:VEVENT"]
    return lines


def appointment_calendar(dossier, *, stamp, originals_date=None):
    """The result appointment (the due time) and, for an online dossier, the day to bring the originals."""
    host = settings.PUBLIC_BASE_URL.split("//", 1)[-1].split("/", 1)[0]
    place = dossier.procedure.submission_place or dossier.agency.name
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mot cua//Portal//VI", "METHOD:PUBLISH"]
    if originals_date is not None:
        lines += _event(
            f"{dossier.code}-originals@{host}",
            f"Nộp bản chính hồ sơ {dossier.code}",
            place,
            day=originals_date,
            stamp=stamp,
        )
    if dossier.due_at is not None:
        lines += _event(
            f"{dossier.code}-result@{host}",
            f"Nhận kết quả hồ sơ {dossier.code}",
            place,
            start=dossier.due_at,
            stamp=stamp,
        )
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"

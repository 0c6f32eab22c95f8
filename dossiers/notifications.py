"""Emails to applicants and staff: written in Vietnamese then English, recorded as a Notification row, and handed
to Celery only when the transaction that caused them commits."""

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from .models import Notification

SUBJECTS = {
    "submitted": _("Hồ sơ %(code)s đã được đăng ký"),
    "received": _("Hồ sơ %(code)s đã được tiếp nhận"),
    "refused": _("Hồ sơ %(code)s không được tiếp nhận"),
    "supplement_requested": _("Hồ sơ %(code)s cần bổ sung"),
    "withdrawn": _("Hồ sơ %(code)s đã được rút"),
    "fee_requested": _("Hồ sơ %(code)s: đề nghị nộp phí, lệ phí"),
    "result_ready": _("Hồ sơ %(code)s đã có kết quả"),
    "returned": _("Hồ sơ %(code)s đã trả kết quả: mời Ông/Bà đánh giá"),
    "extended": _("Hồ sơ %(code)s: thư xin lỗi và hẹn lại ngày trả kết quả"),
    "stopped": _("Hồ sơ %(code)s: thông báo dừng giải quyết"),
    "assigned": _("Hồ sơ %(code)s được giao cho Ông/Bà xử lý"),
    "reminder_daily": _("Nhắc việc ngày %(date)s: hồ sơ sắp đến hạn và quá hạn"),
    "reminder_weekly": _("Tổng hợp giải quyết hồ sơ tuần %(start)s – %(end)s"),
}
# Notices that carry the appointment as an .ics attachment.
WITH_APPOINTMENT = {"received", "extended"}
LANGUAGES = ("vi", "en")
SEPARATOR = "\n\n" + "-" * 60 + "\n\n"


def absolute_url(path):
    return settings.PUBLIC_BASE_URL + path


def status_page_url(dossier):
    return absolute_url(reverse("dossiers:lookup") + f"?ma={dossier.code}")


def admin_dossier_url(dossier):
    return settings.WAGTAILADMIN_BASE_URL + reverse("dossier_admin:inspect", args=[dossier.pk])


def render_bilingual(kind, context, subject_params=None):
    """Subject and body in both languages: Vietnamese first, the English text below it."""
    params = subject_params if subject_params is not None else {"code": context["dossier"].code}
    subjects, bodies = [], []
    for language in LANGUAGES:
        with translation.override(language):
            subjects.append(str(SUBJECTS[kind]) % params)
            bodies.append(render_to_string(f"dossiers/email/{kind}.txt", context).strip())
    return " / ".join(subjects), SEPARATOR.join(bodies) + "\n"


def queue_email(*, kind, recipient, subject, body, dossier=None, calendar_event=""):
    notification = Notification.objects.create(
        dossier=dossier, kind=kind, recipient=recipient, subject=subject, body=body, calendar_event=calendar_event
    )
    from .tasks import send_notification

    transaction.on_commit(lambda: send_notification.delay(notification.pk))
    return notification


def notify_applicant(dossier, kind, **context):
    """Queue the ``kind`` notice for the applicant; a dossier without an email address gets none."""
    if not dossier.applicant_email:
        return None
    from .ics import appointment_calendar
    from .links import signed_url

    context = {
        "dossier": dossier,
        "status_url": status_page_url(dossier),
        "withdraw_url": None if dossier.is_closed else signed_url(dossier, "withdraw"),
        **context,
    }
    subject, body = render_bilingual(kind, context)
    calendar_event = ""
    if kind in WITH_APPOINTMENT:
        calendar_event = appointment_calendar(
            dossier, stamp=timezone.now(), originals_date=context.get("originals_date")
        )
    return queue_email(
        kind=kind,
        recipient=dossier.applicant_email,
        subject=subject,
        body=body,
        dossier=dossier,
        calendar_event=calendar_event,
    )


def notify_staff(user, kind, dossier):
    """A staff member learns a dossier now waits for them; the link opens it in the admin."""
    if not user.email:
        return None
    context = {
        "dossier": dossier,
        "user": user,
        "admin_url": settings.WAGTAILADMIN_BASE_URL + f"/admin/dossiers/inspect/{dossier.pk}/",
    }
    subject, body = render_bilingual(kind, context)
    return queue_email(kind=kind, recipient=user.email, subject=subject, body=body, dossier=dossier)

"""Biểu 06, the standard report of results of handling administrative procedures (Circular 01/2018 style).

For a period [start, end] of local days (see ``reports.periods``; "end of period" is midnight after ``end``):

- Only dossiers that were received count: ``received_at`` is set. Dossiers never received and refused dossiers
  (status 3) are not "to handle" at all.
- Withdrawn (7) and stopped (8) dossiers leave the report from the period in which they left: a dossier withdrawn
  or stopped before the end of the period is not counted in it anywhere; one that left later is still "in
  progress" at the end of the period. Their leaving instant is the ``DossierEvent`` that set that status.
- Carried over: received before ``start`` and not resolved before ``start``.
- Received in the period: ``received_at`` within it; online = channel online, direct or post = counter or post.
- To handle = carried over + received in the period.
- Resolved: status returned (10) with ``returned_at`` within the period, split by ``result_class`` into early, on
  time and late (a dossier without a due time has no class and counts only in the total).
- In progress = to handle − resolved: not returned by the end of the period; within time when ``due_at`` is at or
  after the end-of-period instant (or missing), overdue otherwise. ``due_at`` is the current promise, so an
  extension granted later also moves earlier periods' figures.
- Electronic results: resolved dossiers whose result was issued signed (an attachment of source ``result``), the
  figure Decision 766/QĐ-TTg counts an online dossier by.
- On-time percentage = (early + on time) / resolved × 100, blank when nothing was resolved.

So, in every row and the total: to handle = carried over + online + direct or post = resolved + in progress.

These are dossier queries, kept beside the others so the report (``reports.bieu06``, one aggregate query per
grouping) and the staff's dossier list (the figure filter) use the same conditions: a figure and the list behind
its link cannot disagree.
"""

from itertools import islice

from django.db.models import Exists, OuterRef, Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from dossiers.calendar.deadlines import ResultClass
from dossiers.calendar.periods import Period

from .dossier import Attachment
from .events import DossierEvent
from .states import Channel, Status

LEFT = (Status.WITHDRAWN, Status.STOPPED)


def resolved_before(instant) -> Q:
    return Q(status=Status.RETURNED, returned_at__lt=instant)


def left_before(instant) -> Q:
    left = DossierEvent.objects.filter(dossier=OuterRef("pk"), to_status__in=LEFT, created_at__lt=instant)
    return Q(status__in=LEFT) & Exists(left)


def to_handle(period: Period) -> Q:
    """The dossiers of the report; every column is a part of them."""
    return (
        Q(received_at__lt=period.end_instant)
        & ~Q(status=Status.REFUSED)
        & ~resolved_before(period.start_instant)
        & ~left_before(period.end_instant)
    )


def with_electronic_result() -> Q:
    return Q(Exists(Attachment.objects.filter(dossier=OuterRef("pk"), source=Attachment.Source.RESULT)))


def parts(period: Period) -> dict[str, Q]:
    """The columns counted, each within ``to_handle(period)``: they partition "to handle" twice over (received,
    resolved or not), and the electronic results are a part of the resolved."""
    start, end = period.start_instant, period.end_instant
    received = Q(received_at__gte=start)
    resolved = resolved_before(end)
    open_at_end = ~resolved
    return {
        "carried_over": Q(received_at__lt=start),
        "received_online": received & Q(channel=Channel.ONLINE),
        "received_direct": received & Q(channel__in=[Channel.COUNTER, Channel.POST]),
        "resolved": resolved,
        "resolved_early": resolved & Q(result_class=ResultClass.EARLY),
        "resolved_on_time": resolved & Q(result_class=ResultClass.ON_TIME),
        "resolved_late": resolved & Q(result_class=ResultClass.LATE),
        "resolved_electronic": resolved & with_electronic_result(),
        "in_progress_within": open_at_end & (Q(due_at__gte=end) | Q(due_at__isnull=True)),
        "in_progress_overdue": open_at_end & Q(due_at__lt=end),
    }


def column_condition(column: str, period: Period) -> Q:
    """The dossiers behind one figure of the report (``KeyError`` for an unknown column)."""
    derived = {
        "to_handle": Q(),
        "received": Q(received_at__gte=period.start_instant),
        "in_progress": ~resolved_before(period.end_instant),
    }
    conditions = parts(period) | derived
    return to_handle(period) & conditions[column]


# Column order of the printed form, with the headers it groups them under.
COLUMNS = [
    ("to_handle", _("Tổng số")),
    ("received_online", _("Trực tuyến")),
    ("received_direct", _("Trực tiếp, bưu chính")),
    ("carried_over", _("Kỳ trước chuyển qua")),
    ("resolved", _("Tổng số")),
    ("resolved_early", _("Trước hạn")),
    ("resolved_on_time", _("Đúng hạn")),
    ("resolved_late", _("Quá hạn")),
    ("resolved_electronic", _("Trả kết quả điện tử")),
    ("in_progress", _("Tổng số")),
    ("in_progress_within", _("Trong hạn")),
    ("in_progress_overdue", _("Quá hạn")),
]
HEADER_GROUPS = [
    (_("Số hồ sơ nhận giải quyết"), 4),
    (_("Số hồ sơ đã giải quyết"), 5),
    (_("Số hồ sơ đang giải quyết"), 3),
]


def figure_choices():
    """``(column, "group – column")``: the column names alone repeat ("Tổng số" three times)."""
    columns = iter(COLUMNS)
    return [
        (name, format_lazy("{} – {}", group, label))
        for group, span in HEADER_GROUPS
        for name, label in islice(columns, span)
    ]

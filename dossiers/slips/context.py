"""What each printed form shows, built from a dossier and the steps the workflow recorded.

Dates and names come out as display strings (local time, dd/mm/yyyy, full names), so the templates only lay them
out and the content can be checked without rendering a PDF. A builder raises ``SlipNotApplicable`` when the dossier
has not reached the step its form records: a refusal slip for a dossier never refused would be a false document.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dossiers.issued.qr import lookup_url
from dossiers.models import Dossier, IssuedDocument, Result
from dossiers.workflow.table import STEPS, step_label
from portal.people import display_name

from .render import fitting_size

APPLICANT = "Người nộp hồ sơ"
COUNTER_UNIT = "Bộ phận Một cửa"
CHIEF = "Chánh Văn phòng"
LEADERSHIP = "Lãnh đạo UBND"
SPECIALIST = "Chuyên viên thụ lý"
# Whom each step hands the dossier to, when the event names no assignee and no next step taken in turn names a
# person: the party whose turn the step makes it. Steps that answer the applicant hand the dossier to them.
HANDED_TO = {
    "submit": COUNTER_UNIT,
    "intake": CHIEF,
    "receive": CHIEF,
    "assign": SPECIALIST,
    "submit_memo": CHIEF,
    "approve_memo": CHIEF,
    "return_memo": SPECIALIST,
    "forward_to_leadership": LEADERSHIP,
    "sign": SPECIALIST,
    "return_with_comment": SPECIALIST,
    "hand_to_counter": COUNTER_UNIT,
    "supplement": SPECIALIST,
    "record_payment": SPECIALIST,
    "receive_originals": SPECIALIST,
}
TO_APPLICANT = {"refuse", "request_supplement", "request_fee", "extend", "stop", "withdraw", "return_result"}


class SlipNotApplicable(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def day(moment):
    return f"{timezone.localtime(moment):%d/%m/%Y}" if moment else ""


def short_clock(moment):
    """``09:15 03/11/2026``, for table cells."""
    return f"{timezone.localtime(moment):%H:%M} {day(moment)}" if moment else ""


def clock(moment):
    """``08 giờ 30 phút, ngày 22/11/2026``: the wording of the forms' time lines."""
    return f"{timezone.localtime(moment):%H giờ %M phút}, ngày {day(moment)}" if moment else ""


def date_line(moment):
    """``ngày 05 tháng 3 năm 2026``: administrative style pads days below 10 and the months January and February."""
    local = timezone.localtime(moment)
    month = f"{local.month:02d}" if local.month < 3 else str(local.month)
    return f"ngày {local.day:02d} tháng {month} năm {local.year}"


# The width of the heading's left column (``.header .issuer`` in base.html and results/draft.html), less a margin.
HEADING_WIDTH_MM = 79


def heading(issuer, superior_body="", place=""):
    """The heading of the administrative document format (Decree 30/2020/NĐ-CP): the superior body and the issuer
    on their own lines at the left, each at the size that keeps it on one line, and the place of the date line."""
    return {
        "issuer": issuer,
        "superior_body": superior_body,
        "superior_size": f"{fitting_size(superior_body.upper(), HEADING_WIDTH_MM):g}pt",
        "issuer_size": f"{fitting_size(issuer.upper(), HEADING_WIDTH_MM):g}pt",
        "place": place,
    }


def agency_heading(agency):
    return heading(agency.name, agency.superior_body, agency.place_name)


def latest_event(dossier, *actions):
    events = dossier.events.filter(action__in=actions).select_related("actor", "department")
    return events.order_by("-created_at", "-pk").first()


def required_event(dossier, action, missing):
    event = latest_event(dossier, action)
    if event is None:
        raise SlipNotApplicable(missing)
    return event


def dossier_slip(dossier, issued_at, **extra):
    """What every dossier form shares: the issuing agency, the dossier, and when the recorded step was taken."""
    return {
        "dossier": dossier,
        **agency_heading(dossier.agency),
        "date_line": date_line(issued_at),
        "issued": clock(issued_at),
        "received": clock(dossier.received_at),
        "due": clock(dossier.due_at),
        **extra,
    }


def receipt(dossier):
    if dossier.received_at is None:
        raise SlipNotApplicable(_("Hồ sơ chưa được tiếp nhận."))
    procedure = dossier.procedure
    received_documents = list(dossier.received_documents.all())
    # A counter dossier is taken in by "intake", an online one by "receive"; the latest is who signs the slip.
    receiving = latest_event(dossier, "receive", "intake")
    return dossier_slip(
        dossier,
        dossier.received_at,
        lookup_url=lookup_url(dossier.code),
        documents=received_documents or list(procedure.documents.all()),
        documents_counted=bool(received_documents),
        processing_time=f"{procedure.processing_time} {procedure.get_processing_time_unit_display()}",
        log_book_volume=timezone.localtime(dossier.received_at).year,
        log_book_line=dossier.code[-4:],
        receiver=display_name(receiving.actor if receiving else None),
    )


def supplement_request(dossier):
    request = dossier.supplement_requests.select_related("requested_by").order_by("-requested_at", "-pk").first()
    if request is None:
        raise SlipNotApplicable(_("Hồ sơ chưa có yêu cầu bổ sung."))
    return dossier_slip(dossier, request.requested_at, request=request, staff=display_name(request.requested_by))


def refusal(dossier):
    event = required_event(dossier, "refuse", _("Hồ sơ chưa có quyết định từ chối."))
    return dossier_slip(
        dossier,
        event.created_at,
        reason=event.public_note,
        submitted=clock(dossier.submitted_at),
        staff=display_name(event.actor),
    )


def apology(dossier):
    event = required_event(dossier, "extend", _("Hồ sơ chưa được gia hạn, không có văn bản xin lỗi."))
    # The appointment being missed: the due time the dossier had just before this extension replaced it.
    missed = (
        dossier.history.filter(history_date__lt=event.created_at, due_at__isnull=False)
        .order_by("-history_date", "-history_id")
        .values_list("due_at", flat=True)
        .first()
    )
    return dossier_slip(
        dossier,
        event.created_at,
        reason=event.public_note,
        received_on=day(dossier.received_at),
        late_unit=event.department.name if event.department else "",
        missed_due=clock(missed),
        new_due=clock(event.step_due_at or dossier.due_at),
        staff=display_name(event.actor),
    )


def stop_notice(dossier):
    event = required_event(dossier, "stop", _("Hồ sơ chưa bị dừng giải quyết."))
    return dossier_slip(dossier, event.created_at, reason=event.public_note, staff=display_name(event.actor))


def taken_in_turn(event):
    """A step someone takes because it was their turn (not a side step such as an extension): its actor is the
    one who received the hand-off before it."""
    step = STEPS.get(event.action)
    return event.actor is not None and step is not None and bool(step.turn_of)


def receiver(dossier, event, next_event):
    """Who received the hand-off ``event`` records: the person it assigned, the applicant it answered, the person
    who took the next step in turn, or else the party whose turn it made it (the assigned specialist by name)."""
    if event.assignee is not None:
        return display_name(event.assignee)
    if event.action in TO_APPLICANT:
        return APPLICANT
    if next_event is not None and taken_in_turn(next_event):
        return display_name(next_event.actor)
    party = HANDED_TO.get(event.action, COUNTER_UNIT)
    if party == SPECIALIST and dossier.assigned_to is not None:
        return display_name(dossier.assigned_to)
    return party


def control_slip(dossier):
    """A row per hand-off, each with its giver and its receiver, who both sign it."""
    events = list(dossier.events.select_related("actor", "assignee").order_by("created_at", "pk"))
    rows = [
        {
            "step": step_label(event.action),
            "giver": display_name(event.actor, APPLICANT),
            "receiver": receiver(dossier, event, next_event),
            "at": short_clock(event.created_at),
            "step_due": short_clock(event.step_due_at),
            "result": event.get_step_result_display(),
        }
        for event, next_event in zip(events, [*events[1:], None], strict=True)
    ]
    return dossier_slip(dossier, timezone.now(), rows=rows)


DOSSIER_SLIPS = {
    "receipt": receipt,
    "supplement_request": supplement_request,
    "refusal": refusal,
    "apology": apology,
    "stop_notice": stop_notice,
    "control_slip": control_slip,
}


def log_book(user, date_from, date_to, agency=None):
    """Dossiers ``user`` may see that were received on a local date in [date_from, date_to] (by ``agency`` when
    given), oldest first, each with its signed result's number and symbol where it has one."""
    start = timezone.make_aware(datetime.combine(date_from, time.min))
    end = timezone.make_aware(datetime.combine(date_to + timedelta(days=1), time.min))
    dossiers = Dossier.objects.visible_to(user).filter(received_at__gte=start, received_at__lt=end)
    if agency is not None:
        dossiers = dossiers.filter(agency=agency)
    signed = Result.objects.filter(dossier__in=dossiers.values("pk"), number__isnull=False)
    results = {result.dossier_id: result.number_and_symbol for result in signed}
    dossiers = dossiers.select_related("procedure").order_by("received_at", "pk")
    rows = [
        {
            "dossier": dossier,
            "sets": dossier.procedure.number_of_sets,
            "received": day(dossier.received_at),
            "due": day(dossier.due_at),
            "returned": day(dossier.returned_at),
            "result": results.get(dossier.pk, ""),
        }
        for dossier in dossiers
    ]
    return {"rows": rows, "date_from": f"{date_from:%d/%m/%Y}", "date_to": f"{date_to:%d/%m/%Y}"}


# Named as the register of issued documents names them.
SLIPS = [(kind, IssuedDocument.Kind(kind).label) for kind in DOSSIER_SLIPS]


def applicable_slips(dossier):
    """The slips a dossier has grounds for now, so staff are offered only what prints (the log book is per period)."""
    actions = set(dossier.events.values_list("action", flat=True))
    grounds = {
        "receipt": dossier.received_at is not None,
        "supplement_request": "request_supplement" in actions,
        "refusal": "refuse" in actions,
        "apology": "extend" in actions,
        "stop_notice": "stop" in actions,
        "control_slip": True,
    }
    return [(kind, title) for kind, title in SLIPS if grounds[kind]]

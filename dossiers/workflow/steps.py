"""The steps of the direct, online and inter-agency flows (domain doc), each registered with the statuses and
sub-steps it applies to, the roles that may take it, and how long the receiver of the hand-off has."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from dossiers import roles
from dossiers.calendar_store import load_working_calendar
from dossiers.deadlines import apply_pauses, classify_result
from dossiers.links import signed_url
from dossiers.models import Stage, Status, SupplementRequest
from dossiers.procedure_deadlines import due_for_procedure
from dossiers.services.submission import store_attachments

from .engine import APPLICANT, Outcome, action

HALF_DAY = timedelta(hours=4)
ONE_DAY = timedelta(hours=8)
COUNTER = [roles.COUNTER_STAFF]
CHIEFS = [roles.CHIEF_OF_OFFICE, roles.DEPUTY_CHIEF]
OPEN_WITH_CLOCK = [Status.RECEIVED, Status.PROCESSING, Status.SUPPLEMENT_REQUESTED, Status.FEE_REQUESTED]
SPECIALIST_WORKING = [Stage.ASSIGNED, Stage.MEMO_RETURNED, Stage.LEADERSHIP_RETURNED]


@action("receive", _("Tiếp nhận"), [Status.REGISTERED], COUNTER, allotted=HALF_DAY)
def receive(dossier, actor, *, now, written, originals_date=None):
    """An online dossier is valid: the clock starts, the applicant learns when to bring the originals."""
    dossier.received_at = now
    dossier.due_at = due_for_procedure(load_working_calendar(), dossier.procedure, now)
    return Outcome(Status.RECEIVED, notice="received", notice_context={"originals_date": originals_date})


@action("refuse", _("Từ chối tiếp nhận"), [Status.REGISTERED, Status.RECEIVED], COUNTER)
def refuse(dossier, actor, *, now, written, reason):
    return Outcome(Status.REFUSED, public_note=reason, notice="refused", notice_context={"reason": reason})


@action(
    "request_supplement",
    _("Yêu cầu bổ sung"),
    [Status.REGISTERED, Status.RECEIVED, Status.PROCESSING],
    [roles.COUNTER_STAFF, roles.SPECIALIST],
)
def request_supplement(dossier, actor, *, now, written, items, reason, contact=""):
    """The clock pauses from now until the applicant supplements."""
    request = SupplementRequest.objects.create(
        dossier=dossier, items=items, reason=reason, contact=contact, requested_at=now, requested_by=actor
    )
    return Outcome(
        Status.SUPPLEMENT_REQUESTED,
        public_note=items,
        notice="supplement_requested",
        notice_context={"request": request, "supplement_url": signed_url(dossier, "supplement")},
    )


@action("supplement", _("Bổ sung hồ sơ"), [Status.SUPPLEMENT_REQUESTED], [APPLICANT, roles.COUNTER_STAFF])
def supplement(dossier, actor, *, now, written, note="", files=()):
    """The applicant's answer: files and a note; the clock resumes and the due time moves by the pause."""
    request = dossier.supplement_requests.filter(resolved_at__isnull=True).latest("requested_at")
    request.resolved_at = now
    request.applicant_note = note
    request.save(update_fields=["resolved_at", "applicant_note"])
    store_attachments(dossier, files, written, source="supplement", uploaded_by=actor)
    if dossier.due_at is not None:
        dossier.due_at = apply_pauses(load_working_calendar(), dossier.due_at, [(request.requested_at, now)])
    return Outcome(status_before(dossier, "request_supplement"), public_note=note[:500])


def status_before(dossier, action_name):
    """The status a dossier had when ``action_name`` last paused it: where it resumes."""
    return Status(dossier.events.filter(action=action_name).latest("created_at").from_status)


@action("request_fee", _("Yêu cầu nộp phí, lệ phí"), [Status.RECEIVED, Status.PROCESSING], COUNTER)
def request_fee(dossier, actor, *, now, written, amount, note=""):
    text = f"{amount:,}".replace(",", ".") + " đồng" + (f" – {note}" if note else "")
    return Outcome(Status.FEE_REQUESTED, public_note=text, notice="fee_requested", notice_context={"fee": text})


@action("record_payment", _("Xác nhận đã nộp phí"), [Status.FEE_REQUESTED], COUNTER)
def record_payment(dossier, actor, *, now, written, note=""):
    return Outcome(status_before(dossier, "request_fee"), note=note)


@action("assign", _("Phân công xử lý"), [Status.RECEIVED, Status.PROCESSING], CHIEFS)
def assign(dossier, actor, *, now, written, department, specialist=None, note=""):
    """The Chief hands the dossier to a department, or to one of its specialists."""
    if specialist is not None:
        profile = getattr(specialist, "staff_profile", None)
        if profile is None or profile.department_id != department.pk:
            raise ValidationError(_("Chuyên viên được chọn không thuộc phòng ban này."), code="department")
    dossier.assigned_department = department
    dossier.assigned_to = specialist
    return Outcome(
        Status.PROCESSING,
        stage=Stage.ASSIGNED,
        note=note,
        assignee=specialist,
        department=department,
        staff_notice_to=specialist,
    )


@action(
    "submit_memo",
    _("Trình Chánh Văn phòng"),
    [Status.PROCESSING],
    [roles.SPECIALIST],
    stages=SPECIALIST_WORKING,
    allotted=ONE_DAY,
)
def submit_memo(dossier, actor, *, now, written, memo, files=()):
    """The specialist's submission memo (phiếu trình) with the proposed result."""
    store_attachments(dossier, files, written, source="staff", uploaded_by=actor)
    return Outcome(Status.PROCESSING, stage=Stage.MEMO_SUBMITTED, note=memo)


@action("approve_memo", _("Duyệt tờ trình"), [Status.PROCESSING], CHIEFS, stages=[Stage.MEMO_SUBMITTED])
def approve_memo(dossier, actor, *, now, written, annotation=""):
    """The Chief agrees and writes the annotation (bút phê) on the memo."""
    return Outcome(Status.PROCESSING, stage=Stage.MEMO_APPROVED, note=annotation)


@action(
    "return_memo",
    _("Trả lại tờ trình"),
    [Status.PROCESSING],
    CHIEFS,
    stages=[Stage.MEMO_SUBMITTED],
    allotted=ONE_DAY,
)
def return_memo(dossier, actor, *, now, written, annotation):
    return Outcome(Status.PROCESSING, stage=Stage.MEMO_RETURNED, note=annotation, assignee=dossier.assigned_to)


@action(
    "forward_to_leadership",
    _("Trình lãnh đạo UBND"),
    [Status.PROCESSING],
    CHIEFS,
    stages=[Stage.MEMO_APPROVED],
    allotted=ONE_DAY,
)
def forward_to_leadership(dossier, actor, *, now, written, leader=None, note=""):
    return Outcome(Status.PROCESSING, stage=Stage.AT_LEADERSHIP, note=note, assignee=leader)


@action("sign", _("Ký duyệt"), [Status.PROCESSING], [roles.LEADER], stages=[Stage.AT_LEADERSHIP], allotted=HALF_DAY)
def sign(dossier, actor, *, now, written, comment=""):
    """Leadership signs; the dossier goes back to the specialist who submitted it."""
    return Outcome(Status.PROCESSING, stage=Stage.SIGNED, note=comment, assignee=dossier.assigned_to)


@action(
    "return_with_comment",
    _("Trả lại, có ý kiến"),
    [Status.PROCESSING],
    [roles.LEADER],
    stages=[Stage.AT_LEADERSHIP],
    allotted=ONE_DAY,
)
def return_with_comment(dossier, actor, *, now, written, comment):
    return Outcome(Status.PROCESSING, stage=Stage.LEADERSHIP_RETURNED, note=comment, assignee=dossier.assigned_to)


@action(
    "hand_to_counter",
    _("Chuyển kết quả cho Bộ phận Một cửa"),
    [Status.PROCESSING],
    [roles.SPECIALIST],
    stages=[Stage.SIGNED],
)
def hand_to_counter(dossier, actor, *, now, written, note=""):
    return Outcome(Status.AWAITING_RETURN, stage=Stage.NONE, note=note, notice="result_ready")


@action("return_result", _("Trả kết quả"), [Status.AWAITING_RETURN], COUNTER)
def return_result(dossier, actor, *, now, written, note=""):
    """The result is handed to the applicant; the dossier is classified early / on time / late."""
    dossier.returned_at = now
    dossier.result_class = classify_result(dossier.due_at, now) if dossier.due_at else ""
    return Outcome(
        Status.RETURNED, note=note, notice="returned", notice_context={"rating_url": signed_url(dossier, "rate")}
    )


@action("extend", _("Gia hạn, xin lỗi"), OPEN_WITH_CLOCK, [roles.COUNTER_STAFF, *CHIEFS])
def extend(dossier, actor, *, now, written, new_due_at, reason, department=None):
    """An apology letter with a new date: the one way a promised due time moves later by a person's decision."""
    if dossier.due_at is not None and new_due_at <= dossier.due_at:
        raise ValidationError(_("Ngày hẹn mới phải sau ngày hẹn hiện tại."), code="not_later")
    previous_due = dossier.due_at
    dossier.due_at = new_due_at
    return Outcome(
        dossier.status,
        public_note=reason,
        department=department,
        step_due_at=new_due_at,
        notice="extended",
        notice_context={"reason": reason, "previous_due": previous_due},
    )


@action("stop", _("Dừng xử lý"), OPEN_WITH_CLOCK, [*CHIEFS, roles.LEADER])
def stop(dossier, actor, *, now, written, reason):
    return Outcome(
        Status.STOPPED, stage=Stage.NONE, public_note=reason, notice="stopped", notice_context={"reason": reason}
    )


@action("withdraw", _("Rút hồ sơ"), [Status.REGISTERED, *OPEN_WITH_CLOCK], [APPLICANT, roles.COUNTER_STAFF])
def withdraw(dossier, actor, *, now, written, reason=""):
    return Outcome(Status.WITHDRAWN, stage=Stage.NONE, public_note=reason, notice="withdrawn")

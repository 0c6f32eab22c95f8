"""What each step of the table (``table``) does to the dossier it is taken on. A step sets the dossier's own
fields and returns an ``Outcome``; the engine does the rest (lock, checks, files, event, history, log, notices)
the same way for every step. The steps that create a dossier are in ``creation``."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from dossiers.calendar.deadlines import apply_pauses, classify_result
from dossiers.calendar.procedure import due_for_procedure
from dossiers.calendar.store import load_working_calendar
from dossiers.models import Attachment, Stage, Status, SupplementRequest
from dossiers.notifications import kinds
from dossiers.process.versions import in_force
from dossiers.public.links import signed_url
from dossiers.results.delivery import result_link
from dossiers.results.documents import DEFAULT_SYMBOL, current_draft, prepare_draft, sign_result, signed_file

from .outcome import Outcome
from .table import STEPS

APPLY = {}


def applies(name):
    """Registers the function that carries out the table's step ``name``."""
    if name not in STEPS:
        raise LookupError(f"no step {name!r} in the workflow table")

    def register(function):
        APPLY[name] = function
        return function

    return register


@applies("receive")
def receive(dossier, actor, *, now, originals_date=None):
    """An online dossier is valid: the clock starts, the applicant learns when to bring the originals."""
    dossier.received_at = now
    dossier.due_at = due_for_procedure(load_working_calendar(), dossier.procedure, now)
    dossier.process_version = in_force(dossier.procedure, now)
    return Outcome(Status.RECEIVED, notice=kinds.RECEIVED, notice_context={"originals_date": originals_date})


@applies("refuse")
def refuse(dossier, actor, *, now, reason):
    return Outcome(Status.REFUSED, public_note=reason, notice=kinds.REFUSED, notice_context={"reason": reason})


@applies("request_supplement")
def request_supplement(dossier, actor, *, now, items, reason, contact=""):
    """The clock pauses from now until the applicant supplements."""
    request = SupplementRequest.objects.create(
        dossier=dossier, items=items, reason=reason, contact=contact, requested_at=now, requested_by=actor
    )
    return Outcome(
        Status.SUPPLEMENT_REQUESTED,
        public_note=items,
        notice=kinds.SUPPLEMENT_REQUESTED,
        notice_context={"request": request, "supplement_url": signed_url(dossier, "supplement")},
    )


@applies("supplement")
def supplement(dossier, actor, *, now, note="", files=()):
    """The applicant's answer: files and a note; the clock resumes and the due time moves by the pause."""
    request = dossier.supplement_requests.filter(resolved_at__isnull=True).latest("requested_at")
    request.resolved_at = now
    request.applicant_note = note
    request.save(update_fields=["resolved_at", "applicant_note"])
    if dossier.due_at is not None:
        dossier.due_at = apply_pauses(load_working_calendar(), dossier.due_at, [(request.requested_at, now)])
    return Outcome(
        status_before(dossier, "request_supplement"),
        public_note=note[:500],
        files=tuple(files),
        file_source=Attachment.Source.SUPPLEMENT,
    )


def status_before(dossier, step_name):
    """The status a dossier had when ``step_name`` last paused it: where it resumes."""
    return Status(dossier.events.filter(action=step_name).latest("created_at").from_status)


@applies("request_fee")
def request_fee(dossier, actor, *, now, amount, note=""):
    text = f"{amount:,}".replace(",", ".") + " đồng" + (f" – {note}" if note else "")
    return Outcome(Status.FEE_REQUESTED, public_note=text, notice=kinds.FEE_REQUESTED, notice_context={"fee": text})


@applies("record_payment")
def record_payment(dossier, actor, *, now, note=""):
    return Outcome(status_before(dossier, "request_fee"), note=note)


@applies("receive_originals")
def receive_originals(dossier, actor, *, now, received_documents):
    """The originals of an online dossier brought to the counter: the checklist taken now replaces any taken before
    (it is what the office holds now); scans stored before stay among the dossier's files, and a row kept as
    digitised keeps its scan. The status does not change."""
    dossier.received_documents.all().delete()
    return Outcome(dossier.status, received_documents=list(received_documents))


@applies("assign")
def assign(dossier, actor, *, now, department, specialist=None, note=""):
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


@applies("submit_memo")
def submit_memo(dossier, actor, *, now, memo, files=(), result_title="", result_symbol="", draft=None):
    """The specialist's submission memo (phiếu trình) with the draft result: the one uploaded, or, for a procedure
    whose result is electronic, one drafted from the dossier."""
    files = tuple(files)
    if draft is not None or dossier.procedure.issues_electronic_result:
        title = (result_title or dossier.procedure.result).rstrip(". ")
        files += (prepare_draft(dossier, actor, title=title, symbol=result_symbol or DEFAULT_SYMBOL, upload=draft),)
    return Outcome(
        Status.PROCESSING,
        stage=Stage.MEMO_SUBMITTED,
        note=memo,
        files=files,
        file_source=Attachment.Source.STAFF,
    )


@applies("approve_memo")
def approve_memo(dossier, actor, *, now, annotation=""):
    """The Chief agrees and writes the annotation (bút phê) on the memo."""
    return Outcome(Status.PROCESSING, stage=Stage.MEMO_APPROVED, note=annotation)


@applies("return_memo")
def return_memo(dossier, actor, *, now, annotation):
    return Outcome(Status.PROCESSING, stage=Stage.MEMO_RETURNED, note=annotation, assignee=dossier.assigned_to)


@applies("forward_to_leadership")
def forward_to_leadership(dossier, actor, *, now, leader=None, note=""):
    return Outcome(Status.PROCESSING, stage=Stage.AT_LEADERSHIP, note=note, assignee=leader)


@applies("sign")
def sign(dossier, actor, *, now, comment="", pin=""):
    """Leadership signs: the draft result, where there is one, is numbered and signed digitally (the leader's
    signature, then the agency's seal); the dossier goes back to the specialist who submitted it."""
    files = ()
    if current_draft(dossier) is not None:
        files = (sign_result(dossier, actor, pin=pin, now=now),)
    elif dossier.procedure.issues_electronic_result:
        raise ValidationError(_("Hồ sơ chưa có dự thảo kết quả để ký."), code="no_draft")
    return Outcome(Status.PROCESSING, stage=Stage.SIGNED, note=comment, assignee=dossier.assigned_to, files=files)


@applies("return_with_comment")
def return_with_comment(dossier, actor, *, now, comment):
    return Outcome(Status.PROCESSING, stage=Stage.LEADERSHIP_RETURNED, note=comment, assignee=dossier.assigned_to)


@applies("hand_to_counter")
def hand_to_counter(dossier, actor, *, now, note=""):
    """The result is ready; a fully online procedure's applicant gets the link to the signed result at once."""
    return Outcome(
        Status.AWAITING_RETURN,
        stage=Stage.NONE,
        note=note,
        notice=kinds.RESULT_READY,
        notice_context={"result_url": result_link(dossier, Status.AWAITING_RETURN)},
    )


@applies("return_result")
def return_result(dossier, actor, *, now, note=""):
    """The result is handed to the applicant; the dossier is classified early / on time / late."""
    if dossier.procedure.issues_electronic_result and signed_file(dossier) is None:
        raise ValidationError(
            _("Thủ tục này trả kết quả điện tử: hồ sơ chưa có kết quả đã ký số, chưa thể trả."), code="no_result"
        )
    dossier.returned_at = now
    dossier.result_class = classify_result(dossier.due_at, now) if dossier.due_at else ""
    return Outcome(
        Status.RETURNED,
        note=note,
        notice=kinds.RETURNED,
        notice_context={"rating_url": signed_url(dossier, "rate"), "result_url": result_link(dossier, Status.RETURNED)},
    )


@applies("extend")
def extend(dossier, actor, *, now, new_due_at, reason, department=None):
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
        notice=kinds.EXTENDED,
        notice_context={"reason": reason, "previous_due": previous_due},
    )


@applies("stop")
def stop(dossier, actor, *, now, reason):
    return Outcome(
        Status.STOPPED, stage=Stage.NONE, public_note=reason, notice=kinds.STOPPED, notice_context={"reason": reason}
    )


@applies("withdraw")
def withdraw(dossier, actor, *, now, reason=""):
    return Outcome(Status.WITHDRAWN, stage=Stage.NONE, public_note=reason, notice=kinds.WITHDRAWN)


missing = set(STEPS) - set(APPLY)
if missing:
    raise LookupError(f"workflow steps without an implementation: {sorted(missing)}")

"""The one way a dossier comes to be or changes state.

``transition()`` locks the dossier row, checks the actor (role, and that they may see this dossier), the current
status and sub-step, and the version the actor saw; applies the step; ``create()`` does the same for the steps
that create a dossier (online submission, counter intake). Both then write through ``record()``: the files, the
closed previous hand-off (early / on time / late), the new hand-off event, the field history, the Wagtail log entry
and the notices, queued for after commit. Nothing else writes ``Dossier.status``."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from dossiers.accounts.roles import ALL_ROLES, user_roles
from dossiers.calendar.deadlines import add_working_time, classify_result
from dossiers.calendar.store import load_working_calendar
from dossiers.models import Dossier, DossierEvent, ReceivedDocument
from dossiers.notifications.outbox import notify_applicant, notify_assignee
from dossiers.process.versions import receiver_time
from portal.storage import files_removed_on_error

from .codes import issue_code
from .creation import CREATE
from .files import store_attachments, store_scans
from .steps import APPLY
from .table import APPLICANT, CREATION_STEPS, STEPS


class TransitionNotAllowed(ValidationError):
    """The step does not apply to the dossier's current status, or not for this actor."""


class ConcurrentUpdate(ValidationError):
    """Someone else changed the dossier since the actor loaded it; ``current`` is what it is now."""

    def __init__(self, current):
        super().__init__(
            _("Hồ sơ vừa được người khác cập nhật (trạng thái hiện tại: %(status)s). Hãy xem lại trước khi thao tác."),
            params={"status": current.get_status_display()},
            code="conflict",
        )
        self.current = current


def locked(pk, expected_version=None):
    """The dossier row, locked until the transaction ends; ``ConcurrentUpdate`` if its version is not the one the
    caller saw. Only the dossier row is locked (not the joined procedure and agency, which every dossier shares),
    and as NO KEY UPDATE so inserting its events, which reference it, does not wait on the lock."""
    current = (
        Dossier.objects.select_for_update(of=("self",), no_key=True).select_related("procedure", "agency").get(pk=pk)
    )
    if expected_version is not None and current.version != expected_version:
        raise ConcurrentUpdate(current)
    return current


def save_version(dossier, reason):
    """Saves a locked dossier as its next version; ``reason`` names the change in the field history."""
    dossier.version += 1
    dossier._change_reason = reason
    dossier.save()


def actor_roles(actor):
    if actor is None:
        return {APPLICANT}
    if actor.is_superuser:
        return set(ALL_ROLES)
    return set(user_roles(actor))


def may_see(actor, dossier):
    return actor is None or Dossier.objects.visible_to(actor).filter(pk=dossier.pk).exists()


def allowed_actions(dossier, actor):
    """The steps ``actor`` may take on ``dossier`` now: what the admin offers as buttons."""
    mine = actor_roles(actor)
    if not may_see(actor, dossier):
        return []
    return [step for step in STEPS.values() if step.applies_to(dossier) and step.actors & mine]


def expected_step(dossier, actor, allowed=None):
    """Of the steps ``actor`` may take now, the one that is their turn (the workflow's next move, not a side step):
    what the admin offers as the primary button. None when nothing is their turn."""
    mine = actor_roles(actor)
    steps = allowed_actions(dossier, actor) if allowed is None else allowed
    return next((step for step in steps if step.turn_of & mine), None)


def check_allowed(step, dossier, actor):
    if not step.actors & actor_roles(actor) or not may_see(actor, dossier):
        raise TransitionNotAllowed(_("Bạn không có quyền thực hiện thao tác này."), code="forbidden")
    if not step.applies_to(dossier):
        state = dossier.get_stage_display() if dossier.stage else dossier.get_status_display()
        raise TransitionNotAllowed(
            _("Không thể “%(action)s” khi hồ sơ đang ở bước “%(state)s”."),
            params={"action": step.label, "state": state},
            code="wrong_status",
        )


def step_deadline(name, allotted, outcome, dossier, now):
    """The receiver's deadline: the step's own date, else its allotment (the dossier's internal process, else the
    table's ``allotted`` days) capped at the due time, else the due time."""
    if outcome.step_due_at is not None:
        return outcome.step_due_at
    calendar = load_working_calendar()
    time = receiver_time(calendar, dossier, name, allotted)
    if time is None:
        return dossier.due_at
    deadline = add_working_time(calendar, now, time)
    return min(deadline, dossier.due_at) if dossier.due_at else deadline


def close_previous_step(dossier, now):
    """The hand-off that ends now is classified against its own deadline."""
    previous = dossier.events.order_by("-created_at", "-pk").first()
    if previous is not None and previous.step_due_at is not None and not previous.step_result:
        previous.step_result = classify_result(previous.step_due_at, now)
        previous.save(update_fields=["step_result"])


def record(dossier, name, outcome, actor, *, now, from_status, allotted, written):
    """What every step leaves behind, written the same way whether it created the dossier or moved it."""
    store_attachments(dossier, outcome.files, written, outcome.file_source, uploaded_by=actor)
    ReceivedDocument.objects.bulk_create(
        ReceivedDocument(dossier=dossier, sort_order=order, **document)
        for order, document in enumerate(store_scans(dossier, outcome.received_documents, written, uploaded_by=actor))
    )
    if from_status is not None:
        close_previous_step(dossier, now)
    DossierEvent.objects.create(
        dossier=dossier,
        action=name,
        from_status=from_status,
        to_status=outcome.to_status,
        created_at=now,
        actor=actor,
        assignee=outcome.assignee,
        department=outcome.department,
        note=outcome.note,
        public_note=outcome.public_note,
        step_due_at=None if dossier.is_closed else step_deadline(name, allotted, outcome, dossier, now),
    )
    log(instance=dossier, action=f"dossiers.{name}", user=actor, data={"from": from_status})
    if outcome.notice:
        notify_applicant(dossier, outcome.notice, **outcome.notice_context)
    if outcome.staff_notice_to is not None:
        notify_assignee(outcome.staff_notice_to, dossier)


def apply_outcome(dossier, outcome):
    dossier.status = outcome.to_status
    if outcome.stage is not None:
        dossier.stage = outcome.stage


def transition(dossier, action_name, actor, *, expected_version=None, **inputs):
    step = STEPS.get(action_name)
    if step is None:
        raise TransitionNotAllowed(_("Thao tác không tồn tại."), code="unknown_action")
    with files_removed_on_error() as written, transaction.atomic():
        current = locked(dossier.pk, expected_version)
        check_allowed(step, current, actor)
        from_status = current.status
        now = timezone.now()
        outcome = APPLY[action_name](current, actor, now=now, **inputs)
        apply_outcome(current, outcome)
        save_version(current, action_name)
        record(
            current,
            action_name,
            outcome,
            actor,
            now=now,
            from_status=from_status,
            allotted=step.allotted,
            written=written,
        )
    return current


def create(name, *, procedure, applicant, form_data, form_schema, actor=None, **inputs):
    """A new dossier through the creation step ``name`` (``CREATION_STEPS``): the code, the applicant's data and
    answers, then whatever the step sets (channel, status, times), written like any other step."""
    if name not in CREATION_STEPS:
        raise TransitionNotAllowed(_("Thao tác không tồn tại."), code="unknown_action")
    now = timezone.now()
    with files_removed_on_error() as written, transaction.atomic():
        dossier = Dossier(
            code=issue_code(procedure.agency, now),
            procedure=procedure,
            agency=procedure.agency,
            applicant_kind=applicant.kind,
            applicant_name=applicant.full_name,
            applicant_id_type=applicant.id_type,
            applicant_id_number=applicant.id_number,
            applicant_id_country=applicant.id_country,
            applicant_date_of_birth=applicant.date_of_birth,
            applicant_address=applicant.address,
            applicant_phone=applicant.phone,
            applicant_email=applicant.email,
            representative_name=applicant.representative_name,
            representative_position=applicant.representative_position,
            representative_id_type=applicant.representative_id_type,
            representative_id_number=applicant.representative_id_number,
            representative_id_country=applicant.representative_id_country,
            privacy_notice_version=applicant.privacy_notice_version,
            privacy_acknowledged_at=now if applicant.privacy_notice_version else None,
            form_data=form_data,
            form_schema=form_schema,
            submitted_at=now,
        )
        creation = CREATE[name]
        outcome = creation.apply(dossier, actor, now=now, **inputs)
        apply_outcome(dossier, outcome)
        dossier._change_reason = name
        dossier.save(force_insert=True)
        record(dossier, name, outcome, actor, now=now, from_status=None, allotted=creation.allotted, written=written)
    return dossier

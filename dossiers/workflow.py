"""The one way a dossier changes state. ``transition()`` locks the row, checks the actor's role and the current
status (and the version the actor saw), applies the step, records the hand-off event, the field history and the
Wagtail log entry, and queues the applicant's notice for after commit. Nothing else writes ``Dossier.status``."""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from . import roles
from .calendar_store import load_working_calendar
from .deadlines import apply_pauses
from .links import signed_url
from .models import Dossier, DossierEvent, Status, SupplementRequest
from .notifications import notify_applicant
from .procedure_deadlines import due_for_procedure
from .services.submission import files_removed_on_error, store_attachments

APPLICANT = "applicant"


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


@dataclass
class Outcome:
    """What a step hands back to ``transition()`` for the event record and the applicant's notice."""

    to_status: Status
    public_note: str = ""
    note: str = ""
    assignee: object = None
    department: object = None
    notice: str | None = None
    notice_context: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    sources: frozenset
    actors: frozenset
    apply: Callable[..., Outcome]


ACTIONS: dict[str, Action] = {}


def action(name, label, sources, actors):
    def register(function):
        ACTIONS[name] = Action(name, label, frozenset(sources), frozenset(actors), function)
        return function

    return register


def actor_roles(actor):
    if actor is None:
        return {APPLICANT}
    if actor.is_superuser:
        return set(roles.ALL_ROLES)
    return set(actor.groups.values_list("name", flat=True))


def allowed_actions(dossier, actor):
    """The steps ``actor`` may take on ``dossier`` now: what the admin offers as buttons."""
    mine = actor_roles(actor)
    return [a for a in ACTIONS.values() if dossier.status in a.sources and a.actors & mine]


def transition(dossier, action_name, actor, *, expected_version=None, **inputs):
    step = ACTIONS.get(action_name)
    if step is None:
        raise TransitionNotAllowed(_("Thao tác không tồn tại."), code="unknown_action")
    with files_removed_on_error() as written, transaction.atomic():
        current = Dossier.objects.select_for_update().select_related("procedure", "agency").get(pk=dossier.pk)
        if expected_version is not None and current.version != expected_version:
            raise ConcurrentUpdate(current)
        if not step.actors & actor_roles(actor):
            raise TransitionNotAllowed(_("Bạn không có quyền thực hiện thao tác này."), code="forbidden")
        if current.status not in step.sources:
            raise TransitionNotAllowed(
                _("Không thể “%(action)s” khi hồ sơ đang ở trạng thái “%(status)s”."),
                params={"action": step.label, "status": current.get_status_display()},
                code="wrong_status",
            )
        from_status = current.status
        now = timezone.now()
        outcome = step.apply(current, actor, now=now, written=written, **inputs)
        current.status = outcome.to_status
        current.version += 1
        current._change_reason = action_name
        current.save()
        DossierEvent.objects.create(
            dossier=current,
            action=action_name,
            from_status=from_status,
            to_status=outcome.to_status,
            created_at=now,
            actor=actor,
            assignee=outcome.assignee,
            department=outcome.department,
            note=outcome.note,
            public_note=outcome.public_note,
        )
        log(instance=current, action=f"dossiers.{action_name}", user=actor, data={"from": from_status})
        if outcome.notice:
            notify_applicant(current, outcome.notice, **outcome.notice_context)
    return current


@action("receive", _("Tiếp nhận"), [Status.REGISTERED], [roles.COUNTER_STAFF])
def receive(dossier, actor, *, now, written, originals_date=None):
    dossier.received_at = now
    dossier.due_at = due_for_procedure(load_working_calendar(), dossier.procedure, now)
    return Outcome(Status.RECEIVED, notice="received", notice_context={"originals_date": originals_date})


@action("refuse", _("Từ chối tiếp nhận"), [Status.REGISTERED, Status.RECEIVED], [roles.COUNTER_STAFF])
def refuse(dossier, actor, *, now, written, reason):
    return Outcome(Status.REFUSED, public_note=reason, notice="refused", notice_context={"reason": reason})


@action(
    "request_supplement",
    _("Yêu cầu bổ sung"),
    [Status.REGISTERED, Status.RECEIVED, Status.PROCESSING],
    [roles.COUNTER_STAFF, roles.SPECIALIST],
)
def request_supplement(dossier, actor, *, now, written, items, reason, contact=""):
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
    resumed = dossier.events.filter(action="request_supplement").latest("created_at").from_status
    return Outcome(Status(resumed), public_note=note[:500])


@action(
    "withdraw",
    _("Rút hồ sơ"),
    [Status.REGISTERED, Status.RECEIVED, Status.PROCESSING, Status.SUPPLEMENT_REQUESTED, Status.FEE_REQUESTED],
    [APPLICANT, roles.COUNTER_STAFF],
)
def withdraw(dossier, actor, *, now, written, reason=""):
    return Outcome(Status.WITHDRAWN, public_note=reason, notice="withdrawn")

"""``transition()`` locks the dossier row, checks the actor (role, and that they may see this dossier), the
current status and sub-step, and the version the actor saw; applies the step; closes the previous hand-off as
early / on time / late; records the new hand-off event, the field history and the Wagtail log entry; and queues
notices for after commit. Nothing else writes ``Dossier.status``."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from dossiers import roles
from dossiers.access import can_view, user_roles
from dossiers.calendar_store import load_working_calendar
from dossiers.deadlines import add_working_time, classify_result
from dossiers.models import Dossier, DossierEvent, Status
from dossiers.notifications import notify_applicant, notify_staff
from dossiers.services.submission import files_removed_on_error

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
    """What a step hands back to ``transition()``: the new status and sub-step, who receives the dossier, what
    the event records, and which notices go out."""

    to_status: Status
    stage: str | None = None  # None keeps the current sub-step
    public_note: str = ""
    note: str = ""
    assignee: object = None
    department: object = None
    step_due_at: datetime | None = None
    notice: str | None = None
    notice_context: dict = field(default_factory=dict)
    staff_notice_to: object = None


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    sources: frozenset
    actors: frozenset
    apply: Callable[..., Outcome]
    stages: frozenset | None = None
    # How long the receiver of this hand-off has, in working time (capped at the dossier's due time).
    allotted: timedelta | None = None

    def applies_to(self, dossier):
        return dossier.status in self.sources and (self.stages is None or dossier.stage in self.stages)


ACTIONS: dict[str, Action] = {}


def action(name, label, sources, actors, *, stages=None, allotted=None):
    def register(function):
        ACTIONS[name] = Action(
            name,
            label,
            frozenset(sources),
            frozenset(actors),
            function,
            frozenset(stages) if stages is not None else None,
            allotted,
        )
        return function

    return register


# Events that are not transitions: the dossier is created by them.
CREATION_STEPS = {"submit": _("Đăng ký hồ sơ trực tuyến"), "intake": _("Tiếp nhận trực tiếp")}


def step_label(action_name):
    """What an event is called in timelines, slips and the admin history."""
    step = ACTIONS.get(action_name)
    return str(step.label if step else CREATION_STEPS.get(action_name, action_name))


def actor_roles(actor):
    if actor is None:
        return {APPLICANT}
    if actor.is_superuser:
        return set(roles.ALL_ROLES)
    return set(user_roles(actor))


def allowed_actions(dossier, actor):
    """The steps ``actor`` may take on ``dossier`` now: what the admin offers as buttons."""
    mine = actor_roles(actor)
    if actor is not None and not can_view(actor, dossier):
        return []
    return [step for step in ACTIONS.values() if step.applies_to(dossier) and step.actors & mine]


def check_allowed(step, dossier, actor):
    if not step.actors & actor_roles(actor) or (actor is not None and not can_view(actor, dossier)):
        raise TransitionNotAllowed(_("Bạn không có quyền thực hiện thao tác này."), code="forbidden")
    if not step.applies_to(dossier):
        state = dossier.get_stage_display() if dossier.stage else dossier.get_status_display()
        raise TransitionNotAllowed(
            _("Không thể “%(action)s” khi hồ sơ đang ở bước “%(state)s”."),
            params={"action": step.label, "state": state},
            code="wrong_status",
        )


def step_deadline(step, outcome, dossier, now):
    if outcome.step_due_at is not None:
        return outcome.step_due_at
    if step.allotted is None:
        return dossier.due_at
    allotted = add_working_time(load_working_calendar(), now, step.allotted)
    return min(allotted, dossier.due_at) if dossier.due_at else allotted


def close_previous_step(dossier, now):
    """The hand-off that ends now is classified against its own deadline."""
    previous = dossier.events.order_by("-created_at", "-pk").first()
    if previous is not None and previous.step_due_at is not None and not previous.step_result:
        previous.step_result = classify_result(previous.step_due_at, now)
        previous.save(update_fields=["step_result"])


def transition(dossier, action_name, actor, *, expected_version=None, **inputs):
    step = ACTIONS.get(action_name)
    if step is None:
        raise TransitionNotAllowed(_("Thao tác không tồn tại."), code="unknown_action")
    with files_removed_on_error() as written, transaction.atomic():
        # Lock only the dossier row (not the joined procedure and agency, which every dossier shares), and as NO
        # KEY UPDATE so inserting its events, which reference it, does not wait on the lock.
        current = (
            Dossier.objects.select_for_update(of=("self",), no_key=True)
            .select_related("procedure", "agency")
            .get(pk=dossier.pk)
        )
        if expected_version is not None and current.version != expected_version:
            raise ConcurrentUpdate(current)
        check_allowed(step, current, actor)
        from_status = current.status
        now = timezone.now()
        outcome = step.apply(current, actor, now=now, written=written, **inputs)
        current.status = outcome.to_status
        if outcome.stage is not None:
            current.stage = outcome.stage
        current.version += 1
        current._change_reason = action_name
        current.save()
        close_previous_step(current, now)
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
            step_due_at=step_deadline(step, outcome, current, now) if not current.is_closed else None,
        )
        log(instance=current, action=f"dossiers.{action_name}", user=actor, data={"from": from_status})
        if outcome.notice:
            notify_applicant(current, outcome.notice, **outcome.notice_context)
        if outcome.staff_notice_to is not None:
            notify_staff(outcome.staff_notice_to, "assigned", current)
    return current

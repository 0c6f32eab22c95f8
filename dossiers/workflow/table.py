"""The workflow's table: every step, the statuses and sub-steps it applies to, who may take it, how long the
receiver of the hand-off has, and whose turn it is while the step waits to be taken.

It is data only (no model, no side effect), so the dossier queries derive "waiting on a user" from it and the
engine checks steps against it: one table, read by both. What each step does is in ``steps``.

Whose turn: a step is the *turn* of the parties in ``turn_of`` (by default its actors) while the dossier is in
one of ``turn_from`` (by default its sources) and sub-steps. Steps anyone concerned may take at any time (refuse,
ask for a supplement or a fee, extend, stop, withdraw) are side steps: nobody's turn. While the applicant owes
something (a supplement, a fee) the turn is the applicant's, and the dossier is paused for staff.
"""

import operator
from dataclasses import dataclass
from functools import reduce

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from dossiers.accounts import roles
from dossiers.models.states import Channel, Stage, Status

APPLICANT = "applicant"

# Allotments in working days (``WorkingCalendar.working_day`` says how long one is).
HALF_DAY = 0.5
ONE_DAY = 1
COUNTER = [roles.COUNTER_STAFF]
CHIEFS = [roles.CHIEF_OF_OFFICE, roles.DEPUTY_CHIEF]
OPEN_WITH_CLOCK = [Status.RECEIVED, Status.PROCESSING, Status.SUPPLEMENT_REQUESTED, Status.FEE_REQUESTED]
SPECIALIST_WORKING = [Stage.ASSIGNED, Stage.MEMO_RETURNED, Stage.LEADERSHIP_RETURNED]
SIDE_STEP = ()


@dataclass(frozen=True)
class Step:
    name: str
    label: str
    sources: frozenset
    actors: frozenset
    stages: frozenset | None = None
    # How many working days the receiver of this hand-off has (capped at the dossier's due time).
    allotted: float | None = None
    turn_of: frozenset = frozenset()
    turn_from: frozenset = frozenset()
    # The channels (``Channel``) of the dossiers it applies to; None for all.
    channels: frozenset | None = None
    # Ends the dossier for good (refused, stopped, withdrawn): staff confirm it before it is taken.
    final: bool = False

    def applies_to(self, dossier):
        return (
            dossier.status in self.sources
            and (self.stages is None or dossier.stage in self.stages)
            and (self.channels is None or dossier.channel in self.channels)
        )

    def turn_condition(self):
        """The dossiers on which taking this step is the next move, as a queryset condition."""
        condition = Q(status__in=sorted(self.turn_from))
        if self.stages is not None:
            condition &= Q(stage__in=sorted(self.stages))
        if self.channels is not None:
            condition &= Q(channel__in=sorted(self.channels))
        return condition


STEPS: dict[str, Step] = {}


def step(
    name,
    label,
    sources,
    actors,
    *,
    stages=None,
    allotted=None,
    turn_of=None,
    turn_from=None,
    channels=None,
    final=False,
):
    STEPS[name] = Step(
        name,
        label,
        frozenset(sources),
        frozenset(actors),
        frozenset(stages) if stages is not None else None,
        allotted,
        frozenset(actors if turn_of is None else turn_of),
        frozenset(sources if turn_from is None else turn_from),
        frozenset(channels) if channels is not None else None,
        final,
    )


step("receive", _("Tiếp nhận"), [Status.REGISTERED], COUNTER, allotted=HALF_DAY)
step("refuse", _("Từ chối tiếp nhận"), [Status.REGISTERED, Status.RECEIVED], COUNTER, turn_of=SIDE_STEP, final=True)
step(
    "request_supplement",
    _("Yêu cầu bổ sung"),
    [Status.REGISTERED, Status.RECEIVED, Status.PROCESSING],
    [roles.COUNTER_STAFF, roles.SPECIALIST],
    turn_of=SIDE_STEP,
)
# The counter records a supplement or a payment brought in person; the move is the applicant's.
step("supplement", _("Bổ sung hồ sơ"), [Status.SUPPLEMENT_REQUESTED], [APPLICANT, *COUNTER], turn_of=[APPLICANT])
step("request_fee", _("Yêu cầu nộp phí, lệ phí"), [Status.RECEIVED, Status.PROCESSING], COUNTER, turn_of=SIDE_STEP)
step("record_payment", _("Xác nhận đã nộp phí"), [Status.FEE_REQUESTED], COUNTER, turn_of=[APPLICANT])
# The originals of an online dossier brought in, each paper digitised or not (Circular 03/2025/TT-VPCP, Article 5).
step(
    "receive_originals",
    _("Nhận bản chính, số hóa"),
    [*OPEN_WITH_CLOCK, Status.AWAITING_RETURN],
    COUNTER,
    turn_of=SIDE_STEP,
    channels=[Channel.ONLINE],
)
# Re-assigning a dossier already being processed is the Chief's choice, not their turn.
step("assign", _("Phân công xử lý"), [Status.RECEIVED, Status.PROCESSING], CHIEFS, turn_from=[Status.RECEIVED])
step(
    "submit_memo",
    _("Trình Chánh Văn phòng"),
    [Status.PROCESSING],
    [roles.SPECIALIST],
    stages=SPECIALIST_WORKING,
    allotted=ONE_DAY,
)
step("approve_memo", _("Duyệt tờ trình"), [Status.PROCESSING], CHIEFS, stages=[Stage.MEMO_SUBMITTED])
step("return_memo", _("Trả lại tờ trình"), [Status.PROCESSING], CHIEFS, stages=[Stage.MEMO_SUBMITTED], allotted=ONE_DAY)
step(
    "forward_to_leadership",
    _("Trình lãnh đạo UBND"),
    [Status.PROCESSING],
    CHIEFS,
    stages=[Stage.MEMO_APPROVED],
    allotted=ONE_DAY,
)
step("sign", _("Ký duyệt"), [Status.PROCESSING], [roles.LEADER], stages=[Stage.AT_LEADERSHIP], allotted=HALF_DAY)
step(
    "return_with_comment",
    _("Trả lại, có ý kiến"),
    [Status.PROCESSING],
    [roles.LEADER],
    stages=[Stage.AT_LEADERSHIP],
    allotted=ONE_DAY,
)
step(
    "hand_to_counter",
    _("Chuyển kết quả cho Bộ phận Một cửa"),
    [Status.PROCESSING],
    [roles.SPECIALIST],
    stages=[Stage.SIGNED],
)
step("return_result", _("Trả kết quả"), [Status.AWAITING_RETURN], COUNTER)
step("extend", _("Gia hạn, xin lỗi"), OPEN_WITH_CLOCK, [roles.COUNTER_STAFF, *CHIEFS], turn_of=SIDE_STEP)
step("stop", _("Dừng xử lý"), OPEN_WITH_CLOCK, [*CHIEFS, roles.LEADER], turn_of=SIDE_STEP, final=True)
step(
    "withdraw",
    _("Rút hồ sơ"),
    [Status.REGISTERED, *OPEN_WITH_CLOCK],
    [APPLICANT, *COUNTER],
    turn_of=SIDE_STEP,
    final=True,
)

# Steps that create a dossier rather than move one (see ``creation``).
CREATION_STEPS = {"submit": _("Đăng ký hồ sơ trực tuyến"), "intake": _("Tiếp nhận trực tiếp")}
# The Chief assigns a dossier received at the counter within half a working day, as after an online receipt.
INTAKE_ALLOTTED = STEPS["receive"].allotted


def step_label(name):
    """What an event is called in timelines, slips and the admin history."""
    known = STEPS.get(name)
    return str(known.label if known else CREATION_STEPS.get(name, name))


def turn_conditions(party):
    """The condition of the dossiers whose next move is ``party``'s (a role code or ``APPLICANT``), by the
    table's own statuses and sub-steps; None when no step is ever that party's turn."""
    conditions = [step.turn_condition() for step in STEPS.values() if party in step.turn_of]
    return reduce(operator.or_, conditions) if conditions else None

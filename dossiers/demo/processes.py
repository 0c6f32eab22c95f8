"""Internal processes for three demo procedures, so a fresh clone shows step deadlines that follow one. Safe to run
again: a procedure that already has a version is left as it is."""

from decimal import Decimal

from django.utils import timezone

from dossiers.models import AllotmentUnit, HandOff
from dossiers.process.versions import save_next_version
from procedures.models import ProcedurePage

DAYS, HOURS = AllotmentUnit.WORKING_DAYS, AllotmentUnit.WORKING_HOURS
BASIS = "Quy trình nội bộ mẫu (dữ liệu thử nghiệm)"

# By procedure code: (hand-off, amount, unit); the way to the result adds up to the procedure's processing time.
DEMO_PROCESSES = {
    # Giao đất, cho thuê đất: 20 working days.
    "1.004101": [
        (HandOff.RECEIVE, 4, HOURS),
        (HandOff.ASSIGN, 14, DAYS),
        (HandOff.SUBMIT_MEMO, 1, DAYS),
        (HandOff.APPROVE_MEMO, Decimal("0.5"), DAYS),
        (HandOff.FORWARD_TO_LEADERSHIP, 2, DAYS),
        (HandOff.SIGN, 1, DAYS),
        (HandOff.HAND_TO_COUNTER, 1, DAYS),
        (HandOff.RETURN_MEMO, 2, DAYS),
        (HandOff.RETURN_WITH_COMMENT, 2, DAYS),
    ],
    # Đăng ký kết hôn có yếu tố nước ngoài: 10 working days.
    "1.001702": [
        (HandOff.RECEIVE, 4, HOURS),
        (HandOff.ASSIGN, 6, DAYS),
        (HandOff.SUBMIT_MEMO, 1, DAYS),
        (HandOff.APPROVE_MEMO, 4, HOURS),
        (HandOff.FORWARD_TO_LEADERSHIP, 1, DAYS),
        (HandOff.SIGN, 4, HOURS),
        (HandOff.HAND_TO_COUNTER, 4, HOURS),
    ],
    # Gia hạn sử dụng đất: 15 working days.
    "1.004103": [
        (HandOff.RECEIVE, 4, HOURS),
        (HandOff.ASSIGN, 10, DAYS),
        (HandOff.SUBMIT_MEMO, 1, DAYS),
        (HandOff.APPROVE_MEMO, Decimal("0.5"), DAYS),
        (HandOff.FORWARD_TO_LEADERSHIP, Decimal("1.5"), DAYS),
        (HandOff.SIGN, 1, DAYS),
        (HandOff.HAND_TO_COUNTER, Decimal("0.5"), DAYS),
    ],
}


def ensure_demo_processes() -> int:
    """Gives each demo procedure without a process its first version; returns how many were created."""
    created = 0
    for procedure in ProcedurePage.objects.filter(procedure_code__in=DEMO_PROCESSES, internal_processes__isnull=True):
        save_next_version(
            procedure,
            effective_from=timezone.now(),
            basis=BASIS,
            steps=DEMO_PROCESSES[procedure.procedure_code],
            user=None,
        )
        created += 1
    return created

"""A procedure's approved internal process (quy trình nội bộ): the working time the receiver of each hand-off has.

A saved version is never changed: a change is the next version, in force from its ``effective_from``, and a dossier
keeps the version in force when it was received (``Dossier.process_version``), so its step deadlines do not move
under it. Which version applies and what it allots is asked of ``dossiers.process``.
"""

from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from dossiers.workflow.table import STEPS


class HandOff(models.TextChoices):
    """The table's hand-offs a process allots time to, named by the step that hands the dossier on; each label says
    what the receiver then does. Counter intake hands on as a receipt does (``receive``)."""

    RECEIVE = "receive", _("Phân công xử lý (sau khi tiếp nhận)")
    ASSIGN = "assign", _("Thụ lý, trình Chánh Văn phòng (sau khi được phân công)")
    SUBMIT_MEMO = "submit_memo", _("Duyệt tờ trình (sau khi chuyên viên trình)")
    APPROVE_MEMO = "approve_memo", _("Trình lãnh đạo UBND (sau khi duyệt tờ trình)")
    FORWARD_TO_LEADERSHIP = "forward_to_leadership", _("Ký duyệt (sau khi trình lãnh đạo)")
    SIGN = "sign", _("Chuyển kết quả cho Bộ phận Một cửa (sau khi ký)")
    HAND_TO_COUNTER = "hand_to_counter", _("Trả kết quả (sau khi nhận kết quả)")
    RETURN_MEMO = "return_memo", _("Sửa, trình lại tờ trình (sau khi bị trả lại)")
    RETURN_WITH_COMMENT = "return_with_comment", _("Hoàn thiện, trình lại (sau khi lãnh đạo trả lại)")


# Returns repeat part of the way, so their time is not added to the way's total.
REWORK = frozenset({HandOff.RETURN_MEMO, HandOff.RETURN_WITH_COMMENT})

if set(HandOff.values) - set(STEPS):
    raise LookupError(f"hand-offs missing from the workflow table: {sorted(set(HandOff.values) - set(STEPS))}")


class AllotmentUnit(models.TextChoices):
    WORKING_DAYS = "working_days", _("ngày làm việc")
    WORKING_HOURS = "working_hours", _("giờ làm việc")


def working_time(amount, unit, working_day):
    """An allotment as office time; ``working_day`` is the calendar's length of one working day."""
    return (working_day if unit == AllotmentUnit.WORKING_DAYS else timedelta(hours=1)) * float(amount)


class InternalProcess(ClusterableModel):
    procedure = models.ForeignKey(
        "procedures.ProcedurePage",
        on_delete=models.PROTECT,
        related_name="internal_processes",
        verbose_name=_("thủ tục"),
    )
    version = models.PositiveIntegerField(_("phiên bản"), editable=False)
    effective_from = models.DateTimeField(
        _("áp dụng từ"),
        default=timezone.now,
        help_text=_("Áp dụng cho hồ sơ tiếp nhận từ thời điểm này; hồ sơ tiếp nhận trước giữ quy trình cũ."),
    )
    basis = models.CharField(
        _("căn cứ phê duyệt"), max_length=500, blank=True, help_text=_("Ví dụ: Quyết định số 123/QĐ-UBND.")
    )
    created_at = models.DateTimeField(_("thời điểm lưu"), default=timezone.now, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("người lưu"),
    )

    class Meta:
        verbose_name = _("quy trình nội bộ")
        verbose_name_plural = _("quy trình nội bộ")
        ordering = ["procedure", "-version"]
        constraints = [models.UniqueConstraint(fields=["procedure", "version"], name="internal_process_version")]
        indexes = [models.Index(fields=["procedure", "effective_from"], name="internal_process_in_force")]

    def __str__(self):
        return _("%(procedure)s – phiên bản %(version)s") % {"procedure": self.procedure, "version": self.version}


class ProcessStep(Orderable):
    process = ParentalKey(InternalProcess, on_delete=models.CASCADE, related_name="steps")
    hand_off = models.CharField(_("bước"), max_length=32, choices=HandOff.choices)
    amount = models.DecimalField(
        _("thời gian"), max_digits=5, decimal_places=2, validators=[MinValueValidator(Decimal("0.01"))]
    )
    unit = models.CharField(
        _("đơn vị"), max_length=16, choices=AllotmentUnit.choices, default=AllotmentUnit.WORKING_DAYS
    )

    class Meta(Orderable.Meta):
        verbose_name = _("bước của quy trình")
        verbose_name_plural = _("các bước của quy trình")
        constraints = [models.UniqueConstraint(fields=["process", "hand_off"], name="process_step_once")]

    def __str__(self):
        return f"{self.get_hand_off_display()}: {self.amount} {self.get_unit_display()}"

"""What happened to a dossier, step by step: the applicant's public timeline and the staff's hand-off record."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dossiers.calendar.deadlines import ResultClass

from .dossier import Dossier, Status


class DossierEvent(models.Model):
    """One workflow step. ``actor`` gave the dossier on; ``assignee``/``department`` received it. Staff names and
    ``note`` stay internal; the public timeline shows the action, the status and ``public_note`` only."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("bước"), max_length=32)
    from_status = models.PositiveSmallIntegerField(choices=Status.choices, null=True, blank=True)
    to_status = models.PositiveSmallIntegerField(choices=Status.choices)
    created_at = models.DateTimeField(_("thời điểm"), default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    department = models.ForeignKey(
        "procedures.Department", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("ghi chú nội bộ"), blank=True)
    public_note = models.TextField(_("thông tin cho người nộp"), blank=True)
    step_due_at = models.DateTimeField(_("hạn của bước"), null=True, blank=True)
    step_result = models.CharField(_("kết quả bước"), max_length=16, choices=ResultClass.choices, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [
            # When a dossier left (withdrawn or stopped): Biểu 06 asks this of every dossier it counts.
            models.Index(fields=["dossier", "created_at"], condition=Q(to_status__in=[7, 8]), name="dossierevent_left")
        ]
        verbose_name = _("bước xử lý")
        verbose_name_plural = _("các bước xử lý")

    def __str__(self):
        return f"{self.dossier_id} {self.action} {self.created_at:%Y-%m-%d %H:%M}"


class SupplementRequest(models.Model):
    """Staff ask for more documents; the clock is paused from ``requested_at`` until ``resolved_at``."""

    dossier = models.ForeignKey(Dossier, on_delete=models.CASCADE, related_name="supplement_requests")
    items = models.TextField(_("nội dung cần bổ sung"))
    reason = models.TextField(_("lý do"))
    contact = models.CharField(_("người liên hệ"), max_length=255, blank=True)
    requested_at = models.DateTimeField(_("yêu cầu lúc"), default=timezone.now)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(_("đã bổ sung lúc"), null=True, blank=True)
    applicant_note = models.TextField(_("ghi chú của người nộp"), blank=True)

    class Meta:
        ordering = ["requested_at", "pk"]
        verbose_name = _("yêu cầu bổ sung")
        verbose_name_plural = _("yêu cầu bổ sung")

    def __str__(self):
        return self.items[:80]


class Rating(models.Model):
    """The applicant's one rating of the service, given after the result is returned."""

    class Score(models.IntegerChoices):
        VERY_SATISFIED = 3, _("Rất hài lòng")
        SATISFIED = 2, _("Hài lòng")
        NOT_SATISFIED = 1, _("Không hài lòng")

    dossier = models.OneToOneField(Dossier, on_delete=models.CASCADE, related_name="rating")
    score = models.PositiveSmallIntegerField(_("mức độ hài lòng"), choices=Score.choices)
    comment = models.TextField(_("góp ý"), blank=True, max_length=2000)
    created_at = models.DateTimeField(_("đánh giá lúc"), default=timezone.now)

    class Meta:
        verbose_name = _("đánh giá")
        verbose_name_plural = _("đánh giá")

    def __str__(self):
        return self.get_score_display()

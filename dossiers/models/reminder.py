"""One row per reminder digest sent: the unique key is what makes "nothing is sent twice for the same day" hold,
however many beat processes or manual runs there are."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReminderLog(models.Model):
    class Kind(models.TextChoices):
        DAILY = "daily", _("Nhắc việc hằng ngày")
        WEEKLY = "weekly", _("Tổng hợp hằng tuần")

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    day = models.DateField()
    notification = models.ForeignKey("dossiers.Notification", null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["recipient", "kind", "day"], name="one_reminder_per_day")]
        verbose_name = _("nhắc việc đã gửi")
        verbose_name_plural = _("nhắc việc đã gửi")

    def __str__(self):
        return f"{self.kind} {self.day} → {self.recipient_id}"

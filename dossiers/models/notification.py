"""Every email the portal sends is a row first: an outage of the mail service delays a notice, never loses it."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Chờ gửi")
        # Claimed by a worker; left so if the worker died mid-send, and then never sent again (see delivery).
        SENDING = "sending", _("Đang gửi")
        SENT = "sent", _("Đã gửi")
        FAILED = "failed", _("Gửi lỗi")

    dossier = models.ForeignKey(
        "dossiers.Dossier", null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("loại thông báo"), max_length=48)
    recipient = models.EmailField(_("người nhận"))
    subject = models.CharField(_("tiêu đề"), max_length=255)
    body = models.TextField(_("nội dung"))
    calendar_event = models.TextField(_("lịch hẹn (.ics)"), blank=True)
    state = models.CharField(_("tình trạng"), max_length=16, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(_("số lần gửi"), default=0)
    last_error = models.TextField(_("lỗi gần nhất"), blank=True)
    created_at = models.DateTimeField(_("tạo lúc"), default=timezone.now)
    claimed_at = models.DateTimeField(_("bắt đầu gửi lúc"), null=True, blank=True)
    sent_at = models.DateTimeField(_("gửi lúc"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("thông báo")
        verbose_name_plural = _("thông báo")
        indexes = [models.Index(fields=["state", "created_at"], name="notification_state_created")]

    def __str__(self):
        return f"{self.kind} → {self.recipient}"

    @property
    def message_id(self):
        """The same Message-ID on every attempt: a notice sent again after a worker died mid-send is, for the mail
        systems that receive it, the same message (they keep one copy), and the development backend overwrites its
        file."""
        return f"<thong-bao-{self.pk}.{self.created_at:%Y%m%d%H%M%S}@mot-cua>"

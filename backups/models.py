"""One row per backup started from the admin (or the schedule): its progress while it runs, its archive after."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Backup(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Đang chờ")
        RUNNING = "running", _("Đang sao lưu")
        DONE = "done", _("Hoàn tất")
        FAILED = "failed", _("Thất bại")

    state = models.CharField(_("trạng thái"), max_length=16, choices=State.choices, default=State.PENDING)
    progress = models.PositiveSmallIntegerField(_("tiến độ (%)"), default=0)
    step = models.CharField(_("bước"), max_length=200, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("người yêu cầu"),
    )
    started_at = models.DateTimeField(_("bắt đầu lúc"), null=True, blank=True)
    finished_at = models.DateTimeField(_("xong lúc"), null=True, blank=True)
    # Relative to settings.BACKUP_ROOT, so the folder can move without touching the rows.
    file_name = models.CharField(_("tệp"), max_length=255, blank=True)
    size = models.PositiveBigIntegerField(_("dung lượng (byte)"), null=True, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    error = models.TextField(_("lỗi"), blank=True)

    class Meta:
        ordering = ["-pk"]
        verbose_name = _("bản sao lưu")
        verbose_name_plural = _("bản sao lưu")
        default_permissions = ()
        permissions = [("manage_backups", _("Sao lưu dữ liệu và tải bản sao lưu"))]

    def __str__(self):
        return self.file_name or f"#{self.pk}"

    @property
    def path(self):
        return settings.BACKUP_ROOT / self.file_name

    @property
    def in_progress(self):
        return self.state in {self.State.PENDING, self.State.RUNNING}

"""What a dossier ends in, and every document the system hands out.

``Result`` is the result document (kết quả giải quyết): drafted by the specialist, signed by leadership and sealed
by the agency, returned by the counter. ``IssuedDocument`` is the register of everything the system issues
(results and slips): what the document's QR code carries and the hash of the file issued, which is what the public
verification page compares a copy against."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .dossier import Dossier


class Result(models.Model):
    """The draft and the signed file are the dossier's attachments of source ``RESULT_DRAFT`` and ``RESULT``
    (stored, and removed on a failed step, as every attachment is); the latest of each is the current one."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Dự thảo")
        SIGNED = "signed", _("Đã ký số")
        REVOKED = "revoked", _("Đã thu hồi")

    dossier = models.OneToOneField(Dossier, on_delete=models.CASCADE, related_name="result")
    title = models.CharField(_("tên văn bản"), max_length=500)
    symbol = models.CharField(_("ký hiệu"), max_length=64, help_text=_("Ví dụ: QĐ-UBND, GCN-UBND."))
    # Issued at signing from the agency's register of the year (``ResultNumberCounter``).
    number = models.PositiveIntegerField(_("số"), null=True, blank=True)
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("người soạn")
    )
    state = models.CharField(_("tình trạng"), max_length=16, choices=State.choices, default=State.DRAFT)
    signer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("người ký")
    )
    signed_at = models.DateTimeField(_("ký lúc"), null=True, blank=True)
    # Who signed, in order, as the certificates name them: [{"role", "name", "subject", "serial", "signed_at"}].
    signatures = models.JSONField(_("chữ ký số"), default=list, blank=True)

    class Meta:
        verbose_name = _("kết quả giải quyết")
        verbose_name_plural = _("kết quả giải quyết")

    def __str__(self):
        return f"{self.number_and_symbol} {self.title}"

    @property
    def number_and_symbol(self):
        """``125/GCN-UBND``; a draft has no number yet."""
        return f"{self.number}/{self.symbol}" if self.number else f"…/{self.symbol}"


class ResultNumberCounter(models.Model):
    """The last number an agency gave a signed result in one year; a row lock makes concurrent signings take turns."""

    agency = models.ForeignKey("procedures.Agency", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["agency", "year"], name="one_result_counter_per_agency_year")]

    def __str__(self):
        return f"{self.agency_id} {self.year}: {self.last}"


def new_document_token():
    return secrets.token_urlsafe(16)


class IssuedDocument(models.Model):
    """One document the system issued. Its QR code carries ``qr_fields`` and the verification address with
    ``token``; ``sha256`` is the hash of the file as issued, so a copy changed by one byte is not this document."""

    class Kind(models.TextChoices):
        RESULT = "result", _("Kết quả giải quyết")
        RECEIPT = "receipt", _("Giấy tiếp nhận hồ sơ và hẹn trả kết quả")
        SUPPLEMENT_REQUEST = "supplement_request", _("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ")
        REFUSAL = "refusal", _("Phiếu từ chối tiếp nhận, giải quyết hồ sơ")
        APOLOGY = "apology", _("Văn bản xin lỗi và hẹn lại ngày trả kết quả")
        STOP_NOTICE = "stop_notice", _("Thông báo dừng giải quyết hồ sơ")
        CONTROL_SLIP = "control_slip", _("Phiếu kiểm soát quá trình giải quyết hồ sơ")
        LOG_BOOK = "log_book", _("Sổ theo dõi hồ sơ")
        DECLARATION = "declaration", _("Tờ khai điện tử")

    token = models.CharField(max_length=32, unique=True, default=new_document_token)
    kind = models.CharField(_("loại văn bản"), max_length=24, choices=Kind.choices)
    title = models.CharField(_("tên văn bản"), max_length=500)
    dossier = models.ForeignKey(
        Dossier, null=True, blank=True, on_delete=models.CASCADE, related_name="issued_documents"
    )
    result = models.ForeignKey(Result, null=True, blank=True, on_delete=models.CASCADE, related_name="issues")
    qr_fields = models.JSONField(_("nội dung mã QR"), default=dict)
    sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    issued_at = models.DateTimeField(_("phát hành lúc"), default=timezone.now)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(_("thu hồi lúc"), null=True, blank=True)
    revocation_reason = models.CharField(_("lý do thu hồi"), max_length=500, blank=True)

    class Meta:
        ordering = ["-issued_at", "-pk"]
        verbose_name = _("văn bản đã phát hành")
        verbose_name_plural = _("văn bản đã phát hành")

    def __str__(self):
        return f"{self.get_kind_display()} {self.token}"

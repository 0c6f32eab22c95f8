"""Who signs with which key: a leader's certificate or an agency's seal ("con dấu"). Only where the key lives is
stored, never a secret: a person types their PIN when signing; a seal's PIN comes from the environment variable
the row names (``pin_env``)."""

from cryptography import x509
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .demo import is_demo


class SigningCredential(models.Model):
    class Backend(models.TextChoices):
        PKCS12 = "pkcs12", _("Tệp PKCS#12 (.p12/.pfx)")
        PKCS11 = "pkcs11", _("Thiết bị PKCS#11 (USB token, HSM)")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="signing_credentials",
        verbose_name=_("người ký"),
    )
    agency = models.ForeignKey(
        "procedures.Agency",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="signing_credentials",
        verbose_name=_("con dấu của cơ quan"),
    )
    backend = models.CharField(_("nơi giữ khóa"), max_length=8, choices=Backend.choices, default=Backend.PKCS12)
    pkcs12_path = models.CharField(
        _("đường dẫn tệp PKCS#12"),
        max_length=500,
        blank=True,
        help_text=_("Đường dẫn tương đối được tính từ thư mục SIGNING_PKI_DIR."),
    )
    pkcs11_module = models.CharField(
        _("thư viện PKCS#11"), max_length=500, blank=True, help_text=_("Ví dụ: /usr/lib/x86_64-linux-gnu/libeToken.so")
    )
    pkcs11_token_label = models.CharField(_("nhãn thiết bị (token)"), max_length=128, blank=True)
    pkcs11_key_label = models.CharField(_("nhãn khóa"), max_length=128, blank=True)
    pin_env = models.CharField(
        _("biến môi trường chứa mã PIN"),
        max_length=128,
        blank=True,
        help_text=_("Chỉ cho con dấu của cơ quan; người ký tự nhập mã PIN khi ký."),
    )
    certificate_pem = models.TextField(_("chứng thư số (PEM)"))
    subject = models.CharField(_("chủ thể"), max_length=500, editable=False)
    serial = models.CharField(_("số hiệu chứng thư"), max_length=64, editable=False)
    not_before = models.DateTimeField(_("hiệu lực từ"), editable=False)
    not_after = models.DateTimeField(_("hiệu lực đến"), editable=False)
    active = models.BooleanField(_("đang dùng"), default=True)

    class Meta:
        verbose_name = _("chứng thư ký số")
        verbose_name_plural = _("chứng thư ký số")
        ordering = ["agency", "user", "-not_after"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(user__isnull=False, agency__isnull=True)
                | models.Q(user__isnull=True, agency__isnull=False),
                name="signing_credential_of_a_person_or_an_agency",
                violation_error_message=_("Chứng thư phải thuộc về đúng một người ký hoặc một cơ quan."),
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(active=True),
                name="one_active_credential_per_person",
                violation_error_message=_("Người này đã có một chứng thư ký số đang dùng."),
            ),
            models.UniqueConstraint(
                fields=["agency"],
                condition=models.Q(active=True),
                name="one_active_seal_per_agency",
                violation_error_message=_("Cơ quan này đã có một con dấu đang dùng."),
            ),
        ]

    def __str__(self):
        return f"{self.subject} ({self.serial})"

    def save(self, *args, **kwargs):
        """What the list shows is read from the certificate itself, so it cannot disagree with it."""
        certificate = self.certificate
        self.subject = certificate.subject.rfc4514_string()[:500]
        self.serial = format(certificate.serial_number, "x")
        self.not_before = certificate.not_valid_before_utc
        self.not_after = certificate.not_valid_after_utc
        super().save(*args, **kwargs)

    @property
    def is_seal(self):
        return self.agency_id is not None

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.certificate_pem.encode())

    @property
    def is_demo(self):
        return is_demo(self.certificate)

    def clean(self):
        try:
            self.certificate  # noqa: B018  (parsing is the check)
        except ValueError as error:
            raise ValidationError({"certificate_pem": _("Chứng thư số không đọc được (cần định dạng PEM).")}) from error

"""Signing a PDF (PAdES, incremental, so a leader's signature stays valid under the agency's seal) and reading back
the signatures a PDF carries. The one place that decides whether a certificate may sign: within its validity,
chaining to ``SIGNING_TRUST_ROOTS``, not revoked per ``SIGNING_CRLS``, and not a demo certificate where
``SIGNING_ALLOW_DEMO`` is off. Every refusal is a ``SigningRefused`` with a message for the signer; nothing is
produced, so the caller has nothing to undo."""

import asyncio
import contextlib
import datetime
import os
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from asn1crypto import crl as asn1_crl
from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers, timestamps
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.general import SigningError
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import (
    InsufficientRevinfoError,
    PathBuildingError,
    PathValidationError,
    RevokedError,
    ValidationError,
)

from procedures.models import Agency

from .demo import is_demo
from .models import SigningCredential

# Room for the signature (hex digits of its DER): a fixed size spares pyHanko a trial signature, and a trial request
# to the timestamping service, to measure it. A 2048- or 4096-bit RSA signature with its chain fits in the first; a
# timestamp token with its authority's chain in the rest of the second.
RESERVED = 16384
RESERVED_WITH_TIMESTAMP = 32768


class SigningRefused(Exception):
    """A signature that was not made, with the reason to show the signer."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def credential_for_user(user):
    if not getattr(user, "pk", None):
        return None
    return SigningCredential.objects.filter(user=user, active=True).first()


def credential_for_agency(agency: Agency):
    return SigningCredential.objects.filter(agency=agency, active=True).first()


def _der_blocks(paths):
    """Each DER object in the configured files (PEM files may hold several)."""
    blocks = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise SigningRefused(
                _("Không đọc được tệp cấu hình ký số %(path)s: báo quản trị hệ thống.") % {"path": path}
            ) from error
        blocks += [der for _type, _headers, der in pem.unarmor(data, multiple=True)] if pem.detect(data) else [data]
    return blocks


def validation_context(moment=None):
    """Trust only the configured roots (never the operating system's list) and check the configured CRLs."""
    return ValidationContext(
        trust_roots=[asn1_x509.Certificate.load(der) for der in _der_blocks(settings.SIGNING_TRUST_ROOTS)],
        crls=[asn1_crl.CertificateList.load(der) for der in _der_blocks(settings.SIGNING_CRLS)],
        revocation_mode=settings.SIGNING_REVOCATION_MODE,
        allow_fetching=settings.SIGNING_FETCH_REVOCATION,
        moment=moment,
    )


def seal_pin(credential):
    """An agency seal's PIN: its environment variable, else the development fallback (unset in production)."""
    return (os.environ.get(credential.pin_env) if credential.pin_env else None) or settings.SIGNING_SEAL_PIN_FALLBACK


def check_certificate(certificate: x509.Certificate, now=None):
    """Refuses a certificate that may not sign now; returns None when it may."""
    now = now or timezone.now()
    if is_demo(certificate) and not settings.SIGNING_ALLOW_DEMO:
        raise SigningRefused(_("Chứng thư số thử nghiệm (DEMO) không được dùng để ký trên hệ thống thật."))
    if now < certificate.not_valid_before_utc:
        raise SigningRefused(_("Chứng thư số chưa đến thời hạn hiệu lực."))
    if now > certificate.not_valid_after_utc:
        raise SigningRefused(
            _("Chứng thư số đã hết hạn ngày %(date)s.")
            % {"date": timezone.localtime(certificate.not_valid_after_utc).strftime("%d/%m/%Y")}
        )
    validator = CertificateValidator(
        asn1_x509.Certificate.load(certificate.public_bytes(Encoding.DER)),
        validation_context=validation_context(moment=now),
    )
    try:
        asyncio.run(validator.async_validate_usage({"non_repudiation"}))
    except RevokedError as error:
        raise SigningRefused(_("Chứng thư số đã bị thu hồi.")) from error
    except InsufficientRevinfoError as error:
        raise SigningRefused(_("Không kiểm tra được tình trạng thu hồi của chứng thư số.")) from error
    except PathBuildingError as error:
        raise SigningRefused(_("Chứng thư số không do tổ chức chứng thực được tin cậy cấp.")) from error
    except (PathValidationError, ValidationError) as error:
        raise SigningRefused(_("Chứng thư số không hợp lệ để ký.")) from error


def _pkcs12_signer(credential, pin):
    path = Path(credential.pkcs12_path)
    if not path.is_absolute():
        path = Path(settings.SIGNING_PKI_DIR) / path
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SigningRefused(_("Không tìm thấy tệp chứng thư số của người ký: báo quản trị hệ thống.")) from error
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, other_certs=(), passphrase=pin.encode())
    except ValueError as error:
        raise SigningRefused(_("Mã PIN không đúng.")) from error
    return contextlib.nullcontext(signer)


def _pkcs11_signer(credential, pin):
    """A session on the token, closed when the signature is made. python-pkcs11 is needed only where a token is
    used (``pip install 'pyHanko[pkcs11]'``), so it is imported here, not for every process."""
    try:
        from pyhanko.config.pkcs11 import PKCS11SignatureConfig, TokenCriteria
        from pyhanko.sign.pkcs11 import PKCS11SigningContext
    except ImportError as error:
        raise SigningRefused(_("Máy chủ chưa cài thư viện PKCS#11: báo quản trị hệ thống.")) from error
    config = PKCS11SignatureConfig(
        module_path=credential.pkcs11_module,
        token_criteria=TokenCriteria(label=credential.pkcs11_token_label or None),
        key_label=credential.pkcs11_key_label,
        cert_label=credential.pkcs11_key_label,
    )
    return PKCS11SigningContext(config, user_pin=pin)


@contextlib.contextmanager
def _open_signer(credential, pin):
    if credential.is_seal and pin is None:
        pin = seal_pin(credential)
    if not pin:
        raise SigningRefused(
            _("Chưa cấu hình mã PIN của con dấu: báo quản trị hệ thống.")
            if credential.is_seal
            else _("Hãy nhập mã PIN của chứng thư số.")
        )
    opener = _pkcs11_signer if credential.backend == SigningCredential.Backend.PKCS11 else _pkcs12_signer
    try:
        with opener(credential, pin) as signer:
            yield signer
    except SigningError as error:  # the token refused the PIN or has no such key
        raise SigningRefused(_("Thiết bị ký số từ chối: %(error)s") % {"error": error}) from error


def sign_pdf(pdf_bytes, credential, *, pin, field_name, reason, location, name=None) -> bytes:
    """``pdf_bytes`` with one more PAdES signature (SHA-256) appended as an incremental update, timestamped when
    ``SIGNING_TIMESTAMP_URL`` is set. A seal's ``pin`` may be None: it is then read from the environment."""
    if not credential.active:
        raise SigningRefused(_("Chứng thư số này đã ngừng sử dụng."))
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name,
        reason=str(reason),
        location=str(location),
        name=name,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    timestamper = timestamps.HTTPTimeStamper(settings.SIGNING_TIMESTAMP_URL) if settings.SIGNING_TIMESTAMP_URL else None
    with _open_signer(credential, pin) as signer:
        certificate = signer.signing_cert
        if certificate.dump() != credential.certificate.public_bytes(Encoding.DER):
            raise SigningRefused(_("Chứng thư trong thiết bị không phải chứng thư đã đăng ký cho người ký này."))
        check_certificate(credential.certificate)
        try:
            writer = IncrementalPdfFileWriter(BytesIO(pdf_bytes), strict=False)
            output = signers.PdfSigner(metadata, signer=signer, timestamper=timestamper).sign_pdf(
                writer, bytes_reserved=RESERVED_WITH_TIMESTAMP if timestamper else RESERVED
            )
        except timestamps.TimestampRequestError as error:
            raise SigningRefused(_("Không lấy được dấu thời gian từ máy chủ cấp dấu thời gian.")) from error
        except (PdfError, SigningError, ValueError) as error:
            raise SigningRefused(_("Không ký được tệp này: %(error)s") % {"error": error}) from error
    return output.getvalue()


@dataclass(frozen=True)
class SignatureCheck:
    """One signature of a PDF as the validator saw it; ``valid`` is the other three together."""

    field_name: str
    signer_name: str
    subject: str
    serial: str
    signed_at: datetime.datetime | None
    timestamped: bool
    intact: bool
    trusted: bool
    covers_file: bool
    valid: bool
    summary: str


def _summary(*, intact, trusted, covers_file):
    if not intact:
        return _("Không hợp lệ: tệp đã bị sửa sau khi ký.")
    if not covers_file:
        return _("Không hợp lệ: sau chữ ký, tệp có thay đổi ngoài những thay đổi được phép.")
    if not trusted:
        return _("Không hợp lệ: chứng thư số không được tin cậy, đã hết hạn hoặc đã bị thu hồi.")
    return _("Hợp lệ")


def _covers_file(status):
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return True
    level = status.modification_level
    return (
        status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
        and level is not None
        and level <= ModificationLevel.FORM_FILLING
        and status.docmdp_ok is not False
    )


def _check(embedded):
    try:
        status = validate_pdf_signature(embedded, signer_validation_context=validation_context())
    except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError):
        return SignatureCheck(
            field_name=embedded.field_name,
            signer_name="",
            subject="",
            serial="",
            signed_at=None,
            timestamped=False,
            intact=False,
            trusted=False,
            covers_file=False,
            valid=False,
            summary=str(_("Không hợp lệ: không đọc được chữ ký.")),
        )
    certificate = status.signing_cert
    timestamp = status.timestamp_validity
    verdict = {
        "intact": status.intact and status.valid,
        "trusted": status.trusted and (timestamp is None or timestamp.trusted),
        "covers_file": _covers_file(status),
    }
    return SignatureCheck(
        field_name=embedded.field_name,
        signer_name=certificate.subject.native.get("common_name", ""),
        subject=certificate.subject.human_friendly,
        serial=format(certificate.serial_number, "x"),
        signed_at=timestamp.timestamp if timestamp else status.signer_reported_dt,
        timestamped=timestamp is not None,
        **verdict,
        valid=all(verdict.values()),
        summary=str(_summary(**verdict)),
    )


def validate_pdf(pdf_bytes) -> list[SignatureCheck]:
    """The signatures of a PDF in document order; an unreadable file or one without signatures gives []."""
    try:
        embedded = PdfFileReader(BytesIO(pdf_bytes), strict=False).embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError):
        return []
    return [_check(signature) for signature in embedded]

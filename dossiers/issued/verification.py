"""Whether a document is one the system issued and still what it issued: the check behind the public verification
page, by the token in a QR code or by the hash of an uploaded file.

Authentic means: in the register and not revoked; for a result, the signed file the system keeps still hashes to
what was issued and every signature on it is valid (intact, trusted, covering the file). What the page may show of
a document is what its QR already carries, the identity number masked: never the applicant's name or address."""

from dataclasses import dataclass, field
from datetime import datetime

from django.utils.translation import gettext_lazy as _

from dossiers.models import Attachment, IssuedDocument
from dossiers.models.dossier import mask_id_number
from signing.service import SignatureCheck, validate_pdf

from .qr import DATE_FORMAT, FIELDS, TIME_FORMAT
from .registry import file_hash, find_by_hash


@dataclass(frozen=True)
class Verdict:
    document: IssuedDocument | None  # None: no document of this system has this file's hash
    problems: list = field(default_factory=list)  # why it is not authentic, one sentence each
    signatures: list[SignatureCheck] = field(default_factory=list)

    @property
    def authentic(self):
        return self.document is not None and not self.problems

    @property
    def fields(self):
        """``[(label, value)]`` of what the QR carries, readable, the identity number masked."""
        shown = self.document.qr_fields if self.document else {}
        return [(label, readable(key, shown[key])) for key, label in FIELDS.items() if shown.get(key)]

    @property
    def dossier_code(self):
        return self.document.qr_fields.get("ma") if self.document else None


def readable(key, value):
    if key == "dd":
        return mask_id_number(value)
    if key in ("tg", "hen"):
        return f"{datetime.strptime(value, TIME_FORMAT):%H:%M %d/%m/%Y}"
    if key == "ky":
        return " – ".join(f"{datetime.strptime(day, DATE_FORMAT):%d/%m/%Y}" for day in value.split("-"))
    return value


def stored_result(document):
    """The bytes of the signed result the register's row was issued with, or None when the system no longer has it."""
    attachment = (
        Attachment.objects.filter(
            dossier_id=document.dossier_id, source=Attachment.Source.RESULT, sha256=document.sha256
        )
        .order_by("-pk")
        .first()
    )
    if attachment is None:
        return None
    try:
        with attachment.file.open("rb") as stream:
            return stream.read()
    except FileNotFoundError:
        return None


def check_document(document, content=None):
    """``content``: the file to check, when it was uploaded (its hash already matched); else a result's stored file."""
    problems = []
    if document.revoked_at:
        problems.append(_("Văn bản đã bị thu hồi."))
    signatures = []
    if document.kind == IssuedDocument.Kind.RESULT:
        content = content if content is not None else stored_result(document)
        if content is None:
            problems.append(_("Hệ thống không còn lưu tệp đã ký của văn bản này."))
        elif file_hash(content) != document.sha256:
            problems.append(_("Tệp đã ký lưu trong hệ thống không khớp với văn bản đã phát hành."))
        else:
            signatures = validate_pdf(content)
            if not signatures:
                problems.append(_("Văn bản không có chữ ký số."))
            elif not all(signature.valid for signature in signatures):
                problems.append(_("Có chữ ký số không hợp lệ."))
    return Verdict(document, problems, signatures)


def check_file(content):
    """An uploaded PDF: the document with its hash, checked as above; otherwise not one this system issued, with
    whatever signatures it carries and whether each holds."""
    document = find_by_hash(file_hash(content))
    if document is None:
        return Verdict(None, [_("Tệp này không phải là văn bản do hệ thống phát hành.")], validate_pdf(content))
    return check_document(document, content)

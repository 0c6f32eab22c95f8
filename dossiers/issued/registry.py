"""The register of issued documents: one row per document handed out, each print of a slip included.

A document is made in three moves: ``new_document`` (its token and what its QR carries), the file drawn with
``payload(document)`` in its QR, then ``record_file`` (the hash of the bytes handed out, and the row saved). The row
is saved only with its file, so a render or a signature that fails leaves nothing in the register."""

import hashlib

from django.conf import settings
from django.utils import timezone

from dossiers.models import IssuedDocument

from .qr import qr_period, qr_time, verification_url


def qr_fields(kind, *, dossier, title, issued_at, result=None, extra=None):
    """What a document's QR carries (Circular 01/2023/TT-VPCP): the dossier code, the procedure's code, the applicant's
    identity number, the title, the system's name and the time of issue; the receipt adds the appointment, a signed
    result its number and symbol. A document of no one dossier (the log book) says what it covers in ``extra``."""
    fields = {"vb": title, "ht": settings.SYSTEM_NAME, "tg": qr_time(issued_at)}
    if dossier is not None:
        fields |= {"ma": dossier.code, "tthc": dossier.procedure.procedure_code, "dd": dossier.applicant_id_number}
        if kind == IssuedDocument.Kind.RECEIPT and dossier.due_at:
            fields["hen"] = qr_time(dossier.due_at)
    if result is not None and result.number:
        fields["so"] = result.number_and_symbol
    return fields | (extra or {})


def log_book_fields(date_from, date_to, agency_name):
    """The log book is of no one dossier: its QR says which period and whose book instead."""
    return {"ky": qr_period(date_from, date_to), "cq": agency_name}


def new_document(kind, *, dossier, title, issued_by, extra=None, result=None):
    """The register's row for a document about to be issued, not yet saved (``record_file`` saves it)."""
    issued_at = timezone.now()
    fields = qr_fields(kind, dossier=dossier, title=title, issued_at=issued_at, result=result, extra=extra)
    return IssuedDocument(
        kind=kind,
        title=title,
        dossier=dossier,
        result=result,
        qr_fields=fields,
        issued_at=issued_at,
        issued_by=issued_by,
    )


def payload(document):
    """What the document's QR code encodes."""
    return verification_url(document.token, document.qr_fields)


def file_hash(content):
    return hashlib.sha256(content).hexdigest()


def record_file(document, pdf_bytes):
    """The file as handed out: its hash is what a copy is compared against. Saves the row."""
    document.sha256 = file_hash(pdf_bytes)
    document.save()


def find_by_hash(sha256):
    return IssuedDocument.objects.select_related("dossier", "result").filter(sha256=sha256).first()


def revoke(document, reason):
    document.revoked_at = timezone.now()
    document.revocation_reason = reason
    document.save(update_fields=["revoked_at", "revocation_reason"])

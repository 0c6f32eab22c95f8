"""The result document through its life: the draft the specialist submits with the memo, and the signing, where it
gets its number and its QR code, then the leader's signature and the agency's seal (PAdES, ``signing``).

Both files are the dossier's attachments (``RESULT_DRAFT``, ``RESULT``), returned to the engine in the step's
``Outcome`` so they are stored, and removed again on failure, like every other file."""

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dossiers.answers import answer_sections
from dossiers.issued.qr import stamp_qr
from dossiers.issued.registry import new_document, payload, record_file
from dossiers.models import Attachment, IssuedDocument, Result, ResultNumberCounter
from dossiers.slips.context import date_line
from dossiers.slips.render import render_pdf
from portal.people import display_name
from signing.service import SigningRefused, credential_for_agency, credential_for_user, sign_pdf, validate_pdf

DRAFT_FIELD = "du_thao_ket_qua"
# A draft the system wrote from the dossier is written again at signing, with the number and the date in it.
GENERATED_DRAFT_FIELD = "du_thao_tu_dong"
SIGNED_FIELD = "ket_qua"
DEFAULT_SYMBOL = "UBND"


def latest_file(dossier, source):
    return dossier.attachments.filter(source=source).order_by("-uploaded_at", "-pk").first()


def current_draft(dossier):
    return latest_file(dossier, Attachment.Source.RESULT_DRAFT)


def signed_file(dossier):
    return latest_file(dossier, Attachment.Source.RESULT)


def result_of(dossier):
    return Result.objects.filter(dossier=dossier).select_related("signer").first()


def generated_document(dossier, result, signed_at=None):
    """The result in the administrative document format, from what the dossier holds, for a specialist who
    uploads none; without ``signed_at`` it is the draft, with "…" for the number and the date."""
    context = {
        "dossier": dossier,
        "result": result,
        "date_line": date_line(signed_at) if signed_at else "",
        "sections": answer_sections(dossier, dossier.attachments.all()),
    }
    return render_pdf("dossiers/results/draft.html", context)


def prepare_draft(dossier, actor, *, title, symbol, upload=None):
    """Records the result to sign and returns its draft file (the upload, or one drafted from the dossier) for the
    step's ``Outcome``. A draft submitted again replaces the one before it."""
    result, _created = Result.objects.update_or_create(
        dossier=dossier,
        defaults={"title": title, "symbol": symbol, "drafted_by": actor, "state": Result.State.DRAFT},
    )
    if upload is not None:
        return (DRAFT_FIELD, upload, Attachment.Source.RESULT_DRAFT)
    draft = ContentFile(generated_document(dossier, result), name=f"du-thao-{dossier.code}.pdf")
    return (GENERATED_DRAFT_FIELD, draft, Attachment.Source.RESULT_DRAFT)


def next_number(agency, year):
    """The agency's next result number of ``year``: the counter row is locked until the step commits."""
    counter, _created = ResultNumberCounter.objects.select_for_update().get_or_create(agency=agency, year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return counter.last


def sign_result(dossier, actor, *, pin, now):
    """Numbers, stamps and signs the current draft: the leader's signature, then the agency's seal. Any refusal
    (no draft, no certificate, wrong PIN, an expired or revoked certificate) is a ``ValidationError``, raised before
    anything is saved, so the step leaves the dossier as it was. Returns the signed file for the ``Outcome``."""
    result = result_of(dossier)
    draft = current_draft(dossier)
    if result is None or draft is None:
        raise ValidationError(_("Hồ sơ chưa có dự thảo kết quả để ký."), code="no_draft")
    leader, seal = credential_for_user(actor), credential_for_agency(dossier.agency)
    if leader is None:
        raise ValidationError(_("Ông/Bà chưa được cấp chứng thư số để ký."), code="no_certificate")
    if seal is None:
        raise ValidationError(_("Cơ quan chưa có chứng thư số của con dấu."), code="no_seal")
    local = timezone.localtime(now)
    result.number = next_number(dossier.agency, local.year)
    document = new_document(
        IssuedDocument.Kind.RESULT,
        dossier=dossier,
        title=result.title,
        issued_by=actor,
        result=result,
    )
    if draft.field_name == GENERATED_DRAFT_FIELD:
        content = generated_document(dossier, result, signed_at=now)
    else:
        with draft.file.open("rb") as stream:
            content = stream.read()
    stamped = stamp_qr(content, payload(document))
    location = dossier.agency.name
    try:
        signed = sign_pdf(
            stamped,
            leader,
            pin=pin,
            field_name="ChuKyLanhDao",
            reason=str(_("Ký duyệt kết quả giải quyết hồ sơ %(code)s") % {"code": dossier.code}),
            location=location,
        )
        sealed = sign_pdf(
            signed,
            seal,
            pin=None,
            field_name="ConDauCoQuan",
            reason=str(_("Đóng dấu %(agency)s") % {"agency": dossier.agency.name}),
            location=location,
        )
    except SigningRefused as refusal:
        raise ValidationError(refusal.message, code="signing_refused") from refusal
    record_file(document, sealed)
    result.state = Result.State.SIGNED
    result.signer = actor
    result.signed_at = now
    result.signatures = [
        {"role": "leader", "name": display_name(actor), "subject": leader.subject, "signed_at": now.isoformat()},
        {"role": "seal", "name": dossier.agency.name, "subject": seal.subject, "signed_at": now.isoformat()},
    ]
    result.save()
    return (SIGNED_FIELD, ContentFile(sealed, name=f"ket-qua-{dossier.code}.pdf"), Attachment.Source.RESULT)


def result_summary(dossier):
    """What staff see of the result, on the dossier's page and beside the steps that decide on it: the result, its
    draft and signed files, and each signature of the signed file as it checks now."""
    result = result_of(dossier)
    if result is None:
        return {}
    signed = signed_file(dossier)
    checks = []
    if signed is not None:
        with signed.file.open("rb") as stream:
            checks = validate_pdf(stream.read())
    return {
        "result": result,
        "result_draft": current_draft(dossier),
        "result_signed": signed,
        "signature_checks": checks,
    }

"""The public look-up: find a dossier by its code and a second factor, and describe it without personal data.

Shared by the HTML page and the JSON API, so both answer the same thing. An unknown code and a wrong second factor
are indistinguishable (same result, and a comparison is made either way) so the look-up cannot be used to find out
which codes exist."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext_lazy as _

from dossiers.models import Dossier, Status
from dossiers.workflow.table import step_label
from procedures.online_forms.validators import canonical_number

NOT_FOUND = _("Không tìm thấy hồ sơ với thông tin đã nhập.")
# Steps that are not workflow actions: the dossier's registration is recorded by the submission service.
# Compared against when the code is unknown, so that case costs the same comparison as a wrong factor.
NO_MATCH = "\0" * 12


# What the look-up reads, and no more: a procedure page row carries its whole guidance text.
PUBLIC_FIELDS = [
    *("code", "lookup_secret", "applicant_id_type", "applicant_id_number", "applicant_id_country"),
    *("status", "channel", "result_class"),
    *("submitted_at", "received_at", "due_at", "returned_at"),
    *("procedure__title", "procedure__url_path", "agency__name"),
]


def normalise_secret(value):
    """Secrets are printed in capitals in groups; people type them in any case, with spaces."""
    return "".join((value or "").split()).upper()


def find_dossier(code, *, id_number=None, secret=None):
    """The dossier with ``code`` whose ID number or look-up secret (exactly one of them) matches; None otherwise.
    The number is whichever document the applicant gave (CCCD, passport, tax code...), compared canonically."""
    if (id_number is None) == (secret is None):
        raise ValueError("give exactly one of id_number and secret")
    found = Dossier.objects.select_related("procedure", "agency").only(*PUBLIC_FIELDS)
    dossier = next(iter(found.filter(code=(code or "").strip().upper())[:1]), None)  # unique: no ORDER BY needed
    if id_number is not None:
        try:
            given = canonical_number(id_number)
        except ValidationError:
            given = ""
        expected = dossier.applicant_id_number if dossier else NO_MATCH
    else:
        given, expected = normalise_secret(secret), (dossier.lookup_secret if dossier else NO_MATCH)
    matches = constant_time_compare(given, expected)
    return dossier if matches and given and dossier else None


def local(moment):
    """Vietnam's clock (+07:00) for every time the public sees, whatever zone the database answered in."""
    return timezone.localtime(moment) if moment else None


def choice(code, label):
    return {"code": code, "label": str(label)}


def timeliness(dossier):
    """Early / on time / late once the result is out; within time / overdue while open; None before a due time."""
    if dossier.result_class:
        return choice(dossier.result_class, dossier.get_result_class_display())
    state = dossier.open_state()
    return choice(state.value, state.label) if state else None


def public_url(page):
    """The page on the public site's address (``PUBLIC_BASE_URL``), whatever host name Wagtail's Site carries."""
    parts = page.get_url_parts()
    return None if parts is None else settings.PUBLIC_BASE_URL + parts[2]


def public_timeline(dossier):
    """The steps as the applicant may see them: what happened and when, never who did it or internal notes."""
    return [
        {
            "time": local(created_at),
            "step": step_label(action),
            "status": choice(to_status, Status(to_status).label),
            "public_note": public_note,
        }
        # Plain rows, not model instances: the look-up is the busiest public answer.
        for created_at, action, to_status, public_note in dossier.events.values_list(
            "created_at", "action", "to_status", "public_note"
        )
    ]


def open_supplement_request(dossier):
    """The request the applicant has to answer now, if any."""
    if dossier.status != Status.SUPPLEMENT_REQUESTED:
        return None
    return dossier.supplement_requests.filter(resolved_at__isnull=True).order_by("-requested_at").first()


def public_supplement_request(dossier):
    """What is asked for and why; the contact (a staff member) is left to the signed supplement page."""
    request = open_supplement_request(dossier)
    if request is None:
        return None
    return {"items": request.items, "reason": request.reason, "requested_at": local(request.requested_at)}


def public_summary(dossier):
    """What anyone holding the code and the second factor may know. Times are aware datetimes in Vietnam's zone
    (the API renders them as ISO 8601 with +07:00); the ID number is masked; no applicant name, no staff."""
    procedure = dossier.procedure
    return {
        "code": dossier.code,
        "status": choice(dossier.status, dossier.get_status_display()),
        "procedure": {"title": procedure.title, "url": public_url(procedure)},
        "agency": dossier.agency.name,
        "channel": choice(dossier.channel, dossier.get_channel_display()),
        "id_number_masked": dossier.masked_id_number,
        "id_document_masked": dossier.masked_identity_document,
        "submitted_at": local(dossier.submitted_at),
        "received_at": local(dossier.received_at),
        "due_at": local(dossier.due_at),
        "returned_at": local(dossier.returned_at),
        "timeliness": timeliness(dossier),
        "supplement_request": public_supplement_request(dossier),
        "timeline": public_timeline(dossier),
    }

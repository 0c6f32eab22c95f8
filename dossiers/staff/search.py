"""The list's search box: staff type a dossier code (or part of it), the number of the applicant's identity document
(CCCD, passport, foreign document or tax code, with or without spaces, dots, dashes), or the applicant's name with or
without diacritics. The name is matched against ``Dossier.applicant_name_folded`` (lower-case ASCII, filled on
save), so "nguyen van an" finds "Nguyễn Văn An" on SQLite and PostgreSQL alike without ``unaccent``.

A USB scanner reading a slip's QR code types what the code holds into the box: the verification address
(``…/xac-minh/<token>/#ma=…``, see ``dossiers.issued.qr``), on older slips the look-up address (``…/tra-cuu/?ma=``),
or a bare code. Those name one dossier (``scanned_dossier``): the token's issued document's, or the code's."""

import re
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError
from django.db.models import Q

from dossiers.models import IssuedDocument
from portal.text import fold
from procedures.online_forms.validators import canonical_number

# A whole code (``{agency}-{yyMMdd}-{sequence}``) names one dossier: matched exactly on its unique index, since its
# trigrams ("000", ".00", "H56"...) would send a fragment search through every code of the agency.
_WHOLE_CODE = re.compile(r"\S+-\d{6}-\d{4,}")
_VERIFICATION_TOKEN = re.compile(r"/xac-minh/([\w-]+)/")
# What an identity number of any kind looks like once canonical (validators.canonical_number): 5 to 20 ASCII
# letters or digits, at least one digit. Anything else (a name) cannot be one, so costs no index look-up.
_DOCUMENT_NUMBER = re.compile(r"(?=.*[0-9])[A-Z0-9]{5,20}")


def scan_condition(text):
    """The condition on dossiers of what a scanned QR (or a whole code) names, or None when ``text`` is neither."""
    token = _VERIFICATION_TOKEN.search(text)
    if token:
        return Q(pk__in=IssuedDocument.objects.filter(token=token[1]).values("dossier_id"))
    if "://" in text or text.startswith("/"):
        address = urlsplit(text)
        code = parse_qs(address.query).get("ma") or parse_qs(address.fragment).get("ma")
        return Q(code=code[0].strip().upper()) if code else None
    return Q(code=text.upper()) if _WHOLE_CODE.fullmatch(text) else None


def scanned_dossier(queryset, query):
    """The one dossier of ``queryset`` a scanned QR or a whole code names; None otherwise (one the user may not
    see included, so a scan reveals nothing the list would not)."""
    condition = scan_condition(query.strip())
    return None if condition is None else queryset.filter(condition).first()


def search_dossiers(queryset, query):
    text = query.strip()
    scanned = scan_condition(text)
    if scanned is not None:
        return queryset.filter(scanned)
    condition = Q(code__icontains=text) | Q(applicant_name_folded__contains=" ".join(fold(text).split()))
    try:
        number = canonical_number(text)
    except ValidationError:  # an emoji in the box: it is no number
        number = ""
    if _DOCUMENT_NUMBER.fullmatch(number):
        condition |= Q(applicant_id_number=number)
    return queryset.filter(condition)

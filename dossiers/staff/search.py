"""The list's search box: staff type a dossier code (or part of it), an ID number, or the applicant's name with or
without diacritics. The name is matched against ``Dossier.applicant_name_folded`` (lower-case ASCII, filled on
save), so "nguyen van an" finds "Nguyễn Văn An" on SQLite and PostgreSQL alike without ``unaccent``."""

import re

from django.db.models import Q

from portal.text import fold

_SEPARATORS = re.compile(r"[\s.\-]")
# A whole code (``{agency}-{yyMMdd}-{sequence}``) names one dossier: matched exactly on its unique index, since its
# trigrams ("000", ".00", "H56"...) would send a fragment search through every code of the agency.
_WHOLE_CODE = re.compile(r"\S+-\d{6}-\d{4,}")


def search_dossiers(queryset, query):
    text = query.strip()
    if _WHOLE_CODE.fullmatch(text):
        return queryset.filter(code=text.upper())
    condition = Q(code__icontains=text) | Q(applicant_name_folded__contains=" ".join(fold(text).split()))
    digits = _SEPARATORS.sub("", text)
    if digits.isdigit():
        condition |= Q(applicant_id_number=digits)
    return queryset.filter(condition)

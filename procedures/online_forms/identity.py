"""Who applies and with which identity document: the kinds of applicant and of document, each document's number
checked and stored in one canonical form, and the one way a document is named wherever it is shown ("Hộ chiếu số
P1234567 (Nhật Bản)", "Mã số doanh nghiệp 0314409058-002")."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .validators import (
    check_id_number_birth,
    normalise_id_number,
    normalise_other_document,
    normalise_passport,
    normalise_tax_code,
)


class ApplicantKind(models.TextChoices):
    PERSON = "person", _("Cá nhân")
    ORGANISATION = "organisation", _("Tổ chức")


class IdType(models.TextChoices):
    CCCD = "cccd", _("Căn cước / số định danh cá nhân")
    PASSPORT = "passport", _("Hộ chiếu")
    FOREIGN_ID = "foreign_id", _("Giấy tờ tùy thân nước ngoài hoặc giấy tờ khác")
    TAX_CODE = "tax_code", _("Mã số doanh nghiệp / mã số thuế")


# The documents a person applies with (an organisation applies with its tax code, its representative with one of these).
PERSON_ID_TYPES = [(value, label) for value, label in IdType.choices if value != IdType.TAX_CODE]
# The documents whose issuing country is asked for.
WITH_COUNTRY = {IdType.PASSPORT, IdType.FOREIGN_ID}

_LABELS = {
    IdType.CCCD: _("Số định danh cá nhân %(number)s"),
    IdType.PASSPORT: _("Hộ chiếu số %(number)s"),
    IdType.FOREIGN_ID: _("Giấy tờ tùy thân số %(number)s"),
    IdType.TAX_CODE: _("Mã số doanh nghiệp %(number)s"),
}


def normalise_document(id_type, number, *, country="", date_of_birth=None):
    """The canonical number of a document of ``id_type``; raises ValidationError with the field's message. A CCCD's
    birth digits are checked when the date of birth is known."""
    if id_type == IdType.CCCD:
        number = normalise_id_number(number)
        if date_of_birth is not None:
            check_id_number_birth(number, date_of_birth)
        return number
    if id_type == IdType.PASSPORT:
        return normalise_passport(number, country)
    if id_type == IdType.TAX_CODE:
        return normalise_tax_code(number)
    if id_type == IdType.FOREIGN_ID:
        return normalise_other_document(number)
    raise ValidationError(_("Hãy chọn loại giấy tờ."), code="invalid_id_type")


def describe_document(id_type, number, country=""):
    """``"Hộ chiếu số P1234567 (Nhật Bản)"``: a branch's tax code with its dash; ``number`` may be masked."""
    if id_type == IdType.TAX_CODE and len(number) == 13:
        number = f"{number[:10]}-{number[10:]}"
    label = _LABELS.get(id_type, _LABELS[IdType.CCCD]) % {"number": number}
    return f"{label} ({country})" if country and id_type in WITH_COUNTRY else label

"""Staff correct the applicant's data (and only that: the rest of a dossier changes through the workflow).

The form carries the version the clerk loaded; ``save_if_current`` locks the row and refuses to write over a
change made since, so two clerks editing one dossier never silently overwrite each other. The identity documents
are checked as on the online form (``IdentityChecks``)."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from dossiers.models import Dossier
from dossiers.workflow.engine import locked, save_version
from procedures.online_forms.applicant import IdentityChecks, NameField, validate_not_in_future
from procedures.online_forms.fields import PhoneField, PlainTextField
from procedures.online_forms.identity import PERSON_ID_TYPES, ApplicantKind, IdType

REPRESENTATIVE_FIELDS = [
    "representative_name",
    "representative_position",
    "representative_id_type",
    "representative_id_number",
    "representative_id_country",
]
APPLICANT_FIELDS = [
    "applicant_kind",
    "applicant_name",
    "applicant_id_type",
    "applicant_id_number",
    "applicant_id_country",
    "applicant_date_of_birth",
    *REPRESENTATIVE_FIELDS,
    "applicant_address",
    "applicant_phone",
    "applicant_email",
]


class ApplicantEditForm(IdentityChecks, WagtailAdminModelForm):
    expected_version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Dossier
        fields = APPLICANT_FIELDS
        field_classes = {
            "applicant_name": NameField,
            "applicant_id_number": PlainTextField,
            "applicant_id_country": NameField,
            "representative_name": NameField,
            "representative_position": NameField,
            "representative_id_number": PlainTextField,
            "representative_id_country": NameField,
            "applicant_address": PlainTextField,
            "applicant_phone": PhoneField,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expected_version"].initial = self.instance.version
        self.fields["applicant_date_of_birth"].validators.append(validate_not_in_future)
        self.fields["representative_id_type"].choices = [("", "–"), *PERSON_ID_TYPES]

    def clean(self):
        """A person applies with a CCCD (checked against the date of birth), passport or foreign document; an
        organisation with its tax code and a representative, whose fields are emptied for a person."""
        cleaned = super().clean()
        kind, id_type = cleaned.get("applicant_kind"), cleaned.get("applicant_id_type")
        if kind == ApplicantKind.ORGANISATION and id_type not in (None, IdType.TAX_CODE):
            self.add_error("applicant_id_type", _("Tổ chức nộp hồ sơ bằng mã số doanh nghiệp / mã số thuế."))
        elif kind == ApplicantKind.PERSON and id_type == IdType.TAX_CODE:
            self.add_error("applicant_id_type", _("Cá nhân nộp hồ sơ bằng CCCD, hộ chiếu hoặc giấy tờ tùy thân khác."))
        if "applicant_id_type" not in self.errors:
            is_person = kind == ApplicantKind.PERSON
            self.clean_document("applicant", birth=cleaned.get("applicant_date_of_birth") if is_person else None)
        if kind == ApplicantKind.ORGANISATION:
            self.require(REPRESENTATIVE_FIELDS[:-1])
            self.clean_document("representative")
        elif kind == ApplicantKind.PERSON:
            cleaned.update(dict.fromkeys(REPRESENTATIVE_FIELDS, ""))
        return cleaned

    def save_if_current(self):
        """Writes the applicant fields onto the locked row with ``version + 1``; the history records the reason
        "edit" and the user (from the request). Raises ``ConcurrentUpdate`` and writes nothing if stale."""
        with transaction.atomic():
            current = locked(self.instance.pk, self.cleaned_data["expected_version"])
            for name in APPLICANT_FIELDS:
                setattr(current, name, self.cleaned_data[name])
            save_version(current, "edit")
        return current

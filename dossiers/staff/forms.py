"""Staff correct the applicant's data (and only that: the rest of a dossier changes through the workflow).

The form carries the version the clerk loaded; ``save_if_current`` locks the row and refuses to write over a
change made since, so two clerks editing one dossier never silently overwrite each other."""

from django import forms
from django.db import transaction
from wagtail.admin.forms import WagtailAdminModelForm

from dossiers.models import Dossier
from dossiers.workflow.engine import locked, save_version
from procedures.online_forms.applicant import validate_not_in_future
from procedures.online_forms.fields import IdNumberField, PhoneField, PlainTextField

APPLICANT_FIELDS = [
    "applicant_name",
    "applicant_id_number",
    "applicant_date_of_birth",
    "applicant_address",
    "applicant_phone",
    "applicant_email",
]


class ApplicantEditForm(WagtailAdminModelForm):
    expected_version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Dossier
        fields = APPLICANT_FIELDS
        field_classes = {
            "applicant_name": PlainTextField,
            "applicant_address": PlainTextField,
            "applicant_id_number": IdNumberField,
            "applicant_phone": PhoneField,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expected_version"].initial = self.instance.version
        self.fields["applicant_date_of_birth"].validators.append(validate_not_in_future)

    def save_if_current(self):
        """Writes the applicant fields onto the locked row with ``version + 1``; the history records the reason
        "edit" and the user (from the request). Raises ``ConcurrentUpdate`` and writes nothing if stale."""
        with transaction.atomic():
            current = locked(self.instance.pk, self.cleaned_data["expected_version"])
            for name in APPLICANT_FIELDS:
                setattr(current, name, self.cleaned_data[name])
            save_version(current, "edit")
        return current

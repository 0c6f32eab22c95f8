"""Builds the Django form of an online form page: the applicant block first, then the editor's fields, with the
field types the project adds to Wagtail's builder and the per-submission upload limit."""

import datetime
from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from .applicant import ApplicantForm, date_input
from .fields import IdNumberField, PhoneField, PlainTextField, UploadField
from .uploads import check_total_size, parse_file_types


def json_value(value):
    """Cleaned values as JSON keeps them: dates as ``YYYY-MM-DD``, decimals as text, choices as a list of text."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return value


class OnlineForm(ApplicantForm, BaseForm):
    """Base of every generated form; ``page`` (the OnlineFormPage) is passed by Wagtail's ``get_form``."""

    def clean(self):
        cleaned_data = super().clean()
        check_total_size([upload for _name, upload in self.attachments()], self.page.max_upload_mb_total)
        return cleaned_data

    def dossier_fields(self):
        return [field for field in self if field.name not in self.APPLICANT_FIELDS]

    def has_uploads(self):
        return any(isinstance(field, UploadField) for field in self.fields.values())

    def attachments(self):
        """``[(field name, uploaded file), ...]`` in field order, several per field when several were chosen."""
        return [
            (name, upload)
            for name, field in self.fields.items()
            if isinstance(field, UploadField)
            for upload in self.cleaned_data.get(name) or []
        ]

    def answers(self):
        """The editor's fields as JSON-ready values, uploads excluded (they are attachments)."""
        return {
            name: json_value(self.cleaned_data.get(name))
            for name, field in self.fields.items()
            if name not in self.APPLICANT_FIELDS and not isinstance(field, UploadField)
        }


class OnlineFormBuilder(FormBuilder):
    def create_singleline_field(self, field, options):
        return PlainTextField(max_length=255, **options)

    def create_multiline_field(self, field, options):
        return PlainTextField(multiline=True, widget=forms.Textarea, **options)

    def create_date_field(self, field, options):
        return forms.DateField(widget=date_input(), **options)

    def create_dropdown_field(self, field, options):
        """Starts with an empty choice, so a required dropdown is answered rather than silently defaulted."""
        dropdown = super().create_dropdown_field(field, options)
        dropdown.choices = [("", _("– Chọn –")), *dropdown.choices]
        return dropdown

    def create_phone_field(self, field, options):
        return PhoneField(**options)

    def create_id_number_field(self, field, options):
        return IdNumberField(**options)

    def create_file_field(self, field, options):
        options.pop("initial")
        return UploadField(
            allowed_types=parse_file_types(field.allowed_file_types),
            max_mb=field.max_file_mb or field.page.max_upload_mb_per_file,
            **options,
        )

    def get_form_class(self):
        return type("OnlineForm", (OnlineForm,), self.formfields)

"""Form fields the Wagtail form builder lacks: text that is only text (``portal.text.plain_text``), phone and ID
numbers stored in canonical form, and file uploads (several files per field) checked by content and size during
validation, before anything is stored."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from portal.text import plain_text

from .uploads import EXTENSIONS, FILE_TOO_LARGE, FILE_TYPE, MB, check_upload, describe_file_types
from .validators import normalise_id_number, normalise_phone


class PlainTextField(forms.CharField):
    """Text in NFC without control, invisible or direction-changing characters; a one-line value has no line break
    either. The error stands beside the field and the form keeps what was typed."""

    def __init__(self, *, multiline=False, **kwargs):
        self.multiline = multiline
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return plain_text(value, multiline=self.multiline) if value else value


class NormalisedCharField(PlainTextField):
    """A one-line text field whose cleaned value is ``normalise(text)``, which also raises the validation error."""

    normalise = None

    def to_python(self, value):
        value = super().to_python(value)
        return type(self).normalise(value) if value else value


class PhoneField(NormalisedCharField):
    normalise = staticmethod(normalise_phone)
    widget = forms.TextInput(attrs={"type": "tel", "inputmode": "tel"})


class IdNumberField(NormalisedCharField):
    normalise = staticmethod(normalise_id_number)
    widget = forms.TextInput(attrs={"inputmode": "numeric"})


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class UploadField(forms.FileField):
    """One or more files; the cleaned value is their list. The allowed types and the size limit are appended to the
    help text, so the applicant reads them next to the input and screen readers announce them with it."""

    widget = MultipleFileInput

    def __init__(self, *, allowed_types, max_mb, help_text="", **kwargs):
        self.allowed_types = list(allowed_types)
        self.max_mb = max_mb
        limits = _("Định dạng cho phép: %(types)s; tối đa %(limit)s MB mỗi tệp; có thể chọn nhiều tệp.") % {
            "types": describe_file_types(self.allowed_types),
            "limit": max_mb,
        }
        help_text = format_html("{} {}", help_text, limits) if help_text else limits
        super().__init__(help_text=help_text, **kwargs)
        self.widget.attrs["accept"] = ",".join(
            f".{extension}" for kind in self.allowed_types for extension in sorted(EXTENSIONS[kind])
        )
        # The server's limits and messages, for static/js/form_journey.js to check a file as soon as it is chosen.
        self.widget.attrs["data-max-bytes"] = max_mb * MB
        self.widget.attrs["data-message-size"] = FILE_TOO_LARGE % {"name": "%(name)s", "limit": max_mb}
        self.widget.attrs["data-message-type"] = FILE_TYPE % {
            "name": "%(name)s",
            "types": describe_file_types(self.allowed_types),
        }

    def clean(self, data, initial=None):
        files = [upload for upload in (data if isinstance(data, list | tuple) else [data]) if upload]
        if not files:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required")
            return []
        clean_one = super().clean
        files = [clean_one(upload, initial) for upload in files]
        errors = []
        for upload in files:
            try:
                check_upload(upload, self.allowed_types, self.max_mb)
            except ValidationError as error:
                errors.extend(error.error_list)
        if errors:
            raise ValidationError(errors)
        return files

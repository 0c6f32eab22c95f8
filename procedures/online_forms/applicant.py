"""The applicant block every online form starts with: who submits the dossier and how staff reach them. It becomes
the dossier's applicant, so it is the same on every form whatever the editor designs."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .fields import IdNumberField, PhoneField, PlainTextField


def validate_not_in_future(value):
    if value > timezone.localdate():
        raise ValidationError(_("Ngày sinh không được sau ngày hôm nay."), code="future_date")


def date_input(**attrs):
    """A native date picker; its value is ISO whatever the language, so a re-rendered form keeps the date."""
    return forms.DateInput(attrs={"type": "date", **attrs}, format="%Y-%m-%d")


class ApplicantForm(forms.Form):
    # Form field name -> keyword of dossiers.workflow.creation.Applicant.
    APPLICANT_FIELDS = {
        "applicant_name": "full_name",
        "applicant_id_number": "id_number",
        "applicant_date_of_birth": "date_of_birth",
        "applicant_address": "address",
        "applicant_phone": "phone",
        "applicant_email": "email",
    }

    applicant_name = PlainTextField(
        label=_("Họ và tên"), max_length=255, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    applicant_id_number = IdNumberField(
        label=_("Số CCCD/định danh cá nhân"), help_text=_("12 chữ số in trên thẻ căn cước hoặc căn cước công dân.")
    )
    applicant_date_of_birth = forms.DateField(
        label=_("Ngày sinh"), validators=[validate_not_in_future], widget=date_input(autocomplete="bday")
    )
    applicant_address = PlainTextField(
        label=_("Địa chỉ"),
        max_length=500,
        help_text=_("Nơi cư trú: số nhà, đường, xã/phường, tỉnh/thành phố."),
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    applicant_phone = PhoneField(
        label=_("Số điện thoại"), widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"})
    )
    applicant_email = forms.EmailField(
        label=_("Thư điện tử"),
        max_length=254,
        help_text=_("Thông báo và giấy hẹn về hồ sơ được gửi tới địa chỉ này."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def applicant_fields(self):
        return [self[name] for name in self.APPLICANT_FIELDS]

    def applicant_data(self):
        """Keyword arguments for ``Applicant`` from a valid form."""
        return {keyword: self.cleaned_data[name] for name, keyword in self.APPLICANT_FIELDS.items()}

"""The applicant block every online form starts with: who submits the dossier (a person with a CCCD, passport or
foreign document, or an organisation with its tax code and representative), how staff reach them, and their
acknowledgement of the personal data notice. It becomes the dossier's applicant, so it is the same on every form
whatever the editor designs, and counter intake uses it too."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .fields import PhoneField, PlainTextField
from .identity import PERSON_ID_TYPES, WITH_COUNTRY, ApplicantKind, IdType, normalise_document
from .validators import refuse_emoji

# The version of the personal data notice (templates/procedures/includes/privacy_notice.html) stored with each
# dossier whose applicant acknowledged it: change it whenever the notice's text changes.
PRIVACY_NOTICE_VERSION = "2026-01"


def validate_not_in_future(value):
    if value > timezone.localdate():
        raise ValidationError(_("Ngày sinh không được sau ngày hôm nay."), code="future_date")


def date_input(**attrs):
    """A native date picker; its value is ISO whatever the language, so a re-rendered form keeps the date."""
    return forms.DateInput(attrs={"type": "date", **attrs}, format="%Y-%m-%d")


class NameField(PlainTextField):
    """A name of a person or an organisation: plain text without emoji."""

    def to_python(self, value):
        value = super().to_python(value)
        return refuse_emoji(value) if value else value


def text_input(**attrs):
    return forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", **attrs})


def required(message):
    """Each empty field says what to fill in, not the same "this field is required" everywhere."""
    return {"required": message}


def document_type_field(label):
    """A person's document: CCCD, passport or a foreign document (required once the applicant kind asks for it)."""
    return forms.ChoiceField(
        label=label,
        choices=PERSON_ID_TYPES,
        initial=IdType.CCCD,
        required=False,
        widget=forms.RadioSelect,
        error_messages=required(_("Chọn loại giấy tờ.")),
    )


def document_number_field(label):
    # Checked against its type in ``ApplicantForm.clean``: the type decides the pattern.
    return PlainTextField(
        label=label, max_length=32, required=False, widget=text_input(), error_messages=required(_("Nhập số giấy tờ."))
    )


def country_field(label):
    return NameField(
        label=label,
        max_length=64,
        required=False,
        help_text=_("Chỉ cho hộ chiếu và giấy tờ nước ngoài, ví dụ: Việt Nam, Nhật Bản, Hàn Quốc."),
        error_messages=required(_("Nhập quốc gia cấp giấy tờ.")),
    )


class IdentityChecks:
    """What the online block and the staff's edit form both check on a form whose fields are named like the
    dossier's (``<prefix>_id_type``, ``_id_number``, ``_id_country``): each document against its type, stored
    canonical, the errors beside their fields."""

    def require(self, names):
        for name in names:
            if name not in self.errors and self.cleaned_data.get(name) in (None, ""):
                self.add_error(name, ValidationError(self.fields[name].error_messages["required"], code="required"))

    def clean_document(self, prefix, birth=None):
        id_type = self.cleaned_data.get(f"{prefix}_id_type")
        country_name = f"{prefix}_id_country"
        if id_type in WITH_COUNTRY and not self.cleaned_data.get(country_name) and country_name not in self.errors:
            self.add_error(country_name, ValidationError(self.fields[country_name].error_messages["required"]))
            return
        if id_type:
            self.clean_number(f"{prefix}_id_number", id_type, self.cleaned_data.get(country_name) or "", birth)

    def clean_number(self, name, id_type, country="", birth=None):
        number = self.cleaned_data.get(name)
        if not number or name in self.errors:
            return
        try:
            self.cleaned_data[name] = normalise_document(id_type, number, country=country, date_of_birth=birth)
        except ValidationError as error:
            self.add_error(name, error)


class ApplicantForm(IdentityChecks, forms.Form):
    # Shown and checked when the applicant is a person / an organisation (``clean`` makes them required then).
    PERSON_FIELDS = (
        "applicant_name",
        "applicant_date_of_birth",
        "applicant_id_type",
        "applicant_id_number",
        "applicant_id_country",
    )
    ORGANISATION_FIELDS = (
        "organisation_name",
        "organisation_tax_code",
        "representative_name",
        "representative_position",
        "representative_id_type",
        "representative_id_number",
        "representative_id_country",
    )
    CONTACT_FIELDS = ("applicant_address", "applicant_phone", "applicant_email")
    # Every name of the block: an editor's field may not take one.
    APPLICANT_FIELDS = ("applicant_kind", *PERSON_FIELDS, *ORGANISATION_FIELDS, *CONTACT_FIELDS, "privacy_acknowledged")
    privacy_notice_version = PRIVACY_NOTICE_VERSION

    applicant_kind = forms.ChoiceField(
        label=_("Người nộp hồ sơ là"),
        choices=ApplicantKind.choices,
        initial=ApplicantKind.PERSON,
        widget=forms.RadioSelect,
        error_messages=required(_("Chọn cá nhân hoặc tổ chức.")),
    )
    applicant_name = NameField(
        label=_("Họ và tên"),
        max_length=255,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages=required(_("Nhập họ và tên.")),
    )
    applicant_date_of_birth = forms.DateField(
        label=_("Ngày sinh"),
        required=False,
        validators=[validate_not_in_future],
        widget=date_input(autocomplete="bday"),
        error_messages=required(_("Nhập ngày sinh.")),
    )
    applicant_id_type = document_type_field(_("Loại giấy tờ tùy thân"))
    applicant_id_number = document_number_field(_("Số giấy tờ"))
    applicant_id_country = country_field(_("Quốc gia cấp giấy tờ"))
    organisation_name = NameField(
        label=_("Tên tổ chức"),
        max_length=255,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages=required(_("Nhập tên tổ chức.")),
    )
    organisation_tax_code = PlainTextField(
        label=_("Mã số doanh nghiệp / mã số thuế"),
        max_length=32,
        required=False,
        help_text=_("10 chữ số; chi nhánh thêm dấu gạch ngang và 3 chữ số, ví dụ 0314409058-002."),
        widget=text_input(inputmode="numeric"),
        error_messages=required(_("Nhập mã số doanh nghiệp hoặc mã số thuế.")),
    )
    representative_name = NameField(
        label=_("Họ và tên người đại diện"),
        max_length=255,
        required=False,
        error_messages=required(_("Nhập họ và tên người đại diện.")),
    )
    representative_position = NameField(
        label=_("Chức vụ người đại diện"),
        max_length=255,
        required=False,
        error_messages=required(_("Nhập chức vụ người đại diện.")),
    )
    representative_id_type = document_type_field(_("Loại giấy tờ của người đại diện"))
    representative_id_number = document_number_field(_("Số giấy tờ của người đại diện"))
    representative_id_country = country_field(_("Quốc gia cấp giấy tờ của người đại diện"))
    applicant_address = PlainTextField(
        label=_("Địa chỉ"),
        max_length=500,
        help_text=_("Nơi cư trú hoặc trụ sở: số nhà, đường, xã/phường, tỉnh/thành phố."),
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
        error_messages=required(_("Nhập địa chỉ.")),
    )
    applicant_phone = PhoneField(
        label=_("Số điện thoại"),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        error_messages=required(_("Nhập số điện thoại.")),
    )
    applicant_email = forms.EmailField(
        label=_("Thư điện tử"),
        max_length=254,
        help_text=_("Thông báo và giấy hẹn về hồ sơ được gửi tới địa chỉ này."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages=required(_("Nhập địa chỉ thư điện tử.")),
    )
    privacy_acknowledged = forms.BooleanField(
        label=_("Tôi đã đọc và đồng ý với việc xử lý dữ liệu cá nhân như thông báo trên."),
        error_messages=required(_("Hãy đánh dấu ô này: hồ sơ chỉ được gửi khi bạn đã đọc và đồng ý với thông báo.")),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Required when shown: the form marks them so; ``clean`` enforces it for the kind chosen.
        for name in (*self.PERSON_FIELDS, *self.ORGANISATION_FIELDS):
            self.fields[name].required_when_shown = not name.endswith("_country")

    def person_fields(self):
        return [self[name] for name in self.PERSON_FIELDS]

    def organisation_fields(self):
        return [self[name] for name in self.ORGANISATION_FIELDS]

    def contact_fields(self):
        return [self[name] for name in self.CONTACT_FIELDS]

    def clean(self):
        """The fields of the kind chosen are required and the documents checked against their type (a CCCD against
        the date of birth); the other kind's fields are ignored, so a visitor who switched kind loses nothing."""
        cleaned = super().clean()
        kind = cleaned.get("applicant_kind")
        if kind == ApplicantKind.PERSON:
            self.require(self.shown_required(self.PERSON_FIELDS))
            self.clean_document("applicant", birth=cleaned.get("applicant_date_of_birth"))
        elif kind == ApplicantKind.ORGANISATION:
            self.require(self.shown_required(self.ORGANISATION_FIELDS))
            self.clean_number("organisation_tax_code", IdType.TAX_CODE)
            self.clean_document("representative")
        return cleaned

    def shown_required(self, names):
        return [name for name in names if self.fields[name].required_when_shown]

    def applicant_data(self):
        """Keyword arguments for ``dossiers.workflow.creation.Applicant`` from a valid form: an organisation is named
        by its name and tax code, and its representative comes with it."""
        data = self.cleaned_data
        contact = {
            "address": data["applicant_address"],
            "phone": data["applicant_phone"],
            "email": data["applicant_email"],
            "privacy_notice_version": PRIVACY_NOTICE_VERSION if data["privacy_acknowledged"] else "",
        }
        if data["applicant_kind"] == ApplicantKind.ORGANISATION:
            return {
                **contact,
                "kind": ApplicantKind.ORGANISATION,
                "full_name": data["organisation_name"],
                "id_type": IdType.TAX_CODE,
                "id_number": data["organisation_tax_code"],
                "date_of_birth": None,
                "representative_name": data["representative_name"],
                "representative_position": data["representative_position"],
                "representative_id_type": data["representative_id_type"],
                "representative_id_number": data["representative_id_number"],
                "representative_id_country": self._country("representative"),
            }
        return {
            **contact,
            "kind": ApplicantKind.PERSON,
            "full_name": data["applicant_name"],
            "id_type": data["applicant_id_type"],
            "id_number": data["applicant_id_number"],
            "id_country": self._country("applicant"),
            "date_of_birth": data["applicant_date_of_birth"],
        }

    def _country(self, prefix):
        """Kept only for the documents it belongs to: a CCCD has no issuing country to show."""
        country = self.cleaned_data.get(f"{prefix}_id_country") or ""
        return country if self.cleaned_data[f"{prefix}_id_type"] in WITH_COUNTRY else ""

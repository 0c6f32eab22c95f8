"""Forms of the applicant's pages; uploads reuse the online form's field, so a supplement passes the same checks
by content and size as the files sent with the dossier."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from dossiers.models import Rating
from procedures.online_forms.fields import PlainTextField, UploadField
from procedures.online_forms.uploads import EXTENSIONS, check_total_size, check_upload

# What an applicant may send as a supplement: any type a form may accept, within the form builder's usual size.
SUPPLEMENT_MAX_MB = 10
SUPPLEMENT_MAX_MB_TOTAL = 50  # as an online form's default
VERIFICATION_MAX_MB = 20


class LookupForm(forms.Form):
    """The code plus one second factor; which one is a choice, so one text box serves both."""

    FACTORS = [
        ("id_number", _("Số giấy tờ đã khai khi nộp (CCCD, hộ chiếu, mã số doanh nghiệp…)")),
        ("secret", _("Mã tra cứu in trên giấy tiếp nhận hoặc trong thư xác nhận")),
    ]

    code = PlainTextField(label=_("Mã hồ sơ"), max_length=48)
    factor = forms.ChoiceField(label=_("Xác minh bằng"), choices=FACTORS, initial="id_number", widget=forms.RadioSelect)
    value = PlainTextField(
        label=_("Số giấy tờ hoặc mã tra cứu"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


class SupplementForm(forms.Form):
    files = UploadField(label=_("Tệp bổ sung"), allowed_types=EXTENSIONS, max_mb=SUPPLEMENT_MAX_MB, required=False)
    note = PlainTextField(
        label=_("Ghi chú cho cán bộ"), required=False, max_length=2000, multiline=True, widget=forms.Textarea
    )

    def clean(self):
        data = super().clean()
        check_total_size(data.get("files") or [], SUPPLEMENT_MAX_MB_TOTAL)
        if not self.errors and not data.get("files") and not data.get("note"):
            raise ValidationError(_("Xin đính kèm ít nhất một tệp hoặc ghi chú nội dung bổ sung."), code="empty")
        return data


class WithdrawForm(forms.Form):
    reason = PlainTextField(
        label=_("Lý do rút hồ sơ"), required=False, max_length=1000, multiline=True, widget=forms.Textarea
    )
    confirm = forms.BooleanField(label=_("Tôi xác nhận muốn rút hồ sơ này và dừng việc giải quyết."))


class RatingForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("Mức độ hài lòng"), choices=Rating.Score.choices, coerce=int, widget=forms.RadioSelect
    )
    comment = PlainTextField(
        label=_("Góp ý (không bắt buộc)"), required=False, max_length=2000, multiline=True, widget=forms.Textarea
    )


class VerificationForm(forms.Form):
    """A PDF to check against the register of issued documents: a PDF by its content, as uploads are checked."""

    file = forms.FileField(
        label=_("Tệp PDF cần xác minh"), widget=forms.FileInput(attrs={"accept": ".pdf,application/pdf"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("Tệp PDF, tối đa %(limit)s MB.") % {"limit": VERIFICATION_MAX_MB}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        check_upload(upload, ["pdf"], VERIFICATION_MAX_MB)
        return upload

"""One small form per workflow step: the inputs the step needs, plus the version the actor saw, so a step taken
on a stale page is refused instead of overwriting a colleague's work."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dossiers.accounts import roles
from dossiers.accounts.roles import users_with_role
from dossiers.calendar.forms import WorkingTimeFormMixin
from dossiers.results.documents import DEFAULT_SYMBOL
from portal.people import display_name
from procedures.models import Department
from procedures.online_forms.fields import UploadField
from procedures.online_forms.uploads import EXTENSIONS

from .checklist import originals_checklist

STAFF_UPLOAD_MB = 20


def text(label, required=True):
    return forms.CharField(label=label, required=required, max_length=4000, widget=forms.Textarea(attrs={"rows": 3}))


def staff_in(role):
    return get_user_model().objects.filter(users_with_role([role])).order_by("last_name", "first_name")


class StepForm(WorkingTimeFormMixin, forms.Form):
    """``step``, when given, is the table's step: one that ends the dossier for good asks the user to confirm. Every
    date or time a step form asks for is one the office promises, so it must fall on the working calendar."""

    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, dossier, step=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.dossier = dossier
        if step is not None and step.final:
            self.fields["confirm"] = forms.BooleanField(
                label=_("Tôi xác nhận: sau bước này hồ sơ kết thúc và không thể tiếp tục giải quyết."),
                error_messages={"required": _("Hãy đánh dấu xác nhận trước khi thực hiện bước này.")},
            )

    def inputs(self):
        """Keyword arguments for ``transition()``: everything but the version and the confirmation."""
        return {name: value for name, value in self.cleaned_data.items() if name not in ("version", "confirm")}


class ReceiveForm(StepForm):
    originals_date = forms.DateField(
        label=_("Ngày hẹn mang bản chính"),
        required=False,
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
        help_text=_("Với hồ sơ nộp trực tuyến: ngày người nộp mang bản chính đến đối chiếu."),
    )

    def clean_originals_date(self):
        value = self.cleaned_data["originals_date"]
        if value and value < timezone.localdate():
            raise forms.ValidationError(_("Ngày hẹn không được trước hôm nay."))
        return value


class ReasonForm(StepForm):
    reason = text(_("Lý do"))


class OptionalReasonForm(StepForm):
    reason = text(_("Lý do"), required=False)


class SupplementRequestForm(StepForm):
    items = text(_("Giấy tờ, thông tin cần bổ sung"))
    reason = text(_("Lý do"))
    contact = forms.CharField(label=_("Người liên hệ"), required=False, max_length=255)


class CounterSupplementForm(StepForm):
    note = text(_("Ghi chú"), required=False)
    files = UploadField(label=_("Tệp bổ sung"), required=False, allowed_types=EXTENSIONS, max_mb=STAFF_UPLOAD_MB)

    def inputs(self):
        data = super().inputs()
        data["files"] = [("bo_sung", upload) for upload in data.pop("files") or []]
        return data


class FeeForm(StepForm):
    amount = forms.IntegerField(label=_("Số tiền (đồng)"), min_value=1000, max_value=10**11)
    note = forms.CharField(label=_("Ghi chú"), required=False, max_length=500)


class NoteForm(StepForm):
    note = text(_("Ghi chú"), required=False)


class OriginalsForm(StepForm):
    """The checklist of the originals brought in, as at counter intake: a formset the form owns and validates."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        bound = (self.data, self.files) if self.is_bound else ()
        self.checklist = originals_checklist(self.dossier, *bound)

    def is_valid(self):
        valid = super().is_valid()
        return self.checklist.is_valid() and valid

    def is_multipart(self):
        return True

    def inputs(self):
        return {"received_documents": self.checklist.documents()}


class AssignForm(StepForm):
    department = forms.ModelChoiceField(
        label=_("Phòng ban"),
        queryset=Department.objects.none(),
        required=False,
        help_text=_("Để trống khi chọn chuyên viên: hồ sơ được giao cho phòng của chuyên viên đó."),
    )
    specialist = forms.ModelChoiceField(
        label=_("Chuyên viên"), queryset=get_user_model().objects.none(), required=False
    )
    note = text(_("Ý kiến chỉ đạo"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.select_related("agency")
        self.fields["specialist"].queryset = staff_in(roles.SPECIALIST).select_related("staff_profile__department")
        self.fields["specialist"].label_from_instance = self.specialist_label

    @staticmethod
    def specialist_label(user):
        profile = getattr(user, "staff_profile", None)
        department = profile.department.name if profile and profile.department else "—"
        return f"{display_name(user)} ({department})"

    def clean(self):
        data = super().clean()
        if not data.get("department") and data.get("specialist") is not None:
            profile = getattr(data["specialist"], "staff_profile", None)
            data["department"] = profile.department if profile else None
        if not data.get("department"):
            raise forms.ValidationError(_("Hãy chọn phòng ban hoặc một chuyên viên có phòng ban."))
        return data


class MemoForm(StepForm):
    memo = text(_("Nội dung tờ trình, đề xuất kết quả"))
    files = UploadField(label=_("Tệp đính kèm"), required=False, allowed_types=EXTENSIONS, max_mb=STAFF_UPLOAD_MB)
    result_title = forms.CharField(label=_("Tên văn bản kết quả"), max_length=500, required=False)
    result_symbol = forms.CharField(
        label=_("Ký hiệu văn bản"), max_length=64, required=False, help_text=_("Ví dụ: QĐ-UBND, GCN-UBND.")
    )
    draft = UploadField(
        label=_("Dự thảo kết quả (PDF)"),
        required=False,
        allowed_types=["pdf"],
        max_mb=STAFF_UPLOAD_MB,
        help_text=_("Để trống: hệ thống soạn dự thảo từ thông tin hồ sơ (với thủ tục trả kết quả điện tử)."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["result_title"].initial = self.dossier.procedure.result
        self.fields["result_symbol"].initial = DEFAULT_SYMBOL

    def clean_draft(self):
        drafts = self.cleaned_data["draft"]
        if len(drafts) > 1:
            raise forms.ValidationError(_("Chỉ chọn một tệp dự thảo kết quả."))
        return drafts[0] if drafts else None

    def inputs(self):
        data = super().inputs()
        data["files"] = [("to_trinh", upload) for upload in data.pop("files") or []]
        return data


class AnnotationForm(StepForm):
    annotation = text(_("Bút phê"), required=False)


class RequiredAnnotationForm(StepForm):
    annotation = text(_("Bút phê"))


class ForwardForm(StepForm):
    leader = forms.ModelChoiceField(
        label=_("Lãnh đạo xem xét"), queryset=get_user_model().objects.none(), required=False
    )
    note = text(_("Ghi chú"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["leader"].queryset = staff_in(roles.LEADER)


class CommentForm(StepForm):
    comment = text(_("Ý kiến"), required=False)


class SignForm(CommentForm):
    """The leader's PIN unlocks their signing certificate: typed each time, never stored or shown again."""

    pin = forms.CharField(
        label=_("Mã PIN chứng thư số"),
        required=False,
        max_length=64,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
        help_text=_("Cần khi hồ sơ có dự thảo kết quả để ký số."),
    )


class RequiredCommentForm(StepForm):
    comment = text(_("Ý kiến"))


class ExtendForm(StepForm):
    new_due_at = forms.DateTimeField(
        label=_("Ngày hẹn mới"),
        # The browser's picker reads and writes ISO, whatever the language's formats (a proposal is prefilled).
        widget=forms.DateTimeInput(format="%Y-%m-%dT%H:%M", attrs={"type": "datetime-local"}),
    )
    reason = text(_("Lý do chậm"))
    department = forms.ModelChoiceField(label=_("Đơn vị để chậm"), queryset=Department.objects.none(), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.select_related("agency")

    def clean_new_due_at(self):
        value = self.cleaned_data["new_due_at"]
        if self.dossier.due_at and value <= self.dossier.due_at:
            raise forms.ValidationError(_("Ngày hẹn mới phải sau ngày hẹn hiện tại."))
        return value


STEP_FORMS = {
    "receive": ReceiveForm,
    "refuse": ReasonForm,
    "request_supplement": SupplementRequestForm,
    "supplement": CounterSupplementForm,
    "request_fee": FeeForm,
    "record_payment": NoteForm,
    "receive_originals": OriginalsForm,
    "assign": AssignForm,
    "submit_memo": MemoForm,
    "approve_memo": AnnotationForm,
    "return_memo": RequiredAnnotationForm,
    "forward_to_leadership": ForwardForm,
    "sign": SignForm,
    "return_with_comment": RequiredCommentForm,
    "hand_to_counter": NoteForm,
    "return_result": NoteForm,
    "extend": ExtendForm,
    "stop": ReasonForm,
    "withdraw": OptionalReasonForm,
}

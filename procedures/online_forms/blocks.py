"""The editor's definition of an online form, as Wagtail StreamField blocks: sections holding fields and repeating
groups, and one upload slot per document the procedure lists. What each block means to the applicant is read by
``definition.py``; the checks that need the whole form (a condition naming a field that exists, a slot naming a
document of this procedure) are ``OnlineFormPage.clean``'s."""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .uploads import validate_file_types

# The answer types an editor may choose (a file is a document slot, not a field).
FIELD_TYPES = [
    ("singleline", _("Văn bản ngắn")),
    ("multiline", _("Văn bản dài")),
    ("email", _("Thư điện tử")),
    ("phone", _("Số điện thoại")),
    ("number", _("Số")),
    ("date", _("Ngày")),
    ("dropdown", _("Danh sách chọn")),
    ("radio", _("Chọn một trong các lựa chọn")),
    ("checkboxes", _("Chọn nhiều lựa chọn")),
    ("id_number", _("Số CCCD/định danh cá nhân")),
]
CHOICE_TYPES = {"dropdown", "radio", "checkboxes"}


def parse_lines(text):
    """One choice per line, blank lines ignored."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def parse_ages(text):
    """``"Nam: 20\\nNữ: 18"`` -> ``{"Nam": 20, "Nữ": 18}``; a line not ``answer: years`` raises ValueError."""
    ages = {}
    for line in parse_lines(text):
        answer, separator, years = line.rpartition(":")
        if not separator or not answer.strip() or not years.strip().isdigit():
            raise ValueError(line)
        ages[answer.strip()] = int(years)
    return ages


def document_choices():
    """Every document name of the catalogue, grouped by procedure: the editor picks their procedure's; the page
    refuses one its procedure does not list."""
    documents = apps.get_model("procedures", "ProcedureDocument").objects.order_by("page__title", "sort_order")
    groups = {}
    for title, code, name in documents.values_list("page__title", "page__procedure_code", "name"):
        groups.setdefault(f"{code} – {title}", []).append((name, name))
    return list(groups.items())


class DocumentChoiceBlock(blocks.ChoiceBlock):
    """A document's name chosen from the catalogue's; loading a page reads the stored name as it is, without the
    query behind the choices (which only the editor's form needs)."""

    def to_python(self, value):
        return value


class FieldBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Nhãn"), max_length=255)
    field_type = blocks.ChoiceBlock(label=_("Loại trường"), choices=FIELD_TYPES, default="singleline")
    required = blocks.BooleanBlock(label=_("Bắt buộc"), required=False, default=True)
    help_text = blocks.CharBlock(label=_("Hướng dẫn"), required=False, max_length=500)
    message = blocks.CharBlock(
        label=_("Lời nhắc khi bỏ trống"),
        required=False,
        max_length=255,
        help_text=_("Ví dụ: Nhập họ và tên, Chọn quốc tịch. Để trống để dùng “Nhập …” hoặc “Chọn …” theo nhãn."),
    )
    choices = blocks.TextBlock(
        label=_("Các lựa chọn"), required=False, help_text=_("Chỉ cho trường chọn: mỗi dòng một lựa chọn.")
    )
    max_length = blocks.IntegerBlock(
        label=_("Số ký tự tối đa"),
        required=False,
        min_value=1,
        max_value=10000,
        help_text=_("Chỉ cho văn bản; để trống: 255 ký tự cho văn bản ngắn, 2000 cho văn bản dài."),
    )
    min_value = blocks.DecimalBlock(label=_("Giá trị nhỏ nhất"), required=False, help_text=_("Chỉ cho trường số."))
    max_value = blocks.DecimalBlock(label=_("Giá trị lớn nhất"), required=False, help_text=_("Chỉ cho trường số."))
    min_age = blocks.IntegerBlock(
        label=_("Tuổi tối thiểu"),
        required=False,
        min_value=0,
        max_value=150,
        help_text=_("Chỉ cho ngày sinh: người này phải đủ số tuổi này. Ngày sinh không được sau hôm nay."),
    )
    min_age_field = blocks.CharBlock(
        label=_("Tuổi tối thiểu theo câu trả lời của trường"),
        required=False,
        max_length=255,
        help_text=_("Nhãn của trường quyết định tuổi, ví dụ “Giới tính”."),
    )
    min_age_by_answer = blocks.TextBlock(
        label=_("Tuổi tối thiểu theo từng câu trả lời"),
        required=False,
        help_text=_("Mỗi dòng “câu trả lời: số tuổi”, ví dụ “Nam: 20” và “Nữ: 18”."),
    )
    show_when_field = blocks.CharBlock(
        label=_("Chỉ hiện khi trường"),
        required=False,
        max_length=255,
        help_text=_("Nhãn của trường khác trong cùng biểu mẫu (hoặc cùng nhóm lặp lại)."),
    )
    show_when_value = blocks.CharBlock(label=_("Có câu trả lời"), required=False, max_length=255)

    class Meta:
        label = _("Trường")
        icon = "form"
        form_classname = "struct-block online-form-field-block"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value["field_type"] in CHOICE_TYPES and not parse_lines(value["choices"]):
            errors["choices"] = ValidationError(_("Hãy nhập các lựa chọn, mỗi dòng một lựa chọn."))
        if bool(value["show_when_field"]) != bool(value["show_when_value"]):
            errors["show_when_value"] = ValidationError(_("Điều kiện cần cả nhãn trường và câu trả lời."))
        if bool(value["min_age_field"]) != bool(value["min_age_by_answer"]):
            errors["min_age_by_answer"] = ValidationError(_("Tuổi theo câu trả lời cần cả nhãn trường và các dòng."))
        try:
            parse_ages(value["min_age_by_answer"])
        except ValueError as line:
            errors["min_age_by_answer"] = ValidationError(
                _("Dòng “%(line)s” không đúng dạng “câu trả lời: số tuổi”."), params={"line": str(line)}
            )
        has_age = value["min_age"] is not None or value["min_age_field"]
        if has_age and value["field_type"] != "date":
            errors["min_age"] = ValidationError(_("Tuổi tối thiểu chỉ dùng cho trường ngày (ngày sinh)."))
        if (
            value["min_value"] is not None
            and value["max_value"] is not None
            and value["min_value"] > value["max_value"]
        ):
            errors["max_value"] = ValidationError(_("Giá trị lớn nhất phải không nhỏ hơn giá trị nhỏ nhất."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class GroupBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Tên nhóm"), max_length=255, help_text=_("Ví dụ: Thành viên hộ gia đình."))
    item_label = blocks.CharBlock(
        label=_("Tên mỗi mục"), required=False, max_length=255, help_text=_("Ví dụ: Thành viên.")
    )
    help_text = blocks.CharBlock(label=_("Hướng dẫn"), required=False, max_length=500)
    min_items = blocks.IntegerBlock(label=_("Số mục tối thiểu"), default=0, min_value=0, max_value=50)
    max_items = blocks.IntegerBlock(label=_("Số mục tối đa"), default=10, min_value=1, max_value=50)
    fields = blocks.ListBlock(FieldBlock(), label=_("Các trường của mỗi mục"), min_num=1)

    class Meta:
        label = _("Nhóm lặp lại")
        icon = "list-ul"

    def clean(self, value):
        value = super().clean(value)
        if value["min_items"] > value["max_items"]:
            raise blocks.StructBlockValidationError(
                block_errors={"max_items": ValidationError(_("Số mục tối đa phải không nhỏ hơn số mục tối thiểu."))}
            )
        return value


class SectionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tiêu đề phần"), max_length=255, help_text=_("Ví dụ: I. Thông tin bên nam."))
    help_text = blocks.CharBlock(label=_("Hướng dẫn"), required=False, max_length=500)
    items = blocks.StreamBlock(
        [("field", FieldBlock()), ("group", GroupBlock())], label=_("Các trường và nhóm"), min_num=1
    )

    class Meta:
        label = _("Phần")
        icon = "doc-full"


class DocumentSlotBlock(blocks.StructBlock):
    document = DocumentChoiceBlock(
        label=_("Giấy tờ"),
        choices=document_choices,
        help_text=_("Chọn trong thành phần hồ sơ của thủ tục này; ô tải lên mang tên giấy tờ."),
    )
    required = blocks.BooleanBlock(label=_("Bắt buộc"), required=False, default=True)
    file_types = blocks.CharBlock(
        label=_("Định dạng tệp cho phép"),
        default="pdf, jpg, png",
        max_length=64,
        validators=[validate_file_types],
        help_text=_("pdf, jpg, png, docx, cách nhau bằng dấu phẩy."),
    )
    max_file_mb = blocks.IntegerBlock(
        label=_("Dung lượng tối đa mỗi tệp (MB)"),
        required=False,
        min_value=1,
        max_value=100,
        help_text=_("Để trống để dùng giới hạn chung của biểu mẫu."),
    )
    help_text = blocks.CharBlock(label=_("Hướng dẫn"), required=False, max_length=500)

    class Meta:
        label = _("Ô tải lên giấy tờ")
        icon = "doc-full-inverse"

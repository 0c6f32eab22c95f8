import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from .models import (
    Agency,
    Department,
    OnlineFormPage,
    ProcedureDocument,
    ProcedurePage,
    SubsystemPage,
)
from .models.pages import OnlineLevel
from .online_forms.definition import raw_field, raw_section, raw_slot


class AgencyFactory(DjangoModelFactory):
    code = factory.Sequence(lambda n: f"999.{n:04d}.H56")
    name = factory.Sequence(lambda n: f"Sở Tư pháp số {n}")
    short_name = "STP"

    class Meta:
        model = Agency


class DepartmentFactory(DjangoModelFactory):
    agency = factory.SubFactory(AgencyFactory)
    name = factory.Sequence(lambda n: f"Phòng Hành chính tư pháp {n}")

    class Meta:
        model = Department


class SubsystemPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Hộ tịch {n}")
    short_name = "Hộ tịch"
    intro = "Thay đổi, cải chính hộ tịch."

    class Meta:
        model = SubsystemPage


class ProcedurePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Đăng ký khai sinh có yếu tố nước ngoài {n}")
    procedure_code = factory.Sequence(lambda n: f"1.{n:06d}")
    agency = factory.SubFactory(AgencyFactory)
    online_level = OnlineLevel.PARTIAL
    processing_time = 3
    fee_amount = 75000
    applicants = "Công dân Việt Nam, người nước ngoài"
    steps = "<ol><li>Nộp hồ sơ</li><li>Nhận kết quả</li></ol>"
    result = "Giấy khai sinh"
    legal_basis = "<ul><li>Luật Hộ tịch số 60/2014/QH13</li></ul>"

    class Meta:
        model = ProcedurePage


class ProcedureDocumentFactory(DjangoModelFactory):
    page = factory.SubFactory(ProcedurePageFactory)
    name = "Tờ khai đăng ký khai sinh"
    originals = 1

    class Meta:
        model = ProcedureDocument


class OnlineFormPageFactory(wagtail_factories.PageFactory):
    """Pass ``parent``: a procedure page that accepts online submission."""

    title = "Nộp hồ sơ trực tuyến"
    slug = "nop-truc-tuyen"
    intro = "<p>Điền thông tin và đính kèm bản chụp giấy tờ.</p>"

    class Meta:
        model = OnlineFormPage


def add_form_field(
    page, label, field_type="singleline", *, allowed_file_types="pdf, jpg, png", max_file_mb=None, **options
):
    """Appends a field to the form's first section (made if missing), or for ``field_type="file"`` an upload slot
    for the procedure's document ``label`` (listed first if the procedure does not list it), and saves the page.
    ``options``: ``raw_field``'s (``required``, ``choices``, ``show_when``, ``max_length``…)."""
    if field_type == "file":
        procedure = page.get_parent().specific
        if not procedure.documents.filter(name=label).exists():
            ProcedureDocumentFactory(page=procedure, name=label)
        slot = raw_slot(
            label,
            required=options.get("required", True),
            file_types=allowed_file_types,
            max_file_mb=max_file_mb,
            help_text=options.get("help_text", ""),
        )
        page.documents = [*page.documents.raw_data, slot]
    else:
        options.pop("sort_order", None)
        sections = list(page.sections.raw_data) or [raw_section("Thông tin hồ sơ", [])]
        first = sections[0]
        item = raw_section("", [("field", raw_field(label, field_type, **options))])["value"]["items"][0]
        sections[0] = {**first, "value": {**first["value"], "items": [*first["value"]["items"], item]}}
        page.sections = sections
    page.__dict__.pop("definition", None)
    page.save()
    return page

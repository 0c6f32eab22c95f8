import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from .models import (
    Agency,
    Department,
    OnlineFormField,
    OnlineFormPage,
    ProcedureDocument,
    ProcedurePage,
    SubsystemPage,
)
from .models.online_form import FieldType
from .models.pages import OnlineLevel


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


class OnlineFormFieldFactory(DjangoModelFactory):
    page = factory.SubFactory(OnlineFormPageFactory)
    sort_order = factory.Sequence(int)
    label = factory.Sequence(lambda n: f"Trường số {n}")
    field_type = FieldType.SINGLELINE

    class Meta:
        model = OnlineFormField

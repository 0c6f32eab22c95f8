"""The editor's form builder as a citizen meets it: sections as fieldsets, conditional fields, repeating groups that
work without JavaScript, per-field messages, limits that refuse rather than cut; as an editor: a slot only for a
document the procedure lists; as staff: the answers in their sections, old dossiers included; and the conversion of
the old flat fields."""

import datetime
import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from pypdf import PdfReader

from dossiers.factories import DossierFactory
from dossiers.models import Dossier, Result
from dossiers.results.documents import generated_document
from procedures.factories import (
    OnlineFormPageFactory,
    ProcedureDocumentFactory,
    ProcedurePageFactory,
    SubsystemPageFactory,
)
from procedures.online_forms.definition import raw_field, raw_from_legacy, raw_group, raw_section, raw_slot
from tests.online_forms import answers_for, post_and_confirm, valid_answers
from tests.samples import APPLICANT, prefixed

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage")]

OTHER = "Quốc tịch khác"
SEX = "Giới tính của bên nam"
PASSPORT = "Hộ chiếu của người nước ngoài"
STATUS = "Giấy xác nhận tình trạng hôn nhân"


@pytest.fixture
def procedure(home_page):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), slug="ket-hon")
    ProcedureDocumentFactory(page=procedure, name=PASSPORT, originals=1, certified_copies=2, sort_order=0)
    ProcedureDocumentFactory(page=procedure, name=STATUS, originals=1, sort_order=1)
    return procedure


@pytest.fixture
def form_page(procedure):
    sections = [
        raw_section(
            "I. Thông tin bên nam",
            [
                ("field", raw_field("Họ và tên bên nam", "singleline", max_length=20)),
                ("field", raw_field(SEX, "radio", choices=("Nam", "Nữ"))),
                ("field", raw_field("Ngày sinh bên nam", "date", min_age=(SEX, {"Nam": 20, "Nữ": 18}))),
                ("field", raw_field("Quốc tịch", "dropdown", choices=("Nhật Bản", OTHER), message="Chọn quốc tịch")),
                ("field", raw_field("Quốc tịch (ghi rõ)", "singleline", show_when=("Quốc tịch", OTHER))),
            ],
            help_text="Ghi như trong hộ chiếu.",
        ),
        raw_section(
            "II. Con chung",
            [
                (
                    "group",
                    raw_group(
                        "Các con chung",
                        [
                            raw_field("Tên con", "singleline", message="Nhập tên của con"),
                            raw_field("Năm sinh của con", "number", min_value=1950, max_value=2100),
                        ],
                        item_label="Con",
                        min_items=1,
                        max_items=2,
                    ),
                )
            ],
        ),
    ]
    documents = [raw_slot(PASSPORT), raw_slot(STATUS, required=False)]
    return OnlineFormPageFactory(parent=procedure, sections=sections, documents=documents)


def answers(page, **changes):
    return {**valid_answers(page), **changes}


def errors_of(response):
    return response.context["form"].errors


def test_sections_render_as_fieldsets_with_groups_numbered_and_slots_with_their_counts(client, form_page):
    html = client.get(form_page.url).content.decode()
    first, second = html.index("<legend><h2>I. Thông tin bên nam</h2></legend>"), html.index("II. Con chung")
    assert first < html.index('name="ho_va_ten_ben_nam"') < second < html.index('name="cac_con_chung-0-ten_con"')
    assert 'name="cac_con_chung-TOTAL_FORMS" value="1"' in html
    assert re.search(r"Con <span data-number>1</span>", html)
    assert 'value="add:cac_con_chung"' in html and "__prefix__" in html  # the empty item the script copies
    assert "Chỉ điền nếu “Quốc tịch” là “Quốc tịch khác”." in html
    assert 'data-show-when="quoc_tich" data-show-value="Quốc tịch khác"' in html
    documents = html[html.index("Giấy tờ đính kèm") :]
    assert documents.index(PASSPORT) < documents.index("1 bản chính, 2 bản sao chứng thực") < documents.index(STATUS)
    assert 'name="giay_to_khac"' in documents
    assert 'maxlength="20"' not in html  # a browser would cut a paste silently: the server refuses instead
    assert "js/online-form.js" in html


def test_a_complete_answer_stores_sections_groups_and_slots(client, form_page):
    response = post_and_confirm(client, form_page, answers(form_page, quoc_tich=OTHER))
    assert response.status_code == 302, errors_of(response)
    dossier = Dossier.objects.get()
    assert dossier.form_data["quoc_tich_ghi_ro"] == "Nội dung"
    assert dossier.form_data["cac_con_chung"] == [{"ten_con": "Nội dung", "nam_sinh_cua_con": "1950"}]
    assert dossier.form_schema["version"] == 2
    assert [section["title"] for section in dossier.form_schema["sections"]] == [
        "I. Thông tin bên nam",
        "II. Con chung",
    ]
    group = dossier.form_schema["sections"][1]["items"][0]
    assert (group["kind"], group["name"], [field["name"] for field in group["fields"]]) == (
        "group",
        "cac_con_chung",
        ["ten_con", "nam_sinh_cua_con"],
    )
    assert [slot["label"] for slot in dossier.form_schema["documents"]] == [PASSPORT, STATUS]
    assert sorted(dossier.attachments.values_list("field_name", flat=True)) == [
        "tep_giay_xac_nhan_tinh_trang_hon_nhan",
        "tep_ho_chieu_cua_nguoi_nuoc_ngoai",
    ]


def test_a_conditional_field_is_required_only_when_shown_and_dropped_when_not(client, form_page):
    response = client.post(form_page.url, answers(form_page, quoc_tich=OTHER, quoc_tich_ghi_ro=""))
    assert response.status_code == 400
    assert errors_of(response)["quoc_tich_ghi_ro"] == ["Nhập quốc tịch (ghi rõ)."]

    # Not shown: whatever was typed (even over a limit elsewhere) is neither checked nor kept.
    response = post_and_confirm(client, form_page, answers(form_page, quoc_tich="Nhật Bản", quoc_tich_ghi_ro="x"))
    assert response.status_code == 302
    assert "quoc_tich_ghi_ro" not in Dossier.objects.get().form_data


def test_each_empty_field_says_its_own_message(client, form_page):
    data = answers(form_page, ho_va_ten_ben_nam="", quoc_tich="", **{"cac_con_chung-0-ten_con": ""})
    data.pop("gioi_tinh_cua_ben_nam")
    response = client.post(form_page.url, data)
    errors = errors_of(response)
    assert errors["ho_va_ten_ben_nam"] == ["Nhập họ và tên bên nam."]  # the default: "Nhập …" by its label
    assert errors["gioi_tinh_cua_ben_nam"] == ["Chọn giới tính của bên nam."]  # "Chọn …" for a choice
    assert errors["quoc_tich"] == ["Chọn quốc tịch"]  # the editor's own
    assert response.context["form"].groups["cac_con_chung"].forms[0].errors["ten_con"] == ["Nhập tên của con"]
    html = response.content.decode()
    assert "Các con chung: có mục chưa đúng, xem bên dưới." in html and "Nhập tên của con" in html


def test_text_over_its_limit_is_refused_not_cut(client, form_page):
    response = client.post(form_page.url, answers(form_page, ho_va_ten_ben_nam="A" * 21))
    assert response.status_code == 400
    assert errors_of(response)["ho_va_ten_ben_nam"] == ["Họ và tên bên nam không quá 20 ký tự (đã nhập 21)."]
    assert 'value="' + "A" * 21 + '"' in response.content.decode()
    assert not Dossier.objects.exists()


@pytest.mark.parametrize(("sex", "years", "refused"), [("Nam", 19, True), ("Nam", 20, False), ("Nữ", 18, False)])
def test_the_age_the_law_sets_depends_on_another_answer(client, form_page, sex, years, refused):
    today = datetime.date.today()
    born = today.replace(year=today.year - years) - datetime.timedelta(days=1)
    data = answers(form_page, gioi_tinh_cua_ben_nam=sex, ngay_sinh_ben_nam=born.isoformat())
    response = client.post(form_page.url, data)
    form = response.context["form"] if response.status_code == 400 else None
    assert (
        form is not None
        and form.errors.get("ngay_sinh_ben_nam") == [f"Phải đủ {20 if sex == 'Nam' else 18} tuổi trở lên."]
    ) is refused


def test_a_date_of_birth_in_the_future_is_refused(client, form_page):
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    response = client.post(form_page.url, answers(form_page, ngay_sinh_ben_nam=tomorrow.isoformat()))
    assert errors_of(response)["ngay_sinh_ben_nam"] == ["Ngày sinh không được sau ngày hôm nay."]


def test_group_minimum_and_maximum_are_refused_with_messages(client, form_page):
    data = answers(form_page, **{"cac_con_chung-TOTAL_FORMS": "0"})
    response = client.post(form_page.url, data)
    assert "Các con chung: cần ít nhất 1 con." in response.content.decode()

    data = answers(form_page, **{"cac_con_chung-TOTAL_FORMS": "3"})
    for index in (1, 2):
        data.update(
            {f"cac_con_chung-{index}-ten_con": f"Con {index}", f"cac_con_chung-{index}-nam_sinh_cua_con": "2001"}
        )
    response = client.post(form_page.url, data)
    assert response.status_code == 400
    assert "Các con chung: không quá 2 con." in response.content.decode()
    assert not Dossier.objects.exists()


def test_add_and_remove_an_item_without_javascript_keep_every_answer(client, form_page):
    data = answers(form_page, ho_va_ten_ben_nam="Tanaka Ken", action="add:cac_con_chung")
    data["cac_con_chung-0-ten_con"] = "Tanaka Mai"
    response = client.post(form_page.url, data)
    html = response.content.decode()
    assert response.status_code == 200 and not response.context["form"].errors
    assert 'name="cac_con_chung-TOTAL_FORMS" value="2"' in html
    assert 'value="Tanaka Ken"' in html and 'value="Tanaka Mai"' in html and 'name="cac_con_chung-1-ten_con"' in html
    assert "error-summary" not in html
    assert not Dossier.objects.exists()

    data.update(
        {"cac_con_chung-TOTAL_FORMS": "2", "cac_con_chung-1-ten_con": "Tanaka Ren", "action": "remove:cac_con_chung:0"}
    )
    html = client.post(form_page.url, data).content.decode()
    assert 'name="cac_con_chung-TOTAL_FORMS" value="1"' in html
    assert 'name="cac_con_chung-0-ten_con" value="Tanaka Ren"' in html and "Tanaka Mai" not in html

    # The draft kept the form as shown: opened again (the visitor came back), the removed item stays removed.
    html = client.get(form_page.url).content.decode()
    assert 'name="cac_con_chung-TOTAL_FORMS" value="1"' in html
    assert 'name="cac_con_chung-0-ten_con" value="Tanaka Ren"' in html and "Tanaka Mai" not in html


def test_a_slot_for_a_document_the_procedure_does_not_list_is_refused(form_page):
    form_page.documents = [*form_page.documents.raw_data, raw_slot("Giấy khai sinh")]
    with pytest.raises(ValidationError, match="Giấy khai sinh” không có trong thành phần hồ sơ"):
        form_page.save_revision()
    form_page.documents = [raw_slot(PASSPORT), raw_slot(PASSPORT)]
    with pytest.raises(ValidationError, match="đã có ô tải lên"):
        form_page.full_clean()


def test_a_condition_naming_no_field_is_refused(form_page):
    section = raw_section("III", [("field", raw_field("Ghi chú", "singleline", show_when=("Không có", "x")))])
    form_page.sections = [*form_page.sections.raw_data, section]
    with pytest.raises(ValidationError, match="phụ thuộc vào “khong_co”"):
        form_page.full_clean()


def test_the_editor_is_told_which_listed_documents_have_no_slot(admin_client, form_page, procedure):
    ProcedureDocumentFactory(page=procedure, name="Giấy khai sinh", sort_order=2)
    assert form_page.missing_documents() == ["Giấy khai sinh"]
    html = admin_client.get(f"/admin/pages/{form_page.pk}/edit/").content.decode()
    assert "chưa có ô tải lên" in html and "Giấy khai sinh." in html


def test_staff_read_the_answers_in_their_sections(admin_client, form_page, client):
    assert post_and_confirm(client, form_page, answers(form_page, quoc_tich=OTHER)).status_code == 302
    dossier = Dossier.objects.get()
    html = admin_client.get(reverse("dossier_admin:inspect", args=[dossier.pk])).content.decode()
    answers_html = html[html.index('id="dossier-form"') : html.index('id="dossier-attachments"')]
    assert answers_html.index("I. Thông tin bên nam") < answers_html.index("Quốc tịch (ghi rõ)")
    assert answers_html.index("II. Con chung") < answers_html.index("Con 1") < answers_html.index("1950")
    assert answers_html.index("Giấy tờ đính kèm") < answers_html.index(PASSPORT)
    assert "tep_ho_chieu_cua_nguoi_nuoc_ngoai.pdf" in answers_html


def test_an_old_dossier_still_reads(admin_client, procedure):
    dossier = DossierFactory(
        procedure=procedure,
        form_data={"quoc_tich": "Nhật Bản", "ngay_cuoi": "2026-01-02"},
        form_schema=[
            {"name": "quoc_tich", "label": "Quốc tịch", "type": "dropdown"},
            {"name": "ngay_cuoi", "label": "Ngày cưới", "type": "date"},
            {"name": "to_khai", "label": "Tờ khai", "type": "file"},
        ],
    )
    html = admin_client.get(reverse("dossier_admin:inspect", args=[dossier.pk])).content.decode()
    answers_html = html[html.index('id="dossier-form"') : html.index('id="dossier-attachments"')]
    assert answers_html.index("Quốc tịch") < answers_html.index("Nhật Bản") < answers_html.index("02/01/2026")
    assert answers_html.index("Giấy tờ đính kèm") < answers_html.index("Tờ khai")


def test_old_flat_fields_become_one_section_and_document_slots(procedure):
    rows = [
        {"label": "Họ và tên", "field_type": "singleline", "required": True, "help_text": "", "choices": ""},
        {"label": "Quốc tịch", "field_type": "dropdown", "required": True, "help_text": "", "choices": "A, B"},
        {
            "label": "Hộ chiếu",  # the label begins the procedure's document's name
            "field_type": "file",
            "required": False,
            "help_text": "Trang có ảnh.",
            "choices": "",
            "allowed_file_types": "pdf",
            "max_file_mb": 3,
        },
    ]
    sections, documents = raw_from_legacy(rows, [PASSPORT, STATUS], section_title="Thông tin hồ sơ")
    page = OnlineFormPageFactory(parent=procedure, sections=sections, documents=documents)
    [section], slots = page.definition
    assert section["title"] == "Thông tin hồ sơ"
    assert [(item["name"], item["type"]) for item in section["items"]] == [
        ("ho_va_ten", "singleline"),
        ("quoc_tich", "dropdown"),
    ]
    assert section["items"][1]["choices"] == ["A", "B"]
    assert (slots[0]["label"], slots[0]["required"], slots[0]["file_types"], slots[0]["max_file_mb"]) == (
        PASSPORT,
        False,
        ["pdf"],
        3,
    )


def test_valid_answers_fill_every_required_part(form_page):
    data = valid_answers(form_page, applicant=APPLICANT)
    form = form_page.get_form(data, {name: value for name, value in data.items() if hasattr(value, "read")})
    assert form.is_valid(), form.errors


def test_the_drafted_result_carries_the_answers_in_their_sections(client, form_page):
    assert post_and_confirm(client, form_page, answers(form_page)).status_code == 302
    dossier = Dossier.objects.get()
    pdf = generated_document(dossier, Result(title="Giấy chứng nhận kết hôn", symbol="UBND"))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)
    assert text.index("I. Thông tin bên nam") < text.index("Họ và tên bên nam") < text.index("II. Con chung")
    assert "Con 1: Tên con: Nội dung; Năm sinh của con: 1950" in text


def test_counter_intake_takes_the_groups_too(admin_client, form_page, procedure):
    data, files = answers_for(*form_page.definition, prefix="dossier-")
    data.update(prefixed("dossier", APPLICANT))
    data.update({"channel-channel": "counter", "checklist-TOTAL_FORMS": 0, "checklist-INITIAL_FORMS": 0})
    url = reverse("dossier_admin:intake_form", args=[procedure.pk])
    assert 'name="dossier-cac_con_chung-TOTAL_FORMS"' in admin_client.get(url).content.decode()
    adding = admin_client.post(url, {**data, "action": "add:cac_con_chung"})
    assert adding.status_code == 200 and not Dossier.objects.exists()  # a click that refused nothing
    data.update({name: SimpleUploadedFile(*content) for name, content in files})
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["dossier_form"].errors
    assert Dossier.objects.get().form_data["cac_con_chung"] == [{"ten_con": "Nội dung", "nam_sinh_cua_con": "1950"}]

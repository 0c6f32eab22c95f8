"""The online form page: a citizen fills the applicant block and the editor's fields, attaches files, and gets a
dossier code; bad input comes back next to the field with what was typed, and nothing is stored."""

import re
import unicodedata
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from hypothesis import given
from wagtail.models import Page

from dossiers.models import Attachment, Dossier
from dossiers.workflow.creation import CREATE, Creation
from procedures.demo.online_forms import ensure_online_forms
from procedures.factories import (
    OnlineFormPageFactory,
    ProcedurePageFactory,
    SubsystemPageFactory,
    add_form_field,
)
from procedures.models import OnlineFormPage, ProcedurePage, SubsystemPage
from procedures.models.online_form import RECEIPT_SESSION_KEY
from procedures.models.pages import OnlineLevel
from tests import strategies
from tests.online_forms import post_and_confirm
from tests.samples import APPLICANT, PDF

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage")]

ANSWERS = {
    "ho_va_ten": "Tanaka Yuki",
    "ghi_chu": "Không",
    "thu_dien_tu_lien_he": "yuki@example.jp",
    "so_dien_thoai_lien_he": "+84 38 765 4321",
    "so_con": "2",
    "ngay_sinh": "1991-03-04",
    "quoc_tich": "Nhật Bản",
    "noi_dang_ky": "UBND phường Trung tâm",
    "noi_dung": ["Cải chính"],
    "so_cccd_cua_ben_kia": "079 203 001 234",
}


@pytest.fixture
def subsystem(home_page):
    return SubsystemPageFactory(parent=home_page, title="Hộ tịch có yếu tố nước ngoài", slug="ho-tich-nn")


@pytest.fixture
def procedure(subsystem):
    return ProcedurePageFactory(parent=subsystem, title="Đăng ký kết hôn có yếu tố nước ngoài", slug="ket-hon")


@pytest.fixture
def form_page(procedure):
    page = OnlineFormPageFactory(parent=procedure, max_upload_mb_total=1)
    specs = [
        ("Họ và tên", "singleline", {}),
        ("Ghi chú", "multiline", {"required": False}),
        ("Thư điện tử liên hệ", "email", {}),
        ("Số điện thoại liên hệ", "phone", {}),
        ("Số con", "number", {}),
        ("Ngày sinh", "date", {}),
        ("Quốc tịch", "dropdown", {"choices": "Nhật Bản\nHàn Quốc"}),
        ("Nơi đăng ký", "radio", {"choices": "UBND phường Trung tâm\nUBND xã Đông Hưng"}),
        ("Nội dung", "checkboxes", {"choices": "Thay đổi\nCải chính", "required": False}),
        ("Số CCCD của bên kia", "id_number", {}),
        ("Tờ khai", "file", {"allowed_file_types": "pdf, docx", "help_text": "Bản quét có chữ ký."}),
        ("Ảnh hộ chiếu", "file", {"allowed_file_types": "jpg, png", "required": False, "max_file_mb": 2}),
    ]
    for order, (label, field_type, extra) in enumerate(specs):
        add_form_field(page=page, sort_order=order, label=label, field_type=field_type, **extra)
    return page


def pdf(name="to-khai.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def post(client, page, files=None, **changes):
    data = {**APPLICANT, **ANSWERS, "tep_to_khai": files if files is not None else [pdf()], **changes}
    return post_and_confirm(client, page, data)


def field_block(html, name):
    """The markup of the field container (``div.field`` or ``fieldset.choice-field``) holding the input ``name``."""
    blocks = re.split(r'(?=<div class="field|<fieldset class="choice-field)', html)
    return next(block for block in blocks if f'name="{name}"' in block)


def stored_files(location):
    return [path for path in location.rglob("*") if path.is_file()] if location.exists() else []


def test_form_renders_applicant_block_then_every_field_type(client, form_page):
    response = client.get(form_page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in html
    applicant, dossier = html.index("Thông tin người nộp hồ sơ"), html.index("Thông tin hồ sơ")
    assert applicant < html.index('name="applicant_name"') < html.index('name="applicant_email"') < dossier
    for name in ANSWERS:
        assert html.index(f'name="{name}"') > dossier, name
    assert 'type="date" name="ngay_sinh"' in html and 'type="tel" name="so_dien_thoai_lien_he"' in html
    assert 'type="radio" name="noi_dang_ky"' in html and 'type="checkbox" name="noi_dung"' in html
    assert re.search(r'<input type="file" name="tep_to_khai"[^>]*multiple', html)
    assert 'accept=".pdf,.docx"' in html
    assert 'aria-describedby="id_tep_to_khai_helptext"' in html
    assert "Bản quét có chữ ký. Định dạng cho phép: PDF, DOCX; tối đa 10 MB mỗi tệp" in html
    assert "Định dạng cho phép: JPG, PNG; tối đa 2 MB mỗi tệp" in html
    assert "không quá 1 MB" in html
    assert "Họ và tên (bắt buộc)" in html and "Ghi chú (bắt buộc)" not in html


def test_submission_becomes_a_dossier_and_lands_on_its_code(client, form_page, procedure, private_storage):
    response = post(client, form_page)
    assert response.status_code == 302
    assert response["Location"] == form_page.url + "xac-nhan/"

    dossier = Dossier.objects.get()
    assert dossier.procedure_id == procedure.pk
    assert (dossier.applicant_name, dossier.applicant_id_number) == ("Nguyễn Thị Hoa", "001190012345")
    assert dossier.applicant_phone == "0912345678" and str(dossier.applicant_date_of_birth) == "1990-05-17"
    assert dossier.form_data == {
        **ANSWERS,
        "so_dien_thoai_lien_he": "0387654321",
        "so_con": "2",
        "so_cccd_cua_ben_kia": "079203001234",
    }
    assert [slot["name"] for slot in dossier.form_schema["documents"]] == ["tep_to_khai", "tep_anh_ho_chieu"]
    assert dossier.form_schema["sections"][0]["items"][0] == {
        "kind": "field",
        "name": "ho_va_ten",
        "label": "Họ và tên",
        "type": "singleline",
        "show_when": None,
    }
    [attachment] = dossier.attachments.all()
    assert attachment.field_name == "tep_to_khai" and attachment.file.read() == PDF
    assert stored_files(private_storage) == [Path(attachment.file.path)]

    landing = client.get(response["Location"])
    html = landing.content.decode()
    assert landing.status_code == 200
    assert dossier.code in html and dossier.lookup_secret in html
    assert "gửi thư điện tử hẹn ngày nộp bản chính" in html
    assert "data-print" in html and "js/print.js" in html and ('href="/tra-cuu/"' in html)
    assert dossier.code not in response["Location"]


def test_confirmation_needs_a_submission_in_this_session(client, form_page):
    response = client.get(form_page.url + "xac-nhan/")
    assert response.status_code == 302 and response["Location"] == form_page.url


def test_confirmation_is_for_the_page_that_took_the_submission(client, form_page, subsystem):
    other = OnlineFormPageFactory(parent=ProcedurePageFactory(parent=subsystem), slug="khac")
    assert post(client, form_page).status_code == 302
    assert client.get(other.url + "xac-nhan/").status_code == 302
    assert RECEIPT_SESSION_KEY in client.session


def test_invalid_input_comes_back_next_to_each_field_and_keeps_what_was_typed(client, form_page, private_storage):
    response = post(
        client,
        form_page,
        applicant_phone="0123 456",
        applicant_id_number="003199012345",
        applicant_date_of_birth="2999-01-01",
        so_con="hai",
        applicant_name="Trần Văn <b>An</b>",
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Lỗi:" in html.split("</title>")[0]
    assert "Số điện thoại không hợp lệ." in field_block(html, "applicant_phone")
    assert "Mã tỉnh 003 trong số CCCD không hợp lệ." in field_block(html, "applicant_id_number")
    assert "Ngày sinh không được sau ngày hôm nay." in field_block(html, "applicant_date_of_birth")
    assert 'aria-invalid="true"' in field_block(html, "applicant_phone")
    assert 'aria-describedby="id_applicant_phone_error"' in html
    assert 'href="#id_applicant_phone"' in html
    assert 'value="0123 456"' in html and 'value="2999-01-01"' in html and 'value="Nhật Bản" selected' in html
    assert "Trần Văn &lt;b&gt;An&lt;/b&gt;" in html
    assert "Đã giữ lại: to-khai.pdf" in html  # valid, so held for the next POST (not a dossier's file yet)
    assert not Dossier.objects.exists() and stored_files(private_storage) == []


NOT_TEXT = "Có ký tự ẩn hoặc ký tự điều khiển không được phép"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("applicant_name", "Nguyễn Thị \u202eaoH"),  # shown as "Nguyễn Thị Hoa"
        ("applicant_name", "Nguyễn\u200bThị Hoa"),
        ("applicant_id_number", "001199\u2060012345"),
        ("applicant_address", "12 Lê Lợi\u2028phường Trung tâm"),
        ("ho_va_ten", "Tanaka \x1b[31mYuki"),
        ("ho_va_ten", "Tanaka\tYuki"),
        ("ghi_chu", "Dòng một\r\n\x07dòng hai"),
    ],
)
def test_characters_that_are_not_text_are_refused_beside_the_field_keeping_the_answers(
    client, form_page, private_storage, field, value
):
    response = post(client, form_page, **{field: value})
    html = response.content.decode()
    assert response.status_code == 400
    assert NOT_TEXT in field_block(html, field)
    assert value.replace("\r\n", "\n") in html.replace("\r\n", "\n")  # what was typed comes back
    assert f'value="{APPLICANT["applicant_email"]}"' in html and 'value="Nhật Bản" selected' in html
    assert not Dossier.objects.exists() and stored_files(private_storage) == []


def test_a_multiline_answer_keeps_its_line_breaks_and_text_is_stored_composed(client, form_page):
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hoà")
    assert post(client, form_page, applicant_name=decomposed, ghi_chu="Dòng một\r\n\tdòng hai").status_code == 302
    dossier = Dossier.objects.get()
    assert dossier.applicant_name == unicodedata.normalize("NFC", "Nguyễn Thị Hoà")
    assert dossier.form_data["ghi_chu"] == "Dòng một\r\n\tdòng hai"


def test_missing_required_choice_links_to_its_first_option(client, form_page):
    html = post(client, form_page, noi_dang_ky="").content.decode()
    assert 'href="#id_noi_dang_ky_0"' in html
    assert re.search(r'<fieldset class="choice-field" aria-describedby="id_noi_dang_ky_error">', html)


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (pdf("to-khai.pdf", b"MZ\x90\x00" + b"\x00" * 200), "không đúng định dạng cho phép (PDF, DOCX)"),
        (pdf("to-khai.pdf", PDF + b"PK\x03\x04" + b"\x00" * 40), "chứa nội dung của một định dạng khác"),
        (pdf("to-khai.pdf", PDF + b"\x00" * (10 * 1024 * 1024)), "vượt quá 10 MB"),
    ],
)
def test_disguised_or_oversized_files_are_refused_before_storage(client, form_page, private_storage, upload, message):
    form_page.max_upload_mb_total = 50  # this checks each file; a request over the total is refused before (413)
    form_page.save()
    response = post(client, form_page, files=[upload])
    assert response.status_code == 400
    assert message in field_block(response.content.decode(), "tep_to_khai")
    assert not Dossier.objects.exists() and stored_files(private_storage) == []


@pytest.mark.parametrize("claimed", ["text/html", "application/" + "x" * 200, "application/pdf\x00"])
def test_the_stored_media_type_is_the_one_the_bytes_show_not_the_claim(client, form_page, claimed):
    """A claim longer than the column or holding a NUL byte was a 500 on PostgreSQL; a claimed text/html would be
    how staff get the file back."""
    upload = SimpleUploadedFile("to-khai.pdf", PDF, content_type=claimed)
    assert post(client, form_page, files=[upload]).status_code == 302
    assert Attachment.objects.get().content_type == "application/pdf"


def test_submission_size_limit(client, form_page, private_storage):
    half = PDF + b"\x00" * (600 * 1024)
    response = post(client, form_page, files=[pdf("a.pdf", half), pdf("b.pdf", half)])
    assert response.status_code == 400
    assert "Tổng dung lượng các tệp đính kèm vượt quá 1 MB." in response.content.decode()
    assert not Dossier.objects.exists() and stored_files(private_storage) == []


def test_a_refusal_by_the_submission_service_is_shown_and_keeps_the_input(client, form_page, monkeypatch):
    def refuse(dossier, actor, **kwargs):
        raise ValidationError("Hệ thống tạm dừng nhận hồ sơ.")

    monkeypatch.setitem(CREATE, "submit", Creation(refuse))
    response = post(client, form_page)
    html = response.content.decode()
    assert response.status_code == 400
    assert "Hệ thống tạm dừng nhận hồ sơ." in html and 'value="Tanaka Yuki"' in html


def test_form_page_only_under_a_procedure_offered_online(subsystem, procedure):
    information_only = ProcedurePageFactory(parent=subsystem, online_level=OnlineLevel.INFORMATION)
    assert OnlineFormPage.can_create_at(procedure)
    assert not OnlineFormPage.can_create_at(information_only)
    assert not OnlineFormPage.can_create_at(subsystem)
    with pytest.raises(ValidationError, match="chỉ cung cấp thông tin"):
        OnlineFormPageFactory(parent=information_only)

    OnlineFormPageFactory(parent=procedure)
    assert not OnlineFormPage.can_create_at(procedure)
    with pytest.raises(ValidationError, match="đã có biểu mẫu"):
        OnlineFormPageFactory(parent=procedure, slug="bieu-mau-thu-hai")


def test_admin_offers_the_form_page_only_where_it_may_be_created(admin_client, subsystem, procedure):
    information_only = ProcedurePageFactory(parent=subsystem, online_level=OnlineLevel.INFORMATION)
    add_url = "/admin/pages/add/procedures/onlineformpage/{}/"
    assert admin_client.get(add_url.format(procedure.pk)).status_code == 200
    assert admin_client.get(add_url.format(information_only.pk)).status_code in {302, 403}
    form = OnlineFormPageFactory(parent=procedure)
    add_form_field(page=form, field_type="file", label="Tờ khai")
    assert admin_client.get(f"/admin/pages/{form.pk}/edit/").status_code == 200
    assert admin_client.get(add_url.format(procedure.pk)).status_code in {302, 403}, "one form per procedure"


def test_procedure_page_links_to_its_live_form_only(client, procedure):
    assert "Nộp hồ sơ trực tuyến" not in client.get(procedure.url).content.decode()
    form = OnlineFormPageFactory(parent=procedure)
    html = client.get(procedure.url).content.decode()
    assert f'href="{form.url}">Nộp hồ sơ trực tuyến' in html
    form.unpublish()
    assert "Nộp hồ sơ trực tuyến" not in client.get(procedure.url).content.decode()


def test_form_is_closed_when_its_procedure_stops_online_submission(client, form_page, procedure):
    ProcedurePage.objects.filter(pk=procedure.pk).update(online_level=OnlineLevel.INFORMATION)
    assert client.get(form_page.url).status_code == 404
    assert "Nộp hồ sơ trực tuyến" not in client.get(procedure.url).content.decode()


VALID_FORMS = strategies.genuine_uploads(PDF, ".pdf").map(
    lambda upload: {**APPLICANT, **ANSWERS, "tep_to_khai": upload}
)


@override_settings(RATELIMITS={"submission": "100000/minute"})
@strategies.fuzzing(150)
@given(data=strategies.form_data(VALID_FORMS))
def test_fuzz_any_input_is_answered_below_500_and_a_refusal_stores_nothing(client, form_page, unowned_files, data):
    """Starts from a valid submission and spoils some of it, so both answers (302 and 400) are reached."""
    dossiers, attachments = Dossier.objects.count(), Attachment.objects.count()
    response = post_and_confirm(client, form_page, data)
    assert response.status_code in {302, 400}
    accepted = response.status_code == 302
    assert Dossier.objects.count() == dossiers + accepted
    assert accepted or Attachment.objects.count() == attachments
    assert not unowned_files()


def test_seeded_catalogue_has_a_form_in_every_subsystem(demo_content):
    for subsystem in SubsystemPage.objects.all():
        forms = OnlineFormPage.objects.live().descendant_of(subsystem)
        assert forms.exists(), subsystem.title
        for form in forms:
            sections, slots = form.definition
            procedure = form.get_parent().specific
            assert form.slug == "nop-truc-tuyen" and procedure.accepts_online_submission and sections
            listed = list(procedure.documents.values_list("name", flat=True))
            assert [slot["label"] for slot in slots] == [*listed, "Giấy tờ khác"]
    pages = Page.objects.count()
    assert ensure_online_forms() == 0 and Page.objects.count() == pages


def test_submissions_are_rate_limited_per_client(client, form_page, settings):
    settings.RATELIMITS = {**settings.RATELIMITS, "submission": "1/minute"}
    assert post(client, form_page).status_code == 302
    response = post(client, form_page)
    assert response.status_code == 429 and response.has_header("Retry-After")
    assert Dossier.objects.count() == 1

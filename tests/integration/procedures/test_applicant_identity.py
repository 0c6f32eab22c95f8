"""Everyone can apply (issue 13): a passport holder and an organisation with its representative submit the online
form, the look-up finds each by the number they gave, staff see the document by its kind, a refusal stores nothing,
and the personal data notice's acknowledgement is required and stored with its time and version."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from dossiers.accounts import roles
from dossiers.factories import StaffUserFactory
from dossiers.models import Dossier
from dossiers.staff.search import search_dossiers
from procedures.factories import OnlineFormPageFactory, ProcedurePageFactory, SubsystemPageFactory, add_form_field
from procedures.online_forms.applicant import PRIVACY_NOTICE_VERSION
from tests.online_forms import post_and_confirm, valid_answers
from tests.samples import APPLICANT, prefixed

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage")]

PASSPORT_HOLDER = {
    **APPLICANT,
    "applicant_name": "Tanaka Yuki",
    "applicant_id_type": "passport",
    "applicant_id_number": "tk 123 4567",
    "applicant_id_country": "Nhật Bản",
    "applicant_date_of_birth": "1991-03-04",
}
ORGANISATION = {
    **APPLICANT,
    "applicant_kind": "organisation",
    "applicant_name": "",
    "applicant_id_number": "",
    "applicant_date_of_birth": "",
    "organisation_name": "Công ty TNHH Ánh Dương",
    "organisation_tax_code": "0314409058-002",
    "representative_name": "Lê Văn Cường",
    "representative_position": "Giám đốc chi nhánh",
    "representative_id_type": "cccd",
    "representative_id_number": "079 085 001 234",
}

EMPTY_FORMSET = {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0}


@pytest.fixture
def form_page(home_page):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), title="Cấp giấy xác nhận")
    page = OnlineFormPageFactory(parent=procedure)
    add_form_field(page=page, label="Nội dung đề nghị")
    return page


def submit(client, page, applicant):
    return post_and_confirm(client, page, valid_answers(page, applicant=applicant))


def field_errors(html, name):
    """The messages shown beside the input ``name`` (its ``<ul class="field__error">``)."""
    block = re.split(r'(?=<div class="field|<fieldset class="choice-field)', html)
    holder = next(part for part in block if f'name="{name}"' in part)
    return " ".join(re.findall(r"</span> ([^<]+)</li>", holder))


def look_up_by_api(client, code, number):
    return client.post("/api/v1/dossiers/lookup", {"code": code, "id_number": number}, content_type="application/json")


def test_a_passport_holder_submits_and_finds_the_dossier_by_the_passport(client, form_page):
    response = submit(client, form_page, PASSPORT_HOLDER)
    assert response.status_code == 302, response.content.decode()[:3000]
    dossier = Dossier.objects.get()
    assert (dossier.applicant_kind, dossier.applicant_id_type) == ("person", "passport")
    assert (dossier.applicant_id_number, dossier.applicant_id_country) == ("TK1234567", "Nhật Bản")
    assert dossier.identity_document == "Hộ chiếu số TK1234567 (Nhật Bản)"

    found = look_up_by_api(client, dossier.code, "TK 1234567")
    assert found.status_code == 200
    assert found.json()["id_document_masked"] == "Hộ chiếu số TK*****67 (Nhật Bản)"
    page = client.post(reverse("dossiers:lookup"), {"code": dossier.code, "factor": "id_number", "value": "tk1234567"})
    assert page.status_code == 200 and "Hộ chiếu số TK*****67" in page.content.decode()
    assert look_up_by_api(client, dossier.code, "TK1234568").status_code == 404


def test_an_organisation_submits_with_its_representative(client, form_page):
    response = submit(client, form_page, ORGANISATION)
    assert response.status_code == 302, response.content.decode()[:3000]
    dossier = Dossier.objects.get()
    assert (dossier.applicant_kind, dossier.applicant_name) == ("organisation", "Công ty TNHH Ánh Dương")
    assert (dossier.applicant_id_type, dossier.applicant_id_number) == ("tax_code", "0314409058002")
    assert dossier.applicant_date_of_birth is None
    assert (dossier.representative_name, dossier.representative_position) == ("Lê Văn Cường", "Giám đốc chi nhánh")
    assert (dossier.representative_id_type, dossier.representative_id_number) == ("cccd", "079085001234")
    for typed in ("0314409058-002", "0314409058002", "031.440.9058-002"):
        assert look_up_by_api(client, dossier.code, typed).status_code == 200, typed


def test_staff_see_the_document_by_its_kind_and_find_it_by_its_number(client, form_page):
    submit(client, form_page, ORGANISATION)
    dossier = Dossier.objects.get()
    assert list(search_dossiers(Dossier.objects.all(), "0314409058-002")) == [dossier]
    assert not search_dossiers(Dossier.objects.all(), "0314409058-003").exists()
    client.force_login(StaffUserFactory(role=roles.COUNTER_STAFF))
    html = client.get(dossier.get_admin_url()).content.decode()
    assert "Mã số doanh nghiệp 0314409058-002" in html
    assert "Lê Văn Cường, Giám đốc chi nhánh; Số định danh cá nhân 079085001234" in html
    assert f"Đã đồng ý (phiên bản {PRIVACY_NOTICE_VERSION}) lúc" in html


def test_the_acknowledgement_is_stored_with_its_time_and_version(client, form_page):
    before = timezone.now()
    assert submit(client, form_page, APPLICANT).status_code == 302
    dossier = Dossier.objects.get()
    assert dossier.privacy_notice_version == PRIVACY_NOTICE_VERSION == "2026-01"
    assert before <= dossier.privacy_acknowledged_at <= timezone.now()


def test_the_form_shows_the_notice_before_the_acknowledgement_and_the_buttons(client, form_page):
    html = client.get(form_page.url).content.decode()
    notice = html.index("Thông báo về xử lý dữ liệu cá nhân")
    acknowledgement = html.index('name="privacy_acknowledged"')
    assert notice < acknowledgement < html.index('type="submit"', acknowledgement)
    assert "91/2025/QH15" in html and "Nghị định số 356/2025/NĐ-CP" in html
    assert "Theo thời hạn lưu trữ hồ sơ thủ tục hành chính" in html


def test_without_the_acknowledgement_the_form_is_refused_and_nothing_is_stored(client, form_page):
    applicant = {name: value for name, value in APPLICANT.items() if name != "privacy_acknowledged"}
    response = submit(client, form_page, applicant)
    assert response.status_code == 400
    html = response.content.decode()
    assert "hồ sơ chỉ được gửi khi bạn đã đọc và đồng ý với thông báo" in field_errors(html, "privacy_acknowledged")
    assert 'value="Nguyễn Thị Hoa"' in html  # the answers are kept
    assert not Dossier.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"applicant_id_number": "001 203 004 567"}, "applicant_id_number", "Chữ số thứ tư của số CCCD (2)"),
        ({"applicant_id_number": "001 191 012 345"}, "applicant_id_number", "hai số cuối của năm sinh (90)"),
        ({"applicant_date_of_birth": "2999-01-01"}, "applicant_date_of_birth", "không được sau ngày hôm nay"),
        ({"applicant_name": "Hoa 🌸"}, "applicant_name", "biểu tượng cảm xúc"),
        (
            {"applicant_id_type": "passport", "applicant_id_number": "12345678", "applicant_id_country": "Việt Nam"},
            "applicant_id_number",
            "Số hộ chiếu Việt Nam gồm một chữ cái và 7 chữ số",
        ),
        ({"applicant_id_type": "passport", "applicant_id_number": "P1234567"}, "applicant_id_country", "Nhập quốc"),
        ({"applicant_name": ""}, "applicant_name", "Nhập họ và tên."),
    ],
)
def test_a_refused_person_sees_the_message_beside_the_field_and_nothing_is_stored(
    client, form_page, changes, field, message
):
    response = submit(client, form_page, {**APPLICANT, **changes})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in field_errors(html, field)
    assert 'value="hoa@example.vn"' in html
    assert not Dossier.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"organisation_tax_code": "0314409059"}, "organisation_tax_code", "không đúng"),
        ({"representative_name": ""}, "representative_name", "Nhập họ và tên người đại diện."),
        ({"organisation_name": "Ánh Dương 🌞"}, "organisation_name", "biểu tượng cảm xúc"),
        ({"representative_id_number": "003085001234"}, "representative_id_number", "Mã tỉnh 003"),
    ],
)
def test_a_refused_organisation_sees_the_message_beside_the_field(client, form_page, changes, field, message):
    response = submit(client, form_page, {**ORGANISATION, **changes})
    assert response.status_code == 400
    assert message in field_errors(response.content.decode(), field)
    assert not Dossier.objects.exists()


def test_counter_intake_records_that_the_applicant_was_told(client, form_page):
    client.force_login(StaffUserFactory(role=roles.COUNTER_STAFF))
    url = reverse("dossier_admin:intake_form", args=[form_page.get_parent().pk])
    page = client.get(url).content.decode()
    assert "Thông báo về xử lý dữ liệu cá nhân" in page and "Người nộp đã được thông báo" in page

    def intake(**changes):
        """A fresh POST each time: its upload files are read by the request that sends them."""
        answers = {**valid_answers(form_page, applicant=PASSPORT_HOLDER), **changes}
        return {**prefixed("dossier", answers), "channel-channel": "counter", **prefixed("checklist", EMPTY_FORMSET)}

    refused = client.post(url, intake(privacy_acknowledged=""))
    assert refused.status_code == 400 and "Hãy thông báo cho người nộp" in refused.content.decode()
    assert not Dossier.objects.exists()
    assert client.post(url, intake()).status_code == 302
    dossier = Dossier.objects.get()
    assert dossier.privacy_notice_version == PRIVACY_NOTICE_VERSION and dossier.privacy_acknowledged_at
    assert dossier.applicant_id_number == "TK1234567"


def test_staff_may_not_give_an_organisation_a_personal_document(client, form_page):
    submit(client, form_page, ORGANISATION)
    dossier = Dossier.objects.get()
    client.force_login(StaffUserFactory(role=roles.COUNTER_STAFF))
    edit = reverse("dossier_admin:edit", args=[dossier.pk])
    form = client.get(edit).context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    response = client.post(edit, {**data, "applicant_id_type": "cccd", "applicant_id_number": "001090012345"})
    assert response.status_code == 200
    assert "Tổ chức nộp hồ sơ bằng mã số doanh nghiệp" in response.content.decode()
    dossier.refresh_from_db()
    assert dossier.applicant_id_type == "tax_code"
    response = client.post(edit, {**data, "applicant_id_number": "0100233488"})
    assert response.status_code == 302
    dossier.refresh_from_db()
    assert dossier.applicant_id_number == "0100233488"

"""The printed slips: real PDFs whose text (read back with pypdf) carries the code, the applicant's name with its
diacritics, the dates and the content of the step they record; the same access rule as everywhere else."""

import io
from datetime import datetime

import pytest
from django.test import override_settings
from django.urls import reverse
from pypdf import PdfReader

from dossiers.accounts import roles
from dossiers.calendar.deadlines import VIETNAM, ResultClass
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import Dossier, DossierEvent, ReceivedDocument, Result, Status, SupplementRequest
from dossiers.slips import context as slips
from procedures.factories import (
    AgencyFactory,
    DepartmentFactory,
    ProcedureDocumentFactory,
    ProcedurePageFactory,
    SubsystemPageFactory,
)

pytestmark = pytest.mark.django_db

CODE = "000.00.06.H56-261103-0361"
RECEIVED = datetime(2026, 11, 3, 9, 15, tzinfo=VIETNAM)
DUE = datetime(2026, 11, 6, 9, 15, tzinfo=VIETNAM)


def at(day, hour=9, minute=0):
    return datetime(2026, 11, day, hour, minute, tzinfo=VIETNAM)


@pytest.fixture
def counter_staff():
    return StaffUserFactory(last_name="Trần Thị", first_name="Bích", role=roles.COUNTER_STAFF)


@pytest.fixture
def specialist():
    return StaffUserFactory(last_name="Lê Văn", first_name="Cường", role=roles.SPECIALIST)


@pytest.fixture
def procedure(home_page):
    agency = AgencyFactory(
        code="000.00.06.H56",
        name="Sở Tư pháp tỉnh Lâm Đồng",
        phone="0263 3822 111",
        superior_body="UBND tỉnh Lâm Đồng",
        place_name="Lâm Đồng",
    )
    procedure = ProcedurePageFactory(
        parent=SubsystemPageFactory(parent=home_page),
        agency=agency,
        title="Đăng ký kết hôn có yếu tố nước ngoài",
        number_of_sets=2,
        submission_place="Bộ phận một cửa, số 36 Trần Phú, Đà Lạt",
    )
    ProcedureDocumentFactory(page=procedure, name="Tờ khai đăng ký kết hôn")
    return procedure


@pytest.fixture
def dossier(procedure, counter_staff):
    dossier = DossierFactory(
        procedure=procedure,
        code=CODE,
        lookup_secret="7KQ4M2XZ",
        status=Status.RECEIVED,
        submitted_at=at(2, 16),
        received_at=RECEIVED,
        due_at=DUE,
    )
    DossierEvent.objects.create(
        dossier=dossier,
        action="receive",
        from_status=Status.REGISTERED,
        to_status=Status.RECEIVED,
        created_at=RECEIVED,
        actor=counter_staff,
    )
    return dossier


@pytest.fixture
def staff_client(client, counter_staff):
    client.force_login(counter_staff)
    return client


def slip_url(dossier, kind):
    return reverse("dossier_admin:slip", args=[dossier.pk, kind])


def pdf_text(response):
    """The text of every page, with line breaks (table cells wrap) read as single spaces."""
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(response.content))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def record(dossier, action, created_at, **fields):
    return DossierEvent.objects.create(
        dossier=dossier, action=action, to_status=dossier.status, created_at=created_at, **fields
    )


def test_receipt_carries_applicant_documents_times_log_book_line_and_a_qr_code(staff_client, dossier):
    ReceivedDocument.objects.create(dossier=dossier, name="Giấy xác nhận tình trạng hôn nhân", originals=1)
    ReceivedDocument.objects.create(dossier=dossier, name="Hộ chiếu", certified_copies=2, sort_order=1)

    response = staff_client.get(slip_url(dossier, "receipt"))
    text = pdf_text(response)

    assert f'filename="receipt-{CODE}.pdf"' in response["Content-Disposition"]
    assert response["Content-Disposition"].startswith("inline")
    for expected in [
        "Mẫu số 01",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ngày 03 tháng 11 năm 2026",
        CODE,
        "7KQ4M2XZ",
        "Nguyễn Văn An",
        "001203004567",
        "12 Lê Lợi, phường Bến Thành",
        "0912345678",
        "Đăng ký kết hôn có yếu tố nước ngoài",
        "Giấy xác nhận tình trạng hôn nhân",
        "Hộ chiếu",
        "Số lượng hồ sơ: 2 bộ",
        "3 ngày làm việc",
        "09 giờ 15 phút, ngày 03/11/2026",
        "09 giờ 15 phút, ngày 06/11/2026",
        "Bộ phận một cửa, số 36 Trần Phú, Đà Lạt",
        "Quyển số: 2026",
        "Số thứ tự: 0361",
        "Trần Thị Bích",
    ]:
        assert expected in text, expected
    [qr_code] = PdfReader(io.BytesIO(response.content)).pages[0].images
    assert qr_code.image.width == qr_code.image.height


def test_receipt_names_each_document_by_its_kind(staff_client, dossier):
    """An organisation's tax code (a branch's, with its dash) and its representative's passport, as
    ``describe_document`` names them everywhere."""
    Dossier.objects.filter(pk=dossier.pk).update(
        applicant_kind="organisation",
        applicant_name="Công ty TNHH Ánh Dương",
        applicant_id_type="tax_code",
        applicant_id_number="0314409058002",
        representative_name="Tanaka Yuki",
        representative_position="Giám đốc",
        representative_id_type="passport",
        representative_id_number="TK1234567",
        representative_id_country="Nhật Bản",
    )
    text = pdf_text(staff_client.get(slip_url(dossier, "receipt")))
    assert "Công ty TNHH Ánh Dương" in text and "Mã số doanh nghiệp 0314409058-002" in text
    assert "Người đại diện: Tanaka Yuki, Giám đốc; Hộ chiếu số TK1234567 (Nhật Bản)" in text


@override_settings(PUBLIC_BASE_URL="https://dichvucong.example.gov.vn")
def test_receipt_prints_the_public_look_up_address_with_the_code(dossier):
    """The QR code itself (every slip's, top left) is tested in tests/integration/dossiers/issued/."""
    context = slips.receipt(dossier)

    assert context["lookup_url"] == f"https://dichvucong.example.gov.vn/tra-cuu/?ma={CODE}"


def test_receipt_without_a_checklist_lists_the_procedure_documents_without_counts(dossier):
    context = slips.receipt(dossier)

    assert [document.name for document in context["documents"]] == ["Tờ khai đăng ký kết hôn"]
    assert context["documents_counted"] is False


def test_supplement_request_says_what_is_missing_why_and_whom_to_contact(staff_client, dossier, counter_staff):
    SupplementRequest.objects.create(
        dossier=dossier,
        items="Bản sao hộ chiếu còn hạn",
        reason="Hộ chiếu đã hết hạn",
        contact="Trần Thị Bích",
        requested_at=at(4, 10, 30),
        requested_by=counter_staff,
    )

    text = pdf_text(staff_client.get(slip_url(dossier, "supplement_request")))

    for expected in ["Mẫu số 02", CODE, "Nguyễn Văn An", "Bản sao hộ chiếu còn hạn", "Hộ chiếu đã hết hạn"]:
        assert expected in text, expected
    assert "10 giờ 30 phút, ngày 04/11/2026" in text and "Trần Thị Bích" in text


def test_refusal_gives_the_reason(staff_client, dossier, counter_staff):
    record(dossier, "refuse", at(3, 14), actor=counter_staff, public_note="Thủ tục không thuộc thẩm quyền của Sở")

    text = pdf_text(staff_client.get(slip_url(dossier, "refusal")))

    for expected in ["Mẫu số 03", CODE, "Nguyễn Văn An", "Thủ tục không thuộc thẩm quyền của Sở", "03/11/2026"]:
        assert expected in text, expected


def test_apology_names_the_late_unit_the_reason_the_missed_and_the_new_date(staff_client, dossier, counter_staff):
    department = DepartmentFactory(agency=dossier.agency, name="Phòng Hành chính tư pháp")
    # The due time promised at receipt, recorded in the dossier's history before the extension.
    dossier.history.update(history_date=RECEIVED)
    new_due = at(12, 16)
    record(
        dossier,
        "extend",
        at(6, 8),
        actor=counter_staff,
        department=department,
        public_note="Cần xác minh thêm với cơ quan nước ngoài",
        step_due_at=new_due,
    )
    dossier.due_at = new_due
    dossier.save()

    text = pdf_text(staff_client.get(slip_url(dossier, "apology")))

    for expected in [
        "Mẫu số 04",
        CODE,
        "Nguyễn Văn An",
        "Phòng Hành chính tư pháp",
        "Cần xác minh thêm với cơ quan nước ngoài",
        "09 giờ 15 phút, ngày 06/11/2026",
        "16 giờ 00 phút, ngày 12/11/2026",
    ]:
        assert expected in text, expected


def test_stop_notice_gives_the_reason(staff_client, dossier, counter_staff):
    record(
        dossier, "stop", at(5, 15), actor=counter_staff, public_note="Người nộp đề nghị dừng do đã chuyển nơi cư trú"
    )

    text = pdf_text(staff_client.get(slip_url(dossier, "stop_notice")))

    for expected in [
        "Mẫu số 05",
        CODE,
        "Nguyễn Văn An",
        "Người nộp đề nghị dừng do đã chuyển nơi cư trú",
        "05/11/2026",
    ]:
        assert expected in text, expected


def test_control_slip_has_one_row_per_hand_off_with_giver_receiver_and_result(staff_client, dossier, specialist):
    department = DepartmentFactory(agency=dossier.agency, name="Phòng Hộ tịch")
    chief = StaffUserFactory(last_name="Phạm Thu", first_name="Hà", role=roles.CHIEF_OF_OFFICE)
    record(dossier, "assign", at(3, 10), actor=chief, assignee=specialist, step_due_at=at(4, 17))
    record(dossier, "submit_memo", at(4, 11), actor=specialist, department=department, step_result=ResultClass.EARLY)

    context = slips.control_slip(dossier)
    text = pdf_text(staff_client.get(slip_url(dossier, "control_slip")))

    # The receiver is who took the next step in turn, the one assigned, or the party whose turn it is now.
    assert [(row["giver"], row["receiver"]) for row in context["rows"]] == [
        ("Người nộp hồ sơ", "Trần Thị Bích"),
        ("Trần Thị Bích", "Phạm Thu Hà"),
        ("Phạm Thu Hà", "Lê Văn Cường"),
        ("Lê Văn Cường", "Chánh Văn phòng"),
    ]
    assert [row["step"] for row in context["rows"]] == [
        "Đăng ký hồ sơ trực tuyến",
        "Tiếp nhận",
        "Phân công xử lý",
        "Trình Chánh Văn phòng",
    ]
    for expected in [
        "Mẫu số 06",
        CODE,
        "Nguyễn Văn An",
        "Phạm Thu Hà",
        "Lê Văn Cường",
        "Trước hạn",
        "17:00 04/11/2026",
    ]:
        assert expected in text, expected


def test_log_book_lists_the_period_s_dossiers_the_user_may_see(client, dossier, procedure, specialist):
    # Local dates decide: 1 November 00:30 is still 31 October in UTC, 1 December 06:00 is 30 November in UTC.
    DossierFactory(procedure=procedure, applicant_name="Hoàng Thị Lan", received_at=at(1, 0, 30), due_at=at(25))
    DossierFactory(
        procedure=procedure, applicant_name="Đỗ Minh Quân", received_at=datetime(2026, 12, 1, 6, tzinfo=VIETNAM)
    )
    mine = DossierFactory(
        procedure=procedure, applicant_name="Vũ Thị Mai", received_at=at(30, 23, 30), assigned_to=specialist
    )
    url = reverse("dossier_admin:log_book")
    period = {"from": "2026-11-01", "to": "30/11/2026"}

    client.force_login(StaffUserFactory(role=roles.COUNTER_STAFF))
    response = client.get(url, period)
    text = pdf_text(response)
    client.force_login(specialist)
    specialist_text = pdf_text(client.get(url, period))

    assert 'filename="so-theo-doi-20261101-20261130.pdf"' in response["Content-Disposition"]
    for expected in ["Mẫu số 07", "SỔ THEO DÕI HỒ SƠ", "01/11/2026", CODE, "Nguyễn Văn An", "Hoàng Thị Lan"]:
        assert expected in text, expected
    assert "Vũ Thị Mai" in text and "Đỗ Minh Quân" not in text
    assert mine.code in specialist_text and "Vũ Thị Mai" in specialist_text
    assert CODE not in specialist_text and "Hoàng Thị Lan" not in specialist_text


def test_log_book_defaults_to_the_current_month(staff_client):
    assert "SỔ THEO DÕI HỒ SƠ" in pdf_text(staff_client.get(reverse("dossier_admin:log_book")))


@pytest.mark.parametrize(
    ("period", "message"),
    [
        ({"from": "hôm qua", "to": "2026-11-30"}, "Từ ngày"),
        ({"from": "2026-11-30", "to": "2026-11-01"}, "Ngày kết thúc"),
        ({"from": "2025-01-01", "to": "2026-01-02"}, "366"),
    ],
)
def test_log_book_refuses_a_bad_period(staff_client, period, message):
    response = staff_client.get(reverse("dossier_admin:log_book"), period)

    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_specialist_not_assigned_gets_not_found(client, dossier, specialist):
    client.force_login(specialist)

    assert client.get(slip_url(dossier, "receipt")).status_code == 404


def test_anonymous_visitors_are_sent_to_the_login_page(client, dossier):
    response = client.get(slip_url(dossier, "receipt"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_unknown_kind_is_not_found(staff_client, dossier):
    assert staff_client.get(slip_url(dossier, "invoice")).status_code == 404


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("refusal", "Hồ sơ chưa có quyết định từ chối"),
        ("supplement_request", "Hồ sơ chưa có yêu cầu bổ sung"),
        ("apology", "Hồ sơ chưa được gia hạn"),
        ("stop_notice", "Hồ sơ chưa bị dừng giải quyết"),
    ],
)
def test_a_slip_for_a_step_not_taken_is_a_bad_request(staff_client, dossier, kind, message):
    response = staff_client.get(slip_url(dossier, kind))

    assert response.status_code == 400
    assert message in response.content.decode()


def test_no_receipt_before_the_dossier_is_received(staff_client, procedure):
    response = staff_client.get(slip_url(DossierFactory(procedure=procedure), "receipt"))

    assert response.status_code == 400
    assert "Hồ sơ chưa được tiếp nhận" in response.content.decode()


def page_lines(content):
    """The lines of each page as pypdf reads them, spaces collapsed."""
    return [
        " ".join(line.split())
        for page in PdfReader(io.BytesIO(content)).pages
        for line in page.extract_text().splitlines()
    ]


@pytest.mark.parametrize(
    "agency_name", ["Ban Quản lý các khu công nghiệp tỉnh", "Ủy ban nhân dân phường Đông Thành", "Sở Tư pháp"]
)
def test_heading_has_the_superior_body_and_the_agency_each_on_one_line_number_place_and_date(
    staff_client, dossier, agency_name
):
    """Decree 30/2020/NĐ-CP: the demo agencies' longest names (at the size ``context.heading`` picks) stay whole."""
    dossier.agency.name = agency_name
    dossier.agency.save()

    response = staff_client.get(slip_url(dossier, "receipt"))
    lines = page_lines(response.content)

    assert any(line.startswith("UBND TỈNH LÂM ĐỒNG") for line in lines), lines[:8]
    assert any(agency_name.upper() in line for line in lines), lines[:8]
    assert any("Số: ……/TNHS" in line for line in lines)
    assert "Lâm Đồng, ngày 03 tháng 11 năm 2026" in " ".join(lines)
    fonts = {
        str(font["/BaseFont"])
        for page in PdfReader(io.BytesIO(response.content)).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("Liberation-Serif" in font for font in fonts), fonts


def test_the_receipt_of_a_ten_document_dossier_is_one_a4_page(staff_client, dossier):
    for number in range(10):
        ReceivedDocument.objects.create(
            dossier=dossier,
            name=f"Giấy tờ số {number + 1}: bản sao giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở",
            originals=1,
            certified_copies=1,
            sort_order=number,
            digitisation=ReceivedDocument.Digitisation.DIGITISED,
        )

    response = staff_client.get(slip_url(dossier, "receipt"))
    reader = PdfReader(io.BytesIO(response.content))

    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert round(float(page.mediabox.width)) == 595 and round(float(page.mediabox.height)) == 842
    text = " ".join(page.extract_text().split())
    assert "Giấy tờ số 10" in text and "Số hóa" in text and "NGƯỜI TIẾP NHẬN HỒ SƠ" in text
    assert len(page.images) == 1  # the QR code


HAND_OFFS = [
    # (action, actor, assignee, status after): the nine hand-offs of a dossier from online submission to return.
    ("submit", None, None, Status.REGISTERED),
    ("receive", "counter", None, Status.RECEIVED),
    ("assign", "chief", "specialist", Status.PROCESSING),
    ("submit_memo", "specialist", None, Status.PROCESSING),
    ("approve_memo", "chief", None, Status.PROCESSING),
    ("forward_to_leadership", "chief", None, Status.PROCESSING),
    ("sign", "leader", None, Status.PROCESSING),
    ("hand_to_counter", "specialist", None, Status.AWAITING_RETURN),
    ("return_result", "counter", None, Status.RETURNED),
]


def test_control_slip_names_giver_and_receiver_of_every_hand_off_with_signature_cells(
    staff_client, dossier, counter_staff, specialist
):
    dossier.events.all().delete()
    people = {
        "counter": counter_staff,
        "specialist": specialist,
        "chief": StaffUserFactory(last_name="Phạm Thu", first_name="Hà", role=roles.CHIEF_OF_OFFICE),
        "leader": StaffUserFactory(last_name="Đặng Quốc", first_name="Trưởng", role=roles.LEADER),
    }
    for hour, (action, actor, assignee, status) in enumerate(HAND_OFFS):
        DossierEvent.objects.create(
            dossier=dossier,
            action=action,
            to_status=status,
            created_at=at(3, 8 + hour),
            actor=people.get(actor),
            assignee=people.get(assignee),
        )
    dossier.assigned_to = specialist
    dossier.save()

    rows = slips.control_slip(dossier)["rows"]
    text = pdf_text(staff_client.get(slip_url(dossier, "control_slip")))

    assert len(rows) == 9
    assert all(row["giver"] and row["receiver"] and "—" not in (row["giver"], row["receiver"]) for row in rows)
    assert [row["receiver"] for row in rows] == [
        "Trần Thị Bích",  # the counter took the online dossier in
        "Phạm Thu Hà",  # the Chief assigned it
        "Lê Văn Cường",  # assigned
        "Phạm Thu Hà",  # the memo, approved by the Chief
        "Phạm Thu Hà",  # who forwards it to leadership
        "Đặng Quốc Trưởng",  # who signs
        "Lê Văn Cường",  # who hands the result to the counter
        "Trần Thị Bích",  # who returns it
        "Người nộp hồ sơ",
    ]
    for expected in ["Ký giao", "Ký nhận", "Đặng Quốc Trưởng", "Trả kết quả"]:
        assert expected in text, expected


def test_control_slip_names_the_party_whose_turn_it_is_after_the_last_hand_off(dossier):
    record(dossier, "hand_to_counter", at(4), actor=StaffUserFactory(role=roles.SPECIALIST))

    assert slips.control_slip(dossier)["rows"][-1]["receiver"] == "Bộ phận Một cửa"


def test_log_book_of_one_agency_is_headed_by_it_and_gives_the_result_s_number_and_symbol(client, dossier, procedure):
    Result.objects.create(dossier=dossier, title="Giấy chứng nhận kết hôn", symbol="GCN-STP", number=125)
    other_agency = ProcedurePageFactory(
        parent=procedure.get_parent(), agency=AgencyFactory(name="Sở Xây dựng tỉnh Lâm Đồng")
    )
    DossierFactory(procedure=other_agency, applicant_name="Hoàng Thị Lan", received_at=at(5))
    client.force_login(StaffUserFactory(role=roles.COUNTER_STAFF))

    text = pdf_text(
        client.get(
            reverse("dossier_admin:log_book"),
            {"date_from": "2026-11-01", "date_to": "2026-11-30", "agency": dossier.agency.pk},
        )
    )

    assert "SỞ TƯ PHÁP TỈNH LÂM ĐỒNG" in text and "UBND TỈNH LÂM ĐỒNG" in text
    squeezed = text.replace(" ", "")  # table cells wrap
    assert "Số,kýhiệuvănbảnkếtquả" in squeezed and "125/GCN-STP" in squeezed
    assert CODE in text and "Hoàng Thị Lan" not in text


def test_log_book_form_is_in_the_admin_menu_and_sends_to_the_pdf(staff_client):
    menu = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    form_url = reverse("dossier_admin:log_book_form")
    page = staff_client.get(form_url).content.decode()

    assert form_url in menu.replace("\\/", "/")  # the sidebar's menu is JSON
    assert f'action="{reverse("dossier_admin:log_book")}"' in page
    assert 'name="date_from"' in page and 'name="date_to"' in page and 'name="agency"' in page


def test_log_book_refuses_an_unknown_agency(staff_client):
    response = staff_client.get(reverse("dossier_admin:log_book"), {"agency": "999999"})

    assert response.status_code == 400
    assert "Cơ quan" in response.content.decode()

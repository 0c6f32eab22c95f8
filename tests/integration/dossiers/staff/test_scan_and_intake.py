"""A slip's QR scanned into the staff search opens its dossier; the counter's procedure picker searches without
diacritics and groups by subsystem; after intake the receipt comes first; the dossier CSV starts with a BOM."""

import pytest
from django.urls import reverse

from dossiers.accounts import roles
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.issued.qr import lookup_url
from dossiers.issued.registry import new_document, payload, record_file
from dossiers.models import Dossier, IssuedDocument
from procedures.factories import ProcedurePageFactory, SubsystemPageFactory
from tests.samples import APPLICANT_CHOICES, prefixed

pytestmark = pytest.mark.django_db

CODE = "000.00.06.H56-261103-0361"


@pytest.fixture
def dossier(home_page):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page))
    return DossierFactory(procedure=procedure, code=CODE)


@pytest.fixture
def counter(client):
    user = StaffUserFactory(role=roles.COUNTER_STAFF)
    client.force_login(user)
    client.user = user
    return client


def issued_receipt(dossier, user):
    document = new_document(IssuedDocument.Kind.RECEIPT, dossier=dossier, title="Giấy tiếp nhận", issued_by=user)
    record_file(document, b"%PDF-1.7 receipt")
    return document


def search(client, text, **headers):
    return client.get(reverse("dossier_admin:index"), {"q": text}, headers=headers)


def test_a_scanned_verification_address_opens_the_issued_document_s_dossier(counter, dossier):
    scanned = payload(issued_receipt(dossier, counter.user))  # what the QR holds, as a scanner types it
    assert "/xac-minh/" in scanned and "#ma=" in scanned

    response = search(counter, scanned)

    assert response.status_code == 302
    assert response["Location"] == dossier.get_admin_url()


@pytest.mark.parametrize("typed", [lookup_url(CODE), CODE, CODE.lower(), f"  {CODE}\n"])
def test_a_look_up_address_or_an_exact_code_opens_the_dossier(counter, dossier, typed):
    response = search(counter, typed)

    assert response.status_code == 302
    assert response["Location"] == dossier.get_admin_url()


def test_a_scan_of_a_dossier_the_user_may_not_see_opens_nothing(client, dossier):
    specialist = StaffUserFactory(role=roles.SPECIALIST)  # not assigned: may not see it
    document = issued_receipt(dossier, specialist)
    client.force_login(specialist)

    for typed in [payload(document), lookup_url(CODE), CODE]:
        response = search(client, typed)
        assert response.status_code == 200
        assert list(response.context["object_list"]) == []


def test_the_list_s_own_fetch_while_typing_shows_the_one_row_instead_of_redirecting(counter, dossier):
    DossierFactory(procedure=dossier.procedure)
    response = counter.get(
        reverse("dossier_admin:index_results"), {"q": lookup_url(CODE)}, headers={"x-requested-with": "XMLHttpRequest"}
    )

    assert response.status_code == 200
    assert [row.pk for row in response.context["object_list"]] == [dossier.pk]


def test_a_partial_code_still_searches_without_redirecting(counter, dossier):
    response = search(counter, "0361")

    assert response.status_code == 200
    assert CODE in response.content.decode()


def test_the_dossier_csv_starts_with_a_byte_order_mark(counter, dossier):
    response = counter.get(reverse("dossier_admin:index"), {"export": "csv", "all": "1"})
    content = b"".join(response.streaming_content)

    assert content.startswith(b"\xef\xbb\xbf")
    assert CODE in content.decode("utf-8-sig")


def test_the_report_csv_starts_with_a_byte_order_mark(client, dossier):
    client.force_login(StaffUserFactory(role=roles.LEADER))

    response = client.get(reverse("reports_admin:bieu06_csv"))

    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")


@pytest.fixture
def catalogue(home_page):
    civil = SubsystemPageFactory(parent=home_page, title="Hộ tịch")
    land = SubsystemPageFactory(parent=home_page, title="Đất đai")
    return {
        "marriage": ProcedurePageFactory(parent=civil, title="Đăng ký kết hôn"),
        "birth": ProcedurePageFactory(parent=civil, title="Đăng ký khai sinh"),
        "land": ProcedurePageFactory(parent=land, title="Đăng ký biến động đất đai"),
    }


def test_the_procedure_picker_groups_by_subsystem(counter, catalogue):
    response = counter.get(reverse("dossier_admin:intake"))

    groups = [(subsystem.title, [p.title for p, _ in items]) for subsystem, items in response.context["groups"]]
    assert groups == [
        ("Hộ tịch", ["Đăng ký kết hôn", "Đăng ký khai sinh"]),
        ("Đất đai", ["Đăng ký biến động đất đai"]),
    ]
    html = response.content.decode()
    assert reverse("dossier_admin:intake_form", args=[catalogue["land"].pk]) in html
    assert "intake_picker.js" in html and "<script>" not in html  # no inline script: CSP


@pytest.mark.parametrize("typed", ["ket hon", "KẾT HÔN", "kết  hôn"])
def test_the_procedure_picker_searches_without_diacritics_by_get(counter, catalogue, typed):
    response = counter.get(reverse("dossier_admin:intake"), {"q": typed})

    titles = [p.title for _, items in response.context["groups"] for p, _ in items]
    assert titles == ["Đăng ký kết hôn"]


def test_after_intake_the_dossier_page_opens_with_the_receipt_first(counter, catalogue):
    procedure = catalogue["marriage"]
    data = {
        **prefixed("dossier", APPLICANT_CHOICES),
        "dossier-applicant_name": "Nguyễn Văn An",
        "dossier-applicant_id_number": "001203004567",
        "dossier-applicant_date_of_birth": "2003-01-01",
        "dossier-applicant_address": "12 Lê Lợi",
        "dossier-applicant_phone": "0912345678",
        "channel-channel": "counter",
        "checklist-TOTAL_FORMS": 0,
        "checklist-INITIAL_FORMS": 0,
    }
    response = counter.post(reverse("dossier_admin:intake_form", args=[procedure.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    dossier = Dossier.objects.get()
    assert response["Location"] == f"{dossier.get_admin_url()}?in=giay-tiep-nhan"

    html = counter.get(response["Location"]).content.decode()
    receipt = reverse("dossier_admin:slip", kwargs={"pk": dossier.pk, "kind": "receipt"})
    assert receipt in html and html.index(receipt) < html.index('id="dossier-applicant"')  # first on the page
    assert "data-open-on-load" in html and "intake_receipt.js" in html
    assert counter.get(receipt)["Content-Type"] == "application/pdf"

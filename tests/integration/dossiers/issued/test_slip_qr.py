"""Every slip printed is a document issued: its first page carries a QR code at the top left that decodes, from a
100 dpi render, to the verification address with the fields Circular 01/2023/TT-VPCP lists, and the register holds
the hash of the very bytes served."""

import hashlib

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse

from dossiers.issued.qr import qr_time
from dossiers.models import IssuedDocument

from .conftest import CODE, ID_NUMBER, PROCEDURE_CODE, PUBLIC, first_page, in_top_left, read_qr

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("settings_public_base_url")]

DOSSIER_SLIPS = ["receipt", "supplement_request", "refusal", "apology", "stop_notice", "control_slip"]


@pytest.fixture
def settings_public_base_url():
    with override_settings(PUBLIC_BASE_URL=PUBLIC):
        yield


def issued_pdf(response):
    assert response.status_code == 200, response.content[:300]
    [document] = IssuedDocument.objects.all()
    assert document.sha256 == hashlib.sha256(response.content).hexdigest()
    return document


@pytest.mark.parametrize("kind", DOSSIER_SLIPS)
def test_each_dossier_slip_has_a_qr_at_top_left_with_the_circulars_fields(staff_client, clerk, dossier, kind, tmp_path):
    response = staff_client.get(reverse("dossier_admin:slip", args=[dossier.pk, kind]))

    document = issued_pdf(response)
    page = first_page(response.content, tmp_path)
    address, fields, position = read_qr(page)

    assert (document.kind, document.dossier, document.issued_by) == (kind, dossier, clerk)
    assert address == f"{PUBLIC}/xac-minh/{document.token}/"
    assert in_top_left(position, page)
    expected = {
        "ma": CODE,
        "tthc": PROCEDURE_CODE,
        "dd": ID_NUMBER,
        "vb": IssuedDocument.Kind(kind).label,
        "ht": settings.SYSTEM_NAME,
        "tg": qr_time(document.issued_at),
    }
    if kind == "receipt":
        expected["hen"] = "20261106091500"  # the appointment, local time
    assert fields == expected
    assert document.qr_fields == expected


def test_the_log_book_s_qr_carries_its_period_and_agency_instead_of_a_dossier(staff_client, dossier, tmp_path):
    response = staff_client.get(reverse("dossier_admin:log_book"), {"from": "2026-11-01", "to": "2026-11-30"})

    document = issued_pdf(response)
    page = first_page(response.content, tmp_path)
    address, fields, position = read_qr(page)

    assert document.kind == "log_book" and document.dossier is None
    assert address == f"{PUBLIC}/xac-minh/{document.token}/"
    assert in_top_left(position, page)
    assert fields == {
        "vb": "Sổ theo dõi hồ sơ",
        "ky": "20261101-20261130",
        "cq": "Văn phòng Ủy ban nhân dân tỉnh",
        "ht": settings.SYSTEM_NAME,
        "tg": qr_time(document.issued_at),
    }


def test_each_print_is_a_document_of_its_own(staff_client, dossier):
    url = reverse("dossier_admin:slip", args=[dossier.pk, "receipt"])

    first, second = staff_client.get(url).content, staff_client.get(url).content

    hashes = {hashlib.sha256(content).hexdigest() for content in (first, second)}
    assert set(IssuedDocument.objects.values_list("sha256", flat=True)) == hashes
    assert len(set(IssuedDocument.objects.values_list("token", flat=True))) == 2


def test_a_slip_that_cannot_be_printed_registers_nothing(staff_client, dossier):
    dossier.events.filter(action="stop").delete()

    assert staff_client.get(reverse("dossier_admin:slip", args=[dossier.pk, "stop_notice"])).status_code == 400
    assert not IssuedDocument.objects.exists()

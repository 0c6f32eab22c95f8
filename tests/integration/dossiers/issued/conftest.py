"""A received dossier with every step a slip records (supplement request, refusal, extension, stop), the counter
clerk who prints its slips, and how a test reads a QR code back: the first page rendered by pdftoppm, as a scan of
the paper would be, and decoded with zxing-cpp."""

import subprocess
from datetime import datetime
from urllib.parse import parse_qs

import pytest
import zxingcpp
from PIL import Image

from dossiers.accounts import roles
from dossiers.calendar.deadlines import VIETNAM
from dossiers.factories import DossierFactory, StaffUserFactory
from dossiers.models import DossierEvent, Status, SupplementRequest
from procedures.factories import AgencyFactory, ProcedurePageFactory, SubsystemPageFactory

CODE = "000.00.06.H56-261103-0361"
PROCEDURE_CODE = "1.001234"
ID_NUMBER = "001203004567"
RECEIVED = datetime(2026, 11, 3, 9, 15, tzinfo=VIETNAM)
DUE = datetime(2026, 11, 6, 9, 15, tzinfo=VIETNAM)
PUBLIC = "https://dichvucong.example.gov.vn"


def at(day, hour=9):
    return datetime(2026, 11, day, hour, tzinfo=VIETNAM)


@pytest.fixture
def clerk(db):
    return StaffUserFactory(last_name="Trần Thị", first_name="Bích", role=roles.COUNTER_STAFF)


@pytest.fixture
def dossier(home_page, clerk):
    procedure = ProcedurePageFactory(
        parent=SubsystemPageFactory(parent=home_page),
        agency=AgencyFactory(code="000.00.06.H56", name="Sở Tư pháp tỉnh Lâm Đồng"),
        title="Đăng ký kết hôn có yếu tố nước ngoài",
        procedure_code=PROCEDURE_CODE,
    )
    dossier = DossierFactory(
        procedure=procedure,
        code=CODE,
        applicant_id_number=ID_NUMBER,
        status=Status.RECEIVED,
        submitted_at=at(2, 16),
        received_at=RECEIVED,
        due_at=DUE,
    )
    for action, day in [("receive", 3), ("request_supplement", 4), ("refuse", 5), ("extend", 5), ("stop", 6)]:
        DossierEvent.objects.create(
            dossier=dossier,
            action=action,
            to_status=dossier.status,
            created_at=at(day),
            actor=clerk,
            public_note="Lý do ghi cho người nộp",
        )
    SupplementRequest.objects.create(
        dossier=dossier, items="Bản sao hộ chiếu", reason="Hộ chiếu hết hạn", requested_at=at(4), requested_by=clerk
    )
    return dossier


@pytest.fixture
def staff_client(client, clerk):
    client.force_login(clerk)
    return client


def first_page(pdf_bytes, tmp_path, dpi=100):
    """Page 1 as ``pdftoppm -r <dpi> -png`` draws it."""
    source = tmp_path / "document.pdf"
    source.write_bytes(pdf_bytes)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", "-singlefile", source, tmp_path / "page"],
        check=True,
    )
    return Image.open(tmp_path / "page.png")


def read_qr(image):
    """The one QR code on the image: ``(address, fields of its fragment, position)``."""
    [barcode] = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    address, _hash, fragment = barcode.text.partition("#")
    fields = {key: value for key, [value] in parse_qs(fragment, strict_parsing=True).items()}
    return address, fields, barcode.position


def in_top_left(position, image):
    """Wholly within the left quarter and the top quarter of the page."""
    corners = [position.top_left, position.top_right, position.bottom_left, position.bottom_right]
    return all(point.x < image.width / 4 and point.y < image.height / 4 for point in corners)

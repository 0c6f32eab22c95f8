"""The demo authority, built once per test session under the test settings' SIGNING_PKI_DIR (a throw-away folder),
a leader's and an agency's demo credentials, and a real one-page PDF to sign."""

from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from django.conf import settings
from django.contrib.auth import get_user_model
from weasyprint import HTML

from procedures.factories import AgencyFactory
from signing.demo import DemoPKI
from signing.demo_credentials import ensure_demo_pki
from signing.models import SigningCredential


@pytest.fixture(scope="session")
def demo_pki():
    pki = DemoPKI(settings.SIGNING_PKI_DIR)
    expired, revoked = pki.test_certificates()
    return SimpleNamespace(pki=pki, expired=expired, revoked=revoked)


@pytest.fixture
def credentials(db, demo_pki):
    leader = get_user_model().objects.create(username="lanhdao", first_name="Trưởng", last_name="Đặng Quốc")
    agency = AgencyFactory(name="Ủy ban nhân dân tỉnh")
    person, seal = ensure_demo_pki([leader], [agency])
    return SimpleNamespace(leader=leader, agency=agency, person=person, seal=seal)


def credential_from(issued, **owner):
    """A saved credential for a test certificate of the demo authority (expired, revoked, …)."""
    return SigningCredential.objects.create(
        pkcs12_path=str(issued.path),
        certificate_pem=issued.certificate.public_bytes(Encoding.PEM).decode(),
        **owner,
    )


@pytest.fixture(scope="session")
def pdf():
    """A result as WeasyPrint lays one out (the slips' renderer), Vietnamese text and a font embedded."""
    return HTML(string="<h1>QUYẾT ĐỊNH</h1><p>Về việc cấp giấy chứng nhận quyền sử dụng đất.</p>").write_pdf()

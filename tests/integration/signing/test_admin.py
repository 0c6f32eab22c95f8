"""Administrators register credentials in Settings; the certificate's details are read from the pasted PEM."""

from dossiers.accounts import roles
from dossiers.factories import StaffUserFactory
from signing.models import SigningCredential


def test_administrator_registers_a_credential(client, credentials):
    administrator = StaffUserFactory(role=roles.ADMINISTRATOR)
    client.force_login(administrator)
    assert client.get("/admin/signing_credentials/").status_code == 200
    pem = credentials.person.certificate_pem
    response = client.post(
        "/admin/signing_credentials/new/",
        {
            "agency": credentials.agency.pk,
            "backend": "pkcs11",
            "pkcs11_module": "/usr/lib/libeToken.so",
            "pkcs11_token_label": "UBND",
            "pkcs11_key_label": "con-dau",
            "pin_env": "SIGNING_SEAL_PIN_UBND",
            "certificate_pem": pem,
        },
    )
    assert response.status_code == 302
    created = SigningCredential.objects.get(pkcs11_key_label="con-dau")
    assert created.serial == credentials.person.serial and "Đặng Quốc" in created.subject


def test_a_specialist_cannot_see_credentials(client, credentials):
    client.force_login(StaffUserFactory(role=roles.SPECIALIST))
    assert client.get("/admin/signing_credentials/").status_code in (302, 403)


def test_an_unreadable_certificate_or_no_owner_is_a_form_error(client, credentials):
    client.force_login(StaffUserFactory(role=roles.ADMINISTRATOR))
    form = {"backend": "pkcs12", "pkcs12_path": "x.p12", "certificate_pem": "không phải PEM", "active": "on"}
    response = client.post("/admin/signing_credentials/new/", {**form, "user": credentials.leader.pk})
    assert response.status_code == 200
    assert "Chứng thư số không đọc được (cần định dạng PEM)." in response.content.decode()
    both = {**form, "certificate_pem": credentials.person.certificate_pem, "active": ""}
    response = client.post(
        "/admin/signing_credentials/new/", {**both, "user": credentials.leader.pk, "agency": credentials.agency.pk}
    )
    assert response.status_code == 200
    assert "Chứng thư phải thuộc về đúng một người ký hoặc một cơ quan." in response.content.decode()
    assert SigningCredential.objects.count() == 2

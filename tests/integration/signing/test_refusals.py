"""A signature that may not be made is refused with a message, and no bytes come out."""

import datetime

import pytest
from django.test import override_settings

from signing.demo import DemoPKI
from signing.service import SigningRefused, credential_for_agency, credential_for_user, sign_pdf

from .conftest import credential_from


def refusal(pdf, credential, pin="123456"):
    with pytest.raises(SigningRefused) as refused:
        sign_pdf(pdf, credential, pin=pin, field_name="LanhDaoKy", reason="Ký duyệt", location="Tỉnh Demo")
    return str(refused.value.message)


def test_wrong_pin(pdf, credentials):
    assert refusal(pdf, credentials.person, pin="000000") == "Mã PIN không đúng."


def test_no_pin(pdf, credentials):
    assert refusal(pdf, credentials.person, pin="") == "Hãy nhập mã PIN của chứng thư số."


def test_expired_certificate(pdf, credentials, demo_pki):
    expired = credential_from(demo_pki.expired, user=credentials.leader, active=False)
    expired.active = True  # the leader's valid credential stays the active one in the database
    assert refusal(pdf, expired).startswith("Chứng thư số đã hết hạn ngày")


def test_revoked_certificate(pdf, credentials, demo_pki):
    revoked = credential_from(demo_pki.revoked, user=credentials.leader, active=False)
    revoked.active = True
    assert refusal(pdf, revoked) == "Chứng thư số đã bị thu hồi."


def test_certificate_of_an_untrusted_authority(pdf, credentials, tmp_path):
    stranger = DemoPKI(tmp_path).pkcs12("people/stranger.p12", "Người lạ")
    credential = credential_from(stranger, user=credentials.leader, active=False)
    credential.active = True
    assert refusal(pdf, credential) == "Chứng thư số không do tổ chức chứng thực được tin cậy cấp."


def test_inactive_credential(pdf, credentials):
    credentials.person.active = False
    assert refusal(pdf, credentials.person) == "Chứng thư số này đã ngừng sử dụng."


def test_missing_pkcs12_file(pdf, credentials):
    credentials.person.pkcs12_path = "people/nobody.p12"
    assert refusal(pdf, credentials.person).startswith("Không tìm thấy tệp chứng thư số")


def test_demo_certificate_where_demo_is_not_allowed(pdf, credentials):
    with override_settings(SIGNING_ALLOW_DEMO=False):
        assert refusal(pdf, credentials.person) == (
            "Chứng thư số thử nghiệm (DEMO) không được dùng để ký trên hệ thống thật."
        )


def test_seal_pin_from_its_environment_variable(pdf, credentials, monkeypatch):
    monkeypatch.setenv(credentials.seal.pin_env, "999999")
    assert refusal(pdf, credentials.seal, pin=None) == "Mã PIN không đúng."
    monkeypatch.setenv(credentials.seal.pin_env, "123456")
    assert sign_pdf(pdf, credentials.seal, pin=None, field_name="DongDau", reason="r", location="l")


def test_seal_without_a_pin_in_production(pdf, credentials, monkeypatch):
    monkeypatch.delenv(credentials.seal.pin_env, raising=False)
    with override_settings(SIGNING_SEAL_PIN_FALLBACK=None):
        assert refusal(pdf, credentials.seal, pin=None) == "Chưa cấu hình mã PIN của con dấu: báo quản trị hệ thống."


def test_credential_registered_for_another_certificate(pdf, credentials, demo_pki):
    credentials.person.pkcs12_path = str(demo_pki.revoked.path)  # the file holds a different certificate
    assert refusal(pdf, credentials.person) == (
        "Chứng thư trong thiết bị không phải chứng thư đã đăng ký cho người ký này."
    )


def test_active_credentials_are_found(credentials):
    assert credential_for_user(credentials.leader) == credentials.person
    assert credential_for_agency(credentials.agency) == credentials.seal
    credentials.person.active = False
    credentials.person.save()
    assert credential_for_user(credentials.leader) is None


def test_certificate_not_yet_valid(pdf, credentials, demo_pki):
    start = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=2)
    future = demo_pki.pki.pkcs12(
        "tests/future.p12", "Người ký chưa đến hạn", not_before=start, not_after=start + datetime.timedelta(days=30)
    )
    credential = credential_from(future, user=credentials.leader, active=False)
    credential.active = True
    assert refusal(pdf, credential) == "Chứng thư số chưa đến thời hạn hiệu lực."

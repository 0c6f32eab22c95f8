"""A form body that is not readable text is refused once, with a translated 400 that says why, before anything reads
it: never a 500 (the CSRF check, then Django's error views, used to parse it again and raise again), never a value
silently stored with U+FFFD in place of the bytes. CSRF checks are enforced, as in production."""

import pytest
from django.conf import settings
from django.test import Client

from dossiers.models import Attachment, Dossier
from procedures.factories import (
    OnlineFormPageFactory,
    ProcedurePageFactory,
    SubsystemPageFactory,
    add_form_field,
)
from tests.samples import APPLICANT, PDF

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage")]

CSRF = "a" * 32  # a valid secret; the malformed bodies are refused before the check compares it
UNREADABLE = "Nội dung gửi lên có ký tự không đọc được (không đúng bảng mã UTF-8)."
BROKEN = "Nội dung biểu mẫu gửi lên bị hỏng hoặc không đầy đủ."


@pytest.fixture
def form_page(home_page):
    page = OnlineFormPageFactory(parent=ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page)))
    add_form_field(page=page, label="Tờ khai", field_type="file", allowed_file_types="pdf")
    return page


@pytest.fixture
def browser():
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = CSRF
    return client


def multipart(fields, *, filename="to-khai.pdf"):
    """A multipart body of raw bytes (the test client would encode them itself): every field, then one PDF."""
    parts = [
        b'--b\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (name.encode(), value)
        for name, value in fields.items()
    ]
    parts.append(
        b'--b\r\nContent-Disposition: form-data; name="tep_to_khai"; filename="%s"\r\n'
        b"Content-Type: application/pdf\r\n\r\n%s\r\n" % (filename.encode("utf-8", "surrogateescape"), PDF)
    )
    return b"".join(parts) + b"--b--\r\n", "multipart/form-data; boundary=b"


def applicant(**changes):
    return {
        "csrfmiddlewaretoken": CSRF.encode(),
        **{name: value.encode() for name, value in APPLICANT.items()},
        **changes,
    }


def submit(browser, page, body, content_type):
    response = browser.generic("POST", page.url, body, content_type=content_type)
    assert not Dossier.objects.exists() and not Attachment.objects.exists()
    return response.status_code, response.content.decode()


def test_a_well_formed_multipart_body_of_raw_bytes_is_a_dossier(browser, form_page):
    """The helpers below build valid bodies: only the malformed part makes each refusal."""
    response = browser.generic("POST", form_page.url, *multipart(applicant()))
    assert response.status_code == 302, response.content.decode()[:3000]
    confirmed = browser.post(response["Location"], {"csrfmiddlewaretoken": CSRF})
    assert confirmed.status_code == 302 and confirmed["Location"].endswith("/xac-nhan/")
    assert Dossier.objects.get().applicant_name == APPLICANT["applicant_name"]


@pytest.mark.parametrize(
    "fields",
    [
        {"applicant_name": b"\xc3\x28\xa0 Tr\xe1"},  # what the issue found stored as "���( Tr�"
        {"applicant_address": "Lê Văn An".encode("cp1258")},  # a Vietnamese legacy code page
    ],
    ids=["value", "legacy code page"],
)
def test_invalid_utf8_in_a_multipart_field_is_refused(browser, form_page, fields):
    status, html = submit(browser, form_page, *multipart(applicant(**fields)))
    assert status == 400 and UNREADABLE in html


def test_a_multipart_part_named_in_invalid_utf8_is_never_stored(browser, form_page):
    """Django decodes part headers strictly and skips a part it cannot read: the file is missing, not renamed."""
    status, html = submit(browser, form_page, *multipart(applicant(), filename="t\udcff.pdf"))
    assert status == 400 and "Đính kèm tờ khai." in html


@pytest.mark.parametrize("body", [b"code=%C3%28%A0Tr&factor=secret&value=X", b"code=\xc3\x28&factor=secret&value=X"])
def test_invalid_utf8_in_an_urlencoded_field_is_refused(browser, home_page, body):
    response = browser.generic("POST", "/tra-cuu/", body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400 and UNREADABLE in response.content.decode()


@pytest.mark.parametrize("charset", ["utf-16", "latin-1", "x-no-such-charset"])
def test_a_form_declaring_another_charset_is_refused_with_a_400_not_a_500(browser, form_page, charset):
    """``charset=utf-16`` was a 500: the CSRF check raised BadRequest, Django's 400 view ran the check again."""
    body, content_type = multipart(applicant())
    status, html = submit(browser, form_page, body, f"{content_type}; charset={charset}")
    assert status == 400 and f"Biểu mẫu phải được gửi bằng bảng mã UTF-8, không phải {charset}." in html
    urlencoded = browser.generic(
        "POST",
        "/tra-cuu/",
        "code=X".encode("utf-16"),
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )
    assert urlencoded.status_code == 400 and "bảng mã UTF-8" in urlencoded.content.decode()


def test_a_broken_multipart_body_is_refused_and_answered_in_the_chosen_language(browser, form_page):
    status, html = submit(browser, form_page, b"--b\r\nbroken", "multipart/form-data")
    assert status == 400 and BROKEN in html
    browser.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = browser.generic("POST", form_page.url, b"--b\r\nbroken", content_type="multipart/form-data")
    assert response.status_code == 400 and '<html lang="en">' in response.content.decode()


def test_a_utf8_charset_however_spelled_is_accepted(browser, form_page):
    body, content_type = multipart(applicant())
    response = browser.generic("POST", form_page.url, body, content_type=f"{content_type}; charset=UTF8")
    assert response.status_code == 302

"""An applicant's ID number, phone, email and look-up secret never reach a log line or a URL. Logs are read by
operators and shipped elsewhere; URLs end up in access logs, browser history and Referer headers.

One journey goes through every place that handles them: a refused and an accepted online submission (with its
acknowledgement email), the look-up page and API by ID number and by secret (found and not found), the counter's
steps (with their emails), a supplement through the signed link, and the staff's inspect page."""

import json
import logging
import re
from html.parser import HTMLParser
from urllib.parse import unquote_plus

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from dossiers.accounts import roles
from dossiers.factories import StaffUserFactory
from dossiers.models import Dossier
from dossiers.public.links import signed_path
from dossiers.workflow.engine import transition
from procedures.factories import (
    OnlineFormPageFactory,
    ProcedurePageFactory,
    SubsystemPageFactory,
    add_form_field,
)
from tests.samples import APPLICANT as SAMPLE_APPLICANT
from tests.samples import PDF

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage")]

ID_NUMBER, PHONE, EMAIL = "001190012345", "0912345678", "hoa.nguyen@example.vn"
APPLICANT = {**SAMPLE_APPLICANT, "applicant_email": EMAIL}
# Attributes whose value is a URL the browser may request or show.
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "poster", "data", "cite"}


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        self.urls += [value for name, value in attrs if name in URL_ATTRIBUTES and value]


def links_in(html):
    collector = LinkCollector()
    collector.feed(html)
    return collector.urls


@pytest.fixture
def form_page(home_page):
    procedure = ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), title="Đăng ký kết hôn")
    page = OnlineFormPageFactory(parent=procedure)
    add_form_field(page=page, label="Tờ khai", field_type="file", allowed_file_types="pdf")
    return page


@pytest.fixture
def counter():
    return StaffUserFactory(role=roles.COUNTER_STAFF)


@pytest.fixture
def every_log_record(caplog):
    """caplog at DEBUG on the root logger and on every logger with a level of its own; a logger that does not
    propagate to the root (Django's ``django.server``, for one) gets caplog's handler directly."""
    caplog.set_level(logging.DEBUG)
    loggers = [
        logging.getLogger(name) for name in ["django.request", "django.server", *logging.Logger.manager.loggerDict]
    ]
    for logger in loggers:
        caplog.set_level(logging.DEBUG, logger=logger.name)
    detached = [logger for logger in loggers if not logger.propagate and caplog.handler not in logger.handlers]
    for logger in detached:
        logger.addHandler(caplog.handler)
    yield caplog
    for logger in detached:
        logger.removeHandler(caplog.handler)


def journey(client, form_page, counter, capture_on_commit):
    """Every step that handles the applicant's data; returns the dossier and the public pages' responses."""
    pages = [client.get(form_page.url)]
    pages.append(client.post(form_page.url, {**APPLICANT, "applicant_phone": "0123"}))  # refused: echoes the input
    upload = SimpleUploadedFile("to-khai.pdf", PDF, content_type="application/pdf")
    with capture_on_commit(execute=True):
        checked = client.post(form_page.url, {**APPLICANT, "tep_to_khai": upload})
        pages.append(client.get(checked["Location"]))  # check your answers: shown, never in a URL
        pages.append(client.post(checked["Location"]))
    pages.append(client.get(pages[-1]["Location"]))
    dossier = Dossier.objects.get()
    assert pages[-1].status_code == 200 and dossier.lookup_secret in pages[-1].content.decode()

    pages.append(client.get("/tra-cuu/", {"ma": dossier.code}))
    for factor, value, status in [
        ("id_number", APPLICANT["applicant_id_number"], 200),
        ("id_number", "001190012346", 404),
        ("secret", dossier.lookup_secret.lower(), 200),
    ]:
        pages.append(client.post("/tra-cuu/", {"code": dossier.code, "factor": factor, "value": value}))
        assert pages[-1].status_code == status
        body = json.dumps({"code": dossier.code, factor: value})
        api = client.post("/api/v1/dossiers/lookup", body, content_type="application/json")
        assert api.status_code == status

    with capture_on_commit(execute=True):
        dossier = transition(dossier, "receive", counter)
        transition(dossier, "request_supplement", counter, items="Bản sao hộ chiếu", reason="Bản chụp bị mờ")
    supplement = signed_path(dossier, "supplement")
    pages.append(client.get(supplement))
    upload = SimpleUploadedFile("ho-chieu.pdf", PDF, content_type="application/pdf")
    with capture_on_commit(execute=True):
        pages.append(client.post(supplement, {"files": [upload], "note": f"Gọi {PHONE} nếu cần"}))
    assert pages[-1].status_code == 302
    pages.append(client.get(pages[-1]["Location"]))

    staff = Client()
    staff.force_login(counter)
    inspect = staff.get(dossier.get_admin_url())
    assert inspect.status_code == 200 and ID_NUMBER in inspect.content.decode()
    return Dossier.objects.get(pk=dossier.pk), pages


def private_values(dossier):
    return [ID_NUMBER, PHONE, EMAIL, dossier.lookup_secret]


def carries(text, value):
    """Also catches the value percent-encoded, typed with spaces or dots (as in the form), or in another case."""
    decoded = unquote_plus(text).lower()
    return value.lower() in decoded or re.sub(r"[\s.]", "", value).lower() in re.sub(r"[\s.]", "", decoded)


def test_no_log_record_carries_personal_data(
    client, form_page, counter, every_log_record, django_capture_on_commit_callbacks
):
    dossier, _pages = journey(client, form_page, counter, django_capture_on_commit_callbacks)
    records = every_log_record.records
    assert any(record.name == "django.request" for record in records), "the request log was captured"
    for record in records:
        text = record.getMessage() + repr(vars(record))
        leaked = [value for value in private_values(dossier) if carries(text, value)]
        assert not leaked, (leaked, record.name, record.getMessage())


def test_no_url_the_public_pages_or_emails_generate_carries_personal_data(
    client, form_page, counter, django_capture_on_commit_callbacks
):
    dossier, pages = journey(client, form_page, counter, django_capture_on_commit_callbacks)
    urls = [page["Location"] for page in pages if page.has_header("Location")]
    urls += [
        url for page in pages if page["Content-Type"].startswith("text/html") for url in links_in(page.content.decode())
    ]
    assert len(mail.outbox) >= 3, "acknowledgement, receipt and supplement request"
    for email in mail.outbox:
        urls += re.findall(r"https?://\S+", email.body)
        urls += [url for html, _type in getattr(email, "alternatives", []) for url in links_in(html)]
    assert any("/tra-cuu/?ma=" in url for url in urls), "the links were collected"
    for url in urls:
        leaked = [value for value in private_values(dossier) if carries(url, value)]
        assert not leaked, (leaked, url)

"""A request past the server's limits (body size, number of fields, number of files) is refused with a 4xx that
says why, on every public page that reads a body, and leaves nothing behind; never a 500. The limits are lowered
here so the bodies stay small; in production nginx caps a body at 60 MB before Django sees it."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from dossiers.factories import DossierFactory
from dossiers.models import Attachment, Dossier
from dossiers.public.links import signed_path
from procedures.factories import OnlineFormPageFactory, ProcedurePageFactory, SubsystemPageFactory
from tests.samples import PDF

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("small_limits", "private_storage")]

BODIES = {
    "too long": lambda: {"applicant_name": "x" * 5000},
    "too many fields": lambda: {f"field{number}": "x" for number in range(30)},
    "too many files": lambda: {"to_khai": [SimpleUploadedFile(f"{n}.pdf", PDF, "application/pdf") for n in range(5)]},
}


@pytest.fixture
def small_limits(settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 4096
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 20
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 3


@pytest.fixture
def procedure(home_page):
    return ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page))


@pytest.fixture
def pages(procedure):
    """Every public page that reads a form body."""
    dossier = DossierFactory(procedure=procedure)
    return {
        "online form": OnlineFormPageFactory(parent=procedure).url,
        "look-up": "/tra-cuu/",
        **{f"signed link ({purpose})": signed_path(dossier, purpose) for purpose in ("supplement", "withdraw", "rate")},
    }


@pytest.mark.parametrize("body", BODIES)
def test_every_form_page_refuses_an_oversized_body_with_a_clear_400(client, pages, private_storage, body):
    for page, url in pages.items():
        dossiers = Dossier.objects.count()
        response = client.post(url, BODIES[body]())
        assert response.status_code == 400, page
        html = response.content.decode()
        assert "Yêu cầu không hợp lệ" in html and "quá nhiều tệp" in html, page
        assert Dossier.objects.count() == dossiers and not Attachment.objects.exists(), page
    assert not private_storage.exists()


def test_the_api_refuses_an_oversized_body_with_its_documented_json_400(client, db):
    body = json.dumps({"code": "X" * 5000, "secret": "7KQ4M2XZ"})
    response = client.post("/api/v1/dossiers/lookup", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"detail": "Yêu cầu quá lớn: nội dung gửi lên vượt quá giới hạn."}

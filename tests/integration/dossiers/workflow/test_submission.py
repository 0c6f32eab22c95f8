"""Submission: one transaction for the dossier, its files and its acknowledgement; nothing half-saved on failure."""

import hashlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import ReferenceIndex

from dossiers.models import Attachment, Dossier, DossierEvent, Notification, Status
from dossiers.workflow.creation import Applicant
from dossiers.workflow.engine import create
from procedures.factories import ProcedurePageFactory, SubsystemPageFactory
from tests.samples import PDF

pytestmark = pytest.mark.django_db

APPLICANT = Applicant("Lê Thị Cúc", "001303001234", None, "3 Hàng Bài, Hà Nội", "0987654321", "cuc@example.vn")


@pytest.fixture
def procedure(home_page):
    return ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page), title="Đăng ký kết hôn")


@pytest.fixture
def private_storage():
    return Path(settings.PRIVATE_MEDIA_ROOT)


def stored_files(root):
    return {path for path in root.rglob("*") if path.is_file()}


def submit(procedure, files=()):
    return create(
        "submit",
        procedure=procedure,
        applicant=APPLICANT,
        form_data={"quoc_tich": "Nhật Bản"},
        form_schema=[{"name": "quoc_tich", "label": "Quốc tịch", "type": "dropdown"}],
        files=files,
    )


def test_submission_creates_dossier_files_event_and_acknowledgement(
    procedure, private_storage, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("to-khai.pdf", PDF, content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        dossier = submit(procedure, files=[("to_khai", upload)])

    dossier.refresh_from_db()
    assert dossier.status == Status.REGISTERED
    assert dossier.code.startswith(procedure.agency.code + "-")
    assert dossier.review_due_at > dossier.submitted_at
    assert dossier.form_data == {"quoc_tich": "Nhật Bản"}
    attachment = Attachment.objects.get(dossier=dossier)
    stored = Path(attachment.file.path)
    assert stored.is_relative_to(private_storage)
    assert not stored.is_relative_to(Path(settings.MEDIA_ROOT))
    assert "to-khai" not in stored.name and "Cúc" not in str(stored)
    assert stored.read_bytes() == PDF and attachment.sha256 == hashlib.sha256(PDF).hexdigest()
    assert list(dossier.events.values_list("action", flat=True)) == ["submit"]
    assert dossier.history.count() == 1  # one write of the dossier, one history row
    assert not ReferenceIndex.is_indexed(Dossier)  # no reference-index work on any dossier save

    notification = Notification.objects.get(dossier=dossier, kind="submitted")
    assert notification.state == Notification.State.SENT and notification.attempts == 1
    [email] = mail.outbox
    assert email.to == ["cuc@example.vn"]
    assert dossier.code in email.subject
    assert dossier.lookup_secret in email.body
    assert f"/tra-cuu/?ma={dossier.code}" in email.body
    assert "Đăng ký kết hôn" in email.body and "Look-up secret" in email.body


def test_a_failure_after_files_were_written_leaves_nothing_behind(procedure, private_storage, monkeypatch):
    def broken_create(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(DossierEvent.objects, "create", broken_create)
    before = stored_files(private_storage)
    upload = SimpleUploadedFile("to-khai.pdf", PDF, content_type="application/pdf")
    with pytest.raises(RuntimeError):
        submit(procedure, files=[("to_khai", upload)])
    assert Dossier.objects.count() == 0
    assert Attachment.objects.count() == 0 and Notification.objects.count() == 0
    assert stored_files(private_storage) == before


def test_no_email_address_means_no_notice(procedure, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        dossier = create(
            "submit",
            procedure=procedure,
            applicant=Applicant("Lê Văn Dũng", "001303001235", None, "Hà Nội", "0987654322", ""),
            form_data={},
            form_schema=[],
        )
    assert not Notification.objects.filter(dossier=dossier).exists()
    assert mail.outbox == []

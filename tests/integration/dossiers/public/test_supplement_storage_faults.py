"""The supplement page when the disk is full: 503 with Retry-After, the note kept, the dossier still waiting for
its supplement, and no file left, not even the one whose write the disk cut off."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from dossiers.models import Attachment, Dossier, Status
from dossiers.public.links import signed_path
from portal.storage import RETRY_AFTER_SECONDS
from tests.integration.dossiers.public import test_signed_links as signed_links
from tests.samples import PDF

pytestmark = pytest.mark.django_db

counter, dossier, awaiting_supplement = signed_links.counter, signed_links.dossier, signed_links.awaiting_supplement


def test_a_full_disk_answers_503_keeps_the_note_and_leaves_no_file(client, awaiting_supplement, small_disk):
    small_disk.fill(leave=16 * 1024)
    upload = SimpleUploadedFile("ho-chieu.pdf", PDF + b"%" + b"0" * 40 * 1024 + b"\n")
    path = signed_path(awaiting_supplement, "supplement")
    response = client.post(path, {"files": [upload], "note": "Bản sao hộ chiếu mới"})
    assert response.status_code == 503 and response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    html = response.content.decode()
    assert "chọn lại các tệp đính kèm" in html and "Bản sao hộ chiếu mới</textarea>" in html
    assert Dossier.objects.get(pk=awaiting_supplement.pk).status == Status.SUPPLEMENT_REQUESTED
    assert not Attachment.objects.exists() and small_disk.files() == []

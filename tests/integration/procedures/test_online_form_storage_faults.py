"""The online form when the attachment storage refuses to write, on a real small disk: full (the kernel takes part of
the file, then ENOSPC) or read-only (EROFS). The citizen gets 503 with Retry-After and the form with what they
typed; nothing is stored: no dossier, no attachment row, no file, not even the half-written one."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from dossiers.models import Attachment, Dossier
from portal.storage import RETRY_AFTER_SECONDS
from tests.integration.procedures import test_online_form_page as online_form
from tests.integration.procedures.test_online_form_page import pdf, post
from tests.samples import PDF

pytestmark = pytest.mark.django_db

# The form page of the online form's own tests: a field of every type, two of them file fields.
subsystem, procedure, form_page = online_form.subsystem, online_form.procedure, online_form.form_page

# Bigger than the room the full disk leaves, so its write fails half-way.
LARGE_PDF = PDF + b"%" + b"0" * 40 * 1024 + b"\n"


def large_pdf():
    return SimpleUploadedFile("ho-so-day-du.pdf", LARGE_PDF, content_type="application/pdf")


def assert_refused_and_kept(response):
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    html = response.content.decode()
    assert "Kho lưu tệp đính kèm tạm thời không ghi được" in html and "không cần chọn lại tệp" in html
    assert 'value="Nguyễn Thị Hoa"' in html and 'value="yuki@example.jp"' in html and "UBND phường Trung tâm" in html
    assert not Dossier.objects.exists() and not Attachment.objects.exists()


@pytest.mark.parametrize("memory_limit", [2621440, 1024], ids=["uploads in memory", "uploads in temporary files"])
def test_a_full_disk_answers_503_keeps_the_answers_and_leaves_no_file(
    client, form_page, small_disk, settings, memory_limit
):
    # Django keeps small uploads in memory and writes them out in chunks; larger ones land in a temporary file that
    # the storage moves, or copies when it is on another file system (as here).
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = memory_limit
    free = small_disk.fill(leave=16 * 1024)
    # The first file fits and is written; the second gets some bytes in, then the disk is full.
    assert len(PDF) < free < len(LARGE_PDF)
    response = post(client, form_page, files=[pdf(), large_pdf()])
    assert_refused_and_kept(response)
    assert small_disk.files() == []

    (small_disk.location / small_disk.FILLER).unlink()
    retried = post(client, form_page, files=[])  # the files were held: sent again without choosing them
    assert retried.status_code == 302
    assert len(small_disk.files()) == 2 == Attachment.objects.count()


def test_a_read_only_disk_answers_503_keeps_the_answers_and_leaves_no_file(client, form_page, small_disk):
    small_disk.read_only()
    assert_refused_and_kept(post(client, form_page))
    assert small_disk.files() == []

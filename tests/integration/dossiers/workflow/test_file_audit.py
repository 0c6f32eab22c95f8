"""The periodic check of private storage against the attachment rows: it finds a planted file without a row and a
row whose file was deleted, logs and prints them, and deletes nothing unless asked (then only old orphan files)."""

import io
import logging
import os
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from dossiers.factories import DossierFactory
from dossiers.models import Attachment
from dossiers.workflow.file_audit import GRACE, check_attachment_files
from dossiers.workflow.files import store_attachments
from portal.storage import files_removed_on_error
from procedures.factories import ProcedurePageFactory, SubsystemPageFactory
from tests.samples import PDF

pytestmark = pytest.mark.django_db


@pytest.fixture
def storage_with_faults(home_page, private_storage):
    """Two attachments stored by the engine; then one's file is deleted, and two files no row names are planted
    beside them: one older than the grace period, one just written (a submission in flight)."""
    dossier = DossierFactory(procedure=ProcedurePageFactory(parent=SubsystemPageFactory(parent=home_page)))
    uploads = [("to_khai", SimpleUploadedFile(f"{name}.pdf", PDF)) for name in ("to-khai", "ho-chieu")]
    with files_removed_on_error() as written:
        store_attachments(dossier, uploads, written, Attachment.Source.SUBMISSION)
    kept, lost = Attachment.objects.all()
    (private_storage / lost.file.name).unlink()
    directory = os.path.dirname(kept.file.name)
    old = private_storage / directory / "planted.pdf"
    old.write_bytes(PDF)
    stale = time.time() - GRACE.total_seconds() - 60
    os.utime(old, (stale, stale))
    young = private_storage / directory / "in-flight.pdf"
    young.write_bytes(b"")
    return {"kept": kept, "lost": lost.file.name, "orphan": f"{directory}/planted.pdf", "young": young, "old": old}


def run_command(*args):
    out = io.StringIO()
    with pytest.raises(CommandError, match="disagree"):
        call_command("check_attachment_files", *args, stdout=out)
    return out.getvalue()


def test_the_command_prints_files_without_a_row_and_rows_without_a_file_and_deletes_nothing(storage_with_faults):
    faults = storage_with_faults
    out = run_command()
    assert f"file without a row: {faults['orphan']}\n" in out
    assert f"row without a file: {faults['lost']}\n" in out
    assert "in-flight.pdf" not in out and faults["kept"].file.name not in out
    assert "1 file(s) without a row, 1 row(s) without a file, 0 deleted." in out
    assert faults["old"].exists() and faults["young"].exists() and Attachment.objects.count() == 2


def test_asked_to_it_deletes_old_orphan_files_only_never_rows(storage_with_faults):
    faults = storage_with_faults
    out = run_command("--delete-orphans")
    assert f"file without a row: {faults['orphan']} (deleted)" in out
    assert not faults["old"].exists() and faults["young"].exists()
    assert Attachment.objects.count() == 2
    # What remains is the row without its file, to restore from a backup.
    assert "row without a file" in run_command()


def test_the_beat_task_logs_what_it_finds(storage_with_faults, caplog):
    faults = storage_with_faults
    with caplog.at_level(logging.WARNING, logger="dossiers.workflow.file_audit"):
        assert check_attachment_files() == {"orphan_files": 1, "missing_files": 1}
    assert f"file without an attachment row: {faults['orphan']}" in caplog.text
    assert f"attachment row without its file: {faults['lost']}" in caplog.text
    assert faults["old"].exists()


def test_a_row_in_a_directory_the_storage_lacks_is_missing_too(storage_with_faults):
    Attachment.objects.filter(pk=storage_with_faults["kept"].pk).update(file="dossiers/2019/01/gone.pdf")
    assert "row without a file: dossiers/2019/01/gone.pdf" in run_command()


def test_a_file_at_the_storage_root_is_found_too(storage_with_faults, private_storage):
    planted = private_storage / "stray.pdf"
    planted.write_bytes(PDF)
    os.utime(planted, (0, 0))
    assert "file without a row: stray.pdf\n" in run_command()


def test_a_storage_that_agrees_with_its_rows_is_clean(home_page, private_storage):
    out = io.StringIO()
    call_command("check_attachment_files", stdout=out)
    assert "0 file(s) without a row, 0 row(s) without a file, 0 deleted." in out.getvalue()
